//! The reply analyser: judges a reply a trainee wrote in their own words
//! (Dutch or English) on empathy, blame, commitment, the case's name, order
//! number and term, over-promising, jargon and length for the channel. No
//! network, no language model: the words of `crate::text`, the lists of
//! [`lexicon`] (data files a trainer can extend) and a few rules of grammar
//! ([`matcher`]: clauses, a negation scope, "maar"/"but").
//!
//! Every verdict carries the words that decided it, so the trainee sees
//! why: [`analyse`] is the one entry point; [`Context::of_case`] gives it
//! what a case knows (the customer's name, the order, the term, the
//! authority of the role, the channel).

mod blame;
mod commitment;
mod empathy;
mod fields;
pub mod lexicon;
pub mod matcher;
mod promise;
mod style;

use serde::Serialize;

use crate::i18n::{Lang, Text};
use crate::model::{Channel, Scenario};
use crate::policy::Authority;
use crate::policy::Policy;

pub use fields::expected_days;
pub use lexicon::{Lexicon, LexiconError};
pub use matcher::Scan;

/// What the analyser knows about the case a reply answers.
#[derive(Clone, Debug)]
pub struct Context {
    pub lang: Lang,
    /// The channel the reply goes out on; `None`: length is not judged.
    pub channel: Option<Channel>,
    /// What the role that writes may grant alone (the employee's, by default).
    pub authority: Authority,
    pub case: Option<Case>,
}

/// The facts of one case a reply should get right.
#[derive(Clone, Debug)]
pub struct Case {
    pub customer_name: String,
    pub order_number: String,
    /// The working days of the case's well-rated solution (0: today).
    pub expected_days: u32,
}

impl Context {
    /// No case: name, order number and term are judged on form only.
    pub fn plain(lang: Lang, channel: Option<Channel>) -> Context {
        Context { lang, channel, authority: Policy::default().authority.employee, case: None }
    }

    /// Everything a case and its policy tell about a good reply, written by
    /// an employee on the case's channel.
    pub fn of_case(lang: Lang, s: &Scenario, policy: &Policy) -> Context {
        let case = Case {
            customer_name: s.customer.name.clone(),
            order_number: s.order.number.clone(),
            expected_days: expected_days(s, policy),
        };
        Context { lang, channel: Some(s.channel), authority: policy.authority.employee.clone(), case: Some(case) }
    }
}

/// The criteria, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    Empathy,
    Blame,
    Commitment,
    Name,
    OrderNumber,
    Term,
    OverPromise,
    Jargon,
    Length,
}

impl Criterion {
    pub const ALL: &'static [Criterion] = &[
        Criterion::Empathy,
        Criterion::Blame,
        Criterion::Commitment,
        Criterion::Name,
        Criterion::OrderNumber,
        Criterion::Term,
        Criterion::OverPromise,
        Criterion::Jargon,
        Criterion::Length,
    ];

    /// Whether finding this in a reply is good (empathy) or bad (blame).
    pub fn wanted(self) -> bool {
        !matches!(self, Criterion::Blame | Criterion::OverPromise | Criterion::Jargon)
    }

    /// The key in JSON output and in the test set.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Empathy => "empathy",
            Criterion::Blame => "blame",
            Criterion::Commitment => "commitment",
            Criterion::Name => "name",
            Criterion::OrderNumber => "order_number",
            Criterion::Term => "term",
            Criterion::OverPromise => "over_promise",
            Criterion::Jargon => "jargon",
            Criterion::Length => "length",
        }
    }

    /// The id of its name in the translation files.
    pub fn msg(self) -> &'static str {
        match self {
            Criterion::Empathy => "reply-criterion-empathy",
            Criterion::Blame => "reply-criterion-blame",
            Criterion::Commitment => "reply-criterion-commitment",
            Criterion::Name => "reply-criterion-name",
            Criterion::OrderNumber => "reply-criterion-order-number",
            Criterion::Term => "reply-criterion-term",
            Criterion::OverPromise => "reply-criterion-over-promise",
            Criterion::Jargon => "reply-criterion-jargon",
            Criterion::Length => "reply-criterion-length",
        }
    }
}

/// The verdict on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Whether the reply has it (for length: whether it fits the channel).
    pub found: bool,
    /// The words that decided it, as written.
    pub quote: Option<String>,
    /// Why, for the trainee; it names the quote.
    pub reason: Text,
}

impl Verdict {
    fn yes(quote: String, reason: &'static str) -> Verdict {
        Verdict { found: true, reason: Text::msg(reason).arg("quote", quote.as_str()), quote: Some(quote) }
    }

    fn no(quote: Option<String>, reason: &'static str) -> Verdict {
        let text = Text::msg(reason).arg("quote", quote.clone().unwrap_or_default());
        Verdict { found: false, quote, reason: text }
    }

    /// Whether this verdict is good for the reply.
    pub fn good(&self, c: Criterion) -> bool {
        self.found == c.wanted()
    }
}

/// The judgement of one reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub empathy: Verdict,
    pub blame: Verdict,
    pub commitment: Verdict,
    pub name: Verdict,
    pub order_number: Verdict,
    pub term: Verdict,
    pub over_promise: Verdict,
    pub jargon: Verdict,
    pub length: Verdict,
}

impl Analysis {
    pub fn get(&self, c: Criterion) -> &Verdict {
        match c {
            Criterion::Empathy => &self.empathy,
            Criterion::Blame => &self.blame,
            Criterion::Commitment => &self.commitment,
            Criterion::Name => &self.name,
            Criterion::OrderNumber => &self.order_number,
            Criterion::Term => &self.term,
            Criterion::OverPromise => &self.over_promise,
            Criterion::Jargon => &self.jargon,
            Criterion::Length => &self.length,
        }
    }

    /// The analysis as one JSON object: a boolean per criterion (`empathy`,
    /// `blame`, ...), and per criterion its quote and reason in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let mut o = serde_json::Map::new();
        let mut details = serde_json::Map::new();
        for c in Criterion::ALL {
            let v = self.get(*c);
            o.insert(c.key().into(), v.found.into());
            details.insert(
                c.key().into(),
                serde_json::json!({ "good": v.good(*c), "quote": v.quote, "reason": v.reason.render(lang) }),
            );
        }
        o.insert("details".into(), details.into());
        o.into()
    }
}

/// Judges `text` with the built-in lists of the context's language.
pub fn analyse(text: &str, ctx: &Context) -> Analysis {
    analyse_with(Lexicon::builtin(ctx.lang), text, ctx)
}

/// Judges `text` with the lists of `lex` (built-in plus a trainer's own).
pub fn analyse_with(lex: &Lexicon, text: &str, ctx: &Context) -> Analysis {
    let scan = Scan::new(lex, text);
    let blame = blame::judge(&scan);
    Analysis {
        empathy: empathy::judge(&scan),
        commitment: commitment::judge(&scan),
        name: fields::name(&scan, ctx),
        order_number: fields::order_number(&scan, ctx),
        term: fields::term(&scan, ctx),
        over_promise: promise::judge(&scan, ctx),
        jargon: style::jargon(&scan),
        length: style::length(&scan, ctx),
        blame,
    }
}
