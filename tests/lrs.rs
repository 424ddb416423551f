//! The statements against a real learning record store: Ralph (PyPI
//! `ralph-malph`) with its file-system backend on 127.0.0.1, started and
//! stopped by these tests, and Learning Locker's `xapi-validation`.
//!
//! Both are installed by `.ci/lrs-setup` (a venv in
//! `~/.cache/klachtsim-venv`, npm packages in `~/.cache/klachtsim-npm`;
//! `KLACHTSIM_VENV` and `KLACHTSIM_NPM` name others). CI installs them
//! first; on a fresh machine the first test that needs them runs that
//! script itself (once, for all tests), so a plain `cargo test` works where
//! Python's venv, npm and the package registries are at hand. Where they
//! cannot be installed a test fails and says why, unless
//! `KLACHTSIM_NO_LRS=1` says this machine has no LRS: then it says it is
//! skipped.
//!
//! Ralph's file-system backend writes each user's statements to one file
//! in that user's target folder and refuses a second write to it (HTTP
//! 500). So the round trip sends the whole log in one batch, and a second
//! send must not write at all; the stop-mid-send test uses that refusal as
//! the LRS failing half-way, then stops Ralph for real, and completes the
//! send as a second user with a folder of its own. Reading both folders
//! back gives the whole log, each statement once.

mod common;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use klachtsim::log::Record;
use serde_json::Value;

fn home_cache(var: &str, name: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cache").join(name))
}

/// Installs Ralph and the validator with `.ci/lrs-setup` when they are
/// missing: once per test run, whichever test asks first.
fn set_up() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("KLACHTSIM_NO_LRS").is_some_and(|v| v == "1") {
            return;
        }
        let script = common::root().join(".ci/lrs-setup");
        match Command::new("bash").arg(&script).status() {
            Ok(s) if s.success() => {}
            other => eprintln!("{} did not complete ({other:?})", script.display()),
        }
    });
}

/// The venv's python, or `None` (skip) when this machine says it has no LRS.
fn venv_python() -> Option<PathBuf> {
    set_up();
    let python = home_cache("KLACHTSIM_VENV", "klachtsim-venv").join("bin/python");
    let ok = python.exists()
        && Command::new(&python).args(["-c", "import ralph.api, bcrypt, requests"]).status().is_ok_and(|s| s.success());
    if ok {
        return Some(python);
    }
    if std::env::var_os("KLACHTSIM_NO_LRS").is_some_and(|v| v == "1") {
        eprintln!("skipped: KLACHTSIM_NO_LRS=1 says this machine has no Ralph LRS");
        return None;
    }
    panic!(
        "Ralph is not installed at {}: run `bash .ci/lrs-setup`, or set KLACHTSIM_NO_LRS=1 to skip the LRS tests",
        python.display()
    );
}

/// A Ralph LRS on a free port of 127.0.0.1, stopped when dropped.
struct Ralph {
    child: Child,
    url: String,
}

impl Ralph {
    /// Starts Ralph with `users` (name, password, target folder).
    fn start(python: &Path, dir: &Path, users: &[(&str, &str, &Path)]) -> Ralph {
        let auth = dir.join("auth.json");
        for (_, _, target) in users {
            std::fs::create_dir_all(target).unwrap();
        }
        let list: Vec<String> =
            users.iter().map(|(u, p, t)| format!("({u:?}, {p:?}, {:?})", t.display().to_string())).collect();
        // The password hashes as Ralph checks them (bcrypt), made by the
        // venv's own bcrypt.
        let script = format!(
            "import bcrypt, json, sys\nusers = [{}]\njson.dump([{{'username': u, 'hash': bcrypt.hashpw(p.encode(), bcrypt.gensalt(4)).decode(), 'scopes': ['all'], 'target': t, 'agent': {{'mbox': 'mailto:' + u + '@example.org'}}}} for u, p, t in users], open(sys.argv[1], 'w'))",
            list.join(", ")
        );
        let made = Command::new(python).args(["-c", &script]).arg(&auth).status().unwrap();
        assert!(made.success());
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let log = std::fs::File::create(dir.join(format!("ralph-{port}.log"))).unwrap();
        let child = Command::new(python)
            .args(["-m", "uvicorn", "ralph.api:app", "--host", "127.0.0.1", "--port", &port.to_string()])
            .env("RALPH_AUTH_FILE", &auth)
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .env("RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH", dir)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let mut ralph = Ralph { child, url: format!("http://127.0.0.1:{port}/xAPI/") };
        let start = Instant::now();
        while ureq::get(&format!("http://127.0.0.1:{port}/whoami"))
            .call()
            .is_err_and(|e| matches!(e, ureq::Error::Io(_)))
        {
            assert!(ralph.child.try_wait().unwrap().is_none(), "Ralph stopped; see {}", dir.display());
            assert!(start.elapsed() < Duration::from_secs(60), "Ralph did not start in 60 s");
            std::thread::sleep(Duration::from_millis(200));
        }
        ralph
    }

    /// Every statement `user` can read, following the `more` links.
    fn statements(&self, user: &str, password: &str) -> Vec<Value> {
        let auth = format!("Basic {}", b64(&format!("{user}:{password}")));
        let root = self.url.trim_end_matches("/xAPI/");
        let mut next = format!("{}statements?limit=500", self.url);
        let mut all = Vec::new();
        loop {
            let mut resp = ureq::get(&next)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", &auth)
                .call()
                .unwrap();
            let page: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
            all.extend(page["statements"].as_array().unwrap().iter().cloned());
            match page["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) => next = format!("{root}{more}"),
                None => return all,
            }
        }
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        // Our own child, by its handle.
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn b64(s: &str) -> String {
    let out = Command::new("base64").arg("-w0").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    use std::io::Write;
    out.stdin.as_ref().unwrap().write_all(s.as_bytes()).unwrap();
    String::from_utf8(out.wait_with_output().unwrap().stdout).unwrap()
}

/// A real log: played sessions of three cases by three trainees in two
/// groups, one abandoned.
fn class_log(dir: &Path) -> PathBuf {
    let log = dir.join("klas.jsonl");
    let mut n = 0;
    for (i, s) in ["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-parka-niet-waterdicht"].iter().enumerate() {
        for (who, group, kind) in [("Anna", "2B", "model"), ("Bram", "2B", "poor"), ("Chris", "3C", "model")] {
            let mut r: Record = common::record(&format!("{s}.{kind}.ron"), who, group, 16 + i as u32, 9 + n % 8);
            if n == 4 {
                r.status = klachtsim::log::record::Status::Abandoned;
            }
            klachtsim::log::append(&log, &r).unwrap();
            n += 1;
        }
    }
    log
}

/// `klachtsim review LOG ARGS...` as `user`: exit code, stdout, stderr.
fn klachtsim(args: &[&str], user: &str, password: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .args(args)
        .env("KLACHTSIM_LRS_USER", user)
        .env("KLACHTSIM_LRS_PASSWORD", password)
        .env("KLACHTSIM_SCENARIOS", common::root().join("scenarios"))
        .env_remove("KLACHTSIM_LRS_CONFIG")
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

/// The ids of the statements `review --format xapi` gives for `log`.
fn exported(log: &Path) -> Vec<String> {
    let (code, out, err) = klachtsim(&["review", &log.display().to_string(), "--format", "xapi"], "-", "-");
    assert_eq!(code, 0, "{err}");
    let all: Vec<Value> = serde_json::from_str(&out).unwrap();
    all.iter().map(|s| s["id"].as_str().unwrap().to_owned()).collect()
}

fn ids(statements: &[Value]) -> BTreeSet<String> {
    statements.iter().map(|s| s["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn a_real_log_round_trips_and_a_second_send_adds_nothing() {
    let Some(python) = venv_python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let log = class_log(dir.path());
    let want = exported(&log);
    let target = dir.path().join("docent");
    let ralph = Ralph::start(&python, dir.path(), &[("docent", "geheim", &target)]);
    let state = dir.path().join("verzonden.txt");
    let send = |extra: &[&str]| {
        let mut args =
            vec!["review", log.to_str().unwrap(), "--send-xapi", &ralph.url, "--xapi-state", state.to_str().unwrap()];
        args.extend_from_slice(extra);
        klachtsim(&args, "docent", "geheim")
    };
    // One batch: Ralph's file backend takes one write per user.
    let (code, out, err) = send(&["--xapi-batch", "1000"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(&format!("{} statements verstuurd", want.len())), "{out}");
    let stored = ralph.statements("docent", "geheim");
    assert_eq!(stored.len(), want.len(), "every statement accepted");
    assert_eq!(ids(&stored), want.iter().cloned().collect());
    // A second send sends nothing.
    let (code, out, _) = send(&[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("0 statements verstuurd") && out.contains(&format!("{} waren er al", want.len())), "{out}");
    // With the state file lost, the LRS recognises every id: nothing is
    // written (a write would fail on this backend) and nothing doubles.
    std::fs::remove_file(&state).unwrap();
    let (code, out, err) = send(&["--xapi-tries", "1"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(ralph.statements("docent", "geheim").len(), want.len());
}

#[test]
fn an_lrs_that_stops_mid_send_loses_nothing() {
    let Some(python) = venv_python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let log = class_log(dir.path());
    let want: BTreeSet<String> = exported(&log).into_iter().collect();
    let (first, second) = (dir.path().join("eerste"), dir.path().join("tweede"));
    let users = [("eerste", "pw1", first.as_path()), ("tweede", "pw2", second.as_path())];
    let state = dir.path().join("verzonden.txt");
    let send = |url: &str, user: &str, pw: &str, extra: &[&str]| {
        let mut args = vec![
            "review",
            log.to_str().unwrap(),
            "--send-xapi",
            url,
            "--xapi-state",
            state.to_str().unwrap(),
            "--xapi-tries",
            "2",
        ];
        args.extend_from_slice(extra);
        klachtsim(&args, user, pw)
    };
    let ralph = Ralph::start(&python, dir.path(), &users);
    // Batches of 10: the first is stored, the second is refused (500,
    // retried, then given up): the LRS failed half-way.
    let (code, _, err) = send(&ralph.url, "eerste", "pw1", &["--xapi-batch", "10"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 500") && err.contains(&format!("{} statements zijn nog niet verstuurd", want.len() - 10)),
        "{err}"
    );
    let url = ralph.url.clone();
    let part = ids(&ralph.statements("eerste", "pw1"));
    assert_eq!(part.len(), 10);
    // The LRS stops altogether: nothing is lost, nothing counted as sent.
    drop(ralph);
    let (code, _, err) = send(&url, "eerste", "pw1", &[]);
    assert_eq!(code, 1);
    assert!(err.contains("niet bereikbaar"), "{err}");
    assert_eq!(std::fs::read_to_string(&state).unwrap().lines().count(), 10);
    // Back again: the next run sends exactly the rest (here as a second
    // user, whose folder the file backend can still write).
    let ralph = Ralph::start(&python, dir.path(), &users);
    let (code, out, err) = send(&ralph.url, "tweede", "pw2", &["--xapi-batch", "1000"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("{} statements verstuurd", want.len() - 10)) && out.contains("10 waren er al"),
        "{out}"
    );
    let rest = ids(&ralph.statements("tweede", "pw2"));
    let part = ids(&ralph.statements("eerste", "pw1")).into_iter().chain(rest.clone());
    assert_eq!(part.collect::<BTreeSet<_>>(), want);
    assert_eq!(rest.len(), want.len() - 10, "none twice");
}

#[test]
fn the_statements_pass_learning_lockers_validation() {
    set_up();
    let npm = home_cache("KLACHTSIM_NPM", "klachtsim-npm").join("node_modules");
    if !npm.join("@learninglocker/xapi-validation").exists() {
        if std::env::var_os("KLACHTSIM_NO_LRS").is_some_and(|v| v == "1") {
            eprintln!("skipped: KLACHTSIM_NO_LRS=1, and @learninglocker/xapi-validation is not installed");
            return;
        }
        panic!("@learninglocker/xapi-validation is not in {}: run `bash .ci/lrs-setup`", npm.display());
    }
    let dir = tempfile::tempdir().unwrap();
    let log = class_log(dir.path());
    let file = dir.path().join("statements.json");
    let (code, _, err) =
        klachtsim(&["review", log.to_str().unwrap(), "--format", "xapi", "--out", file.to_str().unwrap()], "-", "-");
    assert_eq!(code, 0, "{err}");
    let script = "const v = require('@learninglocker/xapi-validation').default;\
        const all = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));\
        let bad = 0;\
        for (const s of all) { const w = v(s); if (w.length) { bad++; console.log(s.id, JSON.stringify(w.map(x => [x.path, x.name]))); } }\
        console.log(all.length + ' checked, ' + bad + ' with errors');\
        process.exit(bad ? 1 : 0);";
    let out = Command::new("node").args(["-e", script]).arg(&file).env("NODE_PATH", &npm).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains(" checked, 0 with errors") && !text.starts_with("0 checked"), "{text}");
}
