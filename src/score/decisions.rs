//! The overall score measures judgement: the decisions carry 60 of its 100
//! points, how the steps were carried out the other 40. The decisions are
//! the verdict (weighing most), the rest of the classification, the
//! solution (fits the case, within authority), escalation, and the SLA.
//! The conduct part is the mean of the seven step scores, so every item of
//! the debrief still counts, but clicking through the procedure alone can
//! no longer carry a case.

use crate::model::{Rating, Scenario};
use crate::policy::Rule;
use crate::sim::State;
use crate::sla::{Deadlines, Standing};

/// Points of the overall score that come from decisions.
pub const DECISIONS: u32 = 60;

/// One decision and what it earned of the overall score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub kind: DecisionKind,
    pub points: u32,
    pub max: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    Verdict,
    Classification,
    Solution,
    Escalation,
    Sla,
}

impl DecisionKind {
    /// The translation id of its name.
    pub fn msg(self) -> &'static str {
        match self {
            DecisionKind::Verdict => "decision-verdict",
            DecisionKind::Classification => "decision-classification",
            DecisionKind::Solution => "decision-solution",
            DecisionKind::Escalation => "decision-escalation",
            DecisionKind::Sla => "decision-sla",
        }
    }

    /// Its share of the [`DECISIONS`] points.
    fn max(self) -> u32 {
        match self {
            DecisionKind::Verdict => 21,
            DecisionKind::Classification => 9,
            DecisionKind::Solution => 18,
            DecisionKind::Escalation => 6,
            DecisionKind::Sla => 6,
        }
    }
}

/// A fraction of a decision's points, rounded to whole points.
fn part(kind: DecisionKind, earned: f64) -> Decision {
    let max = kind.max();
    Decision { kind, points: (f64::from(max) * earned.clamp(0.0, 1.0)).round() as u32, max }
}

/// What each decision of a finished session earned.
pub fn decisions(s: &Scenario, st: &State, deadlines: &Deadlines) -> Vec<Decision> {
    let t = &s.truth;
    let classified = st.classification.map(|(c, _)| c);
    let verdict = classified.is_some_and(|c| c.verdict == t.verdict);
    let fields = classified.map_or(0, |c| {
        [c.nature == t.nature, c.category == t.category, c.cause == t.cause, c.priority == t.priority]
            .iter()
            .filter(|right| **right)
            .count()
    });
    // The solution the case ended with, as the offer step judges it: the
    // accepted one, else the best one offered; halved when any offer went
    // beyond the trainee's authority.
    let fit = super::chosen_offer(st).map_or(0.0, |o| match o.judgement.rating {
        Rating::Good => 1.0,
        Rating::Weak => 0.5,
        Rating::Wrong => 0.0,
    });
    let within = if st.offers.iter().any(|o| o.beyond.is_some()) { 0.5 } else { 1.0 };
    let escalation = match deadlines.first(Rule::SlaEscalationReport) {
        // The case calls for escalation: in time, late, or never.
        Some(d) => match d.standing(st.now) {
            Standing::Met(_) => 1.0,
            Standing::Late(_) => 0.5,
            Standing::Running | Standing::Overdue => 0.0,
        },
        None if st.escalations.is_empty() => 1.0,
        None => 0.0,
    };
    let slas: Vec<bool> =
        deadlines.iter().filter(|d| d.rule.is_sla()).map(|d| matches!(d.standing(st.now), Standing::Met(_))).collect();
    let met = if slas.is_empty() { 1.0 } else { slas.iter().filter(|m| **m).count() as f64 / slas.len() as f64 };
    vec![
        part(DecisionKind::Verdict, if verdict { 1.0 } else { 0.0 }),
        part(DecisionKind::Classification, fields as f64 / 4.0),
        part(DecisionKind::Solution, fit * within),
        part(DecisionKind::Escalation, escalation),
        part(DecisionKind::Sla, met),
    ]
}

/// The conduct part: the mean step score scaled to the points the
/// decisions leave.
pub fn conduct(step_scores: &[u32]) -> u32 {
    let mean = step_scores.iter().sum::<u32>() as f64 / step_scores.len().max(1) as f64;
    (mean * f64::from(100 - DECISIONS) / 100.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_decisions_make_up_their_share_and_the_verdict_weighs_most() {
        let all = [
            DecisionKind::Verdict,
            DecisionKind::Classification,
            DecisionKind::Solution,
            DecisionKind::Escalation,
            DecisionKind::Sla,
        ];
        assert_eq!(all.iter().map(|k| k.max()).sum::<u32>(), DECISIONS);
        assert!(all.iter().all(|k| k.max() <= DecisionKind::Verdict.max()));
        assert_eq!(conduct(&[100; 7]) + DECISIONS, 100);
        assert_eq!(conduct(&[0; 7]), 0);
    }
}
