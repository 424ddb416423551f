//! Reading a whole log fast: the file is read in blocks of whole lines,
//! and the blocks are parsed on every core at once, in order. A big class
//! log (a million sessions, a few GB) is read in seconds, not minutes.
//!
//! A file with binary data at its start is refused; a line longer than `MAX_LINE_BYTES` is dropped (never held in
//! memory) with a warning; a damaged or torn line is skipped with its
//! number; everything else is kept.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::mpsc;

use crate::i18n::Text;

use super::{Line, LogError, LogWarning, MAX_LINE_BYTES, io_error, judge_line};

/// Bytes of whole lines handed to one worker at a time.
const BLOCK: usize = 4 * 1024 * 1024;

/// One block of whole lines, numbered from `first_line` (1-based); the
/// last block of a file may end without a line break.
struct Block {
    index: usize,
    first_line: usize,
    bytes: Vec<u8>,
    ends_file: bool,
}

/// The records and skipped lines of one block.
struct Parsed<T> {
    index: usize,
    records: Vec<T>,
    warnings: Vec<(usize, Text)>,
}

pub fn read_records<T: Send>(
    path: &Path,
    parse: impl Fn(&[u8]) -> serde_json::Result<T> + Sync,
) -> Result<(Vec<T>, Vec<LogWarning>), LogError> {
    let mut file = File::open(path).map_err(|e| io_error(path, &e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(LogError { path: path.to_owned(), message: Text::msg("log-is-directory") });
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 16);
    let (block_tx, block_rx) = mpsc::sync_channel::<Block>(workers * 2);
    let block_rx = std::sync::Mutex::new(block_rx);
    let (parsed_tx, parsed_rx) = mpsc::channel::<Parsed<T>>();
    let parse = &parse;

    let mut parsed: Vec<Parsed<T>> = Vec::new();
    let split = std::thread::scope(|scope| {
        for _ in 0..workers {
            let parsed_tx = parsed_tx.clone();
            let block_rx = &block_rx;
            scope.spawn(move || {
                loop {
                    let Ok(block) = block_rx.lock().map_err(|_| ()).and_then(|rx| rx.recv().map_err(|_| ())) else {
                        return;
                    };
                    if parsed_tx.send(parse_block(&block, parse)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(parsed_tx);
        let split = split_blocks(path, &mut file, block_tx);
        parsed.extend(parsed_rx.iter());
        split
    })?;

    parsed.sort_by_key(|p| p.index);
    let mut warnings: Vec<LogWarning> =
        split.into_iter().map(|(line, message)| LogWarning { path: path.to_owned(), line, message }).collect();
    let mut records = Vec::new();
    for p in parsed {
        records.extend(p.records);
        warnings.extend(p.warnings.into_iter().map(|(line, message)| LogWarning {
            path: path.to_owned(),
            line,
            message,
        }));
    }
    warnings.sort_by_key(|w| w.line);
    Ok((records, warnings))
}

fn parse_block<T>(block: &Block, parse: &impl Fn(&[u8]) -> serde_json::Result<T>) -> Parsed<T> {
    let mut out = Parsed { index: block.index, records: Vec::new(), warnings: Vec::new() };
    let bytes = &block.bytes;
    let mut start = 0;
    let mut line = block.first_line;
    while start < bytes.len() {
        let (end, complete) = match memchr::memchr(b'\n', &bytes[start..]) {
            Some(i) => (start + i + 1, true),
            None => (bytes.len(), !block.ends_file),
        };
        let judged = if end - start > MAX_LINE_BYTES {
            Line::Skipped(Text::msg("log-line-too-long").arg("limit", (MAX_LINE_BYTES / (1024 * 1024)) as i64))
        } else {
            judge_line(&bytes[start..end], complete, parse)
        };
        match judged {
            Line::Blank => {}
            Line::Record(r) => out.records.push(r),
            Line::Skipped(why) => out.warnings.push((line, why)),
        }
        start = end;
        line += 1;
    }
    out
}

/// Reads the file and sends it on in blocks of whole lines. Returns the
/// warnings only this thread can give (lines too long to keep).
fn split_blocks(path: &Path, file: &mut File, tx: mpsc::SyncSender<Block>) -> Result<Vec<(usize, Text)>, LogError> {
    let mut warnings = Vec::new();
    let mut pending: Vec<u8> = Vec::with_capacity(BLOCK + BLOCK / 4);
    let mut chunk = vec![0u8; BLOCK];
    let mut index = 0;
    let mut next_line = 1;
    // Inside a line that is already too long: drop bytes up to its end.
    let mut skipping = false;
    let mut first = true;
    loop {
        let n = match file.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_error(path, &e)),
        };
        if first && n > 0 {
            first = false;
            // A log is text: a NUL byte at the start means some other kind
            // of file (an image, a spreadsheet, a device), not a damaged log.
            if chunk[..n.min(4096)].contains(&0) {
                return Err(LogError { path: path.to_owned(), message: Text::msg("log-binary") });
            }
        }
        let mut data = &chunk[..n];
        if skipping {
            match memchr::memchr(b'\n', data) {
                Some(i) => {
                    skipping = false;
                    data = &data[i + 1..];
                }
                None if n == 0 => break,
                None => continue,
            }
        }
        pending.extend_from_slice(data);
        let eof = n == 0;
        // Hand on the whole lines once there is a block's worth, at the end,
        // or before an unfinished line grows too long to keep.
        let cut = if eof { Some(pending.len()) } else { memchr::memrchr(b'\n', &pending).map(|i| i + 1) };
        if let Some(cut) = cut
            && (eof || cut >= BLOCK || pending.len() - cut > MAX_LINE_BYTES)
        {
            let rest = pending.split_off(cut);
            let bytes = std::mem::replace(&mut pending, rest);
            if !bytes.is_empty() {
                let lines = memchr::memchr_iter(b'\n', &bytes).count() + usize::from(bytes.last() != Some(&b'\n'));
                let block = Block { index, first_line: next_line, bytes, ends_file: eof };
                index += 1;
                next_line += lines;
                if tx.send(block).is_err() {
                    break;
                }
            }
        }
        if !eof && pending.len() > MAX_LINE_BYTES {
            // What is left is one unfinished line, already longer than any
            // record can be: drop it, up to its line break.
            warnings.push((
                next_line,
                Text::msg("log-line-too-long").arg("limit", (MAX_LINE_BYTES / (1024 * 1024)) as i64),
            ));
            next_line += 1;
            pending.clear();
            skipping = true;
        }
        if eof {
            break;
        }
    }
    Ok(warnings)
}
