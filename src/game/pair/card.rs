//! The customer's role card, before each case: first a cover that asks to
//! hand the screen to the customer (the employee must not read it), then
//! the card itself (`classroom::RoleCard`): the situation, what the
//! customer wants and how they react, the facts to give only when asked
//! well, and how to escalate when interrupted or blamed.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::classroom::RoleCard;
use crate::i18n::{Lang, Text, tr};

use super::super::{CaseLibrary, Countdown, GameCommand, Screen, theme, widgets};
use super::{Exercise, PairCommand};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::RoleCard).and_then(resource_exists::<theme::FontsReady>)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    lib: Res<CaseLibrary>,
    shown: super::Shown,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let super::Shown { settings, countdown, pair, .. } = shown;
    let Some(x) = &pair.exercise else { return Ok(()) };
    let Some(loaded) = lib.0.get(x.case()) else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    top_bar(&mut root, "pair-card-top", lang, x, countdown.as_deref());
    if x.card_shown {
        // The way on stays in sight, however long the card.
        egui::Panel::bottom("pair-card-bottom").show(&mut root, |ui| {
            ui.add_space(6.0);
            let hand = Text::msg("pair-hand-to-employee").arg("employee", x.employee()).render(lang);
            ui.label(theme::bold(hand));
            let desk = egui::Button::new(theme::bold(t("pair-to-desk"))).min_size(egui::vec2(200.0, 34.0));
            if ui.add(desk).clicked() {
                out.push(GameCommand::Pair(PairCommand::ToDesk));
            }
            ui.add_space(6.0);
        });
    }
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            if !x.card_shown {
                ui.add_space(40.0);
                ui.vertical_centered(|ui| {
                    let hand = Text::msg("pair-hand-to-customer").arg("customer", x.customer());
                    ui.heading(hand.render(lang));
                    ui.label(Text::msg("pair-card-private").arg("employee", x.employee()).render(lang));
                    ui.add_space(16.0);
                    let show = Text::msg("pair-card-show").arg("customer", x.customer()).render(lang);
                    if ui.add(egui::Button::new(theme::bold(show)).min_size(egui::vec2(260.0, 40.0))).clicked() {
                        out.push(GameCommand::Pair(PairCommand::ShowCard));
                    }
                });
                return;
            }
            ui.set_max_width(980.0);
            role_card(ui, lang, &RoleCard::of(&loaded.scenario, lang));
        });
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}

/// The card's sections, as headings with their text.
fn role_card(ui: &mut egui::Ui, lang: Lang, card: &RoleCard) {
    let t = |id: &str| tr(lang, id);
    ui.heading(Text::msg("pair-card-title").arg("customer", card.customer.as_str()).render(lang));
    ui.label(egui::RichText::new(&card.case_title).color(theme::MUTED));
    ui.add_space(8.0);
    for (heading, text) in
        [("pair-card-situation", &card.situation), ("pair-card-wants", &card.wants), ("pair-card-reacts", &card.reacts)]
    {
        ui.label(theme::bold(t(heading)));
        ui.label(text);
        ui.add_space(6.0);
    }
    ui.label(theme::bold(t("pair-card-reveal")));
    for r in &card.reveal {
        ui.horizontal_top(|ui| {
            ui.label("•");
            ui.vertical(|ui| {
                ui.label(&r.fact);
                ui.label(egui::RichText::new(&r.when).small().color(theme::MUTED));
            });
        });
    }
    ui.add_space(6.0);
    ui.label(theme::bold(t("pair-card-escalate")));
    for e in &card.escalate {
        ui.label(format!("• {e}"));
    }
}

/// The top bar of every pair screen: who plays what, and the time left.
pub(super) fn top_bar(root: &mut egui::Ui, id: &str, lang: Lang, x: &Exercise, countdown: Option<&Countdown>) {
    egui::Panel::top(id.to_owned()).show(root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(tr(lang, "pair-title"));
            ui.label(theme::bold(x.roles().render(lang)));
            if let Some(c) = countdown {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(theme::bold(widgets::countdown_text(lang, c.left())));
                });
            }
        });
        ui.add_space(4.0);
    });
}
