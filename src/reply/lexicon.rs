//! The word lists the reply analyser reads with: one file per list under
//! `assets/lexicon/<lang>/<list>.txt`, built in with `include_str!`, and
//! optionally extended by a trainer with files of the same names in a
//! folder of their own (`<folder>/<lang>/<list>.txt`). The format is
//! described in `assets/lexicon/README.md`: one phrase per line, `#` starts
//! a comment, `*` at the end of a word matches any ending, `...` skips up to
//! four words, `{n}` is a number and `{date}` a date such as `28-11`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::i18n::{Lang, Text};
use crate::text::{Token, fold, stem};

/// The lists, by file name. The order is the order of `LISTS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    Empathy,
    Formulaic,
    Conditional,
    Sarcasm,
    Contrast,
    Withdrawal,
    Negation,
    Blame,
    Action,
    Receive,
    Person,
    Moment,
    Vague,
    Hedge,
    Jargon,
    Overpromise,
    Payout,
    Soon,
    Days,
    Salutation,
    Numbers,
    Understand,
    Filler,
    Ought,
}

/// Every list with its file name.
pub const LISTS: &[(List, &str)] = &[
    (List::Empathy, "empathy"),
    (List::Formulaic, "formulaic"),
    (List::Conditional, "conditional"),
    (List::Sarcasm, "sarcasm"),
    (List::Contrast, "contrast"),
    (List::Withdrawal, "withdrawal"),
    (List::Negation, "negation"),
    (List::Blame, "blame"),
    (List::Action, "action"),
    (List::Receive, "receive"),
    (List::Person, "person"),
    (List::Moment, "moment"),
    (List::Vague, "vague"),
    (List::Hedge, "hedge"),
    (List::Jargon, "jargon"),
    (List::Overpromise, "overpromise"),
    (List::Payout, "payout"),
    (List::Soon, "soon"),
    (List::Days, "days"),
    (List::Salutation, "salutation"),
    (List::Numbers, "numbers"),
    (List::Understand, "understand"),
    (List::Filler, "filler"),
    (List::Ought, "ought"),
];

/// The two lists whose lines carry a value: `twee = 2`, `morgen = 1`.
fn has_values(list: List) -> bool {
    matches!(list, List::Numbers | List::Soon)
}

macro_rules! builtin {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/lexicon/", $lang, "/empathy.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/formulaic.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/conditional.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/sarcasm.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/contrast.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/withdrawal.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/negation.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/blame.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/action.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/receive.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/person.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/moment.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/vague.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/hedge.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/jargon.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/overpromise.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/payout.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/soon.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/days.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/salutation.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/numbers.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/understand.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/filler.txt")),
            include_str!(concat!("../../assets/lexicon/", $lang, "/ought.txt")),
        ]
    };
}

const NL: [&str; 24] = builtin!("nl");
const EN: [&str; 24] = builtin!("en");

/// One word of a phrase.
#[derive(Clone, Debug, PartialEq)]
pub enum PWord {
    /// A whole word: matches the same folded word, or (a phrase of one
    /// word only) any word with the same stem. Phrases of more words are
    /// fixed expressions: "u heeft ... verkeerd" must not catch "u heeft de
    /// verkeerde maat gekregen".
    Word { folded: String, stem: String },
    /// `woord*`: any word that starts with this.
    Prefix(String),
    /// `{n}`: a number in digits, or a number word of the `numbers` list.
    Number,
    /// `{date}`: `28-11`, `28-11-2026`, `28/11` (one token with a dash).
    Date,
    /// `...`: up to four words of anything.
    Gap,
}

/// One line of a list.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub words: Vec<PWord>,
    /// The value after `=` (numbers and "soon" words only).
    pub value: Option<u32>,
}

/// A bad line of a lexicon file.
#[derive(Clone, Debug, PartialEq)]
pub struct LexiconError {
    pub file: PathBuf,
    /// The line (from 1); 0 for a problem with the whole file.
    pub line: usize,
    pub message: Text,
}

impl LexiconError {
    /// "file:line: what is wrong", in the reader's language.
    pub fn render(&self, lang: Lang) -> String {
        let place = if self.line == 0 {
            self.file.display().to_string()
        } else {
            format!("{}:{}", self.file.display(), self.line)
        };
        Text::msg("lexicon-error").arg("where", place).arg("message", self.message.render(lang)).render(lang)
    }
}

fn io_error(file: PathBuf, e: std::io::Error) -> LexiconError {
    LexiconError { file, line: 0, message: Text::msg("lexicon-unreadable").arg("error", e.to_string()) }
}

/// The lists of one language.
#[derive(Clone, Debug)]
pub struct Lexicon {
    pub lang: Lang,
    lists: HashMap<List, Vec<Phrase>>,
    /// Per list, its phrases by their first word: what can start at a token.
    index: HashMap<List, FirstWords>,
    /// Number words and their values, from the `numbers` list.
    numbers: HashMap<String, u32>,
}

/// The phrases of one list by their first word, so that a reply is matched
/// only against the phrases that can start at each word (the analyser's
/// time per reply stays far under a millisecond).
#[derive(Clone, Debug, Default)]
struct FirstWords {
    folded: HashMap<String, Vec<usize>>,
    stem: HashMap<String, Vec<usize>>,
    /// Phrases that start with `*`, `{n}` or `{date}`: tried everywhere.
    any: Vec<usize>,
}

impl Lexicon {
    /// The built-in lists of `lang`.
    pub fn builtin(lang: Lang) -> &'static Lexicon {
        static NL_LEX: OnceLock<Lexicon> = OnceLock::new();
        static EN_LEX: OnceLock<Lexicon> = OnceLock::new();
        let (cell, files) = match lang {
            Lang::Nl => (&NL_LEX, &NL),
            Lang::En => (&EN_LEX, &EN),
        };
        cell.get_or_init(|| {
            let mut lex = Lexicon { lang, lists: HashMap::new(), index: HashMap::new(), numbers: HashMap::new() };
            for ((list, name), src) in LISTS.iter().zip(files.iter()) {
                let file = PathBuf::from(format!("assets/lexicon/{}/{name}.txt", lang.code()));
                // The built-in files are tested (`builtin_lists_are_valid`).
                lex.add(*list, &file, src).unwrap_or_else(|e| panic!("{}", e[0].render(Lang::En)));
            }
            lex
        })
    }

    /// The built-in lists of `lang` plus a trainer's own: every
    /// `<dir>/<lang>/<list>.txt` adds its lines to that list. A file whose
    /// name is no list, and every bad line, is an error; all come at once.
    pub fn with_extra(lang: Lang, dir: &Path) -> Result<Lexicon, Vec<LexiconError>> {
        let mut lex = Lexicon::builtin(lang).clone();
        let folder = dir.join(lang.code());
        let entries = match std::fs::read_dir(&folder) {
            Ok(e) => e,
            // A folder with only the other language's lists is fine.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && dir.is_dir() => return Ok(lex),
            Err(e) => return Err(vec![io_error(folder, e)]),
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let mut errors = Vec::new();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            let Some((list, _)) = LISTS.iter().find(|(_, n)| *n == name) else {
                let names: Vec<&str> = LISTS.iter().map(|(_, n)| *n).collect();
                let message = Text::msg("lexicon-unknown-list").arg("name", name).arg("lists", names.join(", "));
                errors.push(LexiconError { file: path.clone(), line: 0, message });
                continue;
            };
            match std::fs::read_to_string(path) {
                Ok(src) => errors.extend(lex.add(*list, path, &src).err().unwrap_or_default()),
                Err(e) => errors.push(io_error(path.clone(), e)),
            }
        }
        if errors.is_empty() { Ok(lex) } else { Err(errors) }
    }

    /// Adds the lines of one file to `list`.
    fn add(&mut self, list: List, file: &Path, src: &str) -> Result<(), Vec<LexiconError>> {
        let mut errors = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            match parse_line(self.lang, list, line) {
                Ok(p) => {
                    if list == List::Numbers
                        && let (Some(PWord::Word { folded, .. }), Some(v)) = (p.words.first(), p.value)
                    {
                        self.numbers.insert(folded.clone(), v);
                    }
                    self.lists.entry(list).or_default().push(p);
                }
                Err(message) => errors.push(LexiconError { file: file.to_owned(), line: i + 1, message }),
            }
        }
        let mut index = FirstWords::default();
        for (i, p) in self.list(list).iter().enumerate() {
            match &p.words[0] {
                PWord::Word { folded, stem } => {
                    index.folded.entry(folded.clone()).or_default().push(i);
                    if !stem.is_empty() {
                        index.stem.entry(stem.clone()).or_default().push(i);
                    }
                }
                _ => index.any.push(i),
            }
        }
        self.index.insert(list, index);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    pub fn list(&self, list: List) -> &[Phrase] {
        self.lists.get(&list).map_or(&[], Vec::as_slice)
    }

    /// The phrases of `list` that may start at token `t`.
    pub fn starting_at<'s>(&'s self, list: List, t: &'s Token) -> impl Iterator<Item = &'s Phrase> + 's {
        let phrases = self.list(list);
        let index = self.index.get(&list);
        let pick = move |m: Option<&'s Vec<usize>>| m.into_iter().flatten();
        let folded = pick(index.and_then(|x| x.folded.get(&t.folded)));
        let stem = pick(index.and_then(|x| x.stem.get(&t.stem)));
        let any = index.into_iter().flat_map(|x| x.any.iter());
        folded.chain(stem).chain(any).map(move |i| &phrases[*i])
    }

    /// The value of a number token: digits, or a number word.
    pub fn number(&self, t: &Token) -> Option<u32> {
        t.folded.parse().ok().or_else(|| self.numbers.get(&t.folded).copied())
    }
}

fn parse_line(lang: Lang, list: List, line: &str) -> Result<Phrase, Text> {
    let (phrase, value) = match line.split_once('=') {
        Some((p, v)) if has_values(list) => {
            let v = v.trim().parse().map_err(|_| Text::msg("lexicon-bad-value").arg("value", v.trim()))?;
            (p.trim(), Some(v))
        }
        Some(_) => return Err(Text::msg("lexicon-value-not-allowed")),
        None if has_values(list) => return Err(Text::msg("lexicon-value-needed")),
        None => (line, None),
    };
    let single = phrase.split_whitespace().count() == 1;
    let mut words = Vec::new();
    for w in phrase.split_whitespace() {
        let w = fold(w);
        let word = match w.as_str() {
            "..." => PWord::Gap,
            "{n}" => PWord::Number,
            "{date}" => PWord::Date,
            _ if w.starts_with('{') => return Err(Text::msg("lexicon-placeholder").arg("word", w.as_str())),
            _ if w.ends_with('*') => {
                let p = w.trim_end_matches('*');
                if p.is_empty() || p.contains('*') {
                    return Err(Text::msg("lexicon-star").arg("word", w.as_str()));
                }
                PWord::Prefix(p.to_owned())
            }
            _ if w.contains('*') => return Err(Text::msg("lexicon-star").arg("word", w.as_str())),
            _ => PWord::Word { stem: if single { stem(lang, &w) } else { String::new() }, folded: w },
        };
        words.push(word);
    }
    match (words.first(), words.last()) {
        (Some(PWord::Gap), _) | (_, Some(PWord::Gap)) => Err(Text::msg("lexicon-gap-edge")),
        (None, _) => Err(Text::msg("lexicon-empty")),
        _ => Ok(Phrase { words, value }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_are_valid() {
        for lang in [Lang::Nl, Lang::En] {
            let lex = Lexicon::builtin(lang);
            for (list, name) in LISTS {
                assert!(!lex.list(*list).is_empty(), "{} {name} is empty", lang.code());
            }
        }
    }

    #[test]
    fn a_trainer_adds_lines_and_bad_ones_say_where() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("nl")).unwrap();
        std::fs::write(dir.path().join("nl/jargon.txt"), "# eigen woorden\nretourorder\n").unwrap();
        let lex = Lexicon::with_extra(Lang::Nl, dir.path()).unwrap();
        assert!(
            lex.list(List::Jargon)
                .iter()
                .any(|p| matches!(&p.words[0], PWord::Word { folded, .. } if folded == "retourorder"))
        );
        std::fs::write(dir.path().join("nl/jargon.txt"), "goed\n... fout\n").unwrap();
        std::fs::write(dir.path().join("nl/empatie.txt"), "x\n").unwrap();
        let errs = Lexicon::with_extra(Lang::Nl, dir.path()).unwrap_err();
        let shown: Vec<String> = errs.iter().map(|e| e.render(Lang::Nl)).collect();
        assert!(
            shown
                .iter()
                .any(|e| e.contains("empatie.txt: er is geen lijst \"empatie\"; de lijsten zijn: empathy, formulaic,")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|e| e.contains("jargon.txt:2: een zin kan niet beginnen of eindigen met ...")),
            "{shown:#?}"
        );
    }
}
