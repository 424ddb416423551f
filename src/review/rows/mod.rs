//! The review's rows: the one layer that turns an `Overview` (or the log's
//! records) into what a reader sees, in the reader's language: titled
//! tables of cells, charts, alerts and the lessons learned. Every number is
//! formatted here (`num`), every text looked up here. The terminal table,
//! the CSV exports, the HTML page and the trainer's screen only lay these
//! out, so that a column, a header or a figure reads the same in each of
//! them.
//!
//! This file holds the sections of the report (terminal and HTML);
//! `pairs` the pair role-play's sessions; `export` the tables of the CSV
//! files; `screen` the shorter lists of the trainer's screen.

pub mod about;
pub mod export;
pub mod pairs;
pub mod screen;

use crate::i18n::{Lang, Text, duration, tr};
use crate::model::Step;
use crate::policy::Rule;

use super::kpis::{Mean, Share};
use super::{Alert, LessonGroup, Overview, RCA_AFTER, Recent, WeekRow, identity};

/// Shown in a cell or list that has nothing to show.
pub const NOTHING: &str = "—";

/// `v` rounded to `decimals` places, half away from zero (54,5 is 55,
/// -0,5 is -1): the one rounding rule of every figure the review shows.
pub fn round(v: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let r = (v * scale).round() / scale;
    // No "-0".
    if r == 0.0 { 0.0 } else { r }
}

/// A number as the reader writes it: `87,5` or `87.5`, rounded by `round`.
pub fn num(lang: Lang, v: f64, decimals: usize) -> String {
    let v = round(v, decimals);
    let s = format!("{v:.decimals$}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Headers and rows of cells, already in the reader's language. `numeric`
/// marks the columns that hold numbers: the terminal aligns them right and
/// CSV writes them as they are, where every other cell is quoted or
/// defused as text. A table without headers is a list whose columns the
/// renderer places (the trainer's screen).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: Vec<bool>,
}

impl Table {
    /// Whether `column` holds numbers.
    pub fn is_number(&self, column: usize) -> bool {
        self.numeric.get(column).copied().unwrap_or(false)
    }
}

/// A titled table: one section of the review.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub table: Table,
}

/// Scores from 0 to 100 to draw as bars, each with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub bars: Vec<(String, f64)>,
}

/// The review's title, what it is made of (`about`), and, when no session
/// is counted, the line shown instead of every section: the log is empty,
/// or no session passed the filters.
#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub title: String,
    pub about: Vec<String>,
    pub none: Option<String>,
}

/// The lessons learned, per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Lessons {
    pub title: String,
    pub categories: Vec<LessonCategory>,
}

/// One category's lessons.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonCategory {
    pub name: String,
    /// How many complaints, and whether a root-cause analysis is due.
    pub status: String,
    pub rca_due: bool,
    pub lessons: Vec<LessonLine>,
}

/// One lesson and who recorded it.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonLine {
    pub who: String,
    pub root_cause: String,
    pub cause: String,
    pub correction: String,
}

/// A trainee's name, or "anoniem" for a trainee who gave none: the same
/// word in every table, chart and list of the review.
pub fn trainee_name(lang: Lang, name: &str) -> String {
    identity::trainee(lang, name)
}

/// A section whose title and headers are message ids.
fn section(lang: Lang, title: &str, headers: &[&str], numeric: &[bool], rows: Vec<Vec<String>>) -> Section {
    Section {
        title: tr(lang, title),
        table: Table { headers: headers.iter().map(|h| tr(lang, h)).collect(), rows, numeric: numeric.to_vec() },
    }
}

pub fn heading(o: &Overview, lang: Lang) -> Heading {
    let none = if o.about.read == 0 {
        Some(tr(lang, "review-empty"))
    } else {
        (o.sessions == 0).then(|| tr(lang, "review-none"))
    };
    Heading {
        title: Text::msg("review-title")
            .arg("sessions", o.sessions as i64)
            .arg("abandoned", o.kpis.abandoned as i64)
            .render(lang),
        about: about::lines(&o.about, lang),
        none,
    }
}

/// A KPI's figure: a duration, working days, a mean CSAT or a percentage.
fn kpi_value(lang: Lang, kpi: &str, v: f64) -> String {
    match kpi {
        "kpi-first-response" => duration(lang, round(v, 0) as i64),
        "kpi-resolution" => Text::msg("review-working-days").arg("days", num(lang, v, 1)).render(lang),
        "kpi-csat" | "kpi-mean-score" => num(lang, v, 1),
        _ => format!("{}%", num(lang, v, 1)),
    }
}

/// A mean's cell: its figure, or a dash when no session counts.
fn mean_cell(lang: Lang, kpi: &str, m: &Mean) -> String {
    m.value.map_or_else(|| NOTHING.to_owned(), |v| kpi_value(lang, kpi, v))
}

/// A share's cell: its percentage, or a dash when no session counts.
fn share_cell(lang: Lang, kpi: &str, s: &Share) -> String {
    s.percent().map_or_else(|| NOTHING.to_owned(), |v| kpi_value(lang, kpi, v))
}

/// A CSAT mean with the number of surveys it is taken over, or a dash.
pub fn csat_cell(lang: Lang, m: &Mean) -> String {
    m.value.map_or_else(|| NOTHING.to_owned(), |v| format!("{} (n = {})", num(lang, v, 1), m.n))
}

/// Each KPI: its value, the number of sessions it counts (n), which
/// sessions those are, and its target.
pub fn kpis(o: &Overview, lang: Lang) -> Section {
    let (k, t) = (&o.kpis, &o.targets);
    let row = |kpi: &str, value: String, n: usize, counts: &str, target: String| {
        vec![tr(lang, kpi), value, n.to_string(), tr(lang, counts), target]
    };
    let at_most = |kpi, v| format!("≤ {}", kpi_value(lang, kpi, v));
    let at_least = |kpi, v| format!("≥ {}", kpi_value(lang, kpi, v));
    let e = &k.escalation;
    let escalation = format!(
        "{} ({})",
        share_cell(lang, "kpi-escalation", &e.share()),
        Text::msg("review-escalation-split")
            .arg("right", e.right as i64)
            .arg("unneeded", e.unneeded as i64)
            .arg("missed", e.missed as i64)
            .render(lang)
    );
    let rows = vec![
        row(
            "kpi-first-response",
            mean_cell(lang, "kpi-first-response", &k.first_response),
            k.first_response.n,
            "kpi-counts-first-response",
            at_most("kpi-first-response", t.first_response_hours * 60.0),
        ),
        row(
            "kpi-resolution",
            mean_cell(lang, "kpi-resolution", &k.resolution),
            k.resolution.n,
            "kpi-counts-resolution",
            at_most("kpi-resolution", t.resolution_working_days),
        ),
        row(
            "kpi-within-sla",
            share_cell(lang, "kpi-within-sla", &k.within_sla),
            k.within_sla.n,
            "kpi-counts-within-sla",
            at_least("kpi-within-sla", t.within_sla_percent),
        ),
        row(
            "kpi-near-breach",
            share_cell(lang, "kpi-near-breach", &k.near_breach),
            k.near_breach.n,
            "kpi-counts-near-breach",
            NOTHING.to_owned(),
        ),
        row(
            "kpi-csat",
            mean_cell(lang, "kpi-csat", &k.csat),
            k.csat.n,
            "kpi-counts-csat",
            at_least("kpi-csat", t.csat),
        ),
        row(
            "kpi-escalation",
            escalation,
            e.share().n,
            "kpi-counts-escalation",
            at_least("kpi-escalation", t.escalation_right_percent),
        ),
        row(
            "kpi-mean-score",
            mean_cell(lang, "kpi-mean-score", &k.overall),
            k.overall.n,
            "kpi-counts-mean-score",
            Text::msg("kpi-pass-from").arg("score", i64::from(t.pass_score)).render(lang),
        ),
        row(
            "kpi-passed",
            share_cell(lang, "kpi-passed", &k.passed),
            k.passed.n,
            "kpi-counts-passed",
            NOTHING.to_owned(),
        ),
        row("kpi-abandoned", k.abandoned.to_string(), k.sessions, "kpi-counts-abandoned", NOTHING.to_owned()),
    ];
    section(
        lang,
        "review-kpis",
        &["review-col-kpi", "review-col-value", "review-col-n", "review-col-counts", "review-col-target"],
        &[false, true, true, false, true],
        rows,
    )
}

fn alert_text(lang: Lang, a: &Alert) -> String {
    Text::msg("review-alert")
        .arg("kpi", tr(lang, a.kpi))
        .arg("value", kpi_value(lang, a.kpi, a.value))
        .arg("target", kpi_value(lang, a.kpi, a.target))
        .render(lang)
}

/// The KPIs worse than their targets, one line each.
pub fn alerts(o: &Overview, lang: Lang) -> Vec<String> {
    o.alerts.iter().map(|a| alert_text(lang, a)).collect()
}

/// A rule of the policy by its name, from its id as the log stores it; an
/// id this version does not know is shown as it is.
pub fn rule_name(lang: Lang, rule: &str) -> String {
    Rule::from_id(rule).map_or_else(|| rule.to_owned(), |r| tr(lang, r.msg()))
}

fn step_name(lang: Lang, step: Option<Step>, none: &str) -> String {
    step.map_or_else(|| none.to_owned(), |s| tr(lang, s.msg()))
}

/// Per trainee: sessions, mean overall score, trend, CSAT and weakest step.
pub fn trainees(o: &Overview, lang: Lang) -> Section {
    let rows = o
        .trainees
        .iter()
        .map(|t| {
            vec![
                identity::trainee(lang, &t.trainee),
                t.group.clone(),
                t.sessions.to_string(),
                t.abandoned.to_string(),
                num(lang, t.overall, 0),
                format!("{} → {}", t.first, t.last),
                csat_cell(lang, &t.csat),
                step_name(lang, t.weakest, NOTHING),
            ]
        })
        .collect();
    section(
        lang,
        "review-trainees",
        &[
            "review-col-trainee",
            "review-col-group",
            "review-col-sessions",
            "review-col-abandoned",
            "review-col-overall",
            "review-col-trend",
            "review-col-csat",
            "review-col-weakest",
        ],
        &[false, false, true, true, true, true, true, false],
        rows,
    )
}

/// The mean score per step of each trainee, and of everyone.
pub fn steps(o: &Overview, lang: Lang) -> Section {
    let row =
        |who: String, steps: &[f64; 7]| std::iter::once(who).chain(steps.iter().map(|v| num(lang, *v, 0))).collect();
    let mut rows: Vec<Vec<String>> =
        o.trainees.iter().map(|t| row(identity::trainee_in_group(lang, &t.trainee, &t.group), &t.steps)).collect();
    rows.push(row(tr(lang, "review-everyone"), &o.steps));
    Section {
        title: tr(lang, "review-steps"),
        table: Table {
            headers: std::iter::once(tr(lang, "review-col-who"))
                .chain(Step::ALL.iter().map(|s| tr(lang, &format!("{}-short", s.msg()))))
                .collect(),
            rows,
            numeric: std::iter::once(false).chain([true; 7]).collect(),
        },
    }
}

/// The mean score of each step over everyone.
pub fn step_chart(o: &Overview, lang: Lang) -> Chart {
    Chart {
        title: tr(lang, "review-steps"),
        bars: Step::ALL.iter().zip(o.steps).map(|(s, v)| (tr(lang, s.msg()), v)).collect(),
    }
}

/// The mean overall score of each trainee.
pub fn trainee_chart(o: &Overview, lang: Lang) -> Chart {
    Chart {
        title: tr(lang, "review-trainees"),
        bars: o.trainees.iter().map(|t| (identity::trainee_in_group(lang, &t.trainee, &t.group), t.overall)).collect(),
    }
}

/// Per scenario, in the order of the titles shown (not of the ids behind
/// them): sessions, mean overall score and the most common violation.
pub fn scenarios(o: &Overview, lang: Lang) -> Section {
    let mut by_title: Vec<&super::ScenarioRow> = o.scenarios.iter().collect();
    by_title.sort_by_cached_key(|s| (s.title.to_lowercase(), s.id.clone()));
    let rows = by_title
        .into_iter()
        .map(|s| {
            vec![
                s.title.clone(),
                s.sessions.to_string(),
                num(lang, s.overall, 0),
                s.common_violation.as_deref().map_or_else(|| NOTHING.to_owned(), |r| rule_name(lang, r)),
            ]
        })
        .collect();
    section(
        lang,
        "review-scenarios",
        &["review-col-scenario", "review-col-sessions", "review-col-overall", "review-col-common-violation"],
        &[false, true, true, false],
        rows,
    )
}

fn week_label(w: &WeekRow) -> String {
    format!("{}-W{:02}", w.year, w.week)
}

/// Per ISO week: sessions and mean overall score.
pub fn weeks(o: &Overview, lang: Lang) -> Section {
    let rows = o.weeks.iter().map(|w| vec![week_label(w), w.sessions.to_string(), num(lang, w.overall, 0)]).collect();
    section(
        lang,
        "review-weeks",
        &["review-col-week", "review-col-sessions", "review-col-overall"],
        &[false, true, true],
        rows,
    )
}

/// The mean overall score per week, labelled with the number of sessions.
pub fn week_chart(o: &Overview, lang: Lang) -> Chart {
    Chart {
        title: tr(lang, "review-weeks"),
        bars: o.weeks.iter().map(|w| (format!("{} ({})", week_label(w), w.sessions), w.overall)).collect(),
    }
}

/// A recently closed case's first cells: when it closed (in the policy's
/// time zone, as `format` writes it), who (with the group), which case,
/// the overall score. A retry says so beside the case: its score came
/// with a second go at the same customer.
fn recent_row(r: &Recent, format: &str, lang: Lang) -> Vec<String> {
    let scenario = match r.retry {
        true => crate::i18n::Text::msg("review-retry").arg("scenario", r.scenario.as_str()).render(lang),
        false => r.scenario.clone(),
    };
    vec![
        r.ended.format(format).to_string(),
        pairs::with(lang, identity::trainee_in_group(lang, &r.trainee, &r.group), r.pair_with.as_deref()),
        scenario,
        r.overall.to_string(),
    ]
}

/// The most recently closed cases.
pub fn recent(o: &Overview, lang: Lang) -> Section {
    let rows = o
        .recent
        .iter()
        .map(|r| {
            let mut row = recent_row(r, "%Y-%m-%d %H:%M", lang);
            row.extend([r.csat.map_or_else(|| NOTHING.to_owned(), |c| c.to_string()), r.violations.to_string()]);
            row
        })
        .collect();
    section(
        lang,
        "review-recent",
        &[
            "review-col-ended",
            "review-col-trainee",
            "review-col-scenario",
            "review-col-overall",
            "review-col-csat",
            "review-col-violations",
        ],
        &[false, false, false, true, true, true],
        rows,
    )
}

/// The `most` most common violations, most common first.
pub fn violations(o: &Overview, lang: Lang, most: usize) -> Section {
    let rows = o.violations.iter().take(most).map(|(r, n)| vec![rule_name(lang, r), n.to_string()]).collect();
    section(lang, "review-violations", &["review-col-rule", "review-col-count"], &[false, true], rows)
}

/// Below a list of the `most` most common violations: how many more
/// there are, if any.
pub fn violations_more(o: &Overview, lang: Lang, most: usize) -> Option<String> {
    let more = o.violations.len().saturating_sub(most);
    (more > 0).then(|| Text::msg("review-violations-more").arg("count", more as i64).render(lang))
}

/// Who recorded a lesson, for a line of text: the first few by name and
/// group, then how many more, and how often it was recorded.
pub fn who(lang: Lang, g: &LessonGroup) -> String {
    const NAMES: usize = 3;
    let names: Vec<String> =
        g.trainees.iter().take(NAMES).map(|(name, group)| identity::trainee_in_group(lang, name, group)).collect();
    let mut s = names.join(", ");
    if g.trainees.len() > NAMES {
        s.push_str(&format!(" +{}", g.trainees.len() - NAMES));
    }
    if g.count > 1 {
        s.push_str(&format!(" ({}×)", g.count));
    }
    s
}

/// The lessons learned per category, with whether an RCA is due.
pub fn lessons(o: &Overview, lang: Lang) -> Lessons {
    let categories = o
        .lessons
        .iter()
        .map(|c| {
            let status = if c.rca_due { "review-rca-due" } else { "review-rca-not-due" };
            LessonCategory {
                name: tr(lang, c.category.msg()),
                status: Text::msg(status)
                    .arg("count", c.complaints as i64)
                    .arg("needed", RCA_AFTER as i64)
                    .render(lang),
                rca_due: c.rca_due,
                lessons: c
                    .lessons
                    .iter()
                    .map(|g| LessonLine {
                        who: who(lang, g),
                        root_cause: g.lesson.root_cause.clone(),
                        cause: tr(lang, g.lesson.cause.msg()),
                        correction: g.lesson.correction.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    Lessons { title: tr(lang, "review-lessons"), categories }
}
