//! How the review reads and prints: long names in the chart, page breaks
//! when printed, the top of the violations with how many more there are,
//! cases in the order of their titles, and a trainee without a name.

mod common;

use common::record;
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::review::{About, Filter, Overview, Rules, csv, html, overview, rows, table};

const LONG: &str = "Maximiliaan Alexander Wilhelmina van Oranje-Nassau tot Amsberg";

/// Poor and model runs of several cases, by a trainee with a very long
/// name and one who gave none; the first poor run also broke a dozen rules
/// this version does not know (a log from a later one), so that there are
/// more than ten different violations.
fn class() -> Vec<Record> {
    let cases = [
        "gstar-zoom-te-kort",
        "gstar-rits-kapot",
        "gstar-pakket-zoek",
        "gstar-dubbel-betaald",
        "gstar-kleur-gelekt",
        "gstar-levertijd-feest",
        "gstar-onvriendelijk-winkel",
    ];
    let mut v = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        v.push(record(&format!("{case}.poor.ron"), LONG, "2B", 16 + i as u32, 9));
        v.push(record(&format!("{case}.model.ron"), "", "2B", 16 + i as u32, 10));
    }
    let broken = v[0].violations[0].clone();
    for n in 0..12 {
        v[0].violations
            .push(klachtsim::log::record::LoggedViolation { rule: format!("later-rule-{n}"), ..broken.clone() });
    }
    v
}

fn review() -> Overview {
    overview(&class(), &Filter::default(), &Rules::default())
}

#[test]
fn a_long_name_fits_in_the_chart() {
    let page = html::render(&review(), Lang::Nl);
    let chart = page.split("<svg").nth(2).unwrap();
    // The full name on hover, a shortened one in the chart.
    assert!(chart.contains(&format!("<title>{LONG} (2B)</title>")), "{chart}");
    let shown: String = LONG.chars().take(39).collect::<String>() + "…";
    assert!(chart.contains(&format!(">{shown}</text>")), "{chart}");
    // The labels' column is wide enough for the shortened name: its right
    // edge (where the text ends) lies further right than the name is long.
    let x: f64 = chart.split("text x=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
    assert!(x >= 40.0 * 7.0, "{x}");
}

#[test]
fn printed_no_heading_is_left_alone_and_no_row_or_bar_is_split() {
    let page = html::render(&review(), Lang::Nl);
    let print = page.split("@media print{").nth(1).unwrap();
    assert!(print.contains("h1,h2,h3{break-after:avoid"), "{print}");
    assert!(print.contains("h2+*,h3+*{break-before:avoid"), "{print}");
    assert!(print.contains("tr,li,svg,.bar,.alert{break-inside:avoid"), "{print}");
    assert!(page.contains("<g class=\"bar\">"));
}

#[test]
fn the_top_violations_say_how_many_more_there_are() {
    let o = review();
    assert!(o.violations.len() > 10, "{}", o.violations.len());
    let more = o.violations.len() - 10;
    let text = table::render(&o, Lang::Nl);
    assert!(text.contains(&format!("… en nog {more} andere overtreding")), "{text}");
    let page = html::render(&o, Lang::En);
    assert!(page.contains(&format!("<p>… and {more} other violation")), "{page}");
    assert_eq!(rows::violations(&o, Lang::Nl, 10).table.rows.len(), 10);
    assert_eq!(rows::violations_more(&o, Lang::Nl, o.violations.len()), None);
}

#[test]
fn cases_are_sorted_by_the_title_shown() {
    let o = review();
    for lang in [Lang::Nl, Lang::En] {
        let titles: Vec<String> = rows::scenarios(&o, lang).table.rows.iter().map(|r| r[0].to_lowercase()).collect();
        let mut sorted = titles.clone();
        sorted.sort();
        assert_eq!(titles, sorted);
    }
    // The ids would give another order: the test can tell them apart.
    let ids: Vec<&str> = o.scenarios.iter().map(|s| s.title.as_str()).collect();
    let mut by_title = ids.clone();
    by_title.sort_by_key(|t| t.to_lowercase());
    assert_ne!(ids, by_title);
}

#[test]
fn a_trainee_without_a_name_is_anoniem_everywhere() {
    let o = review();
    let recs = class();
    let rs: Vec<&Record> = recs.iter().collect();
    let outputs = [
        table::render(&o, Lang::Nl),
        html::render(&o, Lang::Nl),
        csv::trainees(&o, Lang::Nl),
        csv::sessions(&rs, &About::default(), &Rules::default(), Lang::Nl),
    ];
    for text in &outputs {
        assert!(text.contains("anoniem"), "{text}");
        assert!(!text.contains("zonder naam"));
    }
    // In the table per trainee, per step, the chart and the recent cases.
    assert!(outputs[0].lines().filter(|l| l.contains("anoniem")).count() >= 3, "{}", outputs[0]);
    assert!(outputs[1].contains("<title>anoniem (2B)</title>"));
    assert!(table::render(&o, Lang::En).contains("anonymous"));
}
