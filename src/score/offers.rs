//! Every offer the trainee made, as the debrief lists it: what it was, the
//! case's judgement of it with its reason, whether the customer took it,
//! and the term promised beside the policy's lead time. The offer step
//! scores the solution the case ended with; this list makes sure no other
//! offer disappears from the debrief (a wrong refund made next to good
//! advice is still a promise the customer heard).

use chrono::NaiveDateTime;

use crate::i18n::{Arg, Text};
use crate::model::{OfferChoice, OfferKind, Rating, Scenario};
use crate::policy::Policy;
use crate::sim::{OfferMade, State, offer_words};

/// One offer made, judged.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferReview {
    /// What was offered: the case's own words for a concrete offer, else
    /// the kind with its amount.
    pub offer: Text,
    pub kind: OfferKind,
    pub at: NaiveDateTime,
    pub rating: Rating,
    /// The case's reason for its rating.
    pub reason: Text,
    /// Whether the customer took it.
    pub accepted: bool,
    /// The offer the offer step scored (the accepted one, else the best).
    pub scored: bool,
    /// Working days promised; `None`: no "when" was given.
    pub days: Option<u32>,
    /// How long the policy says carrying it out takes, in working days.
    pub lead_days: u32,
}

impl OfferReview {
    /// "een terugbetaling van € 35,98 (fout): reden".
    pub fn line(&self) -> Text {
        let id = if self.accepted { "offer-review-taken" } else { "offer-review" };
        Text::msg(id)
            .arg("offer", Arg::Text(Box::new(self.offer.clone())))
            .arg("rating", Arg::Msg(self.rating.msg()))
            .arg("reason", Arg::Text(Box::new(self.reason.clone())))
    }

    /// The term promised against the lead time: "beloofd: 0 werkdagen;
    /// volgens het beleid duurt het 3 werkdagen", or that no term was given.
    pub fn term(&self) -> Text {
        match self.days {
            Some(days) if days < self.lead_days => {
                Text::msg("offer-review-too-soon").arg("days", days).arg("lead", self.lead_days)
            }
            Some(days) => Text::msg("offer-review-term").arg("days", days).arg("lead", self.lead_days),
            None => Text::msg("offer-review-no-term").arg("lead", self.lead_days),
        }
    }
}

/// Every offer of a session, in the order it was made.
pub fn reviews(s: &Scenario, policy: &Policy, st: &State) -> Vec<OfferReview> {
    let scored = super::chosen_index(st);
    st.offers
        .iter()
        .enumerate()
        .map(|(i, o)| OfferReview {
            offer: label(s, o),
            kind: o.offer,
            at: o.at,
            rating: o.judgement.rating,
            reason: o.judgement.reason.clone(),
            accepted: o.judgement.accepted,
            scored: scored == Some(i),
            days: o.days,
            lead_days: policy.lead_times.of(&o.offer, s.order.in_stock),
        })
        .collect()
}

/// What was offered: the case's own words for a concrete offer, else the
/// kind with its amount.
pub(super) fn label(s: &Scenario, o: &OfferMade) -> Text {
    let authored = o.judgement.rule.and_then(|r| s.offers.get(r)).and_then(|r| r.text.clone());
    authored.map_or_else(|| offer_words(&o.offer), Text::Authored)
}

/// How long the policy says a kind of offer takes in this case, in words
/// ("een terugbetaling duurt 3 werkdagen (beleid)"): shown where the
/// trainee promises a term, at the desk and in the terminal, so a promise
/// never breaks on a lead time she could not see.
pub fn lead_time(policy: &Policy, s: &Scenario, choice: OfferChoice) -> Text {
    // The amount does not change the lead time.
    let kind = match choice {
        OfferChoice::Replacement => OfferKind::Replacement,
        OfferChoice::Refund => OfferKind::Refund(0.0),
        OfferChoice::Discount => OfferKind::Discount(0),
        OfferChoice::Voucher => OfferKind::Voucher(0.0),
        OfferChoice::Repair => OfferKind::Repair,
        OfferChoice::Advice => OfferKind::Advice,
        OfferChoice::Compromise => OfferKind::Compromise,
    };
    let key = match choice {
        OfferChoice::Replacement if s.order.in_stock => "replacement-in-stock",
        OfferChoice::Replacement => "replacement-out-of-stock",
        other => other.key(),
    };
    Text::msg("lead-time").arg("kind", key).arg("days", policy.lead_times.of(&kind, s.order.in_stock))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_time_of_each_kind_reads_as_the_policy_says() {
        let mut s: Scenario = crate::load::document::ron_options()
            .from_str(include_str!("../../scenarios/gstar-rits-kapot.ron"))
            .unwrap();
        let policy = Policy::default();
        let nl = |s: &Scenario, c| lead_time(&policy, s, c).render(crate::i18n::Lang::Nl);
        assert_eq!(nl(&s, OfferChoice::Refund), "een terugbetaling duurt 3 werkdagen (beleid)");
        assert_eq!(nl(&s, OfferChoice::Voucher), "een tegoedbon kan dezelfde werkdag geregeld zijn (beleid)");
        assert_eq!(nl(&s, OfferChoice::Compromise), "een compromis duurt 1 werkdag (beleid)");
        assert!(nl(&s, OfferChoice::Replacement).contains("(op voorraad) duurt 2 werkdagen"));
        s.order.in_stock = false;
        assert!(nl(&s, OfferChoice::Replacement).contains("niet op voorraad is duurt 10 werkdagen"));
        let en = lead_time(&policy, &s, OfferChoice::Repair).render(crate::i18n::Lang::En);
        assert_eq!(en, "a free repair takes 5 working days (policy)");
    }
}
