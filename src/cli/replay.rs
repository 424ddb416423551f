//! `klachtsim replay`: re-scores logged sessions under the current policy
//! (or another) and shows what changed.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::review::Filter;
use crate::review::replay::{Replayed, changes, replay};

/// The `replay` command's options.
pub struct Options {
    pub logs: Vec<PathBuf>,
    pub filter: Filter,
    pub policy: Option<PathBuf>,
    pub scenarios: Option<PathBuf>,
    /// Leave out logs that do not exist, with a warning, instead of failing.
    pub skip_missing: bool,
}

pub fn run(lang: Lang, o: Options, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let Some(records) = super::review::load(lang, o.logs, o.skip_missing, crate::log::Detail::Full, err)? else {
        return Ok(1);
    };
    let policy = match o.policy.map(|p| crate::load::load_policy(&p)) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(ds)) => return super::show_problems(lang, &ds, err),
    };
    let lib = crate::load::library(o.scenarios);
    // Dates are days in the time zone of the policy the filter is meant for.
    let zone =
        policy.as_ref().map_or_else(|| crate::load::policy_or_default(None).unwrap_or_default().zone(), |p| p.zone());
    let (mut same, mut changed, mut failed) = (0, 0, 0);
    for r in records.iter().filter(|r| o.filter.matches(r, zone)) {
        let who = Text::msg("replay-who")
            .arg("trainee", r.trainee.as_str())
            .arg("group", r.group.as_str())
            .arg("scenario", r.scenario.id.as_str())
            .arg("when", r.started.format("%Y-%m-%d %H:%M").to_string())
            .render(lang);
        match replay(r, &lib, policy.as_ref()) {
            Replayed::ScenarioMissing => {
                failed += 1;
                let msg = Text::msg("replay-missing").arg("id", r.scenario.id.as_str());
                writeln!(out, "{who}: {}", msg.render(lang))?;
            }
            Replayed::Unreadable(why) => {
                failed += 1;
                writeln!(out, "{who}: {}", why.render(lang))?;
            }
            Replayed::Refused { index, reason } => {
                failed += 1;
                let msg =
                    Text::msg("replay-refused").arg("index", index as i64).arg("reason", Arg::Text(Box::new(reason)));
                writeln!(out, "{who}: {}", msg.render(lang))?;
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
                    writeln!(out, "{who}: {}{note}", tr(lang, "replay-unchanged"))?;
                } else {
                    changed += 1;
                    writeln!(out, "{who}{note}:")?;
                    for line in c {
                        writeln!(out, "    {line}")?;
                    }
                }
            }
        }
    }
    let summary = Text::msg("replay-summary")
        .arg("same", same as i64)
        .arg("changed", changed as i64)
        .arg("failed", failed as i64);
    writeln!(out, "\n{}", summary.render(lang))?;
    Ok(0)
}
