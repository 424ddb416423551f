//! The lessons-learned log: one JSON line per finished or abandoned
//! session, appended under an exclusive file lock with a single write and an
//! fsync, so a whole class can share one file. Reading skips a damaged line
//! (a torn last line after a crash) with a warning and keeps the rest.

mod read;
pub use read::fold_blocks;
pub mod logged_session;
pub mod record;

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::i18n::Text;

pub use record::{NewRecord, Record, SCHEMA_VERSION};

/// Where the log is when no flag says otherwise: `KLACHTSIM_LOG`, else the
/// user's data directory.
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

/// Appends one record as one line. Holds an exclusive lock for the write,
/// starts on a fresh line if a crash left the last one torn, and syncs to
/// disk before returning: a record is either wholly there or not at all.
pub fn append(path: &Path, record: &Record) -> Result<(), LogError> {
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

/// A line that was skipped while reading.
#[derive(Clone, Debug, PartialEq)]
pub struct LogWarning {
    pub path: PathBuf,
    pub line: usize,
    pub message: Text,
}

impl LogWarning {
    pub fn one_line(&self, lang: crate::i18n::Lang) -> String {
        format!("{}:{}: {}", self.path.display(), self.line, self.message.render(lang))
    }
}

/// Just the schema version of a line, read before the rest.
#[derive(serde::Deserialize)]
struct Version {
    schema: u32,
}

/// Calls `f` with every readable record of the log, in order. Damaged and
/// torn lines, and records of a newer schema, are skipped with a warning.
pub fn read_each<T: DeserializeOwned + Send>(path: &Path, f: impl FnMut(T)) -> Result<Vec<LogWarning>, LogError> {
    let (records, warnings) = read::read_records(path, |t| serde_json::from_slice::<T>(t))?;
    records.into_iter().for_each(f);
    Ok(warnings)
}

/// What one line of the log holds.
enum Line<T> {
    Blank,
    Record(T),
    /// Not a record: why, for the warning.
    Skipped(Text),
}

/// Reads one line (with or without its line break; `complete` says whether
/// it had one) as a record; a line that is not one says why.
fn judge_line<T>(line: &[u8], complete: bool, parse: impl FnOnce(&[u8]) -> serde_json::Result<T>) -> Line<T> {
    let text = trim_line(line);
    if text.iter().all(u8::is_ascii_whitespace) {
        return Line::Blank;
    }
    match parse(text) {
        Ok(rec) => Line::Record(rec),
        Err(_) => match serde_json::from_slice::<Version>(text) {
            Ok(v) if v.schema > SCHEMA_VERSION => Line::Skipped(Text::msg("log-newer-schema").arg("version", v.schema)),
            _ if !complete => Line::Skipped(Text::msg("log-torn-line")),
            _ => Line::Skipped(Text::msg("log-damaged-line")),
        },
    }
}

/// No record comes near this; a longer line is not a record.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &buf[..end]
}

/// Reads every record of the logs at `paths`, whole.
pub fn read_all(paths: &[PathBuf]) -> (Vec<Record>, Vec<LogWarning>, Vec<LogError>) {
    read_all_with(paths, Detail::Full)
}

/// Reads every record of the logs at `paths`, as much of each as `detail`
/// asks, in the order of the files and their lines.
pub fn read_all_with(paths: &[PathBuf], detail: Detail) -> (Vec<Record>, Vec<LogWarning>, Vec<LogError>) {
    let (mut records, mut warnings, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for p in paths {
        let result = match detail {
            Detail::Full => read::read_records(p, |t| serde_json::from_slice::<Record>(t)),
            Detail::Summary => read::read_records(p, record::parse_summary),
        };
        match result {
            Ok((mut r, mut w)) => {
                records.append(&mut r);
                warnings.append(&mut w);
            }
            Err(e) => errors.push(e),
        }
    }
    (records, warnings, errors)
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
