//! What Dutch consumer law owes the customer (PEDAGOGY.md section 4), as
//! plain functions over dates, the order and the policy's law terms: the
//! legal guarantee beside the commercial warranty, the one-year presumption,
//! the order of the remedies, the 14-day right of withdrawal, price drops,
//! and the duties of a product-safety incident. The numbers are the
//! policy's ([`Terms`], the `law:` section of policy.ron); the rules are here,
//! once.
//!
//! The engine uses them in three places: `klachtsim validate`
//! (`load/scenario.rs`) rejects a case whose author rates a solution good
//! that withholds what is owed; the scoring (`score/mod.rs`, the knock-outs)
//! fails a handling that withholds it, or that leaves a safety incident's
//! duties undone, whatever the author rated; and `sla.rs` starts the
//! C-level clock of a safety incident.

use chrono::{Months, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::model::{Category, OfferKind, Order, Truth, Verdict};

/// The law's numbers, as a company's policy file states them (defaults:
/// the law itself). A company may promise more, never less.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Terms {
    /// A defect that shows within this many months of delivery is presumed
    /// to have been there at delivery (BW 7:18a lid 2).
    pub presumption_months: u32,
    /// The right of withdrawal of an online purchase, in days from receipt
    /// (BW 6:230o).
    pub withdrawal_days: u32,
    /// The seller refunds within this many days of the withdrawal (BW 6:230r).
    pub refund_days: u32,
    /// A price guarantee: a lower price within this many days of the
    /// purchase is refunded. `None`: no price guarantee, and the law gives
    /// none.
    pub price_guarantee_days: Option<u32>,
}

impl Default for Terms {
    fn default() -> Self {
        Terms { presumption_months: 12, withdrawal_days: 14, refund_days: 14, price_guarantee_days: None }
    }
}

/// The day the customer received the goods: the delivery the scenario
/// states, else the day of purchase (a purchase in a store is taken home).
pub fn delivered(order: &Order) -> NaiveDate {
    order.delivered.unwrap_or(order.purchased)
}

/// The last day of the commercial warranty ("24 maanden garantie").
pub fn commercial_warranty_ends(order: &Order) -> NaiveDate {
    delivered(order).checked_add_months(Months::new(order.warranty_months)).unwrap_or(NaiveDate::MAX)
}

/// What covers a defect that showed on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cover {
    /// The legal guarantee (conformity, BW 7:17): it has no fixed term, and
    /// the commercial warranty may not limit it (BW 7:6a).
    pub legal: bool,
    /// The commercial warranty, while it runs: on top of the legal one.
    pub commercial: bool,
}

/// What covers a defect that showed on `shown`. Without a defect nothing
/// does (wear, misuse); with one, the legal guarantee always does.
pub fn cover(order: &Order, defect: bool, shown: NaiveDate) -> Cover {
    Cover { legal: defect, commercial: defect && shown <= commercial_warranty_ends(order) }
}

/// Who has to prove that a defect was there at delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    /// Within the presumption period: the seller, that the item was in order.
    Seller,
    /// After it: the customer. The rights themselves go on.
    Customer,
}

/// Whether a defect that showed on `shown` is presumed present at delivery.
pub fn presumed_at_delivery(terms: &Terms, delivered: NaiveDate, shown: NaiveDate) -> bool {
    let ends = delivered.checked_add_months(Months::new(terms.presumption_months)).unwrap_or(NaiveDate::MAX);
    shown >= delivered && shown <= ends
}

pub fn burden_of_proof(terms: &Terms, delivered: NaiveDate, shown: NaiveDate) -> Proof {
    if presumed_at_delivery(terms, delivered, shown) { Proof::Seller } else { Proof::Customer }
}

/// The remedies of a defect (BW 7:21, 7:22).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Remedy {
    Repair,
    Replacement,
    PriceReduction,
    /// Money back: the sale undone.
    Dissolution,
}

impl Remedy {
    /// 1: what the customer can claim first; 2: only when the first fail.
    pub fn tier(self) -> u8 {
        match self {
            Remedy::Repair | Remedy::Replacement => 1,
            Remedy::PriceReduction | Remedy::Dissolution => 2,
        }
    }
}

/// What the customer can claim now. Repair or replacement first; price
/// reduction or dissolution only once neither is possible, or they failed
/// or take too long; no dissolution for a minor defect. (A seller may of
/// course give more than the customer can claim.)
pub fn claimable(first_tier_possible: bool, minor: bool) -> Vec<Remedy> {
    if first_tier_possible {
        return vec![Remedy::Repair, Remedy::Replacement];
    }
    if minor { vec![Remedy::PriceReduction] } else { vec![Remedy::PriceReduction, Remedy::Dissolution] }
}

/// The legal remedy an offer gives, if any. The whole price back undoes the
/// sale; part of it, or a discount, lowers the price. A voucher is store
/// credit, not money; advice and a compromise give no remedy.
pub fn remedy_of(offer: &OfferKind, price: f64) -> Option<Remedy> {
    match *offer {
        OfferKind::Repair => Some(Remedy::Repair),
        OfferKind::Replacement => Some(Remedy::Replacement),
        OfferKind::Refund(a) if a + 0.005 >= price => Some(Remedy::Dissolution),
        OfferKind::Refund(_) | OfferKind::Discount(_) => Some(Remedy::PriceReduction),
        OfferKind::Voucher(_) | OfferKind::Advice | OfferKind::Compromise => None,
    }
}

/// What the law owes in a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owed {
    Nothing,
    /// The product has a defect: a remedy, whatever the commercial warranty
    /// says.
    Remedy,
    /// A disputed defect that showed within the presumption period: the
    /// seller must prove the item was in order, so an outright refusal
    /// (advice alone) withholds what is owed; a conditional offer or an
    /// inspection does not.
    NoRefusal,
}

/// What the law owes by the case's truth: a grounded product complaint is a
/// defect; a doubtful one within the presumption period is presumed one. The
/// defect showed at the latest when the complaint came in.
pub fn owed(terms: &Terms, order: &Order, truth: &Truth, received: NaiveDateTime) -> Owed {
    if truth.category != Category::Product {
        return Owed::Nothing;
    }
    match truth.verdict {
        Verdict::Grounded => Owed::Remedy,
        Verdict::Doubtful if presumed_at_delivery(terms, delivered(order), received.date()) => Owed::NoRefusal,
        Verdict::Doubtful | Verdict::Unfounded => Owed::Nothing,
    }
}

/// Whether a solution made of `offers` withholds what is owed.
pub fn withholds(owed: Owed, offers: &[OfferKind], price: f64) -> bool {
    match owed {
        Owed::Nothing => false,
        Owed::Remedy => !offers.iter().any(|o| remedy_of(o, price).is_some()),
        Owed::NoRefusal => offers.iter().all(|o| *o == OfferKind::Advice),
    }
}

/// The last day an online buyer may withdraw (BW 6:230o): the period runs
/// from the day after receipt.
pub fn withdrawal_ends(terms: &Terms, received: NaiveDate) -> NaiveDate {
    received + chrono::Duration::days(i64::from(terms.withdrawal_days))
}

/// Whether the buyer may still withdraw on `day`, no reason needed. A
/// purchase in a store has no right of withdrawal.
pub fn may_withdraw(terms: &Terms, online: bool, received: NaiveDate, day: NaiveDate) -> bool {
    online && day >= received && day <= withdrawal_ends(terms, received)
}

/// Whether an offer is the employee's decision, held to the authority per
/// role: everything but the refund a withdrawal owes (up to what was paid),
/// which the company must pay whoever processes it (BW 6:230r).
pub fn needs_authority(truth: &Truth, order: &Order, offer: &OfferKind) -> bool {
    !(truth.withdrawn && matches!(*offer, OfferKind::Refund(a) if a <= order.price + 1e-9))
}

/// The last day of the refund after a withdrawal (BW 6:230r).
pub fn refund_due(terms: &Terms, withdrawn: NaiveDate) -> NaiveDate {
    withdrawn + chrono::Duration::days(i64::from(terms.refund_days))
}

/// Whether a lower price after the purchase is owed to the buyer: only
/// under the company's own price guarantee, within its days. Within the
/// withdrawal period an online buyer can still withdraw and buy again at
/// the new price ([`may_withdraw`]); saying so is good service.
pub fn price_drop_owed(terms: &Terms, bought: NaiveDate, dropped: NaiveDate) -> bool {
    terms
        .price_guarantee_days
        .is_some_and(|days| dropped >= bought && dropped <= bought + chrono::Duration::days(i64::from(days)))
}

/// Who a dangerous product endangers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hazard {
    /// A loose small part of a child's garment: choking (CEN/TS 17394-1).
    Children,
    Anyone,
}

/// What a safety incident asks beside the complaint's own remedy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SafetyDuty {
    StopSale,
    InformCLevel,
    /// Through the Safety Business Gateway (GPSR, EU 2023/988).
    ReportNvwa,
    CheckRecall,
}

impl SafetyDuty {
    pub const ALL: &'static [SafetyDuty] =
        &[SafetyDuty::StopSale, SafetyDuty::InformCLevel, SafetyDuty::ReportNvwa, SafetyDuty::CheckRecall];

    /// The translation id of the duty's name.
    pub fn msg(self) -> &'static str {
        match self {
            SafetyDuty::StopSale => "duty-stop-sale",
            SafetyDuty::InformCLevel => "duty-inform-c-level",
            SafetyDuty::ReportNvwa => "duty-report-nvwa",
            SafetyDuty::CheckRecall => "duty-check-recall",
        }
    }

    /// How a trainee sets it in motion. An employee cannot stop a sale,
    /// report to the authority or start a recall alone: the escalation hands
    /// these to the team lead, who does. C-level the trainee informs.
    pub fn done_by(self) -> SafetyAct {
        match self {
            SafetyDuty::InformCLevel => SafetyAct::NotifyManagement,
            SafetyDuty::StopSale | SafetyDuty::ReportNvwa | SafetyDuty::CheckRecall => SafetyAct::Escalate,
        }
    }
}

/// The trainee's acts that carry out the safety duties.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SafetyAct {
    Escalate,
    NotifyManagement,
}

/// The duties of a hazard. Every hazard has all four; a refund to the one
/// customer discharges none of them (the other buyers are still at risk).
/// A hazard to children is the plainest case, and always critical.
pub fn safety_duties(_hazard: Hazard) -> &'static [SafetyDuty] {
    SafetyDuty::ALL
}

/// The duties left undone by a handling that did (or did not) escalate and
/// inform C-level.
pub fn safety_duties_missed(hazard: Hazard, escalated: bool, notified: bool) -> Vec<SafetyDuty> {
    safety_duties(hazard)
        .iter()
        .copied()
        .filter(|d| match d.done_by() {
            SafetyAct::Escalate => !escalated,
            SafetyAct::NotifyManagement => !notified,
        })
        .collect()
}
