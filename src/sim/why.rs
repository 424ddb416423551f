//! The session's side of the "5 x waarom": whether a "why" may be answered
//! now, and what answering one says. The judging is `crate::rca`'s; the
//! answers stay in the session's history, so a logged session replays and
//! re-scores them.

use crate::i18n::Text;
use crate::model::Action;
use crate::rca;

use super::{Refusal, Session, Speaker, State};

impl State {
    /// The trainee's "why" answers so far, in order.
    pub fn whys(&self) -> Vec<&str> {
        self.history
            .iter()
            .filter_map(|d| match &d.action {
                Action::Why { text } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

impl Session<'_> {
    /// The guide's next question, as a front end shows it above the answer
    /// field; `None` when no "why" is possible now.
    pub fn why_question(&self) -> Option<Text> {
        rca::question(self.scenario, &self.state.whys())
    }

    pub(super) fn check_why(&self, text: &str) -> Result<(), Refusal> {
        if text.trim().is_empty() {
            return Err(Refusal(Text::msg("refuse-why-empty")));
        }
        match rca::refusal(self.scenario, &self.state.whys()) {
            Some(why) => Err(Refusal(why)),
            None => Ok(()),
        }
    }

    /// Says the question the answer belongs to and the answer. `history`
    /// already holds this answer.
    pub(super) fn why(&mut self, text: &str) {
        let whys = self.state.whys();
        let earlier = &whys[..whys.len().saturating_sub(1)];
        if let Some(q) = rca::question(self.scenario, earlier) {
            self.system(q);
        }
        self.say(Speaker::Trainee, Text::Authored(text.to_owned()));
    }
}
