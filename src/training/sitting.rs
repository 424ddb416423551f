//! A whole training sitting from one script file (`Sitting(...)`), so it
//! runs without a person: the plan, the seed that draws its cases, who
//! sits it and when, the drill's answer, each case's actions (checked
//! against the case the plan gives at that place), and the lesson learned.
//! Played, it gives the same records the game logs for a sitting.
//!
//! ```ron
//! Sitting(
//!     plan: "2026-12-eerste-reactie",  // an id in plans/, or a .ron file next to this one
//!     seed: 7, trainee: "anouk", group: "team-noord",
//!     started: "2026-12-03T09:00:00+01:00",
//!     drill: (customer_name: "Sanne de Vries", order_number: "GS-2026-48213",
//!             term: "2 werkdagen", empathy: "...", next_step: "...", seconds: 24),
//!     cases: [(case: "gstar-rits-kapot", minutes: 9, actions: [Greet, ...]), ...],
//!     lesson: "...",
//! )
//! ```

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use crate::i18n::{Arg, Lang, Text};
use crate::load::diagnostic::Diagnostic;
use crate::load::document::Document;
use crate::load::{Library, Source};
use crate::log::training::{DrillScore, SittingLesson, Training};
use crate::log::{NewRecord, Record};
use crate::model::Action;
use crate::script::{Played, Script, ScriptAction, play_script};
use crate::{drill, path};

use super::{Plan, lesson, load_plan, load_plans};

pub const SITTING_FIELDS: &[&str] = &["plan", "seed", "trainee", "group", "started", "drill", "cases", "lesson"];
const CASE_FIELDS: &[&str] = &["case", "minutes", "actions"];
/// Minutes a case takes when its script does not say.
const CASE_MINUTES: u32 = 8;

/// The drill's answer as a script writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DrillAnswer {
    customer_name: String,
    order_number: String,
    term: String,
    empathy: String,
    next_step: String,
    seconds: f64,
}

#[derive(Clone, Debug)]
pub struct SittingScript {
    pub path: PathBuf,
    pub plan: String,
    plan_pos: (usize, usize),
    pub seed: u64,
    pub trainee: String,
    pub group: String,
    pub started: DateTime<FixedOffset>,
    pub drill: Option<drill::Answer>,
    pub cases: Vec<CaseScript>,
    pub lesson: String,
}

#[derive(Clone, Debug)]
pub struct CaseScript {
    pub case: String,
    /// Where the case's entry is, for messages about it.
    pos: (usize, usize),
    pub minutes: u32,
    pub actions: Vec<ScriptAction>,
}

pub fn load_sitting(path: &Path) -> Result<SittingScript, Vec<Diagnostic>> {
    let src = Source::read(path).map_err(|d| vec![*d])?;
    parse_sitting(&src)
}

pub fn parse_sitting(src: &Source) -> Result<SittingScript, Vec<Diagnostic>> {
    let mut doc = Document::open(src, "Sitting").map_err(|d| vec![*d])?;
    doc.unknown_fields(SITTING_FIELDS);
    let plan: Option<String> = doc.required("plan");
    let seed = doc.optional("seed", || 1u64);
    let trainee: Option<String> = doc.required("trainee");
    let group = doc.optional("group", String::new);
    let started: Option<DateTime<FixedOffset>> = doc.required("started");
    let answer: Option<Option<DrillAnswer>> = doc.optional("drill", || None);
    let lesson = doc.optional("lesson", String::new);
    let mut cases = Vec::new();
    match doc.root().field("cases").cloned() {
        None => {
            doc.required::<Vec<IgnoredCase>>("cases");
        }
        Some(node) => {
            for (i, item) in node.items().enumerate() {
                if let Some(c) = parse_case(&mut doc, item, i) {
                    cases.push(c);
                }
            }
            if node.items().next().is_none() {
                doc.error_at(path!("cases"), Text::msg("sitting-no-cases"), None);
            }
        }
    }
    if !doc.diags.is_empty() {
        return Err(doc.diags);
    }
    let plan_pos = doc.root().field("plan").map_or((1, 1), |n| src.line_col(n.start));
    Ok(SittingScript {
        path: src.path.clone(),
        plan: plan.unwrap_or_default(),
        plan_pos,
        seed: seed.unwrap_or(1),
        trainee: trainee.unwrap_or_default(),
        group: group.unwrap_or_default(),
        started: started.unwrap_or_default(),
        drill: answer.flatten().map(|a| drill::Answer {
            customer_name: a.customer_name,
            order_number: a.order_number,
            term: a.term,
            empathy: a.empathy,
            next_step: a.next_step,
            seconds: a.seconds,
        }),
        cases,
        lesson: lesson.unwrap_or_default(),
    })
}

/// What `cases` must hold, for the message when it is missing.
#[derive(Deserialize)]
struct IgnoredCase {}

fn parse_case(doc: &mut Document, item: &crate::load::spans::Node, i: usize) -> Option<CaseScript> {
    let src = doc.src;
    let known: Vec<String> = item.field_names().map(|(n, _)| n.to_owned()).collect();
    for name in known.iter().filter(|n| !CASE_FIELDS.contains(&n.as_str())) {
        let msg = Text::msg("load-unknown-field").arg("field", name.clone());
        doc.error_at(path!("cases", i, name.as_str()), msg, None);
    }
    let case = match item.field("case") {
        Some(n) => doc.parse_node::<String>(n)?,
        None => {
            doc.error_at(path!("cases", i), Text::msg("load-missing-field").arg("field", "case"), None);
            return None;
        }
    };
    let minutes = match item.field("minutes") {
        Some(n) => doc.parse_node::<u32>(n)?,
        None => CASE_MINUTES,
    };
    let mut actions = Vec::new();
    match item.field("actions") {
        Some(list) => {
            for a in list.items() {
                if let Some(action) = doc.parse_node::<Action>(a) {
                    let (line, column) = src.line_col(a.start);
                    actions.push(ScriptAction { action, line, column });
                }
            }
        }
        None => doc.error_at(path!("cases", i), Text::msg("load-missing-field").arg("field", "actions"), None),
    }
    Some(CaseScript { case, pos: src.line_col(item.start), minutes, actions })
}

/// A sitting played to its end.
pub struct PlayedSitting {
    pub plan: Plan,
    pub drill: Option<drill::DrillResult>,
    pub cases: Vec<Played>,
    pub lesson: lesson::Judged,
    /// One per case, as the game logs them.
    pub records: Vec<Record>,
}

/// Plays a sitting script: the plan found (by id in `scenarios`' plans
/// folder, or as a file next to the script), its cases drawn with the
/// script's seed and held against the script's, each case played, the
/// drill checked and the lesson judged.
pub fn play_sitting(script: &SittingScript, lib: &Library, scenarios: &Path) -> Result<PlayedSitting, Vec<Diagnostic>> {
    let at = |(line, col): (usize, usize), msg: Text, hint: Option<Text>| {
        let mut d = Diagnostic::at_position(&script.path, line, col, msg, hint);
        if let Ok(src) = Source::read(&script.path) {
            d.source_line = src.line_text(line).to_owned();
            d.context = src.context_of(line);
        }
        vec![d]
    };
    let plan = find_plan(script, lib, scenarios).map_err(|(msg, hint)| at(script.plan_pos, msg, hint))?;
    let ids = plan.cases(lib, script.seed);
    if script.cases.len() != ids.len() {
        let msg = Text::msg("sitting-case-count").arg("count", script.cases.len() as i64).arg("plan", ids.len() as i64);
        return Err(at(script.plan_pos, msg, Some(Text::msg("sitting-cases-are").arg("ids", ids.join(", ")))));
    }
    let minutes: u32 = script.cases.iter().map(|c| c.minutes).sum();
    if minutes > plan.minutes {
        let msg = Text::msg("sitting-too-long").arg("minutes", minutes).arg("plan", plan.minutes);
        return Err(at(script.cases[0].pos, msg, None));
    }
    for (n, (c, id)) in script.cases.iter().zip(&ids).enumerate() {
        if c.case != *id {
            let msg = Text::msg("sitting-wrong-case")
                .arg("found", c.case.clone())
                .arg("expected", id.clone())
                .arg("place", (n + 1) as i64)
                .arg("seed", script.seed.to_string());
            return Err(at(c.pos, msg, None));
        }
    }
    let drill = match (&script.drill, plan.drill_case(&ids).and_then(|id| lib.get(id))) {
        (Some(a), Some(l)) => Some(drill::check(&l.scenario, &l.policy, a)),
        _ => None,
    };
    let mut cases = Vec::new();
    for (i, c) in script.cases.iter().enumerate() {
        let one = Script {
            path: script.path.clone(),
            scenario: c.case.clone(),
            scenario_pos: c.pos,
            seed: script.seed.wrapping_add(i as u64 + 1),
            trainee: Some(script.trainee.clone()),
            group: Some(script.group.clone()),
            actions: c.actions.clone(),
        };
        cases.push(play_script(&one, lib, None, None)?);
    }
    let lang = Lang::from_code(&plan.language).unwrap_or_default();
    let scenarios_played: Vec<_> = cases.iter().map(|p| &p.loaded.scenario).collect();
    let judged = lesson::judge(lang, &script.lesson, &scenarios_played);
    let records = records(script, &plan, &cases, drill.as_ref(), &judged);
    Ok(PlayedSitting { plan, drill, cases, lesson: judged, records })
}

fn find_plan(script: &SittingScript, lib: &Library, scenarios: &Path) -> Result<Plan, (Text, Option<Text>)> {
    if script.plan.ends_with(".ron") {
        let path = script.path.parent().unwrap_or(Path::new(".")).join(&script.plan);
        return load_plan(&path, lib)
            .map_err(|_| (Text::msg("sitting-plan-broken").arg("file", path.display().to_string()), None));
    }
    let (plans, _) = load_plans(&super::plans_dir(scenarios), lib);
    let ids: Vec<String> = plans.iter().map(|p| p.id.clone()).collect();
    plans.into_iter().find(|p| p.id == script.plan).ok_or_else(|| {
        let hint = Text::msg("sitting-known-plans").arg("ids", Arg::Str(ids.join(", ")));
        (Text::msg("sitting-unknown-plan").arg("id", script.plan.clone()), Some(hint))
    })
}

/// The records of a played sitting: each case from the end of the one
/// before, the drill on the first, the lesson on the last.
fn records(
    script: &SittingScript,
    plan: &Plan,
    cases: &[Played],
    drill: Option<&drill::DrillResult>,
    judged: &lesson::Judged,
) -> Vec<Record> {
    let mut start = script.started;
    let last = cases.len().saturating_sub(1);
    cases
        .iter()
        .zip(&script.cases)
        .enumerate()
        .map(|(i, (p, c))| {
            let end = start + chrono::Duration::minutes(i64::from(c.minutes));
            let mut r = Record::new(NewRecord {
                trainee: &script.trainee,
                group: &script.group,
                loaded: &p.loaded,
                policy_name: &p.loaded.policy.name,
                seed: p.state.seed,
                state: &p.state,
                debrief: &p.debrief,
                started: start,
                ended: end,
            });
            r.training = Some(Training {
                plan: plan.id.clone(),
                month: plan.month.clone(),
                sitting: script.started.to_rfc3339(),
                part: (i + 1) as u8,
                drill: drill.filter(|_| i == 0).map(|d| DrillScore {
                    acknowledge: d.acknowledge,
                    offer: d.offer,
                    seconds: script.drill.as_ref().map_or(0.0, |a| a.seconds),
                }),
                lesson: (i == last && !script.lesson.trim().is_empty())
                    .then(|| SittingLesson { text: script.lesson.clone(), score: judged.score }),
            });
            start = end;
            r
        })
        .collect()
}
