//! Step 5, execute: carrying out the accepted offer (and what came on
//! top of it), each by the moment promised to the customer.

use crate::i18n::Text;
use crate::model::Step;
use crate::policy::Rule;
use crate::sim::offer_text;

use super::Scorer;
use super::grade::{Broken, Grading, Mark};

impl Scorer<'_> {
    pub(super) fn execute(&mut self) {
        let st = self.st;
        let step = Step::Execute;
        match &st.execution {
            None if st.accepted.is_some() => self.add(step, 0, Rule::ExecuteCarryOut, Text::msg("item-not-executed")),
            None => self.add(step, 0, Rule::ExecuteCarryOut, Text::msg("item-nothing-to-execute")),
            Some(e) if e.blocked => self.add(step, 0, Rule::ExecuteCarryOut, Text::msg("item-execution-blocked")),
            Some(e) => {
                // Every part is shown; the points are for carrying out the
                // solution, once.
                for (n, &(i, done)) in e.parts.iter().enumerate() {
                    let text =
                        Text::msg("item-executed").arg("offer", offer_text(&st.offers[i].offer)).arg("when", done);
                    self.add(step, if n == 0 { 60 } else { 0 }, Rule::ExecuteCarryOut, text);
                }
                // One promise broken breaks the whole: judge the first one not kept.
                let promises: Vec<_> = self.deadlines.all(Rule::ExecuteOnTime).copied().collect();
                let worst = promises.iter().find(|d| d.done.is_none_or(|t| !d.met_by(t))).or(promises.first());
                match worst.copied() {
                    Some(promise) => {
                        // The offer this promise was made with.
                        let o = st
                            .offers
                            .iter()
                            .find(|o| o.at == promise.from && o.promise == Some(promise.due))
                            .or_else(|| st.accepted.map(|i| &st.offers[i]))
                            .expect("a promise belongs to an offer made");
                        // Name what broke it: a term shorter than the policy's
                        // lead time, or carrying it out too late.
                        let lead = self.policy.lead_times.of(&o.offer, self.s.order.in_stock);
                        let item = if o.days.is_some_and(|d| d < lead) {
                            Text::msg("item-promise-broken-lead").arg("offer", offer_text(&o.offer))
                        } else {
                            Text::msg("item-promise-broken-started").arg("started", e.started)
                        };
                        let item = item.arg("lead", lead);
                        let broken = || Broken { points: 0, item: item.clone(), violation: Text::msg("viol-promise") };
                        let met = Some(Mark { points: 40, item: Text::msg("item-promise-kept") });
                        // Carried out, so never missing; a promise not kept is broken either way.
                        self.grade(promise, Grading { step, met, late: broken(), missing: broken() });
                    }
                    None => self.add(step, 20, Rule::ExecuteOnTime, Text::msg("item-no-promise")),
                }
            }
        }
        // The policy's solution target: no points of its own (carrying out
        // and the promise earn them), a violation when missed.
        if let Some(solution) = self.deadline_of(Rule::SlaSolution) {
            self.grade(solution, Grading::sla(step, "what-solution", 0, 0));
        }
        self.written_execute();
    }
}
