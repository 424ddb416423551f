//! The desk's right-hand panel: every action, in the groups of
//! `sim::presentation` (conversation, investigation, file, solution,
//! afterwards, lesson), never under the lesson's step names; the lines the
//! conversation offers now, the values of the classification and the
//! offers in the session's seeded order. Buttons and form fields only; what
//! the forms mean is `actions`' job.

use std::ops::RangeInclusive;

use bevy_egui::egui;

use crate::game::{GameCommand, Play, theme};
use crate::i18n::{Lang, duration, tr};
use crate::model::*;
use crate::sim::limits::{CONTACT_HOURS, LATER_HOURS, LESSON_TEXT_CHARS, WAIT_MINUTES};
use crate::sim::presentation::{Group, offered_lines};

use super::actions::{DeskForms, offer_action, parse_number};

/// The keys that do an action at the desk; its button shows the key.
pub(super) const SHORTCUTS: &[(egui::Key, Action)] = &[
    (egui::Key::U, Action::LetFinish),
    (egui::Key::B, Action::ConfirmReceipt),
    (egui::Key::E, Action::TakeOwnership),
    (egui::Key::X, Action::Execute),
    (egui::Key::N, Action::FollowUp),
];

fn line_button(ui: &mut egui::Ui, text: &str) -> bool {
    ui.add(egui::Button::new(format!("«{text}»")).wrap().min_size(egui::vec2(ui.available_width(), 0.0))).clicked()
}

/// Full-width buttons, each with its menu text and the action it does,
/// and the action's keyboard shortcut if it has one.
fn plain_buttons(ui: &mut egui::Ui, lang: Lang, buttons: &[(&str, Action)], act: &mut impl FnMut(Action)) {
    for (label, action) in buttons {
        let mut b = egui::Button::new(tr(lang, label)).min_size(egui::vec2(ui.available_width(), 0.0));
        if let Some((key, _)) = SHORTCUTS.iter().find(|(_, a)| a == action) {
            b = b.shortcut_text(key.name());
        }
        if ui.add(b).clicked() {
            act(action.clone());
        }
    }
}

/// A button per line of the scenario, quoting it, in the session's order.
fn line_buttons(ui: &mut egui::Ui, s: &Scenario, order: &[usize], act: &mut impl FnMut(Action)) {
    for &i in order {
        let l = &s.lines[i];
        if line_button(ui, &l.text) {
            act(Action::Say(l.id.clone()));
        }
    }
}

/// A group's heading and contents, open from the start.
fn group(ui: &mut egui::Ui, lang: Lang, g: Group, contents: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(theme::bold(tr(lang, g.msg()))).default_open(true).show(ui, contents);
}

/// A grid row: the field's name and a drop-down of every value of the
/// term, in the order `values` gives.
fn combo_row<T: Term>(ui: &mut egui::Ui, lang: Lang, field: &str, id: &str, values: &[T], value: &mut Option<T>) {
    ui.label(tr(lang, field));
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.map_or_else(|| tr(lang, "game-pick"), |v| tr(lang, v.msg())))
        .width(190.0)
        .show_ui(ui, |ui| {
            for v in values {
                ui.selectable_value(value, Some(*v), tr(lang, v.msg()));
            }
        });
    ui.end_row();
}

/// A number field in a row: its label, the field with a hint, a button.
struct NumberRow<'a> {
    label: &'a str,
    hint: String,
    button: &'a str,
    range: RangeInclusive<u32>,
}

impl NumberRow<'_> {
    /// Shows the row; when its button is clicked, the number typed (within
    /// the row's range) or what is wrong with it.
    fn show(self, ui: &mut egui::Ui, lang: Lang, field: &mut String) -> Option<Result<u32, String>> {
        let mut typed = None;
        ui.horizontal(|ui| {
            ui.label(tr(lang, self.label));
            ui.add(egui::TextEdit::singleline(field).hint_text(self.hint).desired_width(50.0));
            if ui.button(tr(lang, self.button)).clicked() {
                typed = Some(parse_number(field, &self.range, lang));
            }
        });
        typed
    }
}

/// The panel's contents; every action chosen goes to `out`.
pub(super) fn show(ui: &mut egui::Ui, lang: Lang, play: &Play, f: &mut DeskForms, out: &mut Vec<GameCommand>) {
    let t = |id: &str| tr(lang, id);
    let s = &play.loaded.scenario;
    let st = &play.state;
    let mut act = |a: Action| out.push(GameCommand::Act(a));
    let hours = |label, button, range| NumberRow { label, hint: t("game-hours"), button, range };

    group(ui, lang, Group::Conversation, |ui| {
        plain_buttons(
            ui,
            lang,
            &[
                (s.channel.listening("menu-let-finish"), Action::LetFinish),
                (s.channel.listening("menu-interrupt"), Action::Interrupt),
            ],
            &mut act,
        );
        line_buttons(ui, s, &offered_lines(s, st, st.seed), &mut act);
        super::written::own_words(ui, lang, play, f, &mut act);
        super::written::reply(ui, lang, play, f, &mut act);
    });
    group(ui, lang, Group::Investigation, |ui| {
        ui.horizontal_wrapped(|ui| {
            for c in Check::ALL {
                let done = st.checks.contains_key(c);
                if ui.add(egui::Button::new(t(c.msg())).selected(done)).clicked() {
                    act(Action::Check(*c));
                }
            }
        });
        egui::Grid::new("classify").num_columns(2).show(ui, |ui| {
            let o = &play.orders;
            combo_row(ui, lang, "field-nature", "nature", &o.nature, &mut f.nature);
            combo_row(ui, lang, "field-category", "category", &o.category, &mut f.category);
            combo_row(ui, lang, "field-cause", "cause", &o.cause, &mut f.cause);
            combo_row(ui, lang, "field-verdict", "verdict", &o.verdict, &mut f.verdict);
            combo_row(ui, lang, "field-priority", "priority", &o.priority, &mut f.priority);
        });
        let classification = f.classification();
        if ui.add_enabled(classification.is_some(), egui::Button::new(t("menu-classify"))).clicked()
            && let Some(c) = classification
        {
            act(Action::Classify(c));
        }
    });
    group(ui, lang, Group::File, |ui| {
        plain_buttons(
            ui,
            lang,
            &[("menu-confirm-receipt", Action::ConfirmReceipt), ("menu-take-ownership", Action::TakeOwnership)],
            &mut act,
        );
        if let Some(typed) = hours("game-status-update", "game-send", CONTACT_HOURS).show(ui, lang, &mut f.status_hours)
        {
            f.hours_error = typed.map(|hours| act(Action::StatusUpdate { hours })).err();
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("menu-escalate")).clicked() {
                act(Action::Escalate);
            }
            if ui.button(t("menu-notify-management")).clicked() {
                act(Action::NotifyManagement);
            }
        });
    });
    group(ui, lang, Group::Solution, |ui| {
        ui.horizontal(|ui| {
            let shown = f.offer.as_ref().map_or_else(|| t("game-pick"), |o| o.label(s, lang));
            egui::ComboBox::from_id_salt("offer-kind").selected_text(shown).width(360.0).show_ui(ui, |ui| {
                for o in &play.orders.offers {
                    ui.selectable_value(&mut f.offer, Some(*o), o.label(s, lang));
                }
            });
            let hint = match f.offer.map_or(OfferInput::Nothing, |o| o.choice.input()) {
                OfferInput::Nothing => None,
                OfferInput::Euro => Some("€"),
                OfferInput::Percent => Some("%"),
            };
            if let Some(hint) = hint {
                ui.add(egui::TextEdit::singleline(&mut f.amount).hint_text(hint).desired_width(70.0));
            }
        });
        // The policy's lead time of the chosen kind, next to where the term
        // is promised: a promise shorter than it is broken before it is made.
        if let Some(o) = f.offer {
            let lead = crate::score::lead_time(&play.loaded.policy, s, o.choice).render(lang);
            ui.label(egui::RichText::new(lead).small().color(theme::MUTED));
        }
        ui.horizontal(|ui| {
            ui.label(t("game-days"));
            ui.add(egui::TextEdit::singleline(&mut f.days).hint_text("2").desired_width(40.0));
            if ui.button(theme::bold(t("game-make-offer"))).clicked() {
                match offer_action(f, s, lang) {
                    Ok(a) => {
                        f.offer_error = None;
                        act(a);
                    }
                    Err(e) => f.offer_error = Some(e),
                }
            }
        });
        if let Some(e) = &f.offer_error {
            ui.label(egui::RichText::new(e).color(theme::BAD));
        }
    });
    group(ui, lang, Group::Afterwards, |ui| {
        plain_buttons(
            ui,
            lang,
            &[("menu-execute", Action::Execute), ("menu-follow-up", Action::FollowUp), ("menu-close", Action::Close)],
            &mut act,
        );
        for (label, field, make) in [
            ("game-csat-after", &mut f.csat_hours, (|hours| Action::SendCsat { hours }) as fn(u32) -> Action),
            ("game-senior-after", &mut f.senior_hours, |hours| Action::SeniorFollowUp { hours }),
        ] {
            if let Some(typed) = hours(label, "game-do", LATER_HOURS).show(ui, lang, field) {
                f.hours_error = typed.map(|h| act(make(h))).err();
            }
        }
        if let Some(e) = &f.hours_error {
            ui.label(egui::RichText::new(e).color(theme::BAD));
        }
    });
    group(ui, lang, Group::Lesson, |ui| {
        egui::Grid::new("lesson").num_columns(2).show(ui, |ui| {
            combo_row(ui, lang, "field-category", "lesson-category", Category::ALL, &mut f.lesson_category);
            combo_row(ui, lang, "field-cause", "lesson-cause", Cause::ALL, &mut f.lesson_cause);
        });
        for (label, text) in [("tui-ask-root-cause", &mut f.root_cause), ("tui-ask-correction", &mut f.correction)] {
            ui.label(t(label));
            let field = egui::TextEdit::multiline(text).desired_rows(2).desired_width(f32::INFINITY);
            ui.add(field.char_limit(LESSON_TEXT_CHARS));
        }
        let ready = f.lesson_category.is_some() && f.lesson_cause.is_some();
        if ui.add_enabled(ready, egui::Button::new(t("menu-lesson"))).clicked()
            && let Some(a) = f.lesson()
        {
            act(a);
        }
        ui.separator();
        // Whether the case needs a root-cause analysis is the trainee's
        // call: the field is always there, and the next question shows
        // once the first answer is in (the engine refuses, with the
        // reason, where none is needed).
        let whys = st.whys();
        ui.label(t("menu-why"));
        if !whys.is_empty()
            && let Some(q) = crate::rca::question(s, &whys)
        {
            ui.label(egui::RichText::new(q.render(lang)).italics());
        }
        let field = egui::TextEdit::singleline(&mut f.why).desired_width(f32::INFINITY);
        ui.add(field.char_limit(LESSON_TEXT_CHARS));
        if ui.add_enabled(!f.why.trim().is_empty(), egui::Button::new(t("game-why-answer"))).clicked() {
            act(Action::Why { text: std::mem::take(&mut f.why) });
        }
    });
    egui::CollapsingHeader::new(theme::bold(t("tui-other"))).default_open(false).show(ui, |ui| {
        let wait = NumberRow { label: "menu-wait", hint: "min".into(), button: "game-do", range: WAIT_MINUTES };
        // A wait that is not a whole number in range does nothing, as it
        // always did: the hint says what the field takes.
        if let Some(Ok(minutes)) = wait.show(ui, lang, &mut f.wait_minutes) {
            act(Action::Wait { minutes });
        }
        ui.label(egui::RichText::new(duration(lang, (st.now - st.start).num_minutes())).small().color(theme::MUTED));
    });
}
