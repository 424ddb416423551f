//! The class summary ("klasoverzicht"): one printable page for the closing
//! discussion of a lesson, made of one class's sessions. Per step the class
//! average and its spread; the three most common mistakes, each with an
//! anonymous example quoted from the log's actions (`mistakes`); which
//! verdict the class found hardest; and the pair sessions in which the
//! observer and the engine disagreed most (`pairs`). `page` writes it as
//! HTML. No trainee is named anywhere: the page is shown to the whole class.

mod mistakes;
pub mod page;
mod pairs;
mod redact;

pub use mistakes::{Example, Mistake, MistakeKind, Quote};
pub use pairs::{PairSession, PairStep};

use chrono::NaiveDate;

use crate::i18n::Text;
use crate::load::Library;
use crate::log::Record;
use crate::log::record::LoggedAction;
use crate::model::{Action, Step, Verdict};

use super::filter::day_in;
use super::{Filter, Rules, identity};

/// How many mistakes the page lists.
pub const MISTAKES: usize = 3;
/// How many pair sessions the page shows at most.
pub const PAIRS: usize = 3;

/// One class's summary.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassSummary {
    /// The class as first logged (`identity::display`).
    pub class: String,
    pub sessions: usize,
    /// How many different trainees: a number, never their names.
    pub trainees: usize,
    /// The first and last day a session started, in the policy's zone.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Every step, in the order of `Step::ALL`.
    pub steps: Vec<StepSpread>,
    /// The most common mistakes, most common first; at most `MISTAKES`.
    pub mistakes: Vec<Mistake>,
    /// Every verdict, in the order of `Verdict::ALL`.
    pub verdicts: Vec<VerdictRow>,
    /// The verdict with the lowest share of correct verdicts (then the
    /// lowest average); `None` without sessions.
    pub hardest: Option<Verdict>,
    /// The pair sessions with the most disagreement first; at most `PAIRS`,
    /// and only ones where observer and engine disagree somewhere.
    pub pairs: Vec<PairSession>,
    /// All pair sessions of the class, agreeing or not.
    pub pair_sessions: usize,
}

/// The class's scores of one step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepSpread {
    pub step: Step,
    /// Sessions with a score for this step.
    pub n: usize,
    pub mean: f64,
    pub min: u32,
    /// The first and third quartile: the middle half of the class lies
    /// between them.
    pub q1: f64,
    pub q3: f64,
    pub max: u32,
}

/// How the class did on the cases of one verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct VerdictRow {
    pub verdict: Verdict,
    pub sessions: usize,
    /// Mean overall score; 0 without sessions.
    pub mean: f64,
    /// Sessions whose (last) classification gave this verdict.
    pub correct: usize,
}

impl VerdictRow {
    /// The share of correct verdicts in percent; `None` without sessions.
    pub fn percent(&self) -> Option<f64> {
        (self.sessions > 0).then(|| 100.0 * self.correct as f64 / self.sessions as f64)
    }
}

/// A class the log does not hold, with the ones it does.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownClass {
    pub asked: String,
    /// Every class in the log, sorted, each once.
    pub known: Vec<String>,
}

impl UnknownClass {
    /// The message for the trainer: what was asked and what there is.
    pub fn message(&self) -> Text {
        if self.known.is_empty() {
            return Text::msg("class-no-classes").arg("class", self.asked.clone());
        }
        Text::msg("class-unknown").arg("class", self.asked.clone()).arg("classes", self.known.join(", "))
    }
}

/// Every class (group) in `records`, sorted, each identity once, as first
/// logged. Sessions without a group belong to no class.
pub fn classes(records: &[Record]) -> Vec<String> {
    let mut seen: Vec<(String, String)> = Vec::new();
    for r in records {
        let key = identity::key(&r.group).into_owned();
        if !key.is_empty() && !seen.iter().any(|(k, _)| *k == key) {
            seen.push((key, identity::display(&r.group).into_owned()));
        }
    }
    let mut names: Vec<String> = seen.into_iter().map(|(_, shown)| shown).collect();
    names.sort_by_key(|n| n.to_lowercase());
    names
}

/// The last verdict a session's classification gave.
pub fn verdict_given(actions: &[LoggedAction]) -> Option<Verdict> {
    actions.iter().rev().find_map(|a| match &a.action {
        Action::Classify(c) => Some(c.verdict),
        _ => None,
    })
}

/// The summary of `class` over the records that pass `filter` (its group
/// is replaced by the class). `records` need their actions (read with
/// `Detail::Full`); `library` gives the text of the lines said.
pub fn summarize(
    records: &[Record],
    class: &str,
    filter: &Filter,
    rules: &Rules,
    library: Option<&Library>,
) -> Result<ClassSummary, UnknownClass> {
    let known = classes(records);
    let Some(shown) = known.iter().find(|k| !class.trim().is_empty() && identity::same(k, class)).cloned() else {
        return Err(UnknownClass { asked: class.trim().to_owned(), known });
    };
    let filter = Filter { group: Some(shown.clone()), ..filter.clone() };
    let rs: Vec<&Record> = records.iter().filter(|r| filter.matches(r, rules.zone)).collect();
    let mut trainees: Vec<String> = rs.iter().map(|r| identity::key(&r.trainee).into_owned()).collect();
    trainees.sort();
    trainees.dedup();
    let days: Vec<NaiveDate> = rs.iter().map(|r| day_in(rules.zone, r.started)).collect();
    let names = redact::Names::of(&rs);
    let (pairs, pair_sessions) = pairs::most_disagreeing(&rs, &names, PAIRS);
    Ok(ClassSummary {
        class: shown,
        sessions: rs.len(),
        trainees: trainees.len(),
        first: days.iter().min().copied(),
        last: days.iter().max().copied(),
        steps: Step::ALL.iter().map(|s| spread(&rs, *s)).collect(),
        mistakes: mistakes::most_common(&rs, library, &names, MISTAKES),
        verdicts: Verdict::ALL.iter().map(|v| verdict_row(&rs, *v)).collect(),
        hardest: None,
        pairs,
        pair_sessions,
    }
    .with_hardest())
}

impl ClassSummary {
    fn with_hardest(mut self) -> ClassSummary {
        self.hardest = self
            .verdicts
            .iter()
            .filter_map(|v| v.percent().map(|p| (v, p)))
            .min_by(|(a, pa), (b, pb)| pa.total_cmp(pb).then(a.mean.total_cmp(&b.mean)))
            .map(|(v, _)| v.verdict);
        self
    }
}

fn spread(rs: &[&Record], step: Step) -> StepSpread {
    let mut scores: Vec<u32> = rs.iter().filter_map(|r| r.steps.get(&step).copied()).collect();
    scores.sort_unstable();
    let n = scores.len();
    StepSpread {
        step,
        n,
        mean: if n == 0 { 0.0 } else { scores.iter().map(|s| f64::from(*s)).sum::<f64>() / n as f64 },
        min: scores.first().copied().unwrap_or(0),
        q1: quantile(&scores, 0.25),
        q3: quantile(&scores, 0.75),
        max: scores.last().copied().unwrap_or(0),
    }
}

/// The `p`-quantile of sorted scores, between the two nearest by linear
/// interpolation (as a spreadsheet's QUARTILE.INC does, so that a teacher
/// who checks the figure in Excel finds the same); 0 without scores.
pub fn quantile(sorted: &[u32], p: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else { return 0.0 };
    let at = p * last as f64;
    let (lo, hi) = (at.floor() as usize, at.ceil() as usize);
    let (a, b) = (f64::from(sorted[lo]), f64::from(sorted[hi]));
    a + (b - a) * (at - lo as f64)
}

fn verdict_row(rs: &[&Record], verdict: Verdict) -> VerdictRow {
    let of: Vec<&&Record> = rs.iter().filter(|r| r.scenario.verdict == verdict).collect();
    let sessions = of.len();
    VerdictRow {
        verdict,
        sessions,
        mean: if sessions == 0 { 0.0 } else { of.iter().map(|r| f64::from(r.overall)).sum::<f64>() / sessions as f64 },
        correct: of.iter().filter(|r| verdict_given(&r.actions) == Some(verdict)).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::quantile;

    #[test]
    fn quartiles_as_a_spreadsheet_has_them() {
        assert_eq!(quantile(&[], 0.25), 0.0);
        assert_eq!(quantile(&[40], 0.75), 40.0);
        // QUARTILE.INC({0;20;40;100};1) = 15, (…;3) = 55.
        assert_eq!(quantile(&[0, 20, 40, 100], 0.25), 15.0);
        assert_eq!(quantile(&[0, 20, 40, 100], 0.75), 55.0);
    }
}
