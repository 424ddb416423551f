//! The names of things in xAPI: statement ids (name-based UUIDs, the same
//! for the same session on every run, so a second send is recognised),
//! activity and extension IRIs under one base, language maps, ISO 8601
//! durations and timestamps.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::i18n::{Lang, tr};

/// The IRIs of klachtsim's activities and extensions, all under one base
/// (`https://school.example/xapi`): a school that publishes a page at
/// each makes them resolvable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Iris {
    base: String,
}

impl Iris {
    /// `base` without a trailing slash; an empty base is the default.
    pub fn new(base: &str) -> Iris {
        let base = base.trim().trim_end_matches('/');
        Iris { base: if base.is_empty() { DEFAULT_BASE.to_owned() } else { base.to_owned() } }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// `base/part/part...`, each part percent-encoded where an IRI path
    /// segment may not hold it.
    pub fn at(&self, parts: &[&str]) -> String {
        let mut out = self.base.clone();
        for p in parts {
            out.push('/');
            out.push_str(&segment(p));
        }
        out
    }

    /// The IRI of one of klachtsim's extensions (`base/extensions/NAME`).
    pub fn extension(&self, name: &str) -> String {
        self.at(&["extensions", name])
    }
}

/// The base when none is set: a reserved name that never resolves, so no
/// one else's site is claimed.
pub const DEFAULT_BASE: &str = "https://klachtsim.invalid/xapi";

/// A path segment: unreserved characters and non-ASCII letters as they are
/// (an IRI allows those), everything else percent-encoded.
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || (!c.is_ascii() && c.is_alphanumeric()) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The language tag of a language in xAPI's language maps.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-US",
    }
}

/// The language of a scenario's `language` field ("nl" or "en").
pub fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// A message of the translation files in both of the product's languages.
pub fn both(id: &str) -> Value {
    json!({ tag(Lang::Nl): tr(Lang::Nl, id), tag(Lang::En): tr(Lang::En, id) })
}

/// Text that exists in one language only (what a scenario's author wrote).
pub fn one(lang: Lang, text: &str) -> Value {
    let mut m = Map::new();
    m.insert(tag(lang).to_owned(), Value::String(text.to_owned()));
    Value::Object(m)
}

fn digest(parts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize().into()
}

/// A name-based UUID (version 5 layout) from `parts`.
pub fn uuid(parts: &[&str]) -> String {
    let mut b: [u8; 16] = digest(parts)[..16].try_into().expect("16 bytes");
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// An ISO 8601 duration such as `PT12M30S`.
pub fn iso_duration(seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if sec > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{sec}S"));
    }
    out
}

/// A moment with its offset, to the millisecond (RFC 3339).
pub fn timestamp(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, false)
}

/// A moment on the simulated clock, which is kept in the policy's time
/// zone, with that zone's offset. A moment that does not exist there (in
/// the hour a clock skips in spring) is the same moment an hour on, as a
/// wall clock shows it.
pub fn simulated(t: NaiveDateTime, zone: chrono_tz::Tz) -> String {
    let local = zone
        .from_local_datetime(&t)
        .earliest()
        .or_else(|| zone.from_local_datetime(&(t + chrono::Duration::hours(1))).earliest())
        .unwrap_or_else(|| zone.from_utc_datetime(&t));
    timestamp(&local.fixed_offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_under_one_base_and_encoded() {
        let i = Iris::new("https://school.example/xapi/");
        assert_eq!(i.at(&["scenarios", "gstar rits"]), "https://school.example/xapi/scenarios/gstar%20rits");
        assert_eq!(i.at(&["classes", "3B/ä"]), "https://school.example/xapi/classes/3B%2Fä");
        assert_eq!(Iris::new("").base(), DEFAULT_BASE);
    }

    #[test]
    fn simulated_moments_carry_the_zone_offset() {
        let moment = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let ams = chrono_tz::Europe::Amsterdam;
        assert_eq!(simulated(moment("2025-01-06 09:30"), ams), "2025-01-06T09:30:00.000+01:00");
        assert_eq!(simulated(moment("2025-07-07 09:30"), ams), "2025-07-07T09:30:00.000+02:00");
        // 02:30 on the last Sunday of March does not exist in Amsterdam.
        assert_eq!(simulated(moment("2025-03-30 02:30"), ams), "2025-03-30T03:30:00.000+02:00");
    }
}
