//! The working-day calendar (DOMAIN.md section 3): business hours,
//! weekends, Dutch public holidays and the "N working days" semantics.

mod common;

use chrono::NaiveDate;
use common::at;
use klachtsim::calendar::{Calendar, Holiday};
use klachtsim::policy::{Counting, LiberationDay, Policy, Target};

fn cal() -> Calendar {
    Calendar::new(&Policy::default())
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn friday_afternoon_counts_three_working_days_to_wednesday_same_time() {
    assert_eq!(cal().add_working_days(at(2026, 11, 20, 15, 40), 3), at(2026, 11, 25, 15, 40));
}

#[test]
fn friday_after_closing_starts_monday_morning() {
    let c = cal();
    assert_eq!(c.next_opening(at(2026, 11, 20, 17, 45)), at(2026, 11, 23, 9, 0));
    assert_eq!(c.add_working_days(at(2026, 11, 20, 17, 45), 3), at(2026, 11, 26, 9, 0));
}

#[test]
fn weekend_receipt_counts_from_monday_opening() {
    let c = cal();
    assert_eq!(c.add_working_days(at(2026, 11, 21, 11, 0), 1), at(2026, 11, 24, 9, 0));
    assert_eq!(c.add_working_days(at(2026, 11, 22, 23, 59), 3), at(2026, 11, 26, 9, 0));
}

#[test]
fn before_opening_on_a_working_day_starts_at_opening() {
    assert_eq!(cal().next_opening(at(2026, 11, 23, 7, 30)), at(2026, 11, 23, 9, 0));
    assert_eq!(cal().next_opening(at(2026, 11, 23, 9, 0)), at(2026, 11, 23, 9, 0));
    // Closing time itself is outside business hours.
    assert_eq!(cal().next_opening(at(2026, 11, 23, 17, 30)), at(2026, 11, 24, 9, 0));
}

#[test]
fn easter_based_holidays_are_computed() {
    let c = cal();
    // Easter 2026 is 5 April.
    assert_eq!(c.holiday(date(2026, 4, 6)), Some(Holiday::EasterMonday));
    assert_eq!(c.holiday(date(2026, 5, 14)), Some(Holiday::AscensionDay));
    assert_eq!(c.holiday(date(2026, 5, 25)), Some(Holiday::WhitMonday));
    // Easter 2027 is 28 March.
    assert_eq!(c.holiday(date(2027, 3, 29)), Some(Holiday::EasterMonday));
    assert_eq!(c.holiday(date(2027, 5, 6)), Some(Holiday::AscensionDay));
    assert_eq!(c.holiday(date(2027, 5, 17)), Some(Holiday::WhitMonday));
    // Good Friday only where the policy says so.
    assert_eq!(c.holiday(date(2026, 4, 3)), None);
    let mut p = Policy::default();
    p.holidays.good_friday = true;
    assert_eq!(Calendar::new(&p).holiday(date(2026, 4, 3)), Some(Holiday::GoodFriday));
}

#[test]
fn a_complaint_before_easter_monday_skips_it() {
    // Thursday 2 April 2026 16:00 + 3 working days: Fri 3, (Mon 6 is Easter
    // Monday), Tue 7, Wed 8.
    assert_eq!(cal().add_working_days(at(2026, 4, 2, 16, 0), 3), at(2026, 4, 8, 16, 0));
}

#[test]
fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
    let c = cal();
    assert_eq!(c.holiday(date(2026, 4, 27)), Some(Holiday::KingsDay));
    assert!(!c.is_working_day(date(2026, 4, 27)));
    // 27 April 2025 was a Sunday: King's Day was Saturday the 26th.
    assert_eq!(c.holiday(date(2025, 4, 26)), Some(Holiday::KingsDay));
    assert_eq!(c.holiday(date(2025, 4, 27)), None);
    // 2031 too.
    assert_eq!(c.holiday(date(2031, 4, 26)), Some(Holiday::KingsDay));
    // A Friday-afternoon complaint before King's Day 2026 (Monday):
    // Fri 24 April 16:00 + 1 working day = Tuesday 28 April 16:00.
    assert_eq!(c.add_working_days(at(2026, 4, 24, 16, 0), 1), at(2026, 4, 28, 16, 0));
}

#[test]
fn liberation_day_follows_the_policy() {
    let c = cal();
    assert_eq!(c.holiday(date(2025, 5, 5)), Some(Holiday::LiberationDay));
    assert_eq!(c.holiday(date(2026, 5, 5)), None);
    assert_eq!(c.holiday(date(2030, 5, 5)), Some(Holiday::LiberationDay));
    let mut p = Policy::default();
    p.holidays.liberation_day = LiberationDay::Yearly;
    assert_eq!(Calendar::new(&p).holiday(date(2026, 5, 5)), Some(Holiday::LiberationDay));
    p.holidays.liberation_day = LiberationDay::Never;
    assert_eq!(Calendar::new(&p).holiday(date(2030, 5, 5)), None);
}

#[test]
fn year_end_skips_christmas_the_weekend_and_new_year() {
    let c = cal();
    // Thursday 24 December 2026 16:00: 25 and 26 are holidays, 27 a Sunday.
    assert_eq!(c.add_working_days(at(2026, 12, 24, 16, 0), 3), at(2026, 12, 30, 16, 0));
    // Thursday 31 December after closing: 1 January is a holiday, then the
    // weekend; work starts Monday 4 January 09:00.
    assert_eq!(c.next_opening(at(2026, 12, 31, 17, 45)), at(2027, 1, 4, 9, 0));
    assert_eq!(c.add_working_days(at(2026, 12, 31, 17, 45), 3), at(2027, 1, 7, 9, 0));
}

#[test]
fn company_closing_days_from_the_policy() {
    let mut p = Policy::default();
    p.holidays.extra.push(date(2026, 11, 23));
    let c = Calendar::new(&p);
    assert_eq!(c.holiday(date(2026, 11, 23)), Some(Holiday::CompanyDay));
    assert_eq!(c.add_working_days(at(2026, 11, 20, 15, 0), 1), at(2026, 11, 24, 15, 0));
}

#[test]
fn business_hours_come_from_the_policy() {
    let mut p = Policy::default();
    p.business_hours.open = chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap();
    p.business_hours.close = chrono::NaiveTime::from_hms_opt(20, 0, 0).unwrap();
    let c = Calendar::new(&p);
    assert!(c.is_open(at(2026, 11, 20, 19, 0)));
    assert_eq!(c.next_opening(at(2026, 11, 23, 7, 0)), at(2026, 11, 23, 8, 0));
}

/// Each target on each clock: from, target, clock, due.
#[test]
fn targets_run_on_their_clock() {
    use Counting::{BusinessHours as Office, Clock};
    let c = cal();
    let cases = [
        // The clock ignores the calendar: evenings, holidays, Saturday night.
        (at(2026, 11, 20, 17, 10), Target::Hours(1), Clock, at(2026, 11, 20, 18, 10)),
        (at(2026, 12, 24, 20, 0), Target::Hours(24), Clock, at(2026, 12, 25, 20, 0)),
        (at(2026, 11, 21, 10, 0), Target::Minutes(60), Clock, at(2026, 11, 21, 11, 0)),
        (at(2026, 11, 20, 21, 45), Target::Hours(4), Clock, at(2026, 11, 21, 1, 45)),
        // Office hours wait for the opening: a web form on Friday evening
        // has its owner on Monday morning.
        (at(2026, 11, 20, 20, 45), Target::Hours(2), Office, at(2026, 11, 23, 11, 0)),
        // ... and stop at closing: an hour and a half on Friday, the rest on Monday.
        (at(2026, 11, 20, 16, 0), Target::Hours(4), Office, at(2026, 11, 23, 11, 30)),
        (at(2026, 11, 19, 10, 0), Target::Minutes(60), Office, at(2026, 11, 19, 11, 0)),
        // Christmas and Boxing Day 2026 fall on Friday and Saturday.
        (at(2026, 12, 24, 17, 0), Target::Hours(1), Office, at(2026, 12, 28, 9, 30)),
        // Working days are working days on either clock.
        (at(2026, 11, 20, 20, 45), Target::WorkingDays(1), Clock, at(2026, 11, 24, 9, 0)),
        (at(2026, 11, 20, 20, 45), Target::WorkingDays(1), Office, at(2026, 11, 24, 9, 0)),
    ];
    for (from, target, clock, due) in cases {
        assert_eq!(c.deadline(from, target, clock), due, "{from} {target:?} {clock:?}");
    }
}

#[test]
fn promises_end_at_closing_time() {
    let c = cal();
    assert_eq!(c.end_of_working_day(at(2026, 11, 20, 16, 25), 2), at(2026, 11, 24, 17, 30));
    assert_eq!(c.end_of_working_day(at(2026, 11, 20, 16, 25), 0), at(2026, 11, 20, 17, 30));
    assert_eq!(c.end_of_working_day(at(2026, 11, 20, 18, 0), 0), at(2026, 11, 23, 17, 30));
}

#[test]
fn business_minutes_continue_at_the_next_opening() {
    let c = cal();
    assert_eq!(c.add_business_minutes(at(2026, 11, 20, 10, 0), 30), at(2026, 11, 20, 10, 30));
    // Friday 17:20 + 30 min: 10 today, 20 on Monday.
    assert_eq!(c.add_business_minutes(at(2026, 11, 20, 17, 20), 30), at(2026, 11, 23, 9, 20));
    assert_eq!(c.add_business_minutes(at(2026, 11, 21, 12, 0), 15), at(2026, 11, 23, 9, 15));
}
