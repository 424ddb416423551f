//! A case played in a monthly training sitting, as the log keeps it: which
//! plan (its id and month), which sitting (so the sitting's cases can be
//! put together again), the case's place in it, and what belongs to the
//! sitting as a whole: the drill's score on its first case, the trainee's
//! lesson learned (and its score) on its last.

use serde::{Deserialize, Serialize};

/// The training part of a record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Training {
    pub plan: String,
    /// `YYYY-MM`.
    pub month: String,
    /// The same for the cases of one sitting: the sitting's start.
    pub sitting: String,
    /// The case's place in the sitting, from 1.
    pub part: u8,
    /// On the sitting's first case: the template drill's scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drill: Option<DrillScore>,
    /// On the sitting's last case: the lesson learned, with its score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<SittingLesson>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DrillScore {
    pub acknowledge: u32,
    pub offer: u32,
    pub seconds: f64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SittingLesson {
    pub text: String,
    /// 0-100, on substance (`training::lesson`).
    pub score: u32,
}
