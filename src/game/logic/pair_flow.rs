//! The pair's commands, turned into the exercise's steps: the setup's draw
//! and start, the role card, the desk, the observer's sheet, the record
//! with the pair's part, and the swap to the next case.

use bevy::prelude::*;

use super::{Game, log_outcome, start_case};
use crate::game::pair::{Exercise, PairCommand, Played, draw, exercise_id, refusal};
use crate::game::{Countdown, Mode, Outcome, Play, Screen};

pub(super) fn handle(
    c: PairCommand,
    commands: &mut Commands,
    game: &mut Game,
    play: Option<&mut Play>,
    outcome: Option<&mut Outcome>,
) {
    let lang = game.settings.lang;
    // The sheet may change while the case is at the desk, and after it
    // until the record is written.
    let sheet_open = play.is_some() || outcome.as_deref().is_some_and(|o| o.logged.is_none());
    match c {
        PairCommand::Draw => {
            game.pair.form.cases = draw(&game.lib.0, lang, &mut rand::rng());
            game.pair.form.refused = None;
        }
        PairCommand::Pick(id) => {
            if let Some(loaded) = game.lib.0.get(&id) {
                game.pair.form.cases.insert(loaded.scenario.truth.verdict, id);
            }
        }
        PairCommand::Start { names, observer, cases } => {
            let names = names.map(|n| n.trim().to_owned());
            if let Some(why) = refusal(&game.lib.0, &names, &cases) {
                game.pair.form.refused = Some(why);
                return;
            }
            game.pair.form.refused = None;
            let id = exercise_id(&mut rand::rng());
            game.pair.exercise = Some(Exercise::new(names, observer.trim().to_owned(), cases, id));
            // The 20:00 runs from the start screen on; a pair started
            // another way gets its own.
            if game.settings.mode != Mode::Classroom || game.countdown.is_none() {
                game.settings.mode = Mode::Classroom;
                let total = std::time::Duration::from_secs(Mode::Classroom.minutes().unwrap_or(20) * 60);
                commands.insert_resource(Countdown { ends: std::time::Instant::now() + total, total });
            }
            game.next.set(Screen::RoleCard);
        }
        PairCommand::ShowCard => {
            if let Some(x) = game.pair.exercise.as_mut() {
                x.card_shown = true;
            }
        }
        PairCommand::ToDesk => {
            let Some(x) = game.pair.exercise.as_mut() else { return };
            // The employee is the trainee of the case: the journal and the
            // record carry their name.
            game.settings.trainee = x.employee().to_owned();
            x.sheet_open = false;
            let id = x.case().to_owned();
            start_case(commands, game, &id);
        }
        PairCommand::ToggleSheet => {
            if let Some(x) = game.pair.exercise.as_mut() {
                x.sheet_open = !x.sheet_open && play.is_some();
            }
        }
        PairCommand::Observe(step, seen) => {
            if let Some(x) = game.pair.exercise.as_mut().filter(|_| sheet_open) {
                x.ratings.insert(step, seen);
            }
        }
        PairCommand::Comment(step, text) => {
            if let Some(x) = game.pair.exercise.as_mut().filter(|_| sheet_open) {
                x.comments.insert(step, text);
            }
        }
        PairCommand::SheetDone => {
            let (Some(x), Some(o)) = (game.pair.exercise.as_mut(), outcome) else { return };
            if o.logged.is_some() {
                return;
            }
            let Ok(sheet) = x.sheet(o.loaded.scenario.truth.verdict) else { return };
            let pair = x.pair(sheet);
            x.played.push(Played {
                title: o.debrief.title.clone(),
                employee: x.employee().to_owned(),
                pair: pair.clone(),
                steps: o.debrief.steps.iter().map(|s| (s.step, s.score)).collect(),
                overall: o.debrief.overall,
            });
            o.pair = Some(pair);
            log_outcome(o, game);
            game.next.set(Screen::PairDebrief);
        }
        PairCommand::Next => {
            let time_left = game.countdown.as_ref().is_some_and(|c| !c.left().is_zero());
            let Some(x) = game.pair.exercise.as_mut() else { return };
            if x.played.len() != x.round + 1 {
                return;
            }
            x.ratings.clear();
            x.comments.clear();
            x.card_shown = false;
            if x.round + 1 < x.cases.len() && time_left {
                x.round += 1;
                game.next.set(Screen::RoleCard);
            } else {
                game.next.set(Screen::PairOverview);
            }
        }
    }
}
