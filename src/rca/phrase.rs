//! Phrases as authors and trainers write them (in a chain's `find`, in a
//! lexicon file), matched against the words of what a trainee wrote. A
//! word matches by its stem or its folded form, and as the head or tail of
//! a Dutch compound ("rits" in "ritssluiting", "controle" in
//! "ingangscontrole"); `N` stands for any number ("binnen N werkdagen").
//! The words come from `crate::text`, so the stems are the reply
//! analyser's.

use std::ops::Range;

use crate::i18n::Lang;
use crate::text::{self, Words};

/// Letters a word needs before it also matches inside a compound: shorter
/// ones ("it", "test") would match inside too many other words.
const COMPOUND_MIN: usize = 4;
/// Letters the rest of a compound needs, so "ritsen" is no compound of
/// "rits" (it is its plural, which the stem already covers).
const COMPOUND_REST: usize = 3;

#[derive(Clone, Debug, PartialEq)]
enum Slot {
    Word { folded: String, stem: String },
    Number,
}

/// One word or phrase, ready to match.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    slots: Vec<Slot>,
    lang: Lang,
    /// As written, for messages.
    pub written: String,
}

impl Phrase {
    /// The phrase `s` in `lang`; `None` when it has no words.
    pub fn new(lang: Lang, s: &str) -> Option<Phrase> {
        let mut slots = Vec::new();
        for part in s.split_whitespace() {
            if part == "N" {
                slots.push(Slot::Number);
                continue;
            }
            for t in text::words(lang, part).tokens {
                slots.push(Slot::Word { folded: t.folded, stem: t.stem });
            }
        }
        (!slots.is_empty()).then(|| Phrase { slots, lang, written: s.trim().to_owned() })
    }

    /// Where the phrase first occurs in `w`, as a range of token indices.
    pub fn find(&self, w: &Words) -> Option<Range<usize>> {
        let n = self.slots.len();
        (0..w.tokens.len().saturating_sub(n - 1))
            .find(|&i| self.slots.iter().enumerate().all(|(k, slot)| fits(self.lang, slot, &w.tokens[i + k])))
            .map(|i| i..i + n)
    }
}

fn fits(lang: Lang, slot: &Slot, t: &text::Token) -> bool {
    match slot {
        Slot::Number => t.folded.chars().next().is_some_and(|c| c.is_ascii_digit()),
        Slot::Word { folded, stem } => {
            t.stem == *stem
                || t.folded == *folded
                || compound(&t.folded, folded)
                || compound(&t.folded, stem)
                || participle(lang, &t.folded, stem)
        }
    }
}

/// Whether `word` is a Dutch past participle of the verb with `stem`
/// ("getest" of "testen", "gecontroleerd" of "controleren"): the Snowball
/// stemmer keeps the "ge-".
fn participle(lang: Lang, word: &str, stem: &str) -> bool {
    let Some(rest) = word.strip_prefix("ge").filter(|r| r.chars().count() >= 3 && lang == Lang::Nl) else {
        return false;
    };
    text::stem(lang, rest) == stem || (stem.chars().count() >= COMPOUND_MIN && rest.starts_with(stem))
}

/// Whether `word` is a compound that starts or ends with `part`.
fn compound(word: &str, part: &str) -> bool {
    let (w, p) = (word.chars().count(), part.chars().count());
    p >= COMPOUND_MIN && w >= p + COMPOUND_REST && (word.starts_with(part) || word.ends_with(part))
}

/// An entry of alternatives ("tandjes|tanden|tandjes van de rits").
#[derive(Clone, Debug, PartialEq)]
pub struct Either {
    pub alternatives: Vec<Phrase>,
}

impl Either {
    /// The entry `s`; `Err` names the first alternative without words.
    pub fn new(lang: Lang, s: &str) -> Result<Either, String> {
        let alternatives = s
            .split('|')
            .map(|a| Phrase::new(lang, a).ok_or_else(|| a.trim().to_owned()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Either { alternatives })
    }

    /// The first alternative that occurs in `w`, and where.
    pub fn find(&self, w: &Words) -> Option<Range<usize>> {
        self.alternatives.iter().filter_map(|p| p.find(w)).min_by_key(|r| r.start)
    }
}

/// The words of `w` at `ranges`, in the order written, as a reason quotes
/// them: "tandjes … trekkracht".
pub fn quote(w: &Words, ranges: &[Range<usize>]) -> String {
    let mut rs: Vec<&Range<usize>> = ranges.iter().collect();
    rs.sort_by_key(|r| r.start);
    rs.dedup();
    rs.iter().map(|r| w.quote(r.start, r.end - 1)).collect::<Vec<_>>().join(" … ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(lang: Lang, phrase: &str, text: &str) -> Option<String> {
        let w = text::words(lang, text);
        Phrase::new(lang, phrase).unwrap().find(&w).map(|r| w.quote(r.start, r.end - 1).to_owned())
    }

    #[test]
    fn stems_compounds_and_numbers_match() {
        assert_eq!(hit(Lang::Nl, "testen", "De ritsen worden niet getest.").as_deref(), Some("getest"));
        assert_eq!(hit(Lang::Nl, "controle", "Niets gecontroleerd").as_deref(), Some("gecontroleerd"));
        assert_eq!(hit(Lang::Nl, "getal", "Een getal"), Some("getal".to_owned()));
        assert_eq!(hit(Lang::Nl, "test", "Ze testen de ritsen niet").as_deref(), Some("testen"));
        assert_eq!(hit(Lang::Nl, "rits", "De ritssluiting is kapot").as_deref(), Some("ritssluiting"));
        assert_eq!(hit(Lang::Nl, "controle", "Bij de ingangscontrole").as_deref(), Some("ingangscontrole"));
        assert_eq!(
            hit(Lang::Nl, "binnen N weken", "Klaar binnen 3 weken, door inkoop").as_deref(),
            Some("binnen 3 weken")
        );
        assert_eq!(hit(Lang::Nl, "beter opletten", "We moeten Beter Opletten.").as_deref(), Some("Beter Opletten"));
        assert_eq!(hit(Lang::En, "supplier", "the suppliers' zips").as_deref(), Some("suppliers"));
        assert_eq!(hit(Lang::Nl, "it", "Dit is kritiek"), None);
    }

    #[test]
    fn alternatives_and_quotes() {
        let e = Either::new(Lang::Nl, "tanden|tandjes").unwrap();
        let w = text::words(Lang::Nl, "De tandjes laten los bij trekken");
        let r = e.find(&w).unwrap();
        assert_eq!(quote(&w, &[r, 2..4]), "tandjes … laten los");
        assert_eq!(Either::new(Lang::Nl, "tanden||los"), Err(String::new()));
    }
}
