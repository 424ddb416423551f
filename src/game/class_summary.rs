//! The trainer screen's "Klasoverzicht afdrukken": the class summary
//! (`review::class_summary`) of the class in the screen's group filter,
//! written as an HTML page into the user's data folder and opened in the
//! browser, which prints it. The screen says where the page was written.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::i18n::{Lang, Text, tr};
use crate::log::{Detail, read_all_with};
use crate::review::class_summary::{page, summarize};
use crate::review::{Filter, Rules};

use super::{CaseLibrary, GameCommand, Settings};

pub fn plugin(app: &mut App) {
    app.init_resource::<SummaryOutput>().init_resource::<SummaryNotice>().add_systems(Update, write_summary);
}

/// Where the pages go, and whether they are opened in the browser (not
/// in a test or under the tour).
#[derive(Resource, Clone, Debug)]
pub struct SummaryOutput {
    /// `None`: this user has no data folder.
    pub folder: Option<PathBuf>,
    pub open: bool,
}

impl Default for SummaryOutput {
    fn default() -> Self {
        let folder = directories::ProjectDirs::from("nl", "klachtsim", "klachtsim")
            .map(|d| d.data_dir().join("klasoverzichten"));
        SummaryOutput { folder, open: true }
    }
}

/// What the last press of the button did, for the trainer screen: the
/// file written, or why not.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct SummaryNotice(pub Option<Result<String, String>>);

/// The page's file name for a class: letters, digits, `-` and `_` kept,
/// anything else (a slash, a space) made `_`, so that every class name
/// gives one file inside the folder.
pub fn file_name(class: &str) -> String {
    let safe: String =
        class.trim().chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    format!("klasoverzicht-{safe}.html")
}

fn write_summary(
    mut reader: MessageReader<GameCommand>,
    settings: Res<Settings>,
    lib: Res<CaseLibrary>,
    output: Res<SummaryOutput>,
    mut notice: ResMut<SummaryNotice>,
) {
    for cmd in reader.read() {
        let GameCommand::ClassSummary(class) = cmd else { continue };
        // The library's policy, as the trainer screen reads it; a broken
        // policy file is shown there, and the built-in one holds here.
        let rules = crate::load::policy_or_default(None).map(|p| Rules::of(&p)).unwrap_or_default();
        notice.0 = Some(written(settings.lang, class, &settings, &lib, &output, &rules));
    }
}

/// Writes (and opens) the page of `class`: the path in words, or why not.
fn written(
    lang: Lang,
    class: &str,
    settings: &Settings,
    lib: &CaseLibrary,
    output: &SummaryOutput,
    rules: &Rules,
) -> Result<String, String> {
    if class.trim().is_empty() {
        return Err(tr(lang, "game-class-summary-no-group"));
    }
    let Some(log) = &settings.log else { return Err(tr(lang, "game-trainer-no-log")) };
    let (records, _, errors) = read_all_with(std::slice::from_ref(log), Detail::Full);
    if let Some(e) = errors.first() {
        return Err(format!("{}: {}", e.path.display(), e.message.render(lang)));
    }
    let summary = summarize(&records, class, &Filter::default(), rules, Some(&lib.0))
        .map_err(|unknown| unknown.message().render(lang))?;
    let Some(folder) = &output.folder else { return Err(tr(lang, "game-class-summary-no-folder")) };
    let path = folder.join(file_name(class));
    let failed = |e: std::io::Error| {
        let t =
            Text::msg("game-class-summary-failed").arg("file", path.display().to_string()).arg("error", e.to_string());
        t.render(lang)
    };
    std::fs::create_dir_all(folder).map_err(failed)?;
    std::fs::write(&path, page::render(&summary, lang)).map_err(failed)?;
    let said = Text::msg("game-class-summary-written").arg("file", path.display().to_string()).render(lang);
    if output.open
        && let Err(e) = open_in_browser(&path)
    {
        // Written all the same: the trainer opens the file from the path shown.
        let why = Text::msg("game-class-summary-not-opened").arg("error", e.to_string()).render(lang);
        return Ok(format!("{said} {why}"));
    }
    Ok(said)
}

/// Opens a file with the desktop's program for it (an HTML page: the
/// browser). The opener is left to run on its own; a thread waits for it,
/// so that no finished process is left behind.
pub fn open_in_browser(path: &Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]).arg(path);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(path);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(path);
        c
    };
    let mut child = command.spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn a_class_name_gives_one_file_in_the_folder() {
        assert_eq!(file_name(" 2B "), "klasoverzicht-2B.html");
        assert_eq!(file_name("../3 C"), "klasoverzicht-___3_C.html");
    }
}
