//! The review as a typed spreadsheet (`.xlsx`): one sheet per table of the
//! review, a bold header row that stays in view, numbers stored as numbers
//! and every other cell stored as text, so that a group "1-2" or a scenario
//! id never turns into a date or a formula, whatever the reader's locale.
//!
//! The cells come from `rows`, like every other format; a cell of a numeric
//! column is stored as the number it shows (with as many decimals), and a
//! cell that is no plain number (a duration, "87 → 90") stays text.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::i18n::{Lang, tr};
use crate::log::Record;

use super::rows::{self, Table};
use super::{Overview, Rules, identity};

/// The workbook of an overview and the sessions it counts, as the bytes of
/// an `.xlsx` file.
pub fn workbook(o: &Overview, sessions: &[&Record], rules: &Rules, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let sheets = [
        ("xlsx-sheet-kpis", rows::kpis(o, lang).table),
        ("xlsx-sheet-trainees", rows::export::trainees(o, lang)),
        ("xlsx-sheet-steps", rows::steps(o, lang).table),
        ("xlsx-sheet-scenarios", rows::scenarios(o, lang).table),
        ("xlsx-sheet-weeks", rows::weeks(o, lang).table),
        ("xlsx-sheet-recent", rows::recent(o, lang).table),
        ("xlsx-sheet-sessions", rows::export::sessions(sessions, rules, lang)),
        ("xlsx-sheet-violations", rows::violations(o, lang, usize::MAX).table),
        ("xlsx-sheet-lessons", lessons(o, lang)),
    ];
    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_background_color("F3F3F3");
    for (name, table) in &sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(tr(lang, name))?;
        write_table(sheet, table, lang, &header)?;
    }
    book.save_to_buffer()
}

/// One table on one sheet: the header row frozen, then the rows.
fn write_table(sheet: &mut Worksheet, t: &Table, lang: Lang, header: &Format) -> Result<(), XlsxError> {
    for (c, h) in t.headers.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), h, header)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            match t.is_number(c).then(|| number(lang, cell)).flatten() {
                Some((v, format)) => {
                    sheet.write_number_with_format(r, col(c), v, &Format::new().set_num_format(format))
                }
                None if cell.is_empty() => continue,
                None => sheet.write_string(r, col(c), cell),
            }?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    Ok(())
}

/// A column index as the spreadsheet counts them (no table of the review
/// comes near the limit).
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// The number a cell shows, and the number format that shows it with the
/// same decimals (`87,5` is 87.5 as `0.0`, `95,0%` is 0.95 as `0.0%`);
/// `None` for a cell that is no plain number.
fn number(lang: Lang, cell: &str) -> Option<(f64, String)> {
    let (plain, percent) = match cell.strip_suffix('%') {
        Some(p) => (p, true),
        None => (cell, false),
    };
    let plain = if lang == Lang::Nl { plain.replace(',', ".") } else { plain.to_owned() };
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-') {
        return None;
    }
    let v: f64 = plain.parse().ok().filter(|v: &f64| v.is_finite())?;
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    let format = if decimals == 0 { "0".to_owned() } else { format!("0.{}", "0".repeat(decimals)) };
    Some(if percent { (v / 100.0, format + "%") } else { (v, format) })
}

/// The lessons learned, one row per lesson (a category without lessons in
/// one row of its own): category, complaints, whether a root-cause analysis
/// is due, how often the lesson was recorded, by whom, and the lesson.
fn lessons(o: &Overview, lang: Lang) -> Table {
    let yes_no = |b: bool| tr(lang, if b { "yes" } else { "no" });
    let mut rows = Vec::new();
    for c in &o.lessons {
        let first = [tr(lang, c.category.msg()), c.complaints.to_string(), yes_no(c.rca_due)];
        if c.lessons.is_empty() {
            rows.push(first.to_vec());
        }
        for g in &c.lessons {
            let mut row = first.to_vec();
            row.extend([
                g.count.to_string(),
                g.trainees
                    .iter()
                    .map(|(name, group)| identity::trainee_in_group(lang, name, group))
                    .collect::<Vec<_>>()
                    .join(", "),
                g.lesson.root_cause.clone(),
                tr(lang, g.lesson.cause.msg()),
                g.lesson.correction.clone(),
            ]);
            rows.push(row);
        }
    }
    let headers = [
        "xlsx-col-category",
        "xlsx-col-complaints",
        "xlsx-col-rca-due",
        "xlsx-col-recorded",
        "xlsx-col-by",
        "xlsx-col-root-cause",
        "xlsx-col-cause",
        "xlsx-col-correction",
    ];
    Table {
        headers: headers.iter().map(|h| tr(lang, h)).collect(),
        rows,
        numeric: vec![false, true, false, true, false, false, false, false],
    }
}
