//! Reading a file the program is given: size limit, binary and UTF-8
//! checks with a position, and offset-to-line/column arithmetic.

use std::path::{Path, PathBuf};

use crate::i18n::Text;

use super::diagnostic::Diagnostic;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Source {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source { path: path.into(), text, line_starts }
    }

    /// Reads a text file, refusing huge, binary and non-UTF-8 files with a
    /// diagnostic that says what and where.
    pub fn read(path: &Path) -> Result<Source, Box<Diagnostic>> {
        use std::io::Read;
        let fail = |msg: Text| Box::new(Diagnostic::whole_file(path, msg));
        let cannot = |e: std::io::Error| fail(Text::msg("load-cannot-read").arg("error", e.to_string()));
        let file = std::fs::File::open(path).map_err(cannot)?;
        let meta = file.metadata().map_err(cannot)?;
        if meta.is_dir() {
            return Err(fail(Text::msg("load-is-directory")));
        }
        let too_large = |size: u64| {
            fail(
                Text::msg("load-too-large")
                    .arg("size", (size / 1024) as i64)
                    .arg("limit", (MAX_FILE_BYTES / 1024) as i64),
            )
        };
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(meta.len()));
        }
        // Read at most one byte past the limit: a device or a file that
        // grows while being read (its size says 0 bytes) never hangs us.
        let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
        if meta.is_file() && meta.len() > 0 {
            let mut file = file;
            file.read_to_end(&mut bytes).map_err(cannot)?;
        } else {
            file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot)?;
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        Source::from_bytes(path, bytes)
    }

    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Source, Box<Diagnostic>> {
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            let (line, column) = line_col_of_bytes(&bytes, at);
            return Err(Box::new(Diagnostic::at_position(path, line, column, Text::msg("load-binary"), None)));
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                // A byte-order mark is harmless; editors on Windows add it.
                let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
                Ok(Source::new(path, text))
            }
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let (line, column) = line_col_of_bytes(e.as_bytes(), at);
                Err(Box::new(Diagnostic::at_position(
                    path,
                    line,
                    column,
                    Text::msg("load-not-utf8"),
                    Some(Text::msg("load-not-utf8-hint")),
                )))
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        (line, column)
    }

    /// Byte offset of a 1-based line and column.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices().nth(column.saturating_sub(1)).map(|(i, _)| start + i).unwrap_or(self.text.len())
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The lines around a 1-based line, for showing a problem in context.
    pub fn context_of(&self, line: usize) -> (Option<String>, Option<String>) {
        let before = (line > 1).then(|| self.line_text(line - 1).to_owned());
        let after = (line < self.line_starts.len()).then(|| self.line_text(line + 1).to_owned());
        (before, after)
    }

    pub fn diagnostic(&self, offset: usize, len: usize, message: Text, hint: Option<Text>) -> Diagnostic {
        let (line, column) = self.line_col(offset);
        let mut d = Diagnostic::at_position(&self.path, line, column, message, hint);
        d.source_line = self.line_text(line).to_owned();
        d.context = self.context_of(line);
        d.len = len.max(1);
        d
    }
}

fn line_col_of_bytes(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}
