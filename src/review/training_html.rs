//! The monthly training report as one self-contained HTML page (inline
//! CSS, no scripts), the same tables as the terminal's (`training`), with
//! a bar per step for this month beside last month.

use crate::i18n::{Lang, tr};

use super::html::esc;
use super::training::{Report, Sitting, conclusion, delta, month_rows};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}\
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.25rem .75rem;border-bottom:1px solid #ddd}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.up{color:#1a7f37}.down{color:#b42318}\
.bar{display:inline-block;height:.7rem;background:#4c78a8;vertical-align:middle}.bar.was{background:#bbb}\
@media print{body{margin:0}}";

/// A difference with its colour class.
fn diff_cell(now: u32, before: u32) -> String {
    let class = match now.cmp(&before) {
        std::cmp::Ordering::Greater => "up",
        std::cmp::Ordering::Less => "down",
        std::cmp::Ordering::Equal => "",
    };
    format!("<td class=\"n {class}\">{}</td>", delta(now, before))
}

pub fn render(r: &Report, lang: Lang) -> String {
    let t = |id: &str| esc(&tr(lang, id));
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        lang.code(),
        t("training-title"),
        t("training-title")
    );
    if r.months.is_empty() {
        h.push_str(&format!("<p>{}</p>\n</body></html>\n", t("training-none")));
        return h;
    }
    for (i, m) in r.months.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| &r.months[j]);
        h.push_str(&format!("<h2>{} · {}</h2>\n", esc(&m.month), esc(&m.plans.join(", "))));
        let who = crate::i18n::Text::msg("training-participants").arg("count", m.trainees.len() as i64);
        h.push_str(&format!("<p>{}: {}</p>\n", esc(&who.render(lang)), esc(&m.trainees.join(", "))));
        h.push_str(&format!(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th></th></tr>\n",
            t("training-step"),
            t("training-this-month"),
            t("training-last-month"),
            t("training-difference")
        ));
        for (label, now, was) in month_rows(lang, m, before) {
            let n = now.parse::<u32>().ok();
            let b = was.as_deref().and_then(|w| w.parse::<u32>().ok());
            let diff = match (n, b) {
                (Some(n), Some(b)) => diff_cell(n, b),
                _ => "<td class=\"n\">-</td>".to_owned(),
            };
            let bar = |v: Option<u32>, class: &str| {
                v.map_or(String::new(), |v| format!("<span class=\"bar {class}\" style=\"width:{}px\"></span>", v * 2))
            };
            h.push_str(&format!(
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>{diff}<td>{}<br>{}</td></tr>\n",
                esc(&label),
                esc(&now),
                esc(was.as_deref().unwrap_or("-")),
                bar(n, ""),
                bar(b, "was")
            ));
        }
        h.push_str("</table>\n");
    }
    h.push_str(&format!("<h2>{}</h2>\n", t("training-per-trainee")));
    h.push_str(&format!(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        t("training-trainee"),
        t("training-first"),
        t("training-latest"),
        t("training-difference")
    ));
    let show = |s: &Sitting| format!("{} · {}", esc(&s.month), s.scores.overall);
    for tr_ in &r.trainees {
        let (latest, diff) = match &tr_.latest {
            Some(l) => (show(l), diff_cell(l.scores.overall, tr_.first.scores.overall)),
            None => ("-".to_owned(), "<td class=\"n\">-</td>".to_owned()),
        };
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{latest}</td>{diff}</tr>\n",
            esc(&tr_.name),
            show(&tr_.first)
        ));
    }
    h.push_str(&format!("</table>\n<p><strong>{}</strong></p>\n</body></html>\n", esc(&conclusion(r).render(lang))));
    h
}
