//! The trainee's self-assessment: their own rating of each step of the
//! method, given before the score is shown (issue 13, "self-assessment
//! first"), and how it stands against the engine's score of that step.
//! The gap between the two is where the class discussion starts, so the
//! log keeps both; the game, the terminal and the trainer's review all
//! compare them with [`engine_rating`], so a gap reads the same everywhere.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Step;

/// How the trainee rates their own handling of one step: three plain
/// answers a trainer can ask "why?" about, one click each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SelfRating {
    /// "Goed": done, and done well.
    Good,
    /// "Kon beter": done, but not as it should be.
    CouldBeBetter,
    /// "Niet gedaan": left out.
    NotDone,
}

impl SelfRating {
    /// Best first, as the game and the terminal offer them.
    pub const ALL: [SelfRating; 3] = [SelfRating::Good, SelfRating::CouldBeBetter, SelfRating::NotDone];

    /// Stable key, as the log writes it.
    pub fn key(self) -> &'static str {
        match self {
            SelfRating::Good => "good",
            SelfRating::CouldBeBetter => "could-be-better",
            SelfRating::NotDone => "not-done",
        }
    }

    /// The id of its name in the translations.
    pub fn msg(self) -> &'static str {
        match self {
            SelfRating::Good => "self-rating-good",
            SelfRating::CouldBeBetter => "self-rating-could-be-better",
            SelfRating::NotDone => "self-rating-not-done",
        }
    }

    /// Higher is better: for comparing a rating with the engine's.
    fn rank(self) -> u8 {
        match self {
            SelfRating::Good => 2,
            SelfRating::CouldBeBetter => 1,
            SelfRating::NotDone => 0,
        }
    }
}

/// A step score from which the engine calls the step good: where the
/// debrief's bars turn green.
pub const GOOD_FROM: u32 = 75;

/// The engine's score of a step on the trainee's scale: good from
/// [`GOOD_FROM`], not done at 0 (nothing of the step earned a point), and
/// could be better in between.
pub fn engine_rating(score: u32) -> SelfRating {
    match score {
        0 => SelfRating::NotDone,
        s if s >= GOOD_FROM => SelfRating::Good,
        _ => SelfRating::CouldBeBetter,
    }
}

/// How the trainee's rating of a step stands against the engine's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// The same as the engine's.
    Same,
    /// Rated better than the engine scored it: overestimated.
    Higher,
    /// Rated worse than the engine scored it: underestimated.
    Lower,
}

impl Gap {
    pub fn of(own: SelfRating, score: u32) -> Gap {
        match own.rank().cmp(&engine_rating(score).rank()) {
            std::cmp::Ordering::Equal => Gap::Same,
            std::cmp::Ordering::Greater => Gap::Higher,
            std::cmp::Ordering::Less => Gap::Lower,
        }
    }

    /// The id of its words in the translations.
    pub fn msg(self) -> &'static str {
        match self {
            Gap::Same => "self-gap-same",
            Gap::Higher => "self-gap-higher",
            Gap::Lower => "self-gap-lower",
        }
    }
}

/// What the trainee said of their own handling, once the case was over.
/// A session without one (a script run, a log from before this existed, a
/// window closed before answering) has none at all: `Option<SelfAssessment>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Wire", into = "Wire")]
pub enum SelfAssessment {
    /// Asked, and the trainee chose to go straight to the score.
    Skipped,
    /// A rating for every step, in the order of `Step::ALL`.
    Rated([SelfRating; 7]),
}

impl SelfAssessment {
    /// The ratings, once every step has one; `None` while one is missing.
    pub fn complete(ratings: [Option<SelfRating>; 7]) -> Option<SelfAssessment> {
        let mut all = [SelfRating::Good; 7];
        for (slot, r) in all.iter_mut().zip(ratings) {
            *slot = r?;
        }
        Some(SelfAssessment::Rated(all))
    }

    /// The trainee's rating of one step; `None` when skipped.
    pub fn rating(&self, step: Step) -> Option<SelfRating> {
        match self {
            SelfAssessment::Skipped => None,
            SelfAssessment::Rated(r) => Some(r[step.index()]),
        }
    }

    /// How many steps the trainee rated higher and lower than the engine
    /// scored them, given the engine's score per step (in the order of
    /// `Step::ALL`); `None` when skipped.
    pub fn gaps(&self, scores: &[u32; 7]) -> Option<(usize, usize)> {
        let SelfAssessment::Rated(r) = self else { return None };
        let gaps: Vec<Gap> = r.iter().zip(scores).map(|(own, score)| Gap::of(*own, *score)).collect();
        Some((gaps.iter().filter(|g| **g == Gap::Higher).count(), gaps.iter().filter(|g| **g == Gap::Lower).count()))
    }
}

/// The log's form: the word `"skipped"`, or each step with its rating
/// (`{"listen":"good",...}`, the steps named as in the record's scores).
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Wire {
    Skipped(SkippedWord),
    Rated(BTreeMap<Step, SelfRating>),
}

#[derive(Serialize, Deserialize)]
enum SkippedWord {
    #[serde(rename = "skipped")]
    Skipped,
}

impl TryFrom<Wire> for SelfAssessment {
    type Error = String;

    fn try_from(w: Wire) -> Result<Self, String> {
        match w {
            Wire::Skipped(_) => Ok(SelfAssessment::Skipped),
            Wire::Rated(map) => {
                let ratings = std::array::from_fn(|i| map.get(&Step::ALL[i]).copied());
                SelfAssessment::complete(ratings).ok_or_else(|| "a self-assessment rates every step".to_owned())
            }
        }
    }
}

impl From<SelfAssessment> for Wire {
    fn from(a: SelfAssessment) -> Wire {
        match a {
            SelfAssessment::Skipped => Wire::Skipped(SkippedWord::Skipped),
            SelfAssessment::Rated(r) => Wire::Rated(Step::ALL.iter().copied().zip(r).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SelfRating::*;

    #[test]
    fn the_engines_score_reads_on_the_trainees_scale() {
        let cases = [(0, NotDone), (1, CouldBeBetter), (74, CouldBeBetter), (75, Good), (100, Good)];
        for (score, want) in cases {
            assert_eq!(engine_rating(score), want, "{score}");
        }
        assert_eq!(Gap::of(Good, 40), Gap::Higher);
        assert_eq!(Gap::of(NotDone, 40), Gap::Lower);
        assert_eq!(Gap::of(CouldBeBetter, 40), Gap::Same);
        assert_eq!(Gap::of(CouldBeBetter, 0), Gap::Higher);
        assert_eq!(Gap::of(Good, 90), Gap::Same);
    }

    #[test]
    fn only_a_rating_for_every_step_is_complete() {
        let mut ratings = [Some(Good); 7];
        ratings[Step::Execute.index()] = None;
        assert_eq!(SelfAssessment::complete(ratings), None);
        ratings[Step::Execute.index()] = Some(NotDone);
        let a = SelfAssessment::complete(ratings).unwrap();
        assert_eq!(a.rating(Step::Execute), Some(NotDone));
        assert_eq!(a.rating(Step::Listen), Some(Good));
        assert_eq!(SelfAssessment::Skipped.rating(Step::Listen), None);
        // Execute scored 60 but "not done": one lower; listen scored 20 but
        // "good": one higher.
        let scores = [20, 100, 100, 100, 60, 100, 100];
        assert_eq!(a.gaps(&scores), Some((1, 1)));
        assert_eq!(SelfAssessment::Skipped.gaps(&scores), None);
    }

    #[test]
    fn the_log_writes_the_word_or_every_step() {
        assert_eq!(serde_json::to_string(&SelfAssessment::Skipped).unwrap(), "\"skipped\"");
        let a = SelfAssessment::Rated([Good, CouldBeBetter, NotDone, Good, Good, CouldBeBetter, NotDone]);
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.starts_with("{\"listen\":\"good\",\"acknowledge\":\"could-be-better\",\"analyze\":\"not-done\""));
        assert_eq!(serde_json::from_str::<SelfAssessment>(&json).unwrap(), a);
        assert_eq!(serde_json::from_str::<SelfAssessment>("\"skipped\"").unwrap(), SelfAssessment::Skipped);
        // A step missing, a word not on the scale: not a self-assessment.
        assert!(serde_json::from_str::<SelfAssessment>("{\"listen\":\"good\"}").is_err());
        assert!(serde_json::from_str::<SelfAssessment>("\"great\"").is_err());
    }
}
