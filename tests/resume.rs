//! Sessions that survive: a game that stops in the middle of a case (the
//! app dropped without exiting, as a kill or a power cut leaves it) offers
//! the case at the next start, resumes it exactly where it was or logs it
//! as abandoned, and logs a resumed session once. Damaged journals are
//! said and never keep the game from starting.
#![cfg(feature = "game")]

mod common;

use common::game::{screen, send};

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use klachtsim::game::journal::Interruptions;
use klachtsim::game::{GameCommand, Mode, Outcome, Play, Screen, Settings};
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::log::record::Status;
use klachtsim::model::Action;

const CASE: &str = "gstar-kleur-gelekt";

struct Dirs {
    _tmp: tempfile::TempDir,
    log: PathBuf,
    journal: PathBuf,
}

fn dirs() -> Dirs {
    let tmp = tempfile::tempdir().unwrap();
    let (log, journal) = (tmp.path().join("log.jsonl"), tmp.path().join("journal"));
    Dirs { _tmp: tmp, log, journal }
}

fn app(d: &Dirs) -> App {
    common::game::app(Settings { log: Some(d.log.clone()), journal: Some(d.journal.clone()), ..Settings::default() })
}

fn records(log: &Path) -> Vec<Record> {
    let mut records = Vec::new();
    if log.exists() {
        klachtsim::log::read_each(log, |r: Record| records.push(r)).unwrap();
    }
    records
}

fn journals(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|e| e.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    v.sort();
    v
}

fn model_actions() -> Vec<Action> {
    let path = common::root().join(format!("tests/scripts/{CASE}.model.ron"));
    klachtsim::script::load_script(&path).unwrap().actions.into_iter().map(|a| a.action).collect()
}

/// Starts the case and does the first `n` actions of the model handling;
/// then the app goes without exiting, as after `kill -9`. Returns the
/// state it was in.
fn play_and_crash(d: &Dirs, n: usize) -> klachtsim::sim::State {
    let mut app = app(d);
    send(
        &mut app,
        GameCommand::Begin { trainee: "Sam".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single },
    );
    send(&mut app, GameCommand::Choose(CASE.into()));
    for a in model_actions().into_iter().take(n) {
        send(&mut app, GameCommand::Act(a));
    }
    let state = app.world().resource::<Play>().state.clone();
    assert_eq!(state.history.len(), n);
    drop(app);
    state
}

fn offers(app: &App) -> usize {
    app.world().resource::<Interruptions>().offers.len()
}

#[test]
fn a_case_stopped_mid_way_resumes_exactly_where_it_was_and_is_logged_once() {
    let d = dirs();
    let before = play_and_crash(&d, 7);
    assert!(records(&d.log).is_empty(), "nothing is logged by a kill");
    assert_eq!(journals(&d.journal).len(), 1);
    let mut app = app(&d);
    assert_eq!(screen(&app), Screen::Start);
    assert_eq!(offers(&app), 1);
    send(&mut app, GameCommand::ResumeInterrupted);
    assert_eq!(screen(&app), Screen::Desk);
    assert_eq!(app.world().resource::<Play>().state, before, "resumed exactly where it was");
    assert_eq!(app.world().resource::<Settings>().trainee, "Sam");
    for a in model_actions().into_iter().skip(7) {
        send(&mut app, GameCommand::Act(a));
        assert!(app.world().resource::<Play>().refused.is_none());
    }
    send(&mut app, GameCommand::Finish);
    send(&mut app, GameCommand::SkipSelfAssessment);
    assert_eq!(app.world().resource::<Outcome>().debrief.overall, 100);
    let logged = records(&d.log);
    assert_eq!(logged.len(), 1);
    assert_eq!((logged[0].status, logged[0].overall), (Status::Finished, 100));
    assert_eq!(logged[0].actions.len(), model_actions().len());
    assert!(journals(&d.journal).is_empty(), "the journal goes once the record is in the log");
    // The next start offers nothing and logs nothing more.
    drop(app);
    let app2 = self::app(&d);
    assert_eq!(offers(&app2), 0);
    assert_eq!(records(&d.log).len(), 1);
}

#[test]
fn a_case_stopped_before_the_self_assessment_resumes_there() {
    let d = dirs();
    {
        let mut app = app(&d);
        send(
            &mut app,
            GameCommand::Begin { trainee: "Sam".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single },
        );
        send(&mut app, GameCommand::Choose(CASE.into()));
        for a in model_actions() {
            send(&mut app, GameCommand::Act(a));
        }
        send(&mut app, GameCommand::Finish);
        assert_eq!(screen(&app), Screen::SelfAssessment);
    }
    let mut app = app(&d);
    send(&mut app, GameCommand::ResumeInterrupted);
    assert_eq!(screen(&app), Screen::SelfAssessment);
    send(&mut app, GameCommand::SkipSelfAssessment);
    let logged = records(&d.log);
    assert_eq!((logged.len(), logged[0].overall), (1, 100));
}

#[test]
fn discarding_logs_the_session_as_abandoned_with_what_was_done() {
    let d = dirs();
    let before = play_and_crash(&d, 4);
    let mut app = app(&d);
    send(&mut app, GameCommand::DiscardInterrupted);
    assert_eq!(screen(&app), Screen::Start);
    assert_eq!(offers(&app), 0);
    let logged = records(&d.log);
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].status, Status::Abandoned);
    assert_eq!((logged[0].trainee.as_str(), logged[0].group.as_str(), logged[0].seed), ("Sam", "HA2B", before.seed));
    let done: Vec<Action> = logged[0].actions.iter().map(|a| a.action.clone()).collect();
    assert_eq!(done, model_actions()[..4]);
    assert!(journals(&d.journal).is_empty());
    let notice = app.world().resource::<Interruptions>().notices[0].render(Lang::Nl);
    assert!(notice.contains("afgebroken in het logboek"), "{notice}");
    // The start screen works as before.
    send(
        &mut app,
        GameCommand::Begin { trainee: "Kim".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single },
    );
    assert_eq!(screen(&app), Screen::Choose);
}

#[test]
fn a_session_stopped_between_log_and_journal_removal_is_logged_once() {
    let d = dirs();
    play_and_crash(&d, 5);
    // Discard, but stop right after the log was written: the journal with
    // its record is left, as a crash at that instant leaves it.
    let scan = klachtsim::log::journal::scan(&d.journal);
    let found = scan.interrupted.into_iter().next().unwrap();
    let lib = common::library();
    let (loaded, state) = found.replay(&lib).unwrap();
    let record = found.record(loaded, &state);
    let mut journal = found.journal;
    journal.record(&record).unwrap();
    klachtsim::log::append(&d.log, &record).unwrap();
    drop(journal);
    let app = app(&d);
    assert_eq!(offers(&app), 0, "a logged session is not offered again");
    assert_eq!(records(&d.log).len(), 1, "and not logged twice");
    assert!(journals(&d.journal).is_empty());
    assert_eq!(app.world().resource::<Interruptions>().notices.len(), 1);
}

#[test]
fn a_session_stopped_before_its_record_reached_the_log_is_logged_at_the_next_start() {
    let d = dirs();
    play_and_crash(&d, 5);
    let found = klachtsim::log::journal::scan(&d.journal).interrupted.into_iter().next().unwrap();
    let lib = common::library();
    let (loaded, state) = found.replay(&lib).unwrap();
    let record = found.record(loaded, &state);
    let mut journal = found.journal;
    journal.record(&record).unwrap();
    drop(journal);
    let _app = app(&d);
    let logged = records(&d.log);
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].session_id(), record.session_id());
    assert!(journals(&d.journal).is_empty());
}

#[test]
fn a_torn_last_line_loses_only_that_action() {
    let d = dirs();
    play_and_crash(&d, 6);
    let path = journals(&d.journal).remove(0);
    // Half of a seventh action, as a power cut in the middle of the write.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(br#"{"t":"2026-11-30T10:00:00+01:00","e":{"act":{"at":"2026-11"#);
    std::fs::write(&path, bytes).unwrap();
    let mut app = app(&d);
    let found = app.world().resource::<Interruptions>();
    assert_eq!(found.offers[0].found.acts.len(), 6);
    let w = found.warnings[0].one_line(Lang::Nl);
    assert!(w.contains("onvolledige laatste regel") && w.contains(":8:"), "{w}");
    send(&mut app, GameCommand::ResumeInterrupted);
    send(&mut app, GameCommand::Act(model_actions()[6].clone()));
    assert_eq!(app.world().resource::<Play>().state.history.len(), 7);
    // The torn bytes are gone: the journal reads whole again.
    drop(app);
    let scan = klachtsim::log::journal::scan(&d.journal);
    assert!(scan.warnings.is_empty(), "{:?}", scan.warnings);
    assert_eq!(scan.interrupted[0].acts.len(), 7);
}

#[test]
fn a_corrupt_journal_is_said_set_aside_and_never_blocks_the_start() {
    let d = dirs();
    std::fs::create_dir_all(&d.journal).unwrap();
    std::fs::write(d.journal.join("20261130-100000-1-1.journal"), b"\0\0\0\0 garbage \xff\n").unwrap();
    let mut app = app(&d);
    assert_eq!(offers(&app), 0);
    let w = app.world().resource::<Interruptions>().warnings[0].one_line(Lang::Nl);
    assert!(w.contains("geen leesbare tussenstand") && w.contains(".broken"), "{w}");
    assert_eq!(journals(&d.journal), vec![d.journal.join("20261130-100000-1-1.broken")]);
    send(
        &mut app,
        GameCommand::Begin { trainee: "Kim".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single },
    );
    assert_eq!(screen(&app), Screen::Choose);
    // Said once: the next start is quiet.
    drop(app);
    let app = self::app(&d);
    assert!(app.world().resource::<Interruptions>().warnings.is_empty());
}

#[test]
fn a_session_another_running_game_holds_is_not_offered() {
    let d = dirs();
    let mut first = app(&d);
    send(
        &mut first,
        GameCommand::Begin { trainee: "Sam".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single },
    );
    send(&mut first, GameCommand::Choose(CASE.into()));
    send(&mut first, GameCommand::Act(Action::LetFinish));
    let second = app(&d);
    assert_eq!(offers(&second), 0, "the first game is still playing it");
    drop(first);
    drop(second);
    assert_eq!(offers(&app(&d)), 1);
}
