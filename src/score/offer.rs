//! Step 4, offer: the first response in time, the verdict's own sequence,
//! a solution with a clear when, authority, the order of the steps, and
//! escalation when the case calls for it (and only then).

use crate::i18n::{Arg, Text};
use crate::model::*;
use crate::policy::{Beyond, Rule};
use crate::sim::offer_text;
use crate::sla::Deadline;

use super::Scorer;
use super::grade::{Broken, Grading, Mark};

impl Scorer<'_> {
    pub(super) fn offer(&mut self) {
        let st = self.st;
        let s = self.s;
        let fr = self.deadline_of(Rule::SlaFirstResponse).expect("every case has this deadline from receipt");
        self.grade(fr, Grading::sla(Step::Offer, "what-first-response", 10, 3));

        // The verdict's own sequence.
        let first_offer = st.offers.first().map(|o| o.at);
        let explanations = self.lines_of(LineKind::Explanation);
        let before: Vec<Rating> =
            explanations.iter().filter(|(_, t)| first_offer.is_none_or(|o| *t <= o)).map(|(l, _)| l.rating).collect();
        match s.truth.verdict {
            Verdict::Grounded => {
                if first_offer.is_some() && !before.contains(&Rating::Wrong) {
                    self.add(Step::Offer, 15, Rule::VerdictSequence, Text::msg("item-grounded-direct"));
                } else {
                    self.add(Step::Offer, 0, Rule::VerdictSequence, Text::msg("item-grounded-not-direct"));
                }
            }
            Verdict::Doubtful | Verdict::Unfounded => {
                let best = before.iter().copied().filter(|r| *r != Rating::Wrong).min();
                let later = explanations.iter().any(|(l, _)| l.rating != Rating::Wrong);
                let (pts, id) = match best {
                    Some(Rating::Good) => (15, "item-explained-first"),
                    Some(_) => (5, "item-explained-weakly"),
                    None if later => (5, "item-explained-late"),
                    None => (0, "item-not-explained"),
                };
                let verdict = Arg::Msg(s.truth.verdict.msg());
                self.add(Step::Offer, pts, Rule::VerdictSequence, Text::msg(id).arg("verdict", verdict));
            }
        }
        for (l, _) in explanations
            .iter()
            .filter(|(l, _)| l.rating == Rating::Wrong)
            .map(|(l, t)| ((*l).clone(), *t))
            .collect::<Vec<_>>()
        {
            self.add(Step::Offer, -15, Rule::VerdictSequence, Text::Authored(l.reason));
        }

        // The solution itself.
        match super::chosen_offer(st) {
            None => self.add(Step::Offer, 0, Rule::OfferSolution, Text::msg("item-no-offer")),
            Some(o) => {
                let pts = match o.judgement.rating {
                    Rating::Good => 35,
                    Rating::Weak => 15,
                    Rating::Wrong => -20,
                };
                let reason = Text::msg("item-offer-judged")
                    .arg("offer", offer_text(&o.offer))
                    .arg("reason", Arg::Text(Box::new(o.judgement.reason.clone())));
                self.add(Step::Offer, pts, Rule::OfferSolution, reason);
                let lead = self.policy.lead_times.of(&o.offer, s.order.in_stock);
                match o.days {
                    // A term the policy's lead time cannot meet is no clear "when".
                    Some(days) if days < lead => {
                        let text = Text::msg("item-offer-when-too-soon")
                            .arg("when", o.promise.expect("promise with days"))
                            .arg("offer", offer_text(&o.offer))
                            .arg("lead", lead);
                        self.add(Step::Offer, 0, Rule::OfferClearWhen, text)
                    }
                    Some(_) => self.add(
                        Step::Offer,
                        10,
                        Rule::OfferClearWhen,
                        Text::msg("item-offer-when").arg("when", o.promise.expect("promise with days")),
                    ),
                    None => self.add(Step::Offer, 0, Rule::OfferClearWhen, Text::msg("item-offer-no-when")),
                }
            }
        }
        // Every other offer made: the customer heard it too, and a wrong one
        // is a promise the company must now take back.
        let chosen = super::chosen_index(st);
        for o in st.offers.iter().enumerate().filter(|(i, _)| Some(*i) != chosen).map(|(_, o)| o) {
            let (pts, id) = match o.judgement.rating {
                Rating::Wrong => (-10, "item-offer-also-wrong"),
                _ => (0, "item-offer-also"),
            };
            let text = Text::msg(id)
                .arg("offer", Arg::Text(Box::new(super::offers::label(s, o))))
                .arg("rating", Arg::Msg(o.judgement.rating.msg()))
                .arg("reason", Arg::Text(Box::new(o.judgement.reason.clone())));
            self.add(Step::Offer, pts, Rule::OfferSolution, text);
        }
        let options = st.offers.iter().filter(|o| o.judgement.rating != Rating::Wrong).count();
        if options >= 2 {
            self.add(Step::Offer, 10, Rule::OfferAlternatives, Text::msg("item-alternatives"));
        } else if st.offers.len() >= 2 {
            let wrong = (st.offers.len() - options) as i64;
            let text = Text::msg("item-alternatives-wrong")
                .arg("count", st.offers.len() as i64)
                .arg("wrong", wrong)
                .arg("usable", options as i64);
            self.add(Step::Offer, 0, Rule::OfferAlternatives, text);
        } else if !st.offers.is_empty() {
            self.add(Step::Offer, 0, Rule::OfferAlternatives, Text::msg("item-no-alternatives"));
        }

        // Authority.
        let mut within = !st.offers.is_empty();
        for o in &st.offers {
            if let Some(b) = o.beyond {
                within = false;
                let text = beyond_text(&o.offer, b, o.role);
                self.add(Step::Offer, -25, Rule::Authority, text.clone());
                self.violate(Step::Offer, Rule::Authority, None, Some(o.at), text);
            }
        }
        if within {
            self.add(Step::Offer, 10, Rule::Authority, Text::msg("item-within-authority"));
        }

        // Order: no promise before listening and analyzing.
        if let Some(o) = st.offers.first() {
            if o.before_listening {
                self.add(Step::Offer, -20, Rule::OrderSteps, Text::msg("item-offer-before-listening"));
            }
            if o.before_classifying {
                self.add(Step::Offer, -15, Rule::OrderSteps, Text::msg("item-offer-before-analyzing"));
            }
        }
        self.escalation();
        self.written_offer();
    }

    fn escalation(&mut self) {
        let st = self.st;
        if self.triggers.is_empty() {
            match st.escalations.first() {
                None => self.add(Step::Offer, 10, Rule::EscalationTriggers, Text::msg("item-no-escalation-needed")),
                Some(e) => {
                    self.add(Step::Offer, -10, Rule::EscalationTriggers, Text::msg("item-escalation-unneeded"));
                    self.violate(
                        Step::Offer,
                        Rule::EscalationTriggers,
                        None,
                        Some(e.reported),
                        Text::msg("viol-escalation-unneeded"),
                    );
                }
            }
            return;
        }
        let triggers: Vec<Arg> = self.triggers.iter().map(|tr| Arg::Msg(tr.msg())).collect();
        let triggers = || Arg::Text(Box::new(join(&triggers)));
        let report = self.deadline_of(Rule::SlaEscalationReport).expect("a case with triggers has a report deadline");
        // Never reporting at all breaks the trigger rule, not the report SLA.
        let report = match report.done {
            None => Deadline { rule: Rule::EscalationTriggers, ..report },
            Some(_) => report,
        };
        let late = Text::msg("viol-late").arg("what", Arg::Msg("what-escalation-report"));
        self.grade(
            report,
            Grading {
                step: Step::Offer,
                met: Some(Mark { points: 10, item: Text::msg("item-escalated").arg("triggers", triggers()) }),
                late: Broken {
                    points: 5,
                    item: Text::msg("item-escalated-late").arg("triggers", triggers()),
                    violation: late,
                },
                missing: Broken {
                    points: 0,
                    item: Text::msg("item-escalation-missing").arg("triggers", triggers()),
                    violation: Text::msg("viol-escalation-missing").arg("triggers", triggers()),
                },
            },
        );
        // The first escalation's decision; being on time is just expected.
        if let Some(decision) = self.deadline_of(Rule::SlaEscalationDecision) {
            let sla = Grading::sla(Step::Offer, "what-escalation-decision", 0, 0);
            let late = Broken { item: Text::msg("item-decision-late"), ..sla.late };
            self.grade(decision, Grading { met: None, late, ..sla });
        }
        if let Some(notice) = self.deadline_of(Rule::SlaCLevel) {
            let missed = Text::msg("item-c-level-missed");
            self.grade(notice, Grading::sla(Step::Offer, "what-c-level", 0, 0).missed(-10, missed));
        }
    }
}

/// "a", "a and b", "a, b and c", "a, b, c and d"; more than four are
/// named as the first four.
pub(super) fn join(args: &[Arg]) -> Text {
    match args.len() {
        1 => Text::msg("list-one").arg("a", args[0].clone()),
        2 => Text::msg("list-two").arg("a", args[0].clone()).arg("b", args[1].clone()),
        3 => Text::msg("list-three").arg("a", args[0].clone()).arg("b", args[1].clone()).arg("c", args[2].clone()),
        _ => Text::msg("list-four")
            .arg("a", args[0].clone())
            .arg("b", args[1].clone())
            .arg("c", args[2].clone())
            .arg("d", args[3].clone()),
    }
}

/// "refund of € 180,00 is above your authority of € 50,00: escalate to the
/// team lead first".
pub fn beyond_text(offer: &OfferKind, b: Beyond, role: Role) -> Text {
    let next = Arg::Msg(role.next().msg());
    let o = offer_text(offer);
    match b {
        Beyond::Refund { limit, .. } | Beyond::Voucher { limit, .. } => {
            Text::msg("beyond-amount").arg("offer", o).arg("limit", Arg::Money(limit)).arg("next", next)
        }
        Beyond::Discount { limit, .. } => {
            Text::msg("beyond-percent").arg("offer", o).arg("limit", limit).arg("next", next)
        }
        Beyond::ReplacementOutOfStock => Text::msg("beyond-out-of-stock").arg("next", next),
        Beyond::ReplacementInStock | Beyond::Other => Text::msg("beyond-other").arg("offer", o).arg("next", next),
    }
}
