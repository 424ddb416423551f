//! Keeping names off the class summary: the page quotes what students
//! wrote (a lesson learned, an answer to "why", an observer's comment), and
//! a student may have written a classmate's name in it. Every word of a
//! name of someone in the class's sessions (employee, customer, observer)
//! is replaced by "[…]" in what the page quotes.

use std::collections::HashSet;

use crate::i18n::Lang;
use crate::log::Record;
use crate::text::{fold, words};

/// What replaces a name in a quote.
pub const HIDDEN: &str = "[…]";

/// The folded words of every name in the class's sessions.
#[derive(Clone, Debug, Default)]
pub struct Names(HashSet<String>);

impl Names {
    pub fn of(rs: &[&Record]) -> Names {
        let mut names = Names::default();
        for r in rs {
            names.add(&r.trainee);
            if let Some(p) = &r.pair {
                names.add(&p.customer);
                names.add(&p.observer);
            }
        }
        names
    }

    /// The words of one name. In "Anna de Vries" the lower-case "de" is a
    /// particle (tussenvoegsel), not a name: hiding every "de" in a Dutch
    /// text would garble it. A name typed all in lower case counts whole.
    fn add(&mut self, name: &str) {
        let ws = words(Lang::Nl, name);
        let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let any_capital = ws.tokens.iter().any(|t| capital(&name[t.span.clone()]));
        for t in &ws.tokens {
            if !any_capital || capital(&name[t.span.clone()]) {
                self.0.insert(t.folded.clone());
            }
        }
    }

    /// `text` with every name word replaced by `HIDDEN`.
    pub fn hide(&self, text: &str) -> String {
        let ws = words(Lang::Nl, text);
        let mut out = String::with_capacity(text.len());
        let mut from = 0;
        for t in ws.tokens.iter().filter(|t| self.0.contains(&fold(&t.folded))) {
            out.push_str(&text[from..t.span.start]);
            out.push_str(HIDDEN);
            from = t.span.end;
        }
        out.push_str(&text[from..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_hidden_and_particles_kept() {
        let mut n = Names::default();
        n.add("Anna de Vries");
        n.add("bram");
        assert_eq!(
            n.hide("De klant zei tegen anna dat Bram de doos had."),
            "De klant zei tegen […] dat […] de doos had."
        );
        assert_eq!(n.hide("VRIES vergat het"), "[…] vergat het");
    }
}
