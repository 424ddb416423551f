//! The lessons-learned log: whole-record appends under a lock, a torn last
//! line that never hides the records before it, many writers at once, and
//! clear errors for a full disk or a read-only file.

mod common;

use std::path::Path;
use std::process::Command;

use klachtsim::i18n::Lang;
use klachtsim::log::{self, NewRecord, Record};
use klachtsim::script::load_script;
use klachtsim::script::play_script;

fn record(script: &str, trainee: &str) -> Record {
    let s = load_script(&common::root().join("tests/scripts").join(script)).unwrap();
    let p = play_script(&s, &common::library(), None, None).unwrap();
    let now = chrono::Local::now().fixed_offset();
    Record::new(NewRecord {
        trainee,
        group: "MBO2-HA",
        loaded: &p.loaded,
        policy_name: &p.loaded.policy.name,
        seed: s.seed,
        state: &p.state,
        debrief: &p.debrief,
        started: now,
        ended: now,
    })
}

fn read(path: &Path) -> (Vec<Record>, Vec<log::LogWarning>) {
    let mut v = Vec::new();
    let w = log::read_each(path, |r: Record| v.push(r)).unwrap();
    (v, w)
}

#[test]
fn a_record_survives_the_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/log.jsonl");
    let a = record("gstar-rits-kapot.model.ron", "Anna");
    let b = record("gstar-kleur-gelekt.poor.ron", "Bram");
    log::append(&path, &a).unwrap();
    log::append(&path, &b).unwrap();
    let (recs, warnings) = read(&path);
    assert!(warnings.is_empty());
    assert_eq!(recs, vec![a.clone(), b]);
    assert_eq!(a.schema, log::SCHEMA_VERSION);
    assert_eq!(a.overall, 100);
    assert_eq!(a.actions.len(), 23);
    assert!(a.lesson.is_some() && a.within_sla());
    // One line per record.
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 2);
}

#[test]
fn a_torn_last_line_is_skipped_and_hides_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let a = record("gstar-rits-kapot.model.ron", "Anna");
    log::append(&path, &a).unwrap();
    log::append(&path, &a).unwrap();
    // A crash in the middle of the third record.
    let line = serde_json::to_string(&a).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(&line.as_bytes()[..line.len() / 2]);
    std::fs::write(&path, &bytes).unwrap();
    let (recs, warnings) = read(&path);
    assert_eq!(recs.len(), 2);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 3);
    assert!(warnings[0].one_line(Lang::Nl).contains("onvolledige laatste regel"));
    // The next session still gets a line of its own.
    log::append(&path, &a).unwrap();
    let (recs, warnings) = read(&path);
    assert_eq!(recs.len(), 3);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 3);
}

#[test]
fn records_of_a_newer_schema_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    log::append_line(&path, b"{\"schema\": 99, \"trainee\": \"x\"}\n").unwrap();
    log::append(&path, &record("gstar-rits-kapot.model.ron", "Anna")).unwrap();
    let (recs, warnings) = read(&path);
    assert_eq!(recs.len(), 1);
    assert!(warnings[0].one_line(Lang::En).contains("newer version"));
}

#[test]
fn eight_processes_append_at_once_without_losing_or_mixing_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("klas.jsonl");
    let script = common::root().join("tests/scripts/gstar-parka-niet-waterdicht.model.ron");
    let children: Vec<_> = (0..8)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_klachtsim"))
                .args(["play", "--script"])
                .arg(&script)
                .arg("--log")
                .arg(&path)
                .args(["--trainee", &format!("leerling-{i}"), "--group", "klas"])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let (recs, warnings) = read(&path);
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut names: Vec<_> = recs.iter().map(|r| r.trainee.clone()).collect();
    names.sort();
    assert_eq!(names, (0..8).map(|i| format!("leerling-{i}")).collect::<Vec<_>>());
}

#[test]
fn many_threads_append_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let rec = record("gstar-kleur-gelekt.model.ron", "Anna");
    std::thread::scope(|s| {
        for t in 0..8 {
            let (path, rec) = (&path, &rec);
            s.spawn(move || {
                for i in 0..25 {
                    let mut r = rec.clone();
                    r.trainee = format!("{t}-{i}");
                    log::append(path, &r).unwrap();
                }
            });
        }
    });
    let (recs, warnings) = read(&path);
    assert!(warnings.is_empty());
    assert_eq!(recs.len(), 200);
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_gives_a_clear_error_and_the_result_is_still_shown() {
    let e = log::append(Path::new("/dev/full"), &record("gstar-rits-kapot.model.ron", "Anna")).unwrap_err();
    assert!(e.message.render(Lang::Nl).contains("de schijf is vol"), "{:?}", e);
    let out = Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(["play", "--script"])
        .arg(common::root().join("tests/scripts/gstar-rits-kapot.model.ron"))
        .args(["--log", "/dev/full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Totaalscore: 100 van 100"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kon niet in het logboek") && err.contains("/dev/full"), "{err}");
}

#[test]
#[cfg(unix)]
fn a_read_only_log_gives_a_clear_error_and_keeps_its_records() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let a = record("gstar-rits-kapot.model.ron", "Anna");
    log::append(&path, &a).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    // Root ignores permission bits; the immutable attribute stops root too.
    let immutable = Command::new("chattr").arg("+i").arg(&path).status().is_ok_and(|s| s.success());
    let result = log::append(&path, &a);
    if immutable {
        let _ = Command::new("chattr").arg("-i").arg(&path).status();
    }
    let e = result.expect_err("a read-only log must refuse the write");
    assert!(e.message.render(Lang::Nl).contains("alleen-lezen"), "{e:?}");
    let (recs, warnings) = read(&path);
    assert_eq!(recs, vec![a]);
    assert!(warnings.is_empty());
}

#[test]
fn play_writes_to_the_log_unless_told_not_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let script = common::root().join("tests/scripts/gstar-rits-kapot.poor.ron");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_klachtsim"))
            .args(["play", "--script"])
            .arg(&script)
            .args(extra)
            .env("KLACHTSIM_LOG", &path)
            .output()
            .unwrap()
    };
    let out = run(&["--trainee", "Anna", "--group", "2B"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("opgeslagen in het logboek"));
    assert!(run(&["--no-log"]).status.success());
    let (recs, _) = read(&path);
    assert_eq!(recs.len(), 1);
    assert_eq!((recs[0].trainee.as_str(), recs[0].group.as_str()), ("Anna", "2B"));
    assert_eq!(recs[0].status, klachtsim::log::record::Status::Finished);
    let played = klachtsim::script::play_script(
        &klachtsim::script::load_script(&script).unwrap(),
        &common::library(),
        None,
        None,
    )
    .unwrap();
    assert_eq!(recs[0].overall, played.debrief.overall);
}

/// Not a test of its own (so ignored in a normal run): the writer process
/// of the SIGKILL test below. It appends big records to the log named in
/// the environment until killed.
#[test]
#[ignore = "run by a_writer_killed_mid_record_corrupts_nothing as its writer"]
fn writer_child() {
    let Some(path) = std::env::var_os("KLACHTSIM_TEST_WRITER") else { return };
    let mut rec = record("gstar-rits-kapot.model.ron", "schrijver");
    // Big records make it likely that the kill lands in the middle of one.
    rec.lesson = Some(klachtsim::log::record::LoggedLesson {
        category: klachtsim::model::Category::Product,
        cause: klachtsim::model::Cause::StructuralFault,
        root_cause: "x".repeat(256 * 1024),
        correction: "y".repeat(256 * 1024),
    });
    for i in 0.. {
        rec.trainee = format!("schrijver-{i}");
        log::append(Path::new(&path), &rec).unwrap();
    }
}

#[test]
#[cfg(unix)]
fn a_writer_killed_mid_record_corrupts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let earlier = record("gstar-kleur-gelekt.model.ron", "eerder");
    log::append(&path, &earlier).unwrap();
    for round in 0..3 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "writer_child", "--ignored", "--nocapture", "--test-threads", "1"])
            .env("KLACHTSIM_TEST_WRITER", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Let it write for a while, then SIGKILL it (what `kill -9` does).
        let start = std::time::Instant::now();
        while std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) < (round + 2) * 2 * 1024 * 1024
            && start.elapsed() < std::time::Duration::from_secs(60)
        {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // The next session appends as usual after whatever the kill left.
        log::append(&path, &record("gstar-rits-kapot.model.ron", &format!("daarna-{round}"))).unwrap();
    }
    let (recs, warnings) = read(&path);
    // At most one torn record per kill, and nothing else lost.
    assert!(warnings.len() <= 3, "{warnings:?}");
    assert!(warnings.iter().all(|w| w.one_line(Lang::Nl).contains("overgeslagen")), "{warnings:?}");
    assert_eq!(recs[0].trainee, "eerder");
    let after: Vec<_> = recs.iter().filter(|r| r.trainee.starts_with("daarna-")).map(|r| r.trainee.as_str()).collect();
    assert_eq!(after, ["daarna-0", "daarna-1", "daarna-2"]);
    assert!(recs.iter().filter(|r| r.trainee.starts_with("schrijver-")).count() >= 3);
}

#[test]
fn binary_huge_and_non_utf8_logs_give_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let good = serde_json::to_string(&record("gstar-rits-kapot.model.ron", "Anna")).unwrap();

    // A picture given as a log: one clear error, not thousands of warnings.
    let png = dir.path().join("foto.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    let e = log::read_each(&png, |_: Record| {}).unwrap_err();
    assert!(e.message.render(Lang::Nl).contains("geen logboek"), "{}", e.message.render(Lang::Nl));

    // A folder.
    let e = log::read_each(dir.path(), |_: Record| {}).unwrap_err();
    assert!(e.message.render(Lang::Nl).contains("map"));

    // A line of 20 MB without a break, between two good records: skipped
    // with a warning, the records around it are kept.
    let huge = dir.path().join("huge.jsonl");
    let mut bytes = format!("{good}\n").into_bytes();
    bytes.extend(std::iter::repeat_n(b'a', 20 * 1024 * 1024));
    bytes.extend(format!("\n{good}\n").into_bytes());
    std::fs::write(&huge, bytes).unwrap();
    let (recs, warnings) = read(&huge);
    assert_eq!(recs.len(), 2);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 2);
    assert!(warnings[0].one_line(Lang::Nl).contains("langer dan 16 MB"), "{}", warnings[0].one_line(Lang::Nl));

    // A line in Latin-1 instead of UTF-8: that line is skipped, with its number.
    let latin = dir.path().join("latin1.jsonl");
    let mut bytes = format!("{good}\n").into_bytes();
    bytes.extend(b"{\"trainee\": \"Ren\xe9\"}\n");
    bytes.extend(format!("{good}\n").into_bytes());
    std::fs::write(&latin, bytes).unwrap();
    let (recs, warnings) = read(&latin);
    assert_eq!(recs.len(), 2);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 2);
}

#[test]
fn a_big_log_read_in_parallel_keeps_order_and_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.jsonl");
    let rec = record("gstar-kleur-gelekt.model.ron", "x");
    let mut text = String::new();
    // About 12 MB: several blocks for the parallel reader.
    let n = 12 * 1024 * 1024 / serde_json::to_string(&rec).unwrap().len();
    for i in 0..n {
        let mut r = rec.clone();
        r.trainee = format!("t{i}");
        text.push_str(&serde_json::to_string(&r).unwrap());
        text.push('\n');
        if i == n / 2 {
            text.push_str("{\"schema\": 1, \"kapot\n");
            text.push_str(&"a".repeat(17 * 1024 * 1024));
            text.push('\n');
        }
    }
    text.push_str("{\"schema\":1,\"trainee\":\"half");
    std::fs::write(&path, &text).unwrap();

    let (full, warnings, errors) = log::read_all_with(std::slice::from_ref(&path), log::Detail::Full);
    assert!(errors.is_empty());
    assert_eq!(full.len(), n);
    assert!(full.iter().enumerate().all(|(i, r)| r.trainee == format!("t{i}")), "in the order of the file");
    let lines: Vec<_> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [n / 2 + 2, n / 2 + 3, n + 3], "{warnings:?}");
    assert!(warnings[1].one_line(Lang::Nl).contains("langer dan"));
    assert!(warnings[2].one_line(Lang::Nl).contains("onvolledige"));
    // The same as the line-by-line reader.
    let (one_by_one, w2) = read(&path);
    assert_eq!(one_by_one, full);
    assert_eq!(w2.iter().map(|w| w.line).collect::<Vec<_>>(), lines);

    let (summary, w3, _) = log::read_all_with(std::slice::from_ref(&path), log::Detail::Summary);
    assert_eq!(w3.len(), 3);
    for (s, f) in summary.iter().zip(&full) {
        assert!(s.actions.is_empty());
        assert_eq!(Record { actions: f.actions.clone(), ..s.clone() }, *f);
    }
}

#[test]
fn a_line_too_long_to_keep_is_dropped_while_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lang.jsonl");
    let good = serde_json::to_string(&record("gstar-rits-kapot.model.ron", "Anna")).unwrap();
    // Another session: the same one twice would be counted once.
    let other = serde_json::to_string(&record("gstar-rits-kapot.model.ron", "Bram")).unwrap();
    let mut bytes = format!("{good}\n").into_bytes();
    bytes.extend(std::iter::repeat_n(b'x', 40 * 1024 * 1024));
    bytes.extend(format!("\n{other}\n").into_bytes());
    std::fs::write(&path, bytes).unwrap();
    let (recs, warnings, errors) = log::read_all_with(std::slice::from_ref(&path), log::Detail::Summary);
    assert!(errors.is_empty());
    assert_eq!(recs.len(), 2);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 2);
    assert!(warnings[0].one_line(Lang::Nl).contains("langer dan 16 MB"));
}

#[test]
fn the_self_assessment_is_kept_and_a_line_without_it_still_reads() {
    use klachtsim::log::logged_session::{LoggedSession, parse_fast, parse_general};
    use klachtsim::score::self_assessment::{SelfAssessment, SelfRating::*};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.jsonl");
    let old = record("gstar-rits-kapot.model.ron", "Anna");
    let rated = SelfAssessment::Rated([Good, Good, CouldBeBetter, Good, NotDone, CouldBeBetter, Good]);
    // Three sessions (ended a second apart: the same session three times
    // would be read once).
    let mut with = [(1, Some(rated)), (2, Some(SelfAssessment::Skipped))].map(|(s, a)| Record {
        self_assessment: a,
        ended: old.ended + chrono::Duration::seconds(s),
        ..old.clone()
    });
    // A line as versions before the self-assessment wrote it: no such field.
    let old_line = serde_json::to_string(&old).unwrap();
    assert!(!old_line.contains("self_assessment"));
    log::append_line(&path, format!("{old_line}\n").as_bytes()).unwrap();
    for r in &with {
        log::append(&path, r).unwrap();
    }
    let (recs, warnings) = read(&path);
    assert!(warnings.is_empty());
    assert_eq!(recs[0].self_assessment, None);
    assert_eq!(recs[1..], with[..]);
    // The overview's readers: both read every line, and agree.
    let text = std::fs::read_to_string(&path).unwrap();
    for (line, r) in text.lines().zip([&old, &with[0], &with[1]]) {
        let fast = parse_fast(line.as_bytes()).expect("the fast reader reads what this version writes");
        assert_eq!(fast, parse_general(line.as_bytes()).unwrap());
        assert_eq!(fast, LoggedSession::of(r));
        assert_eq!(fast.self_assessment, r.self_assessment);
    }
    // A self-assessment that misses a step, or names one twice, is left to
    // the general reader, which refuses the first and agrees on the second.
    let line = serde_json::to_string(&with[0]).unwrap();
    let missing = line.replace("\"listen\":\"good\",", "");
    assert!(parse_fast(missing.as_bytes()).is_none() && parse_general(missing.as_bytes()).is_err());
    let twice = line.replace("\"listen\":\"good\",", "\"listen\":\"not-done\",\"listen\":\"good\",");
    assert!(parse_fast(twice.as_bytes()).is_none());
    assert_eq!(LoggedSession::parse(twice.as_bytes()).unwrap().self_assessment, Some(rated));
    // Written as null by another writer: none, in both readers.
    let null = old_line.replace(",\"actions\":[", ",\"self_assessment\":null,\"actions\":[");
    assert_eq!(parse_fast(null.as_bytes()), Some(LoggedSession::of(&old)));
    assert_eq!(parse_general(null.as_bytes()).unwrap(), LoggedSession::of(&old));
    with[0].actions.clear();
    let (summaries, _, _) = log::read_all_with(std::slice::from_ref(&path), log::Detail::Summary);
    assert_eq!(summaries[1], with[0]);
}
