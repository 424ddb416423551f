//! How a term's clock runs, stops and warns: real hours in the policy's
//! time zone or business hours, the time a term stands still while the
//! case waits for the customer ("wacht op klant"), and the moment a share
//! of the term has gone (the warning before a breach). `sla.rs` uses these
//! for every SLA target; the rules of which target runs on which clock stay
//! there and in the policy.
//!
//! Semantics, decided here:
//! - a pause stops only a term that is running: it must start after the
//!   term's clock and before the term is due or done. The term then ends
//!   later by the time the pause took on the term's own clock (a pause in
//!   the evening costs a business-hours term nothing);
//! - the warning comes when the given share of the term's time has gone on
//!   its clock; pauses move it just as they move the deadline;
//! - a term in working days runs on business hours for both.

use chrono::{Duration, NaiveDateTime, TimeZone};

use super::Calendar;
use crate::policy::{Counting, Target};

/// A stretch in which the case waits for the customer: from the question
/// (photos, a receipt) to the customer's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pause {
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
}

/// The clock a term's time is measured on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermClock {
    /// Real hours, day and night.
    Clock,
    /// Only while the office is open.
    Office,
}

impl TermClock {
    /// A target in working days counts working time, whatever its
    /// `Counting`.
    pub fn of(target: Target, counting: Counting) -> TermClock {
        match (target, counting) {
            (Target::WorkingDays(_), _) | (_, Counting::BusinessHours) => TermClock::Office,
            (_, Counting::Clock) => TermClock::Clock,
        }
    }
}

/// A term's end and its warning, counted from `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub due: NaiveDateTime,
    pub warn: NaiveDateTime,
}

impl Calendar {
    /// `minutes` real minutes after the local moment `at`, as a local
    /// moment (across a change to or from summer time too).
    pub fn add_clock_minutes(&self, at: NaiveDateTime, minutes: i64) -> NaiveDateTime {
        let real = self.instant(at);
        real.checked_add_signed(Duration::minutes(minutes))
            .map_or(NaiveDateTime::MAX, |t| t.with_timezone(&self.zone).naive_local())
    }

    /// The real minutes between two local moments.
    pub fn clock_minutes_between(&self, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        (self.instant(to) - self.instant(from)).num_minutes()
    }

    /// The instant of a local moment: the earlier of a doubled hour, and
    /// an hour later for a moment the change to summer time skips.
    fn instant(&self, at: NaiveDateTime) -> chrono::DateTime<chrono_tz::Tz> {
        let zone = self.zone;
        zone.from_local_datetime(&at)
            .earliest()
            .or_else(|| zone.from_local_datetime(&(at + Duration::hours(1))).earliest())
            .unwrap_or_else(|| zone.from_utc_datetime(&at))
    }

    /// The minutes between two moments on `clock` (none backwards).
    pub fn minutes_on(&self, clock: TermClock, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        match clock {
            TermClock::Clock => self.clock_minutes_between(from, to).max(0),
            TermClock::Office => self.business_minutes_between(from, to),
        }
    }

    /// `minutes` further on `clock` from `at`.
    pub fn advance(&self, clock: TermClock, at: NaiveDateTime, minutes: i64) -> NaiveDateTime {
        match clock {
            TermClock::Clock => self.add_clock_minutes(at, minutes),
            TermClock::Office => self.add_business_minutes(at, minutes),
        }
    }

    /// The end and the warning of a target started at `from`: the warning
    /// when `warn_percent` of its time has gone; both later by the pauses
    /// in which it stood still (see the module's semantics). `done`: when
    /// the term was met, after which nothing stops it.
    pub fn term(
        &self,
        from: NaiveDateTime,
        (target, counting): (Target, Counting),
        warn_percent: u32,
        pauses: &[Pause],
        done: Option<NaiveDateTime>,
    ) -> Term {
        let clock = TermClock::of(target, counting);
        let due = self.deadline(from, target, counting);
        let span = self.minutes_on(clock, from, due);
        let warn = match warn_percent {
            100.. => due,
            p => self.advance(clock, from, span * i64::from(p) / 100).min(due),
        };
        Term { due: self.paused(clock, from, due, pauses, done), warn: self.paused(clock, from, warn, pauses, done) }
    }

    /// `moment` moved on by the pauses between `from` and itself (and
    /// before `done`).
    fn paused(
        &self,
        clock: TermClock,
        from: NaiveDateTime,
        moment: NaiveDateTime,
        pauses: &[Pause],
        done: Option<NaiveDateTime>,
    ) -> NaiveDateTime {
        let mut sorted = pauses.to_vec();
        sorted.sort_by_key(|p| p.from);
        let (mut m, mut covered) = (moment, from);
        for p in sorted {
            let start = p.from.max(covered);
            if start >= m || done.is_some_and(|d| start >= d) {
                continue;
            }
            let stopped = self.minutes_on(clock, start, p.to);
            if stopped > 0 {
                m = self.advance(clock, m, stopped);
            }
            covered = covered.max(p.to);
        }
        m
    }
}
