//! What bad handling costs the company (DOMAIN.md section 7): lost trust,
//! reviews, revenue, word of mouth, legal risk; named in the debrief where
//! the session shows it.

use crate::i18n::Text;
use crate::model::Step;
use crate::policy::Rule;
use crate::sim::State;

use super::{StepScore, Violation};

/// What bad handling leads to (DOMAIN.md section 7), named where it shows.
pub(super) fn costs(steps: &[StepScore], violations: &[Violation], st: &State) -> Vec<Text> {
    let score = |step: Step| steps.iter().find(|s| s.step == step).map_or(0, |s| s.score);
    let broken = |rules: &[Rule]| violations.iter().any(|v| rules.contains(&v.rule));
    let mut out = Vec::new();
    if score(Step::Acknowledge) < 50 || score(Step::Listen) < 50 {
        out.push(Text::msg("consequence-trust"));
    }
    if broken(&[Rule::SlaAcknowledgement, Rule::SlaFirstResponse]) {
        out.push(Text::msg("consequence-reviews"));
    }
    if st.accepted.is_none() || st.execution.as_ref().is_none_or(|e| e.blocked) {
        out.push(Text::msg("consequence-revenue"));
    }
    if st.followed_up.is_none() {
        out.push(Text::msg("consequence-word-of-mouth"));
    }
    if broken(&[Rule::Authority, Rule::ExecuteOnTime]) {
        out.push(Text::msg("consequence-legal"));
    }
    out
}
