//! Which clock each SLA target runs on: the clock (evenings, nights and
//! weekends count) or business hours (the target counts only while the
//! office is open, from the next opening). A target in working days counts
//! working days on either clock; the choice matters for hours and minutes.
//! The defaults follow Dutch practice (DOMAIN.md section 3); the arithmetic
//! is `Calendar::deadline`.

use serde::{Deserialize, Serialize};

use crate::model::Priority;

/// How the hours and minutes of one SLA target run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counting {
    /// Day and night, weekends too: what an automatic message or an
    /// emergency needs.
    Clock,
    /// Only while the office is open: work people do at their desk.
    BusinessHours,
}

/// The clock of every SLA target, field by field as in `Sla`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlaClocks {
    pub acknowledgement: Counting,
    pub owner: Counting,
    pub first_response_critical: Counting,
    pub first_response_high: Counting,
    pub first_response_normal: Counting,
    pub solution_critical: Counting,
    pub solution_high: Counting,
    pub solution_normal: Counting,
    pub escalation_report: Counting,
    pub escalation_decision: Counting,
    pub c_level_notice: Counting,
    pub follow_up: Counting,
    pub csat_follow_up: Counting,
}

impl Default for SlaClocks {
    fn default() -> Self {
        use Counting::{BusinessHours as Office, Clock};
        SlaClocks {
            // The system sends it, at any hour.
            acknowledgement: Clock,
            // A person picks the complaint up: at the desk.
            owner: Office,
            // A critical case (danger, no water) cannot wait for Monday.
            first_response_critical: Clock,
            // "Within 24 hours" as the customer counts them.
            first_response_high: Clock,
            first_response_normal: Office,
            // A solution is carried out at the desk (in working days).
            solution_critical: Office,
            solution_high: Office,
            solution_normal: Office,
            // The owner reports to the team lead, the lead decides: desk work.
            escalation_report: Office,
            escalation_decision: Office,
            // An external risk (a public post, a danger) goes up at once.
            c_level_notice: Clock,
            follow_up: Office,
            // "Within 48 hours" as the unhappy customer counts them.
            csat_follow_up: Clock,
        }
    }
}

impl SlaClocks {
    pub fn first_response(&self, priority: Priority) -> Counting {
        match priority {
            Priority::Critical => self.first_response_critical,
            Priority::High => self.first_response_high,
            Priority::Normal => self.first_response_normal,
        }
    }

    pub fn solution(&self, priority: Priority) -> Counting {
        match priority {
            Priority::Critical => self.solution_critical,
            Priority::High => self.solution_high,
            Priority::Normal => self.solution_normal,
        }
    }
}
