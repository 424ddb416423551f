//! Reading a RON document part by part, so that every broken part is
//! reported (not just the first), each with its line and column.
//!
//! First ron checks the syntax of the whole file (a syntax error stops
//! there: what follows it cannot be trusted). Then each field, and each item
//! of a list field, is parsed on its own into its type.

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::i18n::Text;

use super::diagnostic::Diagnostic;
pub use super::explain::{ron_diagnostic, suggestion};
use super::source::Source;
use super::spans::{self, Node, Seg};

pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME).with_recursion_limit(64)
}

pub struct Document<'a> {
    pub src: &'a Source,
    /// Where each part is; worked out when first needed (a valid file that
    /// passes every check never needs it).
    root: std::cell::OnceCell<Node>,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Document<'a> {
    /// Checks the syntax and that the top value is `Name(...)` (or `(...)`).
    pub fn open(src: &'a Source, struct_name: &str) -> Result<Document<'a>, Box<Diagnostic>> {
        if src.text.trim().is_empty() {
            return Err(Box::new(Diagnostic::whole_file(&src.path, Text::msg("load-empty"))));
        }
        if let Err(e) = ron_options().from_str::<IgnoredAny>(&src.text) {
            return Err(Box::new(ron_diagnostic(src, 0, &src.text, &e)));
        }
        let root = spans::parse(&src.text);
        let head = &src.text[root.start..root.end];
        let name: String = head.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let rest = head[name.len()..].trim_start();
        if !rest.starts_with('(') {
            return Err(Box::new(src.diagnostic(
                root.start,
                1,
                Text::msg("load-expected-struct").arg("name", struct_name),
                None,
            )));
        }
        if !name.is_empty() && name != struct_name {
            return Err(Box::new(src.diagnostic(
                root.start,
                name.chars().count(),
                Text::msg("load-wrong-struct").arg("found", name).arg("name", struct_name),
                None,
            )));
        }
        Ok(Document { src, root: root.into(), diags: Vec::new() })
    }

    /// A document whose text has already been read whole, without errors,
    /// into its type: only the places of its parts are still needed (for
    /// the semantic checks).
    pub fn trusted(src: &'a Source) -> Document<'a> {
        Document { src, root: std::cell::OnceCell::new(), diags: Vec::new() }
    }

    /// The tree of the document's parts.
    pub fn root(&self) -> &Node {
        self.root.get_or_init(|| spans::parse(&self.src.text))
    }

    /// Parses the text of `node` into `T`, recording a positioned error.
    pub fn parse_node<T: DeserializeOwned>(&mut self, node: &Node) -> Option<T> {
        let slice = &self.src.text[node.start..node.end];
        match ron_options().from_str::<T>(slice) {
            Ok(v) => Some(v),
            Err(e) => {
                let d = ron_diagnostic(self.src, node.start, slice, &e);
                self.diags.push(d);
                None
            }
        }
    }

    /// A field that must be there.
    pub fn required<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        match self.root().field(name).cloned() {
            Some(node) => self.parse_node(&node),
            None => {
                self.missing(name);
                None
            }
        }
    }

    /// A field that may be left out; `default` when it is.
    pub fn optional<T: DeserializeOwned>(&mut self, name: &str, default: impl FnOnce() -> T) -> Option<T> {
        match self.root().field(name).cloned() {
            Some(node) => self.parse_node(&node),
            None => Some(default()),
        }
    }

    /// A list field whose items are parsed one by one.
    pub fn list<T: DeserializeOwned>(&mut self, name: &str, required: bool) -> Option<Vec<T>> {
        let Some(node) = self.root().field(name).cloned() else {
            if required {
                self.missing(name);
                return None;
            }
            return Some(Vec::new());
        };
        let text = &self.src.text[node.start..node.end];
        if !text.starts_with('[') {
            // Not a list: let ron say what it expected.
            return self.parse_node(&node);
        }
        let mut out = Vec::new();
        let mut ok = true;
        for item in node.items() {
            match self.parse_node(item) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn missing(&mut self, name: &str) {
        let d = self.src.diagnostic(self.root().start, 1, Text::msg("load-missing-field").arg("field", name), None);
        self.diags.push(d.with_hint(Text::msg("load-missing-field-hint").arg("field", name)));
    }

    /// Reports every top-level field that is not in `known`.
    pub fn unknown_fields(&mut self, known: &[&str]) {
        let root = self.root();
        let found: Vec<_> = root
            .field_names()
            .filter(|(name, _)| !known.contains(name))
            .map(|(name, node)| (name.to_owned(), node.start))
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        let dupes: Vec<_> =
            root.field_names().filter(|(n, _)| !seen.insert(*n)).map(|(n, node)| (n.to_owned(), node.start)).collect();
        for (name, value_start) in found {
            // Point at the field name, just before its value.
            let key_start = self.src.text[..value_start].rfind(name.as_str()).unwrap_or(value_start);
            let d = self.src.diagnostic(
                key_start,
                name.chars().count(),
                Text::msg("load-unknown-field").arg("field", name.clone()),
                Some(suggestion(&name, known)),
            );
            self.diags.push(d);
        }
        for (name, at) in dupes {
            let d = self.src.diagnostic(at, 1, Text::msg("load-duplicate-field").arg("field", name), None);
            self.diags.push(d);
        }
    }

    /// An error about the part at `path` (a semantic error).
    pub fn error_at(&mut self, path: &[Seg], message: Text, hint: Option<Text>) {
        let node = self.root().find(path);
        let len = self.src.text[node.start..node.end].lines().next().map_or(1, |l| l.chars().count());
        let d = self.src.diagnostic(node.start, len, message, hint);
        self.diags.push(d);
    }
}

/// Builds a path for `Document::error_at`.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => { &[$($crate::load::spans::Seg::from($seg)),*][..] };
}

impl<'a> From<&'a str> for Seg<'a> {
    fn from(s: &'a str) -> Self {
        Seg::F(s)
    }
}

impl From<usize> for Seg<'_> {
    fn from(i: usize) -> Self {
        Seg::I(i)
    }
}
