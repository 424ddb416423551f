//! Loading a scenario file and checking what the syntax cannot: unknown
//! references, unreachable parts, impossible times, offers no role may
//! grant, and a truth that contradicts the case's own facts.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration};
use sha2::{Digest, Sha256};

use crate::i18n::{Arg, Text};
use crate::model::*;
use crate::path;
use crate::policy::Policy;

use super::diagnostic::Diagnostic;
use super::document::Document;
use super::policy::load_policy;
use super::source::Source;

pub const SCENARIO_FIELDS: &[&str] = &[
    "id",
    "title",
    "author",
    "language",
    "policy",
    "difficulty",
    "summary",
    "customer",
    "order",
    "channel",
    "received",
    "public",
    "opening",
    "truth",
    "listening",
    "lines",
    "findings",
    "offers",
    "escalation_reply",
    "follow_up_reply",
    "model",
];

/// The name of the policy file a scenario uses when it names none.
pub const DEFAULT_POLICY_FILE: &str = "policy.ron";

#[derive(Clone, Debug)]
pub struct LoadedScenario {
    pub scenario: Scenario,
    pub policy: Policy,
    pub path: PathBuf,
    /// Where the policy came from; `None` for the built-in default.
    pub policy_path: Option<PathBuf>,
    /// SHA-256 of the file's bytes, hex: which version of a case was played.
    pub hash: String,
}

/// Loads and checks a scenario with the policy it names (or the folder's
/// `policy.ron`, or the built-in default).
pub fn load_scenario(path: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let src = Source::read(path).map_err(|d| vec![*d])?;
    parse_scenario(&src)
}

pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn parse_scenario(src: &Source) -> Result<LoadedScenario, Vec<Diagnostic>> {
    parse_scenario_cached(src, &mut PolicyCache::default())
}

/// Policy files already read while loading a folder of scenarios: most
/// cases share the folder's `policy.ron`, which is then read once.
#[derive(Default)]
pub struct PolicyCache(std::collections::HashMap<PathBuf, Result<Policy, Vec<Diagnostic>>>);

impl PolicyCache {
    fn load(&mut self, path: &Path) -> &Result<Policy, Vec<Diagnostic>> {
        self.0.entry(path.to_owned()).or_insert_with(|| load_policy(path))
    }
}

/// `parse_scenario`, reading each policy file only once per `cache`.
pub fn parse_scenario_cached(src: &Source, cache: &mut PolicyCache) -> Result<LoadedScenario, Vec<Diagnostic>> {
    // The common case, a file without syntax or type errors, is read in one
    // pass. Only when that fails is it read part by part, to report every
    // error with its place.
    let (mut doc, scenario) = match super::document::ron_options().from_str::<Scenario>(&src.text) {
        // ron would also take another name than `Scenario`; the careful
        // reading says what is wrong with that.
        Ok(s) if matches!(super::spans::top_name(&src.text), "Scenario" | "") => (Document::trusted(src), s),
        _ => {
            let mut doc = Document::open(src, "Scenario").map_err(|d| vec![*d])?;
            doc.unknown_fields(SCENARIO_FIELDS);
            let scenario = build(&mut doc);
            let Some(scenario) = scenario.filter(|_| doc.diags.is_empty()) else {
                return Err(doc.diags);
            };
            (doc, scenario)
        }
    };
    let dir = src.path.parent().unwrap_or(Path::new("."));
    let (policy, policy_path) = match &scenario.policy {
        Some(name) => {
            let p = dir.join(name);
            if !p.is_file() {
                doc.error_at(
                    path!("policy"),
                    Text::msg("scn-policy-missing").arg("file", p.display().to_string()),
                    None,
                );
                return Err(doc.diags);
            }
            match cache.load(&p).clone() {
                Ok(pol) => (pol, Some(p)),
                Err(mut ds) => {
                    doc.error_at(
                        path!("policy"),
                        Text::msg("scn-policy-broken").arg("file", p.display().to_string()),
                        None,
                    );
                    doc.diags.append(&mut ds);
                    return Err(doc.diags);
                }
            }
        }
        None => {
            let p = dir.join(DEFAULT_POLICY_FILE);
            match p.is_file().then(|| cache.load(&p).clone()) {
                Some(Ok(pol)) => (pol, Some(p)),
                // A broken folder policy is reported when the policy file
                // itself is validated; the scenario falls back to defaults.
                Some(Err(_)) | None => (Policy::default(), None),
            }
        }
    };
    check(&scenario, &policy, &mut doc);
    if doc.diags.is_empty() {
        Ok(LoadedScenario { scenario, policy, path: src.path.clone(), policy_path, hash: content_hash(&src.text) })
    } else {
        Err(doc.diags)
    }
}

fn build(doc: &mut Document) -> Option<Scenario> {
    let id = doc.required("id");
    let title = doc.required("title");
    let author = doc.optional("author", || None);
    let language = doc.optional("language", || "nl".to_owned());
    let policy = doc.optional("policy", || None);
    let difficulty = doc.required("difficulty");
    let summary = doc.required("summary");
    let customer = doc.required("customer");
    let order = doc.required("order");
    let channel = doc.required("channel");
    let received = doc.required::<crate::model::moment::Moment>("received");
    let public = doc.optional("public", || false);
    let opening = doc.required("opening");
    let truth = doc.required("truth");
    let listening = doc.required("listening");
    let lines = doc.list("lines", true);
    let findings = doc.required("findings");
    let offers = doc.list("offers", false);
    let escalation_reply = doc.optional("escalation_reply", || None);
    let follow_up_reply = doc.required("follow_up_reply");
    let model = doc.list("model", false);
    Some(Scenario {
        id: id?,
        title: title?,
        author: author?,
        language: language?,
        policy: policy?,
        difficulty: difficulty?,
        summary: summary?,
        customer: customer?,
        order: order?,
        channel: channel?,
        received: received?.0,
        public: public?,
        opening: opening?,
        truth: truth?,
        listening: listening?,
        lines: lines?,
        findings: findings?,
        offers: offers?,
        escalation_reply: escalation_reply?,
        follow_up_reply: follow_up_reply?,
        model: model?,
    })
}

/// Whether `id` is a usable name: lower-case letters, digits and dashes.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check(s: &Scenario, policy: &Policy, doc: &mut Document) {
    if !valid_id(&s.id) {
        doc.error_at(path!("id"), Text::msg("scn-bad-id"), Some(Text::msg("scn-bad-id-hint")));
    }
    for (field, value) in
        [("title", &s.title), ("summary", &s.summary), ("opening", &s.opening), ("follow_up_reply", &s.follow_up_reply)]
    {
        if value.trim().is_empty() {
            doc.error_at(path!(field), Text::msg("scn-empty-text").arg("field", field), None);
        }
    }
    if !matches!(s.language.as_str(), "nl" | "en") {
        doc.error_at(path!("language"), Text::msg("scn-language"), None);
    }
    if !(1..=3).contains(&s.difficulty) {
        doc.error_at(path!("difficulty"), Text::msg("scn-difficulty"), None);
    }
    if s.customer.mood.is_some_and(|m| m > 100) {
        doc.error_at(path!("customer", "mood"), Text::msg("scn-mood-range"), None);
    }

    // Times.
    let received = s.received;
    if !(2000..=2100).contains(&received.year()) {
        doc.error_at(path!("received"), Text::msg("scn-year-range"), None);
    }
    if s.order.purchased > received.date() {
        doc.error_at(
            path!("order", "purchased"),
            Text::msg("scn-purchase-after-receipt")
                .arg("purchased", s.order.purchased.to_string())
                .arg("received", received),
            None,
        );
    }
    for (i, past) in s.customer.history.iter().enumerate() {
        if past.date > received.date() {
            doc.error_at(
                path!("customer", "history", i, "date"),
                Text::msg("scn-history-after-receipt").arg("date", past.date.to_string()).arg("received", received),
                None,
            );
        }
    }
    if let Some(d) = s.order.delivered
        && (d < s.order.purchased || d > received.date())
    {
        doc.error_at(path!("order", "delivered"), Text::msg("scn-delivered-outside"), None);
    }
    if !(s.order.price > 0.0 && s.order.price.is_finite()) {
        doc.error_at(path!("order", "price"), Text::msg("scn-price"), None);
    }

    // The truth against the case's own facts.
    let t = &s.truth;
    let has = |tr: Trigger| t.escalation.contains(&tr);
    if s.public && !has(Trigger::Reputation) {
        doc.error_at(
            path!("truth", "escalation"),
            Text::msg("scn-public-needs-reputation"),
            Some(Text::msg("scn-add-trigger").arg("trigger", "Reputation")),
        );
    }
    if !s.public && has(Trigger::Reputation) {
        doc.error_at(
            path!("truth", "escalation"),
            Text::msg("scn-reputation-not-public"),
            Some(Text::msg("scn-reputation-not-public-hint")),
        );
    }
    let window_start = received.date() - Duration::days(i64::from(policy.escalation.repeat_window_days));
    let recent =
        s.customer.history.iter().filter(|p| p.date >= window_start && p.date <= received.date()).count() as u32 + 1;
    let repeated = recent >= policy.escalation.repeat_count;
    if repeated && !has(Trigger::Repetition) {
        doc.error_at(
            path!("truth", "escalation"),
            Text::msg("scn-history-needs-repetition")
                .arg("count", recent)
                .arg("days", policy.escalation.repeat_window_days),
            Some(Text::msg("scn-add-trigger").arg("trigger", "Repetition")),
        );
    }
    if !repeated && has(Trigger::Repetition) {
        doc.error_at(
            path!("truth", "escalation"),
            Text::msg("scn-repetition-without-history")
                .arg("count", recent)
                .arg("needed", policy.escalation.repeat_count)
                .arg("days", policy.escalation.repeat_window_days),
            None,
        );
    }
    if has(Trigger::Authority) {
        let beyond = s.offers.iter().any(|r| {
            let floor = r.offer.floor();
            r.rating == Rating::Good
                && crate::law::needs_authority(t, &s.order, &floor)
                && policy.authority.employee.check(&floor, s.order.in_stock).is_some()
        });
        if !beyond {
            doc.error_at(
                path!("truth", "escalation"),
                Text::msg("scn-authority-without-offer"),
                Some(Text::msg("scn-authority-without-offer-hint")),
            );
        }
    }
    let mut seen_trigger = BTreeSet::new();
    for (i, tr) in t.escalation.iter().enumerate() {
        if !seen_trigger.insert(*tr) {
            doc.error_at(path!("truth", "escalation", i), Text::msg("scn-duplicate").arg("what", tr.key()), None);
        }
    }
    if has(Trigger::Safety) && t.priority != Priority::Critical {
        doc.error_at(path!("truth", "priority"), Text::msg("scn-safety-critical"), None);
    }
    if !t.escalation.is_empty() && t.escalation_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        doc.error_at(path!("truth", "escalation"), Text::msg("scn-escalation-reason"), None);
    }
    if !t.escalation.is_empty() && s.escalation_reply.is_none() {
        doc.error_at(path!("truth", "escalation"), Text::msg("scn-escalation-reply"), None);
    }
    if t.withdrawn && !s.order.online {
        doc.error_at(path!("truth", "withdrawn"), Text::msg("scn-withdrawn-not-online"), None);
    }
    if t.root_cause.trim().is_empty() {
        doc.error_at(path!("truth", "root_cause"), Text::msg("scn-empty-text").arg("field", "root_cause"), None);
    }
    super::causes::check(s, doc);

    // References to findings.
    if t.required_checks.is_empty() {
        doc.error_at(path!("truth", "required_checks"), Text::msg("scn-no-required-checks"), None);
    }
    for (i, c) in t.required_checks.iter().enumerate() {
        if !s.findings.contains_key(c) {
            doc.error_at(
                path!("truth", "required_checks", i),
                Text::msg("scn-check-without-finding").arg("check", c.key()),
                Some(Text::msg("scn-check-without-finding-hint").arg("check", format!("{c:?}"))),
            );
        }
    }
    for (c, f) in &s.findings {
        if f.text.trim().is_empty() {
            doc.error_at(
                path!("findings", format!("{c:?}").as_str()),
                Text::msg("scn-empty-text").arg("field", c.key()),
                None,
            );
        }
    }

    // Replies.
    check_reply(doc, &s.listening.let_finish, path!("listening", "let_finish"));
    check_reply(doc, &s.listening.interrupt, path!("listening", "interrupt"));

    // Lines.
    let mut ids = BTreeSet::new();
    for (i, line) in s.lines.iter().enumerate() {
        if !valid_id(&line.id) {
            doc.error_at(path!("lines", i, "id"), Text::msg("scn-bad-id"), Some(Text::msg("scn-bad-id-hint")));
        }
        if !ids.insert(line.id.as_str()) {
            doc.error_at(path!("lines", i, "id"), Text::msg("scn-duplicate").arg("what", line.id.clone()), None);
        }
        if line.text.trim().is_empty() || line.reason.trim().is_empty() {
            doc.error_at(path!("lines", i), Text::msg("scn-line-empty"), None);
        }
        if let Some(c) = line.after
            && !s.findings.contains_key(&c)
        {
            doc.error_at(path!("lines", i, "after"), Text::msg("scn-line-after-unknown").arg("check", c.key()), None);
        }
        if let Some(m) = &line.moment
            && !valid_id(m)
        {
            doc.error_at(path!("lines", i, "moment"), Text::msg("scn-bad-id"), Some(Text::msg("scn-bad-id-hint")));
        }
        check_reply(doc, &line.reply, path!("lines", i, "reply"));
    }
    // Every step must be winnable: a perfect handling needs a good line of
    // each kind the scoring asks for.
    let mut needed: Vec<&[LineKind]> =
        vec![&[LineKind::OpenQuestion, LineKind::ClosedQuestion], &[LineKind::Summary], &[LineKind::Acknowledge]];
    if t.verdict != Verdict::Grounded {
        needed.push(&[LineKind::Explanation]);
    }
    for kinds in needed {
        if !s.lines.iter().any(|l| kinds.contains(&l.kind) && l.rating == Rating::Good) {
            doc.error_at(path!("lines"), Text::msg("scn-no-good-line").arg("kind", Arg::Msg(kinds[0].msg())), None);
        }
    }

    // Offers.
    // What the law owes overrides the author: a solution rated good must
    // not withhold it (a good add-on, such as advice beside a repair, must
    // then be rated weak: alone it would withhold it).
    let owed = crate::law::owed(&policy.law, &s.order, t, s.received);
    for (i, rule) in s.offers.iter().enumerate() {
        if rule.rating == Rating::Good && crate::law::withholds(owed, &[rule.offer.floor()], s.order.price) {
            let id = if owed == crate::law::Owed::Remedy {
                "scn-offer-withholds-remedy"
            } else {
                "scn-offer-refuses-presumed"
            };
            doc.error_at(path!("offers", i, "rating"), Text::msg(id), Some(Text::msg("scn-offer-withholds-hint")));
        }
    }
    let mut any_good = false;
    let mut offer_ids = BTreeSet::new();
    for (i, rule) in s.offers.iter().enumerate() {
        match (&rule.id, &rule.text) {
            (Some(id), text) => {
                if !valid_id(id) {
                    doc.error_at(path!("offers", i, "id"), Text::msg("scn-bad-id"), Some(Text::msg("scn-bad-id-hint")));
                }
                if !offer_ids.insert(id.as_str()) {
                    doc.error_at(path!("offers", i, "id"), Text::msg("scn-duplicate").arg("what", id.clone()), None);
                }
                if text.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    doc.error_at(path!("offers", i), Text::msg("scn-offer-needs-text"), None);
                }
            }
            (None, Some(_)) => doc.error_at(path!("offers", i, "text"), Text::msg("scn-offer-text-needs-id"), None),
            (None, None) => {}
        }
        check_reply(doc, &rule.reply, path!("offers", i, "reply"));
        if let Some(base) = &rule.on_top_of
            && !s.offers.iter().any(|r| r.id.as_ref() == Some(base) && r.accepted)
        {
            let msg = Text::msg("scn-offer-on-top-unknown").arg("id", base.clone());
            doc.error_at(path!("offers", i, "on_top_of"), msg, None);
        }
        if rule.reason.trim().is_empty() {
            doc.error_at(path!("offers", i, "reason"), Text::msg("scn-empty-text").arg("field", "reason"), None);
        }
        let (bad_range, over_price) = match rule.offer {
            OfferPattern::Refund(lo, hi) | OfferPattern::Voucher(lo, hi) => {
                (lo > hi || lo < 0.0, hi > s.order.price + 1e-9 && matches!(rule.offer, OfferPattern::Refund(..)))
            }
            OfferPattern::Discount(lo, hi) => (lo > hi || hi > 100, false),
            _ => (false, false),
        };
        if bad_range {
            let node = doc.root().find(path!("offers", i, "offer"));
            match super::explain::decimal_split(&doc.src.text[node.start..node.end]) {
                Some((message, hint)) => doc.error_at(path!("offers", i, "offer"), message, Some(hint)),
                None => doc.error_at(path!("offers", i, "offer"), Text::msg("scn-offer-range"), None),
            }
        }
        if over_price {
            doc.error_at(
                path!("offers", i, "offer"),
                Text::msg("scn-refund-over-price").arg("price", Arg::Money(s.order.price)),
                None,
            );
        }
        if policy.authority.lowest_role_for(&rule.offer.floor(), s.order.in_stock).is_none() {
            doc.error_at(
                path!("offers", i, "offer"),
                Text::msg("scn-offer-no-role"),
                Some(Text::msg("scn-offer-no-role-hint")),
            );
        }
        // A concrete offer is picked by its id, so only rules without one
        // can hide each other.
        if let Some(j) = s.offers[..i]
            .iter()
            .position(|earlier| rule.id.is_none() && earlier.id.is_none() && rule.offer.covered_by(&earlier.offer))
        {
            doc.error_at(
                path!("offers", i, "offer"),
                Text::msg("scn-offer-shadowed").arg("rule", (i + 1) as i64).arg("earlier", (j + 1) as i64),
                Some(Text::msg("scn-offer-shadowed-hint")),
            );
        }
        any_good |= rule.rating == Rating::Good && rule.accepted;
    }
    if !any_good {
        doc.error_at(path!("offers"), Text::msg("scn-no-good-offer"), None);
    }
}

fn check_reply(doc: &mut Document, reply: &Reply, at: &[crate::load::spans::Seg]) {
    if reply.text.is_empty() || reply.text.iter().any(|t| t.trim().is_empty()) {
        doc.error_at(at, Text::msg("scn-reply-empty"), None);
    }
    if !(-50..=50).contains(&reply.mood) {
        doc.error_at(at, Text::msg("scn-reply-mood"), None);
    }
}
