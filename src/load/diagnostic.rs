//! A problem in a file, with its place, and how it is shown: one block per
//! problem in the style of a compiler (miette), or one line per problem.

use std::path::{Path, PathBuf};

use miette::{GraphicalReportHandler, GraphicalTheme, NamedSource, SourceSpan};

use crate::i18n::{Lang, Text, tr};

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub path: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// Characters to underline.
    pub len: usize,
    pub message: Text,
    pub hint: Option<Text>,
    pub source_line: String,
    /// The lines just before and after, shown around it.
    pub context: (Option<String>, Option<String>),
}

impl Diagnostic {
    pub fn whole_file(path: &Path, message: Text) -> Diagnostic {
        Diagnostic {
            path: path.to_owned(),
            line: 0,
            column: 0,
            len: 0,
            message,
            hint: None,
            source_line: String::new(),
            context: (None, None),
        }
    }

    pub fn at_position(path: &Path, line: usize, column: usize, message: Text, hint: Option<Text>) -> Diagnostic {
        Diagnostic {
            path: path.to_owned(),
            line,
            column,
            len: 1,
            message,
            hint,
            source_line: String::new(),
            context: (None, None),
        }
    }

    pub fn with_hint(mut self, hint: Text) -> Diagnostic {
        self.hint = Some(hint);
        self
    }

    /// `file:line:column`, or just the file.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.path.display().to_string()
        } else {
            format!("{}:{}:{}", self.path.display(), self.line, self.column)
        }
    }

    /// One line: `file:line:column: message (hint)`.
    pub fn one_line(&self, lang: Lang) -> String {
        let s = format!("{}: {}", self.location(), self.message.render(lang));
        match &self.hint {
            Some(h) => format!("{s} ({})", h.render(lang)),
            None => s,
        }
    }

    /// A block with the offending line underlined and the hint below it.
    pub fn render(&self, lang: Lang, color: bool) -> String {
        let message = self.message.render(lang);
        let help = self.hint.as_ref().map(|h| h.render(lang));
        if self.line == 0 {
            let s = format!("{}: {}: {}\n", tr(lang, "diag-error"), self.path.display(), message);
            return match help {
                Some(h) => format!("{s}  {}: {h}\n", tr(lang, "diag-hint")),
                None => s,
            };
        }
        // Show the offending line with its real line number and its
        // neighbours: pad the snippet with empty lines so miette counts from
        // the right place.
        let (before, after) = &self.context;
        let first = if before.is_some() { self.line - 1 } else { self.line };
        let mut text = "\n".repeat(first - 1);
        if let Some(b) = before {
            text.push_str(b);
            text.push('\n');
        }
        let padding_len = text.len();
        text.push_str(&self.source_line);
        text.push('\n');
        if let Some(a) = after {
            text.push_str(a);
            text.push('\n');
        }
        let col_offset: usize = self.source_line.chars().take(self.column - 1).map(char::len_utf8).sum();
        let len: usize =
            self.source_line[col_offset.min(self.source_line.len())..].chars().take(self.len).map(char::len_utf8).sum();
        let report = Report {
            message: message.clone(),
            src: NamedSource::new(self.path.display().to_string(), text),
            span: SourceSpan::new((padding_len + col_offset).into(), len),
            help,
        };
        let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
        let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
        let mut out = String::new();
        if handler.render_report(&mut out, &report).is_err() {
            return self.one_line(lang) + "\n";
        }
        out
    }
}

#[derive(Debug)]
struct Report {
    message: String,
    src: NamedSource<String>,
    span: SourceSpan,
    help: Option<String>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(miette::LabeledSpan::new_with_span(None, self.span))))
    }
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }
}
