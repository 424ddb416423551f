//! Blame: does the reply suggest the customer caused the problem, should
//! have known better, or is the only one complaining? Polite blame counts
//! ("wellicht heeft u het waslabel over het hoofd gezien"); a negated one
//! does not ("het ligt zeker niet aan u", "dit is niet uw schuld").

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
    scan.find_in(List::Blame, range).into_iter().find(|h| scan.negated(h).is_none())
}
