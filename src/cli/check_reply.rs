//! `klachtsim check-reply`: reads one reply a trainee wrote from standard
//! input and prints the analyser's judgement per criterion, with the words
//! that decided it; with `--scenario` against that case's name, order, term
//! and channel, with `--json` as one object.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use crate::i18n::{Lang, Text, tr};
use crate::load::Library;
use crate::model::Channel;
use crate::reply::{Context, Criterion, Lexicon, analyse_with};

/// The `check-reply` command's options.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Judge against this case (its id): name, order number, term and channel.
    #[arg(long)]
    pub scenario: Option<String>,
    /// The channel the reply goes out on: phone, email, social-media, web-form or store
    /// (telefoon, e-mail, webcare, webformulier, winkel); the case's by default.
    #[arg(long, value_parser = parse_channel)]
    pub channel: Option<Channel>,
    /// Print the judgement as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Folder of scenarios.
    #[arg(long, env = "KLACHTSIM_SCENARIOS")]
    pub scenarios: Option<PathBuf>,
    /// A folder with your own word lists (nl/*.txt, en/*.txt) added to the
    /// built-in ones; default: the folder `lexicon` in the scenario folder.
    #[arg(long, env = "KLACHTSIM_LEXICON")]
    pub lexicon: Option<PathBuf>,
}

/// Reads a channel by its key or its Dutch name.
pub fn parse_channel(s: &str) -> Result<Channel, String> {
    let f = s.trim().to_lowercase();
    let dutch = [
        ("telefoon", Channel::Phone),
        ("e-mail", Channel::Email),
        ("mail", Channel::Email),
        ("webcare", Channel::SocialMedia),
        ("sociale-media", Channel::SocialMedia),
        ("webformulier", Channel::WebForm),
        ("winkel", Channel::Store),
    ];
    Channel::ALL
        .iter()
        .copied()
        .find(|c| c.key() == f)
        .or_else(|| dutch.iter().find(|(n, _)| *n == f).map(|(_, c)| *c))
        .ok_or_else(|| "phone, email, social-media, web-form, store".to_owned())
}

pub fn run(lang: Lang, a: Args, input: &mut dyn BufRead, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let dir = crate::load::scenarios_dir(a.scenarios);
    let (ctx, header) = match &a.scenario {
        None => (Context::plain(lang, a.channel), None),
        Some(id) => {
            let lib = Library::load_with_own(&dir, crate::load::own_cases_dir().as_deref());
            let Some(l) = lib.get(id) else {
                let msg = Text::msg("check-reply-unknown-scenario").arg("id", id.as_str());
                writeln!(err, "{}", msg.arg("dir", dir.display().to_string()).render(lang))?;
                return Ok(2);
            };
            let s = &l.scenario;
            let reply_lang = Lang::from_code(&s.language).unwrap_or(lang);
            let channel = a.channel.unwrap_or(s.channel);
            let header = Text::msg("check-reply-case")
                .arg("id", s.id.as_str())
                .arg("name", s.customer.name.as_str())
                .arg("order", s.order.number.as_str())
                .arg("channel", crate::i18n::Arg::Msg(channel.msg()));
            (Context { channel: Some(channel), ..Context::of_case(reply_lang, s, &l.policy) }, Some(header))
        }
    };
    let extra = a.lexicon.or_else(|| Some(dir.join("lexicon")).filter(|p| p.is_dir()));
    let lex = match extra {
        None => Lexicon::builtin(ctx.lang).clone(),
        Some(p) => match Lexicon::with_extra(ctx.lang, &p) {
            Ok(l) => l,
            Err(errors) => {
                for e in errors {
                    writeln!(err, "{}", e.render(lang))?;
                }
                return Ok(1);
            }
        },
    };
    let mut text = String::new();
    if let Err(e) = input.read_to_string(&mut text) {
        writeln!(err, "{}", Text::msg("check-reply-read-failed").arg("error", e.to_string()).render(lang))?;
        return Ok(1);
    }
    if text.trim().is_empty() {
        writeln!(err, "{}", tr(lang, "check-reply-empty"))?;
        return Ok(2);
    }
    let analysis = analyse_with(&lex, &text, &ctx);
    if a.json {
        let json = serde_json::to_string_pretty(&analysis.to_json(lang)).map_err(io::Error::other)?;
        writeln!(out, "{json}")?;
        return Ok(0);
    }
    if let Some(h) = header {
        writeln!(out, "{}", h.render(lang))?;
    }
    for c in Criterion::ALL {
        let v = analysis.get(*c);
        let mark = if v.good(*c) { "✓" } else { "✗" };
        writeln!(out, "{mark} {}: {}", tr(lang, c.msg()), v.reason.render(lang))?;
    }
    Ok(0)
}
