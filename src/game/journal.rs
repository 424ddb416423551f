//! Sessions that survive: the case in play is journaled after every action
//! (`log::journal`), and a session that a crash, a kill or a power cut
//! interrupted is offered at the next start, to resume where it was or to
//! discard (logged as abandoned, with what was done).

use bevy::prelude::*;

use crate::i18n::Text;
use crate::log::journal::{self, Act, Header, Interrupted, Journal, NotResumable};
use crate::log::{LogError, LogWarning, Record};

use super::{CaseLibrary, GameCommand, Play, Screen, Settings};

pub fn plugin(app: &mut App) {
    app.init_resource::<Interruptions>()
        .add_systems(Startup, find_interrupted)
        .add_systems(Update, answer_offer.run_if(in_state(Screen::Start)));
}

/// The journal of the case in play, if it has one (none when journals are
/// off, or one could not be written).
#[derive(Resource, Default)]
pub struct CaseJournal(pub Option<Journal>);

impl CaseJournal {
    /// Starts the journal of a new case: its first line, then the actions
    /// it starts with (a retry's replayed ones; none for a new case), so
    /// that it resumes as it was.
    pub(super) fn start(&mut self, settings: &Settings, play: &Play) {
        let Some(dir) = &settings.journal else { return };
        let header = Header {
            trainee: settings.trainee.clone(),
            group: settings.group.clone(),
            lang: settings.lang,
            scenario: play.loaded.scenario.id.clone(),
            hash: play.loaded.hash.clone(),
            seed: play.state.seed,
            started: play.started,
            retry: play.retry.clone(),
        };
        self.0 = Journal::create(dir, header).map_err(|e| report(&e, settings)).ok();
        for done in &play.state.history {
            self.write(done);
        }
    }

    /// Journals the last action the case did.
    pub(super) fn act(&mut self, state: &crate::sim::State) {
        if let Some(done) = state.history.last() {
            self.write(done);
        }
    }

    fn write(&mut self, done: &crate::sim::Done) {
        let Some(j) = &mut self.0 else { return };
        let act = Act { at: done.at, line: done.line, action: done.action.clone() };
        if let Err(e) = j.act(act) {
            error!("{}: {}", e.path.display(), e.message.render(crate::i18n::Lang::En));
        }
    }

    /// Journals that the case was ended.
    pub(super) fn finish(&mut self) {
        if let Some(Err(e)) = self.0.as_mut().map(Journal::finish) {
            error!("{}: {}", e.path.display(), e.message.render(crate::i18n::Lang::En));
        }
    }

    /// Logs the case's record through `write`, then removes the journal.
    pub(super) fn log(
        &mut self,
        record: &Record,
        write: impl FnOnce(&Record) -> Result<(), LogError>,
    ) -> Result<(), LogError> {
        match self.0.take() {
            Some(j) => journal::log_and_remove(j, record, write),
            None => write(record),
        }
    }

    /// The case is not logged: nothing to keep.
    pub(super) fn remove(&mut self) {
        if let Some(Err(e)) = self.0.take().map(Journal::remove) {
            error!("{}: {}", e.path.display(), e.message.render(crate::i18n::Lang::En));
        }
    }
}

fn report(e: &LogError, settings: &Settings) {
    error!("{}: {}", e.path.display(), e.message.render(settings.lang));
}

/// An interrupted session as the start screen offers it.
pub struct Offer {
    pub found: Interrupted,
    /// The case's title, when the library still has it.
    pub title: Option<String>,
    /// Why it cannot be resumed, if it cannot.
    pub blocked: Option<NotResumable>,
}

/// What the start found in the journal folder, and what became of the last
/// answer to an offer.
#[derive(Resource, Default)]
pub struct Interruptions {
    /// Offered one at a time, the oldest first.
    pub offers: Vec<Offer>,
    /// Damaged or unreadable journals: said, never in the way.
    pub warnings: Vec<LogWarning>,
    /// What happened to the last one discarded (or to a session whose
    /// record was on its way to the log when it stopped).
    pub notices: Vec<Text>,
}

/// Looks for interrupted sessions once, at the start. A session that
/// stopped on its way to the log is logged now (once: see
/// `journal::complete`), without asking.
fn find_interrupted(settings: Res<Settings>, lib: Res<CaseLibrary>, mut found: ResMut<Interruptions>) {
    let Some(dir) = &settings.journal else { return };
    let scan = journal::scan(dir);
    found.warnings = scan.warnings;
    for mut i in scan.interrupted {
        if let Some(record) = i.record.take() {
            let what = Text::msg("journal-completed").arg("scenario", record.scenario.title.clone());
            match journal::complete(i.journal, &record, settings.log.as_deref()) {
                Ok(()) => found.notices.push(what),
                Err(e) => found.warnings.push(LogWarning { path: e.path, line: 0, message: e.message }),
            }
            continue;
        }
        found.offers.push(offer_of(i, &lib.0));
    }
}

fn offer_of(i: Interrupted, lib: &crate::load::Library) -> Offer {
    let title = lib.get(&i.header.scenario).map(|l| l.scenario.title.clone());
    let blocked = i.replay(lib).err();
    Offer { found: i, title, blocked }
}

/// For the tour: puts a session of `scenario` with `actions` done on offer,
/// as if a crash had stopped it 25 minutes ago.
pub(super) fn offer_demo(
    In((scenario, actions)): In<(&'static str, Vec<crate::model::Action>)>,
    settings: Res<Settings>,
    lib: Res<CaseLibrary>,
    mut found: ResMut<Interruptions>,
) {
    let (Some(dir), Some(loaded)) = (&settings.journal, lib.0.get(scenario)) else { return };
    let started = chrono::Local::now().fixed_offset() - chrono::Duration::minutes(25);
    let mut session = crate::sim::Session::new(&loaded.scenario, &loaded.policy, 7);
    let header = Header {
        trainee: "Demo".into(),
        group: "Tour".into(),
        lang: settings.lang,
        scenario: scenario.into(),
        hash: loaded.hash.clone(),
        seed: 7,
        started,
        retry: None,
    };
    let written = Journal::create(dir, header).and_then(|mut j| {
        for (i, action) in actions.into_iter().enumerate() {
            let at = session.state.now;
            if session.apply(action.clone(), i + 1).is_ok() {
                j.act(Act { at, line: i + 1, action })?;
            }
        }
        Ok(())
    });
    if let Err(e) = written {
        report(&e, &settings);
    }
    // The sessions on offer are locked by this game, so the scan finds only
    // the new one.
    let scan = journal::scan(dir);
    found.offers.extend(scan.interrupted.into_iter().map(|i| offer_of(i, &lib.0)));
}

/// Resume or discard the first session on offer.
fn answer_offer(
    mut commands: Commands,
    mut reader: MessageReader<GameCommand>,
    mut offers: ResMut<Interruptions>,
    lib: Res<CaseLibrary>,
    mut settings: ResMut<Settings>,
    mut journal: ResMut<CaseJournal>,
    mut next: ResMut<NextState<Screen>>,
) {
    for cmd in reader.read() {
        let resume = match cmd {
            GameCommand::ResumeInterrupted => true,
            GameCommand::DiscardInterrupted => false,
            _ => continue,
        };
        if offers.offers.is_empty() {
            continue;
        }
        let offer = offers.offers.remove(0);
        let i = offer.found;
        offers.notices.clear();
        let Ok((loaded, state)) = i.replay(&lib.0) else {
            // Nothing that can be scored: the journal goes, and says so.
            let msg = Text::msg("journal-removed").arg("scenario", i.header.scenario.clone());
            if let Err(e) = i.journal.remove() {
                offers.warnings.push(LogWarning { path: e.path, line: 0, message: e.message });
            }
            offers.notices.push(msg);
            continue;
        };
        if !resume {
            let record = i.record(loaded, &state);
            let done = match &settings.log {
                Some(log) => journal::log_and_remove(i.journal, &record, |r| crate::log::append(log, r))
                    .map(|()| Text::msg("journal-discarded").arg("scenario", loaded.scenario.title.clone())),
                None => i.journal.remove().map(|()| Text::msg("journal-discarded-no-log")),
            };
            match done {
                Ok(t) => offers.notices.push(t),
                Err(e) => offers.warnings.push(LogWarning { path: e.path, line: 0, message: e.message }),
            }
            continue;
        }
        let Interrupted { journal: j, header, finished, .. } = i;
        settings.trainee = header.trainee;
        settings.group = header.group;
        settings.lang = header.lang;
        // Resumed as a single case: a countdown does not survive a stop.
        settings.mode = super::Mode::Single;
        commands.remove_resource::<super::Countdown>();
        let mut play = Play::new(loaded, state, header.started);
        journal.0 = Some(j);
        // A retry goes on as one: its record is marked so, and the attempt
        // it retries is rebuilt from that attempt's record for its debrief.
        commands.remove_resource::<super::retry::FirstAttempt>();
        if let Some(r) = header.retry {
            if let Some(first) = super::retry::first_of(&r.of, &lib.0) {
                commands.insert_resource(super::retry::FirstAttempt(Box::new(first)));
            }
            play.retry = Some(r);
        }
        match finished {
            // A retry is not asked for a self-assessment: the logic logs it
            // at once (`logic::finish`).
            Some(ended) if play.retry.is_some() => {
                commands.insert_resource(super::Outcome::at(&play, ended));
                commands.insert_resource(super::retry::Shown::default());
                next.set(Screen::Debrief);
            }
            Some(ended) => {
                commands.insert_resource(super::Outcome::at(&play, ended));
                next.set(Screen::SelfAssessment);
            }
            None => {
                commands.insert_resource(play);
                next.set(Screen::Desk);
            }
        }
    }
}
