//! Every SLA deadline a complaint gets under a policy: one small function
//! over the calendar per rule, so the scoring and `klachtsim sla` agree.

use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::model::Priority;
use crate::policy::{Policy, Target};

/// The deadlines that follow from the moment of receipt alone.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiptDeadlines {
    pub received: NaiveDateTime,
    /// When work starts for working-day targets (next opening).
    pub work_starts: NaiveDateTime,
    pub acknowledgement: NaiveDateTime,
    pub owner: NaiveDateTime,
    pub first_response: NaiveDateTime,
    /// When the trigger is known at receipt (a public post, say).
    pub escalation_report: NaiveDateTime,
    /// When the report is made at the last moment allowed.
    pub escalation_decision: NaiveDateTime,
    pub c_level_notice: NaiveDateTime,
}

pub fn receipt_deadlines(policy: &Policy, received: NaiveDateTime, priority: Priority) -> ReceiptDeadlines {
    let cal = Calendar::new(policy);
    let sla = &policy.sla;
    let escalation_report = cal.deadline(received, sla.escalation_report);
    ReceiptDeadlines {
        received,
        work_starts: cal.next_opening(received),
        acknowledgement: cal.deadline(received, sla.acknowledgement),
        owner: cal.deadline(received, sla.owner),
        first_response: cal.deadline(received, sla.first_response(priority)),
        escalation_report,
        escalation_decision: cal.deadline(escalation_report, sla.escalation_decision),
        c_level_notice: cal.deadline(received, sla.c_level_notice),
    }
}

/// The window for the CSAT survey after closing.
pub fn csat_window(policy: &Policy, closed: NaiveDateTime) -> (NaiveDateTime, NaiveDateTime) {
    let sla = &policy.sla;
    (
        closed + chrono::Duration::hours(i64::from(sla.csat_from_hours)),
        closed + chrono::Duration::hours(i64::from(sla.csat_to_hours)),
    )
}

/// A target in words for the reader: the fluent id and its number.
pub fn target_text(t: Target) -> crate::i18n::Text {
    use crate::i18n::Text;
    match t {
        Target::Minutes(m) => Text::msg("target-minutes").arg("n", m),
        Target::Hours(h) => Text::msg("target-hours").arg("n", h),
        Target::WorkingDays(d) => Text::msg("target-working-days").arg("n", d),
    }
}
