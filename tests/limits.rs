//! The input limits: every front end offers the same ranges, and the
//! session itself refuses what lies beyond them, with the reason in the
//! trainee's language, while the edges themselves are allowed.

mod common;

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
