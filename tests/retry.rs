//! "Try again from here" through the game's own commands: a case played,
//! then played again from one of its decisions with another choice; both
//! endings side by side, both in the log, the second marked as a retry of
//! the first, and a retry that a kill stopped resumed as a retry.
#![cfg(feature = "game")]

mod common;

use std::path::{Path, PathBuf};

use common::game::{screen, send};
use klachtsim::game::retry::{Attempt, FirstAttempt, Shown};
use klachtsim::game::{GameCommand, Mode, Outcome, Play, Screen, Settings};
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::model::{Action, Step};

const CASE: &str = "gstar-rits-kapot";

/// The decision retried: the acknowledgement, the fifth decision.
const K: usize = 4;

fn script(name: &str) -> Vec<Action> {
    let path = common::root().join(format!("tests/scripts/{CASE}.{name}.ron"));
    klachtsim::script::load_script(&path).unwrap().actions.into_iter().map(|a| a.action).collect()
}

/// A first attempt that starts as the model handling and goes wrong at
/// decision `K`: a defensive acknowledgement, a promise beyond authority,
/// an hour and a half of silence, closed without follow-up.
fn first_attempt() -> Vec<Action> {
    let mut v: Vec<Action> = script("model").into_iter().take(K).collect();
    v.extend(script("poor").into_iter().skip(4));
    v
}

/// The model handling from decision `K` on: what the trainee does instead.
fn retry_rest() -> Vec<Action> {
    script("model").into_iter().skip(K).collect()
}

fn records(log: &Path) -> Vec<Record> {
    let mut records = Vec::new();
    if log.exists() {
        klachtsim::log::read_each(log, |r: Record| records.push(r)).unwrap();
    }
    records
}

fn new_app(log: &Path, journal: Option<PathBuf>) -> bevy::prelude::App {
    common::game::app(Settings { log: Some(log.to_owned()), journal, ..Settings::default() })
}

fn act_all(app: &mut bevy::prelude::App, actions: Vec<Action>) {
    for a in actions {
        send(app, GameCommand::Act(a.clone()));
        let play = app.world().resource::<Play>();
        assert!(play.refused.is_none(), "{a:?} refused: {:?}", play.refused);
    }
}

/// Plays the first attempt to its debrief (self-assessment skipped).
fn play_first(app: &mut bevy::prelude::App) {
    send(app, GameCommand::Begin { trainee: "Sam".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Single });
    send(app, GameCommand::Choose(CASE.into()));
    act_all(app, first_attempt());
    send(app, GameCommand::Finish);
    send(app, GameCommand::SkipSelfAssessment);
    assert_eq!(screen(app), Screen::Debrief);
}

#[test]
fn a_retry_from_a_decision_replays_the_ones_before_and_sets_both_endings_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = new_app(&log, None);
    play_first(&mut app);
    let first = app.world().resource::<Outcome>();
    let (first_state, first_debrief) = (first.state.clone(), first.debrief.clone());

    send(&mut app, GameCommand::RetryFrom(K));
    // At the desk at that moment: the same case, seed and conversation so far.
    assert_eq!(screen(&app), Screen::Desk);
    let play = app.world().resource::<Play>();
    assert_eq!(play.loaded.scenario.id, CASE);
    assert_eq!(play.state.seed, first_state.seed);
    assert_eq!(play.state.history.len(), K);
    assert_eq!(play.state.now, first_state.history[K].at, "the clock stands where decision {K} was taken");
    let said = |st: &klachtsim::sim::State| st.transcript.iter().map(|e| e.text.render(Lang::Nl)).collect::<Vec<_>>();
    assert_eq!(said(&play.state), said(&first_state)[..play.state.transcript.len()]);
    assert_eq!(play.retry.as_ref().map(|r| r.from), Some(K));
    // The attempt retried is kept for its own debrief.
    assert_eq!(app.world().resource::<FirstAttempt>().0.debrief, first_debrief);

    act_all(&mut app, retry_rest());
    send(&mut app, GameCommand::Finish);
    // No self-assessment in a retry: straight to the comparison.
    assert_eq!(screen(&app), Screen::Debrief);
    assert_eq!(app.world().resource::<Shown>().0, Attempt::Comparison);
    let o = app.world().resource::<Outcome>();
    let c = o.comparison.clone().expect("a retry's debrief compares");
    assert_eq!(c.first.overall, first_debrief.overall);
    assert_eq!(c.first.mood_curve, first_debrief.mood_curve);
    assert_eq!(c.retry.overall, o.debrief.overall);
    assert_eq!(c.retry.csat, o.debrief.csat);
    assert!(c.overall_change() > 30, "{c:?}");
    let changes: std::collections::BTreeMap<Step, i32> = c.step_changes().into_iter().collect();
    assert!(changes[&Step::Acknowledge] > 0, "{changes:?}");
    assert!(changes.values().all(|&d| d >= 0), "{changes:?}");
    // The two curves share the moments before the retry, and part after.
    assert_eq!(c.first.mood_curve[..=K], c.retry.mood_curve[..=K]);
    assert_ne!(c.first.mood_curve, c.retry.mood_curve);

    // Both are logged: the first as it was, the retry marked as one.
    let records = records(&log);
    assert_eq!(records.len(), 2);
    let (a, b) = (&records[0], &records[1]);
    assert_eq!((a.retry_of.as_deref(), a.retry_from), (None, None));
    assert_eq!(a.overall, first_debrief.overall);
    assert_eq!(b.retry_of, Some(format!("{:032x}", a.session_id())));
    assert_eq!(b.retry_from, Some(K));
    assert_eq!(b.self_assessment, None, "a retry asks no self-assessment");
    assert_eq!((b.seed, &b.scenario.id), (a.seed, &a.scenario.id));
    assert_eq!(b.actions[..K], a.actions[..K], "the replayed decisions, with their times");
    assert_ne!(b.actions[K], a.actions[K]);
    assert_eq!(b.ending(), c.retry);
    assert_eq!(a.ending(), c.first);
    // The trainer's review says which session is the retry, read from the
    // log file (the fast reader) as from records in memory.
    let rules = klachtsim::review::Rules::default();
    let filter = klachtsim::review::Filter::default();
    let (from_log, warnings, errors) = klachtsim::review::overview_of_logs(std::slice::from_ref(&log), &filter, &rules);
    assert!(warnings.is_empty() && errors.is_empty(), "{warnings:?} {errors:?}");
    let in_memory = klachtsim::review::overview(&records, &filter, &rules);
    for o in [from_log, in_memory] {
        let retries: Vec<(bool, u32)> = o.recent.iter().map(|r| (r.retry, r.overall)).collect();
        assert_eq!(retries.len(), 2, "{retries:?}");
        assert!(retries.contains(&(true, b.overall)) && retries.contains(&(false, a.overall)), "{retries:?}");
        let table = klachtsim::review::table::render(&o, Lang::Nl);
        assert_eq!(table.matches("(herkansing)").count(), 1, "{table}");
    }

    // The first attempt's debrief is a tab away, and back.
    send(&mut app, GameCommand::ShowAttempt(Attempt::First));
    assert_eq!(app.world().resource::<Shown>().0, Attempt::First);
    send(&mut app, GameCommand::ShowAttempt(Attempt::Comparison));
    assert_eq!(screen(&app), Screen::Debrief);

    // A retry of the retry compares with the retry; a new case forgets both.
    send(&mut app, GameCommand::RetryFrom(0));
    assert_eq!(app.world().resource::<Play>().state.history.len(), 0);
    assert_eq!(app.world().resource::<FirstAttempt>().0.debrief.overall, c.retry.overall);
    send(&mut app, GameCommand::Restart);
    assert!(app.world().get_resource::<FirstAttempt>().is_none());
}

#[test]
fn no_retry_beyond_the_decisions_and_none_from_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = new_app(&log, None);
    play_first(&mut app);
    let n = app.world().resource::<Outcome>().state.history.len();
    send(&mut app, GameCommand::RetryFrom(n + 1));
    assert_eq!(screen(&app), Screen::Debrief);
    let why = app.world().resource::<Outcome>().retry_refused.clone().expect("refused");
    assert!(why.render(Lang::Nl).contains("bestaat niet"), "{}", why.render(Lang::Nl));
    // At the desk there is no debrief to retry from.
    send(&mut app, GameCommand::Again);
    send(&mut app, GameCommand::RetryFrom(0));
    assert_eq!(screen(&app), Screen::Desk);
    assert!(app.world().resource::<Play>().retry.is_none());
    assert_eq!(records(&log).len(), 1);
}

/// A retry that a kill stops is offered at the next start like any case,
/// resumed as a retry (the first attempt rebuilt from its record) and
/// logged once, marked as the retry it is.
#[test]
fn a_retry_stopped_by_a_kill_resumes_as_a_retry() {
    let dir = tempfile::tempdir().unwrap();
    let (log, journal) = (dir.path().join("log.jsonl"), dir.path().join("journal"));
    let mut app = new_app(&log, Some(journal.clone()));
    play_first(&mut app);
    let first_debrief = app.world().resource::<Outcome>().debrief.clone();
    send(&mut app, GameCommand::RetryFrom(K));
    let rest = retry_rest();
    act_all(&mut app, rest[..3].to_vec());
    let before = app.world().resource::<Play>().state.clone();
    // As after `kill -9`: no exit, nothing logged beyond the first.
    drop(app);
    assert_eq!(records(&log).len(), 1);

    let mut app = new_app(&log, Some(journal.clone()));
    send(&mut app, GameCommand::ResumeInterrupted);
    assert_eq!(screen(&app), Screen::Desk);
    let play = app.world().resource::<Play>();
    assert_eq!(play.state, before);
    assert_eq!(play.retry.as_ref().map(|r| r.from), Some(K));
    assert_eq!(app.world().resource::<FirstAttempt>().0.debrief, first_debrief);
    act_all(&mut app, rest[3..].to_vec());
    send(&mut app, GameCommand::Finish);
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(app.world().resource::<Outcome>().comparison.is_some());
    let records = records(&log);
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].retry_of, Some(format!("{:032x}", records[0].session_id())));
    assert_eq!(records[1].retry_from, Some(K));
    assert_eq!(records[1].actions[..K], records[0].actions[..K]);
    assert!(std::fs::read_dir(&journal).unwrap().next().is_none(), "the journal goes once logged");
}

/// Discarding a stopped retry logs it as abandoned, still marked as a retry.
#[test]
fn a_discarded_retry_is_logged_as_an_abandoned_retry() {
    let dir = tempfile::tempdir().unwrap();
    let (log, journal) = (dir.path().join("log.jsonl"), dir.path().join("journal"));
    let mut app = new_app(&log, Some(journal.clone()));
    play_first(&mut app);
    send(&mut app, GameCommand::RetryFrom(K));
    drop(app);
    let mut app = new_app(&log, Some(journal));
    send(&mut app, GameCommand::DiscardInterrupted);
    let records = records(&log);
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].status, klachtsim::log::record::Status::Abandoned);
    assert_eq!(records[1].retry_from, Some(K));
    assert_eq!(records[1].actions, records[0].actions[..K]);
}
