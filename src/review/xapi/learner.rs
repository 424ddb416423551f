//! Who a statement is about: one learner across groups, as an account on
//! the school's `homePage` (the group is context, not identity). By name,
//! or on request by a pseudonym from a mapping file the teacher keeps: the
//! LRS then holds no name, and only the teacher can tell who is who.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rand::RngExt;
use serde_json::{Value, json};

use crate::i18n::Text;
use crate::review::identity;

/// The `homePage` of the accounts when none is set: a reserved URL that
/// never resolves.
pub const DEFAULT_HOME: &str = "https://klachtsim.invalid";

/// How a learner is named in the statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Naming {
    /// The name folded as the review compares names (`identity::key`): the
    /// same person in two groups, however written, is one account.
    Names,
    /// A pseudonym per learner from the teacher's mapping file.
    Pseudonyms(Pseudonyms),
}

/// The teacher's mapping of learners to pseudonyms: a CSV file
/// (`cursist;pseudoniem`), one learner a line. Learners not in it yet are
/// given a new random pseudonym, which `save` adds to the file; existing
/// lines are never changed, so a pseudonym stays the same for good.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pseudonyms {
    path: PathBuf,
    /// By `identity::key` of the name: the name as written, and the pseudonym.
    map: BTreeMap<String, (String, String)>,
    added: bool,
}

const HEADER: &str = "cursist;pseudoniem";

impl Pseudonyms {
    /// Reads the mapping at `path`; a file that does not exist is an empty
    /// mapping (it is made on `save`).
    pub fn open(path: &Path) -> Result<Pseudonyms, Text> {
        let mut p = Pseudonyms { path: path.to_owned(), map: BTreeMap::new(), added: false };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(file_error(path, 0, e.to_string())),
        };
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() || (i == 0 && line.eq_ignore_ascii_case(HEADER)) {
                continue;
            }
            let Some((name, alias)) = line.rsplit_once(';') else {
                return Err(file_error(path, i + 1, line.to_owned()));
            };
            let (name, alias) = (name.trim(), alias.trim());
            if name.is_empty() || alias.is_empty() {
                return Err(file_error(path, i + 1, line.to_owned()));
            }
            p.map.insert(identity::key(name).into_owned(), (name.to_owned(), alias.to_owned()));
        }
        Ok(p)
    }

    /// The pseudonym of `trainee`, made now if the mapping has none.
    pub fn of(&mut self, trainee: &str) -> String {
        let key = identity::key(trainee).into_owned();
        if let Some((_, alias)) = self.map.get(&key) {
            return alias.clone();
        }
        let taken: std::collections::BTreeSet<&str> = self.map.values().map(|(_, a)| a.as_str()).collect();
        let mut rng = rand::rng();
        let alias = loop {
            // 40 random bits: nothing of the name is in it, and a class
            // never draws the same one twice in practice (checked anyway).
            let n: u64 = rng.random::<u64>() & 0xff_ffff_ffff;
            let a = format!("k{n:010x}");
            if !taken.contains(a.as_str()) {
                break a;
            }
        };
        self.map.insert(key, (identity::display(trainee).into_owned(), alias.clone()));
        self.added = true;
        alias
    }

    /// The pseudonym of `trainee` if the mapping has one.
    pub fn get(&self, trainee: &str) -> Option<&str> {
        self.map.get(identity::key(trainee).as_ref()).map(|(_, a)| a.as_str())
    }

    /// Writes the mapping back if pseudonyms were added: whole, to a new
    /// file renamed into place, so a crash leaves the old mapping.
    pub fn save(&mut self) -> Result<(), Text> {
        if !self.added {
            return Ok(());
        }
        let mut text = format!("{HEADER}\n");
        for (name, alias) in self.map.values() {
            text.push_str(&format!("{name};{alias}\n"));
        }
        let tmp = self.path.with_extension("csv.tmp");
        let written = std::fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp, &self.path));
        written.map_err(|e| file_error(&self.path, 0, e.to_string()))?;
        self.added = false;
        Ok(())
    }

    /// Gives every trainee of `trainees` a pseudonym (see `of`).
    pub fn assign<'a>(&mut self, trainees: impl IntoIterator<Item = &'a str>) {
        for t in trainees {
            self.of(t);
        }
    }
}

fn file_error(path: &Path, line: usize, what: String) -> Text {
    Text::msg("xapi-pseudonyms-bad").arg("file", path.display().to_string()).arg("line", line as i64).arg("what", what)
}

/// The actor of a learner's statements. With pseudonyms, every trainee
/// must have been given one first (`Pseudonyms::assign`).
pub fn actor(home: &str, naming: &Naming, trainee: &str) -> Value {
    let name = match naming {
        Naming::Names => identity::key(trainee).into_owned(),
        Naming::Pseudonyms(p) => p.get(trainee).expect("every trainee was given a pseudonym").to_owned(),
    };
    json!({ "objectType": "Agent", "account": { "homePage": home, "name": name } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pseudonym_is_kept_for_good_and_the_file_is_the_teachers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pseudoniemen.csv");
        let mut p = Pseudonyms::open(&path).unwrap();
        let anna = p.of("Anna de Vries");
        assert_eq!(p.of(" anna de vries "), anna, "the same person, however written");
        let bram = p.of("Bram");
        assert_ne!(anna, bram);
        p.save().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("cursist;pseudoniem\n") && text.contains(&format!("Anna de Vries;{anna}")), "{text}");
        let mut again = Pseudonyms::open(&path).unwrap();
        assert_eq!(again.of("Anna de Vries"), anna);
        assert_eq!(again.get("Bram"), Some(bram.as_str()));
        std::fs::write(&path, "cursist;pseudoniem\nzonder puntkomma\n").unwrap();
        let Err(Text::Msg { args, .. }) = Pseudonyms::open(&path) else { panic!("a broken line is an error") };
        assert!(format!("{args:?}").contains("zonder puntkomma"));
    }
}
