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

/// The stores' week: Saturday 10:00 to 17:00, closed on Sunday (and on
/// Wednesday, to show a closed weekday).
fn stores() -> Policy {
    use klachtsim::policy::{Day, DayHours};
    let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let mut p = Policy::default();
    p.business_hours.days.insert(Day::Saturday, DayHours::Open(t(10, 0), t(17, 0)));
    p.business_hours.days.insert(Day::Sunday, DayHours::Closed);
    p.business_hours.days.insert(Day::Wednesday, DayHours::Closed);
    p
}

#[test]
fn business_hours_per_weekday() {
    let c = Calendar::new(&stores());
    // Saturday 21 November 2026 is a working day from 10:00 to 17:00.
    assert!(c.is_working_day(date(2026, 11, 21)));
    assert!(!c.is_working_day(date(2026, 11, 22)));
    assert!(!c.is_working_day(date(2026, 11, 25)), "Wednesday is closed");
    assert_eq!(c.next_opening(at(2026, 11, 21, 9, 0)), at(2026, 11, 21, 10, 0));
    assert!(c.is_open(at(2026, 11, 21, 16, 59)));
    assert!(!c.is_open(at(2026, 11, 21, 17, 0)));
    // Saturday after closing: Sunday is closed, Monday opens at 09:00.
    assert_eq!(c.next_opening(at(2026, 11, 21, 17, 15)), at(2026, 11, 23, 9, 0));
    // Friday 15:40 + 1 working day is Saturday 15:40; + 3 skips Sunday
    // and the closed Wednesday.
    assert_eq!(c.add_working_days(at(2026, 11, 20, 15, 40), 1), at(2026, 11, 21, 15, 40));
    assert_eq!(c.add_working_days(at(2026, 11, 20, 15, 40), 3), at(2026, 11, 24, 15, 40));
    assert_eq!(c.add_working_days(at(2026, 11, 20, 15, 40), 4), at(2026, 11, 26, 15, 40));
    // The same time of day on a shorter Saturday ends at its closing.
    assert_eq!(c.add_working_days(at(2026, 11, 19, 17, 20), 2), at(2026, 11, 21, 17, 0));
    // A promise ends at Saturday's own closing time.
    assert_eq!(c.end_of_working_day(at(2026, 11, 21, 11, 0), 0), at(2026, 11, 21, 17, 0));
    // Office minutes run on Saturday: 30 on Friday, 60 on Saturday morning.
    assert_eq!(c.add_business_minutes(at(2026, 11, 20, 17, 0), 90), at(2026, 11, 21, 11, 0));
    assert_eq!(c.business_minutes_between(at(2026, 11, 20, 17, 0), at(2026, 11, 23, 10, 0)), 30 + 420 + 60);
    // A holiday on a Saturday stays closed: Boxing Day 2026.
    assert!(!c.is_working_day(date(2026, 12, 26)));
}

#[test]
fn a_policy_with_one_window_still_loads_and_a_week_per_day_too() {
    use klachtsim::load::load_policy;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::write(&p, "Policy(business_hours: (open: \"08:30:00\", close: \"17:00:00\"))").unwrap();
    let old = load_policy(&p).unwrap();
    let c = Calendar::new(&old);
    assert_eq!(c.hours_on(date(2026, 11, 20)).map(|h| h.0), chrono::NaiveTime::from_hms_opt(8, 30, 0));
    assert!(!c.is_working_day(date(2026, 11, 21)), "Saturday stays closed");
    let week = "Policy(business_hours: (open: \"09:00:00\", close: \"17:30:00\", \
                days: { Saturday: Open(\"10:00:00\", \"17:00:00\"), Sunday: Closed, Wednesday: Closed }))";
    std::fs::write(&p, week).unwrap();
    assert_eq!(load_policy(&p).unwrap().business_hours, stores().business_hours);
    // A day that closes before it opens, or a week without an opening, is refused.
    std::fs::write(&p, "Policy(business_hours: (open: \"09:00:00\", close: \"17:30:00\", days: { Saturday: Open(\"17:00:00\", \"10:00:00\") }))").unwrap();
    assert!(load_policy(&p).is_err());
    let closed = "Policy(business_hours: (open: \"09:00:00\", close: \"17:30:00\", days: { Monday: Closed, \
                  Tuesday: Closed, Wednesday: Closed, Thursday: Closed, Friday: Closed }))";
    std::fs::write(&p, closed).unwrap();
    assert!(load_policy(&p).is_err());
}

#[test]
fn waiting_for_the_customer_stops_a_running_term_and_the_answer_restarts_it() {
    use Counting::{BusinessHours as Office, Clock};
    use klachtsim::calendar::Pause;
    let c = cal();
    let from = at(2026, 11, 23, 10, 0);
    let pause =
        |f: (u32, u32), t: (u32, u32)| Pause { from: at(2026, 11, 23, f.0, f.1), to: at(2026, 11, 23, t.0, t.1) };
    // No pause: due after four office hours.
    assert_eq!(c.term(from, (Target::Hours(4), Office), 80, &[], None).due, at(2026, 11, 23, 14, 0));
    // Waiting 11:00 to 12:30 for photos: the term ends 90 minutes later.
    let photos = [pause((11, 0), (12, 30))];
    assert_eq!(c.term(from, (Target::Hours(4), Office), 80, &photos, None).due, at(2026, 11, 23, 15, 30));
    // A term already met before the question does not move.
    let done = Some(at(2026, 11, 23, 10, 30));
    assert_eq!(c.term(from, (Target::Hours(4), Office), 80, &photos, done).due, at(2026, 11, 23, 14, 0));
    // A wait after the term is due does not rescue it.
    assert_eq!(c.term(from, (Target::Hours(1), Clock), 80, &photos, None).due, at(2026, 11, 23, 11, 0));
    // On the business clock a wait in the evening costs nothing; on the
    // clock it does.
    let evening = [pause((18, 0), (20, 0))];
    let late = at(2026, 11, 23, 17, 0);
    assert_eq!(c.term(late, (Target::Hours(2), Office), 80, &evening, None).due, at(2026, 11, 24, 10, 30));
    assert_eq!(c.term(late, (Target::Hours(4), Clock), 80, &evening, None).due, at(2026, 11, 23, 23, 0));
    // Two overlapping waits count their time once.
    let twice = [pause((11, 0), (12, 0)), pause((11, 30), (12, 30))];
    assert_eq!(c.term(from, (Target::Hours(4), Office), 80, &twice, None).due, at(2026, 11, 23, 15, 30));
}

#[test]
fn the_warning_comes_at_the_policy_share_of_the_term() {
    use Counting::{BusinessHours as Office, Clock};
    use klachtsim::calendar::Pause;
    let c = cal();
    // An hour on the clock: the warning at 48 minutes (80%).
    let t = c.term(at(2026, 11, 20, 17, 10), (Target::Hours(1), Clock), 80, &[], None);
    assert_eq!((t.warn, t.due), (at(2026, 11, 20, 17, 58), at(2026, 11, 20, 18, 10)));
    // A working day from Monday 09:00: 80% of 510 minutes is Monday 15:48.
    let t = c.term(at(2026, 11, 23, 9, 0), (Target::WorkingDays(1), Office), 80, &[], None);
    assert_eq!((t.warn, t.due), (at(2026, 11, 23, 15, 48), at(2026, 11, 24, 9, 0)));
    // Two office hours from Friday 17:00: 30 minutes on Friday, the rest on
    // Monday; the warning after 96 minutes, Monday 10:06.
    let t = c.term(at(2026, 11, 20, 17, 0), (Target::Hours(2), Office), 80, &[], None);
    assert_eq!((t.warn, t.due), (at(2026, 11, 23, 10, 6), at(2026, 11, 23, 10, 30)));
    // Another share; 100 means no warning before the deadline.
    let t = c.term(at(2026, 11, 20, 10, 0), (Target::Hours(1), Clock), 50, &[], None);
    assert_eq!(t.warn, at(2026, 11, 20, 10, 30));
    let t = c.term(at(2026, 11, 20, 10, 0), (Target::Hours(1), Clock), 100, &[], None);
    assert_eq!(t.warn, t.due);
    // A wait before the warning moves it too.
    let wait = [Pause { from: at(2026, 11, 20, 10, 10), to: at(2026, 11, 20, 10, 30) }];
    let t = c.term(at(2026, 11, 20, 10, 0), (Target::Hours(1), Clock), 80, &wait, None);
    assert_eq!((t.warn, t.due), (at(2026, 11, 20, 11, 8), at(2026, 11, 20, 11, 20)));
}

#[test]
fn near_breach_is_a_term_met_or_open_past_its_warning() {
    use klachtsim::model::Priority;
    use klachtsim::policy::Rule;
    let p = Policy::default();
    let list = klachtsim::sla::at_receipt(&p, at(2026, 11, 23, 10, 0), Priority::Critical, &[]);
    // Critical first response: an hour on the clock, the warning at 10:48.
    let fr = *list.first(Rule::SlaFirstResponse).unwrap();
    assert_eq!(fr.warn, at(2026, 11, 23, 10, 48));
    assert!(!fr.warned(at(2026, 11, 23, 10, 47)) && !fr.near_breach(at(2026, 11, 23, 10, 47)));
    assert!(fr.warned(at(2026, 11, 23, 10, 50)) && fr.near_breach(at(2026, 11, 23, 10, 50)));
    // Past the deadline it is a breach, no longer a warning.
    assert!(!fr.warned(at(2026, 11, 23, 11, 5)) && !fr.near_breach(at(2026, 11, 23, 11, 5)));
    let met_at = |t| klachtsim::sla::Deadline { done: Some(t), ..fr };
    assert!(met_at(at(2026, 11, 23, 10, 55)).near_breach(at(2026, 11, 23, 12, 0)));
    assert!(!met_at(at(2026, 11, 23, 10, 30)).near_breach(at(2026, 11, 23, 12, 0)));
    assert!(!met_at(at(2026, 11, 23, 11, 30)).near_breach(at(2026, 11, 23, 12, 0)), "late is a breach");
    // Shorter warnings come from the policy.
    let mut early = Policy::default();
    early.sla.warn_percent = 50;
    let list = klachtsim::sla::at_receipt(&early, at(2026, 11, 23, 10, 0), Priority::Critical, &[]);
    assert_eq!(list.first(Rule::SlaFirstResponse).unwrap().warn, at(2026, 11, 23, 10, 30));
}

#[test]
fn first_response_and_solution_have_targets_of_their_own() {
    use klachtsim::model::Priority;
    use klachtsim::policy::Rule;
    let mut p = Policy::default();
    p.sla.solution_high = Target::WorkingDays(2);
    p.sla.first_response_high = Target::Hours(4);
    let list = klachtsim::sla::at_receipt(&p, at(2026, 11, 20, 15, 0), Priority::High, &[]);
    // First response: four hours on the clock; solution: two working days.
    assert_eq!(list.first(Rule::SlaFirstResponse).unwrap().due, at(2026, 11, 20, 19, 0));
    assert_eq!(list.first(Rule::SlaSolution).unwrap().due, at(2026, 11, 24, 15, 0));
    // The defaults differ per priority too.
    let d = Policy::default();
    let due =
        |pr| klachtsim::sla::at_receipt(&d, at(2026, 11, 20, 15, 0), pr, &[]).first(Rule::SlaSolution).unwrap().due;
    assert!(due(Priority::Critical) < due(Priority::High) && due(Priority::High) < due(Priority::Normal));
}

#[test]
fn clock_hours_are_real_hours_across_summer_time() {
    use Counting::{BusinessHours as Office, Clock};
    let c = cal();
    // Summer time starts on Sunday 29 March 2026 at 02:00: 24 real hours
    // from Saturday noon end at 13:00 on the wall clock.
    assert_eq!(c.deadline(at(2026, 3, 28, 12, 0), Target::Hours(24), Clock), at(2026, 3, 29, 13, 0));
    // It ends on Sunday 25 October 2026 at 03:00: 24 hours end at 11:00.
    assert_eq!(c.deadline(at(2026, 10, 24, 12, 0), Target::Hours(24), Clock), at(2026, 10, 25, 11, 0));
    assert_eq!(c.clock_minutes_between(at(2026, 10, 24, 12, 0), at(2026, 10, 25, 12, 0)), 25 * 60);
    // The warning of a term across the change is 80% of its real time:
    // 24 hours from Saturday noon warn after 19h12m, at 08:12 summer time.
    let t = c.term(at(2026, 3, 28, 12, 0), (Target::Hours(24), Clock), 80, &[], None);
    assert_eq!(t.warn, at(2026, 3, 29, 8, 12));
    // Office hours are wall-clock hours: the weekend of the change does not
    // matter to them.
    assert_eq!(c.deadline(at(2026, 3, 27, 16, 30), Target::Hours(2), Office), at(2026, 3, 30, 10, 0));
}
