//! What Dutch consumer law owes (PEDAGOGY.md section 4): one test per rule,
//! named after it. Each checks the rule itself (`klachtsim::law`) and, where
//! the engine enforces it, that validation or the scoring does.

mod common;

use chrono::NaiveDate;
use common::{at, play, scenario};
use klachtsim::law::{self, Cover, Hazard, Owed, Proof, Remedy, SafetyDuty, Terms};
use klachtsim::load::{load_policy, load_scenario};
use klachtsim::model::*;
use klachtsim::policy::{Policy, Rule};
use klachtsim::score::KnockOut;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A product case from the library with the given verdict and dates, whose
/// offers are exactly `offers` (plain kinds, accepted, rated as given).
fn case(verdict: Verdict, purchased: NaiveDate, offers: &[(OfferPattern, Rating)]) -> (Scenario, Policy) {
    let l = scenario("gstar-rits-kapot");
    let mut s = l.scenario;
    s.truth.category = Category::Product;
    s.truth.verdict = verdict;
    s.truth.escalation.clear();
    s.order.purchased = purchased;
    s.order.delivered = None;
    s.order.warranty_months = 24;
    s.offers = offers
        .iter()
        .map(|(offer, rating)| OfferRule {
            id: None,
            text: None,
            offer: *offer,
            rating: *rating,
            reason: "Zo beoordeeld door de auteur.".into(),
            accepted: true,
            reply: Reply { text: vec!["Goed.".into()], mood: 0, ..Reply::default() },
            on_top_of: None,
        })
        .collect();
    (s, l.policy)
}

fn offer(o: OfferKind) -> Action {
    Action::Offer { offer: o, days: Some(5), what: None }
}

fn solution_knocked_out(s: &Scenario, p: &Policy, actions: &[Action]) -> bool {
    let (_, d) = play(s, p, 1, actions);
    d.knockouts.iter().any(|k| matches!(k, KnockOut::Solution { .. }))
}

/// The scenario written to a folder of its own (default policy) and
/// validated: the messages' ids of what is wrong.
fn validate(s: &Scenario) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.ron");
    std::fs::write(&path, ron::ser::to_string_pretty(s, Default::default()).unwrap()).unwrap();
    match load_scenario(&path) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.iter().map(|d| format!("{:?}", d.message)).collect(),
    }
}

#[test]
fn legal_guarantee_applies_beside_an_expired_commercial_warranty() {
    let (s, p) = case(Verdict::Grounded, day(2023, 10, 14), &[(OfferPattern::Repair, Rating::Good)]);
    // Three years on: the 24 months are over, the legal guarantee is not.
    assert_eq!(law::commercial_warranty_ends(&s.order), day(2025, 10, 14));
    assert_eq!(law::cover(&s.order, true, day(2026, 11, 27)), Cover { legal: true, commercial: false });
    assert_eq!(law::cover(&s.order, true, day(2024, 11, 27)), Cover { legal: true, commercial: true });
    assert_eq!(law::cover(&s.order, false, day(2024, 11, 27)), Cover { legal: false, commercial: false });
    assert_eq!(law::owed(&p.law, &s.order, &s.truth, s.received), Owed::Remedy);

    // The engine: advice alone is no remedy, whatever the author rated it.
    let (mut s, p) = case(
        Verdict::Grounded,
        day(2023, 10, 14),
        &[(OfferPattern::Advice, Rating::Good), (OfferPattern::Repair, Rating::Good)],
    );
    assert!(solution_knocked_out(&s, &p, &[Action::LetFinish, offer(OfferKind::Advice)]));
    assert!(!solution_knocked_out(&s, &p, &[Action::LetFinish, offer(OfferKind::Repair), offer(OfferKind::Advice)]));
    assert!(validate(&s).iter().any(|m| m.contains("scn-offer-withholds-remedy")), "{:?}", validate(&s));
    s.offers[0].rating = Rating::Weak;
    assert!(validate(&s).iter().all(|m| !m.contains("withholds")), "{:?}", validate(&s));
}

#[test]
fn a_defect_within_one_year_of_delivery_is_presumed_present_at_delivery() {
    let terms = Terms::default();
    assert_eq!(terms.presumption_months, 12);
    let delivered = day(2026, 1, 10);
    assert!(law::presumed_at_delivery(&terms, delivered, day(2027, 1, 10)));
    assert!(!law::presumed_at_delivery(&terms, delivered, day(2027, 1, 11)));
    assert_eq!(law::burden_of_proof(&terms, delivered, day(2026, 6, 1)), Proof::Seller);
    assert_eq!(law::burden_of_proof(&terms, delivered, day(2027, 6, 1)), Proof::Customer);

    // The year counts from delivery, not from the order.
    let (mut s, p) = case(Verdict::Doubtful, day(2025, 11, 1), &[(OfferPattern::Advice, Rating::Good)]);
    s.received = at(2026, 11, 20, 10, 0);
    assert_eq!(law::owed(&p.law, &s.order, &s.truth, s.received), Owed::Nothing);
    s.order.delivered = Some(day(2025, 11, 25));
    assert_eq!(law::owed(&p.law, &s.order, &s.truth, s.received), Owed::NoRefusal);
    // Within the year a doubtful defect may not be refused with advice
    // alone; an inspection or a conditional offer is no refusal.
    assert!(solution_knocked_out(&s, &p, &[Action::LetFinish, offer(OfferKind::Advice)]));
    s.offers.push(s.offers[0].clone());
    s.offers[1].offer = OfferPattern::Compromise;
    assert!(!solution_knocked_out(&s, &p, &[Action::LetFinish, offer(OfferKind::Compromise)]));
    assert!(validate(&s).iter().any(|m| m.contains("scn-offer-refuses-presumed")), "{:?}", validate(&s));
}

#[test]
fn repair_or_replacement_come_before_price_reduction_or_dissolution() {
    assert_eq!(law::claimable(true, false), vec![Remedy::Repair, Remedy::Replacement]);
    assert_eq!(law::claimable(false, false), vec![Remedy::PriceReduction, Remedy::Dissolution]);
    // No dissolution for a minor defect.
    assert_eq!(law::claimable(false, true), vec![Remedy::PriceReduction]);
    assert!(Remedy::Repair.tier() < Remedy::PriceReduction.tier());
    assert!(Remedy::Replacement.tier() < Remedy::Dissolution.tier());
    // What each offer gives under the law.
    assert_eq!(law::remedy_of(&OfferKind::Refund(79.95), 79.95), Some(Remedy::Dissolution));
    assert_eq!(law::remedy_of(&OfferKind::Refund(20.0), 79.95), Some(Remedy::PriceReduction));
    assert_eq!(law::remedy_of(&OfferKind::Discount(20), 79.95), Some(Remedy::PriceReduction));
    assert_eq!(law::remedy_of(&OfferKind::Repair, 79.95), Some(Remedy::Repair));
    for none in [OfferKind::Voucher(20.0), OfferKind::Advice, OfferKind::Compromise] {
        assert_eq!(law::remedy_of(&none, 79.95), None, "{none:?}");
    }
}

#[test]
fn the_right_of_withdrawal_lasts_fourteen_days_from_receipt() {
    let terms = Terms::default();
    let received = day(2026, 11, 2);
    assert_eq!(law::withdrawal_ends(&terms, received), day(2026, 11, 16));
    assert!(law::may_withdraw(&terms, true, received, day(2026, 11, 16)));
    assert!(!law::may_withdraw(&terms, true, received, day(2026, 11, 17)));
    // In a store there is no right of withdrawal.
    assert!(!law::may_withdraw(&terms, false, received, day(2026, 11, 5)));
    // The refund comes within 14 days of the withdrawal.
    assert_eq!(law::refund_due(&terms, day(2026, 11, 10)), day(2026, 11, 24));
}

#[test]
fn no_right_to_a_later_price_drop_without_a_price_guarantee() {
    let terms = Terms::default();
    assert_eq!(terms.price_guarantee_days, None);
    assert!(!law::price_drop_owed(&terms, day(2026, 11, 2), day(2026, 11, 5)));
    let promised = Terms { price_guarantee_days: Some(14), ..Terms::default() };
    assert!(law::price_drop_owed(&promised, day(2026, 11, 2), day(2026, 11, 16)));
    assert!(!law::price_drop_owed(&promised, day(2026, 11, 2), day(2026, 11, 17)));
}

#[test]
fn a_hazard_to_children_requires_stop_sale_c_level_nvwa_and_recall_check() {
    let duties = law::safety_duties(Hazard::Children);
    for d in [SafetyDuty::StopSale, SafetyDuty::InformCLevel, SafetyDuty::ReportNvwa, SafetyDuty::CheckRecall] {
        assert!(duties.contains(&d), "{d:?}");
    }
    // A refund alone does none of them.
    assert_eq!(law::safety_duties_missed(Hazard::Children, false, false), duties.to_vec());
    assert_eq!(law::safety_duties_missed(Hazard::Children, true, false), vec![SafetyDuty::InformCLevel]);
    assert!(law::safety_duties_missed(Hazard::Children, true, true).is_empty());

    // The engine: a safety case handled with a refund only fails, and the
    // board has to be told within the policy's c_level_notice.
    let (mut s, p) = case(Verdict::Grounded, day(2026, 11, 5), &[(OfferPattern::Refund(0.0, 500.0), Rating::Good)]);
    s.truth.escalation = vec![Trigger::Safety];
    s.truth.priority = Priority::Critical;
    s.escalation_reply = Some("Ik laat de verkoop stoppen en meld het bij de NVWA.".into());
    let refund = offer(OfferKind::Refund(s.order.price));
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, refund.clone()]);
    assert!(
        d.knockouts.iter().any(|k| matches!(k, KnockOut::Safety { missed } if missed.len() == 4)),
        "{:?}",
        d.knockouts
    );
    assert!(d.has_violation(Rule::SlaCLevel));
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, Action::NotifyManagement, Action::Escalate, refund.clone()]);
    assert!(!d.knockouts.iter().any(|k| matches!(k, KnockOut::Safety { .. })), "{:?}", d.knockouts);
    assert!(!d.has_violation(Rule::SlaCLevel));
    // A hazard is always critical.
    s.truth.priority = Priority::High;
    assert!(validate(&s).iter().any(|m| m.contains("scn-safety-critical")), "{:?}", validate(&s));
}

#[test]
fn a_company_may_promise_more_than_the_law_never_less() {
    let shipped = load_policy(&common::root().join("scenarios/policy.ron")).unwrap();
    assert_eq!(shipped.law, Terms::default());
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("policy.ron");
    std::fs::write(&p, "Policy(law: (withdrawal_days: 30, price_guarantee_days: 14))").unwrap();
    assert_eq!(load_policy(&p).unwrap().law.withdrawal_days, 30);
    std::fs::write(&p, "Policy(law: (withdrawal_days: 7, refund_days: 30))").unwrap();
    assert_eq!(load_policy(&p).unwrap_err().len(), 2);
}

#[test]
fn a_refund_owed_by_a_withdrawal_needs_no_authority() {
    let l = scenario("gstar-retour-verkeerd-label");
    let (s, p) = (l.scenario, l.policy);
    assert!(s.truth.withdrawn && s.order.online);
    let full = OfferKind::Refund(s.order.price);
    let limit = p.authority.employee.refund_eur.expect("an employee has a refund limit");
    assert!(s.order.price > limit, "the case must test a refund above the limit");
    assert!(!law::needs_authority(&s.truth, &s.order, &full));
    assert!(law::needs_authority(&s.truth, &s.order, &OfferKind::Voucher(60.0)));
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, offer(full)]);
    assert!(!d.has_violation(Rule::Authority), "{:?}", common::rules(&d));
    // The same amount as a goodwill gesture is beyond an employee.
    let mut goodwill = s.clone();
    goodwill.truth.withdrawn = false;
    let (_, d) = play(&goodwill, &p, 1, &[Action::LetFinish, offer(full)]);
    assert!(d.has_violation(Rule::Authority), "{:?}", common::rules(&d));
    // A purchase in a store has no right of withdrawal.
    let mut store = s;
    store.order.online = false;
    assert!(validate(&store).iter().any(|m| m.contains("scn-withdrawn-not-online")), "{:?}", validate(&store));
}
