//! `klachtsim audit`: the naive strategies play what the game shows, and
//! every decision point that is no real decision is flagged.

mod common;

use klachtsim::audit::{Strategy, audit, decision_flags, play};
use klachtsim::i18n::Lang;
use klachtsim::model::{Line, LineKind, OfferPattern, Rating, Scenario, Verdict};
use klachtsim::score::KnockOut;

/// A line for a moment, made from the case's first line.
fn line(s: &Scenario, id: &str, moment: &str, kind: LineKind, rating: Rating, text: &str) -> Line {
    let mut l = s.lines[0].clone();
    (l.id, l.moment, l.kind, l.rating, l.text, l.after) =
        (id.into(), Some(moment.into()), kind, rating, text.into(), None);
    l
}

fn flags(s: &Scenario) -> Vec<String> {
    decision_flags(s).iter().map(|t| t.render(Lang::En)).collect()
}

#[test]
fn a_decision_without_real_options_is_flagged() {
    let mut s = common::scenario("gstar-rits-kapot").scenario;
    use LineKind::*;
    s.lines = vec![
        line(&s, "a1", "begin", OpenQuestion, Rating::Good, "Wat is er precies gebeurd?"),
        line(&s, "a2", "begin", ClosedQuestion, Rating::Wrong, "Heeft u hem wel goed dichtgedaan?"),
        line(&s, "b1", "erkennen", Acknowledge, Rating::Good, "Wat vervelend, zo'n nieuwe broek."),
        line(&s, "b2", "erkennen", Acknowledge, Rating::Good, "Dat is echt balen."),
        line(&s, "b3", "erkennen", Acknowledge, Rating::Good, "Wat een pech."),
    ];
    let mut free = line(&s, "los", "x", Summary, Rating::Good, "Dus de rits is kapot.");
    free.moment = None;
    s.lines.push(free);
    s.offers.retain(|r| !matches!(r.offer, OfferPattern::Advice | OfferPattern::Compromise) || r.id.is_some());
    let f = flags(&s);
    assert!(f.iter().any(|x| x.contains("moment begin has 2 options")), "{f:?}");
    assert!(f.iter().any(|x| x.contains("moment erkennen has no weak or wrong option")), "{f:?}");
    assert!(f.iter().any(|x| x.contains("line los belongs to no moment")), "{f:?}");
    if !s.offers.iter().any(|r| r.id.is_some() && r.offer == OfferPattern::Compromise) {
        assert!(f.iter().any(|x| x.contains("compromise is not concrete")), "{f:?}");
    }
    // Three to five options with a good and a wrong one is a real choice.
    s.lines.retain(|l| l.moment.as_deref() == Some("begin"));
    s.lines.push(line(&s, "a3", "begin", Explanation, Rating::Wrong, "Ik stuur u meteen een nieuwe."));
    s.lines.push(line(&s, "a4", "begin", Acknowledge, Rating::Weak, "Excuses voor het eventuele ongemak."));
    let f = flags(&s);
    assert!(!f.iter().any(|x| x.contains("moment begin")), "{f:?}");
}

#[test]
fn silence_and_a_careful_wrong_verdict_fail_by_knock_out() {
    for loaded in &common::library().scenarios {
        let (s, p) = (&loaded.scenario, &loaded.policy);
        let silent = play(s, p, 1, Strategy::Silent);
        assert!(silent.overall < p.kpi.pass_score, "{}: silent {}", s.id, silent.overall);
        assert!(silent.knockouts.contains(&KnockOut::Skipped(klachtsim::model::Step::Listen)), "{}", s.id);
        for v in Verdict::ALL.iter().filter(|v| **v != s.truth.verdict) {
            let d = play(s, p, 1, Strategy::WrongVerdict(*v));
            assert!(d.overall < p.kpi.pass_score, "{}: wrong verdict {v:?} {}", s.id, d.overall);
            assert!(matches!(d.knockouts[0], KnockOut::Verdict { .. }), "{}: {:?}", s.id, d.knockouts);
        }
    }
}

#[test]
fn the_audit_is_the_same_every_time() {
    let loaded = common::scenario("gstar-kleur-gelekt");
    assert_eq!(audit(&loaded.scenario, &loaded.policy), audit(&loaded.scenario, &loaded.policy));
}

#[test]
fn the_audit_speaks_json_and_fails_on_a_flag() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rits.ron");
    // A moment of one option is no decision: the audit must say so.
    let mut s = common::scenario("gstar-rits-kapot").scenario;
    for l in &mut s.lines {
        l.moment = None;
    }
    s.lines[0].moment = Some("alleen".into());
    std::fs::write(
        &file,
        ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default().struct_names(true)).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.path().join("kapot.ron"), "Scenario(id: \"x\")").unwrap();
    let mut out = Vec::new();
    let mut err = Vec::new();
    let args = ["klachtsim", "--lang", "en", "audit", "--json", dir.path().to_str().unwrap()];
    let code = klachtsim::cli::run(args, &mut out, &mut err);
    assert_eq!(code, 1);
    let out = String::from_utf8(out).unwrap();
    let json_end = out.find("\n}\n").map(|i| i + 2).unwrap_or(out.len());
    let v: serde_json::Value = serde_json::from_str(&out[..json_end]).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["pass"], 55, "{out}");
    let case = &v["scenarios"][0];
    assert_eq!(case["id"], "gstar-rits-kapot", "{out}");
    for key in ["first", "longest", "random_mean", "random_max", "silent", "wrong_verdict"] {
        assert!(case["strategies"][key].is_u64(), "{key}: {case}");
    }
    assert!(
        case["flags"].as_array().unwrap().iter().any(|f| f.as_str().unwrap().contains("moment alleen has")),
        "{case}"
    );
    // The broken file is reported with its place, not skipped.
    assert!(out.contains("kapot.ron"), "{out}");
}

/// The library's own cases: no naive strategy passes any of them, and every
/// decision is a real one (what `klachtsim audit` checks in CI).
#[test]
fn the_whole_library_passes_the_audit() {
    for loaded in &common::library().scenarios {
        let a = audit(&loaded.scenario, &loaded.policy);
        let flags: Vec<String> = a.flags.iter().map(|f| f.render(Lang::En)).collect();
        assert!(flags.is_empty(), "{}: {flags:?} {:?}", a.id, a.scores);
        let s = &a.scores;
        for score in [s.first, s.longest, s.random_mean, s.silent, s.wrong_verdict] {
            assert!(score < a.pass, "{}: {:?}", a.id, s);
        }
    }
}
