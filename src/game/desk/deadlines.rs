//! The deadlines the desk's top bar counts down: the case's deadlines from
//! `sla`, as the trainee can know them, each with its label.

use crate::game::Play;
use crate::policy::Rule;
use crate::sla::{Case, Deadline, deadlines};

/// The deadlines the trainee can see: their own priority (normal until they
/// classify), never the triggers only the truth would tell; a promised
/// contact only while it is still to be kept, and of the team lead's
/// decisions only the latest.
pub(super) fn shown(play: &Play) -> Vec<(&'static str, Deadline)> {
    let st = &play.state;
    let all = deadlines(&play.loaded.policy, &Case::trainee(st), st);
    let last_decision = all.iter().rposition(|d| d.rule == Rule::SlaEscalationDecision);
    all.iter()
        .enumerate()
        .filter(|(i, d)| match d.rule {
            Rule::SlaStatusUpdate => d.done.is_none(),
            Rule::SlaEscalationDecision => Some(*i) == last_decision,
            _ => true,
        })
        .filter_map(|(_, d)| label(d.rule).map(|l| (l, *d)))
        .collect()
}

/// The chip's label of a deadline the desk shows.
fn label(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::SlaAcknowledgement => "game-timer-ack",
        Rule::SlaOwner => "game-timer-owner",
        Rule::SlaFirstResponse => "game-timer-first-response",
        Rule::SlaEscalationDecision => "game-timer-decision",
        Rule::ExecuteOnTime => "game-timer-promise",
        Rule::SlaStatusUpdate => "game-timer-contact",
        Rule::SlaFollowUp => "game-timer-follow-up",
        Rule::SlaCsatSurvey => "game-timer-csat",
        Rule::SlaCsatFollowUp => "game-timer-senior",
        // The escalation report and the board notice follow from triggers
        // the trainee has to recognise themselves.
        _ => return None,
    })
}
