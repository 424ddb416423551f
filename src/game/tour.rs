//! `klachtsim tour --out DIR`: walks every screen with a demo case in a
//! real window, saves one PNG per screen at 1280x720 and at 1920x1080, and
//! exits. Used by CI (under Xvfb) and by people checking the layout.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::window::screenshot::{Screenshot, save_to_disk};
use bevy::window::PrimaryWindow;

use crate::i18n::Lang;
use crate::model::Action;

use super::editor::EditorCommand;
use super::{GameCommand, Mode, Screen};
use crate::authoring::draft::Draft;

mod pair_walk;

pub struct TourPlugin {
    pub out: PathBuf,
}

impl Plugin for TourPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Tour { out: self.out.clone(), step: 0, wait: 0, pending: None }).add_systems(Update, walk);
    }
}

#[derive(Resource)]
struct Tour {
    out: PathBuf,
    step: usize,
    /// Frames to let the screen settle before the picture.
    wait: u32,
    /// The file being written; the next step waits for it.
    pending: Option<PathBuf>,
}

/// The demo case and a good handling of it, in two parts: the opening of
/// the conversation (the desk's first picture shows the next moment's
/// options), then the rest up to the offer.
const DEMO: &str = "gstar-rits-kapot";

fn demo_opening() -> Vec<Action> {
    vec![Action::LetFinish, Action::Say("vraag-wat-gebeurd".into()), Action::Say("vraag-postcode".into())]
}

fn demo_rest() -> Vec<Action> {
    use crate::model::*;
    vec![
        Action::Say("samenvatting-goed".into()),
        Action::Say("erkenning-zaterdag".into()),
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        Action::Check(Check::Order),
        Action::Check(Check::Warranty),
        Action::Check(Check::Inspect),
        Action::Classify(Classification {
            nature: Nature::Objective,
            category: Category::Product,
            cause: Cause::StructuralFault,
            verdict: Verdict::Grounded,
            priority: Priority::Normal,
        }),
        Action::Say("uitleg-foto".into()),
        Action::Offer { offer: OfferKind::Replacement, days: Some(2), what: None },
    ]
}

/// A doubtful case, played up to its offers, for a debrief that explains a
/// doubtful verdict (and shows the steps still to come as missed).
const DOUBTFUL: &str = "gstar-kleur-gelekt";

fn doubtful_actions() -> Vec<Action> {
    use crate::model::*;
    vec![
        Action::LetFinish,
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        Action::Say("vraag-wassen".into()),
        Action::Say("vraag-bestelling".into()),
        Action::Say("samenvatting-goed".into()),
        Action::Say("erkenning-empathie".into()),
        Action::Check(Check::Order),
        Action::Check(Check::History),
        Action::Escalate,
        Action::Check(Check::Inspect),
        Action::Classify(Classification {
            nature: Nature::Subjective,
            category: Category::Product,
            cause: Cause::Misunderstanding,
            verdict: Verdict::Doubtful,
            priority: Priority::Normal,
        }),
        Action::Say("uitleg-bevinding".into()),
        Action::Offer { offer: OfferKind::Compromise, days: Some(3), what: Some("geld-en-wasadvies".into()) },
        Action::Offer { offer: OfferKind::Discount(15), days: Some(0), what: None },
    ]
}

/// The decision the tour's retry starts from: the acknowledgement.
const RETRY_FROM: usize = 4;

/// The demo case handled well up to the acknowledgement, then badly: a
/// defensive answer, a promise beyond authority, silence, closed.
fn retry_first() -> Vec<Action> {
    use crate::model::OfferKind;
    let mut v = demo_opening();
    v.extend([
        Action::Say("samenvatting-goed".into()),
        Action::Say("erkenning-verdediging".into()),
        Action::Offer { offer: OfferKind::Refund(129.95), days: None, what: None },
        Action::Wait { minutes: 90 },
        Action::ConfirmReceipt,
        Action::Close,
    ]);
    v
}

/// The retry: from the acknowledgement on as the model handling does it.
fn retry_rest() -> Vec<Action> {
    use crate::model::*;
    let mut v: Vec<Action> = demo_rest().into_iter().skip(1).collect();
    v.insert(6, Action::Check(Check::Stock));
    v.extend([Action::Execute, Action::FollowUp, Action::Close, Action::SendCsat { hours: 24 }]);
    v
}

/// A trainee's own view of the demo handling, then the score: a view that
/// agrees on some steps and not on others, so the debrief shows both.
fn own_view() -> Vec<GameCommand> {
    use crate::model::Step;
    use crate::score::self_assessment::SelfRating::*;
    let ratings = [Good, Good, Good, CouldBeBetter, NotDone, NotDone, CouldBeBetter];
    let mut v: Vec<GameCommand> = Step::ALL.iter().zip(ratings).map(|(s, r)| GameCommand::Rate(*s, r)).collect();
    v.push(GameCommand::ShowScore);
    v
}

/// A picture: the commands that lead to it, and the window size.
struct Step {
    name: String,
    commands: Vec<GameCommand>,
    size: (u32, u32),
    /// A handling to play once the desk is shown.
    demo: Option<fn() -> Vec<Action>>,
    /// Go to the debrief once the handling has been played (skipping the
    /// self-assessment).
    finish: bool,
    /// Commands for the screen the first ones led to, once it is shown.
    later: Vec<GameCommand>,
    /// Put an interrupted session of the demo case on offer first.
    interrupted: bool,
    /// Save a picture; `false`: a step of a walk that is not pictured
    /// (the pair role-play's later cases).
    shot: bool,
    /// Writes files into the tour's folder and gives the commands that use
    /// them, sent with the first ones.
    files: Option<fn(&std::path::Path) -> Vec<GameCommand>>,
    /// A reply typed into the desk's reply field (a written channel).
    reply: Option<&'static str>,
}

impl Step {
    /// A picture named `n` at `size`, nothing more to it.
    fn new(n: &str, size: (u32, u32), commands: Vec<GameCommand>, demo: Option<fn() -> Vec<Action>>) -> Step {
        Step {
            name: format!("{n}-{}x{}", size.0, size.1),
            commands,
            size,
            demo,
            finish: false,
            later: Vec::new(),
            interrupted: false,
            shot: true,
            files: None,
            reply: None,
        }
    }
}

fn steps() -> Vec<Step> {
    let mut v = Vec::new();
    for size in [(1280, 720), (1920, 1080)] {
        let step = |n: &str, commands: Vec<GameCommand>, demo| Step::new(n, size, commands, demo);
        // The start after a crash: the session is offered, then discarded
        // (it goes into the log as abandoned).
        v.push(Step { interrupted: true, ..step("0-resume", vec![GameCommand::Restart], None) });
        v.push(step("1-start", vec![GameCommand::DiscardInterrupted, GameCommand::Restart], None));
        let begin =
            GameCommand::Begin { trainee: "Demo".into(), group: "Tour".into(), lang: Lang::Nl, mode: Mode::Classroom };
        // The classroom's mode sets up the pair role-play first (pictured
        // below); the case list is one step on.
        v.push(step("2-cases", vec![begin, GameCommand::OtherCase], None));
        v.push(step("3-desk", vec![GameCommand::Choose(DEMO.into())], Some(demo_opening)));
        v.push(step("3a-desk-handled", Vec::new(), Some(demo_rest)));
        let answer = crate::drill::Answer {
            customer_name: "Sanne de Vries".into(),
            order_number: "GS-2026-48213".into(),
            term: "2 werkdagen".into(),
            empathy: "Wat vervelend dat uw nieuwe jeans nu al kapot is, dat begrijp ik.".into(),
            next_step: "Ik stuur u vandaag een nieuwe jeans.".into(),
            seconds: 0.0,
        };
        v.push(step("3b-card", vec![GameCommand::OpenCard], None));
        let drill = vec![GameCommand::CloseCard, GameCommand::OpenDrill, GameCommand::SubmitDrill(answer.clone())];
        v.push(step("4-drill", drill, None));
        v.push(step("5-paused", vec![GameCommand::CloseDrill, GameCommand::TogglePause], None));
        // Half rated, then the rest and the score.
        let mut rest = own_view();
        let first: Vec<GameCommand> = rest.drain(..4).collect();
        let finish = vec![GameCommand::TogglePause, GameCommand::Finish];
        v.push(Step { later: first, ..step("6-self-assessment", finish, None) });
        v.push(step("6a-debrief", rest, None));
        let doubtful = vec![GameCommand::Choose(DOUBTFUL.into())];
        v.push(Step { finish: true, ..step("6b-debrief-doubtful", doubtful, Some(doubtful_actions)) });
        v.push(step("7-trainer", vec![GameCommand::Trainer], None));
        // "Try again from here": a handling that goes wrong at the
        // acknowledgement, its debrief with the decisions, then the retry
        // from there and the two endings side by side.
        let first = vec![GameCommand::Choose(DEMO.into())];
        v.push(Step { finish: true, ..step("8-debrief-decisions", first, Some(retry_first)) });
        // At the desk again, the conversation up to the decision retried.
        v.push(step("8a-retry-desk", vec![GameCommand::RetryFrom(RETRY_FROM)], None));
        v.push(Step { finish: true, ..step("8b-retry-comparison", Vec::new(), Some(retry_rest)) });
        let own = vec![GameCommand::ShowAttempt(super::retry::Attempt::Retry)];
        v.push(step("8c-retry-debrief", own, None));
        let first = vec![GameCommand::ShowAttempt(super::retry::Attempt::First)];
        v.push(step("8d-retry-first-debrief", first, None));
        // The pair role-play, played to the end: three cases, roles swapped.
        for (name, commands, demo, later, finish) in pair_walk::walk() {
            let shot = !name.is_empty();
            v.push(Step { later, finish, shot, ..step(name, commands, demo) });
        }
        // The monthly training: the drill on the sitting's clock, a case at
        // the desk, the debriefs (each on to the next), and the close.
        let sitting = GameCommand::BeginTraining {
            trainee: "Demo".into(),
            group: "Tour".into(),
            lang: Lang::Nl,
            plan: TRAINING_PLAN.into(),
        };
        let drill = GameCommand::SubmitSittingDrill(answer.clone());
        v.push(Step { later: vec![drill], ..step("8-training-drill", vec![GameCommand::Restart, sitting], None) });
        v.push(step("8a-training-desk", vec![GameCommand::NextInSitting], Some(demo_opening)));
        v.push(Step { finish: true, ..step("8b-training-debrief", Vec::new(), None) });
        for n in ["8c-training-debrief-2", "8d-training-debrief-3"] {
            v.push(Step { finish: true, ..step(n, vec![GameCommand::NextInSitting], None) });
        }
        let lesson = GameCommand::SubmitSittingLesson(TRAINING_LESSON.into());
        v.push(Step { later: vec![lesson], ..step("8e-training-close", vec![GameCommand::NextInSitting], None) });
        // Maak je eigen casus: a date that does not exist, shown at its
        // field; then a classmate's broken file refused.
        let open = vec![GameCommand::Editor(EditorCommand::Open)];
        let edit = vec![GameCommand::Editor(EditorCommand::Edit(Box::new(editor_demo())))];
        v.push(Step { later: edit, ..step("8-editor", open, None) });
        v.push(Step { files: Some(broken_import), ..step("8a-editor-import-refused", Vec::new(), None) });
    }
    v.extend(written_steps());
    v
}

// Written channels (issue 14): a web-form case with a reply typed at the
// desk, its analysis in the debrief, and the same customer's answer after
// a blaming reply and after an empathic one.

/// The web-form case of the written steps.
const WEB_FORM: &str = "gstar-pakket-zoek";

const EMPATHIC: &str = "Beste Fatima El Amrani,\n\nWat vervelend dat uw pakket met het verjaardagscadeau niet is \
    aangekomen; ik begrijp dat u ongerust bent. Ik heb bestelling GS-2026-50318 nagekeken. Ik stuur u vandaag een \
    nieuwe trui, die u binnen 2 werkdagen tegen handtekening ontvangt.\n\nMet vriendelijke groet,\nSanne";
const BLAMING: &str = "Beste Fatima El Amrani,\n\nVolgens de track-and-trace is het pakket gewoon bezorgd, dus u \
    had beter moeten opletten wie het heeft aangenomen. Bestelling GS-2026-50318 staat als afgeleverd.\n\nMet \
    vriendelijke groet,\nSanne";

/// The web-form case read, asked about and checked: the reply comes next.
fn written_opening() -> Vec<Action> {
    use crate::model::Check;
    vec![
        Action::LetFinish,
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        Action::Say("vraag-plek".into()),
        Action::Say("vraag-bestelling".into()),
        Action::Say("samenvatting-goed".into()),
        Action::Check(Check::Order),
        Action::Check(Check::Inspect),
    ]
}

fn write(text: &str) -> Action {
    Action::Write { part: crate::model::Written::Reply, text: text.into() }
}

fn written_blamed() -> Vec<Action> {
    let mut v = written_opening();
    v.push(write(BLAMING));
    v
}

fn written_heard() -> Vec<Action> {
    let mut v = written_opening();
    v.push(write(EMPATHIC));
    v
}

fn written_steps() -> Vec<Step> {
    let mut v = Vec::new();
    let step = Step::new;
    let choose = || vec![GameCommand::Choose(WEB_FORM.into())];
    for size in [(1280, 720), (1920, 1080)] {
        v.push(Step { reply: Some(EMPATHIC), ..step("8-written-desk", size, choose(), Some(written_opening)) });
    }
    let big = (1920, 1080);
    let sent = vec![GameCommand::Act(write(EMPATHIC))];
    v.push(Step { finish: true, ..step("8a-written-debrief", big, sent, None) });
    v.push(step("8b-written-blamed", big, choose(), Some(written_blamed)));
    v.push(step("8c-written-heard", big, choose(), Some(written_heard)));
    v
}

/// The plan the tour's sitting follows, and the lesson it hands in.
const TRAINING_PLAN: &str = "2026-12-eerste-reactie";
const TRAINING_LESSON: &str = "Ik ga beter luisteren en eerst samenvatten voor ik een oplossing noem; een zwakke rits meld ik deze week aan de teamleider.";
/// The editor's demo: the grounded example filled in by a student, with a
/// day of purchase that does not exist.
fn editor_demo() -> Draft {
    let received = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).and_then(|d| d.and_hms_opt(10, 0, 0));
    let mut d = Draft::from_template(Lang::Nl, crate::model::Verdict::Grounded, "Fatima", received.unwrap_or_default());
    d.set_title("Knoop los na één dag");
    d.case.customer.name = "Fatima el Amrani".into();
    d.case.order.product = "G-Star RAW blouse, wit, maat M".into();
    d.purchased = "2026-11-31".into();
    d.case.opening = "Hoi, de knoop van mijn nieuwe blouse zat er na één dag al af!".into();
    d
}

/// A classmate's file with a mistake in it, picked for import.
fn broken_import(dir: &std::path::Path) -> Vec<GameCommand> {
    let file = dir.join("knoop-los-van-sanne.ron");
    let text = editor_demo().to_ron().replace("2026-11-31", "2026-11-06").replace("in_stock: true", "in_stock: ja");
    if let Err(e) = std::fs::write(&file, text) {
        error!("{}: {e}", file.display());
    }
    vec![GameCommand::Editor(EditorCommand::Import(file))]
}

fn walk(
    mut tour: ResMut<Tour>,
    mut commands: Commands,
    mut writer: MessageWriter<GameCommand>,
    mut window: Single<&mut Window, With<PrimaryWindow>>,
    screen: Res<State<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut forms: Option<ResMut<super::desk::DeskForms>>,
) {
    if let Some(p) = &tour.pending {
        if !p.exists() {
            return;
        }
        tour.pending = None;
        tour.step += 1;
        tour.wait = 0;
    }
    let Some(step) = steps().into_iter().nth(tour.step) else {
        exit.write(AppExit::Success);
        return;
    };
    if tour.step == 0
        && tour.wait == 0
        && let Err(e) = std::fs::create_dir_all(&tour.out)
    {
        error!("{}: {e}", tour.out.display());
        exit.write(AppExit::error());
        return;
    }
    if tour.wait == 0 && step.interrupted {
        commands.run_system_cached_with(super::journal::offer_demo, (DEMO, demo_opening()));
    }
    if tour.wait == 0 {
        window.resolution.set(step.size.0 as f32, step.size.1 as f32);
        let files = step.files.map(|f| f(&tour.out)).unwrap_or_default();
        for c in step.commands.into_iter().chain(files) {
            writer.write(c);
        }
    }
    if let Some(demo) = step.demo
        && tour.wait == 5
        && *screen.get() == Screen::Desk
    {
        for a in demo() {
            writer.write(GameCommand::Act(a));
        }
    }
    if tour.wait == 5 {
        for c in step.later {
            writer.write(c);
        }
    }
    if let (Some(text), Some(forms)) = (step.reply, forms.as_deref_mut())
        && tour.wait == 8
    {
        forms.reply = Some(text.to_owned());
    }
    if step.finish && tour.wait == 10 {
        writer.write(GameCommand::Finish);
    }
    // The pair role-play's cases go to the observer's sheet instead.
    if step.finish && tour.wait == 15 && *screen.get() == Screen::SelfAssessment {
        writer.write(GameCommand::SkipSelfAssessment);
    }
    tour.wait += 1;
    if tour.wait == 30 && !step.shot {
        tour.step += 1;
        tour.wait = 0;
        return;
    }
    if tour.wait == 30 {
        let path = tour.out.join(format!("{}.png", step.name));
        // A picture of an earlier tour must not pass for this one.
        if let Err(e) = std::fs::remove_file(&path)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            error!("{}: {e}", path.display());
            exit.write(AppExit::error());
            return;
        }
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path.clone()));
        tour.pending = Some(path);
    }
}
