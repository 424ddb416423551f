//! The trainer's screen: the class overview of the log (the same figures as
//! `klachtsim review`) and, for a chosen trainee, their detail. Every cell
//! comes from `review::rows`; this screen only lays them out.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::tr;
use crate::log::Record;
use crate::review::rows::{self, NOTHING};
use crate::review::{Filter, Overview, Rules, identity, overview};

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
    /// KPI targets, calendar and time zone of the library's policy.
    pub rules: Rules,
    /// The log read, and how many of its lines were skipped: what the
    /// screen says it shows.
    pub files: Vec<String>,
    pub skipped: usize,
    /// The overview for `group` as last computed: recomputed only when the
    /// filter changes, not every frame.
    cached: Option<(String, Overview)>,
}

impl TrainerData {
    fn overview(&mut self) -> Overview {
        let group = self.group.trim().to_owned();
        if self.cached.as_ref().is_none_or(|(g, _)| *g != group) {
            let filter = Filter { group: (!group.is_empty()).then(|| group.clone()), ..Filter::default() };
            let mut o = overview(&self.records, &filter, &self.rules);
            o.about.files = self.files.clone();
            o.about.skipped = self.skipped;
            self.cached = Some((group, o));
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
        Ok(p) => data.rules = Rules::of(&p),
        Err(ds) => data.problems.extend(ds.iter().map(|d| d.render(settings.lang, false))),
    }
    match &settings.log {
        None => data.problems.push(tr(settings.lang, "game-trainer-no-log")),
        Some(path) => {
            let (records, warnings, errors) =
                crate::log::read_all_with(std::slice::from_ref(path), crate::log::Detail::Summary);
            data.records = records;
            data.files = vec![path.display().to_string()];
            data.skipped = warnings.len();
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
    notice: Res<super::class_summary::SummaryNotice>,
) -> Result {
    let Some(mut data) = data else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let rules = data.rules.clone();
    let o = data.overview();
    let heading = rows::heading(&o, lang);
    let mut root = widgets::root(ctx);
    egui::Panel::top("trainer-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(t("game-back")).clicked() {
                writer.write(GameCommand::Restart);
            }
            ui.heading(heading.title);
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
        for line in &heading.about {
            ui.label(egui::RichText::new(line).small().color(theme::MUTED));
        }
        for p in data.problems.iter().take(3) {
            ui.label(egui::RichText::new(p).small().color(theme::BAD));
        }
        // The class summary of the class in the group filter, on a row of
        // its own: beside the title it would crowd a small window.
        ui.horizontal(|ui| {
            let class = data.group.trim().to_owned();
            let print = ui
                .add_enabled(!class.is_empty(), egui::Button::new(t("game-class-summary")))
                .on_hover_text(t("game-class-summary-hint"))
                .on_disabled_hover_text(t("game-class-summary-no-group"));
            if print.clicked() {
                writer.write(GameCommand::ClassSummary(class.clone()));
            }
            let said = match &notice.0 {
                Some(Ok(written)) => Some((written.clone(), theme::GOOD)),
                Some(Err(why)) => Some((why.clone(), theme::BAD)),
                None if class.is_empty() => Some((t("game-class-summary-no-group"), theme::MUTED)),
                None => None,
            };
            if let Some((text, colour)) = said {
                ui.label(egui::RichText::new(text).small().color(colour));
            }
        });
        ui.add_space(4.0);
    });
    if let Some(none) = heading.none {
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.label(none);
        });
        return Ok(());
    }
    egui::Panel::left("trainer-class").exact_size(660.0).show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("class").show(ui, |ui| {
            let kpis = rows::kpis(&o, lang);
            ui.label(theme::bold(kpis.title));
            egui::Grid::new("kpis").striped(true).num_columns(3).show(ui, |ui| {
                for row in kpis.table.rows {
                    let [kpi, value, n, counts, target] =
                        <[String; 5]>::try_from(row).expect("a KPI row has five cells");
                    ui.label(kpi).on_hover_text(counts);
                    ui.label(theme::bold(value));
                    // The population in a few words: n and the target; which
                    // sessions those are on hovering the KPI.
                    ui.label(egui::RichText::new(format!("n = {n} · {target}")).color(theme::MUTED));
                    ui.end_row();
                }
            });
            for a in rows::alerts(&o, lang) {
                ui.label(egui::RichText::new(format!("⚠ {a}")).color(theme::BAD));
            }
            ui.add_space(8.0);
            let trainees = rows::screen::trainees(&o, lang);
            ui.label(theme::bold(trainees.title));
            egui::Grid::new("trainees").striped(true).num_columns(5).show(ui, |ui| {
                for h in trainees.table.headers {
                    ui.label(theme::bold(h));
                }
                ui.end_row();
                for (row, cells) in o.trainees.iter().zip(trainees.table.rows) {
                    let key = (row.group.clone(), row.trainee.clone());
                    let selected = data.selected.as_ref() == Some(&key);
                    let mut cells = cells.into_iter();
                    let name = cells.next().expect("a trainee row starts with the name");
                    if ui.selectable_label(selected, name).clicked() {
                        data.selected = Some(key);
                    }
                    for cell in cells {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
            ui.add_space(8.0);
            let recent = rows::screen::recent(&o, lang);
            ui.label(theme::bold(recent.title));
            if recent.table.rows.is_empty() {
                ui.label(egui::RichText::new(NOTHING).color(theme::MUTED));
            }
            for r in recent.table.rows {
                ui.label(r.join(" · "));
            }
            pair_sessions(ui, &o, lang);
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("detail").auto_shrink(false).show(ui, |ui| match &data.selected {
            Some((group, trainee)) => trainee_detail(ui, lang, &data.records, group, trainee, &rules),
            None => class_detail(ui, lang, &o),
        });
    });
    Ok(())
}

/// The pair role-play's sessions (left out when there are none): who
/// played what, the case, the score and how far observer and engine were
/// apart; below, both views per step and the observer's comments.
fn pair_sessions(ui: &mut egui::Ui, o: &Overview, lang: crate::i18n::Lang) {
    let Some(pairs) = rows::pairs::sessions(o, lang) else {
        return;
    };
    ui.add_space(8.0);
    ui.label(theme::bold(pairs.title));
    let headers = pairs.table.headers;
    for row in pairs.table.rows {
        // ended, employee, customer, observer, case, round, score,
        // disagreement, views, comments (`rows::pairs::sessions`).
        let cell = |i: usize| format!("{}: {}", headers[i], row[i]);
        // Wrapped: the panel is narrow and the case's title is long.
        let who = format!("{} · {} · {} · {} · {}", row[0], cell(1), cell(2), cell(3), row[4]);
        ui.add(egui::Label::new(who).wrap());
        ui.label(format!("{} · {} · {}", cell(5), cell(6), cell(7)));
        ui.add(egui::Label::new(egui::RichText::new(&row[8]).color(theme::MUTED)).wrap());
        ui.add(egui::Label::new(egui::RichText::new(&row[9]).color(theme::MUTED).italics()).wrap());
        ui.separator();
    }
}

/// How many of the most common violations the screen lists.
const VIOLATIONS: usize = 8;

/// The mean score per step, as bars.
fn step_bars(ui: &mut egui::Ui, chart: rows::Chart) {
    ui.label(theme::bold(chart.title));
    for (step, v) in chart.bars {
        widgets::score_bar(ui, &step, rows::round(v, 0) as u32, 220.0);
    }
}

fn class_detail(ui: &mut egui::Ui, lang: crate::i18n::Lang, o: &Overview) {
    step_bars(ui, rows::step_chart(o, lang));
    ui.add_space(8.0);
    let violations = rows::violations(o, lang, VIOLATIONS);
    ui.label(theme::bold(violations.title));
    if violations.table.rows.is_empty() {
        ui.label(egui::RichText::new(NOTHING).color(theme::MUTED));
    }
    for row in violations.table.rows {
        let [rule, n] = <[String; 2]>::try_from(row).expect("a violation row has two cells");
        ui.label(format!("{n} × {rule}"));
    }
    if let Some(more) = rows::violations_more(o, lang, VIOLATIONS) {
        ui.label(egui::RichText::new(more).color(theme::MUTED));
    }
    ui.add_space(8.0);
    let lessons = rows::lessons(o, lang);
    ui.label(theme::bold(lessons.title));
    for c in lessons.categories {
        let colour = if c.rca_due { theme::BAD } else { theme::MUTED };
        ui.label(theme::bold(format!("{} — {}", c.name, c.status)).color(colour));
        for l in c.lessons {
            ui.label(format!("• {}: {} → {}", l.who, l.root_cause, l.correction));
        }
    }
}

fn trainee_detail(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    records: &[Record],
    group: &str,
    trainee: &str,
    rules: &Rules,
) {
    let filter = Filter { group: Some(group.to_owned()), trainee: Some(trainee.to_owned()), ..Filter::default() };
    let o = overview(records, &filter, rules);
    ui.heading(identity::trainee_in_group(lang, trainee, group));
    step_bars(ui, rows::step_chart(&o, lang));
    ui.add_space(8.0);
    let sessions = rows::screen::sessions(records, &filter, rules.zone, lang);
    ui.label(theme::bold(sessions.title));
    egui::Grid::new("sessions").striped(true).num_columns(5).show(ui, |ui| {
        for row in sessions.table.rows {
            let [started, scenario, overall, rules, own] =
                <[String; 5]>::try_from(row).expect("a session row has five cells");
            ui.label(started);
            ui.label(scenario);
            ui.label(theme::bold(overall));
            ui.label(egui::RichText::new(rules).small().color(theme::MUTED));
            ui.label(egui::RichText::new(own).small().color(theme::TRAINEE));
            ui.end_row();
        }
    });
}
