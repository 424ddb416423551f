//! Text tools for judging what a trainee wrote: words with their place in
//! the text (so a judgement can quote the words that decided it), folded
//! for matching (Unicode NFC, lowercase) and stemmed with the Snowball
//! stemmers for Dutch and English, so "excuses", "excuseer" and
//! "excuseren" meet. The reply analyser and the "5 x waarom" both build on
//! this; neither keeps its own tokeniser.

use crate::i18n::Lang;
use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word as matched: NFC, lowercase.
    pub folded: String,
    /// Its Snowball stem in the text's language.
    pub stem: String,
    /// Where it stands in the original text (bytes), for quoting.
    pub span: Range<usize>,
    /// Whether a sentence ends right after it (. ! ? or a line break).
    pub ends_sentence: bool,
}

/// A text split into words.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
}

impl<'a> Words<'a> {
    /// The original words from token `from` to token `to` (inclusive), as
    /// written: what a reason quotes.
    pub fn quote(&self, from: usize, to: usize) -> &'a str {
        let (Some(a), Some(b)) = (self.tokens.get(from), self.tokens.get(to.max(from))) else {
            return "";
        };
        &self.text[a.span.start..b.span.end]
    }

    /// The sentences, as token index ranges.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            if t.ends_sentence {
                out.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < self.tokens.len() {
            out.push(start..self.tokens.len());
        }
        out
    }
}

/// Folds a word or phrase for matching: NFC, lowercase, typographic
/// apostrophes made plain.
pub fn fold(s: &str) -> String {
    s.nfc().collect::<String>().to_lowercase().replace(['\u{2019}', '\u{2018}', '`'], "'")
}

fn stemmer(lang: Lang) -> &'static Stemmer {
    static NL: OnceLock<Stemmer> = OnceLock::new();
    static EN: OnceLock<Stemmer> = OnceLock::new();
    match lang {
        Lang::Nl => NL.get_or_init(|| Stemmer::create(Algorithm::Dutch)),
        Lang::En => EN.get_or_init(|| Stemmer::create(Algorithm::English)),
    }
}

/// The stem of one folded word.
pub fn stem(lang: Lang, folded: &str) -> String {
    stemmer(lang).stem(folded).into_owned()
}

/// Whether a character belongs inside a word: letters, digits, and the
/// apostrophe, hyphen or dot between two of them ("zo'n", "e-mail", "3.5").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a text into words. Numbers are words too ("3", "12:00" gives "12"
/// and "00"); an apostrophe or hyphen between letters stays inside the word.
pub fn words(lang: Lang, text: &str) -> Words<'_> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !is_word_char(c) {
            if matches!(c, '.' | '!' | '?' | '\n')
                && let Some(last) = tokens.last_mut()
            {
                let last: &mut Token = last;
                last.ends_sentence = true;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joins = matches!(c, '\'' | '\u{2019}' | '-')
                && j + 1 < chars.len()
                && chars[j + 1].1.is_alphanumeric()
                && chars[j - 1].1.is_alphanumeric();
            if is_word_char(c) || joins {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        let folded = fold(&text[start..end]);
        let stem = stem(lang, &folded);
        tokens.push(Token { folded, stem, span: start..end, ends_sentence: false });
        i = j;
    }
    Words { text, tokens }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_place_and_stem() {
        let w = words(Lang::Nl, "Excuses, mevrouw De Vries! Ik bel u zo'n keer terug.");
        let folded: Vec<_> = w.tokens.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(folded, ["excuses", "mevrouw", "de", "vries", "ik", "bel", "u", "zo'n", "keer", "terug"]);
        assert_eq!(w.quote(1, 3), "mevrouw De Vries");
        assert_eq!(w.sentences(), vec![0..4, 4..10]);
        assert_eq!(stem(Lang::Nl, "excuseren"), stem(Lang::Nl, "excuseer"));
        assert_eq!(stem(Lang::En, "apologising"), stem(Lang::En, "apologise"));
    }

    #[test]
    fn folding_is_unicode_aware() {
        assert_eq!(fold("Jose\u{301}"), fold("JOSÉ"));
        assert_eq!(fold("zo\u{2019}n"), "zo'n");
    }
}
