//! CSV that opens correctly in Excel and LibreOffice with the reader's
//! settings: UTF-8 with a byte-order mark and CRLF; in Dutch semicolons and
//! decimal commas, in English commas and decimal points (what each locale's
//! spreadsheet expects); and no formula injection: a text that starts like
//! a formula is defused.

use crate::i18n::Lang;
use crate::log::Record;

use super::rows::{self, Table};
use super::{About, Overview, Rules};

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

/// The separator between fields in `lang`: where the decimal separator is
/// a comma, fields are separated by semicolons.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => ";",
        Lang::En => ",",
    }
}

/// The table as CSV, after header rows that say what it is made of
/// (`rows::about`: label and value, then an empty row): every header and
/// every text cell is a `field`; the numbers, formatted by `rows` in
/// `lang`, are written as they are, so that a minus sign is not defused nor
/// a decimal comma quoted into text.
fn write_table(about: &About, lang: Lang, t: &Table) -> String {
    let sep = separator(lang);
    let mut out = String::from("\u{feff}");
    for (label, value) in rows::about::pairs(about, lang) {
        out.push_str(&format!("{}{sep}{}\r\n", field(&label), field(&value)));
    }
    out.push_str("\r\n");
    out.push_str(&t.headers.iter().map(|h| field(h)).collect::<Vec<_>>().join(sep));
    out.push_str("\r\n");
    for row in &t.rows {
        let cells: Vec<String> =
            row.iter().enumerate().map(|(i, cell)| if t.is_number(i) { cell.clone() } else { field(cell) }).collect();
        out.push_str(&cells.join(sep));
        out.push_str("\r\n");
    }
    out
}

/// One row per trainee: the overview's means, with the reader's decimal
/// separator.
pub fn trainees(o: &Overview, lang: Lang) -> String {
    write_table(&o.about, lang, &rows::export::trainees(o, lang))
}

/// One row per session, for pivot tables.
pub fn sessions(records: &[&Record], about: &About, rules: &Rules, lang: Lang) -> String {
    write_table(about, lang, &rows::export::sessions(records, rules, lang))
}
