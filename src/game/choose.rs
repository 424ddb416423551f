//! The case list: every scenario as a queue shows a new complaint (its
//! title, channel, customer and when it came in) and its difficulty, with
//! filters; a broken scenario is listed with its problem. Nothing here
//! names the category, cause or verdict: finding those out is the case.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, Text, time, tr};
use crate::model::{Channel, Scenario};

use super::{CaseLibrary, Countdown, GameCommand, Screen, Settings, theme, widgets};

pub fn plugin(app: &mut App) {
    app.init_resource::<Filters>().add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Choose).and_then(resource_exists::<theme::FontsReady>)),
    );
}

#[derive(Resource, Default)]
pub struct Filters {
    pub channel: Option<Channel>,
    pub difficulty: Option<u8>,
    pub search: String,
    /// Also list cases written in another language than the interface's.
    pub other_languages: bool,
}

impl Filters {
    fn keep(&self, s: &Scenario, lang: Lang) -> bool {
        let q = self.search.to_lowercase();
        (self.other_languages || s.language == lang.code())
            && self.channel.is_none_or(|c| c == s.channel)
            && self.difficulty.is_none_or(|d| d == s.difficulty)
            && (q.is_empty() || s.title.to_lowercase().contains(&q) || s.customer.name.to_lowercase().contains(&q))
    }
}

fn stars(d: u8) -> String {
    format!("{}{}", "★".repeat(d as usize), "☆".repeat(3usize.saturating_sub(d as usize)))
}

/// What the case list shows: the library, the player's settings, the
/// monthly queue and the exercise's countdown.
#[derive(SystemParam)]
struct Shown<'w> {
    lib: Res<'w, CaseLibrary>,
    settings: Res<'w, Settings>,
    countdown: Option<Res<'w, Countdown>>,
}

fn ui(
    mut contexts: EguiContexts,
    shown: Shown,
    mut filters: ResMut<Filters>,
    mut commands: MessageWriter<GameCommand>,
) -> Result {
    let Shown { lib, settings, countdown } = shown;
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut root = widgets::root(ctx);
    egui::Panel::top("choose-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t("game-back")).clicked() {
                commands.write(GameCommand::Restart);
            }
            ui.heading(t("game-choose-title"));
            if ui.button(t("game-make-own-case")).clicked() {
                commands.write(GameCommand::Editor(super::editor::EditorCommand::Open));
            }
            if let Some(c) = &countdown {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(theme::bold(widgets::countdown_text(lang, c.left())));
                });
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(t("game-filter-channel"));
            egui::ComboBox::from_id_salt("channel")
                .selected_text(filters.channel.map_or_else(|| t("game-all"), |c| t(c.msg())))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filters.channel, None, t("game-all"));
                    for c in Channel::ALL {
                        ui.selectable_value(&mut filters.channel, Some(*c), t(c.msg()));
                    }
                });
            ui.label(t("game-filter-difficulty"));
            egui::ComboBox::from_id_salt("difficulty")
                .selected_text(filters.difficulty.map_or_else(|| t("game-all"), stars))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filters.difficulty, None, t("game-all"));
                    for d in 1..=3 {
                        ui.selectable_value(&mut filters.difficulty, Some(d), stars(d));
                    }
                });
            ui.label(t("game-filter-search"));
            ui.add(egui::TextEdit::singleline(&mut filters.search).desired_width(200.0));
            if lib.0.scenarios.iter().any(|s| s.scenario.language != lang.code()) {
                ui.checkbox(&mut filters.other_languages, t("game-filter-other-languages"));
            }
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            let shown: Vec<_> = lib.0.scenarios.iter().filter(|s| filters.keep(&s.scenario, lang)).collect();
            if shown.is_empty() {
                ui.label(t("game-no-cases"));
            }
            for loaded in shown {
                let s = &loaded.scenario;
                let frame = egui::Frame::group(ui.style()).fill(egui::Color32::WHITE);
                frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.vertical(|ui| {
                            ui.set_width(ui.available_width() - 140.0);
                            ui.label(theme::bold(&s.title));
                            let mut about = format!(
                                "{} · {} · {} · {}",
                                t(s.channel.msg()),
                                s.customer.name,
                                time(lang, s.received),
                                stars(s.difficulty)
                            );
                            if let Some(a) = &s.author {
                                about += &format!(
                                    " · {}",
                                    Text::msg("game-case-author").arg("author", a.clone()).render(lang)
                                );
                            }
                            ui.label(egui::RichText::new(about).color(theme::MUTED));
                        });
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let b = egui::Button::new(theme::bold(t("game-play"))).min_size(egui::vec2(110.0, 32.0));
                            if ui.add(b).clicked() {
                                commands.write(GameCommand::Choose(s.id.clone()));
                            }
                        });
                    });
                });
                ui.add_space(4.0);
            }
            for (path, diags) in &lib.0.broken {
                egui::Frame::group(ui.style()).fill(egui::Color32::from_rgb(253, 236, 234)).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let name = path
                        .file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                    ui.label(
                        theme::bold(Text::msg("game-broken-case").arg("file", name).render(lang)).color(theme::BAD),
                    );
                    for d in diags.iter().take(3) {
                        ui.label(egui::RichText::new(d.one_line(lang)).small());
                    }
                });
                ui.add_space(4.0);
            }
        });
    });
    Ok(())
}
