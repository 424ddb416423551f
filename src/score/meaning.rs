//! What each value of a classification means (DOMAIN.md section 1, in our
//! own words): the ids of the explanations the debrief gives when a field
//! is wrong, so the trainee learns the difference between the value she
//! chose and the right one ("misverstand" against "vergissing"), not only
//! that it was wrong. Exhaustive matches: a new value cannot go without.

use crate::model::{Category, Cause, Nature, Priority, Term};

/// A classification value with an explanation of what it means.
pub trait Meaning: Term {
    /// The translation id of its explanation.
    fn meaning(self) -> &'static str;
}

impl Meaning for Nature {
    fn meaning(self) -> &'static str {
        match self {
            Nature::Objective => "meaning-nature-objective",
            Nature::Subjective => "meaning-nature-subjective",
        }
    }
}

impl Meaning for Category {
    fn meaning(self) -> &'static str {
        match self {
            Category::Product => "meaning-category-product",
            Category::Delivery => "meaning-category-delivery",
            Category::Communication => "meaning-category-communication",
            Category::Price => "meaning-category-price",
            Category::Staff => "meaning-category-staff",
        }
    }
}

impl Meaning for Cause {
    fn meaning(self) -> &'static str {
        match self {
            Cause::Mistake => "meaning-cause-mistake",
            Cause::Misunderstanding => "meaning-cause-misunderstanding",
            Cause::Quarrel => "meaning-cause-quarrel",
            Cause::Unfriendliness => "meaning-cause-unfriendliness",
            Cause::BrokenAgreement => "meaning-cause-broken-agreement",
            Cause::ForceMajeure => "meaning-cause-force-majeure",
            Cause::FaultyRepair => "meaning-cause-faulty-repair",
            Cause::StructuralFault => "meaning-cause-structural-fault",
        }
    }
}

impl Meaning for Priority {
    fn meaning(self) -> &'static str {
        match self {
            Priority::Critical => "meaning-priority-critical",
            Priority::High => "meaning-priority-high",
            Priority::Normal => "meaning-priority-normal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has, tr};

    #[test]
    fn every_value_has_a_meaning_in_both_languages_and_no_two_are_the_same() {
        let ids: Vec<&str> = Nature::ALL
            .iter()
            .map(|v| v.meaning())
            .chain(Category::ALL.iter().map(|v| v.meaning()))
            .chain(Cause::ALL.iter().map(|v| v.meaning()))
            .chain(Priority::ALL.iter().map(|v| v.meaning()))
            .collect();
        assert_eq!(ids.len(), 2 + 5 + 8 + 3);
        for lang in [Lang::Nl, Lang::En] {
            let mut texts: Vec<String> = ids.iter().map(|id| tr(lang, id)).collect();
            assert!(ids.iter().all(|id| has(lang, id)), "{lang:?}");
            texts.sort();
            texts.dedup();
            assert_eq!(texts.len(), ids.len(), "{lang:?}: two values explained alike");
        }
    }
}
