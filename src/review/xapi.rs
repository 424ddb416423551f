//! The log as xAPI statements (JSON): one per session with a scaled score,
//! success, completion and an ISO 8601 duration, and one per decision. The
//! actor is a pseudonymous account, never the trainee's name.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::log::Record;
use crate::log::record::Status;

/// Activity ids live under this IRI.
const HOME: &str = "urn:klachtsim";

/// The `homePage` of the pseudonymous accounts: `KLACHTSIM_XAPI_HOME`, so a
/// school can use its own; a reserved, never-resolving URL otherwise.
pub fn account_home() -> String {
    std::env::var("KLACHTSIM_XAPI_HOME")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "https://klachtsim.invalid".into())
}

fn digest(parts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize().into()
}

/// A stable pseudonym for a trainee in a group.
pub fn pseudonym(group: &str, trainee: &str) -> String {
    digest(&["klachtsim-actor", group, trainee])[..10].iter().map(|b| format!("{b:02x}")).collect()
}

/// A name-based UUID (version 5 layout) from `parts`.
pub fn uuid(parts: &[&str]) -> String {
    let mut b: [u8; 16] = digest(parts)[..16].try_into().expect("16 bytes");
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// An ISO 8601 duration such as `PT12M30S`.
pub fn iso_duration(seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if sec > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{sec}S"));
    }
    out
}

/// The statements of `records`; `success` is `score::passed`, the same
/// decision as every other figure of the review (an abandoned session never
/// succeeds).
pub fn statements(records: &[&Record], pass_score: u32) -> Value {
    let home = account_home();
    let ms = |t: &chrono::DateTime<chrono::FixedOffset>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, false);
    let mut out = Vec::new();
    for r in records {
        let actor = json!({
            "objectType": "Agent",
            "account": { "homePage": home, "name": pseudonym(&r.group, &r.trainee) },
        });
        let started = ms(&r.started);
        let registration = uuid(&["registration", &started, &r.group, &r.trainee, &r.scenario.id, &r.seed.to_string()]);
        let activity = format!("{HOME}:scenario:{}", r.scenario.id);
        let finished = r.status == Status::Finished;
        let (verb, display) = if finished {
            ("http://adlnet.gov/expapi/verbs/completed", "completed")
        } else {
            ("https://w3id.org/xapi/adl/verbs/abandoned", "abandoned")
        };
        out.push(json!({
            "id": uuid(&["session", &registration]),
            "actor": actor,
            "verb": { "id": verb, "display": { "en-US": display } },
            "object": {
                "objectType": "Activity",
                "id": activity,
                "definition": {
                    "type": "http://adlnet.gov/expapi/activities/simulation",
                    "name": { "nl-NL": r.scenario.title },
                },
            },
            "result": {
                "score": { "scaled": f64::from(r.overall) / 100.0, "raw": r.overall, "min": 0, "max": 100 },
                "success": crate::score::passed(finished, r.overall, pass_score),
                "completion": finished,
                "duration": iso_duration((r.ended - r.started).num_seconds()),
                // The trainee's own rating per step before seeing the score
                // ("skipped" when they went straight to it; null from a
                // script run or an older log).
                "extensions": { "urn:klachtsim:self-assessment": r.self_assessment },
            },
            "context": {
                "registration": registration,
                "extensions": { "urn:klachtsim:policy": r.policy, "urn:klachtsim:scenario-hash": r.scenario.hash },
            },
            "timestamp": ms(&r.ended),
        }));
        for (i, a) in r.actions.iter().enumerate() {
            out.push(json!({
                "id": uuid(&["decision", &registration, &i.to_string()]),
                "actor": actor,
                "verb": { "id": "http://adlnet.gov/expapi/verbs/interacted", "display": { "en-US": "interacted" } },
                "object": {
                    "objectType": "Activity",
                    "id": format!("{activity}:action:{}", a.action.key()),
                    "definition": {
                        "type": "http://adlnet.gov/expapi/activities/interaction",
                        "name": { "en-US": a.action.key() },
                    },
                },
                "result": {
                    // An action is plain enums, strings and numbers (no
                    // maps), the same value the log was written from.
                    "response": serde_json::to_string(&a.action).expect("an action serialises to JSON"),
                    "extensions": { "urn:klachtsim:simulated-time": a.at.format("%Y-%m-%dT%H:%M:%S").to_string() },
                },
                "context": {
                    "registration": registration,
                    "contextActivities": { "parent": [ { "id": activity } ] },
                },
                "timestamp": started,
            }));
        }
    }
    Value::Array(out)
}
