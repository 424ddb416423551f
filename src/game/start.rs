//! The start screen: name or pseudonym, group, language and mode; above
//! them, a session that was interrupted, to resume or to discard.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, tr};

use super::journal::Interruptions;
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
    /// The training plan chosen (its id); `None`: the first on offer.
    pub plan: Option<String>,
}

fn fill_form(settings: Res<Settings>, mut form: ResMut<StartForm>) {
    *form = StartForm {
        trainee: settings.trainee.clone(),
        group: settings.group.clone(),
        lang: settings.lang,
        mode: settings.mode,
        plan: None,
    };
}

fn ui(
    mut contexts: EguiContexts,
    mut form: ResMut<StartForm>,
    mut commands: MessageWriter<GameCommand>,
    interrupted: Res<Interruptions>,
    plans: Res<super::training::Plans>,
) -> Result {
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
            if interrupted_panel(ui, &interrupted, lang, &mut commands) {
                // The form waits until the interrupted session is answered.
                return;
            }
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
            if form.mode == Mode::Monthly {
                plan_choice(ui, lang, &plans, &mut form.plan);
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
    if go && form.mode == Mode::Monthly {
        // This month's plan (offered first) unless another was chosen.
        if let Some(plan) = form.plan.clone().or_else(|| plans.0.first().map(|p| p.id.clone())) {
            commands.write(GameCommand::BeginTraining {
                trainee: form.trainee.clone(),
                group: form.group.clone(),
                lang: form.lang,
                plan,
            });
        }
    } else if go {
        commands.write(GameCommand::Begin {
            trainee: form.trainee.clone(),
            group: form.group.clone(),
            lang: form.lang,
            mode: form.mode,
        });
    }
    Ok(())
}

/// The first interrupted session, with its two choices, and what became of
/// the last one; returns whether a session is on offer.
fn interrupted_panel(
    ui: &mut egui::Ui,
    found: &Interruptions,
    lang: Lang,
    commands: &mut MessageWriter<GameCommand>,
) -> bool {
    for w in &found.warnings {
        ui.label(egui::RichText::new(w.one_line(lang)).small().color(theme::MUTED));
    }
    for n in &found.notices {
        ui.label(n.render(lang));
    }
    if !found.notices.is_empty() || !found.warnings.is_empty() {
        ui.add_space(12.0);
    }
    let Some(offer) = found.offers.first() else { return false };
    let h = &offer.found.header;
    let scenario = offer.title.clone().unwrap_or_else(|| h.scenario.clone());
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.heading(tr(lang, "journal-offer-title"));
        let text = crate::i18n::Text::msg("journal-offer-text")
            .arg("trainee", h.trainee.clone())
            .arg("group", h.group.clone())
            .arg("scenario", scenario.clone())
            .arg("started", h.started.format("%d-%m-%Y %H:%M").to_string())
            .arg("count", offer.found.acts.len() as i64)
            .arg("last", offer.found.last.format("%H:%M").to_string());
        ui.label(text.render(lang));
        if offer.found.finished.is_some() {
            ui.label(tr(lang, "journal-offer-finished"));
        }
        if let Some(why) = &offer.blocked {
            ui.label(egui::RichText::new(why.text(&scenario).render(lang)).color(theme::MUTED));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let resume = egui::Button::new(theme::bold(tr(lang, "journal-resume"))).min_size(egui::vec2(200.0, 36.0));
            if ui.add_enabled(offer.blocked.is_none(), resume).clicked() {
                commands.write(GameCommand::ResumeInterrupted);
            }
            if ui.button(tr(lang, "journal-discard")).clicked() {
                commands.write(GameCommand::DiscardInterrupted);
            }
        });
    });
    true
}

/// The training plans on offer, this month's first (and chosen unless
/// another is).
fn plan_choice(ui: &mut egui::Ui, lang: Lang, plans: &super::training::Plans, chosen: &mut Option<String>) {
    ui.add_space(6.0);
    if plans.0.is_empty() {
        ui.label(egui::RichText::new(tr(lang, "training-no-plans")).color(theme::WARN));
        return;
    }
    ui.label(theme::bold(tr(lang, "training-choose-plan")));
    let current = chosen.clone().unwrap_or_else(|| plans.0[0].id.clone());
    for p in &plans.0 {
        let line = crate::i18n::Text::msg("training-plan-line")
            .arg("month", p.month.clone())
            .arg("theme", p.theme.clone())
            .arg("cases", p.cases.len() as i64)
            .arg("minutes", p.clock());
        if ui.radio(current == p.id, line.render(lang)).clicked() {
            *chosen = Some(p.id.clone());
        }
    }
}
