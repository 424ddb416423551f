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

pub mod class_summary;
pub mod csv;
pub mod filter;
pub mod html;
pub mod identity;
pub mod kpis;
pub mod replay;
pub mod rows;
pub mod table;
mod tally;
pub mod training;
pub mod training_html;

pub use filter::{About, Filter};
pub use kpis::{Alert, Kpis, Rules};
pub use tally::Tally;
pub mod xapi;
pub mod xlsx;

use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::log::logged_session::LoggedSession;
use crate::log::pair::Seen;
use crate::log::record::LoggedLesson;
use crate::log::{LogError, LogWarning, Record, fold_sessions};
use crate::model::{Category, Step};
use crate::policy::KpiTargets;

#[derive(Clone, Debug, PartialEq)]
pub struct TraineeRow {
    /// The name as first logged, in NFC and trimmed (`identity::display`);
    /// every spelling of the same identity is counted here.
    pub trainee: String,
    pub group: String,
    pub sessions: usize,
    /// Of `sessions`, the abandoned ones.
    pub abandoned: usize,
    pub overall: f64,
    pub steps: [f64; 7],
    /// The step with the lowest mean; `None` when all are equal.
    pub weakest: Option<Step>,
    /// Overall score of the first and the last session: the trend.
    pub first: u32,
    pub last: u32,
    /// Over the finished sessions whose survey was answered.
    pub csat: kpis::Mean,
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
    /// When it ended, in the policy's time zone.
    pub ended: NaiveDateTime,
    pub overall: u32,
    /// `None` when no survey was sent.
    pub csat: Option<u8>,
    pub violations: usize,
    /// Played as the pair role-play: who played the customer.
    pub pair_with: Option<String>,
    /// A retry ("try again from here") of an earlier session.
    pub retry: bool,
}

/// A session of the pair role-play: both students, the observer, and the
/// observer's rating per step beside the engine's.
#[derive(Clone, Debug, PartialEq)]
pub struct PairSession {
    /// When it ended, in the policy's time zone.
    pub ended: NaiveDateTime,
    /// Who played the employee (the record's trainee).
    pub employee: String,
    pub group: String,
    pub customer: String,
    pub observer: String,
    pub scenario: String,
    /// The case's place in the exercise, from 1.
    pub round: u8,
    pub overall: u32,
    /// Per rated step: the observer's rating and the engine's
    /// (`Pair::views`).
    pub views: Vec<(Step, Seen, Seen)>,
    /// How far apart they are over the whole sheet (`Pair::disagreement`).
    pub disagreement: u32,
    /// The observer's comments, by step.
    pub comments: Vec<(Step, String)>,
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
    /// The trainees who recorded it, each identity once, in the order of
    /// the log: (name, group) as first logged.
    pub trainees: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// What the report is made of.
    pub about: About,
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
    /// The sessions of the pair role-play, newest first.
    pub pairs: Vec<PairSession>,
}

/// Complaints of one category from which an RCA is due (DOMAIN.md §6).
pub const RCA_AFTER: usize = crate::rca::RCA_AFTER;

/// Builds the overview of the records that pass `filter`.
pub fn overview(records: &[Record], filter: &Filter, rules: &Rules) -> Overview {
    let mut tally = Tally::new(filter, rules);
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
    rules: &Rules,
) -> (Overview, Vec<LogWarning>, Vec<LogError>) {
    let mut total = Tally::new(filter, rules);
    let (tallies, reading) = fold_sessions(paths, || Tally::new(filter, rules), |tally, s| tally.add(s));
    tallies.into_iter().for_each(|t| total.merge(t));
    let mut o = total.finish();
    o.about.files = paths.iter().map(|p| p.display().to_string()).collect();
    o.about.skipped = reading.warnings.len();
    (o, reading.warnings, reading.errors)
}
