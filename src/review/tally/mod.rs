//! Counting the overview: sessions added one at a time, tallies of
//! consecutive parts of a log merged in log order, and the figures worked
//! out once at the end. `overview` and `overview_of_logs` both count here,
//! so there is one implementation of every figure. `kpi` counts the KPIs,
//! `parts` the trainees and scenarios, `lessons` the lessons learned.

mod kpi;
mod lessons;
mod parts;

use std::collections::BTreeMap;

use chrono::Datelike;
use foldhash::{HashMap, HashMapExt};

use crate::log::logged_session::LoggedSession;
use crate::log::pair::Pair;
use crate::log::record::{LoggedLesson, Status};
use crate::model::{Category, Step};

use super::filter::day_in;
use super::identity;
use super::kpis::{Facts, Mean, Rules, alerts};
use super::{
    About, CategoryLessons, Filter, LessonGroup, Overview, PairSession, RCA_AFTER, Recent, ScenarioRow, TraineeRow,
    WeekRow,
};
use kpi::KpiTally;
use lessons::{CategoryTally, lesson_key};
use parts::{RecentTally, ScenarioTally, TraineeTally, add_steps, mean_of, means, merge_steps, slot};

/// The overview's figures being counted: sessions are added one at a time
/// and tallies of consecutive parts of the log merged, so that a log is
/// counted in parallel blocks and never held in memory whole. Every mean is
/// kept as a whole-number sum and a count, so the result does not depend on
/// how the log was cut up.
pub struct Tally<'f> {
    filter: &'f Filter,
    rules: &'f Rules,
    about: About,
    /// Sessions counted so far: the position of the next one, for "the
    /// latest" among equals.
    sessions: u64,
    kpi: KpiTally,
    steps: [u64; 7],
    /// By identity: `identity::key` of the group and of the name.
    trainees: HashMap<String, TraineeTally>,
    scenarios: HashMap<String, ScenarioTally>,
    weeks: BTreeMap<(i32, u32), (u64, u64)>,
    /// The most recently closed, newest first, at most `RECENT`.
    recent: Vec<RecentTally>,
    violations: HashMap<String, u64>,
    /// Per category, in the order of `Category::ALL`.
    lessons: Vec<CategoryTally>,
    /// The pair role-play's sessions, each with its end and position (the
    /// order of `recent`): a class's exercise, few enough to keep them all.
    pairs: Vec<(RecentKey, PairSession)>,
    /// Room to build a key without allocating every time.
    key: String,
}

const RECENT: usize = 5;

/// Orders sessions newest first: when it ended, then its place in the log.
type RecentKey = (chrono::DateTime<chrono::FixedOffset>, u64);

/// The identity of a trainee in a group, as one key.
fn identity_key(key: &mut String, group: &str, trainee: &str) {
    key.clear();
    key.push_str(&identity::key(group));
    key.push('\u{1f}');
    key.push_str(&identity::key(trainee));
}

impl<'f> Tally<'f> {
    pub fn new(filter: &'f Filter, rules: &'f Rules) -> Tally<'f> {
        Tally {
            filter,
            rules,
            about: About { filter: filter.clone(), ..About::default() },
            sessions: 0,
            kpi: KpiTally::default(),
            steps: [0; 7],
            trainees: HashMap::new(),
            scenarios: HashMap::new(),
            weeks: BTreeMap::new(),
            recent: Vec::new(),
            violations: HashMap::new(),
            lessons: Category::ALL.iter().map(|_| CategoryTally::default()).collect(),
            pairs: Vec::new(),
            key: String::new(),
        }
    }

    /// Counts one session, if it passes the filter.
    pub fn add(&mut self, s: &LoggedSession) {
        self.about.read += 1;
        if !self.filter.matches_session(s, self.rules.zone) {
            return;
        }
        let facts = Facts::of(s, self.rules);
        let day = day_in(self.rules.zone, s.started);
        self.about.count_day(day);
        let position = self.sessions;
        self.sessions += 1;
        self.kpi.add(&facts);
        add_steps(&mut self.steps, &s.steps);

        identity_key(&mut self.key, &s.group, &s.trainee);
        slot(&mut self.trainees, &self.key, || TraineeTally::new(s)).add(s, &facts);
        slot(&mut self.scenarios, &s.scenario_id, ScenarioTally::default).add(s);
        for rule in &s.violations {
            *slot(&mut self.violations, rule, || 0) += 1;
        }

        let week = day.iso_week();
        let w = self.weeks.entry((week.year(), week.week())).or_default();
        w.0 += 1;
        w.1 += u64::from(s.overall);

        if s.status == Status::Finished {
            let zone = self.rules.zone;
            self.add_recent((s.ended, position), || Recent {
                trainee: identity::display(&s.trainee).into_owned(),
                group: identity::display(&s.group).into_owned(),
                scenario: s.scenario_title.to_string(),
                ended: s.ended.with_timezone(&zone).naive_local(),
                overall: s.overall,
                csat: facts.csat,
                violations: s.violations.len(),
                pair_with: s.pair.as_ref().map(|p| identity::display(&p.customer).into_owned()),
                retry: s.retry_from.is_some(),
            });
        }
        if let Some(p) = &s.pair {
            self.pairs.push(((s.ended, position), pair_session(s, p, self.rules.zone)));
        }

        let category = category_index(s.category);
        self.lessons[category].complaints += 1;
        if let Some(l) = &s.lesson {
            let id = self.key.clone();
            lesson_key(&mut self.key, l.cause, &l.root_cause, &l.correction);
            let tally = &mut self.lessons[category_index(l.category)];
            let g = tally.group(&self.key, || LoggedLesson {
                category: l.category,
                cause: l.cause,
                root_cause: l.root_cause.to_string(),
                correction: l.correction.to_string(),
            });
            tally.groups[g].count += 1;
            tally.name(g, &id, || {
                (identity::display(&s.trainee).into_owned(), identity::display(&s.group).into_owned())
            });
        }
    }

    /// Keeps `recent` among the newest; `make` is only called when it is.
    fn add_recent(&mut self, key: RecentKey, make: impl FnOnce() -> Recent) {
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
        self.about.merge(&other.about);
        self.kpi.merge(&other.kpi);
        merge_steps(&mut self.steps, &other.steps);
        for (id, t) in other.trainees {
            match self.trainees.get_mut(&id) {
                Some(m) => m.merge(t),
                None => {
                    self.trainees.insert(id, t);
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
        self.pairs.extend(other.pairs.into_iter().map(|((ended, at), p)| ((ended, at + offset), p)));
        for (rule, n) in other.violations {
            *slot(&mut self.violations, &rule, || 0) += n;
        }
        for (mine, theirs) in self.lessons.iter_mut().zip(other.lessons) {
            mine.complaints += theirs.complaints;
            for LessonGroup { lesson, count, trainees } in theirs.groups {
                lesson_key(&mut self.key, lesson.cause, &lesson.root_cause, &lesson.correction);
                let i = mine.group(&self.key, || lesson);
                mine.groups[i].count += count;
                for (name, group) in trainees {
                    identity_key(&mut self.key, &group, &name);
                    mine.name(i, &self.key, || (name, group));
                }
            }
        }
    }

    /// The overview of everything counted.
    pub fn finish(self) -> Overview {
        let n = self.sessions;
        let kpis = self.kpi.finish(self.rules.calendar.working_day_minutes());
        let alerts = alerts(&kpis, &self.rules.targets);

        let mut trainees: Vec<TraineeRow> = self.trainees.into_values().map(trainee_row).collect();
        trainees.sort_by(|a, b| {
            (identity::key(&a.group), identity::key(&a.trainee))
                .cmp(&(identity::key(&b.group), identity::key(&b.trainee)))
        });

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

        // Only the categories with a recorded lesson: a category with
        // complaints but no lesson has nothing to list.
        let lessons = Category::ALL
            .iter()
            .zip(self.lessons)
            .filter(|(_, t)| !t.groups.is_empty())
            .map(|(category, t)| CategoryLessons {
                category: *category,
                complaints: t.complaints as usize,
                rca_due: t.complaints as usize >= RCA_AFTER,
                lessons: t.groups,
            })
            .collect();

        let mut pairs = self.pairs;
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0));

        Overview {
            pairs: pairs.into_iter().map(|(_, p)| p).collect(),
            about: self.about,
            sessions: n as usize,
            steps: means(&self.steps, n),
            kpis,
            targets: self.rules.targets.clone(),
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

fn trainee_row(t: TraineeTally) -> TraineeRow {
    let steps = means(&t.steps, t.sessions);
    let max = steps.iter().copied().fold(f64::MIN, f64::max);
    let weakest =
        Step::ALL.iter().zip(steps).filter(|(_, v)| *v < max).min_by(|a, b| a.1.total_cmp(&b.1)).map(|(s, _)| *s);
    TraineeRow {
        sessions: t.sessions as usize,
        abandoned: t.abandoned as usize,
        overall: mean_of(t.overall as i64, t.sessions).unwrap_or(0.0),
        steps,
        weakest,
        first: t.first.1,
        last: t.last.1,
        csat: Mean::of(t.csat.0, t.csat.1),
        trainee: t.name,
        group: t.group,
    }
}

/// A pair session as the review shows it.
fn pair_session(s: &LoggedSession, p: &Pair, zone: chrono_tz::Tz) -> PairSession {
    let steps: BTreeMap<Step, u32> = Step::ALL.iter().map(|st| (*st, s.step(*st))).collect();
    PairSession {
        ended: s.ended.with_timezone(&zone).naive_local(),
        employee: identity::display(&s.trainee).into_owned(),
        group: identity::display(&s.group).into_owned(),
        customer: identity::display(&p.customer).into_owned(),
        observer: identity::display(&p.observer).into_owned(),
        scenario: s.scenario_title.to_string(),
        round: p.round,
        overall: s.overall,
        views: p.views(&steps),
        disagreement: p.disagreement(&steps),
        comments: p
            .sheet
            .iter()
            .filter(|o| !o.comment.trim().is_empty())
            .map(|o| (o.step, o.comment.clone()))
            .collect(),
    }
}

fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).expect("every category is in Category::ALL")
}
