//! How the options are put before the trainee, the same at the desk, in
//! the terminal and in `klachtsim audit`: the conversation one moment at a
//! time, its 3 to 5 lines in an order shuffled by the session's seed (a
//! replay shows the same order; the order never tells which line is the
//! good one); the values of the classification and the offers in a seeded
//! order too; and the other tools in groups named after what they are for,
//! never after the lesson's steps.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::i18n::{Lang, Text, tr};
use crate::model::{Category, Cause, Nature, OfferChoice, Priority, Scenario, Term, Verdict};

use super::State;

/// The groups of tools, in the order both front ends show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Letting the customer finish, interrupting, and every line to say.
    Conversation,
    /// The checks and the classification.
    Investigation,
    /// Receipt, ownership, status updates, escalation, management.
    File,
    Solution,
    /// Carrying out, following up, closing, the survey, the senior's call.
    Afterwards,
    Lesson,
}

impl Group {
    pub const ALL: &[Group] =
        &[Group::Conversation, Group::Investigation, Group::File, Group::Solution, Group::Afterwards, Group::Lesson];

    /// The translation id of its heading.
    pub fn msg(self) -> &'static str {
        match self {
            Group::Conversation => "group-conversation",
            Group::Investigation => "group-investigation",
            Group::File => "group-file",
            Group::Solution => "group-solution",
            Group::Afterwards => "group-afterwards",
            Group::Lesson => "group-lesson",
        }
    }
}

/// One moment of the conversation: the lines the trainee chooses from
/// there (indices into `Scenario::lines`, in written order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment<'a> {
    pub name: &'a str,
    pub lines: Vec<usize>,
}

/// The scenario's moments, in the order their first line is written.
pub fn moments(s: &Scenario) -> Vec<Moment<'_>> {
    let mut out: Vec<Moment> = Vec::new();
    for (i, l) in s.lines.iter().enumerate() {
        let Some(name) = l.moment.as_deref() else { continue };
        match out.iter_mut().find(|m| m.name == name) {
            Some(m) => m.lines.push(i),
            None => out.push(Moment { name, lines: vec![i] }),
        }
    }
    out
}

/// Whether one of the moment's lines has been said, or a text written
/// in its place (`super::written`).
pub fn answered(m: &Moment, st: &State) -> bool {
    st.said.iter().any(|x| m.lines.contains(&x.line)) || st.written.iter().any(|w| w.moment.as_deref() == Some(m.name))
}

/// Whether every check the moment's lines need has been done.
fn ready(s: &Scenario, m: &Moment, st: &State) -> bool {
    m.lines.iter().filter_map(|&i| s.lines[i].after).all(|c| st.checks.contains_key(&c))
}

/// The moment the conversation is at: the first one not answered yet whose
/// checks are done. `None` when every moment is answered or waits for a
/// check.
pub fn open_moment<'a>(s: &'a Scenario, st: &State) -> Option<Moment<'a>> {
    moments(s).into_iter().find(|m| !answered(m, st) && ready(s, m, st))
}

/// Why a line of moment `name` cannot be said now, if it cannot: its moment
/// was answered already, or another moment is open, or it waits for a check
/// or an earlier moment.
pub fn not_now(s: &Scenario, st: &State, name: &str) -> Option<Text> {
    let open = open_moment(s, st);
    if open.as_ref().is_some_and(|m| m.name == name) {
        return None;
    }
    let done = moments(s).iter().any(|m| m.name == name && answered(m, st));
    Some(match (done, open) {
        (true, _) => Text::msg("refuse-moment-answered").arg("moment", name),
        (false, Some(open)) => Text::msg("refuse-moment-later").arg("moment", name).arg("open", open.name),
        (false, None) => Text::msg("refuse-moment-waits").arg("moment", name),
    })
}

/// The lines the trainee can say now, in this session's order: the open
/// moment's lines, then the lines that belong to no moment (an older
/// scenario's), each part shuffled by the seed.
pub fn offered_lines(s: &Scenario, st: &State, seed: u64) -> Vec<usize> {
    let mut out = Vec::new();
    if let Some(m) = open_moment(s, st) {
        let mut lines = m.lines;
        lines.shuffle(&mut rng(seed, salt(m.name)));
        out.extend(lines);
    }
    let mut free: Vec<usize> = (0..s.lines.len()).filter(|&i| s.lines[i].moment.is_none()).collect();
    free.shuffle(&mut rng(seed, 0x6c69_6e65_732d_6f72));
    out.extend(free);
    out
}

/// Every value of a term (a field of the classification), in the order
/// this session shows them: no value is always on top.
pub fn term_order<T: Term>(seed: u64) -> Vec<T> {
    let mut all = T::ALL.to_vec();
    all.shuffle(&mut rng(seed, salt(T::ALL[0].msg())));
    all
}

/// One choice in the list of offers: a kind, or one of the scenario's
/// concrete offers (the index of its rule in `Scenario::offers`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfferOption {
    pub choice: OfferChoice,
    pub concrete: Option<usize>,
}

impl OfferOption {
    /// How the option reads in the list: its kind, and a concrete offer's
    /// own words after it.
    pub fn label(&self, s: &Scenario, lang: Lang) -> String {
        let kind = tr(lang, self.choice.msg());
        match self.concrete.and_then(|i| s.offers[i].text.as_ref()) {
            Some(text) => format!("{kind}: {text}"),
            None => kind,
        }
    }
}

/// What a session shows in an order fixed once: the values of each field of
/// the classification and the offers (the lines follow the conversation,
/// `offered_lines`).
#[derive(Clone, Debug, PartialEq)]
pub struct Orders {
    pub nature: Vec<Nature>,
    pub category: Vec<Category>,
    pub cause: Vec<Cause>,
    pub verdict: Vec<Verdict>,
    pub priority: Vec<Priority>,
    pub offers: Vec<OfferOption>,
}

impl Orders {
    pub fn of(s: &Scenario, seed: u64) -> Orders {
        Orders {
            nature: term_order(seed),
            category: term_order(seed),
            cause: term_order(seed),
            verdict: term_order(seed),
            priority: term_order(seed),
            offers: offer_options(s, seed),
        }
    }
}

/// The offers the trainee picks from, in this session's order: every kind
/// the scenario has no concrete offers of, and each concrete offer.
pub fn offer_options(s: &Scenario, seed: u64) -> Vec<OfferOption> {
    let mut out = Vec::new();
    for &choice in OfferChoice::ALL {
        let concrete: Vec<usize> = (0..s.offers.len())
            .filter(|&i| s.offers[i].id.is_some() && s.offers[i].offer.floor().choice() == choice)
            .collect();
        if concrete.is_empty() {
            out.push(OfferOption { choice, concrete: None });
        }
        out.extend(concrete.into_iter().map(|i| OfferOption { choice, concrete: Some(i) }));
    }
    out.shuffle(&mut rng(seed, 0x6f66_6665_7273));
    out
}

/// A random source of its own per use of the seed, so one order does not
/// follow another, nor the customer's replies drawn from the same seed.
fn rng(seed: u64, salt: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed ^ salt)
}

/// A stable number for a name (FNV-1a), to salt the seed with.
fn salt(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
