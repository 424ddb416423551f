//! Making an offer: the case judges it (`judge`), the customer's mood
//! decides whether it is taken now (`acceptance`), and the customer keeps
//! the most pleasing offer taken so far. Also the follow-up call's answer,
//! which depends on what was carried out.

use chrono::NaiveDateTime;

use super::acceptance::{self, Heard};
use super::voice::Tone;
use super::{OfferMade, Session, Speaker, judge_offer};
use crate::i18n::{Arg, Text};
use crate::model::*;

impl Session<'_> {
    pub(super) fn offer(&mut self, offer: OfferKind, days: Option<u32>, what: Option<&str>, at: NaiveDateTime) {
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
        let heard =
            Heard { let_finish: self.state.let_finish.is_some(), interruptions: self.state.interruptions.len() };
        let refused_by_mood = (judgement.accepted && !on_top)
            .then(|| acceptance::refusal(judgement.rating, s.customer.temperament, heard, self.state.mood))
            .flatten();
        match &judgement.reply {
            _ if on_top => {
                self.say(Speaker::Customer, Text::msg("say-offer-on-top"));
                self.mood(if judgement.rating == Rating::Good { 8 } else { 4 });
            }
            _ if refused_by_mood.is_some() => {
                judgement.accepted = false;
                let text = self.worded(Tone::Sharper, Text::msg("say-offer-refused-mood"));
                self.say(Speaker::Customer, text);
                self.mood(-5);
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
            refused_by_mood,
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

    /// The customer's answer when called after the execution: the case's
    /// own reply only after the solution it was written for (a good offer
    /// carried out in time); otherwise what this customer would say now.
    pub(super) fn follow_up_reply(&mut self) {
        let st = &self.state;
        let execution = st.execution.as_ref();
        let accepted = st.accepted.map(|i| &st.offers[i]);
        let late = execution.is_some_and(|e| e.parts.iter().any(|&(i, d)| st.offers[i].promise.is_some_and(|p| d > p)));
        let (text, delta) = match (execution, accepted) {
            (Some(e), _) if e.blocked => (Text::msg("say-follow-up-blocked"), -5),
            _ if late => (Text::msg("say-follow-up-late"), 2),
            (Some(_), Some(o)) if o.judgement.rating == Rating::Good => {
                (Text::Authored(self.scenario.follow_up_reply.clone()), 8)
            }
            _ => (Text::msg("say-follow-up-weak"), 4),
        };
        let text = match self.tone() {
            Tone::Plain => text,
            tone => self.worded(tone, text),
        };
        self.say(Speaker::Customer, text);
        self.mood(delta);
    }
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
