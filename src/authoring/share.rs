//! The user's own cases on disk: saving a case made in the editor into
//! their own folder (`load::own_cases_dir`), importing a classmate's file
//! into it, and exporting a case's file to a folder of their choice.
//! Nothing reaches the folder before the loader has accepted it exactly as
//! it will lie there: a broken file is refused with its problems
//! (file:line:col) and the folder stays as it was.

use std::path::{Path, PathBuf};

use crate::i18n::Text;
use crate::load::scenario::parse_scenario;
use crate::load::{Diagnostic, FileKind, Library, Source, detect_kind};

use super::draft::Checked;

/// Why a case was not saved, imported or exported: each problem with its place.
pub type Refused = Vec<Diagnostic>;

/// Writes a checked draft where it was checked for (a file in the user's
/// own folder, made on first use). Refused while the loader finds errors,
/// or when another file of the library has the same id.
pub fn save(checked: &Checked, lib: &Library) -> Result<PathBuf, Refused> {
    let Some(loaded) = checked.loaded.as_ref().filter(|_| checked.errors.is_empty()) else {
        return Err(checked.errors.iter().map(|p| p.diagnostic.clone()).collect());
    };
    not_taken(lib, &loaded.scenario.id, &checked.path)?;
    write_new(&checked.path, checked.text.as_bytes())?;
    Ok(checked.path.clone())
}

/// Copies a scenario file into the user's own folder, under its own name,
/// once the loader accepts it as it will lie there (with that folder's
/// policy). The problems name the file that was picked.
pub fn import(file: &Path, own: &Path, lib: &Library) -> Result<PathBuf, Refused> {
    let src = Source::read(file).map_err(|d| vec![*d])?;
    if detect_kind(&src) != Some(FileKind::Scenario) {
        let d = Diagnostic::whole_file(file, Text::msg("editor-import-not-a-case"));
        return Err(vec![d]);
    }
    let name = file.file_name().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("casus.ron"));
    let dest = own.join(name);
    let at_dest = Source::new(&dest, src.text.clone());
    let loaded = parse_scenario(&at_dest).map_err(|ds| {
        ds.into_iter()
            .map(|mut d| {
                if d.path == dest {
                    d.path = file.to_owned();
                }
                d
            })
            .collect::<Vec<_>>()
    })?;
    not_taken(lib, &loaded.scenario.id, &dest)?;
    if let Ok(there) = std::fs::read(&dest) {
        // The same file imported twice changes nothing; another one by the
        // same name is never overwritten.
        if there == src.text.as_bytes() {
            return Ok(dest);
        }
        return Err(vec![Diagnostic::whole_file(
            file,
            Text::msg("editor-import-exists").arg("file", dest.display().to_string()),
        )]);
    }
    write_new(&dest, src.text.as_bytes())?;
    Ok(dest)
}

/// Copies a case's file into `folder` under its own name; another file by
/// that name there is never overwritten.
pub fn export(case: &Path, folder: &Path) -> Result<PathBuf, Refused> {
    let bytes = std::fs::read(case).map_err(|e| vec![cannot(case, &e)])?;
    let dest = folder.join(case.file_name().unwrap_or_default());
    match std::fs::read(&dest) {
        Ok(there) if there == bytes => return Ok(dest),
        Ok(_) => {
            let d = Diagnostic::whole_file(&dest, Text::msg("editor-export-exists"));
            return Err(vec![d]);
        }
        Err(_) => {}
    }
    write_new(&dest, &bytes)?;
    Ok(dest)
}

/// Refused when the library has a case `id` from another file than `path`.
fn not_taken(lib: &Library, id: &str, path: &Path) -> Result<(), Refused> {
    match lib.get(id).filter(|other| other.path != path) {
        Some(other) => Err(vec![Diagnostic::whole_file(
            path,
            Text::msg("load-duplicate-id").arg("id", id.to_owned()).arg("other", other.path.display().to_string()),
        )]),
        None => Ok(()),
    }
}

/// Writes `bytes` to `path` whole or not at all: first beside it under
/// another name, then renamed, so the library never reads half a file.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Refused> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let part = path.with_extension("ron.part");
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&part, bytes))
        .and_then(|()| std::fs::rename(&part, path))
        .map_err(|e| {
            // What is left of the half-written file would only confuse.
            if part.exists()
                && let Err(e) = std::fs::remove_file(&part)
            {
                return vec![cannot(&part, &e), cannot(path, &e)];
            }
            vec![cannot(path, &e)]
        })
}

fn cannot(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::whole_file(path, Text::msg("editor-cannot-write").arg("error", e.to_string()))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::authoring::draft::Draft;
    use crate::i18n::Lang;
    use crate::model::Verdict;

    fn draft() -> Draft {
        let received = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(10, 0, 0).unwrap();
        let mut d = Draft::from_template(Lang::Nl, Verdict::Doubtful, "Fatima", received);
        d.set_title("Knoop los na één dag");
        d
    }

    #[test]
    fn a_saved_case_is_in_the_library_beside_the_others() {
        let own = tempfile::tempdir().unwrap();
        let lib_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let lib = Library::load(&lib_dir);
        let d = draft();
        let path = save(&d.check(&own.path().join(d.file_name())), &lib).unwrap();
        assert_eq!(path, own.path().join("knoop-los-na-een-dag.ron"));
        let both = Library::load_with_own(&lib_dir, Some(own.path()));
        assert_eq!(both.scenarios.len(), lib.scenarios.len() + 1);
        assert_eq!(both.get("knoop-los-na-een-dag").unwrap().scenario.author.as_deref(), Some("Fatima"));
        // Exported and imported by a classmate: the same case.
        let out = tempfile::tempdir().unwrap();
        let exported = export(&path, out.path()).unwrap();
        let theirs = tempfile::tempdir().unwrap();
        let imported = import(&exported, theirs.path(), &lib).unwrap();
        assert_eq!(std::fs::read(imported).unwrap(), std::fs::read(&path).unwrap());
        // A case with an id the library has already is refused.
        let mut twin = draft();
        twin.case.id = "gstar-rits-kapot".into();
        let refused = save(&twin.check(&own.path().join("ander.ron")), &lib).unwrap_err();
        assert!(refused[0].message.render(Lang::Nl).contains("gstar-rits-kapot"));
    }

    #[test]
    fn a_broken_import_is_refused_with_its_place_and_changes_nothing() {
        let own = tempfile::tempdir().unwrap();
        let picked = tempfile::tempdir().unwrap();
        let file = picked.path().join("kapot.ron");
        let text = draft().to_ron().replace("in_stock: true", "in_stock: misschien");
        std::fs::write(&file, text).unwrap();
        let refused = import(&file, own.path(), &Library::default()).unwrap_err();
        assert!(refused[0].location().starts_with(&format!("{}:", file.display())), "{}", refused[0].location());
        assert!(refused[0].line > 0);
        assert_eq!(std::fs::read_dir(own.path()).unwrap().count(), 0);
    }
}
