//! The tour's walk through the pair role-play: Sanne and Daan play the
//! three demo cases, one per verdict, swapping roles; the pictures show
//! the setup, the role card, the observation sheet at the desk and after
//! it, the pair's debrief, the second case's hand-over and the overview.
//! The log gets the exercise's three records (`tests/game_process.rs`
//! checks them).

use crate::i18n::Lang;
use crate::log::pair::Seen::{self, *};
use crate::model::{Action, Step};

use super::super::pair::PairCommand;
use super::super::{GameCommand, Mode};

/// The unfounded case of the exercise.
const UNFOUNDED: &str = "gstar-gekrompen-droger";

fn cases() -> [String; 3] {
    [super::DEMO, super::DOUBTFUL, UNFOUNDED].map(String::from)
}

fn pair(c: PairCommand) -> GameCommand {
    GameCommand::Pair(c)
}

/// The observer's ratings of the seven steps, in `Step::ALL`'s order.
fn sheet(ratings: [Seen; 7]) -> Vec<GameCommand> {
    Step::ALL.iter().zip(ratings).map(|(s, r)| pair(PairCommand::Observe(*s, r))).collect()
}

fn demo_all() -> Vec<Action> {
    let mut v = super::demo_opening();
    v.extend(super::demo_rest());
    v
}

fn let_finish() -> Vec<Action> {
    vec![Action::LetFinish]
}

/// A tour step of the walk: its picture's name (empty: none), commands, a
/// handling to play at the desk, commands once the screen shows, and
/// whether to finish the case after the handling.
pub(super) type PairStep = (&'static str, Vec<GameCommand>, Option<fn() -> Vec<Action>>, Vec<GameCommand>, bool);

pub(super) fn walk() -> Vec<PairStep> {
    let begin =
        GameCommand::Begin { trainee: "Sanne".into(), group: "Tour".into(), lang: Lang::Nl, mode: Mode::Classroom };
    let mut setup = vec![GameCommand::Restart, begin];
    setup.extend(cases().map(|id| pair(PairCommand::Pick(id))));
    let start =
        pair(PairCommand::Start { names: ["Sanne".into(), "Daan".into()], observer: String::new(), cases: cases() });
    let during = vec![
        pair(PairCommand::ToggleSheet),
        pair(PairCommand::Observe(Step::Listen, Done)),
        pair(PairCommand::Comment(Step::Listen, "Liet de klant uitpraten en vroeg naar de postcode".into())),
        pair(PairCommand::Observe(Step::Acknowledge, Partly)),
    ];
    let mut after = vec![GameCommand::Finish];
    after.extend(sheet([Done, Partly, Done, Done, Not, Not, Partly]));
    after.push(pair(PairCommand::Comment(Step::Offer, "Bood meteen een nieuwe jeans aan, binnen 2 dagen".into())));
    let mut second = sheet([Done, Done, Partly, Partly, Not, Not, Not]);
    second.extend([
        pair(PairCommand::SheetDone),
        pair(PairCommand::Next),
        pair(PairCommand::ShowCard),
        pair(PairCommand::ToDesk),
    ]);
    let mut third = sheet([Partly, Not, Not, Not, Not, Not, Not]);
    third.extend([pair(PairCommand::SheetDone), pair(PairCommand::Next)]);
    vec![
        ("8-pair-setup", setup, None, Vec::new(), false),
        ("8a-pair-card", vec![start, pair(PairCommand::ShowCard)], None, Vec::new(), false),
        ("8b-pair-sheet", vec![pair(PairCommand::ToDesk)], Some(demo_all), during, false),
        ("8c-pair-sheet-done", after, None, Vec::new(), false),
        ("8d-pair-debrief", vec![pair(PairCommand::SheetDone)], None, Vec::new(), false),
        ("8e-pair-card-2", vec![pair(PairCommand::Next)], None, Vec::new(), false),
        (
            "",
            vec![pair(PairCommand::ShowCard), pair(PairCommand::ToDesk)],
            Some(super::doubtful_actions),
            Vec::new(),
            true,
        ),
        ("", second, Some(let_finish), Vec::new(), true),
        ("8f-pair-overview", third, None, Vec::new(), false),
    ]
}
