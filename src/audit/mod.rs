//! Item analysis for authors (`klachtsim audit`): per scenario, naive
//! strategies play through the same option presentation as the game, and
//! every one that reaches the pass mark is flagged, as is every decision
//! point that is no real decision (fewer than 3 or more than 5 options, no
//! good option, no plausible wrong one, a line outside any moment, a
//! compromise or advice that is not concrete).
//!
//! The strategies (`player.rs`): always the first option shown, always the
//! longest, random (100 seeds: the mean is the strategy's score, the
//! maximum is shown beside it), silent, and careful but with a wrong
//! verdict (the higher of the two wrong verdicts). "First" depends on the
//! seed's order, so it is averaged over the same seeds as random.
//!
//! A guess that happens to hit every decision is a right handling, so the
//! random maximum is not held to the pass mark; it is flagged when more
//! than [`RANDOM_PASS_LIMIT`] of the seeds pass.

mod player;

use serde::Serialize;

use crate::i18n::Text;
use crate::model::{OfferChoice, Rating, Scenario, Verdict};
use crate::policy::Policy;
use crate::sim::presentation::{moments, offer_options};

pub use player::{Strategy, play};

/// How many seeds the random and first strategies play.
pub const SEEDS: u64 = 100;

/// The most random runs in a hundred that may pass before it is a flag:
/// a guesser passing one case in ten is a case that can be guessed.
pub const RANDOM_PASS_LIMIT: usize = 5;

/// What each strategy scored (overall, out of 100).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    pub first: u32,
    pub longest: u32,
    pub random_mean: u32,
    pub random_max: u32,
    /// How many of the random runs reached the pass mark.
    pub random_passes: usize,
    pub silent: u32,
    pub wrong_verdict: u32,
}

/// One scenario's audit.
#[derive(Clone, Debug, PartialEq)]
pub struct Audit {
    pub id: String,
    pub pass: u32,
    pub scores: Scores,
    pub flags: Vec<Text>,
}

/// Plays the strategies on the scenario and checks its decision points.
pub fn audit(s: &Scenario, policy: &Policy) -> Audit {
    let pass = policy.kpi.pass_score;
    let overall = |seed, strategy| player::play(s, policy, seed, strategy).overall;
    let randoms: Vec<u32> = (1..=SEEDS).map(|seed| overall(seed, Strategy::Random)).collect();
    let firsts: Vec<u32> = (1..=SEEDS).map(|seed| overall(seed, Strategy::First)).collect();
    let mean = |v: &[u32]| (v.iter().sum::<u32>() as f64 / v.len() as f64).round() as u32;
    let wrong = Verdict::ALL.iter().filter(|v| **v != s.truth.verdict).map(|v| overall(1, Strategy::WrongVerdict(*v)));
    let scores = Scores {
        first: mean(&firsts),
        longest: overall(1, Strategy::Longest),
        random_mean: mean(&randoms),
        random_max: randoms.iter().copied().max().unwrap_or(0),
        random_passes: randoms.iter().filter(|x| **x >= pass).count(),
        silent: overall(1, Strategy::Silent),
        wrong_verdict: wrong.max().unwrap_or(0),
    };
    let mut flags = Vec::new();
    for (name, score) in [
        ("audit-strategy-first", scores.first),
        ("audit-strategy-longest", scores.longest),
        ("audit-strategy-random", scores.random_mean),
        ("audit-strategy-silent", scores.silent),
        ("audit-strategy-wrong-verdict", scores.wrong_verdict),
    ] {
        if score >= pass {
            flags.push(Text::msg("audit-flag-passes").arg("strategy", crate::i18n::Arg::Msg(name)).arg("score", score));
        }
    }
    if scores.random_passes > RANDOM_PASS_LIMIT {
        flags.push(
            Text::msg("audit-flag-random-passes").arg("passes", scores.random_passes as i64).arg("seeds", SEEDS as i64),
        );
    }
    flags.extend(decision_flags(s));
    Audit { id: s.id.clone(), pass, scores, flags }
}

/// What makes a decision point no real decision.
pub fn decision_flags(s: &Scenario) -> Vec<Text> {
    let mut flags = Vec::new();
    for m in moments(s) {
        let n = m.lines.len();
        if !(3..=5).contains(&n) {
            flags.push(Text::msg("audit-flag-options").arg("moment", m.name).arg("count", n as i64));
        }
        let rated = |r: Rating| m.lines.iter().any(|&i| s.lines[i].rating == r);
        if !rated(Rating::Good) {
            flags.push(Text::msg("audit-flag-no-good").arg("moment", m.name));
        }
        if !rated(Rating::Weak) && !rated(Rating::Wrong) {
            flags.push(Text::msg("audit-flag-no-wrong").arg("moment", m.name));
        }
    }
    for l in s.lines.iter().filter(|l| l.moment.is_none()) {
        flags.push(Text::msg("audit-flag-no-moment").arg("line", l.id.as_str()));
    }
    // The seed does not matter: which options exist is the same for all.
    for o in offer_options(s, 0) {
        if o.concrete.is_none() && matches!(o.choice, OfferChoice::Advice | OfferChoice::Compromise) {
            flags.push(Text::msg("audit-flag-vague-offer").arg("kind", crate::i18n::Arg::Msg(o.choice.msg())));
        }
    }
    flags
}
