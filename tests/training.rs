//! The monthly training: plans read and checked like scenarios (every
//! problem with its place), the cases a sitting draws, a whole sitting
//! played from a script and logged, and the review's monthly comparison.

mod common;

use std::path::Path;

use klachtsim::load::Source;
use klachtsim::log::logged_session::LoggedSession;
use klachtsim::training::{self, Pick};

fn run(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["klachtsim", "--lang", "nl"];
    all.extend_from_slice(args);
    let code = klachtsim::cli::run(all, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

fn plan_errors(text: &str) -> Vec<String> {
    let src = Source::new("plan.ron", text.to_owned());
    match training::parse_plan(&src, &common::library()) {
        Ok(p) => panic!("accepted: {p:?}"),
        Err(ds) => ds.iter().map(|d| d.one_line(klachtsim::i18n::Lang::Nl)).collect(),
    }
}

#[test]
fn the_shipped_plans_validate() {
    let (code, out, err) = run(&["validate", &common::root().join("scenarios/plans").display().to_string()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("trainingsplan 2026-12-eerste-reactie voor 2026-12: 3 casussen in 30 minuten"), "{out}");
    assert!(out.contains("trainingsplan 2026-11-ongegrond-vriendelijk voor 2026-11"), "{out}");
}

#[test]
fn a_broken_plan_says_what_and_where() {
    let errors = plan_errors(
        r#"Plan(
    id: "x",
    month: "2026-13",
    theme: "Erkennen",
    cases: [
        Case("gstar-rits-kapt"),
        Case("gstar-zoom-te-kort"),
        Case("gstar-zoom-te-kort"),
        Draw(verdict: Doubtful, category: Staff, difficulty: 1),
    ],
    minutes: 300,
)"#,
    );
    let want = [
        "plan.ron:3:12: \"2026-13\" is geen maand",
        "plan.ron:11:14: een tijdvak van 300 minuten kan niet",
        "plan.ron:5:12: een maandtraining heeft twee of drie casussen; dit plan heeft er 4",
        "plan.ron:6:9: er is geen casus \"gstar-rits-kapt\" in de bibliotheek (bedoel je `gstar-rits-kapot`?)",
        "plan.ron:8:9: de casus \"gstar-zoom-te-kort\" staat al eerder in het plan",
        "plan.ron:9:9: geen enkele casus in de taal \"nl\" past bij deze criteria",
    ];
    assert_eq!(errors.len(), want.len(), "{errors:#?}");
    for w in want {
        assert!(errors.iter().any(|e| e.starts_with(w)), "missing {w:?} in {errors:#?}");
    }
    let unknown_field = plan_errors(
        "Plan(id: \"x\", month: \"2026-12\", theme: \"t\", cases: [Draw(verdict: Grounded), Draw(verdikt: Grounded)])",
    );
    assert!(unknown_field.iter().any(|e| e.starts_with("plan.ron:1:")), "{unknown_field:#?}");
}

#[test]
fn a_draw_is_seeded_and_never_repeats_a_case() {
    let lib = common::library();
    let plan = training::load_plan(&common::root().join("scenarios/plans/2026-12-eerste-reactie.ron"), &lib).unwrap();
    assert!(matches!(plan.cases[0], Pick::Case(_)));
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..40 {
        let ids = plan.cases(&lib, seed);
        assert_eq!(ids, plan.cases(&lib, seed), "seed {seed} draws the same again");
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[0], "gstar-rits-kapot");
        let s = |id: &str| lib.get(id).unwrap().scenario.clone();
        assert_eq!(s(&ids[1]).truth.verdict, klachtsim::model::Verdict::Doubtful);
        assert_eq!(s(&ids[1]).difficulty, 2);
        assert_eq!(s(&ids[2]).truth.verdict, klachtsim::model::Verdict::Unfounded);
        let unique: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 3, "{ids:?}");
        seen.insert(ids[1].clone());
    }
    assert!(seen.len() > 1, "the draw varies with the seed: {seen:?}");
}

/// The actions of a case script in tests/scripts, as RON text.
fn actions(id: &str, quality: &str) -> String {
    let text = std::fs::read_to_string(common::root().join(format!("tests/scripts/{id}.{quality}.ron"))).unwrap();
    let start = text.find("actions: [").unwrap() + "actions: ".len();
    let end = text.rfind(']').unwrap() + 1;
    text[start..end].to_owned()
}

/// A sitting script for `trainee`, with the cases the plan draws by
/// `seed`, each played at `quality` (a suffix in tests/scripts).
pub struct Sitter<'a> {
    pub plan: &'a str,
    pub seed: u64,
    pub trainee: &'a str,
    pub started: &'a str,
    pub quality: &'a str,
    pub lesson: &'a str,
}

fn sitting(s: &Sitter) -> String {
    let lib = common::library();
    let (plans, problems) = training::load_plans(&common::root().join("scenarios/plans"), &lib);
    assert!(problems.is_empty(), "{problems:?}");
    let plan = plans.iter().find(|p| p.id == s.plan).unwrap();
    let ids = plan.cases(&lib, s.seed);
    let drill_case = lib.get(plan.drill_case(&ids).unwrap()).unwrap();
    let cases: Vec<String> = ids
        .iter()
        .map(|id| format!("        (case: \"{id}\", minutes: 9, actions: {}),", actions(id, s.quality)))
        .collect();
    format!(
        "Sitting(\n    plan: \"{}\",\n    seed: {},\n    trainee: \"{}\",\n    group: \"team-noord\",\n    started: \"{}\",\n    drill: (customer_name: \"{}\", order_number: \"{}\", term: \"2 werkdagen\", empathy: \"Ik begrijp hoe vervelend dit is.\", next_step: \"Ik stuur u vandaag nog een nieuwe op.\", seconds: 25),\n    cases: [\n{}\n    ],\n    lesson: \"{}\",\n)\n",
        s.plan,
        s.seed,
        s.trainee,
        s.started,
        drill_case.scenario.customer.name,
        drill_case.scenario.order.number,
        cases.join("\n"),
        s.lesson
    )
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

const GOOD_LESSON: &str = "Ik ga beter luisteren en eerst samenvatten; de oorzaak zat bij de leverancier, dat meld ik deze week aan de teamleider.";

#[test]
fn a_sitting_plays_by_script_and_every_record_carries_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl").display().to_string();
    let script = sitting(&Sitter {
        plan: "2026-12-eerste-reactie",
        seed: 3,
        trainee: "anouk",
        started: "2026-12-03T09:00:00+01:00",
        quality: "model",
        lesson: GOOD_LESSON,
    });
    let file = write(dir.path(), "sitting.ron", &script);
    let (code, out, err) = run(&["validate", &file]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("sessie volgens plan 2026-12-eerste-reactie: 3 casussen gespeeld"), "{out}");
    let (code, out, err) = run(&["play", "--script", &file, "--log", &log]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("Maandtraining 2026-12: De eerste reactie"), "{out}");
    assert!(out.contains("geleerde les:"), "{out}");
    let text = std::fs::read_to_string(&log).unwrap();
    let records: Vec<klachtsim::log::Record> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 3);
    for (i, r) in records.iter().enumerate() {
        let t = r.training.as_ref().expect("a training record");
        assert_eq!((t.plan.as_str(), t.month.as_str(), t.part as usize), ("2026-12-eerste-reactie", "2026-12", i + 1));
        assert_eq!(t.sitting, "2026-12-03T09:00:00+01:00");
        assert_eq!(t.drill.is_some(), i == 0, "the drill goes with the first case");
        assert_eq!(t.lesson.is_some(), i == 2, "the lesson goes with the last case");
    }
    assert_eq!(records[0].started.to_rfc3339(), "2026-12-03T09:00:00+01:00");
    assert_eq!(records[2].ended.to_rfc3339(), "2026-12-03T09:27:00+01:00");
    assert!(records[2].training.as_ref().unwrap().lesson.as_ref().unwrap().score >= 50, "{:?}", records[2].training);
    // Both readers of the overview read the plan.
    for line in text.lines() {
        let fast = LoggedSession::parse(line.as_bytes()).unwrap();
        let general = klachtsim::log::logged_session::parse_general(line.as_bytes()).unwrap();
        assert_eq!(fast, general);
        let mark = fast.training.unwrap();
        assert_eq!((&*mark.plan, &*mark.month), ("2026-12-eerste-reactie", "2026-12"));
    }
}

#[test]
fn a_sitting_script_for_other_cases_than_the_plan_draws_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let script = sitting(&Sitter {
        plan: "2026-11-ongegrond-vriendelijk",
        seed: 1,
        trainee: "bram",
        started: "2026-11-05T09:00:00+01:00",
        quality: "poor",
        lesson: "",
    })
    .replacen("seed: 1,", "seed: 1000,", 1);
    let file = write(dir.path(), "sitting.ron", &script);
    let lib = common::library();
    let plan =
        training::load_plan(&common::root().join("scenarios/plans/2026-11-ongegrond-vriendelijk.ron"), &lib).unwrap();
    if plan.cases(&lib, 1) == plan.cases(&lib, 1000) {
        return;
    }
    let (code, _, err) = run(&["play", "--script", &file, "--no-log"]);
    assert_eq!(code, 1);
    assert!(err.contains("maar het plan geeft met seed 1000"), "{err}");
    assert!(err.contains("sitting.ron:"), "{err}");
}

/// Four trainees, the November plan and the December one, each sitting at
/// a fixed time with a fixed seed: the review's monthly comparison.
#[test]
fn the_review_compares_the_months_and_each_trainees_first_and_latest_sitting() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl").display().to_string();
    let nov = "2026-11-ongegrond-vriendelijk";
    let dec = "2026-12-eerste-reactie";
    let vague = "Ik moet gewoon beter opletten en beter communiceren.";
    let sittings = [
        (nov, 1, "anouk", "2026-11-05T09:00:00+01:00", "poor", vague),
        (nov, 2, "bram", "2026-11-05T10:00:00+01:00", "model", GOOD_LESSON),
        (nov, 3, "chris", "2026-11-06T09:00:00+01:00", "wrong-verdict", vague),
        (dec, 4, "anouk", "2026-12-03T09:00:00+01:00", "model", GOOD_LESSON),
        (dec, 5, "bram", "2026-12-03T10:00:00+01:00", "model", GOOD_LESSON),
        (dec, 6, "chris", "2026-12-04T09:00:00+01:00", "poor", vague),
        (dec, 7, "dana", "2026-12-04T10:00:00+01:00", "model", GOOD_LESSON),
    ];
    for (i, (plan, seed, trainee, started, quality, lesson)) in sittings.into_iter().enumerate() {
        let text = sitting(&Sitter { plan, seed, trainee, started, quality, lesson });
        let file = write(dir.path(), &format!("sitting-{i}.ron"), &text);
        let (code, out, err) = run(&["play", "--script", &file, "--log", &log]);
        assert_eq!(code, 0, "{out}{err}");
    }
    let (code, table, err) = run(&["review", "--training", &log]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("training_review_table", table);
    let (code, html, err) = run(&["review", "--training", "--format", "html", &log]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("training_review_html", html);
    let (code, _, err) = run(&["review", "--training", "--format", "csv", &log]);
    assert_eq!(code, 1);
    assert!(err.contains("als table of html"), "{err}");
}
