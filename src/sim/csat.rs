//! The customer's CSAT (1 to 5) and the open comment with it. The score
//! starts from the mood at the end and is capped by what happened on the
//! way: a customer who was pushed to the edge remembers it, and a solution
//! that never came or came late weighs more than a friendly last call.
//!
//! The caps, each in one place here:
//! - nothing carried out (no accepted offer, or a blocked one): at most 2;
//! - a part carried out after its promised term: at most 3;
//! - the customer left the conversation or posted publicly: at most 3;
//! - the mood fell to `consequences::LEAVE_MOOD` or below on the way:
//!   at most 4.

use rand::RngExt;

use super::State;
use super::consequences::{ConsequenceKind, LEAVE_MOOD};
use crate::i18n::Text;

/// How many comments the translations have per CSAT value.
pub const COMMENTS: i64 = 3;

/// CSAT (1-5) from a mood alone.
pub fn csat_from_mood(mood: i32) -> u8 {
    match mood {
        m if m >= 80 => 5,
        m if m >= 60 => 4,
        m if m >= 40 => 3,
        m if m >= 20 => 2,
        _ => 1,
    }
}

/// The CSAT the customer gives if asked now: the mood, capped by the path
/// and the outcome (see the module's rules).
pub fn csat(st: &State) -> u8 {
    let mut cap = 5;
    let executed = st.execution.as_ref().filter(|e| !e.blocked);
    if st.accepted.is_none() || executed.is_none() {
        cap = cap.min(2);
    }
    let late = executed.is_some_and(|e| e.parts.iter().any(|&(i, d)| st.offers[i].promise.is_some_and(|p| d > p)));
    let gone =
        st.consequences.iter().any(|c| matches!(c.kind, ConsequenceKind::Leaves | ConsequenceKind::PostsPublicly));
    if late || gone {
        cap = cap.min(3);
    }
    if st.mood_curve.iter().any(|p| p.mood <= LEAVE_MOOD) {
        cap = cap.min(4);
    }
    csat_from_mood(st.mood).min(cap)
}

/// The open comment with a CSAT answer, in the customer's voice: one of a
/// few per score, picked by the session's voice source.
pub fn comment(csat: u8, voice: &mut rand_chacha::ChaCha8Rng) -> Text {
    Text::msg("csat-comment").arg("csat", i64::from(csat)).arg("n", voice.random_range(0..COMMENTS))
}
