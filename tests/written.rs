//! Texts the trainee writes in their own words (issue 14, "Written
//! channels"): what they earn under acknowledge, offer and execute, with the
//! quoted words as reasons; that a written text is never worth more than the
//! right picked line, and that blame and over-promising fail their step; how
//! the customer answers to what was written; and that the session stays
//! deterministic.

mod common;

use klachtsim::i18n::{Lang, Text};
use klachtsim::model::*;
use klachtsim::score::Debrief;
use klachtsim::sim::{Reaction, Session, Speaker, State};

const CASE: &str = "gstar-pakket-zoek";
const SEED: u64 = 5;

const EMPATHIC: &str = "Beste mevrouw El Amrani, wat vervelend dat uw pakket met het verjaardagscadeau niet is \
    aangekomen; ik begrijp dat u ongerust bent. Ik heb bestelling GS-2026-50318 nagekeken. Ik stuur u vandaag \
    een nieuwe trui, die u binnen 2 werkdagen tegen handtekening ontvangt. Met vriendelijke groet, Sanne";
const BLAMING: &str = "Beste mevrouw El Amrani, volgens de track-and-trace is het pakket gewoon bezorgd, dus u \
    had beter moeten opletten wie het heeft aangenomen. Bestelling GS-2026-50318 staat als afgeleverd. Met \
    vriendelijke groet, Sanne";
const VAGUE: &str = "Beste mevrouw El Amrani, bedankt voor uw bericht over bestelling GS-2026-50318. We kijken \
    ernaar en laten zo snel mogelijk iets van ons horen. Met vriendelijke groet, Sanne";
const OVER_PROMISE: &str = "Beste mevrouw El Amrani, wat vervelend dat uw cadeau niet is aangekomen. Ik garandeer \
    u dat de nieuwe trui morgen vóór 10:00 bij u is. Bestelling GS-2026-50318. Met vriendelijke groet, Sanne";
const ONE_WORD: &str = "Oké.";

fn reply(text: &str) -> Action {
    Action::Write { part: Written::Reply, text: text.into() }
}

/// The web-form case handled as its model script does, with the
/// acknowledgement left to the written reply (no acknowledging line, no
/// status update or explanation, one offer): the reply goes out after the
/// carrier's investigation.
fn handling(text: &str) -> Vec<Action> {
    let path = common::root().join("tests/scripts/gstar-pakket-zoek.model.ron");
    let mut actions: Vec<Action> =
        klachtsim::script::load_script(&path).unwrap().actions.into_iter().map(|a| a.action).collect();
    let left_out = |a: &Action| match a {
        Action::Say(id) => id == "erkenning-goed" || id == "uitleg-onderzoek",
        Action::Offer { what, .. } => what.as_deref() == Some("winkel-klaarleggen"),
        _ => matches!(a, Action::StatusUpdate { .. } | Action::SendCsat { .. } | Action::LessonLearned { .. }),
    };
    actions.retain(|a| !left_out(a));
    let after = actions.iter().position(|a| *a == Action::Check(Check::Inspect)).unwrap();
    actions.insert(after + 1, reply(text));
    actions
}

fn played(text: &str) -> (State, Debrief) {
    let l = common::scenario(CASE);
    common::play(&l.scenario, &l.policy, SEED, &handling(text))
}

fn is_written(t: &Text) -> bool {
    matches!(t, Text::Msg { id, .. } if id.starts_with("item-written"))
}

/// What the written text earned over all steps, and its items in words.
fn written(d: &Debrief) -> (i32, Vec<String>) {
    let items: Vec<_> = d.steps.iter().flat_map(|s| &s.items).filter(|i| is_written(&i.reason)).collect();
    let points = items.iter().map(|i| i.points).sum();
    (points, items.iter().map(|i| format!("{:?} {:+} {}", i.step, i.points, i.reason.render(Lang::Nl))).collect())
}

fn score(d: &Debrief, step: Step) -> u32 {
    d.step(step).score
}

fn has_item(items: &[String], words: &str) -> bool {
    items.iter().any(|i| i.contains(words))
}

#[test]
fn an_empathic_concrete_reply_scores_well_with_its_words_quoted() {
    let (st, d) = played(EMPATHIC);
    let (points, items) = written(&d);
    assert!(points >= 50, "{points}: {items:#?}");
    assert!(has_item(&items, "wat vervelend dat uw pakket"), "{items:#?}");
    assert!(has_item(&items, "GS-2026-50318"), "{items:#?}");
    assert!(score(&d, Step::Acknowledge) >= 90, "{:?}", d.step(Step::Acknowledge));
    assert!(!d.knockouts.iter().any(|k| k.key() == "skipped-acknowledge"), "{:?}", d.knockouts);
    // The debrief keeps the text with its whole analysis.
    assert_eq!(d.written.len(), 1);
    assert_eq!(d.written[0].text, EMPATHIC);
    assert!(d.written[0].analysis.empathy.found && d.written[0].analysis.commitment.found);
    assert_eq!(st.written[0].part, Written::Reply);
}

#[test]
fn a_blaming_reply_fails_the_acknowledge_step_with_the_blame_quoted() {
    let (_, good) = played(EMPATHIC);
    let (_, d) = played(BLAMING);
    let (points, items) = written(&d);
    assert!(points < 0, "{points}: {items:#?}");
    assert!(has_item(&items, "u had beter moeten opletten"), "{items:#?}");
    assert!(score(&d, Step::Acknowledge) < 55, "{:?}", d.step(Step::Acknowledge));
    assert!(score(&d, Step::Acknowledge) < score(&good, Step::Acknowledge));
    assert!(d.knockouts.iter().any(|k| k.key() == "skipped-acknowledge"), "{:?}", d.knockouts);
}

#[test]
fn a_vague_reply_scores_poorly_with_the_vague_words_quoted() {
    let (_, good) = played(EMPATHIC);
    let (_, d) = played(VAGUE);
    let (points, items) = written(&d);
    assert!(points <= 10, "{points}: {items:#?}");
    assert!(has_item(&items, "We kijken ernaar"), "{items:#?}");
    assert!(score(&d, Step::Offer) < score(&good, Step::Offer));
    assert!(score(&d, Step::Acknowledge) < score(&good, Step::Acknowledge));
}

#[test]
fn an_over_promise_fails_the_offer_step_and_costs_under_execute() {
    let (_, good) = played(EMPATHIC);
    let (_, d) = played(OVER_PROMISE);
    let (points, items) = written(&d);
    assert!(points < 0, "{points}: {items:#?}");
    assert!(has_item(&items, "garandeer"), "{items:#?}");
    assert!(score(&d, Step::Offer) < 55, "{:?}", d.step(Step::Offer));
    assert!(score(&d, Step::Execute) < score(&good, Step::Execute), "{:?}", d.step(Step::Execute));
}

#[test]
fn a_one_word_reply_scores_poorly_and_an_empty_one_is_refused() {
    let (_, good) = played(EMPATHIC);
    let (_, d) = played(ONE_WORD);
    let (points, items) = written(&d);
    assert!(points < 0, "{points}: {items:#?}");
    assert!(has_item(&items, "(\"Oké.\")") && has_item(&items, "te kort voor webformulier"), "{items:#?}");
    assert!(score(&d, Step::Acknowledge) < score(&good, Step::Acknowledge));

    let l = common::scenario(CASE);
    let mut s = Session::new(&l.scenario, &l.policy, SEED);
    let r = s.apply(reply("   \n "), 0).unwrap_err();
    assert_eq!(r.0.render(Lang::Nl), "schrijf eerst het antwoord");
    assert!(s.state.history.is_empty());
}

#[test]
fn a_written_acknowledgement_is_never_worth_more_than_the_right_line() {
    let l = common::scenario(CASE);
    let mut with_line = handling(EMPATHIC);
    // The good acknowledging line, in its moment (after the summary).
    with_line.insert(6, Action::Say("erkenning-goed".into()));
    let (_, line_and_text) = common::play(&l.scenario, &l.policy, SEED, &with_line);
    let mut only_line = with_line.clone();
    only_line.retain(|a| !matches!(a, Action::Write { .. }));
    let (_, line) = common::play(&l.scenario, &l.policy, SEED, &only_line);
    let (_, text) = played(EMPATHIC);
    let ack = |d: &Debrief| score(d, Step::Acknowledge);
    assert_eq!(ack(&line_and_text), ack(&line), "{:#?}", line_and_text.step(Step::Acknowledge));
    assert!(ack(&text) <= ack(&line));
    let (_, items) = written(&line_and_text);
    assert!(has_item(&items, "alleen de beste van de twee telt"), "{items:#?}");
}

/// The customer's words right after the written reply, and the mood then.
fn answer(st: &State) -> (String, i32) {
    let at = st
        .transcript
        .iter()
        .position(|e| e.speaker == Speaker::Trainee && e.text == Text::Authored(st.written[0].text.clone()))
        .unwrap();
    let customer = &st.transcript[at + 1];
    assert_eq!(customer.speaker, Speaker::Customer);
    let index = st.written[0].action;
    let mood = st.mood_curve.iter().find(|p| p.action == index).unwrap().mood;
    (customer.text.render(Lang::Nl), mood)
}

#[test]
fn the_customer_answers_blame_sharper_and_empathy_calmer() {
    let (blamed, _) = played(BLAMING);
    let (heard, _) = played(EMPATHIC);
    let (blamed_words, blamed_mood) = answer(&blamed);
    let (heard_words, heard_mood) = answer(&heard);
    assert_ne!(blamed_words, heard_words);
    assert!(blamed_mood + 15 < heard_mood, "blamed {blamed_mood}, heard {heard_mood}");
    let before = |st: &State| st.mood_curve[st.written[0].action - 1].mood;
    assert!(blamed_mood < before(&blamed), "the mood goes down after blame");
    assert!(heard_mood > before(&heard), "the mood goes up after empathy");
    let reaction = |st: &State| Reaction::of(&st.written[0].analysis, Written::Reply, Channel::WebForm);
    assert_eq!(reaction(&blamed), Reaction::Blamed);
    assert_eq!(reaction(&heard), Reaction::HeardAndConcrete);
    // Blame provokes: a customer already low on patience tells the world.
    assert!(blamed.consequences.len() >= heard.consequences.len());
}

#[test]
fn the_same_seed_and_texts_give_the_same_session() {
    let (a, da) = played(BLAMING);
    let (b, db) = played(BLAMING);
    assert_eq!(a, b);
    assert_eq!(da, db);
}

#[test]
fn summary_and_acknowledgement_can_be_written_on_the_phone_but_a_reply_cannot() {
    let l = common::scenario("gstar-rits-kapot");
    let mut s = Session::new(&l.scenario, &l.policy, 1);
    let r = s.apply(reply("Beste klant"), 0).unwrap_err();
    assert!(r.0.render(Lang::Nl).contains("telefoon"), "{}", r.0.render(Lang::Nl));
    // Not before its moment: the conversation is at its first question.
    let ack = Action::Write { part: Written::Acknowledge, text: "Wat vervelend voor u.".into() };
    let r = s.apply(ack.clone(), 0).unwrap_err();
    assert!(matches!(r.0, Text::Msg { id: "refuse-write-not-now", .. }), "{r:?}");
    // Answer the moments up to the summary by lines, then write it.
    let moments = klachtsim::sim::presentation::moments(&l.scenario);
    let summary =
        moments.iter().position(|m| m.lines.iter().any(|&i| l.scenario.lines[i].kind == LineKind::Summary)).unwrap();
    for m in &moments[..summary] {
        let good = m.lines.iter().find(|&&i| l.scenario.lines[i].rating == Rating::Good).unwrap();
        s.apply(Action::Say(l.scenario.lines[*good].id.clone()), 0).unwrap();
    }
    let open =
        |s: &Session| klachtsim::sim::presentation::open_moment(&l.scenario, &s.state).map(|m| m.name.to_owned());
    let at_summary = open(&s);
    s.apply(Action::Write { part: Written::Summary, text: "U zegt dat de rits van uw jas kapot is.".into() }, 0)
        .unwrap();
    assert_ne!(open(&s), at_summary, "the written summary answered its moment");
    assert_eq!(s.state.written[0].moment, at_summary);
}

#[test]
fn the_form_check_while_writing_tells_length_name_and_order_number_only() {
    use klachtsim::reply::Criterion;
    let l = common::scenario(CASE);
    let check = klachtsim::sim::written::form_check(&l.scenario, &l.policy, BLAMING);
    let criteria: Vec<Criterion> = check.iter().map(|(c, _)| *c).collect();
    assert_eq!(criteria, [Criterion::Length, Criterion::Name, Criterion::OrderNumber]);
    // The blame in the text stays unmentioned until the debrief.
    assert!(check.iter().all(|(_, v)| !v.reason.render(Lang::Nl).contains("schuld")));
    let short = klachtsim::sim::written::form_check(&l.scenario, &l.policy, ONE_WORD);
    assert!(short.iter().all(|(c, v)| !v.good(*c)), "{short:?}");
}

#[test]
fn the_own_words_field_is_offered_where_the_conversation_asks_for_a_summary_or_acknowledgement() {
    use klachtsim::sim::written::own_words_part;
    let l = common::scenario(CASE);
    let (s, p) = (&l.scenario, &l.policy);
    let mut session = Session::new(s, p, SEED);
    assert_eq!(own_words_part(s, &session.state), None);
    for id in ["vraag-plek", "vraag-bestelling"] {
        session.apply(Action::Say(id.into()), 0).unwrap();
    }
    assert_eq!(own_words_part(s, &session.state), Some(Written::Summary));
    session.apply(Action::Say("samenvatting-goed".into()), 0).unwrap();
    assert_eq!(own_words_part(s, &session.state), Some(Written::Acknowledge));
}

/// The terminal player: `tx` asks for the reply line by line, an empty line
/// sends it, and the logged session holds it as the engine's Write.
#[test]
fn the_terminal_player_takes_a_written_reply_over_several_lines() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["gstar-pakket-zoek.ron", "policy.ron"] {
        std::fs::copy(common::root().join("scenarios").join(f), dir.path().join(f)).unwrap();
    }
    let log = dir.path().join("log.jsonl");
    let (lib, log_arg) = (dir.path().display().to_string(), log.display().to_string());
    let args =
        ["klachtsim", "play", "--scenarios", &lib, "--seed", "4", "--log", &log_arg, "--trainee", "Bo", "--group", "A"];
    let answers = ["1", "u", "tx", "Beste Fatima El Amrani,", "U had beter moeten opletten.", "", "k", ""];
    let input = answers.join("\n") + "\n";
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = klachtsim::cli::run_with_input(args.to_vec(), &mut input.as_bytes(), &mut out, &mut err);
    let shown = String::from_utf8(out).unwrap() + &String::from_utf8(err).unwrap();
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("tx") && shown.contains("Antwoord schrijven"), "{shown}");
    let (records, _, _) = klachtsim::log::read_all(&[log]);
    let text = "Beste Fatima El Amrani,\nU had beter moeten opletten.";
    assert!(records[0].actions.iter().any(|a| a.action == reply(text)), "{:?}", records[0].actions);
    assert!(shown.contains("IN JE EIGEN WOORDEN (1)"), "{shown}");
}
