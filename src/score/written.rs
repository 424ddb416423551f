//! What the texts the trainee wrote in their own words earn (`Action::Write`,
//! judged by `crate::reply` when they were sent): under listen (a written
//! summary), acknowledge (empathy, the customer's name, the order number;
//! blame and jargon cost), offer (a concrete commitment with the right term
//! instead of a vague one; an over-promise costs) and execute (an
//! over-promise cannot be kept). Every item names the words that decided it.
//!
//! The name and the order number count only with empathy: they make an
//! acknowledgement personal, they are none by themselves.
//!
//! Two rules keep a written text honest against a picked line:
//! - it is never worth more than the right line: its best is what a good
//!   line earns, and where a line was picked too only the better of the two
//!   counts (an item takes the overlap back, and says so);
//! - blame and an over-promise fail the step: each costs half the step's
//!   points, so the step stays below the pass mark however well the rest
//!   went.

use std::collections::BTreeSet;

use crate::i18n::{Arg, Lang, Text};
use crate::model::{Channel, LineKind, Rating, Step, Written};
use crate::policy::Rule;
use crate::reply::{Analysis, Criterion, Verdict};
use crate::sim::WrittenText;

use super::{Item, Scorer};

/// What blame, or an over-promise, costs: enough to fail its step.
pub const FAILS_STEP: i32 = 50;
/// What a good acknowledging line earns, and so the most a written
/// acknowledgement may.
const ACKNOWLEDGE_MAX: i32 = 50;
/// What a good and a weak summary line earn.
const SUMMARY_GOOD: i32 = 40;
const SUMMARY_WEAK: i32 = 15;
/// A wrong summary's cost: what a blaming written summary costs too.
const SUMMARY_WRONG: i32 = 15;
/// The "clear when" of an offer.
const CLEAR_WHEN: i32 = 10;
/// Words of the customer's own a summary takes over for good, and for weak.
const SUMMARY_SHARED_GOOD: usize = 4;
const SUMMARY_SHARED_WEAK: usize = 2;
/// Words this short are mostly function words ("dat", "het", "voor").
const CONTENT_WORD_CHARS: usize = 5;

/// One written text as the debrief shows it: the text and its full analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenReview {
    pub part: Written,
    pub text: String,
    pub at: chrono::NaiveDateTime,
    pub analysis: Analysis,
}

impl WrittenReview {
    /// What it was and when: "het antwoord, wo 25-11-2026 11:25".
    pub fn heading(&self, lang: Lang) -> String {
        Text::msg("debrief-written-text").arg("part", Arg::Msg(self.part.msg())).arg("at", self.at).render(lang)
    }

    /// Every criterion of the analysis that applies to its part: whether
    /// it is good for the text, its name, and the reason with the words
    /// that decided it.
    pub fn rows(&self, lang: Lang) -> Vec<(bool, String, String)> {
        criteria(self.part)
            .iter()
            .map(|&c| {
                let v = self.analysis.get(c);
                (v.good(c), crate::i18n::tr(lang, c.msg()), v.reason.render(lang))
            })
            .collect()
    }
}

/// The criteria that apply to a part: a whole reply is judged on all; a
/// summary or an acknowledgement is one move of a conversation, not a
/// message with a next step, an order number and a length of its own.
pub fn criteria(part: Written) -> &'static [Criterion] {
    match part {
        Written::Reply => Criterion::ALL,
        Written::Summary | Written::Acknowledge => {
            &[Criterion::Empathy, Criterion::Blame, Criterion::Name, Criterion::OverPromise, Criterion::Jargon]
        }
    }
}

pub(super) fn reviews(written: &[WrittenText]) -> Vec<WrittenReview> {
    written
        .iter()
        .map(|w| WrittenReview { part: w.part, text: w.text.clone(), at: w.at, analysis: w.analysis.clone() })
        .collect()
}

/// An item about one written text: its part and the analyser's reason.
fn about(id: &'static str, w: &WrittenText, v: &Verdict) -> Text {
    Text::msg(id).arg("part", Arg::Msg(w.part.msg())).arg("reason", Arg::Text(Box::new(v.reason.clone())))
}

/// The first words of a text, to quote where no verdict quotes it.
fn excerpt(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    let head = words[..words.len().min(WORDS)].join(" ");
    if words.len() > WORDS { format!("{head} …") } else { head }
}

/// Whether a text of this part stands in for an acknowledgement.
fn acknowledging(part: Written) -> bool {
    matches!(part, Written::Acknowledge | Written::Reply)
}

impl Scorer<'_> {
    /// Points of the best picked line of `kind`, rated good or weak.
    fn best_line_points(&self, kind: LineKind, good: i32, weak: i32) -> i32 {
        match self.lines_of(kind).iter().map(|(l, _)| l.rating).filter(|r| *r != Rating::Wrong).min() {
            Some(Rating::Good) => good,
            Some(_) => weak,
            None => 0,
        }
    }

    /// Adds `items` (one text's positive marks) and takes back what a
    /// picked line already earned, so only the better of the two counts.
    fn best_of(&mut self, step: Step, rule: Rule, items: Vec<Item>, line: i32) {
        let earned: i32 = items.iter().map(|i| i.points).sum();
        self.items.extend(items);
        let overlap = earned.min(line);
        if overlap > 0 {
            self.add(step, -overlap, rule, Text::msg("item-written-best-counts").arg("line", i64::from(line)));
        }
    }

    pub(super) fn written_acknowledge(&mut self) {
        let step = Step::Acknowledge;
        let rule = Rule::AcknowledgeEmpathy;
        let texts: Vec<&WrittenText> = self.st.written.iter().filter(|w| acknowledging(w.part)).collect();
        for w in &texts {
            let a = &w.analysis;
            if a.blame.found {
                self.add(step, -FAILS_STEP, rule, about("item-written-blame", w, &a.blame));
            }
            if a.jargon.found {
                self.add(step, -10, rule, about("item-written-jargon", w, &a.jargon));
            }
            let written_channel = matches!(self.s.channel, Channel::Email | Channel::WebForm);
            if w.part == Written::Reply && written_channel && !a.length.found {
                let text = about("item-written-length", w, &a.length).arg("excerpt", excerpt(&w.text));
                self.add(step, -10, rule, text);
            }
        }
        // The best text without blame earns the marks of an acknowledgement.
        let marks = |w: &WrittenText| -> Vec<Item> {
            let a = &w.analysis;
            let (empathy, name, order) = match w.part {
                Written::Reply => (30, 10, 10),
                _ => (40, 10, 0),
            };
            debug_assert!(empathy + name + order <= ACKNOWLEDGE_MAX);
            let mut out = vec![(empathy, "item-written-empathy", &a.empathy)];
            // The name and the order number make empathy personal; without
            // empathy they acknowledge nothing.
            if a.empathy.found {
                out.push((name, "item-written-name", &a.name));
            }
            if order > 0 && a.empathy.found {
                out.push((order, "item-written-order", &a.order_number));
            }
            out.into_iter()
                .map(|(pts, id, v)| Item { step, points: if v.found { pts } else { 0 }, rule, reason: about(id, w, v) })
                .collect()
        };
        let best = texts
            .iter()
            .filter(|w| !w.analysis.blame.found)
            .map(|w| marks(w))
            .max_by_key(|items| items.iter().map(|i| i.points).sum::<i32>());
        if let Some(items) = best {
            let line = self.best_line_points(LineKind::Acknowledge, ACKNOWLEDGE_MAX, 20);
            self.best_of(step, rule, items, line);
        }
    }

    pub(super) fn written_summary(&mut self) {
        let step = Step::Listen;
        let rule = Rule::ListenSummary;
        let lang = Lang::from_code(&self.s.language).unwrap_or(Lang::Nl);
        let heard = customer_words(self.s, lang);
        let mut best: Option<Item> = None;
        for w in self.st.written_of(Written::Summary).collect::<Vec<_>>() {
            if w.analysis.blame.found {
                self.add(step, -SUMMARY_WRONG, rule, about("item-written-blame", w, &w.analysis.blame));
                continue;
            }
            let shared = shared_words(&w.text, &heard, lang);
            let points = match shared.len() {
                n if n >= SUMMARY_SHARED_GOOD => SUMMARY_GOOD,
                n if n >= SUMMARY_SHARED_WEAK => SUMMARY_WEAK,
                _ => 0,
            };
            let id = if points > 0 { "item-written-summary" } else { "item-written-summary-own-words" };
            let reason = Text::msg(id).arg("words", shared.join(", ")).arg("count", shared.len() as i64);
            if best.as_ref().is_none_or(|b| points > b.points) {
                best = Some(Item { step, points, rule, reason });
            }
        }
        if let Some(item) = best {
            let line = self.best_line_points(LineKind::Summary, SUMMARY_GOOD, SUMMARY_WEAK);
            self.best_of(step, rule, vec![item], line);
        }
    }

    pub(super) fn written_offer(&mut self) {
        let step = Step::Offer;
        for w in self.st.written.iter().filter(|w| w.analysis.over_promise.found) {
            self.add(
                step,
                -FAILS_STEP,
                Rule::Authority,
                about("item-written-over-promise", w, &w.analysis.over_promise),
            );
        }
        let replies: Vec<&WrittenText> = self.st.written_of(Written::Reply).collect();
        if replies.is_empty() {
            return;
        }
        let rule = Rule::OfferClearWhen;
        // The best reply's commitment: concrete and in the case's term, it
        // says when as clearly as an offer with its days does.
        let concrete = |w: &WrittenText| w.analysis.commitment.found && w.analysis.term.found;
        let committed = replies.iter().find(|w| concrete(w)).or(replies.iter().find(|w| w.analysis.commitment.found));
        match committed {
            Some(w) if concrete(w) => {
                let item = Item {
                    step,
                    points: CLEAR_WHEN,
                    rule,
                    reason: about("item-written-commitment", w, &w.analysis.commitment),
                };
                let line = self.clear_when_points();
                self.best_of(step, rule, vec![item], line);
            }
            Some(w) => self.add(step, 0, rule, about("item-written-term", w, &w.analysis.term)),
            None => {
                let w = replies.last().expect("not empty");
                let vague = w.analysis.commitment.quote.is_some();
                let (points, id) = if vague { (-10, "item-written-vague") } else { (0, "item-written-no-commitment") };
                self.add(step, points, rule, about(id, w, &w.analysis.commitment));
            }
        }
    }

    /// What the offer step gave for a clear "when" of the offer itself.
    fn clear_when_points(&self) -> i32 {
        let Some(o) = super::chosen_offer(self.st) else { return 0 };
        let lead = self.policy.lead_times.of(&o.offer, self.s.order.in_stock);
        if o.days.is_some_and(|d| d >= lead) { CLEAR_WHEN } else { 0 }
    }

    pub(super) fn written_execute(&mut self) {
        for w in self.st.written.iter().filter(|w| w.analysis.over_promise.found) {
            let text = about("item-written-over-promise-execute", w, &w.analysis.over_promise);
            self.add(Step::Execute, -40, Rule::ExecuteOnTime, text);
        }
    }
}

/// The stems of what the customer told: the opening and the rest of the story.
fn customer_words(s: &crate::model::Scenario, lang: Lang) -> BTreeSet<String> {
    let mut told = s.opening.clone();
    for t in &s.listening.let_finish.text {
        told.push(' ');
        told.push_str(t);
    }
    crate::text::words(lang, &told)
        .tokens
        .into_iter()
        .filter(|t| t.folded.chars().count() >= CONTENT_WORD_CHARS)
        .map(|t| t.stem)
        .collect()
}

/// The words of `text` (as written, each once) whose stems the customer used.
fn shared_words(text: &str, heard: &BTreeSet<String>, lang: Lang) -> Vec<String> {
    let words = crate::text::words(lang, text);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for t in &words.tokens {
        if t.folded.chars().count() >= CONTENT_WORD_CHARS && heard.contains(&t.stem) && seen.insert(t.stem.clone()) {
            out.push(text[t.span.clone()].to_owned());
        }
    }
    out
}
