//! A log that is a folder, as a class shares one on a network drive or in a
//! synced folder: one file per session, many writers at once, copies that a
//! sync client makes, old JSONL logs beside it, and files that are no log.

mod common;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use klachtsim::i18n::Lang;
use klachtsim::log::{self, LogWarning, Record};

fn record(trainee: &str, hour: u32) -> Record {
    common::record("gstar-rits-kapot.model.ron", trainee, "2B", 16, hour)
}

fn read(paths: &[PathBuf]) -> (Vec<Record>, Vec<String>) {
    let (records, warnings, errors) = log::read_all(paths);
    assert!(errors.is_empty(), "{errors:?}");
    (records, warnings.iter().map(|w: &LogWarning| w.one_line(Lang::Nl)).collect())
}

fn trainees(records: &[Record]) -> Vec<String> {
    let mut names: Vec<_> = records.iter().map(|r| r.trainee.clone()).collect();
    names.sort();
    names
}

/// The session files of a folder (not what is being written in `tmp/`).
fn session_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<_> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

/// Not a test of its own (so ignored in a normal run): one writer process
/// of the storm below. Writes sessions to the folder named in the
/// environment, as many as asked (or until killed), and says on stdout
/// which ones `save` has returned for.
#[test]
#[ignore = "run by twenty_four_writers_some_killed_lose_and_double_nothing as its writer"]
fn folder_writer_child() {
    let Some(dir) = std::env::var_os("KLACHTSIM_TEST_FOLDER") else { return };
    let name = std::env::var("KLACHTSIM_TEST_WRITER").unwrap();
    let count: usize = std::env::var("KLACHTSIM_TEST_COUNT").unwrap().parse().unwrap();
    let mut rec = record(&name, 9);
    // Big records make it likely that a kill lands in the middle of one.
    rec.lesson = Some(klachtsim::log::record::LoggedLesson {
        category: klachtsim::model::Category::Product,
        cause: klachtsim::model::Cause::StructuralFault,
        root_cause: "x".repeat(64 * 1024),
        correction: "y".repeat(64 * 1024),
    });
    let mut out = std::io::stdout().lock();
    for i in 0..count {
        rec.trainee = format!("{name}-{i}");
        log::save(Path::new(&dir), &rec).unwrap();
        writeln!(out, "saved: {}", rec.trainee).unwrap();
        out.flush().unwrap();
    }
}

#[test]
#[cfg(unix)]
fn twenty_four_writers_some_killed_lose_and_double_nothing() {
    const WRITERS: usize = 24;
    const EACH: usize = 4;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("klas-2b");
    std::fs::create_dir(&folder).unwrap();
    // Every third writer writes on until it is killed.
    let killed = |i: usize| i.is_multiple_of(3);
    let mut children: Vec<_> = (0..WRITERS)
        .map(|i| {
            let count = if killed(i) { usize::MAX } else { EACH };
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "folder_writer_child", "--ignored", "--nocapture", "--test-threads", "1"])
                .env("KLACHTSIM_TEST_FOLDER", &folder)
                .env("KLACHTSIM_TEST_WRITER", format!("w{i}"))
                .env("KLACHTSIM_TEST_COUNT", count.to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    // Each writer that is to be killed gets SIGKILL (what `kill -9` does)
    // once it has written a session or two, at a moment of its own; all
    // are watched at once.
    let acknowledged: Vec<String> = std::thread::scope(|scope| {
        let watchers: Vec<_> = children
            .drain(..)
            .enumerate()
            .map(|(i, mut child)| {
                scope.spawn(move || {
                    // The test harness says things of its own on stdout,
                    // also before the first session on the same line.
                    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap())
                        .lines()
                        .filter_map(|l| l.unwrap().split_once("saved: ").map(|(_, name)| name.to_owned()));
                    let mut mine: Vec<String> = Vec::new();
                    while killed(i) && mine.len() < 1 + i % 2 {
                        mine.push(lines.next().expect("the writer writes"));
                    }
                    if killed(i) {
                        // Spread over the time a save takes here (mostly
                        // waiting for the disk), so kills land in every part
                        // of it.
                        std::thread::sleep(std::time::Duration::from_millis((i as u64 * 37) % 500));
                        child.kill().unwrap();
                    }
                    // What it said before it ended (or was killed).
                    mine.extend(lines);
                    let status = child.wait().unwrap();
                    assert_eq!(status.success(), !killed(i), "writer {i}: {status}");
                    if !killed(i) {
                        assert_eq!(mine.len(), EACH, "writer {i}");
                    }
                    mine
                })
            })
            .collect();
        watchers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });

    let (records, warnings) = read(std::slice::from_ref(&folder));
    // None torn, none duplicated.
    assert!(warnings.is_empty(), "{warnings:?}");
    let names = trainees(&records);
    let mut distinct = names.clone();
    distinct.dedup();
    assert_eq!(names, distinct, "a session read twice");
    // None lost: every session a writer was told is saved is there.
    for name in &acknowledged {
        assert!(names.contains(name), "{name} lost");
    }
    // A killed writer may have finished one more session than it could
    // say, never more; and each file is one whole session.
    assert!(names.len() <= acknowledged.len() + WRITERS / 3, "{names:?}");
    let files = session_files(&folder);
    assert_eq!(files.len(), records.len());
    for f in &files {
        let mut one = Vec::new();
        let w = log::read_each(f, |r: Record| one.push(r)).unwrap();
        assert!(w.is_empty() && one.len() == 1, "{}: {w:?}", f.display());
    }
}

#[test]
fn a_name_ending_in_a_slash_makes_a_folder_and_each_session_gets_its_own_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = format!("{}/nieuw/", dir.path().display());
    let a = log::save(Path::new(&folder), &record("Anna", 9)).unwrap();
    let b = log::save(Path::new(&folder), &record("Bram", 10)).unwrap();
    assert_ne!(a, b);
    let folder = dir.path().join("nieuw");
    assert_eq!(session_files(&folder), {
        let mut both = vec![a.clone(), b];
        both.sort();
        both
    });
    let name = a.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with(".json") && name.len() > 40, "{name}");
    // Nothing is left behind in tmp/.
    assert_eq!(std::fs::read_dir(folder.join("tmp")).unwrap().count(), 0);
    // The existing folder, given without the slash, is a folder too.
    log::append(&folder, &record("Cem", 11)).unwrap();
    assert_eq!(trainees(&read(&[folder]).0), ["Anna", "Bram", "Cem"]);
}

#[test]
fn copies_made_by_a_sync_client_count_once_and_unfinished_files_are_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_owned();
    let a = log::save(&folder, &record("Anna", 9)).unwrap();
    log::save(&folder, &record("Bram", 10)).unwrap();
    // OneDrive's and Dropbox's copies of a file, and a copy in a subfolder.
    let stem = a.file_stem().unwrap().to_string_lossy().into_owned();
    std::fs::copy(&a, folder.join(format!("{stem} (1).json"))).unwrap();
    std::fs::copy(&a, folder.join(format!("{stem}-LAPTOP-7.json"))).unwrap();
    std::fs::create_dir(folder.join("kopie")).unwrap();
    std::fs::copy(&a, folder.join("kopie").join(a.file_name().unwrap())).unwrap();
    // A writer that was killed, a hidden file, and files that are no log.
    let whole = serde_json::to_string(&record("Onaf", 11)).unwrap();
    std::fs::write(folder.join("tmp").join("20261116T100000.000Z-pc-1.json"), &whole).unwrap();
    std::fs::write(folder.join("tmp").join("20261116T100001.000Z-pc-2.json"), &whole[..100]).unwrap();
    std::fs::write(folder.join(".verborgen.json"), &whole).unwrap();
    std::fs::write(folder.join("desktop.ini"), "[.ShellClassInfo]\n").unwrap();

    let (records, warnings) = read(std::slice::from_ref(&folder));
    assert_eq!(trainees(&records), ["Anna", "Bram"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("3 sessie(s) waren al gelezen"), "{warnings:?}");
}

#[test]
fn a_folder_and_jsonl_logs_are_read_together() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("map");
    let old = dir.path().join("oud.jsonl");
    let a = record("Anna", 9);
    log::save(&folder.join(""), &a).unwrap();
    log::save(&folder, &record("Bram", 10)).unwrap();
    // Last year's shared file, with one session that is also in the folder,
    // and a JSONL log put into the folder itself.
    log::append(&old, &a).unwrap();
    log::append(&old, &record("Cem", 11)).unwrap();
    log::append(&folder.join("lessen.jsonl"), &record("Dewi", 12)).unwrap();

    let (records, warnings) = read(&[folder.clone(), old.clone()]);
    assert_eq!(trainees(&records), ["Anna", "Bram", "Cem", "Dewi"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with(&old.display().to_string()), "{warnings:?}");

    // The same through the command line.
    let mut out = Vec::new();
    let mut err = Vec::new();
    let (f, o) = (folder.to_str().unwrap(), old.to_str().unwrap());
    let code = klachtsim::cli::run(["klachtsim", "review", "--format", "csv-sessions", f, o], &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    let csv = String::from_utf8(out).unwrap();
    for name in ["Anna", "Bram", "Cem", "Dewi"] {
        assert_eq!(csv.matches(name).count(), 1, "{name}: {csv}");
    }
}

#[test]
fn a_bad_file_in_the_folder_is_named_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_owned();
    log::save(&folder, &record("Anna", 9)).unwrap();
    let whole = serde_json::to_string(&record("Bram", 10)).unwrap();
    std::fs::write(folder.join("foto.json"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(folder.join("half.json"), &whole[..whole.len() / 2]).unwrap();
    std::fs::write(folder.join("bram.json"), format!("{whole}\n")).unwrap();

    let (records, warnings) = read(std::slice::from_ref(&folder));
    assert_eq!(trainees(&records), ["Anna", "Bram"]);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let foto = warnings.iter().find(|w| w.contains("foto.json")).expect("foto.json named");
    assert!(foto.contains("geen logboek"), "{foto}");
    let half = warnings.iter().find(|w| w.contains("half.json:1")).expect("half.json named");
    assert!(half.contains("onvolledige"), "{half}");
}

#[test]
fn play_writes_its_session_into_the_folder_and_says_which_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("klas");
    std::fs::create_dir(&folder).unwrap();
    let script = common::root().join("tests/scripts/gstar-rits-kapot.poor.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["play", "--script"])
        .arg(&script)
        .args(["--trainee", "Anna", "--group", "2B"])
        .env("KLACHTSIM_LOG", &folder)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = session_files(&folder);
    assert_eq!(files.len(), 1);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&files[0].display().to_string()), "{said}");
    assert_eq!(trainees(&read(&[folder]).0), ["Anna"]);
}

#[test]
fn what_killed_writers_left_in_tmp_is_cleared_once_it_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let (old, recent) = (tmp.join("oud.json"), tmp.join("bezig.json"));
    std::fs::write(&old, "{\"schema\":1,").unwrap();
    std::fs::write(&recent, "{\"schema\":1,").unwrap();
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(48 * 3600);
    std::fs::File::options().write(true).open(&old).unwrap().set_modified(two_days_ago).unwrap();
    log::save(dir.path(), &record("Anna", 9)).unwrap();
    assert!(!old.exists(), "a stale file is cleared");
    assert!(recent.exists(), "a file that may still be being written is left alone");
}
