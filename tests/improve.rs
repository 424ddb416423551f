//! The improve step: the guided "5 x waarom" against the case's causal
//! chain, and a lesson learned judged on substance. Every scenario has a
//! chain whose links its own words find.

mod common;

use klachtsim::i18n::{Lang, Text};
use klachtsim::model::*;
use klachtsim::rca::{self, MAX_WHYS};
use klachtsim::score::Debrief;
use klachtsim::sim::Session;

fn lesson(s: &Scenario, root_cause: &str, correction: &str) -> Action {
    Action::LessonLearned {
        category: s.truth.category,
        cause: s.truth.cause,
        root_cause: root_cause.into(),
        correction: correction.into(),
    }
}

fn improve(d: &Debrief) -> (u32, Vec<String>) {
    let st = d.step(Step::Improve);
    (st.score, st.items.iter().map(|i| format!("{:+} {}", i.points, i.reason.render(Lang::Nl))).collect())
}

fn played(id: &str, actions: &[Action]) -> Debrief {
    let l = common::scenario(id);
    common::play(&l.scenario, &l.policy, 7, actions).1
}

#[test]
fn the_why_is_refused_where_it_is_not_due_and_after_five() {
    let l = common::scenario("gstar-dubbel-betaald");
    assert!(!rca::due(&l.scenario).is_due());
    let mut s = Session::new(&l.scenario, &l.policy, 1);
    let r = s.apply(Action::Why { text: "Omdat de link dubbel ging".into() }, 0).unwrap_err();
    assert!(matches!(&r.0, Text::Msg { id: "refuse-why-not-due", .. }), "{r:?}");
    assert!(r.0.render(Lang::Nl).contains("3 klachten"), "{}", r.0.render(Lang::Nl));
    assert_eq!(s.why_question(), None);

    let l = common::scenario("gstar-rits-kapot");
    assert!(rca::due(&l.scenario).by_case);
    let mut s = Session::new(&l.scenario, &l.policy, 1);
    let first = s.why_question().unwrap().render(Lang::Nl);
    assert!(first.contains("De rits van Sannes"), "{first}");
    assert!(s.apply(Action::Why { text: "   ".into() }, 0).is_err());
    for i in 0..MAX_WHYS {
        s.apply(Action::Why { text: format!("antwoord {i}") }, 0).unwrap();
    }
    assert!(s.why_question().is_none());
    let r = s.apply(Action::Why { text: "nog een".into() }, 0).unwrap_err();
    assert!(matches!(&r.0, Text::Msg { id: "refuse-why-enough", .. }), "{r:?}");
}

#[test]
fn a_category_with_three_complaints_calls_for_the_why() {
    let mut s = common::scenario("gstar-dubbel-betaald").scenario;
    let past = |d| PastComplaint {
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, d).unwrap(),
        category: s.truth.category,
        summary: "x".into(),
    };
    s.customer.history = vec![past(1)];
    assert!(!rca::due(&s).is_due());
    s.customer.history.push(past(2));
    assert_eq!(rca::due(&s).in_category, 3);
    assert!(rca::due(&s).is_due());
}

#[test]
fn the_chain_found_fully_partly_or_not_and_the_debrief_quotes_it() {
    let id = "gstar-rits-kapot";
    let s = common::scenario(id).scenario;
    let root = "De ingangscontrole test ritsen niet op trekkracht, en dat gaat al een tijd mis.";
    let good = "Inkoop laat vanaf 1 december elke partij ritsen bij de ingangscontrole testen op trekkracht.";
    let whys = |texts: &[&str]| -> Vec<Action> {
        let mut a: Vec<Action> = texts.iter().map(|t| Action::Why { text: (*t).into() }).collect();
        a.push(lesson(&s, root, good));
        a
    };
    let full = played(
        id,
        &whys(&[
            "Omdat de tandjes van de rits loslaten.",
            "Omdat die hele partij van één leverancier komt.",
            "Omdat niemand de ritsen bij binnenkomst test op trekkracht.",
        ]),
    );
    let (score, items) = improve(&full);
    assert_eq!(score, 100, "{items:#?}");
    assert!(items.iter().any(|i| i.contains("3 van 3")), "{items:#?}");
    assert!(items.iter().any(|i| i.contains("waarom 3: \"test … trekkracht\" vindt de grondoorzaak")), "{items:#?}");

    let (part, items) = improve(&played(id, &whys(&["De tanden breken af", "Ze zijn zwak."])));
    assert!(part < full.step(Step::Improve).score, "{items:#?}");
    assert!(items.iter().any(|i| i.contains("1 van 3")), "{items:#?}");
    assert!(items.iter().any(|i| i.contains("grondoorzaak niet gevonden: De ingangscontrole")), "{items:#?}");

    let (none, items) = improve(&played(id, &whys(&["Pech", "De klant trok te hard"])));
    assert!(none < part, "{items:#?}");
    assert!(items.iter().any(|i| i.contains("0 van 3")), "{items:#?}");

    let (skipped, items) = improve(&played(id, &[lesson(&s, root, good)]));
    assert!(skipped <= none, "{items:#?}");
    assert!(items.iter().any(|i| i.contains("geen 5 x waarom gedaan")), "{items:#?}");
}

#[test]
fn stems_match_inflections_in_the_whys() {
    let s = common::scenario("gstar-rits-kapot").scenario;
    let r = rca::judge(
        Lang::Nl,
        &s.truth.causes,
        &["De ritsen werden nooit getest op sterkte", "Die leveranciers leveren slechte ritsen"],
    );
    assert!(r.root_found(), "{r:?}");
    assert_eq!(r.links[1].found, Some((1, "leveranciers".into())));
    let en = common::scenario("gstar-zip-broken").scenario;
    let r = rca::judge(Lang::En, &en.truth.causes, &["Nobody tested the zips for pulling strength"]);
    assert!(r.root_found(), "{r:?}");
}

#[test]
fn a_vague_lesson_loses_and_a_concrete_one_gains_and_random_words_fail() {
    let id = "gstar-prijs-kassa";
    let s = common::scenario(id).scenario;
    let concrete = played(
        id,
        &[lesson(
            &s,
            "Na het ompakken van de rekken controleert niemand de prijsbordjes.",
            "De filiaalmanager voert vanaf 1 december een controle van alle bordjes in na elk ompakken.",
        )],
    );
    let (c, items) = improve(&concrete);
    assert_eq!(c, 100, "{items:#?}");
    assert!(items.iter().any(|i| i.contains("eigenaar: \"filiaalmanager\"")), "{items:#?}");
    assert!(items.iter().any(|i| i.contains("termijn: \"december\"")), "{items:#?}");

    let vague = played(
        id,
        &[lesson(
            &s,
            "Collega's moeten beter opletten bij de prijzen.",
            "Communicatie verbeteren en de klant centraal zetten.",
        )],
    );
    let (v, items) = improve(&vague);
    assert!(v < 40, "{v} {items:#?}");
    for quoted in ["beter opletten", "Communicatie verbeteren", "klant centraal"] {
        assert!(items.iter().any(|i| i.starts_with("-5") && i.contains(quoted)), "{quoted}: {items:#?}");
    }
    assert!(items.iter().any(|i| i.contains("noemt geen eigenaar")), "{items:#?}");

    let random = played(id, &[lesson(&s, "fiets boom lamp", "appel raam stoel")]);
    let (r, items) = improve(&random);
    assert!(r <= 50, "three random words must not earn full marks: {r} {items:#?}");
    assert!(r < c);
}

#[test]
fn every_scenario_has_a_valid_chain_that_its_own_words_find() {
    let lib = common::library();
    assert!(lib.scenarios.len() >= 27);
    for l in &lib.scenarios {
        let s = &l.scenario;
        assert!((3..=5).contains(&s.truth.causes.len()), "{}", s.id);
        let texts: Vec<&str> = s.truth.causes[1..].iter().map(|c| c.text.as_str()).collect();
        let r = rca::judge(rca::lang(s), &s.truth.causes, &texts);
        assert_eq!(r.found(), texts.len(), "{}: {r:#?}", s.id);
        let j = rca::judge_lesson(s, &s.truth.root_cause, "");
        assert!(matches!(j.root, rca::lesson::RootMatch::Root(_)), "{}: {j:?}", s.id);
    }
}
