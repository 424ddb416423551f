//! `klachtsim play --script`: a whole case played headless, then the debrief.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::load::{Library, load_policy};
use crate::log::{NewRecord, Record};
use crate::score::report;
use crate::script::{Played, load_script, play_script};
use crate::sim::{Entry, Speaker};

pub struct Options {
    pub script: PathBuf,
    pub json: bool,
    pub transcript: bool,
    pub seed: Option<u64>,
    pub policy: Option<PathBuf>,
    pub scenarios: Option<PathBuf>,
    pub log: super::LogArgs,
}

/// The conversation, a line per entry, in the reader's language.
pub fn transcript_lines(customer: &str, transcript: &[Entry], lang: Lang) -> Vec<String> {
    transcript
        .iter()
        .map(|e| {
            let who = match e.speaker {
                Speaker::Trainee => tr(lang, "speaker-trainee"),
                Speaker::Customer => customer.to_owned(),
                Speaker::TeamLead => tr(lang, "speaker-team-lead"),
                Speaker::System => tr(lang, "speaker-system"),
            };
            format!("[{}] {who}: {}", crate::i18n::time(lang, e.at), e.text.render(lang))
        })
        .collect()
}

/// Writes a played session to the log. The result has been shown already,
/// so a failure is reported and nothing else is lost. Returns the exit code.
pub fn log_session(
    lang: Lang,
    args: &super::LogArgs,
    record: &Record,
    notice: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let Some(path) = args.path() else {
        return Ok(0);
    };
    match crate::log::save(&path, record) {
        Ok(file) => {
            writeln!(notice, "{}", Text::msg("log-written").arg("file", file.display().to_string()).render(lang))?;
            Ok(0)
        }
        Err(e) => {
            let msg = Text::msg("log-failed")
                .arg("file", e.path.display().to_string())
                .arg("error", Arg::Text(Box::new(e.message)));
            writeln!(err, "{}", msg.render(lang))?;
            Ok(1)
        }
    }
}

pub fn run(lang: Lang, o: Options, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let started = chrono::Local::now().fixed_offset();
    let script = match load_script(&o.script) {
        Ok(s) => s,
        Err(ds) => return super::show_problems(lang, &ds, err),
    };
    let policy = match o.policy.as_deref().map(load_policy) {
        Some(Err(ds)) => return super::show_problems(lang, &ds, err),
        Some(Ok(p)) => Some(p),
        None => None,
    };
    let lib =
        if script.scenario_path().is_some() { Library::default() } else { crate::load::library(o.scenarios.clone()) };
    let played = match play_script(&script, &lib, o.seed, policy.as_ref()) {
        Ok(x) => x,
        Err(ds) => return super::show_problems(lang, &ds, err),
    };
    let debrief = &played.debrief;
    let trainee = o.log.trainee.clone().or_else(|| script.trainee.clone()).unwrap_or_default();
    let group = o.log.group.clone().or_else(|| script.group.clone()).unwrap_or_default();
    let policy_name = policy.as_ref().map_or(&played.loaded.policy.name, |p| &p.name);
    let record = Record::new(NewRecord {
        trainee: &trainee,
        group: &group,
        loaded: &played.loaded,
        policy_name,
        seed: o.seed.unwrap_or(script.seed),
        state: &played.state,
        debrief,
        started,
        ended: chrono::Local::now().fixed_offset(),
    });
    let shown = show(lang, &o, &played, out);
    // The session is logged whatever happened to the screen: a finished
    // session is never lost because its output could not be written.
    let code = match &shown {
        Err(_) => log_session(lang, &o.log, &record, &mut io::sink(), err)?,
        // JSON output stays pure JSON: the log notice goes to stderr there.
        Ok(()) if o.json => {
            let mut notice = Vec::new();
            let code = log_session(lang, &o.log, &record, &mut notice, err)?;
            err.write_all(&notice)?;
            code
        }
        Ok(()) => log_session(lang, &o.log, &record, out, err)?,
    };
    shown.map(|()| code)
}

/// The debrief (and the conversation, when asked) as text or JSON.
fn show(lang: Lang, o: &Options, played: &Played, out: &mut dyn Write) -> io::Result<()> {
    let transcript = transcript_lines(&played.loaded.scenario.customer.name, &played.state.transcript, lang);
    if o.json {
        let mut v = report::to_json(&played.debrief, lang);
        if o.transcript {
            v["transcript"] = serde_json::Value::from(transcript);
        }
        serde_json::to_writer_pretty(&mut *out, &v)?;
        return writeln!(out);
    }
    if o.transcript {
        writeln!(out, "{}", tr(lang, "play-transcript"))?;
        for l in &transcript {
            writeln!(out, "  {l}")?;
        }
        writeln!(out)?;
    }
    write!(out, "{}", report::render_text(&played.debrief, lang))
}
