//! The command line: the engine's tools for trainers and students.

mod audit;
mod check_reply;
mod help;
mod interactive;
mod new;
pub mod play;
mod print;
pub mod replay;
pub mod review;
mod sitting;
mod sla_cmd;
mod validate;
mod xapi_cmd;

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::i18n::{Lang, Text};
use crate::load::Diagnostic;
use crate::policy::Policy;

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
        /// Open straight at this screen (for the idle measurement in benches/).
        #[arg(long, hide = true, value_enum, default_value_t)]
        show: ShowAt,
        /// The launch link of a learning environment (cmi5).
        #[arg(long, value_name = "URL", env = "KLACHTSIM_CMI5")]
        cmi5: Option<String>,
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
    /// Item analysis for authors: naive strategies (first option, longest
    /// option, random, silent, careful but wrong verdict) play every case;
    /// exit code 1 when one reaches the pass mark or a decision has too few
    /// or no plausible wrong options.
    Audit {
        /// Scenario files or folders; the scenario library when left out.
        paths: Vec<PathBuf>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Play a case: in the terminal, or with the actions of a script file.
    Play {
        /// A script (RON) with the scenario, the seed and the actions, or a
        /// whole monthly training sitting (`Sitting(...)`); without it you
        /// play in the terminal.
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
        /// table, csv (per trainee), csv-sessions, html, xapi or xlsx (a spreadsheet, with --out).
        #[arg(long, value_enum, default_value = "table")]
        format: review::Format,
        /// Write to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The policy with the KPI targets; the library's policy.ron otherwise.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Leave out log files that do not exist (with a warning) instead of stopping.
        #[arg(long)]
        skip_missing: bool,
        #[command(flatten)]
        xapi: review::XapiArgs,
        /// The monthly training per month: who took part, this month's step scores against last month's, each trainee's first sitting against the latest (table or html).
        #[arg(long)]
        training: bool,
        /// Write the class summary of this class (group): a printable HTML
        /// page without names, for the lesson's closing discussion.
        #[arg(long, value_name = "CLASS", conflicts_with_all = ["format", "group", "send_xapi"])]
        class: Option<String>,
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
        /// Leave out log files that do not exist (with a warning) instead of stopping.
        #[arg(long)]
        skip_missing: bool,
    },
    /// Write a new case as a commented skeleton, from a few questions or flags.
    New(new::NewArgs),
    /// Judge one reply written in your own words (read from standard input):
    /// empathy, blame, commitment, name, order number, term, over-promising,
    /// jargon and length, each with the words that decided it.
    CheckReply(check_reply::Args),
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
        /// Minutes the case waits for the customer from the start of work,
        /// to show the terms that wait stops (0: none).
        #[arg(long, value_name = "MINUTES", default_value_t = 60)]
        waiting: u32,
    },
    /// Paper for the classroom, as HTML that prints on A4.
    Print {
        #[command(subcommand)]
        what: print::What,
    },
}

/// Where a played session is logged, and as whom.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LogArgs {
    /// The lessons-learned log: a JSON Lines file, or a folder with a file
    /// per session (for a shared folder); default: KLACHTSIM_LOG, else
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

/// The screen `game --show` opens at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowAt {
    #[default]
    Start,
    Desk,
    Trainer,
}

/// The `game` command's options, as the command line takes them.
#[derive(Clone, Debug, Default)]
#[cfg_attr(not(feature = "game"), expect(dead_code, reason = "without the window there is nothing to open"))]
struct GameArgs {
    scenarios: Option<PathBuf>,
    log: Option<PathBuf>,
    no_log: bool,
    tour: Option<PathBuf>,
    exit_after_first_frame: bool,
    empty: bool,
    show: ShowAt,
    cmi5: Option<String>,
}

#[cfg(feature = "game")]
fn open_game(lang: Lang, a: GameArgs, err: &mut dyn Write) -> io::Result<u8> {
    let GameArgs { scenarios, log, no_log, tour, exit_after_first_frame, empty, show, cmi5 } = a;
    let cmi5 = match cmi5.as_deref().map(crate::review::xapi::Launch::parse).transpose() {
        Ok(launch) => launch,
        Err(e) => {
            writeln!(err, "{}", e.0.render(lang))?;
            return Ok(2);
        }
    };
    let show = match show {
        ShowAt::Start => crate::game::open::Show::Start,
        ShowAt::Desk => crate::game::open::Show::Desk,
        ShowAt::Trainer => crate::game::open::Show::Trainer,
    };
    // The tour's demo sessions keep their journals beside its pictures,
    // never among the trainee's own.
    let journal = tour.as_ref().map(|dir| dir.join("journal"));
    let options =
        crate::game::Options { lang, scenarios, log, no_log, journal, cmi5, tour, exit_after_first_frame, empty, show };
    Ok(crate::game::run(options))
}

#[cfg(not(feature = "game"))]
fn open_game(lang: Lang, _: GameArgs, err: &mut dyn Write) -> io::Result<u8> {
    writeln!(err, "{}", crate::i18n::tr(lang, "cli-no-game"))?;
    Ok(1)
}

/// Removes what an earlier run left at `path`, if anything.
fn clear(path: &Path, remove: fn(&Path) -> io::Result<()>) -> io::Result<()> {
    match remove(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            Err(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
        }
        _ => Ok(()),
    }
}

/// Shows every problem of a file that stops a command; returns the exit code.
pub fn show_problems(lang: Lang, problems: &[Diagnostic], err: &mut dyn Write) -> io::Result<u8> {
    let color = use_color();
    for d in problems {
        write!(err, "{}", d.render(lang, color))?;
    }
    Ok(1)
}

/// The policy at `path`, else the library's `policy.ron`, else the
/// built-in rules; `None` when the file is broken (its problems are shown:
/// the command stops with exit code 1).
pub fn policy_or_default(path: Option<PathBuf>, lang: Lang, err: &mut dyn Write) -> io::Result<Option<Policy>> {
    match crate::load::policy_or_default(path.as_deref()) {
        Ok(p) => Ok(Some(p)),
        Err(ds) => show_problems(lang, &ds, err).map(|_| None),
    }
}

/// Whether to colour output written to stdout.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// Where the answers to questions come from.
enum Input<'a> {
    /// Standard input, as a person at the terminal types them; `play`
    /// also listens for Ctrl-C, SIGTERM and SIGHUP there.
    Terminal,
    Given(&'a mut dyn std::io::BufRead),
}

/// Runs the command line; returns the process exit code.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    run_from(args, Input::Terminal, out, err)
}

/// `run`, reading the terminal player's answers from `input`.
pub fn run_with_input(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    input: &mut dyn std::io::BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    run_from(args, Input::Given(input), out, err)
}

fn run_from(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    input: Input,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    use clap::{CommandFactory, FromArgMatches};
    let (out, err) = (&mut Outlet::new(out), &mut Outlet::new(err));
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let command = help::localize(Cli::command(), help::detect_lang(&args));
    let cli = match command.try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to stdout with exit code 0; mistakes to
            // stderr with 2.
            let text = e.render().to_string();
            return if e.use_stderr() {
                finish(Lang::default(), err.write_all(text.as_bytes()).map(|()| 2), err, None)
            } else {
                finish(Lang::default(), out.write_all(text.as_bytes()).map(|()| 0), out, Some(err))
            };
        }
    };
    let lang = cli.lang;
    let result = match cli.command {
        None => open_game(lang, GameArgs::default(), err),
        Some(Command::Game { scenarios, log, no_log, exit_after_first_frame, empty, show, cmi5 }) => {
            let args = GameArgs { scenarios, log, no_log, exit_after_first_frame, empty, show, cmi5, tour: None };
            open_game(lang, args, err)
        }
        Some(Command::Tour { out: dir, scenarios }) => {
            // The demo sessions go to a log of their own, beside the pictures,
            // so the trainer's screen has something to show.
            // So do their journals: a stopped tour must not put its session
            // on offer in the next one's pictures.
            let log = dir.join("tour-log.jsonl");
            let cleared = clear(&log, |p| std::fs::remove_file(p))
                .and_then(|()| clear(&dir.join("journal"), |p| std::fs::remove_dir_all(p)));
            match cleared {
                Err(e) => Err(e),
                Ok(()) => {
                    open_game(lang, GameArgs { scenarios, log: Some(log), tour: Some(dir), ..GameArgs::default() }, err)
                }
            }
        }
        Some(Command::Play { script: None, seed, scenarios, log, .. }) => {
            interactive::run(lang, scenarios, seed, log, input, out, err)
        }
        Some(Command::Play { script: Some(script), scenarios, log, .. }) if sitting::is_sitting(&script) => {
            sitting::run(lang, script, scenarios, &log, out, err)
        }
        Some(Command::Play { script: Some(script), json, transcript, seed, policy, scenarios, log }) => {
            play::run(lang, play::Options { script, json, transcript, seed, policy, scenarios, log }, out, err)
        }
        Some(Command::Validate { paths, scenarios, coverage }) => validate::run(lang, paths, scenarios, coverage, out),
        Some(Command::Audit { paths, json }) => audit::run(lang, paths, json, out),
        Some(Command::Review { logs, filter, format, out: file, policy, skip_missing, xapi, training, class }) => {
            let o = review::Options { logs, filter, format, file, policy, skip_missing, xapi, training, class };
            review::run(lang, o, out, err)
        }
        Some(Command::Replay { logs, filter, policy, scenarios, skip_missing }) => {
            replay::run(lang, replay::Options { logs, filter, policy, scenarios, skip_missing }, out, err)
        }
        Some(Command::New(args)) => match input {
            Input::Terminal => new::run(lang, args, &mut std::io::stdin().lock(), out, err),
            Input::Given(input) => new::run(lang, args, input, out, err),
        },
        Some(Command::CheckReply(args)) => match input {
            Input::Terminal => check_reply::run(lang, args, &mut std::io::stdin().lock(), out, err),
            Input::Given(input) => check_reply::run(lang, args, input, out, err),
        },
        Some(Command::Sla { received, priority, policy, waiting }) => {
            let args = sla_cmd::SlaArgs { received: &received, priority: priority.as_deref(), policy, waiting };
            sla_cmd::run(lang, args, out, err)
        }
        Some(Command::Print { what }) => print::run(lang, what, out, err),
    };
    finish(lang, result, out, Some(err))
}

/// The exit code of a command whose output went to `out`: what it said,
/// once `out` is flushed; a failure to write is said on `err` and exits
/// with 1.
fn finish(lang: Lang, result: io::Result<u8>, out: &mut dyn Write, err: Option<&mut dyn Write>) -> u8 {
    match result.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        Err(e) => {
            if let Some(err) = err {
                let msg = Text::msg("cli-write-failed").arg("error", e.to_string()).render(lang);
                // If stderr fails as well, the exit code is all that is left.
                writeln!(err, "{msg}").ok();
            }
            1
        }
    }
}

/// Output to a reader that may go away. Once the pipe is found closed
/// (`klachtsim validate | head`), the rest is dropped without an error, so
/// the command still does its work (a played session is still logged) and
/// exits with the code it decided on; there is nobody left to tell. Any
/// other failure to write is an error.
struct Outlet<'a> {
    inner: &'a mut dyn Write,
    gone: bool,
}

impl<'a> Outlet<'a> {
    fn new(inner: &'a mut dyn Write) -> Outlet<'a> {
        Outlet { inner, gone: false }
    }

    fn unless_gone<T>(&mut self, r: io::Result<T>, dropped: T) -> io::Result<T> {
        match r {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.gone = true;
                Ok(dropped)
            }
            r => r,
        }
    }
}

impl Write for Outlet<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.gone {
            return Ok(buf.len());
        }
        let r = self.inner.write(buf);
        self.unless_gone(r, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.gone {
            return Ok(());
        }
        let r = self.inner.flush();
        self.unless_gone(r, ())
    }
}
