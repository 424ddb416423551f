//! The in-game folder list for sharing cases: pick a `.ron` file to import,
//! or a folder to export to. Plain `std::fs` and egui: no native dialog
//! (those need GTK on Linux), and it looks the same everywhere.

use std::path::{Path, PathBuf};

use bevy_egui::egui;

use crate::i18n::{Lang, Text, tr};

use super::super::{GameCommand, theme};
use super::EditorCommand;

/// What the folder list is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Pick a case file to import.
    Import,
    /// Pick the folder to export the saved case to.
    Export,
}

/// One folder as the list shows it: its sub-folders and its `.ron` files.
#[derive(Clone, Debug, PartialEq)]
pub struct Browser {
    pub purpose: Purpose,
    pub dir: PathBuf,
    pub folders: Vec<PathBuf>,
    pub files: Vec<PathBuf>,
    /// Why the folder could not be read, if it could not.
    pub error: Option<String>,
}

impl Browser {
    /// The folder read now; hidden entries (a name starting with a dot) are
    /// left out, the rest sorted by name.
    pub fn at(purpose: Purpose, dir: PathBuf) -> Browser {
        let mut b = Browser { purpose, dir, folders: Vec::new(), files: Vec::new(), error: None };
        match std::fs::read_dir(&b.dir) {
            Err(e) => b.error = Some(e.to_string()),
            Ok(entries) => {
                for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
                    let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
                    if hidden {
                        continue;
                    }
                    if path.is_dir() {
                        b.folders.push(path);
                    } else if path.extension().is_some_and(|e| e == "ron") {
                        b.files.push(path);
                    }
                }
            }
        }
        b.folders.sort();
        b.files.sort();
        b
    }
}

/// Where the list opens the first time: the user's home folder.
pub fn start_dir() -> PathBuf {
    directories::UserDirs::new().map_or_else(|| PathBuf::from("."), |d| d.home_dir().to_owned())
}

fn name(p: &Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The folder list as a window over the editor; what is clicked becomes a
/// command.
pub fn show(ctx: &egui::Context, lang: Lang, b: &Browser, out: &mut Vec<EditorCommand>) {
    let t = |id: &str| tr(lang, id);
    let title = match b.purpose {
        Purpose::Import => t("editor-browse-import"),
        Purpose::Export => t("editor-browse-export"),
    };
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(theme::bold(b.dir.display().to_string()));
            ui.horizontal(|ui| {
                if let Some(up) = b.dir.parent()
                    && ui.button(t("editor-browse-up")).clicked()
                {
                    out.push(EditorCommand::BrowseTo(up.to_owned()));
                }
                if b.purpose == Purpose::Export && ui.button(theme::bold(t("editor-browse-here"))).clicked() {
                    out.push(EditorCommand::Export(b.dir.clone()));
                }
                if ui.button(t("editor-browse-cancel")).clicked() {
                    out.push(EditorCommand::CloseBrowser);
                }
            });
            ui.separator();
            egui::ScrollArea::vertical().max_height(360.0).auto_shrink([false, true]).show(ui, |ui| {
                if let Some(e) = &b.error {
                    let msg = Text::msg("editor-browse-unreadable").arg("error", e.clone()).render(lang);
                    ui.label(egui::RichText::new(msg).color(theme::BAD));
                }
                for f in &b.folders {
                    if ui.selectable_label(false, format!("{}/", name(f))).clicked() {
                        out.push(EditorCommand::BrowseTo(f.clone()));
                    }
                }
                for f in &b.files {
                    let label = name(f);
                    match b.purpose {
                        Purpose::Import => {
                            if ui.selectable_label(false, label).clicked() {
                                out.push(EditorCommand::Import(f.clone()));
                            }
                        }
                        Purpose::Export => {
                            ui.label(egui::RichText::new(label).color(theme::MUTED));
                        }
                    }
                }
                if b.error.is_none() && b.folders.is_empty() && b.files.is_empty() {
                    ui.label(egui::RichText::new(t("editor-browse-empty")).color(theme::MUTED));
                }
            });
        });
}

impl From<EditorCommand> for GameCommand {
    fn from(c: EditorCommand) -> Self {
        GameCommand::Editor(c)
    }
}
