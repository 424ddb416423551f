//! How a moment (a date and a time) is written by a person: in a scenario
//! file and on the command line alike, `2026-11-20 16:45` as well as
//! chrono's `2026-11-20T16:45:00`, so that what `klachtsim new --received`
//! takes is also what the file takes.

use chrono::NaiveDateTime;
use serde::{Deserialize, Deserializer};

/// The moment `s` names, in any of the accepted forms.
pub fn parse_moment(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// For `#[serde(deserialize_with)]`: a moment from a string in any
/// accepted form. The error says nothing the loader shows: it explains a
/// bad moment in its own words from the text at the error.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let s = String::deserialize(d)?;
    parse_moment(&s).ok_or_else(|| serde::de::Error::custom("not a moment"))
}

/// A moment on its own, read in any accepted form: what the loader reads
/// a `received` field as when it reads a broken file field by field, so
/// that a moment written with a space is not taken for a mistake there.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Moment(#[serde(deserialize_with = "deserialize")] pub NaiveDateTime);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_written_form_is_the_same_moment() {
        let want = parse_moment("2026-11-30T10:00:00").unwrap();
        for s in ["2026-11-30 10:00", "2026-11-30T10:00", " 2026-11-30 10:00:00 "] {
            assert_eq!(parse_moment(s), Some(want), "{s}");
        }
        for s in ["30-11-2026 10:00", "2026-11-30", "2026-11-31 10:00", ""] {
            assert_eq!(parse_moment(s), None, "{s}");
        }
    }
}
