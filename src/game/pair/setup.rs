//! The pair's setup: the second student's name, a third who observes (if
//! any), and a case per verdict from the library (the pair's own cases
//! among them), or "kies voor ons". The first name is the start screen's.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Text, tr};
use crate::model::Verdict;

use super::super::{CaseLibrary, Countdown, GameCommand, Screen, Settings, theme, widgets};
use super::{PairCommand, PairState, offered};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::PairSetup).and_then(resource_exists::<theme::FontsReady>)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    lib: Res<CaseLibrary>,
    settings: Res<Settings>,
    countdown: Option<Res<Countdown>>,
    mut pair: ResMut<PairState>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    let form = &mut pair.form;
    egui::Panel::top("pair-setup-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t("game-back")).clicked() {
                out.push(GameCommand::Restart);
            }
            ui.heading(t("pair-setup-title"));
            if let Some(c) = &countdown {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(theme::bold(widgets::countdown_text(lang, c.left())));
                });
            }
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.label(t("pair-setup-intro"));
            ui.add_space(10.0);
            egui::Grid::new("pair-names").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
                ui.label(t("pair-first"));
                ui.label(theme::bold(&settings.trainee));
                ui.end_row();
                ui.label(t("pair-second"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.second).hint_text(t("game-name-hint")).desired_width(320.0),
                );
                ui.end_row();
                ui.label(t("pair-third"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.observer).hint_text(t("pair-third-hint")).desired_width(320.0),
                );
                ui.end_row();
            });
            ui.add_space(14.0);
            ui.horizontal(|ui| {
                ui.label(theme::bold(t("pair-cases")));
                if ui.button(t("pair-draw")).clicked() {
                    out.push(GameCommand::Pair(PairCommand::Draw));
                }
            });
            ui.add_space(6.0);
            egui::Grid::new("pair-cases").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
                for v in Verdict::ALL {
                    ui.label(theme::bold(Text::msg("pair-case-for").arg("verdict", t(v.msg())).render(lang)));
                    let cases = offered(&lib.0, lang, *v);
                    let chosen = form.cases.get(v).and_then(|id| lib.0.get(id)).map(|l| l.scenario.title.clone());
                    egui::ComboBox::from_id_salt(("pair-case", *v))
                        .width(520.0)
                        .selected_text(chosen.unwrap_or_else(|| t("pair-case-none")))
                        .show_ui(ui, |ui| {
                            for l in cases {
                                let s = &l.scenario;
                                let picked = form.cases.get(v) == Some(&s.id);
                                if ui.selectable_label(picked, &s.title).clicked() {
                                    out.push(GameCommand::Pair(PairCommand::Pick(s.id.clone())));
                                }
                            }
                        });
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(egui::RichText::new(t("pair-swap-note")).color(theme::MUTED));
            ui.add_space(12.0);
            if let Some(why) = &form.refused {
                ui.label(egui::RichText::new(format!("⚠ {}", why.render(lang))).color(theme::BAD));
            }
            let start = egui::Button::new(theme::bold(t("pair-start"))).min_size(egui::vec2(220.0, 36.0));
            if ui.add(start).clicked() {
                let mut cases = [Verdict::Grounded, Verdict::Doubtful, Verdict::Unfounded]
                    .map(|v| form.cases.get(&v).cloned().unwrap_or_default());
                // Played in a random order: were it always grounded first,
                // the order alone would tell the employee each verdict.
                rand::seq::SliceRandom::shuffle(&mut cases[..], &mut rand::rng());
                out.push(GameCommand::Pair(PairCommand::Start {
                    names: [settings.trainee.clone(), form.second.clone()],
                    observer: form.observer.clone(),
                    cases,
                }));
            }
        });
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}
