//! The per-trainee and per-scenario tallies, and the small sums they are
//! made of.

use chrono::{DateTime, FixedOffset};
use foldhash::HashMap;

use crate::log::logged_session::LoggedSession;
use crate::review::Recent;
use crate::review::identity;
use crate::review::kpis::Facts;

pub(super) struct TraineeTally {
    /// Name and group as first logged (`identity::display`).
    pub name: String,
    pub group: String,
    pub sessions: u64,
    pub abandoned: u64,
    pub overall: u64,
    pub steps: [u64; 7],
    /// Of the answered surveys: sum and count.
    pub csat: (i64, u64),
    /// Start and score of the first and of the last session; of sessions
    /// that started at the same moment, the one logged first and last.
    pub first: (DateTime<FixedOffset>, u32),
    pub last: (DateTime<FixedOffset>, u32),
}

impl TraineeTally {
    /// Before the trainee's first session.
    pub fn new(s: &LoggedSession) -> TraineeTally {
        let at = (s.started, s.overall);
        TraineeTally {
            name: identity::display(&s.trainee).into_owned(),
            group: identity::display(&s.group).into_owned(),
            sessions: 0,
            abandoned: 0,
            overall: 0,
            steps: [0; 7],
            csat: (0, 0),
            first: at,
            last: at,
        }
    }

    pub fn add(&mut self, s: &LoggedSession, f: &Facts) {
        self.merge(TraineeTally {
            sessions: 1,
            abandoned: u64::from(!f.finished),
            overall: u64::from(s.overall),
            steps: s.steps.map(u64::from),
            csat: f.csat.map_or((0, 0), |c| (i64::from(c), 1)),
            ..TraineeTally::new(s)
        });
    }

    /// Adds the sessions of `later`, logged after these (the names stay
    /// as first logged).
    pub fn merge(&mut self, later: TraineeTally) {
        self.sessions += later.sessions;
        self.abandoned += later.abandoned;
        self.overall += later.overall;
        merge_steps(&mut self.steps, &later.steps);
        self.csat.0 += later.csat.0;
        self.csat.1 += later.csat.1;
        if later.first.0 < self.first.0 {
            self.first = later.first;
        }
        if later.last.0 >= self.last.0 {
            self.last = later.last;
        }
    }
}

#[derive(Default)]
pub(super) struct ScenarioTally {
    /// The title as last logged.
    pub title: String,
    pub sessions: u64,
    pub overall: u64,
    pub steps: [u64; 7],
    pub violations: HashMap<String, u64>,
}

impl ScenarioTally {
    pub fn add(&mut self, s: &LoggedSession) {
        if self.title != s.scenario_title {
            self.title.clear();
            self.title.push_str(&s.scenario_title);
        }
        self.sessions += 1;
        self.overall += u64::from(s.overall);
        add_steps(&mut self.steps, &s.steps);
        for rule in &s.violations {
            *slot(&mut self.violations, rule, || 0) += 1;
        }
    }

    /// Adds the sessions of `later`, logged after these.
    pub fn merge(&mut self, later: ScenarioTally) {
        self.title = later.title;
        self.sessions += later.sessions;
        self.overall += later.overall;
        merge_steps(&mut self.steps, &later.steps);
        for (rule, n) in later.violations {
            *slot(&mut self.violations, &rule, || 0) += n;
        }
    }
}

pub(super) struct RecentTally {
    /// When it ended and its position: the newest first, and of sessions
    /// that ended at the same moment the one logged last. Moments compare
    /// as instants, whatever their offsets.
    pub key: (DateTime<FixedOffset>, u64),
    pub recent: Recent,
}

/// The value under `key`, made by `make` when there is none yet; the key
/// is only copied then.
pub(super) fn slot<'m, V>(map: &'m mut HashMap<String, V>, key: &str, make: impl FnOnce() -> V) -> &'m mut V {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), make());
    }
    map.get_mut(key).expect("just made")
}

pub(super) fn add_steps(into: &mut [u64; 7], steps: &[u32; 7]) {
    for (sum, v) in into.iter_mut().zip(steps) {
        *sum += u64::from(*v);
    }
}

pub(super) fn merge_steps(into: &mut [u64; 7], other: &[u64; 7]) {
    for (sum, v) in into.iter_mut().zip(other) {
        *sum += v;
    }
}

pub(super) fn means(sums: &[u64; 7], n: u64) -> [f64; 7] {
    sums.map(|s| if n == 0 { 0.0 } else { s as f64 / n as f64 })
}

pub(super) fn mean_of(sum: i64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum as f64 / n as f64)
}
