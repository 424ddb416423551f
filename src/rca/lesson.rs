//! A lesson learned judged on substance, not on length: vague words that
//! say nothing (from the trainer's list, `lexicon`), a root cause held
//! against the case's causal chain, and a correction that tackles it with
//! an owner and a date. Each finding keeps the words that decided it.

use crate::i18n::Lang;
use crate::model::Scenario;
use crate::text::{self, Words};

use super::chain::patterns;
use super::lexicon::{List, list};
use super::phrase::quote;

/// How the lesson's root cause compares with the chain.
#[derive(Clone, Debug, PartialEq)]
pub enum RootMatch {
    /// It names the chain's root cause: the words that matched.
    Root(String),
    /// It names part of the root cause: what matched, and how many of the
    /// root's entries it names out of how many.
    Partly {
        quote: String,
        named: usize,
        of: usize,
    },
    /// It names a cause on the way, not the root: the link's index.
    Cause {
        index: usize,
        quote: String,
    },
    Nothing,
}

/// What the correction tackles.
#[derive(Clone, Debug, PartialEq)]
pub enum Tackles {
    /// (Part of) the root cause: the words that matched.
    Root(String),
    /// A cause on the way to it.
    Cause(String),
    Nothing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LessonJudgement {
    /// The vague words found in the root cause and the correction, quoted.
    pub vague: Vec<String>,
    pub root: RootMatch,
    pub tackles: Tackles,
    /// Who owns the correction, quoted.
    pub owner: Option<String>,
    /// By when, quoted.
    pub date: Option<String>,
}

/// Judges a lesson's root cause and correction against the case.
pub fn judge_lesson(s: &Scenario, root_cause: &str, correction: &str) -> LessonJudgement {
    let lang = super::lang(s);
    let (rw, cw) = (text::words(lang, root_cause), text::words(lang, correction));
    let vague = [&rw, &cw]
        .iter()
        .flat_map(|w| list(List::Vague, lang).iter().filter_map(|p| p.find(w).map(|r| quote(w, &[r]))))
        .collect();
    LessonJudgement {
        vague,
        root: root_match(lang, s, &rw),
        tackles: tackles(lang, s, &cw),
        owner: first_of(List::Owners, lang, &cw),
        date: first_of(List::When, lang, &cw).or_else(|| date_in_figures(&cw)),
    }
}

fn root_match(lang: Lang, s: &Scenario, w: &Words) -> RootMatch {
    let ps = patterns(lang, &s.truth.causes);
    let Some(root) = ps.last() else {
        return RootMatch::Nothing;
    };
    if let Some(q) = root.found_in(w) {
        return RootMatch::Root(q);
    }
    let (named, q) = root.partly_in(w);
    if named > 0 {
        return RootMatch::Partly { quote: q, named, of: root.entries.len() };
    }
    // The deepest cause on the way it names (the symptom is no cause).
    let between = ps.len().saturating_sub(1);
    (1..between)
        .rev()
        .find_map(|i| ps[i].found_in(w).map(|quote| RootMatch::Cause { index: i, quote }))
        .unwrap_or(RootMatch::Nothing)
}

fn tackles(lang: Lang, s: &Scenario, w: &Words) -> Tackles {
    let ps = patterns(lang, &s.truth.causes);
    let Some(root) = ps.last() else {
        return Tackles::Nothing;
    };
    let (named, q) = root.partly_in(w);
    if named > 0 {
        return Tackles::Root(q);
    }
    let between = ps.len().saturating_sub(1);
    (1..between).rev().find_map(|i| ps[i].found_in(w).map(Tackles::Cause)).unwrap_or(Tackles::Nothing)
}

fn first_of(l: List, lang: Lang, w: &Words) -> Option<String> {
    list(l, lang).iter().filter_map(|p| p.find(w)).min_by_key(|r| r.start).map(|r| quote(w, &[r]))
}

/// A date written in figures: 1-12, 1-12-2026, 2026-12-01.
fn date_in_figures(w: &Words) -> Option<String> {
    w.tokens.iter().enumerate().find_map(|(i, t)| {
        let parts: Vec<&str> = t.folded.split('-').collect();
        let figures = (2..=3).contains(&parts.len())
            && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
        figures.then(|| w.quote(i, i).to_owned())
    })
}
