//! The pair role-play in the review: which sessions were played in pairs
//! (the other student beside the trainee's name), and per pair session the
//! observer's rating of each step beside the engine's, where they disagree,
//! and the observer's comments. The terminal, the HTML page and the CSV per
//! session show these.

use crate::i18n::{Lang, Text, tr};
use crate::log::pair::{Pair, Seen};
use crate::model::Step;
use crate::review::{Overview, PairSession, identity};

use super::{NOTHING, Section, section};

/// A trainee's name as a session shows it: "Sanne (2B)" alone, "Sanne
/// (2B), tweetal met Ali" in a pair with the customer `customer`.
pub fn with(lang: Lang, who: String, customer: Option<&str>) -> String {
    match customer {
        None => who,
        Some(c) => {
            Text::msg("review-pair-with").arg("who", who).arg("customer", identity::trainee(lang, c)).render(lang)
        }
    }
}

/// One step of the sheet: "luist. gedaan = gedaan", "oploss. gedaan ≠ niet
/// gedaan" (the observer's rating first, then the engine's).
fn view(lang: Lang, step: Step, seen: Seen, engine: Seen) -> String {
    let id = if seen == engine { "review-pair-view-same" } else { "review-pair-view-differ" };
    Text::msg(id)
        .arg("step", tr(lang, &format!("{}-short", step.msg())))
        .arg("observer", tr(lang, seen.msg()))
        .arg("engine", tr(lang, engine.msg()))
        .render(lang)
}

fn views(lang: Lang, p: &PairSession) -> String {
    let all: Vec<String> = p.views.iter().map(|(step, seen, engine)| view(lang, *step, *seen, *engine)).collect();
    if all.is_empty() { NOTHING.to_owned() } else { all.join("; ") }
}

fn comments(lang: Lang, p: &PairSession) -> String {
    let all: Vec<String> =
        p.comments.iter().map(|(step, c)| format!("{}: {c}", tr(lang, &format!("{}-short", step.msg())))).collect();
    if all.is_empty() { NOTHING.to_owned() } else { all.join("; ") }
}

/// The pair role-play's sessions, newest first; `None` when the review
/// counts none (the section is left out then).
pub fn sessions(o: &Overview, lang: Lang) -> Option<Section> {
    if o.pairs.is_empty() {
        return None;
    }
    let rows = o
        .pairs
        .iter()
        .map(|p| {
            vec![
                p.ended.format("%Y-%m-%d %H:%M").to_string(),
                identity::trainee_in_group(lang, &p.employee, &p.group),
                identity::trainee(lang, &p.customer),
                identity::trainee(lang, &p.observer),
                p.scenario.clone(),
                p.round.to_string(),
                p.overall.to_string(),
                p.disagreement.to_string(),
                views(lang, p),
                comments(lang, p),
            ]
        })
        .collect();
    Some(section(
        lang,
        "review-pairs",
        &[
            "review-col-ended",
            "review-col-employee",
            "review-col-customer",
            "review-col-observer",
            "review-col-scenario",
            "review-col-round",
            "review-col-overall",
            "review-col-disagreement",
            "review-col-pair-views",
            "review-col-pair-comments",
        ],
        &[false, false, false, false, false, true, true, true, false, false],
        rows,
    ))
}

/// The headers of a session's pair columns in the CSV per session.
pub fn export_headers(lang: Lang) -> Vec<String> {
    let mut h: Vec<String> = ["review-col-customer", "review-col-observer", "review-col-exercise", "review-col-round"]
        .map(|id| tr(lang, id))
        .into();
    h.extend(
        Step::ALL
            .iter()
            .map(|s| Text::msg("review-col-observer-step").arg("step", crate::i18n::Arg::Msg(s.msg())).render(lang)),
    );
    h.push(tr(lang, "review-col-disagreement"));
    h
}

/// Which of `export_headers` hold numbers.
pub fn export_numeric() -> Vec<bool> {
    [false, false, false, true].into_iter().chain([false; 7]).chain([true]).collect()
}

/// A session's pair cells in the CSV per session: empty when it was not
/// played in pairs; a step the observer did not rate is empty.
pub fn export_cells(pair: Option<&Pair>, steps: &std::collections::BTreeMap<Step, u32>, lang: Lang) -> Vec<String> {
    let Some(p) = pair else { return vec![String::new(); export_numeric().len()] };
    let mut cells = vec![
        identity::trainee(lang, &p.customer),
        identity::trainee(lang, &p.observer),
        p.exercise.clone(),
        p.round.to_string(),
    ];
    cells.extend(
        Step::ALL
            .iter()
            .map(|s| p.sheet.iter().find(|o| o.step == *s).map_or_else(String::new, |o| tr(lang, o.rating.msg()))),
    );
    cells.push(p.disagreement(steps).to_string());
    cells
}
