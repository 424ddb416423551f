//! The pair role-play's paper: every case of the library makes a usable
//! role card, and the printed page for a fixed set of cases.

mod common;

use klachtsim::classroom::RoleCard;
use klachtsim::classroom::print::roleplay_html;
use klachtsim::i18n::Lang;
use klachtsim::model::Scenario;

#[test]
fn every_case_makes_a_role_card_to_play() {
    let lib = common::library();
    assert!(lib.broken.is_empty(), "broken scenarios: {:?}", lib.broken);
    assert!(lib.scenarios.len() >= 20);
    for l in &lib.scenarios {
        let s = &l.scenario;
        let lang = Lang::from_code(&s.language).unwrap_or_default();
        let card = RoleCard::of(s, lang);
        assert!(!card.situation.trim().is_empty(), "{}: no situation", s.id);
        assert!(card.situation.contains(&s.opening), "{}: the card leaves out the opening", s.id);
        assert!(!card.wants.trim().is_empty(), "{}: nothing wanted", s.id);
        assert!(!card.reveal.is_empty(), "{}: nothing to reveal", s.id);
        assert!(card.reveal.iter().all(|r| !r.fact.trim().is_empty() && !r.when.trim().is_empty()), "{}", s.id);
        assert!(!card.escalate.is_empty(), "{}: nothing makes them angrier", s.id);
        for text in [&card.situation, &card.wants, &card.reacts].into_iter().chain(&card.escalate) {
            assert!(!text.contains("{{"), "{}: a missing translation in {text}", s.id);
        }
    }
}

fn cases(ids: &[&str]) -> Vec<Scenario> {
    ids.iter().map(|id| common::scenario(id).scenario).collect()
}

#[test]
fn the_printed_role_play_of_three_cases() {
    let set = cases(&["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-gekrompen-droger"]);
    let refs: Vec<&Scenario> = set.iter().collect();
    let html = roleplay_html(&refs, Lang::Nl);
    assert_eq!(html.matches("<section class=\"sheet").count(), 6, "a card and a sheet per case");
    assert!(html.contains("@page{size:A4"));
    // Seven steps per sheet, each with the three boxes.
    assert_eq!(html.matches("<td class=\"box\">").count(), 3 * 7 * 3);
    insta::assert_snapshot!(html.replace("</section>", "</section>\n").replace("<h2>", "\n<h2>"));
}
