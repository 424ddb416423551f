//! The crate's layers point one way. Every `crate::`, `super::` and `self::`
//! path in src/ (in `use` trees and in code) is read as text and resolved to
//! the module file it names; the test fails when
//! - anything outside src/cli/ (and the binary) names the command line,
//!   or a test, benchmark or fuzz target does (other than through its front
//!   door `cli::run`, which the command line's own tests drive);
//! - anything outside src/game/ names the game (the engine never names Bevy);
//! - the modules of one folder use each other in a cycle, at any level: the
//!   top-level modules of the crate, the files of `log/`, and so on. A
//!   module using its own parent or child is containment, not a cycle.
//!
//! Re-exports are not followed: a path counts for the module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

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

/// The code of a file without comments, strings and its unit tests
/// (`#[cfg(test)] mod ...` to the end), so that prose and test helpers do
/// not count as dependencies.
fn code_of(text: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut it = text.lines().peekable();
    while let Some(l) = it.next() {
        if l.trim() == "#[cfg(test)]" && it.peek().is_some_and(|n| n.trim_start().starts_with("mod ")) {
            break;
        }
        lines.push(l);
    }
    let text = lines.join("\n");
    let b = text.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i = text[i..].find("*/").map_or(b.len(), |e| i + e + 2);
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && i + 2 < b.len() && (b[i + 2] == b'\'' || b[i + 1] == b'\\') {
            // A char literal such as '"' or '\n' (not a lifetime).
            i = text[i + 1..].find('\'').map_or(b.len(), |e| i + 1 + e + 1);
            out.push_str("' '");
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths of a `use` tree or an inline path starting at `at` (which is
/// just after `prefix::`): `a::b::{c, d::e}` gives `prefix::a::b::c` and
/// `prefix::a::b::d::e`. Returns the paths and where the tree ends.
fn tree(code: &str, mut at: usize, prefix: &ModPath, out: &mut Vec<ModPath>) -> usize {
    let mut path = prefix.clone();
    loop {
        let rest = &code[at..];
        let skip = rest.len() - rest.trim_start().len();
        at += skip;
        let rest = &code[at..];
        if let Some(inner) = rest.strip_prefix('{') {
            at = code.len() - inner.len();
            loop {
                at = tree(code, at, &path, out);
                let rest = code[at..].trim_start();
                at = code.len() - rest.len();
                if let Some(r) = rest.strip_prefix(',') {
                    at = code.len() - r.len();
                    if code[at..].trim_start().starts_with('}') {
                        at = code.len() - code[at..].trim_start().len() + 1;
                        return at;
                    }
                } else {
                    return at + usize::from(rest.starts_with('}'));
                }
            }
        }
        let len = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if len == 0 {
            out.push(path);
            return at;
        }
        path.push(rest[..len].to_owned());
        at += len;
        if code[at..].starts_with("::") {
            at += 2;
        } else {
            out.push(path);
            return at;
        }
    }
}

/// Every path the code names from the crate root, relative to `module`.
fn paths_named(code: &str, module: &ModPath, crate_name: &str) -> Vec<ModPath> {
    let mut out = Vec::new();
    for (start, _) in code.match_indices("::") {
        let before = &code[..start];
        let word_start = before.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
        // `a::b::c` is seen once, from its first segment.
        if word_start > 1 && code[..word_start].ends_with("::") {
            continue;
        }
        let word = &before[word_start..];
        let base: ModPath = match word {
            "crate" => Vec::new(),
            w if w == crate_name => Vec::new(),
            "self" => module.clone(),
            "super" => {
                // `super::super::x`: count the steps up.
                let mut base = module.clone();
                base.pop();
                let mut at = start + 2;
                while code[at..].starts_with("super::") {
                    base.pop();
                    at += "super::".len();
                }
                tree(code, at, &base, &mut out);
                continue;
            }
            _ => continue,
        };
        tree(code, start + 2, &base, &mut out);
    }
    out
}

/// The longest prefix of `path` that is a module of the crate.
fn resolve(path: &ModPath, modules: &BTreeSet<ModPath>) -> ModPath {
    (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| modules.contains(p)).unwrap_or_default()
}

/// Each file's module and the modules it names.
fn dependencies(src: &Path) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let files: Vec<PathBuf> = rust_files(src).into_iter().filter(|f| !f.ends_with("main.rs")).collect();
    let modules: BTreeSet<ModPath> = files.iter().map(|f| module_of(src, f)).collect();
    let mut deps = BTreeMap::new();
    for f in &files {
        let module = module_of(src, f);
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        let named: BTreeSet<ModPath> =
            paths_named(&code, &module, "klachtsim").iter().map(|p| resolve(p, &modules)).collect();
        deps.insert(module, named);
    }
    deps
}

/// Edges between siblings: for `from` naming `to`, the two children of
/// their nearest common folder that hold them, unless one holds the other.
fn sibling_edges(
    deps: &BTreeMap<ModPath, BTreeSet<ModPath>>,
) -> BTreeMap<ModPath, BTreeMap<ModPath, BTreeSet<String>>> {
    let mut edges: BTreeMap<ModPath, BTreeMap<ModPath, BTreeSet<String>>> = BTreeMap::new();
    for (from, named) in deps {
        for to in named {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == to.len() {
                continue;
            }
            let a = from[..=common].to_vec();
            let b = to[common].clone();
            edges.entry(a).or_default().entry(to[..common].to_vec()).or_default().insert(b);
        }
    }
    edges
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

/// For each folder, the graph of its children: child -> children it names.
fn folder_graphs(deps: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> {
    let mut graphs: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (from_child, by_folder) in sibling_edges(deps) {
        for (folder, targets) in by_folder {
            let name = from_child[folder.len()].clone();
            graphs.entry(folder).or_default().entry(name).or_default().extend(targets);
        }
    }
    graphs
}

#[test]
fn no_module_uses_its_siblings_in_a_cycle() {
    let deps = dependencies(&manifest().join("src"));
    let mut cycles = Vec::new();
    for (folder, graph) in folder_graphs(&deps) {
        if let Some(c) = find_cycle(&graph) {
            let at = if folder.is_empty() { "crate".to_owned() } else { folder.join("::") };
            cycles.push(format!("in {at}: {}", c.join(" -> ")));
        }
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn only_the_binary_names_the_command_line_and_only_the_game_names_bevy() {
    let src = manifest().join("src");
    let deps = dependencies(&src);
    let cli = vec!["cli".to_owned()];
    let game = vec!["game".to_owned()];
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
        let module = module_of(&src, &f);
        if !module.starts_with(&game) && code_of(&std::fs::read_to_string(&f).unwrap()).contains("bevy::") {
            wrong.push(format!("{} names Bevy", f.display()));
        }
    }
    // Tests, benchmarks and fuzz targets use the engine; the command line's
    // own tests go through its front door.
    for dir in ["tests", "benches", "fuzz/fuzz_targets"] {
        for f in rust_files(&manifest().join(dir)) {
            let code = code_of(&std::fs::read_to_string(&f).unwrap());
            for p in paths_named(&code, &Vec::new(), "klachtsim") {
                let front_door = p.len() == 2 && (p[1] == "run" || p[1] == "run_with_input");
                if p.first().is_some_and(|s| s == "cli") && !front_door {
                    wrong.push(format!("{} names {}", f.display(), p.join("::")));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The reader of paths is itself checked on what the crate writes.
#[test]
fn use_trees_and_inline_paths_are_read() {
    let module = vec!["log".to_owned(), "record".to_owned()];
    let code = code_of(
        "use crate::{a::B, c::{d, e::F}};\nuse super::session::X;\nfn f() { crate::g::h(); let s = \"crate::no\"; }\n// crate::no\n",
    );
    let got: BTreeSet<String> = paths_named(&code, &module, "klachtsim").iter().map(|p| p.join("::")).collect();
    let want: BTreeSet<String> =
        ["a::B", "c::d", "c::e::F", "log::session::X", "g::h"].iter().map(|s| s.to_string()).collect();
    assert_eq!(got, want);
    let modules: BTreeSet<ModPath> =
        [vec![], vec!["log".to_owned()], vec!["log".to_owned(), "session".to_owned()]].into_iter().collect();
    assert_eq!(resolve(&vec!["log".into(), "session".into(), "X".into()], &modules), vec!["log", "session"]);
    let mut graph = BTreeMap::new();
    graph.insert("record".to_owned(), BTreeSet::from(["session".to_owned()]));
    graph.insert("session".to_owned(), BTreeSet::from(["record".to_owned()]));
    assert!(find_cycle(&graph).is_some(), "a cycle of two is found");
    graph.remove("session");
    assert!(find_cycle(&graph).is_none());
}
