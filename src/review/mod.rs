//! The trainers' review of the log: per trainee, per step, per scenario and
//! over time; the KPIs with alerts against the policy's targets; the five
//! most recently closed cases; the weakest step per trainee; the most
//! common violations; the lessons learned by category with RCA due.

pub mod csv;
pub mod html;
pub mod table;
pub mod xapi;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::log::Record;
use crate::log::record::{LoggedLesson, Status};
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
        let day = r.started.date_naive();
        self.group.as_ref().is_none_or(|g| g.eq_ignore_ascii_case(&r.group))
            && self.trainee.as_ref().is_none_or(|t| t.eq_ignore_ascii_case(&r.trainee))
            && self.scenario.as_ref().is_none_or(|s| *s == r.scenario.id)
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

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

fn step_means(records: &[&Record]) -> [f64; 7] {
    let mut out = [0.0; 7];
    for (i, step) in Step::ALL.iter().enumerate() {
        out[i] = mean(records.iter().map(|r| f64::from(r.steps.get(step).copied().unwrap_or(0)))).unwrap_or(0.0);
    }
    out
}

pub fn kpis(records: &[&Record], targets: &KpiTargets) -> Kpis {
    let minutes = |a: chrono::NaiveDateTime, b: chrono::NaiveDateTime| (b - a).num_minutes() as f64;
    Kpis {
        first_response_minutes: mean(
            records.iter().filter_map(|r| r.first_response.map(|t| minutes(r.sim_started, t))),
        ),
        resolution_minutes: mean(records.iter().filter_map(|r| r.closed.map(|t| minutes(r.sim_started, t)))),
        within_sla_percent: percent(records.iter().filter(|r| r.within_sla()).count(), records.len()),
        csat: mean(records.iter().map(|r| f64::from(r.csat))).unwrap_or(0.0),
        without_escalation_percent: percent(records.iter().filter(|r| !r.escalated).count(), records.len()),
        passed_percent: percent(records.iter().filter(|r| r.overall >= targets.pass_score).count(), records.len()),
    }
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
    let rs: Vec<&Record> = records.iter().filter(|r| filter.matches(r)).collect();
    let kpis = kpis(&rs, targets);
    let alerts = alerts(&kpis, targets);

    let mut by_trainee: BTreeMap<(&str, &str), Vec<&Record>> = BTreeMap::new();
    for r in &rs {
        by_trainee.entry((r.group.as_str(), r.trainee.as_str())).or_default().push(r);
    }
    let trainees = by_trainee
        .into_iter()
        .map(|((group, trainee), mut v)| {
            v.sort_by_key(|r| r.started);
            let steps = step_means(&v);
            let max = steps.iter().copied().fold(f64::MIN, f64::max);
            let weakest = Step::ALL
                .iter()
                .zip(steps)
                .filter(|(_, v)| *v < max)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(s, _)| *s);
            TraineeRow {
                trainee: trainee.to_owned(),
                group: group.to_owned(),
                sessions: v.len(),
                overall: mean(v.iter().map(|r| f64::from(r.overall))).unwrap_or(0.0),
                steps,
                weakest,
                first: v.first().map_or(0, |r| r.overall),
                last: v.last().map_or(0, |r| r.overall),
                csat: mean(v.iter().map(|r| f64::from(r.csat))).unwrap_or(0.0),
            }
        })
        .collect();

    let mut by_scenario: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    for r in &rs {
        by_scenario.entry(r.scenario.id.as_str()).or_default().push(r);
    }
    let scenarios = by_scenario
        .into_iter()
        .map(|(id, v)| {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for viol in v.iter().flat_map(|r| &r.violations) {
                *counts.entry(viol.rule.as_str()).or_default() += 1;
            }
            let common =
                counts.into_iter().max_by_key(|(rule, n)| (*n, std::cmp::Reverse(*rule))).map(|(r, _)| r.to_owned());
            ScenarioRow {
                title: v.last().map(|r| r.scenario.title.clone()).unwrap_or_default(),
                id: id.to_owned(),
                sessions: v.len(),
                overall: mean(v.iter().map(|r| f64::from(r.overall))).unwrap_or(0.0),
                steps: step_means(&v),
                common_violation: common,
            }
        })
        .collect();

    let mut by_week: BTreeMap<(i32, u32), Vec<&Record>> = BTreeMap::new();
    for r in &rs {
        let w = r.started.date_naive().iso_week();
        by_week.entry((w.year(), w.week())).or_default().push(r);
    }
    let weeks = by_week
        .into_iter()
        .map(|((year, week), v)| WeekRow {
            year,
            week,
            sessions: v.len(),
            overall: mean(v.iter().map(|r| f64::from(r.overall))).unwrap_or(0.0),
        })
        .collect();

    // The five most recently closed: a partial selection, not a full sort.
    let mut closed: Vec<&&Record> = rs.iter().filter(|r| r.status == Status::Finished).collect();
    let newest_first = |a: &&&Record, b: &&&Record| b.ended.cmp(&a.ended);
    if closed.len() > 5 {
        closed.select_nth_unstable_by(4, newest_first);
        closed.truncate(5);
    }
    closed.sort_by(newest_first);
    let recent = closed
        .iter()
        .take(5)
        .map(|r| Recent {
            trainee: r.trainee.clone(),
            group: r.group.clone(),
            scenario: r.scenario.title.clone(),
            ended: r.ended,
            overall: r.overall,
            csat: r.csat,
            violations: r.violations.len(),
        })
        .collect();

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in rs.iter().flat_map(|r| &r.violations) {
        *counts.entry(v.rule.as_str()).or_default() += 1;
    }
    let mut violations: Vec<(String, usize)> = counts.into_iter().map(|(r, n)| (r.to_owned(), n)).collect();
    violations.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let mut lessons = Vec::new();
    for category in Category::ALL {
        let complaints = rs.iter().filter(|r| r.scenario.category == *category).count();
        let mut ls: Vec<LessonGroup> = Vec::new();
        let mut index: std::collections::HashMap<(crate::model::Cause, &str, &str), usize> = Default::default();
        let mut named: std::collections::HashSet<(usize, &str)> = Default::default();
        for r in &rs {
            let Some(l) = r.lesson.as_ref().filter(|l| l.category == *category) else { continue };
            let key = (l.cause, l.root_cause.trim(), l.correction.trim());
            let i = *index.entry(key).or_insert_with(|| {
                ls.push(LessonGroup { lesson: l.clone(), count: 0, trainees: Vec::new() });
                ls.len() - 1
            });
            let g = &mut ls[i];
            g.count += 1;
            if named.insert((i, r.trainee.as_str())) {
                g.trainees.push(r.trainee.clone());
            }
        }
        if complaints > 0 || !ls.is_empty() {
            lessons.push(CategoryLessons {
                category: *category,
                complaints,
                rca_due: complaints >= RCA_AFTER,
                lessons: ls,
            });
        }
    }

    Overview {
        sessions: rs.len(),
        steps: step_means(&rs),
        kpis,
        targets: targets.clone(),
        alerts,
        trainees,
        scenarios,
        weeks,
        recent,
        violations,
        lessons,
    }
}
