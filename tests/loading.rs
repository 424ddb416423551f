//! Loading and validation: syntax and semantic errors, each with file, line
//! and column; all errors of a file at once; bad files never take the good
//! ones down.

mod common;

use std::path::{Path, PathBuf};

use klachtsim::i18n::Lang;
use klachtsim::load::{Diagnostic, Library, Source, load_policy, load_scenario};

fn good_text() -> String {
    std::fs::read_to_string(common::root().join("scenarios/gstar-rits-kapot.ron")).unwrap()
}

/// Writes `text` as a scenario in a fresh folder and loads it.
fn load(text: &str) -> (tempfile::TempDir, Result<klachtsim::load::LoadedScenario, Vec<Diagnostic>>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.ron");
    std::fs::write(&path, text).unwrap();
    let r = load_scenario(&path);
    (dir, r)
}

fn errors(text: &str) -> Vec<Diagnostic> {
    match load(text).1 {
        Ok(_) => panic!("expected errors"),
        Err(ds) => ds,
    }
}

/// 1-based line and column of the first occurrence of `needle`.
fn pos(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

fn replace(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from} not in text");
    text.replacen(from, to, 1)
}

fn msg(d: &Diagnostic) -> String {
    d.one_line(Lang::Nl)
}

#[test]
fn the_shipped_library_is_valid() {
    let lib = common::library();
    assert!(lib.broken.is_empty(), "{:?}", lib.broken);
    assert!(lib.scenarios.len() >= 3);
}

#[test]
fn a_missing_comma_is_reported_where_it_is() {
    let text = replace(&good_text(), "difficulty: 1,", "difficulty: 1");
    let ds = errors(&text);
    assert_eq!(ds.len(), 1);
    let d = &ds[0];
    // Right after the value that lacks its comma.
    let (line, col) = pos(&text, "difficulty: 1\n");
    assert_eq!((d.line, d.column), (line, col + "difficulty: 1".len()));
    assert!(msg(d).contains("komma"), "{}", msg(d));
    assert!(d.source_line.contains("difficulty"));
    assert!(d.path.ends_with("case.ron"));
    // The rendered block names file:line:column and shows the line.
    let shown = d.render(Lang::Nl, false);
    assert!(shown.contains(&format!("case.ron:{}:{}", d.line, d.column)), "{shown}");
    assert!(shown.contains("difficulty: 1"), "{shown}");
}

#[test]
fn all_type_errors_of_a_file_come_at_once() {
    let text = replace(&good_text(), "difficulty: 1,", "difficulty: \"makkelijk\",");
    let text = replace(&text, "channel: Phone,", "channel: Phon,");
    let text = replace(&text, "received: \"2026-11-20T15:40:00\"", "received: \"20-11-2026 15:40\"");
    let ds = errors(&text);
    assert_eq!(ds.len(), 3, "{:#?}", ds.iter().map(msg).collect::<Vec<_>>());
    assert_eq!((ds[0].line, ds[0].column), pos(&text, "\"makkelijk\""));
    assert_eq!(ds[1].line, pos(&text, "Phon,").0);
    assert!(msg(&ds[1]).contains("bedoel je `Phone`"), "{}", msg(&ds[1]));
    assert_eq!(ds[2].line, pos(&text, "\"20-11-2026").0);
    assert!(msg(&ds[2]).contains("2026-11-20T16:45:00"), "{}", msg(&ds[2]));
}

#[test]
fn unknown_and_missing_fields_get_hints() {
    let text = replace(&good_text(), "    title:", "    titel:");
    let ds = errors(&text);
    let unknown = ds.iter().find(|d| msg(d).contains("onbekend veld `titel`")).expect("unknown field");
    assert!(msg(unknown).contains("bedoel je `title`"));
    assert_eq!((unknown.line, unknown.column), pos(&text, "titel:"));
    assert!(ds.iter().any(|d| msg(d).contains("het veld `title` ontbreekt")));
}

#[test]
fn a_required_check_without_a_finding_is_an_unknown_reference() {
    let text = replace(&good_text(), "        Warranty: (text:", "        // Warranty: (text:");
    let ds = errors(&text);
    assert_eq!(ds.len(), 1, "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
    assert_eq!((ds[0].line, ds[0].column), pos(&text, "Warranty, Inspect]"));
    assert!(msg(&ds[0]).contains("onbekende verwijzing"));
}

#[test]
fn impossible_times_are_found_all_at_once() {
    let text = replace(&good_text(), "purchased: \"2026-11-04\"", "purchased: \"2026-12-01\"");
    let text = replace(&text, "date: \"2026-03-12\"", "date: \"2027-03-12\"");
    let ds = errors(&text);
    assert_eq!(ds.len(), 2, "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
    assert_eq!(ds[0].line, pos(&text, "purchased:").0);
    assert!(msg(&ds[0]).contains("onmogelijke tijd"));
    assert_eq!(ds[1].line, pos(&text, "date: \"2027").0);
}

#[test]
fn offers_that_cannot_apply_or_cannot_be_granted() {
    // A refund above the price.
    let text = replace(&good_text(), "Refund(120.0, 129.95)", "Refund(120.0, 150.0)");
    let ds = errors(&text);
    assert!(msg(&ds[0]).contains("niet hoger zijn dan de betaalde prijs"), "{}", msg(&ds[0]));
    assert_eq!(ds[0].line, pos(&text, "Refund(120.0, 150.0)").0);
    // A rule behind an earlier one that covers it is unreachable.
    let text = replace(&good_text(), "offer: Voucher(0.01, 50.0)", "offer: Replacement");
    let ds = errors(&text);
    assert!(msg(&ds[0]).contains("onbereikbaar: regel 6 telt nooit, want regel 1"), "{}", msg(&ds[0]));
    // Under a policy where even the manager may refund at most EUR 100.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("streng.ron"),
        "Policy(name: \"streng\", authority: (team_lead: (refund_eur: 100.0), manager: (refund_eur: 100.0)))",
    )
    .unwrap();
    let text = replace(&good_text(), "    difficulty: 1,", "    policy: \"streng.ron\",\n    difficulty: 1,");
    std::fs::write(dir.path().join("case.ron"), &text).unwrap();
    let ds = load_scenario(&dir.path().join("case.ron")).unwrap_err();
    assert!(ds.iter().any(|d| msg(d).contains("geen enkele rol")), "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
}

#[test]
fn the_truth_must_match_the_facts() {
    let text = replace(&good_text(), "    channel: Phone,", "    channel: Phone,\n    public: true,");
    let ds = errors(&text);
    assert!(msg(&ds[0]).contains("reputatierisico"), "{}", msg(&ds[0]));
    let text = replace(&good_text(), "escalation: [],", "escalation: [Repetition],\n        escalation_reason: \"x\",");
    let ds = errors(&text);
    assert!(
        ds.iter().any(|d| msg(d).contains("herhaalde klacht opgegeven")),
        "{:?}",
        ds.iter().map(msg).collect::<Vec<_>>()
    );
}

#[test]
fn an_unknown_policy_file_is_an_unknown_reference() {
    let text = replace(&good_text(), "    difficulty: 1,", "    policy: \"bestaat-niet.ron\",\n    difficulty: 1,");
    let ds = errors(&text);
    assert_eq!((ds[0].line, ds[0].column), pos(&text, "\"bestaat-niet.ron\""));
}

#[test]
fn binary_non_utf8_huge_and_empty_files_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let e = load_scenario(&write("bin.ron", b"Scenario(\0\0\x01")).unwrap_err();
    assert!(msg(&e[0]).contains("geen tekstbestand"));
    let e = load_scenario(&write("latin1.ron", b"Scenario(\n  title: \"Caf\xe9\",\n)")).unwrap_err();
    assert_eq!((e[0].line, e[0].column), (2, 14));
    assert!(msg(&e[0]).contains("UTF-8"));
    let big = vec![b' '; (klachtsim::load::source::MAX_FILE_BYTES + 1) as usize];
    let e = load_scenario(&write("big.ron", &big)).unwrap_err();
    assert!(msg(&e[0]).contains("te groot"));
    let e = load_scenario(&write("empty.ron", b"  \n")).unwrap_err();
    assert!(msg(&e[0]).contains("leeg"));
    let e = load_scenario(Path::new("/nonexistent/x.ron")).unwrap_err();
    assert!(msg(&e[0]).contains("kan het bestand niet lezen"));
}

#[test]
fn a_broken_scenario_never_takes_the_others_down() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("goed.ron"), good_text()).unwrap();
    std::fs::write(dir.path().join("kapot.ron"), replace(&good_text(), "gstar-rits-kapot", "gstar-kapot\"")).unwrap();
    let mut other = replace(&good_text(), "id: \"gstar-rits-kapot\"", "id: \"tweede\"");
    other = replace(&other, "difficulty: 1", "difficulty: 9");
    std::fs::write(dir.path().join("fout.ron"), other).unwrap();
    let lib = Library::load(dir.path());
    assert_eq!(lib.scenarios.len(), 1);
    assert_eq!(lib.broken.len(), 2);
    let names: Vec<PathBuf> = lib.broken.iter().map(|(p, _)| p.file_name().unwrap().into()).collect();
    assert!(names.contains(&PathBuf::from("kapot.ron")) && names.contains(&PathBuf::from("fout.ron")));
}

#[test]
fn duplicate_ids_in_a_library_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.ron"), good_text()).unwrap();
    std::fs::write(dir.path().join("b.ron"), good_text()).unwrap();
    let lib = Library::load(dir.path());
    assert_eq!(lib.scenarios.len(), 1);
    assert!(msg(&lib.broken[0].1[0]).contains("wordt al gebruikt"));
}

#[test]
fn policy_files_are_checked_too() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::write(&p, "Policy(\n  business_hours: (open: \"18:00:00\", close: \"09:00:00\"),\n  authority: (team_lead: (refund_eur: 20.0)),\n)").unwrap();
    let ds = load_policy(&p).unwrap_err();
    assert_eq!(ds.len(), 2, "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
    assert_eq!(ds[0].line, 2);
    assert_eq!(ds[1].line, 3);
    // Left-out fields keep the DOMAIN.md defaults.
    std::fs::write(&p, "Policy(name: \"kort\")").unwrap();
    let pol = load_policy(&p).unwrap();
    assert_eq!(pol.authority.employee.refund_eur, Some(50.0));
    // The shipped policy is the DOMAIN.md default, written out.
    let shipped = load_policy(&common::root().join("scenarios/policy.ron")).unwrap();
    assert_eq!(shipped.sla, klachtsim::policy::Policy::default().sla);
    assert_eq!(shipped.authority, klachtsim::policy::Policy::default().authority);
}

#[test]
fn each_sla_target_names_its_clock_or_keeps_the_dutch_default() {
    use klachtsim::policy::Counting;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.ron");
    std::fs::write(&p, "Policy(sla: (owner: Hours(3), clocks: (owner: Clock)))").unwrap();
    let c = load_policy(&p).unwrap().sla.clocks;
    assert_eq!(c.owner, Counting::Clock);
    assert_eq!(c.acknowledgement, Counting::Clock);
    assert_eq!(c.first_response_critical, Counting::Clock);
    assert_eq!(c.escalation_decision, Counting::BusinessHours);
    std::fs::write(&p, "Policy(sla: (clocks: (owner: Kantoor)))").unwrap();
    let ds = load_policy(&p).unwrap_err();
    assert_eq!(ds[0].line, 1, "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
}

#[test]
fn dutch_terms_are_accepted_as_values() {
    let text = replace(&good_text(), "verdict: Grounded", "verdict: Gegrond");
    let text = replace(&text, "channel: Phone", "channel: Telefoon");
    let (_, r) = load(&text);
    let s = r.unwrap().scenario;
    assert_eq!(s.truth.verdict, klachtsim::model::Verdict::Grounded);
}

#[test]
fn the_loader_never_panics_on_mangled_input() {
    let text = good_text();
    // Cut the file at many places: every prefix is an error, never a panic.
    for cut in (0..text.len()).step_by(97) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let src = Source::new("x.ron", text[..cut].to_owned());
        assert!(klachtsim::load::scenario::parse_scenario(&src).is_err());
    }
}

/// Inputs the fuzzers once crashed on (tests/fuzz/<target>/): each must now
/// load or give diagnostics that render, without a panic.
#[test]
fn inputs_that_once_crashed_the_fuzzers_are_handled() {
    use klachtsim::load::policy::parse_policy;
    use klachtsim::load::scenario::parse_scenario;
    use klachtsim::script::parse_script;
    let mut n = 0;
    for target in ["scenario", "policy", "script"] {
        let Ok(dir) = std::fs::read_dir(common::root().join("tests/fuzz").join(target)) else { continue };
        for entry in dir {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let diags = match Source::from_bytes(&path, bytes) {
                Err(d) => vec![*d],
                Ok(src) => match target {
                    "scenario" => parse_scenario(&src).err().unwrap_or_default(),
                    "policy" => parse_policy(&src).err().unwrap_or_default(),
                    _ => parse_script(&src).err().unwrap_or_default(),
                },
            };
            for d in diags {
                assert!(!d.render(Lang::Nl, false).is_empty());
            }
            n += 1;
        }
    }
    assert!(n >= 2, "the regression inputs are there");
}

#[test]
fn an_offer_on_top_must_name_an_offer_the_customer_accepts() {
    let text = good_text();
    let at = text.match_indices("accepted: false,").next().unwrap().0;
    let mut bad = text.clone();
    bad.insert_str(at, "on_top_of: \"bestaat-niet\", ");
    let (_, r) = load(&bad);
    let ds = r.unwrap_err();
    assert!(
        ds.iter().any(|d| msg(d).contains("bestaat-niet") && msg(d).contains("on_top_of")),
        "{:?}",
        ds.iter().map(msg).collect::<Vec<_>>()
    );
    let mut good = text;
    good.insert_str(at, "on_top_of: \"korting-houden\", ");
    let (_, r) = load(&good);
    assert!(r.is_ok(), "{:?}", r.err().map(|ds| ds.iter().map(msg).collect::<Vec<_>>()));
}

#[test]
fn a_bad_causal_chain_is_reported_where_it_is() {
    let good = good_text();
    let text = replace(&good, "\"partij|leverancier|serie|batch|levering\"", "\"partij||serie\"");
    let ds = errors(&text);
    let d = ds.iter().find(|d| msg(d).contains("leeg alternatief")).expect("an empty alternative is named");
    assert_eq!((d.line, d.column), pos(&text, "\"partij||serie\""), "{}", msg(d));
    assert!(msg(d).contains("partij||serie"), "{}", msg(d));

    // A link after the symptom without words to find.
    let text = replace(&good, ", find: [\"partij|leverancier|serie|batch|levering\"]", "");
    let ds = errors(&text);
    assert!(ds.iter().any(|d| msg(d).contains("schakel 3")), "{:?}", ds.iter().map(msg).collect::<Vec<_>>());

    // Too short a chain, and none at all.
    let start = good.find("        causes: [").unwrap();
    let end = start + good[start..].find("        ],\n").unwrap() + "        ],\n".len();
    let short = format!(
        "{}        causes: [(text: \"Rits kapot.\"), (text: \"Geen trekproef.\", find: [\"trekkracht\"])],\n{}",
        &good[..start],
        &good[end..]
    );
    let ds = errors(&short);
    let d = ds.iter().find(|d| msg(d).contains("2 schakels")).expect("the count is named");
    assert_eq!((d.line, d.column), pos(&short, "[(text: \"Rits kapot.\")"));
    let none = format!("{}{}", &good[..start], &good[end..]);
    let ds = errors(&none);
    assert!(ds.iter().any(|d| msg(d).contains("geen oorzaakketen")), "{:?}", ds.iter().map(msg).collect::<Vec<_>>());

    // A root cause the last link does not find.
    let text = replace(&good, "\"trekkracht|kracht|sterkte|stevigheid|trekproef\"", "\"lijm\"");
    let ds = errors(&text);
    assert!(ds.iter().any(|d| msg(d).contains("root_cause")), "{:?}", ds.iter().map(msg).collect::<Vec<_>>());
}
