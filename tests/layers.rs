//! The crate's layers point one way. Every path in src/ (in `use` trees and
//! in code: `crate::`, `self::`, `super::`, `::klachtsim::`, a child
//! module's name, and names a `use` gave a module) is read as text and
//! resolved to the module file it names, through the re-exports of a
//! folder's `mod.rs` (`pub use record::Record` counts as `record`). The test
//! fails when
//! - anything outside src/cli/ (and the binary) names the command line,
//!   or a test, benchmark or fuzz target does (other than through its front
//!   door `cli::run`, which the command line's own tests drive);
//! - anything outside src/game/ names the game or Bevy and egui;
//! - the modules of one folder use each other in a cycle, at any level: the
//!   top-level modules of the crate, the files of `log/`, and so on.
//!
//! A folder's own `mod.rs` and its files may use each other: the `mod.rs`
//! holds what they share and wires them up (as bevy_new_2d's plugins do).
//! Unit tests (`#[cfg(test)] mod tests`) count as modules inside their file:
//! they must not name the command line either, but what a test uses to
//! check its module is no part of the design and makes no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

const CRATE: &str = "klachtsim";

/// What marks a file's unit tests as a module of their own.
const TESTS: &str = "#";

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a file below src/: `log/record.rs` is `[log, record]`,
/// `log/mod.rs` is `[log]`, `lib.rs` is `[]`.
fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: ModPath = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The code of a file without comments, strings and char literals, so that
/// prose does not count as a dependency.
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            while it.peek().is_some_and(|(_, c)| *c != '\n') {
                it.next();
            }
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(text.len(), |e| i + e + 2);
            while it.peek().is_some_and(|(j, _)| *j < end) {
                it.next();
            }
            out.push(' ');
        } else if c == '"' {
            while let Some((_, c)) = it.next() {
                match c {
                    '\\' => {
                        it.next();
                    }
                    '"' => break,
                    _ => {}
                }
            }
            out.push_str("\"\"");
        } else if c == '\'' {
            // A char literal ('x', '\'', '\u{e9}', 'é') or a lifetime ('a).
            let mut ahead = it.clone();
            match ahead.next() {
                Some((_, '\\')) => {
                    ahead.next();
                    while ahead.peek().is_some_and(|(_, c)| *c != '\'') {
                        ahead.next();
                    }
                    ahead.next();
                    it = ahead;
                    out.push_str("' '");
                }
                Some(_) if ahead.peek().is_some_and(|(_, c)| *c == '\'') => {
                    ahead.next();
                    it = ahead;
                    out.push_str("' '");
                }
                _ => out.push('\''),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A file's code as the modules it holds: the file's own module, and its
/// unit tests (from `#[cfg(test)] mod NAME` on) as a module inside it.
fn parts_of(code: &str, module: &ModPath) -> Vec<(ModPath, String)> {
    for (i, l) in code.lines().enumerate() {
        if l.trim() != "#[cfg(test)]" {
            continue;
        }
        let next = code.lines().nth(i + 1).unwrap_or("").trim_start();
        let name = next.strip_prefix("pub ").unwrap_or(next).strip_prefix("mod ").map(|r| {
            let end = r.find(|c: char| !is_ident(c)).unwrap_or(r.len());
            r[..end].to_owned()
        });
        if let Some(name) = name {
            let cut: usize = code.lines().take(i).map(|l| l.len() + 1).sum();
            let mut inner = module.clone();
            inner.push(format!("{TESTS}{name}"));
            return vec![(module.clone(), code[..cut].to_owned()), (inner, code[cut..].to_owned())];
        }
    }
    vec![(module.clone(), code.to_owned())]
}

/// One leaf of a `use` tree: its path and the name it brings in.
#[derive(Debug, PartialEq)]
struct UseLeaf {
    path: Vec<String>,
    alias: Option<String>,
}

/// The leaves of the `use` tree `tree` (the text between `use` and `;`).
fn use_leaves(tree: &str, prefix: &[String], out: &mut Vec<UseLeaf>) {
    let tree = tree.trim();
    let (head, group) = match tree.find('{') {
        Some(open) if tree.ends_with('}') => (&tree[..open], Some(&tree[open + 1..tree.len() - 1])),
        _ => (tree, None),
    };
    let mut path = prefix.to_vec();
    let (head, alias) = match head.split_once(" as ") {
        Some((h, a)) => (h, Some(a.trim().to_owned())),
        None => (head, None),
    };
    path.extend(head.split("::").map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()));
    let Some(group) = group else {
        out.push(UseLeaf { path, alias });
        return;
    };
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                use_leaves(&group[start..i], &path, out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !group[start..].trim().is_empty() {
        use_leaves(&group[start..], &path, out);
    }
}

/// Whether the code before a keyword ends in `pub` or `pub(...)`.
fn is_pub(before: &str) -> bool {
    let before = before.trim_end();
    let before = match before.strip_suffix(')') {
        Some(b) => b.rfind('(').map_or(b, |open| b[..open].trim_end()),
        None => before,
    };
    before.ends_with("pub") && !before[..before.len() - 3].ends_with(|c: char| is_ident(c))
}

/// The `use` statements of some code, as leaves, with whether each is
/// public (a re-export).
fn uses(code: &str) -> Vec<(bool, UseLeaf)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("use ") {
        if code[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let public = is_pub(&code[..at]);
        let Some(end) = code[at..].find(';') else { continue };
        let mut leaves = Vec::new();
        use_leaves(&code[at + 4..at + end], &[], &mut leaves);
        out.extend(leaves.into_iter().map(|l| (public, l)));
    }
    out
}

/// Every path written in code outside `use` statements: `a::b::c` and
/// `::a::b` (then starting with an empty segment).
fn inline_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let b = code.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts_word = (b[i] as char).is_alphabetic() || b[i] == b'_';
        let leading = b[i..].starts_with(b"::") && (i == 0 || !is_ident(b[i - 1] as char) && b[i - 1] != b':');
        let after_other = i > 0 && (is_ident(b[i - 1] as char) || b[i - 1] == b':');
        if !(leading || starts_word && !after_other) {
            i += 1;
            continue;
        }
        let mut segs = Vec::new();
        let mut j = i;
        if leading {
            segs.push(String::new());
            j += 2;
        }
        loop {
            let len = code[j..].find(|c: char| !is_ident(c)).unwrap_or(code.len() - j);
            if len == 0 {
                break;
            }
            segs.push(code[j..j + len].to_owned());
            j += len;
            if code[j..].starts_with("::") && code[j + 2..].starts_with(|c: char| is_ident(c)) {
                j += 2;
            } else {
                break;
            }
        }
        if segs.len() > 1 {
            out.push(segs);
        }
        i = j.max(i + 1);
    }
    out
}

/// What the modules of the crate are and what each of them re-exports.
struct Crate {
    modules: BTreeSet<ModPath>,
    /// Per module, a name it re-exports and the child module that has it.
    reexports: BTreeMap<ModPath, BTreeMap<String, String>>,
}

impl Crate {
    /// The module a path written in `module` names, or `None` when it is
    /// not one of this crate's (another crate's, or a local name).
    fn resolve(&self, module: &ModPath, path: &[String], aliases: &BTreeMap<String, ModPath>) -> Option<ModPath> {
        let (first, rest) = path.split_first()?;
        let (mut base, rest): (ModPath, &[String]) = match first.as_str() {
            "crate" => (Vec::new(), rest),
            "" if rest.first().is_some_and(|s| s == CRATE) => (Vec::new(), &rest[1..]),
            CRATE => (Vec::new(), rest),
            "self" => (module.clone(), rest),
            "super" => {
                let mut base = module.clone();
                base.pop();
                let ups = rest.iter().take_while(|s| *s == "super").count();
                for _ in 0..ups {
                    base.pop();
                }
                (base, &rest[ups..])
            }
            name if aliases.contains_key(name) => (aliases[name].clone(), rest),
            name if !module.is_empty() && self.modules.contains(&[module.as_slice(), &[name.to_owned()]].concat()) => {
                (module.clone(), path)
            }
            _ => return None,
        };
        let mut rest = rest.iter().filter(|s| *s != "self" && *s != "*");
        for seg in rest.by_ref() {
            let mut next = base.clone();
            next.push(seg.clone());
            if self.modules.contains(&next) {
                base = next;
            } else {
                // An item of `base`: through a re-export, its child's.
                if let Some(child) = self.reexports.get(&base).and_then(|r| r.get(seg)) {
                    base.push(child.clone());
                }
                break;
            }
        }
        Some(base)
    }
}

/// The `pub` items a file defines by name (for glob re-exports).
fn public_items(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for kw in ["struct ", "enum ", "fn ", "const ", "type ", "trait ", "static ", "mod "] {
        for (at, _) in code.match_indices(kw) {
            if is_pub(&code[..at]) && !code[..at].ends_with(|c: char| is_ident(c)) {
                let r = &code[at + kw.len()..];
                let end = r.find(|c: char| !is_ident(c)).unwrap_or(r.len());
                out.insert(r[..end].to_owned());
            }
        }
    }
    out
}

/// Each module of the crate below `src` and the modules it names.
fn dependencies(src: &Path) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let files: Vec<PathBuf> = rust_files(src).into_iter().filter(|f| !f.ends_with("main.rs")).collect();
    let mut parts = Vec::new();
    for f in &files {
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        parts.extend(parts_of(&code, &module_of(src, f)));
    }
    let modules: BTreeSet<ModPath> = parts.iter().map(|(m, _)| m.clone()).collect();
    let items: BTreeMap<ModPath, BTreeSet<String>> =
        parts.iter().map(|(m, code)| (m.clone(), public_items(code))).collect();
    let mut krate = Crate { modules, reexports: BTreeMap::new() };
    for (m, code) in &parts {
        let mut names = BTreeMap::new();
        for (_, leaf) in uses(code).into_iter().filter(|(public, _)| *public) {
            let Some((child, rest)) = leaf.path.split_first() else { continue };
            let mut child_mod = m.clone();
            child_mod.push(child.clone());
            if !krate.modules.contains(&child_mod) {
                continue;
            }
            match rest.last().map(String::as_str) {
                Some("*") => {
                    for n in items.get(&child_mod).into_iter().flatten() {
                        names.entry(n.clone()).or_insert_with(|| child.clone());
                    }
                }
                Some(n) => {
                    names.insert(leaf.alias.clone().unwrap_or_else(|| n.to_owned()), child.clone());
                }
                None => {}
            }
        }
        krate.reexports.insert(m.clone(), names);
    }
    let mut deps = BTreeMap::new();
    for (m, code) in &parts {
        let leaves = uses(code);
        let mut aliases = BTreeMap::new();
        for (_, leaf) in &leaves {
            if let Some(target) = krate.resolve(m, &leaf.path, &BTreeMap::new())
                && krate.modules.contains(&target)
                && leaf.path.last().is_some_and(|l| l == "self" || target.last() == Some(l))
            {
                let name = leaf.alias.clone().or_else(|| target.last().cloned());
                if let Some(name) = name {
                    aliases.insert(name, target);
                }
            }
        }
        let named: BTreeSet<ModPath> = leaves
            .iter()
            .map(|(_, l)| l.path.clone())
            .chain(inline_paths(code))
            .filter_map(|p| krate.resolve(m, &p, &aliases))
            .collect();
        deps.insert(m.clone(), named);
    }
    deps
}

/// For each folder, the graph of its children: child -> children it names.
/// A module naming its own ancestor or descendant adds no edge.
fn folder_graphs(deps: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> {
    let mut graphs: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (from, named) in deps {
        for to in named {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == to.len() {
                continue;
            }
            let folder = from[..common].to_vec();
            graphs.entry(folder).or_default().entry(from[common].clone()).or_default().insert(to[common].clone());
        }
    }
    graphs
}

/// A cycle in a folder's graph of children, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_owned(), 1);
        stack.push(n.to_owned());
        for m in graph.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|s| s == m).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(m, graph, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0
            && let Some(c) = visit(n, graph, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cycles(src: &Path) -> Vec<String> {
    let mut deps = dependencies(src);
    // What a module's unit tests use to check it is no part of its design.
    deps.retain(|m, _| !m.iter().any(|s| s.starts_with(TESTS)));
    let mut cycles = Vec::new();
    for (folder, graph) in folder_graphs(&deps) {
        if let Some(c) = find_cycle(&graph) {
            let at = if folder.is_empty() { "crate".to_owned() } else { folder.join("::") };
            cycles.push(format!("in {at}: {}", c.join(" -> ")));
        }
    }
    cycles
}

#[test]
fn no_module_uses_its_siblings_in_a_cycle() {
    let cycles = cycles(&manifest().join("src"));
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn only_the_binary_names_the_command_line_and_only_the_game_names_bevy() {
    let src = manifest().join("src");
    let deps = dependencies(&src);
    let (cli, game) = (vec!["cli".to_owned()], vec!["game".to_owned()]);
    let mut wrong = Vec::new();
    for (module, named) in &deps {
        if !module.starts_with(&cli) && named.iter().any(|n| n.starts_with(&cli)) {
            wrong.push(format!("{} names the command line", module.join("::")));
        }
        if !module.starts_with(&game) && !module.starts_with(&cli) && named.iter().any(|n| n.starts_with(&game)) {
            wrong.push(format!("{} names the game", module.join("::")));
        }
    }
    for f in rust_files(&src) {
        if module_of(&src, &f).starts_with(&game) {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(&f).unwrap());
        for p in inline_paths(&code).into_iter().chain(uses(&code).into_iter().map(|(_, l)| l.path)) {
            if p.iter().find(|s| !s.is_empty()).is_some_and(|s| s.starts_with("bevy") || s.contains("egui")) {
                wrong.push(format!("{} names {}", f.display(), p.join("::")));
            }
        }
    }
    // Tests, benchmarks and fuzz targets use the engine; the command line's
    // own tests go through its front door.
    let root = Vec::new();
    let krate = Crate { modules: deps.keys().cloned().collect(), reexports: BTreeMap::new() };
    for dir in ["tests", "benches", "fuzz/fuzz_targets"] {
        for f in rust_files(&manifest().join(dir)) {
            let code = code_of(&std::fs::read_to_string(&f).unwrap());
            let paths = inline_paths(&code).into_iter().chain(uses(&code).into_iter().map(|(_, l)| l.path));
            for p in paths.filter(|p| p.first().is_some_and(|s| s == CRATE || s.is_empty())) {
                let front_door = p.last().is_some_and(|l| l == "run" || l == "run_with_input");
                let target = krate.resolve(&root, &p, &BTreeMap::new());
                if target.is_some_and(|t| t.starts_with(&cli)) && !front_door {
                    wrong.push(format!("{} names {}", f.display(), p.join("::")));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The reader of paths is checked on what code writes, and the cycle test
/// on a small crate of its own.
#[test]
fn paths_are_read_and_cycles_found() {
    let code = code_of(
        "use crate::{a::B, c::{d, e::F as G}, h::{self}};\nuse super::super::x::Y;\n\
         fn f() { crate::g::h(); ::klachtsim::i::j(); let s = \"crate::no\"; let c = '\"'; let q = '\\''; k::l(); }\n\
         // crate::no\n",
    );
    let leaves: Vec<String> = uses(&code).iter().map(|(_, l)| l.path.join("::")).collect();
    assert_eq!(leaves, ["crate::a::B", "crate::c::d", "crate::c::e::F", "crate::h::self", "super::super::x::Y"]);
    let inline: Vec<String> = inline_paths(&code).iter().map(|p| p.join("::")).collect();
    assert!(
        inline.contains(&"crate::g::h".to_owned()) && inline.contains(&"::klachtsim::i::j".to_owned()),
        "{inline:?}"
    );
    assert!(inline.contains(&"k::l".to_owned()) && !inline.iter().any(|p| p.contains("no")), "{inline:?}");

    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("lib.rs", "pub mod log;\npub mod score;\n");
    write("score.rs", "use crate::log;\npub fn s() { log::record::r(); }\n");
    write("log/mod.rs", "mod record;\nmod session;\npub use record::Record;\npub use session::*;\n");
    write("log/record.rs", "pub struct Record;\nfn r() { super::Session::new(); }\n");
    write("log/session.rs", "pub struct Session;\n");
    assert!(cycles(dir.path()).is_empty(), "{:?}", cycles(dir.path()));
    // A sibling reached through the parent's re-export is still a sibling.
    write("log/session.rs", "pub struct Session;\nuse super::Record;\n");
    assert_eq!(cycles(dir.path()), ["in log: record -> session -> record"]);
    // Through an alias, between top-level modules.
    write("log/session.rs", "pub struct Session;\n");
    write("log/record.rs", "pub struct Record;\nfn r() { crate::score::s(); }\n");
    assert_eq!(cycles(dir.path()), ["in crate: log -> score -> log"]);
    // Unit tests are modules of their own inside their file: what they use
    // is seen, but makes no cycle.
    write(
        "log/record.rs",
        "pub struct Record;\n#[cfg(test)]\nmod tests {\n    use super::super::session::Session;\n}\n",
    );
    write("log/session.rs", "pub struct Session;\nuse super::record::Record;\n");
    assert!(cycles(dir.path()).is_empty(), "{:?}", cycles(dir.path()));
    let at = |m: &[&str]| m.iter().map(|s| s.to_string()).collect::<ModPath>();
    let deps = dependencies(dir.path());
    assert!(deps[&at(&["log", "record", "#tests"])].contains(&at(&["log", "session"])), "{deps:?}");
}
