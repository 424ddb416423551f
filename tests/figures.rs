//! The review's figures against a plain count: a property test over logs
//! that mix finished, abandoned, surveyed and unsurveyed sessions over
//! weeks, time zones, spellings of names and groups; and the log of two
//! abandoned sessions from issue 16.

mod common;

use std::sync::OnceLock;

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::log::record::Status;
use klachtsim::policy::Rule;
use klachtsim::review::rows::num;
use klachtsim::review::{Filter, Rules, csv, overview, overview_of_logs, xapi};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Played once: model and poor runs of cases with and without a required
/// escalation.
fn played() -> &'static [Record] {
    static PLAYED: OnceLock<Vec<Record>> = OnceLock::new();
    PLAYED.get_or_init(|| {
        ["gstar-rits-kapot", "gstar-kinderjas-drukknoop", "gstar-parka-niet-waterdicht"]
            .iter()
            .flat_map(|s| ["model", "poor"].map(|k| common::record(&format!("{s}.{k}.ron"), "x", "x", 16, 9)))
            .collect()
    })
}

/// Spellings of two people: case, white space, composed and decomposed.
const NAMES: [&str; 8] = ["Anna", "anna", "Anna ", "ANNA", "Jos\u{e9}", "Jose\u{301}", "JOS\u{c9}", ""];
const GROUPS: [&str; 3] = ["2B", "2b", " 3C"];
const OFFSETS: [i32; 5] = [-5, 0, 1, 2, 14];

#[derive(Clone, Debug)]
struct Gen {
    base: usize,
    abandoned: bool,
    surveyed: bool,
    csat: u8,
    name: usize,
    group: usize,
    day: i64,
    hour: u32,
    offset: usize,
}

fn session() -> impl Strategy<Value = Gen> {
    (0..6usize, any::<bool>(), any::<bool>(), 1..=5u8, 0..NAMES.len(), 0..GROUPS.len(), 0..35i64, 0..24u32, 0..5usize)
        .prop_map(|(base, abandoned, surveyed, csat, name, group, day, hour, offset)| Gen {
            base,
            abandoned,
            surveyed,
            csat,
            name,
            group,
            day,
            hour,
            offset,
        })
}

fn make(g: &Gen) -> Record {
    let mut r = played()[g.base].clone();
    r.trainee = NAMES[g.name].to_owned();
    r.group = GROUPS[g.group].to_owned();
    let tz = FixedOffset::east_opt(OFFSETS[g.offset] * 3600).unwrap();
    r.started = tz.with_ymd_and_hms(2026, 11, 2, g.hour, 0, 0).unwrap() + Duration::days(g.day);
    r.ended = r.started + Duration::minutes(20);
    if g.abandoned {
        r.status = Status::Abandoned;
        r.closed = None;
        r.lesson = None;
    }
    r.csat = g.csat;
    r.csat_collected = g.surveyed && !g.abandoned;
    // Some sessions came near a breach of their SLA.
    if g.hour.is_multiple_of(3) {
        r.near_breach = vec![klachtsim::policy::Rule::SlaOwner.id().to_owned()];
    }
    r
}

// ---------------------------------------------------------------------------
// The plain implementation: every figure counted straight from the records.

fn same(a: &str, b: &str) -> bool {
    let k = |s: &str| s.trim().nfc().collect::<String>().to_lowercase().nfc().collect::<String>();
    k(a) == k(b)
}

fn plain_matches(f: &Filter, r: &Record) -> bool {
    let day = r.started.with_timezone(&chrono_tz::Europe::Amsterdam).date_naive();
    f.group.as_ref().is_none_or(|g| same(g, &r.group))
        && f.trainee.as_ref().is_none_or(|t| same(t, &r.trainee))
        && f.from.is_none_or(|d| day >= d)
        && f.to.is_none_or(|d| day <= d)
}

#[derive(Debug, PartialEq)]
struct Plain {
    sessions: usize,
    abandoned: usize,
    passed: usize,
    within_sla: usize,
    csat: (u64, usize),
    escalation: [usize; 3],
    working_minutes: (i64, usize),
    people: usize,
}

fn plain(records: &[&Record]) -> Plain {
    let cal = klachtsim::calendar::Calendar::new(&klachtsim::policy::Policy::default());
    let mut p = Plain {
        sessions: records.len(),
        abandoned: 0,
        passed: 0,
        within_sla: 0,
        csat: (0, 0),
        escalation: [0; 3],
        working_minutes: (0, 0),
        people: 0,
    };
    let mut people: Vec<(&str, &str)> = Vec::new();
    for r in records {
        if !people.iter().any(|(g, t)| same(g, &r.group) && same(t, &r.trainee)) {
            people.push((&r.group, &r.trainee));
        }
        if r.status == Status::Abandoned {
            p.abandoned += 1;
            continue;
        }
        p.passed += usize::from(r.overall >= 55);
        p.within_sla += usize::from(!r.violations.iter().any(|v| v.rule.starts_with("sla-")));
        if r.csat_collected {
            p.csat.0 += u64::from(r.csat);
            p.csat.1 += 1;
        }
        let wrong = r.violations.iter().any(|v| v.rule == Rule::EscalationTriggers.id());
        p.escalation[match (wrong, r.escalated) {
            (false, _) => 0,
            (true, true) => 1,
            (true, false) => 2,
        }] += 1;
        if let Some(closed) = r.closed {
            // Minute by minute: is the office open?
            let mut t = r.sim_started;
            let mut n = 0;
            while t < closed {
                n += i64::from(cal.is_open(t));
                t += Duration::minutes(1);
            }
            p.working_minutes.0 += n;
            p.working_minutes.1 += 1;
        }
    }
    p.people = people.len();
    p
}

fn filters() -> Vec<Filter> {
    let d = |day| NaiveDate::from_ymd_opt(2026, 11, day);
    vec![
        Filter::default(),
        Filter { trainee: Some("ANNA".into()), ..Filter::default() },
        Filter { trainee: Some("jos\u{e9}".into()), group: Some("2B ".into()), ..Filter::default() },
        Filter { group: Some("3c".into()), ..Filter::default() },
        Filter { from: d(9), to: d(22), ..Filter::default() },
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn every_figure_equals_a_plain_count_in_every_format(gens in prop::collection::vec(session(), 1..40)) {
        // Two generated sessions can be the same session (same trainee,
        // case, seed, times and score): a log read counts it once, so the
        // records given to the overview are the distinct ones.
        let mut ids = std::collections::HashSet::new();
        let records: Vec<Record> = gens.iter().map(make).filter(|r| ids.insert(r.session_id())).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("klas.jsonl");
        for r in &records {
            klachtsim::log::append(&path, r).unwrap();
        }
        let rules = Rules::default();
        for f in filters() {
            let mine: Vec<&Record> = records.iter().filter(|r| plain_matches(&f, r)).collect();
            let p = plain(&mine);
            let o = overview(&records, &f, &rules);
            let k = &o.kpis;
            prop_assert_eq!((o.sessions, k.abandoned), (p.sessions, p.abandoned), "{:?}", f);
            prop_assert_eq!((k.passed.part, k.passed.n), (p.passed, p.sessions));
            prop_assert_eq!((k.within_sla.part, k.within_sla.n), (p.within_sla, p.sessions));
            let near = mine.iter().filter(|r| !r.near_breach.is_empty()).count();
            prop_assert_eq!((k.near_breach.part, k.near_breach.n), (near, p.sessions));
            prop_assert_eq!(k.overall.n, p.sessions);
            prop_assert_eq!(k.csat.n, p.csat.1);
            prop_assert_eq!(k.csat.value, (p.csat.1 > 0).then(|| p.csat.0 as f64 / p.csat.1 as f64));
            let e = &k.escalation;
            prop_assert_eq!([e.right, e.unneeded, e.missed], p.escalation);
            prop_assert_eq!(k.resolution.n, p.working_minutes.1);
            let days = (p.working_minutes.1 > 0).then(|| p.working_minutes.0 as f64 / p.working_minutes.1 as f64 / 510.0);
            prop_assert_eq!(k.resolution.value, days);
            prop_assert_eq!(o.trainees.len(), p.people);
            prop_assert_eq!(o.trainees.iter().map(|t| t.abandoned).sum::<usize>(), p.abandoned);

            // The log read from disk gives the same figures.
            let (from_disk, _, errors) = overview_of_logs(std::slice::from_ref(&path), &f, &rules);
            prop_assert!(errors.is_empty());
            prop_assert_eq!(&from_disk.kpis, &o.kpis);
            prop_assert_eq!(&from_disk.trainees, &o.trainees);

            // The table shows the pass rate with its n; CSV per trainee the
            // sessions and abandoned ones; CSV per session and xAPI the same
            // pass decisions.
            let table = klachtsim::review::table::render(&o, Lang::Nl);
            if p.sessions > 0 {
                let pct = format!("{}%", num(Lang::Nl, 100.0 * p.passed as f64 / p.sessions as f64, 1));
                let row = table.lines().find(|l| l.contains("Aandeel voldoende")).unwrap_or_default().to_owned();
                prop_assert!(row.contains(&pct) && row.contains(&format!(" {} ", p.sessions)), "{}", row);
                // The mean score is a score, and the pass mark says where
                // passing starts: no percentage in that row.
                let mean = mine.iter().map(|r| f64::from(r.overall)).sum::<f64>() / p.sessions as f64;
                let row = table.lines().find(|l| l.contains("Gemiddelde totaalscore")).unwrap_or_default().to_owned();
                prop_assert!(row.contains(&num(Lang::Nl, mean, 1)) && row.contains("voldoende vanaf 55"), "{}", row);
                prop_assert!(!row.contains('%'), "{}", row);
            }
            let text = csv::trainees(&o, Lang::Nl);
            let rows: Vec<Vec<&str>> = text.lines().skip_while(|l| !l.is_empty()).skip(2).map(|l| l.split(';').collect()).collect();
            prop_assert_eq!(rows.iter().map(|r| r[2].parse::<usize>().unwrap()).sum::<usize>(), p.sessions);
            prop_assert_eq!(rows.iter().map(|r| r[3].parse::<usize>().unwrap()).sum::<usize>(), p.abandoned);
            let about = klachtsim::review::About::default();
            let per_session = csv::sessions(&mine, &about, &rules, Lang::Nl);
            let lines: Vec<Vec<&str>> = per_session.lines().skip_while(|l| !l.is_empty()).skip(1).map(|l| l.split(';').collect()).collect();
            let col = lines[0].iter().position(|h| *h == "voldoende").unwrap();
            prop_assert_eq!(lines[1..].iter().filter(|l| l[col] == "ja").count(), p.passed);
            let statements = xapi::statements(&mine, 55);
            let successes = statements.as_array().unwrap().iter().filter(|s| s["result"]["success"] == true).count();
            prop_assert_eq!(successes, p.passed);
        }
    }
}

#[test]
fn a_log_of_two_abandoned_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("afgebroken.jsonl");
    for day in [0, 1] {
        let r = make(&Gen {
            base: 0,
            abandoned: true,
            surveyed: false,
            csat: 5,
            name: 0,
            group: 0,
            day,
            hour: 10,
            offset: 2,
        });
        klachtsim::log::append(&log, &r).unwrap();
    }
    let l = log.display().to_string();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = klachtsim::cli::run(["klachtsim", "review", &l], &mut out, &mut err);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    assert!(out.contains("afgebroken: 2"), "{out}");
    let kpi =
        |name: &str| out.lines().find(|l| l.trim_start().starts_with(name)).unwrap_or_else(|| panic!("{name}: {out}"));
    // No CSAT mean: no survey was sent.
    assert!(kpi("Gemiddelde CSAT").contains("—"), "{out}");
    assert!(!kpi("Gemiddelde CSAT").contains("5,0"), "{out}");
    assert!(kpi("Aandeel voldoende").contains("0,0%"), "{out}");
    assert!(kpi("Binnen SLA").contains("0,0%"), "{out}");
    // n next to every figure: the CSAT over 0 surveys, the rest over 2
    // sessions (escalation: no finished session to judge).
    let n_of = |name: &str| {
        let cells: Vec<&str> = kpi(name).split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
        cells[2].to_owned()
    };
    assert_eq!(n_of("Gemiddelde CSAT"), "0");
    assert_eq!(n_of("Aandeel voldoende"), "2");
    assert_eq!(n_of("Binnen SLA"), "2");
    assert_eq!(n_of("Escalatie terecht"), "0");
    assert_eq!(n_of("Afgebroken"), "2");
    // Per trainee too, and xAPI never calls an abandoned session a success.
    let (records, _, _) = klachtsim::log::read_all(std::slice::from_ref(&log));
    let o = overview(&records, &Filter::default(), &Rules::default());
    assert_eq!((o.trainees[0].sessions, o.trainees[0].abandoned), (2, 2));
    assert!(o.lessons.is_empty(), "no lesson was recorded");
    let rs: Vec<&Record> = records.iter().collect();
    let v = xapi::statements(&rs, 55);
    assert!(v.as_array().unwrap().iter().all(|s| s["result"].get("success").is_none_or(|x| x == false)));
}

#[test]
fn an_empty_log_says_it_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("leeg.jsonl");
    std::fs::write(&log, "").unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    klachtsim::cli::run(["klachtsim", "review", &log.display().to_string()], &mut out, &mut err);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("Het logboek is leeg") && !out.contains("filters voldoen"), "{out}");
    assert!(out.contains("Bronbestanden: ") && out.contains("leeg.jsonl"), "{out}");
}

#[test]
fn rounding_is_half_away_from_zero_everywhere() {
    assert_eq!(num(Lang::Nl, 54.5, 0), "55");
    assert_eq!(num(Lang::Nl, 55.5, 0), "56");
    assert_eq!(num(Lang::Nl, 12.5, 0), "13");
    assert_eq!(num(Lang::En, -0.5, 0), "-1");
    assert_eq!(num(Lang::En, -0.04, 1), "0.0");
    assert_eq!(num(Lang::Nl, 2.25, 1), "2,3");
}
