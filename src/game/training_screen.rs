//! The training sitting's own screen: before the cases, the plan's theme
//! and the 30-second drill on the drill case; after them, the sitting's
//! close with each case's score and the trainee's lesson learned (judged
//! once handed in). The sitting's clock stays in view.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, Text, tr};

use super::desk::drill::{fields, result};
use super::training::{Phase, Sitting};
use super::{CaseLibrary, Countdown, GameCommand, Screen, Settings, theme, widgets};

pub fn plugin(app: &mut App) {
    app.init_resource::<SittingForm>().add_systems(
        OnEnter(Screen::Training),
        |mut f: ResMut<SittingForm>, s: Option<Res<Sitting>>| {
            // A new sitting starts with empty fields.
            if s.is_some_and(|s| s.phase == Phase::Drill) {
                *f = SittingForm::default();
            }
        },
    );
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Training).and_then(resource_exists::<theme::FontsReady>)),
    );
}

/// What the trainee has typed on this screen.
#[derive(Resource, Default)]
pub struct SittingForm {
    pub drill: crate::drill::Answer,
    pub lesson: String,
}

fn ui(
    mut contexts: EguiContexts,
    sitting: Option<Res<Sitting>>,
    countdown: Option<Res<Countdown>>,
    settings: Res<Settings>,
    lib: Res<CaseLibrary>,
    mut form: ResMut<SittingForm>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let Some(s) = sitting else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    egui::Panel::top("training-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let head = Text::msg("training-screen-title").arg("month", s.plan.month.clone());
            ui.heading(head.render(lang));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let left = countdown.as_deref().map_or(std::time::Duration::ZERO, Countdown::left);
                let colour = widgets::time_left_colour(left.as_secs_f64(), 60.0, 300.0);
                ui.label(theme::bold(widgets::countdown_text(lang, left)).size(20.0).color(colour));
                ctx.request_repaint_after(std::time::Duration::from_millis(500));
            });
        });
        ui.label(egui::RichText::new(&s.plan.theme).size(16.0));
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.set_max_width(820.0);
        ui.add_space(8.0);
        match s.phase {
            Phase::Drill | Phase::Cases => drill(ui, lang, &s, &lib, &mut form, &mut out),
            Phase::Closing => closing(ui, lang, &s, &mut form, &mut out),
        }
        ui.add_space(12.0);
        if s.phase == Phase::Closing && s.lesson.is_some() && ui.button(theme::bold(t("training-done"))).clicked() {
            out.push(GameCommand::Restart);
        }
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}

/// The drill on the drill case: the complaint, the fields, the seconds.
fn drill(
    ui: &mut egui::Ui,
    lang: Lang,
    s: &Sitting,
    lib: &CaseLibrary,
    form: &mut SittingForm,
    out: &mut Vec<GameCommand>,
) {
    let t = |id: &str| tr(lang, id);
    let steps = Text::msg("training-plan-steps").arg("cases", s.cases.len() as i64).arg("minutes", s.plan.clock());
    ui.label(steps.render(lang));
    ui.add_space(8.0);
    ui.heading(t("game-drill-title"));
    if let Some(l) = s.drill_case().and_then(|id| lib.0.get(id)) {
        let c = &l.scenario;
        egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
            let who = Text::msg("training-drill-case")
                .arg("name", c.customer.name.clone())
                .arg("order", c.order.number.clone())
                .arg("channel", tr(lang, c.channel.msg()));
            ui.label(theme::bold(who.render(lang)));
            ui.label(egui::RichText::new(format!("“{}”", c.opening)).italics());
        });
    }
    ui.add_space(6.0);
    match &s.drill {
        None => {
            ui.label(t("game-drill-intro"));
            ui.label(egui::RichText::new(t("drill-template")).italics().color(theme::MUTED));
            let left = crate::drill::LIMIT_SECONDS - s.drill_open.elapsed().as_secs_f64();
            let colour = widgets::time_left_colour(left, 0.0, 10.0);
            let text = Text::msg("game-drill-seconds").arg("seconds", left.ceil() as i64).render(lang);
            ui.label(theme::bold(text).size(20.0).color(colour));
            fields(ui, lang, &mut form.drill);
            if ui.button(theme::bold(t("game-drill-submit"))).clicked() {
                out.push(GameCommand::SubmitSittingDrill(form.drill.clone()));
            }
        }
        Some(r) => {
            result(ui, lang, r);
            ui.add_space(8.0);
            if ui.button(theme::bold(t("training-first-case"))).clicked() {
                out.push(GameCommand::NextInSitting);
            }
        }
    }
}

/// The close: the cases played, and the lesson learned.
fn closing(ui: &mut egui::Ui, lang: Lang, s: &Sitting, form: &mut SittingForm, out: &mut Vec<GameCommand>) {
    let t = |id: &str| tr(lang, id);
    ui.heading(t("training-close-title"));
    if s.time_up() {
        ui.label(egui::RichText::new(t("training-time-up")).color(theme::WARN));
    }
    egui::Grid::new("training-played").num_columns(2).spacing([16.0, 4.0]).show(ui, |ui| {
        for (i, (title, score)) in s.played.iter().enumerate() {
            ui.label(format!("{}. {title}", i + 1));
            // The colours of the debrief's score bars.
            let colour = match score {
                75.. => theme::GOOD,
                55..75 => theme::WARN,
                _ => theme::BAD,
            };
            ui.label(theme::bold(format!("{score}/100")).color(colour));
            ui.end_row();
        }
    });
    if let Some(d) = &s.drill {
        let text = Text::msg("game-drill-score").arg("acknowledge", d.acknowledge).arg("offer", d.offer);
        ui.label(text.render(lang));
    }
    ui.add_space(10.0);
    ui.label(theme::bold(t("training-lesson-question")));
    ui.label(egui::RichText::new(t("training-lesson-hint")).small().color(theme::MUTED));
    match &s.lesson {
        None => {
            ui.add(egui::TextEdit::multiline(&mut form.lesson).desired_rows(4).desired_width(760.0));
            if ui.button(theme::bold(t("training-lesson-submit"))).clicked() {
                out.push(GameCommand::SubmitSittingLesson(form.lesson.clone()));
            }
        }
        Some((text, judged)) => {
            ui.label(egui::RichText::new(text).italics());
            let score = Text::msg("sitting-lesson-score").arg("score", judged.score);
            ui.label(theme::bold(score.render(lang)).size(18.0));
            for (points, why) in &judged.items {
                ui.horizontal(|ui| {
                    ui.label(theme::bold(format!("{points:+}")).color(widgets::points_colour(*points)));
                    ui.label(why.render(lang));
                });
            }
        }
    }
}
