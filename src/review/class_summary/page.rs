//! The class summary as one self-contained HTML page (inline CSS and SVG,
//! no scripts, nothing fetched) that prints on A4: every table has a fixed
//! layout on the page's width and wraps its text, so no column is cut off;
//! no section is split over two pages; the spread bars are grey and black,
//! readable on a black-and-white printer. Every text from a log is escaped.

use std::fmt::{self, Write};

use crate::i18n::{Arg, Lang, Text, tr};
use crate::review::html::esc;
use crate::review::rows::{NOTHING, num, rule_name};

use super::{ClassSummary, Example, Mistake, MistakeKind, PairSession, StepSpread, VerdictRow};

/// The stylesheet. Widths are set per table with `<col>`; `fixed` layout
/// keeps a table on the page even when a cell holds a long word, which
/// `overflow-wrap` breaks.
const STYLE: &str = "@page{size:A4;margin:15mm}\
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#000;margin:0 auto;max-width:180mm;padding:1em}\
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.2em 0 .4em;border-bottom:1.5pt solid #000}\
h3{font-size:1em;margin:.8em 0 .3em}p{margin:.3em 0}\
section{break-inside:avoid;page-break-inside:avoid}\
table{table-layout:fixed;width:100%;border-collapse:collapse;margin:.3em 0}\
th,td{border:.75pt solid #000;padding:.2em .4em;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-wrap:break-word}\
th{font-size:.9em;background:#e6e6e6;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\
.spread{display:block;width:100%;height:1.1em}.note{font-size:.9em}\
blockquote{margin:.2em 0 0 .6em;padding-left:.5em;border-left:2pt solid #000}\
.time{font-variant-numeric:tabular-nums;font-size:.9em}.hardest{font-weight:bold}\
tr{break-inside:avoid;page-break-inside:avoid}";

/// The page in `lang`.
pub fn render(s: &ClassSummary, lang: Lang) -> String {
    let mut out = String::new();
    write_page(&mut out, s, lang).expect("writing to a String cannot fail");
    out
}

fn write_page(out: &mut impl Write, s: &ClassSummary, lang: Lang) -> fmt::Result {
    let title = esc(&Text::msg("class-title").arg("class", s.class.as_str()).render(lang));
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>",
        lang.code()
    )?;
    let day = |d: Option<chrono::NaiveDate>| d.map_or_else(|| NOTHING.to_owned(), |d| d.format("%Y-%m-%d").to_string());
    let id = if s.first == s.last { "class-about-one-day" } else { "class-about" };
    let about = Text::msg(id)
        .arg("sessions", s.sessions as i64)
        .arg("trainees", s.trainees as i64)
        .arg("from", day(s.first))
        .arg("to", day(s.last));
    writeln!(out, "<p>{}</p><p class=\"note\">{}</p>", esc(&about.render(lang)), esc(&tr(lang, "class-anonymous")))?;
    if s.sessions == 0 {
        write!(out, "<p>{}</p>", esc(&tr(lang, "class-none")))?;
        return out.write_str("</body></html>\n");
    }
    steps(out, &s.steps, lang)?;
    mistakes(out, &s.mistakes, lang)?;
    verdicts(out, s, lang)?;
    pairs(out, s, lang)?;
    out.write_str("</body></html>\n")
}

/// A table's opening: its column widths in percent, and its headers (a
/// number column aligned right).
fn table_head(out: &mut impl Write, lang: Lang, cols: &[(&str, u32, bool)]) -> fmt::Result {
    out.write_str("<table><colgroup>")?;
    for (_, width, _) in cols {
        write!(out, "<col style=\"width:{width}%\">")?;
    }
    out.write_str("</colgroup><thead><tr>")?;
    for (id, _, numeric) in cols {
        let class = if *numeric { " class=\"num\"" } else { "" };
        write!(out, "<th{class}>{}</th>", esc(&tr(lang, id)))?;
    }
    out.write_str("</tr></thead><tbody>\n")
}

fn section_start(out: &mut impl Write, lang: Lang, title: &str) -> fmt::Result {
    writeln!(out, "<section><h2>{}</h2>", esc(&tr(lang, title)))
}

/// The range from the lowest to the highest score as a light grey bar on
/// a 0–100 scale, the middle half (first to third quartile) dark grey, the
/// mean as a black stroke edged in white: inline SVG, which prints whatever
/// the browser's setting for background colours, and reads in black and
/// white.
fn spread_bar(out: &mut impl Write, s: &StepSpread) -> fmt::Result {
    let (lo, hi) = (f64::from(s.min), f64::from(s.max));
    write!(
        out,
        "<svg class=\"spread\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect x=\"0\" y=\"1\" width=\"100\" height=\"8\" fill=\"#fff\" stroke=\"#000\" stroke-width=\".4\"/>\
         <rect x=\"{lo}\" y=\"1\" width=\"{:.1}\" height=\"8\" fill=\"#c8c8c8\"/>\
         <rect x=\"{:.1}\" y=\"2.5\" width=\"{:.1}\" height=\"5\" fill=\"#6e6e6e\"/>\
         <rect x=\"{:.1}\" y=\"0\" width=\"1.4\" height=\"10\" fill=\"#000\" stroke=\"#fff\" stroke-width=\".3\"/></svg>",
        (hi - lo).max(0.8),
        s.q1,
        (s.q3 - s.q1).max(0.8),
        (s.mean - 0.7).clamp(0.0, 98.6)
    )
}

fn steps(out: &mut impl Write, steps: &[StepSpread], lang: Lang) -> fmt::Result {
    section_start(out, lang, "class-steps")?;
    let cols = [
        ("class-col-step", 22, false),
        ("class-col-mean", 15, true),
        ("class-col-range", 16, true),
        ("class-col-middle", 15, true),
        ("class-col-spread", 27, false),
        ("class-col-n", 5, true),
    ];
    table_head(out, lang, &cols)?;
    for s in steps {
        write!(out, "<tr><td>{}</td>", esc(&tr(lang, s.step.msg())))?;
        if s.n == 0 {
            // No score for this step in any session: a dash for each figure.
            let none = format!("<td class=\"num\">{NOTHING}</td>");
            writeln!(out, "{none}{none}{none}<td></td><td class=\"num\">0</td></tr>")?;
            continue;
        }
        write!(
            out,
            "<td class=\"num\">{}</td><td class=\"num\">{}–{}</td><td class=\"num\">{}–{}</td><td>",
            num(lang, s.mean, 0),
            s.min,
            s.max,
            num(lang, s.q1, 0),
            num(lang, s.q3, 0)
        )?;
        spread_bar(out, s)?;
        writeln!(out, "</td><td class=\"num\">{}</td></tr>", s.n)?;
    }
    writeln!(out, "</tbody></table><p class=\"note\">{}</p></section>", esc(&tr(lang, "class-spread-legend")))
}

fn mistake_name(lang: Lang, m: &Mistake) -> String {
    match &m.kind {
        MistakeKind::Rule(rule) => rule_name(lang, rule),
        MistakeKind::WrongVerdict => tr(lang, "class-mistake-wrong-verdict"),
    }
}

fn example(out: &mut impl Write, e: &Example, lang: Lang) -> fmt::Result {
    let case = Text::msg("class-example-case")
        .arg("scenario", e.scenario.as_str())
        .arg("verdict", Arg::Msg(e.verdict.msg()))
        .arg("step", Arg::Msg(e.step.msg()));
    write!(out, "<p>{}</p>", esc(&case.render(lang)))?;
    if let Some(given) = e.given {
        let t = Text::msg("class-example-given")
            .arg("given", Arg::Msg(given.msg()))
            .arg("truth", Arg::Msg(e.verdict.msg()));
        write!(out, "<p>{}</p>", esc(&t.render(lang)))?;
    }
    if e.quotes.is_empty() {
        return write!(out, "<p><em>{}</em></p>", esc(&tr(lang, "class-example-nothing")));
    }
    out.write_str("<blockquote>")?;
    for q in &e.quotes {
        write!(out, "<p><span class=\"time\">{}</span> {}</p>", q.at.format("%d-%m %H:%M"), esc(&q.text.render(lang)))?;
    }
    if e.more > 0 {
        write!(out, "<p>{}</p>", esc(&Text::msg("class-example-more").arg("count", e.more as i64).render(lang)))?;
    }
    out.write_str("</blockquote>")
}

fn mistakes(out: &mut impl Write, ms: &[Mistake], lang: Lang) -> fmt::Result {
    section_start(out, lang, "class-mistakes")?;
    if ms.is_empty() {
        return writeln!(out, "<p>{}</p></section>", esc(&tr(lang, "class-no-mistakes")));
    }
    let cols = [("class-col-mistake", 27, false), ("class-col-sessions", 11, true), ("class-col-example", 62, false)];
    table_head(out, lang, &cols)?;
    for m in ms {
        write!(out, "<tr><td>{}</td><td class=\"num\">{}</td><td>", esc(&mistake_name(lang, m)), m.sessions)?;
        example(out, &m.example, lang)?;
        out.write_str("</td></tr>\n")?;
    }
    out.write_str("</tbody></table></section>\n")
}

fn verdicts(out: &mut impl Write, s: &ClassSummary, lang: Lang) -> fmt::Result {
    section_start(out, lang, "class-verdicts")?;
    let cols = [
        ("class-col-verdict", 34, false),
        ("class-col-sessions", 18, true),
        ("class-col-mean", 18, true),
        ("class-col-correct", 30, true),
    ];
    table_head(out, lang, &cols)?;
    for v in &s.verdicts {
        let hardest = s.hardest == Some(v.verdict);
        let (class, mark) = if hardest {
            (" class=\"hardest\"", format!(" ({})", tr(lang, "class-hardest-mark")))
        } else {
            ("", String::new())
        };
        let mean = if v.sessions == 0 { NOTHING.to_owned() } else { num(lang, v.mean, 0) };
        writeln!(
            out,
            "<tr{class}><td>{}{}</td><td class=\"num\">{}</td><td class=\"num\">{mean}</td><td class=\"num\">{}</td></tr>",
            esc(&tr(lang, v.verdict.msg())),
            esc(&mark),
            v.sessions,
            correct_cell(lang, v)
        )?;
    }
    out.write_str("</tbody></table>")?;
    if let Some(v) = s.hardest.and_then(|h| s.verdicts.iter().find(|v| v.verdict == h)) {
        let t = Text::msg("class-hardest")
            .arg("verdict", Arg::Msg(v.verdict.msg()))
            .arg("correct", v.correct as i64)
            .arg("sessions", v.sessions as i64);
        write!(out, "<p>{}</p>", esc(&t.render(lang)))?;
    }
    out.write_str("</section>\n")
}

/// "2 van 4 (50%)", or a dash without sessions.
fn correct_cell(lang: Lang, v: &VerdictRow) -> String {
    v.percent().map_or_else(
        || NOTHING.to_owned(),
        |p| {
            Text::msg("class-correct-of")
                .arg("correct", v.correct as i64)
                .arg("sessions", v.sessions as i64)
                .arg("percent", num(lang, p, 0))
                .render(lang)
        },
    )
}

fn pairs(out: &mut impl Write, s: &ClassSummary, lang: Lang) -> fmt::Result {
    section_start(out, lang, "class-pairs")?;
    let intro = match (s.pair_sessions, s.pairs.is_empty()) {
        (0, _) => tr(lang, "class-pairs-none"),
        (n, true) => Text::msg("class-pairs-agree").arg("count", n as i64).render(lang),
        (n, false) => Text::msg("class-pairs-count").arg("count", n as i64).render(lang),
    };
    writeln!(out, "<p>{}</p>", esc(&intro))?;
    if s.pairs.is_empty() {
        return out.write_str("</section>\n");
    }
    // The first session stays with the heading; each next one is a section
    // of its own, so that a page breaks between sessions, not inside one.
    for (i, p) in s.pairs.iter().enumerate() {
        if i > 0 {
            out.write_str("<section>")?;
        }
        pair(out, p, lang)?;
        out.write_str("</section>\n")?;
    }
    Ok(())
}

/// One pair session: both views per step.
fn pair(out: &mut impl Write, p: &PairSession, lang: Lang) -> fmt::Result {
    let heading = Text::msg("class-pair-heading")
        .arg("pair", p.pair as i64)
        .arg("round", i64::from(p.round))
        .arg("scenario", p.scenario.as_str())
        .arg("verdict", Arg::Msg(p.verdict.msg()))
        .arg("disagreement", i64::from(p.disagreement));
    writeln!(out, "<h3>{}</h3>", esc(&heading.render(lang)))?;
    let cols = [
        ("class-col-step", 26, false),
        ("class-col-observer", 17, false),
        ("class-col-engine", 21, false),
        ("class-col-comment", 36, false),
    ];
    table_head(out, lang, &cols)?;
    for st in &p.steps {
        let differ = st.observer != st.engine;
        let (open, close) = if differ { ("<strong>", "</strong>") } else { ("", "") };
        writeln!(
            out,
            "<tr><td>{open}{}{close}</td><td>{open}{}{close}</td><td>{open}{} ({}){close}</td><td>{}</td></tr>",
            esc(&tr(lang, st.step.msg())),
            esc(&tr(lang, st.observer.msg())),
            esc(&tr(lang, st.engine.msg())),
            st.score,
            esc(&st.comment)
        )?;
    }
    write!(out, "</tbody></table><p class=\"note\">{}</p>", esc(&tr(lang, "class-pair-legend")))
}
