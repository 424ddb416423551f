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
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset};

use crate::i18n::Text;

use super::read::{Lines, fold_blocks_by};
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
    /// Split by the id's highest bits, so that cores seldom wait for each
    /// other; the lowest place an id within its shard (see `IdHash`), the
    /// two independent.
    shards: Vec<Shard>,
    duplicates: AtomicUsize,
}

/// One part of the set, alone on its cache lines: two cores taking locks
/// of neighbouring shards would otherwise pass the same line back and
/// forth on every record.
#[repr(align(128))]
#[derive(Default)]
struct Shard(Mutex<HashSet<SessionId, IdHash>>);

const SHARD_BITS: u32 = 6;

impl Seen {
    fn new() -> Seen {
        Seen { shards: (0..1 << SHARD_BITS).map(|_| Shard::default()).collect(), duplicates: AtomicUsize::new(0) }
    }

    /// For each id in turn, whether this is the first time its session is
    /// read (so of two equal ids, only the earlier can be); a session read
    /// before counts as a duplicate.
    pub fn firsts(&self, ids: &[SessionId]) -> Vec<bool> {
        let shard_of = |id: SessionId| (id >> (128 - SHARD_BITS)) as usize;
        // The ids in order of their shard (and within it, in their own
        // order): a counting sort.
        let mut starts = vec![0usize; self.shards.len() + 1];
        for id in ids {
            starts[shard_of(*id) + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut order = vec![0usize; ids.len()];
        for (i, id) in ids.iter().enumerate() {
            let at = &mut next[shard_of(*id)];
            order[*at] = i;
            *at += 1;
        }
        let mut firsts = vec![false; ids.len()];
        let mut duplicates = 0;
        for (shard, range) in self.shards.iter().zip(starts.windows(2)) {
            if range[0] == range[1] {
                continue;
            }
            // A poisoned shard only means another core panicked; its set
            // is still whole (an insert is not left half done).
            let mut set = shard.0.lock().unwrap_or_else(|p| p.into_inner());
            set.reserve(range[1] - range[0]);
            for &i in &order[range[0]..range[1]] {
                firsts[i] = set.insert(ids[i]);
                duplicates += usize::from(!firsts[i]);
            }
        }
        if duplicates > 0 {
            self.duplicates.fetch_add(duplicates, Ordering::Relaxed);
        }
        firsts
    }
}

/// Hashes a session id to its lowest 64 bits: an id is already a hash (of
/// what identifies the session), hashing it again only costs time.
#[derive(Clone, Copy, Default)]
struct IdHash;

impl BuildHasher for IdHash {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write_u128(&mut self, id: u128) {
        self.0 = id as u64;
    }
    /// Only ids are hashed (`write_u128`); anything else is mixed in
    /// byte by byte, correct if slow.
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What reading several logs found besides the records.
#[derive(Debug, Default)]
pub struct Reading {
    pub warnings: Vec<LogWarning>,
    pub errors: Vec<LogError>,
}

/// Reads the logs at `paths` (files, or folders: see `folder`) in order, by
/// the rules of `fold_blocks`, each session once: `add` is given each line
/// with a `keep` to ask, once per record and with its session id, whether to
/// keep it (the first time the session is read); once it has asked, `add`
/// must not fail. A file already read under another name is skipped, and the
/// sessions of a file that were read before are counted once, each with one
/// warning.
///
/// A file's block is read as if each of its sessions were new, and its ids
/// are then looked up all at once (one lock per part of the set, and lookups
/// that wait for memory side by side instead of one per record between
/// the parsing): a session in the log once is the usual case. Only a block
/// with a session read before is read again, keeping only the first ones.
/// A folder's files hold a session each and ask one by one.
pub(super) fn fold_logs<A: Send>(
    paths: &[PathBuf],
    start: impl Fn() -> A + Sync,
    add: impl Fn(&mut A, &[u8], &mut dyn FnMut(SessionId) -> bool) -> serde_json::Result<()> + Sync,
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
        let block = |lines: Lines| {
            let mut acc = start();
            let mut ids = Vec::new();
            let read = lines.fold(&mut acc, |acc, line| {
                add(acc, line, &mut |id| {
                    ids.push(id);
                    true
                })
            });
            let firsts = seen.firsts(&ids);
            if firsts.iter().all(|first| *first) {
                return (acc, read);
            }
            let mut acc = start();
            if firsts.contains(&true) {
                let mut firsts = firsts.into_iter();
                lines.fold(&mut acc, |acc, line| add(acc, line, &mut |_| firsts.next().unwrap_or(false)));
            }
            (acc, read)
        };
        let read = if path.is_dir() {
            let one_by_one = |acc: &mut A, line: &[u8]| add(acc, line, &mut |id| seen.firsts(&[id])[0]);
            super::folder::fold_path(path, &start, &one_by_one)
        } else {
            fold_blocks_by(path, block)
        };
        match read {
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
