//! Reading a whole log fast: the file is read in blocks of whole lines,
//! and the blocks are parsed on every core at once, in order. A big class
//! log (a million sessions, a few GB) is read in seconds, not minutes.
//!
//! A file that does not start as a log (a picture, a spreadsheet) is
//! refused; a line longer than `MAX_LINE_BYTES` is dropped (never held in
//! memory) with a warning; every other line is read by the rules of
//! `line`, which number what they skip.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::mpsc;

use crate::i18n::Text;

use super::line::{Line, MAX_LINE_BYTES, judge_line, looks_like_log};
use super::{LogError, LogWarning, io_error};

/// Bytes of whole lines handed to one worker at a time.
const BLOCK: usize = 4 * 1024 * 1024;
/// The least room left in the buffer for one read.
const READ: usize = 1024 * 1024;

/// One block of whole lines: the first `len` bytes of `bytes` (the rest of
/// the buffer is room, not data). The last block of a file may end without
/// a line break.
struct Block {
    index: usize,
    bytes: Vec<u8>,
    len: usize,
    ends_file: bool,
}

/// What one block gave: its lines, and its skipped lines numbered from 0
/// within the block (the line numbers in the file are known once every
/// block before it has been counted).
struct Parsed<A> {
    index: usize,
    acc: A,
    lines: usize,
    warnings: Vec<(usize, Text)>,
}

/// What the reading thread saw itself: lines too long to keep, each just
/// before the block of the given index.
type Dropped = Vec<(usize, Text)>;

/// Every record of the log, in order, as `parse` reads them.
pub fn read_records<T: Send>(
    path: &Path,
    parse: impl Fn(&[u8]) -> serde_json::Result<T> + Sync,
) -> Result<(Vec<T>, Vec<LogWarning>), LogError> {
    let (blocks, warnings) = fold_blocks(path, Vec::new, |records: &mut Vec<T>, line| {
        records.push(parse(line)?);
        Ok(())
    })?;
    Ok((blocks.into_iter().flatten().collect(), warnings))
}

/// Reads the log in blocks of whole lines, on every core. Each block starts
/// from `start()`, and `add` is given each of its lines that holds a record
/// (without the line break); when `add` fails, it must leave its
/// accumulator as it was, and the line is skipped with a warning. Returns
/// one accumulator per block, in the order of the file, and the warnings
/// in line order.
pub fn fold_blocks<A: Send>(
    path: &Path,
    start: impl Fn() -> A + Sync,
    add: impl Fn(&mut A, &[u8]) -> serde_json::Result<()> + Sync,
) -> Result<(Vec<A>, Vec<LogWarning>), LogError> {
    fold_blocks_by(path, |lines| {
        let mut acc = start();
        let read = lines.fold(&mut acc, &add);
        (acc, read)
    })
}

/// What reading the lines of a block found besides its records: how many
/// lines it has, and its skipped lines numbered from 0 within the block.
pub(super) type BlockRead = (usize, Vec<(usize, Text)>);

/// The lines of one block, which its reader may read more than once.
pub(super) struct Lines<'b> {
    bytes: &'b [u8],
    ends_file: bool,
}

/// Like `fold_blocks`, with each block read by `fold`: given the block's
/// lines, it makes the block's accumulator and reads the lines into it
/// with `Lines::fold`.
pub(super) fn fold_blocks_by<A: Send>(
    path: &Path,
    fold: impl Fn(Lines) -> (A, BlockRead) + Sync,
) -> Result<(Vec<A>, Vec<LogWarning>), LogError> {
    let mut file = File::open(path).map_err(|e| io_error(path, &e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(LogError { path: path.to_owned(), message: Text::msg("log-is-directory") });
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 16);
    let (block_tx, block_rx) = mpsc::sync_channel::<Block>(workers * 2);
    let block_rx = std::sync::Mutex::new(block_rx);
    let (parsed_tx, parsed_rx) = mpsc::channel::<Parsed<A>>();
    // Buffers go back to the reading thread once parsed: a few buffers for
    // the whole file, not a fresh one (and fresh pages) per block.
    let (spare_tx, spare_rx) = mpsc::channel::<Vec<u8>>();
    let fold = &fold;

    let mut parsed: Vec<Parsed<A>> = Vec::new();
    let dropped = std::thread::scope(|scope| {
        for _ in 0..workers {
            let parsed_tx = parsed_tx.clone();
            let spare_tx = spare_tx.clone();
            let block_rx = &block_rx;
            scope.spawn(move || {
                loop {
                    let Ok(block) = block_rx.lock().map_err(|_| ()).and_then(|rx| rx.recv().map_err(|_| ())) else {
                        return;
                    };
                    let (acc, (lines, warnings)) =
                        fold(Lines { bytes: &block.bytes[..block.len], ends_file: block.ends_file });
                    let done = Parsed { index: block.index, acc, lines, warnings };
                    // Refused only once the reading thread is done with
                    // the file: the buffer is then simply freed.
                    let _ = spare_tx.send(block.bytes);
                    if parsed_tx.send(done).is_err() {
                        return;
                    }
                }
            });
        }
        drop((parsed_tx, spare_tx));
        let dropped = split_blocks(path, &mut file, block_tx, spare_rx);
        parsed.extend(parsed_rx.iter());
        dropped
    })?;

    // Number the lines: every block's, and the dropped ones between them.
    parsed.sort_by_key(|p| p.index);
    let warning = |line, message| LogWarning { path: path.to_owned(), line, message };
    let mut warnings = Vec::new();
    let mut dropped = dropped.into_iter().peekable();
    let mut line = 1;
    let mut accs = Vec::with_capacity(parsed.len());
    for p in parsed {
        while let Some((_, message)) = dropped.next_if(|(before, _)| *before <= p.index) {
            warnings.push(warning(line, message));
            line += 1;
        }
        warnings.extend(p.warnings.into_iter().map(|(i, message)| warning(line + i, message)));
        line += p.lines;
        accs.push(p.acc);
    }
    for (_, message) in dropped {
        warnings.push(warning(line, message));
        line += 1;
    }
    Ok((accs, warnings))
}

impl Lines<'_> {
    /// Reads every line by the rules of `line`, giving each record in it
    /// to `add`; a record `add` refuses is skipped with a warning.
    pub(super) fn fold<A>(
        &self,
        acc: &mut A,
        mut add: impl FnMut(&mut A, &[u8]) -> serde_json::Result<()>,
    ) -> BlockRead {
        let bytes = self.bytes;
        let mut warnings = Vec::new();
        let mut start = 0;
        let mut line = 0;
        while start < bytes.len() {
            let (end, complete, nul) = line_end(bytes, start, self.ends_file);
            if end - start > MAX_LINE_BYTES {
                let why = Text::msg("log-line-too-long").arg("limit", (MAX_LINE_BYTES / (1024 * 1024)) as i64);
                warnings.push((line, why));
            } else {
                judge_line(
                    &bytes[start..end],
                    complete,
                    nul,
                    |piece| add(acc, piece),
                    |judged| {
                        if let Line::Skipped(why) = judged {
                            warnings.push((line, why));
                        }
                    },
                );
            }
            start = end;
            line += 1;
        }
        (line, warnings)
    }
}

/// Where the line from `start` ends (after its line break), whether it
/// has one, and whether it holds a NUL byte. One pass finds both: NUL bytes
/// are rare, and a second pass over every byte of the log to rule them out
/// cost as much as finding the line ends.
fn line_end(bytes: &[u8], start: usize, ends_file: bool) -> (usize, bool, bool) {
    let end = |from: usize, nul| match memchr::memchr(b'\n', &bytes[from..]) {
        Some(i) => (from + i + 1, true, nul),
        None => (bytes.len(), !ends_file, nul),
    };
    match memchr::memchr2(b'\n', 0, &bytes[start..]) {
        Some(i) if bytes[start + i] == 0 => end(start + i + 1, true),
        Some(i) => (start + i + 1, true, false),
        None => (bytes.len(), !ends_file, false),
    }
}

/// Reads the file and sends it on in blocks of whole lines, reading
/// straight into the block's buffer. Returns the lines too long to keep,
/// which only this thread sees.
fn split_blocks(
    path: &Path,
    file: &mut File,
    tx: mpsc::SyncSender<Block>,
    spare: mpsc::Receiver<Vec<u8>>,
) -> Result<Dropped, LogError> {
    let too_long = || Text::msg("log-line-too-long").arg("limit", (MAX_LINE_BYTES / (1024 * 1024)) as i64);
    let fresh = || vec![0u8; BLOCK + READ];
    let mut dropped = Vec::new();
    // The buffer being filled: every byte of it is initialized, the first
    // `filled` are data.
    let mut buf = fresh();
    let mut filled = 0;
    let mut index = 0;
    // Inside a line that is already too long: drop bytes up to its end.
    let mut skipping = false;
    let mut first = true;
    loop {
        if buf.len() - filled < READ {
            buf.resize(filled + READ, 0);
        }
        let n = match file.read(&mut buf[filled..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_error(path, &e)),
        };
        if first && n > 0 {
            first = false;
            // A log starts with a record: anything else is some other
            // kind of file (an image, a spreadsheet, a report), not a
            // damaged log.
            if !looks_like_log(&buf[..n.min(4096)]) {
                return Err(LogError { path: path.to_owned(), message: Text::msg("log-binary") });
            }
        }
        let eof = n == 0;
        if skipping {
            match memchr::memchr(b'\n', &buf[filled..filled + n]) {
                Some(i) => {
                    skipping = false;
                    buf.copy_within(filled + i + 1..filled + n, 0);
                    filled = n - i - 1;
                }
                None if eof => break,
                None => continue,
            }
        } else {
            filled += n;
        }
        // Hand on the whole lines once there is a block's worth, at the end,
        // or before an unfinished line grows too long to keep.
        let cut = if eof { Some(filled) } else { memchr::memrchr(b'\n', &buf[..filled]).map(|i| i + 1) };
        let send = cut.is_some_and(|cut| eof || cut >= BLOCK || filled - cut > MAX_LINE_BYTES);
        if let Some(cut) = cut.filter(|_| send) {
            let mut next = spare.try_recv().unwrap_or_else(|_| fresh());
            let rest = filled - cut;
            if next.len() < rest + READ {
                next.resize(rest + READ, 0);
            }
            next[..rest].copy_from_slice(&buf[cut..filled]);
            let bytes = std::mem::replace(&mut buf, next);
            filled = rest;
            if cut > 0 {
                let block = Block { index, bytes, len: cut, ends_file: eof };
                index += 1;
                if tx.send(block).is_err() {
                    break;
                }
            }
        }
        // Unless whole lines were kept back, what is left is one unfinished
        // line.
        if !eof && filled > MAX_LINE_BYTES && (send || cut.is_none()) {
            // What is left is one unfinished line, already longer than any
            // record can be: drop it, up to its line break.
            dropped.push((index, too_long()));
            filled = 0;
            skipping = true;
        }
        if eof {
            break;
        }
    }
    Ok(dropped)
}

/// Reads a small file already read whole (a session file of a log folder)
/// by the same rules as `fold_blocks`, on this core: the lines holding a
/// record go to `add`, starting from `acc`.
pub(super) fn fold_bytes<A>(
    path: &Path,
    bytes: Vec<u8>,
    acc: A,
    add: impl Fn(&mut A, &[u8]) -> serde_json::Result<()>,
) -> Result<(A, Vec<LogWarning>), LogError> {
    if !looks_like_log(&bytes[..bytes.len().min(4096)]) {
        return Err(LogError { path: path.to_owned(), message: Text::msg("log-binary") });
    }
    let mut acc = acc;
    let (_, warnings) = Lines { bytes: &bytes, ends_file: true }.fold(&mut acc, add);
    let warning = |(line, message)| LogWarning { path: path.to_owned(), line: line + 1, message };
    Ok((acc, warnings.into_iter().map(warning).collect()))
}
