//! CSV that opens correctly in Excel and LibreOffice with Dutch settings:
//! UTF-8 with a byte-order mark, semicolons, decimal commas, CRLF; and no
//! formula injection: a text that starts like a formula is defused.

use crate::i18n::{Lang, tr};
use crate::log::Record;
use crate::model::Step;

use super::Overview;
use super::table::num;

/// One field: quoted when needed; text that a spreadsheet would run as a
/// formula gets a leading apostrophe.
pub fn field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if defused.contains([';', '"', '\n', '\r', ',']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

fn write_rows(header: Vec<String>, rows: Vec<Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    for row in std::iter::once(header).chain(rows) {
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// One row per trainee: the overview's means, with decimal commas.
pub fn trainees(o: &Overview, lang: Lang) -> String {
    let h = |id: &str| tr(lang, id);
    let mut header =
        vec![h("review-col-trainee"), h("review-col-group"), h("review-col-sessions"), h("review-col-overall")];
    header.extend(Step::ALL.iter().map(|s| h(s.msg())));
    header.extend([h("review-col-csat"), h("review-col-weakest"), h("review-col-first"), h("review-col-last")]);
    let header = header.iter().map(|s| field(s)).collect();
    let rows = o
        .trainees
        .iter()
        .map(|t| {
            let mut r = vec![field(&t.trainee), field(&t.group), t.sessions.to_string(), num(lang, t.overall, 1)];
            r.extend(t.steps.iter().map(|v| num(lang, *v, 1)));
            r.extend([
                num(lang, t.csat, 2),
                field(&t.weakest.map_or_else(String::new, |s| h(s.msg()))),
                t.first.to_string(),
                t.last.to_string(),
            ]);
            r
        })
        .collect();
    write_rows(header, rows)
}

/// One row per session, for pivot tables.
pub fn sessions(records: &[&Record], lang: Lang) -> String {
    let h = |id: &str| tr(lang, id);
    let mut header = vec![
        h("review-col-trainee"),
        h("review-col-group"),
        h("review-col-scenario-id"),
        h("review-col-scenario"),
        h("review-col-started"),
        h("review-col-status"),
        h("review-col-overall"),
    ];
    header.extend(Step::ALL.iter().map(|s| h(s.msg())));
    header.extend([
        h("review-col-csat"),
        h("review-col-violations"),
        h("review-col-within-sla"),
        h("review-col-first-response-hours"),
        h("review-col-resolution-hours"),
        h("review-col-escalated"),
    ]);
    let header = header.iter().map(|s| field(s)).collect();
    let yes_no = |b: bool| h(if b { "yes" } else { "no" });
    let hours = |a: chrono::NaiveDateTime, b: Option<chrono::NaiveDateTime>| {
        b.map_or_else(String::new, |b| num(lang, (b - a).num_minutes() as f64 / 60.0, 2))
    };
    let rows = records
        .iter()
        .map(|r| {
            let mut row = vec![
                field(&r.trainee),
                field(&r.group),
                field(&r.scenario.id),
                field(&r.scenario.title),
                r.started.format("%Y-%m-%d %H:%M").to_string(),
                h(if r.status == crate::log::record::Status::Finished {
                    "status-finished"
                } else {
                    "status-abandoned"
                }),
                r.overall.to_string(),
            ];
            row.extend(Step::ALL.iter().map(|s| r.steps.get(s).copied().unwrap_or(0).to_string()));
            row.extend([
                r.csat.to_string(),
                r.violations.len().to_string(),
                yes_no(r.within_sla()),
                hours(r.sim_started, r.first_response),
                hours(r.sim_started, r.closed),
                yes_no(r.escalated),
            ]);
            row
        })
        .collect();
    write_rows(header, rows)
}
