//! Script files: a scenario, a seed and the trainee's actions in order, so a
//! whole case plays without a window (`klachtsim play --script`, the tests,
//! the benchmarks and the fuzz targets): reading a script, finding the
//! scenario it names, and playing it to the debrief.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Text};
use crate::load::diagnostic::Diagnostic;
use crate::load::document::Document;
use crate::load::source::Source;
use crate::load::{Library, LoadedScenario, load_scenario};
use crate::model::Action;
use crate::policy::Policy;
use crate::score::{Debrief, score};
use crate::sim::{Session, State};

pub const SCRIPT_FIELDS: &[&str] = &["scenario", "seed", "trainee", "group", "actions"];

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScriptAction {
    pub action: Action,
    /// 1-based line of the action in the script file (0 when not from a file).
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug)]
pub struct Script {
    pub path: PathBuf,
    /// A scenario id, or a path to a `.ron` file relative to the script.
    pub scenario: String,
    /// Line and column of the `scenario` field, for messages about it.
    pub scenario_pos: (usize, usize),
    pub seed: u64,
    pub trainee: Option<String>,
    pub group: Option<String>,
    pub actions: Vec<ScriptAction>,
}

impl Script {
    /// The scenario file this script names, when it names a file.
    pub fn scenario_path(&self) -> Option<PathBuf> {
        self.scenario.ends_with(".ron").then(|| self.path.parent().unwrap_or(Path::new(".")).join(&self.scenario))
    }
}

pub fn load_script(path: &Path) -> Result<Script, Vec<Diagnostic>> {
    let src = Source::read(path).map_err(|d| vec![*d])?;
    parse_script(&src)
}

pub fn parse_script(src: &Source) -> Result<Script, Vec<Diagnostic>> {
    let mut doc = Document::open(src, "Script").map_err(|d| vec![*d])?;
    doc.unknown_fields(SCRIPT_FIELDS);
    let scenario: Option<String> = doc.required("scenario");
    let seed = doc.optional("seed", || 1u64);
    let trainee = doc.optional("trainee", || None);
    let group = doc.optional("group", || None);
    let mut actions = Vec::new();
    match doc.root().field("actions").cloned() {
        None => {
            doc.required::<Vec<Action>>("actions");
        }
        Some(node) if !src.text[node.start..].starts_with('[') => {
            doc.parse_node::<Vec<Action>>(&node);
        }
        Some(node) => {
            for item in node.items() {
                if let Some(action) = doc.parse_node::<Action>(item) {
                    let (line, column) = src.line_col(item.start);
                    actions.push(ScriptAction { action, line, column });
                }
            }
            if node.items().next().is_none() {
                doc.error_at(crate::path!("actions"), Text::msg("script-no-actions"), None);
            }
        }
    }
    if !doc.diags.is_empty() {
        return Err(doc.diags);
    }
    let scenario_pos = doc.root().field("scenario").map_or((1, 1), |n| src.line_col(n.start));
    Ok(Script {
        path: src.path.clone(),
        scenario: scenario.unwrap_or_default(),
        scenario_pos,
        seed: seed.unwrap_or(1),
        trainee: trainee.flatten(),
        group: group.flatten(),
        actions,
    })
}

/// The scenario a script names: a file next to it, or an id in the library.
pub fn resolve(script: &Script, lib: &Library) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let at = |msg: Text| {
        let mut d = Diagnostic::at_position(&script.path, script.scenario_pos.0, script.scenario_pos.1, msg, None);
        if let Ok(src) = Source::read(&script.path) {
            d.source_line = src.line_text(script.scenario_pos.0).to_owned();
            d.context = src.context_of(script.scenario_pos.0);
        }
        d
    };
    if let Some(path) = script.scenario_path() {
        return load_scenario(&path).map_err(|mut ds| {
            ds.insert(0, at(Text::msg("play-scenario-broken").arg("file", path.display().to_string())));
            ds
        });
    }
    if let Some(s) = lib.get(&script.scenario) {
        return Ok(s.clone());
    }
    if let Some((path, ds)) =
        lib.broken.iter().find(|(p, _)| p.file_stem().is_some_and(|s| s == script.scenario.as_str()))
    {
        let mut all = vec![at(Text::msg("play-scenario-broken").arg("file", path.display().to_string()))];
        all.extend(ds.iter().cloned());
        return Err(all);
    }
    let ids: Vec<_> = lib.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
    Err(vec![
        at(Text::msg("play-unknown-scenario").arg("id", script.scenario.clone()))
            .with_hint(Text::msg("play-known-ids").arg("ids", ids.join(", "))),
    ])
}

/// A script played to the end.
pub struct Played {
    pub loaded: LoadedScenario,
    pub state: State,
    pub debrief: Debrief,
}

/// Plays a script to the end. An action that is not possible at its moment
/// is an error naming its line.
pub fn play_script(
    script: &Script,
    lib: &Library,
    seed: Option<u64>,
    policy: Option<&Policy>,
) -> Result<Played, Vec<Diagnostic>> {
    let loaded = resolve(script, lib)?;
    let policy = policy.unwrap_or(&loaded.policy);
    let seed = seed.unwrap_or(script.seed);
    let mut session = Session::new(&loaded.scenario, policy, seed);
    for a in &script.actions {
        if let Err(refusal) = session.apply(a.action.clone(), a.line) {
            let msg = Text::msg("play-not-possible")
                .arg("action", a.action.key())
                .arg("reason", Arg::Text(Box::new(refusal.0)));
            let mut d = Diagnostic::at_position(&script.path, a.line, a.column, msg, None);
            if let Ok(src) = Source::read(&script.path) {
                d.source_line = src.line_text(a.line).to_owned();
                d.context = src.context_of(a.line);
                d.len = d.source_line.chars().count().saturating_sub(a.column - 1).max(1);
            }
            return Err(vec![d]);
        }
    }
    let debrief = score(&loaded.scenario, policy, &session.state, seed);
    let state = session.state;
    Ok(Played { loaded, state, debrief })
}
