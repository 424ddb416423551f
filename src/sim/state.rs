//! What a session remembers: everything the trainee did and when, the
//! conversation, and the seeded random source. The scoring, the log and
//! the game read only this; `Session` (in the parent module) is the only
//! writer.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::model::*;
use crate::policy::Beyond;
use crate::reply::Analysis;

use super::Judgement;
use super::consequences::Consequence;

/// Who says something in the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    Trainee,
    Customer,
    TeamLead,
    /// The case file and the clock: findings, confirmations.
    System,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub at: NaiveDateTime,
    pub speaker: Speaker,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OfferMade {
    pub offer: OfferKind,
    pub at: NaiveDateTime,
    /// Working days promised; `None`: no "when" was given.
    pub days: Option<u32>,
    /// The end of the promised term.
    pub promise: Option<NaiveDateTime>,
    pub judgement: Judgement,
    /// The authority the trainee had when making it.
    pub role: Role,
    pub beyond: Option<Beyond>,
    /// Made before the trainee had listened at all / classified.
    pub before_listening: bool,
    pub before_classifying: bool,
    /// The case would have the customer take it, but their mood did not
    /// (`super::acceptance`): why, for the debrief.
    pub refused_by_mood: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Escalation {
    pub reported: NaiveDateTime,
    pub decided: NaiveDateTime,
    pub to: Role,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Execution {
    /// The accepted offer (`State::accepted`).
    pub offer: usize,
    pub started: NaiveDateTime,
    /// When the last part was done.
    pub done: NaiveDateTime,
    /// Every offer carried out (the accepted one first) and when it was
    /// done, each after its own lead time; empty when blocked.
    pub parts: Vec<(usize, NaiveDateTime)>,
    /// Refused because the offer was never within anyone's granted authority.
    pub blocked: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub line: usize,
    pub at: NaiveDateTime,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub category: Category,
    pub cause: Cause,
    pub root_cause: String,
    pub correction: String,
    pub at: NaiveDateTime,
}

/// A promised next contact and when it really happened.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactPromise {
    pub made: NaiveDateTime,
    pub due: NaiveDateTime,
    pub kept: Option<NaiveDateTime>,
}

/// One action as it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    pub action: Action,
    pub at: NaiveDateTime,
    /// The script line, when the action came from a file.
    pub line: usize,
}

/// A text the trainee wrote, with the analyser's judgement of it
/// (`super::written`).
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenText {
    pub part: Written,
    pub text: String,
    pub at: NaiveDateTime,
    /// The action (an index into `State::history`).
    pub action: usize,
    /// The moment of the conversation it answered (a summary or an
    /// acknowledgement in a scenario with moments).
    pub moment: Option<String>,
    pub analysis: Analysis,
}

impl WrittenText {
    /// Whether it acknowledges the customer: empathy, and no blame.
    pub fn acknowledges(&self) -> bool {
        self.analysis.empathy.found && !self.analysis.blame.found
    }
}

/// The customer's mood after one action, on the simulated clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoodPoint {
    /// The action (an index into `State::history`).
    pub action: usize,
    pub at: NaiveDateTime,
    pub mood: i32,
}

/// Everything that happened; the scoring reads only this.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub start: NaiveDateTime,
    pub now: NaiveDateTime,
    pub mood: i32,
    pub role: Role,
    pub let_finish: Option<NaiveDateTime>,
    pub interruptions: Vec<NaiveDateTime>,
    pub said: Vec<Said>,
    pub checks: BTreeMap<Check, NaiveDateTime>,
    pub classification: Option<(Classification, NaiveDateTime)>,
    pub receipt_confirmed: Option<NaiveDateTime>,
    pub owner: Option<NaiveDateTime>,
    pub first_response: Option<NaiveDateTime>,
    pub offers: Vec<OfferMade>,
    pub accepted: Option<usize>,
    /// Offers the customer took on top of the accepted one (a voucher
    /// beside a refund); Execute carries them out with it.
    pub on_top: Vec<usize>,
    pub escalations: Vec<Escalation>,
    pub management_notified: Option<NaiveDateTime>,
    pub contacts: Vec<ContactPromise>,
    pub execution: Option<Execution>,
    pub followed_up: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub csat_sent: Option<NaiveDateTime>,
    pub csat_answer: Option<(NaiveDateTime, u8)>,
    pub senior_follow_up: Option<NaiveDateTime>,
    pub lesson: Option<Lesson>,
    pub history: Vec<Done>,
    /// The texts the trainee wrote, each with its judgement (`super::written`).
    pub written: Vec<WrittenText>,
    pub transcript: Vec<Entry>,
    /// Minutes a live customer has been kept on hold since the last contact
    /// (`super::consequences`).
    pub on_hold: i64,
    /// The mood after each action: the customer's path through the case.
    pub mood_curve: Vec<MoodPoint>,
    /// What the customer did because of the handling (`super::consequences`).
    pub consequences: Vec<Consequence>,
    /// The open comment with the CSAT answer, in the customer's voice.
    pub csat_comment: Option<Text>,
    /// The stretches in which the case waited for the customer's answer
    /// (`waiting.rs`); the SLA clocks stand still in them.
    pub waiting: Vec<crate::calendar::Pause>,
    pub seed: u64,
    /// The seeded random source: part of the state, so a session can be
    /// put away and resumed (the game keeps only this).
    pub rng: ChaCha8Rng,
    /// A second source from the same seed for how the customer words
    /// things (`super::voice`, the CSAT comment): wording never shifts the
    /// draws that decide times and outcomes.
    pub voice: ChaCha8Rng,
}
