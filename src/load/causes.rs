//! Checking a case's causal chain (`truth.causes`): 3 to 5 links, every
//! link after the symptom with words to find, no empty alternative, and a
//! `root_cause` that the chain's last link finds, so the chain and the
//! root cause the debrief names tell the same story.

use crate::i18n::Text;
use crate::model::Scenario;
use crate::model::causes::{MAX_LINKS, MIN_LINKS};
use crate::path;
use crate::rca::chain::Pattern;
use crate::text;

use super::document::Document;

pub(super) fn check(s: &Scenario, doc: &mut Document) {
    let chain = &s.truth.causes;
    let lang = crate::rca::lang(s);
    if chain.is_empty() {
        doc.error_at(path!("truth"), Text::msg("scn-causes-missing"), Some(Text::msg("scn-causes-hint")));
        return;
    }
    if !(MIN_LINKS..=MAX_LINKS).contains(&chain.len()) {
        doc.error_at(
            path!("truth", "causes"),
            Text::msg("scn-causes-count")
                .arg("count", chain.len() as i64)
                .arg("min", MIN_LINKS as i64)
                .arg("max", MAX_LINKS as i64),
            Some(Text::msg("scn-causes-hint")),
        );
    }
    let mut root = None;
    for (i, link) in chain.iter().enumerate() {
        if link.text.trim().is_empty() {
            doc.error_at(path!("truth", "causes", i, "text"), Text::msg("scn-empty-text").arg("field", "text"), None);
        }
        if i > 0 && link.find.is_empty() {
            doc.error_at(
                path!("truth", "causes", i),
                Text::msg("scn-cause-no-find").arg("n", i as i64 + 1),
                Some(Text::msg("scn-causes-hint")),
            );
            continue;
        }
        match Pattern::new(lang, &link.find) {
            Ok(p) => root = Some(p),
            Err(bad) => doc.error_at(
                path!("truth", "causes", i, "find", bad.entry),
                Text::msg("scn-cause-bad-find").arg("entry", link.find[bad.entry].as_str()),
                Some(Text::msg("scn-cause-bad-find-hint")),
            ),
        }
    }
    let last = chain.len() - 1;
    if let Some(p) = root.filter(|_| last > 0 && !chain[last].find.is_empty())
        && p.found_in(&text::words(lang, &s.truth.root_cause)).is_none()
    {
        doc.error_at(
            path!("truth", "causes", last, "find"),
            Text::msg("scn-cause-root-mismatch").arg("find", chain[last].find.join(", ")),
            Some(Text::msg("scn-cause-root-mismatch-hint")),
        );
    }
}
