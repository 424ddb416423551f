//! Loading files: scenarios, policies and scripts, one at a time or a whole
//! library folder, with every problem reported with its place. A broken file
//! never stops the others from loading.

mod causes;
pub mod diagnostic;
pub mod document;
pub mod explain;
mod plain_errors;
pub mod policy;
pub mod scenario;
pub mod source;
pub mod spans;
pub mod warnings;

use std::path::{Path, PathBuf};

use crate::i18n::Text;
use crate::policy::Policy;

pub use diagnostic::Diagnostic;
pub use policy::load_policy;
pub use scenario::{LoadedScenario, load_scenario};
pub use source::Source;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Scenario,
    Policy,
    Script,
    /// A monthly training plan (`training`).
    Plan,
    /// A script of a whole training sitting (`training::sitting`).
    Sitting,
}

/// What a RON file claims to be, from the name before its first `(`.
pub fn detect_kind(src: &Source) -> Option<FileKind> {
    match spans::top_name(&src.text) {
        "Scenario" => Some(FileKind::Scenario),
        "Policy" => Some(FileKind::Policy),
        "Script" => Some(FileKind::Script),
        "Plan" => Some(FileKind::Plan),
        "Sitting" => Some(FileKind::Sitting),
        _ => None,
    }
}

/// The `.ron` files at `paths`: files as given, folders searched
/// recursively, in a stable order.
pub fn ron_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) => {
                        problems.push(Diagnostic::whole_file(
                            &dir,
                            Text::msg("load-cannot-read").arg("error", e.to_string()),
                        ));
                        continue;
                    }
                };
                let mut here: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                here.sort();
                for path in here {
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == "ron") {
                        files.push(path);
                    }
                }
            }
        } else if p.exists() {
            files.push(p.clone());
        } else {
            problems.push(Diagnostic::whole_file(p, Text::msg("load-not-found")));
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

/// The folder of scenarios: the one asked for, else `scenarios/` in the
/// working folder, else the one shipped with the source.
pub fn scenarios_dir(asked: Option<PathBuf>) -> PathBuf {
    if let Some(p) = asked {
        return p;
    }
    let here = PathBuf::from("scenarios");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

/// The user's own folder of cases: those they wrote in the game's editor
/// or imported from a classmate. `KLACHTSIM_CASES` names another one (an
/// empty value: none); otherwise it is `casussen` in the per-user data
/// folder, beside the log. It is made when the first case is saved in it.
pub fn own_cases_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KLACHTSIM_CASES") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    directories::ProjectDirs::from("nl", "klachtsim", "klachtsim").map(|d| d.data_dir().join("casussen"))
}

/// The library the program plays from: the folder of scenarios (see
/// `scenarios_dir`) with the user's own cases beside it.
pub fn library(asked: Option<PathBuf>) -> Library {
    Library::load_with_own(&scenarios_dir(asked), own_cases_dir().as_deref())
}

/// The policy at `path`, else the default library's `policy.ron`, else the
/// built-in rules. A broken file is an error, never silently replaced by the
/// built-in rules: the trainer must know the figures are not their own.
pub fn policy_or_default(path: Option<&Path>) -> Result<Policy, Vec<Diagnostic>> {
    let library = scenarios_dir(None).join(scenario::DEFAULT_POLICY_FILE);
    match path.or_else(|| library.is_file().then_some(library.as_path())) {
        None => Ok(Policy::default()),
        Some(p) => load_policy(p),
    }
}

/// A folder of scenarios: the ones that load, and the ones that do not with
/// their problems.
#[derive(Clone, Debug, Default)]
pub struct Library {
    pub scenarios: Vec<LoadedScenario>,
    pub broken: Vec<(PathBuf, Vec<Diagnostic>)>,
}

/// What one file of a library folder turned out to be.
enum Loaded {
    Scenario(Box<LoadedScenario>),
    Broken(PathBuf, Vec<Diagnostic>),
    /// A policy, a script or a plan: not a case, not an error.
    Other,
}

fn load_files(files: &[PathBuf]) -> Vec<Loaded> {
    let mut policies = scenario::PolicyCache::default();
    files
        .iter()
        .map(|path| {
            let src = match Source::read(path) {
                Ok(s) => s,
                Err(d) => return Loaded::Broken(path.clone(), vec![*d]),
            };
            if detect_kind(&src) != Some(FileKind::Scenario) {
                return Loaded::Other;
            }
            match scenario::parse_scenario_cached(&src, &mut policies) {
                Ok(s) => Loaded::Scenario(Box::new(s)),
                Err(ds) => Loaded::Broken(path.clone(), ds),
            }
        })
        .collect()
}

impl Library {
    pub fn load(dir: &Path) -> Library {
        let (files, problems) = ron_files(&[dir.to_owned()]);
        let mut lib = Library::default();
        for d in problems {
            lib.broken.push((d.path.clone(), vec![d]));
        }
        // The files are read and checked on every core, each with its own
        // policy cache; the results are taken in file order.
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 16);
        let per = files.len().div_ceil(workers).max(1);
        let results: Vec<Vec<Loaded>> = std::thread::scope(|scope| {
            let handles: Vec<_> = files.chunks(per).map(|chunk| scope.spawn(move || load_files(chunk))).collect();
            // A worker that panicked is a bug: pass it on rather than lose
            // its files without a word.
            handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        });
        let mut seen = std::collections::HashMap::new();
        for loaded in results.into_iter().flatten() {
            match loaded {
                Loaded::Scenario(s) => lib.add(*s, &mut seen),
                Loaded::Broken(path, ds) => lib.broken.push((path, ds)),
                Loaded::Other => {}
            }
        }
        lib
    }

    /// The library of `dir` with the cases of the user's own folder
    /// beside it. A broken file there is listed with its problems like any
    /// other, and a case with an id the library already has is refused:
    /// neither takes the others down.
    pub fn load_with_own(dir: &Path, own: Option<&Path>) -> Library {
        let mut lib = Library::load(dir);
        let Some(own) = own.filter(|o| o.is_dir()) else { return lib };
        let same = |a: &Path, b: &Path| a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok() == Some(a));
        if same(dir, own) {
            return lib;
        }
        let theirs = Library::load(own);
        let mut seen: std::collections::HashMap<String, usize> =
            lib.scenarios.iter().enumerate().map(|(i, s)| (s.scenario.id.clone(), i)).collect();
        for s in theirs.scenarios {
            lib.add(s, &mut seen);
        }
        lib.broken.extend(theirs.broken);
        lib
    }

    fn add(&mut self, s: LoadedScenario, seen: &mut std::collections::HashMap<String, usize>) {
        if let Some(first) = seen.get(&s.scenario.id).map(|&i| &self.scenarios[i]) {
            let d = Diagnostic::whole_file(
                &s.path,
                Text::msg("load-duplicate-id")
                    .arg("id", s.scenario.id.clone())
                    .arg("other", first.path.display().to_string()),
            );
            self.broken.push((s.path.clone(), vec![d]));
        } else {
            seen.insert(s.scenario.id.clone(), self.scenarios.len());
            self.scenarios.push(s);
        }
    }

    pub fn get(&self, id: &str) -> Option<&LoadedScenario> {
        self.scenarios.iter().find(|s| s.scenario.id == id)
    }
}
