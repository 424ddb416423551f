//! A case being written in the game's editor ("Maak je eigen casus"): plain
//! values in, the text of a `.ron` file out, in the style of the files in
//! `scenarios/`. The text is checked by the loader itself, so the editor
//! shows exactly what `klachtsim validate` says about the file, and each
//! problem is placed at the field it is about.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::i18n::{Lang, Text};
use crate::load::scenario::{parse_scenario, valid_id};
use crate::load::spans::{self, Key, Node};
use crate::load::warnings::scenario_warnings;
use crate::load::{Diagnostic, LoadedScenario, Source};
use crate::model::*;

use super::{Choices, id_from_title, skeleton};

/// The case as the editor holds it: every value of the scenario, except the
/// two dates a person types, which stay as typed until the loader has
/// judged them (a date that does not exist is a diagnostic, not a value
/// the editor quietly refuses).
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Every value of the case; its `received` and `order.purchased` are
    /// replaced by the texts below when the file is written.
    pub case: Scenario,
    /// When the complaint comes in, as typed ("2026-11-20 16:45").
    pub received: String,
    /// The day of purchase, as typed ("2026-11-06").
    pub purchased: String,
}

impl Draft {
    /// A complete case for `verdict` from the template `klachtsim new`
    /// writes, with `author` as its author: it validates as it is.
    pub fn from_template(lang: Lang, verdict: Verdict, author: &str, received: NaiveDateTime) -> Draft {
        let title = crate::i18n::tr(lang, "editor-default-title");
        let choices = Choices::new(&title, lang, verdict, received);
        let text = skeleton(&choices, "", "klachtsim");
        // The templates are compiled in and tested for every verdict.
        let mut case: Scenario = crate::load::document::ron_options()
            .from_str(&text)
            .unwrap_or_else(|e| panic!("the {} template for {verdict:?} is broken: {e}", lang.code()));
        case.author = Some(author.trim().to_owned()).filter(|a| !a.is_empty());
        Draft::of(case)
    }

    /// A draft of a case that exists.
    pub fn of(case: Scenario) -> Draft {
        Draft {
            received: case.received.format("%Y-%m-%d %H:%M").to_string(),
            purchased: case.order.purchased.to_string(),
            case,
        }
    }

    /// Gives the case a new title and the id made from it.
    pub fn set_title(&mut self, title: &str) {
        self.case.title = title.to_owned();
        self.case.id = id_from_title(title);
    }

    /// The file's name in a folder: the id, or a stand-in while the id is
    /// not usable (the loader says why).
    pub fn file_name(&self) -> String {
        let id = if valid_id(&self.case.id) { self.case.id.as_str() } else { "nieuwe-casus" };
        format!("{id}.ron")
    }

    /// The text of the case's file: a comment with its title and author,
    /// then the case, pretty-printed.
    pub fn to_ron(&self) -> String {
        let c = &self.case;
        let lang = Lang::from_code(&c.language).unwrap_or_default();
        let author = c.author.clone().unwrap_or_else(|| "?".to_owned());
        let header = Text::msg("editor-file-header").arg("author", author).render(lang);
        let out = Out {
            id: &c.id,
            title: &c.title,
            author: c.author.as_deref(),
            language: &c.language,
            policy: c.policy.as_deref(),
            difficulty: c.difficulty,
            summary: &c.summary,
            customer: &c.customer,
            order: OrderOut {
                number: &c.order.number,
                product: &c.order.product,
                price: c.order.price,
                purchased: &self.purchased,
                delivered: c.order.delivered.map(|d| d.to_string()),
                online: c.order.online,
                in_stock: c.order.in_stock,
                warranty_months: c.order.warranty_months,
            },
            channel: c.channel,
            received: &self.received,
            public: c.public,
            opening: &c.opening,
            truth: &c.truth,
            listening: &c.listening,
            lines: &c.lines,
            findings: &c.findings,
            offers: &c.offers,
            escalation_reply: c.escalation_reply.as_deref(),
            follow_up_reply: &c.follow_up_reply,
            model: &c.model,
        };
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        // The loader's options: an optional value is written as the value
        // itself (`minutes: 15`), as people write it. Every value here is a
        // string, number, list or plain enum: ron always writes them.
        let body =
            crate::load::document::ron_options().to_string_pretty(&out, config).expect("a draft always serializes");
        // ron escapes a single quote, which RON does not need; an escaped
        // quote is the only place a backslash comes right before one.
        let body = body.replace("\\'", "'");
        let mut text = String::new();
        for line in std::iter::once(c.title.clone()).chain(header.lines().map(str::to_owned)) {
            text.push_str("// ");
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text.push_str("Scenario");
        text.push_str(&body);
        text.push('\n');
        text
    }

    /// The draft's file as it would be at `path`, checked by the loader.
    pub fn check(&self, path: &Path) -> Checked {
        Checked::of(Source::new(path, self.to_ron()))
    }
}

fn not(b: &bool) -> bool {
    !*b
}

/// The file's fields in the order the files in `scenarios/` have them.
#[derive(Serialize)]
struct Out<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<&'a str>,
    difficulty: u8,
    summary: &'a str,
    customer: &'a Customer,
    order: OrderOut<'a>,
    channel: Channel,
    received: &'a str,
    #[serde(skip_serializing_if = "not")]
    public: bool,
    opening: &'a str,
    truth: &'a Truth,
    listening: &'a Listening,
    lines: &'a [Line],
    findings: &'a BTreeMap<Check, Finding>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    offers: &'a [OfferRule],
    #[serde(skip_serializing_if = "Option::is_none")]
    escalation_reply: Option<&'a str>,
    follow_up_reply: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    model: &'a [String],
}

#[derive(Serialize)]
struct OrderOut<'a> {
    number: &'a str,
    product: &'a str,
    price: f64,
    purchased: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivered: Option<String>,
    #[serde(skip_serializing_if = "not")]
    online: bool,
    in_stock: bool,
    warranty_months: u32,
}

/// A problem of the file with the field it is about: the path of field
/// names and list positions to the innermost part of the file that holds
/// it (`customer.name`, `lines.3.reason`, `findings.Inspect.text`), empty
/// for a problem of the file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub field: String,
    pub diagnostic: Diagnostic,
}

/// What the loader says about a draft's file.
#[derive(Clone, Debug)]
pub struct Checked {
    pub path: PathBuf,
    pub text: String,
    /// Errors: the file cannot be saved while there is one.
    pub errors: Vec<Placed>,
    /// What loads but is probably not meant (texts left in square brackets),
    /// as `validate` lists them for a file that loads.
    pub warnings: Vec<Placed>,
    pub loaded: Option<LoadedScenario>,
}

impl Checked {
    pub fn of(src: Source) -> Checked {
        let root = spans::parse(&src.text);
        let place = |d: Diagnostic| Placed { field: field_of(&src, &root, &d), diagnostic: d };
        let (loaded, errors, warnings) = match parse_scenario(&src) {
            Ok(l) => (Some(l), Vec::new(), scenario_warnings(&src).into_iter().map(place).collect()),
            Err(ds) => (None, ds.into_iter().map(place).collect(), Vec::new()),
        };
        Checked { path: src.path.clone(), text: src.text.clone(), errors, warnings, loaded }
    }

    pub fn is_valid(&self) -> bool {
        self.errors.is_empty() && self.loaded.is_some()
    }
}

/// The path to the innermost part of the file at the problem's place.
fn field_of(src: &Source, root: &Node, d: &Diagnostic) -> String {
    if d.line == 0 || d.path != src.path {
        return String::new();
    }
    let at = src.offset(d.line, d.column);
    let mut path: Vec<String> = Vec::new();
    let mut node = root;
    while let Some((key, child)) = node.children.iter().find(|(_, n)| n.start <= at && at < n.end.max(n.start + 1)) {
        path.push(match key {
            Key::Field(f) => f.clone(),
            Key::Index(i) => i.to_string(),
        });
        node = child;
    }
    path.join(".")
}

/// Which of the fields a form shows each problem goes to: the longest one
/// that holds the problem's field (`lines.3` holds `lines.3.reason`). The
/// problems no shown field holds go to "", shown above the form.
pub fn place<'a>(placed: &'a [Placed], shown: &[String]) -> BTreeMap<String, Vec<&'a Placed>> {
    let mut out: BTreeMap<String, Vec<&Placed>> = BTreeMap::new();
    for p in placed {
        let holds = |f: &&String| p.field == **f || p.field.starts_with(&format!("{f}."));
        let field = shown.iter().filter(holds).max_by_key(|f| f.len()).cloned().unwrap_or_default();
        out.entry(field).or_default().push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn received() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn own_file(name: &str) -> PathBuf {
        std::env::temp_dir().join("klachtsim-draft-test").join(name)
    }

    #[test]
    fn every_template_goes_round_through_ron_and_validates() {
        for lang in [Lang::Nl, Lang::En] {
            for &verdict in Verdict::ALL {
                let mut draft = Draft::from_template(lang, verdict, "Fatima", received());
                // Quotes, a backslash and a line break come back as written.
                draft.case.opening = "Ze zei: \"'t is 'm niet\" \\' echt\nJa.".into();
                let checked = draft.check(&own_file(&draft.file_name()));
                assert!(checked.is_valid(), "{} {verdict:?}: {:?}\n{}", lang.code(), checked.errors, checked.text);
                let back = checked.loaded.unwrap().scenario;
                assert_eq!(back, draft.case, "{} {verdict:?}: the file does not hold the draft", lang.code());
                assert_eq!(back.author.as_deref(), Some("Fatima"));
                assert_eq!(back.truth.verdict, verdict);
                assert!(checked.text.starts_with("// "), "a file opens with its title");
                assert!(checked.text.contains("\nScenario(\n    id: "), "{}", checked.text);
            }
        }
    }

    #[test]
    fn a_problem_is_placed_at_its_field() {
        let mut draft = Draft::from_template(Lang::Nl, Verdict::Grounded, "Fatima", received());
        draft.received = "2026-11-31 10:00".into();
        let checked = draft.check(&own_file(&draft.file_name()));
        assert!(!checked.is_valid());
        let fields: Vec<&str> = checked.errors.iter().map(|p| p.field.as_str()).collect();
        assert!(fields.contains(&"received"), "{fields:?}");
        let shown = vec!["received".to_owned(), "lines.2".to_owned(), "lines".to_owned()];
        let placed = place(&checked.errors, &shown);
        assert!(placed.contains_key("received"), "{placed:?}");
        // A moment written with a space is no mistake, even beside another one.
        let mut other = draft.clone();
        other.received = "2026-11-20 10:00".into();
        other.purchased = "2026-11-31".into();
        let checked = other.check(&own_file(&other.file_name()));
        let fields: Vec<&str> = checked.errors.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["order.purchased"]);
        // A row holds the problems of its parts; the rest go above the form.
        let d = checked.errors[0].diagnostic.clone();
        let at = |field: &str| Placed { field: field.to_owned(), diagnostic: d.clone() };
        let many = [at("lines.2.reason"), at("lines.12.text"), at("truth.verdict"), at("")];
        let placed = place(&many, &shown);
        let fields = |k: &str| placed[k].iter().map(|p| p.field.as_str()).collect::<Vec<_>>();
        assert_eq!(fields("lines.2"), ["lines.2.reason"]);
        assert_eq!(fields("lines"), ["lines.12.text"]);
        assert_eq!(fields(""), ["truth.verdict", ""]);
        // The same problems, in the same words, as `klachtsim validate` gives.
        let src = Source::new(checked.path.clone(), checked.text.clone());
        let direct = parse_scenario(&src).unwrap_err();
        let ours: Vec<Diagnostic> = checked.errors.iter().map(|p| p.diagnostic.clone()).collect();
        assert_eq!(ours, direct);
    }
}
