//! Step 7, improve: the "5 x waarom" against the case's causal chain where
//! it is due, and the lesson learned on substance: its category and cause
//! against the truth, a root cause that names the chain's root, a
//! correction that tackles it with an owner and a date, and points off for
//! every vague phrase. Three random words earn nothing here.

use crate::i18n::Text;
use crate::model::Step;
use crate::policy::Rule;
use crate::rca::{self, ChainResult, lesson::RootMatch, lesson::Tackles};

use super::{Field, Scorer};

/// Points for the whole chain, shared by its links after the symptom.
const CHAIN: i32 = 30;
/// Category and cause, each; where the chain is due they share its points.
const FIELD: i32 = 25;
const FIELD_WITH_CHAIN: i32 = 10;
const ROOT: i32 = 25;
const ROOT_PARTLY: i32 = 15;
const ROOT_ON_THE_WAY: i32 = 10;
/// The correction: tackling the root cause, an owner, a date.
const TACKLES_ROOT: i32 = 10;
const TACKLES_CAUSE: i32 = 5;
const OWNER: i32 = 7;
const DATE: i32 = 8;
/// Taken off for each vague phrase, at most `VAGUE_MAX` of them.
const VAGUE: i32 = 5;
const VAGUE_MAX: usize = 3;

impl Scorer<'_> {
    pub(super) fn improve(&mut self) {
        let (s, st) = (self.s, self.st);
        let due = rca::due(s).is_due();
        if due {
            let whys = st.whys();
            self.why_chain(&rca::chain_result(s, &whys), whys.is_empty());
        }
        let Some(l) = &st.lesson else {
            self.add(Step::Improve, 0, Rule::ImproveLesson, Text::msg("item-no-lesson"));
            return;
        };
        let t = &s.truth;
        let points = if due { FIELD_WITH_CHAIN } else { FIELD };
        for f in [
            Field::explained("field-category", l.category, t.category, points),
            Field::explained("field-cause", l.cause, t.cause, points),
        ] {
            self.field(Step::Improve, Rule::ImproveLesson, f);
        }
        let j = rca::judge_lesson(s, &l.root_cause, &l.correction);
        let root = s.truth.causes.last().map_or(t.root_cause.as_str(), |c| c.text.as_str());
        let add = |sc: &mut Self, pts: i32, text: Text| sc.add(Step::Improve, pts, Rule::ImproveRootCause, text);
        match j.root {
            RootMatch::Root(q) => add(self, ROOT, Text::msg("item-root-cause").arg("quote", q)),
            RootMatch::Partly { quote, named, of } => add(
                self,
                ROOT_PARTLY,
                Text::msg("item-root-cause-partly")
                    .arg("quote", quote)
                    .arg("named", named as i64)
                    .arg("of", of as i64)
                    .arg("expected", root),
            ),
            RootMatch::Cause { quote, .. } => add(
                self,
                ROOT_ON_THE_WAY,
                Text::msg("item-root-cause-on-the-way").arg("quote", quote).arg("expected", root),
            ),
            RootMatch::Nothing => add(self, 0, Text::msg("item-root-cause-missed").arg("expected", root)),
        }
        match j.tackles {
            Tackles::Root(q) => add(self, TACKLES_ROOT, Text::msg("item-correction-tackles").arg("quote", q)),
            Tackles::Cause(q) => add(self, TACKLES_CAUSE, Text::msg("item-correction-on-the-way").arg("quote", q)),
            Tackles::Nothing => add(self, 0, Text::msg("item-correction-misses").arg("expected", root)),
        }
        match j.owner {
            Some(q) => add(self, OWNER, Text::msg("item-correction-owner").arg("quote", q)),
            None => add(self, 0, Text::msg("item-correction-no-owner")),
        }
        match j.date {
            Some(q) => add(self, DATE, Text::msg("item-correction-date").arg("quote", q)),
            None => add(self, 0, Text::msg("item-correction-no-date")),
        }
        for q in j.vague.into_iter().take(VAGUE_MAX) {
            add(self, -VAGUE, Text::msg("item-lesson-vague").arg("quote", q));
        }
    }

    /// The chain link by link: what each "why" found, with its words, and
    /// what no answer reached.
    fn why_chain(&mut self, r: &ChainResult, none: bool) {
        let add = |sc: &mut Self, pts: i32, text: Text| sc.add(Step::Improve, pts, Rule::ImproveWhy, text);
        let chain: Vec<&str> =
            std::iter::once(r.symptom.as_str()).chain(r.links.iter().map(|l| l.text.as_str())).collect();
        if none {
            add(self, 0, Text::msg("item-why-none").arg("chain", chain.join(" → ")));
            return;
        }
        add(
            self,
            0,
            Text::msg("item-why-summary")
                .arg("found", r.found() as i64)
                .arg("total", r.links.len() as i64)
                .arg("symptom", r.symptom.as_str()),
        );
        let n = r.links.len().max(1) as i32;
        for (i, l) in r.links.iter().enumerate() {
            // The root gets what the even shares leave, so a full chain is
            // exactly `CHAIN`.
            let root = i + 1 == r.links.len();
            let share = if root { CHAIN - CHAIN / n * (n - 1) } else { CHAIN / n };
            match &l.found {
                Some((answer, quote)) => add(
                    self,
                    share,
                    Text::msg(if root { "item-why-found-root" } else { "item-why-found" })
                        .arg("n", *answer as i64 + 1)
                        .arg("quote", quote.as_str())
                        .arg("link", l.text.as_str()),
                ),
                None => add(
                    self,
                    0,
                    Text::msg(if root { "item-why-missed-root" } else { "item-why-missed" })
                        .arg("link", l.text.as_str()),
                ),
            }
        }
    }
}
