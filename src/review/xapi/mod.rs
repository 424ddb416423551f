//! The log as xAPI 1.0.3 statements for a learning record store, and
//! sending them there.
//!
//! Per session: one statement `passed`, `failed` or `abandoned` about the
//! scenario (an activity), with the score, the seven step scores, the rule
//! violations, the CSAT, the lesson learned and the trainee's own
//! assessment, and the simulated duration; then one `interacted` statement
//! per decision, each at its own moment on the simulated clock (in the
//! policy's time zone), with the decision's name and a readable response.
//! A line said is an activity of its own. Launched by an LMS with cmi5
//! parameters, a session follows the cmi5 pattern instead (`cmi5`).
//!
//! The session statement's `timestamp` is the real moment it ended (when
//! the trainee played); its decisions carry the moments of the simulated
//! case, which is what a trainer reads a timeline of a case by.
//!
//! Statement ids are name-based: the same session gives the same ids on
//! every run, which is how a second send knows what was sent (`send`).

mod cmi5;
pub(crate) mod decision;
mod ids;
mod learner;
pub mod send;
mod session;

pub use cmi5::{Cmi5Error, Launch, LaunchData, statements as cmi5_statements};
pub use ids::{DEFAULT_BASE, Iris, iso_duration, uuid};
pub use learner::{DEFAULT_HOME, Naming, Pseudonyms};

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::load::Library;
use crate::log::Record;

/// What the statements are made with besides the log.
pub struct Config<'a> {
    /// Where activity and extension ids live.
    pub iris: Iris,
    /// The `homePage` of the learners' accounts.
    pub home: String,
    /// The overall score a session passes with (the policy's).
    pub pass_score: u32,
    /// The zone of the simulated clock (the policy's).
    pub zone: chrono_tz::Tz,
    /// The scenarios, for their language and the text of each line; a
    /// scenario not in it is named by its title, in Dutch (the default).
    pub library: Option<&'a Library>,
    pub naming: Naming,
}

impl Config<'_> {
    /// The settings of a school: `KLACHTSIM_XAPI_BASE` and
    /// `KLACHTSIM_XAPI_HOME`, else the defaults; learners by name.
    pub fn from_env(pass_score: u32, zone: chrono_tz::Tz) -> Config<'static> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Config {
            iris: Iris::new(&var("KLACHTSIM_XAPI_BASE").unwrap_or_default()),
            home: var("KLACHTSIM_XAPI_HOME").unwrap_or_else(|| DEFAULT_HOME.to_owned()),
            pass_score,
            zone,
            library: None,
            naming: Naming::Names,
        }
    }
}

/// The statements of `records`, in order: per session its own statement,
/// then its decisions. With pseudonyms, trainees without one are given one
/// (save the mapping after).
pub fn statements_with(records: &[&Record], config: &mut Config) -> Vec<Value> {
    if let Naming::Pseudonyms(p) = &mut config.naming {
        p.assign(records.iter().map(|r| r.trainee.as_str()));
    }
    let config = &*config;
    let mut out = Vec::new();
    for r in records {
        let about = About::of(r, config);
        out.push(session::statement(&about, config));
        out.extend(decision::statements(&about, config));
    }
    out
}

/// The statements of `records` with the default settings and learners by
/// name, as a JSON array.
pub fn statements(records: &[&Record], pass_score: u32) -> Value {
    let mut config = Config::from_env(pass_score, chrono_tz::Europe::Amsterdam);
    Value::Array(statements_with(records, &mut config))
}

/// What every statement of one session shares.
pub(crate) struct About<'r> {
    pub record: &'r Record,
    pub scenario: Option<&'r crate::model::Scenario>,
    /// The language the scenario is written in.
    pub lang: Lang,
    pub actor: Value,
    pub registration: String,
    /// The scenario's activity id.
    pub activity: String,
}

impl<'r> About<'r> {
    fn of(r: &'r Record, config: &Config<'r>) -> About<'r> {
        let scenario = config.library.and_then(|l| l.get(&r.scenario.id)).map(|l| &l.scenario);
        let lang = scenario.map_or(Lang::Nl, |s| ids::lang_of(&s.language));
        let started = ids::timestamp(&r.started);
        About {
            record: r,
            scenario,
            lang,
            actor: learner::actor(&config.home, &config.naming, &r.trainee),
            registration: uuid(&["registration", &started, &r.group, &r.trainee, &r.scenario.id, &r.seed.to_string()]),
            activity: config.iris.at(&["scenarios", &r.scenario.id]),
        }
    }

    /// The scenario as an object, named in its own language.
    pub fn object(&self) -> Value {
        let mut definition = json!({
            "type": "http://adlnet.gov/expapi/activities/simulation",
            "name": ids::one(self.lang, &self.record.scenario.title),
        });
        if let Some(s) = self.scenario {
            definition["description"] = ids::one(self.lang, &s.summary);
        }
        json!({ "objectType": "Activity", "id": self.activity, "definition": definition })
    }

    /// The context of every statement of the session: the course and the
    /// class (grouping), the complaint's category, the platform and the
    /// language; `parent` for a decision (its session's scenario).
    pub fn context(&self, config: &Config, parent: bool) -> Value {
        let iris = &config.iris;
        let r = self.record;
        let mut activities = json!({
            "grouping": [
                { "objectType": "Activity", "id": iris.at(&["course"]), "definition": {
                    "type": "http://adlnet.gov/expapi/activities/course",
                    "name": ids::both("xapi-course"),
                } },
                { "objectType": "Activity", "id": iris.at(&["classes", &r.group]), "definition": {
                    "type": "http://activitystrea.ms/schema/1.0/group",
                    "name": { "und": r.group },
                } },
            ],
            "category": [
                { "objectType": "Activity", "id": iris.at(&["categories", r.scenario.category.key()]), "definition": {
                    "name": ids::both(r.scenario.category.msg()),
                } },
            ],
        });
        if parent {
            activities["parent"] = json!([{ "objectType": "Activity", "id": self.activity }]);
        }
        json!({
            "registration": self.registration,
            "contextActivities": activities,
            "platform": format!("klachtsim {}", env!("CARGO_PKG_VERSION")),
            "language": ids::tag(self.lang),
            "extensions": {
                iris.extension("policy"): r.policy,
                iris.extension("scenario-hash"): r.scenario.hash,
                iris.extension("seed"): r.seed,
            },
        })
    }
}
