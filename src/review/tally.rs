//! Counting the overview: sessions added one at a time, tallies of
//! consecutive parts of a log merged in log order, and the figures worked
//! out once at the end. `overview` and `overview_of_logs` both count here,
//! so there is one implementation of every figure.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::log::logged_session::LoggedSession;
use crate::log::record::{LoggedLesson, Status};
use crate::model::{Category, Cause, Step};
use crate::policy::KpiTargets;

use super::{
    CategoryLessons, Filter, Kpis, LessonGroup, Overview, RCA_AFTER, Recent, ScenarioRow, TraineeRow, WeekRow, alerts,
    percent,
};

/// The overview's figures being counted: sessions are added one at a time
/// and tallies of consecutive parts of the log merged, so that a log is
/// counted in parallel blocks and never held in memory whole. Every mean is
/// kept as a whole-number sum and a count, so the result does not depend on
/// how the log was cut up.
pub struct Tally<'f> {
    filter: &'f Filter,
    targets: &'f KpiTargets,
    /// Sessions counted so far: the position of the next one, for "the
    /// latest" among equals.
    sessions: u64,
    first_response: (i64, u64),
    resolution: (i64, u64),
    within_sla: u64,
    csat: u64,
    not_escalated: u64,
    passed: u64,
    steps: [u64; 7],
    /// Group, then trainee.
    trainees: HashMap<String, HashMap<String, TraineeTally>>,
    scenarios: HashMap<String, ScenarioTally>,
    weeks: BTreeMap<(i32, u32), (u64, u64)>,
    /// The most recently closed, newest first, at most `RECENT`.
    recent: Vec<RecentTally>,
    violations: HashMap<String, u64>,
    /// Per category, in the order of `Category::ALL`.
    lessons: Vec<CategoryTally>,
    /// Room to build a lesson's key without allocating every time.
    key: String,
}

const RECENT: usize = 5;

struct TraineeTally {
    sessions: u64,
    overall: u64,
    steps: [u64; 7],
    csat: u64,
    /// Start and score of the first and of the last session; of sessions
    /// that started at the same moment, the one logged first and last.
    first: (DateTime<FixedOffset>, u32),
    last: (DateTime<FixedOffset>, u32),
}

impl TraineeTally {
    /// Before the trainee's first session.
    fn new(s: &LoggedSession) -> TraineeTally {
        let at = (s.started, s.overall);
        TraineeTally { sessions: 0, overall: 0, steps: [0; 7], csat: 0, first: at, last: at }
    }

    fn add(&mut self, s: &LoggedSession) {
        self.merge(TraineeTally {
            sessions: 1,
            overall: u64::from(s.overall),
            steps: s.steps.map(u64::from),
            csat: u64::from(s.csat),
            ..TraineeTally::new(s)
        });
    }

    /// Adds the sessions of `later`, logged after these.
    fn merge(&mut self, later: TraineeTally) {
        self.sessions += later.sessions;
        self.overall += later.overall;
        merge_steps(&mut self.steps, &later.steps);
        self.csat += later.csat;
        if later.first.0 < self.first.0 {
            self.first = later.first;
        }
        if later.last.0 >= self.last.0 {
            self.last = later.last;
        }
    }
}

#[derive(Default)]
struct ScenarioTally {
    /// The title as last logged.
    title: String,
    sessions: u64,
    overall: u64,
    steps: [u64; 7],
    violations: HashMap<String, u64>,
}

impl ScenarioTally {
    fn add(&mut self, s: &LoggedSession) {
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
    fn merge(&mut self, later: ScenarioTally) {
        self.title = later.title;
        self.sessions += later.sessions;
        self.overall += later.overall;
        merge_steps(&mut self.steps, &later.steps);
        for (rule, n) in later.violations {
            *slot(&mut self.violations, &rule, || 0) += n;
        }
    }
}

/// The value under `key`, made by `make` when there is none yet; the key
/// is only copied then.
fn slot<'m, V>(map: &'m mut HashMap<String, V>, key: &str, make: impl FnOnce() -> V) -> &'m mut V {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), make());
    }
    map.get_mut(key).expect("just made")
}

struct RecentTally {
    /// When it ended and its position: the newest first, and of sessions
    /// that ended at the same moment the one logged last.
    key: (DateTime<FixedOffset>, u64),
    recent: Recent,
}

#[derive(Default)]
struct CategoryTally {
    complaints: u64,
    groups: Vec<LessonGroup>,
    /// Lesson key (cause, root cause, correction) to its group.
    index: HashMap<String, usize>,
    /// Per group, who is already named.
    named: Vec<HashSet<String>>,
}

impl CategoryTally {
    /// The group of `key`, made from `lesson` if it is new.
    fn group(&mut self, key: &str, lesson: impl FnOnce() -> LoggedLesson) -> usize {
        if let Some(i) = self.index.get(key) {
            return *i;
        }
        self.groups.push(LessonGroup { lesson: lesson(), count: 0, trainees: Vec::new() });
        self.named.push(HashSet::new());
        self.index.insert(key.to_owned(), self.groups.len() - 1);
        self.groups.len() - 1
    }

    fn name(&mut self, group: usize, trainee: &str) {
        if !self.named[group].contains(trainee) {
            self.named[group].insert(trainee.to_owned());
            self.groups[group].trainees.push(trainee.to_owned());
        }
    }
}

fn lesson_key(key: &mut String, cause: Cause, root_cause: &str, correction: &str) {
    key.clear();
    key.push_str(cause.key());
    key.push('\u{1f}');
    key.push_str(root_cause.trim());
    key.push('\u{1f}');
    key.push_str(correction.trim());
}

fn add_steps(into: &mut [u64; 7], steps: &[u32; 7]) {
    for (sum, v) in into.iter_mut().zip(steps) {
        *sum += u64::from(*v);
    }
}

fn merge_steps(into: &mut [u64; 7], other: &[u64; 7]) {
    for (sum, v) in into.iter_mut().zip(other) {
        *sum += v;
    }
}

fn means(sums: &[u64; 7], n: u64) -> [f64; 7] {
    sums.map(|s| if n == 0 { 0.0 } else { s as f64 / n as f64 })
}

fn mean_of(sum: i64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum as f64 / n as f64)
}

impl<'f> Tally<'f> {
    pub fn new(filter: &'f Filter, targets: &'f KpiTargets) -> Tally<'f> {
        Tally {
            filter,
            targets,
            sessions: 0,
            first_response: (0, 0),
            resolution: (0, 0),
            within_sla: 0,
            csat: 0,
            not_escalated: 0,
            passed: 0,
            steps: [0; 7],
            trainees: HashMap::new(),
            scenarios: HashMap::new(),
            weeks: BTreeMap::new(),
            recent: Vec::new(),
            violations: HashMap::new(),
            lessons: Category::ALL.iter().map(|_| CategoryTally::default()).collect(),
            key: String::new(),
        }
    }

    /// Counts one session, if it passes the filter.
    pub fn add(&mut self, s: &LoggedSession) {
        if !self.filter.matches_session(s) {
            return;
        }
        let position = self.sessions;
        self.sessions += 1;
        let minutes = |t: NaiveDateTime| (t - s.sim_started).num_minutes();
        if let Some(t) = s.first_response {
            self.first_response.0 += minutes(t);
            self.first_response.1 += 1;
        }
        if let Some(t) = s.closed {
            self.resolution.0 += minutes(t);
            self.resolution.1 += 1;
        }
        self.within_sla += u64::from(s.within_sla());
        self.csat += u64::from(s.csat);
        self.not_escalated += u64::from(!s.escalated);
        self.passed += u64::from(s.overall >= self.targets.pass_score);
        add_steps(&mut self.steps, &s.steps);

        let group = slot(&mut self.trainees, &s.group, HashMap::new);
        slot(group, &s.trainee, || TraineeTally::new(s)).add(s);
        slot(&mut self.scenarios, &s.scenario_id, ScenarioTally::default).add(s);
        for rule in &s.violations {
            *slot(&mut self.violations, rule, || 0) += 1;
        }

        let week = s.started.date_naive().iso_week();
        let w = self.weeks.entry((week.year(), week.week())).or_default();
        w.0 += 1;
        w.1 += u64::from(s.overall);

        if s.status == Status::Finished {
            self.add_recent((s.ended, position), || Recent {
                trainee: s.trainee.to_string(),
                group: s.group.to_string(),
                scenario: s.scenario_title.to_string(),
                ended: s.ended,
                overall: s.overall,
                csat: s.csat,
                violations: s.violations.len(),
            });
        }

        let category = category_index(s.category);
        self.lessons[category].complaints += 1;
        if let Some(l) = &s.lesson {
            lesson_key(&mut self.key, l.cause, &l.root_cause, &l.correction);
            let tally = &mut self.lessons[category_index(l.category)];
            let g = tally.group(&self.key, || LoggedLesson {
                category: l.category,
                cause: l.cause,
                root_cause: l.root_cause.to_string(),
                correction: l.correction.to_string(),
            });
            tally.groups[g].count += 1;
            tally.name(g, &s.trainee);
        }
    }

    /// Keeps `recent` among the newest; `make` is only called when it is.
    fn add_recent(&mut self, key: (DateTime<FixedOffset>, u64), make: impl FnOnce() -> Recent) {
        if self.recent.len() == RECENT {
            if self.recent.last().is_some_and(|oldest| oldest.key >= key) {
                return;
            }
            self.recent.pop();
        }
        let at = self.recent.partition_point(|r| r.key > key);
        self.recent.insert(at, RecentTally { key, recent: make() });
    }

    /// Adds the tally of the part of the log that comes right after this
    /// one's.
    pub fn merge(&mut self, other: Tally) {
        let offset = self.sessions;
        self.sessions += other.sessions;
        self.first_response.0 += other.first_response.0;
        self.first_response.1 += other.first_response.1;
        self.resolution.0 += other.resolution.0;
        self.resolution.1 += other.resolution.1;
        self.within_sla += other.within_sla;
        self.csat += other.csat;
        self.not_escalated += other.not_escalated;
        self.passed += other.passed;
        merge_steps(&mut self.steps, &other.steps);

        for (group, trainees) in other.trainees {
            let mine = self.trainees.entry(group).or_default();
            for (name, t) in trainees {
                match mine.get_mut(&name) {
                    Some(m) => m.merge(t),
                    None => {
                        mine.insert(name, t);
                    }
                }
            }
        }
        for (id, sc) in other.scenarios {
            match self.scenarios.get_mut(&id) {
                Some(m) => m.merge(sc),
                None => {
                    self.scenarios.insert(id, sc);
                }
            }
        }
        for (week, (n, sum)) in other.weeks {
            let w = self.weeks.entry(week).or_default();
            w.0 += n;
            w.1 += sum;
        }
        for r in other.recent {
            let key = (r.key.0, r.key.1 + offset);
            self.add_recent(key, || r.recent);
        }
        for (rule, n) in other.violations {
            *slot(&mut self.violations, &rule, || 0) += n;
        }
        for (mine, theirs) in self.lessons.iter_mut().zip(other.lessons) {
            mine.complaints += theirs.complaints;
            for LessonGroup { lesson, count, trainees } in theirs.groups {
                lesson_key(&mut self.key, lesson.cause, &lesson.root_cause, &lesson.correction);
                let i = mine.group(&self.key, || lesson);
                mine.groups[i].count += count;
                for t in &trainees {
                    mine.name(i, t);
                }
            }
        }
    }

    /// The overview of everything counted.
    pub fn finish(self) -> Overview {
        let n = self.sessions;
        let kpis = Kpis {
            first_response_minutes: mean_of(self.first_response.0, self.first_response.1),
            resolution_minutes: mean_of(self.resolution.0, self.resolution.1),
            within_sla_percent: percent(self.within_sla as usize, n as usize),
            csat: mean_of(self.csat as i64, n).unwrap_or(0.0),
            without_escalation_percent: percent(self.not_escalated as usize, n as usize),
            passed_percent: percent(self.passed as usize, n as usize),
        };
        let alerts = alerts(&kpis, self.targets);

        let mut trainees: Vec<TraineeRow> = self
            .trainees
            .into_iter()
            .flat_map(|(group, ts)| ts.into_iter().map(move |(name, t)| (group.clone(), name, t)))
            .map(|(group, trainee, t)| {
                let steps = means(&t.steps, t.sessions);
                let max = steps.iter().copied().fold(f64::MIN, f64::max);
                let weakest = Step::ALL
                    .iter()
                    .zip(steps)
                    .filter(|(_, v)| *v < max)
                    .min_by(|a, b| a.1.total_cmp(&b.1))
                    .map(|(s, _)| *s);
                TraineeRow {
                    trainee,
                    group,
                    sessions: t.sessions as usize,
                    overall: mean_of(t.overall as i64, t.sessions).unwrap_or(0.0),
                    steps,
                    weakest,
                    first: t.first.1,
                    last: t.last.1,
                    csat: mean_of(t.csat as i64, t.sessions).unwrap_or(0.0),
                }
            })
            .collect();
        trainees.sort_by(|a, b| (&a.group, &a.trainee).cmp(&(&b.group, &b.trainee)));

        let mut scenarios: Vec<ScenarioRow> = self
            .scenarios
            .into_iter()
            .map(|(id, sc)| ScenarioRow {
                common_violation: sc
                    .violations
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                    .map(|(rule, _)| rule),
                id,
                title: sc.title,
                sessions: sc.sessions as usize,
                overall: mean_of(sc.overall as i64, sc.sessions).unwrap_or(0.0),
                steps: means(&sc.steps, sc.sessions),
            })
            .collect();
        scenarios.sort_by(|a, b| a.id.cmp(&b.id));

        let weeks = self
            .weeks
            .into_iter()
            .map(|((year, week), (sessions, sum))| WeekRow {
                year,
                week,
                sessions: sessions as usize,
                overall: mean_of(sum as i64, sessions).unwrap_or(0.0),
            })
            .collect();

        let mut violations: Vec<(String, usize)> =
            self.violations.into_iter().map(|(rule, n)| (rule, n as usize)).collect();
        violations.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

        let lessons = Category::ALL
            .iter()
            .zip(self.lessons)
            .filter(|(_, t)| t.complaints > 0 || !t.groups.is_empty())
            .map(|(category, t)| CategoryLessons {
                category: *category,
                complaints: t.complaints as usize,
                rca_due: t.complaints as usize >= RCA_AFTER,
                lessons: t.groups,
            })
            .collect();

        Overview {
            sessions: n as usize,
            steps: means(&self.steps, n),
            kpis,
            targets: self.targets.clone(),
            alerts,
            trainees,
            scenarios,
            weeks,
            recent: self.recent.into_iter().map(|r| r.recent).collect(),
            violations,
            lessons,
        }
    }
}

fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).expect("every category is in Category::ALL")
}
