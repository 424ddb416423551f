//! The debrief for a reader: a terminal text and a JSON document, both in
//! the reader's language.

use std::fmt::{self, Write};

use serde_json::{Value, json};

use crate::i18n::{Arg, Lang, Text, time, tr};

use super::Debrief;

fn opt_time(lang: Lang, t: Option<chrono::NaiveDateTime>) -> String {
    t.map_or_else(|| tr(lang, "never"), |t| time(lang, t))
}

fn bar(score: u32) -> String {
    let filled = (score as usize + 5) / 10;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

pub fn render_text(d: &Debrief, lang: Lang) -> String {
    let mut out = String::new();
    write_text(&mut out, d, lang).expect("writing to a String cannot fail");
    out
}

/// The debrief as terminal text, into `out`.
pub fn write_text(out: &mut impl Write, d: &Debrief, lang: Lang) -> fmt::Result {
    writeln!(out, "{}", Text::msg("debrief-title").arg("title", d.title.as_str()).render(lang))?;
    writeln!(out, "{}", Text::msg("debrief-clock").arg("start", d.started).arg("end", d.ended).render(lang))?;
    writeln!(out)?;
    for line in knockout_lines(d, lang) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", Text::msg("debrief-overall").arg("score", d.overall).render(lang))?;
    for s in &d.steps {
        writeln!(out, "  {:<28} {} {:>3}", tr(lang, s.step.msg()), bar(s.score), s.score)?;
    }
    let csat_id = if d.csat_collected { "debrief-csat" } else { "debrief-csat-not-collected" };
    writeln!(out, "{}", Text::msg(csat_id).arg("csat", i64::from(d.csat)).render(lang))?;
    for s in &d.steps {
        writeln!(out)?;
        writeln!(out, "{} ({}/100)", tr(lang, s.step.msg()).to_uppercase(), s.score)?;
        for item in &s.items {
            let sign = match item.points.signum() {
                1 => "+",
                -1 => "-",
                _ => " ",
            };
            let (points, reason, rule) = (item.points.abs(), item.reason.render(lang), tr(lang, item.rule.msg()));
            writeln!(out, "  {sign}{points:>3}  {reason}  [{rule}]")?;
        }
    }
    writeln!(out)?;
    write_violations(out, d, lang)?;
    if !d.consequences.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", tr(lang, "debrief-consequences"))?;
        for c in &d.consequences {
            writeln!(out, "  - {}", c.render(lang))?;
        }
    }
    if !d.model.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", tr(lang, "debrief-model"))?;
        for (i, m) in d.model.iter().enumerate() {
            writeln!(out, "  {}. {m}", i + 1)?;
        }
    }
    Ok(())
}

/// What failed the case, first thing in every debrief: a heading, each
/// knock-out, and what the steps were worth without it (when that would
/// have passed). Nothing when the case was not knocked out.
pub fn knockout_lines(d: &Debrief, lang: Lang) -> Vec<String> {
    if d.knockouts.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![tr(lang, "knockout-title")];
    lines.extend(d.knockouts.iter().map(|k| format!("  ✘ {}", k.text().render(lang))));
    if d.uncapped != d.overall {
        lines.push(Text::msg("knockout-capped").arg("score", d.uncapped).arg("capped", d.overall).render(lang));
    }
    lines
}

fn write_violations(out: &mut impl Write, d: &Debrief, lang: Lang) -> fmt::Result {
    if d.violations.is_empty() {
        return writeln!(out, "{}", tr(lang, "debrief-no-violations"));
    }
    writeln!(out, "{}", Text::msg("debrief-violations").arg("count", d.violations.len() as i64).render(lang))?;
    for v in &d.violations {
        writeln!(out, "  ! {} [{}]", v.text.render(lang), tr(lang, v.rule.msg()))?;
        if v.deadline.is_none() {
            if let Some(at) = v.actual {
                writeln!(out, "    {}", Text::msg("debrief-at").arg("actual", at).render(lang))?;
            }
        } else {
            let text = Text::msg("debrief-deadline-actual")
                .arg("deadline", Arg::Str(opt_time(lang, v.deadline)))
                .arg("actual", Arg::Str(opt_time(lang, v.actual)));
            writeln!(out, "    {}", text.render(lang))?;
        }
    }
    Ok(())
}

pub fn to_json(d: &Debrief, lang: Lang) -> Value {
    let t = |x: chrono::NaiveDateTime| x.format("%Y-%m-%dT%H:%M:%S").to_string();
    json!({
        "scenario": d.scenario_id,
        "title": d.title,
        "seed": d.seed,
        "language": lang.code(),
        "overall": d.overall,
        "uncapped": d.uncapped,
        "knockouts": d.knockouts.iter().map(|k| k.text().render(lang)).collect::<Vec<_>>(),
        "steps": d.steps.iter().map(|s| json!({
            "step": s.step.key(),
            "name": tr(lang, s.step.msg()),
            "score": s.score,
            "items": s.items.iter().map(|i| json!({
                "points": i.points,
                "reason": i.reason.render(lang),
                "rule": i.rule,
                "rule_text": tr(lang, i.rule.msg()),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "violations": d.violations.iter().map(|v| json!({
            "rule": v.rule,
            "step": v.step.key(),
            "text": v.text.render(lang),
            "deadline": v.deadline.map(t),
            "actual": v.actual.map(t),
        })).collect::<Vec<_>>(),
        "csat": d.csat,
        "csat_collected": d.csat_collected,
        "mood": d.mood,
        "started": t(d.started),
        "ended": t(d.ended),
        "consequences": d.consequences.iter().map(|c| c.render(lang)).collect::<Vec<_>>(),
        "model": d.model,
    })
}
