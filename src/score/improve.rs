//! Step 7, improve: the lesson learned, its category and cause against
//! the truth, and a root cause and correction worth the name.

use crate::i18n::Text;
use crate::model::Step;
use crate::policy::Rule;

use super::{Field, Scorer};

impl Scorer<'_> {
    pub(super) fn improve(&mut self) {
        let t = &self.s.truth;
        let Some(l) = &self.st.lesson else {
            self.add(Step::Improve, 0, Rule::ImproveLesson, Text::msg("item-no-lesson"));
            return;
        };
        let words = |s: &str| s.split_whitespace().count();
        let fields = [
            Field::explained("field-category", l.category, t.category, 25),
            Field::explained("field-cause", l.cause, t.cause, 25),
        ];
        for f in fields {
            self.field(Step::Improve, Rule::ImproveLesson, f);
        }
        if words(&l.root_cause) >= 3 {
            self.add(
                Step::Improve,
                25,
                Rule::ImproveRootCause,
                Text::msg("item-root-cause").arg("expected", t.root_cause.as_str()),
            );
        } else {
            self.add(
                Step::Improve,
                0,
                Rule::ImproveRootCause,
                Text::msg("item-root-cause-thin").arg("expected", t.root_cause.as_str()),
            );
        }
        if words(&l.correction) >= 3 {
            self.add(Step::Improve, 25, Rule::ImproveRootCause, Text::msg("item-correction"));
        } else {
            self.add(Step::Improve, 0, Rule::ImproveRootCause, Text::msg("item-correction-thin"));
        }
    }
}
