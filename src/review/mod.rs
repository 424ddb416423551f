//! The trainers' review of the log: per trainee, per step, per scenario and
//! over time; the KPIs with alerts against the policy's targets; the five
//! most recently closed cases; the weakest step per trainee; the most
//! common violations; the lessons learned by category with RCA due.
//!
//! `tally` counts the `Overview` (the types and entry points are here);
//! `rows` turns it into sections of cells in the reader's language, which
//! `table` (the terminal), `csv`, `html` and the game's trainer screen only
//! lay out; `replay` plays logged sessions again under today's rules. (It
//! lives here, not in `score`: a log record is made from a debrief, so the
//! log already uses the scoring, and a replay that reads the log from
//! inside `score` would close a cycle.)

pub mod csv;
pub mod html;
pub mod replay;
pub mod rows;
pub mod table;
mod tally;

pub use tally::Tally;
pub mod xapi;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::log::logged_session::LoggedSession;
use crate::log::record::LoggedLesson;
use crate::log::{LogError, LogWarning, Record, fold_sessions};
use crate::model::{Category, Step};
use crate::policy::KpiTargets;

/// Which records to review. Every field that is set must match.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct Filter {
    /// Only this group or class.
    #[arg(long)]
    pub group: Option<String>,
    /// Only this trainee.
    #[arg(long)]
    pub trainee: Option<String>,
    /// Only this scenario (id).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Only sessions started on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Only sessions started on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<NaiveDate>,
}

impl Filter {
    pub fn matches(&self, r: &Record) -> bool {
        self.matches_parts(&r.group, &r.trainee, &r.scenario.id, r.started)
    }

    pub fn matches_session(&self, s: &LoggedSession) -> bool {
        self.matches_parts(&s.group, &s.trainee, &s.scenario_id, s.started)
    }

    fn matches_parts(&self, group: &str, trainee: &str, scenario: &str, started: DateTime<FixedOffset>) -> bool {
        let day = started.date_naive();
        self.group.as_ref().is_none_or(|g| g.eq_ignore_ascii_case(group))
            && self.trainee.as_ref().is_none_or(|t| t.eq_ignore_ascii_case(trainee))
            && self.scenario.as_ref().is_none_or(|s| *s == scenario)
            && self.from.is_none_or(|f| day >= f)
            && self.to.is_none_or(|t| day <= t)
    }
}

/// The seed's KPIs over a set of sessions.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpis {
    /// Mean minutes from receipt to first response, of sessions that had one.
    pub first_response_minutes: Option<f64>,
    /// Mean minutes from receipt to closing, of closed sessions.
    pub resolution_minutes: Option<f64>,
    pub within_sla_percent: f64,
    pub csat: f64,
    pub without_escalation_percent: f64,
    pub passed_percent: f64,
}

/// A KPI worse than its target.
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    /// `kpi-first-response`, `kpi-resolution`, ...
    pub kpi: &'static str,
    pub value: f64,
    pub target: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TraineeRow {
    pub trainee: String,
    pub group: String,
    pub sessions: usize,
    pub overall: f64,
    pub steps: [f64; 7],
    /// The step with the lowest mean; `None` when all are equal.
    pub weakest: Option<Step>,
    /// Overall score of the first and the last session: the trend.
    pub first: u32,
    pub last: u32,
    pub csat: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRow {
    pub id: String,
    pub title: String,
    pub sessions: usize,
    pub overall: f64,
    pub steps: [f64; 7],
    pub common_violation: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WeekRow {
    /// ISO year and week.
    pub year: i32,
    pub week: u32,
    pub sessions: usize,
    pub overall: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recent {
    pub trainee: String,
    pub group: String,
    pub scenario: String,
    pub ended: chrono::DateTime<chrono::FixedOffset>,
    pub overall: u32,
    pub csat: u8,
    pub violations: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryLessons {
    pub category: Category,
    /// Handled complaints of this category.
    pub complaints: usize,
    /// A root-cause analysis ("5x why") is due from 3 complaints on.
    pub rca_due: bool,
    /// The lessons recorded, the same lesson once with everyone who wrote it.
    pub lessons: Vec<LessonGroup>,
}

/// One lesson learned and who recorded it (the same root cause and
/// correction written by several trainees is one group).
#[derive(Clone, Debug, PartialEq)]
pub struct LessonGroup {
    pub lesson: LoggedLesson,
    /// How many sessions recorded it.
    pub count: usize,
    /// The trainees who recorded it, each once, in the order of the log.
    pub trainees: Vec<String>,
}

impl LessonGroup {
    /// The trainees for a line of text: the first few by name, then how
    /// many more.
    pub fn who(&self) -> String {
        const NAMES: usize = 3;
        let mut s = self.trainees.iter().take(NAMES).cloned().collect::<Vec<_>>().join(", ");
        if self.trainees.len() > NAMES {
            s.push_str(&format!(" +{}", self.trainees.len() - NAMES));
        }
        if self.count > 1 {
            s.push_str(&format!(" ({}×)", self.count));
        }
        s
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub sessions: usize,
    pub kpis: Kpis,
    pub targets: KpiTargets,
    pub alerts: Vec<Alert>,
    pub steps: [f64; 7],
    pub trainees: Vec<TraineeRow>,
    pub scenarios: Vec<ScenarioRow>,
    pub weeks: Vec<WeekRow>,
    pub recent: Vec<Recent>,
    pub violations: Vec<(String, usize)>,
    pub lessons: Vec<CategoryLessons>,
}

/// Complaints of one category from which an RCA is due (DOMAIN.md §6).
pub const RCA_AFTER: usize = 3;

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

pub fn alerts(k: &Kpis, t: &KpiTargets) -> Vec<Alert> {
    let mut out = Vec::new();
    if let Some(v) = k.first_response_minutes
        && v > t.first_response_hours * 60.0
    {
        out.push(Alert { kpi: "kpi-first-response", value: v, target: t.first_response_hours * 60.0 });
    }
    if let Some(v) = k.resolution_minutes
        && v > t.resolution_hours * 60.0
    {
        out.push(Alert { kpi: "kpi-resolution", value: v, target: t.resolution_hours * 60.0 });
    }
    if k.within_sla_percent < t.within_sla_percent {
        out.push(Alert { kpi: "kpi-within-sla", value: k.within_sla_percent, target: t.within_sla_percent });
    }
    if k.csat < t.csat {
        out.push(Alert { kpi: "kpi-csat", value: k.csat, target: t.csat });
    }
    if k.without_escalation_percent < t.without_escalation_percent {
        out.push(Alert {
            kpi: "kpi-without-escalation",
            value: k.without_escalation_percent,
            target: t.without_escalation_percent,
        });
    }
    out
}

/// Builds the overview of the records that pass `filter`.
pub fn overview(records: &[Record], filter: &Filter, targets: &KpiTargets) -> Overview {
    let mut tally = Tally::new(filter, targets);
    for r in records {
        tally.add(&LoggedSession::of(r));
    }
    tally.finish()
}

/// Reads the logs at `paths` and builds the overview of their records that
/// pass `filter`, without keeping the records: each block of each log is
/// counted on its own core, and the counts are added up in the order of the
/// files. Each file and each session is counted once (`log::fold_sessions`).
/// The same figures as `overview` of the same records.
pub fn overview_of_logs(
    paths: &[PathBuf],
    filter: &Filter,
    targets: &KpiTargets,
) -> (Overview, Vec<LogWarning>, Vec<LogError>) {
    let mut total = Tally::new(filter, targets);
    let (tallies, reading) = fold_sessions(paths, || Tally::new(filter, targets), |tally, s| tally.add(s));
    tallies.into_iter().for_each(|t| total.merge(t));
    (total.finish(), reading.warnings, reading.errors)
}
