//! The tables of the CSV exports: one row per trainee with the overview's
//! means to more decimals, and one row per session; each step in its own
//! column, for a spreadsheet's pivot tables.

use crate::i18n::{Arg, Lang, Text, tr};
use crate::log::Record;
use crate::log::logged_session::LoggedSession;
use crate::model::Step;
use crate::score::self_assessment::SelfAssessment;

use super::{Table, num, step_name};
use crate::review::kpis::{Escalation, Facts};
use crate::review::{Overview, Rules, identity};

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
            let mut r = vec![
                identity::trainee(lang, &t.trainee),
                t.group.clone(),
                t.sessions.to_string(),
                t.abandoned.to_string(),
                num(lang, t.overall, 1),
            ];
            r.extend(t.steps.iter().map(|v| num(lang, *v, 1)));
            r.extend([
                t.csat.value.map_or_else(String::new, |v| num(lang, v, 2)),
                t.csat.n.to_string(),
                step_name(lang, t.weakest, ""),
                t.first.to_string(),
                t.last.to_string(),
            ]);
            r
        })
        .collect();
    Table {
        headers: headers(
            lang,
            &[
                "review-col-trainee",
                "review-col-group",
                "review-col-sessions",
                "review-col-abandoned",
                "review-col-overall",
            ],
            &["review-col-csat", "review-col-csat-n", "review-col-weakest", "review-col-first", "review-col-last"],
        ),
        rows,
        numeric: [false, false, true, true, true]
            .into_iter()
            .chain([true; 7])
            .chain([true, true, false, true, true])
            .collect(),
    }
}

/// One row per session, for pivot tables: each judged as the overview
/// counts it (`Facts`), the start in the policy's time zone.
pub fn sessions(records: &[&Record], rules: &Rules, lang: Lang) -> Table {
    let yes_no = |b: bool| tr(lang, if b { "yes" } else { "no" });
    let hours = |minutes: Option<i64>| minutes.map_or_else(String::new, |m| num(lang, m as f64 / 60.0, 2));
    let rows = records
        .iter()
        .map(|r| {
            let f = Facts::of(&LoggedSession::of(r), rules);
            let status = if f.finished { "status-finished" } else { "status-abandoned" };
            let escalation = match f.escalation {
                None => String::new(),
                Some(Escalation::Right) => tr(lang, "review-escalation-right"),
                Some(Escalation::Unneeded) => tr(lang, "review-escalation-unneeded"),
                Some(Escalation::Missed) => tr(lang, "review-escalation-missed"),
            };
            let mut row = vec![
                identity::trainee(lang, &r.trainee),
                identity::display(&r.group).into_owned(),
                r.scenario.id.clone(),
                r.scenario.title.clone(),
                r.started.with_timezone(&rules.zone).format("%Y-%m-%d %H:%M").to_string(),
                tr(lang, status),
                r.overall.to_string(),
                yes_no(f.passed),
            ];
            row.extend(Step::ALL.iter().map(|s| r.steps.get(s).copied().unwrap_or(0).to_string()));
            row.extend([
                f.csat.map_or_else(String::new, |c| c.to_string()),
                r.violations.len().to_string(),
                yes_no(f.within_sla),
                r.near_breach.len().to_string(),
                hours(f.first_response_minutes),
                hours(f.resolution_working_minutes),
                yes_no(r.escalated),
                escalation,
            ]);
            row.extend(self_cells(r, lang));
            row.extend(super::pairs::export_cells(r.pair.as_ref(), &r.steps, lang));
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
            "review-col-passed",
        ],
        &[
            "review-col-csat",
            "review-col-violations",
            "review-col-within-sla",
            "review-col-near-breach",
            "review-col-first-response-hours",
            "review-col-resolution-working-hours",
            "review-col-escalated",
            "review-col-escalation-judged",
            "review-col-self",
        ],
    );
    headers.extend(
        Step::ALL.iter().map(|s| Text::msg("review-col-self-step").arg("step", Arg::Msg(s.msg())).render(lang)),
    );
    headers.extend(["review-col-self-higher", "review-col-self-lower"].map(|id| tr(lang, id)));
    headers.extend(super::pairs::export_headers(lang));
    Table {
        headers,
        rows,
        numeric: [false, false, false, false, false, false, true, false]
            .into_iter()
            .chain([true; 7])
            .chain([true, true, false, true, true, true, false, false])
            .chain([false; 8])
            .chain([true, true])
            .chain(super::pairs::export_numeric())
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
