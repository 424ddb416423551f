//! A log that is a folder: one file per session, for a class that keeps its
//! results where locks are not honoured and appends to one file end in a
//! sync conflict (a network drive, a OneDrive, Teams or Dropbox folder).
//!
//! Writing is Maildir's: a session is written whole to a new file in the
//! folder's `tmp/`, synced to disk, and only then renamed into the folder.
//! No two writers ever write the same file (a name carries the time, the
//! machine and a random part), so nothing needs a lock, and a reader or a
//! sync client sees a session file whole or not at all.
//!
//! Reading takes every `.json` and `.jsonl` file in the folder and its
//! subfolders (a session file, a copy that a sync client made, today's
//! JSONL logs put there), by the same rules as a single log. What is being
//! written (`tmp/`) and what is hidden (a name starting with a dot) is never
//! read, nor is any other kind of file (`desktop.ini`, a report). A file that
//! cannot be read is a warning that names it; the rest is still read.

use std::ffi::OsStr;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::read::{fold_blocks, fold_bytes};
use super::{LogError, LogWarning, Record, io_error};

/// Where sessions are written until they are whole.
const TMP: &str = "tmp";
/// A file in `tmp/` this old was left by a writer that was killed (no
/// session takes this long to write): Maildir's rule, and its 36 hours.
const STALE: Duration = Duration::from_secs(36 * 3600);
/// A file up to this size is read whole on its own; a bigger one is a
/// JSONL log and is read in blocks on every core.
const SMALL: u64 = 1024 * 1024;
/// Files fetched at once: a network drive answers slowly, so several are
/// asked for together; this many are held in memory at a time.
const BATCH: usize = 512;

/// Whether the log at `path` is a folder: an existing folder, or a name
/// that ends in a path separator (`klas-2b/`), which is made when needed.
/// Anything else is a JSONL file, as before.
pub(super) fn is_folder(path: &Path) -> bool {
    path.is_dir() || path.as_os_str().to_string_lossy().chars().last().is_some_and(std::path::is_separator)
}

/// Writes one session as its own file in the folder `dir`; returns the
/// file. When this returns, the file is whole and on disk; when it fails
/// or the writer is killed, at most a file in `tmp/` is left, which no
/// reader reads.
pub(super) fn write(dir: &Path, record: &Record) -> Result<PathBuf, LogError> {
    let mut line = serde_json::to_vec(record).expect("a record always serializes");
    line.push(b'\n');
    let tmp_dir = dir.join(TMP);
    fs::create_dir_all(&tmp_dir).map_err(|e| io_error(dir, &e))?;
    let name = file_name(SystemTime::now(), &hostname(), rand::random());
    let (tmp, done) = (tmp_dir.join(&name), dir.join(&name));
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(&line).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, &done));
    if let Err(e) = written {
        // The write already failed; a temporary file that cannot be removed
        // either is never read, and is cleared once it is stale.
        fs::remove_file(&tmp).ok();
        return Err(io_error(&done, &e));
    }
    sync_folder(dir);
    clear_stale(&tmp_dir);
    Ok(done)
}

/// The name of a session file: the time (UTC, sortable, no colons for
/// Windows), the machine and a random part, so that writers on any number
/// of machines never pick the same name.
fn file_name(at: SystemTime, host: &str, random: u64) -> String {
    let at: chrono::DateTime<chrono::Utc> = at.into();
    format!("{}-{host}-{random:016x}.json", at.format("%Y%m%dT%H%M%S%.3fZ"))
}

/// This machine's name, as a file name may hold it everywhere: letters,
/// digits and dashes, lowercase, at most 40 characters.
fn hostname() -> String {
    sanitise_host(&gethostname::gethostname().to_string_lossy())
}

fn sanitise_host(raw: &str) -> String {
    let mut host: String =
        raw.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).take(40).collect();
    host = host.trim_matches('-').to_owned();
    if host.is_empty() { "pc".to_owned() } else { host }
}

/// Makes the rename itself durable where the system can (a folder cannot
/// be synced on Windows, nor on some network drives; the file's own data
/// is already on disk then, which is what a reader needs).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        // Deliberately ignored: see above.
        d.sync_all().ok();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes what writers that were killed left in `tmp/` long ago. Only
/// tidying: whatever fails here is left for the next writer.
fn clear_stale(tmp_dir: &Path) {
    let Ok(entries) = fs::read_dir(tmp_dir) else { return };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > STALE));
        if old {
            fs::remove_file(entry.path()).ok();
        }
    }
}

/// Reads the log at `path`, a folder or a single file, by the rules of
/// `fold_blocks`, and hands each line that holds a record to `add`.
/// Returns one accumulator per block of lines, in the order of the files
/// (by path) and their lines. A file in the folder that is there twice
/// (a link, a copy) is read twice: its sessions count once all the same
/// (see `sessions`).
pub(super) fn fold_path<A: Send>(
    path: &Path,
    start: &(impl Fn() -> A + Sync),
    add: &(impl Fn(&mut A, &[u8]) -> serde_json::Result<()> + Sync),
) -> Result<(Vec<A>, Vec<LogWarning>), LogError> {
    if !path.is_dir() {
        return fold_blocks(path, start, add);
    }
    let mut warnings = Vec::new();
    let files = list(path, &mut warnings)?;
    let mut accs = Vec::new();
    for batch in files.chunks(BATCH) {
        for (file, fetched) in batch.iter().zip(fetch(batch)) {
            let read = match fetched {
                Fetched::Whole(Ok(bytes)) => fold_bytes(file, bytes, start(), add).map(|(a, w)| (vec![a], w)),
                Fetched::Whole(Err(e)) => Err(io_error(file, &e)),
                Fetched::Large => fold_blocks(file, start, add),
            };
            match read {
                Ok((mut a, mut w)) => {
                    accs.append(&mut a);
                    warnings.append(&mut w);
                }
                // One bad file does not stop the class's overview.
                Err(e) => warnings.push(LogWarning { path: e.path, line: 0, message: e.message }),
            }
        }
    }
    Ok((accs, warnings))
}

/// The files of a log folder to read, sorted by their path. A subfolder
/// that cannot be listed is a warning; the folder itself, an error.
fn list(dir: &Path, warnings: &mut Vec<LogWarning>) -> Result<Vec<PathBuf>, LogError> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if folder == dir => return Err(io_error(dir, &e)),
            Err(e) => {
                warnings.push(LogWarning { path: folder, line: 0, message: io_error(dir, &e).message });
                continue;
            }
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            // A link to a folder is not followed: it could lead in a circle.
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                if name != OsStr::new(TMP) {
                    folders.push(entry.path());
                }
            } else if is_log_name(&name) && entry.path().is_file() {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Whether a file in a log folder is one to read: a session file or a JSONL
/// log, also as a sync client renames a copy (`x (1).json`,
/// `x-LAPTOP-7.json`).
fn is_log_name(name: &OsStr) -> bool {
    let name = name.to_string_lossy().to_lowercase();
    name.ends_with(".json") || name.ends_with(".jsonl")
}

/// What fetching a file of a batch gave.
enum Fetched {
    Whole(std::io::Result<Vec<u8>>),
    /// Too big to hold: read in blocks instead.
    Large,
}

/// Reads the small files of a batch whole, several at once (a network drive
/// answers each request slowly, not each byte), in the batch's order.
fn fetch(batch: &[PathBuf]) -> Vec<Fetched> {
    let workers = std::thread::available_parallelism().map_or(4, |n| n.get()).clamp(4, 16).min(batch.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<(usize, Fetched)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(path) = batch.get(i) else { return mine };
                        mine.push((i, fetch_one(path)));
                    }
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("reading a file does not panic")).collect()
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, f)| f).collect()
}

fn fetch_one(path: &Path) -> Fetched {
    match fs::metadata(path) {
        Ok(m) if m.len() > SMALL => Fetched::Large,
        Ok(_) => Fetched::Whole(fs::read(path)),
        Err(e) => Fetched::Whole(Err(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_time_and_hold_only_safe_characters() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_millis(1_795_000_000_123);
        let name = file_name(at, &sanitise_host("Lokaal 2.07\\PC:Anna"), 0xabc);
        assert_eq!(name, "20261118T110640.123Z-lokaal-2-07-pc-anna-0000000000000abc.json");
        assert_eq!(sanitise_host("..."), "pc");
        assert_eq!(sanitise_host(&"x".repeat(99)).len(), 40);
        let later = file_name(at + Duration::from_secs(1), "pc", 0);
        assert!(later > name);
    }

    #[test]
    fn which_files_are_read() {
        for yes in ["a.json", "a (1).json", "A.JSON", "lessen.jsonl"] {
            assert!(is_log_name(OsStr::new(yes)), "{yes}");
        }
        for no in ["desktop.ini", "overzicht.html", "a.json.tmp", "Thumbs.db"] {
            assert!(!is_log_name(OsStr::new(no)), "{no}");
        }
        assert!(is_folder(Path::new("nog-niet-gemaakt/")));
        assert!(!is_folder(Path::new("nog-niet-gemaakt.jsonl")));
    }
}
