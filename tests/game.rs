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

/// Plays the case at the desk with the actions of its model script.
fn play_model(app: &mut App) {
    let id = app.world().resource::<Play>().loaded.scenario.id.clone();
    let path = common::root().join(format!("tests/scripts/{id}.model.ron"));
    for a in klachtsim::script::load_script(&path).unwrap().actions {
        send(app, GameCommand::Act(a.action.clone()));
        assert!(app.world().resource::<Play>().refused.is_none(), "{id}: {:?}", a.action);
    }
    send(app, GameCommand::Finish);
    assert_eq!(screen(app), Screen::SelfAssessment);
    send(app, GameCommand::SkipSelfAssessment);
    assert_eq!(screen(app), Screen::Debrief);
}

#[test]
fn a_monthly_training_plan_runs_as_one_sitting_drill_cases_and_lesson() {
    use klachtsim::game::training::{Phase, Plans, Sitting};
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = app(Some(log.clone()));
    let plan = "2026-12-eerste-reactie";
    assert!(app.world().resource::<Plans>().0.iter().any(|p| p.id == plan));
    let begin =
        GameCommand::BeginTraining { trainee: "Sam".into(), group: "HA2B".into(), lang: Lang::Nl, plan: plan.into() };
    send(&mut app, begin);
    assert_eq!(screen(&app), Screen::Training);
    let total = app.world().resource::<klachtsim::game::Countdown>().total;
    assert_eq!(total, std::time::Duration::from_secs(30 * 60));
    let cases = app.world().resource::<Sitting>().cases.clone();
    assert_eq!(cases.len(), 3);
    assert_eq!(cases[0], "gstar-rits-kapot");
    // The drill first, on the plan's drill case.
    let answer = klachtsim::drill::Answer {
        customer_name: "Sanne de Vries".into(),
        order_number: "GS-2026-48213".into(),
        term: "2 werkdagen".into(),
        empathy: "Ik begrijp hoe vervelend dit is met zo'n nieuwe jeans.".into(),
        next_step: "Ik stuur u vandaag nog een nieuwe jeans op.".into(),
        seconds: 0.0,
    };
    send(&mut app, GameCommand::SubmitSittingDrill(answer));
    let drill = app.world().resource::<Sitting>().drill.clone().expect("the drill is scored");
    assert_eq!((drill.acknowledge, drill.offer), (100, 100), "{:#?}", drill.items);
    send(&mut app, GameCommand::NextInSitting);
    // The cases, each with its debrief; a record once the trainee moves on.
    for (i, id) in cases.iter().enumerate() {
        assert_eq!(screen(&app), Screen::Desk);
        assert_eq!(&app.world().resource::<Play>().loaded.scenario.id, id);
        play_model(&mut app);
        let logged = if log.exists() { records(&log).len() } else { 0 };
        assert_eq!(logged, i, "the record waits for the trainee");
        send(&mut app, GameCommand::NextInSitting);
    }
    assert_eq!(screen(&app), Screen::Training);
    assert_eq!(app.world().resource::<Sitting>().phase, Phase::Closing);
    assert_eq!(records(&log).len(), 2, "the last case waits for the lesson");
    let lesson = "Ik ga beter luisteren: de ritsen van één leverancier hebben zwakke tandjes, dat meld ik deze week aan de teamleider.";
    send(&mut app, GameCommand::SubmitSittingLesson(lesson.into()));
    let judged = app.world().resource::<Sitting>().lesson.clone().unwrap().1;
    assert!(judged.score >= 70, "{judged:#?}");
    let rs = records(&log);
    assert_eq!(rs.iter().map(|r| r.scenario.id.clone()).collect::<Vec<_>>(), cases);
    for (i, r) in rs.iter().enumerate() {
        let t = r.training.as_ref().expect("each record carries the plan");
        assert_eq!((t.plan.as_str(), t.month.as_str(), t.part as usize), (plan, "2026-12", i + 1));
        assert_eq!(t.sitting, rs[0].training.as_ref().unwrap().sitting);
        assert_eq!(t.drill.is_some(), i == 0);
    }
    let last = rs[2].training.as_ref().unwrap().lesson.clone().expect("the lesson goes with the last case");
    assert_eq!((last.text.as_str(), last.score), (lesson, judged.score));
    send(&mut app, GameCommand::Restart);
    assert_eq!(screen(&app), Screen::Start);
    assert!(!app.world().contains_resource::<Sitting>());
}

#[test]
fn when_a_sittings_time_is_up_the_open_case_ends_and_the_sitting_closes() {
    use klachtsim::game::training::{Phase, Sitting};
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = app(Some(log.clone()));
    // The start screen's monthly choice: this month's plan, else the first.
    begin(&mut app, Mode::Monthly);
    assert_eq!(screen(&app), Screen::Training);
    send(&mut app, GameCommand::NextInSitting);
    assert_eq!(screen(&app), Screen::Desk);
    let now = std::time::Instant::now();
    app.world_mut().resource_mut::<klachtsim::game::Countdown>().ends = now;
    app.world_mut().resource_mut::<Sitting>().ends = now;
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::SelfAssessment);
    send(&mut app, GameCommand::SkipSelfAssessment);
    send(&mut app, GameCommand::NextInSitting);
    assert_eq!(screen(&app), Screen::Training);
    assert_eq!(app.world().resource::<Sitting>().phase, Phase::Closing);
    send(&mut app, GameCommand::SubmitSittingLesson(String::new()));
    let rs = records(&log);
    assert_eq!(rs.len(), 1);
    assert!(rs[0].training.as_ref().is_some_and(|t| t.part == 1 && t.lesson.is_none()));
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

// The class summary (issue 15).
#[test]
fn the_trainer_screen_writes_the_class_summary_into_the_data_folder() {
    use klachtsim::game::class_summary::{SummaryNotice, SummaryOutput};
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    std::fs::copy(common::root().join("tests/class_log/klas.jsonl"), &log).unwrap();
    let mut app = app(Some(log));
    // A test opens no browser.
    let folder = dir.path().join("data");
    app.insert_resource(SummaryOutput { folder: Some(folder.clone()), open: false });
    send(&mut app, GameCommand::Trainer);
    send(&mut app, GameCommand::ClassSummary("2b".into()));
    let page = folder.join("klasoverzicht-2b.html");
    let notice = app.world().resource::<SummaryNotice>().0.clone();
    assert_eq!(notice, Some(Ok(format!("Klasoverzicht geschreven naar {}", page.display()))));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h1>Klasoverzicht 2B</h1>") && !html.contains("Bram"));
    send(&mut app, GameCommand::ClassSummary("4D".into()));
    let notice = app.world().resource::<SummaryNotice>().0.clone();
    assert_eq!(notice, Some(Err("Klas “4D” staat niet in het logboek. Klassen in het logboek: 2B, 3C.".into())));
}

/// The pair role-play through the game's commands: two names, a case per
/// verdict, the role card before each case, the observer's sheet, roles
/// swapped after each case, and three records with the pair's part.
#[test]
fn a_pair_plays_three_cases_swapping_roles_and_each_is_logged_with_the_sheet() {
    use klachtsim::game::pair::{PairCommand, PairState};
    use klachtsim::log::pair::Seen;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.jsonl");
    let mut app = app(Some(log.clone()));
    send(
        &mut app,
        GameCommand::Begin { trainee: "Sanne".into(), group: "HA2B".into(), lang: Lang::Nl, mode: Mode::Classroom },
    );
    assert_eq!(screen(&app), Screen::PairSetup);
    assert_eq!(app.world().resource::<klachtsim::game::Countdown>().total, std::time::Duration::from_secs(20 * 60));
    // "Kies voor ons": one case per verdict.
    send(&mut app, GameCommand::Pair(PairCommand::Draw));
    let lib = common::library();
    let drawn = app.world().resource::<PairState>().form.cases.clone();
    assert_eq!(drawn.keys().copied().collect::<Vec<_>>(), klachtsim::model::Verdict::ALL);
    for (v, id) in &drawn {
        assert_eq!(lib.get(id).unwrap().scenario.truth.verdict, *v);
    }
    let cases = ["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-gekrompen-droger"].map(String::from);
    // Not one case per verdict, or one name: refused with the reason.
    let start = |names: [&str; 2], cases: [String; 3]| {
        GameCommand::Pair(PairCommand::Start { names: names.map(String::from), observer: String::new(), cases })
    };
    let twice = [cases[0].clone(), cases[0].clone(), cases[2].clone()];
    send(&mut app, start(["Sanne", "Daan"], twice));
    assert_eq!(screen(&app), Screen::PairSetup);
    let why = app.world().resource::<PairState>().form.refused.clone().expect("refused");
    assert!(why.render(Lang::Nl).contains("twijfelachtig"), "{}", why.render(Lang::Nl));
    send(&mut app, start(["Sanne", " "], cases.clone()));
    assert_eq!(screen(&app), Screen::PairSetup);
    send(&mut app, start(["Sanne", " Daan "], cases.clone()));
    assert_eq!(screen(&app), Screen::RoleCard);
    let ratings = [Seen::Done, Seen::Partly, Seen::Not];
    for (round, case) in cases.iter().enumerate() {
        let (employee, customer) = if round % 2 == 0 { ("Sanne", "Daan") } else { ("Daan", "Sanne") };
        let x = app.world().resource::<PairState>().exercise.clone().unwrap();
        assert_eq!((x.employee(), x.customer(), x.observer(), x.case()), (employee, customer, customer, case.as_str()));
        assert!(x.roles().render(Lang::Nl).contains(&format!("klant: {customer}")));
        assert_eq!(screen(&app), Screen::RoleCard);
        send(&mut app, GameCommand::Pair(PairCommand::ShowCard));
        send(&mut app, GameCommand::Pair(PairCommand::ToDesk));
        assert_eq!(screen(&app), Screen::Desk);
        assert_eq!(app.world().resource::<Play>().loaded.scenario.id, *case);
        // The observer rates a step during the case, the rest after it.
        send(&mut app, GameCommand::Pair(PairCommand::ToggleSheet));
        assert!(app.world().resource::<PairState>().exercise.as_ref().unwrap().sheet_open);
        send(&mut app, GameCommand::Pair(PairCommand::Observe(Step::Listen, Seen::Done)));
        let script =
            klachtsim::script::load_script(&common::root().join(format!("tests/scripts/{case}.model.ron"))).unwrap();
        for a in &script.actions {
            send(&mut app, GameCommand::Act(a.action.clone()));
        }
        send(&mut app, GameCommand::Finish);
        assert_eq!(screen(&app), Screen::PairSheet, "no self-assessment: the observer's sheet");
        for (i, step) in Step::ALL.iter().enumerate().skip(1) {
            send(&mut app, GameCommand::Pair(PairCommand::Observe(*step, ratings[(i + round) % 3])));
            // Six of seven: the debrief waits for the sheet.
            if i == 5 {
                send(&mut app, GameCommand::Pair(PairCommand::SheetDone));
                assert_eq!(screen(&app), Screen::PairSheet);
            }
        }
        send(&mut app, GameCommand::Pair(PairCommand::Comment(Step::Offer, format!("ronde {}", round + 1))));
        send(&mut app, GameCommand::Pair(PairCommand::SheetDone));
        assert_eq!(screen(&app), Screen::PairDebrief);
        send(&mut app, GameCommand::Pair(PairCommand::Next));
    }
    assert_eq!(screen(&app), Screen::PairOverview);
    let records = records(&log);
    assert_eq!(records.len(), 3);
    let exercise = records[0].pair.as_ref().unwrap().exercise.clone();
    for (i, r) in records.iter().enumerate() {
        let pair = r.pair.as_ref().expect("a pair record");
        let (employee, customer) = if i % 2 == 0 { ("Sanne", "Daan") } else { ("Daan", "Sanne") };
        assert_eq!(
            (r.trainee.as_str(), pair.customer.as_str(), pair.observer.as_str()),
            (employee, customer, customer)
        );
        assert_eq!(
            (pair.round as usize, &pair.exercise, r.scenario.id.as_str()),
            (i + 1, &exercise, cases[i].as_str())
        );
        assert_eq!(r.self_assessment, None);
        let verdict = lib.get(&cases[i]).unwrap().scenario.truth.verdict;
        let steps: Vec<_> = pair.sheet.iter().map(|o| o.step).collect();
        assert_eq!(steps, klachtsim::classroom::sheet_steps(verdict));
        let offer = pair.sheet.iter().find(|o| o.step == Step::Offer).unwrap();
        assert_eq!(offer.comment, format!("ronde {}", i + 1));
        assert_eq!(pair.sheet.iter().find(|o| o.step == Step::Listen).unwrap().rating, Seen::Done);
        assert_eq!(pair.views(&r.steps).len(), 7, "the engine's view beside every step");
    }
    // Back to the start: the exercise is over.
    send(&mut app, GameCommand::Restart);
    assert!(app.world().resource::<PairState>().exercise.is_none());
}

/// A third student observes: they keep the sheet in every round.
#[test]
fn a_third_student_observes_every_case() {
    use klachtsim::game::pair::{PairCommand, PairState};
    let mut app = app(None);
    begin(&mut app, Mode::Classroom);
    let cases = ["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-gekrompen-droger"].map(String::from);
    let names = ["Sanne".to_owned(), "Daan".to_owned()];
    send(&mut app, GameCommand::Pair(PairCommand::Start { names, observer: "Iris".into(), cases }));
    let x = app.world().resource::<PairState>().exercise.clone().unwrap();
    assert_eq!((x.employee(), x.customer(), x.observer()), ("Sanne", "Daan", "Iris"));
}

/// The 20:00 covers the whole exercise: when it is up at the desk, the
/// case ends, the sheet is still completed, and the overview follows.
#[test]
fn when_the_pairs_time_is_up_the_case_ends_and_the_overview_follows() {
    use klachtsim::game::pair::{PairCommand, PairState};
    use klachtsim::log::pair::Seen;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Some(dir.path().join("log.jsonl")));
    begin(&mut app, Mode::Classroom);
    let cases = ["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-gekrompen-droger"].map(String::from);
    let names = ["Sanne".to_owned(), "Daan".to_owned()];
    send(&mut app, GameCommand::Pair(PairCommand::Start { names, observer: String::new(), cases }));
    send(&mut app, GameCommand::Pair(PairCommand::ToDesk));
    app.world_mut().resource_mut::<klachtsim::game::Countdown>().ends = std::time::Instant::now();
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::PairSheet);
    for step in Step::ALL {
        send(&mut app, GameCommand::Pair(PairCommand::Observe(*step, Seen::Partly)));
    }
    send(&mut app, GameCommand::Pair(PairCommand::SheetDone));
    assert_eq!(screen(&app), Screen::PairDebrief);
    send(&mut app, GameCommand::Pair(PairCommand::Next));
    assert_eq!(screen(&app), Screen::PairOverview);
    assert_eq!(app.world().resource::<PairState>().exercise.as_ref().unwrap().played.len(), 1);
}

// Maak je eigen casus: the editor through the game's commands.

mod editor {
    use super::*;
    use klachtsim::authoring::draft::Draft;
    use klachtsim::game::editor::{Editor, EditorCommand, Notice};
    use klachtsim::model::*;

    fn editor_app(own: &std::path::Path) -> App {
        common::game::app(Settings { log: None, own_cases: Some(own.to_owned()), ..Settings::default() })
    }

    fn edit(app: &mut App, change: impl FnOnce(&mut Draft)) {
        let mut d = app.world().resource::<Editor>().draft.clone();
        change(&mut d);
        send(app, GameCommand::Editor(EditorCommand::Edit(Box::new(d))));
    }

    fn editor(app: &App) -> &Editor {
        app.world().resource::<Editor>()
    }

    /// A good handling of the grounded example, up to closing the case,
    /// as a script writes it.
    fn handling() -> Vec<Action> {
        let actions = r#"[
            LetFinish, Say("vraag-open"), Say("samenvatting-goed"), Say("erkenning-empathie"),
            ConfirmReceipt, TakeOwnership, Check(Order), Check(Inspect),
            Classify((nature: Objective, category: Product, cause: Mistake, verdict: Grounded, priority: Normal)),
            Say("uitleg-feiten"), Offer(offer: Replacement, days: 2), Execute, FollowUp, Close,
        ]"#;
        klachtsim::load::document::ron_options().from_str(actions).unwrap()
    }

    #[test]
    fn a_case_made_in_the_editor_validates_saves_shows_its_author_and_plays_to_the_end() {
        let own = tempfile::tempdir().unwrap();
        let own = own.path().join("casussen");
        let mut app = editor_app(&own);
        begin(&mut app, Mode::Single);
        send(&mut app, GameCommand::Editor(EditorCommand::Open));
        assert_eq!(screen(&app), Screen::Editor);
        // The example of a verdict is complete: it validates as it is.
        send(&mut app, GameCommand::Editor(EditorCommand::Template(Verdict::Grounded)));
        assert!(editor(&app).checked.is_valid(), "{:?}", editor(&app).checked.errors);
        assert_eq!(editor(&app).draft.case.author.as_deref(), Some("Sam"));
        // A date that does not exist: the loader's own diagnostic, at its field, and no save.
        edit(&mut app, |d| {
            d.set_title("Knoop los na één dag");
            d.case.author = Some("Fatima".into());
            d.case.customer.name = "Fatima el Amrani".into();
            d.case.opening = "Hoi, de knoop van mijn blouse zat er na één dag al af.".into();
            d.received = "2026-11-31 10:00".into();
        });
        let checked = &editor(&app).checked;
        assert!(!checked.is_valid());
        assert!(checked.errors.iter().any(|p| p.field == "received"), "{:?}", checked.errors);
        let src = klachtsim::load::Source::new(checked.path.clone(), checked.text.clone());
        let validate = klachtsim::load::scenario::parse_scenario(&src).unwrap_err();
        assert_eq!(checked.errors.iter().map(|p| p.diagnostic.clone()).collect::<Vec<_>>(), validate);
        send(&mut app, GameCommand::Editor(EditorCommand::Save));
        assert!(matches!(editor(&app).notice, Some(Notice::Refused(..))));
        assert!(!own.exists(), "nothing is written while the case has errors");
        // Put right, it saves into the own folder, made on first use.
        edit(&mut app, |d| d.received = "2026-11-20 10:00".into());
        assert!(editor(&app).checked.is_valid(), "{:?}", editor(&app).checked.errors);
        send(&mut app, GameCommand::Editor(EditorCommand::Save));
        assert!(matches!(editor(&app).notice, Some(Notice::Done(..))), "{:?}", editor(&app).notice);
        let file = own.join("knoop-los-na-een-dag.ron");
        assert!(file.is_file());
        assert!(std::fs::read_to_string(&file).unwrap().contains("author: \"Fatima\""));
        // The library has it, with its author.
        let lib = &app.world().resource::<klachtsim::game::CaseLibrary>().0;
        let case = lib.get("knoop-los-na-een-dag").expect("the saved case is in the library");
        assert_eq!(case.scenario.author.as_deref(), Some("Fatima"));
        assert_eq!(case.path, file);
        // Nu spelen: to the desk at once, and through to the end.
        send(&mut app, GameCommand::Choose("knoop-los-na-een-dag".into()));
        assert_eq!(screen(&app), Screen::Desk);
        for a in handling() {
            send(&mut app, GameCommand::Act(a.clone()));
            let play = app.world().resource::<Play>();
            assert!(play.refused.is_none(), "{a:?} refused: {:?}", play.refused.as_ref().map(|r| r.render(Lang::Nl)));
        }
        assert!(app.world().resource::<Play>().state.closed.is_some());
        send(&mut app, GameCommand::Finish);
        send(&mut app, GameCommand::SkipSelfAssessment);
        assert_eq!(screen(&app), Screen::Debrief);
        assert_eq!(app.world().resource::<Outcome>().debrief.scenario_id, "knoop-los-na-een-dag");
    }

    #[test]
    fn a_broken_import_is_refused_with_its_place_and_the_library_is_unchanged() {
        let own = tempfile::tempdir().unwrap();
        let picked = tempfile::tempdir().unwrap();
        let mut app = editor_app(own.path());
        begin(&mut app, Mode::Single);
        send(&mut app, GameCommand::Editor(EditorCommand::Open));
        let before = app.world().resource::<klachtsim::game::CaseLibrary>().0.scenarios.len();
        let mut text = editor(&app).draft.to_ron();
        text = text.replace("in_stock: true", "in_stock: misschien");
        let file = picked.path().join("van-een-klasgenoot.ron");
        std::fs::write(&file, text).unwrap();
        send(&mut app, GameCommand::Editor(EditorCommand::Import(file.clone())));
        let Some(Notice::Refused(why, ds)) = &editor(&app).notice else {
            panic!("not refused: {:?}", editor(&app).notice)
        };
        assert!(why.render(Lang::Nl).contains("Niet geïmporteerd"));
        let place = ds[0].location();
        assert!(place.starts_with(&format!("{}:", file.display())) && ds[0].line > 0, "{place}");
        assert_eq!(std::fs::read_dir(own.path()).unwrap().count(), 0, "the own folder is unchanged");
        assert_eq!(app.world().resource::<klachtsim::game::CaseLibrary>().0.scenarios.len(), before);
        // The same file put right is taken, and is in the library at once.
        let good = editor(&app).draft.to_ron();
        std::fs::write(&file, good).unwrap();
        send(&mut app, GameCommand::Editor(EditorCommand::Import(file)));
        assert!(matches!(editor(&app).notice, Some(Notice::Done(..))), "{:?}", editor(&app).notice);
        assert_eq!(app.world().resource::<klachtsim::game::CaseLibrary>().0.scenarios.len(), before + 1);
    }
}
