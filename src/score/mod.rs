//! Scoring a finished session: 0-100 per step and overall, every point won
//! or lost itemized with its reason and the rule it comes from, and the SLA
//! and authority rules that were broken, each with its deadline and the
//! actual time.
//!
//! One file per step of the method (`listen.rs` to `improve.rs`); each adds
//! its items to the [`Scorer`] in the order the debrief shows them.
//! Deadlines come from `crate::sla` and are scored by one helper
//! (`grade.rs`), so met / late / missing reads the same everywhere.

mod acknowledge;
mod analyze;
pub mod compare;
mod costs;
mod decisions;
mod execute;
mod follow_up;
mod grade;
mod improve;
mod listen;
mod meaning;
mod offer;
mod offers;
mod path;
pub mod report;
pub mod self_assessment;
mod written;

use chrono::NaiveDateTime;

use crate::i18n::{Arg, Text};
use crate::law::{self, SafetyDuty};
use crate::model::*;
use crate::policy::{Policy, Rule};
use crate::sim::State;
use crate::sla::{self, Deadline, Deadlines};

pub use decisions::{DECISIONS, Decision, DecisionKind};
pub use offer::beyond_text;
pub use offers::{OfferReview, lead_time};
pub use path::{Move, PathStep, VerdictLesson};
pub use written::WrittenReview;

/// One point won or lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub step: Step,
    pub points: i32,
    pub reason: Text,
    /// The rule it comes from (with a description in the translations).
    pub rule: Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StepScore {
    pub step: Step,
    pub score: u32,
    pub items: Vec<Item>,
}

/// A broken SLA, authority or escalation rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    pub rule: Rule,
    pub step: Step,
    pub deadline: Option<NaiveDateTime>,
    /// `None`: it never happened.
    pub actual: Option<NaiveDateTime>,
    pub text: Text,
}

/// A mistake that fails the case whatever else was right: the debrief
/// names it first, and the overall score stays below the pass mark.
#[derive(Clone, Debug, PartialEq)]
pub enum KnockOut {
    /// The wrong verdict, or none: then the solution cannot fit the case,
    /// however carefully the rest was done.
    Verdict { given: Option<Verdict>, truth: Verdict },
    /// The solution the case ended with does not fit it: it gives away what
    /// the case does not warrant, or withholds what the customer is owed.
    /// `reason` is the case's own judgement of that offer, or the law's
    /// (`crate::law::withholds`) where the case rated it better.
    Solution { offer: OfferKind, reason: Text },
    /// A product-safety incident left with duties undone (not escalated, so
    /// the sale goes on unreported; C-level never told): a refund to one
    /// customer does not protect the others.
    Safety { missed: Vec<SafetyDuty> },
    /// Not one move of a step the case needs: no question or summary (listen),
    /// no acknowledging word (acknowledge), no check at all (analyze), an
    /// accepted solution never carried out (execute), no contact after
    /// carrying it out (follow-up).
    Skipped(Step),
    /// More of what the trainee said hurt the conversation (blame,
    /// minimising, a wrong summary, a solution before listening) than
    /// helped it.
    Conversation { wrong: usize, usable: usize },
    /// The case had to go to the team lead (beyond authority, a public
    /// risk, a repeat complaint) and never did.
    Escalation,
    /// A doubtful or unfounded case whose solution came without first
    /// explaining what the checks found: the move that defines handling
    /// those verdicts (PEDAGOGY.md section 2).
    Unexplained(Verdict),
}

impl KnockOut {
    /// A short name for reports and tables.
    pub fn key(&self) -> &'static str {
        match self {
            KnockOut::Verdict { .. } => "verdict",
            KnockOut::Solution { .. } => "solution",
            KnockOut::Safety { .. } => "safety",
            KnockOut::Skipped(Step::Listen) => "skipped-listen",
            KnockOut::Skipped(Step::Acknowledge) => "skipped-acknowledge",
            KnockOut::Skipped(Step::Analyze) => "skipped-analyze",
            KnockOut::Skipped(Step::Execute) => "skipped-execute",
            KnockOut::Skipped(_) => "skipped-follow-up",
            KnockOut::Conversation { .. } => "conversation",
            KnockOut::Escalation => "escalation",
            KnockOut::Unexplained(_) => "unexplained",
        }
    }

    pub fn text(&self) -> Text {
        match self {
            KnockOut::Verdict { given: Some(given), truth } => {
                Text::msg("knockout-verdict").arg("given", Arg::Msg(given.msg())).arg("truth", Arg::Msg(truth.msg()))
            }
            KnockOut::Verdict { given: None, truth } => {
                Text::msg("knockout-no-verdict").arg("truth", Arg::Msg(truth.msg()))
            }
            KnockOut::Solution { offer, reason } => Text::msg("knockout-solution")
                .arg("offer", crate::sim::offer_text(offer))
                .arg("reason", Arg::Text(Box::new(reason.clone()))),
            KnockOut::Safety { missed } => {
                let duties: Vec<Arg> = missed.iter().map(|d| Arg::Msg(d.msg())).collect();
                Text::msg("knockout-safety").arg("duties", Arg::Text(Box::new(offer::join(&duties))))
            }
            KnockOut::Skipped(step) => Text::msg(match step {
                Step::Listen => "knockout-skipped-listen",
                Step::Acknowledge => "knockout-skipped-acknowledge",
                Step::Analyze => "knockout-skipped-analyze",
                Step::Execute => "knockout-skipped-execute",
                _ => "knockout-skipped-follow-up",
            }),
            KnockOut::Conversation { wrong, usable } => {
                Text::msg("knockout-conversation").arg("wrong", *wrong as i64).arg("usable", *usable as i64)
            }
            KnockOut::Escalation => Text::msg("knockout-escalation"),
            KnockOut::Unexplained(Verdict::Unfounded) => Text::msg("knockout-unexplained-unfounded"),
            KnockOut::Unexplained(_) => Text::msg("knockout-unexplained-doubtful"),
        }
    }
}

/// The solution the case ended with, as the offer step, the decisions and
/// the knock-outs judge it: the accepted one, else the best one offered.
fn chosen_offer(st: &State) -> Option<&crate::sim::OfferMade> {
    chosen_index(st).map(|i| &st.offers[i])
}

/// The index of [`chosen_offer`] among the offers made.
fn chosen_index(st: &State) -> Option<usize> {
    st.accepted.or_else(|| (0..st.offers.len()).min_by_key(|&i| st.offers[i].judgement.rating))
}

/// The knock-outs of a session, most important first.
fn knockouts(s: &Scenario, policy: &Policy, st: &State, triggers: &[Trigger]) -> Vec<KnockOut> {
    let mut out = Vec::new();
    let given = st.classification.map(|(c, _)| c.verdict);
    if given != Some(s.truth.verdict) {
        out.push(KnockOut::Verdict { given, truth: s.truth.verdict });
    }
    if let Some(o) = chosen_offer(st) {
        if o.judgement.rating == Rating::Wrong {
            out.push(KnockOut::Solution { offer: o.offer, reason: o.judgement.reason.clone() });
        } else if let Some(reason) = withheld(s, policy, st) {
            out.push(KnockOut::Solution { offer: o.offer, reason });
        }
    }
    if s.truth.escalation.contains(&Trigger::Safety) {
        let missed = law::safety_duties_missed(
            law::Hazard::Anyone,
            !st.escalations.is_empty(),
            st.management_notified.is_some(),
        );
        if !missed.is_empty() {
            out.push(KnockOut::Safety { missed });
        }
    }
    if s.truth.verdict != Verdict::Grounded
        && let Some(o) = chosen_offer(st)
        && path::first_usable_line(s, st, &[LineKind::Explanation]).is_none_or(|t| t > o.at)
    {
        out.push(KnockOut::Unexplained(s.truth.verdict));
    }
    // A safety case's own knock-out already names the missing escalation.
    let safety = out.iter().any(|k| matches!(k, KnockOut::Safety { .. }));
    if !triggers.is_empty() && st.escalations.is_empty() && !safety {
        out.push(KnockOut::Escalation);
    }
    let wrong = st.said.iter().filter(|x| s.lines[x.line].rating == Rating::Wrong).count();
    let usable = st.said.len() - wrong;
    if wrong > usable {
        out.push(KnockOut::Conversation { wrong, usable });
    }
    let said = |kinds: &[LineKind]| path::first_usable_line(s, st, kinds).is_some();
    if !said(&[LineKind::OpenQuestion, LineKind::ClosedQuestion, LineKind::Summary]) {
        out.push(KnockOut::Skipped(Step::Listen));
    }
    if !said(&[LineKind::Acknowledge]) {
        out.push(KnockOut::Skipped(Step::Acknowledge));
    }
    if st.checks.is_empty() {
        out.push(KnockOut::Skipped(Step::Analyze));
    }
    if st.accepted.is_some() && st.execution.is_none() {
        out.push(KnockOut::Skipped(Step::Execute));
    }
    if st.execution.as_ref().is_some_and(|e| !e.blocked) && st.followed_up.is_none() {
        out.push(KnockOut::Skipped(Step::FollowUp));
    }
    out
}

/// Why the solution withholds what the law owes, if it does: the offers
/// the customer took (or, when none, all that were made) give no remedy
/// for a defect, or refuse a presumed one outright.
fn withheld(s: &Scenario, policy: &Policy, st: &State) -> Option<Text> {
    let owed = law::owed(&policy.law, &s.order, &s.truth, s.received);
    let taken: Vec<OfferKind> = st.offers.iter().filter(|o| o.judgement.accepted).map(|o| o.offer).collect();
    let solution = if taken.is_empty() { st.offers.iter().map(|o| o.offer).collect() } else { taken };
    law::withholds(owed, &solution, s.order.price).then(|| match owed {
        law::Owed::NoRefusal => Text::msg("law-withholds-presumed").arg("months", policy.law.presumption_months),
        _ => Text::msg("law-withholds-remedy"),
    })
}

#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    pub scenario_id: String,
    pub title: String,
    pub seed: u64,
    pub steps: Vec<StepScore>,
    /// The decisions' points plus the conduct's, kept below the pass mark
    /// by a knock-out.
    pub overall: u32,
    /// What each decision earned (together at most [`DECISIONS`]).
    pub decisions: Vec<Decision>,
    /// The mean step score, scaled to the points the decisions leave.
    pub conduct: u32,
    /// What the steps add up to, before any knock-out.
    pub uncapped: u32,
    /// What failed the case, most important first.
    pub knockouts: Vec<KnockOut>,
    /// Why the case has its verdict, and the handling against its sequence.
    pub verdict: VerdictLesson,
    /// Every offer made, in order, with the case's judgement of it.
    pub offers: Vec<OfferReview>,
    pub violations: Vec<Violation>,
    pub csat: u8,
    /// Whether the trainee collected the CSAT with a survey.
    pub csat_collected: bool,
    pub mood: i32,
    /// The mood at the start and after each action, with the simulated time.
    pub mood_curve: Vec<(NaiveDateTime, i32)>,
    /// The customer's open comment with the CSAT answer.
    pub csat_comment: Option<Text>,
    pub started: NaiveDateTime,
    pub ended: NaiveDateTime,
    pub consequences: Vec<Text>,
    pub model: Vec<String>,
    /// The texts written in the trainee's own words, each with its analysis.
    pub written: Vec<WrittenReview>,
}

impl Debrief {
    pub fn step(&self, step: Step) -> &StepScore {
        self.steps.iter().find(|s| s.step == step).expect("every step is scored")
    }

    pub fn has_violation(&self, rule: Rule) -> bool {
        self.violations.iter().any(|v| v.rule == rule)
    }
}

/// The items and violations of one session as the steps add them.
struct Scorer<'a> {
    s: &'a Scenario,
    policy: &'a Policy,
    st: &'a State,
    /// The case's deadlines by its truth, as the session left them.
    deadlines: Deadlines,
    /// What called for escalation: the case's triggers and those the
    /// handling caused (`crate::sim::consequences::arisen`).
    triggers: Vec<Trigger>,
    items: Vec<Item>,
    violations: Vec<Violation>,
}

impl<'a> Scorer<'a> {
    fn add(&mut self, step: Step, points: i32, rule: Rule, reason: Text) {
        self.items.push(Item { step, points, reason, rule });
    }

    fn violate(
        &mut self,
        step: Step,
        rule: Rule,
        deadline: Option<NaiveDateTime>,
        actual: Option<NaiveDateTime>,
        text: Text,
    ) {
        self.violations.push(Violation { rule, step, deadline, actual, text });
    }

    /// The first deadline of `rule`, copied so the scorer can add items.
    fn deadline_of(&self, rule: Rule) -> Option<Deadline> {
        self.deadlines.first(rule).copied()
    }

    fn lines_of(&self, kind: LineKind) -> Vec<(&'a Line, NaiveDateTime)> {
        let (s, st) = (self.s, self.st);
        st.said.iter().map(|x| (&s.lines[x.line], x.at)).filter(|(l, _)| l.kind == kind).collect()
    }

    /// Points for the best line of some kinds, and a penalty for each wrong
    /// one.
    fn best_line(&mut self, step: Step, kinds: &[LineKind], rule: Rule, marks: LineMarks) {
        let said: Vec<(Line, NaiveDateTime)> =
            kinds.iter().flat_map(|k| self.lines_of(*k)).map(|(l, t)| (l.clone(), t)).collect();
        let best = said.iter().filter(|(l, _)| l.rating != Rating::Wrong).min_by_key(|(l, _)| l.rating);
        match best {
            Some((l, _)) => {
                let pts = if l.rating == Rating::Good { marks.good } else { marks.weak };
                self.add(step, pts, rule, Text::Authored(l.reason.clone()));
            }
            None => self.add(step, 0, rule, Text::msg(marks.none)),
        }
        for (l, _) in said.iter().filter(|(l, _)| l.rating == Rating::Wrong) {
            self.add(step, -marks.wrong, rule, Text::Authored(l.reason.clone()));
        }
    }

    /// A classified field: its points when right, else what it should be.
    /// A wrong value comes with what the right one means and how it differs
    /// from the one given, and the case's reason for it where it has one.
    fn field(&mut self, step: Step, rule: Rule, f: Field) {
        let (name, truth) = (Arg::Msg(f.name), Arg::Msg(f.truth));
        let why = |t: Text| match &f.why {
            Some(why) => t.arg("why", why.as_str()),
            None => t,
        };
        if f.given == f.truth {
            let id = if f.why.is_some() { "item-classified-why" } else { "item-classified-right" };
            self.add(step, f.points, rule, why(Text::msg(id).arg("field", name).arg("value", truth)));
            return;
        }
        let id = match (f.meaning, &f.why) {
            (None, _) => "item-classified-wrong",
            (Some(_), None) => "item-classified-wrong-meaning",
            (Some(_), Some(_)) => "item-classified-wrong-why",
        };
        let mut text = Text::msg(id).arg("field", name).arg("given", Arg::Msg(f.given)).arg("value", truth);
        if let Some((given, right)) = f.meaning {
            text = text.arg("meaning", Arg::Msg(right)).arg("given_meaning", Arg::Msg(given));
        }
        self.add(step, 0, rule, why(text));
    }
}

/// One field of a classification, for [`Scorer::field`]: values by the
/// ids of their names, which differ exactly when the values do.
struct Field {
    /// The field's name (`field-cause`).
    name: &'static str,
    given: &'static str,
    truth: &'static str,
    /// For the right value.
    points: i32,
    /// The ids of what the given and the right value mean
    /// (`meaning.rs`), to explain a wrong one.
    meaning: Option<(&'static str, &'static str)>,
    /// The case's own reason for its value.
    why: Option<String>,
}

impl Field {
    /// A field whose wrong value is explained against the right one.
    fn explained<T: meaning::Meaning>(name: &'static str, given: T, truth: T, points: i32) -> Field {
        Field { meaning: Some((given.meaning(), truth.meaning())), ..Field::plain(name, given, truth, points) }
    }

    /// A field explained elsewhere in the debrief (the verdict).
    fn plain<T: Term>(name: &'static str, given: T, truth: T, points: i32) -> Field {
        Field { name, given: given.msg(), truth: truth.msg(), points, meaning: None, why: None }
    }
}

/// What the lines of one kind are worth to [`Scorer::best_line`].
struct LineMarks {
    /// For the best line, when it is rated good.
    good: i32,
    /// For the best line, when it is only weak.
    weak: i32,
    /// Taken off for every wrong line.
    wrong: i32,
    /// The item's message when no usable line was said.
    none: &'static str,
}

/// Scores a finished session.
pub fn score(s: &Scenario, policy: &Policy, st: &State, seed: u64) -> Debrief {
    let arisen = crate::sim::consequences::arisen(s, policy, &st.consequences, st.closed);
    let deadlines = sla::deadlines(policy, &sla::Case::played(&s.truth, &arisen), st);
    let triggers: Vec<Trigger> = s.truth.escalation.iter().copied().chain(arisen.iter().map(|a| a.0)).collect();
    let mut sc = Scorer { s, policy, st, deadlines, triggers, items: Vec::new(), violations: Vec::new() };
    let end = st.now;
    sc.listen();
    sc.acknowledge();
    sc.analyze();
    sc.offer();
    sc.execute();
    sc.follow_up(end);
    sc.improve();
    let decisions = decisions::decisions(s, st, &sc.deadlines);
    let Scorer { items, violations, triggers, .. } = sc;
    let steps: Vec<StepScore> = Step::ALL
        .iter()
        .map(|&step| {
            let items: Vec<Item> = items.iter().filter(|i| i.step == step).cloned().collect();
            let total: i32 = items.iter().map(|i| i.points).sum();
            StepScore { step, score: total.clamp(0, 100) as u32, items }
        })
        .collect();
    let conduct = decisions::conduct(&steps.iter().map(|s| s.score).collect::<Vec<_>>());
    let uncapped = decisions.iter().map(|d| d.points).sum::<u32>() + conduct;
    let knockouts = knockouts(s, policy, st, &triggers);
    let overall = if knockouts.is_empty() { uncapped } else { capped(uncapped, policy.kpi.pass_score) };
    let csat = st.csat_answer.map_or_else(|| crate::sim::csat::csat(st), |(_, c)| c);
    let mut consequences: Vec<Text> = st.consequences.iter().map(|c| c.text(s, policy, &st.consequences)).collect();
    consequences.extend(costs::costs(&steps, &violations, st));
    Debrief {
        scenario_id: s.id.clone(),
        title: s.title.clone(),
        seed,
        steps,
        overall,
        decisions,
        conduct,
        uncapped,
        knockouts,
        verdict: VerdictLesson::of(s, st),
        offers: offers::reviews(s, policy, st),
        violations,
        csat,
        csat_collected: st.csat_answer.is_some(),
        mood: st.mood,
        mood_curve: compare::mood_curve(s, st),
        csat_comment: st.csat_comment.clone(),
        started: st.start,
        ended: end,
        consequences,
        model: s.model.clone(),
        written: written::reviews(&st.written),
    }
}

/// Whether a session passed: the one place that decides it, for the
/// review, its exports and xAPI alike. A session abandoned before the case
/// was closed never passes, whatever its steps scored.
pub fn passed(finished: bool, overall: u32, pass_score: u32) -> bool {
    finished && overall >= pass_score
}

/// The overall score of a case with a knock-out: the steps' score scaled
/// to below the pass mark, so the case fails whatever else was right, and
/// a careful handling with one fatal mistake still scores above a careless
/// one with the same mistake (a knock-out does not make every failure equal).
fn capped(uncapped: u32, pass: u32) -> u32 {
    uncapped * pass.saturating_sub(1) / 100
}
