//! The messy logs of a real class (tests/messy_logs/), counted the same by
//! every format that reads them: the table, the CSV per trainee, the HTML
//! report, the CSV per session, xAPI, replay and the trainer screen's
//! reader. Each file holds sessions of its own trainees:
//!
//! - `klas.jsonl`: Anna, Bram and Chris; `klas-kopie.jsonl` a copy of it,
//!   `klas-link.jsonl` a link to it;
//! - `dubbel.jsonl`: Anna's line twice, then Dirk;
//! - `nul.jsonl`: a power cut's NUL bytes at the start, Eva, half of
//!   Fenna's line ended by NUL bytes, Fenna, NUL bytes and Gijs on one line;
//! - `bom.jsonl`: a byte order mark, Hanna and Ilse, with Windows line ends;
//! - `een-regel.jsonl`: Joost and Karin on one line;
//! - `nieuwer.jsonl`: Lotte, and a record of a newer schema;
//! - `onbekende-actie.jsonl`: Mo with an action no version knows, and Nina.

mod common;

use std::path::{Path, PathBuf};

use klachtsim::i18n::{Lang, tr};

fn corpus(name: &str) -> PathBuf {
    common::root().join("tests/messy_logs").join(name)
}

fn cli(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let args = ["klachtsim", "--lang", "nl"].into_iter().chain(args.iter().copied());
    let code = klachtsim::cli::run(args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

/// `review` of `logs` in `format`, which must succeed.
fn review(logs: &[PathBuf], format: &str, extra: &[&str]) -> String {
    let mut args: Vec<String> = vec!["review".into(), "--format".into(), format.into()];
    args.extend(logs.iter().map(|p| p.display().to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let (code, out, err) = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 0, "{format}: {err}");
    out
}

/// The number in "Overzicht klachtafhandeling: N sessie(s)".
fn title_count(text: &str) -> usize {
    let at = text.find(" sessie(s)").unwrap_or_else(|| panic!("no count in {text}"));
    let digits: String = text[..at].chars().rev().take_while(char::is_ascii_digit).collect();
    digits.chars().rev().collect::<String>().parse().unwrap()
}

/// The rows of a CSV from its header row (the first row with `column`) on,
/// and the index of `column`.
fn csv_rows(text: &str, column: &str) -> (Vec<Vec<String>>, usize) {
    let rows: Vec<Vec<String>> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').map(str::to_owned).collect())
        .collect();
    let header = rows.iter().position(|r| r.iter().any(|c| c == column)).expect("a header row");
    let index = rows[header].iter().position(|c| c == column).unwrap();
    (rows[header..].to_vec(), index)
}

/// The sessions each reader counts in `logs`, by name.
fn counts(logs: &[PathBuf], extra: &[&str]) -> Vec<(&'static str, usize)> {
    let sessions = tr(Lang::Nl, "review-col-sessions");
    let (rows, col) = csv_rows(&review(logs, "csv", extra), &sessions);
    let per_trainee = rows[1..].iter().map(|r| r[col].parse::<usize>().unwrap()).sum();
    let (rows, _) = csv_rows(&review(logs, "csv-sessions", extra), &tr(Lang::Nl, "review-col-trainee"));
    let xapi: serde_json::Value = serde_json::from_str(&review(logs, "xapi", extra)).unwrap();
    let statements = xapi.as_array().unwrap().iter().filter(|s| s["verb"]["display"]["en-US"] != "interacted").count();
    let mut args: Vec<String> =
        vec!["replay".into(), "--scenarios".into(), common::root().join("scenarios").display().to_string()];
    args.extend(logs.iter().map(|p| p.display().to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let (code, out, err) = cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 0, "replay: {err}");
    // "2 ongewijzigd, 1 gewijzigd, 0 niet opnieuw te beoordelen"
    let summary = out.lines().last().unwrap();
    let replayed = summary.split(", ").map(|p| p.split(' ').next().unwrap().parse::<usize>().unwrap()).sum();
    let existing: Vec<PathBuf> = logs.iter().filter(|p| p.exists()).cloned().collect();
    let (screen, _, _) = klachtsim::log::read_all_with(&existing, klachtsim::log::Detail::Summary);
    vec![
        ("table", title_count(&review(logs, "table", extra))),
        ("html", title_count(&review(logs, "html", extra))),
        ("csv", per_trainee),
        ("csv-sessions", rows.len() - 1),
        ("xapi", statements),
        ("replay", replayed),
        ("trainer screen", screen.len()),
    ]
}

fn assert_counts(names: &[&str], want: usize) {
    let logs: Vec<PathBuf> = names.iter().map(|n| corpus(n)).collect();
    for (format, n) in counts(&logs, &[]) {
        assert_eq!(n, want, "{format} of {names:?}");
    }
}

#[test]
fn each_messy_log_counts_the_same_in_every_format() {
    for (name, want) in [
        ("klas.jsonl", 3),
        ("klas-kopie.jsonl", 3),
        ("dubbel.jsonl", 2),
        ("nul.jsonl", 3),
        ("bom.jsonl", 2),
        ("een-regel.jsonl", 2),
        ("nieuwer.jsonl", 1),
        ("onbekende-actie.jsonl", 2),
    ] {
        assert_counts(&[name], want);
    }
}

#[test]
#[cfg(unix)]
fn copies_links_and_a_log_given_twice_count_once() {
    assert!(corpus("klas-link.jsonl").symlink_metadata().unwrap().file_type().is_symlink());
    assert_counts(&["klas-link.jsonl"], 3);
    assert_counts(&["klas.jsonl", "klas.jsonl"], 3);
    assert_counts(&["klas.jsonl", "klas-kopie.jsonl", "klas-link.jsonl"], 3);
    assert_counts(&["dubbel.jsonl", "klas.jsonl"], 4);
    let all = [
        "klas.jsonl",
        "klas-kopie.jsonl",
        "klas-link.jsonl",
        "dubbel.jsonl",
        "nul.jsonl",
        "bom.jsonl",
        "een-regel.jsonl",
        "nieuwer.jsonl",
        "onbekende-actie.jsonl",
    ];
    assert_counts(&all, 14);
    // What was left out, and why, is said on the error stream.
    let logs: Vec<String> = all.iter().map(|n| corpus(n).display().to_string()).collect();
    let (_, _, err) = cli(&std::iter::once("review").chain(logs.iter().map(String::as_str)).collect::<Vec<_>>());
    for line in [
        "klas-link.jsonl: hetzelfde bestand als",
        "klas-kopie.jsonl: 3 sessie(s) waren al gelezen",
        "dubbel.jsonl: 2 sessie(s) waren al gelezen",
        "nul.jsonl:1: NUL-bytes",
        "nul.jsonl:3: beschadigde regel",
        "nieuwer.jsonl:2: regel van een nieuwere versie van klachtsim (schema 2)",
    ] {
        assert!(err.contains(line), "{line}:\n{err}");
    }
}

#[test]
fn an_unknown_action_counts_but_is_not_replayed() {
    let (_, out, _) = cli(&[
        "replay",
        "--scenarios",
        &common::root().join("scenarios").display().to_string(),
        &corpus("onbekende-actie.jsonl").display().to_string(),
    ]);
    assert!(out.contains("Mo") && out.contains("actie 1 (Teleport) kent deze versie van klachtsim niet"), "{out}");
    assert!(out.contains(", 1 niet opnieuw te beoordelen"), "{out}");
    // xAPI: both sessions, Mo's without decisions after the unknown one.
    let xapi: serde_json::Value =
        serde_json::from_str(&review(&[corpus("onbekende-actie.jsonl")], "xapi", &[])).unwrap();
    let ids: Vec<&str> = xapi.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no statement id twice");
}

#[test]
fn a_missing_log_is_an_error_unless_skipped() {
    let klas = corpus("klas.jsonl").display().to_string();
    let missing = corpus("ontbreekt.jsonl").display().to_string();
    for format in ["table", "csv", "html", "csv-sessions", "xapi"] {
        let (code, out, err) = cli(&["review", &klas, &missing, "--format", format]);
        assert_eq!(code, 1, "{format}");
        assert!(out.is_empty(), "{format}: no report that leaves a log out: {out}");
        assert!(err.contains("ontbreekt.jsonl bestaat niet") && err.contains("--skip-missing"), "{err}");
    }
    let (code, _, err) = cli(&["replay", &klas, &missing]);
    assert_eq!(code, 1, "{err}");
    // Asked to skip it: the other logs, with a warning.
    let logs = [corpus("klas.jsonl"), corpus("ontbreekt.jsonl")];
    for (format, n) in counts(&logs, &["--skip-missing"]) {
        assert_eq!(n, 3, "{format}");
    }
    let (code, _, err) = cli(&["review", &klas, &missing, "--skip-missing"]);
    assert_eq!(code, 0);
    assert!(err.contains("ontbreekt.jsonl bestaat niet; overgeslagen"), "{err}");
}

/// The corpus in a folder of its own, to write in.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let klas = dir.path().join("klas.jsonl");
    std::fs::copy(corpus("klas.jsonl"), &klas).unwrap();
    (dir, klas)
}

#[test]
fn review_out_never_writes_over_a_log() {
    let (dir, klas) = scratch();
    let before = std::fs::read(&klas).unwrap();
    let k = klas.display().to_string();
    // The same file by another name: a relative detour, a hard link, a
    // symbolic link.
    let detour = dir.path().join("sub/../klas.jsonl");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let hard = dir.path().join("hard.jsonl");
    std::fs::hard_link(&klas, &hard).unwrap();
    let mut names = vec![klas.clone(), detour, hard];
    #[cfg(unix)]
    {
        let soft = dir.path().join("soft.csv");
        std::os::unix::fs::symlink(&klas, &soft).unwrap();
        names.push(soft);
    }
    for out in &names {
        for format in ["csv", "xapi"] {
            let (code, stdout, err) = cli(&["review", &k, "--format", format, "--out", &out.display().to_string()]);
            assert_eq!(code, 1, "{}: {stdout}", out.display());
            assert!(err.contains("is hetzelfde bestand als het logboek"), "{err}");
            assert_eq!(std::fs::read(&klas).unwrap(), before, "the log is untouched");
        }
    }
    // Over another input too, though it is not the first.
    let copy = dir.path().join("kopie.jsonl");
    std::fs::copy(&klas, &copy).unwrap();
    let (code, _, _) = cli(&["review", &k, &copy.display().to_string(), "--out", &copy.display().to_string()]);
    assert_eq!(code, 1);
    assert_eq!(std::fs::read(&copy).unwrap(), before);

    // A new file, and one written over: whole, with no temporary file left.
    let report = dir.path().join("rapport.csv");
    std::fs::write(&report, "oud").unwrap();
    let (code, out, err) = cli(&["review", &k, "--format", "csv", "--out", &report.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("rapport.csv"));
    assert!(std::fs::read_to_string(&report).unwrap().contains("Anna"));
    let mut left: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    left.sort();
    let mut want = vec!["hard.jsonl", "klas.jsonl", "kopie.jsonl", "rapport.csv", "sub"];
    if cfg!(unix) {
        want.push("soft.csv");
        want.sort();
    }
    assert_eq!(left, want);
}

#[test]
fn review_out_never_writes_over_the_default_log() {
    let (dir, klas) = scratch();
    let before = std::fs::read(&klas).unwrap();
    let other = dir.path().join("ander.jsonl");
    std::fs::copy(corpus("bom.jsonl"), &other).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["--lang", "nl", "review"])
        .arg(&other)
        .arg("--out")
        .arg(&klas)
        .env("KLACHTSIM_LOG", &klas)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is hetzelfde bestand als het logboek"));
    assert_eq!(std::fs::read(&klas).unwrap(), before);
}

/// Appends a session to `log` by playing a script, as a trainee does.
fn play(log: &Path, trainee: &str) {
    let script = common::root().join("tests/scripts/gstar-rits-kapot.model.ron");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["play", "--script"])
        .arg(script)
        .arg("--log")
        .arg(log)
        .args(["--trainee", trainee, "--group", "2B"])
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn play_after_a_power_cut_starts_a_fresh_line_and_every_session_counts() {
    let (dir, klas) = scratch();
    // A power cut: half a record, then NUL bytes where the rest should be.
    let mut bytes = std::fs::read(&klas).unwrap();
    let line = std::fs::read(corpus("dubbel.jsonl")).unwrap();
    let dirk = line.split(|b| *b == b'\n').nth(2).unwrap().to_vec();
    bytes.extend_from_slice(&dirk[..dirk.len() / 2]);
    bytes.extend(std::iter::repeat_n(0u8, 4096));
    std::fs::write(&klas, &bytes).unwrap();
    play(&klas, "Olga");
    play(&klas, "Piet");
    assert_counts_in(&klas, 5);
    // A log that is nothing but NUL bytes (the power cut came before the
    // first record was written).
    let empty = dir.path().join("leeg.jsonl");
    std::fs::write(&empty, [0u8; 8192]).unwrap();
    play(&empty, "Olga");
    assert_counts_in(&empty, 1);
}

fn assert_counts_in(log: &Path, want: usize) {
    for (format, n) in counts(&[log.to_owned()], &[]) {
        assert_eq!(n, want, "{format}");
    }
}
