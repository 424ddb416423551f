//! The observation sheet's steps: the seven steps an observer rates, in
//! the sequence of the case's verdict, each with what that sequence asks
//! of it. The sequence itself is the debrief's ([`Move::sequence`]); this
//! file only places its moves under the steps the engine scores, so that
//! the observer's rating and the engine's stand side by side.

use crate::i18n::Text;
use crate::model::{Step, Verdict};
use crate::score::Move;

/// The steps the engine scores a move of `verdict`'s sequence under.
/// Explaining the findings is said with explanation lines, which count for
/// the offer step; "carry out, document, follow up" of a doubtful or
/// unfounded complaint covers both executing and the follow-up.
fn scored_in(m: Move, verdict: Verdict) -> &'static [Step] {
    match (m, verdict) {
        (Move::Listen, _) => &[Step::Listen],
        (Move::Acknowledge, _) => &[Step::Acknowledge],
        (Move::Analyze, _) => &[Step::Analyze],
        // `LineKind::Explanation.step()`, checked by the tests.
        (Move::Communicate, _) => &[Step::Offer],
        (Move::Offer, _) => &[Step::Offer],
        (Move::Execute, _) => &[Step::Execute],
        (Move::FollowUp, Verdict::Grounded) => &[Step::FollowUp],
        (Move::FollowUp, _) => &[Step::Execute, Step::FollowUp],
        (Move::Improve, _) => &[Step::Improve],
    }
}

/// The seven steps in the sequence of `verdict` (DOMAIN.md section 2, the
/// lesson's order per verdict): each step once, where its first move comes.
pub fn sheet_steps(verdict: Verdict) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::with_capacity(Step::ALL.len());
    for m in Move::sequence(verdict) {
        for s in scored_in(*m, verdict) {
            if !out.contains(s) {
                out.push(*s);
            }
        }
    }
    out
}

/// What the sequence of `verdict` asks of `step`, as the Spiekkaart's short
/// names of its moves ("Eerst zeggen wat vaststaat en wat niet",
/// "Deeloplossing bieden"): what the observer looks for.
pub fn sheet_asks(verdict: Verdict, step: Step) -> Vec<Text> {
    Move::sequence(verdict)
        .iter()
        .filter(|m| scored_in(**m, verdict).contains(&step))
        .map(|m| m.short(verdict))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_verdict_has_the_seven_steps_once() {
        for v in Verdict::ALL {
            let steps = sheet_steps(*v);
            assert_eq!(steps.len(), 7, "{v:?}: {steps:?}");
            for s in Step::ALL {
                assert!(steps.contains(s), "{v:?} misses {s:?}");
                assert!(!sheet_asks(*v, *s).is_empty(), "{v:?}: nothing asked of {s:?}");
            }
        }
    }

    #[test]
    fn explaining_counts_where_the_engine_scores_it() {
        assert_eq!(scored_in(Move::Communicate, Verdict::Doubtful), [crate::model::LineKind::Explanation.step()]);
    }

    #[test]
    fn a_doubtful_offer_is_explained_first_then_partial() {
        let asks: Vec<String> = sheet_asks(Verdict::Doubtful, Step::Offer).iter().map(|t| t.render(Lang::Nl)).collect();
        assert_eq!(asks, ["Eerst zeggen wat vaststaat en wat niet", "Deeloplossing bieden"]);
        let grounded: Vec<String> =
            sheet_asks(Verdict::Grounded, Step::Offer).iter().map(|t| t.render(Lang::Nl)).collect();
        assert_eq!(grounded, ["Meteen oplossen, met keuze"]);
        let execute: Vec<String> =
            sheet_asks(Verdict::Unfounded, Step::Execute).iter().map(|t| t.render(Lang::Nl)).collect();
        assert_eq!(execute, ["Uitvoeren, vastleggen, nazorg"]);
    }
}
