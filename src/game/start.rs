//! The start screen: name or pseudonym, group, language and mode.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, tr};

use super::{GameCommand, Mode, Screen, Settings, theme, widgets};

pub fn plugin(app: &mut App) {
    app.init_resource::<StartForm>().add_systems(OnEnter(Screen::Start), fill_form).add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Start).and_then(resource_exists::<theme::FontsReady>)),
    );
}

/// What the trainee has typed so far.
#[derive(Resource, Default)]
pub struct StartForm {
    pub trainee: String,
    pub group: String,
    pub lang: Lang,
    pub mode: Mode,
}

fn fill_form(settings: Res<Settings>, mut form: ResMut<StartForm>) {
    *form = StartForm {
        trainee: settings.trainee.clone(),
        group: settings.group.clone(),
        lang: settings.lang,
        mode: settings.mode,
    };
}

fn ui(mut contexts: EguiContexts, mut form: ResMut<StartForm>, mut commands: MessageWriter<GameCommand>) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = widgets::root(ctx);
    let lang = form.lang;
    let t = |id: &str| tr(lang, id);
    let mut go = false;
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(620.0);
            ui.add_space(24.0);
            ui.heading(t("game-title"));
            ui.label(t("game-intro"));
            ui.add_space(16.0);
            egui::Grid::new("start-form").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
                ui.label(t("game-name"));
                let name = ui.add(
                    egui::TextEdit::singleline(&mut form.trainee).hint_text(t("game-name-hint")).desired_width(320.0),
                );
                if form.trainee.is_empty() && !name.has_focus() && ui.memory(|m| m.focused().is_none()) {
                    name.request_focus();
                }
                ui.end_row();
                ui.label(t("game-group"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.group).hint_text(t("game-group-hint")).desired_width(320.0),
                );
                ui.end_row();
                ui.label(t("game-language"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut form.lang, Lang::Nl, "Nederlands");
                    ui.radio_value(&mut form.lang, Lang::En, "English");
                });
                ui.end_row();
            });
            ui.add_space(12.0);
            ui.label(theme::bold(t("game-mode")));
            for (mode, title, text) in [
                (Mode::Single, "game-mode-single", "game-mode-single-text"),
                (Mode::Classroom, "game-mode-classroom", "game-mode-classroom-text"),
                (Mode::Monthly, "game-mode-monthly", "game-mode-monthly-text"),
            ] {
                ui.radio_value(&mut form.mode, mode, theme::bold(t(title)));
                ui.label(egui::RichText::new(t(text)).small().color(theme::MUTED));
            }
            ui.add_space(16.0);
            let button = egui::Button::new(theme::bold(t("game-continue"))).min_size(egui::vec2(200.0, 36.0));
            go = ui.add(button).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(8.0);
            ui.label(egui::RichText::new(t("game-privacy")).small().color(theme::MUTED));
            ui.add_space(16.0);
            if ui.button(t("game-trainer-open")).clicked() {
                commands.write(GameCommand::Trainer);
            }
        });
    });
    if go {
        commands.write(GameCommand::Begin {
            trainee: form.trainee.clone(),
            group: form.group.clone(),
            lang: form.lang,
            mode: form.mode,
        });
    }
    Ok(())
}
