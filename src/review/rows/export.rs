//! The tables of the CSV exports: one row per trainee with the overview's
//! means to more decimals, and one row per session; each step in its own
//! column, for a spreadsheet's pivot tables.

use chrono::NaiveDateTime;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::log::Record;
use crate::log::record::Status;
use crate::model::Step;
use crate::score::self_assessment::SelfAssessment;

use super::{Table, num, step_name, trainee_name};
use crate::review::Overview;

/// The headers of an export: the columns before the steps, every step by
/// its full name, and the columns after.
fn headers(lang: Lang, before: &[&str], after: &[&str]) -> Vec<String> {
    let step_names = Step::ALL.iter().map(|s| s.msg());
    before.iter().copied().chain(step_names).chain(after.iter().copied()).map(|id| tr(lang, id)).collect()
}

/// One row per trainee: the overview's means to more decimals.
pub fn trainees(o: &Overview, lang: Lang) -> Table {
    let rows = o
        .trainees
        .iter()
        .map(|t| {
            let mut r =
                vec![trainee_name(lang, &t.trainee), t.group.clone(), t.sessions.to_string(), num(lang, t.overall, 1)];
            r.extend(t.steps.iter().map(|v| num(lang, *v, 1)));
            r.extend([num(lang, t.csat, 2), step_name(lang, t.weakest, ""), t.first.to_string(), t.last.to_string()]);
            r
        })
        .collect();
    Table {
        headers: headers(
            lang,
            &["review-col-trainee", "review-col-group", "review-col-sessions", "review-col-overall"],
            &["review-col-csat", "review-col-weakest", "review-col-first", "review-col-last"],
        ),
        rows,
        numeric: [false, false, true, true].into_iter().chain([true; 7]).chain([true, false, true, true]).collect(),
    }
}

/// One row per session, for pivot tables.
pub fn sessions(records: &[&Record], lang: Lang) -> Table {
    let yes_no = |b: bool| tr(lang, if b { "yes" } else { "no" });
    let hours = |a: NaiveDateTime, b: Option<NaiveDateTime>| {
        b.map_or_else(String::new, |b| num(lang, (b - a).num_minutes() as f64 / 60.0, 2))
    };
    let rows = records
        .iter()
        .map(|r| {
            let status = if r.status == Status::Finished { "status-finished" } else { "status-abandoned" };
            let mut row = vec![
                trainee_name(lang, &r.trainee),
                r.group.clone(),
                r.scenario.id.clone(),
                r.scenario.title.clone(),
                r.started.format("%Y-%m-%d %H:%M").to_string(),
                tr(lang, status),
                r.overall.to_string(),
            ];
            row.extend(Step::ALL.iter().map(|s| r.steps.get(s).copied().unwrap_or(0).to_string()));
            row.extend([
                r.csat.to_string(),
                r.violations.len().to_string(),
                yes_no(r.within_sla()),
                hours(r.sim_started, r.first_response),
                hours(r.sim_started, r.closed),
                yes_no(r.escalated),
            ]);
            row.extend(self_cells(r, lang));
            row
        })
        .collect();
    let mut headers = headers(
        lang,
        &[
            "review-col-trainee",
            "review-col-group",
            "review-col-scenario-id",
            "review-col-scenario",
            "review-col-started",
            "review-col-status",
            "review-col-overall",
        ],
        &[
            "review-col-csat",
            "review-col-violations",
            "review-col-within-sla",
            "review-col-first-response-hours",
            "review-col-resolution-hours",
            "review-col-escalated",
            "review-col-self",
        ],
    );
    headers.extend(
        Step::ALL.iter().map(|s| Text::msg("review-col-self-step").arg("step", Arg::Msg(s.msg())).render(lang)),
    );
    headers.extend(["review-col-self-higher", "review-col-self-lower"].map(|id| tr(lang, id)));
    Table {
        headers,
        rows,
        numeric: [false, false, false, false, false, false, true]
            .into_iter()
            .chain([true; 7])
            .chain([true, true, false, true, true, false])
            .chain([false; 8])
            .chain([true, true])
            .collect(),
    }
}

/// The trainee's own view of a session: given or skipped (empty when never
/// asked), the rating of each step, and how many steps were rated higher
/// and lower than the engine scored them (empty unless rated).
fn self_cells(r: &Record, lang: Lang) -> Vec<String> {
    let Some(a) = &r.self_assessment else { return vec![String::new(); 10] };
    let given = if *a == SelfAssessment::Skipped { "self-skipped-short" } else { "self-given" };
    let mut cells = vec![tr(lang, given)];
    cells.extend(Step::ALL.iter().map(|s| a.rating(*s).map_or_else(String::new, |own| tr(lang, own.msg()))));
    let scores = std::array::from_fn(|i| r.steps.get(&Step::ALL[i]).copied().unwrap_or(0));
    match a.gaps(&scores) {
        Some((higher, lower)) => cells.extend([higher.to_string(), lower.to_string()]),
        None => cells.extend([String::new(), String::new()]),
    }
    cells
}
