//! Who a session belongs to: a trainee's or group's name as typed, made
//! into one identity. "Anna", "anna", "Anna " and the composed and
//! decomposed forms of "José" are one person: names are put in Unicode NFC
//! and trimmed for showing, and lower-cased on top of that for matching.
//! The review's rows, its filters and the trainer's screen all go through
//! here, so a name that is one person in one place is one person
//! everywhere.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

use crate::i18n::{Lang, tr};

/// The name as it is shown: NFC, without surrounding white space.
pub fn display(name: &str) -> Cow<'_, str> {
    let trimmed = name.trim();
    match is_nfc_quick(trimmed.chars()) {
        unicode_normalization::IsNormalized::Yes => Cow::Borrowed(trimmed),
        _ => Cow::Owned(trimmed.nfc().collect()),
    }
}

/// The name as it is matched: `display`, lower-cased (full Unicode case
/// mapping, so "JOSÉ" is "josé"). Lower-casing can undo NFC, so the
/// result is put in NFC again.
pub fn key(name: &str) -> Cow<'_, str> {
    let shown = display(name);
    if shown.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return shown;
    }
    Cow::Owned(shown.to_lowercase().nfc().collect())
}

/// Whether two names are the same identity.
pub fn same(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// A trainee's name for a reader, or the word for one who gave none.
pub fn trainee(lang: Lang, name: &str) -> String {
    let shown = display(name);
    if shown.is_empty() { tr(lang, "review-anonymous") } else { shown.into_owned() }
}

/// A trainee with their group, wherever a name appears on its own (the
/// per-step table, a chart, the lessons): two Annas in different classes
/// are told apart.
pub fn trainee_in_group(lang: Lang, name: &str, group: &str) -> String {
    let group = display(group);
    let name = trainee(lang, name);
    if group.is_empty() { name } else { format!("{name} ({group})") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_of_a_name_are_one_identity() {
        for (a, b) in [("Anna", "anna"), ("Anna ", "anna"), ("Jos\u{e9}", "Jose\u{301}"), ("JOS\u{c9}", "jos\u{e9}")] {
            assert!(same(a, b), "{a:?} {b:?}");
        }
        assert!(!same("Anna", "Anne"));
        assert_eq!(display(" Jose\u{301} "), "Jos\u{e9}");
        assert_eq!(trainee(Lang::Nl, "  "), tr(Lang::Nl, "review-anonymous"));
        assert_eq!(trainee_in_group(Lang::Nl, "Anna", " 2B"), "Anna (2B)");
    }
}
