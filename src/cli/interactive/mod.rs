//! Playing a case in the terminal: choose a scenario, then pick actions from
//! a menu grouped by step (`menu`), until the debrief. Same engine, same
//! scoring as `play --script` and the game.

mod cases;
mod interrupt;
mod menu;
mod prompt;

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::load::LoadedScenario;
use crate::log::{NewRecord, Record};
use crate::model::*;
use crate::score::Debrief;
use crate::score::self_assessment::{SelfAssessment, SelfRating};
use crate::score::{report, score};
use crate::sim::limits::{CONTACT_HOURS, LATER_HOURS, PROMISE_DAYS, WAIT_MINUTES};
use crate::sim::presentation::{offer_options, term_order};
use crate::sim::{Session, State};

use super::Input;
use super::play::transcript_lines;
use menu::{Entry, WAIT_KEY, find, label};
use prompt::Io;

/// Plays a case with the answers from `input`: the real terminal, where a
/// signal ends the case as abandoned (`interrupt`), or the given lines.
pub fn run(
    lang: Lang,
    scenarios: Option<PathBuf>,
    seed: Option<u64>,
    log: super::LogArgs,
    input: Input,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let mut terminal = match input {
        // Given answers (a test) are no terminal: the width is the default.
        Input::Given(given) => {
            let io = Io { lang, input: given, out, width: prompt::DEFAULT_WIDTH, failed: None };
            return play(io, scenarios, seed, log, err);
        }
        Input::Terminal => interrupt::Interruptible::stdin()?,
    };
    let io = Io { lang, input: &mut terminal, out, width: prompt::width(), failed: None };
    let played = play(io, scenarios, seed, log, err);
    let Some(signal) = terminal.signal() else {
        return played;
    };
    let msg = Text::msg("tui-interrupted").arg("signal", signal as i64).render(lang);
    // After SIGHUP the terminal may be gone: the case is logged (`play`
    // logs before it reports a failure to write), and the exit code is all
    // that is left to say.
    writeln!(out, "{msg}").ok();
    // The shell hears which signal ended the case, unless the log failed.
    Ok(match played {
        Ok(0) | Err(_) => 128 + signal as u8,
        Ok(code) => code,
    })
}

fn play(
    mut io: Io,
    scenarios: Option<PathBuf>,
    seed: Option<u64>,
    log: super::LogArgs,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let lang = io.lang;
    let lib = crate::load::library(scenarios);
    io.say(&tr(lang, "tui-welcome"));
    io.say("");
    let trainee = match log.trainee.clone() {
        Some(t) => t,
        None => io.ask(&tr(lang, "tui-ask-name")).unwrap_or_default(),
    };
    let group = match log.group.clone() {
        Some(g) => g,
        None => io.ask(&tr(lang, "tui-ask-group")).unwrap_or_default(),
    };
    io.say("");
    let Some(loaded) = cases::choose_case(&mut io, &lib) else {
        return io.failed.map_or(Ok(0), Err);
    };
    // A fresh seed each time, shown so a trainer can replay the session.
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_secs())
    });
    let started = chrono::Local::now().fixed_offset();
    let (state, debrief) = play_case(&mut io, &loaded, seed);
    // Before the score: the trainee's own view of each step.
    let own = self_assessment(&mut io);
    io.say("");
    io.say(&report::render_text(&debrief, lang));
    if let Some(a) = &own {
        let mut text = String::new();
        report::write_self_assessment(&mut text, &debrief, a, lang).expect("writing to a String cannot fail");
        io.say(&text);
    }
    let mut record = Record::new(NewRecord {
        trainee: &trainee,
        group: &group,
        loaded: &loaded,
        policy_name: &loaded.policy.name,
        seed,
        state: &state,
        debrief: &debrief,
        started,
        ended: chrono::Local::now().fixed_offset(),
    });
    record.self_assessment = own;
    let Io { out, failed, .. } = io;
    if let Some(e) = failed {
        // The terminal is gone, but the finished session is not lost.
        super::play::log_session(lang, &log, &record, &mut io::sink(), err)?;
        return Err(e);
    }
    super::play::log_session(lang, &log, &record, out, err)
}

/// Plays until the trainee is done (or the input ends: an abandoned
/// session still gets its debrief and its log record), and scores it; the
/// debrief is shown once the trainee has rated their own handling.
fn play_case(io: &mut Io, loaded: &LoadedScenario, seed: u64) -> (State, Debrief) {
    let lang = io.lang;
    let s = &loaded.scenario;
    let mut session = Session::new(s, &loaded.policy, seed);
    io.say("");
    io.say(
        &Text::msg("tui-case-start")
            .arg("title", s.title.as_str())
            .arg("channel", Arg::Msg(s.channel.msg()))
            .arg("seed", seed as i64)
            .render(lang),
    );
    for l in transcript_lines(&s.customer.name, &session.state.transcript, lang) {
        io.say(&l);
    }
    let mut turn = 0usize;
    loop {
        let entries = menu::menu(s, &session.state);
        io.say("");
        let mood = session.state.mood;
        let bar =
            format!("{}{}", "▮".repeat((mood as usize).div_ceil(10)), "▯".repeat(10 - (mood as usize).div_ceil(10)));
        io.say(
            &Text::msg("tui-status")
                .arg("now", session.state.now)
                .arg("mood", Arg::Str(bar))
                .arg("role", Arg::Msg(session.state.role.msg()))
                .render(lang),
        );
        let mut last = None;
        for item in &entries {
            if last != Some(item.group) {
                io.say(&format!("  {}", tr(lang, item.group.msg())));
                last = Some(item.group);
            }
            io.say(&format!("    {:>2}. {}", item.key, label(lang, &item.label)));
        }
        io.say(&format!("  {}", tr(lang, "tui-other")));
        io.say(&format!("    {WAIT_KEY:>2}. {}", tr(lang, "menu-wait")));
        io.say(&format!("     {}", tr(lang, "tui-menu-end")));
        io.say(&format!("     {}", tr(lang, "card-tui-entry")));
        let Some(answer) = io.ask(&tr(lang, "tui-your-action")) else {
            break;
        };
        let answer = answer.to_lowercase();
        if matches!(answer.as_str(), "k" | "klaar" | "d" | "done" | "q" | "stop" | "quit") {
            break;
        }
        // The reference card is no action: no turn, no time, no points.
        if matches!(answer.as_str(), "s" | "spiekkaart" | "c" | "cheat sheet") {
            io.say(&crate::reference::render_text(&crate::reference::card(&loaded.policy), lang));
            continue;
        }
        let Some(entry) = find(&entries, &answer) else {
            io.say(&Text::msg("tui-bad-key").arg("value", answer).render(lang));
            continue;
        };
        if matches!(entry, Entry::Why) {
            // The guide's question, or why there is none, before the prompt.
            match session.why_question() {
                Some(q) => io.say(&q.render(lang)),
                None => {
                    if let Err(r) = session.check(&Action::Why { text: "?".into() }) {
                        io.say(&format!("  ! {}", r.0.render(lang)));
                    }
                    continue;
                }
            }
        }
        let Some(action) = build(io, &entry, s, &loaded.policy, seed) else {
            continue;
        };
        turn += 1;
        let before = session.state.transcript.len();
        match session.apply(action, turn) {
            Ok(_) => {
                for l in transcript_lines(&s.customer.name, &session.state.transcript[before..], lang) {
                    io.say(&l);
                }
            }
            Err(r) => io.say(&format!("  ! {}", r.0.render(lang))),
        }
    }
    let d = score(s, &loaded.policy, &session.state, seed);
    (session.state, d)
}

/// Asks the trainee to rate each step (1, 2 or 3, the scale's order); an
/// empty answer skips the rest and is kept as skipped. `None` when the
/// input ended: nobody was there to ask.
fn self_assessment(io: &mut Io) -> Option<SelfAssessment> {
    let lang = io.lang;
    io.say("");
    io.say(&tr(lang, "tui-self-intro"));
    let mut ratings = [None; 7];
    for (i, step) in Step::ALL.iter().enumerate() {
        let prompt = Text::msg("tui-self-ask").arg("step", Arg::Msg(step.msg())).render(lang);
        loop {
            let answer = io.ask(&prompt)?;
            if answer.is_empty() {
                io.say(&tr(lang, "self-skipped"));
                return Some(SelfAssessment::Skipped);
            }
            match answer.parse::<usize>().ok().and_then(|n| SelfRating::ALL.get(n.wrapping_sub(1))) {
                Some(r) => {
                    ratings[i] = Some(*r);
                    break;
                }
                None => {
                    io.say(&Text::msg("tui-bad-number").arg("value", answer).arg("from", 1).arg("to", 3).render(lang))
                }
            }
        }
    }
    SelfAssessment::complete(ratings)
}

fn build(io: &mut Io, e: &Entry, s: &Scenario, policy: &crate::policy::Policy, seed: u64) -> Option<Action> {
    let lang = io.lang;
    Some(match e {
        Entry::Do(a) => a.clone(),
        Entry::Wait => Action::Wait { minutes: io.number("tui-ask-minutes", WAIT_MINUTES)? },
        Entry::StatusUpdate => Action::StatusUpdate { hours: io.number("tui-ask-contact-hours", CONTACT_HOURS)? },
        Entry::SendCsat => Action::SendCsat { hours: io.number("tui-ask-csat-hours", LATER_HOURS)? },
        Entry::SeniorFollowUp => Action::SeniorFollowUp { hours: io.number("tui-ask-senior-hours", LATER_HOURS)? },
        Entry::Classify => Action::Classify(Classification {
            nature: io.term("field-nature", &term_order(seed), Nature::msg)?,
            category: io.term("field-category", &term_order(seed), Category::msg)?,
            cause: io.term("field-cause", &term_order(seed), Cause::msg)?,
            verdict: io.term("field-verdict", &term_order(seed), Verdict::msg)?,
            priority: io.term("field-priority", &term_order(seed), Priority::msg)?,
        }),
        Entry::Why => Action::Why { text: io.ask(&tr(lang, "tui-ask-why"))? },
        Entry::Write(part) => Action::Write { part: *part, text: io.lines(&tr(lang, "tui-ask-write"))? },
        Entry::Lesson => Action::LessonLearned {
            category: io.term("field-category", Category::ALL, Category::msg)?,
            cause: io.term("field-cause", Cause::ALL, Cause::msg)?,
            root_cause: io.ask(&tr(lang, "tui-ask-root-cause"))?,
            correction: io.ask(&tr(lang, "tui-ask-correction"))?,
        },
        Entry::Offer => {
            let options: Vec<_> = offer_options(s, seed).into_iter().map(|o| (o, o.label(s, lang))).collect();
            let picked = io.choose(&tr(lang, "tui-ask-offer"), &options)?;
            let offer = picked.choice.offer(io).ok()?;
            let what = picked.concrete.and_then(|i| s.offers[i].id.clone());
            // The policy's lead time, so the promise is one that can be kept.
            io.say(&crate::score::lead_time(policy, s, picked.choice).render(lang));
            // A bad answer is asked again, as at every prompt; only an empty
            // one means "no promise".
            let days = io.optional_number("tui-ask-days", PROMISE_DAYS)?;
            Action::Offer { offer, days, what }
        }
    })
}
