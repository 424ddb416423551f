#![allow(dead_code)]

use std::path::PathBuf;

#[cfg(feature = "game")]
pub mod game;

use chrono::{NaiveDate, NaiveDateTime};
use klachtsim::load::{Library, LoadedScenario};
use klachtsim::model::{Action, Scenario};
use klachtsim::policy::Policy;
use klachtsim::score::{Debrief, score};
use klachtsim::sim::{Session, State};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn library() -> Library {
    Library::load(&root().join("scenarios"))
}

pub fn scenario(id: &str) -> LoadedScenario {
    let lib = library();
    assert!(lib.broken.is_empty(), "broken scenarios: {:?}", lib.broken);
    lib.get(id).unwrap_or_else(|| panic!("no scenario {id}")).clone()
}

pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
}

/// Plays `actions` (all of which must be possible) and scores the result.
pub fn play(s: &Scenario, policy: &Policy, seed: u64, actions: &[Action]) -> (State, Debrief) {
    let mut session = Session::new(s, policy, seed);
    for (i, a) in actions.iter().enumerate() {
        session.apply(a.clone(), i + 1).unwrap_or_else(|r| panic!("action {i} {a:?} refused: {:?}", r.0));
    }
    let d = score(s, policy, &session.state, seed);
    (session.state, d)
}

pub fn rules(d: &Debrief) -> Vec<&'static str> {
    d.violations.iter().map(|v| v.rule.id()).collect()
}

/// A log record of a script played by `trainee` in `group`, started at the
/// given real day and hour.
pub fn record(script: &str, trainee: &str, group: &str, day: u32, hour: u32) -> klachtsim::log::Record {
    use chrono::TimeZone;
    let s = klachtsim::script::load_script(&root().join("tests/scripts").join(script)).unwrap();
    let p = klachtsim::script::play_script(&s, &library(), None, None).unwrap();
    let tz = chrono::FixedOffset::east_opt(3600).unwrap();
    let start = tz.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap();
    let end = start + chrono::Duration::minutes(12) + chrono::Duration::seconds(30);
    klachtsim::log::Record::new(klachtsim::log::NewRecord {
        trainee,
        group,
        loaded: &p.loaded,
        policy_name: &p.loaded.policy.name,
        seed: s.seed,
        state: &p.state,
        debrief: &p.debrief,
        started: start,
        ended: end,
    })
}
