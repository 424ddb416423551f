//! The working-day calendar: business hours, weekends and Dutch public
//! holidays, and the arithmetic that turns "N working days" into a moment.
//!
//! Semantics (DOMAIN.md section 3), decided here and nowhere else:
//! - a working day is a weekday with business hours (Monday to Friday by
//!   default; a store may open on Saturday) minus the holidays of the policy;
//! - work that arrives outside business hours starts at the next opening;
//! - "within N working days" ends at the same time of day on the N-th
//!   working day after that start, within that day's hours (a Friday
//!   17:15 start that lands on a Saturday closing at 17:00 ends at 17:00);
//! - a promise "within N working days" to a customer ends at closing time
//!   of the N-th working day (0: today, or the next working day when the
//!   office is already closed);
//! - hours and minutes on the clock run day and night; in business hours
//!   they start at the next opening and stop at closing time (an owner
//!   for a web form of 20:45 is due the next working morning);
//! - hours on the clock are real hours in the policy's time zone: the
//!   night summer time starts has 23 of them, the night it ends 25.
//!
//! Every count is bounded: a term beyond `FARTHEST_WORKING_DAYS` (or a
//! moment beyond the calendar's last date) ends at that bound instead of
//! running for hours or overflowing. No real term comes near it; the
//! session refuses a trainee's term long before (`sim::limits`), so the
//! bound only keeps a bad policy or a direct call from panicking.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Serialize;

use crate::policy::{BusinessHours, Counting, Day, HolidayRules, LiberationDay, Policy, Target};

mod clock;
pub use clock::{Pause, Term, TermClock};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    AscensionDay,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
    /// A closing day the policy adds.
    CompanyDay,
}

impl Holiday {
    pub fn key(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::KingsDay => "kings-day",
            Holiday::LiberationDay => "liberation-day",
            Holiday::AscensionDay => "ascension-day",
            Holiday::WhitMonday => "whit-monday",
            Holiday::ChristmasDay => "christmas-day",
            Holiday::BoxingDay => "boxing-day",
            Holiday::CompanyDay => "company-day",
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
/// also known as Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a valid date")
}

/// The most working days any count runs: about a century. Counting day by
/// day (holidays move every year) stays fast up to here.
pub const FARTHEST_WORKING_DAYS: u32 = 100 * 261;

#[derive(Clone, Debug)]
pub struct Calendar {
    hours: BusinessHours,
    holidays: HolidayRules,
    /// Where the clock's hours are counted in real time (a night in which
    /// summer time starts has 23 hours).
    zone: chrono_tz::Tz,
}

impl Calendar {
    pub fn new(policy: &Policy) -> Self {
        Calendar { hours: policy.business_hours.clone(), holidays: policy.holidays.clone(), zone: policy.zone() }
    }

    /// The business hours of `date`: its weekday's window, none on a
    /// holiday or a closed weekday.
    pub fn hours_on(&self, date: NaiveDate) -> Option<(NaiveTime, NaiveTime)> {
        if self.holiday(date).is_some() {
            return None;
        }
        self.hours.on(Day::of(date.weekday()))
    }

    /// The public holiday (or company closing day) on `date`, if any.
    pub fn holiday(&self, date: NaiveDate) -> Option<Holiday> {
        let (y, m, d) = (date.year(), date.month(), date.day());
        let easter = easter_sunday(y);
        let days_after_easter = (date - easter).num_days();
        match (m, d) {
            (1, 1) => return Some(Holiday::NewYear),
            (12, 25) => return Some(Holiday::ChristmasDay),
            (12, 26) => return Some(Holiday::BoxingDay),
            (5, 5) => {
                let off = match self.holidays.liberation_day {
                    LiberationDay::Yearly => true,
                    LiberationDay::EveryFifthYear => y % 5 == 0,
                    LiberationDay::Never => false,
                };
                if off {
                    return Some(Holiday::LiberationDay);
                }
            }
            _ => {}
        }
        // King's Day is 27 April, or 26 April when the 27th is a Sunday.
        let kings = NaiveDate::from_ymd_opt(y, 4, 27).expect("valid date");
        let kings = if kings.weekday() == Weekday::Sun { kings - Duration::days(1) } else { kings };
        if date == kings {
            return Some(Holiday::KingsDay);
        }
        match days_after_easter {
            -2 if self.holidays.good_friday => return Some(Holiday::GoodFriday),
            1 => return Some(Holiday::EasterMonday),
            39 => return Some(Holiday::AscensionDay),
            50 => return Some(Holiday::WhitMonday),
            _ => {}
        }
        if self.holidays.extra.contains(&date) {
            return Some(Holiday::CompanyDay);
        }
        None
    }

    /// A day on which the office opens: its weekday has hours and it is no
    /// holiday (a store's Saturday is a working day).
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.hours_on(date).is_some()
    }

    /// Whether the office is open at `at`.
    pub fn is_open(&self, at: NaiveDateTime) -> bool {
        self.hours_on(at.date()).is_some_and(|(open, close)| at.time() >= open && at.time() < close)
    }

    /// The first working day after `date`; the calendar's last date when
    /// there is none.
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        let mut d = date;
        while let Some(next) = d.succ_opt() {
            d = next;
            if self.is_working_day(d) {
                return d;
            }
        }
        d
    }

    /// The `n`-th working day after `date`, counting at most
    /// `FARTHEST_WORKING_DAYS`.
    fn nth_working_day(&self, date: NaiveDate, n: u32) -> NaiveDate {
        (0..n.min(FARTHEST_WORKING_DAYS)).fold(date, |d, _| self.next_working_day(d))
    }

    /// `at` itself when the office is open, else the next opening.
    pub fn next_opening(&self, at: NaiveDateTime) -> NaiveDateTime {
        if self.is_open(at) {
            return at;
        }
        let date = at.date();
        if let Some((open, _)) = self.hours_on(date)
            && at.time() < open
        {
            return date.and_time(open);
        }
        let next = self.next_working_day(date);
        next.and_time(self.window(next).0)
    }

    /// The hours of a working day (the Monday-to-Friday window for a day
    /// that has none, such as the calendar's last date).
    fn window(&self, date: NaiveDate) -> (NaiveTime, NaiveTime) {
        self.hours_on(date).unwrap_or((self.hours.open, self.hours.close))
    }

    /// `minutes` of work done in business hours, starting at `at` (work
    /// that does not fit in today's hours continues at the next opening).
    pub fn add_business_minutes(&self, at: NaiveDateTime, minutes: i64) -> NaiveDateTime {
        let mut t = self.next_opening(at);
        let mut left = minutes;
        for _ in 0..=FARTHEST_WORKING_DAYS {
            let close = t.date().and_time(self.window(t.date()).1);
            let today = (close - t).num_minutes();
            if left <= today {
                return t + Duration::minutes(left);
            }
            left -= today;
            let next = self.next_opening(close);
            if next <= t {
                break;
            }
            t = next;
        }
        t
    }

    /// Same time of day on the `n`-th working day after the start of work
    /// on `at` (see the module's semantics), within that day's hours.
    pub fn add_working_days(&self, at: NaiveDateTime, n: u32) -> NaiveDateTime {
        let start = self.next_opening(at);
        let day = self.nth_working_day(start.date(), n);
        let (open, close) = self.window(day);
        day.and_time(start.time().clamp(open, close))
    }

    /// Closing time of the `n`-th working day after the start of work on
    /// `at` (a promise to a customer).
    pub fn end_of_working_day(&self, at: NaiveDateTime, n: u32) -> NaiveDateTime {
        let start = self.next_opening(at);
        let day = self.nth_working_day(start.date(), n);
        day.and_time(self.window(day).1)
    }

    /// The minutes of business hours between `from` and `to` (none when
    /// `to` is not later): how long a case took in working time, so that a
    /// weekend or a holiday in between does not count against the handler.
    pub fn business_minutes_between(&self, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        let mut total = 0;
        let mut day = from.date();
        while from < to && day <= to.date() {
            if let Some((open, close)) = self.hours_on(day) {
                let open = day.and_time(open).max(from);
                let close = day.and_time(close).min(to);
                total += (close - open).num_minutes().max(0);
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        total
    }

    /// The business minutes of one working day from Monday to Friday: the
    /// unit in which the review states working time as days.
    pub fn working_day_minutes(&self) -> i64 {
        (self.hours.close - self.hours.open).num_minutes()
    }

    /// The deadline of a target counted from `from` on the clock `counting`.
    pub fn deadline(&self, from: NaiveDateTime, target: Target, counting: Counting) -> NaiveDateTime {
        let minutes = match target {
            Target::Minutes(m) => i64::from(m),
            Target::Hours(h) => i64::from(h) * 60,
            Target::WorkingDays(n) => return self.add_working_days(from, n),
        };
        match counting {
            Counting::Clock => self.add_clock_minutes(from, minutes),
            Counting::BusinessHours => self.add_business_minutes(from, minutes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates_match_the_almanac() {
        for (y, m, d) in [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25), (2285, 3, 22)] {
            assert_eq!(easter_sunday(y), NaiveDate::from_ymd_opt(y, m, d).unwrap(), "{y}");
        }
    }

    #[test]
    fn working_time_skips_nights_weekends_and_holidays() {
        let cal = Calendar::new(&Policy::default());
        let at = |d: u32, h: u32, m: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap().and_hms_opt(h, m, 0).unwrap();
        // Friday 16:30 to Monday 10:00: an hour on Friday, an hour on Monday.
        assert_eq!(cal.business_minutes_between(at(20, 16, 30), at(23, 10, 0)), 120);
        // Within one morning.
        assert_eq!(cal.business_minutes_between(at(23, 9, 15), at(23, 9, 45)), 30);
        // Backwards or at night: nothing.
        assert_eq!(cal.business_minutes_between(at(23, 10, 0), at(23, 9, 0)), 0);
        assert_eq!(cal.business_minutes_between(at(23, 18, 0), at(23, 23, 0)), 0);
        // Christmas (Friday 25 and Saturday 26 December 2026) is not worked.
        let dec = |d: u32, h: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap().and_hms_opt(h, 0, 0).unwrap();
        assert_eq!(cal.business_minutes_between(dec(24, 17), dec(28, 10)), 30 + 60);
        assert_eq!(cal.working_day_minutes(), 510);
    }
}
