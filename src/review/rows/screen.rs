//! The shorter lists of the trainer's screen, which has less room than a
//! report: the trainees with their trend beside the score, the most recent
//! cases on one line each, and a trainee's own sessions.

use chrono_tz::Tz;

use crate::i18n::{Lang, Text, tr};
use crate::log::Record;
use crate::model::Step;

use super::{NOTHING, Section, num, recent_row, rule_name, section, step_name};
use crate::review::{Filter, Overview, TraineeRow, identity};

/// A trainee's cells: name (or "anoniem"), group, sessions (with the
/// abandoned ones), mean overall score with the trend, weakest step.
fn trainee(lang: Lang, t: &TraineeRow) -> Vec<String> {
    vec![
        identity::trainee(lang, &t.trainee),
        t.group.clone(),
        sessions_cell(lang, t.sessions, t.abandoned),
        format!("{} ({} → {})", num(lang, t.overall, 0), t.first, t.last),
        step_name(lang, t.weakest, NOTHING),
    ]
}

/// A number of sessions, with how many were abandoned when any were.
fn sessions_cell(lang: Lang, sessions: usize, abandoned: usize) -> String {
    if abandoned == 0 {
        sessions.to_string()
    } else {
        format!("{sessions} ({})", Text::msg("review-abandoned-count").arg("count", abandoned as i64).render(lang))
    }
}

/// The trainees, in the order of `o.trainees`.
pub fn trainees(o: &Overview, lang: Lang) -> Section {
    let rows = o.trainees.iter().map(|t| trainee(lang, t)).collect();
    section(
        lang,
        "review-trainees",
        &["review-col-trainee", "review-col-group", "review-col-sessions", "review-col-overall", "review-col-weakest"],
        &[false, false, true, true, false],
        rows,
    )
}

/// The most recently closed cases: closed (day and time), trainee,
/// scenario, overall score; no headers.
pub fn recent(o: &Overview, lang: Lang) -> Section {
    let rows = o.recent.iter().map(|r| recent_row(r, "%d-%m %H:%M", lang)).collect();
    section(lang, "review-recent", &[], &[false, false, false, true], rows)
}

/// The trainee's own view of a session in a few words: how many steps
/// they rated higher and lower than the engine, or that they skipped it;
/// nothing when they were never asked.
pub fn self_short(r: &Record, lang: Lang) -> String {
    let Some(a) = &r.self_assessment else { return String::new() };
    let scores = std::array::from_fn(|i| r.steps.get(&Step::ALL[i]).copied().unwrap_or(0));
    match a.gaps(&scores) {
        Some((higher, lower)) => {
            Text::msg("review-self-short").arg("higher", higher as i64).arg("lower", lower as i64).render(lang)
        }
        None => tr(lang, "review-self-skipped-short"),
    }
}

/// The sessions of the records that pass `filter`, newest first: started,
/// scenario, overall score, the violated rules, the trainee's own view;
/// no headers.
pub fn sessions(records: &[Record], filter: &Filter, zone: Tz, lang: Lang) -> Section {
    let mut mine: Vec<&Record> = records.iter().filter(|r| filter.matches(r, zone)).collect();
    mine.sort_by_key(|r| std::cmp::Reverse(r.started));
    let rows = mine
        .into_iter()
        .map(|r| {
            let rules: Vec<String> = r.violations.iter().map(|v| rule_name(lang, &v.rule)).collect();
            vec![
                r.started.with_timezone(&zone).format("%d-%m-%Y %H:%M").to_string(),
                r.scenario.title.clone(),
                r.overall.to_string(),
                rules.join(", "),
                self_short(r, lang),
            ]
        })
        .collect();
    section(lang, "game-trainer-sessions", &[], &[false, false, true, false, false], rows)
}
