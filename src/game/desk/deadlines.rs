//! The deadlines the desk's top bar counts down: what the policy sets for
//! this case so far, as the trainee can know it.

use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::model::*;
use crate::sla::csat_window;

use crate::game::Play;

/// The deadlines the trainee can see: what the policy sets for this case
/// so far, never what only the truth would tell.
pub(super) fn deadlines(play: &Play) -> Vec<(String, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)> {
    let st = &play.state;
    let p = &play.loaded.policy;
    let cal = Calendar::new(p);
    let start = st.start;
    let mut v = vec![
        ("game-timer-ack".to_owned(), start, cal.deadline(start, p.sla.acknowledgement), st.receipt_confirmed),
        ("game-timer-owner".to_owned(), start, cal.deadline(start, p.sla.owner), st.owner),
    ];
    // The first response follows the trainee's own priority (normal until
    // classified): the truth is for the debrief.
    let prio = st.classification.map_or(Priority::Normal, |(c, _)| c.priority);
    v.push((
        "game-timer-first-response".to_owned(),
        start,
        cal.deadline(start, p.sla.first_response(prio)),
        st.first_response,
    ));
    if let Some(e) = st.escalations.last() {
        v.push((
            "game-timer-decision".to_owned(),
            e.reported,
            cal.deadline(e.reported, p.sla.escalation_decision),
            Some(e.decided),
        ));
    }
    if let Some(o) = st.accepted.map(|i| &st.offers[i])
        && let Some(promise) = o.promise
    {
        v.push(("game-timer-promise".to_owned(), o.at, promise, st.execution.as_ref().map(|e| e.done)));
    }
    for c in st.contacts.iter().filter(|c| c.kept.is_none()) {
        v.push(("game-timer-contact".to_owned(), c.made, c.due, None));
    }
    if let Some(e) = st.execution.as_ref().filter(|e| !e.blocked) {
        v.push(("game-timer-follow-up".to_owned(), e.done, cal.deadline(e.done, p.sla.follow_up), st.followed_up));
    }
    if let Some(closed) = st.closed {
        let (_, to) = csat_window(p, closed);
        v.push(("game-timer-csat".to_owned(), closed, to, st.csat_sent));
    }
    v
}
