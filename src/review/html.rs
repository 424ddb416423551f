//! A self-contained HTML report: inline CSS and SVG charts, no scripts, no
//! external files; prints well on A4. Every text from a log is escaped.

use std::fmt::Write as _;

use crate::i18n::{Lang, Text, tr};
use crate::model::Step;

use super::Overview;
use super::table::{alert_text, kpi_rows, num, rule_name};

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

/// Horizontal bars for scores from 0 to 100, as inline SVG.
pub fn bar_chart(title: &str, items: &[(String, f64)]) -> String {
    let (label_w, bar_w, row_h) = (220.0, 360.0, 24.0);
    let height = row_h * items.len() as f64 + 10.0;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(title),
        label_w + bar_w + 50.0
    );
    for (i, (label, value)) in items.iter().enumerate() {
        let y = 5.0 + row_h * i as f64;
        let w = bar_w * value.clamp(0.0, 100.0) / 100.0;
        let colour = if *value >= 75.0 {
            "#2e7d32"
        } else if *value >= 55.0 {
            "#f9a825"
        } else {
            "#c62828"
        };
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"{}\" fill=\"#eee\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\">{:.0}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(label),
            row_h - 6.0,
            row_h - 6.0,
            label_w + bar_w + 6.0,
            y + 15.0,
            value
        );
    }
    svg.push_str("</svg>");
    svg
}

fn table(out: &mut String, headers: &[String], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
    for h in headers {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for c in r {
            let _ = write!(out, "<td>{}</td>", esc(c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:60em}\
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:2px solid #ddd}\
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}\
th{background:#f3f3f3}td:not(:first-child){font-variant-numeric:tabular-nums}\
.alert{background:#fdecea;border-left:4px solid #c62828;padding:.4em .8em;margin:.3em 0}\
.due{color:#c62828;font-weight:bold}.chart{max-width:42em;display:block;margin:.5em 0}\
@media print{body{margin:1cm;max-width:none}h2{break-after:avoid}table,svg,.alert{break-inside:avoid}}";

pub fn render(o: &Overview, lang: Lang) -> String {
    let h = |id: &str| tr(lang, id);
    let title = Text::msg("review-title").arg("sessions", o.sessions as i64).render(lang);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>",
        lang.code(),
        esc(&title)
    );
    let _ = write!(out, "<h1>{}</h1>", esc(&title));
    if o.sessions == 0 {
        let _ = write!(out, "<p>{}</p></body></html>", esc(&h("review-none")));
        return out;
    }

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-kpis")));
    let rows: Vec<Vec<String>> = kpi_rows(lang, &o.kpis, o).into_iter().map(|(id, v, t)| vec![h(id), v, t]).collect();
    table(&mut out, &[h("review-col-kpi"), h("review-col-value"), h("review-col-target")], &rows);
    for a in &o.alerts {
        let _ = write!(out, "<p class=\"alert\">⚠ {}</p>", esc(&alert_text(lang, a)));
    }

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-steps")));
    let items: Vec<(String, f64)> = Step::ALL.iter().zip(o.steps).map(|(s, v)| (h(s.msg()), v)).collect();
    out.push_str(&bar_chart(&h("review-steps"), &items));

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-trainees")));
    let items: Vec<(String, f64)> = o.trainees.iter().map(|t| (t.trainee.clone(), t.overall)).collect();
    out.push_str(&bar_chart(&h("review-trainees"), &items));
    let rows: Vec<Vec<String>> = o
        .trainees
        .iter()
        .map(|t| {
            vec![
                t.trainee.clone(),
                t.group.clone(),
                t.sessions.to_string(),
                num(lang, t.overall, 0),
                format!("{} → {}", t.first, t.last),
                num(lang, t.csat, 1),
                t.weakest.map_or_else(|| "—".to_owned(), |s| h(s.msg())),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            h("review-col-trainee"),
            h("review-col-group"),
            h("review-col-sessions"),
            h("review-col-overall"),
            h("review-col-trend"),
            h("review-col-csat"),
            h("review-col-weakest"),
        ],
        &rows,
    );

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-scenarios")));
    let rows: Vec<Vec<String>> = o
        .scenarios
        .iter()
        .map(|s| {
            vec![
                s.title.clone(),
                s.sessions.to_string(),
                num(lang, s.overall, 0),
                s.common_violation.as_deref().map_or_else(|| "—".to_owned(), |r| rule_name(lang, r)),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            h("review-col-scenario"),
            h("review-col-sessions"),
            h("review-col-overall"),
            h("review-col-common-violation"),
        ],
        &rows,
    );

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-weeks")));
    let items: Vec<(String, f64)> =
        o.weeks.iter().map(|w| (format!("{}-W{:02} ({})", w.year, w.week, w.sessions), w.overall)).collect();
    out.push_str(&bar_chart(&h("review-weeks"), &items));

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-recent")));
    let rows: Vec<Vec<String>> = o
        .recent
        .iter()
        .map(|r| {
            vec![
                r.ended.format("%Y-%m-%d %H:%M").to_string(),
                r.trainee.clone(),
                r.scenario.clone(),
                r.overall.to_string(),
                r.csat.to_string(),
                r.violations.to_string(),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            h("review-col-ended"),
            h("review-col-trainee"),
            h("review-col-scenario"),
            h("review-col-overall"),
            h("review-col-csat"),
            h("review-col-violations"),
        ],
        &rows,
    );

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-violations")));
    let rows: Vec<Vec<String>> = o.violations.iter().map(|(r, n)| vec![rule_name(lang, r), n.to_string()]).collect();
    table(&mut out, &[h("review-col-rule"), h("review-col-count")], &rows);

    let _ = write!(out, "<h2>{}</h2>", esc(&h("review-lessons")));
    for c in &o.lessons {
        let status = if c.rca_due { "review-rca-due" } else { "review-rca-not-due" };
        let text =
            Text::msg(status).arg("count", c.complaints as i64).arg("needed", super::RCA_AFTER as i64).render(lang);
        let class = if c.rca_due { " class=\"due\"" } else { "" };
        let _ = write!(out, "<h3>{} <span{class}>({})</span></h3><ul>", esc(&h(c.category.msg())), esc(&text));
        for g in &c.lessons {
            let (who, l) = (g.who(), &g.lesson);
            let _ = write!(
                out,
                "<li><strong>{}</strong>: {} ({}) → {}</li>",
                esc(&who),
                esc(&l.root_cause),
                esc(&h(l.cause.msg())),
                esc(&l.correction)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</body></html>\n");
    out
}
