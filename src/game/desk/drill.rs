//! The template drill at the desk: a modal with the five parts of a first
//! answer to fill in within the drill's time, then its score item by item.

use bevy::prelude::Resource;
use bevy_egui::egui;

use crate::i18n::{Lang, Text, tr};

use crate::game::{GameCommand, Play, theme, widgets};

/// The template drill's fields.
#[derive(Resource, Default)]
pub struct DrillForm {
    pub answer: crate::drill::Answer,
}

pub(super) fn drill_modal(
    ctx: &egui::Context,
    lang: Lang,
    play: &Play,
    started: std::time::Instant,
    form: &mut DrillForm,
    out: &mut Vec<GameCommand>,
) {
    let t = |id: &str| tr(lang, id);
    egui::Modal::new(egui::Id::new("drill")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(t("game-drill-title"));
        ui.label(t("game-drill-intro"));
        ui.label(egui::RichText::new(t("drill-template")).italics().color(theme::MUTED));
        match &play.drill {
            None => {
                let left = crate::drill::LIMIT_SECONDS - started.elapsed().as_secs_f64();
                let colour = widgets::time_left_colour(left, 0.0, 10.0);
                let text = Text::msg("game-drill-seconds").arg("seconds", left.ceil() as i64).render(lang);
                ui.label(theme::bold(text).size(20.0).color(colour));
                ctx.request_repaint_after(std::time::Duration::from_millis(200));
                fields(ui, lang, &mut form.answer);
                if ui.button(theme::bold(t("game-drill-submit"))).clicked() {
                    out.push(GameCommand::SubmitDrill(form.answer.clone()));
                }
            }
            Some(r) => {
                result(ui, lang, r);
                if ui.button(t("game-drill-close")).clicked() {
                    out.push(GameCommand::CloseDrill);
                }
            }
        }
    });
}

/// The drill's five fields.
pub fn fields(ui: &mut egui::Ui, lang: Lang, a: &mut crate::drill::Answer) {
    egui::Grid::new("drill-fields").num_columns(2).show(ui, |ui| {
        for (label, field) in [
            ("game-drill-name", &mut a.customer_name),
            ("game-drill-order", &mut a.order_number),
            ("game-drill-term", &mut a.term),
            ("game-drill-empathy", &mut a.empathy),
            ("game-drill-next", &mut a.next_step),
        ] {
            ui.label(tr(lang, label));
            ui.add(egui::TextEdit::singleline(field).desired_width(420.0));
            ui.end_row();
        }
    });
}

/// The drill's score, item by item.
pub fn result(ui: &mut egui::Ui, lang: Lang, r: &crate::drill::DrillResult) {
    let score = Text::msg("game-drill-score").arg("acknowledge", r.acknowledge).arg("offer", r.offer);
    ui.label(theme::bold(score.render(lang)).size(18.0));
    for item in &r.items {
        let colour = widgets::points_colour(item.points);
        ui.horizontal(|ui| {
            ui.label(theme::bold(format!("{:+}", item.points)).color(colour));
            ui.label(item.reason.render(lang));
        });
    }
}
