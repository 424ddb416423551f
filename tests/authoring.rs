//! What a student writing a scenario by hand runs into: the typical
//! mistakes, each with its message, tip and place (snapshot), and a seeded
//! run of one- and two-character typos in which no message is the parser's
//! English.

mod common;

use klachtsim::i18n::{Lang, Text};
use klachtsim::load::scenario::parse_scenario;
use klachtsim::load::warnings::scenario_warnings;
use klachtsim::load::{Diagnostic, Source};

fn good_text() -> String {
    std::fs::read_to_string(common::root().join("scenarios/gstar-rits-kapot.ron")).unwrap()
}

/// The diagnostics of the valid case with `from` replaced by `to`, loaded
/// beside the library's policy as a student's file would be.
fn diagnostics(text: &str) -> Vec<Diagnostic> {
    let path = common::root().join("scenarios/student.ron");
    parse_scenario(&Source::new(path, text.to_owned())).err().unwrap_or_default()
}

fn mistake(from: &str, to: &str) -> String {
    let good = good_text();
    assert!(good.contains(from), "{from} not in the case");
    good.replacen(from, to, 1)
}

/// `line:column: message (tip)` without the folder, in `lang`.
fn shown(ds: &[Diagnostic], lang: Lang) -> String {
    ds.iter()
        .map(|d| {
            let line = d.one_line(lang);
            let line = line.rsplit_once("student.ron:").map_or(line.clone(), |(_, rest)| rest.to_owned());
            format!("{line}\n      | {}", d.source_line.trim())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The typical mistakes of a student author, as found in the issue and in
/// classes: what they wrote instead of what works.
const MISTAKES: &[(&str, &str, &str)] = &[
    ("decimal comma", "price: 129.95", "price: 129,95"),
    ("quoted enum value", "verdict: Grounded", "verdict: \"Gegrond\""),
    ("single quotes", "name: \"Sanne de Vries\"", "name: 'Sanne de Vries'"),
    ("word for a number", "difficulty: 1", "difficulty: een"),
    ("one amount for a range", "offer: Refund(120.0, 129.95)", "offer: Refund(99.95)"),
    ("range read as decimal split", "offer: Refund(120.0, 129.95)", "offer: Refund(99,95)"),
    ("backslash in text", "Ik heb hem pas drie", "Ik heb hem pas\\drie"),
    ("curly quotes", "name: \"Sanne de Vries\"", "name: “Sanne de Vries”"),
    ("inner quotes", "name: \"Sanne de Vries\"", "name: \"Sanne \"de\" Vries\""),
    ("unclosed string", "name: \"Sanne de Vries\",", "name: \"Sanne de Vries,"),
    (
        "comma missing before a comment",
        "        history: [",
        "        mood: 40\n        // eerdere klachten\n        history: [",
    ),
    ("fraction for a whole number", "temperament: Impatient,", "temperament: Impatient,\n        mood: 5.5,"),
    ("word for true", "in_stock: true", "in_stock: ja"),
    ("text without quotes", "number: \"GS-2026-48213\"", "number: GS-2026-48213"),
    ("bad date", "received: \"2026-11-20T15:40:00\"", "received: \"20-11-2026 15:40\""),
    ("quoted number", "difficulty: 1", "difficulty: \"1\""),
    ("misspelt value", "channel: Phone", "channel: Telefon"),
];

#[test]
fn typical_mistakes_get_a_dutch_message_a_tip_and_the_right_place() {
    let mut report = String::new();
    for (name, from, to) in MISTAKES {
        let ds = diagnostics(&mistake(from, to));
        assert!(!ds.is_empty(), "{name}: no message");
        for d in &ds {
            assert!(d.hint.is_some(), "{name}: no tip in {}", d.one_line(Lang::Nl));
        }
        report.push_str(&format!("## {name}: {to}\n{}\n\n", shown(&ds, Lang::Nl)));
    }
    insta::assert_snapshot!(report);
}

#[test]
fn the_same_mistakes_in_english() {
    let mut report = String::new();
    for (name, from, to) in MISTAKES.iter().take(10) {
        report.push_str(&format!("## {name}\n{}\n\n", shown(&diagnostics(&mistake(from, to)), Lang::En)));
    }
    insta::assert_snapshot!(report);
}

#[test]
fn the_tip_quotes_the_students_own_value() {
    let tip = |from, to| {
        let ds = diagnostics(&mistake(from, to));
        ds[0].hint.as_ref().unwrap().render(Lang::Nl)
    };
    assert_eq!(tip("price: 129.95", "price: 99,95"), "schrijf 99.95 met een punt");
    assert!(tip("verdict: Grounded", "verdict: \"Gegrond\"").contains("schrijf Gegrond zonder"));
    assert!(tip("name: \"Sanne de Vries\"", "name: \"Sanne \"de\" Vries\"").contains(r#""Sanne \"de\" Vries""#));
}

#[test]
fn an_unclosed_string_and_a_missing_comma_point_at_their_cause() {
    let text = mistake("name: \"Sanne de Vries\",", "name: \"Sanne de Vries,");
    let d = &diagnostics(&text)[0];
    assert!(d.source_line.contains("name: \"Sanne de Vries,"), "{}", d.one_line(Lang::Nl));
    let text = mistake("        history: [", "        mood: 40\n        // eerdere klachten\n        history: [");
    let d = &diagnostics(&text)[0];
    assert_eq!(d.source_line.trim(), "mood: 40");
    assert_eq!(d.column, "        mood: 40".len() + 1);
}

#[test]
fn dutch_offer_names_and_a_moment_with_a_space_are_accepted() {
    let text = mistake("offer: Refund(120.0, 129.95)", "offer: Terugbetaling(120.0, 129.95)");
    let text = text.replacen("offer: Replacement", "offer: Vervanging", 1);
    let text = text.replacen("received: \"2026-11-20T15:40:00\"", "received: \"2026-11-20 15:40\"", 1);
    let ds = diagnostics(&text);
    assert!(ds.is_empty(), "{}", shown(&ds, Lang::Nl));
}

#[test]
fn leftover_placeholders_and_decimal_splits_are_warnings() {
    let text = mistake("name: \"Sanne de Vries\"", "name: \"[Voornaam Achternaam]\"").replacen(
        "offer: Refund(0.01, 119.99)",
        "offer: Refund(10,40)",
        1,
    );
    assert!(diagnostics(&text).is_empty(), "a warning never stops a case");
    let ws = scenario_warnings(&Source::new("student.ron", text.clone()));
    let lines: Vec<_> = ws.iter().map(|w| (w.line, w.one_line(Lang::Nl))).collect();
    assert_eq!(ws.len(), 2, "{lines:?}");
    assert_eq!(ws[0].line, text[..text.find("[Voornaam").unwrap()].matches('\n').count() + 1);
    assert!(lines[0].1.contains("[Voornaam Achternaam]"), "{lines:?}");
    assert!(lines[1].1.contains("bereik van 10 tot 40 euro") && lines[1].1.contains("10.40"), "{lines:?}");
    assert!(scenario_warnings(&Source::new("x.ron", good_text())).is_empty());
}

/// English phrases of ron, serde and chrono errors: none may reach a Dutch
/// reader.
const PARSER_ENGLISH: &[&str] = &[
    "expected",
    "found",
    "invalid",
    "identifier",
    "escape",
    "variant",
    "element",
    "unexpected",
    "input",
    "premature",
    "base 10",
    "digit",
    "unknown",
    "struct",
    "sequence",
    "integer",
    "floating",
    "string",
    "character",
    "missing",
    "trailing",
];

/// Whether `t` is one of our messages, with arguments that are our own
/// messages or values from the file, never a parser's text.
fn ours(t: &Text) -> bool {
    match t {
        Text::Msg { id, .. } => klachtsim::i18n::has(Lang::Nl, id) && klachtsim::i18n::has(Lang::En, id),
        Text::Authored(_) => false,
    }
}

/// A small deterministic generator (xorshift), so a failure repeats.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn no_typo_gives_a_message_in_the_parsers_english() {
    let good = good_text();
    let chars: Vec<char> = good.chars().collect();
    let typos = ['"', '\'', ',', '.', ':', '(', ')', '[', ']', '\\', '“', 'x', '1', ' ', '\n', '/', '{'];
    let mut rng = Rng(0x5eed_2026);
    let mut messages = 0;
    for round in 0..400 {
        let mut text = chars.clone();
        for _ in 0..1 + round % 2 {
            let at = rng.next(text.len());
            match rng.next(3) {
                0 => {
                    text.remove(at);
                }
                1 => text.insert(at, typos[rng.next(typos.len())]),
                _ => text[at] = typos[rng.next(typos.len())],
            }
        }
        let text: String = text.into_iter().collect();
        for d in diagnostics(&text) {
            messages += 1;
            assert!(ours(&d.message), "round {round}: not our message: {:?}", d.message);
            assert!(d.hint.as_ref().is_none_or(ours), "round {round}: not our tip: {:?}", d.hint);
            // The message and tip without the author's own values (the
            // file's text, quoted back): none of the parser's English.
            let mut bare = d.clone();
            strip_values(&mut bare.message);
            if let Some(h) = bare.hint.as_mut() {
                strip_values(h);
            }
            let said = format!(
                "{} {}",
                bare.message.render(Lang::Nl),
                bare.hint.map(|h| h.render(Lang::Nl)).unwrap_or_default()
            )
            .to_lowercase();
            for phrase in PARSER_ENGLISH {
                assert!(!said.contains(phrase), "round {round}: {phrase:?} in {said:?}\n{text}");
            }
        }
    }
    assert!(messages >= 150, "the typos were found: {messages}");
}

/// Replaces every value argument by a neutral word, keeping our own
/// messages given as arguments (a kind of value, a term).
fn strip_values(t: &mut Text) {
    use klachtsim::i18n::Arg;
    if let Text::Msg { args, .. } = t {
        for (_, a) in args.iter_mut() {
            match a {
                Arg::Msg(_) => {}
                Arg::Text(inner) => strip_values(inner),
                other => *other = Arg::Str("X".to_owned()),
            }
        }
    }
}
