//! The office's opening hours per weekday, as a policy file writes them:
//! one window for Monday to Friday (`open`, `close`), and weekdays with
//! hours of their own in `days` (a Saturday for the stores, a closed
//! Wednesday afternoon). Saturday and Sunday are closed unless `days` opens
//! them, so a policy written before `days` existed keeps its meaning. The
//! calendar (`calendar.rs`) turns these hours into working days.

use std::collections::BTreeMap;

use chrono::{NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Text};

/// A weekday as a policy file names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Day {
    #[serde(alias = "Maandag")]
    Monday,
    #[serde(alias = "Dinsdag")]
    Tuesday,
    #[serde(alias = "Woensdag")]
    Wednesday,
    #[serde(alias = "Donderdag")]
    Thursday,
    #[serde(alias = "Vrijdag")]
    Friday,
    #[serde(alias = "Zaterdag")]
    Saturday,
    #[serde(alias = "Zondag")]
    Sunday,
}

impl Day {
    pub const ALL: [Day; 7] =
        [Day::Monday, Day::Tuesday, Day::Wednesday, Day::Thursday, Day::Friday, Day::Saturday, Day::Sunday];

    pub fn of(weekday: Weekday) -> Day {
        Day::ALL[weekday.num_days_from_monday() as usize]
    }

    /// The translation id of its name.
    pub fn msg(self) -> &'static str {
        match self {
            Day::Monday => "day-monday",
            Day::Tuesday => "day-tuesday",
            Day::Wednesday => "day-wednesday",
            Day::Thursday => "day-thursday",
            Day::Friday => "day-friday",
            Day::Saturday => "day-saturday",
            Day::Sunday => "day-sunday",
        }
    }
}

/// The hours of one weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayHours {
    /// Open from the first time to the second.
    Open(NaiveTime, NaiveTime),
    #[serde(alias = "Gesloten")]
    Closed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessHours {
    /// Opening time from Monday to Friday.
    pub open: NaiveTime,
    /// Closing time from Monday to Friday.
    pub close: NaiveTime,
    /// Weekdays whose hours differ from `open` and `close` (Monday to
    /// Friday) or from closed (Saturday and Sunday).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub days: BTreeMap<Day, DayHours>,
}

impl Default for BusinessHours {
    fn default() -> Self {
        BusinessHours {
            open: NaiveTime::from_hms_opt(9, 0, 0).expect("valid time"),
            close: NaiveTime::from_hms_opt(17, 30, 0).expect("valid time"),
            days: BTreeMap::new(),
        }
    }
}

impl BusinessHours {
    /// The opening and closing time of a weekday; `None`: closed all day.
    pub fn on(&self, day: Day) -> Option<(NaiveTime, NaiveTime)> {
        match self.days.get(&day) {
            Some(DayHours::Open(open, close)) => Some((*open, *close)),
            Some(DayHours::Closed) => None,
            None if matches!(day, Day::Saturday | Day::Sunday) => None,
            None => Some((self.open, self.close)),
        }
    }

    /// The first problem with these hours, as a translation id: a window
    /// that closes before it opens, or a week without any opening.
    pub fn problem(&self) -> Option<&'static str> {
        let windows: Vec<_> = Day::ALL.iter().filter_map(|d| self.on(*d)).collect();
        if self.open >= self.close || windows.iter().any(|(open, close)| open >= close) {
            Some("policy-hours-reversed")
        } else if windows.is_empty() {
            Some("policy-hours-never-open")
        } else {
            None
        }
    }
}

impl BusinessHours {
    /// The week in words: runs of weekdays with the same hours
    /// ("maandag t/m vrijdag 09:00–17:30; zaterdag 10:00–17:00; zondag
    /// gesloten").
    pub fn week(&self) -> Text {
        let mut runs: Vec<(Day, Day, Option<(NaiveTime, NaiveTime)>)> = Vec::new();
        for day in Day::ALL {
            match runs.last_mut() {
                Some((_, last, hours)) if *hours == self.on(day) => *last = day,
                _ => runs.push((day, day, self.on(day))),
            }
        }
        let run = |(first, last, hours): (Day, Day, Option<(NaiveTime, NaiveTime)>)| {
            let next = |d: Day| Day::ALL[(d as usize + 1) % 7];
            let days = if first == last {
                Arg::Msg(first.msg())
            } else if next(first) == last {
                Arg::Text(Box::new(
                    Text::msg("hours-two").arg("first", Arg::Msg(first.msg())).arg("second", Arg::Msg(last.msg())),
                ))
            } else {
                Arg::Text(Box::new(
                    Text::msg("hours-days").arg("from", Arg::Msg(first.msg())).arg("to", Arg::Msg(last.msg())),
                ))
            };
            let clock = |t: NaiveTime| t.format("%H:%M").to_string();
            match hours {
                Some((open, close)) => {
                    Text::msg("hours-open").arg("days", days).arg("open", clock(open)).arg("close", clock(close))
                }
                None => Text::msg("hours-closed").arg("days", days),
            }
        };
        let mut texts = runs.into_iter().map(run).rev();
        let last = texts.next().expect("a week has days");
        texts.fold(last, |rest, first| {
            Text::msg("hours-more").arg("first", Arg::Text(Box::new(first))).arg("rest", Arg::Text(Box::new(rest)))
        })
    }
}
