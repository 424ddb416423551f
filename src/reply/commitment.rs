//! Commitment: a concrete next action by the employee and a concrete moment
//! in one sentence ("ik bel u morgen voor 12 uur", "u ontvangt binnen 2
//! werkdagen uw geld terug"). An action needs "ik"/"wij" (or the customer
//! receiving something); a moment is a time, a day, a date or a number of
//! (working) days. A question, a negated action and a hedge ("ik probeer")
//! make no commitment; "we kijken ernaar" and "zo snel mogelijk" are named
//! as what they are: vague.

use super::Verdict;
use super::lexicon::List;
use super::matcher::Scan;

pub fn judge(scan: &Scan) -> Verdict {
    let mut action_only = None;
    let mut moment_only = None;
    for s in &scan.sentences {
        if scan.is_question(s.start) {
            continue;
        }
        let acts: Vec<_> =
            scan.find_in(List::Action, s.clone()).into_iter().filter(|h| scan.negated(h).is_none()).collect();
        let person = scan.any_in(List::Person, s.clone()).is_some();
        let receive = scan.find_in(List::Receive, s.clone()).into_iter().find(|h| scan.negated(h).is_none());
        let act = if person { acts.first().cloned().or(receive) } else { receive };
        let moment = scan.any_in(List::Moment, s.clone());
        let hedged = scan.any_in(List::Hedge, s.clone()).is_some();
        let sentence = scan.quote(s.start, s.end - 1);
        match (act, moment) {
            (Some(_), Some(_)) if !hedged => return Verdict::yes(sentence, "reply-commitment-yes"),
            (Some(_), Some(_)) => {
                let h = scan.any_in(List::Hedge, s.clone()).map(|h| scan.quote(h.from, h.to));
                return Verdict::no(h, "reply-commitment-hedged");
            }
            (Some(a), None) => {
                action_only.get_or_insert_with(|| scan.quote(a.from, a.to));
            }
            (None, Some(m)) => {
                moment_only.get_or_insert_with(|| scan.quote(m.from, m.to));
            }
            (None, None) => {}
        }
    }
    if let Some(v) = scan.find(List::Vague).first() {
        return Verdict::no(Some(scan.quote(v.from, v.to)), "reply-commitment-vague");
    }
    match (action_only, moment_only) {
        (Some(a), _) => Verdict::no(Some(a), "reply-commitment-no-moment"),
        (None, Some(m)) => Verdict::no(Some(m), "reply-commitment-no-action"),
        (None, None) => Verdict::no(None, "reply-commitment-missing"),
    }
}
