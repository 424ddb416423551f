//! Engine benchmarks, each against its own baseline in the same run
//! (figures and machine in benches/README.md):
//! 1. load and validate 10,000 generated scenarios vs bare `ron`;
//! 2. score 100,000 scripted sessions (sessions per second);
//! 3. review a log of 1,000,000 records vs reading and splitting the file
//!    (with KLACHTSIM_BENCH_READERS=1, also with the serde reader alone).
//!
//! The generated inputs live under the system's temp folder and are made
//! once; set KLACHTSIM_BENCH_SMALL=1 for a quick run with a tenth of them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use klachtsim::load::Library;
use klachtsim::model::Scenario;
use klachtsim::review::{Filter, Tally, overview_of_logs};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scale(n: usize) -> usize {
    if std::env::var_os("KLACHTSIM_BENCH_SMALL").is_some() { n / 10 } else { n }
}

/// A folder of `n` valid scenarios made from a shipped one.
fn scenario_library(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klachtsim-bench-library-v2-{n}"));
    let done = dir.join(".complete");
    if done.exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(root().join("scenarios/gstar-rits-kapot.ron")).unwrap();
    std::fs::copy(root().join("scenarios/policy.ron"), dir.join("policy.ron")).unwrap();
    for i in 0..n {
        let t = text
            .replace("gstar-rits-kapot", &format!("gen-{i:05}"))
            .replace("price: 129.95", &format!("price: {}.95", 130 + i % 50));
        std::fs::write(dir.join(format!("gen-{i:05}.ron")), t).unwrap();
    }
    std::fs::write(done, "").unwrap();
    dir
}

fn bare_ron(dir: &Path) -> usize {
    let opts = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut ok = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "ron") && p.file_name().is_some_and(|f| f != "policy.ron") {
            let text = std::fs::read_to_string(&p).unwrap();
            ok += usize::from(opts.from_str::<Scenario>(&text).is_ok());
        }
    }
    ok
}

fn load(c: &mut Criterion) {
    let n = scale(10_000);
    let dir = scenario_library(n);
    let mut g = c.benchmark_group("load-10k-scenarios");
    g.sample_size(10).measurement_time(Duration::from_secs(30)).throughput(Throughput::Elements(n as u64));
    g.bench_function(BenchmarkId::new("baseline: bare ron", n), |b| b.iter(|| assert_eq!(bare_ron(&dir), n)));
    g.bench_function(BenchmarkId::new("klachtsim: load and validate", n), |b| {
        b.iter(|| {
            let lib = Library::load(&dir);
            assert_eq!(lib.scenarios.len(), n);
        })
    });
    g.finish();
}

fn score(c: &mut Criterion) {
    let n = scale(100_000);
    let lib = Library::load(&root().join("scenarios"));
    let scripts: Vec<_> =
        ["gstar-rits-kapot.model.ron", "gstar-kleur-gelekt.poor.ron", "gstar-parka-niet-waterdicht.model.ron"]
            .iter()
            .map(|s| klachtsim::script::load_script(&root().join("tests/scripts").join(s)).unwrap())
            .collect();
    let cases: Vec<_> = scripts.iter().map(|s| (lib.get(&s.scenario).unwrap(), s)).collect();
    let mut g = c.benchmark_group("score-100k-sessions");
    g.sample_size(10).measurement_time(Duration::from_secs(30)).throughput(Throughput::Elements(n as u64));
    g.bench_function(BenchmarkId::new("play and score", n), |b| {
        b.iter(|| {
            let mut total = 0u64;
            for i in 0..n {
                let (loaded, script) = cases[i % cases.len()];
                let mut s = klachtsim::sim::Session::new(&loaded.scenario, &loaded.policy, i as u64);
                for a in &script.actions {
                    s.apply(a.action.clone(), a.line).unwrap();
                }
                total +=
                    u64::from(klachtsim::score::score(&loaded.scenario, &loaded.policy, &s.state, i as u64).overall);
            }
            total
        })
    });
    g.finish();
}

/// A log of `n` records (a mix of the shipped model and poor runs).
fn big_log(n: usize) -> PathBuf {
    // v2: the actions written last, as `log::append` does since then; v3:
    // every record a session of its own (the review counts a session once).
    let path = std::env::temp_dir().join(format!("klachtsim-bench-log-v3-{n}.jsonl"));
    if path.exists() {
        return path;
    }
    let lib = Library::load(&root().join("scenarios"));
    let mut lines = Vec::new();
    for name in ["gstar-rits-kapot.model.ron", "gstar-kleur-gelekt.poor.ron", "gstar-parka-niet-waterdicht.poor.ron"] {
        let s = klachtsim::script::load_script(&root().join("tests/scripts").join(name)).unwrap();
        let p = klachtsim::script::play_script(&s, &lib, None, None).unwrap();
        let now = chrono::Local::now().fixed_offset();
        let r = klachtsim::log::Record::new(klachtsim::log::NewRecord {
            trainee: "x",
            group: "g",
            loaded: &p.loaded,
            policy_name: "standaard",
            seed: s.seed,
            state: &p.state,
            debrief: &p.debrief,
            started: now,
            ended: now,
        });
        lines.push(r);
    }
    let tmp = path.with_extension("partial");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp).unwrap());
    for i in 0..n {
        let mut r = lines[i % lines.len()].clone();
        r.trainee = format!("leerling-{}", i % 300);
        r.group = format!("klas-{}", i % 12);
        let later = chrono::Duration::seconds(i as i64);
        (r.started, r.ended) = (r.started + later, r.ended + later);
        serde_json::to_writer(&mut out, &r).unwrap();
        std::io::Write::write_all(&mut out, b"\n").unwrap();
    }
    std::io::Write::flush(&mut out).unwrap();
    drop(out);
    std::fs::rename(tmp, &path).unwrap();
    path
}

fn read_and_split(path: &Path) -> usize {
    use std::io::BufRead;
    let mut r = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path).unwrap());
    let mut buf = Vec::new();
    let mut lines = 0;
    while r.read_until(b'\n', &mut buf).unwrap() > 0 {
        lines += 1;
        buf.clear();
    }
    lines
}

fn review(c: &mut Criterion) {
    let n = scale(1_000_000);
    let path = big_log(n);
    let policy = klachtsim::policy::Policy::default();
    let mut g = c.benchmark_group("review-1m-records");
    g.sample_size(10).measurement_time(Duration::from_secs(60)).throughput(Throughput::Elements(n as u64));
    g.bench_function(BenchmarkId::new("baseline: read and split lines", n), |b| {
        b.iter(|| assert_eq!(read_and_split(&path), n))
    });
    g.bench_function(BenchmarkId::new("klachtsim: review", n), |b| {
        // What `klachtsim review` does: count the log while reading it.
        b.iter(|| {
            let (o, warnings, errors) = overview_of_logs(
                std::slice::from_ref(&path),
                &Filter::default(),
                &klachtsim::review::Rules::of(&policy),
            );
            assert!(warnings.is_empty() && errors.is_empty());
            assert_eq!(o.sessions, n);
        })
    });
    // With KLACHTSIM_BENCH_READERS set, the same review with each line read
    // by serde_json alone (the hand reader for the layout this program
    // writes left out), whole or only up to the actions: what the hand
    // reader buys (benches/README.md, "3a"). Off by default: it adds
    // three minutes to the run.
    if std::env::var_os("KLACHTSIM_BENCH_READERS").is_some() {
        for (name, head) in [("serde reader only", false), ("serde reader up to the actions", true)] {
            g.bench_function(BenchmarkId::new(format!("klachtsim: review, {name}"), n), |b| {
                b.iter(|| assert_eq!(review_with_serde(&path, &policy, head).sessions, n))
            });
        }
    }
    g.finish();
}

/// `overview_of_logs` of one log with every line read by the serde reader;
/// `head` reads a line only up to its actions (in a buffer per block).
fn review_with_serde(path: &Path, policy: &klachtsim::policy::Policy, head: bool) -> klachtsim::review::Overview {
    use klachtsim::log::logged_session::parse_general;
    let filter = Filter::default();
    let rules = klachtsim::review::Rules::of(policy);
    let start = || (Tally::new(&filter, &rules), Vec::new());
    let (blocks, warnings) = klachtsim::log::fold_blocks(path, start, |(tally, buf), line| {
        let at = if head { memchr::memmem::find(line, b",\"actions\":[") } else { None };
        match at {
            Some(at) => {
                buf.clear();
                buf.extend_from_slice(&line[..at]);
                buf.extend_from_slice(b",\"actions\":[]}");
                tally.add(&parse_general(buf)?);
            }
            None => tally.add(&parse_general(line)?),
        }
        Ok(())
    })
    .unwrap();
    assert!(warnings.is_empty());
    let mut total = Tally::new(&filter, &rules);
    blocks.into_iter().for_each(|(t, _)| total.merge(t));
    total.finish()
}

criterion_group!(benches, load, score, review);
criterion_main!(benches);
