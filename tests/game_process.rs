//! The game as a process in a real window, stopped in the middle of a case
//! (the tour's demo case, which the tour plays at the desk for several
//! seconds): SIGTERM logs the case as abandoned with what was done and
//! removes its journal; `kill -9` leaves the journal, and the next start
//! resumes the case exactly where it was.
//!
//! The tour played to its end plays the pair role-play too: Sanne and
//! Daan, three cases, roles swapped, the sheet filled; its log holds the
//! exercise's records.
//!
//! They need a display (Xvfb and a software Vulkan driver): `.ci/run` runs
//! them under `xvfb-run` with `--ignored`.
//!
//! The tour starts with an interrupted session of its own (seed 7, for the
//! picture of the resume offer), which it then discards into its log: the
//! tests leave that one out and look at the case the tour plays at the desk.
#![cfg(all(feature = "game", unix))]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::game::{screen, send};
use klachtsim::game::{GameCommand, Play, Screen, Settings};
use klachtsim::log::record::Status;

fn tour(out: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["tour", "--out", out.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// The seed of the tour's own interrupted session.
const DEMO_SEED: u64 = 7;

/// The journal of the case in play, once it holds at least one action
/// (at most 120 seconds: a software renderer is slow to start).
fn journal_with_actions(dir: &Path, child: &mut Child) -> (PathBuf, usize) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        assert!(child.try_wait().unwrap().is_none(), "the game ended before its first case");
        let journals = std::fs::read_dir(dir).map(|e| e.flatten().map(|e| e.path()).collect::<Vec<_>>());
        for p in journals.unwrap_or_default() {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            if text.contains(&format!("\"seed\":{DEMO_SEED},")) {
                continue;
            }
            let acts = text.lines().filter(|l| l.contains("\"e\":{\"act\"")).count();
            if acts > 0 {
                return (p, acts);
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("no journal with an action in {}", dir.display());
}

/// The records in `log` of the case played at the desk (not the tour's
/// discarded demo session).
fn desk_records(log: &Path) -> Vec<klachtsim::log::Record> {
    let (records, warnings, errors) = klachtsim::log::read_all(&[log.to_owned()]);
    assert!(warnings.is_empty() && errors.is_empty(), "{warnings:?} {errors:?}");
    records.into_iter().filter(|r| r.seed != DEMO_SEED).collect()
}

fn wait(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "the game did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
#[ignore = "needs a display: .ci/run runs it under Xvfb"]
fn sigterm_in_the_middle_of_a_case_logs_it_as_abandoned_and_exits() {
    let out = tempfile::tempdir().unwrap();
    let mut child = tour(out.path());
    let (journal, acts) = journal_with_actions(&out.path().join("journal"), &mut child);
    let kill = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = wait(&mut child);
    assert_eq!(status.code(), Some(130), "a clean exit, with the code of an interrupted program");
    let records = desk_records(&out.path().join("tour-log.jsonl"));
    assert_eq!(records.len(), 1, "the case at the desk, once");
    assert_eq!(records[0].status, Status::Abandoned);
    assert!(records[0].actions.len() >= acts, "what was done is kept");
    assert!(!journal.exists(), "a logged session leaves no journal");
}

#[test]
#[ignore = "needs a display: .ci/run runs it under Xvfb"]
fn kill_9_in_the_middle_of_a_case_and_the_next_start_resumes_it() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("journal");
    let mut child = tour(out.path());
    journal_with_actions(&dir, &mut child);
    child.kill().unwrap();
    wait(&mut child);
    let log = out.path().join("tour-log.jsonl");
    assert!(!log.exists() || desk_records(&log).is_empty(), "a kill logs nothing");
    // What the journal says was done, replayed by the engine.
    let scan = klachtsim::log::journal::scan(&dir);
    assert!(scan.warnings.is_empty(), "{:?}", scan.warnings);
    assert_eq!(scan.interrupted.len(), 1, "only the case at the desk was interrupted");
    let found = &scan.interrupted[0];
    let (_, expected) = found.replay(&common::library()).unwrap();
    assert_eq!(expected.history.len(), found.acts.len());
    drop(scan);
    // The next start offers it, and resumes it there.
    let settings = Settings { log: Some(log.clone()), journal: Some(dir.clone()), ..Settings::default() };
    let mut app = common::game::app(settings);
    assert_eq!(screen(&app), Screen::Start);
    send(&mut app, GameCommand::ResumeInterrupted);
    assert_eq!(screen(&app), Screen::Desk);
    assert_eq!(app.world().resource::<Play>().state, expected);
    assert_eq!(app.world().resource::<Settings>().trainee, "Demo");
    send(&mut app, GameCommand::Finish);
    send(&mut app, GameCommand::SkipSelfAssessment);
    let records = desk_records(&log);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].actions.len(), expected.history.len());
}

/// The whole tour, to its end: its pair role-play (at each of the tour's
/// two window sizes) is in the log as one exercise of three cases with both
/// names, the roles swapped and the observer's sheet beside the engine's
/// step scores; and its pictures of the pair's screens are there.
#[test]
#[ignore = "needs a display: .ci/run runs it under Xvfb"]
fn the_tour_plays_a_pair_role_play_end_to_end_and_logs_it() {
    let out = tempfile::tempdir().unwrap();
    let mut child = tour(out.path());
    // A software renderer takes minutes for the whole tour.
    let deadline = Instant::now() + Duration::from_secs(900);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the tour did not end");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(status.success(), "{status:?}");
    for name in ["8a-pair-card", "8b-pair-sheet", "8c-pair-sheet-done", "8d-pair-debrief"] {
        for size in ["1280x720", "1920x1080"] {
            assert!(out.path().join(format!("{name}-{size}.png")).is_file(), "{name}-{size}");
        }
    }
    let (records, warnings, errors) = klachtsim::log::read_all(&[out.path().join("tour-log.jsonl")]);
    assert!(warnings.is_empty() && errors.is_empty(), "{warnings:?} {errors:?}");
    let pairs: Vec<_> = records.iter().filter(|r| r.pair.is_some()).collect();
    assert_eq!(pairs.len(), 6, "three cases at each window size");
    let lib = common::library();
    for exercise in pairs.chunks(3) {
        let id = &exercise[0].pair.as_ref().unwrap().exercise;
        for (i, r) in exercise.iter().enumerate() {
            let pair = r.pair.as_ref().unwrap();
            let (employee, customer) = if i % 2 == 0 { ("Sanne", "Daan") } else { ("Daan", "Sanne") };
            assert_eq!(
                (r.trainee.as_str(), pair.customer.as_str(), pair.observer.as_str()),
                (employee, customer, customer)
            );
            assert_eq!((&pair.exercise, pair.round as usize), (id, i + 1));
            let verdict = lib.get(&r.scenario.id).unwrap().scenario.truth.verdict;
            assert_eq!(
                pair.sheet.iter().map(|o| o.step).collect::<Vec<_>>(),
                klachtsim::classroom::sheet_steps(verdict)
            );
            assert_eq!(pair.views(&r.steps).len(), 7, "the engine's score beside each rating");
        }
        let verdicts: Vec<_> =
            exercise.iter().map(|r| lib.get(&r.scenario.id).unwrap().scenario.truth.verdict).collect();
        assert_eq!(verdicts, klachtsim::model::Verdict::ALL, "a case per verdict");
        assert!(
            exercise[0].pair.as_ref().unwrap().sheet.iter().any(|o| !o.comment.is_empty()),
            "the comments are kept"
        );
    }
}
