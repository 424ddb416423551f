//! Translations: every text the program shows comes from the Fluent files in
//! `assets/i18n/<lang>/klachtsim.ftl`. The engine produces `Text` values
//! (a message id with arguments, or text a scenario author wrote) and they
//! are rendered in the reader's language at the edge.

use std::fmt;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDateTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" | "nl_nl" | "dutch" | "nederlands" => Some(Lang::Nl),
            "en" | "en-gb" | "en-us" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }
}

pub const NL_FTL: &str = include_str!("../assets/i18n/nl/klachtsim.ftl");
pub const EN_FTL: &str = include_str!("../assets/i18n/en/klachtsim.ftl");

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static NL: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, src) = match lang {
        Lang::Nl => (&NL, NL_FTL),
        Lang::En => (&EN, EN_FTL),
    };
    cell.get_or_init(|| {
        let res = FluentResource::try_new(src.to_owned())
            .unwrap_or_else(|(_, errs)| panic!("broken translation file for {}: {errs:?}", lang.code()));
        let id = lang.code().parse().expect("valid language id");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks: output goes to terminals and CSV.
        b.set_use_isolating(false);
        b.add_resource(res).expect("no duplicate message ids");
        b
    })
}

/// Whether `id` exists in the translation file of `lang`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// An argument of a message, formatted for the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    Int(i64),
    /// An amount in euro.
    Money(f64),
    /// A moment on the simulated clock.
    Time(NaiveDateTime),
    /// Another message, translated first (a term such as a verdict).
    Msg(&'static str),
    /// A duration in minutes, written as hours and minutes.
    Minutes(i64),
    /// Another text with arguments of its own.
    Text(Box<Text>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Int(i64::from(n))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Int(i64::from(n))
    }
}
impl From<NaiveDateTime> for Arg {
    fn from(t: NaiveDateTime) -> Self {
        Arg::Time(t)
    }
}

/// A text to show: a translated message, or words a scenario author wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Msg { id: &'static str, args: Vec<(&'static str, Arg)> },
    Authored(String),
}

impl Text {
    pub fn msg(id: &'static str) -> Text {
        Text::Msg { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Authored(s) => s.clone(),
            Text::Msg { id, args } => tr_args(lang, id, args),
        }
    }
}

/// Translate a message without arguments.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

pub fn tr_args(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        // A missing id is a bug the i18n tests catch; never crash the reader.
        return format!("{{{{{id}}}}}");
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let v: FluentValue = match value {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Money(m) => FluentValue::from(money(lang, *m)),
            Arg::Time(t) => FluentValue::from(time(lang, *t)),
            Arg::Msg(id) => FluentValue::from(tr(lang, id)),
            Arg::Minutes(m) => FluentValue::from(duration(lang, *m)),
            Arg::Text(t) => FluentValue::from(t.render(lang)),
        };
        fargs.set(*name, v);
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
}

/// An amount in euro as a reader of `lang` writes it: `€ 1.234,50`, `€1,234.50`.
pub fn money(lang: Lang, amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (sign, cents) = if cents < 0 { ("-", -cents) } else { ("", cents) };
    let whole = (cents / 100).to_string();
    let (thousands, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(ch);
    }
    match lang {
        Lang::Nl => format!("{sign}€ {grouped}{decimal}{:02}", cents % 100),
        Lang::En => format!("{sign}€{grouped}{decimal}{:02}", cents % 100),
    }
}

/// A moment as `vr 20-11-2026 16:30` or `Fri 20-11-2026 16:30`.
pub fn time(lang: Lang, t: NaiveDateTime) -> String {
    let wd = t.weekday().num_days_from_monday() as usize;
    let day = match lang {
        Lang::Nl => ["ma", "di", "wo", "do", "vr", "za", "zo"][wd],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][wd],
    };
    format!("{day} {:02}-{:02}-{} {:02}:{:02}", t.day(), t.month(), t.year(), t.hour(), t.minute())
}

/// Minutes as `2 u 05 min` / `2 h 05 min`, or days and hours when long.
pub fn duration(lang: Lang, minutes: i64) -> String {
    let (sign, m) = if minutes < 0 { ("-", -minutes) } else { ("", minutes) };
    let (d, h, mm) = (m / 1440, (m % 1440) / 60, m % 60);
    let (du, hu) = match lang {
        Lang::Nl => ("d", "u"),
        Lang::En => ("d", "h"),
    };
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} {du}"));
    }
    if h > 0 {
        parts.push(format!("{h} {hu}"));
    }
    if mm > 0 || parts.is_empty() {
        // Minutes after hours read as a clock: 2 u 05 min.
        parts.push(if h > 0 { format!("{mm:02} min") } else { format!("{mm} min") });
    }
    format!("{sign}{}", parts.join(" "))
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(src: &str) -> std::collections::BTreeSet<String> {
        src.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let (nl, en) = (ids(NL_FTL), ids(EN_FTL));
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(only_nl.is_empty() && only_en.is_empty(), "only in nl: {only_nl:?}; only in en: {only_en:?}");
    }

    #[test]
    fn every_message_id_used_in_the_code_exists() {
        let mut missing = Vec::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for pat in [
                    "Text::msg(\"",
                    "tr(lang, \"",
                    "tr(self.lang, \"",
                    "Arg::Msg(\"",
                    "refuse(\"",
                    "row(out, \"",
                    "h(\"",
                    "t(\"",
                    "\"game-",
                    "\"menu-",
                ] {
                    for (i, _) in src.match_indices(pat) {
                        // A call of its own, not the end of a longer name
                        // such as `ends_with("`.
                        let before = src[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &src[i + pat.len()..];
                        let mut id = rest[..rest.find('"').unwrap()].to_owned();
                        // Patterns that are a prefix of the id put it back.
                        if let Some(prefix) = pat.strip_prefix('"') {
                            id = format!("{prefix}{id}");
                        }
                        let id = id.as_str();
                        if !id.is_empty() && !id.ends_with('-') && !id.contains('{') && !has(Lang::Nl, id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing translations: {missing:#?}");
    }

    #[test]
    fn every_term_has_a_name_in_both_languages() {
        use crate::model::*;
        let mut ids: Vec<&str> = Vec::new();
        ids.extend(Channel::ALL.iter().map(|v| v.msg()));
        ids.extend(Category::ALL.iter().map(|v| v.msg()));
        ids.extend(Nature::ALL.iter().map(|v| v.msg()));
        ids.extend(Cause::ALL.iter().map(|v| v.msg()));
        ids.extend(Verdict::ALL.iter().map(|v| v.msg()));
        ids.extend(Priority::ALL.iter().map(|v| v.msg()));
        ids.extend(Temperament::ALL.iter().map(|v| v.msg()));
        ids.extend(Check::ALL.iter().map(|v| v.msg()));
        ids.extend(Step::ALL.iter().map(|v| v.msg()));
        ids.extend(Rating::ALL.iter().map(|v| v.msg()));
        ids.extend(Trigger::ALL.iter().map(|v| v.msg()));
        ids.extend(Role::ALL.iter().map(|v| v.msg()));
        ids.extend(LineKind::ALL.iter().map(|v| v.msg()));
        let short: Vec<String> = Step::ALL.iter().map(|s| format!("{}-short", s.msg())).collect();
        for id in ids.into_iter().chain(short.iter().map(String::as_str)) {
            assert!(has(Lang::Nl, id) && has(Lang::En, id), "no translation for {id}");
        }
    }

    #[test]
    fn money_and_time_follow_the_language() {
        assert_eq!(money(Lang::Nl, 1234.5), "€ 1.234,50");
        assert_eq!(money(Lang::En, 1234.5), "€1,234.50");
        assert_eq!(money(Lang::Nl, 50.0), "€ 50,00");
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(16, 5, 0).unwrap();
        assert_eq!(time(Lang::Nl, t), "vr 20-11-2026 16:05");
        assert_eq!(duration(Lang::Nl, 125), "2 u 05 min");
        assert_eq!(duration(Lang::En, 1500), "1 d 1 h");
        assert_eq!(duration(Lang::Nl, 1440), "1 d");
        assert_eq!(duration(Lang::Nl, 1441), "1 d 1 min");
        assert_eq!(duration(Lang::Nl, 4326), "3 d 6 min");
        assert_eq!(duration(Lang::Nl, 0), "0 min");
        assert_eq!(duration(Lang::Nl, 120), "2 u");
    }
}
