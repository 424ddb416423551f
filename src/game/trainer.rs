//! The trainer's screen: the class overview of the log (the same figures as
//! `klachtsim review`) and, for a chosen trainee, their detail.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Text, tr};
use crate::log::Record;
use crate::model::Step;
use crate::review::table::{alert_text, kpi_rows, num, rule_name};
use crate::review::{Filter, Overview, overview};

use super::{GameCommand, Screen, Settings, theme, widgets};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Trainer).and_then(resource_exists::<theme::FontsReady>)),
    );
}

/// The log as read when the screen opened (or refreshed).
#[derive(Resource, Default)]
pub struct TrainerData {
    pub records: Vec<Record>,
    /// Skipped lines and unreadable files, in words.
    pub problems: Vec<String>,
    pub group: String,
    /// The trainee whose detail is shown: (group, name).
    pub selected: Option<(String, String)>,
    /// KPI targets of the library's policy.
    pub targets: crate::policy::KpiTargets,
    /// The overview for `group` as last computed: recomputed only when the
    /// filter changes, not every frame.
    cached: Option<(String, Overview)>,
}

impl TrainerData {
    fn overview(&mut self) -> Overview {
        let group = self.group.trim().to_owned();
        if self.cached.as_ref().is_none_or(|(g, _)| *g != group) {
            let filter = Filter { group: (!group.is_empty()).then(|| group.clone()), ..Filter::default() };
            self.cached = Some((group, overview(&self.records, &filter, &self.targets)));
        }
        self.cached.as_ref().map(|(_, o)| o.clone()).expect("just computed")
    }
}

/// Reads the log named in the settings.
pub fn load(mut commands: Commands, settings: Res<Settings>) {
    let mut data = TrainerData::default();
    // A broken policy file is shown on the screen as plain text (no terminal
    // colours); the figures are then held to the built-in targets.
    match crate::load::policy_or_default(None) {
        Ok(p) => data.targets = p.kpi,
        Err(ds) => data.problems.extend(ds.iter().map(|d| d.render(settings.lang, false))),
    }
    match &settings.log {
        None => data.problems.push(tr(settings.lang, "game-trainer-no-log")),
        Some(path) => {
            let (records, warnings, errors) =
                crate::log::read_all_with(std::slice::from_ref(path), crate::log::Detail::Summary);
            data.records = records;
            data.problems.extend(warnings.iter().map(|w| w.one_line(settings.lang)));
            data.problems
                .extend(errors.iter().map(|e| format!("{}: {}", e.path.display(), e.message.render(settings.lang))));
        }
    }
    commands.insert_resource(data);
}

fn ui(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    data: Option<ResMut<TrainerData>>,
    mut writer: MessageWriter<GameCommand>,
    mut commands: Commands,
) -> Result {
    let Some(mut data) = data else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let targets = data.targets.clone();
    let o = data.overview();
    let mut root = widgets::root(ctx);
    egui::Panel::top("trainer-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t("game-back")).clicked() {
                writer.write(GameCommand::Restart);
            }
            ui.heading(Text::msg("review-title").arg("sessions", o.sessions as i64).render(lang));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t("game-refresh")).clicked() {
                    commands.run_system_cached(load);
                }
                ui.add(
                    egui::TextEdit::singleline(&mut data.group).desired_width(120.0).hint_text(t("review-col-group")),
                );
                ui.label(t("game-filter-group"));
            });
        });
        for p in data.problems.iter().take(3) {
            ui.label(egui::RichText::new(p).small().color(theme::BAD));
        }
        ui.add_space(4.0);
    });
    if o.sessions == 0 {
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.label(t("review-none"));
        });
        return Ok(());
    }
    egui::Panel::left("trainer-class").exact_size(560.0).show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("class").show(ui, |ui| {
            ui.label(theme::bold(t("review-kpis")));
            egui::Grid::new("kpis").striped(true).num_columns(3).show(ui, |ui| {
                for (id, value, target) in kpi_rows(lang, &o.kpis, &o) {
                    ui.label(t(id));
                    ui.label(theme::bold(value));
                    ui.label(egui::RichText::new(target).color(theme::MUTED));
                    ui.end_row();
                }
            });
            for a in &o.alerts {
                ui.label(egui::RichText::new(format!("⚠ {}", alert_text(lang, a))).color(theme::BAD));
            }
            ui.add_space(8.0);
            ui.label(theme::bold(t("review-trainees")));
            egui::Grid::new("trainees").striped(true).num_columns(5).show(ui, |ui| {
                for h in [
                    "review-col-trainee",
                    "review-col-group",
                    "review-col-sessions",
                    "review-col-overall",
                    "review-col-weakest",
                ] {
                    ui.label(theme::bold(t(h)));
                }
                ui.end_row();
                for row in &o.trainees {
                    let key = (row.group.clone(), row.trainee.clone());
                    let selected = data.selected.as_ref() == Some(&key);
                    let name = if row.trainee.is_empty() { t("game-anonymous") } else { row.trainee.clone() };
                    if ui.selectable_label(selected, name).clicked() {
                        data.selected = Some(key);
                    }
                    ui.label(&row.group);
                    ui.label(row.sessions.to_string());
                    ui.label(format!("{} ({} → {})", num(lang, row.overall, 0), row.first, row.last));
                    ui.label(row.weakest.map_or_else(|| "—".to_owned(), |s| t(s.msg())));
                    ui.end_row();
                }
            });
            ui.add_space(8.0);
            ui.label(theme::bold(t("review-recent")));
            if o.recent.is_empty() {
                ui.label(egui::RichText::new("—").color(theme::MUTED));
            }
            for r in &o.recent {
                ui.label(format!("{} · {} · {} · {}", r.ended.format("%d-%m %H:%M"), r.trainee, r.scenario, r.overall));
            }
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("detail").auto_shrink(false).show(ui, |ui| match &data.selected {
            Some((group, trainee)) => trainee_detail(ui, lang, &data.records, group, trainee, &targets),
            None => class_detail(ui, lang, &o),
        });
    });
    Ok(())
}

fn class_detail(ui: &mut egui::Ui, lang: crate::i18n::Lang, o: &Overview) {
    let t = |id: &str| tr(lang, id);
    ui.label(theme::bold(t("review-steps")));
    for (s, v) in Step::ALL.iter().zip(o.steps) {
        widgets::score_bar(ui, &t(s.msg()), v.round() as u32, 220.0);
    }
    ui.add_space(8.0);
    ui.label(theme::bold(t("review-violations")));
    if o.violations.is_empty() {
        ui.label(egui::RichText::new("—").color(theme::MUTED));
    }
    for (rule, n) in o.violations.iter().take(8) {
        ui.label(format!("{n} × {}", rule_name(lang, rule)));
    }
    ui.add_space(8.0);
    ui.label(theme::bold(t("review-lessons")));
    for c in &o.lessons {
        let id = if c.rca_due { "review-rca-due" } else { "review-rca-not-due" };
        let text =
            Text::msg(id).arg("count", c.complaints as i64).arg("needed", crate::review::RCA_AFTER as i64).render(lang);
        let colour = if c.rca_due { theme::BAD } else { theme::MUTED };
        ui.label(theme::bold(format!("{} — {text}", t(c.category.msg()))).color(colour));
        for g in &c.lessons {
            ui.label(format!("• {}: {} → {}", g.who(), g.lesson.root_cause, g.lesson.correction));
        }
    }
}

fn trainee_detail(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    records: &[Record],
    group: &str,
    trainee: &str,
    targets: &crate::policy::KpiTargets,
) {
    let t = |id: &str| tr(lang, id);
    let filter = Filter { group: Some(group.to_owned()), trainee: Some(trainee.to_owned()), ..Filter::default() };
    let o = overview(records, &filter, targets);
    ui.heading(if trainee.is_empty() { t("game-anonymous") } else { trainee.to_owned() });
    ui.label(theme::bold(t("review-steps")));
    for (s, v) in Step::ALL.iter().zip(o.steps) {
        widgets::score_bar(ui, &t(s.msg()), v.round() as u32, 220.0);
    }
    ui.add_space(8.0);
    ui.label(theme::bold(t("game-trainer-sessions")));
    let mut mine: Vec<&Record> = records.iter().filter(|r| filter.matches(r)).collect();
    mine.sort_by_key(|r| std::cmp::Reverse(r.started));
    egui::Grid::new("sessions").striped(true).num_columns(4).show(ui, |ui| {
        for r in mine {
            ui.label(r.started.format("%d-%m-%Y %H:%M").to_string());
            ui.label(&r.scenario.title);
            ui.label(theme::bold(r.overall.to_string()));
            let v: Vec<String> = r.violations.iter().map(|v| rule_name(lang, &v.rule)).collect();
            ui.label(egui::RichText::new(v.join(", ")).small().color(theme::MUTED));
            ui.end_row();
        }
    });
}
