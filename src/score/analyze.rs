//! Step 3, analyze: the required checks before classifying, and the
//! classification against the truth.

use crate::i18n::{Arg, Text};
use crate::model::Step;
use crate::policy::Rule;

use super::{Field, Scorer};

impl Scorer<'_> {
    pub(super) fn analyze(&mut self) {
        let t = &self.s.truth;
        let classified = self.st.classification.map(|(_, at)| at);
        let n = t.required_checks.len().max(1) as i32;
        let per = 40 / n;
        for c in &t.required_checks {
            let what = Arg::Msg(c.msg());
            match self.st.checks.get(c) {
                Some(at) if classified.is_none_or(|cl| *at <= cl) => {
                    self.add(Step::Analyze, per, Rule::AnalyzeInvestigate, Text::msg("item-checked").arg("check", what))
                }
                Some(_) => self.add(
                    Step::Analyze,
                    per / 2,
                    Rule::AnalyzeInvestigate,
                    Text::msg("item-checked-late").arg("check", what),
                ),
                None => self.add(
                    Step::Analyze,
                    0,
                    Rule::AnalyzeInvestigate,
                    Text::msg("item-not-checked").arg("check", what),
                ),
            }
        }
        // Rounding leaves a point or two: give them with the classification.
        let rest = 40 - per * n;
        let Some((c, _)) = self.st.classification else {
            self.add(Step::Analyze, 0, Rule::AnalyzeClassify, Text::msg("item-not-classified"));
            return;
        };
        let priority_why = t.priority_reason.clone().filter(|r| !r.trim().is_empty());
        let fields = [
            Field::explained("field-nature", c.nature, t.nature, 10),
            Field::explained("field-category", c.category, t.category, 10),
            Field::explained("field-cause", c.cause, t.cause, 15),
            // The verdict's lesson has a section of its own in the debrief.
            Field::plain("field-verdict", c.verdict, t.verdict, 15 + rest),
            Field { why: priority_why, ..Field::explained("field-priority", c.priority, t.priority, 10) },
        ];
        for f in fields {
            self.field(Step::Analyze, Rule::AnalyzeClassify, f);
        }
    }
}
