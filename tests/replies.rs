//! The reply analyser against replies labelled by hand (tests/replies/*.tsv):
//! at least 95% agreement per criterion and language, with the confusion
//! per criterion printed (`cargo test --test replies -- --nocapture`).

use klachtsim::i18n::Lang;
use klachtsim::reply::{Context, Criterion, analyse};

const COLUMNS: &[Criterion] =
    &[Criterion::Empathy, Criterion::Blame, Criterion::Commitment, Criterion::Jargon, Criterion::OverPromise];

struct Row {
    line: usize,
    labels: Vec<Option<bool>>,
    text: String,
}

fn read(lang: Lang) -> Vec<Row> {
    let path = format!("{}/tests/replies/{}.tsv", env!("CARGO_MANIFEST_DIR"), lang.code());
    let src = std::fs::read_to_string(&path).unwrap();
    let mut rows = Vec::new();
    for (i, line) in src.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("empathy\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), COLUMNS.len() + 1, "{path}:{}: expected {} columns", i + 1, COLUMNS.len() + 1);
        let labels = cols[..COLUMNS.len()]
            .iter()
            .map(|c| match *c {
                "1" => Some(true),
                "0" => Some(false),
                "-" => None,
                other => panic!("{path}:{}: label {other:?} is not 1, 0 or -", i + 1),
            })
            .collect();
        rows.push(Row { line: i + 1, labels, text: cols[COLUMNS.len()].to_owned() });
    }
    rows
}

/// Agreement per criterion; prints the confusion matrix and every miss.
fn check(lang: Lang, minimum_rows: usize) {
    let rows = read(lang);
    assert!(rows.len() >= minimum_rows, "{} has {} rows", lang.code(), rows.len());
    let ctx = Context::plain(lang, None);
    let found: Vec<_> = rows.iter().map(|r| analyse(&r.text, &ctx)).collect();
    let mut failed = Vec::new();
    for (k, c) in COLUMNS.iter().enumerate() {
        // [label][analyser]: [no/no, no/yes], [yes/no, yes/yes]
        let mut m = [[0usize; 2]; 2];
        for (r, a) in rows.iter().zip(&found) {
            let Some(want) = r.labels[k] else { continue };
            let got = a.get(*c).found;
            m[usize::from(want)][usize::from(got)] += 1;
            if want != got {
                println!("  {} line {} {}: label {want}, analyser {got}: {}", lang.code(), r.line, c.key(), r.text);
            }
        }
        let n = m[0][0] + m[0][1] + m[1][0] + m[1][1];
        let agree = (m[0][0] + m[1][1]) as f64 / n as f64;
        println!(
            "{} {:<13} n={n:<4} agreement {:5.1}%   label yes: found {:<3} missed {:<3}  label no: false alarm {:<3} right {}",
            lang.code(),
            c.key(),
            agree * 100.0,
            m[1][1],
            m[1][0],
            m[0][1],
            m[0][0]
        );
        if agree < 0.95 {
            failed.push(format!("{} {}: {:.1}%", lang.code(), c.key(), agree * 100.0));
        }
    }
    assert!(failed.is_empty(), "below 95% agreement: {failed:?}");
}

#[test]
fn dutch_replies_agree_with_their_labels() {
    check(Lang::Nl, 150);
}

#[test]
fn english_replies_agree_with_their_labels() {
    check(Lang::En, 50);
}
