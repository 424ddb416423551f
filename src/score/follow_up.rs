//! Step 6, follow up: contact after execution, a status update with an
//! exact moment when there is no direct solution, every promised contact
//! kept, the case closed, the CSAT survey in its window and a senior
//! follow-up on a low CSAT.

use chrono::NaiveDateTime;

use crate::i18n::{Arg, Text};
use crate::model::Step;
use crate::policy::Rule;
use crate::sla::{Deadline, Standing};

use super::Scorer;
use super::grade::{Broken, Grading, Mark};

impl Scorer<'_> {
    pub(super) fn follow_up(&mut self, end: NaiveDateTime) {
        let st = self.st;
        let step = Step::FollowUp;
        match self.deadline_of(Rule::SlaFollowUp) {
            Some(d) => self.grade(d, Grading::sla(step, "what-follow-up", 40, 15)),
            None => self.add(step, 0, Rule::SlaFollowUp, Text::msg("item-no-follow-up-possible")),
        }
        if !self.s.truth.direct_solution {
            self.status_update();
        }
        // A promised contact still to come when the session ends is fine.
        let contacts: Vec<Deadline> = self
            .deadlines
            .all(Rule::SlaStatusUpdate)
            .filter(|d| d.standing(end) != Standing::Running)
            .copied()
            .collect();
        for d in contacts {
            let missed =
                || Broken { points: -15, item: Text::msg("item-contact-missed"), violation: Text::msg("viol-contact") };
            // Kept, it earns nothing: say so, or a kept promise reads as ignored.
            let met = Some(Mark { points: 0, item: Text::msg("item-contact-kept") });
            self.grade(d, Grading { step, met, late: missed(), missing: missed() });
        }
        match st.closed {
            Some(at) => self.add(step, 20, Rule::FollowUpClose, Text::msg("item-closed").arg("when", at)),
            None => self.add(step, 0, Rule::FollowUpClose, Text::msg("item-not-closed")),
        }
        if let Some(survey) = self.deadline_of(Rule::SlaCsatSurvey) {
            let opens = survey.opens.expect("the survey has a window");
            let window = |t: Text| t.arg("from", opens).arg("to", survey.due);
            // Outside its window a survey measures nothing useful: too early
            // the customer has not lived with the solution, too late she no
            // longer remembers. No points either way, and the item says which.
            let early = survey.done.is_some_and(|t| t < opens);
            let (item, violation) = if early {
                ("item-csat-too-early", "viol-csat-too-early")
            } else {
                ("item-csat-too-late", "viol-csat-too-late")
            };
            let grading = Grading {
                step,
                met: Some(Mark { points: 40, item: Text::msg("item-csat-sent") }),
                late: Broken { points: 0, item: window(Text::msg(item)), violation: window(Text::msg(violation)) },
                missing: Broken {
                    points: 0,
                    item: Text::msg("item-csat-missing"),
                    violation: Text::msg("viol-missing").arg("what", Arg::Msg("what-csat")),
                },
            };
            self.grade(survey, grading);
        }
        if let Some(senior) = self.deadline_of(Rule::SlaCsatFollowUp) {
            let (_, csat) = st.csat_answer.expect("a senior follow-up follows a CSAT answer");
            let missed = Text::msg("item-senior-missing").arg("csat", i64::from(csat));
            self.grade(senior, Grading::sla(step, "what-senior", 0, 0).missed(-30, missed));
        }
    }

    /// No direct solution: the customer hears when the next contact will be
    /// (an exact moment) before any offer is made.
    fn status_update(&mut self) {
        let st = self.st;
        let first_offer = st.offers.first().map(|o| o.at);
        let update = st.contacts.iter().map(|c| c.made).filter(|m| first_offer.is_none_or(|f| *m <= f)).min();
        match update {
            Some(made) => self.add(
                Step::FollowUp,
                0,
                Rule::SlaStatusUpdate,
                Text::msg("item-status-update-expected").arg("when", made),
            ),
            None => {
                self.add(Step::FollowUp, -25, Rule::SlaStatusUpdate, Text::msg("item-status-update-missing"));
                self.violate(
                    Step::FollowUp,
                    Rule::SlaStatusUpdate,
                    first_offer,
                    None,
                    Text::msg("viol-missing").arg("what", Arg::Msg("what-status-update")),
                );
            }
        }
    }
}
