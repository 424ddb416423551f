//! The customer's mood path, and two endings of one case side by side, for "try again from here"
//! (`crate::sim::retry`): the mood path, the CSAT and the score per step of
//! each, and what changed.

use chrono::NaiveDateTime;

use crate::model::{Scenario, Step};
use crate::sim::{ConsequenceKind, State};

use super::Debrief;

/// The customer's mood at receipt and after each action.
pub fn mood_curve(s: &Scenario, st: &State) -> Vec<(NaiveDateTime, i32)> {
    let start = s.customer.mood.map_or_else(|| s.customer.temperament.start_mood(), i32::from);
    std::iter::once((st.start, start)).chain(st.mood_curve.iter().map(|p| (p.at, p.mood))).collect()
}

/// How one session ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Ending {
    pub mood_curve: Vec<(NaiveDateTime, i32)>,
    pub csat: u8,
    pub csat_collected: bool,
    pub steps: Vec<(Step, u32)>,
    pub overall: u32,
    pub consequences: Vec<ConsequenceKind>,
}

impl Ending {
    pub fn of(d: &Debrief, st: &State) -> Ending {
        Ending {
            mood_curve: d.mood_curve.clone(),
            csat: d.csat,
            csat_collected: d.csat_collected,
            steps: d.steps.iter().map(|s| (s.step, s.score)).collect(),
            overall: d.overall,
            consequences: st.consequences.iter().map(|c| c.kind).collect(),
        }
    }
}

/// The first ending and the retry's.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub first: Ending,
    pub retry: Ending,
}

impl Comparison {
    pub fn csat_change(&self) -> i32 {
        i32::from(self.retry.csat) - i32::from(self.first.csat)
    }

    pub fn overall_change(&self) -> i32 {
        self.retry.overall as i32 - self.first.overall as i32
    }

    /// The change of each step's score, in the order of the steps.
    pub fn step_changes(&self) -> Vec<(Step, i32)> {
        self.first
            .steps
            .iter()
            .zip(&self.retry.steps)
            .map(|(&(step, a), &(_, b))| (step, b as i32 - a as i32))
            .collect()
    }

    /// The consequences the retry avoided, and those it caused.
    pub fn consequences_changed(&self) -> (Vec<ConsequenceKind>, Vec<ConsequenceKind>) {
        let (a, b) = (&self.first.consequences, &self.retry.consequences);
        (a.iter().filter(|k| !b.contains(k)).copied().collect(), b.iter().filter(|k| !a.contains(k)).copied().collect())
    }
}
