//! A self-contained HTML report: inline CSS and SVG charts, no scripts, no
//! external files; prints well on A4. Every text from a log is escaped.
//! The sections and charts come from `rows`, which builds every cell.

use std::fmt::{self, Write};

use crate::i18n::Lang;

use super::Overview;
use super::rows::{self, Chart, Section};

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The most characters of a label the chart shows; a longer one is cut
/// with "…" and shown whole when hovered (its `<title>`).
const LABEL_CHARS: usize = 40;

/// A label as the chart shows it: whole, or cut at `LABEL_CHARS`.
fn short_label(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        label.chars().take(LABEL_CHARS - 1).collect::<String>() + "…"
    }
}

/// Horizontal bars for scores from 0 to 100, as inline SVG. The labels'
/// column is as wide as the longest label shown (about 7,5 units a character
/// at font size 12), so that a long name is never cut off at the left.
fn bar_chart(out: &mut impl Write, chart: &Chart, lang: Lang) -> fmt::Result {
    let longest = chart.bars.iter().map(|(l, _)| short_label(l).chars().count()).max().unwrap_or(0);
    let label_w = (longest as f64 * 7.5 + 16.0).max(120.0);
    let (bar_w, row_h) = (360.0, 24.0);
    let height = row_h * chart.bars.len() as f64 + 10.0;
    write!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(&chart.title),
        label_w + bar_w + 50.0
    )?;
    for (i, (label, value)) in chart.bars.iter().enumerate() {
        let y = 5.0 + row_h * i as f64;
        let w = bar_w * value.clamp(0.0, 100.0) / 100.0;
        let colour = if *value >= 75.0 {
            "#2e7d32"
        } else if *value >= 55.0 {
            "#f9a825"
        } else {
            "#c62828"
        };
        write!(
            out,
            "<g class=\"bar\"><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"{}\" fill=\"#eee\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text></g>",
            esc(label),
            label_w - 8.0,
            y + 15.0,
            esc(&short_label(label)),
            row_h - 6.0,
            row_h - 6.0,
            label_w + bar_w + 6.0,
            y + 15.0,
            rows::num(lang, *value, 0)
        )?;
    }
    out.write_str("</svg>")
}

/// A heading.
fn h2(out: &mut impl Write, title: &str) -> fmt::Result {
    write!(out, "<h2>{}</h2>", esc(title))
}

/// A section's table; the stylesheet sets the numbers in tabular figures.
fn table(out: &mut impl Write, s: &Section) -> fmt::Result {
    out.write_str("<table><thead><tr>")?;
    for h in &s.table.headers {
        write!(out, "<th>{}</th>", esc(h))?;
    }
    out.write_str("</tr></thead><tbody>")?;
    for r in &s.table.rows {
        out.write_str("<tr>")?;
        for c in r {
            write!(out, "<td>{}</td>", esc(c))?;
        }
        out.write_str("</tr>")?;
    }
    out.write_str("</tbody></table>")
}

/// A section: its heading and its table.
fn section(out: &mut impl Write, s: &Section) -> fmt::Result {
    h2(out, &s.title)?;
    table(out, s)
}

/// A chart under its own heading.
fn chart(out: &mut impl Write, c: &Chart, lang: Lang) -> fmt::Result {
    h2(out, &c.title)?;
    bar_chart(out, c, lang)
}

/// How many of the most common violations the report lists, as the
/// terminal does.
const VIOLATIONS: usize = 10;

/// The stylesheet. When printed, a heading is kept with what follows it
/// and no table row, list item or bar is split over two pages; a long
/// table repeats its header row on each page.
const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:60em}\
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:2px solid #ddd}\
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}\
th{background:#f3f3f3}td:not(:first-child){font-variant-numeric:tabular-nums}\
.alert{background:#fdecea;border-left:4px solid #c62828;padding:.4em .8em;margin:.3em 0}\
.due{color:#c62828;font-weight:bold}.chart{max-width:42em;display:block;margin:.5em 0}\
@media print{body{margin:1cm;max-width:none}\
h1,h2,h3{break-after:avoid;page-break-after:avoid}h2+*,h3+*{break-before:avoid;page-break-before:avoid}\
tr,li,svg,.bar,.alert{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}}";

pub fn render(o: &Overview, lang: Lang) -> String {
    let mut out = String::new();
    write_page(&mut out, o, lang).expect("writing to a String cannot fail");
    out
}

fn write_page(out: &mut impl Write, o: &Overview, lang: Lang) -> fmt::Result {
    let heading = rows::heading(o, lang);
    let title = esc(&heading.title);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>",
        lang.code(),
    )?;
    out.write_str("<ul class=\"about\">")?;
    for line in &heading.about {
        write!(out, "<li>{}</li>", esc(line))?;
    }
    out.write_str("</ul>")?;
    if let Some(none) = heading.none {
        return write!(out, "<p>{}</p></body></html>", esc(&none));
    }

    section(out, &rows::kpis(o, lang))?;
    for a in rows::alerts(o, lang) {
        write!(out, "<p class=\"alert\">⚠ {}</p>", esc(&a))?;
    }
    chart(out, &rows::step_chart(o, lang), lang)?;
    chart(out, &rows::trainee_chart(o, lang), lang)?;
    table(out, &rows::trainees(o, lang))?;
    section(out, &rows::scenarios(o, lang))?;
    chart(out, &rows::week_chart(o, lang), lang)?;
    section(out, &rows::recent(o, lang))?;
    if let Some(pairs) = rows::pairs::sessions(o, lang) {
        section(out, &pairs)?;
    }
    section(out, &rows::violations(o, lang, VIOLATIONS))?;
    if let Some(more) = rows::violations_more(o, lang, VIOLATIONS) {
        write!(out, "<p>{}</p>", esc(&more))?;
    }

    let lessons = rows::lessons(o, lang);
    h2(out, &lessons.title)?;
    for c in &lessons.categories {
        let class = if c.rca_due { " class=\"due\"" } else { "" };
        write!(out, "<h3>{} <span{class}>({})</span></h3><ul>", esc(&c.name), esc(&c.status))?;
        for l in &c.lessons {
            write!(
                out,
                "<li><strong>{}</strong>: {} ({}) → {}</li>",
                esc(&l.who),
                esc(&l.root_cause),
                esc(&l.cause),
                esc(&l.correction)
            )?;
        }
        out.write_str("</ul>")?;
    }
    out.write_str("</body></html>\n")
}
