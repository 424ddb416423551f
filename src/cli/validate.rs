//! `klachtsim validate`: every file checked, every problem shown with its
//! place, the good files still reported as good; exit code 1 when any fails.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Lang, Text, tr};
use crate::load::{Diagnostic, FileKind, Library, Source, detect_kind, ron_files};
use crate::load::{policy::parse_policy, scenario::parse_scenario, warnings::scenario_warnings};
use crate::script::{parse_script, play_script};

pub fn run(
    lang: Lang,
    paths: Vec<PathBuf>,
    scenarios: Option<PathBuf>,
    coverage: bool,
    out: &mut dyn Write,
) -> io::Result<u8> {
    let lib_dir = crate::load::scenarios_dir(scenarios);
    // Without paths: the library and the user's own cases beside it.
    let own = crate::load::own_cases_dir().filter(|d| d.is_dir());
    let paths = if paths.is_empty() { std::iter::once(lib_dir.clone()).chain(own.clone()).collect() } else { paths };
    let color = super::use_color();
    let (files, problems) = ron_files(&paths);
    let mut library: Option<Library> = None;
    let (mut good, mut bad) = (0, 0);
    let mut loaded = Vec::new();
    for d in &problems {
        write!(out, "{}", d.render(lang, color))?;
        bad += 1;
    }
    for path in &files {
        // What a case that loads still lacks: listed, never a failure, so a
        // student can check the file after every step of filling it in.
        let mut warnings = Vec::new();
        let result: Result<Text, Vec<Diagnostic>> =
            Source::read(path).map_err(|d| vec![*d]).and_then(|src| match detect_kind(&src) {
                Some(FileKind::Scenario) => parse_scenario(&src).map(|s| {
                    let msg = Text::msg("validate-scenario-ok")
                        .arg("id", s.scenario.id.clone())
                        .arg("title", s.scenario.title.clone());
                    loaded.push(s.scenario);
                    warnings = scenario_warnings(&src);
                    msg
                }),
                Some(FileKind::Policy) => {
                    parse_policy(&src).map(|p| Text::msg("validate-policy-ok").arg("name", p.name))
                }
                Some(FileKind::Script) => {
                    let script = parse_script(&src)?;
                    let lib = library.get_or_insert_with(|| Library::load_with_own(&lib_dir, own.as_deref()));
                    play_script(&script, lib, None, None).map(|p| {
                        Text::msg("validate-script-ok")
                            .arg("id", p.debrief.scenario_id.clone())
                            .arg("score", p.debrief.overall)
                    })
                }
                Some(FileKind::Plan) => {
                    let lib = library.get_or_insert_with(|| Library::load(&lib_dir));
                    crate::training::parse_plan(&src, lib).map(|p| {
                        Text::msg("validate-plan-ok")
                            .arg("id", p.id)
                            .arg("month", p.month)
                            .arg("count", p.cases.len() as i64)
                            .arg("minutes", p.minutes)
                    })
                }
                Some(FileKind::Sitting) => {
                    let script = crate::training::sitting::parse_sitting(&src)?;
                    let lib = library.get_or_insert_with(|| Library::load(&lib_dir));
                    crate::training::sitting::play_sitting(&script, lib, &lib_dir).map(|p| {
                        Text::msg("validate-sitting-ok").arg("id", p.plan.id).arg("count", p.records.len() as i64)
                    })
                }
                None => Err(vec![
                    Diagnostic::whole_file(path, Text::msg("load-unknown-kind"))
                        .with_hint(Text::msg("load-unknown-kind-hint")),
                ]),
            });
        match result {
            Ok(msg) => {
                good += 1;
                writeln!(out, "✓ {}: {}", path.display(), msg.render(lang))?;
                if !warnings.is_empty() {
                    let head = Text::msg("validate-warnings").arg("count", warnings.len() as i64);
                    writeln!(out, "  ⚠ {}", head.render(lang))?;
                    for w in &warnings {
                        writeln!(out, "    {}", w.one_line(lang))?;
                    }
                }
            }
            Err(ds) => {
                bad += 1;
                writeln!(
                    out,
                    "✗ {}: {}",
                    path.display(),
                    Text::msg("validate-file-errors").arg("count", ds.len() as i64).render(lang)
                )?;
                for d in &ds {
                    write!(out, "{}", d.render(lang, color))?;
                }
            }
        }
    }
    if files.is_empty() && problems.is_empty() {
        writeln!(out, "{}", tr(lang, "validate-nothing"))?;
        return Ok(1);
    }
    writeln!(out)?;
    writeln!(out, "{}", Text::msg("validate-summary").arg("good", good as i64).arg("bad", bad as i64).render(lang))?;
    if coverage {
        writeln!(out)?;
        print_coverage(lang, &crate::coverage::coverage(&loaded.iter().collect::<Vec<_>>()), out)?;
    }
    Ok(u8::from(bad > 0))
}

/// Every dimension with, per value, how many cases have it and which.
fn print_coverage(lang: Lang, c: &crate::coverage::Coverage, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", Text::msg("coverage-title").arg("count", c.scenarios as i64).render(lang))?;
    let mut gaps = Vec::new();
    for d in &c.dimensions {
        writeln!(out, "\n{}", tr(lang, d.msg))?;
        let width = d.values.iter().map(|v| tr(lang, v.msg).chars().count()).max().unwrap_or(0);
        for v in &d.values {
            let name = tr(lang, v.msg);
            let pad = " ".repeat(width - name.chars().count());
            if v.scenarios.is_empty() {
                writeln!(out, "  ✗ {name}{pad}   0  {}", tr(lang, "coverage-missing"))?;
                gaps.push(format!("{} {name}", tr(lang, d.msg)));
            } else {
                writeln!(out, "  ✓ {name}{pad} {:>3}  {}", v.scenarios.len(), v.scenarios.join(", "))?;
            }
        }
    }
    writeln!(out)?;
    if gaps.is_empty() {
        writeln!(out, "{}", tr(lang, "coverage-complete"))?;
    } else {
        writeln!(out, "{}", Text::msg("coverage-gaps").arg("list", gaps.join("; ")).render(lang))?;
    }
    Ok(())
}
