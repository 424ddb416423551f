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

/// What judges an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JudgedBy {
    /// This rule of the scenario (an index into `Scenario::offers`).
    Rule(usize),
    /// No rule matches: the verdict judges it.
    Verdict,
    /// `what` names no concrete offer of this kind, or names none while
    /// the scenario has concrete offers of this kind (the trainee must say
    /// which): the offer cannot be made.
    Nothing,
}

/// The rule that judges an offer: the concrete offer `what` names (it must
/// be of the offer's kind), else the first rule without an id that matches.
pub fn judged_by(s: &Scenario, offer: &OfferKind, what: Option<&str>) -> JudgedBy {
    let found = match what {
        Some(w) => match s.offers.iter().position(|r| r.id.as_deref() == Some(w) && r.offer.matches(offer)) {
            Some(i) => Some(i),
            None => return JudgedBy::Nothing,
        },
        None if concrete_ids(s, offer).is_empty() => {
            s.offers.iter().position(|r| r.id.is_none() && r.offer.matches(offer))
        }
        None => return JudgedBy::Nothing,
    };
    found.map_or(JudgedBy::Verdict, JudgedBy::Rule)
}

/// The ids of the scenario's concrete offers of the offer's kind.
pub fn concrete_ids<'a>(s: &'a Scenario, offer: &OfferKind) -> Vec<&'a str> {
    s.offers.iter().filter(|r| r.offer.floor().choice() == offer.choice()).filter_map(|r| r.id.as_deref()).collect()
}

/// Judges an offer by its rule (see [`judged_by`]), or where none matches,
/// by the verdict.
pub fn judge_offer(s: &Scenario, offer: &OfferKind, what: Option<&str>) -> Judgement {
    if let JudgedBy::Rule(i) = judged_by(s, offer, what) {
        let r = &s.offers[i];
        return Judgement {
            rating: r.rating,
            accepted: r.accepted,
            reason: Text::Authored(r.reason.clone()),
            reply: Some(r.reply.clone()),
            rule: Some(i),
        };
    }
    by_verdict(s.truth.verdict, offer, s.order.price)
}

/// How an offer fits a case of this verdict when no rule of the case
/// judges it (DOMAIN.md section 2, step 4); `price` is what was paid.
pub fn by_verdict(verdict: Verdict, offer: &OfferKind, price: f64) -> Judgement {
    let full = |a: f64| a >= 0.9 * price;
    let (rating, accepted, id) = match (verdict, *offer) {
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
