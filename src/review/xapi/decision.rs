//! One statement per decision: what the trainee did, named in both of the
//! product's languages, with a response a trainer can read (in the
//! scenario's language), at its own moment on the simulated clock. A line
//! said is an activity of its own, named by its text.

use serde_json::{Value, json};

use crate::i18n::{Arg, Text};
use crate::model::{Action, OfferKind};

use super::ids::{self, both};
use super::{About, Config};

pub const INTERACTED: &str = "http://adlnet.gov/expapi/verbs/interacted";

/// The statements of a session's decisions, in order.
pub fn statements(about: &About, config: &Config) -> Vec<Value> {
    let r = about.record;
    r.actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({
                "id": ids::uuid(&["decision", &about.registration, &i.to_string()]),
                "actor": about.actor,
                "verb": { "id": INTERACTED, "display": both("xapi-verb-interacted") },
                "object": object(about, config, &a.action),
                "result": { "response": response(about, &a.action) },
                "context": about.context(config, true),
                "timestamp": ids::simulated(a.at, config.zone),
            })
        })
        .collect()
}

/// The activity of a decision: the line said, or the kind of decision in
/// this scenario.
fn object(about: &About, config: &Config, action: &Action) -> Value {
    let scenario = &about.record.scenario.id;
    let (id, name) = match action {
        Action::Say(line) => {
            let text = line_text(about.scenario, line);
            (config.iris.at(&["scenarios", scenario, "lines", line]), ids::one(about.lang, &text))
        }
        other => (config.iris.at(&["scenarios", scenario, "decisions", other.key()]), both(&name_id(other))),
    };
    json!({
        "objectType": "Activity",
        "id": id,
        "definition": { "type": "http://adlnet.gov/expapi/activities/interaction", "name": name },
    })
}

/// The translation id of a kind of decision's name.
fn name_id(action: &Action) -> String {
    format!("xapi-action-{}", action.key())
}

/// What the trainee said: the line's text when the scenario is known, its
/// id otherwise.
fn line_text(scenario: Option<&crate::model::Scenario>, line: &str) -> String {
    scenario.and_then(|s| s.lines.iter().find(|l| l.id == line)).map_or_else(|| line.to_owned(), |l| l.text.clone())
}

/// The decision in words, in the scenario's language.
fn response(about: &About, action: &Action) -> String {
    decision_text(about.scenario, action).render(about.lang)
}

/// A decision in words ("Zei: ...", "Bood aan: ..."), the line said taken
/// from `scenario` when there is one. The game's debrief lists the
/// trainee's decisions with it too.
pub fn decision_text(scenario: Option<&crate::model::Scenario>, action: &Action) -> Text {
    let did = |key: &str| Text::msg(did_id(key));
    match action {
        Action::Say(line) => did("say").arg("text", line_text(scenario, line)),
        Action::Check(c) => did("check").arg("check", Arg::Msg(c.msg())),
        Action::Classify(c) => did("classify")
            .arg("nature", Arg::Msg(c.nature.msg()))
            .arg("category", Arg::Msg(c.category.msg()))
            .arg("cause", Arg::Msg(c.cause.msg()))
            .arg("verdict", Arg::Msg(c.verdict.msg()))
            .arg("priority", Arg::Msg(c.priority.msg())),
        Action::Offer { offer, days, .. } => {
            let t = Text::msg(if days.is_some() { "xapi-did-offer-days" } else { "xapi-did-offer" });
            t.arg("offer", Arg::Text(Box::new(offer_text(offer)))).arg("days", i64::from(days.unwrap_or(0)))
        }
        Action::StatusUpdate { hours } | Action::SendCsat { hours } | Action::SeniorFollowUp { hours } => {
            did(action.key()).arg("hours", i64::from(*hours))
        }
        Action::LessonLearned { category, cause, root_cause, correction } => did("lesson-learned")
            .arg("category", Arg::Msg(category.msg()))
            .arg("cause", Arg::Msg(cause.msg()))
            .arg("root", root_cause.as_str())
            .arg("correction", correction.as_str()),
        Action::Wait { minutes } => did("wait").arg("minutes", Arg::Minutes(i64::from(*minutes))),
        Action::Why { text } => did("why").arg("text", text.as_str()),
        other => did(other.key()),
    }
}

/// The message id of a decision in words. Every key is listed, so a new
/// kind of action fails the test below until it has its words.
fn did_id(key: &str) -> &'static str {
    match key {
        "let-finish" => "xapi-did-let-finish",
        "interrupt" => "xapi-did-interrupt",
        "say" => "xapi-did-say",
        "confirm-receipt" => "xapi-did-confirm-receipt",
        "take-ownership" => "xapi-did-take-ownership",
        "check" => "xapi-did-check",
        "classify" => "xapi-did-classify",
        "offer" => "xapi-did-offer",
        "escalate" => "xapi-did-escalate",
        "notify-management" => "xapi-did-notify-management",
        "status-update" => "xapi-did-status-update",
        "execute" => "xapi-did-execute",
        "follow-up" => "xapi-did-follow-up",
        "close" => "xapi-did-close",
        "send-csat" => "xapi-did-send-csat",
        "senior-follow-up" => "xapi-did-senior-follow-up",
        "lesson-learned" => "xapi-did-lesson-learned",
        "wait" => "xapi-did-wait",
        "why" => "xapi-did-why",
        _ => "xapi-did-other",
    }
}

/// An offer with its amount.
fn offer_text(offer: &OfferKind) -> Text {
    let kind = Arg::Msg(offer.choice().msg());
    match *offer {
        OfferKind::Refund(euro) | OfferKind::Voucher(euro) => {
            Text::msg("xapi-offer-euro").arg("kind", kind).arg("amount", Arg::Money(euro))
        }
        OfferKind::Discount(pct) => Text::msg("xapi-offer-percent").arg("kind", kind).arg("percent", i64::from(pct)),
        _ => Text::msg("xapi-offer").arg("kind", kind),
    }
}

/// Every kind of decision, with made-up values: for the tests of names.
#[cfg(test)]
pub(super) fn every_action() -> Vec<Action> {
    use crate::model::*;
    let c = Classification {
        nature: Nature::ALL[0],
        category: Category::ALL[0],
        cause: Cause::ALL[0],
        verdict: Verdict::ALL[0],
        priority: Priority::ALL[0],
    };
    vec![
        Action::LetFinish,
        Action::Interrupt,
        Action::Say("x".into()),
        Action::ConfirmReceipt,
        Action::TakeOwnership,
        Action::Check(Check::ALL[0]),
        Action::Classify(c),
        Action::Offer { offer: OfferKind::Refund(12.5), days: Some(2), what: None },
        Action::Offer { offer: OfferKind::Discount(10), days: None, what: None },
        Action::Escalate,
        Action::NotifyManagement,
        Action::StatusUpdate { hours: 4 },
        Action::Execute,
        Action::FollowUp,
        Action::Close,
        Action::SendCsat { hours: 24 },
        Action::SeniorFollowUp { hours: 2 },
        Action::LessonLearned {
            category: Category::ALL[0],
            cause: Cause::ALL[0],
            root_cause: "oorzaak".into(),
            correction: "maatregel".into(),
        },
        Action::Wait { minutes: 90 },
        Action::Why { text: "waarom".into() },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    #[test]
    fn every_decision_has_a_name_and_words_in_both_languages() {
        for a in every_action() {
            assert_ne!(did_id(a.key()), "xapi-did-other", "{a:?} has no words of its own");
            for lang in [Lang::Nl, Lang::En] {
                assert!(has(lang, &name_id(&a)), "{a:?}: {}", name_id(&a));
                assert!(has(lang, did_id(a.key())), "{a:?}");
            }
        }
    }
}
