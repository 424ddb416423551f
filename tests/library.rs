//! The scenario library covers the whole lesson; `validate --coverage`
//! shows what is covered; `klachtsim new` writes a skeleton that validates.

mod common;

use chrono::{Datelike, Timelike, Weekday};
use klachtsim::calendar::Calendar;
use klachtsim::coverage::coverage;
use klachtsim::model::*;

fn run_with(args: &[&str], input: &str) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["klachtsim"];
    all.extend_from_slice(args);
    let code = klachtsim::cli::run_with_input(all, &mut input.as_bytes(), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn the_library_covers_the_whole_lesson() {
    let lib = common::library();
    assert!(lib.broken.is_empty(), "{:?}", lib.broken);
    let dutch: Vec<&Scenario> = lib.scenarios.iter().map(|s| &s.scenario).filter(|s| s.language == "nl").collect();
    assert!(dutch.len() >= 24, "{} Dutch scenarios", dutch.len());
    let c = coverage(&dutch);
    assert!(c.complete(), "{:#?}", c.dimensions.iter().flat_map(|d| d.missing()).collect::<Vec<_>>());
    for v in Verdict::ALL {
        let n = dutch.iter().filter(|s| s.truth.verdict == *v).count();
        assert!(n >= 6, "{v:?}: {n}");
    }
    // The special situations of the lesson.
    assert!(dutch.iter().any(|s| !s.truth.direct_solution), "a case without a direct solution");
    let friday_before_holiday = dutch.iter().any(|s| {
        let cal = Calendar::new(&lib.get(&s.id).unwrap().policy);
        let next_monday = s.received.date() + chrono::Duration::days(3);
        s.received.weekday() == Weekday::Fri && s.received.hour() >= 12 && cal.holiday(next_monday).is_some()
    });
    assert!(friday_before_holiday, "a complaint on a Friday afternoon before a public holiday");
}

#[test]
fn coverage_names_what_is_missing() {
    let lib = common::library();
    let one = [&lib.get("gstar-rits-kapot").unwrap().scenario];
    let c = coverage(&one);
    assert!(!c.complete());
    let verdicts = c.dimensions.iter().find(|d| d.key == "verdict").unwrap();
    let missing: Vec<_> = verdicts.missing().map(|v| v.key).collect();
    assert_eq!(missing, ["doubtful", "unfounded"]);

    let (code, out, _) = run_with(
        &["validate", "--coverage", &common::root().join("scenarios/gstar-rits-kapot.ron").display().to_string()],
        "",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Dekking van 1 casus"), "{out}");
    assert!(out.contains("✗ twijfelachtig") && out.contains("ontbreekt"), "{out}");
    assert!(out.contains("Nog geen casus voor:"), "{out}");

    let (code, out, _) =
        run_with(&["validate", "--coverage", &common::root().join("scenarios").display().to_string()], "");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Elke waarde komt in minstens één casus voor."), "{out}");
}

fn new_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::root().join("scenarios/policy.ron"), dir.path().join("policy.ron")).unwrap();
    dir
}

#[test]
fn new_writes_a_skeleton_that_validates_for_every_verdict_and_channel() {
    let dir = new_dir();
    for lang in ["nl", "en"] {
        for verdict in Verdict::ALL {
            for channel in Channel::ALL {
                let id = format!("{lang}-{}-{}", verdict.key(), channel.key());
                let file = dir.path().join(format!("{id}.ron"));
                let file_arg = file.display().to_string();
                let mut args = vec![
                    "--lang",
                    lang,
                    "new",
                    "--no-questions",
                    "--title",
                    "Knoop van blouse los na één dag",
                    "--id",
                    &id,
                    "--verdict",
                    verdict.key(),
                    "--channel",
                    channel.key(),
                    "--received",
                    "2026-11-20 16:45",
                    "--out",
                    &file_arg,
                ];
                if *channel == Channel::SocialMedia {
                    args.push("--public");
                }
                let (code, out, err) = run_with(&args, "");
                assert_eq!(code, 0, "{out}{err}");
                let loaded = klachtsim::load::load_scenario(&file).unwrap_or_else(|d| panic!("{id}: {d:?}"));
                assert_eq!(loaded.scenario.truth.verdict, *verdict);
                assert_eq!(loaded.scenario.channel, *channel);
                assert_eq!(loaded.scenario.public, *channel == Channel::SocialMedia);
                let text = std::fs::read_to_string(&file).unwrap();
                assert!(text.contains("//") && text.contains("["), "a commented skeleton with texts to replace");
            }
        }
    }
}

#[test]
fn new_asks_for_what_the_flags_leave_open() {
    let dir = new_dir();
    let file = dir.path().join("knoop.ron");
    // Title, verdict (a word it does not know, then the start of one), channel,
    // category, cause and nature in Dutch; priority left at its default.
    let answers = "Knoop van blouse los\nmisschien\ntwijfel\nwinkel\nproduct\nvergissing\nobjectief\n\n";
    let (code, out, err) = run_with(&["new", "--out", &file.display().to_string()], answers);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("\"misschien\" ken ik niet"), "{out}");
    let s = klachtsim::load::load_scenario(&file).unwrap().scenario;
    assert_eq!(s.id, "knoop-van-blouse-los");
    assert_eq!(s.truth.verdict, Verdict::Doubtful);
    assert_eq!(s.channel, Channel::Store);
    assert_eq!(s.truth.cause, Cause::Mistake);
    assert_eq!(s.truth.nature, Nature::Objective);
    assert_eq!(s.truth.priority, Priority::Normal);

    // It never overwrites without --force.
    let (code, _, err) = run_with(&["new", "--no-questions", "--out", &file.display().to_string()], "");
    assert_eq!(code, 1);
    assert!(err.contains("bestaat al"), "{err}");
}

#[test]
fn new_refuses_unknown_values_and_taken_ids() {
    let dir = new_dir();
    let (code, _, err) = run_with(&["new", "--no-questions", "--verdict", "misschien"], "");
    assert_eq!(code, 2);
    assert!(err.contains("misschien") && err.contains("gegrond, twijfelachtig, ongegrond"), "{err}");

    let (code, _, err) = run_with(&["new", "--no-questions", "--id", "Met Spaties"], "");
    assert_eq!(code, 2);
    assert!(err.contains("kan geen id zijn"), "{err}");

    std::fs::copy(common::root().join("scenarios/gstar-rits-kapot.ron"), dir.path().join("rits.ron")).unwrap();
    let out_file = dir.path().join("nog-een.ron").display().to_string();
    let (code, _, err) = run_with(&["new", "--no-questions", "--id", "gstar-rits-kapot", "--out", &out_file], "");
    assert_eq!(code, 1);
    assert!(err.contains("al in gebruik"), "{err}");
}

#[test]
fn the_english_versions_score_like_their_dutch_originals() {
    use klachtsim::script::load_script;
    use klachtsim::script::play_script;
    let lib = common::library();
    let play = |name: &str| {
        let script = load_script(&common::root().join("tests/scripts").join(name)).unwrap();
        play_script(&script, &lib, None, None).unwrap_or_else(|e| panic!("{name}: {e:?}"))
    };
    for (en, nl) in [
        ("gstar-zip-broken", "gstar-rits-kapot"),
        ("gstar-colour-bleeding", "gstar-kleur-gelekt"),
        ("gstar-parka-not-waterproof", "gstar-parka-niet-waterdicht"),
    ] {
        let e = &lib.get(en).unwrap().scenario;
        let n = &lib.get(nl).unwrap().scenario;
        assert_eq!((e.language.as_str(), n.language.as_str()), ("en", "nl"));
        assert_eq!(e.truth.verdict, n.truth.verdict);
        assert_eq!(e.lines.len(), n.lines.len(), "{en}: every line translated");
        assert_eq!(e.offers.len(), n.offers.len(), "{en}: every offer translated");
        for kind in ["model", "poor"] {
            let a = play(&format!("{en}.{kind}.ron")).debrief;
            let b = play(&format!("{nl}.{kind}.ron")).debrief;
            let scores = |d: &klachtsim::score::Debrief| d.steps.iter().map(|s| s.score).collect::<Vec<_>>();
            assert_eq!(scores(&a), scores(&b), "{en} {kind}");
            assert_eq!(common::rules(&a), common::rules(&b), "{en} {kind}");
            assert_eq!((a.overall, a.csat), (b.overall, b.csat), "{en} {kind}");
        }
    }
}
