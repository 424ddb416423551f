//! Talking with the terminal player: lines wrapped to the terminal's width,
//! questions, and answers checked until they fit (a number in its range,
//! an amount, a percentage, one of a list).

use std::io::{self, BufRead, Write};
use std::ops::RangeInclusive;

use crate::i18n::{Lang, Text, tr};
use crate::model::OfferAmounts;
use crate::sim::limits::{DISCOUNT_PERCENT, parse_amount, parse_percent};

/// The width when the output is no terminal (a pipe, a file, a test):
/// wide enough for a sentence, narrow enough to read.
pub(super) const DEFAULT_WIDTH: usize = 100;

/// The width lines are wrapped to: the terminal's, else `DEFAULT_WIDTH`.
pub(super) fn width() -> usize {
    terminal_size::terminal_size().map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0)).max(20)
}

/// `line` broken into lines of at most `width` columns; the continuation
/// lines start under the text, past the line's own indentation and its
/// key (`    12. `, `  u. `), so a menu entry stays one block.
pub(super) fn wrap(line: &str, width: usize) -> Vec<String> {
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    let key = body.split_once(". ").map_or(0, |(k, _)| if k.chars().count() <= 3 { k.len() + 2 } else { 0 });
    let hang = format!("{indent}{}", " ".repeat(if key > 0 { key } else { 2 }));
    // Broken at spaces only: a file path or an address stays whole.
    let options = textwrap::Options::new(width)
        .initial_indent(indent)
        .subsequent_indent(&hang)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    textwrap::wrap(body, options).into_iter().map(|l| l.into_owned()).collect()
}

pub(super) struct Io<'a> {
    pub lang: Lang,
    pub input: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
    pub width: usize,
    /// The first failure to write: from then on the player hears nothing
    /// more, so the case ends as at the end of the input (and is still
    /// scored and logged), and the command reports the failure.
    pub failed: Option<io::Error>,
}

impl Io<'_> {
    /// Says `text`, each of its lines wrapped to the width.
    pub fn say(&mut self, text: &str) {
        let width = self.width;
        for line in text.split('\n') {
            for part in wrap(line, width) {
                self.write(|out| writeln!(out, "{part}"));
            }
        }
    }

    fn write(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        if self.failed.is_none()
            && let Err(e) = f(self.out)
        {
            self.failed = Some(e);
        }
    }

    /// Asks a question; `None` at the end of the input.
    pub fn ask(&mut self, prompt: &str) -> Option<String> {
        self.write(|out| {
            write!(out, "{prompt} ")?;
            out.flush()
        });
        if self.failed.is_some() {
            return None;
        }
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            // An input that cannot be read (a closed terminal, bytes that
            // are not text) ends the case as the end of the input does: it
            // is still scored and logged.
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim().to_owned()),
        }
    }

    /// Asks for a text of several lines, ended by an empty line; `None`
    /// when the first line is empty (cancelled) or the input ended.
    pub fn lines(&mut self, prompt: &str) -> Option<String> {
        self.say(prompt);
        let mut lines = Vec::new();
        loop {
            let line = self.ask(">")?;
            if line.is_empty() {
                break;
            }
            lines.push(line);
        }
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// Asks (the prompt `msg`, told the range) until the answer is a number
    /// in `range`, read by `parse`. `Some(None)` for an empty answer,
    /// `None` at the end of the input.
    fn number_or_empty(
        &mut self,
        msg: &'static str,
        range: RangeInclusive<u32>,
        parse: fn(&str) -> Option<u32>,
    ) -> Option<Option<u32>> {
        let (from, to) = (*range.start(), *range.end());
        let prompt = Text::msg(msg).arg("from", from).arg("to", to).render(self.lang);
        loop {
            let a = self.ask(&prompt)?;
            if a.is_empty() {
                return Some(None);
            }
            match parse(&a) {
                Some(n) if range.contains(&n) => return Some(Some(n)),
                _ => self.say(
                    &Text::msg("tui-bad-number").arg("value", a).arg("from", from).arg("to", to).render(self.lang),
                ),
            }
        }
    }

    /// A number in `range`; an empty answer cancels (and says so).
    pub fn number(&mut self, msg: &'static str, range: RangeInclusive<u32>) -> Option<u32> {
        let n = self.number_or_empty(msg, range, |a| a.parse().ok())?;
        if n.is_none() {
            self.say(&tr(self.lang, "tui-cancelled"));
        }
        n
    }

    /// A number in `range` or nothing (an empty answer); `None` only at the
    /// end of the input.
    pub fn optional_number(&mut self, msg: &'static str, range: RangeInclusive<u32>) -> Option<Option<u32>> {
        self.number_or_empty(msg, range, |a| a.parse().ok())
    }

    /// Asks for an amount in euro (a comma or a point as decimal sign).
    fn amount(&mut self) -> Option<f64> {
        let prompt = tr(self.lang, "tui-ask-amount");
        loop {
            let a = self.ask(&prompt)?;
            if a.is_empty() {
                self.say(&tr(self.lang, "tui-cancelled"));
                return None;
            }
            match parse_amount(&a) {
                Some(v) => return Some(v),
                None => self.say(&Text::msg("tui-bad-amount").arg("value", a).render(self.lang)),
            }
        }
    }

    /// Asks for one value of a closed set, shown by its translated name.
    pub fn term<T: Copy>(&mut self, field: &str, all: &[T], msg: fn(T) -> &'static str) -> Option<T> {
        let options: Vec<(T, String)> = all.iter().map(|v| (*v, tr(self.lang, msg(*v)))).collect();
        self.choose(&tr(self.lang, field), &options)
    }

    pub fn choose<T: Copy>(&mut self, title: &str, options: &[(T, String)]) -> Option<T> {
        self.say(title);
        for (i, (_, label)) in options.iter().enumerate() {
            self.say(&format!("  {:>2}. {label}", i + 1));
        }
        let n = self.number("tui-choose", 1..=options.len() as u32)?;
        Some(options[n as usize - 1].0)
    }
}

/// The amount of an offer, asked at the prompt; an empty answer cancels.
impl OfferAmounts for Io<'_> {
    type Error = ();

    fn euro(&mut self) -> Result<f64, ()> {
        self.amount().ok_or(())
    }

    fn percent(&mut self) -> Result<u32, ()> {
        match self.number_or_empty("tui-ask-percent", DISCOUNT_PERCENT, parse_percent) {
            Some(Some(p)) => Ok(p),
            Some(None) => {
                self.say(&tr(self.lang, "tui-cancelled"));
                Err(())
            }
            None => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_line_fits_a_wide_terminal_whole_and_wraps_under_its_text_in_a_narrow_one() {
        let line = format!("    12. «{}»", "woord ".repeat(24).trim_end());
        assert_eq!(wrap(&line, 160), std::slice::from_ref(&line));
        let parts = wrap(&line, 60);
        assert!(parts.len() > 2 && parts.iter().all(|p| p.chars().count() <= 60), "{parts:?}");
        assert!(parts[1].starts_with("        woord"), "under the text, past the key: {parts:?}");
        assert_eq!(parts.join(" ").split_whitespace().collect::<Vec<_>>(), line.split_whitespace().collect::<Vec<_>>());
    }
}
