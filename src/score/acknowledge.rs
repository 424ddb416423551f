//! Step 2, acknowledge: the receipt confirmed and an owner named within
//! their SLAs, and empathy without blame, in a line or in the trainee's
//! own words.

use crate::model::{LineKind, Step, Written};
use crate::policy::Rule;

use super::grade::Grading;
use super::{LineMarks, Scorer};

impl Scorer<'_> {
    pub(super) fn acknowledge(&mut self) {
        for (rule, what, full, late) in
            [(Rule::SlaAcknowledgement, "what-acknowledgement", 30, 10), (Rule::SlaOwner, "what-owner", 20, 5)]
        {
            let d = self.deadline_of(rule).expect("every case has this deadline from receipt");
            self.grade(d, Grading::sla(Step::Acknowledge, what, full, late));
        }
        // With a text of their own, no line is no lack of empathy: the
        // text is judged after the lines (`written.rs`).
        let wrote = self.st.written.iter().any(|w| matches!(w.part, Written::Acknowledge | Written::Reply));
        let none = if wrote { "item-no-empathy-line" } else { "item-no-empathy" };
        let empathy = LineMarks { good: 50, weak: 20, wrong: 30, none };
        self.best_line(Step::Acknowledge, &[LineKind::Acknowledge], Rule::AcknowledgeEmpathy, empathy);
        self.written_acknowledge();
    }
}
