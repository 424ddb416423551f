//! The lesson's pair role-play ("rollenspel in tweetallen"): two students
//! (and perhaps a third who observes) play three cases, one per verdict, as
//! customer and employee, and swap roles after each case; 20:00 in all.
//! Before each case the customer reads the engine's role card
//! (`classroom::RoleCard`); the employee works at the normal desk while the
//! conversation happens aloud; the observer keeps the observation sheet;
//! the pair's debrief puts the observer's view beside the engine's.
//!
//! This file holds the exercise's state and its rules (who plays what, the
//! draw, what a complete sheet is); `logic::pair_flow` turns the pair's
//! commands into them, and the other files draw the screens.

mod card;
mod debrief;
mod setup;
pub(super) mod sheet;

use std::collections::BTreeMap;

use bevy::prelude::*;
use rand::RngExt;

use crate::i18n::{Lang, Text};
use crate::load::Library;
use crate::log::pair::{Observation, Pair, Seen};
use crate::model::{Step, Verdict};

pub fn plugin(app: &mut App) {
    app.add_plugins((setup::plugin, card::plugin, sheet::plugin, debrief::plugin));
}

/// What every pair screen reads: the settings, the time left, the case
/// just played, and the exercise.
#[derive(bevy::ecs::system::SystemParam)]
struct Shown<'w> {
    settings: Res<'w, super::Settings>,
    countdown: Option<Res<'w, super::Countdown>>,
    outcome: Option<Res<'w, super::Outcome>>,
    pair: Res<'w, PairState>,
}

/// What the students ask of the pair role-play.
#[derive(Clone, Debug, PartialEq)]
pub enum PairCommand {
    /// Draw a case per verdict for the setup form ("kies voor ons").
    Draw,
    /// Put a case in the setup form for its verdict.
    Pick(String),
    /// Start the exercise: the two students (the first plays the employee
    /// first), a third who observes (empty: the customer does), and the
    /// three cases in the order they are played.
    Start { names: [String; 2], observer: String, cases: [String; 3] },
    /// The customer has the screen: show them the role card.
    ShowCard,
    /// The role card is read: the employee's desk.
    ToDesk,
    /// Show or hide the observation sheet over the desk.
    ToggleSheet,
    /// The observer rates a step (again: the last click counts).
    Observe(Step, Seen),
    /// The observer's comment on a step, as it stands.
    Comment(Step, String),
    /// The sheet is complete: log the case, show the pair's debrief.
    SheetDone,
    /// On to the next case with the roles swapped, or to the overview.
    Next,
}

/// The pair role-play: the setup form, and the exercise once started.
#[derive(Resource, Default)]
pub struct PairState {
    pub form: PairForm,
    pub exercise: Option<Exercise>,
}

/// The setup form: the cases chosen so far, per verdict, and why the last
/// start was refused.
#[derive(Default)]
pub struct PairForm {
    pub second: String,
    pub observer: String,
    pub cases: BTreeMap<Verdict, String>,
    pub refused: Option<Text>,
}

/// One exercise of three cases.
#[derive(Clone, Debug)]
pub struct Exercise {
    pub names: [String; 2],
    /// A third student who observes; empty: the customer observes.
    pub third: String,
    /// Ties the three records together (hexadecimal).
    pub id: String,
    pub cases: [String; 3],
    /// From 0: the case being played (or just debriefed).
    pub round: usize,
    /// The customer has taken the screen and reads the role card.
    pub card_shown: bool,
    /// The observation sheet is open over the desk.
    pub sheet_open: bool,
    /// The sheet of this round, as it is being filled.
    pub ratings: BTreeMap<Step, Seen>,
    pub comments: BTreeMap<Step, String>,
    /// The cases played, with their results, in order.
    pub played: Vec<Played>,
}

/// A case of the exercise, played and logged.
#[derive(Clone, Debug)]
pub struct Played {
    pub title: String,
    pub employee: String,
    pub pair: Pair,
    pub steps: BTreeMap<Step, u32>,
    pub overall: u32,
}

impl Exercise {
    pub fn new(names: [String; 2], third: String, cases: [String; 3], id: String) -> Exercise {
        Exercise {
            names,
            third,
            id,
            cases,
            round: 0,
            card_shown: false,
            sheet_open: false,
            ratings: BTreeMap::new(),
            comments: BTreeMap::new(),
            played: Vec::new(),
        }
    }

    /// Who plays the employee this round: the first name first, then in turn.
    pub fn employee(&self) -> &str {
        &self.names[self.round % 2]
    }

    pub fn customer(&self) -> &str {
        &self.names[(self.round + 1) % 2]
    }

    /// Who keeps the sheet: the third student, or else the customer.
    pub fn observer(&self) -> &str {
        if self.third.is_empty() { self.customer() } else { &self.third }
    }

    pub fn case(&self) -> &str {
        &self.cases[self.round]
    }

    /// The round's roles in one line, for the top of every pair screen.
    pub fn roles(&self) -> Text {
        Text::msg("pair-roles")
            .arg("round", self.round as i64 + 1)
            .arg("rounds", self.cases.len() as i64)
            .arg("customer", self.customer())
            .arg("employee", self.employee())
            .arg("observer", self.observer())
    }

    /// The observer's sheet in the order of the verdict's sequence, once
    /// every step in it is rated; otherwise how many are left.
    pub fn sheet(&self, verdict: Verdict) -> Result<Vec<Observation>, usize> {
        let steps = crate::classroom::sheet_steps(verdict);
        let left = steps.iter().filter(|s| !self.ratings.contains_key(s)).count();
        if left > 0 {
            return Err(left);
        }
        Ok(steps
            .into_iter()
            .map(|step| Observation {
                step,
                rating: self.ratings[&step],
                comment: self.comments.get(&step).map(|c| c.trim().to_owned()).unwrap_or_default(),
            })
            .collect())
    }

    /// The pair part of this round's record.
    pub fn pair(&self, sheet: Vec<Observation>) -> Pair {
        Pair {
            customer: self.customer().to_owned(),
            observer: self.observer().to_owned(),
            exercise: self.id.clone(),
            round: self.round as u8 + 1,
            sheet,
        }
    }
}

/// The cases the setup offers for a verdict: the library's in the
/// students' language (the pair's own cases among them), all of them if
/// none is in it.
pub fn offered(lib: &Library, lang: Lang, verdict: Verdict) -> Vec<&crate::load::LoadedScenario> {
    let own = lib.scenarios.iter().any(|s| s.scenario.language == lang.code());
    lib.scenarios
        .iter()
        .filter(|s| s.scenario.truth.verdict == verdict && (!own || s.scenario.language == lang.code()))
        .collect()
}

/// "Kies voor ons": a case per verdict, drawn from those offered.
pub fn draw(lib: &Library, lang: Lang, rng: &mut impl rand::Rng) -> BTreeMap<Verdict, String> {
    Verdict::ALL
        .iter()
        .filter_map(|v| {
            let cases = offered(lib, lang, *v);
            (!cases.is_empty()).then(|| (*v, cases[rng.random_range(0..cases.len())].scenario.id.clone()))
        })
        .collect()
}

/// Why these names and cases cannot start an exercise, if they cannot: a
/// name missing, the same name twice, a case not in the library, or not
/// one case per verdict.
pub fn refusal(lib: &Library, names: &[String; 2], cases: &[String; 3]) -> Option<Text> {
    if names.iter().any(|n| n.trim().is_empty()) {
        return Some(Text::msg("pair-refused-names"));
    }
    if names[0].trim().eq_ignore_ascii_case(names[1].trim()) {
        return Some(Text::msg("pair-refused-same-name"));
    }
    let mut verdicts = Vec::new();
    for id in cases {
        if id.is_empty() {
            return Some(Text::msg("pair-refused-verdicts"));
        }
        let Some(loaded) = lib.get(id) else {
            return Some(Text::msg("pair-refused-unknown-case").arg("id", id.as_str()));
        };
        verdicts.push(loaded.scenario.truth.verdict);
    }
    verdicts.sort();
    (verdicts != Verdict::ALL).then(|| Text::msg("pair-refused-verdicts"))
}

/// A fresh exercise id: 8 hexadecimal digits.
pub fn exercise_id(rng: &mut impl rand::Rng) -> String {
    format!("{:08x}", rng.random::<u32>())
}
