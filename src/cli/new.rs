//! `klachtsim new`: a commented scenario skeleton from flags, or from a few
//! questions for what the flags leave open. The file validates as written.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use chrono::{Local, NaiveTime};

use crate::authoring::{Choices, id_from_title, parse_term, skeleton};
use crate::i18n::{Lang, Text, tr};
use crate::load::scenario::{parse_scenario, valid_id};
use crate::load::{Library, Source};
use crate::model::*;

#[derive(clap::Args, Debug, Clone, Default)]
pub struct NewArgs {
    /// The title of the case.
    #[arg(long)]
    pub title: Option<String>,
    /// The id (lower-case letters, digits, dashes); made from the title otherwise.
    #[arg(long)]
    pub id: Option<String>,
    /// grounded, doubtful or unfounded (gegrond, twijfelachtig, ongegrond).
    #[arg(long)]
    pub verdict: Option<String>,
    /// phone, email, social-media, web-form or store.
    #[arg(long)]
    pub channel: Option<String>,
    /// product, delivery, communication, price or staff.
    #[arg(long)]
    pub category: Option<String>,
    /// One of the eight causes of the lesson.
    #[arg(long)]
    pub cause: Option<String>,
    /// objective or subjective.
    #[arg(long)]
    pub nature: Option<String>,
    /// critical, high or normal.
    #[arg(long)]
    pub priority: Option<String>,
    /// The complaint is public (a post, the press): a reputational risk.
    #[arg(long)]
    pub public: bool,
    /// When the complaint comes in, e.g. "2026-11-20 16:45"; today 10:00 otherwise.
    #[arg(long)]
    pub received: Option<String>,
    /// The file to write; scenarios/<id>.ron otherwise.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Ask nothing: take the defaults for what the flags leave open.
    #[arg(long)]
    pub no_questions: bool,
}

struct Asker<'a> {
    lang: Lang,
    input: &'a mut dyn BufRead,
    out: &'a mut dyn Write,
    quiet: bool,
}

/// Why gathering the choices stopped.
enum Stop {
    /// A flag the program cannot use: said on stderr, exit code 2.
    Refused(String),
    /// The terminal could not be written to.
    Io(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Self {
        Stop::Io(e)
    }
}

impl Asker<'_> {
    /// The answer to a question, `None` for an empty answer or the end of input.
    fn ask(&mut self, question: &str) -> io::Result<Option<String>> {
        if self.quiet {
            return Ok(None);
        }
        write!(self.out, "{question} ")?;
        self.out.flush()?;
        let mut line = String::new();
        // Input that cannot be read is taken as its end: the defaults fill the rest.
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                self.quiet = true;
                writeln!(self.out)?;
                Ok(None)
            }
            Ok(_) => Ok(Some(line.trim().to_owned()).filter(|s| !s.is_empty())),
        }
    }

    /// A term from a flag, or asked for (until it is understood), or the default.
    fn term<T: Term>(&mut self, flag: Option<&str>, field: &str, default: T) -> Result<T, Stop> {
        let lang = self.lang;
        let choices = || T::ALL.iter().map(|&v| tr(lang, v.msg())).collect::<Vec<_>>().join(", ");
        if let Some(f) = flag {
            return parse_term(f).ok_or_else(|| {
                Stop::Refused(
                    Text::msg("new-bad-value")
                        .arg("field", tr(lang, field))
                        .arg("value", f)
                        .arg("choices", choices())
                        .render(lang),
                )
            });
        }
        let question = Text::msg("new-ask-term")
            .arg("field", tr(lang, field))
            .arg("choices", choices())
            .arg("default", tr(lang, default.msg()))
            .render(lang);
        loop {
            let Some(answer) = self.ask(&question)? else { return Ok(default) };
            match parse_term(&answer) {
                Some(v) => return Ok(v),
                None => writeln!(
                    self.out,
                    "{}",
                    Text::msg("new-not-understood").arg("value", answer).arg("choices", choices()).render(lang)
                )?,
            }
        }
    }
}

/// Says on `err` why nothing was written, and gives the exit code for that.
fn not_written(err: &mut dyn Write, lang: Lang, why: Text) -> io::Result<u8> {
    writeln!(err, "{}", why.render(lang))?;
    Ok(1)
}

/// Writes the skeleton and gives the exit code; an error is the terminal
/// itself failing, with nowhere left to say so.
pub fn run(
    lang: Lang,
    a: NewArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let mut q = Asker { lang, input, out, quiet: a.no_questions };
    let choices = match gather(&mut q, &a) {
        Ok(c) => c,
        Err(Stop::Refused(e)) => {
            writeln!(err, "{e}")?;
            return Ok(2);
        }
        Err(Stop::Io(e)) => return Err(e),
    };
    let path = a.out.clone().unwrap_or_else(|| crate::load::scenarios_dir(None).join(format!("{}.ron", choices.id)));
    let file = path.display().to_string();
    if path.exists() && !a.force {
        return not_written(err, lang, Text::msg("new-exists").arg("file", file));
    }
    // Another case with the same id in the library would make one of them unplayable.
    if let Some(dir) = path.parent().filter(|d| d.is_dir())
        && let Some(other) = Library::load(dir).get(&choices.id).filter(|s| s.path != path)
    {
        let taken =
            Text::msg("new-id-taken").arg("id", choices.id.clone()).arg("file", other.path.display().to_string());
        return not_written(err, lang, taken);
    }
    let command = command();
    let text = skeleton(&choices, &file, &command);
    // Never write a file that does not validate: that would be our bug, not the authors'.
    if let Err(ds) = parse_scenario(&Source::new(path.clone(), text.clone())) {
        for d in ds {
            write!(err, "{}", d.render(lang, false))?;
        }
        return Ok(1);
    }
    // A folder that cannot be made is reported as the file that cannot be written.
    let written = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => std::fs::create_dir_all(dir),
        None => Ok(()),
    }
    .and_then(|()| std::fs::write(&path, text));
    if let Err(e) = written {
        return not_written(err, lang, Text::msg("new-cannot-write").arg("file", file).arg("error", e.to_string()));
    }
    writeln!(q.out, "{}", Text::msg("new-written").arg("file", file).arg("command", command).render(lang))?;
    Ok(0)
}

/// The program as the students start it: through cargo, as the README and
/// scenarios/README.md show, when cargo started it (cargo sets the
/// package's variables for what it runs); otherwise by its own name.
fn command() -> String {
    if std::env::var_os("CARGO_PKG_NAME").is_some() {
        return "cargo run --release --".to_owned();
    }
    let name = std::env::args_os().next().map(PathBuf::from);
    let name = name.as_deref().and_then(|p| p.file_stem()).map(|n| n.to_string_lossy().into_owned());
    name.filter(|n| !n.is_empty()).unwrap_or_else(|| "klachtsim".to_owned())
}

fn gather(q: &mut Asker<'_>, a: &NewArgs) -> Result<Choices, Stop> {
    let lang = q.lang;
    let title = match &a.title {
        Some(t) => t.clone(),
        None => q.ask(&tr(lang, "new-ask-title"))?.unwrap_or_else(|| tr(lang, "new-default-title")),
    };
    let id = match &a.id {
        Some(id) if !valid_id(id) => {
            return Err(Stop::Refused(Text::msg("new-bad-id").arg("id", id.clone()).render(lang)));
        }
        Some(id) => id.clone(),
        None => id_from_title(&title),
    };
    let verdict = q.term(a.verdict.as_deref(), "field-verdict", Verdict::Grounded)?;
    let received = match &a.received {
        Some(r) => super::sla_cmd::parse_moment(r)
            .ok_or_else(|| Stop::Refused(Text::msg("sla-bad-moment").arg("value", r.clone()).render(lang)))?,
        None => Local::now().date_naive().and_time(NaiveTime::from_hms_opt(10, 0, 0).expect("valid time")),
    };
    let d = Choices::new(&title, lang, verdict, received);
    let channel = q.term(a.channel.as_deref(), "field-channel", d.channel)?;
    let category = q.term(a.category.as_deref(), "field-category", d.category)?;
    let cause = q.term(a.cause.as_deref(), "field-cause", d.cause)?;
    let nature = q.term(a.nature.as_deref(), "field-nature", d.nature)?;
    let priority = q.term(a.priority.as_deref(), "field-priority", d.priority)?;
    let public = a.public
        || (channel == Channel::SocialMedia
            && q.ask(&tr(lang, "new-ask-public"))?
                .is_some_and(|s| matches!(s.to_lowercase().as_str(), "j" | "ja" | "y" | "yes")));
    Ok(Choices { id, title, language: lang, verdict, channel, category, cause, nature, priority, public, received })
}
