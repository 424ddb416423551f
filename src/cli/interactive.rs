//! Playing a case in the terminal: choose a scenario, then pick actions from
//! a numbered menu grouped by step, until the debrief. Same engine, same
//! scoring as `play --script` and the game.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, time, tr};
use crate::load::{Library, LoadedScenario};
use crate::log::{NewRecord, Record};
use crate::model::*;
use crate::score::Debrief;
use crate::score::self_assessment::{SelfAssessment, SelfRating};
use crate::score::{report, score};
use crate::sim::limits::{CONTACT_HOURS, DISCOUNT_PERCENT, LATER_HOURS, PROMISE_DAYS, WAIT_MINUTES};
use crate::sim::presentation::{Group, offer_options, offered_lines, term_order};
use crate::sim::{Session, State};

use super::play::transcript_lines;

/// How a menu entry is shown.
enum Label {
    Msg(&'static str),
    Check(Check),
    /// A line of the scenario, quoted.
    Line(String),
}

/// One entry of the action menu.
enum Entry {
    Do(Action),
    Offer,
    Classify,
    StatusUpdate,
    SendCsat,
    SeniorFollowUp,
    Lesson,
    Wait,
}

struct Io<'a> {
    lang: Lang,
    input: &'a mut dyn BufRead,
    out: &'a mut dyn Write,
    /// The first failure to write: from then on the player hears nothing
    /// more, so the case ends as at the end of the input (and is still
    /// scored and logged), and the command reports the failure.
    failed: Option<io::Error>,
}

impl Io<'_> {
    fn say(&mut self, text: &str) {
        self.write(|out| writeln!(out, "{text}"));
    }

    fn write(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        if self.failed.is_none()
            && let Err(e) = f(self.out)
        {
            self.failed = Some(e);
        }
    }

    /// Asks a question; `None` at the end of the input.
    fn ask(&mut self, prompt: &str) -> Option<String> {
        self.write(|out| {
            write!(out, "{prompt} ")?;
            out.flush()
        });
        if self.failed.is_some() {
            return None;
        }
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            // An input that cannot be read (a closed terminal, bytes that
            // are not text) ends the case as the end of the input does: it
            // is still scored and logged.
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim().to_owned()),
        }
    }

    /// Asks until the answer is a number in `range`; `None` to cancel.
    fn number(&mut self, prompt: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
        loop {
            let a = self.ask(prompt)?;
            if a.is_empty() {
                return None;
            }
            match a.parse::<u32>() {
                Ok(n) if range.contains(&n) => return Some(n),
                _ => {
                    let msg =
                        Text::msg("tui-bad-number").arg("value", a).arg("from", *range.start()).arg("to", *range.end());
                    self.say(&msg.render(self.lang));
                }
            }
        }
    }

    /// Asks for an amount in euro (a comma or a point as decimal sign).
    fn amount(&mut self, prompt: &str) -> Option<f64> {
        loop {
            let a = self.ask(prompt)?;
            if a.is_empty() {
                return None;
            }
            match crate::sim::limits::parse_amount(&a) {
                Some(v) => return Some(v),
                None => self.say(&Text::msg("tui-bad-amount").arg("value", a).render(self.lang)),
            }
        }
    }

    /// Asks for one value of a closed set, shown by its translated name.
    fn term<T: Copy>(&mut self, field: &str, all: &[T], msg: fn(T) -> &'static str) -> Option<T> {
        let options: Vec<(T, String)> = all.iter().map(|v| (*v, tr(self.lang, msg(*v)))).collect();
        self.choose(&tr(self.lang, field), &options)
    }

    fn choose<T: Copy>(&mut self, title: &str, options: &[(T, String)]) -> Option<T> {
        self.say(title);
        for (i, (_, label)) in options.iter().enumerate() {
            self.say(&format!("  {:>2}. {label}", i + 1));
        }
        let n = self.number(&tr(self.lang, "tui-choose"), 1..=options.len() as u32)?;
        Some(options[n as usize - 1].0)
    }
}

/// The amount of an offer, asked at the prompt; an empty answer cancels.
impl OfferAmounts for Io<'_> {
    type Error = ();

    fn euro(&mut self) -> Result<f64, ()> {
        self.amount(&tr(self.lang, "tui-ask-amount")).ok_or(())
    }

    fn percent(&mut self) -> Result<u32, ()> {
        self.number(&tr(self.lang, "tui-ask-percent"), DISCOUNT_PERCENT).ok_or(())
    }
}

pub fn run(
    lang: Lang,
    scenarios: Option<PathBuf>,
    seed: Option<u64>,
    log: super::LogArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let lib = Library::load(&crate::load::scenarios_dir(scenarios));
    let mut io = Io { lang, input, out, failed: None };
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
    let Some(loaded) = choose_case(&mut io, &lib) else {
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

fn choose_case(io: &mut Io, lib: &Library) -> Option<LoadedScenario> {
    let lang = io.lang;
    if lib.scenarios.is_empty() {
        io.say(&tr(lang, "tui-no-cases"));
    }
    for (i, s) in lib.scenarios.iter().enumerate() {
        let sc = &s.scenario;
        let stars = format!("{}{}", "★".repeat(sc.difficulty as usize), "☆".repeat(3 - sc.difficulty.min(3) as usize));
        // What a queue shows of a new complaint; never its category, cause or verdict.
        io.say(&format!("  {:>2}. {} [{stars}]", i + 1, sc.title));
        io.say(&format!("      {} · {} · {}", tr(lang, sc.channel.msg()), sc.customer.name, time(lang, sc.received)));
    }
    // A broken case is listed with its problem, never hidden.
    for (path, ds) in &lib.broken {
        io.say(&format!(
            "   ✗ {}",
            Text::msg("tui-broken-case")
                .arg("file", path.display().to_string())
                .arg("count", ds.len() as i64)
                .render(lang)
        ));
        if let Some(d) = ds.first() {
            io.say(&format!("      {}", d.one_line(lang)));
        }
    }
    io.say("");
    let n = io.number(&tr(lang, "tui-pick-case"), 1..=lib.scenarios.len().max(1) as u32)?;
    lib.scenarios.get(n as usize - 1).cloned()
}

/// The action menu: the lines the conversation offers now, in the
/// session's shuffled order, and the other tools in the groups the desk
/// shows (`sim::presentation`).
fn menu(s: &Scenario, st: &State) -> Vec<(Group, Label, Entry)> {
    let mut m = Vec::new();
    let mut add = |group, id, e| m.push((group, Label::Msg(id), e));
    add(Group::Conversation, s.channel.listening("menu-let-finish"), Entry::Do(Action::LetFinish));
    add(Group::Conversation, s.channel.listening("menu-interrupt"), Entry::Do(Action::Interrupt));
    for i in offered_lines(s, st, st.seed) {
        let l = &s.lines[i];
        m.push((Group::Conversation, Label::Line(l.text.clone()), Entry::Do(Action::Say(l.id.clone()))));
    }
    for c in Check::ALL {
        m.push((Group::Investigation, Label::Check(*c), Entry::Do(Action::Check(*c))));
    }
    let mut add = |group, id, e| m.push((group, Label::Msg(id), e));
    add(Group::Investigation, "menu-classify", Entry::Classify);
    add(Group::File, "menu-confirm-receipt", Entry::Do(Action::ConfirmReceipt));
    add(Group::File, "menu-take-ownership", Entry::Do(Action::TakeOwnership));
    add(Group::File, "menu-status-update", Entry::StatusUpdate);
    add(Group::File, "menu-escalate", Entry::Do(Action::Escalate));
    add(Group::File, "menu-notify-management", Entry::Do(Action::NotifyManagement));
    add(Group::Solution, "menu-offer", Entry::Offer);
    add(Group::Afterwards, "menu-execute", Entry::Do(Action::Execute));
    add(Group::Afterwards, "menu-follow-up", Entry::Do(Action::FollowUp));
    add(Group::Afterwards, "menu-close", Entry::Do(Action::Close));
    add(Group::Afterwards, "menu-send-csat", Entry::SendCsat);
    add(Group::Afterwards, "menu-senior", Entry::SeniorFollowUp);
    add(Group::Lesson, "menu-lesson", Entry::Lesson);
    m
}

fn label(lang: Lang, l: &Label) -> String {
    match l {
        Label::Line(text) => format!("«{text}»"),
        Label::Check(c) => Text::msg("menu-check").arg("check", Arg::Msg(c.msg())).render(lang),
        Label::Msg(id) => tr(lang, id),
    }
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
        let entries = menu(s, &session.state);
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
        for (i, (group, l, _)) in entries.iter().enumerate() {
            if last != Some(*group) {
                io.say(&format!("  {}", tr(lang, group.msg())));
                last = Some(*group);
            }
            let mut text = label(lang, l);
            if text.chars().count() > 90 {
                text = text.chars().take(87).collect::<String>() + "...»";
            }
            io.say(&format!("    {:>2}. {text}", i + 1));
        }
        io.say(&format!("  {}", tr(lang, "tui-other")));
        io.say(&format!("    {:>2}. {}", entries.len() + 1, tr(lang, "menu-wait")));
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
        let choice = answer.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        let entry = match choice {
            Some(i) if i < entries.len() => &entries[i].2,
            Some(i) if i == entries.len() => &Entry::Wait,
            _ => {
                let msg =
                    Text::msg("tui-bad-number").arg("value", answer).arg("from", 1).arg("to", entries.len() as i64 + 1);
                io.say(&msg.render(lang));
                continue;
            }
        };
        let Some(action) = build(io, entry, s, &loaded.policy, seed) else {
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
        Entry::Wait => Action::Wait { minutes: io.number(&tr(lang, "tui-ask-minutes"), WAIT_MINUTES)? },
        Entry::StatusUpdate => {
            Action::StatusUpdate { hours: io.number(&tr(lang, "tui-ask-contact-hours"), CONTACT_HOURS)? }
        }
        Entry::SendCsat => Action::SendCsat { hours: io.number(&tr(lang, "tui-ask-csat-hours"), LATER_HOURS)? },
        Entry::SeniorFollowUp => {
            Action::SeniorFollowUp { hours: io.number(&tr(lang, "tui-ask-senior-hours"), LATER_HOURS)? }
        }
        Entry::Classify => Action::Classify(Classification {
            nature: io.term("field-nature", &term_order(seed), Nature::msg)?,
            category: io.term("field-category", &term_order(seed), Category::msg)?,
            cause: io.term("field-cause", &term_order(seed), Cause::msg)?,
            verdict: io.term("field-verdict", &term_order(seed), Verdict::msg)?,
            priority: io.term("field-priority", &term_order(seed), Priority::msg)?,
        }),
        Entry::Lesson => Action::LessonLearned {
            category: io.term("field-category", Category::ALL, Category::msg)?,
            cause: io.term("field-cause", Cause::ALL, Cause::msg)?,
            root_cause: io.ask(&tr(lang, "tui-ask-root-cause"))?,
            correction: io.ask(&tr(lang, "tui-ask-correction"))?,
        },
        Entry::Offer => {
            let options: Vec<_> = offer_options(s, seed)
                .into_iter()
                .map(|o| {
                    let label = match o.concrete.and_then(|i| s.offers[i].text.as_ref()) {
                        Some(t) => format!("{}: {t}", tr(lang, o.choice.msg())),
                        None => tr(lang, o.choice.msg()),
                    };
                    (o, label)
                })
                .collect();
            let picked = io.choose(&tr(lang, "tui-ask-offer"), &options)?;
            let offer = picked.choice.offer(io).ok()?;
            let what = picked.concrete.and_then(|i| s.offers[i].id.clone());
            // The policy's lead time, so the promise is one that can be kept.
            io.say(&crate::score::lead_time(policy, s, picked.choice).render(lang));
            let days = io.ask(&tr(lang, "tui-ask-days"))?;
            let days = if days.is_empty() {
                None
            } else {
                match days.parse::<u32>() {
                    Ok(d) if PROMISE_DAYS.contains(&d) => Some(d),
                    _ => {
                        let msg = Text::msg("tui-bad-number")
                            .arg("value", days)
                            .arg("from", *PROMISE_DAYS.start())
                            .arg("to", *PROMISE_DAYS.end());
                        io.say(&msg.render(lang));
                        return None;
                    }
                }
            };
            Action::Offer { offer, days, what }
        }
    })
}
