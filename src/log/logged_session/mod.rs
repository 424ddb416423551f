//! `LoggedSession`: what the trainers' overview needs of one record, read
//! straight from its line of the log and borrowing the line's text where it
//! can: no actions, no copies of names, nothing kept after the overview has
//! counted it. (Not to be confused with `sim::Session`, a case being
//! played.)
//!
//! A line as this program writes it (fields in `Record`'s order, `actions`
//! last, strings without escapes) is read by a hand reader made for exactly
//! that layout (`fast`, kept for its speed: benches/README.md, "3a").
//! Anything else (an older field order, a name with a quote in it, a line
//! edited by hand) goes through `serde_json`, which decides whether the
//! line is a record at all. Both readers give the same result for every
//! line the fast one accepts; `tests/review.rs` and the `log_line` fuzz
//! target hold them to that. Only the list of actions is not checked: the
//! review does not use it (a replay reads the whole record).

mod fast;

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::Deserialize;
use serde::de::IgnoredAny;

use super::pair::Pair;
use super::record::{Record, Status};
use crate::model::{Category, Cause, Step, Verdict};
use crate::policy::Rule;
use crate::score::self_assessment::SelfAssessment;
use fast::fast;

/// One session as the overview sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoggedSession<'a> {
    pub trainee: Cow<'a, str>,
    pub group: Cow<'a, str>,
    pub scenario_id: Cow<'a, str>,
    pub scenario_title: Cow<'a, str>,
    pub category: Category,
    pub seed: u64,
    pub status: Status,
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
    pub sim_started: NaiveDateTime,
    /// Score per step, in the order of `Step::ALL`; a step not in the
    /// record counts 0.
    pub steps: [u32; 7],
    pub overall: u32,
    /// The rule of each violation.
    pub violations: Vec<Cow<'a, str>>,
    pub csat: u8,
    /// Whether `csat` is the customer's answer to a survey (else it is only
    /// the engine's estimate from the customer's mood).
    pub csat_collected: bool,
    pub lesson: Option<Lesson<'a>>,
    pub first_response: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub escalated: bool,
    pub self_assessment: Option<SelfAssessment>,
    /// The rule of each SLA target that came near its breach.
    pub near_breach: Vec<Cow<'a, str>>,
    /// Played in a monthly training: the plan and its month.
    pub training: Option<TrainingMark<'a>>,
    /// Played as the pair role-play: the other student, the observer and
    /// the observation sheet. Read whole (owned): only a class's role-play
    /// sessions have one.
    pub pair: Option<Pair>,
    /// A retry: the decision it continued from (`Record::retry_from`).
    pub retry_from: Option<usize>,
}

/// Which training plan a session belongs to (see `log::training`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TrainingMark<'a> {
    #[serde(borrow)]
    pub plan: Cow<'a, str>,
    #[serde(borrow)]
    pub month: Cow<'a, str>,
    /// The rest (the sitting, its drill and lesson) is for the record.
    #[serde(rename = "sitting")]
    _sitting: IgnoredStr,
    #[serde(rename = "part")]
    _part: u8,
    #[serde(default, rename = "drill")]
    _drill: Option<IgnoredAny>,
    #[serde(default, rename = "lesson")]
    _lesson: Option<IgnoredAny>,
}

impl<'a> TrainingMark<'a> {
    fn of(t: &'a crate::log::training::Training) -> TrainingMark<'a> {
        TrainingMark {
            plan: Cow::Borrowed(&t.plan),
            month: Cow::Borrowed(&t.month),
            _sitting: IgnoredStr,
            _part: t.part,
            _drill: None,
            _lesson: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lesson<'a> {
    pub category: Category,
    pub cause: Cause,
    pub root_cause: Cow<'a, str>,
    pub correction: Cow<'a, str>,
}

impl<'a> LoggedSession<'a> {
    /// The session of a record in memory.
    pub fn of(r: &'a Record) -> LoggedSession<'a> {
        let mut steps = [0; 7];
        for (step, score) in &r.steps {
            steps[step.index()] = *score;
        }
        LoggedSession {
            trainee: Cow::Borrowed(&r.trainee),
            group: Cow::Borrowed(&r.group),
            scenario_id: Cow::Borrowed(&r.scenario.id),
            scenario_title: Cow::Borrowed(&r.scenario.title),
            category: r.scenario.category,
            seed: r.seed,
            status: r.status,
            started: r.started,
            ended: r.ended,
            sim_started: r.sim_started,
            steps,
            overall: r.overall,
            violations: r.violations.iter().map(|v| Cow::Borrowed(v.rule.as_str())).collect(),
            csat: r.csat,
            csat_collected: r.csat_collected,
            lesson: r.lesson.as_ref().map(|l| Lesson {
                category: l.category,
                cause: l.cause,
                root_cause: Cow::Borrowed(&l.root_cause),
                correction: Cow::Borrowed(&l.correction),
            }),
            first_response: r.first_response,
            closed: r.closed,
            escalated: r.escalated,
            self_assessment: r.self_assessment,
            near_breach: r.near_breach.iter().map(|id| Cow::Borrowed(id.as_str())).collect(),
            training: r.training.as_ref().map(TrainingMark::of),
            pair: r.pair.clone(),
            retry_from: r.retry_from,
        }
    }

    /// Reads one line of the log (without its line break).
    pub fn parse(line: &'a [u8]) -> serde_json::Result<LoggedSession<'a>> {
        match fast(line) {
            Some(s) => Ok(s),
            None => serde_json::from_slice::<Wire>(line).map(Wire::into_session),
        }
    }

    /// Whether every SLA of this session was met.
    pub fn within_sla(&self) -> bool {
        !self.violations.iter().any(|v| Rule::is_sla_id(v))
    }

    /// Which session this is (see `log::session_id`): the same id as the
    /// record's.
    pub fn session_id(&self) -> crate::log::SessionId {
        crate::log::session_id(crate::log::Identity {
            trainee: &self.trainee,
            group: &self.group,
            scenario: &self.scenario_id,
            seed: self.seed,
            started: self.started,
            ended: self.ended,
            overall: self.overall,
        })
    }

    /// The score of one step.
    pub fn step(&self, step: Step) -> u32 {
        self.steps[step.index()]
    }
}

// ---------------------------------------------------------------------------
// The general reader: serde_json, any field order, escapes, whitespace.
// The fields the overview does not use (`_`-named) are still read and
// type-checked, so that this reader takes exactly the lines a whole
// `Record` would, bar the actions, which it only checks to be JSON.

#[derive(Deserialize)]
struct Wire<'a> {
    #[serde(rename = "schema")]
    _schema: u32,
    #[serde(borrow)]
    trainee: Cow<'a, str>,
    #[serde(borrow)]
    group: Cow<'a, str>,
    #[serde(borrow)]
    scenario: WireScenario<'a>,
    #[serde(rename = "policy")]
    _policy: IgnoredStr,
    seed: u64,
    status: Status,
    started: DateTime<FixedOffset>,
    ended: DateTime<FixedOffset>,
    sim_started: NaiveDateTime,
    #[serde(rename = "sim_ended")]
    _sim_ended: NaiveDateTime,
    #[serde(rename = "actions")]
    _actions: IgnoredAny,
    steps: BTreeMap<Step, u32>,
    overall: u32,
    #[serde(borrow)]
    violations: Vec<WireViolation<'a>>,
    csat: u8,
    csat_collected: bool,
    #[serde(borrow)]
    lesson: Option<WireLesson<'a>>,
    first_response: Option<NaiveDateTime>,
    closed: Option<NaiveDateTime>,
    escalated: bool,
    #[serde(default)]
    self_assessment: Option<SelfAssessment>,
    #[serde(default, borrow)]
    near_breach: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    training: Option<TrainingMark<'a>>,
    #[serde(default)]
    pair: Option<Pair>,
    #[serde(default)]
    retry_from: Option<usize>,
}

/// A string that must be there but is not needed.
#[derive(Clone, Debug, PartialEq)]
struct IgnoredStr;

impl<'de> Deserialize<'de> for IgnoredStr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <Cow<'de, str>>::deserialize(d).map(|_| IgnoredStr)
    }
}

#[derive(Deserialize)]
struct WireScenario<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(rename = "hash")]
    _hash: IgnoredStr,
    category: Category,
    #[serde(rename = "verdict")]
    _verdict: Verdict,
}

#[derive(Deserialize)]
struct WireViolation<'a> {
    #[serde(borrow)]
    rule: Cow<'a, str>,
    #[serde(rename = "step")]
    _step: Step,
    #[serde(rename = "deadline")]
    _deadline: Option<NaiveDateTime>,
    #[serde(rename = "actual")]
    _actual: Option<NaiveDateTime>,
}

#[derive(Deserialize)]
struct WireLesson<'a> {
    category: Category,
    cause: Cause,
    #[serde(borrow)]
    root_cause: Cow<'a, str>,
    #[serde(borrow)]
    correction: Cow<'a, str>,
}

impl<'a> Wire<'a> {
    fn into_session(self) -> LoggedSession<'a> {
        let mut steps = [0; 7];
        for (step, score) in self.steps {
            steps[step.index()] = score;
        }
        LoggedSession {
            trainee: self.trainee,
            group: self.group,
            scenario_id: self.scenario.id,
            scenario_title: self.scenario.title,
            category: self.scenario.category,
            seed: self.seed,
            status: self.status,
            started: self.started,
            ended: self.ended,
            sim_started: self.sim_started,
            steps,
            overall: self.overall,
            violations: self.violations.into_iter().map(|v| v.rule).collect(),
            csat: self.csat,
            csat_collected: self.csat_collected,
            lesson: self.lesson.map(|l| Lesson {
                category: l.category,
                cause: l.cause,
                root_cause: l.root_cause,
                correction: l.correction,
            }),
            first_response: self.first_response,
            closed: self.closed,
            escalated: self.escalated,
            self_assessment: self.self_assessment,
            near_breach: self.near_breach,
            training: self.training,
            pair: self.pair,
            retry_from: self.retry_from,
        }
    }
}

/// The general reader alone, for tests and fuzzing: what `parse` must agree
/// with.
#[doc(hidden)]
pub fn parse_general(line: &[u8]) -> serde_json::Result<LoggedSession<'_>> {
    serde_json::from_slice::<Wire>(line).map(Wire::into_session)
}

/// The fast reader alone, for tests and fuzzing.
#[doc(hidden)]
pub fn parse_fast(line: &[u8]) -> Option<LoggedSession<'_>> {
    fast(line)
}
