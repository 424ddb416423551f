//! `klachtsim replay`: re-scores logged sessions under the current policy
//! (or another) and shows what changed.

use std::io::Write;
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::load::Library;
use crate::log::Record;
use crate::review::Filter;
use crate::score::{Debrief, score};
use crate::sim::Session;

/// The outcome of replaying one record.
#[derive(Debug)]
pub enum Replayed {
    Scored {
        debrief: Debrief,
        scenario_changed: bool,
    },
    ScenarioMissing,
    /// Action `index` is not possible any more.
    Refused {
        index: usize,
        reason: Text,
    },
}

pub fn replay(record: &Record, lib: &Library, policy: Option<&crate::policy::Policy>) -> Replayed {
    let Some(loaded) = lib.get(&record.scenario.id) else {
        return Replayed::ScenarioMissing;
    };
    let policy = policy.unwrap_or(&loaded.policy);
    let mut session = Session::new(&loaded.scenario, policy, record.seed);
    for (i, a) in record.actions.iter().enumerate() {
        if let Err(r) = session.apply(a.action.clone(), i + 1) {
            return Replayed::Refused { index: i + 1, reason: r.0 };
        }
    }
    Replayed::Scored {
        debrief: score(&loaded.scenario, policy, &session.state, record.seed),
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
        out.push(Text::msg("replay-new-violation").arg("rule", tr(lang, &format!("rule-{rule}"))).render(lang));
    }
    for rule in old.iter().filter(|r| !new.contains(r)) {
        out.push(Text::msg("replay-gone-violation").arg("rule", tr(lang, &format!("rule-{rule}"))).render(lang));
    }
    out
}

pub fn run(
    lang: Lang,
    logs: Vec<PathBuf>,
    filter: Filter,
    policy: Option<PathBuf>,
    scenarios: Option<PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let records = match super::review::load(lang, logs, crate::log::Detail::Full, err) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let policy = match policy.map(|p| crate::load::load_policy(&p)) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(ds)) => {
            for d in ds {
                let _ = write!(err, "{}", d.render(lang, super::use_color()));
            }
            return 1;
        }
    };
    let lib = Library::load(&super::scenarios_dir(scenarios));
    let (mut same, mut changed, mut failed) = (0, 0, 0);
    for r in records.iter().filter(|r| filter.matches(r)) {
        let who = Text::msg("replay-who")
            .arg("trainee", r.trainee.as_str())
            .arg("group", r.group.as_str())
            .arg("scenario", r.scenario.id.as_str())
            .arg("when", r.started.format("%Y-%m-%d %H:%M").to_string())
            .render(lang);
        match replay(r, &lib, policy.as_ref()) {
            Replayed::ScenarioMissing => {
                failed += 1;
                let _ = writeln!(
                    out,
                    "{who}: {}",
                    Text::msg("replay-missing").arg("id", r.scenario.id.as_str()).render(lang)
                );
            }
            Replayed::Refused { index, reason } => {
                failed += 1;
                let msg =
                    Text::msg("replay-refused").arg("index", index as i64).arg("reason", Arg::Text(Box::new(reason)));
                let _ = writeln!(out, "{who}: {}", msg.render(lang));
            }
            Replayed::Scored { debrief, scenario_changed } => {
                let c = changes(r, &debrief, lang);
                let note = if scenario_changed {
                    format!(" ({})", tr(lang, "replay-scenario-changed"))
                } else {
                    String::new()
                };
                if c.is_empty() {
                    same += 1;
                    let _ = writeln!(out, "{who}: {}{note}", tr(lang, "replay-unchanged"));
                } else {
                    changed += 1;
                    let _ = writeln!(out, "{who}{note}:");
                    for line in c {
                        let _ = writeln!(out, "    {line}");
                    }
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        Text::msg("replay-summary")
            .arg("same", same as i64)
            .arg("changed", changed as i64)
            .arg("failed", failed as i64)
            .render(lang)
    );
    0
}
