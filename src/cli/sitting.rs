//! `klachtsim play --script SITTING.ron`: a whole monthly training sitting
//! played headless (the drill, the cases, the lesson learned), shown
//! briefly and logged case by case as the game logs a sitting.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Lang, Text};
use crate::load::Library;
use crate::training::sitting::{load_sitting, play_sitting};

pub fn run(
    lang: Lang,
    path: PathBuf,
    scenarios: Option<PathBuf>,
    log: &super::LogArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let mut script = match load_sitting(&path) {
        Ok(s) => s,
        Err(ds) => return super::show_problems(lang, &ds, err),
    };
    if let Some(t) = &log.trainee {
        script.trainee = t.clone();
    }
    if let Some(g) = &log.group {
        script.group = g.clone();
    }
    let dir = crate::load::scenarios_dir(scenarios);
    let lib = Library::load(&dir);
    let played = match play_sitting(&script, &lib, &dir) {
        Ok(p) => p,
        Err(ds) => return super::show_problems(lang, &ds, err),
    };
    let p = &played.plan;
    let head = Text::msg("sitting-head").arg("month", p.month.clone()).arg("theme", p.theme.clone());
    writeln!(out, "{}", head.render(lang))?;
    if let Some(d) = &played.drill {
        let drill = Text::msg("game-drill-score").arg("acknowledge", d.acknowledge).arg("offer", d.offer);
        writeln!(out, "  {}", drill.render(lang))?;
    }
    for (i, c) in played.cases.iter().enumerate() {
        let line = Text::msg("sitting-case-line")
            .arg("place", (i + 1) as i64)
            .arg("title", c.loaded.scenario.title.clone())
            .arg("score", c.debrief.overall);
        writeln!(out, "  {}", line.render(lang))?;
    }
    let lesson = Text::msg("sitting-lesson-score").arg("score", played.lesson.score);
    writeln!(out, "  {}", lesson.render(lang))?;
    for (points, why) in &played.lesson.items {
        writeln!(out, "    {points:+} {}", why.render(lang))?;
    }
    let mut code = 0;
    for r in &played.records {
        code = code.max(super::play::log_session(lang, log, r, out, err)?);
    }
    Ok(code)
}

/// Whether the file at `path` is a sitting script rather than a case's.
pub fn is_sitting(path: &std::path::Path) -> bool {
    crate::load::Source::read(path)
        .is_ok_and(|src| crate::load::detect_kind(&src) == Some(crate::load::FileKind::Sitting))
}
