//! The class summary for the teacher (`klachtsim review --class`): the page
//! of a hand-made log of one lesson (several trainees, all three verdicts,
//! a pair exercise), with no names on it, and a class the log does not
//! hold refused with the ones it does.
//!
//! The log is tests/class_log/klas.jsonl, made by `write_the_class_log`
//! (ignored; run it with `--ignored` after changing the lesson below).

mod common;

use std::path::PathBuf;

use common::record;
use klachtsim::i18n::Lang;
use klachtsim::log::pair::{Observation, Pair, Seen};
use klachtsim::log::{Detail, Record, read_all_with};
use klachtsim::model::{Step, Verdict};
use klachtsim::review::class_summary::{self, MistakeKind, page};
use klachtsim::review::{Filter, Rules};

/// Everyone in the log: no name may appear on the page.
const NAMES: [&str; 7] = ["Anna", "Vries", "Bram", "Chantal", "Dewi", "Emre", "Zoë"];

fn log_path() -> PathBuf {
    common::root().join("tests/class_log/klas.jsonl")
}

fn observed(steps: &[(Step, Seen, &str)]) -> Vec<Observation> {
    steps
        .iter()
        .map(|(step, rating, c)| Observation { step: *step, rating: *rating, comment: (*c).to_owned() })
        .collect()
}

/// A case of the pair exercise "e7c1" of Dewi and Emre, who swap roles.
fn paired(mut r: Record, customer: &str, round: u8, sheet: Vec<Observation>) -> Record {
    r.pair = Some(Pair { customer: customer.into(), observer: customer.into(), exercise: "e7c1".into(), round, sheet });
    r
}

/// The lesson: class 2B plays the three verdicts, alone and in a pair; one
/// session of class 3C is in the same log.
fn lesson() -> Vec<Record> {
    use Seen::*;
    use Step::*;
    let mut v = vec![
        record("gstar-rits-kapot.model.ron", "Anna de Vries", "2B", 23, 9),
        record("gstar-kleur-gelekt.model.ron", "Anna de Vries", "2B", 23, 10),
        record("gstar-parka-niet-waterdicht.model.ron", "Anna de Vries", "2B", 23, 11),
        record("gstar-rits-kapot.poor.ron", "Bram", "2B", 23, 9),
        record("gstar-kleur-gelekt.wrong-verdict.ron", "Bram", "2B", 23, 10),
        record("gstar-parka-niet-waterdicht.poor.ron", "Bram", "2B", 23, 11),
        record("gstar-kleur-gelekt.poor.ron", "Chantal", " 2b", 23, 9),
        record("gstar-parka-niet-waterdicht.wrong-verdict.ron", "Chantal", "2B", 23, 10),
        record("gstar-garantie-verlopen.wrong-verdict.ron", "Chantal", "2B", 23, 11),
        record("gstar-garantie-verlopen.wrong-verdict.ron", "Anna de Vries", "2B", 23, 12),
        record("gstar-rits-kapot.wrong-verdict.ron", "Emre", "2B", 23, 9),
        record("gstar-rits-kapot.model.ron", "Zoë", "3C", 24, 9),
    ];
    let sheet1 = observed(&[
        (Listen, Done, "Dewi liet Emre helemaal uitpraten"),
        (Acknowledge, Done, ""),
        (Analyze, Partly, "kassabon niet gevraagd"),
        (Offer, Done, "nieuwe rits, netjes"),
    ]);
    v.push(paired(record("gstar-rits-kapot.poor.ron", "Dewi", "2B", 23, 13), "Emre", 1, sheet1));
    let sheet2 = observed(&[
        (Listen, Not, "Emre onderbrak twee keer"),
        (Analyze, Done, ""),
        (Offer, Partly, "eerst uitleg, dan pas iets aanbieden"),
    ]);
    v.push(paired(record("gstar-kleur-gelekt.model.ron", "Emre", "2B", 23, 14), "Dewi", 2, sheet2));
    let sheet3 = observed(&[(Listen, Done, ""), (Analyze, Done, ""), (Offer, Done, "")]);
    v.push(paired(record("gstar-parka-niet-waterdicht.model.ron", "Dewi", "2B", 23, 15), "Emre", 3, sheet3));
    v
}

#[test]
#[ignore = "writes tests/class_log/klas.jsonl; run after changing the lesson"]
fn write_the_class_log() {
    let lines: Vec<String> = lesson().iter().map(|r| serde_json::to_string(r).unwrap()).collect();
    std::fs::create_dir_all(log_path().parent().unwrap()).unwrap();
    std::fs::write(log_path(), lines.join("\n") + "\n").unwrap();
}

fn class_log() -> Vec<Record> {
    let (records, warnings, errors) = read_all_with(&[log_path()], Detail::Full);
    assert!(warnings.is_empty() && errors.is_empty(), "{warnings:?} {errors:?}");
    assert_eq!(records.len(), 15);
    records
}

fn summary(class: &str) -> class_summary::ClassSummary {
    class_summary::summarize(&class_log(), class, &Filter::default(), &Rules::default(), Some(&common::library()))
        .unwrap()
}

#[test]
fn the_figures_of_one_class() {
    let s = summary("2b");
    assert_eq!((s.class.as_str(), s.sessions, s.trainees), ("2B", 14, 5));
    let verdicts: Vec<(Verdict, usize)> = s.verdicts.iter().map(|v| (v.verdict, v.sessions)).collect();
    assert_eq!(verdicts, [(Verdict::Grounded, 6), (Verdict::Doubtful, 4), (Verdict::Unfounded, 4)]);
    assert!(s.hardest.is_some());
    let hardest = s.verdicts.iter().find(|v| Some(v.verdict) == s.hardest).unwrap();
    assert!(s.verdicts.iter().all(|v| v.percent() >= hardest.percent()));
    assert_eq!(s.mistakes.len(), 3);
    assert!(s.mistakes.windows(2).all(|w| w[0].sessions >= w[1].sessions));
    assert!(s.mistakes.iter().all(|m| !m.example.quotes.is_empty() || m.kind != MistakeKind::WrongVerdict));
    // Three pair sessions, the most disagreeing first; the last agreed.
    assert_eq!(s.pair_sessions, 3);
    assert!(s.pairs.windows(2).all(|w| w[0].disagreement >= w[1].disagreement));
    assert!(s.pairs.iter().all(|p| p.pair == 1 && p.disagreement > 0));
    for st in &s.steps {
        assert!(f64::from(st.min) <= st.mean && st.mean <= f64::from(st.max), "{st:?}");
        assert_eq!(st.n, 14);
    }
}

#[test]
fn the_page_for_the_closing_discussion() {
    let s = summary("2B");
    insta::assert_snapshot!("class_summary_nl", page::render(&s, Lang::Nl));
    insta::assert_snapshot!("class_summary_en", page::render(&s, Lang::En));
}

#[test]
fn no_name_appears_on_the_page() {
    for lang in [Lang::Nl, Lang::En] {
        let html = page::render(&summary("2B"), lang);
        for name in NAMES {
            assert!(!html.to_lowercase().contains(&name.to_lowercase()), "{name} on the {lang} page");
        }
        // The comments are kept, with the names hidden.
        assert!(html.contains("[…] liet […] helemaal uitpraten"), "{lang}");
    }
}

#[test]
fn an_unknown_class_is_refused_with_the_classes_in_the_log() {
    let e = class_summary::summarize(&class_log(), "4D", &Filter::default(), &Rules::default(), None).unwrap_err();
    assert_eq!(e.known, ["2B", "3C"]);
    assert_eq!(e.message().render(Lang::Nl), "Klas “4D” staat niet in het logboek. Klassen in het logboek: 2B, 3C.");
    let none = class_summary::summarize(&[], "2B", &Filter::default(), &Rules::default(), None).unwrap_err();
    assert!(none.message().render(Lang::En).contains("no session in the log has a class"));
}

#[test]
fn the_command_writes_the_page_and_refuses_an_unknown_class() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("klas.html");
    let log = log_path();
    let run = |args: &[&str]| {
        let scenarios = common::root().join("scenarios");
        let mut argv = vec!["klachtsim", "--lang", "nl", "review", log.to_str().unwrap()];
        argv.extend_from_slice(&["--scenarios", scenarios.to_str().unwrap()]);
        argv.extend_from_slice(args);
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let code = klachtsim::cli::run(argv, &mut o, &mut e);
        (code, String::from_utf8(o).unwrap(), String::from_utf8(e).unwrap())
    };
    let (code, said, _) = run(&["--class", "2B", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(said.starts_with("Klasoverzicht geschreven naar "), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<title>Klasoverzicht 2B</title>") && html.contains("@page{size:A4"));
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    let (code, said, err) = run(&["--class", "4D"]);
    assert_eq!((code, said.as_str()), (1, ""));
    assert_eq!(err.trim(), "Klas “4D” staat niet in het logboek. Klassen in het logboek: 2B, 3C.");
    let (code, _, err) = run(&["--class", "2B", "--format", "csv"]);
    assert_eq!(code, 2, "{err}");
}
