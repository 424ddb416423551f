//! Empathy: does the reply sincerely name the customer's situation or
//! feeling? A cue of the `empathy` list counts unless it stands inside a
//! stock phrase ("het eventuele ongemak"), after a condition in its
//! sentence ("mocht u zich gestoord voelen"), under a negation ("ik begrijp
//! niet waarom"), in a question, or is taken back by "maar"/"but" followed
//! by a refusal or blame ("ik begrijp het, maar regels zijn regels"), or is
//! a bare "ik begrijp het" that names nothing. A
//! brush-off anywhere ("tja", "jammer dan") makes the whole reply
//! insincere.

use super::lexicon::List;
use super::matcher::{Hit, Scan};
use super::{Verdict, blame};

/// Why a cue did not count, in the order a reason prefers them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Miss {
    Formulaic,
    Bare,
    Conditional,
    Question,
    Negated,
    Withdrawn,
}

pub fn judge(scan: &Scan) -> Verdict {
    if let Some(h) = scan.find(List::Sarcasm).first() {
        return Verdict::no(Some(scan.quote(h.from, h.to)), "reply-empathy-sarcastic");
    }
    let formulaic = scan.find(List::Formulaic);
    let mut missed: Option<(Miss, String)> = None;
    // A stock phrase or a negation spoils its whole clause: "onze excuses
    // voor het eventuele ongemak", "ik begrijp niet waarom u zo boos bent".
    let mut spoiled: Vec<(std::ops::Range<usize>, Miss, String)> =
        formulaic.iter().map(|f| (scan.clause_of(f.from), Miss::Formulaic, scan.quote(f.from, f.to))).collect();
    for h in scan.find(List::Empathy) {
        let miss = if let Some((_, m, q)) = spoiled.iter().find(|(c, ..)| c.contains(&h.from)) {
            Some((*m, q.clone()))
        } else if let Some(c) = conditional(scan, &h) {
            Some((Miss::Conditional, c))
        } else if scan.is_question(h.from) {
            Some((Miss::Question, scan.quote(scan.sentence_of(h.from).start, scan.sentence_of(h.from).end - 1)))
        } else if let Some(k) = scan.negated(&h) {
            let q = scan.quote(k.min(h.from), k.max(h.to));
            spoiled.push((scan.clause_of(h.from), Miss::Negated, q.clone()));
            Some((Miss::Negated, q))
        } else {
            // "Ik begrijp het, maar regels zijn regels": taking it back is
            // the worse mistake, and the one to name.
            withdrawn(scan, &h).map(|w| (Miss::Withdrawn, w)).or_else(|| bare(scan, &h).map(|q| (Miss::Bare, q)))
        };
        match miss {
            None => {
                let c = scan.clause_of(h.from);
                return Verdict::yes(scan.quote(c.start, c.end - 1), "reply-empathy-yes");
            }
            Some(m) if missed.as_ref().is_none_or(|(old, _)| m.0 > *old) => missed = Some(m),
            Some(_) => {}
        }
    }
    match missed {
        None => Verdict::no(None, "reply-empathy-missing"),
        Some((Miss::Formulaic, q)) => Verdict::no(Some(q), "reply-empathy-formulaic"),
        Some((Miss::Bare, q)) => Verdict::no(Some(q), "reply-empathy-bare"),
        Some((Miss::Conditional, q)) => Verdict::no(Some(q), "reply-empathy-conditional"),
        Some((Miss::Question, q)) => Verdict::no(Some(q), "reply-empathy-question"),
        Some((Miss::Negated, q)) => Verdict::no(Some(q), "reply-empathy-negated"),
        Some((Miss::Withdrawn, q)) => Verdict::no(Some(q), "reply-empathy-withdrawn"),
    }
}

/// A verb of understanding in a clause that says nothing else ("Ik begrijp
/// het.", "Dat snap ik.", "I completely understand."): the whole clause,
/// quoted. Naming what is understood ("ik begrijp dat u ...") is empathy.
fn bare(scan: &Scan, h: &Hit) -> Option<String> {
    scan.any_in(List::Understand, h.from..h.to + 1)?;
    let c = scan.clause_of(h.from);
    let says_more = c.clone().any(|k| (k < h.from || k > h.to) && scan.any_in(List::Filler, k..k + 1).is_none());
    (!says_more).then(|| scan.quote(c.start, c.end - 1))
}

/// The condition before the cue in its sentence ("mocht u ..."), quoted up
/// to the cue.
fn conditional(scan: &Scan, h: &Hit) -> Option<String> {
    let s = scan.sentence_of(h.from);
    let c = scan.find_in(List::Conditional, s).into_iter().find(|c| c.from <= h.from)?;
    Some(scan.quote(c.from, c.to.max(h.to)))
}

/// "maar"/"but" after the cue (in its sentence, or opening the next one)
/// followed by a refusal or blame: quoted from the contrast word.
fn withdrawn(scan: &Scan, h: &Hit) -> Option<String> {
    let s = scan.sentence_of(h.from);
    let mut range = h.to + 1..s.end;
    // "Ik begrijp het. Maar regels zijn regels."
    if s.end < scan.tokens().len() && scan.any_in(List::Contrast, s.end..s.end + 1).is_some() {
        range = h.to + 1..scan.sentence_of(s.end).end;
    }
    let c = scan.any_in(List::Contrast, range.clone())?;
    let after = c.to + 1..range.end;
    let refusal = scan.any_in(List::Withdrawal, after.clone()).or_else(|| blame::first_in(scan, after.clone()))?;
    Some(scan.quote(c.from, refusal.to))
}
