//! One line of the log: everything a trainer needs to review a session and
//! everything needed to replay it, and the layout of that line as this
//! program writes it (`actions` last), which the readers of the overview
//! rely on to skip the actions.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::load::LoadedScenario;
use crate::model::{Action, Category, Cause, Step, Verdict};
use crate::policy::Rule;
use crate::score::Debrief;
use crate::score::compare::Ending;
use crate::score::self_assessment::SelfAssessment;
use crate::sim::{Consequence, State};

/// Bumped when a field changes meaning; readers skip newer records.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Finished,
    Abandoned,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
    /// SHA-256 of the scenario file: which version was played.
    pub hash: String,
    pub category: Category,
    pub verdict: Verdict,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedAction {
    /// Simulated time the action started.
    pub at: NaiveDateTime,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedViolation {
    pub rule: String,
    pub step: Step,
    pub deadline: Option<NaiveDateTime>,
    pub actual: Option<NaiveDateTime>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedMood {
    pub at: NaiveDateTime,
    pub mood: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedLesson {
    pub category: Category,
    pub cause: Cause,
    pub root_cause: String,
    pub correction: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    pub trainee: String,
    pub group: String,
    pub scenario: ScenarioRef,
    pub policy: String,
    pub seed: u64,
    pub status: Status,
    /// Real (wall-clock) start and end, with the local offset.
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
    /// Simulated start (receipt) and end.
    pub sim_started: NaiveDateTime,
    pub sim_ended: NaiveDateTime,
    pub steps: BTreeMap<Step, u32>,
    pub overall: u32,
    pub violations: Vec<LoggedViolation>,
    pub csat: u8,
    pub csat_collected: bool,
    pub lesson: Option<LoggedLesson>,
    /// For the KPIs: first response, closing, and whether it was escalated.
    pub first_response: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub escalated: bool,
    /// What the trainee said of their own handling, step by step, before
    /// the score was shown. Not there in a log from before it existed, nor
    /// for a run with no one to ask (a script); left out of the line then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_assessment: Option<SelfAssessment>,
    /// The customer's mood at receipt and after each action. Like the
    /// fields below, absent from a log written before the customer had a
    /// state (issue 14), and then read as empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mood_curve: Vec<LoggedMood>,
    /// What the customer did because of the handling, when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<Consequence>,
    /// The customer's open comment with the CSAT answer, in the case's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csat_comment: Option<String>,
    /// A retry ("try again from here"): the id of the session it retries
    /// (`Record::session_id`, in hexadecimal), and the action it continued
    /// from (from 0: the actions before it are the retried session's own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_from: Option<usize>,
    /// The SLA targets met only after their warning, or still open past it
    /// at the end ("bijna over termijn", `sla::near_breaches`), by rule id.
    /// Left out of the line when there are none, and in a log from before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub near_breach: Vec<String>,
    /// Played as the lesson's pair role-play: the other student, the
    /// observer and the observation sheet (`pair`). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<super::pair::Pair>,
    /// Played in a monthly training sitting: the plan, the sitting, and
    /// the sitting's drill and lesson (`training`). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<super::training::Training>,
    /// Every decision with its simulated time. Written last: the bulk of the
    /// line, and what the overview skips (see `parse_summary`).
    pub actions: Vec<LoggedAction>,
    /// An action this version cannot read (written by a newer klachtsim);
    /// `actions` holds only the ones before it. Never written.
    #[serde(skip)]
    pub unreadable_action: Option<UnreadableAction>,
}

/// A session being played as a retry: the record of the attempt it
/// retries, and the decision it continues from (from 0). Kept beside the
/// session (in the game, and in its journal so that a stop does not lose
/// it) until the session's own record is marked with it (`Record::retry`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetryOf {
    pub of: Box<Record>,
    pub from: usize,
}

impl RetryOf {
    /// Marks `record` as this retry.
    pub fn mark(&self, record: Record) -> Record {
        record.retry(&self.of, self.from)
    }
}

/// Where a record's first unreadable action is, and what it is called.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableAction {
    /// From 1, as a trainee counts the steps.
    pub index: usize,
    pub name: String,
}

/// Where the list of actions starts in a line this program wrote: the
/// first `,"actions":[` (no string can hold it: a quote in a string is
/// always escaped, and the fields before the actions hold no lists named
/// so). `None` when there is a second one: two records on one line, which
/// only the general reader may judge.
pub(crate) fn actions_at(line: &[u8]) -> Option<usize> {
    static ACTIONS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b",\"actions\":["));
    let at = ACTIONS.find(line)?;
    ACTIONS.find(&line[at + 1..]).is_none().then_some(at)
}

/// Reads a line as a whole record. An action this version does not know
/// (a newer klachtsim wrote it) does not make the line unreadable: the
/// record keeps the actions before it and says where it is (see
/// `Record::unreadable_action`), so it counts in every format as the
/// overview counts it, and a replay says why it cannot replay it.
pub(crate) fn parse_full(line: &[u8]) -> serde_json::Result<Record> {
    let err = match serde_json::from_slice::<Record>(line) {
        Ok(r) => return Ok(r),
        Err(e) => e,
    };
    let Some(at) = actions_at(line) else { return Err(err) };
    let mut r = parse_head(line, at).ok_or(err)?;
    // The list itself, up to the closing brace of the record.
    let list = line[at + 11..].strip_suffix(b"}").unwrap_or(&line[at + 11..]);
    let slots = serde_json::from_slice::<Vec<ActionSlot>>(list)?;
    for (i, slot) in slots.into_iter().enumerate() {
        match slot {
            ActionSlot::Known(a) => r.actions.push(a),
            ActionSlot::Unknown(v) => {
                r.unreadable_action = Some(UnreadableAction { index: i + 1, name: action_name(&v) });
                break;
            }
        }
    }
    Ok(r)
}

/// One logged action, read if this version knows it.
#[derive(Deserialize)]
#[serde(untagged)]
enum ActionSlot {
    Known(LoggedAction),
    Unknown(serde_json::Value),
}

/// The name of an action in the log: `"Escalate"` or `{"Offer": {...}}`.
fn action_name(v: &serde_json::Value) -> String {
    let action = v.get("action").unwrap_or(v);
    match action {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Object(m) => m.keys().next().cloned().unwrap_or_default(),
        other => other.to_string(),
    }
}

/// The record before its actions (`at`), with no actions.
fn parse_head(line: &[u8], at: usize) -> Option<Record> {
    let mut head = Vec::with_capacity(at + 16);
    head.extend_from_slice(&line[..at]);
    head.extend_from_slice(b",\"actions\":[]}");
    serde_json::from_slice::<Record>(&head).ok()
}

/// Reads a line as a record without its actions (left empty): what the
/// trainer's screen keeps in memory. A line this program wrote has its
/// actions last, so the text before them is read alone; any other line is
/// read whole, by the same rules as `parse_full`.
pub(crate) fn parse_summary(line: &[u8]) -> serde_json::Result<Record> {
    if line.ends_with(b"]}")
        && let Some(r) = actions_at(line).and_then(|at| parse_head(line, at))
    {
        return Ok(r);
    }
    parse_full(line).map(|r| Record { actions: Vec::new(), unreadable_action: None, ..r })
}

/// What a record is made of: who played which case under which policy and
/// seed, how it went, and when (real time, with the local offset). The
/// self-assessment, asked after the case, is set on the record after.
#[derive(Clone, Copy)]
pub struct NewRecord<'a> {
    pub trainee: &'a str,
    pub group: &'a str,
    pub loaded: &'a LoadedScenario,
    pub policy_name: &'a str,
    pub seed: u64,
    pub state: &'a State,
    pub debrief: &'a Debrief,
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
}

impl Record {
    pub fn new(parts: NewRecord) -> Record {
        let NewRecord { trainee, group, loaded, policy_name, seed, state, debrief, started, ended } = parts;
        let s = &loaded.scenario;
        Record {
            schema: SCHEMA_VERSION,
            trainee: trainee.to_owned(),
            group: group.to_owned(),
            scenario: ScenarioRef {
                id: s.id.clone(),
                title: s.title.clone(),
                hash: loaded.hash.clone(),
                category: s.truth.category,
                verdict: s.truth.verdict,
            },
            policy: policy_name.to_owned(),
            seed,
            status: if state.closed.is_some() { Status::Finished } else { Status::Abandoned },
            started,
            ended,
            sim_started: state.start,
            sim_ended: state.now,
            actions: state.history.iter().map(|d| LoggedAction { at: d.at, action: d.action.clone() }).collect(),
            steps: debrief.steps.iter().map(|s| (s.step, s.score)).collect(),
            overall: debrief.overall,
            violations: debrief
                .violations
                .iter()
                .map(|v| LoggedViolation {
                    rule: v.rule.id().to_owned(),
                    step: v.step,
                    deadline: v.deadline,
                    actual: v.actual,
                })
                .collect(),
            csat: debrief.csat,
            csat_collected: debrief.csat_collected,
            lesson: state.lesson.as_ref().map(|l| LoggedLesson {
                category: l.category,
                cause: l.cause,
                root_cause: l.root_cause.clone(),
                correction: l.correction.clone(),
            }),
            first_response: state.first_response,
            closed: state.closed,
            escalated: !state.escalations.is_empty(),
            self_assessment: None,
            mood_curve: debrief.mood_curve.iter().map(|&(at, mood)| LoggedMood { at, mood }).collect(),
            consequences: state.consequences.clone(),
            csat_comment: state
                .csat_comment
                .as_ref()
                .map(|c| c.render(Lang::from_code(&s.language).unwrap_or_default())),
            retry_of: None,
            retry_from: None,
            pair: None,
            training: None,
            near_breach: crate::sla::near_breaches(&loaded.policy, &crate::sla::Case::truth(&s.truth), state)
                .iter()
                .map(|r| r.id().to_owned())
                .collect(),
            unreadable_action: None,
        }
    }

    /// Marks this record as a retry of `of` from its action `from`.
    pub fn retry(self, of: &Record, from: usize) -> Record {
        Record { retry_of: Some(format!("{:032x}", of.session_id())), retry_from: Some(from), ..self }
    }

    /// How this session ended, as `score::compare` sets it beside another
    /// ending: all of it is in the record, so a retry that was resumed after
    /// a stop compares as well as one played straight on.
    pub fn ending(&self) -> Ending {
        Ending {
            mood_curve: self.mood_curve.iter().map(|m| (m.at, m.mood)).collect(),
            csat: self.csat,
            csat_collected: self.csat_collected,
            // A `BTreeMap` by step: in the order of the steps, as a debrief's.
            steps: self.steps.iter().map(|(&step, &score)| (step, score)).collect(),
            overall: self.overall,
            consequences: self.consequences.iter().map(|c| c.kind).collect(),
        }
    }

    /// Whether every SLA of this session was met.
    pub fn within_sla(&self) -> bool {
        !self.violations.iter().any(|v| Rule::is_sla_id(&v.rule))
    }
}
