//! The case's facts in a reply: the customer's name, the order number and
//! the term. With a case they must be the case's own (and the term the one
//! its solution takes); without one, the reply is judged on form only (a
//! salutation with a name, a number that looks like an order, a term).

use super::lexicon::{List, PWord};
use super::matcher::Scan;
use super::{Context, Verdict};
use crate::model::{Rating, Scenario};
use crate::policy::Policy;

/// The working days of the case's first well-rated solution the customer
/// accepts: what a first reply should promise (0: today).
pub fn expected_days(s: &Scenario, policy: &Policy) -> u32 {
    let kind = s.offers.iter().find(|r| r.rating == Rating::Good && r.accepted).map(|r| r.offer.floor());
    kind.map_or(0, |k| policy.lead_times.of(&k, s.order.in_stock))
}

/// The small words of Dutch surnames, quoted with the name.
const NAME_PARTS: &[&str] = &["de", "van", "der", "den", "het", "ter", "ten", "'t", "in"];

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn with_arg(v: Verdict, name: &'static str, value: String) -> Verdict {
    Verdict { reason: v.reason.arg(name, value), ..v }
}

pub fn name(scan: &Scan, ctx: &Context) -> Verdict {
    let t = scan.tokens();
    // A salutation followed by a word that starts with a capital.
    // The salutation as written ("miss", not "missing"), and a name after it
    // that is no "I".
    let exact = |i: usize| {
        scan.lex
            .list(List::Salutation)
            .iter()
            .any(|p| matches!(&p.words[..], [PWord::Word { folded, .. }, ..] if *folded == t[i].folded))
    };
    let capital = |i: usize| scan.words.text[t[i].span.clone()].chars().next().is_some_and(char::is_uppercase);
    let saluted = scan.find(List::Salutation).into_iter().find_map(|h| {
        if !exact(h.from) {
            return None;
        }
        // "Beste mevrouw De Vries": past the titles, up to the last word of
        // the name.
        let mut k = h.to;
        while k + 1 < t.len() && !t[k].ends_sentence && (exact(k + 1) || NAME_PARTS.contains(&t[k + 1].folded.as_str()))
        {
            k += 1;
        }
        let mut last = None;
        while k + 1 < t.len()
            && !t[k].ends_sentence
            && capital(k + 1)
            && scan.any_in(List::Person, k + 1..k + 2).is_none()
        {
            k += 1;
            last = Some(k);
        }
        last.map(|l| scan.quote(h.from, l))
    });
    let Some(case) = &ctx.case else {
        return match saluted {
            Some(q) => Verdict::yes(q, "reply-name-given"),
            None => Verdict::no(None, "reply-name-missing"),
        };
    };
    let surname = case.customer_name.split_whitespace().last().map(crate::text::fold).unwrap_or_default();
    match t.iter().position(|w| w.folded == surname) {
        Some(i) => {
            // Back over "mevrouw De", "meneer Van der".
            let mut from = i;
            while from > 0
                && (NAME_PARTS.contains(&t[from - 1].folded.as_str())
                    || scan.any_in(List::Salutation, from - 1..from).is_some())
                && !t[from - 1].ends_sentence
            {
                from -= 1;
            }
            Verdict::yes(scan.quote(from, i), "reply-name-right")
        }
        None => with_arg(Verdict::no(saluted, "reply-name-wrong"), "expected", case.customer_name.clone()),
    }
}

pub fn order_number(scan: &Scan, ctx: &Context) -> Verdict {
    let t = scan.tokens();
    let Some(case) = &ctx.case else {
        // Something like an order number: a word with at least 5 digits.
        return match t.iter().position(|w| w.folded.chars().filter(char::is_ascii_digit).count() >= 5) {
            Some(i) => Verdict::yes(scan.quote(i, i), "reply-order-given"),
            None => Verdict::no(None, "reply-order-missing"),
        };
    };
    let want = alnum(&case.order_number);
    // The number as written in one or more words ("GS 2026 48213").
    for from in 0..t.len() {
        let mut joined = String::new();
        for (to, w) in t.iter().enumerate().skip(from).take(6) {
            joined.push_str(&alnum(&w.folded));
            if joined == want {
                return Verdict::yes(scan.quote(from, to), "reply-order-right");
            }
            if !want.starts_with(&joined) {
                break;
            }
        }
    }
    with_arg(Verdict::no(None, "reply-order-missing-case"), "expected", case.order_number.clone())
}

/// Every term the reply names, with its working days.
pub fn terms(scan: &Scan) -> Vec<(u32, String)> {
    let mut out: Vec<(usize, u32, String)> = Vec::new();
    for list in [List::Days, List::Soon] {
        for h in scan.find(list) {
            if let Some(v) = h.value {
                out.push((h.from, v, scan.quote(h.from, h.to)));
            }
        }
    }
    out.sort_by_key(|(i, ..)| *i);
    out.into_iter().map(|(_, v, q)| (v, q)).collect()
}

pub fn term(scan: &Scan, ctx: &Context) -> Verdict {
    let found = terms(scan);
    let Some(case) = &ctx.case else {
        return match found.into_iter().next() {
            Some((_, q)) => Verdict::yes(q, "reply-term-given"),
            None => Verdict::no(None, "reply-term-missing"),
        };
    };
    let expected = i64::from(case.expected_days);
    if let Some((_, q)) = found.iter().find(|(v, _)| i64::from(*v) == expected) {
        return Verdict::yes(q.clone(), "reply-term-right");
    }
    let v = match found.into_iter().next() {
        Some((_, q)) => Verdict::no(Some(q), "reply-term-wrong"),
        None => Verdict::no(None, "reply-term-missing-case"),
    };
    Verdict { reason: v.reason.arg("days", expected), ..v }
}
