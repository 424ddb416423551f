//! `klachtsim review --format xapi` and `--send-xapi URL`: the log's
//! statements with the school's settings, written out or sent to a
//! learning record store.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::Value;

use crate::i18n::{Lang, Text};
use crate::log::Record;
use crate::review::Rules;
use crate::review::xapi::send::{self, Credentials, Lrs, Sent};
use crate::review::xapi::{self, Config, Naming, Pseudonyms};

/// The xAPI options of `review`. Credentials are never among them: they
/// come from the environment or a config file (see `Credentials::find`).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct XapiArgs {
    /// Send the xAPI statements to the learning record store with this xAPI endpoint.
    #[arg(long, value_name = "URL")]
    pub send_xapi: Option<String>,
    /// Name learners by pseudonym, from this mapping file (extended with new learners).
    #[arg(long, value_name = "FILE")]
    pub pseudonyms: Option<PathBuf>,
    /// Where to remember which statements the LRS accepted (one file per LRS in the data folder otherwise).
    #[arg(long, value_name = "FILE")]
    pub xapi_state: Option<PathBuf>,
    /// Statements per request to the LRS.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub xapi_batch: u32,
    /// Tries per request before giving up (on server errors and lost connections).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub xapi_tries: u32,
    /// Folder of scenarios (for each case's language and the text of its lines).
    #[arg(long, env = "KLACHTSIM_SCENARIOS")]
    pub scenarios: Option<PathBuf>,
}

/// The statements of `records` with the school's settings; `None` when the
/// pseudonym file could not be read or written (said on `err`).
pub fn statements(
    lang: Lang,
    records: &[&Record],
    rules: &Rules,
    args: &XapiArgs,
    err: &mut dyn Write,
) -> io::Result<Option<Vec<Value>>> {
    let naming = match &args.pseudonyms {
        None => Naming::Names,
        Some(path) => match Pseudonyms::open(path) {
            Ok(p) => Naming::Pseudonyms(p),
            Err(t) => {
                writeln!(err, "{}", t.render(lang))?;
                return Ok(None);
            }
        },
    };
    let library = crate::load::library(args.scenarios.clone());
    let mut config =
        Config { library: Some(&library), naming, ..Config::from_env(rules.targets.pass_score, rules.zone) };
    let statements = xapi::statements_with(records, &mut config);
    // The mapping is saved before anything leaves the machine: a pseudonym
    // the LRS holds can always be traced back by the teacher.
    if let Naming::Pseudonyms(p) = &mut config.naming
        && let Err(t) = p.save()
    {
        writeln!(err, "{}", t.render(lang))?;
        return Ok(None);
    }
    Ok(Some(statements))
}

/// Sends `statements` to the LRS at `url`; the exit code.
pub fn send_to(
    lang: Lang,
    url: &str,
    statements: &[Value],
    args: &XapiArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let credentials = match Credentials::find() {
        Ok(c) => c,
        Err(t) => {
            writeln!(err, "{}", t.render(lang))?;
            return Ok(1);
        }
    };
    let mut lrs = Lrs::new(url, credentials);
    lrs.batch = args.xapi_batch as usize;
    lrs.tries = args.xapi_tries;
    let Some(state) = args.xapi_state.clone().or_else(|| Sent::default_path(&lrs.endpoint)) else {
        writeln!(err, "{}", Text::msg("xapi-no-state").render(lang))?;
        return Ok(1);
    };
    let mut sent = match Sent::open(&state) {
        Ok(s) => s,
        Err(t) => {
            writeln!(err, "{}", t.render(lang))?;
            return Ok(1);
        }
    };
    let report = send::send(&lrs, statements, &mut sent);
    let done = Text::msg("xapi-sent")
        .arg("sent", report.sent as i64)
        .arg("known", report.known as i64)
        .arg("url", lrs.endpoint.as_str());
    writeln!(out, "{}", done.render(lang))?;
    match report.stopped {
        None => Ok(0),
        Some(why) => {
            let msg = Text::msg("xapi-stopped")
                .arg("left", report.left as i64)
                .arg("why", crate::i18n::Arg::Text(Box::new(why)))
                .arg("state", state.display().to_string());
            writeln!(err, "{}", msg.render(lang))?;
            Ok(1)
        }
    }
}
