//! The observation sheet: the seven steps in the sequence of the case's
//! verdict, each rated done, partly or not done, with a comment. The
//! observer keeps it in a window over the desk during the case, and
//! completes it on its own screen right after, where each step also says
//! what the sequence asks of it. At the desk it does not: the employee
//! sees that window too, and what a step asks would give the verdict away.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Lang, Text, tr};
use crate::log::pair::Seen;
use crate::model::{Step, Verdict};

use super::super::{GameCommand, Play, Screen, theme, widgets};
use super::{Exercise, PairCommand, PairState};

/// The width of the step's column: its name and what it asks on one or two lines.
const STEP_WIDTH: f32 = 210.0;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::PairSheet).and_then(resource_exists::<theme::FontsReady>)),
    );
}

/// The sheet as rows: step, the three ratings, the comment; under each
/// step what the verdict's sequence asks of it, when `asks` is given.
fn rows(
    ui: &mut egui::Ui,
    lang: Lang,
    x: &Exercise,
    steps: &[Step],
    asks: Option<Verdict>,
    out: &mut Vec<GameCommand>,
) {
    let t = |id: &str| tr(lang, id);
    // What the step, the three buttons and the spacing leave for the comment.
    let comment_width = (ui.available_width() - STEP_WIDTH - 3.0 * 100.0 - 40.0).clamp(160.0, 420.0);
    egui::Grid::new("pair-sheet").num_columns(3).spacing([12.0, 8.0]).striped(true).show(ui, |ui| {
        for step in steps {
            ui.vertical(|ui| {
                ui.set_width(STEP_WIDTH);
                ui.label(theme::bold(t(step.msg())));
                for ask in asks.map(|v| crate::classroom::sheet_asks(v, *step)).unwrap_or_default() {
                    ui.label(egui::RichText::new(format!("· {}", ask.render(lang))).small().color(theme::MUTED));
                }
            });
            ui.horizontal(|ui| {
                for seen in Seen::ALL {
                    let chosen = x.ratings.get(step) == Some(&seen);
                    let button = if chosen {
                        let text = egui::RichText::new(format!("✔ {}", t(seen.msg()))).strong();
                        egui::Button::new(text.color(egui::Color32::WHITE)).fill(theme::TRAINEE)
                    } else {
                        egui::Button::new(t(seen.msg()))
                    };
                    if ui.add(button.min_size(egui::vec2(92.0, 26.0))).clicked() {
                        out.push(GameCommand::Pair(PairCommand::Observe(*step, seen)));
                    }
                }
            });
            // The comment goes through a command as it is typed: the
            // exercise holds the sheet, the field only shows it.
            let mut comment = x.comments.get(step).cloned().unwrap_or_default();
            let field = egui::TextEdit::singleline(&mut comment)
                .hint_text(t("pair-sheet-comment"))
                .desired_width(comment_width);
            if ui.add(field).changed() {
                out.push(GameCommand::Pair(PairCommand::Comment(*step, comment)));
            }
            ui.end_row();
        }
    });
}

/// The sheet's window over the desk's work area, while it is open.
pub(in crate::game) fn desk_window(
    ctx: &egui::Context,
    lang: Lang,
    pair: &PairState,
    play: &Play,
    area: egui::Rect,
    out: &mut Vec<GameCommand>,
) {
    let Some(x) = pair.exercise.as_ref().filter(|x| x.sheet_open) else { return };
    let steps = crate::classroom::sheet_steps(play.loaded.scenario.truth.verdict);
    let title = Text::msg("pair-sheet-title").arg("observer", x.observer()).render(lang);
    let mut open = true;
    egui::Window::new(theme::bold(title))
        .id(egui::Id::new("pair-sheet"))
        .open(&mut open)
        .collapsible(false)
        .constrain_to(area)
        .default_pos(area.right_top() + egui::vec2(-760.0, 0.0))
        .default_width(760.0)
        .show(ctx, |ui| {
            ui.label(egui::RichText::new(tr(lang, "pair-sheet-desk")).color(theme::MUTED));
            egui::ScrollArea::vertical().show(ui, |ui| rows(ui, lang, x, &steps, None, out));
        });
    if !open {
        out.push(GameCommand::Pair(PairCommand::ToggleSheet));
    }
}

/// The sheet's button for the desk's top bar, when a pair plays.
pub(in crate::game) fn desk_button(ui: &mut egui::Ui, lang: Lang, pair: &PairState, out: &mut Vec<GameCommand>) {
    let Some(x) = &pair.exercise else { return };
    let label = Text::msg("pair-sheet-open").arg("observer", x.observer()).render(lang);
    if ui.add(egui::Button::new(label).selected(x.sheet_open)).clicked() {
        out.push(GameCommand::Pair(PairCommand::ToggleSheet));
    }
}

/// The screen right after the case: the observer completes the sheet
/// before the pair's debrief shows the engine's view.
fn ui(mut contexts: EguiContexts, shown: super::Shown, mut writer: MessageWriter<GameCommand>) -> Result {
    let super::Shown { settings, countdown, outcome, pair } = shown;
    let (Some(x), Some(o)) = (&pair.exercise, outcome) else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let verdict = o.loaded.scenario.truth.verdict;
    let steps = crate::classroom::sheet_steps(verdict);
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    super::card::top_bar(&mut root, "pair-sheet-top", lang, x, countdown.as_deref());
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            let title = Text::msg("pair-sheet-title").arg("observer", x.observer()).render(lang);
            ui.heading(title);
            ui.label(Text::msg("pair-sheet-intro").arg("employee", x.employee()).render(lang));
            ui.add_space(8.0);
            rows(ui, lang, x, &steps, Some(verdict), &mut out);
            ui.add_space(12.0);
            let left = x.sheet(verdict).err().unwrap_or(0);
            let status = if left == 0 {
                tr(lang, "pair-sheet-complete")
            } else {
                Text::msg("self-left").arg("count", left as i64).render(lang)
            };
            ui.label(egui::RichText::new(status).color(if left == 0 { theme::GOOD } else { theme::MUTED }));
            let done = egui::Button::new(theme::bold(tr(lang, "pair-sheet-done"))).min_size(egui::vec2(240.0, 36.0));
            if ui.add_enabled(left == 0, done).clicked() {
                out.push(GameCommand::Pair(PairCommand::SheetDone));
            }
        });
    });
    for c in out {
        writer.write(c);
    }
    Ok(())
}
