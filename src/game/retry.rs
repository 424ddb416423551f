//! "Try again from here", the game's part: from the debrief the trainee
//! picks one of their decisions and plays the same case on from that
//! moment, the decisions before it replayed (`sim::retry`: same customer,
//! same seed). The attempt retried stays at hand for its own debrief; the
//! retry's debrief sets the two endings side by side (`compare`).
//!
//! A retry goes to its debrief without the self-assessment (see
//! `logic::finish`).

use bevy::prelude::*;

use crate::i18n::Text;
use crate::load::Library;
use crate::log::Record;
use crate::log::record::RetryOf;
use crate::model::Action;

use super::{Outcome, Play};

/// Which part of a retry's debrief is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Attempt {
    /// The two endings side by side: what a retry's debrief opens with.
    #[default]
    Comparison,
    /// The retried attempt's own debrief, as it was.
    First,
    /// The retry's own debrief.
    Retry,
}

/// The part of a retry's debrief on screen.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown(pub Attempt);

/// The attempt being retried, as its debrief showed it: kept while its
/// retry is played and debriefed, gone with the next case.
#[derive(Resource)]
pub struct FirstAttempt(pub Box<Outcome>);

/// The case of `o` played again up to its decision `from` (from 0), at the
/// desk as a retry of `first` (the record `o` was logged with). Starts now
/// on the real clock; the simulated clock is where it was then.
pub fn play_from(
    o: &Outcome,
    first: Record,
    from: usize,
    started: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Play, Text> {
    let actions: Vec<Action> = o.state.history.iter().map(|d| d.action.clone()).collect();
    let l = &o.loaded;
    let session =
        crate::sim::retry::replay_until(&l.scenario, &l.policy, o.state.seed, &actions, from).map_err(|r| r.0)?;
    let mut play = Play::new(l, session.state, started);
    play.retry = Some(RetryOf { of: Box::new(first), from });
    Ok(play)
}

/// The retried attempt rebuilt from its record (a retry resumed after a
/// stop has only that): its actions replayed under its seed and scored as
/// then. `None` when the library's case is missing or changed since, or
/// an action no longer replays: the comparison (from the record) still
/// shows, the first debrief does not.
pub fn first_of(record: &Record, lib: &Library) -> Option<Outcome> {
    let loaded = lib.get(&record.scenario.id).filter(|l| l.hash == record.scenario.hash)?;
    let actions: Vec<Action> = record.actions.iter().map(|a| a.action.clone()).collect();
    let session =
        crate::sim::retry::replay_until(&loaded.scenario, &loaded.policy, record.seed, &actions, actions.len()).ok()?;
    let play = Play::new(loaded, session.state, record.started);
    let mut o = Outcome::at(&play, record.ended);
    o.self_assessment = record.self_assessment;
    // Logged then; the file is not known any more, and nothing is to be
    // written now.
    o.logged = Some(Ok(None));
    Some(o)
}
