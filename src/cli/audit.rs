//! `klachtsim audit`: the engine's item analysis (`crate::audit`) per
//! scenario, as a table or as JSON; a file that does not load is shown with
//! its problems and counts as a flag.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::audit::{Audit, SEEDS, Scores, audit};
use crate::i18n::{Lang, Text, tr};
use crate::load::{Diagnostic, FileKind, Source, detect_kind, ron_files};
use crate::load::{policy_or_default, scenario::parse_scenario};

#[derive(Serialize)]
struct Json<'a> {
    pass: u32,
    scenarios: Vec<JsonScenario<'a>>,
}

#[derive(Serialize)]
struct JsonScenario<'a> {
    id: &'a str,
    strategies: &'a Scores,
    flags: Vec<String>,
}

pub fn run(lang: Lang, paths: Vec<PathBuf>, json: bool, out: &mut dyn Write) -> io::Result<u8> {
    let paths = if paths.is_empty() { vec![crate::load::scenarios_dir(None)] } else { paths };
    let color = super::use_color();
    let (files, mut problems) = ron_files(&paths);
    let mut audits: Vec<Audit> = Vec::new();
    for path in &files {
        let src = match Source::read(path) {
            Ok(src) => src,
            Err(d) => {
                problems.push(*d);
                continue;
            }
        };
        // Policies and scripts live beside the scenarios; only cases are
        // audited, and a file that is none of them is said.
        match detect_kind(&src) {
            Some(FileKind::Scenario) => {}
            Some(_) => continue,
            None => {
                problems.push(
                    Diagnostic::whole_file(path, Text::msg("load-unknown-kind"))
                        .with_hint(Text::msg("load-unknown-kind-hint")),
                );
                continue;
            }
        }
        match parse_scenario(&src) {
            Ok(loaded) => audits.push(audit(&loaded.scenario, &loaded.policy)),
            Err(ds) => problems.extend(ds),
        }
    }
    let pass = audits.first().map_or_else(|| policy_or_default(None).unwrap_or_default().kpi.pass_score, |a| a.pass);
    if json {
        let doc = Json {
            pass,
            scenarios: audits
                .iter()
                .map(|a| JsonScenario {
                    id: &a.id,
                    strategies: &a.scores,
                    flags: a.flags.iter().map(|f| f.render(lang)).collect(),
                })
                .collect(),
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).map_err(io::Error::other)?)?;
    } else {
        for a in &audits {
            table(lang, a, out)?;
        }
    }
    for d in &problems {
        // The JSON goes to the same place; a broken file still has to be seen.
        write!(out, "{}", d.render(lang, color && !json))?;
    }
    let flagged = audits.iter().filter(|a| !a.flags.is_empty()).count();
    if !json {
        let summary = Text::msg("audit-summary")
            .arg("count", audits.len() as i64)
            .arg("flagged", flagged as i64)
            .arg("broken", problems.len() as i64);
        writeln!(out, "{}", summary.render(lang))?;
    }
    Ok(u8::from(flagged > 0 || !problems.is_empty() || audits.is_empty()))
}

/// One scenario: every strategy's score against the pass mark, then its flags.
fn table(lang: Lang, a: &Audit, out: &mut dyn Write) -> io::Result<()> {
    let s = &a.scores;
    writeln!(out, "{}", Text::msg("audit-title").arg("id", a.id.as_str()).arg("pass", a.pass).render(lang))?;
    let random = Text::msg("audit-random")
        .arg("mean", s.random_mean)
        .arg("max", s.random_max)
        .arg("passes", s.random_passes as i64)
        .arg("seeds", SEEDS as i64);
    let rows = [
        ("audit-strategy-first", s.first.to_string()),
        ("audit-strategy-longest", s.longest.to_string()),
        ("audit-strategy-random", random.render(lang)),
        ("audit-strategy-silent", s.silent.to_string()),
        ("audit-strategy-wrong-verdict", s.wrong_verdict.to_string()),
    ];
    let width = rows.iter().map(|(id, _)| tr(lang, id).chars().count()).max().unwrap_or(0);
    for (id, value) in rows {
        let name = tr(lang, id);
        writeln!(out, "  {name}{}  {value}", " ".repeat(width - name.chars().count()))?;
    }
    if a.flags.is_empty() {
        writeln!(out, "  ✓ {}", tr(lang, "audit-no-flags"))?;
    }
    for f in &a.flags {
        writeln!(out, "  ✗ {}", f.render(lang))?;
    }
    writeln!(out)
}
