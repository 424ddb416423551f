//! The game's flow without a window or GPU: start, choose a case, play a
//! model run through the game's own commands, and check that the debrief
//! shows the engine's score and that the result is in the log.
#![cfg(feature = "game")]

mod common;

use bevy::prelude::*;
use common::game::{screen, send};
use klachtsim::game::{GameCommand, Mode, Outcome, Play, Screen, Settings};
use klachtsim::i18n::Lang;
use klachtsim::model::Step;
use klachtsim::score::self_assessment::{SelfAssessment, SelfRating};

fn app(log: Option<std::path::PathBuf>) -> App {
    common::game::app(Settings { log, ..Settings::default() })
}

/// Every record of the log.
fn records(log: &std::path::Path) -> Vec<klachtsim::log::Record> {
    let mut records = Vec::new();
    klachtsim::log::read_each(log, |r: klachtsim::log::Record| records.push(r)).unwrap();
    records
}

fn begin(app: &mut App, mode: Mode) {
    send(app, GameCommand::Begin { trainee: " Sam ".into(), group: "HA2B".into(), lang: Lang::Nl, mode });
}

#[test]
fn a_model_run_through_the_game_shows_the_engines_score_and_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = app(Some(log.clone()));
    assert_eq!(screen(&app), Screen::Start);
    begin(&mut app, Mode::Single);
    assert_eq!(screen(&app), Screen::Choose);
    assert_eq!(app.world().resource::<Settings>().trainee, "Sam");
    send(&mut app, GameCommand::Choose("gstar-kleur-gelekt".into()));
    assert_eq!(screen(&app), Screen::Desk);
    let script =
        klachtsim::script::load_script(&common::root().join("tests/scripts/gstar-kleur-gelekt.model.ron")).unwrap();
    for a in &script.actions {
        send(&mut app, GameCommand::Act(a.action.clone()));
        let play = app.world().resource::<Play>();
        assert!(play.refused.is_none(), "{:?} refused: {:?}", a.action, play.refused);
    }
    let seed = app.world().resource::<Play>().state.seed;
    send(&mut app, GameCommand::Finish);
    // First the trainee's own view; nothing is logged before it.
    assert_eq!(screen(&app), Screen::SelfAssessment);
    assert!(!log.exists());
    send(&mut app, GameCommand::SkipSelfAssessment);
    assert_eq!(screen(&app), Screen::Debrief);
    let outcome = app.world().resource::<Outcome>();
    // The same actions and seed, played by the engine directly.
    let direct = klachtsim::script::play_script(&script, &common::library(), Some(seed), None).unwrap();
    assert_eq!(outcome.debrief, direct.debrief);
    assert_eq!(outcome.debrief.overall, 100);
    assert_eq!(outcome.logged, Some(Ok(Some(log.clone()))));
    let records = records(&log);
    assert_eq!(records.len(), 1);
    assert_eq!((records[0].trainee.as_str(), records[0].group.as_str(), records[0].overall), ("Sam", "HA2B", 100));
    assert_eq!(records[0].self_assessment, Some(SelfAssessment::Skipped));
    // Play again: a fresh session of the same case.
    send(&mut app, GameCommand::Again);
    assert_eq!(screen(&app), Screen::Desk);
    assert_eq!(app.world().resource::<Play>().loaded.scenario.id, "gstar-kleur-gelekt");
}

#[test]
fn refusals_show_and_a_paused_desk_ignores_actions() {
    let mut app = app(None);
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    send(&mut app, GameCommand::Act(klachtsim::model::Action::Execute));
    let refused = app.world().resource::<Play>().refused.clone().expect("refused");
    assert!(refused.render(Lang::Nl).contains("nog geen oplossing aanvaard"));
    send(&mut app, GameCommand::TogglePause);
    send(&mut app, GameCommand::Act(klachtsim::model::Action::LetFinish));
    // The refused action was not done, and a paused desk does nothing.
    assert_eq!(app.world().resource::<Play>().state.history.len(), 0, "a paused desk must not act");
    send(&mut app, GameCommand::TogglePause);
    send(&mut app, GameCommand::Act(klachtsim::model::Action::LetFinish));
    assert_eq!(app.world().resource::<Play>().state.history.len(), 1);
    // Stopping early still gives a debrief (an abandoned case).
    send(&mut app, GameCommand::Finish);
    send(&mut app, GameCommand::SkipSelfAssessment);
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(app.world().resource::<Outcome>().state.closed.is_none());
}

#[test]
fn the_classroom_countdown_ends_the_case() {
    let mut app = app(None);
    begin(&mut app, Mode::Classroom);
    let total = app.world().resource::<klachtsim::game::Countdown>().total;
    assert_eq!(total, std::time::Duration::from_secs(20 * 60));
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    assert_eq!(screen(&app), Screen::Desk);
    app.world_mut().resource_mut::<klachtsim::game::Countdown>().ends = std::time::Instant::now();
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::SelfAssessment);
}

#[test]
fn the_monthly_training_queues_cases_that_fit_half_an_hour() {
    let mut app = app(None);
    begin(&mut app, Mode::Monthly);
    let queue = app.world().resource::<klachtsim::game::Queue>().0.clone();
    assert_eq!(queue.len(), 3);
    // One case per verdict, the easiest of each.
    let lib = klachtsim::load::Library::load(&common::root().join("scenarios"));
    let verdicts: Vec<_> = queue.iter().map(|id| lib.get(id).unwrap().scenario.truth.verdict).collect();
    assert_eq!(verdicts, klachtsim::model::Verdict::ALL);
    for id in &queue {
        let s = &lib.get(id).unwrap().scenario;
        let easiest = lib
            .scenarios
            .iter()
            .filter(|o| o.scenario.truth.verdict == s.truth.verdict)
            .map(|o| o.scenario.difficulty)
            .min();
        assert_eq!(Some(s.difficulty), easiest, "{id}");
    }
    send(&mut app, GameCommand::Choose(queue[0].clone()));
    assert_eq!(app.world().resource::<klachtsim::game::Queue>().0.len(), 2);
}

#[test]
fn closing_the_window_mid_case_logs_it_as_abandoned() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = app(Some(log.clone()));
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    send(&mut app, GameCommand::Act(klachtsim::model::Action::LetFinish));
    app.world_mut().write_message(AppExit::Success);
    app.update();
    let records = records(&log);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].status, klachtsim::log::record::Status::Abandoned);
    assert_eq!(records[0].actions.len(), 1);
}

#[test]
fn the_trainer_screen_reads_the_class_log() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    klachtsim::log::append(&log, &common::record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9)).unwrap();
    klachtsim::log::append(&log, &common::record("gstar-rits-kapot.poor.ron", "Bram", "2B", 16, 10)).unwrap();
    let mut app = app(Some(log));
    send(&mut app, GameCommand::Trainer);
    assert_eq!(screen(&app), Screen::Trainer);
    let data = app.world().resource::<klachtsim::game::trainer::TrainerData>();
    assert_eq!(data.records.len(), 2);
    assert!(data.problems.is_empty());
    send(&mut app, GameCommand::Restart);
    assert_eq!(screen(&app), Screen::Start);
}

#[test]
fn the_template_drill_is_checked_against_the_case() {
    let mut app = app(None);
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    send(&mut app, GameCommand::OpenDrill);
    let answer = klachtsim::drill::Answer {
        customer_name: "Sanne de Vries".into(),
        order_number: "GS-2026-48213".into(),
        term: "2 werkdagen".into(),
        empathy: "Wat vervelend voor u, dat begrijp ik goed.".into(),
        next_step: "Ik stuur vandaag een nieuwe jeans op.".into(),
        seconds: 99.0,
    };
    send(&mut app, GameCommand::SubmitDrill(answer));
    let drill = app.world().resource::<Play>().drill.clone().expect("a drill result");
    // Timed by the game, not by what the form says.
    assert_eq!((drill.acknowledge, drill.offer), (100, 100), "{:#?}", drill.items);
    send(&mut app, GameCommand::CloseDrill);
    assert!(app.world().resource::<Play>().drill_open.is_none());
    send(&mut app, GameCommand::Finish);
    assert!(app.world().resource::<Outcome>().drill.is_some());
}

#[test]
fn the_reference_card_opens_and_closes_without_touching_the_case() {
    let mut app = app(None);
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    send(&mut app, GameCommand::Act(klachtsim::model::Action::LetFinish));
    let before = app.world().resource::<Play>().state.clone();
    send(&mut app, GameCommand::OpenCard);
    assert!(app.world().resource::<Play>().card_open);
    // Working with the card open is allowed; looking at it is no action.
    send(&mut app, GameCommand::CloseCard);
    let play = app.world().resource::<Play>();
    assert!(!play.card_open);
    assert!(play.refused.is_none() && !play.paused);
    // Clock, transcript, history: the whole session as it was.
    assert_eq!(play.state, before);
    assert_eq!(play.state.now, before.now);
    assert_eq!(play.state.transcript, before.transcript);
    let (scenario, policy) = (&play.loaded.scenario, &play.loaded.policy);
    let score = |st| klachtsim::score::score(scenario, policy, st, before.seed).overall;
    assert_eq!(score(&play.state), score(&before));
}

/// A case that was let finish and ended at once, logging to `log`: the
/// self-assessment is on screen.
fn finished_case(log: &std::path::Path) -> App {
    let mut app = app(Some(log.to_path_buf()));
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    send(&mut app, GameCommand::Act(klachtsim::model::Action::LetFinish));
    send(&mut app, GameCommand::Finish);
    app
}

#[test]
fn the_trainee_rates_each_step_before_the_score_and_the_record_keeps_it() {
    use SelfRating::*;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = finished_case(&log);
    assert_eq!(screen(&app), Screen::SelfAssessment);
    let want = [Good, CouldBeBetter, NotDone, Good, NotDone, CouldBeBetter, Good];
    // Six of seven rated: the score stays hidden.
    for (step, r) in Step::ALL.iter().zip(want).take(6) {
        send(&mut app, GameCommand::Rate(*step, r));
    }
    send(&mut app, GameCommand::ShowScore);
    assert_eq!(screen(&app), Screen::SelfAssessment);
    assert!(!log.exists());
    // A second click on a step changes its rating.
    send(&mut app, GameCommand::Rate(Step::Improve, NotDone));
    send(&mut app, GameCommand::Rate(Step::Improve, Good));
    send(&mut app, GameCommand::ShowScore);
    assert_eq!(screen(&app), Screen::Debrief);
    let outcome = app.world().resource::<Outcome>();
    assert_eq!(outcome.self_assessment, Some(SelfAssessment::Rated(want)));
    let records = records(&log);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].self_assessment, Some(SelfAssessment::Rated(want)));
    assert_eq!(records[0].overall, outcome.debrief.overall);
    // Once shown, the score stays: no second record, no change.
    send(&mut app, GameCommand::SkipSelfAssessment);
    send(&mut app, GameCommand::Rate(Step::Listen, NotDone));
    assert_eq!(app.world().resource::<Outcome>().self_assessment, Some(SelfAssessment::Rated(want)));
    assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1);
}

#[test]
fn closing_the_window_before_the_self_assessment_still_logs_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = finished_case(&log);
    send(&mut app, GameCommand::Rate(Step::Listen, SelfRating::Good));
    app.world_mut().write_message(AppExit::Success);
    app.update();
    let records = records(&log);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].self_assessment, None);
}

/// A class log that is a folder: the case gets a file of its own there, and
/// the debrief names that file.
#[test]
fn a_log_folder_gets_a_file_per_case_and_the_debrief_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("klas-2b");
    std::fs::create_dir(&folder).unwrap();
    let mut app = finished_case(&folder);
    send(&mut app, GameCommand::SkipSelfAssessment);
    let logged = app.world().resource::<klachtsim::game::Outcome>().logged.clone();
    let Some(Ok(Some(file))) = logged else { panic!("not logged: {logged:?}") };
    assert_eq!(file.parent(), Some(folder.as_path()), "{}", file.display());
    assert!(file.is_file());
    let (records, warnings, errors) = klachtsim::log::read_all(&[folder]);
    assert!(warnings.is_empty() && errors.is_empty(), "{warnings:?} {errors:?}");
    assert_eq!(records.len(), 1);
}

/// The 5 x waarom at the desk: an answer goes to the engine as a why, and
/// the next question follows from it.
#[test]
fn a_why_answered_at_the_desk_is_the_engines_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Some(dir.path().join("log.jsonl")));
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-rits-kapot".into()));
    let why = klachtsim::model::Action::Why { text: "De tandjes van de rits laten los".into() };
    send(&mut app, GameCommand::Act(why));
    let play = app.world().resource::<klachtsim::game::Play>();
    assert!(play.refused.is_none(), "{:?}", play.refused);
    assert_eq!(play.state.whys(), ["De tandjes van de rits laten los"]);
    let next = klachtsim::rca::question(&play.loaded.scenario, &play.state.whys()).expect("a next why");
    assert!(next.render(klachtsim::i18n::Lang::Nl).contains("tandjes"));
}

/// A reply written at the desk of a web-form case: the engine judges it
/// when it is sent, the customer answers, and the debrief shows the text
/// with its whole analysis.
#[test]
fn a_reply_written_at_the_desk_is_judged_in_the_debrief() {
    use klachtsim::model::{Action, Written};
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Some(dir.path().join("log.jsonl")));
    begin(&mut app, Mode::Single);
    send(&mut app, GameCommand::Choose("gstar-pakket-zoek".into()));
    let text = "Beste Fatima El Amrani,\n\nU had beter moeten opletten wie het pakket heeft aangenomen.\n\nMet vriendelijke groet,";
    send(&mut app, GameCommand::Act(Action::Write { part: Written::Reply, text: text.into() }));
    let play = app.world().resource::<Play>();
    assert!(play.refused.is_none(), "{:?}", play.refused);
    assert_eq!(play.state.written.len(), 1);
    // The customer answers right after the text.
    let t = &play.state.transcript;
    let at = t.iter().position(|e| e.text == klachtsim::i18n::Text::Authored(text.into())).unwrap();
    assert_eq!(t[at + 1].speaker, klachtsim::sim::Speaker::Customer, "{:?}", &t[at..]);
    send(&mut app, GameCommand::Finish);
    send(&mut app, GameCommand::SkipSelfAssessment);
    assert_eq!(screen(&app), Screen::Debrief);
    let d = &app.world().resource::<Outcome>().debrief;
    assert_eq!(d.written.len(), 1);
    assert_eq!(d.written[0].text, text);
    let rows = d.written[0].rows(Lang::Nl);
    assert_eq!(rows.len(), klachtsim::reply::Criterion::ALL.len());
    assert!(rows.iter().any(|(good, _, reason)| !good && reason.contains("U had beter moeten opletten")), "{rows:?}");
}
