//! What a ron or serde error means to someone writing a scenario by hand:
//! our own message (never the parser's English), a tip that quotes the
//! author's own value, and the place of the real cause, which is often
//! before the place where ron noticed something wrong (a string without its
//! closing quote, a comma missing before a comment line).

use ron::Error as E;

use crate::i18n::Text;

use super::diagnostic::Diagnostic;
use super::plain_errors::simple;
pub use super::plain_errors::{decimal_split, suggestion};
use super::source::Source;

/// A ron error in `slice` (which starts at byte `base` of the file) as a
/// diagnostic in the author's terms.
pub fn ron_diagnostic(src: &Source, base: usize, slice: &str, e: &ron::error::SpannedError) -> Diagnostic {
    let local = Source::new("", slice.to_owned());
    let mut at = (base + local.offset(e.span.start.line, e.span.start.col)).min(src.text.len());
    // Point at the value, not at the space before it.
    at += src.text[at..].len() - src.text[at..].trim_start_matches([' ', '\t']).len();
    let end = (base + local.offset(e.span.end.line, e.span.end.col)).clamp(at, src.text.len());
    let text = &src.text;
    let before = scan(text, base, at);
    let found = Found { text, at, end, before: &before };
    let (start, len, message, hint) = found.explain(&e.code);
    src.diagnostic(start, len, message, hint)
}

/// What precedes an error: the last token (not a comment, not white space)
/// and the first string literal that runs over a line break (an unclosed
/// string swallows everything up to the next quote).
#[derive(Debug, Default)]
struct Before {
    /// Where the last token ends.
    last_end: usize,
    /// The last token, when it is a string literal: its start and end.
    last_string: Option<(usize, usize)>,
    /// The first string literal with a line break in it.
    first_multiline: Option<usize>,
}

fn scan(text: &str, from: usize, until: usize) -> Before {
    let s = text.as_bytes();
    let mut b = Before { last_end: from, ..Before::default() };
    let mut i = from;
    while i < until.min(s.len()) {
        match (s[i], s.get(i + 1).copied()) {
            (c, _) if c.is_ascii_whitespace() => i += 1,
            (b'/', Some(b'/')) => i = text[i..].find('\n').map_or(s.len(), |n| i + n),
            (b'/', Some(b'*')) => i = text[i + 2..].find("*/").map_or(s.len(), |n| i + 2 + n + 2),
            (b'"', _) => {
                let start = i;
                i += 1;
                while i < s.len() && s[i] != b'"' {
                    i += if s[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(s.len());
                if b.first_multiline.is_none() && text[start..i].contains('\n') {
                    b.first_multiline = Some(start);
                }
                b.last_end = i;
                b.last_string = Some((start, i));
            }
            _ => {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                b.last_end = i;
                b.last_string = None;
            }
        }
    }
    b
}

/// The error's surroundings in the file.
struct Found<'a> {
    text: &'a str,
    at: usize,
    end: usize,
    before: &'a Before,
}

type Explained = (usize, usize, Text, Option<Text>);

impl Found<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    /// The rest of the error's line from the error on.
    fn rest_of_line(&self) -> &str {
        let r = self.rest();
        &r[..r.find('\n').unwrap_or(r.len())]
    }

    /// The word at the error: letters, digits, `_`, `.`, `-`.
    fn word(&self) -> &str {
        let r = self.rest();
        let n = r.find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '+'))).unwrap_or(r.len());
        &r[..n]
    }

    /// What ron pointed at, on one line and not too long.
    fn value(&self) -> String {
        let s = self.text[self.at..self.end].lines().next().unwrap_or("").trim();
        let quoted;
        let s = match s {
            "" if self.rest().starts_with('"') => {
                quoted = format!("\"{}\"", self.quoted_inner('"'));
                &quoted
            }
            "" => self.word(),
            s => s,
        };
        if s.chars().count() > 50 { format!("{}…", s.chars().take(50).collect::<String>()) } else { s.to_owned() }
    }

    fn explain(&self, code: &E) -> Explained {
        let here = |m: Text, h: Option<Text>| (self.at, (self.end - self.at).max(1), m, h);
        if let Some(x) = self.unclosed_string(code) {
            return x;
        }
        if let Some(x) = self.decimal_comma().or_else(|| self.decimal_point(code)) {
            return x;
        }
        match code {
            E::ExpectedComma | E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::ExpectedMapEnd => {
                if let Some(x) = self.inner_quote().or_else(|| self.bare_text()) {
                    return x;
                }
                // The comma belongs right after the previous value, not
                // before the next field (or comment) where ron noticed it.
                let (id, hint) = match code {
                    E::ExpectedComma => ("ron-expected-comma", "ron-expected-comma-hint"),
                    _ => ("ron-expected-close", "ron-expected-comma-hint"),
                };
                (self.before.last_end, 1, Text::msg(id), Some(Text::msg(hint)))
            }
            E::UnexpectedChar(c) if "“”„‘’‚«»".contains(*c) => self.curly_quotes(*c),
            E::UnexpectedChar(c) => here(
                Text::msg("ron-unexpected-char").arg("char", c.to_string()),
                Some(Text::msg("ron-unexpected-hint")),
            ),
            E::ExpectedIdentifier if self.rest().starts_with('"') => {
                let name = self.quoted_inner('"');
                here(
                    Text::msg("ron-quoted-name").arg("value", self.value()),
                    Some(Text::msg("ron-quoted-name-hint").arg("name", name)),
                )
            }
            E::ExpectedChar | E::ExpectedString | E::ExpectedStringEnd if self.rest().starts_with('\'') => {
                let inner = self.quoted_inner('\'');
                let len = inner.chars().count() + 2;
                (
                    self.at,
                    len,
                    Text::msg("ron-single-quotes"),
                    Some(Text::msg("ron-single-quotes-hint").arg("value", inner)),
                )
            }
            E::ExpectedString => here(
                Text::msg("ron-expected-string"),
                Some(Text::msg("ron-expected-string-hint").arg("value", self.value())),
            ),
            E::InvalidEscape(_) => self.bad_escape(),
            E::InvalidIntegerDigit { .. } | E::ExpectedInteger | E::ExpectedFloat | E::FloatUnderscore
                if self.word().starts_with(char::is_alphabetic) =>
            {
                self.word_for_number()
            }
            E::ExpectedInteger | E::ExpectedFloat | E::InvalidIntegerDigit { .. } | E::IntegerOutOfBounds => {
                let inner = self.value().trim_matches('"').to_owned();
                let hint = match self.rest().starts_with('"') && inner.parse::<f64>().is_ok() {
                    true => Text::msg("ron-unquote-hint").arg("value", inner),
                    false => Text::msg("ron-number-hint"),
                };
                here(Text::msg("ron-expected-number").arg("value", self.value()), Some(hint))
            }
            E::ExpectedBoolean => {
                here(Text::msg("ron-expected-bool").arg("value", self.value()), Some(Text::msg("ron-bool-hint")))
            }
            E::ExpectedDifferentLength { expected, found } => self.wrong_count(expected, *found),
            E::InvalidValueForType { expected, .. } => self.wrong_type(expected),
            E::Message(_) if self.text[..self.at].ends_with('"') => (
                self.at - 1,
                self.quoted_at(self.at - 1).chars().count() + 2,
                Text::msg("ron-bad-date").arg("value", self.quoted_at(self.at - 1)),
                Some(Text::msg("ron-date-hint")),
            ),
            E::Message(_) if self.rest().starts_with('"') => {
                here(Text::msg("ron-bad-date").arg("value", self.quoted_inner('"')), Some(Text::msg("ron-date-hint")))
            }
            _ => {
                let (m, h) = simple(code);
                here(m, h)
            }
        }
    }

    /// The text of the string whose opening quote is at `start`, up to the
    /// next quote on its line.
    fn quoted_at(&self, start: usize) -> String {
        let line = &self.text[start + 1..];
        let line = &line[..line.find(['"', '\n']).unwrap_or(line.len())];
        line.to_owned()
    }

    /// The text between `quote` at the error and the next one on its line.
    fn quoted_inner(&self, quote: char) -> String {
        let line = self.rest_of_line();
        let inner = &line[quote.len_utf8()..];
        inner[..inner.find(quote).unwrap_or(inner.len())].to_owned()
    }

    /// A string without its closing quote runs on to the next quote, lines
    /// further: point at where it starts.
    fn unclosed_string(&self, code: &E) -> Option<Explained> {
        let start = self.before.first_multiline.filter(|_| {
            matches!(
                code,
                E::ExpectedComma
                    | E::ExpectedStructLikeEnd
                    | E::ExpectedArrayEnd
                    | E::ExpectedMapEnd
                    | E::Eof
                    | E::ExpectedStringEnd
                    | E::ExpectedIdentifier
                    | E::InvalidIdentifier(_)
                    | E::SuggestRawIdentifier(_)
                    | E::UnexpectedChar(_)
                    | E::TrailingCharacters
            )
        });
        // ron's own error at the end of the file names the same string.
        let start = start.or_else(|| matches!(code, E::ExpectedStringEnd).then_some(self.at))?;
        let line = &self.text[start..];
        let line = line[..line.find('\n').unwrap_or(line.len())].trim_end();
        let fixed = match line.strip_suffix(',') {
            Some(text) => format!("{}\",", text.trim_end()),
            None => format!("{line}\""),
        };
        Some((
            start,
            line.chars().count(),
            Text::msg("ron-unclosed-string"),
            Some(Text::msg("ron-unclosed-string-hint").arg("value", fixed)),
        ))
    }

    /// `"Mijn jas is "echt" kapot"`: the second quote ended the text.
    fn inner_quote(&self) -> Option<Explained> {
        let (start, end) = self.before.last_string?;
        let between = self.text.get(end..self.at)?;
        let last = self.rest_of_line().rfind('"')?;
        if between.contains('\n') || self.rest().starts_with(['\n', '\r', '/']) {
            return None;
        }
        let whole = self.text.get(start + 1..self.at + last)?;
        let fixed = format!("\"{}\"", whole.replace('"', "\\\""));
        Some((end - 1, 1, Text::msg("ron-inner-quote"), Some(Text::msg("ron-inner-quote-hint").arg("value", fixed))))
    }

    /// `number: GS-2026-48213`: text without quotes, which ron reads as a
    /// name and then stops at the first character a name cannot have.
    fn bare_text(&self) -> Option<Explained> {
        let line_start = self.text[..self.at].rfind('\n').map_or(0, |n| n + 1);
        let line = &self.text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let value_start = line.find(": ")? + 2;
        let value = line[value_start..].trim_end().trim_end_matches(',').trim_end();
        let plain = !value.is_empty() && !value.contains(['"', '(', '[', '{', '/', '\'', ':']);
        (plain && self.at > line_start + value_start).then(|| {
            (
                line_start + value_start,
                value.chars().count(),
                Text::msg("ron-expected-string"),
                Some(Text::msg("ron-expected-string-hint").arg("value", value.to_owned())),
            )
        })
    }

    /// `price: 99,95`: ron reads `95` as the next field's name.
    fn decimal_comma(&self) -> Option<Explained> {
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let after = self.word();
        let head = self.text[..self.at].trim_end_matches(' ');
        let head = head.strip_suffix(',')?;
        let n = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let whole = &head[head.len() - n..];
        if !digits(whole) || !digits(after) {
            return None;
        }
        let start = head.len() - n;
        let written = &self.text[start..self.at + after.len()];
        Some((
            start,
            written.chars().count(),
            Text::msg("ron-decimal-comma").arg("value", written.to_owned()),
            Some(Text::msg("ron-decimal-comma-hint").arg("fixed", format!("{whole}.{after}"))),
        ))
    }

    /// `mood: 5.5` where a whole number is needed: ron stops at the point.
    fn decimal_point(&self, code: &E) -> Option<Explained> {
        if !matches!(code, E::ExpectedComma | E::ExpectedStructLikeEnd | E::ExpectedArrayEnd | E::TrailingCharacters) {
            return None;
        }
        let frac = self.rest().strip_prefix('.')?;
        let frac: String = frac.chars().take_while(char::is_ascii_digit).collect();
        let head = &self.text[..self.at];
        let whole = &head[head.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        if frac.is_empty() || whole.is_empty() {
            return None;
        }
        let start = self.at - whole.len();
        let lower: i64 = whole.parse().ok()?;
        Some((
            start,
            whole.len() + 1 + frac.len(),
            Text::msg("ron-whole-number").arg("value", format!("{whole}.{frac}")),
            Some(Text::msg("ron-whole-number-hint").arg("lower", lower).arg("upper", lower + 1)),
        ))
    }

    fn curly_quotes(&self, c: char) -> Explained {
        let line = self.rest_of_line();
        let from = line.find(c).unwrap_or(0);
        let inner = line[from..].strip_prefix(c).unwrap_or("");
        let inner = &inner[..inner.find(['“', '”', '„', '‘', '’', '‚', '«', '»', '"']).unwrap_or(inner.len())];
        (
            self.at + from,
            1,
            Text::msg("ron-curly-quotes").arg("char", c.to_string()),
            Some(Text::msg("ron-curly-quotes-hint").arg("value", inner.to_owned())),
        )
    }

    fn bad_escape(&self) -> Explained {
        // ron points at the string; find the backslash it could not read.
        let s = &self.text[self.at..];
        let mut chars = s.char_indices().skip(1);
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some((_, 'n' | 't' | 'r' | '0' | '\\' | '"' | '\'' | 'u' | 'x')) => {}
                    Some((_, next)) => {
                        return (
                            self.at + i,
                            2,
                            Text::msg("ron-bad-escape").arg("value", format!("\\{next}")),
                            Some(Text::msg("ron-bad-escape-hint").arg("char", next.to_string())),
                        );
                    }
                    None => break,
                },
                _ => {}
            }
        }
        (
            self.at,
            1,
            Text::msg("ron-bad-escape").arg("value", "\\"),
            Some(Text::msg("ron-bad-escape-hint").arg("char", "")),
        )
    }

    fn word_for_number(&self) -> Explained {
        let word = self.word();
        let number = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
            .iter()
            .position(|w| word.eq_ignore_ascii_case(w) || word.eq_ignore_ascii_case("één") && *w == "een")
            .or_else(|| {
                ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
                    .iter()
                    .position(|w| word.eq_ignore_ascii_case(w))
            });
        let hint = match number {
            Some(n) => Text::msg("ron-word-for-number-hint").arg("number", n as i64).arg("value", word),
            None => Text::msg("ron-number-hint"),
        };
        (self.at, word.chars().count().max(1), Text::msg("ron-word-for-number").arg("value", word), Some(hint))
    }

    /// `Refund(99.95)` where a range of two amounts is needed.
    fn wrong_count(&self, expected: &str, found: usize) -> Explained {
        let needed: i64 = expected.split(' ').find_map(|w| w.parse().ok()).unwrap_or(0);
        // The name before the `(` the error is in.
        let head = &self.text[..self.at];
        let open = head.rfind('(').unwrap_or(self.at);
        let name_start =
            head[..open].trim_end().rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
        let name = head[name_start..open].trim();
        let values = head.get(open + 1..).unwrap_or("").trim().trim_end_matches(',').trim();
        let hint = match (name, found) {
            ("Refund" | "Voucher" | "Discount" | "Terugbetaling" | "Tegoedbon" | "Korting", 1) => {
                Text::msg("ron-range-hint").arg("name", name).arg("value", values)
            }
            _ => Text::msg("ron-count-hint").arg("count", needed),
        };
        let line_end = self.text[name_start..].find('\n').map_or(self.text.len(), |n| name_start + n);
        let len = self.text.get(name_start..self.at.min(line_end)).map_or(1, |s| s.chars().count() + 1);
        (
            name_start,
            len,
            Text::msg("ron-wrong-count").arg("name", name).arg("count", needed).arg("found", found as i64),
            Some(hint),
        )
    }

    /// A value of the wrong sort: said in the author's terms.
    fn wrong_type(&self, expected: &str) -> Explained {
        let e = expected.to_lowercase();
        let kind = if e.contains("date and time") || e.contains("datetime") {
            "ron-kind-moment"
        } else if e.contains("date") {
            "ron-kind-date"
        } else if e.contains("string") || e.contains("char") {
            "ron-kind-text"
        } else if ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "usize", "integer"]
            .iter()
            .any(|t| e.contains(t))
        {
            "ron-kind-whole"
        } else if e.contains("f32") || e.contains("f64") || e.contains("float") {
            "ron-kind-number"
        } else if e.contains("bool") {
            "ron-kind-bool"
        } else if e.contains("seq") || e.contains("array") || e.contains("tuple") && !e.contains("variant") {
            "ron-kind-list"
        } else if e.contains("map") {
            "ron-kind-map"
        } else if e.contains("option") {
            "ron-kind-option"
        } else if e.contains("enum") || e.contains("variant") || e.contains("identifier") {
            "ron-kind-name"
        } else {
            "ron-kind-group"
        };
        let value = self.value();
        let unquoted = value.trim_matches('"').to_owned();
        let hint = match kind {
            "ron-kind-text" => Text::msg("ron-expected-string-hint").arg("value", unquoted),
            "ron-kind-whole" | "ron-kind-number" if value.starts_with('"') && unquoted.parse::<f64>().is_ok() => {
                Text::msg("ron-unquote-hint").arg("value", unquoted)
            }
            "ron-kind-whole" | "ron-kind-number" => Text::msg("ron-number-hint"),
            "ron-kind-bool" => Text::msg("ron-bool-hint"),
            "ron-kind-date" | "ron-kind-moment" => Text::msg("ron-date-hint"),
            "ron-kind-name" if value.starts_with('"') => Text::msg("ron-quoted-name-hint").arg("name", unquoted),
            _ => Text::msg("ron-compare-hint"),
        };
        (
            self.at,
            (self.end - self.at).max(1),
            Text::msg("ron-wrong-type").arg("expected", crate::i18n::Arg::Msg(kind)).arg("value", value),
            Some(hint),
        )
    }
}
