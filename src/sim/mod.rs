//! A session: one trainee handling one scenario under one policy, with a
//! seed. Actions go in one at a time; the session answers with what the
//! customer (or the team lead, or the system) says, moves the simulated
//! clock and the customer's mood, and refuses what is not possible yet.
//! The same scenario, policy, seed and actions give the same session.

mod execute;
pub mod judge;
pub mod limits;
pub mod presentation;
pub mod state;
pub mod timing;
mod waiting;

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::calendar::Calendar;
use crate::i18n::{Arg, Text};
use crate::model::*;
use crate::policy::Policy;

pub use judge::{Judgement, judge_offer};
pub use state::*;

/// Why an action cannot be done at this moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal(pub Text);

pub struct Session<'a> {
    pub scenario: &'a Scenario,
    pub policy: &'a Policy,
    calendar: Calendar,
    pub state: State,
}

/// CSAT (1-5) from the customer's mood at the end.
pub fn csat_from_mood(mood: i32) -> u8 {
    match mood {
        m if m >= 80 => 5,
        m if m >= 60 => 4,
        m if m >= 40 => 3,
        m if m >= 20 => 2,
        _ => 1,
    }
}

impl<'a> Session<'a> {
    pub fn new(scenario: &'a Scenario, policy: &'a Policy, seed: u64) -> Session<'a> {
        let start = scenario.received;
        let mood = scenario.customer.mood.map_or_else(|| scenario.customer.temperament.start_mood(), i32::from);
        let mut state = State {
            start,
            now: start,
            mood,
            role: Role::Employee,
            let_finish: None,
            interruptions: Vec::new(),
            said: Vec::new(),
            checks: BTreeMap::new(),
            classification: None,
            receipt_confirmed: None,
            owner: None,
            first_response: None,
            offers: Vec::new(),
            accepted: None,
            on_top: Vec::new(),
            escalations: Vec::new(),
            management_notified: None,
            contacts: Vec::new(),
            execution: None,
            followed_up: None,
            closed: None,
            csat_sent: None,
            csat_answer: None,
            senior_follow_up: None,
            lesson: None,
            history: Vec::new(),
            transcript: Vec::new(),
            waiting: Vec::new(),
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
        };
        state.transcript.push(Entry {
            at: start,
            speaker: Speaker::Customer,
            text: Text::Authored(scenario.opening.clone()),
        });
        Session { scenario, policy, calendar: Calendar::new(policy), state }
    }

    /// What an offer needs beyond the authority of `role`, if anything (a
    /// refund the law owes needs none).
    fn beyond(&self, role: Role, offer: &OfferKind) -> Option<crate::policy::Beyond> {
        let s = self.scenario;
        crate::law::needs_authority(&s.truth, &s.order, offer)
            .then(|| self.policy.authority.of(role).check(offer, s.order.in_stock))
            .flatten()
    }

    /// Continues a session from its state (as kept by the game).
    pub fn resume(scenario: &'a Scenario, policy: &'a Policy, state: State) -> Session<'a> {
        Session { scenario, policy, calendar: Calendar::new(policy), state }
    }

    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The customer's CSAT if the case ended now.
    pub fn csat(&self) -> u8 {
        self.state.csat_answer.map_or_else(|| csat_from_mood(self.state.mood), |(_, c)| c)
    }

    /// Whether the action is possible now; `Err` says why not. An action
    /// beyond the input limits (see `limits`) is never possible.
    pub fn check(&self, action: &Action) -> Result<(), Refusal> {
        limits::check(action)?;
        let st = &self.state;
        let refuse = |id: &'static str| Err(Refusal(Text::msg(id)));
        if st.closed.is_some()
            && !matches!(
                action,
                Action::SendCsat { .. }
                    | Action::SeniorFollowUp { .. }
                    | Action::LessonLearned { .. }
                    | Action::Wait { .. }
            )
        {
            return refuse("refuse-closed");
        }
        match action {
            Action::Say(id) => {
                let Some(line) = self.scenario.lines.iter().find(|l| &l.id == id) else {
                    let ids: Vec<_> = self.scenario.lines.iter().map(|l| l.id.as_str()).collect();
                    return Err(Refusal(
                        Text::msg("refuse-unknown-line").arg("id", id.as_str()).arg("ids", ids.join(", ")),
                    ));
                };
                if let Some(c) = line.after
                    && !st.checks.contains_key(&c)
                {
                    return Err(Refusal(Text::msg("refuse-line-needs-check").arg("check", Arg::Msg(c.msg()))));
                }
                match line.moment.as_deref().and_then(|m| presentation::not_now(self.scenario, st, m)) {
                    Some(why) => Err(Refusal(why)),
                    None => Ok(()),
                }
            }
            Action::Offer { offer, what, .. }
                if judge::judged_by(self.scenario, offer, what.as_deref()) == judge::JudgedBy::Nothing =>
            {
                let ids = judge::concrete_ids(self.scenario, offer);
                Err(Refusal(match what {
                    Some(w) => Text::msg("refuse-unknown-offer").arg("id", w.as_str()).arg("ids", ids.join(", ")),
                    None => Text::msg("refuse-offer-which").arg("ids", ids.join(", ")),
                }))
            }
            Action::Offer { offer, .. } => match *offer {
                OfferKind::Refund(a) | OfferKind::Voucher(a) if !(a.is_finite() && a > 0.0) => refuse("refuse-amount"),
                OfferKind::Refund(a) if a > self.scenario.order.price + 1e-9 => Err(Refusal(
                    Text::msg("refuse-refund-over-price").arg("price", Arg::Money(self.scenario.order.price)),
                )),
                OfferKind::Discount(p) if !limits::DISCOUNT_PERCENT.contains(&p) => Err(Refusal(
                    Text::msg("refuse-percent")
                        .arg("from", *limits::DISCOUNT_PERCENT.start())
                        .arg("to", *limits::DISCOUNT_PERCENT.end()),
                )),
                _ => Ok(()),
            },
            Action::Escalate if st.role == Role::Manager => refuse("refuse-escalate-top"),
            Action::Execute if st.execution.is_some() => refuse("refuse-executed"),
            Action::Execute if st.accepted.is_none() => refuse("refuse-nothing-accepted"),
            Action::FollowUp if st.execution.is_none() => refuse("refuse-follow-up-early"),
            Action::SendCsat { .. } if st.closed.is_none() => refuse("refuse-csat-open"),
            Action::SendCsat { .. } if st.csat_sent.is_some() => refuse("refuse-csat-twice"),
            Action::SeniorFollowUp { .. } if st.csat_answer.is_none() => refuse("refuse-senior-early"),
            Action::LessonLearned { root_cause, correction, .. }
                if root_cause.trim().is_empty() || correction.trim().is_empty() =>
            {
                refuse("refuse-lesson-empty")
            }
            _ => Ok(()),
        }
    }

    /// Does `action` (from script line `line`, 0 if none) and returns what
    /// was said in response.
    pub fn apply(&mut self, action: Action, line: usize) -> Result<Vec<Entry>, Refusal> {
        self.check(&action)?;
        let before = self.state.transcript.len();
        let line_kind = match &action {
            Action::Say(id) => self.scenario.lines.iter().find(|l| &l.id == id).map(|l| l.kind),
            _ => None,
        };
        let cost = timing::minutes(&action, self.scenario, line_kind);
        let at = self.state.now;
        self.state.history.push(Done { action: action.clone(), at, line });
        self.state.waiting.extend(waiting::pause(&action, self.scenario, at, cost));
        if is_contact(&action) {
            self.contact(at);
        }
        // `perform` may first wait (for a delivery, a decision, a survey);
        // the action's own time comes after that.
        self.perform(&action, at);
        self.state.now += Duration::minutes(cost);
        Ok(self.state.transcript[before..].to_vec())
    }

    fn say(&mut self, speaker: Speaker, text: Text) {
        let at = self.state.now;
        self.state.transcript.push(Entry { at, speaker, text });
    }

    fn system(&mut self, text: Text) {
        self.say(Speaker::System, text);
    }

    /// Changes the mood; bad news weighs more for a sensitive customer and
    /// every change gets a little seeded variation.
    fn mood(&mut self, delta: i32) {
        let sens = self.scenario.customer.temperament.sensitivity();
        let scaled = if delta < 0 { delta * sens / 100 } else { delta };
        let jitter = if delta == 0 { 0 } else { self.state.rng.random_range(-2..=2) };
        self.state.mood = (self.state.mood + scaled + jitter).clamp(0, 100);
    }

    fn reply(&mut self, reply: &Reply) {
        let i = self.state.rng.random_range(0..reply.text.len().max(1));
        if let Some(text) = reply.text.get(i) {
            self.say(Speaker::Customer, Text::Authored(text.clone()));
        }
        self.mood(reply.mood);
    }

    /// A contact with the customer: it keeps (or breaks) a promised
    /// next contact.
    fn contact(&mut self, at: NaiveDateTime) {
        let mut late = false;
        for p in self.state.contacts.iter_mut().filter(|p| p.kept.is_none()) {
            p.kept = Some(at);
            late |= at > p.due;
        }
        if late {
            self.mood(-10);
        }
    }

    fn perform(&mut self, action: &Action, at: NaiveDateTime) {
        let s = self.scenario;
        match action {
            Action::LetFinish => {
                self.say(Speaker::Trainee, Text::msg(s.channel.listening("say-let-finish")));
                if self.state.let_finish.is_none() {
                    self.state.let_finish = Some(at);
                    self.reply(&s.listening.let_finish);
                } else {
                    self.say(Speaker::Customer, Text::msg("say-nothing-to-add"));
                }
            }
            Action::Interrupt => {
                self.state.interruptions.push(at);
                self.say(Speaker::Trainee, Text::msg(s.channel.listening("say-interrupt")));
                self.reply(&s.listening.interrupt);
            }
            Action::Say(id) => {
                let (index, line) = s.lines.iter().enumerate().find(|(_, l)| &l.id == id).expect("checked");
                self.state.said.push(Said { line: index, at });
                self.say(Speaker::Trainee, Text::Authored(line.text.clone()));
                self.reply(&line.reply);
                if line.kind == LineKind::Explanation {
                    self.first_response(at);
                }
            }
            Action::ConfirmReceipt => {
                if self.state.receipt_confirmed.is_none() {
                    self.state.receipt_confirmed = Some(at);
                }
                self.system(Text::msg("say-receipt-confirmed").arg("order", s.order.number.as_str()));
                self.mood(2);
            }
            Action::TakeOwnership => {
                if self.state.owner.is_none() {
                    self.state.owner = Some(at);
                }
                self.system(Text::msg("say-owner"));
            }
            Action::Check(c) => {
                self.state.checks.entry(*c).or_insert(at);
                let text = match s.findings.get(c) {
                    Some(f) => Text::Authored(f.text.clone()),
                    None => Text::msg("say-check-nothing"),
                };
                self.system(Text::msg("say-check").arg("check", Arg::Msg(c.msg())));
                self.system(text);
            }
            Action::Classify(c) => {
                self.state.classification = Some((*c, at));
                self.system(Text::msg("say-classified"));
            }
            Action::Offer { offer, days, what } => self.offer(*offer, *days, what.as_deref(), at),
            Action::Escalate => self.escalate(at),
            Action::NotifyManagement => {
                self.state.management_notified.get_or_insert(at);
                self.system(Text::msg("say-management-notified"));
            }
            Action::StatusUpdate { hours } => {
                let due = at + Duration::hours(i64::from(*hours));
                self.state.contacts.push(ContactPromise { made: at, due, kept: None });
                self.first_response(at);
                self.say(Speaker::Trainee, Text::msg("say-status-update").arg("when", due));
                self.mood(3);
            }
            Action::Execute => self.execute(at),
            Action::FollowUp => {
                let done = self.state.execution.as_ref().map_or(at, |e| e.done);
                let when = at.max(done);
                self.state.now = when;
                self.state.followed_up.get_or_insert(when);
                self.say(Speaker::Trainee, Text::msg("say-follow-up"));
                self.say(Speaker::Customer, Text::Authored(s.follow_up_reply.clone()));
                self.mood(8);
            }
            Action::Close => {
                self.state.closed = Some(at);
                self.system(Text::msg("say-closed"));
            }
            Action::SendCsat { hours } => {
                let closed = self.state.closed.expect("checked");
                let sent = (closed + Duration::hours(i64::from(*hours))).max(at);
                let answered = sent + Duration::hours(self.state.rng.random_range(1..=10));
                let csat = csat_from_mood(self.state.mood);
                self.state.now = answered;
                self.state.csat_sent = Some(sent);
                self.state.csat_answer = Some((answered, csat));
                self.system(
                    Text::msg("say-csat").arg("sent", sent).arg("answered", answered).arg("csat", i64::from(csat)),
                );
            }
            Action::SeniorFollowUp { hours } => {
                let (answered, _) = self.state.csat_answer.expect("checked");
                let when = (answered + Duration::hours(i64::from(*hours))).max(at);
                self.state.now = when;
                self.state.senior_follow_up.get_or_insert(when);
                self.system(Text::msg("say-senior"));
                self.mood(10);
            }
            Action::LessonLearned { category, cause, root_cause, correction } => {
                self.state.lesson = Some(Lesson {
                    category: *category,
                    cause: *cause,
                    root_cause: root_cause.clone(),
                    correction: correction.clone(),
                    at,
                });
                self.system(Text::msg("say-lesson"));
            }
            Action::Wait { minutes } => {
                self.system(Text::msg("say-wait").arg("duration", Arg::Minutes(i64::from(*minutes))));
            }
        }
    }

    fn first_response(&mut self, at: NaiveDateTime) {
        self.state.first_response.get_or_insert(at);
    }

    fn offer(&mut self, offer: OfferKind, days: Option<u32>, what: Option<&str>, at: NaiveDateTime) {
        let s = self.scenario;
        let mut judgement = judge_offer(s, &offer, what);
        let on_top = self.comes_on_top(&judgement);
        judgement.accepted |= on_top;
        let words = match judgement.rule.and_then(|i| s.offers[i].text.as_ref()) {
            Some(t) => Arg::Text(Box::new(Text::Authored(t.clone()))),
            None => offer_text(&offer),
        };
        let role = self.state.role;
        let beyond = self.beyond(role, &offer);
        let promise = days.map(|d| self.calendar.end_of_working_day(at, d));
        self.say(
            Speaker::Trainee,
            match promise {
                Some(p) => Text::msg("say-offer-when").arg("offer", words).arg("when", p),
                None => Text::msg("say-offer").arg("offer", words),
            },
        );
        match &judgement.reply {
            _ if on_top => {
                self.say(Speaker::Customer, Text::msg("say-offer-on-top"));
                self.mood(if judgement.rating == Rating::Good { 8 } else { 4 });
            }
            Some(r) => {
                let r = r.clone();
                self.reply(&r);
            }
            None => {
                let (id, delta) = match (judgement.accepted, judgement.rating) {
                    (true, Rating::Good) => ("say-offer-accepted", 12),
                    (true, _) => ("say-offer-accepted-reluctantly", 4),
                    (false, _) => ("say-offer-refused", -10),
                };
                self.say(Speaker::Customer, Text::msg(id));
                self.mood(delta);
            }
        }
        let index = self.state.offers.len();
        self.state.offers.push(OfferMade {
            offer,
            at,
            days,
            promise,
            role,
            beyond,
            before_listening: self.state.let_finish.is_none()
                && !self.state.said.iter().any(|x| s.lines[x.line].kind.step() == Step::Listen),
            before_classifying: self.state.classification.is_none(),
            judgement: judgement.clone(),
        });
        self.first_response(at);
        // The customer takes the most pleasing accepted offer so far; the
        // authored mood is the best measure of "pleasing" we have.
        if on_top {
            self.state.on_top.push(index);
        } else if judgement.accepted {
            let better = match self.state.accepted {
                None => true,
                Some(j) => offer_appeal(&self.state.offers[index]) > offer_appeal(&self.state.offers[j]),
            };
            if better && self.state.execution.is_none() {
                self.state.accepted = Some(index);
                // What came on top of the old choice does not of the new one.
                self.state.on_top.clear();
            }
        }
    }

    fn escalate(&mut self, at: NaiveDateTime) {
        let to = self.state.role.next();
        // The team lead works business hours: deciding takes 20 to 90
        // minutes of office time, so a report late on Friday waits for
        // Monday.
        let delay = self.state.rng.random_range(20..=90);
        let decided = self.calendar.add_business_minutes(at + Duration::minutes(5), delay);
        self.state.escalations.push(Escalation { reported: at, decided, to });
        self.state.role = to;
        self.say(Speaker::Trainee, Text::msg("say-escalate").arg("role", Arg::Msg(to.msg())));
        self.state.now = decided;
        let text = match (&self.scenario.escalation_reply, self.scenario.truth.escalation.is_empty()) {
            (Some(r), false) => Text::Authored(r.clone()),
            _ => Text::msg("say-escalation-unneeded"),
        };
        self.say(Speaker::TeamLead, text);
    }
}

fn is_contact(a: &Action) -> bool {
    matches!(
        a,
        Action::Say(_)
            | Action::Offer { .. }
            | Action::StatusUpdate { .. }
            | Action::FollowUp
            | Action::LetFinish
            | Action::Interrupt
    )
}

fn offer_appeal(o: &OfferMade) -> i32 {
    let base = match o.judgement.rating {
        Rating::Good => 200,
        Rating::Weak => 100,
        Rating::Wrong => 0,
    };
    base + o.judgement.reply.as_ref().map_or(0, |r| r.mood)
}

/// An offer in words, as an argument of a message.
pub fn offer_text(o: &OfferKind) -> Arg {
    Arg::Text(Box::new(offer_words(o)))
}

pub fn offer_words(o: &OfferKind) -> Text {
    match *o {
        OfferKind::Replacement => Text::msg("offer-replacement"),
        OfferKind::Refund(a) => Text::msg("offer-refund").arg("amount", Arg::Money(a)),
        OfferKind::Discount(p) => Text::msg("offer-discount").arg("percent", p),
        OfferKind::Voucher(a) => Text::msg("offer-voucher").arg("amount", Arg::Money(a)),
        OfferKind::Repair => Text::msg("offer-repair"),
        OfferKind::Advice => Text::msg("offer-advice"),
        OfferKind::Compromise => Text::msg("offer-compromise"),
    }
}
