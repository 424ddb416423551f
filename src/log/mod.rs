//! The lessons-learned log: one JSON line per finished or abandoned
//! session, appended under an exclusive file lock with a single write and an
//! fsync, so a whole class can share one file on one machine; or, where
//! locks do not hold (a network drive, a synced folder), a folder with one
//! file per session (`folder`). Every reader follows the
//! rules of `line` (what in a line is a record, what is damage, what is
//! newer) and reads each file and each session once (`sessions`); damage is
//! skipped with a warning and the rest is kept.

mod folder;
mod line;
mod read;
mod sessions;
pub use line::MAX_LINE_BYTES;
pub use read::fold_blocks;
pub(crate) use sessions::file_key;
pub use sessions::{Identity, Reading, SessionId, session_id};
pub mod journal;
pub mod logged_session;
pub mod pair;
pub mod record;
pub mod training;

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::i18n::Text;
use logged_session::LoggedSession;

pub use record::{NewRecord, Record, SCHEMA_VERSION};

/// Where the log is when no flag says otherwise: `KLACHTSIM_LOG` (a file
/// or a folder, see `save`), else a file in the user's data directory.
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KLACHTSIM_LOG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("nl", "klachtsim", "klachtsim").map(|d| d.data_dir().join("lessen.jsonl"))
}

/// Why the log could not be written or read; says what and where.
#[derive(Clone, Debug, PartialEq)]
pub struct LogError {
    pub path: PathBuf,
    pub message: Text,
}

fn io_error(path: &Path, e: &std::io::Error) -> LogError {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => "log-read-only",
        K::StorageFull | K::QuotaExceeded => "log-disk-full",
        K::NotFound => "log-not-found",
        _ => "log-io",
    };
    LogError { path: path.to_owned(), message: Text::msg(id).arg("error", e.to_string()) }
}

/// Writes one record to the log at `path` and returns the file it is in: a
/// file of its own when the log is a folder (see `folder`), else appended
/// to the JSONL file (see `append`).
pub fn save(path: &Path, record: &Record) -> Result<PathBuf, LogError> {
    if folder::is_folder(path) {
        return folder::write(path, record);
    }
    append_to_file(path, record).map(|()| path.to_owned())
}

/// Writes one record to the log at `path`, a folder or a file (see `save`).
pub fn append(path: &Path, record: &Record) -> Result<(), LogError> {
    save(path, record).map(|_| ())
}

/// Appends one record as one line. Holds an exclusive lock for the write,
/// starts on a fresh line if a crash left the last one torn, and syncs to
/// disk before returning: a record is either wholly there or not at all.
fn append_to_file(path: &Path, record: &Record) -> Result<(), LogError> {
    let mut line = serde_json::to_string(record).expect("a record always serializes");
    line.push('\n');
    append_line(path, line.as_bytes())
}

pub fn append_line(path: &Path, line: &[u8]) -> Result<(), LogError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io_error(path, &e))?;
    }
    let mut file =
        OpenOptions::new().read(true).append(true).create(true).open(path).map_err(|e| io_error(path, &e))?;
    file.lock().map_err(|e| io_error(path, &e))?;
    // The lock goes with the file when it is closed, right after this, also
    // when the write failed: no unlock that could fail on its own.
    write_locked(&mut file, line).map_err(|e| io_error(path, &e))
}

fn write_locked(file: &mut File, line: &[u8]) -> std::io::Result<()> {
    let len = file.seek(SeekFrom::End(0))?;
    let mut buf = Vec::with_capacity(line.len() + 1);
    if len > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            buf.push(b'\n');
        }
    }
    buf.extend_from_slice(line);
    file.write_all(&buf)?;
    file.sync_data()
}

/// A line that was skipped while reading, or (line 0) something about the
/// file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct LogWarning {
    pub path: PathBuf,
    pub line: usize,
    pub message: Text,
}

impl LogWarning {
    pub fn one_line(&self, lang: crate::i18n::Lang) -> String {
        match self.line {
            0 => format!("{}: {}", self.path.display(), self.message.render(lang)),
            n => format!("{}:{}: {}", self.path.display(), n, self.message.render(lang)),
        }
    }
}

/// Calls `f` with every readable record of one log, in order, by the
/// rules of `line`; copies of a session within the log are all given.
pub fn read_each<T: DeserializeOwned + Send>(path: &Path, f: impl FnMut(T)) -> Result<Vec<LogWarning>, LogError> {
    let (records, warnings) = read::read_records(path, |t| serde_json::from_slice::<T>(t))?;
    records.into_iter().for_each(f);
    Ok(warnings)
}

/// Reads every record of the logs at `paths`, whole.
pub fn read_all(paths: &[PathBuf]) -> (Vec<Record>, Vec<LogWarning>, Vec<LogError>) {
    read_all_with(paths, Detail::Full)
}

/// Reads every record of the logs at `paths`, as much of each as `detail`
/// asks, in the order of the files and their lines; each file and each
/// session once (see `sessions`).
pub fn read_all_with(paths: &[PathBuf], detail: Detail) -> (Vec<Record>, Vec<LogWarning>, Vec<LogError>) {
    let parse = match detail {
        Detail::Full => record::parse_full,
        Detail::Summary => record::parse_summary,
    };
    let (blocks, reading) = sessions::fold_logs(paths, Vec::new, |records: &mut Vec<Record>, line, keep| {
        let r = parse(line)?;
        if keep(r.session_id()) {
            records.push(r);
        }
        Ok(())
    });
    (blocks.into_iter().flatten().collect(), reading.warnings, reading.errors)
}

/// Reads the logs at `paths` as the overview does, without keeping the
/// records: each block of lines starts from `start()`, and `add` is given
/// each session read for the first time (see `sessions`). Returns one
/// accumulator per block, in the order of the files and their lines.
pub fn fold_sessions<A: Send>(
    paths: &[PathBuf],
    start: impl Fn() -> A + Sync,
    add: impl Fn(&mut A, &LoggedSession) + Sync,
) -> (Vec<A>, Reading) {
    sessions::fold_logs(paths, start, |acc, line, keep| {
        let s = LoggedSession::parse(line)?;
        if keep(s.session_id()) {
            add(acc, &s);
        }
        Ok(())
    })
}

/// How much of each record to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Everything, with every action (for replays and xAPI).
    Full,
    /// Everything but the list of actions, which is left empty: what the
    /// trainers' overview needs, read in a fraction of the time and memory.
    Summary,
}
