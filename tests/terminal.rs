//! `klachtsim play` in the terminal as a trainee types into it: answers
//! that do not fit are asked again, the tools keep their letters in every
//! case, lines wrap instead of being cut, the case list follows the
//! language, and a signal ends the case as abandoned instead of losing it.

mod common;

use std::path::Path;

use klachtsim::log::record::Status;
use klachtsim::model::{Action, OfferChoice, OfferKind};
use klachtsim::sim::presentation::{OfferOption, offer_options};

/// A library folder holding the policy and the given scenario files (paths
/// in `scenarios/`, kept, so `en/` cases find `../policy.ron`).
fn library(files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in files.iter().chain(&["policy.ron"]) {
        let to = dir.path().join(f);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(common::root().join("scenarios").join(f), to).unwrap();
    }
    dir
}

/// Plays with `answers` typed in; returns the exit code, everything shown,
/// and the actions of the logged session.
fn play(lib: &Path, extra: &[&str], answers: &[&str]) -> (u8, String, Vec<Action>) {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (lib, log_arg) = (lib.display().to_string(), log.path().display().to_string());
    let mut args = vec!["klachtsim"];
    args.extend_from_slice(extra);
    args.extend(["play", "--scenarios", &lib, "--seed", "4", "--log", &log_arg, "--trainee", "Bo", "--group", "A"]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let input = answers.join("\n") + "\n";
    let code = klachtsim::cli::run_with_input(args, &mut input.as_bytes(), &mut out, &mut err);
    let (records, _, _) = klachtsim::log::read_all(&[log.path().to_path_buf()]);
    let actions = records.first().map(|r| r.actions.iter().map(|a| a.action.clone()).collect()).unwrap_or_default();
    (code, String::from_utf8(out).unwrap() + &String::from_utf8(err).unwrap(), actions)
}

/// The number the offer list gives a kind of offer in the zip case, seed 4.
fn offer_number(choice: OfferChoice) -> String {
    let l = common::scenario("gstar-rits-kapot");
    let options = offer_options(&l.scenario, 4);
    (options.iter().position(|o| *o == OfferOption { choice, concrete: None }).unwrap() + 1).to_string()
}

#[test]
fn a_bad_number_of_days_is_asked_again_and_never_becomes_a_menu_action() {
    let lib = library(&["gstar-rits-kapot.ron"]);
    let replacement = offer_number(OfferChoice::Replacement);
    // Before: `twee` dropped the offer, and the `2` after it interrupted the customer.
    let (code, out, actions) = play(lib.path(), &[], &["1", "u", "p", &replacement, "twee", "2 dagen", "2", "k"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"twee\" is geen keuze; typ een getal van 0 tot 60"), "{out}");
    assert!(out.contains("\"2 dagen\" is geen keuze"), "{out}");
    assert_eq!(out.matches("Binnen hoeveel werkdagen is het geregeld? (0–60;").count(), 3, "{out}");
    assert_eq!(
        actions,
        [Action::LetFinish, Action::Offer { offer: OfferKind::Replacement, days: Some(2), what: None }]
    );
}

#[test]
fn a_percentage_may_carry_its_sign_and_every_number_prompt_says_its_range() {
    let lib = library(&["gstar-rits-kapot.ron"]);
    let discount = offer_number(OfferChoice::Discount);
    let (_, out, actions) =
        play(lib.path(), &[], &["1", "u", "p", &discount, "15%", "", "z", "y", "500", "24", "w", "", "k"]);
    assert!(out.contains("Percentage korting (1–100, bijvoorbeeld 15 of 15%"), "{out}");
    assert!(out.contains("Hoeveel uur na het sluiten stuur je de enquête? (0–336;"), "{out}");
    assert!(out.contains("\"500\" is geen keuze; typ een getal van 0 tot 336"), "{out}");
    assert!(out.contains("Hoeveel minuten wachten? (0–10080;"), "{out}");
    // An empty answer cancels, and says so.
    assert!(out.contains("Afgebroken; terug naar het menu."), "{out}");
    assert_eq!(actions[1], Action::Offer { offer: OfferKind::Discount(15), days: None, what: None });
    assert!(!actions.iter().any(|a| matches!(a, Action::Wait { .. })), "{actions:?}");
}

#[test]
fn the_tools_keep_their_letters_in_every_case() {
    // Two cases with different numbers of lines in their first moment: the
    // letters still classify, offer, confirm receipt and check the order.
    for file in ["gstar-rits-kapot.ron", "gstar-dubbel-betaald.ron"] {
        let lib = library(&[file]);
        let (_, out, actions) = play(lib.path(), &[], &["1", "r", "n", "b", "a", "", "p", "", "k"]);
        assert!(out.contains("  a. Classificeer de klacht") && out.contains("  p. Bied een oplossing aan"), "{out}");
        assert!(out.contains("  1. «"), "the lines are numbered from 1: {out}");
        assert!(out.contains(": aard\n"), "a opened the classification: {out}");
        assert!(out.contains("Welke oplossing bied je aan?"), "{file}: {out}");
        assert_eq!(
            actions,
            [Action::ConfirmReceipt, Action::TakeOwnership, Action::Check(klachtsim::model::Check::Order)],
            "{file}"
        );
    }
}

#[test]
fn long_lines_wrap_at_the_default_width_and_lose_nothing() {
    let lib = library(&["gstar-rits-kapot.ron"]);
    let (_, out, _) = play(lib.path(), &[], &["1", "k"]);
    // Not a terminal: 100 columns.
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest <= 100 && longest > 87, "longest line {longest}: {out}");
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let l = common::scenario("gstar-rits-kapot");
    let long = l.scenario.lines.iter().map(|l| &l.text).filter(|t| t.chars().count() > 87).collect::<Vec<_>>();
    let shown: Vec<_> = long.iter().filter(|t| flat.contains(t.as_str())).collect();
    assert!(!shown.is_empty(), "a line longer than 87 characters is shown whole: {flat}");
    assert!(!out.contains("...»"), "{out}");
}

#[test]
fn the_case_list_follows_the_language_and_shows_the_others_on_request() {
    let lib = library(&["en/gstar-zip-broken.ron", "gstar-rits-kapot.ron"]);
    let list = |out: &str, prompt: &str| out[..out.find(prompt).expect("the prompt")].to_owned();
    let (_, out, _) = play(lib.path(), &[], &[""]);
    let dutch = list(&out, "Kies een casus (");
    assert!(dutch.contains("1. Rits van nieuwe jeans") && !dutch.contains("2. "), "{dutch}");
    assert!(dutch.contains("a. ook de 1 casus(sen) in andere talen tonen"), "{dutch}");
    // `a` lists the others after the Dutch ones, and they can be chosen.
    let (_, out, _) = play(lib.path(), &[], &["a", "2", "k"]);
    let both = &out[out.find("Kies een casus (1–1").unwrap()..];
    let (nl, en) = (both.find("1. Rits van nieuwe jeans").unwrap(), both.find("2. ").unwrap());
    assert!(nl < en && both.contains("Kies een casus (1–2"), "{both}");
    let title = common::scenario("gstar-zip-broken").scenario.title;
    assert!(out.contains(&format!("Casus: {title} (")), "{out}");
    let (_, out, _) = play(lib.path(), &["--lang", "en"], &[""]);
    let english = list(&out, "Choose a case (");
    assert!(english.contains("1. ") && !english.contains("Rits van nieuwe jeans"), "{english}");
    assert!(english.contains("a. also show the 1 case(s) in other languages"), "{english}");
}

/// Starts the real binary on a piped stdin and plays up to the menu.
fn start_binary(lib: &Path, log: &Path) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["play", "--scenarios", lib.to_str().unwrap(), "--seed", "4", "--log", log.to_str().unwrap()])
        .args(["--trainee", "Bo", "--group", "A"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The stdin stays open: the trainee is still at the keyboard.
    child.stdin.as_mut().unwrap().write_all(b"1\nu\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (to, from) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || to.send(String::from_utf8_lossy(&buf[..n]).into_owned()).is_err() {
                break;
            }
        }
    });
    (child, from)
}

/// Reads the output until `until` appears (at most 20 seconds).
fn read_until(from: &std::sync::mpsc::Receiver<String>, shown: &mut String, until: &str, times: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while shown.matches(until).count() < times {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match from.recv_timeout(left) {
            Ok(s) => shown.push_str(&s),
            Err(_) => panic!("{until:?} did not appear: {shown}"),
        }
    }
}

#[test]
fn ctrl_c_sigterm_and_sighup_log_the_case_as_abandoned_and_show_the_debrief() {
    let lib = library(&["gstar-rits-kapot.ron"]);
    let dir = tempfile::tempdir().unwrap();
    for (signal, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let log = dir.path().join(format!("{signal}.jsonl"));
        let (mut child, from) = start_binary(lib.path(), &log);
        let mut shown = String::new();
        // The second menu: the first action was done.
        read_until(&from, &mut shown, "Jouw actie", 2);
        let kill = std::process::Command::new("kill").args([&format!("-{signal}"), &child.id().to_string()]).status();
        assert!(kill.unwrap().success());
        let status = child.wait().unwrap();
        read_until(&from, &mut shown, "Onderbroken", 1);
        assert_eq!(status.code(), Some(code), "{signal}: {shown}");
        assert!(shown.contains("Totaalscore"), "{signal}: the debrief: {shown}");
        let (records, _, _) = klachtsim::log::read_all(std::slice::from_ref(&log));
        assert_eq!(records.len(), 1, "{signal}");
        assert_eq!(records[0].status, Status::Abandoned);
        assert_eq!(records[0].actions.len(), 1, "the action before the signal is kept");
    }
}
