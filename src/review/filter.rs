//! Which sessions a review counts, and the report's account of itself: the
//! files it read, the filters, the period and the lines it skipped.
//! Names are matched as one identity (`identity`), dates are days in the
//! policy's time zone.

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;

use crate::log::Record;
use crate::log::logged_session::LoggedSession;

use super::identity;

/// Which records to review. Every field that is set must match.
#[derive(Clone, Debug, Default, PartialEq, clap::Args)]
pub struct Filter {
    /// Only this group or class.
    #[arg(long)]
    pub group: Option<String>,
    /// Only this trainee.
    #[arg(long)]
    pub trainee: Option<String>,
    /// Only this scenario (id).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Only sessions started on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Only sessions started on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// Only sessions of the pair role-play.
    #[arg(long)]
    pub pairs: bool,
}

/// The day a moment falls on in `zone`.
pub fn day_in(zone: Tz, at: DateTime<FixedOffset>) -> NaiveDate {
    at.with_timezone(&zone).date_naive()
}

impl Filter {
    pub fn matches(&self, r: &Record, zone: Tz) -> bool {
        self.matches_parts(&r.group, &r.trainee, &r.scenario.id, day_in(zone, r.started))
            && (!self.pairs || r.pair.is_some())
    }

    pub fn matches_session(&self, s: &LoggedSession, zone: Tz) -> bool {
        self.matches_parts(&s.group, &s.trainee, &s.scenario_id, day_in(zone, s.started))
            && (!self.pairs || s.pair.is_some())
    }

    fn matches_parts(&self, group: &str, trainee: &str, scenario: &str, day: NaiveDate) -> bool {
        self.group.as_ref().is_none_or(|g| identity::same(g, group))
            && self.trainee.as_ref().is_none_or(|t| identity::same(t, trainee))
            && self.scenario.as_ref().is_none_or(|s| s.trim() == scenario)
            && self.from.is_none_or(|f| day >= f)
            && self.to.is_none_or(|t| day <= t)
    }

    /// Whether any field is set.
    pub fn is_set(&self) -> bool {
        *self != Filter::default()
    }
}

/// What a report is made of: the files read, the filters, the sessions read
/// and counted, their first and last day (in the policy's zone), and the
/// lines skipped as unreadable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct About {
    pub files: Vec<String>,
    pub filter: Filter,
    /// Sessions read, before the filter.
    pub read: usize,
    /// The first and last day a counted session started.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Lines of the logs that were skipped (damaged, unreadable, newer).
    pub skipped: usize,
}

impl About {
    /// Notes a counted session that started on `day`.
    pub fn count_day(&mut self, day: NaiveDate) {
        self.first = Some(self.first.map_or(day, |f| f.min(day)));
        self.last = Some(self.last.map_or(day, |l| l.max(day)));
    }

    /// Adds what a later part of the same logs read.
    pub fn merge(&mut self, other: &About) {
        self.read += other.read;
        if let (Some(f), Some(l)) = (other.first, other.last) {
            self.count_day(f);
            self.count_day(l);
        }
        self.skipped += other.skipped;
    }
}
