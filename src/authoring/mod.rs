//! A commented scenario skeleton for `klachtsim new`: the choices in, the
//! text of a `.ron` file out. The skeleton validates as written, so a pair
//! of students starts from a file that works and replaces the texts in
//! square brackets one by one, checking as they go.
//!
//! The words of the skeleton live in one template per language,
//! `assets/templates/<lang>/scenario.ron`, compiled in so the program needs
//! no source tree at run time. This module owns the logic: reading typed
//! values, making an id, and filling a template with the authors' choices.
//! The game's editor starts from the same templates (`draft`) and keeps
//! the user's own cases in their own folder (`share`).

pub mod draft;
pub mod share;

use chrono::{Duration, NaiveDateTime};

use crate::i18n::{Lang, tr};
use crate::model::*;

/// What the authors chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    pub id: String,
    pub title: String,
    pub language: Lang,
    pub verdict: Verdict,
    pub channel: Channel,
    pub category: Category,
    pub cause: Cause,
    pub nature: Nature,
    pub priority: Priority,
    /// The complaint is public (a post, the press): a reputational risk.
    pub public: bool,
    pub received: NaiveDateTime,
}

impl Choices {
    /// What the authors get when they choose only the title and the
    /// verdict: `klachtsim new`'s defaults and the editor's templates.
    pub fn new(title: &str, language: Lang, verdict: Verdict, received: NaiveDateTime) -> Choices {
        Choices {
            id: id_from_title(title),
            title: title.to_owned(),
            language,
            verdict,
            channel: Channel::Phone,
            category: Category::Product,
            cause: Cause::Mistake,
            nature: if verdict == Verdict::Grounded { Nature::Objective } else { Nature::Subjective },
            priority: Priority::Normal,
            public: false,
            received,
        }
    }
}

/// A value typed by a person: the English name (`Grounded`), the key
/// (`grounded`), or the Dutch or English word of the lesson (`gegrond`),
/// in any case; the start of a word is enough when it fits one value only.
pub fn parse_term<T: Term>(input: &str) -> Option<T> {
    let norm = |s: &str| s.trim().to_lowercase().replace(['-', '_', ' ', '/'], "");
    let wanted = norm(input);
    if wanted.is_empty() {
        return None;
    }
    let names =
        |v: T| [format!("{v:?}"), v.key().to_owned(), tr(Lang::Nl, v.msg()), tr(Lang::En, v.msg())].map(|c| norm(&c));
    if let Some(v) = T::ALL.iter().copied().find(|&v| names(v).contains(&wanted)) {
        return Some(v);
    }
    let mut fits =
        T::ALL.iter().copied().filter(|&v| wanted.len() >= 3 && names(v).iter().any(|n| n.starts_with(&wanted)));
    match (fits.next(), fits.next()) {
        (Some(v), None) => Some(v),
        _ => None,
    }
}

/// A usable id made from a title: lower case, dashes between words.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() { "nieuwe-casus".to_owned() } else { id.chars().take(60).collect::<String>() }
}

/// The skeleton of each language, with blanks for the authors' choices.
fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../../assets/templates/nl/scenario.ron"),
        Lang::En => include_str!("../../assets/templates/en/scenario.ron"),
    }
}

/// The price the customer paid in every skeleton; the refund an unfounded
/// complaint may get goes up to it, so both come from here.
const PRICE: f64 = 99.95;

/// What fills a template: a value for each `{{name}}`, and for each section
/// whether it holds.
struct Fill {
    values: Vec<(&'static str, String)>,
    sections: Vec<(&'static str, bool)>,
}

impl Fill {
    fn of(c: &Choices, path: &str, command: &str) -> Fill {
        let purchased = c.received.date() - Duration::days(14);
        Fill {
            values: vec![
                ("title", c.title.clone()),
                ("path", path.to_owned()),
                ("command", command.to_owned()),
                ("id_string", q(&c.id)),
                ("title_string", q(&c.title)),
                ("language_string", q(c.language.code())),
                ("price", PRICE.to_string()),
                ("purchased", purchased.to_string()),
                ("channel", format!("{:?}", c.channel)),
                ("received", c.received.format("%Y-%m-%dT%H:%M:%S").to_string()),
                ("public", c.public.to_string()),
                ("nature", format!("{:?}", c.nature)),
                ("category", format!("{:?}", c.category)),
                ("cause", format!("{:?}", c.cause)),
                ("verdict", format!("{:?}", c.verdict)),
                ("priority", format!("{:?}", c.priority)),
            ],
            sections: vec![
                ("public", c.public),
                ("grounded", c.verdict == Verdict::Grounded),
                ("doubtful", c.verdict == Verdict::Doubtful),
                ("unfounded", c.verdict == Verdict::Unfounded),
            ],
        }
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    fn section(&self, name: &str) -> Option<bool> {
        self.sections.iter().find(|(n, _)| *n == name).map(|&(_, holds)| holds)
    }
}

/// RON string literal.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The skeleton's text; `command validate path` is how its authors check it.
pub fn skeleton(c: &Choices, path: &str, command: &str) -> String {
    // The templates are compiled in and a test fills every one of them with
    // every section choice, so a broken template never reaches an author.
    render(template(c.language), &Fill::of(c, path, command))
        .unwrap_or_else(|e| panic!("the {} skeleton template is broken: {e}", c.language.code()))
}

/// A template filled in. A line that is only a tag is left out: `{{#name}}`
/// and `{{^name}}` open a section kept when `name` holds or does not hold,
/// `{{/name}}` closes it, `{{! ...}}` is a comment for the translator. Any
/// other `{{name}}` is replaced by its value, in one pass, so a value that
/// itself contains braces stays as it is. An unknown name is an error.
fn render(template: &str, fill: &Fill) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    // The open sections, innermost last, with whether their lines are kept.
    let mut open: Vec<(&str, bool)> = Vec::new();
    for (n, line) in template.lines().enumerate() {
        let at = |problem: String| format!("line {}: {problem}", n + 1);
        if let Some(tag) = line.trim().strip_prefix("{{").and_then(|t| t.strip_suffix("}}")) {
            let name = tag.get(1..).unwrap_or_default();
            match tag.chars().next() {
                Some('!') => continue,
                Some(kind @ ('#' | '^')) => {
                    let holds = fill.section(name).ok_or_else(|| at(format!("unknown section {name:?}")))?;
                    open.push((name, holds == (kind == '#')));
                    continue;
                }
                Some('/') => match open.pop() {
                    Some((opened, _)) if opened == name => continue,
                    _ => return Err(at(format!("{{{{/{name}}}}} closes no open section {name:?}"))),
                },
                // A value alone on its line.
                _ => {}
            }
        }
        if open.iter().all(|&(_, kept)| kept) {
            fill_line(line, fill, &mut out).map_err(at)?;
            out.push('\n');
        }
    }
    match open.last() {
        Some((name, _)) => Err(format!("section {name:?} is never closed")),
        None => Ok(out),
    }
}

/// One line with every `{{name}}` replaced by its value.
fn fill_line(line: &str, fill: &Fill, out: &mut String) -> Result<(), String> {
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or("a {{ without its }}")?;
        let name = &after[..end];
        out.push_str(fill.value(name).ok_or_else(|| format!("unknown name {name:?}"))?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use chrono::NaiveDate;

    use super::*;
    use crate::load::Source;
    use crate::load::scenario::parse_scenario;

    fn choices(language: Lang, verdict: Verdict, public: bool) -> Choices {
        Choices {
            id: "knoop-los".to_owned(),
            title: "Knoop los".to_owned(),
            language,
            verdict,
            channel: Channel::SocialMedia,
            category: Category::Product,
            cause: Cause::Mistake,
            nature: Nature::Objective,
            priority: Priority::High,
            public,
            received: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(16, 45, 0).unwrap(),
        }
    }

    #[test]
    fn every_template_fills_and_validates_for_every_verdict_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            for &verdict in Verdict::ALL {
                for public in [false, true] {
                    let c = choices(lang, verdict, public);
                    let text = render(template(lang), &Fill::of(&c, "scenarios/knoop-los.ron", "klachtsim"))
                        .unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
                    assert!(!text.contains("{{"), "{}: a blank left open", lang.code());
                    // Beside the library's policy, as `klachtsim new` would write it.
                    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/knoop-los.ron");
                    let s = parse_scenario(&Source::new(file, text))
                        .unwrap_or_else(|d| panic!("{} {verdict:?} public {public}: {d:?}", lang.code()))
                        .scenario;
                    assert_eq!((s.truth.verdict, s.public, s.language.as_str()), (verdict, public, lang.code()));
                }
            }
        }
    }

    #[test]
    fn every_template_uses_every_choice() {
        let fill = Fill::of(&choices(Lang::Nl, Verdict::Grounded, false), "x.ron", "klachtsim");
        for lang in [Lang::Nl, Lang::En] {
            let t = template(lang);
            for (name, _) in &fill.values {
                assert!(t.contains(&format!("{{{{{name}}}}}")), "{}: {{{{{name}}}}} unused", lang.code());
            }
            for (name, _) in &fill.sections {
                let used = t.contains(&format!("{{{{#{name}}}}}")) || t.contains(&format!("{{{{^{name}}}}}"));
                assert!(used, "{}: section {name} unused", lang.code());
            }
        }
    }

    #[test]
    fn a_broken_template_is_an_error() {
        let fill = Fill { values: vec![("a", "{{b}}".to_owned())], sections: vec![("s", true)] };
        assert_eq!(render("x {{a}} y\n{{! note}}\n", &fill).as_deref(), Ok("x {{b}} y\n"));
        assert_eq!(render("{{^s}}\nno\n{{/s}}\n{{#s}}\nyes\n{{/s}}\n", &fill).as_deref(), Ok("yes\n"));
        for broken in ["{{b}}", "{{a", "{{#t}}\n{{/t}}", "{{#s}}", "{{/s}}", "{{#s}}\n{{/a}}"] {
            assert!(render(broken, &fill).is_err(), "{broken:?}");
        }
    }
}
