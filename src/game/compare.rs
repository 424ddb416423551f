//! The debrief's parts for "try again from here": the trainee's decisions
//! in order, each with the button to play on from before it, the tabs of a
//! retry's debrief, and the two endings side by side (the customer's mood
//! on one chart, the CSAT with the customer's comment, the score per step
//! with what changed marked).

use bevy_egui::egui;

use crate::i18n::{Lang, Text, time, tr};
use crate::review::xapi::decision::described;
use crate::score::compare::{Comparison, Ending};
use crate::sim::ConsequenceKind;

use super::retry::Attempt;
use super::{GameCommand, Outcome, theme};

/// The decisions of `o`, in order, with their simulated time; each with a
/// retry button when `retry`. In a retry, the replayed ones are marked.
pub fn decisions(ui: &mut egui::Ui, o: &Outcome, lang: Lang, retry: bool, out: &mut Vec<GameCommand>) {
    let t = |id: &str| tr(lang, id);
    ui.add_space(8.0);
    ui.label(theme::bold(t("retry-decisions")).size(16.0));
    let hint = if retry { "retry-decisions-hint" } else { "retry-decisions-first" };
    ui.label(egui::RichText::new(t(hint)).small().color(theme::MUTED));
    if let Some(why) = &o.retry_refused {
        ui.label(egui::RichText::new(format!("⚠ {}", why.render(lang))).color(theme::BAD));
    }
    ui.add_space(4.0);
    let s = &o.loaded.scenario;
    let replayed = o.retry.as_ref().map(|r| r.from);
    egui::ScrollArea::vertical().id_salt("decisions").auto_shrink(false).show(ui, |ui| {
        if o.state.history.is_empty() {
            ui.label(egui::RichText::new(t("retry-no-decisions")).color(theme::MUTED));
        }
        for (i, done) in o.state.history.iter().enumerate() {
            ui.horizontal(|ui| {
                ui.label(theme::bold(format!("{}.", i + 1)));
                ui.label(egui::RichText::new(time(lang, done.at)).small().color(theme::MUTED));
                match replayed {
                    Some(from) if i < from => {
                        ui.label(egui::RichText::new(t("retry-replayed")).small().color(theme::MUTED));
                    }
                    Some(from) if i == from => {
                        ui.label(egui::RichText::new(t("retry-new-choice")).small().color(theme::TRAINEE));
                    }
                    _ => {}
                }
            });
            ui.label(described(Some(s), &done.action).render(lang));
            if retry {
                let button = egui::Button::new(egui::RichText::new(t("retry-from-here")).small());
                if ui.add(button).on_hover_text(t("retry-from-here-hint")).clicked() {
                    out.push(GameCommand::RetryFrom(i));
                }
            }
            ui.add_space(2.0);
            ui.separator();
        }
    });
}

/// The tabs of a retry's debrief; the first attempt's only when it is at
/// hand.
pub fn tabs(ui: &mut egui::Ui, shown: Attempt, has_first: bool, lang: Lang, out: &mut Vec<GameCommand>) {
    let tabs = [
        (Attempt::Comparison, "retry-tab-comparison"),
        (Attempt::First, "retry-tab-first"),
        (Attempt::Retry, "retry-tab-retry"),
    ];
    ui.horizontal(|ui| {
        for (a, id) in tabs {
            let button = egui::Button::selectable(shown == a, theme::bold(tr(lang, id)));
            if ui.add_enabled(a != Attempt::First || has_first, button).clicked() {
                out.push(GameCommand::ShowAttempt(a));
            }
        }
    });
}

/// The two endings of a retry side by side, below the top bar.
pub fn side_by_side(root: &mut egui::Ui, o: &Outcome, lang: Lang) {
    let (Some(c), Some(r)) = (&o.comparison, &o.retry) else { return };
    let s = &o.loaded.scenario;
    let t = |id: &str| tr(lang, id);
    // The customer's words, in the case's language (as the log keeps them).
    let case_lang = Lang::from_code(&s.language).unwrap_or_default();
    let comments = [r.of.csat_comment.clone(), o.debrief.csat_comment.as_ref().map(|c| c.render(case_lang))];
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().id_salt("comparison").auto_shrink(false).show(ui, |ui| {
            ui.add_space(6.0);
            let heading = Text::msg("retry-heading").arg("step", r.from as i64 + 1).render(lang);
            ui.label(theme::bold(heading).size(18.0));
            if let Some(a) = r.of.actions.get(r.from) {
                let done = crate::i18n::Arg::Text(Box::new(described(Some(s), &a.action)));
                let before = Text::msg("retry-first-choice").arg("decision", done);
                ui.label(egui::RichText::new(before.render(lang)).color(theme::MUTED));
            }
            let change = Text::msg("retry-overall-change")
                .arg("first", c.first.overall)
                .arg("retry", c.retry.overall)
                .arg("change", signed(c.overall_change()));
            ui.label(egui::RichText::new(change.render(lang)).color(change_colour(c.overall_change())));
            ui.add_space(8.0);
            let (avoided, caused) = c.consequences_changed();
            ui.columns(2, |cols| {
                let first = Side {
                    title: t("retry-tab-first"),
                    colour: FIRST,
                    changed: &avoided,
                    changed_msg: "retry-avoided",
                };
                ending(&mut cols[0], &first, &c.first, comments[0].as_deref(), lang);
                let retry = Side {
                    title: t("retry-tab-retry"),
                    colour: theme::TRAINEE,
                    changed: &caused,
                    changed_msg: "retry-caused",
                };
                ending(&mut cols[1], &retry, &c.retry, comments[1].as_deref(), lang);
            });
            ui.add_space(10.0);
            ui.columns(2, |cols| {
                mood_chart(&mut cols[0], c, r.from, lang);
                steps(&mut cols[1], c, lang);
            });
        });
    });
}

/// The first attempt's colour beside the trainee's blue: a grey that
/// reads as "before".
const FIRST: egui::Color32 = egui::Color32::from_rgb(150, 150, 150);

/// One column of the comparison: whose ending, in which colour, and which
/// of its consequences the other ending does not have.
struct Side<'a> {
    title: String,
    colour: egui::Color32,
    changed: &'a [ConsequenceKind],
    changed_msg: &'static str,
}

fn ending(ui: &mut egui::Ui, side: &Side, e: &Ending, comment: Option<&str>, lang: Lang) {
    let t = |id: &str| tr(lang, id);
    egui::Frame::group(ui.style()).fill(theme::BAND).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(&side.title).color(side.colour).size(16.0));
        ui.label(theme::bold(Text::msg("debrief-overall").arg("score", e.overall).render(lang)).size(18.0));
        let csat = if e.csat_collected { "debrief-csat" } else { "debrief-csat-not-collected" };
        ui.label(Text::msg(csat).arg("csat", i64::from(e.csat)).render(lang));
        match comment {
            Some(c) => ui
                .label(egui::RichText::new(Text::msg("debrief-csat-comment").arg("comment", c).render(lang)).italics()),
            None => ui.label(egui::RichText::new(t("retry-no-comment")).small().color(theme::MUTED)),
        };
        if e.consequences.is_empty() {
            ui.label(egui::RichText::new(t("retry-no-consequences")).small().color(theme::MUTED));
        }
        for k in &e.consequences {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("• {}", t(&format!("retry-consequence-{}", k.key()))));
                // What only one of the two endings has, said in the colour
                // of what it means for the retry.
                if side.changed.contains(k) {
                    let colour = if side.changed_msg == "retry-caused" { theme::BAD } else { theme::GOOD };
                    ui.label(egui::RichText::new(format!("({})", t(side.changed_msg))).color(colour));
                }
            });
        }
    });
}

/// Both mood curves on the same axes: the mood (0 to 100) after each
/// decision, with the moment the retry took over marked.
fn mood_chart(ui: &mut egui::Ui, c: &Comparison, from: usize, lang: Lang) {
    let t = |id: &str| tr(lang, id);
    ui.label(theme::bold(t("retry-mood")));
    let size = egui::vec2(ui.available_width(), (ui.available_width() * 0.4).clamp(180.0, 320.0));
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let plot = egui::Rect::from_min_max(rect.min + egui::vec2(30.0, 8.0), rect.max - egui::vec2(8.0, 20.0));
    painter.rect_filled(plot, 2.0, theme::BAND);
    let last = c.first.mood_curve.len().max(c.retry.mood_curve.len()).max(2) - 1;
    let x = |i: usize| plot.left() + plot.width() * i as f32 / last as f32;
    let y = |m: i32| plot.bottom() - plot.height() * m.clamp(0, 100) as f32 / 100.0;
    let font = egui::FontId::proportional(11.0);
    for m in [0, 25, 50, 75, 100] {
        let grid = egui::Stroke::new(1.0, egui::Color32::from_gray(215));
        painter.hline(plot.x_range(), y(m), grid);
        painter.text(egui::pos2(plot.left() - 4.0, y(m)), egui::Align2::RIGHT_CENTER, m, font.clone(), theme::MUTED);
    }
    // The retry's own decisions start after `from` replayed ones.
    let at = x(from);
    painter.vline(at, plot.y_range(), egui::Stroke::new(1.5, theme::WARN));
    painter.text(
        egui::pos2(at + 4.0, plot.top() + 2.0),
        egui::Align2::LEFT_TOP,
        t("retry-chart-here"),
        font.clone(),
        theme::WARN,
    );
    for (e, colour, width) in [(&c.first, FIRST, 2.5), (&c.retry, theme::TRAINEE, 2.5)] {
        let points: Vec<egui::Pos2> =
            e.mood_curve.iter().enumerate().map(|(i, &(_, m))| egui::pos2(x(i), y(m))).collect();
        painter.add(egui::Shape::line(points.clone(), egui::Stroke::new(width, colour)));
        for p in points {
            painter.circle_filled(p, 2.5, colour);
        }
    }
    let axis = egui::pos2(plot.center().x, rect.bottom() - 2.0);
    painter.text(axis, egui::Align2::CENTER_BOTTOM, t("retry-chart-axis"), font, theme::MUTED);
    ui.horizontal(|ui| {
        ui.label(theme::bold("━━").color(FIRST));
        ui.label(t("retry-tab-first"));
        ui.add_space(12.0);
        ui.label(theme::bold("━━").color(theme::TRAINEE));
        ui.label(t("retry-tab-retry"));
    });
}

/// The score of each step in both attempts, with the change marked.
fn steps(ui: &mut egui::Ui, c: &Comparison, lang: Lang) {
    let t = |id: &str| tr(lang, id);
    ui.label(theme::bold(t("retry-steps")));
    egui::Grid::new("retry-steps").num_columns(4).spacing([18.0, 5.0]).striped(true).show(ui, |ui| {
        ui.label(theme::bold(t("self-column-step")));
        ui.label(theme::bold(t("retry-tab-first")).color(FIRST));
        ui.label(theme::bold(t("retry-tab-retry")).color(theme::TRAINEE));
        ui.label(theme::bold(t("retry-column-change")));
        ui.end_row();
        let rows = c.first.steps.iter().zip(&c.retry.steps).map(|(&(step, a), &(_, b))| (t(step.msg()), a, b));
        for (name, a, b) in rows {
            row(ui, name, Some(a), Some(b), false, lang);
        }
        row(ui, t("retry-row-overall"), Some(c.first.overall), Some(c.retry.overall), true, lang);
        // As the debrief: an answer no survey asked for is not known.
        let csat = |e: &Ending| e.csat_collected.then_some(u32::from(e.csat));
        row(ui, t("retry-row-csat"), csat(&c.first), csat(&c.retry), true, lang);
    });
}

/// One line of the table: a step (or the total, or the CSAT) in both
/// attempts, and the change; a value not measured shows as such.
fn row(ui: &mut egui::Ui, name: String, a: Option<u32>, b: Option<u32>, bold: bool, lang: Lang) {
    let text = |s: String| if bold { theme::bold(s) } else { egui::RichText::new(s) };
    let value = |v: Option<u32>| match v {
        Some(v) => text(v.to_string()),
        None => egui::RichText::new(tr(lang, "retry-not-measured")).color(theme::MUTED),
    };
    ui.label(text(name));
    ui.label(value(a));
    ui.label(value(b));
    match (a, b) {
        (Some(a), Some(b)) => {
            let change = b as i32 - a as i32;
            let mark = match change {
                0 => "=".to_owned(),
                c if c > 0 => format!("▲ {}", signed(c)),
                c => format!("▼ {}", signed(c)),
            };
            ui.label(theme::bold(mark).color(change_colour(change)));
        }
        _ => {
            ui.label(egui::RichText::new("–").color(theme::MUTED));
        }
    }
    ui.end_row();
}

fn signed(n: i32) -> String {
    format!("{n:+}")
}

fn change_colour(change: i32) -> egui::Color32 {
    match change {
        0 => theme::MUTED,
        c if c > 0 => theme::GOOD,
        _ => theme::BAD,
    }
}
