//! Reading a training plan: every problem at once, each with its file, line
//! and column (the scenario loader's `Document`), and the plan checked
//! against the library: a case id that is not there, a case named twice,
//! criteria no case fits, or too few cases left for the draws.

use std::path::Path;

use crate::i18n::Text;
use crate::load::document::{Document, suggestion};
use crate::load::{Diagnostic, Library, Source};
use crate::path;

use super::{Criteria, DEFAULT_MINUTES, Pick, Plan};

pub const PLAN_FIELDS: &[&str] = &["id", "month", "theme", "language", "drill", "cases", "minutes"];

/// The time box's limits, in minutes.
const MINUTES: std::ops::RangeInclusive<u32> = 10..=120;

pub fn load_plan(path: &Path, lib: &Library) -> Result<Plan, Vec<Diagnostic>> {
    let src = Source::read(path).map_err(|d| vec![*d])?;
    parse_plan(&src, lib)
}

pub fn parse_plan(src: &Source, lib: &Library) -> Result<Plan, Vec<Diagnostic>> {
    let mut doc = Document::open(src, "Plan").map_err(|d| vec![*d])?;
    doc.unknown_fields(PLAN_FIELDS);
    let id: Option<String> = doc.required("id");
    let month: Option<String> = doc.required("month");
    let theme: Option<String> = doc.required("theme");
    let language = doc.optional("language", || "nl".to_owned());
    let drill: Option<Option<String>> = doc.optional("drill", || None);
    let minutes = doc.optional("minutes", || DEFAULT_MINUTES);
    let cases: Option<Vec<Pick>> = doc.list("cases", true);
    if let Some(m) = &month
        && !is_month(m)
    {
        doc.error_at(path!("month"), Text::msg("plan-bad-month").arg("month", m.clone()), None);
    }
    if theme.as_ref().is_some_and(|t| t.trim().is_empty()) {
        doc.error_at(path!("theme"), Text::msg("plan-empty-theme"), None);
    }
    if let Some(m) = minutes
        && !MINUTES.contains(&m)
    {
        let msg =
            Text::msg("plan-bad-minutes").arg("minutes", m).arg("min", *MINUTES.start()).arg("max", *MINUTES.end());
        doc.error_at(path!("minutes"), msg, None);
    }
    let known: Vec<&str> = lib.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
    let unknown = |id: &str| (Text::msg("plan-unknown-case").arg("id", id), Some(suggestion(id, &known)));
    if let Some(Some(d)) = &drill
        && !known.contains(&d.as_str())
    {
        let (msg, hint) = unknown(d);
        doc.error_at(path!("drill"), msg, hint);
    }
    let mut plan = Plan {
        path: src.path.clone(),
        id: id.unwrap_or_default(),
        month: month.unwrap_or_default(),
        theme: theme.unwrap_or_default(),
        language: language.unwrap_or_default(),
        drill: drill.flatten(),
        cases: Vec::new(),
        minutes: minutes.unwrap_or(DEFAULT_MINUTES),
    };
    if let Some(cases) = cases {
        plan.cases = cases;
        check_cases(&plan, lib, &mut doc, &unknown);
    }
    if doc.diags.is_empty() { Ok(plan) } else { Err(doc.diags) }
}

/// The plan's cases against the library: each id known and named once,
/// each draw left with enough cases that fit.
fn check_cases(plan: &Plan, lib: &Library, doc: &mut Document, unknown: &dyn Fn(&str) -> (Text, Option<Text>)) {
    let n = plan.cases.len();
    if !(2..=3).contains(&n) {
        doc.error_at(path!("cases"), Text::msg("plan-case-count").arg("count", n as i64), None);
    }
    let named = plan.named();
    let mut earlier: Vec<Vec<&str>> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, pick) in plan.cases.iter().enumerate() {
        match pick {
            Pick::Case(id) if lib.get(id).is_none() => {
                let (msg, hint) = unknown(id);
                doc.error_at(path!("cases", i), msg, hint);
            }
            Pick::Case(id) if seen.contains(&id.as_str()) => {
                doc.error_at(path!("cases", i), Text::msg("plan-case-twice").arg("id", id.clone()), None);
            }
            Pick::Case(id) => seen.push(id),
            Pick::Draw(c) => {
                let fits: Vec<&str> = plan.candidates(lib, c).into_iter().filter(|id| !named.contains(id)).collect();
                // Each earlier draw that can take one of these may have.
                let needed = 1 + earlier.iter().filter(|e| e.iter().any(|id| fits.contains(id))).count();
                check_draw(plan, lib, doc, i, c, fits.len(), needed);
                earlier.push(fits);
            }
        }
    }
}

/// A draw needs one case that fits and is not named by id (`left` of
/// them), and one more for every draw before it that could take one.
fn check_draw(plan: &Plan, lib: &Library, doc: &mut Document, i: usize, c: &Criteria, left: usize, needed: usize) {
    let fits = plan.candidates(lib, c);
    if fits.is_empty() {
        let msg = Text::msg("plan-no-match").arg("language", plan.language.clone());
        doc.error_at(path!("cases", i), msg, Some(Text::msg("plan-no-match-hint")));
        return;
    }
    if left < needed {
        let msg = Text::msg("plan-too-few").arg("count", left as i64).arg("needed", needed as i64);
        doc.error_at(path!("cases", i), msg, Some(Text::msg("plan-too-few-hint").arg("ids", fits.join(", "))));
    }
}

/// `YYYY-MM` with a real month.
pub fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
        && matches!(s[5..].parse::<u32>(), Ok(1..=12))
}
