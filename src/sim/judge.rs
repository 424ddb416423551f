//! How an offer is judged: by the scenario's own rules first, and where no
//! rule matches, by what the verdict calls for (DOMAIN.md section 2, step 4).

use crate::i18n::Text;
use crate::model::{OfferKind, Rating, Reply, Scenario, Verdict};

#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub rating: Rating,
    pub accepted: bool,
    pub reason: Text,
    /// The authored reply, when a rule matched.
    pub reply: Option<Reply>,
    /// Index of the scenario rule that matched.
    pub rule: Option<usize>,
}

/// The rule that judges an offer: the concrete offer `what` names (it must
/// be of the offer's kind), else the first rule without an id that
/// matches. `Err` when `what` names no such offer, or when it is missing
/// while the scenario has concrete offers of this kind (then the trainee
/// must say which).
pub fn concrete(s: &Scenario, offer: &OfferKind, what: Option<&str>) -> Result<Option<usize>, ()> {
    match what {
        Some(w) => s
            .offers
            .iter()
            .position(|r| r.id.as_deref() == Some(w) && r.offer.matches(offer))
            .map(Some)
            .ok_or(()),
        None if concrete_ids(s, offer).is_empty() => {
            Ok(s.offers.iter().position(|r| r.id.is_none() && r.offer.matches(offer)))
        }
        None => Err(()),
    }
}

/// The ids of the scenario's concrete offers of the offer's kind.
pub fn concrete_ids<'a>(s: &'a Scenario, offer: &OfferKind) -> Vec<&'a str> {
    s.offers.iter().filter(|r| r.offer.floor().choice() == offer.choice()).filter_map(|r| r.id.as_deref()).collect()
}

/// Judges an offer by its rule (see [`concrete`]), or where none matches,
/// by the verdict.
pub fn judge_offer(s: &Scenario, offer: &OfferKind, what: Option<&str>) -> Judgement {
    if let Ok(Some(i)) = concrete(s, offer, what) {
        let r = &s.offers[i];
        return Judgement {
            rating: r.rating,
            accepted: r.accepted,
            reason: Text::Authored(r.reason.clone()),
            reply: Some(r.reply.clone()),
            rule: Some(i),
        };
    }
    let full = |a: f64| a >= 0.9 * s.order.price;
    let (rating, accepted, id) = match (s.truth.verdict, *offer) {
        (Verdict::Grounded, OfferKind::Replacement | OfferKind::Repair) => {
            (Rating::Good, true, "judge-grounded-direct")
        }
        (Verdict::Grounded, OfferKind::Refund(a)) if full(a) => (Rating::Good, true, "judge-grounded-direct"),
        (Verdict::Grounded, OfferKind::Refund(_) | OfferKind::Discount(_) | OfferKind::Voucher(_)) => {
            (Rating::Weak, true, "judge-grounded-partial")
        }
        (Verdict::Grounded, OfferKind::Advice | OfferKind::Compromise) => {
            (Rating::Wrong, false, "judge-grounded-no-solution")
        }
        (Verdict::Doubtful, OfferKind::Refund(a)) if full(a) => (Rating::Weak, true, "judge-doubtful-everything"),
        (Verdict::Doubtful, OfferKind::Replacement) => (Rating::Weak, true, "judge-doubtful-everything"),
        (
            Verdict::Doubtful,
            OfferKind::Refund(_)
            | OfferKind::Discount(_)
            | OfferKind::Voucher(_)
            | OfferKind::Repair
            | OfferKind::Compromise,
        ) => (Rating::Good, true, "judge-doubtful-partial"),
        (Verdict::Doubtful, OfferKind::Advice) => (Rating::Weak, false, "judge-doubtful-advice"),
        (
            Verdict::Unfounded,
            OfferKind::Advice | OfferKind::Compromise | OfferKind::Discount(_) | OfferKind::Voucher(_),
        ) => (Rating::Good, true, "judge-unfounded-alternative"),
        (Verdict::Unfounded, OfferKind::Refund(_) | OfferKind::Replacement | OfferKind::Repair) => {
            (Rating::Wrong, true, "judge-unfounded-gives-in")
        }
    };
    Judgement { rating, accepted, reason: Text::msg(id), reply: None, rule: None }
}
