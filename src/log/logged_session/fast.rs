//! The hand reader: exactly the layout `log::append` writes, byte by byte,
//! with its own fixed-width date parser. `None` means "not that layout" (or
//! not valid), never "not a record": the general reader then decides. It
//! exists for speed only: benches/README.md ("3a") has the figures that
//! keep it.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;
use serde::de::value::BorrowedStrDeserializer;

use super::{Lesson, LoggedSession, TrainingMark};
use crate::log::pair::Pair;
use crate::log::record::{Status, actions_at};
use crate::model::{Category, Cause, Step, Verdict};
use crate::score::self_assessment::{SelfAssessment, SelfRating};

struct Cursor<'a> {
    /// The text before the actions, checked to be UTF-8 once.
    text: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> Cursor<'a> {
    #[inline(always)]
    fn lit(&mut self, s: &[u8]) -> Option<()> {
        if self.b.get(self.i..self.i + s.len()) == Some(s) {
            self.i += s.len();
            Some(())
        } else {
            None
        }
    }

    #[inline(always)]
    fn eat(&mut self, s: &[u8]) -> bool {
        self.lit(s).is_some()
    }

    /// A string without escapes (control characters were ruled out for the
    /// whole text at once).
    fn str(&mut self) -> Option<&'a str> {
        self.lit(b"\"")?;
        let n = memchr::memchr2(b'"', b'\\', &self.b[self.i..])?;
        if self.b[self.i + n] != b'"' {
            return None;
        }
        let s = self.text.get(self.i..self.i + n)?;
        self.i += n + 1;
        Some(s)
    }

    /// A whole number without sign, fraction or exponent, at most `max`.
    fn uint(&mut self, max: u64) -> Option<u64> {
        let rest = &self.b[self.i..];
        let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 19 || (n > 1 && rest[0] == b'0') || matches!(rest.get(n), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let v = rest[..n].iter().fold(0u64, |v, c| v * 10 + u64::from(c - b'0'));
        self.i += n;
        (v <= max).then_some(v)
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.eat(b"true") {
            Some(true)
        } else if self.eat(b"false") {
            Some(false)
        } else {
            None
        }
    }

    /// One of the program's terms, read by its own serde rules (names and
    /// aliases).
    fn term<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let s = self.str()?;
        T::deserialize(BorrowedStrDeserializer::<serde::de::value::Error>::new(s)).ok()
    }

    fn naive(&mut self) -> Option<NaiveDateTime> {
        let s = self.str()?;
        naive_date_time(s.as_bytes()).filter(|(_, len)| *len == s.len()).map(|(t, _)| t).or_else(|| s.parse().ok())
    }

    fn moment(&mut self) -> Option<DateTime<FixedOffset>> {
        let s = self.str()?;
        fixed_date_time(s.as_bytes()).or_else(|| s.parse().ok())
    }

    /// `"skipped"`, or every step once with its rating.
    fn self_assessment(&mut self) -> Option<SelfAssessment> {
        if self.eat(b"\"skipped\"") {
            return Some(SelfAssessment::Skipped);
        }
        self.lit(b"{")?;
        let mut ratings = [None; 7];
        loop {
            let i = self.term::<Step>()?.index();
            self.lit(b":")?;
            if ratings[i].replace(self.term::<SelfRating>()?).is_some() {
                return None;
            }
            if self.eat(b"}") {
                break;
            }
            self.lit(b",")?;
        }
        SelfAssessment::complete(ratings)
    }

    fn opt<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.eat(b"null") { Some(None) } else { read(self).map(Some) }
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |v, c| c.is_ascii_digit().then(|| v * 10 + u32::from(c - b'0')))
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]` at the start of `b`: the moment and the
/// length read. Leap seconds and other rarities are left to chrono.
fn naive_date_time(b: &[u8]) -> Option<(NaiveDateTime, usize)> {
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)?;
    let (h, m, s) = (digits(&b[11..13])?, digits(&b[14..16])?, digits(&b[17..19])?);
    let mut len = 19;
    let mut nano = 0;
    if b.get(19) == Some(&b'.') {
        let n = b[20..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&n) {
            return None;
        }
        nano = digits(&b[20..20 + n])? * 10u32.pow(9 - n as u32);
        len = 20 + n;
    }
    if s > 59 {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(h, m, s, nano)?;
    Some((date.and_time(time), len))
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`, the whole of `b`.
fn fixed_date_time(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    let (local, len) = naive_date_time(b)?;
    let offset = match &b[len..] {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let secs = (digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?) as i32 * 60;
            if *sign == b'-' { -secs } else { secs }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(offset)?;
    local.and_local_timezone(offset).single()
}

pub(super) fn fast(line: &[u8]) -> Option<LoggedSession<'_>> {
    // The list of actions comes last and is not read; the line must at least
    // end as a record with one does.
    if !line.ends_with(b"]}") {
        return None;
    }
    let at = actions_at(line)?;
    let head = &line[..at];
    // serde_json takes no control characters in strings, and this program
    // writes none anywhere else.
    if head.iter().fold(false, |any, c| any | (*c < 0x20)) {
        return None;
    }
    let text = std::str::from_utf8(head).ok()?;
    let mut c = Cursor { text, b: head, i: 0 };
    c.lit(b"{\"schema\":")?;
    c.uint(u64::from(u32::MAX))?;
    c.lit(b",\"trainee\":")?;
    let trainee = c.str()?;
    c.lit(b",\"group\":")?;
    let group = c.str()?;
    c.lit(b",\"scenario\":{\"id\":")?;
    let scenario_id = c.str()?;
    c.lit(b",\"title\":")?;
    let scenario_title = c.str()?;
    c.lit(b",\"hash\":")?;
    c.str()?;
    c.lit(b",\"category\":")?;
    let category = c.term::<Category>()?;
    c.lit(b",\"verdict\":")?;
    c.term::<Verdict>()?;
    c.lit(b"},\"policy\":")?;
    c.str()?;
    c.lit(b",\"seed\":")?;
    let seed = c.uint(u64::MAX)?;
    c.lit(b",\"status\":")?;
    let status = c.term::<Status>()?;
    c.lit(b",\"started\":")?;
    let started = c.moment()?;
    c.lit(b",\"ended\":")?;
    let ended = c.moment()?;
    c.lit(b",\"sim_started\":")?;
    let sim_started = c.naive()?;
    c.lit(b",\"sim_ended\":")?;
    c.naive()?;

    c.lit(b",\"steps\":{")?;
    let mut steps = [0; 7];
    let mut seen = 0u8;
    if !c.eat(b"}") {
        loop {
            let i = c.term::<Step>()?.index();
            c.lit(b":")?;
            steps[i] = c.uint(u64::from(u32::MAX))? as u32;
            if seen & (1 << i) != 0 {
                return None;
            }
            seen |= 1 << i;
            if c.eat(b"}") {
                break;
            }
            c.lit(b",")?;
        }
    }
    c.lit(b",\"overall\":")?;
    let overall = c.uint(u64::from(u32::MAX))? as u32;

    c.lit(b",\"violations\":[")?;
    let mut violations = Vec::new();
    if !c.eat(b"]") {
        loop {
            c.lit(b"{\"rule\":")?;
            violations.push(Cow::Borrowed(c.str()?));
            c.lit(b",\"step\":")?;
            c.term::<Step>()?;
            c.lit(b",\"deadline\":")?;
            c.opt(Cursor::naive)?;
            c.lit(b",\"actual\":")?;
            c.opt(Cursor::naive)?;
            c.lit(b"}")?;
            if c.eat(b"]") {
                break;
            }
            c.lit(b",")?;
        }
    }
    c.lit(b",\"csat\":")?;
    let csat = c.uint(u64::from(u8::MAX))? as u8;
    c.lit(b",\"csat_collected\":")?;
    let csat_collected = c.boolean()?;
    c.lit(b",\"lesson\":")?;
    let lesson = c.opt(|c| {
        c.lit(b"{\"category\":")?;
        let category = c.term::<Category>()?;
        c.lit(b",\"cause\":")?;
        let cause = c.term::<Cause>()?;
        c.lit(b",\"root_cause\":")?;
        let root_cause = Cow::Borrowed(c.str()?);
        c.lit(b",\"correction\":")?;
        let correction = Cow::Borrowed(c.str()?);
        c.lit(b"}")?;
        Some(Lesson { category, cause, root_cause, correction })
    })?;
    c.lit(b",\"first_response\":")?;
    let first_response = c.opt(Cursor::naive)?;
    c.lit(b",\"closed\":")?;
    let closed = c.opt(Cursor::naive)?;
    c.lit(b",\"escalated\":")?;
    let escalated = c.boolean()?;
    // Only in records that have one (see `Record::self_assessment`).
    let self_assessment = if c.eat(b",\"self_assessment\":") { c.opt(Cursor::self_assessment)? } else { None };
    // Fields the overview does not show (the mood curve, consequences, the
    // id a retry retries): checked to be JSON and passed over. The near
    // breaches, the pair role-play, the training plan and where a retry
    // continued from are read (only in records that have them, see
    // `Record::near_breach`, `Record::pair`, `Record::training`).
    let mut near_breach = Vec::new();
    let mut training = None;
    let (mut pair, mut pair_read) = (None, false);
    let mut retry_from = None;
    while c.i != at {
        // The training plan: read with its own serde rules, borrowing.
        if c.eat(b",\"training\":") {
            let mut values = serde_json::Deserializer::from_str(c.text.get(c.i..at)?).into_iter::<TrainingMark>();
            training = Some(values.next()?.ok()?);
            c.i += values.byte_offset();
            continue;
        }
        // The pair role-play's part, read whole by its own serde rules;
        // twice is no record (serde_json refuses a duplicate field).
        if c.eat(b",\"pair\":") {
            if std::mem::replace(&mut pair_read, true) {
                return None;
            }
            let mut values = serde_json::Deserializer::from_str(c.text.get(c.i..at)?).into_iter::<Option<Pair>>();
            pair = values.next()?.ok()?;
            c.i += values.byte_offset();
            continue;
        }
        if c.eat(b",\"retry_from\":") {
            retry_from = Some(usize::try_from(c.uint(u64::from(u32::MAX))?).ok()?);
            continue;
        }
        if c.eat(b",\"near_breach\":[") {
            loop {
                near_breach.push(Cow::Borrowed(c.str()?));
                if c.eat(b"]") {
                    break;
                }
                c.lit(b",")?;
            }
            continue;
        }
        c.lit(b",")?;
        c.str()?;
        c.lit(b":")?;
        let mut values = serde_json::Deserializer::from_str(c.text.get(c.i..at)?).into_iter::<serde::de::IgnoredAny>();
        values.next()?.ok()?;
        c.i += values.byte_offset();
    }

    Some(LoggedSession {
        trainee: Cow::Borrowed(trainee),
        group: Cow::Borrowed(group),
        scenario_id: Cow::Borrowed(scenario_id),
        scenario_title: Cow::Borrowed(scenario_title),
        category,
        seed,
        status,
        started,
        ended,
        sim_started,
        steps,
        overall,
        violations,
        csat,
        csat_collected,
        lesson,
        first_response,
        closed,
        escalated,
        self_assessment,
        near_breach,
        training,
        pair,
        retry_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_read_like_chrono() {
        for s in [
            "2026-11-23T19:28:33.101309660Z",
            "2026-11-23T19:28:33Z",
            "2026-11-23T19:28:33.1+01:00",
            "2026-03-29T02:30:00-05:30",
            "2024-02-29T23:59:59.999999999+14:00",
        ] {
            let want: DateTime<FixedOffset> = s.parse().unwrap();
            assert_eq!(fixed_date_time(s.as_bytes()), Some(want), "{s}");
        }
        for s in ["2026-11-20T15:40:00", "2026-11-20T15:40:00.5", "0001-01-01T00:00:00"] {
            let want: NaiveDateTime = s.parse().unwrap();
            assert_eq!(naive_date_time(s.as_bytes()).map(|x| x.0), Some(want), "{s}");
        }
        // Left to chrono: the fast reader does not claim them.
        for s in ["2026-02-30T10:00:00Z", "2026-11-23T19:28:60Z", "2026-11-23 19:28:33Z", "2026-11-23T19:28:33+25:00"] {
            assert_eq!(fixed_date_time(s.as_bytes()), None, "{s}");
        }
    }

    #[test]
    fn numbers_are_strict() {
        let read = |s: &str| Cursor { text: s, b: s.as_bytes(), i: 0 }.uint(u64::from(u32::MAX));
        assert_eq!(read("42,"), Some(42));
        assert_eq!(read("0}"), Some(0));
        assert_eq!(read("042"), None);
        assert_eq!(read("4.2"), None);
        assert_eq!(read("1e3"), None);
        assert_eq!(read("-1"), None);
        assert_eq!(read("4294967296"), None);
    }
}
