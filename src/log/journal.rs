//! The journal of a session in progress: what is needed to resume it
//! exactly where it was after a crash, a kill or a power cut (who plays
//! which case with which seed, and every action so far), one JSON line per
//! event, each written with a single write and an fsync.
//!
//! A journal is one file in the user's own data folder (never in a shared
//! log folder: it belongs to one person on one machine). The game or player
//! that writes it holds an exclusive lock on it for as long as it runs, so
//! another copy of the game that starts meanwhile leaves it alone; the lock
//! goes with the process, so after a crash the next start finds the journal
//! unlocked and offers to resume it.
//!
//! The order of a session's end is what makes it logged once: the finished
//! record goes into the journal first, then into the log, and only then is
//! the journal removed. A journal found with its record is completed by
//! logging that same record (same session id) unless the log has it.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::model::Action;

use super::{LogError, LogWarning, Record, io_error};

/// The ending of a journal's file name.
pub const EXTENSION: &str = "journal";

/// Where the journals are when nothing says otherwise: a folder in the
/// user's data folder, beside the default log.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "klachtsim", "klachtsim").map(|d| d.data_dir().join("journal"))
}

/// Who plays which case, with which seed, since when: the first line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub trainee: String,
    pub group: String,
    pub lang: crate::i18n::Lang,
    /// The scenario's id and the SHA-256 of its file: a changed case cannot
    /// be resumed exactly.
    pub scenario: String,
    pub hash: String,
    pub seed: u64,
    pub started: DateTime<FixedOffset>,
    /// A retry ("try again from here"): what it retries. Its replayed
    /// actions are journaled as its own, so it resumes like any session,
    /// and is logged marked as the retry it is. Absent otherwise, and in a
    /// journal from before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry: Option<super::record::RetryOf>,
}

/// One action as the session did it (the engine's `Done`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Act {
    /// Simulated time the action started: a replay must reach the same.
    pub at: NaiveDateTime,
    pub line: usize,
    pub action: Action,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Event {
    Start(Header),
    Act(Act),
    /// The case was ended; the trainee's own view of it was being asked.
    Finish,
    /// The record about to be written to the log.
    Record(Box<Record>),
}

/// One line: an event and the real time it was written.
#[derive(Serialize, Deserialize)]
struct Line {
    t: DateTime<FixedOffset>,
    e: Event,
}

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// The open, locked journal of the session being played.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
}

impl Journal {
    /// Starts the journal of a new session in `dir`.
    pub fn create(dir: &Path, header: Header) -> Result<Journal, LogError> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
        // The process id and the clock to the nanosecond: no two sessions
        // on one machine share a name.
        let name = format!(
            "{}-{}-{}.{EXTENSION}",
            header.started.format("%Y%m%d-%H%M%S"),
            std::process::id(),
            header.started.timestamp_subsec_nanos()
        );
        let path = dir.join(name);
        let file = OpenOptions::new().read(true).append(true).create_new(true).open(&path);
        let file = file.map_err(|e| io_error(&path, &e))?;
        file.try_lock().map_err(|e| io_error(&path, &e.into()))?;
        let mut journal = Journal { path, file };
        journal.write(Event::Start(header))?;
        sync_dir(dir);
        Ok(journal)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records an action the session has done.
    pub fn act(&mut self, act: Act) -> Result<(), LogError> {
        self.write(Event::Act(act))
    }

    /// Records that the case was ended (its self-assessment comes next).
    pub fn finish(&mut self) -> Result<(), LogError> {
        self.write(Event::Finish)
    }

    /// Records the record that is about to be logged: written first here,
    /// so that a crash between the log and `remove` logs it once.
    pub fn record(&mut self, record: &Record) -> Result<(), LogError> {
        self.write(Event::Record(Box::new(record.clone())))
    }

    /// The session is in the log: the journal goes.
    pub fn remove(self) -> Result<(), LogError> {
        // Removed while still locked, so no other start sees it unlocked
        // first; where an open file cannot be removed (Windows), after.
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(_) => {
                let Journal { path, file } = self;
                drop(file);
                std::fs::remove_file(&path).map_err(|e| io_error(&path, &e))
            }
        }
    }

    fn write(&mut self, e: Event) -> Result<(), LogError> {
        let mut line = serde_json::to_vec(&Line { t: now(), e }).expect("a journal line always serializes");
        line.push(b'\n');
        // One write, then to disk: a line is whole, or it is the torn last
        // one that `scan` leaves out.
        let written = self.file.write_all(&line).and_then(|()| self.file.sync_data());
        written.map_err(|e| io_error(&self.path, &e))
    }
}

/// A new file's name is only durable once its folder is (Unix); elsewhere
/// a folder cannot be opened to be synced, and a crash there at worst
/// loses a journal with no action yet.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Err(e) = File::open(dir).and_then(|d| d.sync_all()) {
        eprintln!("{}: {e}", dir.display());
    }
    #[cfg(not(unix))]
    let _unused = dir;
}

/// A session that was not ended: its journal (now locked by this process,
/// to go on with or to remove), and everything in it.
#[derive(Debug)]
pub struct Interrupted {
    pub journal: Journal,
    pub header: Header,
    pub acts: Vec<Act>,
    /// The case had been ended; its self-assessment was being asked.
    pub finished: Option<DateTime<FixedOffset>>,
    /// The record was on its way to the log.
    pub record: Option<Record>,
    /// When the last whole line was written: the session's end if it is
    /// logged as abandoned.
    pub last: DateTime<FixedOffset>,
}

/// What a look at the journal folder found.
#[derive(Debug, Default)]
pub struct Scan {
    /// Sessions to resume, the oldest first.
    pub interrupted: Vec<Interrupted>,
    /// What was damaged or unreadable and left out; never a reason not to
    /// start.
    pub warnings: Vec<LogWarning>,
}

/// Finds the journals in `dir` that no running game holds. A torn or
/// damaged line ends a journal (it was the last being written when the
/// machine stopped): the lines before it are kept, with a warning. A
/// journal without a readable first line cannot be resumed: it is renamed
/// to `.broken` (kept for a look, never offered again), with a warning.
pub fn scan(dir: &Path) -> Scan {
    let mut scan = Scan::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return scan,
        Err(e) => {
            scan.warnings.push(warning(dir, 0, Text::msg("journal-unreadable").arg("error", e.to_string())));
            return scan;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == EXTENSION))
        .collect();
    // Names start with the start time: oldest first.
    paths.sort();
    for path in paths {
        match open(&path, &mut scan.warnings) {
            Ok(Some(found)) => scan.interrupted.push(found),
            Ok(None) => {}
            Err(e) => {
                scan.warnings.push(warning(&path, 0, Text::msg("journal-unreadable").arg("error", e.to_string())))
            }
        }
    }
    scan
}

fn warning(path: &Path, line: usize, message: Text) -> LogWarning {
    LogWarning { path: path.to_owned(), line, message }
}

/// Reads one journal under its lock; `None` when another game holds it or
/// there is nothing to resume.
fn open(path: &Path, warnings: &mut Vec<LogWarning>) -> std::io::Result<Option<Interrupted>> {
    let mut file = OpenOptions::new().read(true).append(true).open(path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    let mut lines = Vec::new();
    let mut good = 0usize;
    let mut damage = None;
    for (i, raw) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
        let parsed = raw.strip_suffix(b"\n").and_then(|l| serde_json::from_slice::<Line>(l).ok());
        let Some(line) = parsed else {
            let id = if raw.ends_with(b"\n") { "journal-damaged-line" } else { "journal-torn-line" };
            damage = Some(warning(path, i + 1, Text::msg(id)));
            break;
        };
        good += raw.len();
        lines.push(line);
    }
    let mut lines = lines.into_iter();
    let Some(Line { t, e: Event::Start(header) }) = lines.next() else {
        drop(file);
        if bytes.is_empty() {
            // Stopped between creating the file and its first line: no
            // action was done.
            std::fs::remove_file(path)?;
            return Ok(None);
        }
        let aside = path.with_extension("broken");
        std::fs::rename(path, &aside)?;
        let msg = Text::msg("journal-broken").arg("file", aside.display().to_string());
        warnings.push(warning(path, 0, msg));
        return Ok(None);
    };
    warnings.extend(damage);
    // What follows a damaged line goes, so the next line starts clean.
    if good < bytes.len() {
        file.set_len(good as u64)?;
        file.sync_data()?;
    }
    file.seek(SeekFrom::End(0))?;
    let mut found = Interrupted {
        journal: Journal { path: path.to_owned(), file },
        header,
        acts: Vec::new(),
        finished: None,
        record: None,
        last: t,
    };
    for Line { t, e } in lines {
        found.last = t;
        match e {
            Event::Act(a) => found.acts.push(a),
            Event::Finish => found.finished = Some(t),
            Event::Record(r) => found.record = Some(*r),
            // A second start cannot be written; read as damage.
            Event::Start(_) => break,
        }
    }
    Ok(Some(found))
}

/// Why a journal cannot be resumed as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum NotResumable {
    /// The library no longer has the case.
    Missing,
    /// The case's file changed since: the same actions may not mean the
    /// same any more.
    Changed,
    /// The engine does not reach the same point with these actions.
    Diverged,
}

impl NotResumable {
    pub fn text(&self, scenario: &str) -> Text {
        let id = match self {
            NotResumable::Missing => "journal-case-missing",
            NotResumable::Changed => "journal-case-changed",
            NotResumable::Diverged => "journal-diverged",
        };
        Text::msg(id).arg("scenario", scenario.to_owned())
    }
}

impl Interrupted {
    /// The session replayed from its seed and actions: the case and the
    /// state it was in when it stopped.
    pub fn replay<'l>(
        &self,
        lib: &'l crate::load::Library,
    ) -> Result<(&'l crate::load::LoadedScenario, crate::sim::State), NotResumable> {
        let loaded = lib.get(&self.header.scenario).ok_or(NotResumable::Missing)?;
        if loaded.hash != self.header.hash {
            return Err(NotResumable::Changed);
        }
        let mut session = crate::sim::Session::new(&loaded.scenario, &loaded.policy, self.header.seed);
        for a in &self.acts {
            if session.state.now != a.at || session.apply(a.action.clone(), a.line).is_err() {
                return Err(NotResumable::Diverged);
            }
        }
        Ok((loaded, session.state))
    }

    /// The record of the session as it stopped, scored: logged as
    /// abandoned (or without a self-assessment) when the trainee discards
    /// it.
    pub fn record(&self, loaded: &crate::load::LoadedScenario, state: &crate::sim::State) -> Record {
        let debrief = crate::score::score(&loaded.scenario, &loaded.policy, state, state.seed);
        let record = Record::new(super::NewRecord {
            trainee: &self.header.trainee,
            group: &self.header.group,
            loaded,
            policy_name: &loaded.policy.name,
            seed: self.header.seed,
            state,
            debrief: &debrief,
            started: self.header.started,
            ended: self.finished.unwrap_or(self.last),
        });
        match &self.header.retry {
            Some(r) => r.mark(record),
            None => record,
        }
    }
}

/// Logs `record` through `write` and then removes the journal: the record
/// is in the journal already, so a stop in between logs the same session
/// again at the next start, which `complete` then sees.
pub fn log_and_remove(
    mut journal: Journal,
    record: &Record,
    write: impl FnOnce(&Record) -> Result<(), LogError>,
) -> Result<(), LogError> {
    // A journal that cannot take the record (a full disk) must not keep
    // the session from the log, which may well be elsewhere; at worst the
    // session is offered again at the next start.
    let noted = journal.record(record);
    write(record)?;
    // Logged: the journal goes, whether or not it took the record.
    drop(noted);
    journal.remove()
}

/// Finishes what a stop between logging and removing left: the record of
/// an interrupted journal is logged unless the log at `log` has it already
/// (the same session id), and the journal removed (also with no log).
pub fn complete(journal: Journal, record: &Record, log: Option<&Path>) -> Result<(), LogError> {
    if let Some(log) = log {
        let id = record.session_id();
        let (records, _, _) = super::read_all_with(&[log.to_owned()], super::Detail::Summary);
        if !records.iter().any(|r| r.session_id() == id) {
            super::append(log, record)?;
        }
    }
    journal.remove()
}
