//! The lesson a trainee takes from a sitting, judged on substance with the
//! improve step's own judgement (`rca::judge_lesson`, its word lists): does
//! it name a step of the method, something concrete from the sitting's
//! cases (a cause in one of their chains), and who or when; points off
//! for every vague phrase. Each finding quotes the words that decided it.

use crate::i18n::{Arg, Lang, Text, tr};
use crate::model::{Scenario, Step};
use crate::rca::lesson::{RootMatch, judge_lesson};
use crate::text;

const STEP: i32 = 35;
const CASE_ROOT: i32 = 35;
const CASE_CAUSE: i32 = 25;
const CONCRETE: i32 = 30;
const VAGUE: i32 = 10;
const VAGUE_MAX: usize = 3;
/// Fewer words than this are no lesson yet.
const MIN_WORDS: usize = 5;

/// The lesson's score (0-100) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    pub score: u32,
    pub items: Vec<(i32, Text)>,
}

/// Judges `lesson` (in `lang`) against the cases of the sitting.
pub fn judge(lang: Lang, lesson: &str, cases: &[&Scenario]) -> Judged {
    let words = text::words(lang, lesson);
    let mut items = Vec::new();
    if words.tokens.len() < MIN_WORDS {
        items.push((0, Text::msg("lesson-too-short").arg("count", words.tokens.len() as i64)));
        return Judged { score: 0, items };
    }
    match named_step(lang, &words) {
        Some((step, quote)) => items.push((
            STEP,
            Text::msg("lesson-step").arg("quote", quote).arg("step", Arg::Text(Box::new(Text::msg(step.msg())))),
        )),
        None => items.push((0, Text::msg("lesson-no-step"))),
    }
    let judged: Vec<_> = cases.iter().map(|s| judge_lesson(s, lesson, lesson)).collect();
    let found = judged.iter().find_map(|j| match &j.root {
        RootMatch::Root(q) | RootMatch::Partly { quote: q, .. } => Some((CASE_ROOT, q.clone())),
        _ => None,
    });
    let found = found.or_else(|| {
        judged.iter().find_map(|j| {
            if let RootMatch::Cause { quote, .. } = &j.root { Some((CASE_CAUSE, quote.clone())) } else { None }
        })
    });
    match found {
        Some((points, quote)) => items.push((points, Text::msg("lesson-case").arg("quote", quote))),
        None => items.push((0, Text::msg("lesson-no-case"))),
    }
    let concrete = judged.iter().find_map(|j| j.owner.clone().or_else(|| j.date.clone()));
    match concrete {
        Some(quote) => items.push((CONCRETE, Text::msg("lesson-concrete").arg("quote", quote))),
        None => items.push((0, Text::msg("lesson-not-concrete"))),
    }
    let mut vague: Vec<String> = judged.first().map(|j| j.vague.clone()).unwrap_or_default();
    vague.dedup();
    for q in vague.into_iter().take(VAGUE_MAX) {
        items.push((-VAGUE, Text::msg("lesson-vague").arg("quote", q)));
    }
    let score = items.iter().map(|(p, _)| p).sum::<i32>().clamp(0, 100) as u32;
    Judged { score, items }
}

/// The first step of the method the lesson names by (the first word of)
/// its name, in the lesson's language: "luisteren", "erkennen", ...
fn named_step(lang: Lang, w: &text::Words) -> Option<(Step, String)> {
    Step::ALL.iter().find_map(|step| {
        let name = tr(lang, step.msg());
        let first = name.split_whitespace().next()?;
        let stem = text::stem(lang, &text::fold(first));
        let i = w.tokens.iter().position(|t| t.stem == stem)?;
        Some((*step, w.quote(i, i).to_owned()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Scenario {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/gstar-rits-kapot.ron");
        crate::load::load_scenario(std::path::Path::new(path)).unwrap().scenario
    }

    #[test]
    fn substance_earns_points_and_empty_words_do_not() {
        let s = case();
        let good = judge(
            Lang::Nl,
            "Ik ga beter luisteren: de ritsen van één leverancier hebben zwakke tandjes, dat meld ik in december aan de teamleider.",
            &[&s],
        );
        assert!(good.score >= 70, "{good:#?}");
        let vague = judge(Lang::Nl, "Ik moet gewoon beter opletten en beter communiceren voortaan.", &[&s]);
        assert!(vague.score < good.score, "{vague:#?}");
        assert_eq!(judge(Lang::Nl, "goed gedaan", &[&s]).score, 0);
    }
}
