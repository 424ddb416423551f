//! What the customer does because of the handling and the clock: leaves the
//! conversation (hangs up, walks out, stops answering), posts publicly,
//! complains again, asks for a manager. Every rule that makes one happen is
//! in this file, once; the session asks after each action
//! (`Session::consequences`), and each kind happens at most once.
//!
//! The rules, in the order they are tried:
//! - **leaves**: interrupted more often than the temperament's patience
//!   allows (`Temperament::patience`); the mood at or below
//!   [`LEAVE_MOOD`] after a provocation (an interruption, a wrong line, an
//!   offer refused, a promised contact missed: conduct, not bad news the
//!   case has to bring); or, on a live
//!   channel, kept on hold (checks, waiting) longer than the temperament's
//!   `hold_minutes` while nothing was agreed yet.
//! - **posts publicly** (a case that was not public yet): the mood at or
//!   below [`POST_MOOD`] after a provocation; or a promised solution that
//!   could not be carried
//!   out. From then on the case has a reputational risk: the escalation
//!   trigger and C-level's deadline apply from the moment of the post
//!   ([`arisen`]).
//! - **calls again**: a promised next contact that did not come in time;
//!   or the case closed with nothing carried out. The call is one more
//!   complaint in the policy's window: with it, a customer at
//!   `repeat_count` complaints must go to the team lead ([`arisen`]).
//! - **asks for a manager**: a second offer refused; or a wrong line said
//!   to a customer whose mood is below [`MANAGER_MOOD`]. A manager request
//!   alone is no escalation trigger (DOMAIN.md section 5): the debrief says
//!   so, and the trainee still decides by the triggers.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::Session;
use crate::i18n::{Arg, Text};
use crate::model::{Action, Rating, Scenario, Trigger};
use crate::policy::Policy;

/// At or below this mood, a customer who was just spoken to leaves.
pub const LEAVE_MOOD: i32 = 10;
/// At or below this mood, the customer tells the world.
pub const POST_MOOD: i32 = 15;
/// Below this mood, a wrong line makes the customer ask for a manager.
pub const MANAGER_MOOD: i32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsequenceKind {
    Leaves,
    PostsPublicly,
    CallsAgain,
    AsksForManager,
}

impl ConsequenceKind {
    pub const ALL: &'static [ConsequenceKind] = &[
        ConsequenceKind::Leaves,
        ConsequenceKind::PostsPublicly,
        ConsequenceKind::CallsAgain,
        ConsequenceKind::AsksForManager,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ConsequenceKind::Leaves => "leaves",
            ConsequenceKind::PostsPublicly => "posts-publicly",
            ConsequenceKind::CallsAgain => "calls-again",
            ConsequenceKind::AsksForManager => "asks-for-manager",
        }
    }
}

/// Why a consequence happened: the rule that fired, with its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    Interrupted { times: usize, patience: usize },
    MoodLow { mood: i32, limit: i32 },
    KeptOnHold { minutes: i64, patience: i64 },
    PromiseBroken,
    ContactMissed { due: NaiveDateTime },
    NothingCarriedOut,
    OffersRefused { times: usize },
    Provoked { mood: i32 },
}

impl Why {
    pub fn text(&self) -> Text {
        match *self {
            Why::Interrupted { times, patience } => {
                Text::msg("why-interrupted").arg("times", times as i64).arg("patience", patience as i64)
            }
            Why::MoodLow { mood, limit } => Text::msg("why-mood-low").arg("mood", mood).arg("limit", limit),
            Why::KeptOnHold { minutes, patience } => Text::msg("why-kept-on-hold")
                .arg("minutes", Arg::Minutes(minutes))
                .arg("patience", Arg::Minutes(patience)),
            Why::PromiseBroken => Text::msg("why-promise-broken"),
            Why::ContactMissed { due } => Text::msg("why-contact-missed").arg("due", due),
            Why::NothingCarriedOut => Text::msg("why-nothing-carried-out"),
            Why::OffersRefused { times } => Text::msg("why-offers-refused").arg("times", times as i64),
            Why::Provoked { mood } => Text::msg("why-provoked").arg("mood", mood),
        }
    }
}

/// One thing the customer did, when, after which action and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consequence {
    pub kind: ConsequenceKind,
    pub at: NaiveDateTime,
    /// The action after which it happened (an index into the session's history).
    pub action: usize,
    pub why: Why,
}

impl Consequence {
    /// What happened and why, for the debrief; `s` words it for the channel
    /// and counts the complaints.
    pub fn text(&self, s: &Scenario, policy: &Policy, all: &[Consequence]) -> Text {
        let what = match self.kind {
            ConsequenceKind::Leaves => {
                Text::msg(if s.channel.is_live() { "consequence-leaves-live" } else { "consequence-leaves-written" })
            }
            ConsequenceKind::PostsPublicly => Text::msg("consequence-posts-publicly"),
            ConsequenceKind::CallsAgain => Text::msg("consequence-calls-again")
                .arg("count", complaints_in_window(s, policy, all) as i64)
                .arg("days", policy.escalation.repeat_window_days)
                .arg("needed", policy.escalation.repeat_count),
            ConsequenceKind::AsksForManager => Text::msg("consequence-asks-for-manager"),
        };
        Text::msg("consequence-happened")
            .arg("when", self.at)
            .arg("what", Arg::Text(Box::new(what)))
            .arg("why", Arg::Text(Box::new(self.why.text())))
    }
}

/// This customer's complaints in the policy's window: the earlier ones in
/// the window, this one, and a call about it again.
pub fn complaints_in_window(s: &Scenario, policy: &Policy, all: &[Consequence]) -> usize {
    let start = s.received.date() - Duration::days(i64::from(policy.escalation.repeat_window_days));
    let earlier = s.customer.history.iter().filter(|p| p.date >= start && p.date <= s.received.date()).count();
    let again = all.iter().filter(|c| c.kind == ConsequenceKind::CallsAgain).count();
    earlier + 1 + again
}

/// The escalation triggers that arose while the case was open, beyond the
/// case's own: a public post (reputation) and a repeat call that brings the
/// customer to the policy's count (repetition), each with the moment it
/// happened, which is when it became known.
pub fn arisen(
    s: &Scenario,
    policy: &Policy,
    all: &[Consequence],
    closed: Option<NaiveDateTime>,
) -> Vec<(Trigger, NaiveDateTime)> {
    let open = |c: &&Consequence| closed.is_none_or(|closed| c.at < closed);
    let happened = |kind| all.iter().filter(open).find(|c| c.kind == kind).map(|c| c.at);
    let mut out = Vec::new();
    if let Some(at) = happened(ConsequenceKind::PostsPublicly) {
        out.push((Trigger::Reputation, at));
    }
    if let Some(at) = happened(ConsequenceKind::CallsAgain)
        && complaints_in_window(s, policy, all) >= policy.escalation.repeat_count as usize
    {
        out.push((Trigger::Repetition, at));
    }
    out.retain(|(t, _)| !s.truth.escalation.contains(t));
    out
}

impl Session<'_> {
    /// Tries every rule after the action at `index` (done at `at`); `cost`
    /// is its own time on the clock.
    pub(super) fn consequences(&mut self, index: usize, action: &Action, cost: i64) {
        let s = self.scenario;
        let temperament = s.customer.temperament;
        let st = &self.state;
        let now = st.now;
        let mood = st.mood;
        let contact = super::is_contact(action);
        let started = st.history[index].at;
        // Time on hold counts on a live channel while nothing is agreed and
        // no next contact was promised: then the customer is still waiting
        // on the line or at the counter.
        let waiting = s.channel.is_live()
            && st.accepted.is_none()
            && st.contacts.is_empty()
            && st.escalations.is_empty()
            && matches!(action, Action::Check(_) | Action::Classify(_) | Action::Wait { .. });
        self.state.on_hold = if contact {
            0
        } else if waiting {
            self.state.on_hold + cost
        } else {
            self.state.on_hold
        };
        let st = &self.state;
        let interrupted = st.interruptions.len();
        let wrong_line = matches!(action, Action::Say(_))
            && st.said.last().is_some_and(|x| s.lines[x.line].rating == Rating::Wrong)
            || matches!(action, Action::Write { .. }) && st.written.last().is_some_and(|w| w.analysis.blame.found);
        let refused_now =
            matches!(action, Action::Offer { .. }) && st.offers.last().is_some_and(|o| !o.judgement.accepted);
        let late = st.contacts.iter().any(|c| c.kept == Some(started) && started > c.due);
        let provoked = matches!(action, Action::Interrupt) || wrong_line || refused_now || late;
        let leaves = if interrupted > temperament.patience() {
            Some(Why::Interrupted { times: interrupted, patience: temperament.patience() })
        } else if provoked && mood <= LEAVE_MOOD {
            Some(Why::MoodLow { mood, limit: LEAVE_MOOD })
        } else if st.on_hold > temperament.hold_minutes() {
            Some(Why::KeptOnHold { minutes: st.on_hold, patience: temperament.hold_minutes() })
        } else {
            None
        };
        let posts = if s.public {
            None
        } else if provoked && mood <= POST_MOOD {
            Some(Why::MoodLow { mood, limit: POST_MOOD })
        } else if st.execution.as_ref().is_some_and(|e| e.blocked) {
            Some(Why::PromiseBroken)
        } else {
            None
        };
        let missed = st.contacts.iter().find(|c| c.kept.map_or(now > c.due, |k| k > c.due)).map(|c| c.due);
        let calls = match (missed, action) {
            (Some(due), _) => Some(Why::ContactMissed { due }),
            (None, Action::Close) if st.execution.as_ref().is_none_or(|e| e.blocked) => Some(Why::NothingCarriedOut),
            _ => None,
        };
        let refused = st.offers.iter().filter(|o| !o.judgement.accepted).count();
        let manager = if matches!(action, Action::Offer { .. }) && refused >= 2 {
            Some(Why::OffersRefused { times: refused })
        } else if wrong_line && mood < MANAGER_MOOD {
            Some(Why::Provoked { mood })
        } else {
            None
        };
        let found = [
            (ConsequenceKind::Leaves, leaves),
            (ConsequenceKind::PostsPublicly, posts),
            (ConsequenceKind::CallsAgain, calls),
            (ConsequenceKind::AsksForManager, manager),
        ];
        for (kind, why) in found {
            let Some(why) = why else { continue };
            if self.state.consequences.iter().any(|c| c.kind == kind) {
                continue;
            }
            self.state.consequences.push(Consequence { kind, at: now, action: index, why });
            self.system(Text::msg(consequence_event(kind, s.channel.is_live())));
        }
    }
}

/// What the conversation shows when it happens.
fn consequence_event(kind: ConsequenceKind, live: bool) -> &'static str {
    match kind {
        ConsequenceKind::Leaves if live => "event-leaves-live",
        ConsequenceKind::Leaves => "event-leaves-written",
        ConsequenceKind::PostsPublicly => "event-posts-publicly",
        ConsequenceKind::CallsAgain => "event-calls-again",
        ConsequenceKind::AsksForManager => "event-asks-for-manager",
    }
}
