//! The ron errors that are explained without looking around them (an
//! unknown value, a missing field), the "did you mean" of a misspelt name,
//! and the range that reads like an amount with a decimal comma. Split off
//! `explain`, which reads the text around an error.

use ron::Error as E;

use crate::i18n::Text;

/// The errors that need nothing from their surroundings.
pub(super) fn simple(code: &E) -> (Text, Option<Text>) {
    match code {
        E::NoSuchEnumVariant { expected, found, .. } => {
            (Text::msg("ron-unknown-value").arg("found", found.clone()), Some(suggestion(found, expected)))
        }
        E::NoSuchStructField { expected, found, .. } => {
            (Text::msg("load-unknown-field").arg("field", found.clone()), Some(suggestion(found, expected)))
        }
        E::MissingStructField { field, .. } => (
            Text::msg("load-missing-field").arg("field", *field),
            Some(Text::msg("load-missing-field-hint").arg("field", *field)),
        ),
        E::DuplicateStructField { field, .. } => (Text::msg("load-duplicate-field").arg("field", *field), None),
        E::ExpectedOptionEnd => (Text::msg("ron-expected-close"), Some(Text::msg("ron-expected-comma-hint"))),
        E::Eof => (Text::msg("ron-eof"), Some(Text::msg("ron-eof-hint"))),
        E::ExpectedStringEnd => (Text::msg("ron-unclosed-string"), None),
        E::ExpectedArray => (Text::msg("ron-expected-list"), None),
        E::ExpectedMap => (Text::msg("ron-expected-map"), None),
        E::ExpectedMapColon => (Text::msg("ron-expected-colon"), None),
        E::TrailingCharacters => (Text::msg("ron-trailing"), None),
        E::UnclosedBlockComment | E::UnclosedLineComment => (Text::msg("ron-unclosed-comment"), None),
        E::ExceededRecursionLimit => (Text::msg("ron-too-deep"), None),
        E::ExpectedDifferentStructName { expected, found } => {
            (Text::msg("load-wrong-struct").arg("found", found.clone()).arg("name", *expected), None)
        }
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            (Text::msg("ron-expected-name"), Some(Text::msg("ron-compare-hint")))
        }
        // Everything else is rare by hand; our words, never ron's.
        _ => (Text::msg("ron-unreadable"), Some(Text::msg("ron-compare-hint"))),
    }
}

/// "Did you mean ...?" for a misspelt name, or the list of valid names.
pub fn suggestion(found: &str, expected: &[&str]) -> Text {
    let best =
        expected.iter().map(|e| (strsim::damerau_levenshtein(&found.to_lowercase(), &e.to_lowercase()), *e)).min();
    match best {
        Some((d, e)) if d <= 2.max(found.len() / 3) => Text::msg("load-did-you-mean").arg("name", e),
        _ => Text::msg("load-expected-one-of").arg("names", expected.join(", ")),
    }
}

/// `Refund(99,95)`: a range of two whole amounts written without a space,
/// the second of one or two digits, reads like one amount with a decimal
/// comma. What it reads as, and how to write the amount it probably means.
pub fn decimal_split(offer: &str) -> Option<(Text, Text)> {
    let (name, rest) = offer.trim().split_once('(')?;
    let name = name.trim();
    if !matches!(name, "Refund" | "Voucher" | "Terugbetaling" | "Tegoedbon") {
        return None;
    }
    let (lo, hi) = rest.strip_suffix(')')?.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(lo) && digits(hi) && hi.len() <= 2).then(|| {
        (
            Text::msg("warn-decimal-split").arg("value", offer.trim()).arg("lo", lo).arg("hi", hi),
            Text::msg("warn-decimal-split-hint").arg("fixed", format!("{lo}.{hi}")).arg("name", name),
        )
    })
}
