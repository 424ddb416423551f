//! The game: the only part of klachtsim that names Bevy. The engine judges,
//! the game shows: screens are `Screen` states; every button and key sends
//! a `GameCommand`, and the logic plugin turns commands into engine calls. The
//! screens draw with egui (forms, lists, text) in one plugin per file.
//!
//! Tests drive the same commands without a window (`LogicPlugin` only).

pub mod choose;
pub mod class_summary;
pub mod compare;
pub mod debrief;
pub mod desk;
pub mod editor;
pub mod journal;
pub mod logic;
pub mod lrs;
pub mod open;
pub mod pair;
pub mod power;
pub mod retry;
pub mod self_assessment;
pub mod signals;
pub mod start;
pub mod theme;
pub mod tour;
pub mod trainer;
pub mod training;
pub mod training_screen;
pub mod widgets;

use std::path::PathBuf;

use bevy::prelude::*;

use crate::i18n::Lang;
use crate::load::{Library, LoadedScenario};
use crate::model::{Action, Step};
use crate::score::Debrief;
use crate::score::self_assessment::{SelfAssessment, SelfRating};
use crate::sim::State as SessionState;

pub use logic::LogicPlugin;

/// The screens, in the order a trainee meets them.
#[derive(States, Debug, Clone, Copy, Default, Eq, PartialEq, Hash)]
pub enum Screen {
    #[default]
    Start,
    Choose,
    Desk,
    /// The case is over: the trainee rates their own handling before the
    /// score is shown.
    SelfAssessment,
    Debrief,
    /// The trainer's overview of the log.
    Trainer,
    // The pair role-play (`pair`): setting it up, the customer's role card
    // before each case, the observation sheet after it, the pair's debrief,
    // and the three cases at the end.
    PairSetup,
    RoleCard,
    PairSheet,
    PairDebrief,
    PairOverview,
    // Maak je eigen casus:
    /// The case editor.
    Editor,
    // The monthly training (`training`):
    /// A training sitting's drill before its cases, and its close after
    /// them (the lesson learned).
    Training,
}

/// How the trainee practises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// One case, no time limit.
    #[default]
    Single,
    /// The lesson's pair role-play ("rollenspel in tweetallen", `pair`):
    /// two students, three cases, roles swapped after each, 20:00 in all.
    Classroom,
    /// The monthly training: a team lead's plan as one sitting on the
    /// plan's clock (`training`).
    Monthly,
}

impl Mode {
    /// Real minutes on the clock for the whole exercise, if any.
    pub fn minutes(self) -> Option<u64> {
        match self {
            Mode::Single => None,
            Mode::Classroom => Some(20),
            Mode::Monthly => Some(30),
        }
    }
}

/// Who plays, in which language and mode, and where results go.
#[derive(Resource, Clone, Debug)]
pub struct Settings {
    pub lang: Lang,
    pub trainee: String,
    pub group: String,
    pub mode: Mode,
    /// The lessons-learned log; `None`: results are not logged.
    pub log: Option<PathBuf>,
    /// The folder of the journals of sessions in progress; `None` (the
    /// default, as in tests): none is kept, and none is offered.
    pub journal: Option<PathBuf>,
    /// Started by a learning environment with cmi5 launch parameters: each
    /// case goes to its LRS by the cmi5 pattern.
    pub cmi5: Option<crate::review::xapi::Launch>,
    // Maak je eigen casus:
    /// The user's own folder of cases, where the editor saves and imports
    /// (`load::own_cases_dir` by default); `None`: there is none.
    pub own_cases: Option<PathBuf>,
    /// The folder of scenarios the library is loaded from again after a
    /// save or an import; `load::scenarios_dir` decides when `None`.
    pub scenarios: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Nl,
            trainee: String::new(),
            group: String::new(),
            mode: Mode::Single,
            log: crate::log::default_path(),
            journal: None,
            cmi5: None,
            own_cases: crate::load::own_cases_dir(),
            scenarios: None,
        }
    }
}

/// The scenario library, loaded once; broken cases are kept with their
/// problems so the case list can show them.
#[derive(Resource)]
pub struct CaseLibrary(pub Library);

/// Everything a button or key can ask for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum GameCommand {
    /// From the start screen to the case list.
    Begin { trainee: String, group: String, lang: Lang, mode: Mode },
    /// Start a case by id.
    Choose(String),
    /// Do something at the desk.
    Act(Action),
    /// End the case now: the self-assessment, then the debrief.
    Finish,
    /// Rate one's own handling of a step (again: the last click counts).
    Rate(Step, SelfRating),
    /// Every step rated: log the case and show the debrief.
    ShowScore,
    /// Show the debrief without rating; logged as skipped.
    SkipSelfAssessment,
    /// Play the same case again with a new seed.
    Again,
    /// Back to the case list (after a debrief).
    OtherCase,
    /// Pause or resume the desk.
    TogglePause,
    /// Back to the start screen.
    Restart,
    /// The trainer's overview.
    Trainer,
    /// Open the template drill; its 30 seconds start now.
    OpenDrill,
    /// Hand in the template drill.
    SubmitDrill(crate::drill::Answer),
    /// Close the template drill.
    CloseDrill,
    /// Show the reference card over the desk; it changes nothing in the
    /// case (no simulated time, no score).
    OpenCard,
    /// Put the reference card away.
    CloseCard,
    /// Go on with the interrupted session the start screen offers.
    ResumeInterrupted,
    /// Log the interrupted session on offer as abandoned, and start anew.
    DiscardInterrupted,
    /// The pair role-play (`pair`).
    Pair(pair::PairCommand),
    // Maak je eigen casus:
    /// The case editor's commands (`editor::EditorCommand`).
    Editor(editor::EditorCommand),
    // The monthly training (`training`):
    /// Start a sitting of the plan with this id: its clock starts, its
    /// drill comes first.
    BeginTraining { trainee: String, group: String, lang: Lang, plan: String },
    /// Hand in the sitting's drill.
    SubmitSittingDrill(crate::drill::Answer),
    /// On from the drill, or from a case's debrief: the next case, or the
    /// sitting's close when the cases are done or the time is up.
    NextInSitting,
    /// The trainee's lesson learned from the sitting.
    SubmitSittingLesson(String),
    // The class summary (issue 15).
    /// Write the class summary of this class into the data folder and open
    /// it in the browser (`class_summary`).
    ClassSummary(String),
    // "Try again from here" (issue 14).
    /// From the debrief: the same case, customer and seed again, the
    /// decisions before this one (from 0) replayed; at the desk at that
    /// moment, to decide otherwise.
    RetryFrom(usize),
    /// After a retry: show the two endings side by side, or one attempt's
    /// own debrief.
    ShowAttempt(retry::Attempt),
}

/// The case being played.
#[derive(Resource)]
pub struct Play {
    pub loaded: LoadedScenario,
    pub state: SessionState,
    /// The classification's values and the offers in this session's order,
    /// worked out once per case.
    pub orders: crate::sim::presentation::Orders,
    pub started: chrono::DateTime<chrono::FixedOffset>,
    /// Why the last action was refused, if it was.
    pub refused: Option<crate::i18n::Text>,
    pub paused: bool,
    /// The template drill's result, once handed in.
    pub drill: Option<crate::drill::DrillResult>,
    /// When the open template drill started.
    pub drill_open: Option<std::time::Instant>,
    /// The reference card is shown over the desk.
    pub card_open: bool,
    /// Played in a training sitting: the plan and the case's place.
    pub training: Option<crate::log::training::Training>,
    /// Played as a retry of an earlier attempt, from one of its decisions.
    pub retry: Option<crate::log::record::RetryOf>,
}

impl Play {
    /// A case at the desk, from its state (new or resumed).
    pub fn new(loaded: &LoadedScenario, state: SessionState, started: chrono::DateTime<chrono::FixedOffset>) -> Play {
        let orders = crate::sim::presentation::Orders::of(&loaded.scenario, state.seed);
        Play {
            loaded: loaded.clone(),
            state,
            orders,
            started,
            refused: None,
            paused: false,
            drill: None,
            drill_open: None,
            card_open: false,
            training: None,
            retry: None,
        }
    }
}

/// A finished case: its debrief, the trainee's own view of it, and what
/// happened to the log record, which is written once the self-assessment
/// is given or skipped.
#[derive(Resource)]
pub struct Outcome {
    pub loaded: LoadedScenario,
    pub debrief: Debrief,
    pub state: SessionState,
    /// Real start and end of the case.
    pub started: chrono::DateTime<chrono::FixedOffset>,
    pub ended: chrono::DateTime<chrono::FixedOffset>,
    /// The ratings clicked so far, in the order of `Step::ALL`.
    pub ratings: [Option<SelfRating>; 7],
    /// Given or skipped; `None` while it is being asked.
    pub self_assessment: Option<SelfAssessment>,
    /// `None` not written yet; `Some(Ok(Some(path)))` written,
    /// `Some(Ok(None))` not logged, `Some(Err)` why not.
    pub logged: Option<Result<Option<PathBuf>, String>>,
    pub drill: Option<crate::drill::DrillResult>,
    /// The send to the class's learning record store, if it has one.
    pub lrs: Option<lrs::LrsSend>,
    /// Played in the pair role-play: the roles and the observer's sheet,
    /// set once the sheet is complete, just before the record is written.
    pub pair: Option<crate::log::pair::Pair>,
    /// Played in a training sitting (see `Play::training`); its record is
    /// written when the trainee moves on from the debrief.
    pub training: Option<crate::log::training::Training>,
    /// A retry: what it retried, and its ending beside the first one's.
    pub retry: Option<crate::log::record::RetryOf>,
    pub comparison: Option<crate::score::compare::Comparison>,
    /// Why "try again from here" could not start, if it could not.
    pub retry_refused: Option<crate::i18n::Text>,
}

impl Outcome {
    /// A case as it ended at `ended`: scored, its self-assessment still to
    /// come.
    pub fn at(play: &Play, ended: chrono::DateTime<chrono::FixedOffset>) -> Outcome {
        let loaded = &play.loaded;
        let debrief = crate::score::score(&loaded.scenario, &loaded.policy, &play.state, play.state.seed);
        let comparison = play.retry.as_ref().map(|r| crate::score::compare::Comparison {
            first: r.of.ending(),
            retry: crate::score::compare::Ending::of(&debrief, &play.state),
        });
        Outcome {
            loaded: loaded.clone(),
            debrief,
            state: play.state.clone(),
            started: play.started,
            ended,
            ratings: [None; 7],
            self_assessment: None,
            logged: None,
            lrs: None,
            drill: play.drill.clone(),
            pair: None,
            training: play.training.clone(),
            retry: play.retry.clone(),
            comparison,
            retry_refused: None,
        }
    }
}

/// The real-time countdown of a classroom or training exercise.
#[derive(Resource)]
pub struct Countdown {
    pub ends: std::time::Instant,
    pub total: std::time::Duration,
}

impl Countdown {
    pub fn left(&self) -> std::time::Duration {
        self.ends.saturating_duration_since(std::time::Instant::now())
    }
}

/// The monthly training's logic, which the logic plugin adds (and which
/// uses the logic's own helpers: hence here, not named by `logic`).
fn training_plugin(app: &mut App) {
    training::plugin(app);
}

/// What to open the game window with; the command line builds it.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub lang: Lang,
    /// The folder of scenarios; `load::scenarios_dir` decides when left out.
    pub scenarios: Option<PathBuf>,
    /// The lessons-learned log; the settings' default when left out.
    pub log: Option<PathBuf>,
    /// Write nothing to the log (and keep no journal).
    pub no_log: bool,
    /// The folder of the journals; `log::journal::default_dir` when left
    /// out.
    pub journal: Option<PathBuf>,
    /// The cmi5 launch, when a learning environment started the game.
    pub cmi5: Option<crate::review::xapi::Launch>,
    /// Walk every screen and save a PNG of each in this folder, then exit.
    pub tour: Option<PathBuf>,
    /// Exit as soon as the first frame has been rendered (start-up benchmark).
    pub exit_after_first_frame: bool,
    /// Only Bevy's and egui's plugins with a camera, none of klachtsim's:
    /// the baseline of the start-up benchmark.
    pub empty: bool,
    /// Open straight at this screen (the idle measurement).
    pub show: open::Show,
}

/// Opens the game window and runs until it is closed; returns the exit code.
pub fn run(o: Options) -> u8 {
    let dir = crate::load::scenarios_dir(o.scenarios.clone());
    let lib = crate::load::library(o.scenarios.clone());
    let plans = training::Plans::load(&dir, &lib);
    let mut settings =
        Settings { lang: o.lang, cmi5: o.cmi5.clone(), scenarios: o.scenarios.clone(), ..Settings::default() };
    if o.no_log {
        settings.log = None;
    } else {
        if o.log.is_some() {
            settings.log = o.log.clone();
        }
        settings.journal = o.journal.clone().or_else(crate::log::journal::default_dir);
    }
    let title = crate::i18n::tr(o.lang, "game-window-title");
    let mut app = App::new();
    signals::install();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window { title, resolution: (1280u32, 720u32).into(), ..default() }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    .add_plugins(signals::plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    if o.empty {
        // egui runs its pass even with nothing to draw; give it its schedule.
        app.add_systems(bevy_egui::EguiPrimaryContextPass, || {});
    } else {
        app.insert_resource(plans);
        app.add_plugins(LogicPlugin { library: lib, settings }).add_plugins((
            theme::plugin,
            start::plugin,
            choose::plugin,
            desk::plugin,
            self_assessment::plugin,
            debrief::plugin,
            trainer::plugin,
            pair::plugin,
            editor::form::plugin,
            training_screen::plugin,
        ));
    }
    if o.tour.is_some() || o.exit_after_first_frame || o.empty {
        // The tour and the start-up benchmark need every frame.
        app.insert_resource(bevy::winit::WinitSettings::continuous());
    } else {
        app.add_plugins((power::plugin, open::OpenAt(o.show)));
    }
    if let Some(dir) = o.tour {
        app.add_plugins(tour::TourPlugin { out: dir });
    }
    if o.exit_after_first_frame {
        app.add_systems(Last, exit_after_first_frame);
    }
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get(),
    }
}

/// Ends the app once a frame has gone through the renderer: the frame
/// counter moves on after each rendered frame, so at 2 the first one (the
/// start screen, or the empty window) has been drawn.
/// Before leaving it prints its peak resident memory (`peak-rss-kib N`,
/// from /proc/self/status where there is one) for the benchmark to read.
fn exit_after_first_frame(frames: Res<bevy::diagnostic::FrameCount>, mut exit: MessageWriter<AppExit>) {
    if frames.0 >= 2 {
        let peak = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        });
        if let Some(kib) = peak {
            println!("peak-rss-kib {kib}");
        }
        // Out at once, without tearing the renderer down: the measurement
        // ends at the first frame, and under Mesa's software Vulkan about one
        // teardown in 200 crashes in the driver (a thread still running in a
        // library being unloaded), which would fail the benchmark for
        // nothing that klachtsim does. Nothing is open to save here.
        use std::io::Write;
        let flushed = std::io::stdout().flush();
        if flushed.is_ok() {
            std::process::exit(0);
        }
        exit.write(AppExit::Success);
    }
}
