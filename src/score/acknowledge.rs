//! Step 2, acknowledge: the receipt confirmed and an owner named within
//! their SLAs, and empathy without blame.

use crate::model::{LineKind, Step};
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
        let empathy = LineMarks { good: 50, weak: 20, wrong: 30, none: "item-no-empathy" };
        self.best_line(Step::Acknowledge, &[LineKind::Acknowledge], Rule::AcknowledgeEmpathy, empathy);
    }
}
