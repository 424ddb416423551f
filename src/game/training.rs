//! The monthly training in the game: a plan run as one sitting on the
//! plan's clock. The drill first (on the `Training` screen), then the
//! plan's cases at the desk, each with its self-assessment and a short
//! debrief, then the sitting's close: the trainee's lesson learned, judged
//! on substance (`training::lesson`). Each case's record carries the plan;
//! it is written when the trainee moves on from its debrief, the last one
//! with the lesson. Time up ends the case at the desk as the classroom
//! countdown does (`logic::run_out_of_time`); the sitting then closes.

use std::time::{Duration, Instant};

use bevy::prelude::*;

use crate::drill::DrillResult;
use crate::log::training::{DrillScore, SittingLesson, Training};
use crate::training::{Plan, lesson};

use super::logic::{Game, log_outcome, now, seed, start_case_in};
use super::{Countdown, GameCommand, Mode, Outcome, Play, Screen};

pub fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Plans>() {
        let dir = crate::load::scenarios_dir(None);
        let plans = Plans::load(&dir, &app.world().resource::<super::CaseLibrary>().0);
        app.insert_resource(plans);
    }
    app.add_systems(Update, handle.before(super::logic::run_out_of_time));
}

/// The training plans on offer: this month's first.
#[derive(Resource, Clone, Debug, Default)]
pub struct Plans(pub Vec<Plan>);

impl Plans {
    /// The plans in the scenario folder's `plans/`; a broken plan is left
    /// out (`klachtsim validate` names its problems).
    pub fn load(scenarios: &std::path::Path, lib: &crate::load::Library) -> Plans {
        let (mut plans, problems) = crate::training::load_plans(&crate::training::plans_dir(scenarios), lib);
        for d in problems {
            bevy::log::warn!("{}", d.one_line(crate::i18n::Lang::Nl));
        }
        crate::training::offer_order(&mut plans, &chrono::Local::now().format("%Y-%m").to_string());
        Plans(plans)
    }
}

/// Where a sitting is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Drill,
    Cases,
    Closing,
}

/// The sitting in progress.
#[derive(Resource, Clone, Debug)]
pub struct Sitting {
    pub plan: Plan,
    /// The cases drawn for this sitting, in order.
    pub cases: Vec<String>,
    /// How many cases have been started.
    pub started_cases: usize,
    pub phase: Phase,
    pub started: chrono::DateTime<chrono::FixedOffset>,
    pub ends: Instant,
    pub drill_open: Instant,
    pub drill: Option<DrillResult>,
    pub drill_seconds: f64,
    /// Each played case's title and score, for the close.
    pub played: Vec<(String, u32)>,
    pub lesson: Option<(String, lesson::Judged)>,
}

impl Sitting {
    pub fn time_up(&self) -> bool {
        self.ends <= Instant::now()
    }

    /// Whether another case follows the one just played.
    pub fn more_cases(&self) -> bool {
        self.started_cases < self.cases.len() && !self.time_up()
    }

    /// The case the drill asks the first reply for.
    pub fn drill_case(&self) -> Option<&str> {
        self.plan.drill_case(&self.cases)
    }

    /// The training mark of the next case.
    fn mark(&self) -> Training {
        Training {
            plan: self.plan.id.clone(),
            month: self.plan.month.clone(),
            sitting: self.started.to_rfc3339(),
            part: (self.started_cases + 1) as u8,
            drill: self.drill.as_ref().filter(|_| self.started_cases == 0).map(|d| DrillScore {
                acknowledge: d.acknowledge,
                offer: d.offer,
                seconds: self.drill_seconds,
            }),
            lesson: None,
        }
    }
}

fn handle(
    mut commands: Commands,
    mut reader: MessageReader<GameCommand>,
    mut game: Game,
    plans: Res<Plans>,
    mut sitting: Option<ResMut<Sitting>>,
    mut outcome: Option<ResMut<Outcome>>,
) {
    for cmd in reader.read() {
        match cmd.clone() {
            GameCommand::Begin { trainee, group, lang, mode: Mode::Monthly } => {
                if let Some(plan) = plans.0.first() {
                    begin(&mut commands, &mut game, (trainee, group, lang), plan);
                }
            }
            GameCommand::BeginTraining { trainee, group, lang, plan } => {
                if let Some(plan) = plans.0.iter().find(|p| p.id == plan) {
                    begin(&mut commands, &mut game, (trainee, group, lang), plan);
                }
            }
            GameCommand::SubmitSittingDrill(mut answer) => {
                let Some(s) = sitting.as_deref_mut().filter(|s| s.phase == Phase::Drill && s.drill.is_none()) else {
                    continue;
                };
                answer.seconds = s.drill_open.elapsed().as_secs_f64();
                if let Some(l) = s.drill_case().and_then(|id| game.lib.0.get(id)) {
                    s.drill = Some(crate::drill::check(&l.scenario, &l.policy, &answer));
                    s.drill_seconds = answer.seconds;
                }
            }
            GameCommand::NextInSitting => {
                let Some(s) = sitting.as_deref_mut() else { continue };
                next(&mut commands, &mut game, s, outcome.as_deref_mut());
            }
            GameCommand::SubmitSittingLesson(text) => {
                let Some(s) = sitting.as_deref_mut().filter(|s| s.phase == Phase::Closing && s.lesson.is_none()) else {
                    continue;
                };
                close(&mut game, s, outcome.as_deref_mut(), text);
            }
            GameCommand::Restart => {
                commands.remove_resource::<Sitting>();
                commands.remove_resource::<Countdown>();
            }
            _ => {}
        }
    }
}

/// A new sitting of `plan`: its cases drawn, its clock started, the drill
/// open.
fn begin(
    commands: &mut Commands,
    game: &mut Game,
    (trainee, group, lang): (String, String, crate::i18n::Lang),
    plan: &Plan,
) {
    game.settings.trainee = trainee.trim().to_owned();
    game.settings.group = group.trim().to_owned();
    game.settings.lang = lang;
    game.settings.mode = Mode::Monthly;
    commands.remove_resource::<Play>();
    commands.remove_resource::<Outcome>();
    let total = Duration::from_secs(u64::from(plan.minutes) * 60);
    let ends = Instant::now() + total;
    commands.insert_resource(Countdown { ends, total });
    commands.insert_resource(Sitting {
        cases: plan.cases(&game.lib.0, seed()),
        plan: plan.clone(),
        started_cases: 0,
        phase: Phase::Drill,
        started: now(),
        ends,
        drill_open: Instant::now(),
        drill: None,
        drill_seconds: 0.0,
        played: Vec::new(),
        lesson: None,
    });
    game.next.set(Screen::Training);
}

/// On from the drill or a debrief: the finished case is logged when
/// another follows; at the end (or when the time is up) the sitting
/// closes and the last case waits for the lesson.
fn next(commands: &mut Commands, game: &mut Game, s: &mut Sitting, outcome: Option<&mut Outcome>) {
    if let Some(o) = outcome.filter(|o| o.training.is_some() && o.self_assessment.is_some()) {
        if s.played.len() < s.started_cases {
            s.played.push((o.loaded.scenario.title.clone(), o.debrief.overall));
        }
        if s.more_cases() {
            log_outcome(o, game);
        } else {
            s.phase = Phase::Closing;
            game.next.set(Screen::Training);
            return;
        }
    } else if s.phase != Phase::Drill {
        return;
    }
    if s.time_up() || s.started_cases >= s.cases.len() {
        s.phase = Phase::Closing;
        game.next.set(Screen::Training);
        return;
    }
    s.phase = Phase::Cases;
    let id = s.cases[s.started_cases].clone();
    let mark = s.mark();
    if start_case_in(commands, game, &id, Some(mark)) {
        s.started_cases += 1;
    }
}

/// The lesson learned: judged against the sitting's cases and written with
/// the last case's record.
fn close(game: &mut Game, s: &mut Sitting, outcome: Option<&mut Outcome>, text: String) {
    let scenarios: Vec<_> = s.cases[..s.started_cases].iter().filter_map(|id| game.lib.0.get(id)).collect();
    let cases: Vec<_> = scenarios.iter().map(|l| &l.scenario).collect();
    let lang = crate::i18n::Lang::from_code(&s.plan.language).unwrap_or(game.settings.lang);
    let judged = lesson::judge(lang, &text, &cases);
    if let Some(o) = outcome.filter(|o| o.logged.is_none())
        && let Some(t) = o.training.as_mut()
    {
        if !text.trim().is_empty() {
            t.lesson = Some(SittingLesson { text: text.clone(), score: judged.score });
        }
        log_outcome(o, game);
    }
    s.lesson = Some((text, judged));
}
