//! Replaying a logged session: its actions played again under the current
//! scenario and policy (or another policy), and what changed in words. The
//! trainers' `klachtsim replay` and the tests use it.

use crate::i18n::{Arg, Lang, Text};
use crate::load::Library;
use crate::log::Record;
use crate::policy::Policy;
use crate::score::{Debrief, score};
use crate::sim::Session;

use super::rows::rule_name;

/// The outcome of replaying one record.
#[derive(Debug)]
pub enum Replayed {
    Scored {
        debrief: Box<Debrief>,
        scenario_changed: bool,
    },
    ScenarioMissing,
    /// The record holds an action this version cannot read: why.
    Unreadable(Text),
    /// Action `index` is not possible any more.
    Refused {
        index: usize,
        reason: Text,
    },
}

pub fn replay(record: &Record, lib: &Library, policy: Option<&Policy>) -> Replayed {
    let Some(loaded) = lib.get(&record.scenario.id) else {
        return Replayed::ScenarioMissing;
    };
    // Replaying only the actions before one this version cannot read would
    // score a different session.
    if let Some(u) = &record.unreadable_action {
        return Replayed::Unreadable(
            Text::msg("log-unknown-action").arg("index", u.index as i64).arg("name", u.name.as_str()),
        );
    }
    let policy = policy.unwrap_or(&loaded.policy);
    let mut session = Session::new(&loaded.scenario, policy, record.seed);
    for (i, a) in record.actions.iter().enumerate() {
        if let Err(r) = session.apply(a.action.clone(), i + 1) {
            return Replayed::Refused { index: i + 1, reason: r.0 };
        }
    }
    Replayed::Scored {
        debrief: Box::new(score(&loaded.scenario, policy, &session.state, record.seed)),
        scenario_changed: loaded.hash != record.scenario.hash,
    }
}

/// What changed between the logged scores and a new debrief, in words.
pub fn changes(record: &Record, d: &Debrief, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if record.overall != d.overall {
        out.push(Text::msg("replay-overall").arg("old", record.overall).arg("new", d.overall).render(lang));
    }
    for s in &d.steps {
        let old = record.steps.get(&s.step).copied().unwrap_or(0);
        if old != s.score {
            out.push(
                Text::msg("replay-step")
                    .arg("step", Arg::Msg(s.step.msg()))
                    .arg("old", old)
                    .arg("new", s.score)
                    .render(lang),
            );
        }
    }
    let old: Vec<&str> = record.violations.iter().map(|v| v.rule.as_str()).collect();
    let new: Vec<&str> = d.violations.iter().map(|v| v.rule.id()).collect();
    for rule in new.iter().filter(|r| !old.contains(r)) {
        out.push(Text::msg("replay-new-violation").arg("rule", rule_name(lang, rule)).render(lang));
    }
    for rule in old.iter().filter(|r| !new.contains(r)) {
        out.push(Text::msg("replay-gone-violation").arg("rule", rule_name(lang, rule)).render(lang));
    }
    out
}
