//! The monthly training in the review: did the training help? Per month
//! (of the plans' months): who took part, and the step scores of the
//! month's training cases against the month before; per trainee, their
//! first sitting against their latest. Built from the records that carry a
//! plan (`Record::training`); `text` lays it out for the terminal and
//! `training_html` for the browser.

use std::collections::BTreeMap;

use crate::i18n::{Lang, Text, tr};
use crate::log::Record;
use crate::model::Step;

/// Averages over a set of training cases.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Per step, in the order of `Step::ALL`.
    pub steps: [u32; 7],
    pub overall: u32,
    /// The lessons learned given, averaged; `None` when none was.
    pub lesson: Option<u32>,
    pub cases: usize,
}

impl Scores {
    fn of(rs: &[&Record]) -> Scores {
        let n = rs.len().max(1) as u32;
        let avg = |f: &dyn Fn(&Record) -> u32| (rs.iter().map(|r| f(r)).sum::<u32>() + n / 2) / n;
        let mut steps = [0; 7];
        for (i, step) in Step::ALL.iter().enumerate() {
            steps[i] = avg(&|r| r.steps.get(step).copied().unwrap_or(0));
        }
        let lessons: Vec<u32> =
            rs.iter().filter_map(|r| r.training.as_ref()?.lesson.as_ref().map(|l| l.score)).collect();
        let lesson = (!lessons.is_empty()).then(|| lessons.iter().sum::<u32>() / lessons.len() as u32);
        Scores { steps, overall: avg(&|r| r.overall), lesson, cases: rs.len() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub plans: Vec<String>,
    /// Who sat a training this month, sorted.
    pub trainees: Vec<String>,
    pub sittings: usize,
    pub scores: Scores,
}

/// One trainee's sitting, summed up.
#[derive(Clone, Debug, PartialEq)]
pub struct Sitting {
    pub month: String,
    pub plan: String,
    pub scores: Scores,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Trainee {
    pub name: String,
    pub first: Sitting,
    /// `None` when the trainee sat only once.
    pub latest: Option<Sitting>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Oldest month first.
    pub months: Vec<Month>,
    pub trainees: Vec<Trainee>,
}

impl Report {
    /// How many trainees with two or more sittings scored higher in their
    /// latest, and how many have two or more.
    pub fn improved(&self) -> (usize, usize) {
        let both: Vec<_> = self.trainees.iter().filter_map(|t| t.latest.as_ref().map(|l| (&t.first, l))).collect();
        (both.iter().filter(|(f, l)| l.scores.overall > f.scores.overall).count(), both.len())
    }
}

/// The training report of `records` (others are left out).
pub fn report(records: &[&Record]) -> Report {
    let mut by_month: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    // A sitting: its trainee and its start; its records in order.
    let mut sittings: BTreeMap<(&str, &str), Vec<&Record>> = BTreeMap::new();
    for r in records {
        let Some(t) = &r.training else { continue };
        by_month.entry(&t.month).or_default().push(r);
        sittings.entry((&r.trainee, &t.sitting)).or_default().push(r);
    }
    let months = by_month
        .iter()
        .map(|(month, rs)| {
            let mut plans: Vec<String> = rs.iter().filter_map(|r| Some(r.training.as_ref()?.plan.clone())).collect();
            plans.sort();
            plans.dedup();
            let mut trainees: Vec<String> = rs.iter().map(|r| r.trainee.clone()).collect();
            trainees.sort();
            trainees.dedup();
            let mut keys: Vec<_> =
                rs.iter().filter_map(|r| Some((&r.trainee, &r.training.as_ref()?.sitting))).collect();
            keys.sort();
            keys.dedup();
            Month { month: (*month).to_owned(), plans, trainees, sittings: keys.len(), scores: Scores::of(rs) }
        })
        .collect();
    let mut per_trainee: BTreeMap<&str, Vec<(chrono::DateTime<chrono::FixedOffset>, Sitting)>> = BTreeMap::new();
    for ((trainee, _), rs) in &sittings {
        let t = rs[0].training.as_ref().expect("grouped by training");
        let started = rs.iter().map(|r| r.started).min().unwrap_or(rs[0].started);
        let sitting = Sitting { month: t.month.clone(), plan: t.plan.clone(), scores: Scores::of(rs) };
        per_trainee.entry(trainee).or_default().push((started, sitting));
    }
    let trainees = per_trainee
        .into_iter()
        .map(|(name, mut ss)| {
            ss.sort_by_key(|(at, _)| *at);
            let latest = (ss.len() > 1).then(|| ss.pop().map(|(_, s)| s)).flatten();
            Trainee { name: name.to_owned(), first: ss.swap_remove(0).1, latest }
        })
        .collect();
    Report { months, trainees }
}

/// A difference as the report writes it: `+5`, `-3`, `0`.
pub fn delta(now: u32, before: u32) -> String {
    let d = i64::from(now) - i64::from(before);
    if d > 0 { format!("+{d}") } else { d.to_string() }
}

/// The rows of a month's table: a label, this month, last month (if any).
pub fn month_rows(lang: Lang, m: &Month, before: Option<&Month>) -> Vec<(String, String, Option<String>)> {
    let mut rows: Vec<(String, String, Option<String>)> = Step::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| (tr(lang, s.msg()), m.scores.steps[i].to_string(), before.map(|b| b.scores.steps[i].to_string())))
        .collect();
    rows.push((
        tr(lang, "training-overall"),
        m.scores.overall.to_string(),
        before.map(|b| b.scores.overall.to_string()),
    ));
    let lesson = |s: &Scores| s.lesson.map_or_else(|| "-".to_owned(), |l| l.to_string());
    rows.push((tr(lang, "training-lesson"), lesson(&m.scores), before.map(|b| lesson(&b.scores))));
    rows
}

/// The answer in one sentence.
pub fn conclusion(r: &Report) -> Text {
    let (up, of) = r.improved();
    if of == 0 {
        Text::msg("training-no-second")
    } else {
        Text::msg("training-improved").arg("up", up as i64).arg("of", of as i64)
    }
}

/// The report for the terminal.
pub fn text(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    if r.months.is_empty() {
        return tr(lang, "training-none") + "\n";
    }
    let t = |id: &str| tr(lang, id);
    out.push_str(&format!("{}\n\n", t("training-title")));
    for (i, m) in r.months.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| &r.months[j]);
        let head = Text::msg("training-month")
            .arg("month", m.month.clone())
            .arg("plans", m.plans.join(", "))
            .arg("sittings", m.sittings as i64);
        out.push_str(&format!("{}\n", head.render(lang)));
        let who = Text::msg("training-participants").arg("count", m.trainees.len() as i64);
        out.push_str(&format!("{}: {}\n", who.render(lang), m.trainees.join(", ")));
        let mut rows = vec![vec![
            t("training-step"),
            t("training-this-month"),
            t("training-last-month"),
            t("training-difference"),
        ]];
        for (label, now, was) in month_rows(lang, m, before) {
            let diff = match (&was, now.parse::<u32>(), was.as_deref().map(str::parse::<u32>)) {
                (Some(_), Ok(n), Some(Ok(b))) => delta(n, b),
                _ => "-".to_owned(),
            };
            rows.push(vec![label, now, was.unwrap_or_else(|| "-".to_owned()), diff]);
        }
        table(&mut out, &rows);
        out.push('\n');
    }
    out.push_str(&format!("{}\n", t("training-per-trainee")));
    let mut rows = vec![vec![
        t("training-trainee"),
        t("training-first"),
        t("training-score"),
        t("training-latest"),
        t("training-score"),
        t("training-difference"),
    ]];
    for tr_ in &r.trainees {
        let f = &tr_.first;
        let mut row = vec![tr_.name.clone(), f.month.clone(), f.scores.overall.to_string()];
        match &tr_.latest {
            Some(l) => {
                row.extend([l.month.clone(), l.scores.overall.to_string(), delta(l.scores.overall, f.scores.overall)])
            }
            None => row.extend(["-".to_owned(), "-".to_owned(), "-".to_owned()]),
        }
        rows.push(row);
    }
    table(&mut out, &rows);
    out.push_str(&format!("\n{}\n", conclusion(r).render(lang)));
    out
}

/// Columns padded to their widest cell; the first to the left, the others
/// (numbers, months) to the right.
fn table(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.first().map_or(0, Vec::len);
    let w: Vec<usize> = (0..columns).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in rows {
        let mut line = format!("  {:<w0$}", row[0], w0 = w[0]);
        for c in 1..columns {
            line.push_str(&format!("  {:>w$}", row[c], w = w[c]));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}
