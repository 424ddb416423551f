//! Blame: does the reply suggest the customer caused the problem, should
//! have known better, or is the only one complaining? Polite blame counts
//! ("wellicht heeft u het waslabel over het hoofd gezien"); a negated one
//! does not ("het ligt zeker niet aan u", "dit is niet uw schuld"), but
//! one inside an "ought to" phrase does not cancel it ("u had niet zo lang
//! moeten wachten").

use std::ops::Range;

use super::Verdict;
use super::lexicon::List;
use super::matcher::{Hit, Scan};

pub fn judge(scan: &Scan) -> Verdict {
    match first_in(scan, 0..scan.tokens().len()) {
        Some(h) => {
            let c = scan.clause_of(h.from);
            let quote = scan.quote(c.start.min(h.from), (c.end - 1).max(h.to));
            Verdict::yes(quote, "reply-blame-yes")
        }
        None => Verdict::no(None, "reply-blame-no"),
    }
}

/// The first blaming phrase in `range` that no negation reaches.
pub fn first_in(scan: &Scan, range: Range<usize>) -> Option<Hit> {
    scan.find_in(List::Blame, range).into_iter().find(|h| !cancelled(scan, h))
}

/// Whether a negation takes the blame away. One before or after the phrase
/// does ("dit is niet uw schuld"). One inside it belongs to what the
/// customer did: "u had niet zo lang moeten wachten" and the question "had u
/// niet eerder kunnen bellen?" still blame; only "u had het niet kunnen
/// weten" (could not have, said as a statement) excuses.
fn cancelled(scan: &Scan, h: &Hit) -> bool {
    let Some(k) = scan.negated(h) else {
        return false;
    };
    if !h.skipped.contains(&k) {
        return true;
    }
    let ought = scan.any_in(List::Ought, h.from..h.to + 1).is_some();
    !(ought || scan.is_question(h.from))
}
