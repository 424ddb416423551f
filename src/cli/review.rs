//! `klachtsim review`: the trainers' overview of one or more logs.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Text};
use crate::log::{Detail, LogError, LogWarning, Record, file_key, read_all_with};
use crate::review::filter::day_in;
use crate::review::{
    About, Filter, Overview, Rules, class_summary, csv, html, overview, overview_of_logs, table, xlsx,
};

pub use super::xapi_cmd::XapiArgs;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for the terminal.
    Table,
    /// One row per trainee, for Excel or LibreOffice.
    Csv,
    /// One row per session, for Excel or LibreOffice.
    CsvSessions,
    /// A self-contained report with charts.
    Html,
    /// xAPI statements (JSON).
    Xapi,
    /// A spreadsheet with one sheet per table (needs --out).
    Xlsx,
}

/// The logs to read: the ones given, or the default log. A log that was
/// given but does not exist is an error (`None`, reported on `err`): a
/// report of the other logs alone would look complete. With
/// `skip_missing` it is left out with a warning instead.
pub fn log_paths(
    lang: Lang,
    logs: Vec<PathBuf>,
    skip_missing: bool,
    err: &mut dyn Write,
) -> io::Result<Option<Vec<PathBuf>>> {
    if logs.is_empty() {
        return Ok(Some(crate::log::default_path().into_iter().collect()));
    }
    let (found, missing): (Vec<PathBuf>, Vec<PathBuf>) = logs.into_iter().partition(|p| p.exists());
    let id = if skip_missing { "review-skipped-missing" } else { "review-missing-log" };
    for p in &missing {
        writeln!(err, "{}", Text::msg(id).arg("file", p.display().to_string()).render(lang))?;
    }
    Ok((skip_missing || missing.is_empty()).then_some(found))
}

/// Reads the logs, reporting skipped lines and unreadable files on `err`;
/// `None` when a log was missing or could not be read (then there is no
/// report: it would leave that log out without saying so).
pub fn load(
    lang: Lang,
    logs: Vec<PathBuf>,
    skip_missing: bool,
    detail: Detail,
    err: &mut dyn Write,
) -> io::Result<Option<Vec<Record>>> {
    let Some(paths) = log_paths(lang, logs, skip_missing, err)? else { return Ok(None) };
    Ok(load_counted(lang, &paths, detail, err)?.map(|(records, _)| records))
}

/// `load` of logs known to exist, with the number of lines skipped.
fn load_counted(
    lang: Lang,
    paths: &[PathBuf],
    detail: Detail,
    err: &mut dyn Write,
) -> io::Result<Option<(Vec<Record>, usize)>> {
    let (records, warnings, errors) = read_all_with(paths, detail);
    report(lang, &warnings, &errors, err)?;
    Ok(errors.is_empty().then_some((records, warnings.len())))
}

/// Reports skipped lines and unreadable files on `err`.
fn report(lang: Lang, warnings: &[LogWarning], errors: &[LogError], err: &mut dyn Write) -> io::Result<()> {
    // A badly damaged file could give thousands of warnings: show the first
    // ones and count the rest.
    const SHOWN: usize = 20;
    for w in warnings.iter().take(SHOWN) {
        writeln!(err, "{}", w.one_line(lang))?;
    }
    if warnings.len() > SHOWN {
        let more = Text::msg("log-more-warnings").arg("count", (warnings.len() - SHOWN) as i64);
        writeln!(err, "{}", more.render(lang))?;
    }
    for e in errors {
        writeln!(err, "{}: {}", e.path.display(), e.message.render(lang))?;
    }
    Ok(())
}

/// The `review` command's options.
pub struct Options {
    pub logs: Vec<PathBuf>,
    pub filter: Filter,
    pub format: Format,
    /// Write here instead of to the screen.
    pub file: Option<PathBuf>,
    pub policy: Option<PathBuf>,
    /// Leave out logs that do not exist, with a warning, instead of failing.
    pub skip_missing: bool,
    pub xapi: XapiArgs,
    /// Write this class's summary instead of the overview.
    pub class: Option<String>,
    /// The monthly training report instead of the overview.
    pub training: bool,
}

pub fn run(lang: Lang, o: Options, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let Options { logs, filter, mut format, file, policy, skip_missing, xapi, class, training } = o;
    if xapi.send_xapi.is_some() {
        format = Format::Xapi;
    }
    let Some(policy) = super::policy_or_default(policy, lang, err)? else {
        return Ok(1);
    };
    if format == Format::Xlsx && file.is_none() {
        writeln!(err, "{}", Text::msg("review-xlsx-needs-out").render(lang))?;
        return Ok(1);
    }
    if let Some(file) = &file
        && let Some(log) = overwritten_log(file, &logs)
    {
        let msg = Text::msg("review-out-is-input")
            .arg("file", file.display().to_string())
            .arg("log", log.display().to_string());
        writeln!(err, "{}", msg.render(lang))?;
        return Ok(1);
    }
    let rules = Rules::of(&policy);
    let Some(paths) = log_paths(lang, logs, skip_missing, err)? else { return Ok(1) };
    let text: Vec<u8> = match &class {
        Some(class) => match class_page(lang, &paths, class, &filter, &rules, &xapi, err)? {
            Some(page) => page.into_bytes(),
            None => return Ok(1),
        },
        None if training => {
            let Some((records, _)) = load_counted(lang, &paths, Detail::Summary, err)? else { return Ok(1) };
            let rs: Vec<&Record> = records.iter().filter(|r| filter.matches(r, rules.zone)).collect();
            let report = crate::review::training::report(&rs);
            match format {
                Format::Table => crate::review::training::text(&report, lang).into_bytes(),
                Format::Html => crate::review::training_html::render(&report, lang).into_bytes(),
                _ => {
                    writeln!(err, "{}", Text::msg("review-training-formats").render(lang))?;
                    return Ok(1);
                }
            }
        }
        None => match format {
            // The overviews are counted while the logs are read, without
            // keeping the records.
            Format::Table | Format::Csv | Format::Html => {
                let (o, warnings, errors) = overview_of_logs(&paths, &filter, &rules);
                report(lang, &warnings, &errors, err)?;
                if !errors.is_empty() {
                    return Ok(1);
                }
                render_overview(&o, format, lang).into_bytes()
            }
            // Per session: the records themselves; only xAPI lists every
            // decision.
            Format::CsvSessions | Format::Xapi => {
                let detail = if format == Format::Xapi { Detail::Full } else { Detail::Summary };
                match load_counted(lang, &paths, detail, err)? {
                    Some((records, skipped)) => {
                        let about = About {
                            files: paths.iter().map(|p| p.display().to_string()).collect(),
                            filter: filter.clone(),
                            read: records.len(),
                            skipped,
                            ..About::default()
                        };
                        if format == Format::Xapi {
                            let rs: Vec<&Record> = records.iter().filter(|r| filter.matches(r, rules.zone)).collect();
                            let Some(statements) = super::xapi_cmd::statements(lang, &rs, &rules, &xapi, err)? else {
                                return Ok(1);
                            };
                            if let Some(url) = &xapi.send_xapi {
                                return super::xapi_cmd::send_to(lang, url, &statements, &xapi, out, err);
                            }
                            (serde_json::to_string_pretty(&statements)? + "\n").into_bytes()
                        } else {
                            render_sessions(&records, about, &rules, lang).into_bytes()
                        }
                    }
                    None => return Ok(1),
                }
            }
            // Every table and every session: the records, read once.
            Format::Xlsx => {
                let Some((records, _)) = load_counted(lang, &paths, Detail::Summary, err)? else { return Ok(1) };
                let rs: Vec<&Record> = records.iter().filter(|r| filter.matches(r, rules.zone)).collect();
                let o = overview(&records, &filter, &rules);
                match xlsx::workbook(&o, &rs, &rules, lang) {
                    Ok(bytes) => bytes,
                    Err(e) => {
                        writeln!(err, "{}", Text::msg("review-xlsx-failed").arg("error", e.to_string()).render(lang))?;
                        return Ok(1);
                    }
                }
            }
        },
    };
    let written = if class.is_some() { "class-written" } else { "review-written" };
    write_out(lang, file.as_deref(), &text, written, out, err)
}

/// Writes `bytes` to the screen, or whole to `file` (saying so with the
/// message `written`); a file that cannot be written is said on `err` and
/// exits with 1.
pub(super) fn write_out(
    lang: Lang,
    file: Option<&Path>,
    bytes: &[u8],
    written: &'static str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let Some(path) = file else {
        out.write_all(bytes)?;
        return Ok(0);
    };
    match write_whole(path, bytes) {
        Ok(()) => {
            writeln!(out, "{}", Text::msg(written).arg("file", path.display().to_string()).render(lang))?;
            Ok(0)
        }
        Err(e) => {
            let msg =
                Text::msg("review-write-failed").arg("file", path.display().to_string()).arg("error", e.to_string());
            writeln!(err, "{}", msg.render(lang))?;
            Ok(1)
        }
    }
}

/// The class summary of `class` (`review::class_summary`), from the logs
/// read whole: its examples quote the actions. `None` when a log could not
/// be read or the class is not in the logs (said on `err`, with the
/// classes that are).
fn class_page(
    lang: Lang,
    paths: &[PathBuf],
    class: &str,
    filter: &Filter,
    rules: &Rules,
    xapi: &XapiArgs,
    err: &mut dyn Write,
) -> io::Result<Option<String>> {
    let Some((records, _)) = load_counted(lang, paths, Detail::Full, err)? else { return Ok(None) };
    let library = crate::load::Library::load(&crate::load::scenarios_dir(xapi.scenarios.clone()));
    match class_summary::summarize(&records, class, filter, rules, Some(&library)) {
        Ok(summary) => Ok(Some(class_summary::page::render(&summary, lang))),
        Err(unknown) => {
            writeln!(err, "{}", unknown.message().render(lang))?;
            Ok(None)
        }
    }
}

/// The log that writing to `file` would destroy: one of `logs`, or the
/// default log (where `play` writes), when `file` is that same file under
/// any name or through a link. A file that does not exist yet is none.
fn overwritten_log(file: &Path, logs: &[PathBuf]) -> Option<PathBuf> {
    let key = file_key(file)?;
    logs.iter().cloned().chain(crate::log::default_path()).find(|log| file_key(log).as_ref() == Some(&key))
}

/// Writes `bytes` to a new file next to `path` and renames it into place:
/// `path` holds either its old contents or all of the new, never a part.
fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        // The write already failed; a temporary file that cannot be removed
        // either changes nothing about what to report.
        std::fs::remove_file(&tmp).ok();
    }
    written
}

/// The text of an overview in one of the overview formats (table, CSV per
/// trainee, HTML).
fn render_overview(o: &Overview, format: Format, lang: Lang) -> String {
    match format {
        Format::Csv => csv::trainees(o, lang),
        Format::Html => html::render(o, lang),
        _ => table::render(o, lang),
    }
}

/// One row per session (CSV) of the records that pass `filter`.
fn render_sessions(records: &[Record], mut about: About, rules: &Rules, lang: Lang) -> String {
    let rs: Vec<&Record> = records.iter().filter(|r| about.filter.matches(r, rules.zone)).collect();
    for r in &rs {
        about.count_day(day_in(rules.zone, r.started));
    }
    csv::sessions(&rs, &about, rules, lang)
}
