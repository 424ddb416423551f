//! The word lists that judge a lesson learned: vague words, owners, and
//! words that name a moment. They are data files a trainer can extend:
//! `assets/lexicon/<lang>/lesson-*.txt` are built in, and the same file
//! names under the folder `KLACHTSIM_LEXICON` names are added to them (see
//! `scenarios/README.md`, "De oorzaakketen"). One phrase a line; `#` starts a comment;
//! `N` stands for a number.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::i18n::Lang;

use super::phrase::Phrase;

/// The environment variable naming a folder with a trainer's additions.
pub const EXTRA_ENV: &str = "KLACHTSIM_LEXICON";

/// Which list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// Words that sound like a lesson and say nothing ("beter opletten").
    Vague,
    /// Who can own a correction: roles, teams, departments.
    Owners,
    /// Words that name a moment or a term ("december", "binnen N weken").
    When,
}

impl List {
    pub fn file(self) -> &'static str {
        match self {
            List::Vague => "lesson-vague.txt",
            List::Owners => "lesson-owners.txt",
            List::When => "lesson-when.txt",
        }
    }

    fn built_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (List::Vague, Lang::Nl) => include_str!("../../assets/lexicon/nl/lesson-vague.txt"),
            (List::Vague, Lang::En) => include_str!("../../assets/lexicon/en/lesson-vague.txt"),
            (List::Owners, Lang::Nl) => include_str!("../../assets/lexicon/nl/lesson-owners.txt"),
            (List::Owners, Lang::En) => include_str!("../../assets/lexicon/en/lesson-owners.txt"),
            (List::When, Lang::Nl) => include_str!("../../assets/lexicon/nl/lesson-when.txt"),
            (List::When, Lang::En) => include_str!("../../assets/lexicon/en/lesson-when.txt"),
        }
    }
}

/// The phrases of a list's text.
pub fn parse(lang: Lang, text: &str) -> Vec<Phrase> {
    text.lines().map(|l| l.split('#').next().unwrap_or("")).filter_map(|l| Phrase::new(lang, l)).collect()
}

/// A list in a language: the built-in phrases and a trainer's additions.
/// An addition that cannot be read is left out: the built-in list still
/// judges, and `klachtsim validate` is no place for a word list.
pub fn list(list: List, lang: Lang) -> &'static [Phrase] {
    static CELLS: [OnceLock<Vec<Phrase>>; 6] = [const { OnceLock::new() }; 6];
    let i = match list {
        List::Vague => 0,
        List::Owners => 2,
        List::When => 4,
    } + usize::from(lang == Lang::En);
    CELLS[i].get_or_init(|| {
        let mut out = parse(lang, list.built_in(lang));
        if let Some(dir) = std::env::var_os(EXTRA_ENV) {
            let path = PathBuf::from(dir).join(lang.code()).join(list.file());
            if let Ok(extra) = std::fs::read_to_string(path) {
                out.extend(parse(lang, &extra));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_phrases_in_both_languages() {
        for l in [List::Vague, List::Owners, List::When] {
            for lang in [Lang::Nl, Lang::En] {
                assert!(parse(lang, l.built_in(lang)).len() >= 5, "{l:?} {lang:?}");
            }
        }
        let p = parse(Lang::Nl, "# kop\nbeter opletten  # veelgebruikt\n\n");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].written, "beter opletten");
    }
}
