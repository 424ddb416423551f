//! One complaint case as written in `scenarios/*.ron` (documented field by
//! field in `scenarios/README.md`).

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::action::OfferKind;
use super::causes::CauseLink;
use super::terms::*;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Unique, stable name; scripts and the log refer to it.
    pub id: String,
    pub title: String,
    /// Who wrote the case (a student, a trainer): the case list shows it
    /// ("door Fatima"). Optional; the cases that come with klachtsim have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Language of the case's texts: "nl" or "en".
    #[serde(default = "default_language")]
    pub language: String,
    /// Another policy file, relative to this scenario's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// 1 (easy) to 3 (hard).
    pub difficulty: u8,
    /// One or two sentences for the case list and the trainer.
    pub summary: String,
    pub customer: Customer,
    pub order: Order,
    pub channel: Channel,
    /// When the complaint comes in; the simulated clock starts here.
    #[serde(deserialize_with = "super::moment::deserialize")]
    pub received: NaiveDateTime,
    /// The complaint is visible to a large audience (public post, press).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public: bool,
    /// What the customer says or writes first.
    pub opening: String,
    pub truth: Truth,
    /// The customer's answer to letting them finish or interrupting them.
    pub listening: Listening,
    /// What the trainee can say, each judged by the author.
    pub lines: Vec<Line>,
    /// What each investigation reveals.
    pub findings: BTreeMap<Check, Finding>,
    /// How the offers the trainee may make are judged; the first matching
    /// rule counts, offers no rule matches are judged by the verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offers: Vec<OfferRule>,
    /// What the team lead says when the trainee escalates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_reply: Option<String>,
    /// What the customer says when contacted after execution.
    pub follow_up_reply: String,
    /// A model handling in words, shown in the debrief.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub model: Vec<String>,
}

fn default_language() -> String {
    "nl".into()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    pub temperament: Temperament,
    /// Mood at the start (0-100); by default from the temperament.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    /// Earlier complaints of this customer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<PastComplaint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastComplaint {
    pub date: NaiveDate,
    pub category: Category,
    pub summary: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub number: String,
    pub product: String,
    /// Price paid, in euro.
    pub price: f64,
    pub purchased: NaiveDate,
    /// When the customer received it; by default the day of purchase. The
    /// legal presumption and the right of withdrawal count from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<NaiveDate>,
    /// Bought online (web shop, app): the 14-day right of withdrawal applies.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
    /// Whether the same product can be sent as a replacement right away.
    pub in_stock: bool,
    #[serde(default = "default_warranty")]
    pub warranty_months: u32,
}

fn default_warranty() -> u32 {
    24
}

/// What the trainee has to find out (step analyze).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Truth {
    pub nature: Nature,
    pub category: Category,
    pub cause: Cause,
    pub verdict: Verdict,
    pub priority: Priority,
    /// Why this case must be escalated; empty when it must not be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub escalation: Vec<Trigger>,
    /// The explanation the debrief gives for the escalation decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_reason: Option<String>,
    /// Why the case has its priority, for the debrief ("haar verjaardag is
    /// zaterdag: na vrijdag heeft een oplossing geen zin meer"); worth
    /// writing wherever the priority is not plain normal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_reason: Option<String>,
    /// The investigations without which the verdict is a guess.
    pub required_checks: Vec<Check>,
    /// The root cause a good lesson learned names.
    pub root_cause: String,
    /// The causal chain from the symptom (first) to the root cause (last),
    /// 3 to 5 links: what a "5 x waarom" should find.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<CauseLink>,
    /// The case calls for a root-cause analysis ("5 x waarom") whatever the
    /// number of complaints in its category (a structural fault, a safety
    /// incident).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rca: bool,
    /// Whether the trainee can solve the case right away. When not (a
    /// carrier's or a lab's investigation, a supplier), the customer must
    /// get an exact date and time for the next contact before any offer.
    #[serde(default = "yes")]
    pub direct_solution: bool,
    /// The customer withdrew from an online purchase in time (BW 6:230o):
    /// the refund of what was paid is owed by law, not a goodwill decision,
    /// so it needs no authority (`law::needs_authority`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listening {
    /// Reply when the trainee lets the customer finish.
    pub let_finish: Reply,
    /// Reply when the trainee interrupts.
    pub interrupt: Reply,
}

/// What the customer answers, and how it moves their mood.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// One or more variants; the session's seed picks one.
    pub text: Vec<String>,
    /// Change of mood, -50 to 50.
    #[serde(default)]
    pub mood: i32,
    /// What a customer in a good mood says instead (one or more variants);
    /// without it, the engine words a calmer reply itself
    /// (`crate::sim::voice`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calmer: Vec<String>,
    /// What a customer who has run out of patience says instead; without
    /// it, the engine words a sharper reply itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sharper: Vec<String>,
}

/// The kinds of thing a trainee can say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LineKind {
    #[serde(alias = "OpenVraag")]
    OpenQuestion,
    #[serde(alias = "GeslotenVraag")]
    ClosedQuestion,
    #[serde(alias = "Samenvatting")]
    Summary,
    /// Naming the problem and the inconvenience (or, rated wrong, blaming).
    #[serde(alias = "Erkenning")]
    Acknowledge,
    /// Communicating facts and findings clearly.
    #[serde(alias = "Uitleg")]
    Explanation,
}

impl LineKind {
    pub const ALL: &'static [LineKind] = &[
        LineKind::OpenQuestion,
        LineKind::ClosedQuestion,
        LineKind::Summary,
        LineKind::Acknowledge,
        LineKind::Explanation,
    ];
    pub fn key(self) -> &'static str {
        match self {
            LineKind::OpenQuestion => "open-question",
            LineKind::ClosedQuestion => "closed-question",
            LineKind::Summary => "summary",
            LineKind::Acknowledge => "acknowledge",
            LineKind::Explanation => "explanation",
        }
    }
    /// The translation id of this kind's name.
    pub fn msg(self) -> &'static str {
        match self {
            LineKind::OpenQuestion => "line-kind-open-question",
            LineKind::ClosedQuestion => "line-kind-closed-question",
            LineKind::Summary => "line-kind-summary",
            LineKind::Acknowledge => "line-kind-acknowledge",
            LineKind::Explanation => "line-kind-explanation",
        }
    }

    pub fn step(self) -> Step {
        match self {
            LineKind::OpenQuestion | LineKind::ClosedQuestion | LineKind::Summary => Step::Listen,
            LineKind::Acknowledge => Step::Acknowledge,
            LineKind::Explanation => Step::Offer,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Scripts say `Say("id")`.
    pub id: String,
    pub kind: LineKind,
    /// What the trainee says.
    pub text: String,
    pub rating: Rating,
    /// Why it is good, weak or wrong: shown in the debrief.
    pub reason: String,
    pub reply: Reply,
    /// Only sensible after this investigation (an explanation of findings).
    /// In a moment, the moment waits until every check its lines name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Check>,
    /// The moment of the conversation this line answers: the lines of one
    /// moment are the 3 to 5 options the trainee chooses from there, and one
    /// of them is said. Moments come in the order their first line is
    /// written. A line without a moment can be said at any time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moment: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub text: String,
    /// Simulated time the investigation takes; a default per kind otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

/// Which offers a rule is about.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum OfferPattern {
    #[serde(alias = "Vervanging")]
    Replacement,
    /// A refund between the two amounts in euro, inclusive.
    #[serde(alias = "Terugbetaling")]
    Refund(f64, f64),
    /// A discount between the two percentages, inclusive.
    #[serde(alias = "Korting")]
    Discount(u32, u32),
    /// A voucher between the two amounts in euro, inclusive.
    #[serde(alias = "Tegoedbon")]
    Voucher(f64, f64),
    #[serde(alias = "Reparatie")]
    Repair,
    #[serde(alias = "Advies")]
    Advice,
    #[serde(alias = "Compromis")]
    Compromise,
}

impl OfferPattern {
    /// The smallest offer the pattern matches: what authority it needs at
    /// least, and what lead time it has.
    pub fn floor(&self) -> OfferKind {
        match *self {
            OfferPattern::Replacement => OfferKind::Replacement,
            OfferPattern::Refund(lo, _) => OfferKind::Refund(lo),
            OfferPattern::Discount(lo, _) => OfferKind::Discount(lo),
            OfferPattern::Voucher(lo, _) => OfferKind::Voucher(lo),
            OfferPattern::Repair => OfferKind::Repair,
            OfferPattern::Advice => OfferKind::Advice,
            OfferPattern::Compromise => OfferKind::Compromise,
        }
    }

    pub fn matches(&self, offer: &OfferKind) -> bool {
        match (*self, *offer) {
            (OfferPattern::Replacement, OfferKind::Replacement)
            | (OfferPattern::Repair, OfferKind::Repair)
            | (OfferPattern::Advice, OfferKind::Advice)
            | (OfferPattern::Compromise, OfferKind::Compromise) => true,
            (OfferPattern::Refund(lo, hi), OfferKind::Refund(a)) => a >= lo && a <= hi,
            (OfferPattern::Voucher(lo, hi), OfferKind::Voucher(a)) => a >= lo && a <= hi,
            (OfferPattern::Discount(lo, hi), OfferKind::Discount(p)) => p >= lo && p <= hi,
            _ => false,
        }
    }

    /// Whether every offer this pattern matches is also matched by `other`.
    pub fn covered_by(&self, other: &OfferPattern) -> bool {
        match (*self, *other) {
            (OfferPattern::Refund(a, b), OfferPattern::Refund(c, d))
            | (OfferPattern::Voucher(a, b), OfferPattern::Voucher(c, d)) => c <= a && b <= d,
            (OfferPattern::Discount(a, b), OfferPattern::Discount(c, d)) => c <= a && b <= d,
            (x, y) => std::mem::discriminant(&x) == std::mem::discriminant(&y),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferRule {
    /// A concrete offer has an id (scripts say `Offer(offer: Compromise,
    /// what: "id")`) and a `text`; the trainee picks it by its text. Offers
    /// without an id are judged by the first rule without one that matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What exactly is offered, in the trainee's words: what, how much,
    /// by when ("50% korting op de reparatie en gratis retourzending").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub offer: OfferPattern,
    pub rating: Rating,
    pub reason: String,
    /// Whether the customer takes this offer.
    pub accepted: bool,
    pub reply: Reply,
    /// The id of an offer this one may come on top of ("naast de
    /// terugbetaling"): made while that offer is accepted, the customer
    /// takes this one too and both are carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_top_of: Option<String>,
}
