//! The command line as a user runs it: validate, play --script, sla.

mod common;

fn run(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["klachtsim"];
    all.extend_from_slice(args);
    let code = klachtsim::cli::run(all, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

fn path(rel: &str) -> String {
    common::root().join(rel).display().to_string()
}

#[test]
fn help_lists_every_tool() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    for cmd in ["validate", "play", "sla"] {
        assert!(out.contains(cmd), "{out}");
    }
}

#[test]
fn validate_reports_good_files_as_good_and_fails_on_bad_ones() {
    let (code, out, _) = run(&["validate", &path("scenarios")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓") && out.contains("gstar-rits-kapot"));

    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(common::root().join("scenarios/gstar-rits-kapot.ron")).unwrap();
    std::fs::write(dir.path().join("goed.ron"), &good).unwrap();
    std::fs::write(dir.path().join("kapot.ron"), good.replace("id: \"gstar-rits-kapot\"", "id: \"ander\"").replace("in_stock: true,", "in_stock: ja,")).unwrap();
    std::fs::write(dir.path().join("raar.ron"), "Iets(a: 1)").unwrap();
    let (code, out, _) = run(&["validate", &dir.path().display().to_string()]);
    assert_eq!(code, 1);
    assert!(out.contains("✓ ") && out.contains("goed.ron"), "{out}");
    let line = good.lines().position(|l| l.contains("in_stock: true")).unwrap() + 1;
    assert!(out.contains(&format!("kapot.ron:{line}:")), "{out}");
    assert!(out.contains("raar.ron") && out.contains("onbekend soort bestand"), "{out}");
    assert!(out.contains("1 bestand(en) goed, 2 met fouten"), "{out}");
}

#[test]
fn validate_plays_scripts_too() {
    let (code, out, _) = run(&["validate", &path("tests/scripts/gstar-rits-kapot.model.ron")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("score 100"), "{out}");
}

#[test]
fn play_prints_the_debrief_and_json() {
    let script = path("tests/scripts/gstar-kleur-gelekt.model.ron");
    let (code, out, err) = run(&["play", "--script", &script]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Totaalscore: 100 van 100"), "{out}");
    let (code, out, _) = run(&["play", "--script", &script, "--json", "--transcript"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["overall"], 100);
    assert_eq!(v["steps"].as_array().unwrap().len(), 7);
    assert!(v["transcript"].as_array().unwrap().len() > 10);
    let (_, out, _) = run(&["--lang", "en", "play", "--script", &script]);
    assert!(out.contains("Overall score: 100 out of 100"), "{out}");
}

#[test]
fn a_malformed_script_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    std::fs::write(&p, "Script(\n    scenario: \"gstar-rits-kapot\",\n    actions: [\n        LetFinish,\n        Check(Bestelling),\n        Check(Voorraadd),\n        Offer(offer: Refund(\"veel\")),\n    ],\n)\n").unwrap();
    let (code, _, err) = run(&["play", "--script", &p.display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("script.ron:6:"), "{err}");
    assert!(err.contains("script.ron:7:"), "{err}");
    assert!(err.contains("Voorraadd"), "{err}");
}

#[test]
fn an_action_that_is_not_possible_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    std::fs::write(&p, "Script(\n    scenario: \"gstar-rits-kapot\",\n    actions: [\n        LetFinish,\n        Execute,\n    ],\n)\n").unwrap();
    let (code, _, err) = run(&["play", "--script", &p.display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("script.ron:5:9"), "{err}");
    assert!(err.contains("niet mogelijk") && err.contains("nog geen oplossing aanvaard"), "{err}");
}

#[test]
fn an_unknown_scenario_lists_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    std::fs::write(&p, "Script(\n    scenario: \"gstar-onbekend\",\n    actions: [LetFinish],\n)\n").unwrap();
    let (code, _, err) = run(&["play", "--script", &p.display().to_string(), "--scenarios", &path("scenarios")]);
    assert_eq!(code, 1);
    assert!(err.contains("script.ron:2:15") && err.contains("gstar-rits-kapot"), "{err}");
}

#[test]
fn sla_prints_every_deadline() {
    let (code, out, _) = run(&["sla", "--received", "2026-11-20T16:45", "--priority", "normaal"]);
    assert_eq!(code, 0);
    assert!(out.contains("Ontvangstbevestiging") && out.contains("vr 20-11-2026 17:45"), "{out}");
    assert!(out.contains("vr 20-11-2026 18:45"), "{out}");
    assert!(out.contains("wo 25-11-2026 16:45"), "{out}");
    assert!(out.contains("vr 20-11-2026 17:45") && out.contains("vr 20-11-2026 21:45"), "{out}");
    assert!(out.contains("vr 20-11-2026 17:00"), "{out}");
    // On a Saturday: working days start on Monday.
    let (_, out, _) = run(&["sla", "--received", "2026-11-21 11:00"]);
    assert!(out.contains("buiten kantoortijd") && out.contains("ma 23-11-2026 09:00"), "{out}");
    assert!(out.contains("kritiek") && out.contains("hoog"), "{out}");
    assert!(out.contains("do 26-11-2026 09:00"), "{out}");
    // On King's Day, in English.
    let (_, out, _) = run(&["--lang", "en", "sla", "--received", "2026-04-27T10:00", "--priority", "high"]);
    assert!(out.contains("King's Day") && out.contains("Tue 28-04-2026 10:00"), "{out}");
    let (code, _, err) = run(&["sla", "--received", "gisteren"]);
    assert_eq!(code, 2);
    assert!(err.contains("gisteren"), "{err}");
}
