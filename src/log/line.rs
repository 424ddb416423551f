//! The rules for one line of the log, the same for every reader (the
//! overview, whole records, the trainer screen): what in a line is a
//! record, what is damage, and what is skipped as newer.
//!
//! - A byte order mark at the start of a line (a Windows editor, or two
//!   such files put together) is not part of the record.
//! - A run of NUL bytes (what a power cut leaves where data was not yet
//!   written) is damage: it ends what came before it, the line is reported
//!   once, and whatever stands after it is read on its own.
//! - A line holding several records (a line break lost) gives each of them:
//!   a record starts at `{"schema":`, which no string can hold (a quote in
//!   a string is always escaped) and no field of a record is named.
//! - A record of a newer schema is skipped with a warning, also when this
//!   version could read it: its fields may mean something else now.
//! - Anything else that is not a record is skipped with a warning: torn when
//!   the file ends in it, damaged otherwise.

use memchr::memmem::Finder;

use crate::i18n::Text;

use super::SCHEMA_VERSION;

/// No record comes near this; a longer line is not a record.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";
/// Where a record starts, in the layout this program writes.
const START: &[u8] = b"{\"schema\":";

/// What a part of a line holds.
pub(super) enum Line<T> {
    Record(T),
    /// Not a record: why, for the warning.
    Skipped(Text),
}

/// Just the schema version of a line, read before the rest.
#[derive(serde::Deserialize)]
struct Version {
    schema: u32,
}

/// Reads one line (with or without its line break; `complete` says whether
/// it had one) and hands each record in it, and each reason to skip a part
/// of it, to `each`, in order. `nul` says whether the line may hold a NUL
/// byte (false spares a search through every line of a clean block).
pub(super) fn judge_line<T>(
    line: &[u8],
    complete: bool,
    nul: bool,
    mut parse: impl FnMut(&[u8]) -> serde_json::Result<T>,
    mut each: impl FnMut(Line<T>),
) {
    let line = trim_line(line);
    if !(nul && line.contains(&0)) {
        return judge_segment(line, complete, &mut parse, &mut each);
    }
    each(Line::Skipped(Text::msg("log-nul-bytes")));
    let mut segments = line.split(|b| *b == 0).filter(|s| !s.is_empty()).peekable();
    while let Some(segment) = segments.next() {
        // Only the end of the file can be torn; what a NUL run cut off is
        // damage.
        let last = segments.peek().is_none() && line.last() != Some(&0);
        judge_segment(segment, complete || !last, &mut parse, &mut each);
    }
}

/// A part of a line without NUL bytes: each record in it.
fn judge_segment<T>(
    segment: &[u8],
    complete: bool,
    parse: &mut impl FnMut(&[u8]) -> serde_json::Result<T>,
    each: &mut impl FnMut(Line<T>),
) {
    static STARTS: std::sync::LazyLock<Finder<'static>> = std::sync::LazyLock::new(|| Finder::new(START));
    let mut segment = segment;
    while let Some(rest) = segment.strip_prefix(BOM) {
        segment = rest;
    }
    if segment.iter().all(u8::is_ascii_whitespace) {
        return;
    }
    // The usual line: one record, from its first byte.
    let mut starts = STARTS.find_iter(segment).skip_while(|at| *at == 0).peekable();
    if starts.peek().is_none() {
        return each(judge_record(segment, complete, parse));
    }
    let mut from = 0;
    for at in starts.chain([segment.len()]) {
        let piece = &segment[from..at];
        if !piece.iter().all(u8::is_ascii_whitespace) {
            each(judge_record(piece, complete || at < segment.len(), parse));
        }
        from = at;
    }
}

/// One record, or why not.
fn judge_record<T>(piece: &[u8], complete: bool, parse: &mut impl FnMut(&[u8]) -> serde_json::Result<T>) -> Line<T> {
    let start = piece.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(piece.len());
    let piece = &piece[start..];
    if piece.is_empty() {
        return Line::Skipped(Text::msg("log-damaged-line"));
    }
    if let Some(v) = schema(piece).filter(|v| *v > SCHEMA_VERSION) {
        return Line::Skipped(Text::msg("log-newer-schema").arg("version", i64::from(v)));
    }
    match parse(piece) {
        Ok(rec) => Line::Record(rec),
        Err(_) if !complete => Line::Skipped(Text::msg("log-torn-line")),
        Err(_) => Line::Skipped(Text::msg("log-damaged-line")),
    }
}

/// The schema version of a record: read from the first bytes when the
/// record is laid out as this program writes it, else from the whole text.
fn schema(piece: &[u8]) -> Option<u32> {
    if let Some(rest) = piece.strip_prefix(START) {
        let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        // Too many digits for a u32 is newer than anything.
        if let Some(v) = std::str::from_utf8(&rest[..n]).ok().and_then(|d| d.parse::<u64>().ok()) {
            return Some(v.min(u64::from(u32::MAX)) as u32);
        }
    }
    serde_json::from_slice::<Version>(piece).ok().map(|v| v.schema)
}

/// The line without its line break.
pub(super) fn trim_line(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &buf[..end]
}

/// Whether a file that starts with these bytes can be a log: its first
/// byte that is not a byte order mark, white space or NUL starts a record.
/// A picture, a spreadsheet or a report is refused at once, not line by
/// line; a log that a power cut left NUL bytes in is not.
pub(super) fn looks_like_log(head: &[u8]) -> bool {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    head.iter().find(|b| !(b.is_ascii_whitespace() || **b == 0)).is_none_or(|b| *b == b'{')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `judge_line` makes of a line: the records (as text) and the
    /// message ids of the skipped parts.
    fn judge(line: &[u8], complete: bool) -> (Vec<String>, Vec<String>) {
        let (mut recs, mut skips) = (Vec::new(), Vec::new());
        let parse = |p: &[u8]| {
            serde_json::from_slice::<serde::de::IgnoredAny>(p).map(|_| String::from_utf8_lossy(p).trim().to_owned())
        };
        judge_line(line, complete, true, parse, |l| match l {
            Line::Record(r) => recs.push(r),
            Line::Skipped(Text::Msg { id, .. }) => skips.push(id.to_owned()),
            Line::Skipped(other) => panic!("{other:?}"),
        });
        (recs, skips)
    }

    #[test]
    fn each_rule_of_a_line() {
        let a = r#"{"schema":1,"a":1}"#;
        let b = r#"{"schema":1,"b":"}{"}"#;
        let newer = r#"{"schema":2,"c":1}"#;
        assert_eq!(judge(format!("\u{feff}{a}\r\n").as_bytes(), true), (vec![a.to_owned()], vec![]));
        assert_eq!(judge(format!("{a}{b}").as_bytes(), true).0.len(), 2);
        assert_eq!(
            judge(format!("{a} {newer}{b}").as_bytes(), true),
            (vec![a.into(), b.into()], vec!["log-newer-schema".into()])
        );
        assert_eq!(
            judge(format!("{{\"schema\":1,\"a\"\0\0\0{b}").as_bytes(), true),
            (vec![b.into()], vec!["log-nul-bytes".into(), "log-damaged-line".into()])
        );
        assert_eq!(judge(b"\0\0\0\0", true), (vec![], vec!["log-nul-bytes".into()]));
        assert_eq!(
            judge(format!("{a}{{\"schema\":1,\"b").as_bytes(), false),
            (vec![a.into()], vec!["log-torn-line".into()])
        );
        assert_eq!(judge(br#"{ "schema" : 7 }"#, true), (vec![], vec!["log-newer-schema".into()]));
        assert_eq!(judge(br#"{"schema": 7, "x": 1}"#, true), (vec![], vec!["log-newer-schema".into()]));
        assert_eq!(judge(b"{\"schema\":99999999999}", true).1, ["log-newer-schema"]);
        assert_eq!(judge(b"   ", true), (vec![], vec![]));
    }

    #[test]
    fn what_can_be_a_log() {
        assert!(looks_like_log(b"\xEF\xBB\xBF{\"schema\":1"));
        assert!(looks_like_log(b"\0\0\0\n{"));
        assert!(looks_like_log(b"\0\0\0"));
        assert!(looks_like_log(b""));
        assert!(!looks_like_log(b"\x89PNG\r\n\x1a\n\0\0"));
        assert!(!looks_like_log(b"PK\x03\x04"));
        assert!(!looks_like_log(b"cursist;groep\n"));
    }
}
