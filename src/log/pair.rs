//! A case played as the lesson's pair role-play ("rollenspel in
//! tweetallen"), as the log keeps it: who played the customer and who the
//! employee, who observed, and the observation sheet, step by step, beside
//! which the engine's own step scores stand (`Record::steps`). Each case of
//! the exercise is its own record; `exercise` ties the three together.

use serde::{Deserialize, Serialize};

use crate::model::Step;

/// The pair part of a record. The employee is the record's `trainee`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    /// Who played the customer.
    pub customer: String,
    /// Who kept the observation sheet: the customer, or a third student.
    pub observer: String,
    /// The same for the cases of one exercise (random, hexadecimal).
    pub exercise: String,
    /// The case's place in the exercise, from 1.
    pub round: u8,
    /// The observer's view, one entry per step they rated.
    pub sheet: Vec<Observation>,
}

/// The observer's rating of one step, with their comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub step: Step,
    pub rating: Seen,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// How well a step was done, as an observer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Seen {
    Not,
    Partly,
    Done,
}

impl Seen {
    pub const ALL: [Seen; 3] = [Seen::Done, Seen::Partly, Seen::Not];

    /// The engine's score for a step read as an observer's rating: 75 and
    /// up is done, 40 and up partly, below that not. The same bands as the
    /// debrief's colours, so that "agree" means what a student sees.
    pub fn of_score(score: u32) -> Seen {
        match score {
            75.. => Seen::Done,
            40..=74 => Seen::Partly,
            _ => Seen::Not,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Seen::Done => "done",
            Seen::Partly => "partly",
            Seen::Not => "not",
        }
    }

    /// The translation id of its name.
    pub fn msg(self) -> &'static str {
        match self {
            Seen::Done => "seen-done",
            Seen::Partly => "seen-partly",
            Seen::Not => "seen-not",
        }
    }

    /// How far apart two ratings are: 0 (the same), 1 or 2 (done against not).
    pub fn distance(self, other: Seen) -> u32 {
        (self as i32 - other as i32).unsigned_abs()
    }
}

impl Pair {
    /// Per rated step: the observer's rating and the engine's, read from the
    /// record's step scores (`steps`). A step the engine did not score is left out.
    pub fn views(&self, steps: &std::collections::BTreeMap<Step, u32>) -> Vec<(Step, Seen, Seen)> {
        self.sheet.iter().filter_map(|o| steps.get(&o.step).map(|&s| (o.step, o.rating, Seen::of_score(s)))).collect()
    }

    /// How much observer and engine disagree over the whole sheet: the sum
    /// of the distances per step (0 = they agree everywhere).
    pub fn disagreement(&self, steps: &std::collections::BTreeMap<Step, u32>) -> u32 {
        self.views(steps).iter().map(|(_, seen, engine)| seen.distance(*engine)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn bands_and_disagreement() {
        assert_eq!(Seen::of_score(100), Seen::Done);
        assert_eq!(Seen::of_score(75), Seen::Done);
        assert_eq!(Seen::of_score(74), Seen::Partly);
        assert_eq!(Seen::of_score(40), Seen::Partly);
        assert_eq!(Seen::of_score(39), Seen::Not);
        let steps = BTreeMap::from([(Step::Listen, 90), (Step::Offer, 10), (Step::Execute, 50)]);
        let pair = Pair {
            customer: "Sanne".into(),
            observer: "Sanne".into(),
            exercise: "ab12".into(),
            round: 1,
            sheet: vec![
                Observation { step: Step::Listen, rating: Seen::Done, comment: String::new() },
                Observation { step: Step::Offer, rating: Seen::Done, comment: "goed aanbod".into() },
                Observation { step: Step::Execute, rating: Seen::Not, comment: String::new() },
                Observation { step: Step::Improve, rating: Seen::Not, comment: String::new() },
            ],
        };
        assert_eq!(pair.views(&steps).len(), 3, "a step without an engine score is left out");
        assert_eq!(pair.disagreement(&steps), 2 + 1);
    }
}
