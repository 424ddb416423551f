//! `klachtsim play --script`: a whole case played headless, then the debrief.

use std::io::Write;
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Text, tr};
use crate::load::{Diagnostic, Library, LoadedScenario, Source, load_policy, load_scenario};
use crate::log::{NewRecord, Record};
use crate::policy::Policy;
use crate::score::{Debrief, report, score};
use crate::script::{Script, load_script};
use crate::sim::{Entry, Session, Speaker, State};

pub struct Options {
    pub script: PathBuf,
    pub json: bool,
    pub transcript: bool,
    pub seed: Option<u64>,
    pub policy: Option<PathBuf>,
    pub scenarios: Option<PathBuf>,
    pub log: super::LogArgs,
}

/// The scenario a script names: a file next to it, or an id in the library.
pub fn resolve(script: &Script, lib: &Library) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let at = |msg: Text| {
        let mut d = Diagnostic::at_position(&script.path, script.scenario_pos.0, script.scenario_pos.1, msg, None);
        if let Ok(src) = Source::read(&script.path) {
            d.source_line = src.line_text(script.scenario_pos.0).to_owned();
            d.context = src.context_of(script.scenario_pos.0);
        }
        d
    };
    if let Some(path) = script.scenario_path() {
        return load_scenario(&path).map_err(|mut ds| {
            ds.insert(0, at(Text::msg("play-scenario-broken").arg("file", path.display().to_string())));
            ds
        });
    }
    if let Some(s) = lib.get(&script.scenario) {
        return Ok(s.clone());
    }
    if let Some((path, ds)) =
        lib.broken.iter().find(|(p, _)| p.file_stem().is_some_and(|s| s == script.scenario.as_str()))
    {
        let mut all = vec![at(Text::msg("play-scenario-broken").arg("file", path.display().to_string()))];
        all.extend(ds.iter().cloned());
        return Err(all);
    }
    let ids: Vec<_> = lib.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
    Err(vec![
        at(Text::msg("play-unknown-scenario").arg("id", script.scenario.clone()))
            .with_hint(Text::msg("play-known-ids").arg("ids", ids.join(", "))),
    ])
}

/// A script played to the end.
pub struct Played {
    pub loaded: LoadedScenario,
    pub state: State,
    pub debrief: Debrief,
}

/// Plays a script to the end. An action that is not possible at its moment
/// is an error naming its line.
pub fn play_script(
    script: &Script,
    lib: &Library,
    seed: Option<u64>,
    policy: Option<&Policy>,
) -> Result<Played, Vec<Diagnostic>> {
    let loaded = resolve(script, lib)?;
    let policy = policy.unwrap_or(&loaded.policy);
    let seed = seed.unwrap_or(script.seed);
    let mut session = Session::new(&loaded.scenario, policy, seed);
    for a in &script.actions {
        if let Err(refusal) = session.apply(a.action.clone(), a.line) {
            let msg = Text::msg("play-not-possible")
                .arg("action", a.action.key())
                .arg("reason", Arg::Text(Box::new(refusal.0)));
            let mut d = Diagnostic::at_position(&script.path, a.line, a.column, msg, None);
            if let Ok(src) = Source::read(&script.path) {
                d.source_line = src.line_text(a.line).to_owned();
                d.context = src.context_of(a.line);
                d.len = d.source_line.chars().count().saturating_sub(a.column - 1).max(1);
            }
            return Err(vec![d]);
        }
    }
    let debrief = score(&loaded.scenario, policy, &session.state, seed);
    let state = session.state;
    Ok(Played { loaded, state, debrief })
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
) -> u8 {
    let Some(path) = args.path() else {
        return 0;
    };
    match crate::log::append(&path, record) {
        Ok(()) => {
            let _ =
                writeln!(notice, "{}", Text::msg("log-written").arg("file", path.display().to_string()).render(lang));
            0
        }
        Err(e) => {
            let msg = Text::msg("log-failed")
                .arg("file", e.path.display().to_string())
                .arg("error", Arg::Text(Box::new(e.message)));
            let _ = writeln!(err, "{}", msg.render(lang));
            1
        }
    }
}

pub fn run(lang: Lang, o: Options, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let started = chrono::Local::now().fixed_offset();
    let color = super::use_color();
    let fail = |ds: Vec<Diagnostic>, err: &mut dyn Write| {
        for d in ds {
            let _ = write!(err, "{}", d.render(lang, color));
        }
        1
    };
    let script = match load_script(&o.script) {
        Ok(s) => s,
        Err(ds) => return fail(ds, err),
    };
    let policy = match o.policy.as_deref().map(load_policy) {
        Some(Err(ds)) => return fail(ds, err),
        Some(Ok(p)) => Some(p),
        None => None,
    };
    let lib = if script.scenario_path().is_some() {
        Library::default()
    } else {
        Library::load(&super::scenarios_dir(o.scenarios))
    };
    let played = match play_script(&script, &lib, o.seed, policy.as_ref()) {
        Ok(x) => x,
        Err(ds) => return fail(ds, err),
    };
    let debrief = &played.debrief;
    let transcript = transcript_lines(&played.loaded.scenario.customer.name, &played.state.transcript, lang);
    if o.json {
        let mut v = report::to_json(debrief, lang);
        if o.transcript {
            v["transcript"] = serde_json::Value::from(transcript);
        }
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    } else {
        if o.transcript {
            let _ = writeln!(out, "{}", tr(lang, "play-transcript"));
            for l in &transcript {
                let _ = writeln!(out, "  {l}");
            }
            let _ = writeln!(out);
        }
        let _ = write!(out, "{}", report::render_text(debrief, lang));
    }
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
    // JSON output stays pure JSON: the log notice goes to stderr there.
    if o.json {
        let mut notice = Vec::new();
        let code = log_session(lang, &o.log, &record, &mut notice, err);
        let _ = err.write_all(&notice);
        code
    } else {
        log_session(lang, &o.log, &record, out, err)
    }
}
