//! The terminal's list of cases to choose from: the cases written in the
//! trainee's language, and on request (`a`) the others after them, as the
//! game's "other languages" checkbox does. A library with no case in the
//! trainee's language shows them all.

use crate::i18n::{Text, time, tr};
use crate::load::{Library, LoadedScenario};

use super::prompt::Io;

/// What the trainee types to list the cases in other languages too.
const ALL_KEY: &str = "a";

/// The case the trainee picks; `None` when they stop (an empty answer) or
/// the input ends.
pub(super) fn choose_case(io: &mut Io, lib: &Library) -> Option<LoadedScenario> {
    let lang = io.lang;
    if lib.scenarios.is_empty() {
        io.say(&tr(lang, "tui-no-cases"));
    }
    let (own, other): (Vec<&LoadedScenario>, Vec<&LoadedScenario>) =
        lib.scenarios.iter().partition(|s| s.scenario.language == lang.code());
    let mut all = own.is_empty();
    loop {
        let shown: Vec<&LoadedScenario> =
            if all { own.iter().chain(other.iter()).copied().collect() } else { own.clone() };
        list(io, &shown, lib);
        if !all && !other.is_empty() {
            let more = Text::msg("tui-other-languages").arg("count", other.len() as i64).render(lang);
            io.say(&format!("   {ALL_KEY}. {more}"));
        }
        io.say("");
        let to = shown.len().max(1) as u32;
        let prompt = Text::msg("tui-pick-case").arg("from", 1).arg("to", to).render(lang);
        loop {
            let answer = io.ask(&prompt)?;
            if answer.is_empty() {
                return None;
            }
            if !all && answer.eq_ignore_ascii_case(ALL_KEY) {
                all = true;
                break;
            }
            match answer.parse::<usize>().ok().and_then(|n| shown.get(n.wrapping_sub(1))) {
                Some(s) => return Some((*s).clone()),
                None => {
                    io.say(&Text::msg("tui-bad-number").arg("value", answer).arg("from", 1).arg("to", to).render(lang))
                }
            }
        }
    }
}

/// The cases, numbered, as a queue shows a new complaint (never its
/// category, cause or verdict); then the broken files, with their problem,
/// never hidden.
fn list(io: &mut Io, shown: &[&LoadedScenario], lib: &Library) {
    let lang = io.lang;
    for (i, s) in shown.iter().enumerate() {
        let sc = &s.scenario;
        let stars = format!("{}{}", "★".repeat(sc.difficulty as usize), "☆".repeat(3 - sc.difficulty.min(3) as usize));
        io.say(&format!("  {:>2}. {} [{stars}]", i + 1, sc.title));
        io.say(&format!("      {} · {} · {}", tr(lang, sc.channel.msg()), sc.customer.name, time(lang, sc.received)));
    }
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
}
