//! The review as text for the terminal: aligned tables, one per section of
//! `rows`, which builds every cell.

use std::fmt::{self, Write};

use crate::i18n::Lang;

use super::Overview;
use super::rows::{self, NOTHING, Section, Table};

/// How many of the most common violations the terminal lists.
const VIOLATIONS: usize = 10;

/// An aligned table; the numeric columns are aligned right.
fn table(out: &mut impl Write, t: &Table) -> fmt::Result {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = t.headers.iter().map(|h| width(h)).collect();
    for row in &t.rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> fmt::Result {
        let mut s = String::from(" ");
        for (i, c) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(c));
            if t.is_number(i) {
                write!(s, " {pad}{c} ")?;
            } else {
                write!(s, " {c}{pad} ")?;
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &t.headers)?;
    writeln!(out, "  {}", "─".repeat(widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1)))?;
    for r in &t.rows {
        line(out, r)?;
    }
    Ok(())
}

/// A section: a blank line, its title, its table.
fn section(out: &mut impl Write, s: &Section) -> fmt::Result {
    writeln!(out, "\n{}", s.title)?;
    table(out, &s.table)
}

pub fn render(o: &Overview, lang: Lang) -> String {
    let mut out = String::new();
    write_review(&mut out, o, lang).expect("writing to a String cannot fail");
    out
}

fn write_review(out: &mut impl Write, o: &Overview, lang: Lang) -> fmt::Result {
    let heading = rows::heading(o, lang);
    writeln!(out, "{}", heading.title)?;
    for line in &heading.about {
        writeln!(out, "  {line}")?;
    }
    if let Some(none) = heading.none {
        return writeln!(out, "{none}");
    }
    section(out, &rows::kpis(o, lang))?;
    for a in rows::alerts(o, lang) {
        writeln!(out, "  ⚠ {a}")?;
    }
    let tables: [fn(&Overview, Lang) -> Section; 5] =
        [rows::trainees, rows::steps, rows::scenarios, rows::weeks, rows::recent];
    for s in tables {
        section(out, &s(o, lang))?;
    }
    if let Some(pairs) = rows::pairs::sessions(o, lang) {
        section(out, &pairs)?;
    }
    let violations = rows::violations(o, lang, VIOLATIONS);
    if violations.table.rows.is_empty() {
        writeln!(out, "\n{}\n  {NOTHING}", violations.title)?;
    } else {
        section(out, &violations)?;
    }
    if let Some(more) = rows::violations_more(o, lang, VIOLATIONS) {
        writeln!(out, "  {more}")?;
    }
    let lessons = rows::lessons(o, lang);
    writeln!(out, "\n{}", lessons.title)?;
    for c in &lessons.categories {
        writeln!(out, "  {} ({})", c.name, c.status)?;
        for l in &c.lessons {
            writeln!(out, "    - {}: {} ({}) → {}", l.who, l.root_cause, l.cause, l.correction)?;
        }
    }
    Ok(())
}
