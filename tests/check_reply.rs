//! `klachtsim check-reply` as a user runs it: the binary, a reply on
//! standard input, the judgement on standard output.

use std::io::Write;
use std::process::{Command, Stdio};

fn check_reply(args: &[&str], reply: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_klachtsim"))
        .arg("check-reply")
        .args(args)
        .env_remove("KLACHTSIM_LANG")
        .env_remove("KLACHTSIM_LEXICON")
        .env("KLACHTSIM_SCENARIOS", concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(reply.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_brush_off_fails_on_empathy_with_the_words_quoted() {
    let (code, out, err) = check_reply(&[], "Tja, jammer dan hoor.");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("✗ empathie: \"Tja\" klinkt als afwimpelen"), "{out}");
    assert!(out.contains("✗ concrete toezegging: geen volgende stap"), "{out}");
}

#[test]
fn json_against_a_case_has_a_boolean_per_criterion_and_the_reasons() {
    let reply = "Beste mevrouw De Vries, wat vervelend dat de rits van uw jeans (bestelling GS-2026-48213) \
                 al na een week kapot ging. Ik stuur u vandaag een nieuwe jeans; die heeft u binnen 2 werkdagen \
                 in huis. Wellicht heeft u het waslabel over het hoofd gezien.";
    let (code, out, err) = check_reply(&["--scenario", "gstar-rits-kapot", "--json"], reply);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for (key, want) in [
        ("empathy", true),
        ("blame", true),
        ("commitment", true),
        ("name", true),
        ("order_number", true),
        ("term", true),
        ("jargon", false),
    ] {
        assert_eq!(v[key], want, "{key}: {out}");
    }
    let blame = v["details"]["blame"]["reason"].as_str().unwrap();
    assert!(blame.contains("\"Wellicht heeft u het waslabel over het hoofd gezien\""), "{blame}");
    assert_eq!(v["details"]["blame"]["good"], false);
    assert_eq!(v["details"]["name"]["quote"], "Beste mevrouw De Vries");
}

#[test]
fn english_replies_and_channels() {
    let (code, out, _) = check_reply(
        &["--lang", "en", "--channel", "email"],
        "I understand, but rules are rules. We will look into it as soon as possible.",
    );
    assert_eq!(code, 0);
    assert!(out.contains("✗ empathy: \"but rules are rules\" takes your understanding back"), "{out}");
    assert!(out.contains("✗ concrete commitment: \"look into it\" is vague"), "{out}");
    assert!(out.contains("✗ length: 15 words is too short for e-mail"), "{out}");
}

#[test]
fn mistakes_are_explained() {
    let (code, _, err) = check_reply(&["--scenario", "bestaat-niet"], "Hallo");
    assert_eq!(code, 2);
    assert!(err.contains("geen casus met id \"bestaat-niet\""), "{err}");
    let (code, _, err) = check_reply(&[], "  \n");
    assert_eq!(code, 2);
    assert!(err.contains("geen antwoord ontvangen"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("nl")).unwrap();
    std::fs::write(dir.path().join("nl/blame.txt"), "# eigen\nu weet toch\nfo*ut woord\n").unwrap();
    let (code, _, err) = check_reply(&["--lexicon", &dir.path().display().to_string()], "Hallo");
    assert_eq!(code, 1);
    assert!(err.contains("blame.txt:3: \"fo*ut\": een * hoort aan het eind van een woord"), "{err}");
}

#[test]
fn a_trainers_own_word_list_counts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("nl")).unwrap();
    std::fs::write(dir.path().join("nl/jargon.txt"), "retourorder\n").unwrap();
    let reply = "Ik heb een retourorder aangemaakt.";
    let (_, out, _) = check_reply(&["--json"], reply);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap()["jargon"], false);
    let (_, out, _) = check_reply(&["--json", "--lexicon", &dir.path().display().to_string()], reply);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap()["jargon"], true, "{out}");
}
