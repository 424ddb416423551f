//! Over-promising: promises beyond what the writer's role may grant alone
//! (an amount above the authority limit of the policy, a discount above its
//! percentage), sooner than the case's solution can be done ("vandaag nog"
//! where the lead time is 3 working days), or that nobody can keep
//! ("dit gebeurt nooit meer", "gegarandeerd").

use super::lexicon::List;
use super::matcher::Scan;
use super::{Context, Verdict};
use crate::i18n::Arg;

/// A sum of money or a percentage written in the text.
struct Amount {
    token: usize,
    value: f64,
    percent: bool,
}

/// Reads "€ 75", "€75,50", "75 euro", "1.250,-", "20%", "20 procent".
fn amounts(scan: &Scan) -> Vec<Amount> {
    let text = scan.words.text;
    let t = scan.tokens();
    let mut out = Vec::new();
    for (i, w) in t.iter().enumerate() {
        if !w.folded.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let before = text[..w.span.start].trim_end();
        // The cents of "34,95" are read with the euros.
        let mut back = text[..w.span.start].chars().rev();
        if matches!(back.next(), Some(',' | '.')) && back.next().is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let written: String =
            text[w.span.start..].chars().take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',')).collect();
        let after = text[w.span.start + written.len()..].trim_start();
        let next = t.get(i + 1).map(|n| n.folded.as_str());
        let money = before.ends_with('€') || matches!(next, Some("euro" | "euros" | "eur" | "pounds"));
        let percent = after.starts_with('%') || matches!(next, Some("procent" | "percent"));
        if !money && !percent {
            continue;
        }
        let written = written.trim_end_matches(['.', ',']);
        // "1.250,50" (Dutch) and "1,250.50" (English): the last separator
        // followed by two digits is the decimal one.
        let (whole, cents) = match written.rfind(['.', ',']) {
            Some(k) if written.len() - k == 3 => (&written[..k], &written[k + 1..]),
            _ => (written, "0"),
        };
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        if let (Ok(a), Ok(b)) = (whole.parse::<f64>(), cents.parse::<f64>()) {
            out.push(Amount { token: i, value: a + b / 100.0, percent });
        }
    }
    out
}

pub fn judge(scan: &Scan, ctx: &Context) -> Verdict {
    if let Some(h) = scan.find(List::Overpromise).into_iter().find(|h| scan.negated(h).is_none()) {
        return Verdict::yes(scan.quote(h.from, h.to), "reply-over-promise-absolute");
    }
    for a in amounts(scan) {
        let s = scan.sentence_of(a.token);
        if scan.any_in(List::Payout, s.clone()).is_none() {
            continue;
        }
        let limit = if a.percent {
            ctx.authority.discount_percent.map(f64::from)
        } else {
            // The larger of the two limits: a refund or a voucher of this much
            // the role may give one way or the other.
            match (ctx.authority.refund_eur, ctx.authority.voucher_eur) {
                (Some(r), Some(v)) => Some(r.max(v)),
                _ => None,
            }
        };
        if let Some(limit) = limit.filter(|l| a.value > l + 1e-9) {
            let end = if a.token + 1 < s.end { a.token + 1 } else { a.token };
            let v = Verdict::yes(scan.quote(a.token, end), "reply-over-promise-authority");
            let limit = if a.percent { Arg::Str(format!("{limit}%")) } else { Arg::Money(limit) };
            return Verdict { reason: v.reason.arg("limit", limit), ..v };
        }
    }
    if let Some(case) = &ctx.case {
        let terms = super::fields::terms(scan);
        // "Ik stuur u vandaag een nieuwe jeans; die heeft u binnen 2
        // werkdagen": today is when it starts, not when it is done.
        let realistic = terms.iter().any(|(d, _)| *d >= case.expected_days);
        for (days, q) in terms.into_iter().filter(|_| !realistic) {
            if days < case.expected_days {
                let v = Verdict::yes(q, "reply-over-promise-too-soon");
                return Verdict { reason: v.reason.arg("days", case.expected_days), ..v };
            }
        }
    }
    Verdict::no(None, "reply-over-promise-no")
}
