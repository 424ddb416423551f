//! Whether the customer takes an offer, by mood: the case says whether an
//! offer is acceptable at all (its rule's `accepted`, or the verdict's
//! judgement); the customer's mood decides whether they take it now.
//!
//! The rule: an acceptable offer is taken when the mood is at least the
//! offer's threshold, which is [`GOOD`] for an offer the case rates good,
//! [`WEAK`] for a weak one, and 0 for one that gives more than the case
//! warrants (a customer does not refuse a gift). A customer interrupted as
//! often as their patience allows (`Temperament::patience`) does not feel
//! heard and needs [`NOT_HEARD`] more; one who was let finish and never
//! interrupted felt heard and needs [`HEARD`] less. So the same offer can
//! be refused after two interruptions and taken after a good listen. A
//! refused offer changes nothing else: the trainee may make another.

use crate::i18n::Text;
use crate::model::{Rating, Temperament};

pub const GOOD: i32 = 15;
pub const WEAK: i32 = 35;
pub const NOT_HEARD: i32 = 25;
pub const HEARD: i32 = 10;

/// How the conversation went for the customer, so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heard {
    pub let_finish: bool,
    pub interruptions: usize,
}

/// The mood an offer of `rating` needs.
pub fn threshold(rating: Rating, t: Temperament, heard: Heard) -> i32 {
    let base = match rating {
        Rating::Good => GOOD,
        Rating::Weak => WEAK,
        Rating::Wrong => return 0,
    };
    if heard.interruptions >= t.patience() {
        base + NOT_HEARD
    } else if heard.let_finish && heard.interruptions == 0 {
        base - HEARD
    } else {
        base
    }
}

/// `None`: the customer takes it; else why they refuse although the case
/// would have them take it.
pub fn refusal(rating: Rating, t: Temperament, heard: Heard, mood: i32) -> Option<Text> {
    let needed = threshold(rating, t, heard);
    (mood < needed).then(|| {
        let id = if heard.interruptions >= t.patience() { "refused-not-heard" } else { "refused-mood" };
        Text::msg(id).arg("mood", mood).arg("needed", needed).arg("interruptions", heard.interruptions as i64)
    })
}
