//! The pair sessions in which the observer's sheet and the engine's score
//! are furthest apart (`Pair::disagreement`): where the class discussion
//! can start. Pairs are numbered in the order the log first shows them
//! ("tweetal 1", "tweetal 2"), never named.

use crate::log::Record;
use crate::log::pair::Seen;
use crate::model::{Step, Verdict};

use super::redact::Names;

/// One case of a pair's exercise, both views per step.
#[derive(Clone, Debug, PartialEq)]
pub struct PairSession {
    /// The pair's number, from 1, in the order of the log.
    pub pair: usize,
    /// The case's place in the exercise, from 1.
    pub round: u8,
    pub scenario: String,
    pub verdict: Verdict,
    /// The sum of the distances per step (0: agreed everywhere).
    pub disagreement: u32,
    pub steps: Vec<PairStep>,
}

/// One step as the observer rated it and as the engine scored it.
#[derive(Clone, Debug, PartialEq)]
pub struct PairStep {
    pub step: Step,
    pub observer: Seen,
    pub engine: Seen,
    /// The engine's score, 0 to 100.
    pub score: u32,
    /// The observer's comment, with names hidden.
    pub comment: String,
}

/// The `most` pair sessions of `rs` with the most disagreement, most
/// first (the log's order when equal), leaving out those that agree
/// everywhere; and how many pair sessions there are in all.
pub fn most_disagreeing(rs: &[&Record], names: &Names, most: usize) -> (Vec<PairSession>, usize) {
    let mut exercises: Vec<&str> = Vec::new();
    let mut all: Vec<PairSession> = Vec::new();
    for r in rs {
        let Some(p) = &r.pair else { continue };
        let pair = match exercises.iter().position(|e| *e == p.exercise) {
            Some(i) => i + 1,
            None => {
                exercises.push(&p.exercise);
                exercises.len()
            }
        };
        let steps = p
            .views(&r.steps)
            .into_iter()
            .map(|(step, observer, engine)| PairStep {
                step,
                observer,
                engine,
                score: r.steps.get(&step).copied().unwrap_or(0),
                comment: p.sheet.iter().find(|o| o.step == step).map(|o| names.hide(&o.comment)).unwrap_or_default(),
            })
            .collect();
        all.push(PairSession {
            pair,
            round: p.round,
            scenario: r.scenario.title.clone(),
            verdict: r.scenario.verdict,
            disagreement: p.disagreement(&r.steps),
            steps,
        });
    }
    let total = all.len();
    all.retain(|s| s.disagreement > 0);
    all.sort_by_key(|s| std::cmp::Reverse(s.disagreement));
    all.truncate(most);
    (all, total)
}
