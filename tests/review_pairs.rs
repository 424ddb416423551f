//! The pair role-play in the review: a hand-made log line with a pair
//! (both students, the observer's sheet) read by both readers, and shown in
//! the terminal table, the HTML report and the CSV per session, with the
//! filter that keeps only pair sessions.

mod common;

use klachtsim::log::logged_session::{LoggedSession, parse_fast, parse_general};
use klachtsim::log::pair::Seen;
use klachtsim::model::Step;

/// The observer's sheet as a student fills it in, written by hand.
const PAIR: &str = r#""pair":{"customer":"Ali","observer":"Noor","exercise":"7f3a","round":2,"sheet":[{"step":"listen","rating":"done","comment":"goed doorgevraagd"},{"step":"offer","rating":"done"},{"step":"follow-up","rating":"not","comment":"niet teruggebeld"}]},"#;

/// A logged session of the poor run, as the program writes it, with the
/// pair part put in by hand before the actions (where `Record` has it).
fn pair_line() -> String {
    let r = common::record("gstar-rits-kapot.poor.ron", "Sanne", "2B", 18, 10);
    let line = serde_json::to_string(&r).unwrap();
    let at = line.find("\"actions\":").unwrap();
    format!("{}{PAIR}{}", &line[..at], &line[at..])
}

fn plain_line() -> String {
    serde_json::to_string(&common::record("gstar-rits-kapot.model.ron", "Bram", "2B", 18, 11)).unwrap()
}

#[test]
fn both_readers_read_the_pair() {
    let line = pair_line();
    let fast = parse_fast(line.as_bytes()).expect("the program's own layout");
    let general = parse_general(line.as_bytes()).unwrap();
    assert_eq!(fast, general);
    let pair = fast.pair.as_ref().unwrap();
    assert_eq!((pair.customer.as_str(), pair.observer.as_str(), pair.round), ("Ali", "Noor", 2));
    assert_eq!(pair.sheet[2].comment, "niet teruggebeld");
    // The same as the whole record says.
    let whole: klachtsim::log::Record = serde_json::from_str(&line).unwrap();
    assert_eq!(LoggedSession::of(&whole), fast);
    assert_eq!(parse_fast(plain_line().as_bytes()).unwrap().pair, None);
    // A pair written twice is no record: the general reader refuses it.
    let twice = line.replacen("\"pair\":", &format!("{PAIR}\"pair\":"), 1);
    assert!(parse_general(twice.as_bytes()).is_err());
    assert_eq!(parse_fast(twice.as_bytes()), None);
}

fn review(log: &std::path::Path, extra: &[&str]) -> String {
    let mut args = vec!["klachtsim", "review", log.to_str().unwrap()];
    args.extend_from_slice(extra);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = klachtsim::cli::run(args, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    String::from_utf8(out).unwrap()
}

#[test]
fn a_trainer_sees_the_pair_sessions_and_the_observer_beside_the_engine() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("klas.jsonl");
    std::fs::write(&log, format!("{}\n{}\n", pair_line(), plain_line())).unwrap();
    let whole: klachtsim::log::Record = serde_json::from_str(&pair_line()).unwrap();
    let engine = |s: Step| Seen::of_score(whole.steps[&s]);
    // The poor run: the engine sees the follow-up not done, as the observer does.
    assert_eq!(engine(Step::FollowUp), Seen::Not);

    let table = review(&log, &[]);
    assert!(table.contains("Rollenspel in tweetallen: observator naast klachtsim"), "{table}");
    assert!(table.contains("Sanne (2B), tweetal met Ali"), "the recent cases mark it: {table}");
    let row = table.lines().find(|l| l.contains("Noor")).unwrap_or_else(|| panic!("{table}"));
    for cell in
        ["Sanne (2B)", "Ali", "Rits van nieuwe jeans", "nazorg niet gedaan = niet gedaan", "luist.: goed doorgevraagd"]
    {
        assert!(row.contains(cell), "{cell} in {row}");
    }
    let listen = format!(
        "luist. gedaan {} {}",
        if engine(Step::Listen) == Seen::Done { "=" } else { "≠" },
        klachtsim::i18n::tr(klachtsim::i18n::Lang::Nl, engine(Step::Listen).msg())
    );
    assert!(row.contains(&listen), "{listen} in {row}");
    // Bram played alone: no pair row, no mark.
    assert!(!table.lines().any(|l| l.contains("Bram") && l.contains("tweetal")), "{table}");

    let only = review(&log, &["--pairs"]);
    assert!(only.contains("alleen rollenspel in tweetallen"), "{only}");
    assert!(!only.contains("Bram"), "{only}");

    let html = review(&log, &["--format", "html"]);
    assert!(html.contains("<h2>Rollenspel in tweetallen: observator naast klachtsim</h2>"), "{html}");
    assert!(html.contains("<td>Noor</td>"));

    let csv = review(&log, &["--format", "csv-sessions"]);
    let lines: Vec<Vec<&str>> =
        csv.lines().skip_while(|l| !l.is_empty()).skip(1).map(|l| l.split(';').collect()).collect();
    let col = |name: &str| lines[0].iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name}: {:?}", lines[0]));
    assert_eq!(lines.iter().map(|l| l.len()).collect::<Vec<_>>(), vec![lines[0].len(); 3]);
    let sanne = lines.iter().position(|l| l[0] == "Sanne").unwrap();
    let bram = lines.iter().position(|l| l[0] == "Bram").unwrap();
    let (customer, listen, offer, improve) = (
        col("klant"),
        col("observator: Luisteren en begrijpen"),
        col("observator: Oplossing bieden"),
        col("observator: Verbeteren"),
    );
    assert_eq!(
        [lines[sanne][customer], lines[sanne][col("observator")], lines[sanne][col("ronde")]],
        ["Ali", "Noor", "2"]
    );
    assert_eq!([lines[sanne][listen], lines[sanne][offer], lines[sanne][improve]], ["gedaan", "gedaan", ""]);
    assert_eq!(lines[sanne][col("verschil")], whole.pair.as_ref().unwrap().disagreement(&whole.steps).to_string());
    assert!(lines[bram][customer..].iter().all(|c| c.is_empty()), "{:?}", lines[bram]);
}
