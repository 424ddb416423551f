//! The cmi5 pattern, for a session launched from an LMS with cmi5 launch
//! parameters (`endpoint`, `fetch`, `actor`, `registration`, `activityId`
//! in the launch URL's query). The LMS sends `launched`; klachtsim, the
//! assignable unit, sends `initialized`, then `passed` or `failed` (only in
//! the Normal launch mode, and never for an abandoned session), then
//! `terminated`. Each carries the LMS's context template (with its session
//! id), the registration and the cmi5 category; `passed` and `failed` also
//! the moveOn category and the mastery score when the LMS set one, which
//! then decides passing instead of the policy's pass score.
//!
//! Getting the launch data is `send::cmi5_launch_data`.

use serde_json::{Value, json};

use crate::i18n::Text;
use crate::log::Record;
use crate::log::record::Status;

use super::ids::{self, both};
use super::session::{FAILED, PASSED};

const CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
const MASTERY: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
const INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
const TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";

/// The launch parameters an LMS puts on the launch URL.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    /// The LRS, ending in `/`.
    pub endpoint: String,
    /// Where the one-time authorization token is fetched (a POST).
    pub fetch: String,
    pub actor: Value,
    pub registration: String,
    pub activity_id: String,
}

/// What the LMS's `LMS.LaunchData` state document says.
#[derive(Clone, Debug, PartialEq)]
pub struct LaunchData {
    pub context_template: Value,
    /// "Normal", "Browse" or "Review": only Normal may pass or fail.
    pub launch_mode: String,
    /// Between 0 and 1.
    pub mastery_score: Option<f64>,
}

/// Why a launch cannot be followed.
#[derive(Clone, Debug, PartialEq)]
pub struct Cmi5Error(pub Text);

impl Launch {
    /// The launch parameters from a launch URL or its query string.
    pub fn parse(url: &str) -> Result<Launch, Cmi5Error> {
        let query = url.split_once('?').map_or(url, |(_, q)| q);
        let query = query.split('#').next().unwrap_or(query);
        let get = |name: &str| {
            query.split('&').filter_map(|kv| kv.split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| decode(v))
        };
        let need = |name: &'static str| {
            get(name).filter(|v| !v.is_empty()).ok_or_else(|| Cmi5Error(Text::msg("cmi5-missing").arg("name", name)))
        };
        let actor_text = need("actor")?;
        let actor: Value = serde_json::from_str(&actor_text)
            .map_err(|e| Cmi5Error(Text::msg("cmi5-bad-actor").arg("error", e.to_string())))?;
        let mut endpoint = need("endpoint")?;
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Ok(Launch {
            endpoint,
            fetch: need("fetch")?,
            actor,
            registration: need("registration")?,
            activity_id: need("activityId")?,
        })
    }
}

impl LaunchData {
    /// Reads the `LMS.LaunchData` document.
    pub fn from_json(v: &Value) -> Result<LaunchData, Cmi5Error> {
        let template = v.get("contextTemplate").filter(|t| t.is_object());
        let mode = v.get("launchMode").and_then(Value::as_str);
        let (Some(template), Some(mode)) = (template, mode) else {
            return Err(Cmi5Error(Text::msg("cmi5-bad-launch-data")));
        };
        Ok(LaunchData {
            context_template: template.clone(),
            launch_mode: mode.to_owned(),
            mastery_score: v.get("masteryScore").and_then(Value::as_f64),
        })
    }
}

/// `application/x-www-form-urlencoded` decoding (`+` is a space).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The statements of one session launched by `launch`: initialized, passed
/// or failed (Normal mode, finished sessions), terminated.
pub fn statements(r: &Record, launch: &Launch, data: &LaunchData, pass_score: u32) -> Vec<Value> {
    let scaled = f64::from(r.overall) / 100.0;
    let duration = ids::iso_duration((r.sim_ended - r.sim_started).num_seconds());
    let context = |moveon: bool| {
        let mut c = data.context_template.clone();
        c["registration"] = json!(launch.registration);
        let mut categories = vec![json!({ "id": CMI5 })];
        if moveon {
            categories.push(json!({ "id": MOVEON }));
            if let Some(m) = data.mastery_score {
                c["extensions"][MASTERY] = json!(m);
            }
        }
        c["contextActivities"]["category"] = Value::Array(categories);
        c
    };
    let statement = |what: &str, verb: &str, display: &str, result: Option<Value>, at: String, moveon: bool| {
        let mut s = json!({
            "id": ids::uuid(&["cmi5", what, &launch.registration, &ids::timestamp(&r.started)]),
            "actor": launch.actor,
            "verb": { "id": verb, "display": both(display) },
            "object": { "objectType": "Activity", "id": launch.activity_id },
            "context": context(moveon),
            "timestamp": at,
        });
        if let Some(result) = result {
            s["result"] = result;
        }
        s
    };
    let mut out =
        vec![statement("initialized", INITIALIZED, "xapi-verb-initialized", None, ids::timestamp(&r.started), false)];
    if r.status == Status::Finished && data.launch_mode == "Normal" {
        let passed = match data.mastery_score {
            Some(m) => scaled >= m,
            None => crate::score::passed(true, r.overall, pass_score),
        };
        let (verb, display) = if passed { (PASSED, "xapi-verb-passed") } else { (FAILED, "xapi-verb-failed") };
        let result = json!({
            "score": { "scaled": scaled, "raw": r.overall, "min": 0, "max": 100 },
            "success": passed,
            "duration": duration,
        });
        out.push(statement("judged", verb, display, Some(result), ids::timestamp(&r.ended), true));
    }
    let result = json!({ "duration": duration });
    out.push(statement(
        "terminated",
        TERMINATED,
        "xapi-verb-terminated",
        Some(result),
        ids::timestamp(&r.ended),
        false,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_launch_url_gives_its_parameters() {
        let url = "klachtsim://start?endpoint=https%3A%2F%2Flrs.example%2Fxapi&fetch=https%3A%2F%2Flms.example%2Ftoken%3Fk%3D1\
                   &actor=%7B%22objectType%22%3A%22Agent%22%2C%22account%22%3A%7B%22homePage%22%3A%22https%3A%2F%2Flms.example%22%2C%22name%22%3A%2212%22%7D%7D\
                   &registration=760e3480-ba55-4991-94b0-01820dbd23a2&activityId=https%3A%2F%2Fschool.example%2Fau%2F1";
        let l = Launch::parse(url).unwrap();
        assert_eq!(l.endpoint, "https://lrs.example/xapi/");
        assert_eq!(l.fetch, "https://lms.example/token?k=1");
        assert_eq!(l.actor["account"]["name"], "12");
        assert_eq!(l.activity_id, "https://school.example/au/1");
        let Err(Cmi5Error(Text::Msg { id, .. })) = Launch::parse("endpoint=x&fetch=y") else { panic!() };
        assert_eq!(id, "cmi5-missing");
        assert_eq!(decode("a+b%2Fc%zz%4"), "a b/c%zz%4");
    }
}
