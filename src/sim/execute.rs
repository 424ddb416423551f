//! Carrying out what the customer accepted: the accepted offer and every
//! offer the case lets come on top of it (a voucher beside a refund). Each
//! needs the authority for it and takes its own lead time; the execution
//! is done when the last part is.

use chrono::{Duration, NaiveDateTime};

use super::{Execution, Judgement, Session, Speaker, offer_text};
use crate::i18n::Text;

impl Session<'_> {
    /// Whether an offer comes on top of the accepted one: its rule names
    /// the accepted offer's rule (`on_top_of`), and nothing is carried out yet.
    pub(super) fn comes_on_top(&self, j: &Judgement) -> bool {
        let (s, st) = (self.scenario, &self.state);
        let Some(base) = j.rule.and_then(|i| s.offers[i].on_top_of.as_deref()) else {
            return false;
        };
        let accepted_id = st.accepted.and_then(|a| st.offers[a].judgement.rule).and_then(|r| s.offers[r].id.as_deref());
        st.execution.is_none() && accepted_id == Some(base)
    }

    pub(super) fn execute(&mut self, at: NaiveDateTime) {
        let s = self.scenario;
        let index = self.state.accepted.expect("checked");
        let all: Vec<usize> = std::iter::once(index).chain(self.state.on_top.iter().copied()).collect();
        // One part beyond the trainee's authority stops the whole: the
        // customer was promised all of it.
        if let Some(&i) = all.iter().find(|&&i| self.beyond(self.state.role, &self.state.offers[i].offer).is_some()) {
            let offer = self.state.offers[i].offer;
            let parts = Vec::new();
            self.state.execution = Some(Execution { offer: index, started: at, done: at, parts, blocked: true });
            self.system(Text::msg("say-execute-blocked").arg("offer", offer_text(&offer)));
            self.say(Speaker::Customer, Text::msg("say-execute-blocked-reply"));
            self.mood(-25);
            return;
        }
        let mut parts = Vec::new();
        for i in all {
            let offer = self.state.offers[i].offer;
            let lead = self.policy.lead_times.of(&offer, s.order.in_stock);
            let done = if lead == 0 {
                self.calendar.next_opening(at) + Duration::minutes(15)
            } else {
                self.calendar.add_working_days(at, lead)
            };
            parts.push((i, done));
        }
        parts.sort_by_key(|&(_, done)| done);
        for &(i, done) in &parts {
            let offer = offer_text(&self.state.offers[i].offer);
            self.state.transcript.push(super::Entry {
                at: done,
                speaker: Speaker::System,
                text: Text::msg("say-executed").arg("offer", offer).arg("when", done),
            });
        }
        let done = parts.iter().map(|&(_, d)| d).max().expect("the accepted offer is a part");
        let late = parts.iter().any(|&(i, d)| self.state.offers[i].promise.is_some_and(|p| d > p));
        // The accepted offer stays first: the scoring and the log name it.
        parts.sort_by_key(|&(i, _)| i != index);
        self.state.execution = Some(Execution { offer: index, started: at, done, parts, blocked: false });
        self.state.now = done;
        self.mood(if late { -15 } else { 5 });
    }
}
