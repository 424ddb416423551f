//! The statement of a whole session: `passed` or `failed` by the same
//! decision as every other figure of the review (`score::passed`), or
//! `abandoned` (never a success), with what a trainer looks for as
//! structured result extensions.

use serde_json::{Value, json};

use crate::log::record::Status;
use crate::model::Step;
use crate::review::rows::rule_name;

use super::ids::{self, both};
use super::{About, Config};
use crate::i18n::Lang;

pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const ABANDONED: &str = "https://w3id.org/xapi/adl/verbs/abandoned";

/// The verb of a session: passed, failed or abandoned, with its names.
pub fn verb(about: &About, pass_score: u32) -> Value {
    let r = about.record;
    let (id, msg) = match r.status {
        Status::Abandoned => (ABANDONED, "xapi-verb-abandoned"),
        Status::Finished if crate::score::passed(true, r.overall, pass_score) => (PASSED, "xapi-verb-passed"),
        Status::Finished => (FAILED, "xapi-verb-failed"),
    };
    json!({ "id": id, "display": both(msg) })
}

/// The score, success, completion and the simulated duration. An abandoned
/// session has no success at all: it was not judged.
pub fn result(about: &About, config: &Config) -> Value {
    let r = about.record;
    let finished = r.status == Status::Finished;
    let mut result = json!({
        "score": { "scaled": f64::from(r.overall) / 100.0, "raw": r.overall, "min": 0, "max": 100 },
        "completion": finished,
        "duration": ids::iso_duration((r.sim_ended - r.sim_started).num_seconds()),
        "extensions": extensions(about, config),
    });
    if finished {
        result["success"] = json!(crate::score::passed(true, r.overall, config.pass_score));
    }
    result
}

/// The seven step scores, the rule violations, the CSAT, the lesson
/// learned and the trainee's own assessment, each under its own IRI.
fn extensions(about: &About, config: &Config) -> Value {
    let r = about.record;
    let iris = &config.iris;
    let steps: serde_json::Map<String, Value> =
        Step::ALL.iter().map(|s| (s.key().to_owned(), json!(r.steps.get(s).copied().unwrap_or(0)))).collect();
    let violations: Vec<Value> = r
        .violations
        .iter()
        .map(|v| {
            json!({
                "rule": v.rule,
                "name": { ids::tag(Lang::Nl): rule_name(Lang::Nl, &v.rule), ids::tag(Lang::En): rule_name(Lang::En, &v.rule) },
                "step": v.step.key(),
                "deadline": v.deadline.map(|t| ids::simulated(t, config.zone)),
                "actual": v.actual.map(|t| ids::simulated(t, config.zone)),
            })
        })
        .collect();
    // No survey sent: no CSAT, rather than a made-up one.
    let csat = r.csat_collected.then(|| json!({ "score": r.csat, "min": 1, "max": 5 }));
    let lesson = r.lesson.as_ref().map(|l| {
        json!({
            "category": l.category.key(),
            "cause": l.cause.key(),
            "rootCause": l.root_cause,
            "correction": l.correction,
        })
    });
    json!({
        iris.extension("steps"): steps,
        iris.extension("violations"): violations,
        iris.extension("csat"): csat,
        iris.extension("lesson"): lesson,
        // The trainee's own rating per step before seeing the score
        // ("skipped" when they went straight to it; null from a script run
        // or an older log).
        iris.extension("self-assessment"): r.self_assessment,
        iris.extension("simulated-start"): ids::simulated(r.sim_started, config.zone),
    })
}

/// The statement of one session.
pub fn statement(about: &About, config: &Config) -> Value {
    json!({
        "id": ids::uuid(&["session", &about.registration]),
        "actor": about.actor,
        "verb": verb(about, config.pass_score),
        "object": about.object(),
        "result": result(about, config),
        "context": about.context(config, false),
        "timestamp": ids::timestamp(&about.record.ended),
    })
}
