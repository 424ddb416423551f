//! Writing in one's own words at the desk: on a written channel the reply
//! to the customer in a text field, started from a neutral template (a
//! greeting with the customer's name and a closing) that the trainee
//! edits; on every channel "in your own words" instead of picking the
//! summary or the acknowledgement. Sending makes `Action::Write`.
//!
//! While writing, the desk shows only what a mail tool could: the length
//! for the channel, the customer's name, the order number
//! (`sim::written::form_check`). Whether the text shows empathy, blames or
//! commits to something is judged in the debrief, after the case.

use bevy_egui::egui;

use crate::game::{Play, theme};
use crate::i18n::{Lang, Text, tr};
use crate::model::{Action, Written};
use crate::sim::written::{TEXT_CHARS, form_check, own_words_part};

use super::actions::DeskForms;

/// The reply's starting text: a greeting with the customer's name, room to
/// write, and a closing.
pub fn template(play: &Play, lang: Lang) -> String {
    let greeting = Text::msg("written-template-greeting").arg("name", play.loaded.scenario.customer.name.as_str());
    format!("{}\n\n\n\n{}", greeting.render(lang), tr(lang, "written-template-closing"))
}

fn text_field(ui: &mut egui::Ui, text: &mut String, rows: usize, id: &str) {
    let field = egui::TextEdit::multiline(text).id_salt(id).desired_rows(rows).desired_width(f32::INFINITY);
    ui.add(field.char_limit(TEXT_CHARS));
}

/// The reply field of a written channel, with its form check and a send
/// button; nothing on a live channel.
pub(super) fn reply(ui: &mut egui::Ui, lang: Lang, play: &Play, f: &mut DeskForms, act: &mut impl FnMut(Action)) {
    let s = &play.loaded.scenario;
    if s.channel.is_live() {
        return;
    }
    let start = template(play, lang);
    let reply = f.reply.get_or_insert_with(|| start.clone());
    ui.add_space(4.0);
    ui.label(theme::bold(tr(lang, "game-reply")));
    text_field(ui, reply, 7, "reply");
    // The check starts once the trainee writes: on the bare template it
    // would only say what is still to come.
    let checks = if *reply == start { Vec::new() } else { form_check(s, &play.loaded.policy, reply) };
    for (criterion, v) in checks {
        let (mark, colour) = if v.good(criterion) { ("✔", theme::GOOD) } else { ("•", theme::WARN) };
        let line = format!("{mark} {}: {}", tr(lang, criterion.msg()), v.reason.render(lang));
        ui.label(egui::RichText::new(line).small().color(colour));
    }
    if ui.button(theme::bold(tr(lang, "game-reply-send"))).clicked() {
        let text = f.reply.take().unwrap_or_default();
        act(Action::Write { part: Written::Reply, text });
    }
}

/// "In your own words" for the summary or the acknowledgement the open
/// moment asks for, folded away until the trainee opens it.
pub(super) fn own_words(ui: &mut egui::Ui, lang: Lang, play: &Play, f: &mut DeskForms, act: &mut impl FnMut(Action)) {
    let Some(part) = own_words_part(&play.loaded.scenario, &play.state) else { return };
    let heading = Text::msg("game-own-words").arg("part", crate::i18n::Arg::Msg(part.msg())).render(lang);
    egui::CollapsingHeader::new(heading).id_salt("own-words").default_open(false).show(ui, |ui| {
        text_field(ui, &mut f.own_words, 3, "own-words");
        let send = if play.loaded.scenario.channel.is_live() { "game-own-words-say" } else { "game-reply-send" };
        if ui.add_enabled(!f.own_words.trim().is_empty(), egui::Button::new(tr(lang, send))).clicked() {
            act(Action::Write { part, text: std::mem::take(&mut f.own_words) });
        }
    });
}
