//! Why the case has its verdict, and the verdict's own sequence of steps
//! with the trainee's handling placed against it. The lesson gives each
//! verdict its own order: a grounded complaint is solved and the solution
//! carried out; a doubtful or unfounded one is first explained clearly and
//! factually, and only then met with a (partial, alternative) solution.
//! The debrief shows this first, after any knock-out, so the trainee sees
//! the reasoning before the points.

use chrono::NaiveDateTime;

use crate::i18n::{Arg, Text};
use crate::model::{LineKind, Rating, Scenario, Verdict, Written};
use crate::sim::State;

/// One move of a verdict's sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Listen,
    Acknowledge,
    Analyze,
    /// Explain the findings clearly (and factually, when unfounded).
    Communicate,
    Offer,
    Execute,
    FollowUp,
    Improve,
}

impl Move {
    /// The sequence of a verdict, as the lesson teaches it.
    pub fn sequence(verdict: Verdict) -> &'static [Move] {
        use Move::*;
        match verdict {
            Verdict::Grounded => &[Listen, Acknowledge, Analyze, Offer, Execute, FollowUp, Improve],
            Verdict::Doubtful | Verdict::Unfounded => {
                &[Listen, Acknowledge, Analyze, Communicate, Offer, FollowUp, Improve]
            }
        }
    }

    /// The move's name in the sequence of `verdict`: a sentence for the
    /// debrief.
    pub fn text(self, verdict: Verdict) -> Text {
        Text::msg(self.names(verdict).0)
    }

    /// The move's short name on the Spiekkaart, in the column of `verdict`.
    pub fn short(self, verdict: Verdict) -> Text {
        Text::msg(self.names(verdict).1)
    }

    /// The ids of the move's sentence and short name in the sequence of
    /// `verdict`.
    fn names(self, verdict: Verdict) -> (&'static str, &'static str) {
        match (self, verdict) {
            (Move::Listen, _) => ("path-listen", "card-step-listen"),
            (Move::Acknowledge, _) => ("path-acknowledge", "card-step-acknowledge"),
            (Move::Analyze, _) => ("path-analyze", "card-step-analyze"),
            (Move::Communicate, Verdict::Unfounded) => ("path-communicate-facts", "card-step-explain-facts"),
            (Move::Communicate, _) => ("path-communicate", "card-step-explain-findings"),
            (Move::Offer, Verdict::Grounded) => ("path-offer-grounded", "card-step-offer-direct"),
            (Move::Offer, Verdict::Doubtful) => ("path-offer-doubtful", "card-step-offer-partial"),
            (Move::Offer, Verdict::Unfounded) => ("path-offer-unfounded", "card-step-offer-alternative"),
            (Move::Execute, _) => ("path-execute", "card-step-execute"),
            (Move::FollowUp, Verdict::Grounded) => ("path-follow-up", "card-step-follow-up"),
            (Move::FollowUp, _) => ("path-document-follow-up", "card-step-carry-out-document"),
            (Move::Improve, _) => ("path-improve", "card-step-improve"),
        }
    }

    /// When the trainee first made this move, if ever.
    fn done(self, s: &Scenario, st: &State) -> Option<NaiveDateTime> {
        let first_line = |kinds: &[LineKind]| first_usable_line(s, st, kinds);
        match self {
            Move::Listen => {
                [st.let_finish, first_line(&[LineKind::OpenQuestion, LineKind::Summary])].into_iter().flatten().min()
            }
            Move::Acknowledge => first_line(&[LineKind::Acknowledge]),
            Move::Analyze => st.classification.map(|(_, at)| at),
            Move::Communicate => first_line(&[LineKind::Explanation]),
            Move::Offer => st.offers.first().map(|o| o.at),
            Move::Execute => st.execution.as_ref().filter(|e| !e.blocked).map(|e| e.done),
            Move::FollowUp => st.followed_up,
            Move::Improve => st.lesson.as_ref().map(|l| l.at),
        }
    }
}

/// When the trainee first said a line of one of `kinds` that is not wrong,
/// or wrote it in their own words: a wrong line (blame, a verdict before
/// any check) is not the move, nor a summary with blame, nor a text without
/// empathy as the acknowledgement.
pub(super) fn first_usable_line(s: &Scenario, st: &State, kinds: &[LineKind]) -> Option<NaiveDateTime> {
    let usable = |l: &crate::model::Line| kinds.contains(&l.kind) && l.rating != Rating::Wrong;
    let said = st.said.iter().filter(|x| usable(&s.lines[x.line])).map(|x| x.at);
    let written = st.written.iter().filter(|w| match w.part {
        Written::Summary => kinds.contains(&LineKind::Summary) && !w.analysis.blame.found,
        Written::Acknowledge | Written::Reply => kinds.contains(&LineKind::Acknowledge) && w.acknowledges(),
    });
    said.chain(written.map(|w| w.at)).min()
}

/// One move of the sequence as the trainee made it.
#[derive(Clone, Debug, PartialEq)]
pub struct PathStep {
    pub step: Move,
    /// When the trainee first made it; `None`: missed.
    pub done: Option<NaiveDateTime>,
    /// Made before a move that comes earlier in the sequence.
    pub early: bool,
}

/// Why the case has its verdict, and the handling against its sequence.
#[derive(Clone, Debug, PartialEq)]
pub struct VerdictLesson {
    pub verdict: Verdict,
    /// The facts the required checks turn up: what proves the verdict.
    pub facts: Vec<Text>,
    pub path: Vec<PathStep>,
}

impl VerdictLesson {
    pub fn of(s: &Scenario, st: &State) -> VerdictLesson {
        let verdict = s.truth.verdict;
        let facts = s
            .truth
            .required_checks
            .iter()
            .filter_map(|c| s.findings.get(c).map(|f| (c, f)))
            .map(|(c, f)| Text::msg("path-fact").arg("check", Arg::Msg(c.msg())).arg("finding", f.text.as_str()))
            .collect();
        let moves = Move::sequence(verdict);
        let times: Vec<Option<NaiveDateTime>> = moves.iter().map(|m| m.done(s, st)).collect();
        let path = moves
            .iter()
            .zip(&times)
            .enumerate()
            .map(|(i, (m, done))| PathStep {
                step: *m,
                done: *done,
                early: done.is_some_and(|t| times[..i].iter().flatten().any(|before| *before > t)),
            })
            .collect();
        VerdictLesson { verdict, facts, path }
    }

    /// The moves that were never made, in the sequence's order.
    pub fn missed(&self) -> impl Iterator<Item = Move> + '_ {
        self.path.iter().filter(|p| p.done.is_none()).map(|p| p.step)
    }
}
