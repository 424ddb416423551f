//! The limits of what a trainee can type into an action: how many working
//! days a promise may run, how many hours ahead a contact may be planned,
//! how long one wait may be, how long a lesson's text may be. The desk and
//! the terminal player offer exactly these ranges, and the session refuses
//! anything beyond them, so a script cannot do what no front end allows.
//!
//! The amounts of an offer (more than zero, a refund not above the price,
//! a discount in `DISCOUNT_PERCENT`) depend on the case, so the session
//! checks those itself.

use std::ops::RangeInclusive;

use crate::i18n::Text;
use crate::model::Action;

use super::Refusal;

/// Working days within which an offer may be promised: today up to about
/// three months ahead, farther than any lead time of the policy.
pub const PROMISE_DAYS: RangeInclusive<u32> = 0..=60;

/// Hours from now to the next contact a status update announces: two weeks
/// at the most, and not now (that would be no announcement at all).
pub const CONTACT_HOURS: RangeInclusive<u32> = 1..=24 * 14;

/// Hours after closing for the CSAT survey, and after its answer for the
/// senior's call: at once up to two weeks later.
pub const LATER_HOURS: RangeInclusive<u32> = 0..=24 * 14;

/// Minutes one wait may let pass: a week at the most. Zero is allowed (it
/// does nothing) because the desk always allowed it, and logged sessions
/// with such a wait must still replay.
pub const WAIT_MINUTES: RangeInclusive<u32> = 0..=7 * 24 * 60;

/// A goodwill discount, in percent.
pub const DISCOUNT_PERCENT: RangeInclusive<u32> = 1..=100;

/// Characters in the root cause and in the correction of a lesson learned,
/// and in one answer of the "5 x waarom":
/// a short paragraph each, as the log and the trainer's review show them.
pub const LESSON_TEXT_CHARS: usize = 1000;

/// Reads an amount in euro as people type it: `40`, `39,95`, `€ 39.95`,
/// `1 000`; more than zero. The desk and the terminal player both read
/// amounts here.
pub fn parse_amount(s: &str) -> Option<f64> {
    let plain: String = s.chars().filter(|c| *c != '€' && !c.is_whitespace()).collect();
    let v: f64 = plain.replace(',', ".").parse().ok()?;
    (v.is_finite() && v > 0.0).then_some(v)
}

/// Reads a percentage as people type it: `15`, `15%`, `15 %`. The range
/// is the caller's to check.
pub fn parse_percent(s: &str) -> Option<u32> {
    s.trim().trim_end_matches('%').trim_end().parse().ok()
}

/// Whether the numbers and texts of `action` lie within the limits; `Err`
/// says which limit and what was given.
pub(super) fn check(action: &Action) -> Result<(), Refusal> {
    let within = |range: &RangeInclusive<u32>, value: u32, id: &'static str| {
        if range.contains(&value) {
            Ok(())
        } else {
            Err(Refusal(Text::msg(id).arg("from", *range.start()).arg("to", *range.end()).arg("value", value)))
        }
    };
    match action {
        Action::Offer { days: Some(d), .. } => within(&PROMISE_DAYS, *d, "refuse-promise-days"),
        Action::StatusUpdate { hours } => within(&CONTACT_HOURS, *hours, "refuse-contact-hours"),
        Action::SendCsat { hours } => within(&LATER_HOURS, *hours, "refuse-csat-hours"),
        Action::SeniorFollowUp { hours } => within(&LATER_HOURS, *hours, "refuse-senior-hours"),
        Action::Wait { minutes } => within(&WAIT_MINUTES, *minutes, "refuse-wait-minutes"),
        Action::LessonLearned { root_cause, correction, .. } => {
            let longest = root_cause.chars().count().max(correction.chars().count());
            if longest <= LESSON_TEXT_CHARS {
                Ok(())
            } else {
                Err(Refusal(
                    Text::msg("refuse-lesson-too-long")
                        .arg("max", LESSON_TEXT_CHARS as i64)
                        .arg("count", longest as i64),
                ))
            }
        }
        Action::Why { text } if text.chars().count() > LESSON_TEXT_CHARS => Err(Refusal(
            Text::msg("refuse-why-too-long")
                .arg("max", LESSON_TEXT_CHARS as i64)
                .arg("count", text.chars().count() as i64),
        )),
        Action::Write { text, .. } if text.chars().count() > super::written::TEXT_CHARS => Err(Refusal(
            Text::msg("refuse-write-too-long")
                .arg("max", super::written::TEXT_CHARS as i64)
                .arg("count", text.chars().count() as i64),
        )),
        _ => Ok(()),
    }
}
