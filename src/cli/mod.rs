//! The command line: the engine's tools for trainers and students.

mod help;
mod interactive;
mod new;
pub mod play;
pub mod replay;
pub mod review;
mod sla_cmd;
mod validate;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;

#[derive(Parser, Debug)]
#[command(
    name = "klachtsim",
    version,
    about = "klachtsim: oefenen met klachtafhandeling / complaint-handling training simulator"
)]
pub struct Cli {
    /// Language of all output: nl (Nederlands) or en (English).
    #[arg(long, global = true, env = "KLACHTSIM_LANG", default_value = "nl")]
    pub lang: Lang,
    /// Without a command: open the simulator window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the simulator window (what plain `klachtsim` does).
    Game {
        /// Folder of scenarios.
        #[arg(long, env = "KLACHTSIM_SCENARIOS")]
        scenarios: Option<PathBuf>,
        /// The lessons-learned log; default: KLACHTSIM_LOG, else your data folder.
        #[arg(long, value_name = "FILE")]
        log: Option<PathBuf>,
        /// Do not write results to the log.
        #[arg(long, conflicts_with = "log")]
        no_log: bool,
        /// Close again as soon as the first frame is drawn (for the start-up benchmark).
        #[arg(long, hide = true)]
        exit_after_first_frame: bool,
        /// Only the window with Bevy's and egui's plugins, none of klachtsim's
        /// (the start-up benchmark's baseline).
        #[arg(long, hide = true)]
        empty: bool,
    },
    /// Walk every screen of the game with a demo case, save a PNG of each, and exit.
    Tour {
        /// Folder for the PNG files.
        #[arg(long)]
        out: PathBuf,
        /// Folder of scenarios (must hold the demo case).
        #[arg(long, env = "KLACHTSIM_SCENARIOS")]
        scenarios: Option<PathBuf>,
    },
    /// Check scenario, policy and script files (folders are searched).
    Validate {
        /// Files or folders; the scenario library when left out.
        paths: Vec<PathBuf>,
        /// Folder of scenarios that scripts refer to by id.
        #[arg(long, env = "KLACHTSIM_SCENARIOS")]
        scenarios: Option<PathBuf>,
        /// Also show which verdicts, categories, channels, priorities and
        /// causes the valid scenarios cover, and which are missing.
        #[arg(long)]
        coverage: bool,
    },
    /// Play a case: in the terminal, or with the actions of a script file.
    Play {
        /// A script (RON) with the scenario, the seed and the actions; without
        /// it you play in the terminal.
        #[arg(long)]
        script: Option<PathBuf>,
        /// Print the debrief as JSON.
        #[arg(long)]
        json: bool,
        /// Also print the conversation.
        #[arg(long)]
        transcript: bool,
        /// Use this seed instead of the script's.
        #[arg(long)]
        seed: Option<u64>,
        /// Use this policy instead of the scenario's.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Folder of scenarios that the script refers to by id.
        #[arg(long, env = "KLACHTSIM_SCENARIOS")]
        scenarios: Option<PathBuf>,
        #[command(flatten)]
        log: LogArgs,
    },
    /// The trainers' overview of the log: per trainee, step, scenario and week.
    Review {
        /// Log files; the default log when left out.
        logs: Vec<PathBuf>,
        #[command(flatten)]
        filter: crate::review::Filter,
        /// table, csv (per trainee), csv-sessions, html or xapi.
        #[arg(long, value_enum, default_value = "table")]
        format: review::Format,
        /// Write to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The policy with the KPI targets; the library's policy.ron otherwise.
        #[arg(long)]
        policy: Option<PathBuf>,
    },
    /// Re-score logged sessions under the current policy (or another) and show what changed.
    Replay {
        /// Log files; the default log when left out.
        logs: Vec<PathBuf>,
        #[command(flatten)]
        filter: crate::review::Filter,
        /// Score under this policy instead of each scenario's own.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Folder of scenarios.
        #[arg(long, env = "KLACHTSIM_SCENARIOS")]
        scenarios: Option<PathBuf>,
    },
    /// Write a new case as a commented skeleton, from a few questions or flags.
    New(new::NewArgs),
    /// Print every deadline a complaint received at a moment gets.
    Sla {
        /// Moment of receipt, e.g. 2026-11-20T16:45 or "2026-11-20 16:45".
        #[arg(long)]
        received: String,
        /// critical, high or normal (kritiek, hoog, normaal); all three when left out.
        #[arg(long)]
        priority: Option<String>,
        /// A policy file; the folder's policy.ron or the built-in rules otherwise.
        #[arg(long)]
        policy: Option<PathBuf>,
    },
}

/// Where a played session is logged, and as whom.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LogArgs {
    /// The lessons-learned log (JSON Lines); default: KLACHTSIM_LOG, else
    /// lessen.jsonl in your data folder.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Do not write the session to the log.
    #[arg(long, conflicts_with = "log")]
    pub no_log: bool,
    /// The trainee's name or pseudonym (a script's own `trainee` otherwise).
    #[arg(long)]
    pub trainee: Option<String>,
    /// The trainee's group or class.
    #[arg(long)]
    pub group: Option<String>,
}

impl LogArgs {
    /// The log file to write to, or `None` when logging is off.
    pub fn path(&self) -> Option<PathBuf> {
        if self.no_log {
            return None;
        }
        self.log.clone().or_else(crate::log::default_path)
    }
}

/// The folder of scenarios: the flag, else `scenarios/` here, else the one
/// shipped with the source.
pub fn scenarios_dir(flag: Option<PathBuf>) -> PathBuf {
    if let Some(p) = flag {
        return p;
    }
    let here = PathBuf::from("scenarios");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

/// What to open the game window with.
#[derive(Clone, Debug, Default)]
pub struct GameOptions {
    pub lang: Lang,
    pub scenarios: Option<PathBuf>,
    pub log: Option<PathBuf>,
    pub no_log: bool,
    /// Walk every screen and save a PNG of each in this folder, then exit.
    pub tour: Option<PathBuf>,
    /// Exit as soon as the first frame has been rendered (start-up benchmark).
    pub exit_after_first_frame: bool,
    /// Only Bevy's and egui's plugins with a camera, none of klachtsim's:
    /// the baseline of the start-up benchmark.
    pub empty: bool,
}

#[cfg(feature = "game")]
fn open_game(o: GameOptions, _err: &mut dyn Write) -> u8 {
    match crate::game::run(o) {
        bevy::app::AppExit::Success => 0,
        bevy::app::AppExit::Error(code) => code.get(),
    }
}

#[cfg(not(feature = "game"))]
fn open_game(o: GameOptions, err: &mut dyn Write) -> u8 {
    let _ = writeln!(err, "{}", crate::i18n::tr(o.lang, "cli-no-game"));
    1
}

/// The policy at `path`, else the library's `policy.ron`, else the
/// built-in rules; a broken file is reported and stops the command.
pub fn policy_or_default(path: Option<PathBuf>, lang: Lang, err: &mut dyn Write) -> Result<crate::policy::Policy, u8> {
    let path = path.or_else(|| {
        let p = scenarios_dir(None).join(crate::load::scenario::DEFAULT_POLICY_FILE);
        p.is_file().then_some(p)
    });
    match path.as_deref().map(crate::load::load_policy) {
        None => Ok(crate::policy::Policy::default()),
        Some(Ok(p)) => Ok(p),
        Some(Err(ds)) => {
            for d in ds {
                let _ = write!(err, "{}", d.render(lang, use_color()));
            }
            Err(1)
        }
    }
}

/// Whether to colour output written to stdout.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// Runs the command line; returns the process exit code.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    run_with_input(args, &mut std::io::stdin().lock(), out, err)
}

/// `run`, reading the terminal player's answers from `input`.
pub fn run_with_input(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    input: &mut dyn std::io::BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let command = help::localize(Cli::command(), help::detect_lang(&args));
    let cli = match command.try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let text = e.render().to_string();
            let _ = if code == 0 { out.write_all(text.as_bytes()) } else { err.write_all(text.as_bytes()) };
            return code;
        }
    };
    let lang = cli.lang;
    let result = match cli.command {
        None => open_game(GameOptions { lang, ..Default::default() }, err),
        Some(Command::Game { scenarios, log, no_log, exit_after_first_frame, empty }) => {
            open_game(GameOptions { lang, scenarios, log, no_log, exit_after_first_frame, empty, tour: None }, err)
        }
        Some(Command::Tour { out: dir, scenarios }) => {
            // The demo sessions go to a log of their own, beside the pictures,
            // so the trainer's screen has something to show.
            let log = dir.join("tour-log.jsonl");
            let _ = std::fs::remove_file(&log);
            open_game(GameOptions { lang, scenarios, log: Some(log), tour: Some(dir), ..Default::default() }, err)
        }
        Some(Command::Play { script: None, seed, scenarios, log, .. }) => {
            interactive::run(lang, scenarios, seed, log, input, out, err)
        }
        Some(Command::Play { script: Some(script), json, transcript, seed, policy, scenarios, log }) => {
            play::run(lang, play::Options { script, json, transcript, seed, policy, scenarios, log }, out, err)
        }
        Some(Command::Validate { paths, scenarios, coverage }) => validate::run(lang, paths, scenarios, coverage, out),
        Some(Command::Review { logs, filter, format, out: file, policy }) => {
            review::run(lang, logs, filter, format, file, policy, out, err)
        }
        Some(Command::Replay { logs, filter, policy, scenarios }) => {
            replay::run(lang, logs, filter, policy, scenarios, out, err)
        }
        Some(Command::New(args)) => new::run(lang, args, input, out, err),
        Some(Command::Sla { received, priority, policy }) => {
            sla_cmd::run(lang, &received, priority.as_deref(), policy, out, err).unwrap_or(1)
        }
    };
    let _ = out.flush();
    result
}
