//! What loads but is probably not what the author meant: texts in square
//! brackets left over from the `klachtsim new` template, and a range of
//! two amounts that reads like one amount with a decimal comma
//! (`Refund(10,40)`). `validate` lists them; they never stop a case.

use crate::i18n::Text;

use super::diagnostic::Diagnostic;
use super::explain::decimal_split;
use super::source::Source;

/// Every warning about a scenario's text, in the order of the file.
pub fn scenario_warnings(src: &Source) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (start, text) in strings(&src.text) {
        out.extend(placeholders(text).map(|(at, p)| {
            src.diagnostic(start + at, p.chars().count(), Text::msg("warn-placeholder").arg("text", shorten(p)), None)
        }));
    }
    for name in ["Refund(", "Voucher(", "Terugbetaling(", "Tegoedbon("] {
        for (at, _) in src.text.match_indices(name) {
            let Some(close) = src.text[at..].find(')') else { continue };
            let written = &src.text[at..=at + close];
            if let Some((message, hint)) = decimal_split(written) {
                out.push(src.diagnostic(at, written.chars().count(), message, Some(hint)));
            }
        }
    }
    out.sort_by_key(|d| (d.line, d.column));
    out
}

/// The string literals of a RON text outside comments: where each starts
/// (its first character after the quote) and its text.
fn strings(text: &str) -> Vec<(usize, &str)> {
    let s = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match (s[i], s.get(i + 1)) {
            (b'/', Some(b'/')) => i = text[i..].find('\n').map_or(s.len(), |n| i + n),
            (b'"', _) => {
                let start = i + 1;
                i = start;
                while i < s.len() && s[i] != b'"' {
                    i += if s[i] == b'\\' { 2 } else { 1 };
                }
                let end = i.min(s.len());
                if let Some(t) = text.get(start..end) {
                    out.push((start, t));
                }
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The `[Placeholder text]` parts of a string: an opening bracket followed
/// by a capital, as the template writes them.
fn placeholders(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.match_indices('[').filter_map(move |(at, _)| {
        let rest = &text[at..];
        let end = rest.find(']')?;
        rest[1..].starts_with(char::is_uppercase).then(|| (at, &rest[..=end]))
    })
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 70 { format!("{}…]", s.chars().take(68).collect::<String>()) } else { s.to_owned() }
}
