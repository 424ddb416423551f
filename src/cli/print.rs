//! `klachtsim print`: paper for the classroom. `print roleplay` writes the
//! pair role-play's role cards and observation sheets as one HTML page
//! that prints on A4 (`crate::classroom::print`).

use std::io::{self, Write};
use std::path::PathBuf;

use crate::classroom::print::{pick_three, roleplay_html};
use crate::i18n::{Lang, Text};
use crate::load::Library;
use crate::model::Scenario;

/// What to print.
#[derive(clap::Subcommand, Debug)]
pub enum What {
    /// The pair role-play: per case the customer's role card and the
    /// observation sheet, each on its own A4 page (HTML).
    Roleplay(RoleplayArgs),
}

#[derive(clap::Args, Debug)]
pub struct RoleplayArgs {
    /// The cases (ids, separated by commas); one grounded, one doubtful and
    /// one unfounded case drawn from the library when left out.
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub cases: Vec<String>,
    /// The seed of the draw without --cases (a random one otherwise, shown).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Write to this file instead of the screen.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Folder of scenarios.
    #[arg(long, env = "KLACHTSIM_SCENARIOS")]
    pub scenarios: Option<PathBuf>,
}

pub fn run(lang: Lang, what: What, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    match what {
        What::Roleplay(a) => roleplay(lang, a, out, err),
    }
}

fn roleplay(lang: Lang, a: RoleplayArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let dir = crate::load::scenarios_dir(a.scenarios);
    let lib = Library::load(&dir);
    let dir_shown = || dir.display().to_string();
    let cases: Vec<&Scenario> = if a.cases.is_empty() {
        let all: Vec<&Scenario> = lib.scenarios.iter().map(|l| &l.scenario).collect();
        let seed = a.seed.unwrap_or_else(rand::random);
        match pick_three(&all, lang, seed) {
            Ok(picked) => {
                let ids: Vec<&str> = picked.iter().map(|s| s.id.as_str()).collect();
                let msg = Text::msg("print-drawn").arg("seed", seed.to_string()).arg("cases", ids.join(","));
                writeln!(err, "{}", msg.render(lang))?;
                picked
            }
            Err(v) => {
                let msg = Text::msg("print-no-case-of").arg("verdict", v.key()).arg("dir", dir_shown());
                writeln!(err, "{}", msg.render(lang))?;
                return Ok(1);
            }
        }
    } else {
        let mut found = Vec::new();
        for id in a.cases.iter().map(|id| id.trim()) {
            match lib.get(id) {
                Some(l) => found.push(&l.scenario),
                None => {
                    let msg = Text::msg("print-unknown-case").arg("id", id).arg("dir", dir_shown());
                    writeln!(err, "{}", msg.render(lang))?;
                    return Ok(2);
                }
            }
        }
        found
    };
    let html = roleplay_html(&cases, lang);
    super::review::write_out(lang, a.out.as_deref(), html.as_bytes(), "print-written", out, err)
}
