//! Finding a lexicon's phrases in a reply, and the two pieces of grammar the
//! criteria share: the clause a word stands in (a sentence, cut at commas,
//! semicolons and colons) and the negation scope (a negation word shortly
//! before a cue, or right after it before a "dat"/"that" clause starts).

use std::ops::Range;

use super::lexicon::{Lexicon, List, PWord, Phrase};
use crate::text::{Token, Words};

/// How many words a `...` may skip, within one clause: Dutch puts a
/// whole middle field between the parts of a verb ("ik maak het bedrag van
/// 34,95 euro morgen naar u over").
const GAP: usize = 10;
/// How many words before a cue a negation still reaches ("ik kan het me
/// niet voorstellen", "I do not understand").
const NEG_BEFORE: usize = 3;
/// How many words after a cue ("ik begrijp het niet").
const NEG_AFTER: usize = 2;

/// One phrase found in the text, as token indices (inclusive range).
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub from: usize,
    pub to: usize,
    /// The tokens a `...` skipped: a negation there negates the phrase.
    pub skipped: Vec<usize>,
    pub value: Option<u32>,
}

/// A reply split into words, with its sentences and clauses.
pub struct Scan<'a> {
    pub words: Words<'a>,
    pub lex: &'a Lexicon,
    /// The sentence of each token.
    sentence: Vec<usize>,
    pub sentences: Vec<Range<usize>>,
    /// Whether a clause ends right after each token.
    clause_end: Vec<bool>,
}

impl<'a> Scan<'a> {
    pub fn new(lex: &'a Lexicon, text: &'a str) -> Scan<'a> {
        let mut words = crate::text::words(lex.lang, text);
        // A dot between two characters ("14.00", "z.s.m.", "gstar.nl") ends
        // no sentence.
        for t in &mut words.tokens {
            let mut rest = text[t.span.end..].chars();
            if t.ends_sentence && rest.next() == Some('.') && rest.next().is_some_and(char::is_alphanumeric) {
                t.ends_sentence = false;
            }
        }
        let sentences = words.sentences();
        let mut sentence = vec![0; words.tokens.len()];
        for (i, r) in sentences.iter().enumerate() {
            sentence[r.clone()].fill(i);
        }
        let clause_end = (0..words.tokens.len())
            .map(|i| {
                let t = &words.tokens[i];
                let next = words.tokens.get(i + 1).map_or(text.len(), |n| n.span.start);
                let between = &text[t.span.end..next];
                // "34,95" and "1.250" are one number, not two clauses.
                let in_number = matches!(between, "," | ".")
                    && t.folded.ends_with(|c: char| c.is_ascii_digit())
                    && words.tokens.get(i + 1).is_some_and(|n| n.folded.starts_with(|c: char| c.is_ascii_digit()));
                t.ends_sentence || (!in_number && between.contains([',', ';', ':', '(', ')', '-']))
            })
            .collect();
        Scan { words, lex, sentence, sentences, clause_end }
    }

    pub fn tokens(&self) -> &[Token] {
        &self.words.tokens
    }

    pub fn quote(&self, from: usize, to: usize) -> String {
        self.words.quote(from, to).to_owned()
    }

    pub fn sentence_of(&self, i: usize) -> Range<usize> {
        self.sentences[self.sentence[i]].clone()
    }

    /// Whether the sentence of token `i` is a question.
    pub fn is_question(&self, i: usize) -> bool {
        let r = self.sentence_of(i);
        let last = &self.words.tokens[r.end - 1];
        self.words.text[last.span.end..].trim_start().starts_with('?')
    }

    /// The clause of token `i`, as a token range.
    pub fn clause_of(&self, i: usize) -> Range<usize> {
        let mut start = i;
        while start > 0 && !self.clause_end[start - 1] {
            start -= 1;
        }
        let mut end = i;
        while end + 1 < self.clause_end.len() && !self.clause_end[end] {
            end += 1;
        }
        start..end + 1
    }

    /// Every place a phrase of `list` matches, left to right, longest first
    /// at each place, without overlaps.
    pub fn find(&self, list: List) -> Vec<Hit> {
        self.find_in(list, 0..self.words.tokens.len())
    }

    pub fn find_in(&self, list: List, range: Range<usize>) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let t = &self.words.tokens[i];
            let best = self
                .lex
                .starting_at(list, t)
                .filter_map(|p| self.match_at(p, i, range.end))
                .max_by_key(|h| h.to - h.from);
            match best {
                Some(h) => {
                    i = h.to + 1;
                    hits.push(h);
                }
                None => i += 1,
            }
        }
        hits
    }

    /// Whether any phrase of `list` matches within `range`.
    pub fn any_in(&self, list: List, range: Range<usize>) -> Option<Hit> {
        self.find_in(list, range).into_iter().next()
    }

    fn word_matches(&self, w: &PWord, t: &Token) -> bool {
        match w {
            PWord::Word { folded, stem } => t.folded == *folded || (!stem.is_empty() && t.stem == *stem),
            PWord::Prefix(p) => t.folded.starts_with(p.as_str()),
            PWord::Number => self.lex.number(t).is_some(),
            PWord::Date => {
                let mut parts = t.folded.split(['-', '/']);
                let day = parts.next().and_then(|d| d.parse::<u32>().ok());
                let month = parts.next().and_then(|d| d.parse::<u32>().ok());
                matches!((day, month), (Some(1..=31), Some(1..=12)))
            }
            PWord::Gap => true,
        }
    }

    /// The phrase `p` starting at token `at`, ending before `end`.
    fn match_at(&self, p: &Phrase, at: usize, end: usize) -> Option<Hit> {
        let tokens = &self.words.tokens[..end];
        let mut skipped = Vec::new();
        let to = self.match_from(&p.words, at, tokens, &mut skipped)?;
        let value = p.value.or_else(|| {
            // A phrase with {n} carries the number it found ("3 werkdagen").
            p.words
                .iter()
                .position(|w| *w == PWord::Number)
                .and_then(|_| (at..=to).find_map(|k| self.lex.number(&tokens[k])))
        });
        Some(Hit { from: at, to, skipped, value })
    }

    /// Matches `words` from token `at`; returns the last token matched.
    fn match_from(&self, words: &[PWord], at: usize, tokens: &[Token], skipped: &mut Vec<usize>) -> Option<usize> {
        let (first, rest) = words.split_first()?;
        if *first == PWord::Gap {
            // Try the shortest skip first; a gap never crosses a clause.
            for n in 0..=GAP {
                if n > 0 && (at + n > tokens.len() || self.clause_end[at + n - 1]) {
                    break;
                }
                let mark = skipped.len();
                skipped.extend(at..at + n);
                if let Some(end) = self.match_from(rest, at + n, tokens, skipped) {
                    return Some(end);
                }
                skipped.truncate(mark);
            }
            return None;
        }
        let t = tokens.get(at)?;
        if !self.word_matches(first, t) {
            return None;
        }
        if rest.is_empty() {
            return Some(at);
        }
        if t.ends_sentence {
            return None;
        }
        self.match_from(rest, at + 1, tokens, skipped)
    }

    /// The negation word that reaches the phrase `h`, if any: inside a gap
    /// of the phrase, up to three words before it in its clause, or up to
    /// two words after it until a subordinate clause starts.
    pub fn negated(&self, h: &Hit) -> Option<usize> {
        let clause = self.clause_of(h.from);
        let is_neg = |k: usize| self.any_in(List::Negation, k..k + 1).is_some();
        if let Some(k) = h.skipped.iter().copied().find(|k| is_neg(*k)) {
            return Some(k);
        }
        let before = h.from.saturating_sub(NEG_BEFORE).max(clause.start);
        if let Some(k) = (before..h.from).find(|k| is_neg(*k)) {
            return Some(k);
        }
        let clause_end = self.clause_of(h.to).end;
        for k in h.to + 1..(h.to + 1 + NEG_AFTER).min(clause_end) {
            if matches!(self.words.tokens[k].folded.as_str(), "dat" | "hoe" | "wat" | "that" | "how" | "what") {
                break;
            }
            if is_neg(k) {
                return Some(k);
            }
        }
        None
    }
}
