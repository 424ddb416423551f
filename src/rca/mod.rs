//! Root-cause analysis, the improve step done properly: whether a case's
//! "5 x waarom" is due, the guide's questions, the trainee's answers judged
//! against the case's causal chain (`chain`), and a lesson learned judged
//! on substance (`lesson`): vague words, the root cause, a correction with
//! an action, an owner and a date. Every judgement quotes the words that
//! decided it, found with the text tools of `crate::text`.

pub mod chain;
pub mod lesson;
pub mod lexicon;
pub mod phrase;

use crate::i18n::{Lang, Text};
use crate::model::Scenario;

pub use chain::{ChainResult, LinkResult, judge};
pub use lesson::{LessonJudgement, judge_lesson};

/// Complaints in one category after which a root-cause analysis is due
/// (DOMAIN.md section 6); the trainers' review counts the log by the same
/// number.
pub const RCA_AFTER: usize = 3;

/// How many "why"s the analysis asks at most: the five of "5 x waarom".
pub const MAX_WHYS: usize = 5;

/// Why a case's analysis is due, or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    /// The case calls for it (`truth.rca`).
    pub by_case: bool,
    /// Complaints of this customer in the case's category, this one
    /// included.
    pub in_category: usize,
}

impl Due {
    pub fn is_due(self) -> bool {
        self.by_case || self.in_category >= RCA_AFTER
    }
}

/// Whether the "5 x waarom" is due in this case: the case calls for it, or
/// with this complaint its category reaches [`RCA_AFTER`] complaints in
/// the customer's history.
pub fn due(s: &Scenario) -> Due {
    let earlier = s.customer.history.iter().filter(|p| p.category == s.truth.category).count();
    Due { by_case: s.truth.rca, in_category: earlier + 1 }
}

/// The language a case's texts (and so its chain) are written in.
pub fn lang(s: &Scenario) -> Lang {
    Lang::from_code(&s.language).unwrap_or_default()
}

/// The question the guide asks after `answers` (the session's
/// `sim::State::whys`), as the desk and the terminal show it
/// above the answer field; `None` when no "why" is possible now.
pub fn question(s: &Scenario, answers: &[&str]) -> Option<Text> {
    if refusal(s, answers).is_some() {
        return None;
    }
    Some(match answers.last() {
        None => Text::msg("why-first")
            .arg("symptom", s.truth.causes.first().map_or("", |l| l.text.as_str()))
            .arg("max", MAX_WHYS as i64),
        Some(last) => Text::msg("why-next").arg("answer", *last).arg("n", answers.len() as i64 + 1),
    })
}

/// Why a "why" cannot be answered now, if it cannot.
pub fn refusal(s: &Scenario, answers: &[&str]) -> Option<Text> {
    if !due(s).is_due() {
        return Some(Text::msg("refuse-why-not-due").arg("needed", RCA_AFTER as i64));
    }
    if answers.len() >= MAX_WHYS {
        return Some(Text::msg("refuse-why-enough").arg("max", MAX_WHYS as i64));
    }
    None
}

/// The answers judged against the case's chain.
pub fn chain_result(s: &Scenario, answers: &[&str]) -> ChainResult {
    judge(lang(s), &s.truth.causes, answers)
}
