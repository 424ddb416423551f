//! How much simulated time each action costs, in minutes. These are
//! properties of the simulation, not company rules, so they live here and
//! not in the policy file.

use crate::model::{Action, Channel, Check, LineKind, Scenario, Written};

pub fn minutes(action: &Action, s: &Scenario, line: Option<LineKind>) -> i64 {
    let live = s.channel.is_live();
    match action {
        // Hearing a story out on the phone takes longer than reading it.
        Action::LetFinish => {
            if live {
                4
            } else {
                3
            }
        }
        Action::Interrupt => 1,
        Action::Say(_) => match line {
            Some(LineKind::OpenQuestion) => 3,
            Some(LineKind::ClosedQuestion) => 1,
            Some(LineKind::Summary) => 2,
            Some(LineKind::Acknowledge) => 1,
            Some(LineKind::Explanation) | None => 3,
        },
        Action::ConfirmReceipt => 2,
        Action::TakeOwnership => 1,
        Action::Check(c) => {
            s.findings.get(c).and_then(|f| f.minutes).map_or_else(|| default_check(*c, s.channel), i64::from)
        }
        Action::Classify(_) => 3,
        Action::Offer { .. } => 4,
        Action::NotifyManagement => 5,
        Action::StatusUpdate { .. } => 3,
        Action::FollowUp => 5,
        Action::Close => 2,
        Action::LessonLearned { .. } => 10,
        // Thinking one step deeper, with a colleague or the file.
        Action::Why { .. } => 5,
        Action::Wait { minutes } => i64::from(*minutes),
        // Writing in one's own words takes longer than picking a line.
        Action::Write { part: Written::Reply, .. } => 8,
        Action::Write { part: Written::Summary, .. } => 3,
        Action::Write { part: Written::Acknowledge, .. } => 2,
        // These move the clock to a moment of their own (the report to the
        // team lead is part of waiting for the decision).
        Action::Execute | Action::Escalate | Action::SendCsat { .. } | Action::SeniorFollowUp { .. } => 0,
    }
}

fn default_check(c: Check, channel: Channel) -> i64 {
    match c {
        Check::Order => 5,
        Check::Warranty => 3,
        Check::History => 4,
        Check::Stock => 3,
        // In the store the product is on the counter; otherwise photos.
        Check::Inspect => {
            if channel == Channel::Store {
                10
            } else {
                20
            }
        }
    }
}
