//! The KPIs and the population each counts. Every figure of the review
//! says over which sessions it is taken and shows that number (n):
//!
//! - the mean overall score, voldoende and binnen SLA: all sessions; an
//!   abandoned one is neither passed nor within SLA;
//! - bijna over termijn: all sessions; one with an SLA target met only
//!   after its warning (or open past it at the end);
//! - escalation ("terecht", "onnodig", "gemist"): the finished sessions,
//!   judged against the case's truth, so correct handling is 100%;
//! - first response and resolution: the finished sessions that had one,
//!   resolution in working time on the policy's calendar;
//! - CSAT: the finished sessions whose survey was sent and answered.
//!
//! Abandoned sessions are counted on their own. The judgement of one
//! session is made here (`Facts`), so the overview, the per-session export
//! and xAPI cannot disagree on it.

use chrono_tz::Tz;

use crate::calendar::Calendar;
use crate::log::logged_session::LoggedSession;
use crate::log::record::Status;
use crate::policy::{KpiTargets, Policy, Rule};

/// What the review needs of the policy: its KPI targets, its calendar (for
/// working time) and its time zone (for dates).
#[derive(Clone, Debug)]
pub struct Rules {
    pub targets: KpiTargets,
    pub calendar: Calendar,
    pub zone: Tz,
}

impl Rules {
    pub fn of(policy: &Policy) -> Rules {
        Rules { targets: policy.kpi.clone(), calendar: Calendar::new(policy), zone: policy.zone() }
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules::of(&Policy::default())
    }
}

/// How an escalation decision was judged against the case's truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escalation {
    /// Escalated when the case needed it, or handled alone when it did not.
    Right,
    /// Escalated without a reason.
    Unneeded,
    /// Not escalated, though the case needed it.
    Missed,
}

/// One session's judgement, as every figure and export counts it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Facts {
    pub finished: bool,
    pub passed: bool,
    pub within_sla: bool,
    /// The session's overall score.
    pub overall: u32,
    /// Whether an SLA target came near its breach.
    pub near_breach: bool,
    /// `None` for an abandoned session.
    pub escalation: Option<Escalation>,
    /// The customer's answer to the survey; `None` when none was sent (or
    /// the session was abandoned).
    pub csat: Option<u8>,
    /// Minutes from receipt to the first response (calendar time: the SLA
    /// for it counts hours around the clock), of a finished session.
    pub first_response_minutes: Option<i64>,
    /// Working minutes from receipt to closing, of a finished session.
    pub resolution_working_minutes: Option<i64>,
}

impl Facts {
    pub fn of(s: &LoggedSession, rules: &Rules) -> Facts {
        let finished = s.status == Status::Finished;
        // The scoring records a wrong escalation decision as a violation of
        // the trigger rule: with an escalation it was unneeded, without one
        // it was missed.
        let wrong = s.violations.iter().any(|v| v == Rule::EscalationTriggers.id());
        let escalation = match (wrong, s.escalated) {
            (false, _) => Escalation::Right,
            (true, true) => Escalation::Unneeded,
            (true, false) => Escalation::Missed,
        };
        Facts {
            finished,
            passed: crate::score::passed(finished, s.overall, rules.targets.pass_score),
            within_sla: finished && s.within_sla(),
            overall: s.overall,
            near_breach: !s.near_breach.is_empty(),
            escalation: finished.then_some(escalation),
            csat: (finished && s.csat_collected).then_some(s.csat),
            first_response_minutes: s.first_response.filter(|_| finished).map(|t| (t - s.sim_started).num_minutes()),
            resolution_working_minutes: s
                .closed
                .filter(|_| finished)
                .map(|t| rules.calendar.business_minutes_between(s.sim_started, t)),
        }
    }
}

/// A mean and the number of sessions it is taken over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    /// `None` when no session counts.
    pub value: Option<f64>,
    pub n: usize,
}

impl Mean {
    pub fn of(sum: i64, n: u64) -> Mean {
        Mean { value: (n > 0).then(|| sum as f64 / n as f64), n: n as usize }
    }
}

/// A share of sessions: how many of `n`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    pub part: usize,
    pub n: usize,
}

impl Share {
    /// The share in percent; `None` when no session counts.
    pub fn percent(&self) -> Option<f64> {
        (self.n > 0).then(|| 100.0 * self.part as f64 / self.n as f64)
    }
}

/// The escalation decisions of the finished sessions, by judgement.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EscalationCounts {
    pub right: usize,
    pub unneeded: usize,
    pub missed: usize,
}

impl EscalationCounts {
    pub fn share(&self) -> Share {
        Share { part: self.right, n: self.right + self.unneeded + self.missed }
    }
}

/// The KPIs over a set of sessions, each with its population.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpis {
    /// Every session counted, finished or abandoned.
    pub sessions: usize,
    pub abandoned: usize,
    /// Minutes to the first response.
    pub first_response: Mean,
    /// Working days (of the policy's business hours) to closing.
    pub resolution: Mean,
    pub within_sla: Share,
    /// Sessions with an SLA target near its breach.
    pub near_breach: Share,
    pub csat: Mean,
    pub escalation: EscalationCounts,
    /// The mean overall score, and the share of sessions passed: a score
    /// and a share, each in its own row.
    pub overall: Mean,
    pub passed: Share,
}

/// A KPI worse than its target.
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    /// `kpi-first-response`, `kpi-resolution`, ...
    pub kpi: &'static str,
    pub value: f64,
    pub target: f64,
}

pub fn alerts(k: &Kpis, t: &KpiTargets) -> Vec<Alert> {
    let mut out = Vec::new();
    let mut over = |kpi, value: Option<f64>, target: f64| {
        if let Some(value) = value.filter(|v| *v > target) {
            out.push(Alert { kpi, value, target });
        }
    };
    over("kpi-first-response", k.first_response.value, t.first_response_hours * 60.0);
    over("kpi-resolution", k.resolution.value, t.resolution_working_days);
    let mut under = |kpi, value: Option<f64>, target: f64| {
        if let Some(value) = value.filter(|v| *v < target) {
            out.push(Alert { kpi, value, target });
        }
    };
    under("kpi-within-sla", k.within_sla.percent(), t.within_sla_percent);
    under("kpi-csat", k.csat.value, t.csat);
    under("kpi-escalation", k.escalation.share().percent(), t.escalation_right_percent);
    out
}
