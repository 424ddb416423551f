//! Where each part of a RON document is: a tree of byte ranges keyed by
//! field name, map key or list index. Used on text ron has already accepted
//! as syntax, to parse fields one by one and to point a semantic error at
//! the exact field. Tolerant: it never panics, whatever the input.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Field(String),
    Index(usize),
}

/// A step of a path into a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    F(&'a str),
    I(usize),
}

#[derive(Clone, Debug, Default)]
pub struct Node {
    pub start: usize,
    pub end: usize,
    pub children: Vec<(Key, Node)>,
}

impl Node {
    pub fn field(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|(k, _)| matches!(k, Key::Field(f) if f == name)).map(|(_, n)| n)
    }

    pub fn index(&self, i: usize) -> Option<&Node> {
        self.children.iter().find(|(k, _)| *k == Key::Index(i)).map(|(_, n)| n)
    }

    /// The node at `path`, or the deepest node on the way there.
    pub fn find(&self, path: &[Seg]) -> &Node {
        let mut node = self;
        for seg in path {
            let next = match seg {
                Seg::F(name) => node.field(name),
                Seg::I(i) => node.index(*i),
            };
            // Enum variants and `Some(..)` wrap their content one level down.
            let next = next.or_else(|| {
                let inner = node.index(0)?;
                match seg {
                    Seg::F(name) => inner.field(name),
                    Seg::I(i) => inner.index(*i),
                }
            });
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    pub fn field_names(&self) -> impl Iterator<Item = (&str, &Node)> {
        self.children.iter().filter_map(|(k, n)| match k {
            Key::Field(f) => Some((f.as_str(), n)),
            Key::Index(_) => None,
        })
    }

    pub fn items(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter(|(k, _)| matches!(k, Key::Index(_))).map(|(_, n)| n)
    }
}

/// The tree of the document's top value.
pub fn parse(text: &str) -> Node {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    p.ws();
    p.value()
}

/// The name before the top value's `(` (`Scenario`, `Policy`, ...), or ""
/// when there is none; reads only the start of the text.
pub fn top_name(text: &str) -> &str {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    p.ws();
    let start = p.i;
    while p.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
        p.i += 1;
    }
    text.get(start..p.i).unwrap_or("")
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

/// Part of a bare word: numbers, identifiers (RON allows Unicode ones, so
/// every byte of a non-ASCII character counts), `true`, `-1.5e3`, ...
fn is_atom(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-' | b'#') || c >= 0x80
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.s.get(self.i + n).copied()
    }

    /// Steps over one whole character, so that every offset the tree holds
    /// is a character boundary of the text.
    fn bump(&mut self) {
        self.i += 1;
        while self.s.get(self.i).is_some_and(|&c| c & 0xC0 == 0x80) {
            self.i += 1;
        }
        self.i = self.i.min(self.s.len());
    }

    /// Whitespace, comments and `#![...]` attributes.
    fn ws(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_ascii_whitespace() => self.i += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.i += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.i += 2;
                    let mut level = 1;
                    while level > 0 && self.i < self.s.len() {
                        match (self.peek(), self.peek_at(1)) {
                            (Some(b'/'), Some(b'*')) => {
                                level += 1;
                                self.i += 2;
                            }
                            (Some(b'*'), Some(b'/')) => {
                                level -= 1;
                                self.i += 2;
                            }
                            _ => self.i += 1,
                        }
                    }
                }
                (Some(b'#'), Some(b'!')) => {
                    while self.peek().is_some_and(|c| c != b']') {
                        self.i += 1;
                    }
                    self.i = (self.i + 1).min(self.s.len());
                }
                _ => return,
            }
        }
    }

    fn value(&mut self) -> Node {
        let start = self.i;
        self.depth += 1;
        let mut node = Node { start, end: start, children: Vec::new() };
        if self.depth > 256 {
            self.i = self.s.len();
        } else {
            match self.peek() {
                None => {}
                Some(b'"') => self.quoted(b'"'),
                Some(b'\'') => self.quoted(b'\''),
                Some(b'r') if matches!(self.peek_at(1), Some(b'"' | b'#')) && self.raw_string() => {}
                Some(b'b') if self.peek_at(1) == Some(b'"') => {
                    self.i += 1;
                    self.quoted(b'"');
                }
                Some(b'(') => node.children = self.group(b')'),
                Some(b'[') => node.children = self.group(b']'),
                Some(b'{') => node.children = self.map(),
                Some(c) if is_atom(c) => {
                    while self.peek().is_some_and(is_atom) {
                        self.i += 1;
                    }
                    let save = self.i;
                    self.ws();
                    if self.peek() == Some(b'(') {
                        node.children = self.group(b')');
                    } else {
                        self.i = save;
                    }
                }
                Some(_) => self.bump(),
            }
        }
        self.depth -= 1;
        node.end = self.i;
        node
    }

    /// A string or a char literal, from its opening `quote` past the
    /// closing one (or to the end of the text).
    fn quoted(&mut self, quote: u8) {
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                c if c == quote => break,
                _ => {}
            }
        }
        self.i = self.i.min(self.s.len());
    }

    /// `r"..."` or `r#"..."#`; false (nothing consumed) when it is an
    /// identifier such as `r#type` instead.
    fn raw_string(&mut self) -> bool {
        let mut j = self.i + 1;
        let mut hashes = 0;
        while self.s.get(j) == Some(&b'#') {
            hashes += 1;
            j += 1;
        }
        if self.s.get(j) != Some(&b'"') {
            return false;
        }
        j += 1;
        while j < self.s.len() {
            if self.s[j] == b'"' && self.s[j + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes {
                self.i = j + 1 + hashes;
                return true;
            }
            j += 1;
        }
        self.i = self.s.len();
        true
    }

    fn group(&mut self, close: u8) -> Vec<(Key, Node)> {
        self.i += 1;
        let mut out = Vec::new();
        let mut index = 0;
        loop {
            self.ws();
            match self.peek() {
                None => break,
                Some(c) if c == close => {
                    self.i += 1;
                    break;
                }
                _ => {}
            }
            let before = self.i;
            // `name: value` inside parentheses is a field.
            let mut key = None;
            if close == b')' && self.peek().is_some_and(is_ident_start) {
                let mut j = self.i;
                while self.s.get(j).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'#') {
                    j += 1;
                }
                let name = String::from_utf8_lossy(&self.s[self.i..j]).into_owned();
                let save = self.i;
                self.i = j;
                self.ws();
                if self.peek() == Some(b':') && self.peek_at(1) != Some(b':') {
                    self.i += 1;
                    self.ws();
                    key = Some(name.trim_start_matches("r#").to_owned());
                } else {
                    self.i = save;
                }
            }
            let v = self.value();
            match key {
                Some(k) => out.push((Key::Field(k), v)),
                None => {
                    out.push((Key::Index(index), v));
                    index += 1;
                }
            }
            self.after_entry(before);
        }
        out
    }

    /// Past the comma after an entry that started at `before`; a stray
    /// character that made no progress is skipped, so reading always ends.
    fn after_entry(&mut self, before: usize) {
        self.ws();
        if self.peek() == Some(b',') {
            self.i += 1;
        }
        if self.i == before {
            self.bump();
        }
    }

    fn map(&mut self) -> Vec<(Key, Node)> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            self.ws();
            match self.peek() {
                None => break,
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                _ => {}
            }
            let before = self.i;
            let k = self.value();
            let key = String::from_utf8_lossy(&self.s[k.start..k.end]).trim_matches('"').to_owned();
            self.ws();
            if self.peek() == Some(b':') {
                self.i += 1;
                self.ws();
            }
            let mut v = self.value();
            // Point at the key: that is where a reader looks for an entry.
            v.start = k.start;
            out.push((Key::Field(key), v));
            self.after_entry(before);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_items_and_map_entries() {
        let text = "#![enable(implicit_some)]\n// c\nS(\n  a: 1,\n  b: [X(q: \"a)\"), Y(r#\"(\"#)],\n  m: { Order: (text: \"x\") },\n  o: Some(T(z: 2)),\n)";
        let root = parse(text);
        let at = |path: &[Seg]| {
            let n = root.find(path);
            &text[n.start..n.end]
        };
        assert_eq!(at(&[Seg::F("a")]), "1");
        assert_eq!(at(&[Seg::F("b"), Seg::I(0), Seg::F("q")]), "\"a)\"");
        assert_eq!(at(&[Seg::F("b"), Seg::I(1)]), "Y(r#\"(\"#)");
        assert_eq!(at(&[Seg::F("m"), Seg::F("Order"), Seg::F("text")]), "\"x\"");
        assert_eq!(at(&[Seg::F("o"), Seg::F("z")]), "2");
    }

    proptest::proptest! {
        /// Whatever the text, every range in the tree can be sliced out of it.
        #[test]
        fn every_range_is_on_character_boundaries(text in "\\PC{0,40}|[(\\[{:,\"'ėƝ€a-z0-9 ]{0,60}") {
            fn check(text: &str, n: &Node) {
                assert!(n.start <= n.end && n.end <= text.len());
                assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end), "{n:?} in {text:?}");
                for (_, c) in &n.children {
                    check(text, c);
                }
            }
            check(&text, &parse(&text));
        }
    }

    #[test]
    fn never_panics_on_garbage() {
        for text in ["", "(", "[[[", "\"", "r#\"", "/*", "#!", "((a:", "{:}", "'\\", "Ɲ", "(ė", "[€,ė]", "{ė:€}"]
        {
            let _ = parse(text);
        }
    }
}
