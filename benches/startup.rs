//! Benchmark 4: cold start of the game to its first rendered frame, against
//! an empty Bevy app with the same plugins (Bevy's default plugins with the
//! same window, egui, a camera), both as a fresh process that exits after
//! its first frame. Also reports the peak resident memory of each.
//!
//! Needs a display: run it under Xvfb, e.g.
//!     xvfb-run -a -s "-screen 0 1280x720x24" cargo bench --bench startup
//! Without DISPLAY it says so and measures nothing.

use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const EXE: &str = env!("CARGO_BIN_EXE_klachtsim");

/// The game, started so that it exits after its first frame.
fn klachtsim(extra: &[&str]) -> Command {
    let mut c = Command::new(EXE);
    c.args(["game", "--no-log", "--exit-after-first-frame"])
        .args(extra)
        .env("KLACHTSIM_SCENARIOS", concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
        .stderr(Stdio::null());
    c
}

fn launch(extra: &[&str]) {
    let status = klachtsim(extra).stdout(Stdio::null()).status().expect("start klachtsim");
    assert!(status.success(), "klachtsim {extra:?} exited with {status}");
}

/// Peak resident memory (MiB) of one run: the app prints its own peak
/// (VmHWM) when it exits after the first frame.
fn peak_rss_mib(extra: &[&str]) -> f64 {
    let out = klachtsim(extra).output().expect("start klachtsim");
    let text = String::from_utf8_lossy(&out.stdout);
    let kib: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix("peak-rss-kib "))
        .and_then(|v| v.trim().parse().ok())
        .expect("the app reports its peak memory");
    kib / 1024.0
}

fn startup(c: &mut Criterion) {
    if std::env::var_os("DISPLAY").is_none() {
        eprintln!("startup benchmark skipped: no DISPLAY (run it under xvfb-run)");
        return;
    }
    // Warm the file cache and the shader cache once, as a second start would.
    launch(&[]);
    launch(&["--empty"]);
    let mut g = c.benchmark_group("cold-start-to-first-frame");
    g.sample_size(10).measurement_time(Duration::from_secs(60)).warm_up_time(Duration::from_secs(5));
    g.bench_function(BenchmarkId::new("baseline: empty Bevy app, same plugins", ""), |b| {
        b.iter(|| launch(&["--empty"]))
    });
    g.bench_function(BenchmarkId::new("klachtsim: game", ""), |b| b.iter(|| launch(&[])));
    g.finish();
    let base = peak_rss_mib(&["--empty"]);
    let game = peak_rss_mib(&[]);
    eprintln!("peak resident memory: baseline {base:.0} MiB, klachtsim {game:.0} MiB (target: under 300 MB)");
}

criterion_group!(benches, startup);
criterion_main!(benches);
