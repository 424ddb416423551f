//! The trainers' review: overview, KPIs and alerts, filters, and the CSV,
//! HTML and xAPI outputs, with hostile names; and replay.

mod common;

use chrono::NaiveDate;
use common::record;
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::model::{Category, Step};
use klachtsim::review::{About, Filter, Rules, csv, html, identity, overview, xapi};

const EVIL: &str = "=HYPERLINK(\"http://x\";\"klik\")";

fn class() -> Vec<Record> {
    let mut v = Vec::new();
    for (i, s) in ["gstar-rits-kapot", "gstar-kleur-gelekt", "gstar-parka-niet-waterdicht"].iter().enumerate() {
        let day = 16 + i as u32;
        v.push(record(&format!("{s}.model.ron"), "Anna", "2B", day, 9));
        v.push(record(&format!("{s}.poor.ron"), "Bram", "2B", day, 10));
        v.push(record(&format!("{s}.poor.ron"), EVIL, "3C", day + 7, 11));
        v.push(record(&format!("{s}.model.ron"), "<script>alert(1)</script>", "3C", day + 7, 12));
    }
    v
}

#[test]
fn the_overview_per_trainee_step_scenario_and_week() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    assert_eq!(o.sessions, 12);
    let anna = o.trainees.iter().find(|t| t.trainee == "Anna").unwrap();
    assert_eq!((anna.sessions, anna.overall, anna.weakest), (3, 100.0, None));
    let bram = o.trainees.iter().find(|t| t.trainee == "Bram").unwrap();
    // First and last: the overall scores of his first and last session.
    let his: Vec<u32> = recs.iter().filter(|r| r.trainee == "Bram").map(|r| r.overall).collect();
    assert_eq!((bram.first, bram.last), (his[0], his[his.len() - 1]));
    // Listen, acknowledge and improve are all 0 for Bram: the first of them.
    assert_eq!(bram.weakest, Some(Step::Listen));
    assert_eq!(o.scenarios.len(), 3);
    assert_eq!(o.weeks.len(), 2);
    assert_eq!(o.weeks[0].week, 47);
    // Most common violations first.
    assert!(o.violations.windows(2).all(|w| w[0].1 >= w[1].1));
    assert_eq!(o.violations[0].1, 6);
}

#[test]
fn kpis_and_alerts_against_the_policy_targets() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    assert_eq!((o.kpis.within_sla.part, o.kpis.within_sla.n), (6, 12));
    assert_eq!((o.kpis.passed.part, o.kpis.passed.n), (6, 12));
    assert_eq!(o.kpis.abandoned, 0);
    // The CSAT counts only the surveys sent and answered.
    let surveyed = recs.iter().filter(|r| r.csat_collected).count();
    assert_eq!(o.kpis.csat.n, surveyed);
    let alerts: Vec<&str> = o.alerts.iter().map(|a| a.kpi).collect();
    assert!(alerts.contains(&"kpi-within-sla") && alerts.contains(&"kpi-escalation"), "{alerts:?}");
    // The model runs meet every target: two of the three cases must be
    // escalated, and escalating them is right, not a lower score.
    let good = Filter { trainee: Some("anna".into()), ..Filter::default() };
    let o = overview(&recs, &good, &Rules::default());
    assert_eq!((o.kpis.escalation.right, o.kpis.escalation.share().n), (3, 3));
    assert!(o.alerts.is_empty(), "{:?}", o.alerts);
}

#[test]
fn the_five_most_recently_closed_cases() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    assert_eq!(o.recent.len(), 5);
    assert!(o.recent.windows(2).all(|w| w[0].ended >= w[1].ended));
    assert_eq!(o.recent[0].trainee, "<script>alert(1)</script>");
}

#[test]
fn lessons_by_category_with_rca_due_from_three_complaints() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    let product = o.lessons.iter().find(|c| c.category == Category::Product).unwrap();
    assert_eq!(product.complaints, 12);
    assert!(product.rca_due);
    // Six lessons recorded: the three model lessons, each by Anna and by the
    // trainee with the hostile name, are three groups of two.
    assert_eq!(product.lessons.len(), 3);
    for g in &product.lessons {
        assert_eq!(g.count, 2);
        let names: Vec<&str> = g.trainees.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["Anna", "<script>alert(1)</script>"]);
        assert_eq!(klachtsim::review::rows::who(Lang::Nl, g), "Anna (2B), <script>alert(1)</script> (3C) (2×)");
    }
    let two = Filter { scenario: Some("gstar-rits-kapot".into()), group: Some("2b".into()), ..Filter::default() };
    let o = overview(&recs, &two, &Rules::default());
    assert_eq!(o.lessons[0].complaints, 2);
    assert!(!o.lessons[0].rca_due);
}

#[test]
fn filters_by_group_trainee_scenario_and_dates() {
    let recs = class();
    let count = |f: Filter| overview(&recs, &f, &Rules::default()).sessions;
    assert_eq!(count(Filter { group: Some("3C".into()), ..Filter::default() }), 6);
    assert_eq!(count(Filter { trainee: Some("bram".into()), ..Filter::default() }), 3);
    assert_eq!(count(Filter { scenario: Some("gstar-kleur-gelekt".into()), ..Filter::default() }), 4);
    let d = |day| NaiveDate::from_ymd_opt(2026, 11, day);
    assert_eq!(count(Filter { from: d(17), to: d(18), ..Filter::default() }), 4);
    assert_eq!(count(Filter { from: d(23), ..Filter::default() }), 6);
}

#[test]
fn csv_opens_in_dutch_spreadsheets_and_cannot_run_formulas() {
    assert_eq!(csv::field("=1+1"), "'=1+1");
    assert_eq!(csv::field("+31 6 1234"), "'+31 6 1234");
    assert_eq!(csv::field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv::field("-2+3"), "'-2+3");
    assert_eq!(csv::field("a;b"), "\"a;b\"");
    assert_eq!(csv::field("zei \"hoi\""), "\"zei \"\"hoi\"\"\"");
    assert_eq!(csv::field("Anna"), "Anna");
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    let text = csv::trainees(&o, Lang::Nl);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("\r\n"));
    let evil_row = text.lines().find(|l| l.contains("HYPERLINK")).unwrap();
    let scores: Vec<f64> = recs.iter().filter(|r| r.trainee == EVIL).map(|r| f64::from(r.overall)).collect();
    let mean = format!("{:.1}", scores.iter().sum::<f64>() / scores.len() as f64).replace('.', ",");
    let start = format!("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";3C;3;0;{mean};");
    assert!(evil_row.starts_with(&start), "{evil_row}");
    // Header rows say what the export is made of, then an empty row.
    assert!(text.contains("Bronbestanden;") && text.contains("Filters;geen"), "{text}");
    let table: Vec<&str> = text.lines().skip_while(|l| !l.is_empty()).skip(1).collect();
    // Every row has as many fields as the header (no stray separators).
    let header_fields = table[0].matches(';').count();
    for line in table {
        let outside_quotes = line.split('"').step_by(2).map(|p| p.matches(';').count()).sum::<usize>();
        assert_eq!(outside_quotes, header_fields, "{line}");
    }
    let rs: Vec<&Record> = recs.iter().collect();
    let sessions = csv::sessions(&rs, &About::default(), &Rules::default(), Lang::Nl);
    assert_eq!(sessions.lines().skip_while(|l| !l.is_empty()).count(), 14);
    assert!(sessions.contains(";ja;") && sessions.contains(";nee;"));
}

#[test]
fn the_html_report_is_self_contained_and_escapes_everything() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    let page = html::render(&o, Lang::Nl);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script"), "a name was not escaped");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("=HYPERLINK(&quot;http://x&quot;;&quot;klik&quot;)"));
    assert!(page.matches("<svg").count() >= 3);
    assert!(page.contains("@media print"));
    assert!(!page.contains("src=") && !page.contains("<link"), "nothing is loaded from elsewhere");
    assert!(page.contains("oorzaakanalyse (5x waarom) nodig"));
    assert_eq!(html::esc("<a href='x'>&</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
}

#[test]
fn xapi_statements_per_session_and_per_decision() {
    let recs = class();
    let rs: Vec<&Record> = recs.iter().collect();
    let v = xapi::statements(&rs, 55);
    let all = v.as_array().unwrap();
    let actions: usize = recs.iter().map(|r| r.actions.len()).sum();
    assert_eq!(all.len(), recs.len() + actions);
    let first = &all[0];
    assert_eq!(first["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
    assert_eq!(first["result"]["score"]["scaled"], 1.0);
    assert_eq!(first["result"]["success"], true);
    assert_eq!(first["result"]["completion"], true);
    // The simulated duration, from receipt to the end of the case.
    let sim = (recs[0].sim_ended - recs[0].sim_started).num_seconds();
    assert_eq!(first["result"]["duration"], xapi::iso_duration(sim));
    assert_eq!(all[1]["context"]["registration"], first["context"]["registration"]);
    assert_eq!(all[1]["verb"]["id"], "http://adlnet.gov/expapi/verbs/interacted");
    // Pseudonymous on request: no name of a trainee appears anywhere.
    let dir = tempfile::tempdir().unwrap();
    let mapping = xapi::Pseudonyms::open(&dir.path().join("pseudoniemen.csv")).unwrap();
    let mut config = xapi::Config {
        naming: xapi::Naming::Pseudonyms(mapping),
        ..xapi::Config::from_env(55, chrono_tz::Europe::Amsterdam)
    };
    let text = serde_json::to_string(&xapi::statements_with(&rs, &mut config)).unwrap();
    for name in ["Anna", "Bram", "HYPERLINK", "alert(1)"] {
        assert!(!text.contains(name), "{name} leaks into xAPI");
    }
    // Ids are unique UUIDs.
    let ids: std::collections::BTreeSet<&str> = all.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len());
    assert!(ids.iter().all(|id| id.len() == 36 && id.as_bytes()[14] == b'5'));
    // The trainee's own view travels with the session: none from a script
    // run, "skipped", or a rating per step.
    use klachtsim::score::self_assessment::{SelfAssessment, SelfRating};
    let own_key = format!("{}/extensions/self-assessment", xapi::DEFAULT_BASE);
    assert!(first["result"]["extensions"][&own_key].is_null());
    let mut rated = recs[0].clone();
    rated.self_assessment = SelfAssessment::complete([Some(SelfRating::CouldBeBetter); 7]);
    let mut skipped = recs[0].clone();
    skipped.self_assessment = Some(SelfAssessment::Skipped);
    let v = xapi::statements(&[&rated, &skipped], 55);
    let own = |i: usize| {
        v.as_array().unwrap().iter().filter(|s| s["verb"]["display"]["en-US"] != "interacted").nth(i).unwrap()["result"]
            ["extensions"][&own_key]
            .clone()
    };
    assert_eq!(own(0), serde_json::to_value(rated.self_assessment).unwrap());
    assert!(own(0).to_string().contains(SelfRating::CouldBeBetter.key()), "{}", own(0));
    assert_eq!(own(1), serde_json::json!("skipped"));
    assert_eq!(xapi::iso_duration(0), "PT0S");
    assert_eq!(xapi::iso_duration(3600), "PT1H");
    assert_eq!(xapi::iso_duration(3725), "PT1H2M5S");
}

#[test]
fn replay_under_the_same_policy_changes_nothing_and_a_stricter_one_does() {
    use klachtsim::review::replay::{Replayed, changes, replay};
    let lib = common::library();
    let r = record("gstar-rits-kapot.model.ron", "Anna", "2B", 16, 9);
    let Replayed::Scored { debrief, scenario_changed } = replay(&r, &lib, None) else { panic!() };
    assert!(!scenario_changed);
    assert!(changes(&r, &debrief, Lang::Nl).is_empty());
    let mut strict = klachtsim::policy::Policy::default();
    strict.sla.acknowledgement = klachtsim::policy::Target::Minutes(5);
    let Replayed::Scored { debrief, .. } = replay(&r, &lib, Some(&strict)) else { panic!() };
    let c = changes(&r, &debrief, Lang::Nl);
    assert!(c.iter().any(|l| l.contains("totaal 100 →")), "{c:?}");
    assert!(c.iter().any(|l| l.contains("nieuwe overtreding: SLA ontvangstbevestiging")), "{c:?}");
    let mut gone = r.clone();
    gone.scenario.id = "bestaat-niet".into();
    assert!(matches!(replay(&gone, &lib, None), Replayed::ScenarioMissing));
}

fn cli(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = klachtsim::cli::run(std::iter::once("klachtsim").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn review_and_replay_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("klas.jsonl");
    for r in class() {
        klachtsim::log::append(&log, &r).unwrap();
    }
    // A crash left half a line at the end: reported, and the rest is used.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&log)
        .map(|mut f| std::io::Write::write_all(&mut f, b"{\"schema\":1,\"trai"))
        .unwrap()
        .unwrap();
    let l = log.display().to_string();
    let (code, out, err) = cli(&["review", &l]);
    assert_eq!(code, 0);
    assert!(out.contains("12 sessie(s)") && out.contains("Binnen SLA"), "{out}");
    assert!(err.contains("klas.jsonl:13") && err.contains("onvolledige laatste regel"), "{err}");
    let (_, out, _) = cli(&["--lang", "en", "review", &l, "--group", "2B"]);
    assert!(out.contains("6 session(s)") && out.contains("Within SLA"), "{out}");
    let html_path = dir.path().join("r.html");
    let (code, out, _) = cli(&["review", &l, "--format", "html", "--out", &html_path.display().to_string()]);
    assert_eq!(code, 0, "{out}");
    assert!(std::fs::read_to_string(&html_path).unwrap().contains("<svg"));
    let (code, out, _) = cli(&["replay", &l, "--trainee", "Anna"]);
    assert_eq!(code, 0);
    assert!(out.contains("3 ongewijzigd, 0 gewijzigd, 0 niet opnieuw te beoordelen"), "{out}");
    let (code, _, err) = cli(&["review", &dir.path().join("nee.jsonl").display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("bestaat niet"), "{err}");
}

/// A record's line as versions before this one wrote it: the actions
/// between the simulated end and the steps.
fn earlier_layout(line: &str) -> String {
    let a = line.find(",\"actions\":[").unwrap();
    let (head, actions) = (&line[..a], &line[a..line.len() - 1]);
    let s = head.find(",\"steps\":").unwrap();
    format!("{}{actions}{}}}", &head[..s], &head[s..])
}

#[test]
fn the_review_counts_a_log_as_its_records_read_whole_would_give() {
    use klachtsim::log::logged_session::{LoggedSession, parse_fast, parse_general};
    use klachtsim::score::self_assessment::{SelfAssessment, SelfRating};
    let names = ["Anna", EVIL, "Zoë van 't Hof", "<script>alert(1)</script>", "back\\slash", "Ünal"];
    let mut scripts: Vec<_> = std::fs::read_dir(common::root().join("tests/scripts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    scripts.sort();
    let played: Vec<Record> = scripts.iter().map(|s| record(s, "x", "2B", 16, 9)).collect();

    // Several blocks of the parallel reader, in every layout, with damaged
    // lines in between.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("klas.jsonl");
    let mut text = String::new();
    let mut written = Vec::new();
    const N: usize = 7000;
    for i in 0..N {
        let mut r = played[i % played.len()].clone();
        r.trainee = names[i % names.len()].to_owned();
        r.group = ["2B", "3C", "2b"][i % 3].to_owned();
        // Few distinct moments: many sessions start and end at the same
        // time, also in different blocks (first, last and most recent must
        // still follow the order of the log).
        let shift = chrono::Duration::hours((i as i64 % 9) * 30);
        // And scores that differ between sessions that tie.
        r.overall = (i * 37 % 101) as u32;
        // A case renamed halfway: the overview shows the newest title.
        if i > N / 2 {
            r.scenario.title.push_str(" (herzien)");
        }
        r.started += shift;
        r.ended += shift;
        // No self-assessment (a script, an older log), skipped, or rated.
        r.self_assessment = match i % 4 {
            0 => None,
            1 => Some(SelfAssessment::Skipped),
            _ => Some(SelfAssessment::Rated(std::array::from_fn(|s| SelfRating::ALL[(i + s) % 3]))),
        };
        let line = serde_json::to_string(&r).unwrap();
        let line = match i % 5 {
            0..=2 => line,
            3 => earlier_layout(&line),
            _ => serde_json::to_value(&r).unwrap().to_string(),
        };
        // Each reader alone gives the same session; the fast one reads
        // every line this version writes without escapes.
        let general = parse_general(line.as_bytes()).unwrap();
        assert_eq!(LoggedSession::parse(line.as_bytes()).unwrap(), general, "line {i}");
        assert_eq!(general, LoggedSession::of(&r));
        let plain = !r.trainee.contains(['"', '\\']);
        assert_eq!(parse_fast(line.as_bytes()).is_some(), i % 5 < 3 && plain, "line {i}: {line}");
        text.push_str(&line);
        text.push('\n');
        written.push(r);
        if i % 997 == 5 {
            text.push_str("{\"schema\":1,\"trainee\":\"kapot\",\"actions\":[]}\n");
        }
    }
    text.push_str("{\"schema\":1,\"trainee\":\"hal");
    assert!(text.len() > 12 << 20, "several blocks of 4 MB: {}", text.len());
    std::fs::write(&path, &text).unwrap();

    let (records, warnings, errors) = klachtsim::log::read_all(std::slice::from_ref(&path));
    assert!(errors.is_empty());
    assert_eq!(records, written);
    assert_eq!(warnings.len(), (0..N).filter(|i| i % 997 == 5).count() + 1);
    // Without the actions, in every layout.
    let (summaries, w, _) = klachtsim::log::read_all_with(std::slice::from_ref(&path), klachtsim::log::Detail::Summary);
    assert_eq!(w, warnings);
    let stripped: Vec<Record> = written.iter().map(|r| Record { actions: Vec::new(), ..r.clone() }).collect();
    assert_eq!(summaries, stripped);
    let targets = Rules::default();
    let day = |d| Some(NaiveDate::from_ymd_opt(2026, 11, d).unwrap());
    for filter in [
        Filter::default(),
        Filter { group: Some("2b".into()), ..Filter::default() },
        Filter { trainee: Some("zoë van 't hof".into()), ..Filter::default() },
        Filter { scenario: Some("gstar-rits-kapot".into()), ..Filter::default() },
        Filter { from: day(20), to: day(28), ..Filter::default() },
    ] {
        let (counted, w, e) = klachtsim::review::overview_of_logs(std::slice::from_ref(&path), &filter, &targets);
        assert!(e.is_empty());
        assert_eq!(w, warnings);
        let mut want = overview(&records, &filter, &targets);
        // The records in memory do not know where they came from.
        want.about.files = vec![path.display().to_string()];
        want.about.skipped = warnings.len();
        assert_eq!(counted, want, "{filter:?}");
    }
    let all = overview(&records, &Filter::default(), &targets);
    assert_eq!(all.sessions, N);
    assert_eq!(all.recent.len(), 5);
    assert!(all.recent.windows(2).all(|w| w[0].ended >= w[1].ended));
    // Worked out from the records themselves: first and last by start time,
    // the one logged first and last among equals; the most recent by end
    // time, the one logged last among equals.
    for row in &all.trainees {
        let mine: Vec<&Record> = records
            .iter()
            .filter(|r| identity::same(&r.group, &row.group) && identity::same(&r.trainee, &row.trainee))
            .collect();
        let first = mine.iter().min_by_key(|r| r.started).unwrap();
        let last = mine.iter().max_by_key(|r| r.started).unwrap();
        assert_eq!((row.first, row.last), (first.overall, last.overall), "{} {}", row.group, row.trainee);
    }
    let mut finished: Vec<(usize, &Record)> =
        records.iter().enumerate().filter(|(_, r)| r.status == klachtsim::log::record::Status::Finished).collect();
    finished.sort_by_key(|(i, r)| std::cmp::Reverse((r.ended, *i)));
    let want: Vec<(&str, u32)> = finished.iter().take(5).map(|(_, r)| (r.trainee.as_str(), r.overall)).collect();
    let got: Vec<(&str, u32)> = all.recent.iter().map(|r| (r.trainee.as_str(), r.overall)).collect();
    assert_eq!(got, want);
}

#[test]
fn a_trainer_sees_the_trainees_own_view_beside_the_score() {
    use klachtsim::score::self_assessment::{SelfAssessment, SelfRating::*};
    // The poor run scores low: rating it all "good" overestimates it.
    let mut rated = record("gstar-rits-kapot.poor.ron", "Anna", "2B", 16, 9);
    rated.self_assessment = Some(SelfAssessment::Rated([Good; 7]));
    let mut skipped = record("gstar-rits-kapot.model.ron", "Anna", "2B", 17, 9);
    skipped.self_assessment = Some(SelfAssessment::Skipped);
    let never = record("gstar-rits-kapot.model.ron", "Anna", "2B", 18, 9);
    let scores: [u32; 7] = std::array::from_fn(|i| rated.steps[&Step::ALL[i]]);
    let (higher, lower) = rated.self_assessment.unwrap().gaps(&scores).unwrap();
    assert!(higher > 0 && lower == 0, "{scores:?}");

    let text = csv::sessions(&[&rated, &skipped, &never], &About::default(), &Rules::default(), Lang::Nl);
    let lines: Vec<Vec<&str>> =
        text.lines().skip_while(|l| !l.is_empty()).skip(1).map(|l| l.split(';').collect()).collect();
    let col = |name: &str| lines[0].iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name}: {:?}", lines[0]));
    let (own, listen, up, down) =
        (col("zelfbeoordeling"), col("zelf: Luisteren en begrijpen"), col("hoger ingeschat"), col("lager ingeschat"));
    assert_eq!(lines.iter().map(|l| l.len()).collect::<Vec<_>>(), vec![lines[0].len(); 4]);
    assert_eq!(
        [lines[1][own], lines[1][listen], lines[1][up], lines[1][down]],
        ["ingevuld", "goed", &higher.to_string()[..], "0"]
    );
    assert_eq!([lines[2][own], lines[2][listen], lines[2][up]], ["overgeslagen", "", ""]);
    assert_eq!([lines[3][own], lines[3][listen], lines[3][up]], ["", "", ""]);

    // The trainer's screen: a trainee's sessions, newest first.
    let records = vec![rated, skipped, never];
    let filter = Filter { trainee: Some("Anna".into()), ..Filter::default() };
    let rows = klachtsim::review::rows::screen::sessions(&records, &filter, Rules::default().zone, Lang::Nl).table.rows;
    let own: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(own, ["", "zelf: overgeslagen", &format!("zelf: {higher} hoger, 0 lager")[..]]);
}
