//! Every SLA, authority and escalation rule of DOMAIN.md, and the order of
//! the steps, as the scoring applies them.

mod common;

use common::{at, play, rules, scenario};
use klachtsim::i18n::Lang;
use klachtsim::model::*;
use klachtsim::policy::{Policy, Rule};

fn say(id: &str) -> Action {
    Action::Say(id.into())
}

fn offer(o: OfferKind, days: u32) -> Action {
    Action::Offer { offer: o, days: Some(days), what: None }
}

fn wait(minutes: u32) -> Action {
    Action::Wait { minutes }
}

fn classify(t: &Truth) -> Action {
    Action::Classify(Classification {
        nature: t.nature,
        category: t.category,
        cause: t.cause,
        verdict: t.verdict,
        priority: t.priority,
    })
}

/// The zip case, handled well up to (not including) the offer.
fn rits() -> (Scenario, Policy, Vec<Action>) {
    let l = scenario("gstar-rits-kapot");
    let t = l.scenario.truth.clone();
    let start = vec![
        Action::LetFinish,
        say("vraag-wat-gebeurd"),
        say("vraag-postcode"),
        say("samenvatting-goed"),
        say("erkenning-zaterdag"),
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        Action::Check(Check::Order),
        Action::Check(Check::Warranty),
        Action::Check(Check::Inspect),
        classify(&t),
    ];
    (l.scenario, l.policy, start)
}

fn violation(d: &klachtsim::score::Debrief, rule: Rule) -> &klachtsim::score::Violation {
    d.violations.iter().find(|v| v.rule == rule).unwrap_or_else(|| panic!("no violation {rule} in {:?}", rules(d)))
}

#[test]
fn acknowledgement_of_receipt_within_one_hour() {
    let (s, p, _) = rits();
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, Action::ConfirmReceipt]);
    assert!(!d.has_violation(Rule::SlaAcknowledgement));
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, wait(60), Action::ConfirmReceipt]);
    let v = violation(&d, Rule::SlaAcknowledgement);
    assert_eq!(v.deadline, Some(at(2026, 11, 20, 16, 40)));
    assert_eq!(v.actual, Some(at(2026, 11, 20, 16, 44)));
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish]);
    assert_eq!(violation(&d, Rule::SlaAcknowledgement).actual, None);
}

#[test]
fn owner_assigned_within_two_hours() {
    let (s, p, _) = rits();
    let (_, d) = play(&s, &p, 1, &[wait(119), Action::TakeOwnership]);
    assert!(!d.has_violation(Rule::SlaOwner));
    // Two office hours from Friday 15:40: 110 minutes on Friday, 10 on Monday.
    let (_, d) = play(&s, &p, 1, &[wait(121), Action::TakeOwnership]);
    assert!(!d.has_violation(Rule::SlaOwner));
    let monday = (3 * 24 * 60 - 6 * 60 - 40) + 15; // Monday 09:15
    let (_, d) = play(&s, &p, 1, &[wait(monday), Action::TakeOwnership]);
    assert_eq!(violation(&d, Rule::SlaOwner).deadline, Some(at(2026, 11, 23, 9, 10)));
}

#[test]
fn a_web_form_in_the_evening_gets_its_owner_the_next_working_morning() {
    let (mut s, p, _) = rits();
    s.received = at(2026, 11, 20, 20, 45);
    // Friday 20:45 to Monday 10:55, then to 11:05.
    let (_, d) = play(&s, &p, 1, &[wait(62 * 60 + 10), Action::TakeOwnership]);
    assert!(!d.has_violation(Rule::SlaOwner), "{:?}", rules(&d));
    let (_, d) = play(&s, &p, 1, &[wait(62 * 60 + 20), Action::TakeOwnership]);
    assert_eq!(violation(&d, Rule::SlaOwner).deadline, Some(at(2026, 11, 23, 11, 0)));
}

#[test]
fn first_response_depends_on_priority() {
    let (mut s, p, start) = rits();
    // Normal: 3 working days; from Friday 15:40 that is Wednesday 15:40,
    // and 15 minutes later: the start waits that long for the customer's
    // photos (the inspection), in which the clock stands still.
    let mut late = start.clone();
    late.push(wait(5 * 24 * 60));
    late.push(offer(OfferKind::Replacement, 2));
    let (_, d) = play(&s, &p, 1, &late);
    assert_eq!(violation(&d, Rule::SlaFirstResponse).deadline, Some(at(2026, 11, 25, 15, 55)));
    // High: 24 clock hours (and the wait for the photos).
    s.truth.priority = Priority::High;
    let mut a = start.clone();
    a.push(wait(24 * 60));
    a.push(offer(OfferKind::Replacement, 2));
    let (_, d) = play(&s, &p, 1, &a);
    assert_eq!(violation(&d, Rule::SlaFirstResponse).deadline, Some(at(2026, 11, 21, 15, 55)));
    // Critical: one hour, around the clock. The good start takes ~40 min.
    s.truth.priority = Priority::Critical;
    let mut a = start.clone();
    a.push(offer(OfferKind::Replacement, 2));
    let (_, d) = play(&s, &p, 1, &a);
    assert!(!d.has_violation(Rule::SlaFirstResponse), "{:?}", rules(&d));
    let mut a = start;
    a.push(wait(45));
    a.push(offer(OfferKind::Replacement, 2));
    let (_, d) = play(&s, &p, 1, &a);
    assert_eq!(violation(&d, Rule::SlaFirstResponse).deadline, Some(at(2026, 11, 20, 16, 55)));
}

#[test]
fn escalation_report_within_sixty_minutes_of_the_trigger() {
    let l = scenario("gstar-kleur-gelekt");
    let (s, p) = (&l.scenario, &l.policy);
    // The repetition is known once the history is checked.
    let (st, d) = play(s, p, 1, &[Action::LetFinish, Action::Check(Check::History), wait(50), Action::Escalate]);
    assert!(!d.has_violation(Rule::SlaEscalationReport), "{:?}", rules(&d));
    assert_eq!(st.role, Role::TeamLead);
    let (_, d) = play(s, p, 1, &[Action::LetFinish, Action::Check(Check::History), wait(70), Action::Escalate]);
    let v = violation(&d, Rule::SlaEscalationReport);
    // LetFinish (3 min) then the check at 10:15; its deadline 11:15.
    assert_eq!(v.deadline, Some(at(2026, 11, 23, 11, 15)));
}

#[test]
fn team_lead_decides_within_four_office_hours() {
    let (mut s, p, _) = rits();
    s.received = at(2026, 11, 20, 17, 20);
    s.truth.escalation = vec![Trigger::Authority];
    s.escalation_reply = Some("Akkoord.".into());
    let (st, d) = play(&s, &p, 1, &[Action::LetFinish, Action::Escalate]);
    // Reported Friday 17:24, the team lead is back Monday morning: six
    // minutes on Friday, the rest on Monday, never Saturday 01:24.
    assert!(st.escalations[0].decided >= at(2026, 11, 23, 9, 0));
    let case = klachtsim::sla::Case::truth(&s.truth);
    let due = klachtsim::sla::deadlines(&p, &case, &st).first(Rule::SlaEscalationDecision).unwrap().due;
    assert_eq!(due, at(2026, 11, 23, 12, 54));
    assert!(!d.has_violation(Rule::SlaEscalationDecision), "{:?}", rules(&d));
    // In office hours the decision comes well in time.
    s.received = at(2026, 11, 20, 10, 0);
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, Action::Escalate]);
    assert!(!d.has_violation(Rule::SlaEscalationDecision));
}

#[test]
fn reputational_risk_needs_the_board_told_at_once() {
    let l = scenario("gstar-parka-niet-waterdicht");
    let (s, p) = (&l.scenario, &l.policy);
    let (_, d) = play(s, p, 1, &[Action::LetFinish, Action::NotifyManagement, Action::Escalate]);
    assert!(!d.has_violation(Rule::SlaCLevel), "{:?}", rules(&d));
    let (_, d) = play(s, p, 1, &[Action::LetFinish, wait(20), Action::NotifyManagement, Action::Escalate]);
    assert_eq!(violation(&d, Rule::SlaCLevel).deadline, Some(at(2026, 12, 18, 16, 35)));
    let (_, d) = play(s, p, 1, &[Action::LetFinish, Action::Escalate]);
    assert_eq!(violation(&d, Rule::SlaCLevel).actual, None);
}

#[test]
fn the_three_escalation_triggers() {
    // Reputation: a public post.
    let l = scenario("gstar-parka-niet-waterdicht");
    let (_, d) = play(&l.scenario, &l.policy, 1, &[Action::LetFinish]);
    assert!(violation(&d, Rule::EscalationTriggers).text.render(Lang::Nl).contains("reputatierisico"));
    // Repetition: the third complaint in 90 days.
    let l = scenario("gstar-kleur-gelekt");
    let (_, d) = play(&l.scenario, &l.policy, 1, &[Action::LetFinish]);
    assert!(violation(&d, Rule::EscalationTriggers).text.render(Lang::Nl).contains("herhaalde klacht"));
    // Authority: the customer wants what only the team lead may give.
    let (mut s, p, _) = rits();
    s.truth.escalation = vec![Trigger::Authority];
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish]);
    assert!(violation(&d, Rule::EscalationTriggers).text.render(Lang::En).contains("beyond your authority"));
}

#[test]
fn escalating_without_a_trigger_costs_points() {
    let (s, p, start) = rits();
    let mut a = start.clone();
    a.push(Action::Escalate);
    let (_, with) = play(&s, &p, 1, &a);
    let (_, without) = play(&s, &p, 1, &start);
    assert!(with.has_violation(Rule::EscalationTriggers));
    assert!(with.step(Step::Offer).score < without.step(Step::Offer).score);
}

#[test]
fn refund_beyond_authority_must_be_escalated_first() {
    let (s, p, start) = rits();
    let mut a = start.clone();
    a.push(offer(OfferKind::Refund(120.0), 3));
    a.push(Action::Execute);
    let (st, d) = play(&s, &p, 1, &a);
    let v = violation(&d, Rule::Authority);
    assert_eq!(
        v.text.render(Lang::En),
        "a refund of €120.00 is above your authority of €50.00: escalate to the team lead first"
    );
    assert_eq!(
        v.text.render(Lang::Nl),
        "een terugbetaling van € 120,00 gaat boven je bevoegdheid van € 50,00: leg het eerst voor aan de teamleider"
    );
    // And it cannot be carried out.
    assert!(st.execution.as_ref().unwrap().blocked);
    assert_eq!(d.step(Step::Execute).score, 0);
    // Escalated first: within the team lead's authority.
    let mut a = start;
    a.push(Action::Escalate);
    a.push(offer(OfferKind::Refund(120.0), 3));
    a.push(Action::Execute);
    let (st, d) = play(&s, &p, 1, &a);
    assert!(!d.has_violation(Rule::Authority));
    assert!(!st.execution.unwrap().blocked);
}

#[test]
fn every_authority_limit_of_the_policy() {
    let (mut s, p, start) = rits();
    let beyond = |s: &Scenario, extra: Vec<Action>| {
        let mut a = start.clone();
        a.extend(extra);
        play(s, &p, 1, &a).1.has_violation(Rule::Authority)
    };
    assert!(!beyond(&s, vec![offer(OfferKind::Refund(50.0), 3)]));
    assert!(beyond(&s, vec![offer(OfferKind::Refund(50.01), 3)]));
    assert!(!beyond(&s, vec![offer(OfferKind::Discount(15), 0)]));
    assert!(beyond(&s, vec![offer(OfferKind::Discount(16), 0)]));
    assert!(beyond(&s, vec![Action::Escalate, offer(OfferKind::Discount(31), 0)]));
    assert!(!beyond(&s, vec![Action::Escalate, offer(OfferKind::Discount(30), 0)]));
    assert!(beyond(&s, vec![offer(OfferKind::Voucher(60.0), 0)]));
    assert!(!beyond(&s, vec![offer(OfferKind::Repair, 5)]));
    assert!(!beyond(&s, vec![offer(OfferKind::Replacement, 2)]));
    // Out of stock: a replacement needs the team lead.
    s.order.in_stock = false;
    assert!(beyond(&s, vec![offer(OfferKind::Replacement, 10)]));
    assert!(!beyond(&s, vec![Action::Escalate, offer(OfferKind::Replacement, 10)]));
    // Beyond the team lead: the manager.
    s.order.price = 400.0;
    assert!(beyond(&s, vec![Action::Escalate, offer(OfferKind::Refund(300.0), 3)]));
    assert!(!beyond(&s, vec![Action::Escalate, Action::Escalate, offer(OfferKind::Refund(300.0), 3)]));
}

#[test]
fn promises_are_kept_or_the_execute_step_says_so() {
    let (s, p, start) = rits();
    let mut a = start.clone();
    a.push(offer(OfferKind::Replacement, 1)); // delivery takes 2 working days
    a.push(Action::Execute);
    let (_, d) = play(&s, &p, 1, &a);
    let v = violation(&d, Rule::ExecuteOnTime);
    assert_eq!(v.deadline, Some(at(2026, 11, 23, 17, 30)));
    assert_eq!(d.step(Step::Execute).score, 60);
}

#[test]
fn follow_up_after_execution_within_two_working_days() {
    let (s, p, start) = rits();
    let mut a = start.clone();
    a.extend([offer(OfferKind::Replacement, 2), Action::Execute, wait(3 * 24 * 60), Action::FollowUp]);
    let (st, d) = play(&s, &p, 1, &a);
    let done = st.execution.unwrap().done;
    let v = violation(&d, Rule::SlaFollowUp);
    assert_eq!(v.deadline, Some(klachtsim::calendar::Calendar::new(&p).add_working_days(done, 2)));
    let mut a = start;
    a.extend([offer(OfferKind::Replacement, 2), Action::Execute, Action::FollowUp]);
    assert!(!play(&s, &p, 1, &a).1.has_violation(Rule::SlaFollowUp));
}

#[test]
fn a_deadline_is_listed_once_its_clock_starts() {
    use klachtsim::sla::{Case, deadlines};
    let (s, p, start) = rits();
    let listed = |st: &klachtsim::sim::State| {
        deadlines(&p, &Case::truth(&s.truth), st).iter().map(|d| d.rule).collect::<Vec<_>>()
    };
    let (st, _) = play(&s, &p, 1, &start);
    assert_eq!(listed(&st), [Rule::SlaAcknowledgement, Rule::SlaOwner, Rule::SlaFirstResponse, Rule::SlaSolution]);
    let mut a = start;
    a.extend([offer(OfferKind::Replacement, 2), Action::Execute]);
    let (st, _) = play(&s, &p, 1, &a);
    let done = st.execution.as_ref().map(|e| e.done);
    let list = deadlines(&p, &Case::truth(&s.truth), &st);
    assert_eq!(list.first(Rule::ExecuteOnTime).map(|d| d.done), Some(done));
    let follow_up = list.first(Rule::SlaFollowUp).expect("the follow-up clock starts at execution");
    assert_eq!((Some(follow_up.from), follow_up.done), (done, None));
    // The desk shows the trainee's own priority, never the truth's triggers.
    let mut s = s;
    s.truth.escalation = vec![Trigger::Reputation];
    assert!(deadlines(&p, &Case::truth(&s.truth), &st).first(Rule::SlaCLevel).is_some());
    assert!(deadlines(&p, &Case::trainee(&st), &st).iter().all(|d| d.rule != Rule::SlaCLevel));
}

#[test]
fn csat_survey_between_24_and_48_hours_after_closing() {
    let (s, p, start) = rits();
    let run = |hours| {
        let mut a = start.clone();
        a.extend([
            offer(OfferKind::Replacement, 2),
            Action::Execute,
            Action::FollowUp,
            Action::Close,
            Action::SendCsat { hours },
        ]);
        play(&s, &p, 1, &a).1
    };
    assert!(!run(24).has_violation(Rule::SlaCsatSurvey));
    assert!(!run(48).has_violation(Rule::SlaCsatSurvey));
    assert!(run(12).has_violation(Rule::SlaCsatSurvey));
    assert!(run(49).has_violation(Rule::SlaCsatSurvey));
}

#[test]
fn low_csat_needs_a_senior_follow_up_within_48_hours() {
    let (s, p, _) = rits();
    // A grudging run: the customer ends unhappy.
    let base = vec![
        Action::Interrupt,
        say("vraag-goed-dicht"),
        say("vraag-bon-label"),
        say("samenvatting-lipje"),
        say("erkenning-verdediging"),
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        // Cut off and in a bad mood, the customer refuses it
        // (src/sim/acceptance.rs): there is nothing to carry out.
        offer(OfferKind::Replacement, 2),
        Action::Close,
        Action::SendCsat { hours: 24 },
    ];
    let (st, d) = play(&s, &p, 1, &base);
    let (_, csat) = st.csat_answer.unwrap();
    assert!(csat <= 3, "csat {csat}");
    assert!(d.has_violation(Rule::SlaCsatFollowUp));
    let mut a = base.clone();
    a.push(Action::SeniorFollowUp { hours: 24 });
    assert!(!play(&s, &p, 1, &a).1.has_violation(Rule::SlaCsatFollowUp));
    let mut a = base;
    a.push(Action::SeniorFollowUp { hours: 50 });
    assert!(play(&s, &p, 1, &a).1.has_violation(Rule::SlaCsatFollowUp));
}

#[test]
fn a_promised_next_contact_must_be_kept() {
    let (s, p, start) = rits();
    // "I'll call you back within 24 hours", then nothing until after the
    // two-day delivery.
    let mut a = start.clone();
    a.extend([Action::StatusUpdate { hours: 24 }, offer(OfferKind::Replacement, 2), Action::Execute, Action::FollowUp]);
    let (_, d) = play(&s, &p, 1, &a);
    // The offer right after the update is a contact: that keeps it.
    assert!(!d.has_violation(Rule::SlaStatusUpdate), "{:?}", rules(&d));
    let mut a = start;
    a.extend([offer(OfferKind::Replacement, 2), Action::StatusUpdate { hours: 24 }, Action::Execute, Action::FollowUp]);
    let (_, d) = play(&s, &p, 1, &a);
    assert!(d.has_violation(Rule::SlaStatusUpdate));
}

#[test]
fn offering_before_listening_or_analyzing_costs_points() {
    let (s, p, _) = rits();
    let (_, d) = play(&s, &p, 1, &[offer(OfferKind::Replacement, 2)]);
    let order: Vec<_> =
        d.step(Step::Offer).items.iter().filter(|i| i.rule == Rule::OrderSteps).map(|i| i.points).collect();
    assert_eq!(order, vec![-20, -15]);
    let (_, d) = play(&s, &p, 1, &[Action::LetFinish, offer(OfferKind::Replacement, 2)]);
    let order: Vec<_> =
        d.step(Step::Offer).items.iter().filter(|i| i.rule == Rule::OrderSteps).map(|i| i.points).collect();
    assert_eq!(order, vec![-15]);
}

#[test]
fn doubtful_and_unfounded_explain_before_they_offer() {
    let l = scenario("gstar-kleur-gelekt");
    let (s, p) = (&l.scenario, &l.policy);
    let base = vec![
        Action::LetFinish,
        say("vraag-wassen"),
        say("vraag-bestelling"),
        say("samenvatting-goed"),
        say("erkenning-empathie"),
        Action::Check(Check::Inspect),
        classify(&s.truth),
    ];
    let seq = |d: &klachtsim::score::Debrief| {
        d.step(Step::Offer).items.iter().filter(|i| i.rule == Rule::VerdictSequence).map(|i| i.points).sum::<i32>()
    };
    let mut first = base.clone();
    first.extend([say("uitleg-bevinding"), offer(OfferKind::Refund(40.0), 3)]);
    let mut late = base.clone();
    late.extend([offer(OfferKind::Refund(40.0), 3), say("uitleg-bevinding")]);
    let mut never = base;
    never.push(offer(OfferKind::Refund(40.0), 3));
    assert_eq!(seq(&play(s, p, 1, &first).1), 15);
    assert_eq!(seq(&play(s, p, 1, &late).1), 5);
    assert_eq!(seq(&play(s, p, 1, &never).1), 0);
}

#[test]
fn offers_are_judged_by_the_verdict_where_the_scenario_is_silent() {
    use klachtsim::sim::judge_offer;
    let (mut s, _, _) = rits();
    s.offers.clear();
    s.truth.verdict = Verdict::Unfounded;
    assert_eq!(judge_offer(&s, &OfferKind::Refund(129.95), None).rating, Rating::Wrong);
    assert_eq!(judge_offer(&s, &OfferKind::Compromise, None).rating, Rating::Good);
    s.truth.verdict = Verdict::Doubtful;
    assert_eq!(judge_offer(&s, &OfferKind::Refund(129.95), None).rating, Rating::Weak);
    assert_eq!(judge_offer(&s, &OfferKind::Refund(30.0), None).rating, Rating::Good);
    s.truth.verdict = Verdict::Grounded;
    assert_eq!(judge_offer(&s, &OfferKind::Replacement, None).rating, Rating::Good);
    assert_eq!(judge_offer(&s, &OfferKind::Advice, None).rating, Rating::Wrong);
}

#[test]
fn actions_that_are_not_possible_yet_are_refused() {
    let (s, p, _) = rits();
    let mut session = klachtsim::sim::Session::new(&s, &p, 1);
    assert!(session.apply(Action::Execute, 1).is_err());
    assert!(session.apply(Action::FollowUp, 2).is_err());
    assert!(session.apply(Action::SendCsat { hours: 24 }, 3).is_err());
    assert!(session.apply(say("bestaat-niet"), 4).is_err());
    // An explanation of findings needs the investigation first.
    assert!(session.apply(say("uitleg-foto"), 5).is_err());
    assert!(session.apply(offer(OfferKind::Refund(500.0), 1), 6).is_err());
    assert!(session.apply(offer(OfferKind::Discount(0), 1), 7).is_err());
    session.apply(Action::Close, 8).unwrap();
    assert!(session.apply(Action::LetFinish, 9).is_err());
}

#[test]
fn a_voucher_beside_the_refund_is_carried_out_with_it() {
    let l = scenario("gstar-dubbel-betaald");
    let (s, p) = (&l.scenario, &l.policy);
    let refund =
        Action::Offer { offer: OfferKind::Refund(119.95), days: Some(3), what: Some("terugbetaling-volledig".into()) };
    let voucher = offer(OfferKind::Voucher(15.0), 0);
    let start = vec![Action::LetFinish, Action::ConfirmReceipt, Action::TakeOwnership, Action::Check(Check::Order)];
    // A voucher alone is no solution: the customer wants his money.
    let mut alone = start.clone();
    alone.extend([voucher.clone(), Action::Escalate]);
    let (st, _) = play(s, p, 8, &alone);
    assert_eq!((st.accepted, st.on_top.len()), (None, 0));
    // Beside the refund he takes it, and both are carried out.
    let mut both = start;
    both.extend([Action::Escalate, refund, voucher, Action::Execute]);
    let (st, d) = play(s, p, 8, &both);
    let e = st.execution.as_ref().expect("carried out");
    assert!(!e.blocked);
    let carried: Vec<OfferKind> = e.parts.iter().map(|&(i, _)| st.offers[i].offer).collect();
    assert_eq!(carried, [OfferKind::Refund(119.95), OfferKind::Voucher(15.0)]);
    // The voucher the same day, the refund after its three working days: done when the last is.
    let (refund_done, voucher_done) = (e.parts[0].1, e.parts[1].1);
    assert!(voucher_done < refund_done && e.done == refund_done, "{e:?}");
    let executed: Vec<String> =
        st.transcript.iter().map(|x| x.text.render(Lang::Nl)).filter(|t| t.starts_with("Uitgevoerd")).collect();
    assert_eq!(executed.len(), 2, "{executed:?}");
    assert!(executed[0].contains("15,00") && executed[1].contains("119,95"), "{executed:?}");
    // The debrief shows both parts, and neither promise is broken.
    let step = d.steps.iter().find(|x| x.step == Step::Execute).unwrap();
    let items: Vec<String> = step.items.iter().map(|i| i.reason.render(Lang::Nl)).collect();
    assert!(items.iter().any(|t| t.contains("119,95")) && items.iter().any(|t| t.contains("15,00")), "{items:?}");
    assert!(!d.has_violation(Rule::ExecuteOnTime) && !d.has_violation(Rule::Authority), "{:?}", rules(&d));
    assert_eq!(step.score, 100, "{items:?}");
}

#[test]
fn the_case_waits_for_the_customer_while_the_photos_come_and_not_in_a_store() {
    use klachtsim::calendar::Pause;
    use klachtsim::model::Channel;
    let (mut s, p, start) = rits();
    let (st, _) = play(&s, &p, 1, &start);
    let asked = st.history.iter().find(|d| d.action == Action::Check(Check::Inspect)).unwrap().at;
    let answered = st.history.iter().skip_while(|d| d.at <= asked).map(|d| d.at).next().unwrap_or(st.now);
    assert_eq!(st.waiting, [Pause { from: asked, to: answered }]);
    // The photos stop the owner's and the first response's clocks, not
    // the acknowledgement's, which was met before.
    let list = klachtsim::sla::deadlines(&p, &klachtsim::sla::Case::truth(&s.truth), &st);
    let plain = klachtsim::sla::at_receipt(&p, s.received, s.truth.priority, &[]);
    let moved = |r| list.first(r).unwrap().due - plain.first(r).unwrap().due;
    assert_eq!(moved(Rule::SlaFirstResponse), answered - asked);
    assert_eq!(moved(Rule::SlaAcknowledgement), chrono::Duration::zero());
    // In a store the product is on the counter: nobody waits.
    s.channel = Channel::Store;
    let (st, _) = play(&s, &p, 1, &start);
    assert!(st.waiting.is_empty());
}
