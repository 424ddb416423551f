//! The class's most common mistakes: the policy's rules broken (by the
//! names the review gives them) and a wrong verdict (the classification
//! against the truth), counted per session. Each comes with an anonymous
//! example: one session's case, and what was done at the step concerned,
//! quoted from the log's actions in the words of the xAPI responses.

use chrono::NaiveDateTime;

use crate::i18n::Text;
use crate::load::Library;
use crate::log::Record;
use crate::model::{Action, LineKind, Scenario, Step, Verdict};
use crate::policy::Rule;
use crate::review::xapi::decision::described;

use super::redact::Names;
use super::verdict_given;

/// What kind of mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MistakeKind {
    /// A rule of the policy broken, by its id as the log stores it.
    Rule(String),
    /// A verdict given that is not the case's.
    WrongVerdict,
}

/// A mistake, how many sessions made it, and an example of one.
#[derive(Clone, Debug, PartialEq)]
pub struct Mistake {
    pub kind: MistakeKind,
    pub sessions: usize,
    pub example: Example,
}

/// One session with the mistake, without its trainee.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// The case's title and its true verdict.
    pub scenario: String,
    pub verdict: Verdict,
    /// The verdict given, for a wrong verdict.
    pub given: Option<Verdict>,
    /// The step the mistake belongs to.
    pub step: Step,
    /// What was done at that step, in order; empty when nothing was.
    pub quotes: Vec<Quote>,
    /// Actions at that step beyond the ones quoted.
    pub more: usize,
}

/// One action as the page quotes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// On the simulated clock.
    pub at: NaiveDateTime,
    pub text: Text,
}

/// How many actions an example quotes.
const QUOTES: usize = 3;

/// The `most` most common mistakes of `rs`, most sessions first (in the
/// order the log first shows them when equal).
pub fn most_common(rs: &[&Record], library: Option<&Library>, names: &Names, most: usize) -> Vec<Mistake> {
    let mut counted: Vec<(MistakeKind, Vec<usize>)> = Vec::new();
    for (i, r) in rs.iter().enumerate() {
        for kind in kinds(r) {
            match counted.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, with)) => with.push(i),
                None => counted.push((kind, vec![i])),
            }
        }
    }
    // A stable sort: equal counts keep the log's order.
    counted.sort_by_key(|(_, with)| std::cmp::Reverse(with.len()));
    let mut used: Vec<usize> = Vec::new();
    counted
        .into_iter()
        .take(most)
        .map(|(kind, with)| {
            let examples: Vec<(usize, Example)> =
                with.iter().map(|i| (*i, example(rs[*i], &kind, library, names))).collect();
            // A session that shows the mistake in what it did, and that no
            // other mistake on the page already shows; else the first.
            let at = examples
                .iter()
                .position(|(i, e)| !e.quotes.is_empty() && !used.contains(i))
                .or_else(|| examples.iter().position(|(_, e)| !e.quotes.is_empty()))
                .unwrap_or(0);
            let (i, example) = examples.into_iter().nth(at).expect("a counted mistake has a session");
            used.push(i);
            Mistake { sessions: with.len(), example, kind }
        })
        .collect()
}

/// The kinds of mistake in one session, each once.
fn kinds(r: &Record) -> Vec<MistakeKind> {
    let mut out: Vec<MistakeKind> = Vec::new();
    for v in &r.violations {
        let kind = MistakeKind::Rule(v.rule.clone());
        if !out.contains(&kind) {
            out.push(kind);
        }
    }
    if verdict_given(&r.actions).is_some_and(|v| v != r.scenario.verdict) {
        out.push(MistakeKind::WrongVerdict);
    }
    out
}

fn example(r: &Record, kind: &MistakeKind, library: Option<&Library>, names: &Names) -> Example {
    let scenario = library.and_then(|l| l.get(&r.scenario.id)).map(|l| &l.scenario);
    let step = match kind {
        MistakeKind::Rule(rule) => r.violations.iter().find(|v| v.rule == *rule).map_or(Step::Analyze, |v| v.step),
        MistakeKind::WrongVerdict => Step::Analyze,
    };
    let at_step: Vec<Quote> = r
        .actions
        .iter()
        .filter(|a| match kind {
            MistakeKind::Rule(rule) => match Rule::from_id(rule) {
                Some(rule) => shows(rule, step, &a.action, scenario),
                None => step_of(&a.action, scenario) == Some(step),
            },
            MistakeKind::WrongVerdict => matches!(a.action, Action::Classify(_)),
        })
        .map(|a| Quote { at: a.at, text: described(scenario, &hidden(&a.action, names)) })
        .collect();
    Example {
        scenario: r.scenario.title.clone(),
        verdict: r.scenario.verdict,
        given: (*kind == MistakeKind::WrongVerdict).then(|| verdict_given(&r.actions)).flatten(),
        step,
        more: at_step.len().saturating_sub(QUOTES),
        quotes: at_step.into_iter().take(QUOTES).collect(),
    }
}

/// The action with the names hidden in what the trainee wrote themselves.
fn hidden(action: &Action, names: &Names) -> Action {
    match action {
        Action::LessonLearned { category, cause, root_cause, correction } => Action::LessonLearned {
            category: *category,
            cause: *cause,
            root_cause: names.hide(root_cause),
            correction: names.hide(correction),
        },
        Action::Why { text } => Action::Why { text: names.hide(text) },
        other => other.clone(),
    }
}

/// Whether an action shows how a rule was kept or broken: the lines and
/// moves the rule is about; a rule about timing, the action whose moment
/// it judges. A rule not listed (the drill's, or one added later) is
/// shown by the actions of its `step`.
pub fn shows(rule: Rule, step: Step, action: &Action, scenario: Option<&Scenario>) -> bool {
    let line_kind = |kinds: &[LineKind]| match action {
        Action::Say(id) => {
            scenario.and_then(|s| s.lines.iter().find(|l| l.id == *id)).is_some_and(|l| kinds.contains(&l.kind))
        }
        _ => false,
    };
    use LineKind::*;
    match rule {
        Rule::ListenLetFinish | Rule::ListenNoInterrupting => {
            matches!(action, Action::LetFinish | Action::Interrupt)
        }
        Rule::ListenOpenQuestions => line_kind(&[OpenQuestion, ClosedQuestion]),
        Rule::ListenSummary => line_kind(&[Summary]),
        Rule::AcknowledgeEmpathy => line_kind(&[Acknowledge]),
        Rule::AnalyzeInvestigate => matches!(action, Action::Check(_) | Action::Classify(_)),
        Rule::AnalyzeClassify => matches!(action, Action::Classify(_)),
        Rule::VerdictSequence => line_kind(&[Explanation]) || matches!(action, Action::Offer { .. }),
        Rule::OfferSolution | Rule::OfferClearWhen | Rule::OfferAlternatives | Rule::Authority => {
            matches!(action, Action::Offer { .. })
        }
        Rule::EscalationTriggers | Rule::SlaEscalationReport | Rule::SlaEscalationDecision => {
            matches!(action, Action::Escalate)
        }
        Rule::SlaCLevel => matches!(action, Action::NotifyManagement),
        Rule::OrderSteps => !matches!(action, Action::Wait { .. }),
        Rule::ExecuteCarryOut | Rule::ExecuteOnTime | Rule::SlaSolution => matches!(action, Action::Execute),
        Rule::FollowUpClose | Rule::SlaFollowUp => matches!(action, Action::FollowUp | Action::Close),
        Rule::ImproveLesson | Rule::ImproveRootCause | Rule::ImproveWhy => {
            matches!(action, Action::LessonLearned { .. } | Action::Why { .. })
        }
        Rule::SlaAcknowledgement => matches!(action, Action::ConfirmReceipt),
        Rule::SlaOwner => matches!(action, Action::TakeOwnership),
        Rule::SlaFirstResponse => {
            matches!(action, Action::ConfirmReceipt | Action::Say(_) | Action::Offer { .. })
        }
        Rule::SlaStatusUpdate => matches!(action, Action::StatusUpdate { .. }),
        Rule::SlaCsatSurvey => matches!(action, Action::SendCsat { .. }),
        Rule::SlaCsatFollowUp => matches!(action, Action::SeniorFollowUp { .. }),
        _ => step_of(action, scenario) == Some(step),
    }
}

/// The step an action belongs to, as the debrief scores it; a line said
/// by its kind (which needs the scenario). Waiting belongs to none.
pub fn step_of(action: &Action, scenario: Option<&Scenario>) -> Option<Step> {
    Some(match action {
        Action::LetFinish | Action::Interrupt => Step::Listen,
        Action::Say(id) => return scenario?.lines.iter().find(|l| l.id == *id).map(|l| l.kind.step()),
        Action::ConfirmReceipt | Action::TakeOwnership => Step::Acknowledge,
        Action::Check(_) | Action::Classify(_) => Step::Analyze,
        Action::Offer { .. } | Action::Escalate | Action::NotifyManagement => Step::Offer,
        Action::Execute => Step::Execute,
        Action::StatusUpdate { .. }
        | Action::FollowUp
        | Action::Close
        | Action::SendCsat { .. }
        | Action::SeniorFollowUp { .. } => Step::FollowUp,
        Action::LessonLearned { .. } | Action::Why { .. } => Step::Improve,
        Action::Write { part, .. } => match part {
            crate::model::Written::Summary => Step::Listen,
            crate::model::Written::Acknowledge => Step::Acknowledge,
            crate::model::Written::Reply => Step::Offer,
        },
        Action::Wait { .. } => return None,
    })
}
