//! The causal chain of a case: the links a "5 x waarom" follows from the
//! symptom the customer noticed to the root cause, each with the words
//! that show a trainee found it. Written in `truth.causes` (see
//! `scenarios/README.md`); judged by `crate::rca`.

use serde::{Deserialize, Serialize};

/// Links a chain has at least: the symptom, one cause between, the root.
pub const MIN_LINKS: usize = 3;
/// Links a chain has at most: the symptom and the five whys of "5 x waarom".
pub const MAX_LINKS: usize = 5;

/// One link of the chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CauseLink {
    /// The link in one sentence, as the debrief shows it.
    pub text: String,
    /// What an answer must contain to have found this link: every entry
    /// must occur. An entry lists alternatives separated by `|`
    /// ("tandjes|tanden"); an alternative is a word or a phrase. Words
    /// match by their stem ("test" finds "testen" and "getest") and as part
    /// of a compound ("rits" finds "ritssluiting"). The first link, the
    /// symptom, is given to the trainee and needs none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub find: Vec<String>,
}
