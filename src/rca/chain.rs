//! A case's causal chain, compiled for matching, and the "5 x waarom"
//! judged against it: which links the trainee's answers found, in which
//! answer, with the words that matched.

use crate::i18n::Lang;
use crate::model::CauseLink;
use crate::text::{self, Words};

use super::phrase::{Either, quote};

/// A link's `find`, compiled: every entry must occur.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub entries: Vec<Either>,
}

/// Why a link's `find` cannot be used: the entry (0-based) and its faulty
/// alternative (empty when the entry itself is empty).
#[derive(Clone, Debug, PartialEq)]
pub struct BadEntry {
    pub entry: usize,
    pub alternative: String,
}

impl Pattern {
    pub fn new(lang: Lang, find: &[String]) -> Result<Pattern, BadEntry> {
        let entries = find
            .iter()
            .enumerate()
            .map(|(entry, s)| Either::new(lang, s).map_err(|alternative| BadEntry { entry, alternative }))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pattern { entries })
    }

    /// The quote of what matched when every entry occurs in `w`.
    pub fn found_in(&self, w: &Words) -> Option<String> {
        if self.entries.is_empty() {
            return None;
        }
        let ranges: Option<Vec<_>> = self.entries.iter().map(|e| e.find(w)).collect();
        ranges.map(|r| quote(w, &r))
    }

    /// The quote of the entries that occur in `w`, and how many occur.
    pub fn partly_in(&self, w: &Words) -> (usize, String) {
        let ranges: Vec<_> = self.entries.iter().filter_map(|e| e.find(w)).collect();
        (ranges.len(), quote(w, &ranges))
    }
}

/// A link of the chain against the trainee's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkResult {
    /// Its index in the chain (1: the first cause after the symptom).
    pub index: usize,
    pub text: String,
    /// The answer that found it (0-based) and the words that matched.
    pub found: Option<(usize, String)>,
}

/// The "5 x waarom" judged: every link after the symptom, found or not.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainResult {
    pub symptom: String,
    pub links: Vec<LinkResult>,
}

impl ChainResult {
    pub fn found(&self) -> usize {
        self.links.iter().filter(|l| l.found.is_some()).count()
    }

    /// Whether the last link, the root cause, was found.
    pub fn root_found(&self) -> bool {
        self.links.last().is_some_and(|l| l.found.is_some())
    }
}

/// The compiled patterns of a chain's links; a link whose `find` cannot be
/// used (validation reports it) matches nothing.
pub fn patterns(lang: Lang, chain: &[CauseLink]) -> Vec<Pattern> {
    chain.iter().map(|l| Pattern::new(lang, &l.find).unwrap_or(Pattern { entries: Vec::new() })).collect()
}

/// Judges the answers against the chain. An answer may find any link, in
/// any order (a trainee who jumps to the root still found it); the first
/// answer that finds a link is the one credited.
pub fn judge(lang: Lang, chain: &[CauseLink], answers: &[&str]) -> ChainResult {
    let patterns = patterns(lang, chain);
    let words: Vec<Words> = answers.iter().map(|a| text::words(lang, a)).collect();
    let links = chain
        .iter()
        .zip(&patterns)
        .enumerate()
        .skip(1)
        .map(|(index, (link, p))| LinkResult {
            index,
            text: link.text.clone(),
            found: words.iter().enumerate().find_map(|(i, w)| p.found_in(w).map(|q| (i, q))),
        })
        .collect();
    ChainResult { symptom: chain.first().map(|l| l.text.clone()).unwrap_or_default(), links }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain() -> Vec<CauseLink> {
        let link = |text: &str, find: &[&str]| CauseLink {
            text: text.into(),
            find: find.iter().map(|s| (*s).to_owned()).collect(),
        };
        vec![
            link("De rits is na drie weken kapot.", &[]),
            link("De tandjes laten los.", &["tandje|tanden|tand", "los|loslaten|breken|zwak"]),
            link("De partij ritsen van één leverancier is zwak.", &["partij|leverancier|serie"]),
            link("De ingangscontrole test niet op trekkracht.", &["controle|test|keuring", "trekkracht|sterkte"]),
        ]
    }

    #[test]
    fn a_chain_found_fully_partly_or_not() {
        let full = judge(
            Lang::Nl,
            &chain(),
            &[
                "Omdat de tandjes loslaten.",
                "Omdat die ritsen van een andere leverancier komen.",
                "Omdat niemand ze bij binnenkomst test op trekkracht.",
            ],
        );
        assert_eq!(full.found(), 3);
        assert!(full.root_found());
        assert_eq!(full.links[0].found, Some((0, "tandjes … loslaten".into())));
        assert_eq!(full.links[2].found, Some((2, "test … trekkracht".into())));

        let part = judge(Lang::Nl, &chain(), &["De tanden breken af", "Pech"]);
        assert_eq!(part.found(), 1);
        assert!(!part.root_found());

        let none = judge(Lang::Nl, &chain(), &["Geen idee", "De klant trok te hard", "Het weer"]);
        assert_eq!(none.found(), 0);
    }

    #[test]
    fn stems_match_inflections_and_any_order_counts() {
        let r = judge(Lang::Nl, &chain(), &["De ritsen werden nooit getest op sterkte, daarom breken de tanden"]);
        assert_eq!(r.found(), 2, "{r:?}");
        assert!(r.root_found());
        assert_eq!(r.links[2].found, Some((0, "getest … sterkte".into())));
    }
}
