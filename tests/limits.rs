//! The input limits: every front end offers the same ranges, and the
//! session itself refuses what lies beyond them, with the reason in the
//! trainee's language, while the edges themselves are allowed.

mod common;

use chrono::Datelike;
use klachtsim::i18n::Lang;
use klachtsim::model::*;
use klachtsim::sim::Session;
use klachtsim::sim::limits::{CONTACT_HOURS, LATER_HOURS, LESSON_TEXT_CHARS, PROMISE_DAYS, WAIT_MINUTES};

fn lesson(root_cause: String) -> Action {
    Action::LessonLearned {
        category: Category::Product,
        cause: Cause::StructuralFault,
        root_cause,
        correction: "Ritsen testen bij ontvangst.".into(),
    }
}

fn offer(days: u32) -> Action {
    Action::Offer { offer: OfferKind::Replacement, days: Some(days), what: None }
}

/// Whether a fresh session of the zip case does `action`; the refusal in
/// Dutch and English otherwise.
fn refusal(action: Action) -> Option<(String, String)> {
    let l = common::scenario("gstar-rits-kapot");
    let mut session = Session::new(&l.scenario, &l.policy, 1);
    session.apply(action, 1).err().map(|r| (r.0.render(Lang::Nl), r.0.render(Lang::En)))
}

#[test]
fn the_edges_of_every_limit_are_allowed() {
    for action in [
        offer(*PROMISE_DAYS.start()),
        offer(*PROMISE_DAYS.end()),
        Action::StatusUpdate { hours: *CONTACT_HOURS.start() },
        Action::StatusUpdate { hours: *CONTACT_HOURS.end() },
        Action::Wait { minutes: *WAIT_MINUTES.start() },
        Action::Wait { minutes: *WAIT_MINUTES.end() },
        lesson("x".repeat(LESSON_TEXT_CHARS)),
    ] {
        assert_eq!(refusal(action.clone()), None, "{action:?}");
    }
}

#[test]
fn beyond_a_limit_the_session_refuses_with_the_reason_in_both_languages() {
    let cases = [
        (offer(*PROMISE_DAYS.end() + 1), "werkdagen, niet 61", "working days, not 61"),
        (Action::StatusUpdate { hours: 0 }, "uur vooruit, niet 0", "hours from now, not 0"),
        (Action::StatusUpdate { hours: *CONTACT_HOURS.end() + 1 }, "niet 337", "not 337"),
        (
            Action::Wait { minutes: *WAIT_MINUTES.end() + 1 },
            "minuten per keer wachten, niet 10081",
            "minutes at a time",
        ),
        (lesson("x".repeat(LESSON_TEXT_CHARS + 1)), "hoogstens 1000 tekens, niet 1001", "at most 1000 characters"),
    ];
    for (action, nl, en) in cases {
        let (got_nl, got_en) = refusal(action.clone()).unwrap_or_else(|| panic!("{action:?} was done"));
        assert!(got_nl.contains(nl), "{action:?}: {got_nl}");
        assert!(got_en.contains(en), "{action:?}: {got_en}");
    }
}

#[test]
fn survey_and_senior_call_are_limited_after_closing_too() {
    let l = common::scenario("gstar-rits-kapot");
    let mut session = Session::new(&l.scenario, &l.policy, 1);
    session.apply(Action::Close, 1).unwrap();
    let too_late = *LATER_HOURS.end() + 1;
    let r = session.apply(Action::SendCsat { hours: too_late }, 2).unwrap_err();
    assert!(r.0.render(Lang::En).contains("after closing, not 337"), "{:?}", r.0.render(Lang::En));
    session.apply(Action::SendCsat { hours: *LATER_HOURS.end() }, 3).unwrap();
    let r = session.apply(Action::SeniorFollowUp { hours: too_late }, 4).unwrap_err();
    assert!(r.0.render(Lang::Nl).contains("na het CSAT-antwoord, niet 337"), "{:?}", r.0.render(Lang::Nl));
    session.apply(Action::SeniorFollowUp { hours: *LATER_HOURS.start() }, 5).unwrap();
}

#[test]
fn amounts_read_as_people_type_them_at_the_desk_and_in_the_terminal() {
    use klachtsim::sim::limits::parse_amount;
    for (typed, want) in [("40", 40.0), ("39,95", 39.95), ("€ 39.95", 39.95), ("1 000", 1000.0), (" €12 ", 12.0)] {
        assert_eq!(parse_amount(typed), Some(want), "{typed}");
    }
    for typed in ["", "0", "-5", "veertig", "NaN", "inf", "1,000,5"] {
        assert_eq!(parse_amount(typed), None, "{typed}");
    }
}

/// The model script of the zip case with `from` replaced by `to`, played:
/// the error's location and message when the session refused an action.
fn script_with(from: &str, to: &str) -> Result<u32, (usize, usize, String)> {
    use klachtsim::load::source::Source;
    use klachtsim::script::{parse_script, play_script};
    let path = common::root().join("tests/scripts/gstar-rits-kapot.model.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from}");
    let script = parse_script(&Source::new(&path, text.replace(from, to))).unwrap_or_else(|d| panic!("{to}: {d:?}"));
    match play_script(&script, &common::library(), None, None) {
        Ok(played) => Ok(played.debrief.overall),
        Err(d) => Err((d[0].line, d[0].column, d[0].one_line(Lang::Nl))),
    }
}

#[test]
fn a_script_beyond_a_limit_gets_an_error_at_its_line_and_column_never_a_score() {
    assert_eq!(script_with("days: 2", "days: 2"), Ok(100), "the model run itself");
    let cases = [
        ("Offer(offer: Replacement, days: 2)", "Offer(offer: Replacement, days: 4000000000)", 23, "niet 4000000000"),
        ("Offer(offer: Replacement, days: 2)", "Offer(offer: Replacement, days: 100000)", 23, "niet 100000"),
        ("Offer(offer: Replacement, days: 2)", "Offer(offer: Replacement, days: 61)", 23, "0 tot 60 werkdagen"),
        ("SendCsat(hours: 24)", "SendCsat(hours: 4294967295)", 28, "niet 4294967295"),
        ("SendCsat(hours: 24)", "SendCsat(hours: 337)", 28, "niet 337"),
        ("Execute,", "StatusUpdate(hours: 4294967295), Execute,", 25, "niet 4294967295"),
        ("Execute,", "Wait(minutes: 4294967295), Execute,", 25, "niet 4294967295"),
        ("Execute,", "Wait(minutes: 10081), Execute,", 25, "niet 10081"),
    ];
    // The senior's call comes after `Close, ` on its line.
    let after_close = [("Close,", "Close, SeniorFollowUp(hours: 4294967295),", 27, "niet 4294967295")];
    let columns = cases.iter().map(|c| (c, 9)).chain(after_close.iter().map(|c| (c, 16)));
    for (&(from, to, line, says), col) in columns {
        let (l, column, message) = script_with(from, to).expect_err(to);
        assert_eq!((l, column), (line, col), "{to}: {message}");
        assert!(message.contains("tests/scripts/gstar-rits-kapot.model.ron:"), "{message}");
        assert!(message.contains(says), "{to}: {message}");
    }
}

/// Every numeric field of every action, at the extremes of its type and
/// around its limit, at every point of the model run of several cases:
/// the session does it or refuses it, and never panics.
#[test]
fn extreme_numbers_in_every_action_never_panic() {
    let whole = [0, 1, 59, 60, 61, 336, 337, 10_080, 10_081, 100_000, u32::MAX / 2, u32::MAX - 1, u32::MAX];
    let euro = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0,
        0.0,
        -1.0,
        f64::MIN_POSITIVE,
        0.005,
        1e9,
        f64::MAX,
        f64::MIN,
    ];
    let mut actions = Vec::new();
    for &n in &whole {
        for kind in [OfferKind::Replacement, OfferKind::Discount(n), OfferKind::Repair, OfferKind::Advice] {
            actions.push(Action::Offer { offer: kind, days: Some(n), what: None });
        }
        actions.push(Action::StatusUpdate { hours: n });
        actions.push(Action::SendCsat { hours: n });
        actions.push(Action::SeniorFollowUp { hours: n });
        actions.push(Action::Wait { minutes: n });
    }
    for &e in &euro {
        for kind in [OfferKind::Refund(e), OfferKind::Voucher(e)] {
            actions.push(Action::Offer { offer: kind, days: Some(2), what: None });
            actions.push(Action::Offer { offer: kind, days: None, what: None });
        }
    }
    for case in ["gstar-rits-kapot", "gstar-dubbel-betaald", "gstar-garantie-verlopen"] {
        let model = common::root().join(format!("tests/scripts/{case}.model.ron"));
        let script = klachtsim::script::load_script(&model).unwrap();
        let l = common::scenario(case);
        // Before each action of the model run, and after the last one.
        for prefix in 0..=script.actions.len() {
            for extreme in &actions {
                let mut s = Session::new(&l.scenario, &l.policy, 3);
                for a in &script.actions[..prefix] {
                    s.apply(a.action.clone(), a.line).unwrap();
                }
                if s.apply(extreme.clone(), 1000).is_ok() {
                    // What follows a done extreme still works or refuses.
                    for a in &script.actions[prefix..] {
                        let _refused_or_done = s.apply(a.action.clone(), a.line);
                    }
                    let debrief = klachtsim::score::score(&l.scenario, &l.policy, &s.state, 3);
                    assert!(debrief.overall <= 100, "{case} {extreme:?}: {}", debrief.overall);
                }
            }
        }
    }
}

/// The calendar itself, asked for terms no session allows (a bad policy,
/// a direct call), ends at its bound instead of panicking or running on.
#[test]
fn the_calendar_bounds_absurd_terms() {
    use klachtsim::calendar::{Calendar, FARTHEST_WORKING_DAYS};
    use klachtsim::policy::{Counting, Policy, Target};
    let cal = Calendar::new(&Policy::default());
    let at = common::at(2026, 3, 2, 10, 0);
    let far = cal.end_of_working_day(at, 4_000_000_000);
    assert_eq!(far, cal.end_of_working_day(at, FARTHEST_WORKING_DAYS));
    assert!(far.date().year() >= 2026 + 99, "{far}");
    assert!(cal.end_of_working_day(at, 100_000) > cal.end_of_working_day(at, 60));
    assert_eq!(cal.add_working_days(at, u32::MAX), cal.add_working_days(at, FARTHEST_WORKING_DAYS));
    for counting in [Counting::Clock, Counting::BusinessHours] {
        assert!(cal.deadline(at, Target::Hours(u32::MAX), counting) > at);
        assert!(cal.deadline(at, Target::Minutes(u32::MAX), counting) > at);
        assert!(cal.deadline(at, Target::WorkingDays(u32::MAX), counting) > at);
    }
    assert!(cal.add_business_minutes(at, i64::MAX) > at);
    let last = chrono::NaiveDate::MAX;
    assert_eq!(cal.next_working_day(last), last);
    assert_eq!(
        cal.deadline(last.and_hms_opt(12, 0, 0).unwrap(), Target::Hours(48), Counting::Clock),
        chrono::NaiveDateTime::MAX
    );
    assert!(cal.end_of_working_day(last.and_hms_opt(12, 0, 0).unwrap(), 5).date() == last);
}
