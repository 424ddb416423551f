//! Style for the channel: jargon a customer does not know, and a length
//! that fits where the reply goes (a wall of text on social media, a
//! one-liner in an e-mail).

use super::lexicon::List;
use super::matcher::Scan;
use super::{Context, Verdict};
use crate::model::Channel;

/// Most words a public reply on social media should have: it is read on a
/// phone, between other posts.
const SOCIAL_MAX: usize = 60;
/// Fewest words of an e-mail or web-form reply: fewer reads as a brush-off
/// and cannot hold name, empathy, solution and next step.
const WRITTEN_MIN: usize = 25;
/// Most words to say in one go on the phone or at the desk.
const SPOKEN_MAX: usize = 120;

pub fn jargon(scan: &Scan) -> Verdict {
    let hits = scan.find(List::Jargon);
    if hits.is_empty() {
        return Verdict::no(None, "reply-jargon-no");
    }
    let words: Vec<String> = hits.iter().map(|h| scan.quote(h.from, h.to)).collect();
    Verdict::yes(words.join("\", \""), "reply-jargon-yes")
}

pub fn length(scan: &Scan, ctx: &Context) -> Verdict {
    let n = scan.tokens().len();
    let (id, fits) = match ctx.channel {
        None => ("reply-length-no-channel", true),
        Some(Channel::SocialMedia) if n > SOCIAL_MAX => ("reply-length-too-long", false),
        Some(Channel::Email | Channel::WebForm) if n < WRITTEN_MIN => ("reply-length-too-short", false),
        Some(Channel::Phone | Channel::Store) if n > SPOKEN_MAX => ("reply-length-too-long", false),
        Some(_) => ("reply-length-fits", true),
    };
    let limit = match ctx.channel {
        Some(Channel::SocialMedia) => SOCIAL_MAX,
        Some(Channel::Email | Channel::WebForm) => WRITTEN_MIN,
        _ => SPOKEN_MAX,
    };
    let channel = ctx.channel.map_or("", Channel::msg);
    let reason = crate::i18n::Text::msg(id)
        .arg("words", n as i64)
        .arg("limit", limit as i64)
        .arg("channel", crate::i18n::Arg::Msg(channel));
    Verdict { found: fits, quote: None, reason }
}
