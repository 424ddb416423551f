//! The review as text for the terminal: aligned tables, one per section.

use std::fmt::Write as _;

use crate::i18n::{Lang, Text, duration, tr};
use crate::model::Step;

use super::{Alert, Kpis, Overview};

/// A number as the reader writes it: `87,5` or `87.5`.
pub fn num(lang: Lang, v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// An aligned table; `right` marks the columns with numbers.
pub fn table(headers: &[String], rows: &[Vec<String>], right: &[bool]) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::from(" ");
        for (i, c) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(c));
            if right.get(i).copied().unwrap_or(false) {
                let _ = write!(s, " {pad}{c} ");
            } else {
                let _ = write!(s, " {c}{pad} ");
            }
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = line(headers);
    out.push_str(&format!("  {}\n", "─".repeat(widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1))));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

pub fn kpi_value(lang: Lang, kpi: &str, v: f64) -> String {
    match kpi {
        "kpi-first-response" | "kpi-resolution" => duration(lang, v.round() as i64),
        "kpi-csat" => num(lang, v, 1),
        _ => format!("{}%", num(lang, v, 1)),
    }
}

pub fn kpi_rows(lang: Lang, k: &Kpis, o: &Overview) -> Vec<(&'static str, String, String)> {
    let t = &o.targets;
    let opt = |v: Option<f64>, kpi| v.map_or_else(|| "—".to_owned(), |v| kpi_value(lang, kpi, v));
    vec![
        (
            "kpi-first-response",
            opt(k.first_response_minutes, "kpi-first-response"),
            format!("≤ {}", kpi_value(lang, "kpi-first-response", t.first_response_hours * 60.0)),
        ),
        (
            "kpi-resolution",
            opt(k.resolution_minutes, "kpi-resolution"),
            format!("≤ {}", kpi_value(lang, "kpi-resolution", t.resolution_hours * 60.0)),
        ),
        (
            "kpi-within-sla",
            kpi_value(lang, "kpi-within-sla", k.within_sla_percent),
            format!("≥ {}", kpi_value(lang, "kpi-within-sla", t.within_sla_percent)),
        ),
        ("kpi-csat", kpi_value(lang, "kpi-csat", k.csat), format!("≥ {}", kpi_value(lang, "kpi-csat", t.csat))),
        (
            "kpi-without-escalation",
            kpi_value(lang, "kpi-without-escalation", k.without_escalation_percent),
            format!("≥ {}", kpi_value(lang, "kpi-without-escalation", t.without_escalation_percent)),
        ),
        ("kpi-passed", kpi_value(lang, "kpi-passed", k.passed_percent), format!("≥ {}", t.pass_score)),
    ]
}

pub fn alert_text(lang: Lang, a: &Alert) -> String {
    Text::msg("review-alert")
        .arg("kpi", tr(lang, a.kpi))
        .arg("value", kpi_value(lang, a.kpi, a.value))
        .arg("target", kpi_value(lang, a.kpi, a.target))
        .render(lang)
}

pub fn rule_name(lang: Lang, rule: &str) -> String {
    tr(lang, &format!("rule-{rule}"))
}

pub fn render(o: &Overview, lang: Lang) -> String {
    let h = |id: &str| tr(lang, id);
    let mut out = String::new();
    let _ = writeln!(out, "{}", Text::msg("review-title").arg("sessions", o.sessions as i64).render(lang));
    if o.sessions == 0 {
        let _ = writeln!(out, "{}", h("review-none"));
        return out;
    }
    let _ = writeln!(out, "\n{}", h("review-kpis"));
    let rows: Vec<Vec<String>> = kpi_rows(lang, &o.kpis, o).into_iter().map(|(id, v, t)| vec![h(id), v, t]).collect();
    out.push_str(&table(
        &[h("review-col-kpi"), h("review-col-value"), h("review-col-target")],
        &rows,
        &[false, true, true],
    ));
    for a in &o.alerts {
        let _ = writeln!(out, "  ⚠ {}", alert_text(lang, a));
    }

    let _ = writeln!(out, "\n{}", h("review-trainees"));
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
    out.push_str(&table(
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
        &[false, false, true, true, true, true, false],
    ));

    let _ = writeln!(out, "\n{}", h("review-steps"));
    let step_headers: Vec<String> = std::iter::once(h("review-col-who"))
        .chain(Step::ALL.iter().map(|s| h(&format!("{}-short", s.msg()))))
        .collect();
    let mut rows: Vec<Vec<String>> = o
        .trainees
        .iter()
        .map(|t| std::iter::once(t.trainee.clone()).chain(t.steps.iter().map(|v| num(lang, *v, 0))).collect())
        .collect();
    rows.push(std::iter::once(h("review-everyone")).chain(o.steps.iter().map(|v| num(lang, *v, 0))).collect());
    let right: Vec<bool> = std::iter::once(false).chain([true; 7]).collect();
    out.push_str(&table(&step_headers, &rows, &right));

    let _ = writeln!(out, "\n{}", h("review-scenarios"));
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
    out.push_str(&table(
        &[
            h("review-col-scenario"),
            h("review-col-sessions"),
            h("review-col-overall"),
            h("review-col-common-violation"),
        ],
        &rows,
        &[false, true, true, false],
    ));

    let _ = writeln!(out, "\n{}", h("review-weeks"));
    let rows: Vec<Vec<String>> = o
        .weeks
        .iter()
        .map(|w| vec![format!("{}-W{:02}", w.year, w.week), w.sessions.to_string(), num(lang, w.overall, 0)])
        .collect();
    out.push_str(&table(
        &[h("review-col-week"), h("review-col-sessions"), h("review-col-overall")],
        &rows,
        &[false, true, true],
    ));

    let _ = writeln!(out, "\n{}", h("review-recent"));
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
    out.push_str(&table(
        &[
            h("review-col-ended"),
            h("review-col-trainee"),
            h("review-col-scenario"),
            h("review-col-overall"),
            h("review-col-csat"),
            h("review-col-violations"),
        ],
        &rows,
        &[false, false, false, true, true, true],
    ));

    let _ = writeln!(out, "\n{}", h("review-violations"));
    if o.violations.is_empty() {
        let _ = writeln!(out, "  —");
    } else {
        let rows: Vec<Vec<String>> =
            o.violations.iter().take(10).map(|(r, n)| vec![rule_name(lang, r), n.to_string()]).collect();
        out.push_str(&table(&[h("review-col-rule"), h("review-col-count")], &rows, &[false, true]));
    }

    let _ = writeln!(out, "\n{}", h("review-lessons"));
    for c in &o.lessons {
        let status = if c.rca_due { "review-rca-due" } else { "review-rca-not-due" };
        let _ = writeln!(
            out,
            "  {} ({})",
            h(c.category.msg()),
            Text::msg(status).arg("count", c.complaints as i64).arg("needed", super::RCA_AFTER as i64).render(lang)
        );
        for g in &c.lessons {
            let l = &g.lesson;
            let _ = writeln!(out, "    - {}: {} ({}) → {}", g.who(), l.root_cause, h(l.cause.msg()), l.correction);
        }
    }
    out
}
