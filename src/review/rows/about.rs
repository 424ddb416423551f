//! What a report says of itself, above its figures: the files it read, the
//! filters, the period (asked and covered, in the policy's time zone), the
//! sessions read and counted, and the lines skipped. The table, the CSV
//! header rows, the HTML page and the trainer's screen all show these.

use chrono::NaiveDate;

use crate::i18n::{Lang, Text, tr};
use crate::review::About;

use super::NOTHING;

fn day(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "…".to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// Each statement as a label and a value.
pub fn pairs(a: &About, lang: Lang) -> Vec<(String, String)> {
    let f = &a.filter;
    let mut filters = Vec::new();
    for (id, value) in
        [("review-col-group", &f.group), ("review-col-trainee", &f.trainee), ("review-col-scenario-id", &f.scenario)]
    {
        if let Some(v) = value {
            filters.push(format!("{} = {v}", tr(lang, id)));
        }
    }
    if f.pairs {
        filters.push(tr(lang, "review-about-pairs"));
    }
    let filters = if filters.is_empty() { tr(lang, "review-about-no-filter") } else { filters.join(", ") };
    let asked = if f.from.is_none() && f.to.is_none() {
        tr(lang, "review-about-all-dates")
    } else {
        Text::msg("review-about-range").arg("from", day(f.from)).arg("to", day(f.to)).render(lang)
    };
    let covered = match (a.first, a.last) {
        (Some(first), Some(last)) => {
            Text::msg("review-about-covered").arg("from", day(Some(first))).arg("to", day(Some(last))).render(lang)
        }
        _ => tr(lang, "review-about-nothing-covered"),
    };
    let files = if a.files.is_empty() { NOTHING.to_owned() } else { a.files.join(", ") };
    vec![
        (tr(lang, "review-about-files"), files),
        (tr(lang, "review-about-filters"), filters),
        (tr(lang, "review-about-period"), format!("{asked}; {covered}")),
        (
            tr(lang, "review-about-read"),
            Text::msg("review-about-read-value")
                .arg("read", a.read as i64)
                .arg("skipped", a.skipped as i64)
                .render(lang),
        ),
    ]
}

/// Each statement as one line: "label: value".
pub fn lines(a: &About, lang: Lang) -> Vec<String> {
    pairs(a, lang).into_iter().map(|(label, value)| format!("{label}: {value}")).collect()
}
