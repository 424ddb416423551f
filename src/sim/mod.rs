//! A session: one trainee handling one scenario under one policy, with a
//! seed. Actions go in one at a time; the session answers with what the
//! customer (or the team lead, or the system) says, moves the simulated
//! clock and the customer's mood, and refuses what is not possible yet.
//! The same scenario, policy, seed and actions give the same session.

pub mod acceptance;
pub mod consequences;
pub mod csat;
mod execute;
pub mod judge;
pub mod limits;
mod offer;
pub mod presentation;
pub mod retry;
pub mod state;
pub mod timing;
pub mod voice;
mod waiting;
mod why;
pub mod written;

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::calendar::Calendar;
use crate::i18n::{Arg, Text};
use crate::model::*;
use crate::policy::Policy;

pub use consequences::{Consequence, ConsequenceKind};
pub use csat::csat_from_mood;
pub use judge::{Judgement, judge_offer};
pub use offer::{offer_text, offer_words};
pub use state::*;
pub use written::Reaction;

/// Why an action cannot be done at this moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal(pub Text);

pub struct Session<'a> {
    pub scenario: &'a Scenario,
    pub policy: &'a Policy,
    calendar: Calendar,
    pub state: State,
}

/// Sets the customer's voice source apart from the main one (any fixed
/// number would do; this one spells "voice").
const VOICE: u64 = 0x766f_6963_6500;

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
            written: Vec::new(),
            transcript: Vec::new(),
            on_hold: 0,
            mood_curve: Vec::new(),
            consequences: Vec::new(),
            csat_comment: None,
            waiting: Vec::new(),
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            voice: ChaCha8Rng::seed_from_u64(seed ^ VOICE),
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
        self.state.csat_answer.map_or_else(|| csat::csat(&self.state), |(_, c)| c)
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
                    | Action::Why { .. }
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
            Action::Why { text } => self.check_why(text),
            Action::Write { part, text } => self.check_write(*part, text),
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
        let index = self.state.history.len();
        self.state.history.push(Done { action: action.clone(), at, line });
        self.state.waiting.extend(waiting::pause(&action, self.scenario, at, cost));
        if is_contact(&action) {
            self.contact(at);
        }
        // `perform` may first wait (for a delivery, a decision, a survey);
        // the action's own time comes after that.
        self.perform(&action, at);
        self.state.now += Duration::minutes(cost);
        self.consequences(index, &action, cost);
        self.state.mood_curve.push(MoodPoint { action: index, at: self.state.now, mood: self.state.mood });
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
                self.follow_up_reply();
            }
            Action::Close => {
                self.state.closed = Some(at);
                self.system(Text::msg("say-closed"));
            }
            Action::SendCsat { hours } => {
                let closed = self.state.closed.expect("checked");
                let sent = (closed + Duration::hours(i64::from(*hours))).max(at);
                let answered = sent + Duration::hours(self.state.rng.random_range(1..=10));
                let csat = csat::csat(&self.state);
                let comment = csat::comment(csat, &mut self.state.voice);
                self.state.now = answered;
                self.state.csat_sent = Some(sent);
                self.state.csat_answer = Some((answered, csat));
                self.system(
                    Text::msg("say-csat").arg("sent", sent).arg("answered", answered).arg("csat", i64::from(csat)),
                );
                self.say(Speaker::Customer, comment.clone());
                self.state.csat_comment = Some(comment);
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
            Action::Why { text } => self.why(text),
            Action::Write { part, text } => self.write(*part, text, at),
            Action::Wait { minutes } => {
                self.system(Text::msg("say-wait").arg("duration", Arg::Minutes(i64::from(*minutes))));
            }
        }
    }

    fn first_response(&mut self, at: NaiveDateTime) {
        self.state.first_response.get_or_insert(at);
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

pub(crate) fn is_contact(a: &Action) -> bool {
    matches!(
        a,
        Action::Say(_)
            | Action::Offer { .. }
            | Action::StatusUpdate { .. }
            | Action::FollowUp
            | Action::LetFinish
            | Action::Interrupt
            | Action::Write { .. }
    )
}
