//! Every deadline a complaint gets: the SLA targets of the policy, the
//! promise made to the customer and the contacts promised along the way.
//! [`deadlines`] lists them for a session so far and [`at_receipt`] for a
//! moment of receipt alone; the scoring, the desk and `klachtsim sla` all
//! read them here, so they cannot disagree.
//!
//! The arithmetic of each SLA target is written once (`Clock::start`);
//! the calendar semantics behind it live in `calendar.rs`.

use chrono::NaiveDateTime;

use crate::calendar::{Calendar, Pause};
use crate::model::{Check, Priority, Trigger, Truth};
use crate::policy::{Counting, Policy, Rule, Sla, Target};
use crate::sim::State;

/// One deadline of a case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deadline {
    /// The rule that sets it.
    pub rule: Rule,
    /// When its clock starts.
    pub from: NaiveDateTime,
    pub due: NaiveDateTime,
    /// When the warning before a breach goes on: the policy's share of the
    /// term gone (`due` for a deadline without a warning).
    pub warn: NaiveDateTime,
    /// The earliest moment that counts, when that is later than `from`:
    /// the CSAT survey goes out in a window, not as soon as possible.
    pub opens: Option<NaiveDateTime>,
    /// When it was met (or done too late or too early); `None`: not yet.
    pub done: Option<NaiveDateTime>,
}

/// How a deadline stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Met(NaiveDateTime),
    /// Done after the deadline, or before its window opened.
    Late(NaiveDateTime),
    /// Not done, and not due yet.
    Running,
    /// Not done, and past due.
    Overdue,
}

impl Deadline {
    /// Whether doing it at `t` meets it.
    pub fn met_by(&self, t: NaiveDateTime) -> bool {
        t <= self.due && self.opens.is_none_or(|o| t >= o)
    }

    /// Whether the warning is on at `now`: not done, past the warning and
    /// not yet due. The desk shows it on the term's timer.
    pub fn warned(&self, now: NaiveDateTime) -> bool {
        self.done.is_none() && self.warn < self.due && now >= self.warn && now <= self.due
    }

    /// Whether the term came near its breach without breaking it ("bijna
    /// over termijn"): met after its warning, or still open past it at
    /// `now`.
    pub fn near_breach(&self, now: NaiveDateTime) -> bool {
        match self.standing(now) {
            Standing::Met(t) => t > self.warn,
            Standing::Running => self.warned(now),
            Standing::Late(_) | Standing::Overdue => false,
        }
    }

    pub fn standing(&self, now: NaiveDateTime) -> Standing {
        match self.done {
            Some(t) if self.met_by(t) => Standing::Met(t),
            Some(t) => Standing::Late(t),
            None if now > self.due => Standing::Overdue,
            None => Standing::Running,
        }
    }
}

/// A case's deadlines, in the order a case meets them.
#[derive(Clone, Debug, PartialEq)]
pub struct Deadlines(Vec<Deadline>);

impl Deadlines {
    /// The first deadline of `rule` (the first escalation's decision, say).
    pub fn first(&self, rule: Rule) -> Option<&Deadline> {
        self.0.iter().find(|d| d.rule == rule)
    }

    /// Every deadline of `rule` (each promised contact, say).
    pub fn all(&self, rule: Rule) -> impl Iterator<Item = &Deadline> {
        self.0.iter().filter(move |d| d.rule == rule)
    }
}

impl std::ops::Deref for Deadlines {
    type Target = [Deadline];

    fn deref(&self) -> &[Deadline] {
        &self.0
    }
}

/// What the case calls for: its truth for the scoring, the trainee's own
/// view at the desk (which must not give the truth away).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Case<'a> {
    /// Sets the first-response target.
    pub priority: Priority,
    /// What calls for escalation; none: no report or board deadline.
    pub triggers: &'a [Trigger],
    /// Triggers that arose during the case (a public post, a repeat call:
    /// `crate::sim::consequences::arisen`), from the moment they did.
    pub arisen: &'a [(Trigger, NaiveDateTime)],
}

impl<'a> Case<'a> {
    /// The case as it really is, for the scoring.
    pub fn truth(t: &'a Truth) -> Case<'a> {
        Case { priority: t.priority, triggers: &t.escalation, arisen: &[] }
    }

    /// The case as it really is, with the triggers the handling caused.
    pub fn played(t: &'a Truth, arisen: &'a [(Trigger, NaiveDateTime)]) -> Case<'a> {
        Case { arisen, ..Case::truth(t) }
    }

    /// The case as the trainee sees it during play: the priority they
    /// classified (normal until then), no triggers.
    pub fn trainee(st: &State) -> Case<'static> {
        Case { priority: st.classification.map_or(Priority::Normal, |(c, _)| c.priority), triggers: &[], arisen: &[] }
    }
}

/// The deadlines of a session so far. Those whose clock has not started
/// (the follow-up before execution, say) are absent.
pub fn deadlines(policy: &Policy, case: &Case, st: &State) -> Deadlines {
    let clock = Clock::new(policy, case.priority, &st.waiting);
    let mut v = clock.at_receipt(st.start, Some(st));
    let known = case.triggers.iter().map(|t| trigger_known(*t, st)).chain(case.arisen.iter().map(|a| a.1)).min();
    if let Some(known) = known {
        v.push(clock.start(Rule::SlaEscalationReport, known, st.escalations.first().map(|e| e.reported)));
    }
    for e in &st.escalations {
        v.push(clock.start(Rule::SlaEscalationDecision, e.reported, Some(e.decided)));
    }
    // An external risk: a public complaint, or a danger to other buyers.
    if case.triggers.iter().any(|t| matches!(t, Trigger::Reputation | Trigger::Safety)) {
        v.push(clock.start(Rule::SlaCLevel, st.start, st.management_notified));
    } else if let Some(&(_, posted)) = case.arisen.iter().find(|a| a.0 == Trigger::Reputation) {
        v.push(clock.start(Rule::SlaCLevel, posted, st.management_notified));
    }
    // A blocked execution carried nothing out: the promises stay open.
    // Each offer carried out keeps its own promise, the accepted one first.
    let executed = solved(st);
    for i in st.accepted.into_iter().chain(st.on_top.iter().copied()) {
        let o = &st.offers[i];
        let part = st.execution.as_ref().and_then(|e| e.parts.iter().find(|p| p.0 == i)).map(|p| p.1);
        if let Some(promise) = o.promise {
            v.push(Deadline {
                rule: Rule::ExecuteOnTime,
                from: o.at,
                due: promise,
                warn: promise,
                opens: None,
                done: part,
            });
        }
    }
    for c in &st.contacts {
        v.push(Deadline {
            rule: Rule::SlaStatusUpdate,
            from: c.made,
            due: c.due,
            warn: c.due,
            opens: None,
            done: c.kept,
        });
    }
    if let Some(done) = executed {
        v.push(clock.start(Rule::SlaFollowUp, done, st.followed_up));
    }
    if let Some(closed) = st.closed {
        let (opens, due) = csat_window(policy, closed);
        let survey =
            Deadline { rule: Rule::SlaCsatSurvey, from: closed, due, warn: due, opens: Some(opens), done: None };
        v.push(Deadline { done: st.csat_sent, ..survey });
    }
    if let Some((answered, csat)) = st.csat_answer
        && csat <= policy.sla.csat_follow_up_threshold
    {
        v.push(clock.start(Rule::SlaCsatFollowUp, answered, st.senior_follow_up));
    }
    Deadlines(v)
}

/// The SLA targets of a session that came near their breach by its end
/// (`Deadline::near_breach`), in the order a case meets them: what the log
/// keeps and the review counts as "bijna over termijn".
pub fn near_breaches(policy: &Policy, case: &Case, st: &State) -> Vec<Rule> {
    let all = deadlines(policy, case, st);
    all.iter().filter(|d| d.rule.is_sla() && d.near_breach(st.now)).map(|d| d.rule).collect()
}

/// The deadlines of a complaint received at `received`, planned ahead:
/// the escalation trigger known at receipt (a public post, say) and the
/// report made at the last moment allowed, the clocks standing still in
/// `pauses` (waiting for the customer). None is done yet.
pub fn at_receipt(policy: &Policy, received: NaiveDateTime, priority: Priority, pauses: &[Pause]) -> Deadlines {
    let clock = Clock::new(policy, priority, pauses);
    let mut v = clock.at_receipt(received, None);
    let report = clock.start(Rule::SlaEscalationReport, received, None);
    v.push(report);
    v.push(clock.start(Rule::SlaEscalationDecision, report.due, None));
    v.push(clock.start(Rule::SlaCLevel, received, None));
    Deadlines(v)
}

/// When work on a complaint received at `received` starts: at once within
/// business hours, else at the next opening, from which working-day
/// targets count.
pub fn work_starts(policy: &Policy, received: NaiveDateTime) -> NaiveDateTime {
    Calendar::new(policy).next_opening(received)
}

/// The window for the CSAT survey after closing.
pub fn csat_window(policy: &Policy, closed: NaiveDateTime) -> (NaiveDateTime, NaiveDateTime) {
    let sla = &policy.sla;
    (
        closed + chrono::Duration::hours(i64::from(sla.csat_from_hours)),
        closed + chrono::Duration::hours(i64::from(sla.csat_to_hours)),
    )
}

/// When an escalation trigger was known, or should have been.
fn trigger_known(tr: Trigger, st: &State) -> NaiveDateTime {
    match tr {
        // A danger is told in the complaint itself.
        Trigger::Reputation | Trigger::Safety => st.start,
        Trigger::Repetition => st.checks.get(&Check::History).copied().unwrap_or(st.start),
        Trigger::Authority => {
            let heard = [st.let_finish, st.said.first().map(|x| x.at), st.interruptions.first().copied()];
            heard.into_iter().flatten().min().unwrap_or(st.start)
        }
    }
}

/// The SLA targets of a policy over its calendar, with the stretches in
/// which the case waited for the customer.
struct Clock<'a> {
    cal: Calendar,
    sla: &'a Sla,
    priority: Priority,
    pauses: &'a [Pause],
}

impl<'a> Clock<'a> {
    fn new(policy: &'a Policy, priority: Priority, pauses: &'a [Pause]) -> Clock<'a> {
        Clock { cal: Calendar::new(policy), sla: &policy.sla, priority, pauses }
    }

    /// The deadline of `rule`'s target with its clock started at `from`,
    /// standing still while the case waits for the customer.
    fn start(&self, rule: Rule, from: NaiveDateTime, done: Option<NaiveDateTime>) -> Deadline {
        let target = rule_target(self.sla, rule, self.priority);
        let term = self.cal.term(from, target, self.sla.warn_percent, self.pauses, done);
        Deadline { rule, from, due: term.due, warn: term.warn, opens: None, done }
    }

    /// The deadlines every complaint gets from its receipt.
    fn at_receipt(&self, received: NaiveDateTime, st: Option<&State>) -> Vec<Deadline> {
        let done = |f: fn(&State) -> Option<NaiveDateTime>| st.and_then(f);
        vec![
            self.start(Rule::SlaAcknowledgement, received, done(|s| s.receipt_confirmed)),
            self.start(Rule::SlaOwner, received, done(|s| s.owner)),
            self.start(Rule::SlaFirstResponse, received, done(|s| s.first_response)),
            self.start(Rule::SlaSolution, received, done(solved)),
        ]
    }
}

/// When the solution was carried out: an execution that was not blocked.
fn solved(st: &State) -> Option<NaiveDateTime> {
    st.execution.as_ref().filter(|e| !e.blocked).map(|e| e.done)
}

/// The target of `rule` in the policy and the clock it runs on (the first
/// response's depends on the priority).
pub fn rule_target(sla: &Sla, rule: Rule, priority: Priority) -> (Target, Counting) {
    let c = &sla.clocks;
    match rule {
        Rule::SlaAcknowledgement => (sla.acknowledgement, c.acknowledgement),
        Rule::SlaOwner => (sla.owner, c.owner),
        Rule::SlaFirstResponse => (sla.first_response(priority), c.first_response(priority)),
        Rule::SlaSolution => (sla.solution(priority), c.solution(priority)),
        Rule::SlaEscalationReport => (sla.escalation_report, c.escalation_report),
        Rule::SlaEscalationDecision => (sla.escalation_decision, c.escalation_decision),
        Rule::SlaCLevel => (sla.c_level_notice, c.c_level_notice),
        Rule::SlaFollowUp => (sla.follow_up, c.follow_up),
        Rule::SlaCsatFollowUp => (sla.csat_follow_up, c.csat_follow_up),
        other => unreachable!("{other} has no target in the policy"),
    }
}

/// A target in words for the reader, with the clock it runs on (working
/// days need none: they are working days on either clock).
pub fn target_text((t, counting): (Target, Counting)) -> crate::i18n::Text {
    use crate::i18n::Text;
    let office = counting == Counting::BusinessHours;
    match t {
        Target::Minutes(m) => Text::msg(if office { "target-office-minutes" } else { "target-minutes" }).arg("n", m),
        Target::Hours(h) => Text::msg(if office { "target-office-hours" } else { "target-hours" }).arg("n", h),
        Target::WorkingDays(d) => Text::msg("target-working-days").arg("n", d),
    }
}
