//! The desk's forms turned into engine actions: what the trainee typed is
//! read, held to the engine's input limits (`sim::limits`), and becomes an
//! `Action`, or a message saying what is wrong. Plain functions over the
//! form's values, tested without a window; the session checks the same
//! limits again, so the desk can never let through what a script cannot.

use std::ops::RangeInclusive;

use bevy::prelude::Resource;

use crate::i18n::{Lang, Text, money};
use crate::model::*;
use crate::sim::limits::{DISCOUNT_PERCENT, PROMISE_DAYS, parse_amount};
use crate::sim::presentation::OfferOption;

/// What the trainee is filling in at the desk.
#[derive(Resource, Default)]
pub struct DeskForms {
    /// The offer picked from the list (`sim::presentation::offer_options`).
    pub offer: Option<OfferOption>,
    pub amount: String,
    pub days: String,
    pub offer_error: Option<String>,
    pub nature: Option<Nature>,
    pub category: Option<Category>,
    pub cause: Option<Cause>,
    pub verdict: Option<Verdict>,
    pub priority: Option<Priority>,
    pub status_hours: String,
    pub csat_hours: String,
    pub senior_hours: String,
    pub wait_minutes: String,
    pub hours_error: Option<String>,
    pub lesson_category: Option<Category>,
    pub lesson_cause: Option<Cause>,
    pub root_cause: String,
    pub correction: String,
    /// The answer being written to the next "why" (5 x waarom).
    pub why: String,
    /// The reply being written on a written channel; `None` until the
    /// desk starts it from its template (`written::template`).
    pub reply: Option<String>,
    /// The summary or acknowledgement being written in one's own words.
    pub own_words: String,
}

impl DeskForms {
    /// The classification, once every one of its fields is chosen.
    pub fn classification(&self) -> Option<Classification> {
        Some(Classification {
            nature: self.nature?,
            category: self.category?,
            cause: self.cause?,
            verdict: self.verdict?,
            priority: self.priority?,
        })
    }

    /// The lesson learned, once its category and cause are chosen (empty
    /// texts are the session's to refuse, with its reason).
    pub fn lesson(&self) -> Option<Action> {
        Some(Action::LessonLearned {
            category: self.lesson_category?,
            cause: self.lesson_cause?,
            root_cause: self.root_cause.clone(),
            correction: self.correction.clone(),
        })
    }
}

/// The offer form's one amount field, read as the chosen kind asks.
struct AmountField<'a> {
    text: &'a str,
    lang: Lang,
}

impl OfferAmounts for AmountField<'_> {
    type Error = String;

    fn euro(&mut self) -> Result<f64, String> {
        parse_amount(self.text).ok_or_else(|| Text::msg("game-bad-amount").arg("value", self.text).render(self.lang))
    }

    fn percent(&mut self) -> Result<u32, String> {
        match self.text.trim().trim_end_matches('%').trim().parse::<u32>() {
            Ok(p) if DISCOUNT_PERCENT.contains(&p) => Ok(p),
            _ => Err(out_of_range("game-bad-percent", self.text, &DISCOUNT_PERCENT).render(self.lang)),
        }
    }
}

/// Checks the offer form and builds the action, or says what is wrong.
pub fn offer_action(f: &DeskForms, s: &Scenario, lang: Lang) -> Result<Action, String> {
    let price = s.order.price;
    let Some(picked) = f.offer else {
        return Err(Text::msg("game-pick-offer").render(lang));
    };
    let offer = picked.choice.offer(&mut AmountField { text: &f.amount, lang })?;
    let what = picked.concrete.and_then(|i| s.offers.get(i)).and_then(|r| r.id.clone());
    if let OfferKind::Refund(a) = offer
        && a > price + 1e-9
    {
        return Err(Text::msg("game-amount-over-price").arg("price", money(lang, price)).render(lang));
    }
    let days = match f.days.trim() {
        "" => None,
        d => Some(parse_in("game-bad-days", d, &PROMISE_DAYS, lang)?),
    };
    Ok(Action::Offer { offer, days, what })
}

/// Reads a whole number of hours or minutes within `range`, or says what
/// is wrong.
pub fn parse_number(s: &str, range: &RangeInclusive<u32>, lang: Lang) -> Result<u32, String> {
    parse_in("game-bad-number", s, range, lang)
}

fn parse_in(msg: &'static str, s: &str, range: &RangeInclusive<u32>, lang: Lang) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(out_of_range(msg, s, range).render(lang)),
    }
}

/// "`value` is not a … from `range`'s start to its end".
fn out_of_range(msg: &'static str, value: &str, range: &RangeInclusive<u32>) -> Text {
    Text::msg(msg).arg("value", value).arg("from", *range.start()).arg("to", *range.end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::limits::{CONTACT_HOURS, WAIT_MINUTES};

    /// A case with the given price and no concrete offers.
    fn case(price: f64) -> Scenario {
        let text = include_str!("../../../scenarios/gstar-rits-kapot.ron");
        let mut s: Scenario = crate::load::document::ron_options().from_str(text).unwrap();
        s.order.price = price;
        s.offers.retain(|r| r.id.is_none());
        s
    }

    fn kind(choice: OfferChoice) -> Option<OfferOption> {
        Some(OfferOption { choice, concrete: None })
    }

    #[test]
    fn the_offer_form_refuses_bad_input_with_a_message() {
        let f = |offer, amount: &str, days: &str| DeskForms {
            offer: kind(offer),
            amount: amount.into(),
            days: days.into(),
            ..DeskForms::default()
        };
        let s = case(100.0);
        use OfferChoice::{Discount, Refund, Replacement};
        assert_eq!(
            offer_action(&f(Refund, "39,95", "3"), &s, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Refund(39.95), days: Some(3), what: None })
        );
        assert_eq!(
            offer_action(&f(Refund, "€ 40", ""), &s, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Refund(40.0), days: None, what: None })
        );
        assert!(offer_action(&f(Refund, "veel", "3"), &s, Lang::Nl).unwrap_err().contains("veel"));
        assert!(offer_action(&f(Refund, "-5", "3"), &s, Lang::Nl).is_err());
        assert!(offer_action(&f(Refund, "150", "3"), &s, Lang::Nl).unwrap_err().contains("€ 100,00"));
        assert!(offer_action(&f(Discount, "120", "0"), &s, Lang::En).unwrap_err().contains("120"));
        assert_eq!(
            offer_action(&f(Discount, "15%", "0"), &s, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Discount(15), days: Some(0), what: None })
        );
        assert!(offer_action(&f(Replacement, "", "morgen"), &s, Lang::Nl).unwrap_err().contains("morgen"));
        let too_far = offer_action(&f(Replacement, "", "61"), &s, Lang::En).unwrap_err();
        assert!(too_far.contains("\"61\"") && too_far.contains("0 to 60"), "{too_far}");
        let none = DeskForms::default();
        assert_eq!(offer_action(&none, &s, Lang::Nl), Err("kies eerst een oplossing".to_string()));
    }

    #[test]
    fn the_amount_field_is_read_only_when_the_kind_asks_for_one() {
        let s = case(10.0);
        let f = DeskForms { offer: kind(OfferChoice::Voucher), amount: "25".into(), ..DeskForms::default() };
        let voucher = Action::Offer { offer: OfferKind::Voucher(25.0), days: None, what: None };
        assert_eq!(offer_action(&f, &s, Lang::Nl), Ok(voucher));
        let f = DeskForms { offer: kind(OfferChoice::Repair), amount: "onzin".into(), ..DeskForms::default() };
        assert_eq!(
            offer_action(&f, &s, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Repair, days: None, what: None })
        );
    }

    #[test]
    fn a_concrete_offer_is_made_by_its_id() {
        let mut s = case(100.0);
        let mut rule = s.offers[0].clone();
        rule.id = Some("ruil-andere-maat".into());
        rule.text = Some("een ruil tegen maat 32/32, morgen in huis".into());
        s.offers.push(rule);
        let i = s.offers.len() - 1;
        let f = DeskForms {
            offer: Some(OfferOption { choice: OfferChoice::Replacement, concrete: Some(i) }),
            ..DeskForms::default()
        };
        let made = Action::Offer { offer: OfferKind::Replacement, days: None, what: Some("ruil-andere-maat".into()) };
        assert_eq!(offer_action(&f, &s, Lang::Nl), Ok(made));
    }

    #[test]
    fn numbers_are_held_to_the_engines_limits() {
        assert_eq!(parse_number(" 24 ", &CONTACT_HOURS, Lang::Nl), Ok(24));
        let zero = parse_number("0", &CONTACT_HOURS, Lang::En).unwrap_err();
        assert!(zero.contains("\"0\"") && zero.contains("from 1 to 336"), "{zero}");
        assert!(parse_number("10081", &WAIT_MINUTES, Lang::Nl).is_err());
        assert!(parse_number("een uur", &WAIT_MINUTES, Lang::Nl).is_err());
    }

    #[test]
    fn classification_and_lesson_need_every_choice() {
        let mut f = DeskForms {
            nature: Some(Nature::Objective),
            category: Some(Category::Product),
            cause: Some(Cause::StructuralFault),
            verdict: Some(Verdict::Grounded),
            ..DeskForms::default()
        };
        assert_eq!(f.classification(), None);
        f.priority = Some(Priority::Normal);
        assert_eq!(f.classification().map(|c| c.priority), Some(Priority::Normal));
        assert_eq!(f.lesson(), None);
        f.lesson_category = Some(Category::Product);
        f.lesson_cause = Some(Cause::StructuralFault);
        assert!(matches!(f.lesson(), Some(Action::LessonLearned { .. })));
    }
}
