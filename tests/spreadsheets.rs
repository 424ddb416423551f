//! The review for spreadsheets: the `.xlsx` workbook opened as a
//! spreadsheet program reads it (types, values, sheets, a frozen header
//! row), and CSV in each language's own separators.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use common::record;
use klachtsim::i18n::Lang;
use klachtsim::log::Record;
use klachtsim::review::{About, Filter, Rules, csv, overview, xlsx};

/// A class with a group that looks like a date, a name that looks like a
/// formula, a trainee who gave no name, and a group that looks like a
/// number.
fn class() -> Vec<Record> {
    vec![
        record("gstar-rits-kapot.model.ron", "Anna", "1-2", 16, 9),
        record("gstar-rits-kapot.poor.ron", "Anna", "1-2", 17, 9),
        record("gstar-kleur-gelekt.poor.ron", "=1+1", "2026-03", 18, 10),
        record("gstar-kleur-gelekt.model.ron", "", "007", 25, 11),
    ]
}

fn book(lang: Lang) -> (Xlsx<Cursor<Vec<u8>>>, Vec<u8>) {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    let rs: Vec<&Record> = recs.iter().collect();
    let bytes = xlsx::workbook(&o, &rs, &Rules::default(), lang).unwrap();
    (Xlsx::new(Cursor::new(bytes.clone())).unwrap(), bytes)
}

/// The row of a sheet whose first cell is `first`.
fn row_of(range: &calamine::Range<Data>, first: &str) -> Vec<Data> {
    range.rows().find(|r| r[0] == Data::String(first.into())).unwrap_or_else(|| panic!("{first}")).to_vec()
}

#[test]
fn one_sheet_per_table_with_headers_in_the_readers_language() {
    let (nl, _) = book(Lang::Nl);
    assert_eq!(
        nl.sheet_names(),
        [
            "KPI's",
            "Per cursist",
            "Per stap",
            "Per casus",
            "Per week",
            "Laatst gesloten",
            "Sessies",
            "Overtredingen",
            "Lessen geleerd"
        ]
    );
    let (mut en, _) = book(Lang::En);
    assert_eq!(en.sheet_names()[1], "Per trainee");
    let trainees = en.worksheet_range("Per trainee").unwrap();
    assert_eq!(trainees.rows().next().unwrap()[..3], ["trainee", "group", "sessions"].map(|s| Data::String(s.into())));
}

#[test]
fn numbers_are_numbers_and_text_stays_text() {
    let (mut nl, _) = book(Lang::Nl);
    let trainees = nl.worksheet_range("Per cursist").unwrap();
    let anna = row_of(&trainees, "Anna");
    // The group "1-2" is text, never the first of February.
    assert_eq!(anna[1], Data::String("1-2".into()));
    assert_eq!(anna[2], Data::Float(2.0));
    // No abandoned sessions, then the mean overall score.
    assert_eq!(anna[3], Data::Float(0.0));
    let recs = class();
    let mean = f64::from(recs[0].overall + recs[1].overall) / 2.0;
    assert_eq!(anna[4], Data::Float(mean));
    assert_eq!(row_of(&trainees, "=1+1")[1], Data::String("2026-03".into()));
    // No name is "anoniem"; the group "007" keeps its zeros.
    assert_eq!(row_of(&trainees, "anoniem")[1], Data::String("007".into()));

    let sessions = nl.worksheet_range("Sessies").unwrap();
    assert_eq!(sessions.height(), 5);
    let first = sessions.rows().nth(1).unwrap();
    assert_eq!(first[2], Data::String("gstar-rits-kapot".into()));
    assert_eq!(first[4], Data::String("2026-11-16 09:00".into()));
    assert_eq!(first[6], Data::Float(f64::from(recs[0].overall)));
    // First response in hours: a number with decimals.
    assert!(matches!(first[18], Data::Float(_)), "{:?}", first[18]);

    let kpis = nl.worksheet_range("KPI's").unwrap();
    let within = row_of(&kpis, "Binnen SLA");
    assert!(matches!(within[1], Data::Float(v) if (0.0..=1.0).contains(&v)), "a percentage: {:?}", within[1]);

    let lessons = nl.worksheet_range("Lessen geleerd").unwrap();
    let product = row_of(&lessons, "product");
    assert_eq!(product[1], Data::Float(4.0));
    assert_eq!(product[2], Data::String("ja".into()));
    let violations = nl.worksheet_range("Overtredingen").unwrap();
    assert!(violations.rows().skip(1).all(|r| matches!(r[1], Data::Float(n) if n >= 1.0)));
}

#[test]
fn every_sheet_keeps_its_header_row_in_view() {
    let (_, bytes) = book(Lang::Nl);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    for n in 1..=9 {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap().read_to_string(&mut xml).unwrap();
        assert!(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), "sheet {n}");
    }
}

#[test]
fn csv_uses_commas_and_decimal_points_in_english_and_semicolons_in_dutch() {
    let recs = class();
    let o = overview(&recs, &Filter::default(), &Rules::default());
    let mean = f64::from(recs[0].overall + recs[1].overall) / 2.0;
    let en = csv::trainees(&o, Lang::En);
    // After the rows that say what the file is made of, and an empty row.
    assert!(en.contains("\r\n\r\ntrainee,group,sessions,abandoned,overall,"), "{en}");
    let anna = en.lines().find(|l| l.starts_with("Anna,")).unwrap();
    assert!(anna.starts_with(&format!("Anna,1-2,2,0,{mean:.1},")), "{anna}");
    let nl = csv::trainees(&o, Lang::Nl);
    let anna = nl.lines().find(|l| l.starts_with("Anna;")).unwrap();
    assert!(anna.starts_with(&format!("Anna;1-2;2;0;{};", format!("{mean:.1}").replace('.', ","))), "{anna}");
    // The same number of fields in every row of the English sessions file.
    let rs: Vec<&Record> = recs.iter().collect();
    let sessions = csv::sessions(&rs, &About::default(), &Rules::default(), Lang::En);
    let fields = |l: &str| l.split('"').step_by(2).map(|p| p.matches(',').count()).sum::<usize>();
    let table: Vec<&str> = sessions.lines().skip_while(|l| !l.is_empty()).skip(1).collect();
    let header = fields(table[0]);
    assert!(header > 20);
    assert!(table.iter().all(|l| fields(l) == header), "{sessions}");
    assert!(sessions.contains(",yes,") && sessions.contains(",no,"));
}
