//! The monthly training ("Maandtraining"): a plan a team lead writes for one
//! month (a theme, the 30-second template drill, two or three cases chosen
//! by id or drawn by criteria, a time box), read and checked like a
//! scenario (`parse`), which cases a sitting gets (`Plan::cases`, seeded so
//! a sitting can be played again), the trainee's lesson learned at the end
//! of a sitting judged on substance (`lesson`), and a whole sitting played
//! from a script (`sitting`). Plans live in `plans/` in the scenario
//! folder.

pub mod lesson;
pub mod parse;
pub mod sitting;

use std::path::{Path, PathBuf};

use rand::{RngExt, SeedableRng};
use serde::Deserialize;

use crate::load::{Diagnostic, Library};
use crate::model::{Category, Verdict};

pub use parse::{load_plan, parse_plan};

/// Minutes on the clock when a plan names none.
pub const DEFAULT_MINUTES: u32 = 30;

/// A training plan, as checked against the library it was read with.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub path: PathBuf,
    pub id: String,
    /// `YYYY-MM`.
    pub month: String,
    pub theme: String,
    /// The language of the cases drawn by criteria.
    pub language: String,
    /// The case whose first reply the drill asks for; `None`: the
    /// sitting's first case.
    pub drill: Option<String>,
    pub cases: Vec<Pick>,
    pub minutes: u32,
}

/// One case of a plan: a case by id, or one drawn from those that fit.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "WirePick")]
pub enum Pick {
    Case(String),
    Draw(Criteria),
}

/// What a drawn case must be; a criterion left out takes any value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Criteria {
    pub category: Option<Category>,
    pub verdict: Option<Verdict>,
    pub difficulty: Option<u8>,
}

/// A pick as a plan writes it: `Draw(verdict: Doubtful)`, without the
/// inner brackets a newtype variant would need.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
enum WirePick {
    Case(String),
    Draw { category: Option<Category>, verdict: Option<Verdict>, difficulty: Option<u8> },
}

impl From<WirePick> for Pick {
    fn from(w: WirePick) -> Pick {
        match w {
            WirePick::Case(id) => Pick::Case(id),
            WirePick::Draw { category, verdict, difficulty } => Pick::Draw(Criteria { category, verdict, difficulty }),
        }
    }
}

impl Criteria {
    pub fn fits(&self, s: &crate::model::Scenario) -> bool {
        self.category.is_none_or(|c| c == s.truth.category)
            && self.verdict.is_none_or(|v| v == s.truth.verdict)
            && self.difficulty.is_none_or(|d| d == s.difficulty)
    }
}

impl Plan {
    /// The case ids of one sitting, in the plan's order: the chosen ones as
    /// named, each drawn one at random (by `seed`) from the cases in the
    /// plan's language that fit and are not in the sitting yet. The plan's
    /// check (`parse`) made sure every draw finds one.
    pub fn cases(&self, lib: &Library, seed: u64) -> Vec<String> {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let named = self.named();
        let mut chosen: Vec<String> = Vec::new();
        for pick in &self.cases {
            match pick {
                Pick::Case(id) => chosen.push(id.clone()),
                Pick::Draw(c) => {
                    let fits: Vec<&str> = self
                        .candidates(lib, c)
                        .into_iter()
                        .filter(|id| !named.contains(id) && !chosen.iter().any(|o| o == id))
                        .collect();
                    if !fits.is_empty() {
                        chosen.push(fits[rng.random_range(0..fits.len())].to_owned());
                    }
                }
            }
        }
        chosen
    }

    /// The cases the plan names by id.
    pub fn named(&self) -> Vec<&str> {
        self.cases.iter().filter_map(|p| if let Pick::Case(id) = p { Some(id.as_str()) } else { None }).collect()
    }

    /// The ids of the cases in the plan's language that fit `c`, sorted.
    pub fn candidates<'a>(&self, lib: &'a Library, c: &Criteria) -> Vec<&'a str> {
        let mut ids: Vec<&str> = lib
            .scenarios
            .iter()
            .filter(|s| s.scenario.language == self.language && c.fits(&s.scenario))
            .map(|s| s.scenario.id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    }

    /// The drill's case in a sitting with these cases.
    pub fn drill_case<'a>(&'a self, cases: &'a [String]) -> Option<&'a str> {
        self.drill.as_deref().or(cases.first().map(String::as_str))
    }

    /// The time box as the clock shows it: `30:00`.
    pub fn clock(&self) -> String {
        format!("{}:00", self.minutes)
    }
}

/// The folder of plans in a scenario folder.
pub fn plans_dir(scenarios: &Path) -> PathBuf {
    scenarios.join("plans")
}

/// Every plan in `dir` that loads, by month and id, and the problems of
/// the ones that do not.
pub fn load_plans(dir: &Path, lib: &Library) -> (Vec<Plan>, Vec<Diagnostic>) {
    let (files, mut problems) = crate::load::ron_files(&[dir.to_owned()]);
    if !dir.exists() {
        problems.clear();
    }
    let mut plans = Vec::new();
    for f in files {
        match load_plan(&f, lib) {
            Ok(p) => plans.push(p),
            Err(ds) => problems.extend(ds),
        }
    }
    plans.sort_by(|a, b| (&a.month, &a.id).cmp(&(&b.month, &b.id)));
    (plans, problems)
}

/// The plans of `month` (`YYYY-MM`) first, then the others from the newest
/// month back: what the start screen offers.
pub fn offer_order(plans: &mut [Plan], month: &str) {
    plans.sort_by(|a, b| (b.month == month).cmp(&(a.month == month)).then(b.month.cmp(&a.month)).then(a.id.cmp(&b.id)));
}
