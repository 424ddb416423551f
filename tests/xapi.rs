//! What the xAPI statements say to a trainer reading them in an LRS:
//! passed or failed, never success for an abandoned session, the simulated
//! duration, every decision at its own moment with a readable response and
//! a name, language maps, IRIs under the school's base, learners across
//! groups, and the context.

mod common;

use common::record;
use klachtsim::log::Record;
use klachtsim::log::record::Status;
use klachtsim::review::xapi::{self, Config, Iris};
use serde_json::Value;

fn config(lib: &klachtsim::load::Library) -> Config<'_> {
    Config {
        iris: Iris::new("https://school.example/xapi/"),
        home: "https://school.example".into(),
        library: Some(lib),
        ..Config::from_env(55, chrono_tz::Europe::Amsterdam)
    }
}

fn sessions(all: &[Value]) -> Vec<&Value> {
    all.iter().filter(|s| s["verb"]["id"] != "http://adlnet.gov/expapi/verbs/interacted").collect()
}

#[test]
fn a_session_is_passed_failed_or_abandoned_with_its_simulated_duration() {
    let lib = common::library();
    let good = record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9);
    let poor = record("gstar-rits-kapot.poor.ron", "Anna", "3C", 17, 9);
    let mut gone = good.clone();
    gone.status = Status::Abandoned;
    gone.seed += 1;
    assert!(good.overall >= 55 && poor.overall < 55, "{} {}", good.overall, poor.overall);
    let rs: Vec<&Record> = vec![&good, &poor, &gone];
    let all = xapi::statements_with(&rs, &mut config(&lib));
    let s = sessions(&all);
    assert_eq!(s.len(), 3);
    assert_eq!(s[0]["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
    assert_eq!(s[0]["result"]["success"], true);
    assert_eq!(s[1]["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
    assert_eq!(s[1]["result"]["success"], false);
    assert_eq!(s[2]["verb"]["id"], "https://w3id.org/xapi/adl/verbs/abandoned");
    assert!(s[2]["result"].get("success").is_none(), "an abandoned session is not judged");
    assert_eq!(s[2]["result"]["completion"], false);
    let sim = (good.sim_ended - good.sim_started).num_seconds();
    assert!(sim > 0);
    assert_eq!(s[0]["result"]["duration"], xapi::iso_duration(sim));
    assert_ne!(s[0]["result"]["duration"], "PT0S");
    // Verbs are named in both languages.
    assert_eq!(s[0]["verb"]["display"]["nl-NL"], "geslaagd");
    assert_eq!(s[1]["verb"]["display"]["en-US"], "failed");
    // The seven step scores, the violations, CSAT and the lesson as
    // structured extensions under the school's base.
    let ext = &s[1]["result"]["extensions"];
    let steps = ext["https://school.example/xapi/extensions/steps"].as_object().unwrap();
    assert_eq!(steps.len(), 7);
    assert_eq!(steps["listen"], poor.steps[&klachtsim::model::Step::Listen]);
    let violations = ext["https://school.example/xapi/extensions/violations"].as_array().unwrap();
    assert_eq!(violations.len(), poor.violations.len());
    assert!(violations.iter().all(|v| v["name"]["nl-NL"].is_string() && v["name"]["en-US"].is_string()));
    assert!(violations.iter().all(|v| v["name"]["nl-NL"] != v["rule"]), "rules by name: {violations:?}");
    let good_ext = &s[0]["result"]["extensions"];
    assert_eq!(good_ext["https://school.example/xapi/extensions/csat"]["score"], good.csat);
    let lesson = &good_ext["https://school.example/xapi/extensions/lesson"];
    assert_eq!(lesson["rootCause"], good.lesson.as_ref().unwrap().root_cause.as_str());
}

#[test]
fn every_decision_has_its_moment_a_name_and_a_readable_response() {
    let lib = common::library();
    let r = record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9);
    let all = xapi::statements_with(&[&r], &mut config(&lib));
    let decisions: Vec<&Value> = all.iter().skip(1).collect();
    assert_eq!(decisions.len(), r.actions.len());
    for (d, a) in decisions.iter().zip(&r.actions) {
        let stamp = d["timestamp"].as_str().unwrap();
        let at = chrono::DateTime::parse_from_rfc3339(stamp).unwrap();
        assert_eq!(at.naive_local(), a.at, "{stamp}");
        assert!(stamp.ends_with("+01:00") || stamp.ends_with("+02:00"), "{stamp}");
        let response = d["result"]["response"].as_str().unwrap();
        assert!(!response.contains('"') && !response.contains('{'), "{response}");
        let name = &d["object"]["definition"]["name"];
        if !matches!(a.action, klachtsim::model::Action::Say(_)) {
            assert!(name["nl-NL"].is_string() && name["en-US"].is_string(), "{name}");
            assert_ne!(name["en-US"], a.action.key(), "a name, not a key");
        }
        assert_eq!(d["context"]["contextActivities"]["parent"][0]["id"], all[0]["object"]["id"]);
        assert_eq!(d["context"]["registration"], all[0]["context"]["registration"]);
    }
    // Decisions at different moments have different timestamps.
    let stamps: std::collections::BTreeSet<&str> = decisions.iter().map(|d| d["timestamp"].as_str().unwrap()).collect();
    assert!(stamps.len() > 1);
    // A line said is its own activity, named by its text.
    let scenario = &lib.get("gstar-rits-kapot").unwrap().scenario;
    let said: Vec<&Value> =
        decisions.iter().copied().filter(|d| d["object"]["id"].as_str().unwrap().contains("/lines/")).collect();
    assert!(!said.is_empty());
    for d in said {
        let id = d["object"]["id"].as_str().unwrap().rsplit('/').next().unwrap();
        let line = scenario.lines.iter().find(|l| l.id == id).unwrap();
        assert_eq!(d["object"]["definition"]["name"]["nl-NL"], line.text.as_str());
        assert!(d["result"]["response"].as_str().unwrap().contains(&line.text));
    }
    let let_finish = decisions.iter().find(|d| d["object"]["id"].as_str().unwrap().ends_with("/decisions/let-finish"));
    if let Some(d) = let_finish {
        assert_eq!(d["result"]["response"], "Liet de klant uitpraten");
        assert_eq!(d["object"]["definition"]["name"]["en-US"], "Let the customer finish");
    }
}

#[test]
fn ids_names_learners_and_context() {
    let lib = common::library();
    let a = record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9);
    let b = record("gstar-kleur-gelekt.model.ron", "anna ", "3C", 17, 9);
    let all = xapi::statements_with(&[&a, &b], &mut config(&lib));
    let s = sessions(&all);
    // One learner across groups, the group as context.
    assert_eq!(s[0]["actor"], s[1]["actor"]);
    assert_eq!(s[0]["actor"]["account"]["homePage"], "https://school.example");
    assert_eq!(s[0]["actor"]["account"]["name"], "anna");
    let grouping = s[1]["context"]["contextActivities"]["grouping"].as_array().unwrap();
    assert_eq!(grouping[0]["id"], "https://school.example/xapi/course");
    assert_eq!(grouping[1]["id"], "https://school.example/xapi/classes/3C");
    let category = &s[0]["context"]["contextActivities"]["category"][0];
    assert!(category["id"].as_str().unwrap().starts_with("https://school.example/xapi/categories/"));
    assert!(s[0]["context"]["platform"].as_str().unwrap().starts_with("klachtsim "));
    assert_eq!(s[0]["context"]["language"], "nl-NL");
    assert_eq!(s[0]["object"]["id"], "https://school.example/xapi/scenarios/gstar-rits-kapot");
    assert_eq!(s[0]["object"]["definition"]["name"]["nl-NL"], a.scenario.title.as_str());
    // Every IRI klachtsim makes is under the base.
    let text = serde_json::to_string(&all).unwrap();
    assert!(!text.contains("urn:klachtsim"), "no old URNs");
    for s in &all {
        for key in s["result"]["extensions"].as_object().into_iter().flat_map(|m| m.keys()) {
            assert!(key.starts_with("https://school.example/xapi/extensions/"), "{key}");
        }
    }
    // The same log gives the same statements: what a second send relies on.
    assert_eq!(all, xapi::statements_with(&[&a, &b], &mut config(&lib)));
}

#[test]
fn an_english_scenario_is_labelled_en_us() {
    let lib = common::library();
    let Some(en) = lib.scenarios.iter().find(|s| s.scenario.language == "en") else {
        panic!("the library has an English scenario");
    };
    let mut r = record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9);
    r.scenario.id = en.scenario.id.clone();
    r.scenario.title = en.scenario.title.clone();
    let all = xapi::statements_with(&[&r], &mut config(&lib));
    assert_eq!(all[0]["object"]["definition"]["name"]["en-US"], en.scenario.title.as_str());
    assert!(all[0]["object"]["definition"]["name"].get("nl-NL").is_none());
    assert_eq!(all[0]["context"]["language"], "en-US");
}
