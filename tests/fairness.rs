//! A fair debrief (issue 17): every offer made appears with the case's
//! judgement of it, lead times are named where a promise breaks on them, a
//! zero-point status update and a survey outside its window say why, and a
//! wrong classification explains the difference.

mod common;

use klachtsim::i18n::Lang;
use klachtsim::model::{Action, OfferKind, Rating, Step};
use klachtsim::score::{Debrief, report};
use klachtsim::script::{Played, load_script, play_script};

/// The actions of a shipped script, changed by `edit`, played and scored.
fn replay(name: &str, edit: impl FnOnce(&mut Vec<Action>)) -> (klachtsim::sim::State, Debrief) {
    let script = load_script(&common::root().join("tests/scripts").join(name)).unwrap();
    let mut actions: Vec<Action> = script.actions.iter().map(|a| a.action.clone()).collect();
    edit(&mut actions);
    let s = common::scenario(&script.scenario);
    common::play(&s.scenario, &s.policy, script.seed, &actions)
}

fn played(name: &str) -> Played {
    let script = load_script(&common::root().join("tests/scripts").join(name)).unwrap();
    play_script(&script, &common::library(), None, None).unwrap()
}

fn offer_index(actions: &[Action]) -> usize {
    actions.iter().position(|a| matches!(a, Action::Offer { .. })).expect("the script makes an offer")
}

fn items(d: &Debrief, step: Step, lang: Lang) -> Vec<(i32, String)> {
    d.step(step).items.iter().map(|i| (i.points, i.reason.render(lang))).collect()
}

/// The example: a refund of the price difference (wrong in this
/// case) and then the good advice. The refund is in the debrief with why it
/// is wrong, and two offers never read as "only one".
#[test]
fn a_wrong_refund_next_to_good_advice_is_shown_and_judged() {
    let (_, d) = replay("gstar-prijs-gedaald.model.ron", |a| {
        let i = offer_index(a);
        a.drain(i..i + 2);
        a.insert(i, Action::Offer { offer: OfferKind::Refund(35.98), days: Some(3), what: None });
        let advice =
            Action::Offer { offer: OfferKind::Advice, days: Some(0), what: Some("herroepen-opnieuw-bestellen".into()) };
        a.insert(i + 1, advice);
    });
    assert_eq!(d.offers.len(), 2);
    let refund = &d.offers[0];
    assert_eq!((refund.kind, refund.rating), (OfferKind::Refund(35.98), Rating::Wrong));
    assert!(refund.reason.render(Lang::Nl).contains("prijsgarantie"));

    let text = report::render_text(&d, Lang::Nl);
    assert!(text.contains("WAT JE AANBOOD (2)\n"), "{text}");
    assert!(text.contains("✘ een terugbetaling van € 35,98 (fout"), "{text}");
    assert!(text.contains("belooft een prijsgarantie die het bedrijf niet heeft"), "{text}");
    assert!(!text.contains("maar één mogelijkheid"), "{text}");

    let offer_items = items(&d, Step::Offer, Lang::Nl);
    let also =
        offer_items.iter().find(|(_, r)| r.contains("€ 35,98")).expect("the refund is an item of the offer step");
    assert_eq!(also.0, -10, "{also:?}");
    assert!(also.1.contains("fout") && also.1.contains("prijsgarantie"), "{also:?}");
    let choice = offer_items.iter().find(|(_, r)| r.starts_with("je bood 2 oplossingen")).expect("alternatives item");
    assert!(choice.1.contains("één daarvan was fout"), "{choice:?}");

    let json = report::to_json(&d, Lang::En);
    let offers = json["offers"].as_array().unwrap();
    assert_eq!(offers.len(), 2);
    assert_eq!(offers[0]["rating"], "wrong");
    assert_eq!(offers[0]["kind"], "refund");
    assert!(offers[0]["reason"].as_str().unwrap().contains("prijsgarantie"));
    assert_eq!(offers[1]["rating"], "good");
}

/// Every script of every case: each offer made is in the debrief's list,
/// in order, with the case's rating and reason, in the text report and the
/// JSON alike.
#[test]
fn every_offer_made_appears_in_the_debrief_with_its_judgement() {
    let mut dir: Vec<_> =
        std::fs::read_dir(common::root().join("tests/scripts")).unwrap().map(|e| e.unwrap().path()).collect();
    dir.sort();
    let mut offers = 0;
    for path in dir {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let p = played(&name);
        let (st, d) = (&p.state, &p.debrief);
        assert_eq!(d.offers.len(), st.offers.len(), "{name}");
        let text = report::render_text(d, Lang::Nl);
        let json = report::to_json(d, Lang::Nl);
        for (i, (made, shown)) in st.offers.iter().zip(&d.offers).enumerate() {
            assert_eq!((made.offer, made.at, made.judgement.rating), (shown.kind, shown.at, shown.rating), "{name}");
            let reason = made.judgement.reason.render(Lang::Nl);
            assert!(text.contains(&shown.line().render(Lang::Nl)), "{name}: offer {i} missing from\n{text}");
            assert!(text.contains(&reason), "{name}: reason of offer {i}");
            assert_eq!(json["offers"][i]["reason"], reason.as_str(), "{name}");
            assert_eq!(json["offers"][i]["rating"], made.judgement.rating.key(), "{name}");
            // The offer step names it too, scored or not.
            let named = d.step(Step::Offer).items.iter().any(|it| it.reason.render(Lang::Nl).contains(&reason));
            assert!(named, "{name}: offer {i} not among the offer step's items");
            offers += 1;
        }
        assert_eq!(d.offers.iter().filter(|o| o.scored).count(), usize::from(!st.offers.is_empty()), "{name}");
    }
    assert!(offers > 100, "only {offers} offers in all scripts");
}

/// Promising a refund the same day, where the policy needs 3 working days:
/// the debrief names the lead time the promise ignored.
#[test]
fn a_promise_shorter_than_the_lead_time_names_the_lead_time() {
    let (_, d) = replay("gstar-dubbel-betaald.model.ron", |a| {
        let i = offer_index(a);
        let Action::Offer { days, .. } = &mut a[i] else { unreachable!() };
        *days = Some(0);
    });
    assert!(d.has_violation(klachtsim::policy::Rule::ExecuteOnTime));
    let broken = items(&d, Step::Execute, Lang::Nl)
        .into_iter()
        .find(|(_, r)| r.starts_with("belofte gebroken"))
        .expect("a broken promise");
    assert!(broken.1.contains("duurt een terugbetaling van € 119,95 3 werkdagen"), "{broken:?}");
    let when = items(&d, Step::Offer, Lang::Nl)
        .into_iter()
        .find(|(_, r)| r.starts_with("je noemde een termijn"))
        .expect("the term judged against the lead time");
    assert_eq!(when.0, 0);
    assert!(when.1.contains("duurt een terugbetaling van € 119,95 3 werkdagen"), "{when:?}");
    let offer = &d.offers[0];
    assert_eq!((offer.days, offer.lead_days), (Some(0), 3));
    let term = offer.term().render(Lang::Nl);
    assert!(term.contains("dezelfde werkdag") && term.contains("duurt dit 3 werkdagen"), "{term}");
    let text = report::render_text(&d, Lang::En);
    assert!(text.contains("takes 3 working days"), "{text}");
}

/// A survey sent before its window opens earns nothing and says it was too
/// early; one after it closes says too late.
#[test]
fn a_survey_outside_its_window_earns_no_points_and_says_why() {
    for (hours, word) in [(1, "te vroeg"), (200, "te laat")] {
        let (_, d) = replay("gstar-rits-kapot.model.ron", |a| {
            for x in a.iter_mut() {
                if let Action::SendCsat { hours: h } = x {
                    *h = hours;
                }
            }
        });
        let survey = d
            .step(Step::FollowUp)
            .items
            .iter()
            .find(|i| i.rule == klachtsim::policy::Rule::SlaCsatSurvey)
            .expect("a survey item");
        assert_eq!(survey.points, 0, "{hours} h");
        let text = survey.reason.render(Lang::Nl);
        assert!(text.contains(word) && text.contains("Geen punten"), "{text}");
        let v = d.violations.iter().find(|v| v.text.render(Lang::Nl).contains(word)).expect("a violation");
        // Too early missed no deadline: only the moment is shown.
        assert_eq!(v.deadline.is_none(), hours == 1, "{hours} h: {v:?}");
        let text = report::render_text(&d, Lang::Nl);
        assert_eq!(text.contains("uiterlijk: "), hours != 1, "{text}");
    }
}

/// The status update of a case without a direct solution earns 0 points:
/// the item says that it is the norm and what leaving it out costs.
#[test]
fn a_zero_point_status_update_says_why() {
    let d = played("gstar-pakket-zoek.model.ron").debrief;
    let zero: Vec<String> = d
        .step(Step::FollowUp)
        .items
        .iter()
        .filter(|i| i.rule == klachtsim::policy::Rule::SlaStatusUpdate)
        .map(|i| {
            assert_eq!(i.points, 0);
            i.reason.render(Lang::Nl)
        })
        .collect();
    assert!(zero.iter().any(|r| r.contains("de norm") && r.contains("25 punten minder")), "{zero:?}");
    assert!(zero.iter().any(|r| r.contains("contact op zoals beloofd") && r.contains("15 punten")), "{zero:?}");
}

/// "misverstand" for a "vergissing": the item explains both, and the
/// priority's own reason is given.
#[test]
fn a_wrong_classification_explains_the_difference_and_the_priority() {
    let (_, d) = replay("gstar-dubbel-betaald.model.ron", |a| {
        for x in a.iter_mut() {
            if let Action::Classify(c) = x {
                c.cause = klachtsim::model::Cause::Misunderstanding;
                c.priority = klachtsim::model::Priority::Normal;
            }
        }
    });
    let analyze = items(&d, Step::Analyze, Lang::Nl);
    let cause = analyze.iter().find(|(_, r)| r.starts_with("oorzaak onjuist")).expect("a cause item");
    assert!(cause.1.contains("\"vergissing\" = iemand deed per ongeluk iets fout"), "{cause:?}");
    assert!(cause.1.contains("\"misverstand\" = niemand deed iets fout"), "{cause:?}");
    let priority = analyze.iter().find(|(_, r)| r.starts_with("prioriteit onjuist")).expect("a priority item");
    assert!(priority.1.contains("Waarom hoog hier:"), "{priority:?}");
}

/// Every case with a high or critical priority, and the birthday case, says
/// why it has its priority.
#[test]
fn the_urgent_cases_explain_their_priority() {
    use klachtsim::model::Priority;
    for l in &common::library().scenarios {
        let t = &l.scenario.truth;
        let needs = t.priority != Priority::Normal || l.scenario.id == "gstar-levertijd-feest";
        if needs {
            let why = t.priority_reason.as_deref().unwrap_or("");
            assert!(why.split_whitespace().count() >= 5, "{}: no priority_reason", l.scenario.id);
        }
    }
}

/// The terminal game with `answers` typed in, the zipper case alone in its
/// library, a fixed seed and no log.
fn terminal(answers: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("zaak.ron")).unwrap();
    let args = ["klachtsim", "play", "--seed", "7", "--scenarios", dir.path().to_str().unwrap(), "--no-log"];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    klachtsim::cli::run_with_input(args, &mut answers.as_bytes(), &mut out, &mut err);
    String::from_utf8(out).unwrap()
}

/// The key of the menu entry or choice whose line contains `label`
/// ("19. Bied een oplossing aan...": "19").
fn key_of(out: &str, label: &str) -> String {
    let line = out.lines().find(|l| l.contains(label)).unwrap_or_else(|| panic!("no {label:?} in\n{out}"));
    let line = line.rsplit(": ").next().filter(|l| l.contains(label)).unwrap_or(line);
    line.trim().split_once(". ").unwrap_or_else(|| panic!("no key in {line:?}")).0.to_owned()
}

/// Before the trainee types the term of a refund, the terminal says how long
/// a refund takes by policy.
#[test]
fn the_terminal_shows_the_lead_time_before_the_term_is_promised() {
    let start = "Sam\n2B\n1\n";
    let menu = terminal(&format!("{start}k\n\n"));
    let offer = key_of(&menu, "Bied een oplossing aan");
    let choices = terminal(&format!("{start}{offer}\n\nk\n\n"));
    let refund = key_of(&choices, "terugbetaling");
    let out = terminal(&format!("{start}{offer}\n{refund}\n40\n3\nk\n\n"));
    let lead = out.find("een terugbetaling duurt 3 werkdagen (beleid)").unwrap_or_else(|| panic!("{out}"));
    let prompt = out.find("Binnen hoeveel werkdagen").expect("the days prompt");
    assert!(lead < prompt, "{out}");
}
