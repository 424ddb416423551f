//! `klachtsim tour --out DIR`: walks every screen with a demo case in a
//! real window, saves one PNG per screen at 1280x720 and at 1920x1080, and
//! exits. Used by CI (under Xvfb) and by people checking the layout.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::window::screenshot::{Screenshot, save_to_disk};
use bevy::window::PrimaryWindow;

use crate::i18n::Lang;
use crate::model::Action;

use super::{GameCommand, Mode, Screen};

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
        v.push(step("2-cases", vec![begin], None));
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
        let drill = vec![GameCommand::CloseCard, GameCommand::OpenDrill, GameCommand::SubmitDrill(answer)];
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
        for c in step.commands {
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
    if step.finish && tour.wait == 15 {
        writer.write(GameCommand::SkipSelfAssessment);
    }
    tour.wait += 1;
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
