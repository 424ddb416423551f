//! Reading several logs as one: each file once, however it is named (the
//! same file given twice, or through a link), and each session once,
//! wherever it is found (a copy of a log, or a record in two logs). Every
//! reader of more than one record goes through here: the overview, whole
//! records for xAPI and replays, and the trainer screen.
//!
//! A session is known by what identifies it: who played which case with
//! which seed, from which instant to which (to the nanosecond, as the log
//! writes them), with which score. A copy agrees on all of it; two sessions
//! never do. Records carry no id of their own, so old logs and new ones
//! follow the same rule.

use std::collections::HashSet;
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset};

use crate::i18n::Text;

use super::{LogError, LogWarning};

/// Which session a record is: 128 bits of a hash of what identifies it.
pub type SessionId = u128;

/// What identifies a session (see the module's comment).
#[derive(Clone, Copy, Debug)]
pub struct Identity<'a> {
    pub trainee: &'a str,
    pub group: &'a str,
    pub scenario: &'a str,
    pub seed: u64,
    pub started: DateTime<FixedOffset>,
    pub ended: DateTime<FixedOffset>,
    pub overall: u32,
}

/// The id of a session.
pub fn session_id(who: Identity) -> SessionId {
    let Identity { trainee, group, scenario, seed, started, ended, overall } = who;
    let instant = |t: DateTime<FixedOffset>| (t.timestamp(), t.timestamp_subsec_nanos());
    let key = (instant(started), instant(ended), trainee, group, scenario, seed, overall);
    // Two fixed, different seeds: the same id in every run and on every
    // core, and two independent halves.
    let lo = foldhash::quality::FixedState::with_seed(0x6b6c_6163_6874_7369).hash_one(key);
    let hi = foldhash::quality::FixedState::with_seed(0x7365_7373_6965_6964).hash_one(key);
    (u128::from(hi) << 64) | u128::from(lo)
}

impl super::Record {
    /// Which session this is (see `session_id`).
    pub fn session_id(&self) -> SessionId {
        session_id(Identity {
            trainee: &self.trainee,
            group: &self.group,
            scenario: &self.scenario.id,
            seed: self.seed,
            started: self.started,
            ended: self.ended,
            overall: self.overall,
        })
    }
}

/// The sessions already read, shared by every core reading the logs.
pub(crate) struct Seen {
    /// Split by the id's lowest bits, so that cores seldom wait for each
    /// other.
    shards: Vec<Mutex<HashSet<SessionId, foldhash::fast::RandomState>>>,
    duplicates: AtomicUsize,
}

impl Seen {
    fn new() -> Seen {
        Seen { shards: (0..64).map(|_| Mutex::default()).collect(), duplicates: AtomicUsize::new(0) }
    }

    /// Whether this is the first time the session is read; a session read
    /// before counts as a duplicate.
    pub fn first(&self, id: SessionId) -> bool {
        let shard = &self.shards[(id % self.shards.len() as u128) as usize];
        // A poisoned shard only means another core panicked; its set is
        // still whole (an insert is not left half done).
        let new = shard.lock().unwrap_or_else(|p| p.into_inner()).insert(id);
        if !new {
            self.duplicates.fetch_add(1, Ordering::Relaxed);
        }
        new
    }
}

/// What reading several logs found besides the records.
#[derive(Debug, Default)]
pub struct Reading {
    pub warnings: Vec<LogWarning>,
    pub errors: Vec<LogError>,
}

/// Reads the logs at `paths` (files, or folders: see `folder`) in order, by
/// the rules of `fold_blocks`, with one `Seen` for them all: `add` is given
/// it with each line, to keep only the sessions read for the first time. A file already read under another
/// name is skipped, and the sessions of a file that were read before are
/// counted once, each with one warning.
pub(super) fn fold_logs<A: Send>(
    paths: &[PathBuf],
    start: impl Fn() -> A + Sync,
    add: impl Fn(&mut A, &[u8], &Seen) -> serde_json::Result<()> + Sync,
) -> (Vec<A>, Reading) {
    let seen = Seen::new();
    let mut files: Vec<(FileKey, &Path)> = Vec::new();
    let (mut accs, mut reading) = (Vec::new(), Reading::default());
    let whole_file = |path: &Path, message| LogWarning { path: path.to_owned(), line: 0, message };
    for path in paths {
        if let Some(key) = file_key(path) {
            if let Some((_, first)) = files.iter().find(|(k, _)| *k == key) {
                let why = Text::msg("log-same-file").arg("file", first.display().to_string());
                reading.warnings.push(whole_file(path, why));
                continue;
            }
            files.push((key, path));
        }
        let before = seen.duplicates.load(Ordering::Relaxed);
        match super::folder::fold_path(path, &start, &|acc: &mut A, line: &[u8]| add(acc, line, &seen)) {
            Ok((mut a, mut w)) => {
                accs.append(&mut a);
                reading.warnings.append(&mut w);
            }
            Err(e) => reading.errors.push(e),
        }
        let again = seen.duplicates.load(Ordering::Relaxed) - before;
        if again > 0 {
            reading.warnings.push(whole_file(path, Text::msg("log-duplicates").arg("count", again as i64)));
        }
    }
    (accs, reading)
}

/// What makes a file the same file under another name or through a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FileKey {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

/// The identity of the file at `path` (following links); `None` when there
/// is no such file.
pub(crate) fn file_key(path: &Path) -> Option<FileKey> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FileKey::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FileKey::Path)
    }
}
