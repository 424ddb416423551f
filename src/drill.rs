//! The template drill (DOMAIN.md section 8, the article's 30-second
//! exercise): a first-reply template with variable fields for the case at
//! hand. The trainee fills in the customer's name, the order number and the
//! expected term, adds one sentence of empathy and one concrete next step,
//! within 30 seconds. The engine checks the fields against the case and
//! scores the drill under acknowledge and offer; the empathy sentence and
//! the next step are judged by the reply analyser (`crate::reply`), with
//! the words that decided it as the reason.

use crate::i18n::{Arg, Lang, Text};
use crate::model::{Scenario, Step};
use crate::policy::{Policy, Rule};
use crate::reply::{Context, analyse};
use crate::score::Item;

/// Seconds the drill allows.
pub const LIMIT_SECONDS: f64 = 30.0;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answer {
    pub customer_name: String,
    pub order_number: String,
    pub term: String,
    pub empathy: String,
    pub next_step: String,
    pub seconds: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DrillResult {
    pub acknowledge: u32,
    pub offer: u32,
    pub items: Vec<Item>,
    /// The term the case calls for, in working days.
    pub expected_days: u32,
}

/// The working days of the case's first well-rated solution the customer
/// accepts: what a first reply should promise.
pub use crate::reply::expected_days;

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The first whole number in `s`, or a written-out one up to ten; "today"
/// is 0 working days.
fn first_number(s: &str) -> Option<u32> {
    let digits: String = s.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    if let Ok(n) = digits.parse() {
        return Some(n);
    }
    let l = s.to_lowercase();
    [
        ("nul", 0),
        ("vandaag", 0),
        ("meteen", 0),
        ("direct", 0),
        ("today", 0),
        ("een", 1),
        ("één", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
        ("tien", 10),
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
    ]
    .iter()
    .find(|(w, _)| l.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
    .map(|(_, n)| *n)
}

pub fn check(s: &Scenario, policy: &Policy, a: &Answer) -> DrillResult {
    let mut items = Vec::new();
    let mut add = |step, points, rule, reason: Text| items.push(Item { step, points, rule, reason });
    let expected = expected_days(s, policy);

    // The customer's name: in full, or at least the surname.
    let surname = s.customer.name.split_whitespace().last().unwrap_or_default();
    let name = norm(&a.customer_name);
    if name == norm(&s.customer.name) || (!name.is_empty() && name.contains(&norm(surname))) {
        add(Step::Acknowledge, 40, Rule::DrillFields, Text::msg("drill-name-right"));
    } else {
        add(
            Step::Acknowledge,
            0,
            Rule::DrillFields,
            Text::msg("drill-name-wrong").arg("expected", s.customer.name.as_str()),
        );
    }
    let ctx = Context::of_case(Lang::from_code(&s.language).unwrap_or_default(), s, policy);
    let empathy = analyse(&a.empathy, &ctx).empathy;
    add(Step::Acknowledge, if empathy.found { 60 } else { 0 }, Rule::DrillEmpathy, empathy.reason);
    if norm(&a.order_number) == norm(&s.order.number) {
        add(Step::Offer, 30, Rule::DrillFields, Text::msg("drill-order-right"));
    } else {
        add(Step::Offer, 0, Rule::DrillFields, Text::msg("drill-order-wrong").arg("expected", s.order.number.as_str()));
    }
    match first_number(&a.term) {
        Some(n) if n == expected => {
            add(Step::Offer, 30, Rule::DrillFields, Text::msg("drill-term-right").arg("days", expected))
        }
        Some(n) if n < expected => add(
            Step::Offer,
            0,
            Rule::DrillFields,
            Text::msg("drill-term-too-short").arg("given", n).arg("days", expected),
        ),
        Some(n) => {
            add(Step::Offer, 15, Rule::DrillFields, Text::msg("drill-term-long").arg("given", n).arg("days", expected))
        }
        None => add(Step::Offer, 0, Rule::DrillFields, Text::msg("drill-term-missing").arg("days", expected)),
    }
    let next = analyse(&a.next_step, &ctx).commitment;
    add(Step::Offer, if next.found { 40 } else { 0 }, Rule::DrillNextStep, next.reason);
    if a.seconds > LIMIT_SECONDS {
        let late = Text::msg("drill-too-slow").arg("seconds", Arg::Int(a.seconds.round() as i64));
        add(Step::Acknowledge, -20, Rule::DrillTime, late.clone());
        add(Step::Offer, -20, Rule::DrillTime, late);
    } else {
        add(
            Step::Offer,
            0,
            Rule::DrillTime,
            Text::msg("drill-in-time").arg("seconds", Arg::Int(a.seconds.round() as i64)),
        );
    }
    let total = |step| items.iter().filter(|i| i.step == step).map(|i| i.points).sum::<i32>().clamp(0, 100) as u32;
    DrillResult { acknowledge: total(Step::Acknowledge), offer: total(Step::Offer), expected_days: expected, items }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> (Scenario, Policy) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/gstar-rits-kapot.ron");
        let l = crate::load::load_scenario(std::path::Path::new(path)).unwrap();
        (l.scenario, l.policy)
    }

    fn good() -> Answer {
        Answer {
            customer_name: "mevrouw De Vries".into(),
            order_number: "GS 2026 48213".into(),
            term: "2 werkdagen".into(),
            empathy: "Ik begrijp hoe vervelend dit is met zo'n nieuwe jeans.".into(),
            next_step: "Ik stuur u vandaag nog een nieuwe jeans op.".into(),
            seconds: 24.0,
        }
    }

    #[test]
    fn a_good_answer_in_time_scores_full_marks() {
        let (s, p) = case();
        let r = check(&s, &p, &good());
        assert_eq!(r.expected_days, 2);
        assert_eq!((r.acknowledge, r.offer), (100, 100), "{:#?}", r.items);
    }

    #[test]
    fn wrong_fields_vague_steps_and_slowness_cost_points() {
        let (s, p) = case();
        let r = check(&s, &p, &Answer { customer_name: "Sanne Jansen".into(), seconds: 41.0, ..good() });
        assert_eq!(r.acknowledge, 40, "{:#?}", r.items);
        let r = check(&s, &p, &Answer { order_number: "GS-2026-48231".into(), term: "1 dag".into(), ..good() });
        assert_eq!(r.offer, 40);
        let r = check(&s, &p, &Answer { empathy: "Oké.".into(), next_step: "We kijken ernaar.".into(), ..good() });
        assert_eq!((r.acknowledge, r.offer), (40, 60));
        let r = check(&s, &p, &Answer { term: "twee werkdagen".into(), ..good() });
        assert_eq!(r.offer, 100);
    }

    #[test]
    fn empathy_is_understanding_not_a_brush_off() {
        let (s, p) = case();
        let drill = |text: &str| check(&s, &p, &Answer { empathy: text.into(), ..good() });
        let empathy = |text: &str| drill(text).acknowledge;
        assert_eq!(empathy("Ik kan me voorstellen dat u baalt."), 100);
        assert_eq!(empathy("Ik kan me voorstellen hoe dit voelt met een nieuwe jeans."), 100);
        assert_eq!(empathy("Wat teleurstellend dat de rits nu al loslaat."), 100);
        assert_eq!(empathy("Tja, jammer dan hoor."), 40);
        assert_eq!(empathy("Tja, dat is vervelend maar het gebeurt wel vaker."), 40);
        assert_eq!(empathy("Ik begrijp het, maar regels zijn regels."), 40);
        assert_eq!(empathy("Onze excuses voor het eventuele ongemak."), 40);
        // The reason quotes the words that decided it.
        let reasons = |text: &str| -> Vec<String> {
            drill(text)
                .items
                .iter()
                .filter(|i| i.rule == Rule::DrillEmpathy)
                .map(|i| i.reason.render(Lang::Nl))
                .collect()
        };
        assert_eq!(reasons("Tja, jammer dan hoor."), ["\"Tja\" klinkt als afwimpelen of sarcasme, niet als begrip"]);
        assert_eq!(
            reasons("Ik kan me voorstellen dat u baalt."),
            ["je benoemt de situatie of het gevoel van de klant: \"Ik kan me voorstellen dat u baalt\""]
        );
    }

    #[test]
    fn a_case_solved_today_asks_for_today_not_zero_working_days() {
        let (mut s, p) = case();
        s.offers.clear();
        let r = check(&s, &p, &Answer { term: "vandaag nog".into(), ..good() });
        assert_eq!((r.expected_days, r.offer), (0, 100), "{:#?}", r.items);
        let texts: Vec<String> = r.items.iter().map(|i| i.reason.render(crate::i18n::Lang::Nl)).collect();
        assert!(texts.iter().any(|t| t == "de termijn klopt: vandaag nog"), "{texts:#?}");
        let template = crate::i18n::tr(crate::i18n::Lang::Nl, "drill-template");
        assert!(!template.contains("binnen [verwachte termijn]"), "{template}");
    }
}
