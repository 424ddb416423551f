//! The self-assessment screen, between the desk and the debrief: before
//! the score is shown, the trainee rates their own handling of each step
//! with one click (goed / kon beter / niet gedaan). The score button opens
//! once every step is rated; skipping is allowed and logged as skipped.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Text, tr};
use crate::model::Step;
use crate::score::self_assessment::SelfRating;

use super::{GameCommand, Outcome, Screen, Settings, theme, widgets};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::SelfAssessment).and_then(resource_exists::<theme::FontsReady>)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    outcome: Option<Res<Outcome>>,
    settings: Res<Settings>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let Some(o) = outcome else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let left = o.ratings.iter().filter(|r| r.is_none()).count();
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    egui::Panel::top("self-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.heading(Text::msg("self-title").arg("title", o.debrief.title.as_str()).render(lang));
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.add_space(8.0);
        ui.set_max_width(820.0);
        ui.label(egui::RichText::new(t("self-intro")).size(16.0));
        ui.add_space(14.0);
        egui::Grid::new("self-ratings").num_columns(4).spacing([14.0, 10.0]).striped(true).show(ui, |ui| {
            ui.label(theme::bold(t("self-column-step")));
            ui.label(theme::bold(t("self-column-own")));
            ui.end_row();
            for step in Step::ALL {
                ui.label(theme::bold(t(step.msg())).size(16.0));
                for r in SelfRating::ALL {
                    let chosen = o.ratings[step.index()] == Some(r);
                    // The chosen answer stands out in the trainee's colour.
                    let button = if chosen {
                        let text = egui::RichText::new(format!("✔ {}", t(r.msg()))).size(15.0).strong();
                        egui::Button::new(text.color(egui::Color32::WHITE)).fill(theme::TRAINEE)
                    } else {
                        egui::Button::new(egui::RichText::new(t(r.msg())).size(15.0))
                    };
                    let button = button.min_size(egui::vec2(130.0, 30.0));
                    if ui.add(button).clicked() {
                        out.push(GameCommand::Rate(*step, r));
                    }
                }
                ui.end_row();
            }
        });
        ui.add_space(16.0);
        let status =
            if left == 0 { t("self-all-rated") } else { Text::msg("self-left").arg("count", left as i64).render(lang) };
        ui.label(egui::RichText::new(status).color(if left == 0 { theme::GOOD } else { theme::MUTED }));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let show =
                egui::Button::new(theme::bold(t("self-show-score")).size(17.0)).min_size(egui::vec2(200.0, 36.0));
            if ui.add_enabled(left == 0, show).clicked() {
                out.push(GameCommand::ShowScore);
            }
            ui.add_space(24.0);
            if ui.button(t("self-skip")).clicked() {
                out.push(GameCommand::SkipSelfAssessment);
            }
        });
        ui.label(egui::RichText::new(t("self-skip-hint")).small().color(theme::MUTED));
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}
