//! The pair's debrief after each case: per step the observer's rating
//! beside the engine's (`Pair::views`), the disagreements marked, the
//! observer's comments, and a line that hands the differences to the class
//! discussion. After the last case (or when the 20:00 is up) the overview
//! of the cases played.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, Text, tr};

use super::super::{GameCommand, Screen, Settings, theme, widgets};
use super::{Exercise, PairCommand, PairState, Played, Shown};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            debrief.run_if(in_state(Screen::PairDebrief).and_then(resource_exists::<theme::FontsReady>)),
            overview.run_if(in_state(Screen::PairOverview).and_then(resource_exists::<theme::FontsReady>)),
        ),
    );
}

fn debrief(mut contexts: EguiContexts, shown: Shown, mut writer: MessageWriter<GameCommand>) -> Result {
    let Shown { settings, countdown, outcome, pair } = shown;
    let (Some(x), Some(o)) = (&pair.exercise, outcome) else { return Ok(()) };
    let Some(played) = x.played.last() else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    super::card::top_bar(&mut root, "pair-debrief-top", lang, x, countdown.as_deref());
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            ui.heading(Text::msg("pair-debrief-title").arg("title", played.title.as_str()).render(lang));
            let overall = Text::msg("debrief-overall").arg("score", played.overall);
            ui.label(theme::bold(overall.render(lang)).size(18.0));
            let (verdict, why, _) = crate::score::report::verdict_headings(&o.debrief.verdict, lang);
            ui.label(theme::bold(verdict));
            ui.label(why);
            ui.add_space(8.0);
            views(ui, lang, played);
            ui.add_space(10.0);
            let d = played.pair.disagreement(&played.steps);
            let line = if d == 0 { t("pair-discuss-agree") } else { t("pair-discuss") };
            ui.label(egui::RichText::new(line).size(16.0).color(theme::TEAM_LEAD));
            if let Some(Err(e)) = &o.logged {
                ui.label(
                    egui::RichText::new(Text::msg("pair-not-logged").arg("error", e.as_str()).render(lang))
                        .color(theme::BAD),
                );
            }
            ui.add_space(12.0);
            let last = x.round + 1 >= x.cases.len() || countdown.as_ref().is_none_or(|c| c.left().is_zero());
            let next = if last {
                t("pair-to-overview")
            } else {
                // Next round: the roles swap.
                Text::msg("pair-next").arg("employee", x.customer()).arg("customer", x.employee()).render(lang)
            };
            if ui.add(egui::Button::new(theme::bold(next)).min_size(egui::vec2(300.0, 36.0))).clicked() {
                out.push(GameCommand::Pair(PairCommand::Next));
            }
        });
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}

/// Per step: the observer's rating, the engine's, marked where they differ,
/// and the observer's comment.
fn views(ui: &mut egui::Ui, lang: Lang, played: &Played) {
    let t = |id: &str| tr(lang, id);
    let observer = Text::msg("pair-column-observer").arg("observer", played.pair.observer.as_str()).render(lang);
    egui::Grid::new("pair-views").num_columns(4).spacing([18.0, 8.0]).striped(true).show(ui, |ui| {
        ui.label(theme::bold(t("self-column-step")));
        ui.label(theme::bold(observer));
        ui.label(theme::bold(t("pair-column-engine")));
        ui.label(theme::bold(t("pair-column-comment")));
        ui.end_row();
        for (step, seen, engine) in played.pair.views(&played.steps) {
            let score = played.steps.get(&step).copied().unwrap_or(0);
            let apart = seen.distance(engine);
            let colour = match apart {
                0 => theme::GOOD,
                1 => theme::WARN,
                _ => theme::BAD,
            };
            ui.label(theme::bold(t(step.msg())));
            ui.label(t(seen.msg()));
            ui.horizontal(|ui| {
                ui.label(format!("{} ({score})", t(engine.msg())));
                let mark = if apart == 0 { "=".to_owned() } else { format!("≠ {}", t("pair-differ")) };
                ui.label(theme::bold(mark).color(colour));
            });
            let comment = played.pair.sheet.iter().find(|o| o.step == step).map_or("", |o| o.comment.as_str());
            ui.label(egui::RichText::new(comment).italics());
            ui.end_row();
        }
    });
}

fn overview(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    pair: Res<PairState>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let Some(x) = &pair.exercise else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(t("pair-overview-title"));
        ui.label(names_line(x, lang));
        ui.add_space(10.0);
        egui::Grid::new("pair-overview").num_columns(6).spacing([18.0, 10.0]).striped(true).show(ui, |ui| {
            for id in ["pair-column-round", "pair-column-case", "pair-column-employee", "pair-column-customer"] {
                ui.label(theme::bold(t(id)));
            }
            ui.label(theme::bold(t("pair-column-score")));
            ui.label(theme::bold(t("pair-column-apart")));
            ui.end_row();
            for p in &x.played {
                ui.label(p.pair.round.to_string());
                ui.label(&p.title);
                ui.label(&p.employee);
                ui.label(&p.pair.customer);
                ui.label(p.overall.to_string());
                let apart = p.pair.views(&p.steps).iter().filter(|(_, s, e)| s != e).count();
                ui.label(Text::msg("pair-apart").arg("count", apart as i64).render(lang));
                ui.end_row();
            }
        });
        if x.played.len() < x.cases.len() {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(t("pair-time-up")).color(theme::MUTED));
        }
        ui.add_space(12.0);
        ui.label(egui::RichText::new(t("pair-discuss")).size(16.0).color(theme::TEAM_LEAD));
        ui.add_space(12.0);
        if ui.add(egui::Button::new(theme::bold(t("pair-done"))).min_size(egui::vec2(220.0, 36.0))).clicked() {
            out.push(GameCommand::Restart);
        }
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}

fn names_line(x: &Exercise, lang: Lang) -> String {
    let text = Text::msg("pair-overview-names").arg("first", x.names[0].as_str()).arg("second", x.names[1].as_str());
    let mut line = text.render(lang);
    if !x.third.is_empty() {
        line.push_str(&format!(" · {}", Text::msg("pair-overview-third").arg("third", x.third.as_str()).render(lang)));
    }
    line
}
