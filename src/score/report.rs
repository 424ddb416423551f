//! The debrief for a reader: a terminal text and a JSON document, both in
//! the reader's language.

use std::fmt::{self, Write};

use serde_json::{Value, json};

use crate::i18n::{Arg, Lang, Text, time, tr};

use super::self_assessment::{Gap, SelfAssessment};
use super::{Debrief, VerdictLesson};
use crate::model::{Rating, Verdict};

fn opt_time(lang: Lang, t: Option<chrono::NaiveDateTime>) -> String {
    t.map_or_else(|| tr(lang, "never"), |t| time(lang, t))
}

fn bar(score: u32) -> String {
    let filled = (score as usize + 5) / 10;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

/// The mood path as one line: `45 → 52 → 30`.
fn mood_line(d: &Debrief) -> String {
    d.mood_curve.iter().map(|(_, m)| m.to_string()).collect::<Vec<_>>().join(" → ")
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
    writeln!(out, "{}", parts_line(d, lang))?;
    for s in &d.steps {
        writeln!(out, "  {:<28} {} {:>3}", tr(lang, s.step.msg()), bar(s.score), s.score)?;
    }
    let csat_id = if d.csat_collected { "debrief-csat" } else { "debrief-csat-not-collected" };
    writeln!(out, "{}", Text::msg(csat_id).arg("csat", i64::from(d.csat)).render(lang))?;
    if let Some(c) = &d.csat_comment {
        writeln!(
            out,
            "  {}",
            Text::msg("debrief-csat-comment").arg("comment", Arg::Text(Box::new(c.clone()))).render(lang)
        )?;
    }
    writeln!(out, "{}", Text::msg("debrief-mood-curve").arg("curve", mood_line(d)).render(lang))?;
    write_verdict(out, &d.verdict, lang)?;
    write_offers(out, d, lang)?;
    write_written(out, d, lang)?;
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

/// One step of the self-assessment beside the engine's score of it.
pub struct SelfRow {
    pub step: String,
    pub own: String,
    pub score: u32,
    pub gap: Gap,
    pub gap_text: String,
}

/// The trainee's rating of each step beside the engine's score, with the
/// gap; nothing when the trainee skipped it.
pub fn self_rows(d: &Debrief, a: &SelfAssessment, lang: Lang) -> Vec<SelfRow> {
    d.steps
        .iter()
        .filter_map(|s| {
            let own = a.rating(s.step)?;
            let gap = Gap::of(own, s.score);
            Some(SelfRow {
                step: tr(lang, s.step.msg()),
                own: tr(lang, own.msg()),
                score: s.score,
                gap,
                gap_text: tr(lang, gap.msg()),
            })
        })
        .collect()
}

/// One line on the self-assessment as a whole: skipped, or how many steps
/// the trainee rated the same as, higher or lower than the engine.
pub fn self_summary(d: &Debrief, a: &SelfAssessment, lang: Lang) -> String {
    let rows = self_rows(d, a, lang);
    if rows.is_empty() {
        return tr(lang, "self-skipped");
    }
    let count = |g: Gap| rows.iter().filter(|r| r.gap == g).count() as i64;
    Text::msg("self-summary")
        .arg("same", count(Gap::Same))
        .arg("higher", count(Gap::Higher))
        .arg("lower", count(Gap::Lower))
        .render(lang)
}

/// The self-assessment as terminal text: the summary, then per step the
/// trainee's rating, the engine's score and the gap.
pub fn write_self_assessment(out: &mut impl Write, d: &Debrief, a: &SelfAssessment, lang: Lang) -> fmt::Result {
    writeln!(out, "{}", tr(lang, "self-heading"))?;
    writeln!(out, "  {}", self_summary(d, a, lang))?;
    let rows = self_rows(d, a, lang);
    let width = rows.iter().map(|r| r.own.chars().count()).max().unwrap_or(0);
    for r in &rows {
        let pad = " ".repeat(width - r.own.chars().count());
        writeln!(out, "  {:<28} {}{pad}  {:>3}  {}", r.step, r.own, r.score, r.gap_text)?;
    }
    Ok(())
}

/// What the overall score is made of: each decision, then the conduct.
pub fn parts_line(d: &Debrief, lang: Lang) -> String {
    let parts: Vec<String> = d
        .decisions
        .iter()
        .map(|p| {
            Text::msg("debrief-part").arg("name", Arg::Msg(p.kind.msg())).arg("points", p.points).arg("max", p.max)
        })
        .map(|t| t.render(lang))
        .collect();
    Text::msg("debrief-parts")
        .arg("decisions", d.decisions.iter().map(|p| p.points).sum::<u32>())
        .arg("most", super::DECISIONS)
        .arg("list", parts.join(", "))
        .arg("conduct", d.conduct)
        .arg("rest", 100 - super::DECISIONS)
        .render(lang)
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

/// The headings of the verdict's lesson: why it is what it is, and its
/// sequence.
pub fn verdict_headings(v: &VerdictLesson, lang: Lang) -> (String, String, String) {
    let verdict = Arg::Msg(v.verdict.msg());
    let (why, sequence) = match v.verdict {
        Verdict::Grounded => ("path-why-grounded", "path-sequence-grounded"),
        Verdict::Doubtful => ("path-why-doubtful", "path-sequence-doubtful"),
        Verdict::Unfounded => ("path-why-unfounded", "path-sequence-unfounded"),
    };
    (Text::msg("path-why-title").arg("verdict", verdict).render(lang), tr(lang, why), tr(lang, sequence))
}

/// One move of the sequence: its number and name, and when it was made.
pub fn path_line(v: &VerdictLesson, i: usize, lang: Lang) -> (String, String) {
    let p = &v.path[i];
    let name = format!("{}. {}", i + 1, p.step.text(v.verdict).render(lang));
    let when = match p.done {
        None => tr(lang, "path-missing"),
        Some(t) if p.early => Text::msg("path-early").arg("time", t).render(lang),
        Some(t) => time(lang, t),
    };
    (name, when)
}

/// The moves never made, in the sequence's order, as one line.
pub fn missed_line(v: &VerdictLesson, lang: Lang) -> Option<String> {
    let missed: Vec<String> = v.missed().map(|m| m.text(v.verdict).render(lang)).collect();
    (!missed.is_empty()).then(|| Text::msg("path-missed").arg("moves", missed.join("; ")).render(lang))
}

fn write_verdict(out: &mut impl Write, v: &VerdictLesson, lang: Lang) -> fmt::Result {
    let (title, why, sequence) = verdict_headings(v, lang);
    writeln!(out)?;
    writeln!(out, "{}", title.to_uppercase())?;
    writeln!(out, "  {why}")?;
    if !v.facts.is_empty() {
        writeln!(out, "  {}", tr(lang, "path-facts"))?;
        for f in &v.facts {
            writeln!(out, "    - {}", f.render(lang))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", sequence.to_uppercase())?;
    let lines: Vec<(String, String)> = (0..v.path.len()).map(|i| path_line(v, i, lang)).collect();
    let width = lines.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0);
    for (i, (name, when)) in lines.iter().enumerate() {
        let mark = if v.path[i].done.is_some() && !v.path[i].early { "✔" } else { "✘" };
        let pad = " ".repeat(width - name.chars().count());
        writeln!(out, "  {name}{pad}  {mark} {when}")?;
    }
    if let Some(missed) = missed_line(v, lang) {
        writeln!(out, "  {missed}")?;
    }
    Ok(())
}

/// The heading of the offers made, or that there were none.
pub fn offers_heading(d: &Debrief, lang: Lang) -> String {
    if d.offers.is_empty() {
        return tr(lang, "debrief-no-offers");
    }
    Text::msg("debrief-offers").arg("count", d.offers.len() as i64).render(lang)
}

/// The mark of a rating, as the verdict's sequence marks its moves.
pub fn rating_mark(r: Rating) -> &'static str {
    match r {
        Rating::Good => "✔",
        Rating::Weak => "~",
        Rating::Wrong => "✘",
    }
}

/// Every offer made, each with the case's judgement and its reason, and
/// the term promised beside the policy's lead time.
/// Each text the trainee wrote, with its full analysis.
fn write_written(out: &mut impl Write, d: &Debrief, lang: Lang) -> fmt::Result {
    if d.written.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{}", Text::msg("debrief-written").arg("count", d.written.len() as i64).render(lang).to_uppercase())?;
    for w in &d.written {
        writeln!(out, "  {}:", w.heading(lang))?;
        for line in w.text.lines() {
            writeln!(out, "    > {line}")?;
        }
        for (good, name, reason) in w.rows(lang) {
            writeln!(out, "    {} {name}: {reason}", if good { "✔" } else { "✘" })?;
        }
    }
    Ok(())
}

fn write_offers(out: &mut impl Write, d: &Debrief, lang: Lang) -> fmt::Result {
    writeln!(out)?;
    writeln!(out, "{}", offers_heading(d, lang).to_uppercase())?;
    for o in &d.offers {
        writeln!(out, "  {} {}", rating_mark(o.rating), o.line().render(lang))?;
        writeln!(out, "    {}", o.term().render(lang))?;
    }
    Ok(())
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
        "decisions": d.decisions.iter().map(|p| json!({
            "decision": tr(lang, p.kind.msg()),
            "points": p.points,
            "max": p.max,
        })).collect::<Vec<_>>(),
        "conduct": d.conduct,
        "knockouts": d.knockouts.iter().map(|k| k.text().render(lang)).collect::<Vec<_>>(),
        "verdict": {
            "verdict": d.verdict.verdict.key(),
            "why": verdict_headings(&d.verdict, lang).1,
            "facts": d.verdict.facts.iter().map(|f| f.render(lang)).collect::<Vec<_>>(),
            "sequence": d.verdict.path.iter().map(|p| json!({
                "step": p.step.text(d.verdict.verdict).render(lang),
                "done": p.done.map(t),
                "early": p.early,
            })).collect::<Vec<_>>(),
        },
        "offers": d.offers.iter().map(|o| json!({
            "offer": o.offer.render(lang),
            "kind": o.kind.key(),
            "at": t(o.at),
            "rating": o.rating.key(),
            "rating_text": tr(lang, o.rating.msg()),
            "reason": o.reason.render(lang),
            "accepted": o.accepted,
            "scored": o.scored,
            "days": o.days,
            "lead_days": o.lead_days,
            "term": o.term().render(lang),
        })).collect::<Vec<_>>(),
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
        "mood_curve": d.mood_curve.iter().map(|(at, m)| json!({"at": t(*at), "mood": m})).collect::<Vec<_>>(),
        "csat_comment": d.csat_comment.as_ref().map(|c| c.render(lang)),
        "started": t(d.started),
        "ended": t(d.ended),
        "consequences": d.consequences.iter().map(|c| c.render(lang)).collect::<Vec<_>>(),
        "model": d.model,
        "written": d.written.iter().map(|w| json!({
            "part": w.part.key(),
            "at": t(w.at),
            "text": w.text,
            "analysis": w.analysis.to_json(lang),
        })).collect::<Vec<_>>(),
    })
}
