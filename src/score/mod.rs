//! Scoring a finished session: 0-100 per step and overall, every point won
//! or lost itemized with its reason and the rule it comes from, and the SLA
//! and authority rules that were broken, each with its deadline and the
//! actual time.

pub mod report;

use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::i18n::{Arg, Text};
use crate::model::*;
use crate::policy::{Beyond, Policy};
use crate::sim::{State, offer_text};
use crate::sla::csat_window;

/// One point won or lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub step: Step,
    pub points: i32,
    pub reason: Text,
    /// The rule it comes from (an id with a description in the translations).
    pub rule: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StepScore {
    pub step: Step,
    pub score: u32,
    pub items: Vec<Item>,
}

/// A broken SLA, authority or escalation rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    pub rule: &'static str,
    pub step: Step,
    pub deadline: Option<NaiveDateTime>,
    /// `None`: it never happened.
    pub actual: Option<NaiveDateTime>,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub scenario_id: String,
    pub title: String,
    pub seed: u64,
    pub steps: Vec<StepScore>,
    pub overall: u32,
    pub violations: Vec<Violation>,
    pub csat: u8,
    /// Whether the trainee collected the CSAT with a survey.
    pub csat_collected: bool,
    pub mood: i32,
    pub started: NaiveDateTime,
    pub ended: NaiveDateTime,
    pub consequences: Vec<Text>,
    pub model: Vec<String>,
}

impl Debrief {
    pub fn step(&self, step: Step) -> &StepScore {
        self.steps.iter().find(|s| s.step == step).expect("every step is scored")
    }

    pub fn has_violation(&self, rule: &str) -> bool {
        self.violations.iter().any(|v| v.rule == rule)
    }
}

struct Scorer<'a> {
    s: &'a Scenario,
    policy: &'a Policy,
    cal: Calendar,
    st: &'a State,
    items: Vec<Item>,
    violations: Vec<Violation>,
}

impl<'a> Scorer<'a> {
    fn add(&mut self, step: Step, points: i32, rule: &'static str, reason: Text) {
        self.items.push(Item { step, points, reason, rule });
    }

    fn violate(
        &mut self,
        step: Step,
        rule: &'static str,
        deadline: Option<NaiveDateTime>,
        actual: Option<NaiveDateTime>,
        text: Text,
    ) {
        self.violations.push(Violation { rule, step, deadline, actual, text });
    }

    /// An SLA on a moment: full points in time, `late` points late, none
    /// when it never happened; a violation for both failures.
    #[allow(clippy::too_many_arguments)]
    fn sla(
        &mut self,
        step: Step,
        rule: &'static str,
        what: &'static str,
        deadline: NaiveDateTime,
        actual: Option<NaiveDateTime>,
        full: i32,
        late: i32,
    ) {
        match actual {
            Some(t) if t <= deadline => {
                self.add(
                    step,
                    full,
                    rule,
                    Text::msg("item-sla-met").arg("what", Arg::Msg(what)).arg("actual", t).arg("deadline", deadline),
                );
            }
            Some(t) => {
                self.add(
                    step,
                    late,
                    rule,
                    Text::msg("item-sla-late").arg("what", Arg::Msg(what)).arg("actual", t).arg("deadline", deadline),
                );
                self.violate(step, rule, Some(deadline), Some(t), Text::msg("viol-late").arg("what", Arg::Msg(what)));
            }
            None => {
                self.add(
                    step,
                    0,
                    rule,
                    Text::msg("item-sla-missing").arg("what", Arg::Msg(what)).arg("deadline", deadline),
                );
                self.violate(step, rule, Some(deadline), None, Text::msg("viol-missing").arg("what", Arg::Msg(what)));
            }
        }
    }

    fn lines_of(&self, kind: LineKind) -> Vec<(&'a Line, NaiveDateTime)> {
        let (s, st) = (self.s, self.st);
        st.said.iter().map(|x| (&s.lines[x.line], x.at)).filter(|(l, _)| l.kind == kind).collect()
    }

    /// Points for the best line of a kind, and a penalty for each wrong one.
    fn best_line(
        &mut self,
        step: Step,
        kinds: &[LineKind],
        rule: &'static str,
        good: i32,
        weak: i32,
        wrong: i32,
        none_msg: &'static str,
    ) {
        let said: Vec<(Line, NaiveDateTime)> =
            kinds.iter().flat_map(|k| self.lines_of(*k)).map(|(l, t)| (l.clone(), t)).collect();
        let best = said.iter().filter(|(l, _)| l.rating != Rating::Wrong).min_by_key(|(l, _)| l.rating);
        match best {
            Some((l, _)) => {
                let pts = if l.rating == Rating::Good { good } else { weak };
                self.add(step, pts, rule, Text::Authored(l.reason.clone()));
            }
            None => self.add(step, 0, rule, Text::msg(none_msg)),
        }
        for (l, _) in said.iter().filter(|(l, _)| l.rating == Rating::Wrong) {
            self.add(step, -wrong, rule, Text::Authored(l.reason.clone()));
        }
    }

    fn listen(&mut self) {
        let st = self.st;
        let first_interrupt = st.interruptions.first().copied();
        match st.let_finish {
            Some(t) if first_interrupt.is_none_or(|i| i > t) => {
                self.add(Step::Listen, 35, "listen-let-finish", Text::msg("item-let-finish"))
            }
            Some(_) => self.add(Step::Listen, 15, "listen-let-finish", Text::msg("item-let-finish-after-interrupt")),
            None => self.add(Step::Listen, 0, "listen-let-finish", Text::msg("item-no-let-finish")),
        }
        for _ in &st.interruptions {
            self.add(Step::Listen, -20, "listen-no-interrupting", Text::msg("item-interrupted"));
        }
        self.best_line(
            Step::Listen,
            &[LineKind::OpenQuestion],
            "listen-open-questions",
            25,
            10,
            10,
            "item-no-open-question",
        );
        // Closed questions only count against the trainee when wrong.
        for (l, _) in self
            .lines_of(LineKind::ClosedQuestion)
            .into_iter()
            .filter(|(l, _)| l.rating == Rating::Wrong)
            .map(|(l, t)| (l.clone(), t))
            .collect::<Vec<_>>()
        {
            self.add(Step::Listen, -10, "listen-open-questions", Text::Authored(l.reason.clone()));
        }
        self.best_line(Step::Listen, &[LineKind::Summary], "listen-summary", 40, 15, 15, "item-no-summary");
        let first_summary = self.lines_of(LineKind::Summary).first().map(|(_, t)| *t);
        let first_listen =
            [st.let_finish, self.lines_of(LineKind::OpenQuestion).first().map(|(_, t)| *t)].into_iter().flatten().min();
        if let Some(sum) = first_summary
            && first_listen.is_none_or(|l| l > sum)
        {
            self.add(Step::Listen, -10, "order-steps", Text::msg("item-summary-before-listening"));
        }
    }

    fn acknowledge(&mut self) {
        let sla = &self.policy.sla;
        let start = self.st.start;
        let ack = self.cal.deadline(start, sla.acknowledgement);
        let owner = self.cal.deadline(start, sla.owner);
        self.sla(
            Step::Acknowledge,
            "sla-acknowledgement",
            "what-acknowledgement",
            ack,
            self.st.receipt_confirmed,
            30,
            10,
        );
        self.sla(Step::Acknowledge, "sla-owner", "what-owner", owner, self.st.owner, 20, 5);
        self.best_line(
            Step::Acknowledge,
            &[LineKind::Acknowledge],
            "acknowledge-empathy",
            50,
            20,
            30,
            "item-no-empathy",
        );
    }

    fn analyze(&mut self) {
        let t = &self.s.truth;
        let classified = self.st.classification.map(|(_, at)| at);
        let n = t.required_checks.len().max(1) as i32;
        let per = 40 / n;
        for c in &t.required_checks {
            let what = Arg::Msg(c.msg());
            match self.st.checks.get(c) {
                Some(at) if classified.is_none_or(|cl| *at <= cl) => {
                    self.add(Step::Analyze, per, "analyze-investigate", Text::msg("item-checked").arg("check", what))
                }
                Some(_) => self.add(
                    Step::Analyze,
                    per / 2,
                    "analyze-investigate",
                    Text::msg("item-checked-late").arg("check", what),
                ),
                None => {
                    self.add(Step::Analyze, 0, "analyze-investigate", Text::msg("item-not-checked").arg("check", what))
                }
            }
        }
        // Rounding leaves a point or two: give them with the classification.
        let rest = 40 - per * n;
        let Some((c, _)) = self.st.classification else {
            self.add(Step::Analyze, 0, "analyze-classify", Text::msg("item-not-classified"));
            return;
        };
        let fields: [(&'static str, bool, i32, &'static str, &'static str); 5] = [
            ("field-nature", c.nature == t.nature, 10, c.nature.msg(), t.nature.msg()),
            ("field-category", c.category == t.category, 10, c.category.msg(), t.category.msg()),
            ("field-cause", c.cause == t.cause, 15, c.cause.msg(), t.cause.msg()),
            ("field-verdict", c.verdict == t.verdict, 15 + rest, c.verdict.msg(), t.verdict.msg()),
            ("field-priority", c.priority == t.priority, 10, c.priority.msg(), t.priority.msg()),
        ];
        for (field, right, pts, given, truth) in fields {
            if right {
                self.add(
                    Step::Analyze,
                    pts,
                    "analyze-classify",
                    Text::msg("item-classified-right").arg("field", Arg::Msg(field)).arg("value", Arg::Msg(truth)),
                );
            } else {
                self.add(
                    Step::Analyze,
                    0,
                    "analyze-classify",
                    Text::msg("item-classified-wrong")
                        .arg("field", Arg::Msg(field))
                        .arg("given", Arg::Msg(given))
                        .arg("value", Arg::Msg(truth)),
                );
            }
        }
    }

    fn offer(&mut self) {
        let st = self.st;
        let s = self.s;
        let sla = &self.policy.sla;
        let fr = self.cal.deadline(st.start, sla.first_response(s.truth.priority));
        self.sla(Step::Offer, "sla-first-response", "what-first-response", fr, st.first_response, 10, 3);

        // The verdict's own sequence.
        let first_offer = st.offers.first().map(|o| o.at);
        let explanations = self.lines_of(LineKind::Explanation);
        let before: Vec<Rating> =
            explanations.iter().filter(|(_, t)| first_offer.is_none_or(|o| *t <= o)).map(|(l, _)| l.rating).collect();
        match s.truth.verdict {
            Verdict::Grounded => {
                if first_offer.is_some() && !before.contains(&Rating::Wrong) {
                    self.add(Step::Offer, 15, "verdict-sequence", Text::msg("item-grounded-direct"));
                } else {
                    self.add(Step::Offer, 0, "verdict-sequence", Text::msg("item-grounded-not-direct"));
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
                self.add(Step::Offer, pts, "verdict-sequence", Text::msg(id).arg("verdict", verdict));
            }
        }
        for (l, _) in explanations
            .iter()
            .filter(|(l, _)| l.rating == Rating::Wrong)
            .map(|(l, t)| ((*l).clone(), *t))
            .collect::<Vec<_>>()
        {
            self.add(Step::Offer, -15, "verdict-sequence", Text::Authored(l.reason));
        }

        // The solution itself.
        let chosen = st.accepted.or_else(|| (0..st.offers.len()).min_by_key(|&i| st.offers[i].judgement.rating));
        match chosen.map(|i| &st.offers[i]) {
            None => self.add(Step::Offer, 0, "offer-solution", Text::msg("item-no-offer")),
            Some(o) => {
                let pts = match o.judgement.rating {
                    Rating::Good => 35,
                    Rating::Weak => 15,
                    Rating::Wrong => -20,
                };
                let reason = Text::msg("item-offer-judged")
                    .arg("offer", offer_text(&o.offer))
                    .arg("reason", Arg::Text(Box::new(o.judgement.reason.clone())));
                self.add(Step::Offer, pts, "offer-solution", reason);
                match o.days {
                    Some(_) => self.add(
                        Step::Offer,
                        10,
                        "offer-clear-when",
                        Text::msg("item-offer-when").arg("when", o.promise.expect("promise with days")),
                    ),
                    None => self.add(Step::Offer, 0, "offer-clear-when", Text::msg("item-offer-no-when")),
                }
            }
        }
        let options = st.offers.iter().filter(|o| o.judgement.rating != Rating::Wrong).count();
        if options >= 2 {
            self.add(Step::Offer, 10, "offer-alternatives", Text::msg("item-alternatives"));
        } else if !st.offers.is_empty() {
            self.add(Step::Offer, 0, "offer-alternatives", Text::msg("item-no-alternatives"));
        }

        // Authority.
        let mut within = !st.offers.is_empty();
        for o in &st.offers {
            if let Some(b) = o.beyond {
                within = false;
                let text = beyond_text(&o.offer, b, o.role);
                self.add(Step::Offer, -25, "authority", text.clone());
                self.violate(Step::Offer, "authority", None, Some(o.at), text);
            }
        }
        if within {
            self.add(Step::Offer, 10, "authority", Text::msg("item-within-authority"));
        }

        // Order: no promise before listening and analyzing.
        if let Some(o) = st.offers.first() {
            if o.before_listening {
                self.add(Step::Offer, -20, "order-steps", Text::msg("item-offer-before-listening"));
            }
            if o.before_classifying {
                self.add(Step::Offer, -15, "order-steps", Text::msg("item-offer-before-analyzing"));
            }
        }
        self.escalation();
    }

    fn escalation(&mut self) {
        let st = self.st;
        let t = &self.s.truth;
        let sla = &self.policy.sla;
        let first = st.escalations.first();
        if t.escalation.is_empty() {
            match first {
                None => self.add(Step::Offer, 10, "escalation-triggers", Text::msg("item-no-escalation-needed")),
                Some(e) => {
                    self.add(Step::Offer, -10, "escalation-triggers", Text::msg("item-escalation-unneeded"));
                    self.violate(
                        Step::Offer,
                        "escalation-triggers",
                        None,
                        Some(e.reported),
                        Text::msg("viol-escalation-unneeded"),
                    );
                }
            }
            return;
        }
        let triggers: Vec<Arg> = t.escalation.iter().map(|tr| Arg::Msg(tr.msg())).collect();
        let trigger_list = Arg::Text(Box::new(join(triggers)));
        let known = t.escalation.iter().map(|tr| self.trigger_time(*tr)).min().unwrap_or(st.start);
        let report_deadline = self.cal.deadline(known, sla.escalation_report);
        match first {
            None => {
                self.add(
                    Step::Offer,
                    0,
                    "escalation-triggers",
                    Text::msg("item-escalation-missing").arg("triggers", trigger_list.clone()),
                );
                self.violate(
                    Step::Offer,
                    "escalation-triggers",
                    Some(report_deadline),
                    None,
                    Text::msg("viol-escalation-missing").arg("triggers", trigger_list),
                );
            }
            Some(e) => {
                if e.reported <= report_deadline {
                    self.add(
                        Step::Offer,
                        10,
                        "sla-escalation-report",
                        Text::msg("item-escalated")
                            .arg("triggers", trigger_list)
                            .arg("actual", e.reported)
                            .arg("deadline", report_deadline),
                    );
                } else {
                    self.add(
                        Step::Offer,
                        5,
                        "sla-escalation-report",
                        Text::msg("item-escalated-late")
                            .arg("triggers", trigger_list)
                            .arg("actual", e.reported)
                            .arg("deadline", report_deadline),
                    );
                    self.violate(
                        Step::Offer,
                        "sla-escalation-report",
                        Some(report_deadline),
                        Some(e.reported),
                        Text::msg("viol-late").arg("what", Arg::Msg("what-escalation-report")),
                    );
                }
                let decision_deadline = self.cal.deadline(e.reported, sla.escalation_decision);
                if e.decided > decision_deadline {
                    self.add(
                        Step::Offer,
                        0,
                        "sla-escalation-decision",
                        Text::msg("item-decision-late").arg("actual", e.decided).arg("deadline", decision_deadline),
                    );
                    self.violate(
                        Step::Offer,
                        "sla-escalation-decision",
                        Some(decision_deadline),
                        Some(e.decided),
                        Text::msg("viol-late").arg("what", Arg::Msg("what-escalation-decision")),
                    );
                }
            }
        }
        if t.escalation.contains(&Trigger::Reputation) {
            let deadline = self.cal.deadline(st.start, sla.c_level_notice);
            match st.management_notified {
                Some(at) if at <= deadline => self.add(
                    Step::Offer,
                    0,
                    "sla-c-level",
                    Text::msg("item-sla-met")
                        .arg("what", Arg::Msg("what-c-level"))
                        .arg("actual", at)
                        .arg("deadline", deadline),
                ),
                actual => {
                    self.add(
                        Step::Offer,
                        -10,
                        "sla-c-level",
                        Text::msg("item-c-level-missed").arg("deadline", deadline),
                    );
                    let id = if actual.is_some() { "viol-late" } else { "viol-missing" };
                    self.violate(
                        Step::Offer,
                        "sla-c-level",
                        Some(deadline),
                        actual,
                        Text::msg(id).arg("what", Arg::Msg("what-c-level")),
                    );
                }
            }
        }
    }

    /// When a trigger was known, or should have been.
    fn trigger_time(&self, tr: Trigger) -> NaiveDateTime {
        let st = self.st;
        match tr {
            Trigger::Reputation => st.start,
            Trigger::Repetition => st.checks.get(&Check::History).copied().unwrap_or(st.start),
            Trigger::Authority => {
                let heard = [st.let_finish, st.said.first().map(|x| x.at), st.interruptions.first().copied()];
                heard.into_iter().flatten().min().unwrap_or(st.start)
            }
        }
    }

    fn execute(&mut self) {
        let st = self.st;
        match &st.execution {
            None if st.accepted.is_some() => {
                self.add(Step::Execute, 0, "execute-carry-out", Text::msg("item-not-executed"))
            }
            None => self.add(Step::Execute, 0, "execute-carry-out", Text::msg("item-nothing-to-execute")),
            Some(e) if e.blocked => {
                self.add(Step::Execute, 0, "execute-carry-out", Text::msg("item-execution-blocked"))
            }
            Some(e) => {
                let o = &st.offers[e.offer];
                self.add(
                    Step::Execute,
                    60,
                    "execute-carry-out",
                    Text::msg("item-executed").arg("offer", offer_text(&o.offer)).arg("when", e.done),
                );
                match o.promise {
                    Some(p) if e.done <= p => self.add(
                        Step::Execute,
                        40,
                        "execute-on-time",
                        Text::msg("item-promise-kept").arg("deadline", p).arg("actual", e.done),
                    ),
                    Some(p) => {
                        self.add(
                            Step::Execute,
                            0,
                            "execute-on-time",
                            Text::msg("item-promise-broken").arg("deadline", p).arg("actual", e.done),
                        );
                        self.violate(
                            Step::Execute,
                            "execute-on-time",
                            Some(p),
                            Some(e.done),
                            Text::msg("viol-promise"),
                        );
                    }
                    None => self.add(Step::Execute, 20, "execute-on-time", Text::msg("item-no-promise")),
                }
            }
        }
    }

    fn follow_up(&mut self, end: NaiveDateTime) {
        let st = self.st;
        let sla = &self.policy.sla;
        match &st.execution {
            Some(e) if !e.blocked => {
                let deadline = self.cal.deadline(e.done, sla.follow_up);
                self.sla(Step::FollowUp, "sla-follow-up", "what-follow-up", deadline, st.followed_up, 40, 15);
            }
            _ => self.add(Step::FollowUp, 0, "sla-follow-up", Text::msg("item-no-follow-up-possible")),
        }
        if !self.s.truth.direct_solution {
            // No direct solution: the customer hears when the next contact
            // will be (an exact moment) before any offer is made.
            let first_offer = st.offers.first().map(|o| o.at);
            let update = st.contacts.iter().map(|c| c.made).filter(|m| first_offer.is_none_or(|f| *m <= f)).min();
            match update {
                Some(made) => self.add(
                    Step::FollowUp,
                    0,
                    "sla-status-update",
                    Text::msg("item-status-update-given").arg("when", made),
                ),
                None => {
                    self.add(Step::FollowUp, -25, "sla-status-update", Text::msg("item-status-update-missing"));
                    self.violate(
                        Step::FollowUp,
                        "sla-status-update",
                        first_offer,
                        None,
                        Text::msg("viol-missing").arg("what", Arg::Msg("what-status-update")),
                    );
                }
            }
        }
        for p in &st.contacts {
            let broken = match p.kept {
                Some(k) => k > p.due,
                None => end > p.due,
            };
            if broken {
                self.add(
                    Step::FollowUp,
                    -15,
                    "sla-status-update",
                    Text::msg("item-contact-missed").arg("deadline", p.due),
                );
                self.violate(Step::FollowUp, "sla-status-update", Some(p.due), p.kept, Text::msg("viol-contact"));
            }
        }
        match st.closed {
            Some(at) => self.add(Step::FollowUp, 20, "follow-up-close", Text::msg("item-closed").arg("when", at)),
            None => self.add(Step::FollowUp, 0, "follow-up-close", Text::msg("item-not-closed")),
        }
        if let Some(closed) = st.closed {
            let (from, to) = csat_window(self.policy, closed);
            match st.csat_sent {
                Some(t) if t >= from && t <= to => {
                    self.add(Step::FollowUp, 40, "sla-csat-survey", Text::msg("item-csat-sent").arg("actual", t))
                }
                Some(t) => {
                    self.add(
                        Step::FollowUp,
                        10,
                        "sla-csat-survey",
                        Text::msg("item-csat-outside").arg("actual", t).arg("from", from).arg("to", to),
                    );
                    self.violate(
                        Step::FollowUp,
                        "sla-csat-survey",
                        Some(to),
                        Some(t),
                        Text::msg("viol-csat-window").arg("from", from).arg("to", to),
                    );
                }
                None => {
                    self.add(Step::FollowUp, 0, "sla-csat-survey", Text::msg("item-csat-missing"));
                    self.violate(
                        Step::FollowUp,
                        "sla-csat-survey",
                        Some(to),
                        None,
                        Text::msg("viol-missing").arg("what", Arg::Msg("what-csat")),
                    );
                }
            }
        }
        if let Some((answered, csat)) = st.csat_answer
            && csat <= sla.csat_follow_up_threshold
        {
            let deadline = self.cal.deadline(answered, sla.csat_follow_up);
            match st.senior_follow_up {
                Some(t) if t <= deadline => self.add(
                    Step::FollowUp,
                    0,
                    "sla-csat-follow-up",
                    Text::msg("item-sla-met")
                        .arg("what", Arg::Msg("what-senior"))
                        .arg("actual", t)
                        .arg("deadline", deadline),
                ),
                actual => {
                    self.add(
                        Step::FollowUp,
                        -30,
                        "sla-csat-follow-up",
                        Text::msg("item-senior-missing").arg("csat", i64::from(csat)).arg("deadline", deadline),
                    );
                    let id = if actual.is_some() { "viol-late" } else { "viol-missing" };
                    self.violate(
                        Step::FollowUp,
                        "sla-csat-follow-up",
                        Some(deadline),
                        actual,
                        Text::msg(id).arg("what", Arg::Msg("what-senior")),
                    );
                }
            }
        }
    }

    fn improve(&mut self) {
        let t = &self.s.truth;
        let Some(l) = &self.st.lesson else {
            self.add(Step::Improve, 0, "improve-lesson", Text::msg("item-no-lesson"));
            return;
        };
        let words = |s: &str| s.split_whitespace().count();
        let pairs: [(bool, &'static str, &'static str, &'static str); 2] = [
            (l.category == t.category, "field-category", l.category.msg(), t.category.msg()),
            (l.cause == t.cause, "field-cause", l.cause.msg(), t.cause.msg()),
        ];
        for (right, field, given, truth) in pairs {
            if right {
                self.add(
                    Step::Improve,
                    25,
                    "improve-lesson",
                    Text::msg("item-classified-right").arg("field", Arg::Msg(field)).arg("value", Arg::Msg(truth)),
                );
            } else {
                self.add(
                    Step::Improve,
                    0,
                    "improve-lesson",
                    Text::msg("item-classified-wrong")
                        .arg("field", Arg::Msg(field))
                        .arg("given", Arg::Msg(given))
                        .arg("value", Arg::Msg(truth)),
                );
            }
        }
        if words(&l.root_cause) >= 3 {
            self.add(
                Step::Improve,
                25,
                "improve-root-cause",
                Text::msg("item-root-cause").arg("expected", t.root_cause.as_str()),
            );
        } else {
            self.add(
                Step::Improve,
                0,
                "improve-root-cause",
                Text::msg("item-root-cause-thin").arg("expected", t.root_cause.as_str()),
            );
        }
        if words(&l.correction) >= 3 {
            self.add(Step::Improve, 25, "improve-root-cause", Text::msg("item-correction"));
        } else {
            self.add(Step::Improve, 0, "improve-root-cause", Text::msg("item-correction-thin"));
        }
    }
}

fn join(args: Vec<Arg>) -> Text {
    match args.len() {
        1 => Text::msg("list-one").arg("a", args[0].clone()),
        2 => Text::msg("list-two").arg("a", args[0].clone()).arg("b", args[1].clone()),
        _ => Text::msg("list-three").arg("a", args[0].clone()).arg("b", args[1].clone()).arg("c", args[2].clone()),
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

/// Scores a finished session.
pub fn score(s: &Scenario, policy: &Policy, st: &State, seed: u64) -> Debrief {
    let mut sc = Scorer { s, policy, cal: Calendar::new(policy), st, items: Vec::new(), violations: Vec::new() };
    let end = st.now;
    sc.listen();
    sc.acknowledge();
    sc.analyze();
    sc.offer();
    sc.execute();
    sc.follow_up(end);
    sc.improve();
    let Scorer { items, violations, .. } = sc;
    let steps: Vec<StepScore> = Step::ALL
        .iter()
        .map(|&step| {
            let items: Vec<Item> = items.iter().filter(|i| i.step == step).cloned().collect();
            let total: i32 = items.iter().map(|i| i.points).sum();
            StepScore { step, score: total.clamp(0, 100) as u32, items }
        })
        .collect();
    let overall = (steps.iter().map(|s| s.score).sum::<u32>() as f64 / steps.len() as f64).round() as u32;
    let csat = st.csat_answer.map_or_else(|| crate::sim::csat_from_mood(st.mood), |(_, c)| c);
    let consequences = consequences(&steps, &violations, st);
    Debrief {
        scenario_id: s.id.clone(),
        title: s.title.clone(),
        seed,
        steps,
        overall,
        violations,
        csat,
        csat_collected: st.csat_answer.is_some(),
        mood: st.mood,
        started: st.start,
        ended: end,
        consequences,
        model: s.model.clone(),
    }
}

/// What bad handling leads to (DOMAIN.md section 7), named where it shows.
fn consequences(steps: &[StepScore], violations: &[Violation], st: &State) -> Vec<Text> {
    let score = |step: Step| steps.iter().find(|s| s.step == step).map_or(0, |s| s.score);
    let mut out = Vec::new();
    if score(Step::Acknowledge) < 50 || score(Step::Listen) < 50 {
        out.push(Text::msg("consequence-trust"));
    }
    if violations.iter().any(|v| v.rule.starts_with("sla-acknowledgement") || v.rule == "sla-first-response") {
        out.push(Text::msg("consequence-reviews"));
    }
    if st.accepted.is_none() || st.execution.as_ref().is_none_or(|e| e.blocked) {
        out.push(Text::msg("consequence-revenue"));
    }
    if st.followed_up.is_none() {
        out.push(Text::msg("consequence-word-of-mouth"));
    }
    if violations.iter().any(|v| v.rule == "authority" || v.rule == "execute-on-time") {
        out.push(Text::msg("consequence-legal"));
    }
    out
}
