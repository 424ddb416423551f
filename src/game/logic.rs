//! Commands in, engine calls out: starting, playing and finishing a case,
//! and writing the result to the log (the pair role-play's commands in
//! `pair_flow`). No drawing here.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use crate::log::{NewRecord, Record};
use crate::score::self_assessment::SelfAssessment;
use crate::sim::Session;

use super::*;

mod pair_flow;

/// The game's logic without any window: screens, commands and resources.
pub struct LogicPlugin {
    pub library: Library,
    pub settings: Settings,
}

impl Plugin for LogicPlugin {
    fn build(&self, app: &mut App) {
        let lib = self.library.clone();
        app.init_state::<Screen>()
            .add_message::<GameCommand>()
            .insert_resource(CaseLibrary(lib))
            .insert_resource(self.settings.clone())
            .init_resource::<super::pair::PairState>()
            .init_resource::<super::journal::CaseJournal>()
            .init_resource::<super::retry::Shown>()
            .add_plugins(super::journal::plugin)
            .add_plugins(super::editor::plugin)
            .add_plugins(super::training_plugin)
            .add_plugins(super::class_summary::plugin)
            .add_systems(Update, (handle_commands, log_finished_retry, run_out_of_time).chain())
            .add_systems(Last, save_on_exit)
            .add_systems(OnEnter(Screen::Trainer), super::trainer::load);
    }
}

pub(super) fn seed() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
}

pub(super) fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub(super) fn start_case(commands: &mut Commands, game: &mut Game, id: &str) -> bool {
    start_case_in(commands, game, id, None)
}

/// Starts a case, in a training sitting when `training` says which.
pub(super) fn start_case_in(
    commands: &mut Commands,
    game: &mut Game,
    id: &str,
    training: Option<crate::log::training::Training>,
) -> bool {
    let Some(loaded) = game.lib.0.get(id) else {
        return false;
    };
    let state = Session::new(&loaded.scenario, &loaded.policy, seed()).state;
    let mut play = Play::new(loaded, state, now());
    play.training = training;
    game.journal.start(&game.settings, &play);
    commands.insert_resource(play);
    // A new case: no attempt is retried any more.
    commands.remove_resource::<super::retry::FirstAttempt>();
    game.next.set(Screen::Desk);
    true
}

/// A case as it ended (now): scored, its self-assessment still to come.
fn outcome_of(play: &Play) -> Outcome {
    Outcome::at(play, now())
}

/// The record of a case, with the self-assessment as it stands, marked as
/// the retry it is, if it is one.
fn record_of(o: &Outcome, settings: &Settings) -> Record {
    let loaded = &o.loaded;
    let mut record = Record::new(NewRecord {
        trainee: &settings.trainee,
        group: &settings.group,
        loaded,
        policy_name: &loaded.policy.name,
        seed: o.state.seed,
        state: &o.state,
        debrief: &o.debrief,
        started: o.started,
        ended: o.ended,
    });
    record.self_assessment = o.self_assessment;
    record.pair = o.pair.clone();
    record.training = o.training.clone();
    match &o.retry {
        Some(r) => r.mark(record),
        None => record,
    }
}

/// Writes the record of a case and returns what happened to it; the case's
/// journal goes once the record is in the log.
fn log_record(
    o: &Outcome,
    settings: &Settings,
    journal: &mut super::journal::CaseJournal,
) -> Result<Option<std::path::PathBuf>, String> {
    let Some(path) = &settings.log else {
        journal.remove();
        return Ok(None);
    };
    // In a log folder the case gets a file of its own: the debrief names it.
    let mut file = path.clone();
    journal
        .log(&record_of(o, settings), |r| crate::log::save(path, r).map(|written| file = written))
        .map(|()| Some(file))
        .map_err(|e| format!("{}: {}", e.path.display(), e.message.render(settings.lang)))
}

/// The window closes (or the app stops) in the middle of a case, or before
/// the self-assessment was given: the case is logged (abandoned, or without
/// a self-assessment), so nothing the trainee did is lost.
fn save_on_exit(
    mut exits: MessageReader<AppExit>,
    play: Option<Res<Play>>,
    outcome: Option<Res<Outcome>>,
    settings: Res<Settings>,
    mut journal: ResMut<super::journal::CaseJournal>,
) {
    if exits.read().next().is_none() {
        return;
    }
    let written = match (play, outcome) {
        (Some(p), _) => log_record(&outcome_of(&p), &settings, &mut journal),
        (None, Some(o)) if o.logged.is_none() => log_record(&o, &settings, &mut journal),
        _ => return,
    };
    if let Err(e) = written {
        bevy::log::error!("{e}");
    }
}

/// Scores the case and asks for the trainee's own view of it (in the pair
/// role-play: the observer's sheet); the record is written, and the
/// debrief shown, once that is given or skipped.
///
/// A retry skips the self-assessment and is logged at once: the trainee
/// has just read the engine's judgement of this very case up to the
/// decision retried, so a rating now would echo that debrief rather than
/// show their own view, and it would blur the gap between own view and
/// score that the trainer reads from the log. Its record has no
/// self-assessment (not asked), not a skipped one (the trainee's choice).
fn finish(
    commands: &mut Commands,
    play: &Play,
    next: &mut NextState<Screen>,
    journal: &mut super::journal::CaseJournal,
    pair: bool,
) {
    journal.finish();
    commands.insert_resource(outcome_of(play));
    commands.remove_resource::<Play>();
    if play.retry.is_some() {
        // Logged by `log_finished_retry`.
        commands.insert_resource(super::retry::Shown::default());
        next.set(Screen::Debrief);
    } else {
        next.set(if pair { Screen::PairSheet } else { Screen::SelfAssessment });
    }
}

/// A retry is logged as soon as it ends, without a self-assessment (see
/// `finish`): one just finished, or one that was resumed after a stop
/// between its end and the log.
fn log_finished_retry(
    outcome: Option<ResMut<Outcome>>,
    settings: Res<Settings>,
    mut journal: ResMut<super::journal::CaseJournal>,
) {
    if let Some(mut o) = outcome
        && o.retry.is_some()
        && o.logged.is_none()
    {
        conclude(&mut o, &settings, &mut journal);
    }
}

/// The self-assessment given or skipped: the record is written (in a
/// training sitting: once the trainee moves on) and the debrief shown.
fn show_score(o: &mut Outcome, given: SelfAssessment, game: &mut Game) {
    if o.logged.is_some() || o.self_assessment.is_some() {
        return;
    }
    o.self_assessment = Some(given);
    if o.training.is_none() {
        log_outcome(o, game);
    }
    game.next.set(Screen::Debrief);
}

/// Writes a finished case's record, and sends it to the class's LRS.
pub(super) fn log_outcome(o: &mut Outcome, game: &mut Game) {
    conclude(o, &game.settings, &mut game.journal);
}

/// Writes the record of a finished case (once) and sends it on.
fn conclude(o: &mut Outcome, settings: &Settings, journal: &mut super::journal::CaseJournal) {
    if o.logged.is_some() {
        return;
    }
    o.logged = Some(log_record(o, settings, journal));
    // A case that reached the log goes to the class's LRS too, if it has one.
    if matches!(o.logged, Some(Ok(Some(_)))) {
        o.lrs = super::lrs::start(&record_of(o, settings), &o.loaded.policy, settings.cmi5.as_ref());
    }
}

/// The resources a command may read or change.
#[derive(SystemParam)]
pub(super) struct Game<'w> {
    pub(super) settings: ResMut<'w, Settings>,
    pub(super) lib: Res<'w, CaseLibrary>,
    pub(super) next: ResMut<'w, NextState<Screen>>,
    pub(super) journal: ResMut<'w, super::journal::CaseJournal>,
    pub(super) pair: ResMut<'w, super::pair::PairState>,
    pub(super) countdown: Option<Res<'w, Countdown>>,
}

fn handle_commands(
    mut commands: Commands,
    mut reader: MessageReader<GameCommand>,
    mut game: Game,
    mut play: Option<ResMut<Play>>,
    mut outcome: Option<ResMut<Outcome>>,
) {
    for cmd in reader.read() {
        let Game { settings, next, journal, pair, .. } = &mut game;
        match cmd.clone() {
            // A monthly training begins with a plan (`training::handle`).
            GameCommand::Begin { mode: Mode::Monthly, .. } => {}
            GameCommand::Begin { trainee, group, lang, mode } => {
                settings.trainee = trainee.trim().to_owned();
                settings.group = group.trim().to_owned();
                settings.lang = lang;
                settings.mode = mode;
                commands.remove_resource::<Countdown>();
                if let Some(m) = mode.minutes() {
                    let total = std::time::Duration::from_secs(m * 60);
                    commands.insert_resource(Countdown { ends: std::time::Instant::now() + total, total });
                }
                // The classroom's exercise is the pair role-play: set up first.
                pair.exercise = None;
                next.set(if mode == Mode::Classroom { Screen::PairSetup } else { Screen::Choose });
            }
            GameCommand::Choose(id) => {
                start_case(&mut commands, &mut game, &id);
            }
            GameCommand::Act(action) => {
                let Some(p) = play.as_deref_mut() else { continue };
                if p.paused {
                    continue;
                }
                let state =
                    std::mem::replace(&mut p.state, Session::new(&p.loaded.scenario, &p.loaded.policy, 0).state);
                let mut session = Session::resume(&p.loaded.scenario, &p.loaded.policy, state);
                let line = session.state.history.len() + 1;
                p.refused = session.apply(action, line).err().map(|r| r.0);
                p.state = session.state;
                if p.refused.is_none() {
                    journal.act(&p.state);
                }
            }
            GameCommand::TogglePause => {
                if let Some(p) = play.as_deref_mut() {
                    p.paused = !p.paused;
                }
            }
            GameCommand::Finish => {
                if let Some(p) = play.as_deref() {
                    finish(&mut commands, p, next, journal, pair.exercise.is_some());
                }
            }
            GameCommand::Rate(step, rating) => {
                if let Some(o) = outcome.as_deref_mut().filter(|o| o.logged.is_none()) {
                    o.ratings[step.index()] = Some(rating);
                }
            }
            GameCommand::ShowScore => {
                if let Some(o) = outcome.as_deref_mut()
                    && let Some(given) = SelfAssessment::complete(o.ratings)
                {
                    show_score(o, given, &mut game);
                }
            }
            GameCommand::SkipSelfAssessment => {
                if let Some(o) = outcome.as_deref_mut() {
                    show_score(o, SelfAssessment::Skipped, &mut game);
                }
            }
            GameCommand::Again => {
                if let Some(o) = outcome.as_deref() {
                    let id = o.loaded.scenario.id.clone();
                    start_case(&mut commands, &mut game, &id);
                }
            }
            GameCommand::OtherCase => next.set(Screen::Choose),
            GameCommand::Trainer => next.set(Screen::Trainer),
            GameCommand::OpenDrill => {
                if let Some(p) = play.as_deref_mut() {
                    p.drill = None;
                    p.drill_open = Some(std::time::Instant::now());
                }
            }
            GameCommand::SubmitDrill(mut answer) => {
                if let Some(p) = play.as_deref_mut() {
                    // The game's own clock times the drill.
                    if let Some(started) = p.drill_open {
                        answer.seconds = started.elapsed().as_secs_f64();
                    }
                    p.drill = Some(crate::drill::check(&p.loaded.scenario, &p.loaded.policy, &answer));
                }
            }
            GameCommand::CloseDrill => {
                if let Some(p) = play.as_deref_mut() {
                    p.drill_open = None;
                }
            }
            // Only the desk's view changes: the session is not touched.
            GameCommand::OpenCard | GameCommand::CloseCard => {
                if let Some(p) = play.as_deref_mut() {
                    p.card_open = matches!(cmd, GameCommand::OpenCard);
                }
            }
            // Answered on the start screen (`journal::answer_offer`).
            GameCommand::ResumeInterrupted | GameCommand::DiscardInterrupted => {}
            // Handled by the editor's own system (`editor::plugin`).
            GameCommand::Editor(_) => {}
            // The monthly training's own (`training::handle`).
            GameCommand::BeginTraining { .. }
            | GameCommand::SubmitSittingDrill(_)
            | GameCommand::NextInSitting
            | GameCommand::SubmitSittingLesson(_) => {}
            // Written by `class_summary::write_summary`.
            GameCommand::ClassSummary(_) => {}
            GameCommand::Restart => {
                commands.remove_resource::<Play>();
                pair.exercise = None;
                commands.remove_resource::<super::retry::FirstAttempt>();
                next.set(Screen::Start);
            }
            GameCommand::RetryFrom(from) => {
                // From a debrief only: the attempt is logged, and is what
                // the retry is a retry of.
                let Some(o) = outcome.as_deref_mut().filter(|o| o.logged.is_some() && play.is_none()) else {
                    continue;
                };
                match super::retry::play_from(o, record_of(o, settings), from, now()) {
                    Ok(p) => {
                        o.retry_refused = None;
                        journal.start(settings, &p);
                        commands.insert_resource(p);
                        // The debrief retried stays at hand, moved as it is.
                        commands.queue(|w: &mut World| {
                            if let Some(o) = w.remove_resource::<Outcome>() {
                                w.insert_resource(super::retry::FirstAttempt(Box::new(o)));
                            }
                        });
                        next.set(Screen::Desk);
                    }
                    Err(why) => o.retry_refused = Some(why),
                }
            }
            GameCommand::ShowAttempt(a) => {
                commands.insert_resource(super::retry::Shown(a));
            }
            GameCommand::Pair(c) => {
                pair_flow::handle(c, &mut commands, &mut game, play.as_deref_mut(), outcome.as_deref_mut())
            }
        }
    }
}

/// When the exercise's countdown ends, the case at the desk is finished.
pub(super) fn run_out_of_time(
    mut commands: Commands,
    countdown: Option<Res<Countdown>>,
    play: Option<Res<Play>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut journal: ResMut<super::journal::CaseJournal>,
    pair: Res<super::pair::PairState>,
) {
    let (Some(c), Some(p)) = (countdown, play) else { return };
    if *screen.get() == Screen::Desk && c.left().is_zero() && !p.paused {
        finish(&mut commands, &p, &mut next, &mut journal, pair.exercise.is_some());
        commands.remove_resource::<Countdown>();
    }
}
