//! "Maak je eigen casus": the game's case editor. This file owns its state
//! and what its commands do (start from a template, edit, save, import,
//! export, browse for a folder); `form` draws the form, `files` the in-game
//! folder list. The engine does the work: `authoring::draft` writes and
//! checks the file, `authoring::share` puts it on disk.

mod fields;
pub mod files;
pub mod form;
mod rows;

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::authoring::draft::{Checked, Draft};
use crate::authoring::share;
use crate::i18n::Text;
use crate::load::{Diagnostic, Library};
use crate::model::Verdict;

use super::{CaseLibrary, GameCommand, Screen, Settings};

/// What the editor's buttons ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorCommand {
    /// To the editor, with the case being written (a grounded example the
    /// first time).
    Open,
    /// Start again from the example for a verdict.
    Template(Verdict),
    /// The case as the form now has it: checked again at once.
    Edit(Box<Draft>),
    /// Write the case into the user's own folder; the library reloads.
    Save,
    /// Import this file into the user's own folder.
    Import(PathBuf),
    /// Export the saved case's file into this folder.
    Export(PathBuf),
    /// Show the folder list, to pick a file to import or a folder to export to.
    Browse(files::Purpose),
    /// Show this folder in the folder list.
    BrowseTo(PathBuf),
    CloseBrowser,
}

/// What happened to the last save, import or export.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Done(Text),
    /// Why not, and each problem with its place.
    Refused(Text, Vec<Diagnostic>),
}

/// The case being written, what the loader says of it, and the last result.
#[derive(Resource)]
pub struct Editor {
    pub draft: Draft,
    pub checked: Checked,
    /// The id and file of the case as last saved.
    pub saved: Option<(String, PathBuf)>,
    pub notice: Option<Notice>,
    pub browser: Option<files::Browser>,
}

impl Editor {
    fn new(draft: Draft, settings: &Settings) -> Editor {
        let checked = draft.check(&destination(&draft, settings));
        Editor { draft, checked, saved: None, notice: None, browser: None }
    }

    fn set(&mut self, draft: Draft, settings: &Settings) {
        self.checked = draft.check(&destination(&draft, settings));
        self.draft = draft;
    }
}

/// Where the draft is saved, and so what it is checked as.
fn destination(draft: &Draft, settings: &Settings) -> PathBuf {
    settings.own_cases.clone().unwrap_or_default().join(draft.file_name())
}

/// The example for `verdict`, written by the player.
fn template(verdict: Verdict, settings: &Settings) -> Draft {
    let today = chrono::Local::now().date_naive();
    let received = today.and_hms_opt(10, 0, 0).expect("10:00 is a time");
    Draft::from_template(settings.lang, verdict, &settings.trainee, received)
}

/// The editor's commands, in any screen's frame; part of the game's logic
/// (tests drive it without a window).
pub fn plugin(app: &mut App) {
    app.add_systems(Update, handle);
}

fn handle(
    mut commands: Commands,
    mut reader: MessageReader<GameCommand>,
    settings: Res<Settings>,
    mut lib: ResMut<CaseLibrary>,
    mut next: ResMut<NextState<Screen>>,
    mut editor: Option<ResMut<Editor>>,
) {
    for cmd in reader.read() {
        let GameCommand::Editor(cmd) = cmd else { continue };
        if let EditorCommand::Open = cmd {
            match editor.as_deref_mut() {
                None => commands.insert_resource(Editor::new(template(Verdict::Grounded, &settings), &settings)),
                // Back in the editor: the case as it was, the last result gone.
                Some(e) => {
                    e.notice = None;
                    e.browser = None;
                }
            }
            next.set(Screen::Editor);
            continue;
        }
        // Every other command acts on the editor that is open.
        let Some(e) = editor.as_deref_mut() else { continue };
        match cmd {
            EditorCommand::Open => {}
            EditorCommand::Template(v) => {
                e.set(template(*v, &settings), &settings);
                e.saved = None;
                e.notice = None;
            }
            EditorCommand::Edit(draft) => e.set((**draft).clone(), &settings),
            EditorCommand::Save => e.notice = Some(save(e, &settings, &mut lib.0)),
            EditorCommand::Import(file) => {
                e.notice = Some(import(file, &settings, &mut lib.0));
                e.browser = None;
            }
            EditorCommand::Export(folder) => {
                e.notice = Some(export(e.saved.as_ref().map(|(_, p)| p.as_path()), folder));
                e.browser = None;
            }
            EditorCommand::Browse(purpose) => {
                let start = e.browser.as_ref().map(|b| b.dir.clone()).unwrap_or_else(files::start_dir);
                e.browser = Some(files::Browser::at(*purpose, start));
            }
            EditorCommand::BrowseTo(dir) => {
                if let Some(b) = e.browser.as_mut() {
                    *b = files::Browser::at(b.purpose, dir.clone());
                }
            }
            EditorCommand::CloseBrowser => e.browser = None,
        }
    }
}

fn no_own_folder() -> Notice {
    Notice::Refused(Text::msg("editor-no-own-folder"), Vec::new())
}

/// The library again, with what is now in the user's own folder.
fn reload(lib: &mut Library, settings: &Settings) {
    let dir = crate::load::scenarios_dir(settings.scenarios.clone());
    *lib = Library::load_with_own(&dir, settings.own_cases.as_deref());
}

fn save(e: &mut Editor, settings: &Settings, lib: &mut Library) -> Notice {
    if settings.own_cases.is_none() {
        return no_own_folder();
    }
    match share::save(&e.checked, lib) {
        Ok(path) => {
            reload(lib, settings);
            e.saved = Some((e.draft.case.id.clone(), path.clone()));
            Notice::Done(Text::msg("editor-saved").arg("file", path.display().to_string()))
        }
        Err(ds) => Notice::Refused(Text::msg("editor-not-saved"), ds),
    }
}

fn import(file: &Path, settings: &Settings, lib: &mut Library) -> Notice {
    let Some(own) = &settings.own_cases else { return no_own_folder() };
    match share::import(file, own, lib) {
        Ok(path) => {
            reload(lib, settings);
            Notice::Done(Text::msg("editor-imported").arg("file", path.display().to_string()))
        }
        Err(ds) => Notice::Refused(Text::msg("editor-import-refused"), ds),
    }
}

fn export(saved: Option<&Path>, folder: &Path) -> Notice {
    let Some(case) = saved else { return Notice::Refused(Text::msg("editor-export-first"), Vec::new()) };
    match share::export(case, folder) {
        Ok(path) => Notice::Done(Text::msg("editor-exported").arg("file", path.display().to_string())),
        Err(ds) => Notice::Refused(Text::msg("editor-export-refused"), ds),
    }
}
