//! One deadline into score items and violations: met, late or missing.
//! Every step with a deadline goes through [`Scorer::grade`]; what differs
//! between them (points, the item's message) is a [`Grading`].

use crate::i18n::{Arg, Text};
use crate::model::Step;
use crate::sla::Deadline;

use super::Scorer;

/// An item for a deadline that was met.
pub(super) struct Mark {
    pub points: i32,
    pub item: Text,
}

/// An item and a violation for a deadline that was not met.
pub(super) struct Broken {
    pub points: i32,
    pub item: Text,
    pub violation: Text,
}

/// What a deadline's outcomes are worth.
pub(super) struct Grading {
    pub step: Step,
    /// `None`: being on time earns no item of its own.
    pub met: Option<Mark>,
    /// Done, but too late (or before its window opened).
    pub late: Broken,
    /// Not done when the session ended.
    pub missing: Broken,
}

impl Grading {
    /// The common shape of an SLA: `full` points in time, `late` points
    /// late, none when it never happened; `what` (a `what-…` message) names
    /// it in the item and the violation.
    pub fn sla(step: Step, what: &'static str, full: i32, late: i32) -> Grading {
        let what = || Arg::Msg(what);
        Grading {
            step,
            met: Some(Mark { points: full, item: Text::msg("item-sla-met").arg("what", what()) }),
            late: Broken {
                points: late,
                item: Text::msg("item-sla-late").arg("what", what()),
                violation: Text::msg("viol-late").arg("what", what()),
            },
            missing: Broken {
                points: 0,
                item: Text::msg("item-sla-missing").arg("what", what()),
                violation: Text::msg("viol-missing").arg("what", what()),
            },
        }
    }

    /// Late or never, the same item: a duty whose lateness is as bad as its
    /// absence (the board notice, a senior follow-up).
    pub fn missed(self, points: i32, item: Text) -> Grading {
        Grading {
            late: Broken { points, item: item.clone(), ..self.late },
            missing: Broken { points, item, ..self.missing },
            ..self
        }
    }
}

impl Scorer<'_> {
    /// Scores `d` as the session left it: a deadline not done by the end
    /// counts as missed. Item texts get the moments as `actual` (when it
    /// was done) and `deadline`; each message uses those it needs.
    pub(super) fn grade(&mut self, d: Deadline, g: Grading) {
        let (step, rule, due) = (g.step, d.rule, d.due);
        match d.done {
            Some(t) if d.met_by(t) => {
                if let Some(m) = g.met {
                    self.add(step, m.points, rule, m.item.arg("actual", t).arg("deadline", due));
                }
            }
            Some(t) => {
                let b = g.late;
                self.add(step, b.points, rule, b.item.arg("actual", t).arg("deadline", due));
                // Before its window opened, no deadline was missed: the
                // violation has only the moment (its text names the window),
                // never "by Friday; actually Wednesday".
                let early = d.opens.is_some_and(|o| t < o);
                self.violate(step, rule, (!early).then_some(due), Some(t), b.violation);
            }
            None => {
                let b = g.missing;
                self.add(step, b.points, rule, b.item.arg("deadline", due));
                self.violate(step, rule, Some(due), None, b.violation);
            }
        }
    }
}
