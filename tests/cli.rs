//! The command line as a user runs it: validate, play --script, sla.

mod common;

use klachtsim::model::{Action, Category, Cause, Check, Nature, OfferChoice, Priority, Verdict};
use klachtsim::sim::Session;
use klachtsim::sim::presentation::{OfferOption, offer_options, offered_lines, term_order};

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
    std::fs::write(
        dir.path().join("kapot.ron"),
        good.replace("id: \"gstar-rits-kapot\"", "id: \"ander\"").replace("in_stock: true,", "in_stock: ja,"),
    )
    .unwrap();
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
    let (code, out, err) = run(&["play", "--script", &script, "--no-log"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Totaalscore: 100 van 100"), "{out}");
    let (code, out, _) = run(&["play", "--script", &script, "--json", "--transcript", "--no-log"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["overall"], 100);
    assert_eq!(v["steps"].as_array().unwrap().len(), 7);
    assert!(v["transcript"].as_array().unwrap().len() > 10);
    let (_, out, _) = run(&["--lang", "en", "play", "--script", &script, "--no-log"]);
    assert!(out.contains("Overall score: 100 out of 100"), "{out}");
}

#[test]
fn a_malformed_script_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    std::fs::write(&p, "Script(\n    scenario: \"gstar-rits-kapot\",\n    actions: [\n        LetFinish,\n        Check(Bestelling),\n        Check(Voorraadd),\n        Offer(offer: Refund(\"veel\")),\n    ],\n)\n").unwrap();
    let (code, _, err) = run(&["play", "--script", &p.display().to_string(), "--no-log"]);
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
    let (code, _, err) = run(&["play", "--script", &p.display().to_string(), "--no-log"]);
    assert_eq!(code, 1);
    assert!(err.contains("script.ron:5:9"), "{err}");
    assert!(err.contains("niet mogelijk") && err.contains("nog geen oplossing aanvaard"), "{err}");
}

#[test]
fn a_script_beyond_the_input_limits_names_the_line_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    let long = "x".repeat(1001);
    for (action, at, reason) in [
        ("Offer(offer: Replacement, days: Some(90))", "script.ron:5:9", "binnen 0 tot 60 werkdagen, niet 90"),
        ("StatusUpdate(hours: 500)", "script.ron:5:9", "1 tot 336 uur vooruit, niet 500"),
        (
            &format!(
                "LessonLearned(category: Product, cause: StructuralFault, root_cause: \"{long}\", correction: \"y\")"
            ),
            "script.ron:5:9",
            "hoogstens 1000 tekens, niet 1001",
        ),
    ] {
        let script = format!(
            "Script(\n    scenario: \"gstar-rits-kapot\",\n    actions: [\n        LetFinish,\n        {action},\n    ],\n)\n"
        );
        std::fs::write(&p, script).unwrap();
        let (code, _, err) = run(&["play", "--script", &p.display().to_string(), "--no-log"]);
        assert_eq!(code, 1, "{action}");
        assert!(err.contains(at) && err.contains("niet mogelijk") && err.contains(reason), "{err}");
    }
}

#[test]
fn an_unknown_scenario_lists_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("script.ron");
    std::fs::write(&p, "Script(\n    scenario: \"gstar-onbekend\",\n    actions: [LetFinish],\n)\n").unwrap();
    let (code, _, err) =
        run(&["play", "--script", &p.display().to_string(), "--scenarios", &path("scenarios"), "--no-log"]);
    assert_eq!(code, 1);
    assert!(err.contains("script.ron:2:15") && err.contains("gstar-rits-kapot"), "{err}");
}

#[test]
fn dutch_help_is_dutch_throughout() {
    for cmd in ["review", "sla", "play", "replay", "validate", "new"] {
        let (code, out, _) = run(&[cmd, "--help"]);
        assert_eq!(code, 0, "{cmd}");
        for english in
            ["Possible values", "possible values", "default:", "[env:", "[OPTIONS]", "Usage", "<GROUP>", "<FILE>"]
        {
            assert!(!out.contains(english), "{cmd}: {english}: {out}");
        }
    }
    let (_, out, _) = run(&["review", "--help"]);
    assert!(out.contains("Mogelijke waarden:") && out.contains("[standaard: table]"), "{out}");
    assert!(out.contains("tabellen voor de terminal") && !out.contains("Tables for the terminal"), "{out}");
    // In English the same values are described in English.
    let (_, out, _) = run(&["--lang", "en", "review", "--help"]);
    assert!(out.contains("Possible values:") && out.contains("tables for the terminal"), "{out}");
}

#[test]
fn sla_prints_every_deadline() {
    let (code, out, _) = run(&["sla", "--received", "2026-11-20T16:45", "--priority", "normaal"]);
    assert_eq!(code, 0);
    let row = |label: &str| out.lines().find(|l| l.contains(label)).unwrap_or_else(|| panic!("{label}: {out}"));
    assert!(row("Ontvangstbevestiging").contains("dag en nacht  "), "{out}");
    assert!(row("Ontvangstbevestiging").ends_with("vr 20-11-2026 17:45"), "{out}");
    // Owner and team lead work in office hours: 45 minutes on Friday, the rest on Monday.
    assert!(row("Eigenaar").contains("2 uur kantoortijd") && row("Eigenaar").ends_with("ma 23-11-2026 10:15"), "{out}");
    assert!(row("Eerste reactie").ends_with("wo 25-11-2026 16:45"), "{out}");
    assert!(row("Melding aan de teamleider").ends_with("ma 23-11-2026 09:15"), "{out}");
    assert!(row("Beslissing").contains("kantoortijd") && row("Beslissing").ends_with("ma 23-11-2026 13:15"), "{out}");
    assert!(row("Directie").ends_with("vr 20-11-2026 17:00"), "{out}");
    // A web form in the evening: the owner is due the next working morning, not at 22:45.
    let (_, out, _) = run(&["sla", "--received", "2026-11-20T20:45"]);
    assert!(out.contains("ma 23-11-2026 11:00") && !out.contains("22:45"), "{out}");
    assert!(!out.contains("za 21-11-2026 01:45") && out.contains("ma 23-11-2026 14:00"), "{out}");
    // On a Saturday: working days start on Monday.
    let (_, out, _) = run(&["sla", "--received", "2026-11-21 11:00"]);
    assert!(out.contains("buiten kantoortijd") && out.contains("ma 23-11-2026 09:00"), "{out}");
    assert!(out.contains("kritiek") && out.contains("hoog"), "{out}");
    assert!(out.contains("do 26-11-2026 09:00"), "{out}");
    // The terms that warn and the terms a wait for the customer stops.
    assert!(out.contains("Waarschuwing") && out.contains("zodra 80% van een termijn"), "{out}");
    assert!(row_of(&out, "Eerste reactie, prioriteit normaal").contains("wo 25-11-2026 12:24"), "{out}");
    let paused = out.split("wacht op klant").nth(1).unwrap_or_else(|| panic!("no waiting: {out}"));
    let owner = row_of(paused, "Eigenaar");
    assert!(owner.contains("ma 23-11-2026 11:36") && owner.ends_with("ma 23-11-2026 12:00"), "{out}");
    assert!(row_of(paused, "Oplossing uitgevoerd, prioriteit normaal").ends_with("ma 14-12-2026 10:00"), "{out}");
    assert!(!paused.contains("Ontvangstbevestiging"), "a term due before the wait does not stop: {out}");
    // A store that opens on Saturday: the same moment is in office hours.
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("winkels.ron");
    let week = "Policy(business_hours: (open: \"09:00:00\", close: \"17:30:00\", \
                days: { Saturday: Open(\"10:00:00\", \"17:00:00\"), Sunday: Closed }))";
    std::fs::write(&policy, week).unwrap();
    let p = policy.display().to_string();
    let (_, out, _) = run(&["sla", "--received", "2026-11-21 11:00", "--policy", &p, "--waiting", "30"]);
    assert!(out.contains("zaterdag 10:00–17:00; zondag gesloten") && !out.contains("buiten kantoortijd"), "{out}");
    assert!(row_of(&out, "Eigenaar").ends_with("za 21-11-2026 13:00"), "{out}");
    let paused = out.split("wacht op klant").nth(1).unwrap_or_else(|| panic!("no waiting: {out}"));
    assert!(row_of(paused, "Eigenaar").contains("za 21-11-2026 13:06 za 21-11-2026 13:30"), "{out}");
    // On King's Day, in English.
    let (_, out, _) = run(&["--lang", "en", "sla", "--received", "2026-04-27T10:00", "--priority", "high"]);
    assert!(out.contains("King's Day") && out.contains("Tue 28-04-2026 10:00"), "{out}");
    let (code, _, err) = run(&["sla", "--received", "gisteren"]);
    assert_eq!(code, 2);
    assert!(err.contains("gisteren"), "{err}");
}

/// The line of `text` that names `label`.
fn row_of<'a>(text: &'a str, label: &str) -> &'a str {
    text.lines().find(|l| l.contains(label)).unwrap_or_else(|| panic!("{label}: {text}"))
}

/// The number a terminal menu gives `value` in a list shown in `order`.
fn pick<T: PartialEq>(order: &[T], value: T) -> String {
    (order.iter().position(|v| *v == value).expect("the value is in the list") + 1).to_string()
}

fn run_input(args: &[&str], input: &str) -> (u8, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["klachtsim"];
    all.extend_from_slice(args);
    let code = klachtsim::cli::run_with_input(all, &mut input.as_bytes(), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap() + &String::from_utf8(err).unwrap())
}

/// The terminal's menu for a session of the zip case with seed 4: the lines
/// the open moment offers are numbered from 1 (in the seed's order); the
/// tools have fixed letters.
struct Menu<'a> {
    session: Session<'a>,
}

impl Menu<'_> {
    /// The number of a line; saying it opens the next moment.
    fn say(&mut self, id: &str) -> String {
        let s = self.session.scenario;
        let offered = offered_lines(s, &self.session.state, 4);
        let pos = offered.iter().position(|&i| s.lines[i].id == id).expect("the line is offered now");
        self.session.apply(Action::Say(id.into()), 0).unwrap();
        (1 + pos).to_string()
    }

    /// The letter of a check; doing it may open a moment that waited for it.
    fn check(&mut self, c: Check) -> String {
        self.session.apply(Action::Check(c), 0).unwrap();
        let keys = [(Check::Order, "b"), (Check::Warranty, "g"), (Check::Inspect, "i")];
        keys.iter().find(|k| k.0 == c).expect("a check the model run does").1.into()
    }
}

#[test]
fn a_model_run_can_be_played_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("rits.ron")).unwrap();
    let lib = dir.path().display().to_string();
    // The menu shows only the open moment's lines, shuffled by the seed; the
    // values of the classification and the offers come in the seed's order too.
    let (nature, category, cause, verdict, priority) = (
        pick(&term_order::<Nature>(4), Nature::Objective),
        pick(&term_order::<Category>(4), Category::Product),
        pick(&term_order::<Cause>(4), Cause::StructuralFault),
        pick(&term_order::<Verdict>(4), Verdict::Grounded),
        pick(&term_order::<Priority>(4), Priority::Normal),
    );
    let l = common::scenario("gstar-rits-kapot");
    let offers = offer_options(&l.scenario, 4);
    let kind = |c| pick(&offers, OfferOption { choice: c, concrete: None });
    let (replacement, repair) = (kind(OfferChoice::Replacement), kind(OfferChoice::Repair));
    let mut m = Menu { session: Session::new(&l.scenario, &l.policy, 4) };
    // The tools' fixed letters.
    let [classify, receipt, owner, offer, execute, follow_up, close, csat, lesson] =
        ["a", "r", "n", "p", "x", "f", "z", "y", "l"].map(String::from);
    let mut input: Vec<String> = ["Anna", "MBO2-HA", "1", "u"].map(String::from).to_vec();
    input.push(m.say("vraag-wat-gebeurd"));
    input.push(m.say("vraag-postcode"));
    input.push(m.say("samenvatting-goed"));
    input.push(m.say("erkenning-zaterdag"));
    input.extend([receipt, owner]);
    input.extend([m.check(Check::Order), m.check(Check::Warranty), m.check(Check::Inspect)]);
    input.extend([classify, nature, category, cause, verdict, priority]);
    input.push(m.say("uitleg-foto"));
    // A replacement in 2 working days, a repair in 5.
    input.extend([offer.clone(), replacement, "2".into(), offer, repair, "5".into()]);
    input.extend([execute, follow_up, close, csat, "24".into()]);
    // The case calls for the 5 x waarom: three answers at its free-text prompt.
    for why in [
        "Omdat de tandjes van de rits loslaten.",
        "Omdat de hele partij van één leverancier komt.",
        "Omdat de ingangscontrole ritsen niet op trekkracht test.",
    ] {
        input.extend(["5x", why].map(String::from));
    }
    input.extend([lesson, "1".into(), "8".into()]);
    input.extend(
        [
            "De ingangscontrole test ritsen niet op trekkracht.",
            "Inkoop laat vanaf 1 december elke partij ritsen testen op trekkracht.",
            "k",
        ]
        .map(String::from),
    );
    let (code, out) = run_input(&["play", "--scenarios", &lib, "--seed", "4", "--no-log"], &input.join("\n"));
    assert_eq!(code, 0);
    assert!(out.contains("Totaalscore: 100 van 100"), "{out}");
}

#[test]
fn the_terminal_player_refuses_bad_input_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("rits.ron")).unwrap();
    std::fs::write(dir.path().join("kapot.ron"), "Scenario(id: \"x\")").unwrap();
    let lib = dir.path().display().to_string();
    let l = common::scenario("gstar-rits-kapot");
    let refund = pick(&offer_options(&l.scenario, 4), OfferOption { choice: OfferChoice::Refund, concrete: None });
    let input = ["1", "99", "x", "p", &refund, "veel", "40", "", "k"].join("\n");
    let (_, out) = run_input(
        &["--lang", "en", "play", "--scenarios", &lib, "--seed", "4", "--no-log", "--trainee", "Bo", "--group", "A"],
        &input,
    );
    // The broken case is listed with its problem, not hidden.
    assert!(out.contains("kapot.ron cannot be played"), "{out}");
    assert!(out.contains("\"99\" is not in the menu"), "{out}");
    assert!(out.contains("\"veel\" is not an amount"), "{out}");
    // Carrying out before anything was accepted is refused with the reason.
    assert!(out.contains("the customer has not accepted a solution yet"), "{out}");
    assert!(out.contains("I can offer you a refund of €40.00"), "{out}");
    assert!(out.contains("Debrief:"), "{out}");
}

#[test]
fn the_terminal_lists_cases_without_giving_them_away_and_shows_the_card_for_free() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("rits.ron")).unwrap();
    let lib = dir.path().display().to_string();
    let args = ["play", "--scenarios", &lib, "--seed", "4", "--no-log", "--trainee", "Bo", "--group", "A"];
    let (code, out) = run_input(&args, &["1", "u", "s", "k"].join("\n"));
    assert_eq!(code, 0);
    // The list: channel, customer and the moment received; no category, cause or verdict.
    let list = &out[..out.find("Kies een casus (1–1").expect("the case list")];
    assert!(list.contains("telefoon · Sanne de Vries · vr 20-11-2026"), "{list}");
    for hidden in ["product", "structurele fout", "gegrond"] {
        assert!(!list.to_lowercase().contains(hidden), "{hidden} in the list: {list}");
    }
    assert!(out.contains("s. spiekkaart"), "{out}");
    for heading in ["SPIEKKAART", "Binnen welke termijn", "Wie mag wat toezeggen", "Wanneer escaleren"] {
        assert!(out.contains(heading), "{heading} missing: {out}");
    }
    // Looking costs nothing: the same score as without the card.
    let (_, without) = run_input(&args, &["1", "u", "k"].join("\n"));
    let line = |o: &str, start: &str| o.lines().find(|l| l.starts_with(start)).map(str::to_owned);
    for start in ["Totaalscore", "Gesimuleerde tijd"] {
        assert!(line(&out, start).is_some(), "{start}: {out}");
        assert_eq!(line(&out, start), line(&without, start));
    }
}

/// Output that accepts `room` bytes, then fails with `kind`.
struct Failing {
    room: usize,
    kind: std::io::ErrorKind,
}

impl std::io::Write for Failing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(self.kind.into());
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn log_lines(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |s| s.lines().count())
}

#[test]
fn a_reader_that_left_changes_nothing_but_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl").display().to_string();
    let script = path("tests/scripts/gstar-rits-kapot.model.ron");
    // `klachtsim play ... | head`: the session is still logged, exit code 0.
    let mut out = Failing { room: 100, kind: std::io::ErrorKind::BrokenPipe };
    let mut err = Vec::new();
    let args = ["klachtsim", "play", "--log", log.as_str(), "--script", script.as_str()];
    assert_eq!(klachtsim::cli::run(args, &mut out, &mut err), 0);
    assert!(err.is_empty(), "{}", String::from_utf8_lossy(&err));
    assert_eq!(log_lines(std::path::Path::new(&log)), 1);
    // `klachtsim validate broken/ | head` still fails.
    std::fs::write(dir.path().join("raar.ron"), "Iets(a: 1)").unwrap();
    let mut out = Failing { room: 10, kind: std::io::ErrorKind::BrokenPipe };
    let mut err = Vec::new();
    let folder = dir.path().display().to_string();
    assert_eq!(klachtsim::cli::run(["klachtsim", "validate", folder.as_str()], &mut out, &mut err), 1);
}

#[test]
fn output_that_fails_is_reported_and_the_session_still_logged() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let script = path("tests/scripts/gstar-rits-kapot.model.ron");
    let log_arg = log.display().to_string();
    let args = ["klachtsim", "play", "--log", log_arg.as_str(), "--script", script.as_str()];
    // A full disk: said on stderr, exit code 1, and the session is not lost.
    let mut out = Failing { room: 100, kind: std::io::ErrorKind::StorageFull };
    let mut err = Vec::new();
    assert_eq!(klachtsim::cli::run(args, &mut out, &mut err), 1);
    let err = String::from_utf8(err).unwrap();
    assert!(err.contains("Kon de uitvoer niet schrijven"), "{err}");
    assert_eq!(log_lines(&log), 1);
}

/// The terminal game with `answers` typed in, one case in its library.
fn play_in_terminal(answers: &str, log: &std::path::Path) -> (u8, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("zaak.ron")).unwrap();
    let args = ["klachtsim", "play", "--scenarios", dir.path().to_str().unwrap(), "--log", log.to_str().unwrap()];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = klachtsim::cli::run_with_input(args, &mut answers.as_bytes(), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap())
}

#[test]
fn the_terminal_asks_the_trainees_own_view_before_the_score() {
    use klachtsim::score::self_assessment::{SelfAssessment, SelfRating::*};
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    // Name, group, the case, one action (let the customer finish), done; then a wrong answer and the
    // seven ratings.
    let (code, out) = play_in_terminal("Sam\n2B\n1\nu\nk\n9\n1\n1\n2\n1\n3\n2\n1\n", &log);
    assert_eq!(code, 0, "{out}");
    let asked = out.find("Voordat je je score ziet").expect("asked");
    let score = out.find("Totaalscore").expect("the debrief");
    assert!(asked < score, "asked before the score: {out}");
    assert!(out.contains("\"9\" is geen keuze"), "{out}");
    assert!(out.contains("ZELFBEOORDELING") && out.contains("jij schatte het hoger in"), "{out}");
    let (records, _, _) = klachtsim::log::read_all(std::slice::from_ref(&log));
    let want = SelfAssessment::Rated([Good, Good, CouldBeBetter, Good, NotDone, CouldBeBetter, Good]);
    assert_eq!(records[0].self_assessment, Some(want));

    // An empty answer skips, and is kept as skipped.
    let (_, out) = play_in_terminal("Sam\n2B\n1\nk\n1\n\n", &log);
    assert!(out.contains("Zelfbeoordeling overgeslagen.") && out.contains("Totaalscore"), "{out}");
    // The input ends before the question: nobody to ask, nothing kept.
    play_in_terminal("Sam\n2B\n1\nk\n", &log);
    let (records, _, _) = klachtsim::log::read_all(std::slice::from_ref(&log));
    let kept: Vec<_> = records.iter().map(|r| r.self_assessment).collect();
    assert_eq!(kept[1..], [Some(SelfAssessment::Skipped), None]);
    // A script run has none.
    let (code, _, _) =
        run(&["play", "--script", &path("tests/scripts/gstar-rits-kapot.model.ron"), "--log", log.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (records, _, _) = klachtsim::log::read_all(std::slice::from_ref(&log));
    assert_eq!(records.len(), 4);
    assert_eq!(records[3].self_assessment, None);
}

/// A learning environment's launch link without its cmi5 parameters is
/// refused before any window opens, naming what is missing.
#[cfg(feature = "game")]
#[test]
fn a_cmi5_launch_without_its_parameters_is_refused_by_name() {
    let (code, _, err) = run(&["game", "--cmi5", "https://lms.example/launch?endpoint=https://lrs.example/xapi/"]);
    assert_eq!(code, 2);
    assert!(err.contains("cmi5") && err.contains("\"actor\""), "{err}");
}

#[test]
fn print_roleplay_draws_three_verdicts_by_seed_and_writes_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rollenspel.html");
    let scenarios = path("scenarios");
    let args = ["print", "roleplay", "--seed", "3", "--scenarios", &scenarios];
    let (code, html, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("Getrokken met seed 3: "), "{err}");
    assert_eq!(html.matches("<section class=\"sheet").count(), 6);
    for v in ["gegronde", "twijfelachtige", "ongegronde"] {
        assert!(html.contains(&format!("De stappen bij een {v} klacht")), "{v}");
    }
    // The set it names is the set printed again.
    let cases = err.trim().rsplit("--cases ").next().unwrap().trim_end_matches(')').to_owned();
    let out = file.display().to_string();
    let (code, said, err) = run(&["print", "roleplay", "--cases", &cases, "--scenarios", &scenarios, "--out", &out]);
    assert_eq!(code, 0, "{err}");
    assert!(said.contains("rollenspel.html"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), html);
}

#[test]
fn print_roleplay_refuses_an_unknown_case_by_name() {
    let scenarios = path("scenarios");
    let (code, out, err) =
        run(&["print", "roleplay", "--cases", "gstar-rits-kapot,bestaat-niet", "--scenarios", &scenarios]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("Geen casus met id \"bestaat-niet\""), "{err}");
    let (code, help, _) = run(&["print", "roleplay", "--help"]);
    assert_eq!(code, 0);
    assert!(help.contains("klachtsim print roleplay") && help.contains("--cases <ID>"), "{help}");
    assert!(help.contains("rolkaart van de klant"), "{help}");
}
