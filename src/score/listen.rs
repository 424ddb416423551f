//! Step 1, listen: letting the customer finish, open questions and a
//! summary, in that order.

use crate::i18n::Text;
use crate::model::{LineKind, Step, Written};
use crate::policy::Rule;

use super::{LineMarks, Scorer};

impl Scorer<'_> {
    pub(super) fn listen(&mut self) {
        let st = self.st;
        let ch = self.s.channel;
        let first_interrupt = st.interruptions.first().copied();
        match st.let_finish {
            Some(t) if first_interrupt.is_none_or(|i| i > t) => {
                self.add(Step::Listen, 35, Rule::ListenLetFinish, Text::msg(ch.listening("item-let-finish")))
            }
            Some(_) => self.add(
                Step::Listen,
                15,
                Rule::ListenLetFinish,
                Text::msg(ch.listening("item-let-finish-after-interrupt")),
            ),
            None => self.add(Step::Listen, 0, Rule::ListenLetFinish, Text::msg(ch.listening("item-no-let-finish"))),
        }
        for _ in &st.interruptions {
            self.add(Step::Listen, -20, Rule::ListenNoInterrupting, Text::msg(ch.listening("item-interrupted")));
        }
        // The right question: mostly an open one, sometimes a closed one
        // (confirming an order number); its rating says which.
        let question = LineMarks { good: 25, weak: 10, wrong: 10, none: "item-no-open-question" };
        let kinds = [LineKind::OpenQuestion, LineKind::ClosedQuestion];
        self.best_line(Step::Listen, &kinds, Rule::ListenOpenQuestions, question);
        let wrote = st.written_of(Written::Summary).next().is_some();
        let none = if wrote { "item-no-summary-line" } else { "item-no-summary" };
        let summary = LineMarks { good: 40, weak: 15, wrong: 15, none };
        self.best_line(Step::Listen, &[LineKind::Summary], Rule::ListenSummary, summary);
        self.written_summary();
        let first_summary = self.lines_of(LineKind::Summary).first().map(|(_, t)| *t);
        let first_listen =
            [st.let_finish, self.lines_of(LineKind::OpenQuestion).first().map(|(_, t)| *t)].into_iter().flatten().min();
        if let Some(sum) = first_summary
            && first_listen.is_none_or(|l| l > sum)
        {
            self.add(Step::Listen, -10, Rule::OrderSteps, Text::msg("item-summary-before-listening"));
        }
    }
}
