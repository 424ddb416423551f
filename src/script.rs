//! Script files: a scenario, a seed and the trainee's actions in order, so a
//! whole case plays without a window (`klachtsim play --script`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::load::diagnostic::Diagnostic;
use crate::load::document::Document;
use crate::load::source::Source;
use crate::model::Action;

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
