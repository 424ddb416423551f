//! The debrief: per-step scores as bars, every point won or lost with its
//! reason, the violations, what a model handling would have done, the
//! simulated CSAT, the trainee's decisions (each one a place to try again
//! from); play again or choose another case. A retry's debrief opens with
//! the two endings side by side (`compare`), each attempt's own debrief a
//! tab away.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Text, time, tr};
use crate::model::Step;
use crate::score::self_assessment::{Gap, SelfAssessment};

use super::retry::{Attempt, FirstAttempt, Shown};
use super::{GameCommand, Outcome, Screen, Settings, compare, theme, widgets};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Debrief).and_then(resource_exists::<theme::FontsReady>)),
    );
}

/// A retry's debrief: the attempt retried, and which part is shown.
#[derive(bevy::ecs::system::SystemParam)]
struct Retry<'w> {
    first: Option<Res<'w, FirstAttempt>>,
    shown: Res<'w, Shown>,
}

fn ui(
    mut contexts: EguiContexts,
    outcome: Option<Res<Outcome>>,
    settings: Res<Settings>,
    sitting: Option<Res<super::training::Sitting>>,
    retry: Retry,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let Some(o) = outcome else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let d = &o.debrief;
    let mut out = Vec::new();
    let mut root = widgets::root(ctx);
    // Only a retry has more than its own debrief to show.
    let shown = if o.comparison.is_some() { retry.shown.0 } else { Attempt::Retry };
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(Text::msg("debrief-title").arg("title", d.title.as_str()).render(lang));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // In a training sitting the only way is on: the next case or
                // the sitting's close.
                if let Some(s) = sitting.as_deref().filter(|_| o.training.is_some()) {
                    let id = if s.more_cases() { "game-next-case" } else { "training-to-close" };
                    if ui.button(theme::bold(t(id))).clicked() {
                        out.push(GameCommand::NextInSitting);
                    }
                    return;
                }
                if ui.button(t("game-other-case")).clicked() {
                    out.push(GameCommand::OtherCase);
                }
                if ui.button(theme::bold(t("game-again"))).clicked() {
                    out.push(GameCommand::Again);
                }
            });
        });
        if o.comparison.is_some() {
            compare::tabs(ui, shown, retry.first.is_some(), lang, &mut out);
        }
        ui.add_space(4.0);
    });
    match (shown, &retry.first) {
        (Attempt::Comparison, _) => compare::side_by_side(&mut root, &o, lang),
        (Attempt::First, Some(first)) => body(&mut root, &first.0, lang, false, &mut out),
        // The tab is not offered without the first attempt.
        (Attempt::First, None) | (Attempt::Retry, _) => body(&mut root, &o, lang, true, &mut out),
    }
    for c in out {
        writer.write(c);
    }
    Ok(())
}

/// One attempt's own debrief below the top bar; its decisions can be
/// retried from when `retry` (the attempt on screen is the last one).
fn body(root: &mut egui::Ui, o: &Outcome, lang: crate::i18n::Lang, retry: bool, out: &mut Vec<GameCommand>) {
    let t = |id: &str| tr(lang, id);
    let d = &o.debrief;
    egui::Panel::right("debrief-decisions").exact_size(320.0).show(root, |ui| {
        compare::decisions(ui, o, lang, retry, out);
    });
    egui::Panel::left("debrief-scores").exact_size(420.0).show(root, |ui| {
        ui.add_space(8.0);
        for line in crate::score::report::knockout_lines(d, lang) {
            ui.label(theme::bold(line.trim_start()).color(theme::BAD));
        }
        ui.label(theme::bold(Text::msg("debrief-overall").arg("score", d.overall).render(lang)).size(20.0));
        ui.label(egui::RichText::new(crate::score::report::parts_line(d, lang)).small().color(theme::MUTED));
        ui.add_space(6.0);
        match &o.self_assessment {
            Some(a @ SelfAssessment::Rated(_)) => own_beside_engine(ui, d, a, lang),
            _ => {
                for s in &d.steps {
                    widgets::score_bar(ui, &t(s.step.msg()), s.score, 150.0);
                }
                if o.self_assessment == Some(SelfAssessment::Skipped) {
                    ui.label(egui::RichText::new(t("self-skipped")).small().color(theme::MUTED));
                }
            }
        }
        ui.add_space(8.0);
        let csat = if d.csat_collected { "debrief-csat" } else { "debrief-csat-not-collected" };
        ui.label(Text::msg(csat).arg("csat", i64::from(d.csat)).render(lang));
        ui.label(
            egui::RichText::new(Text::msg("debrief-clock").arg("start", d.started).arg("end", d.ended).render(lang))
                .small()
                .color(theme::MUTED),
        );
        if let Some(r) = &o.drill {
            let text = Text::msg("game-drill-score").arg("acknowledge", r.acknowledge).arg("offer", r.offer);
            ui.label(text.render(lang));
        }
        ui.add_space(6.0);
        match &o.logged {
            Some(Ok(Some(path))) => {
                ui.label(
                    egui::RichText::new(Text::msg("log-written").arg("file", path.display().to_string()).render(lang))
                        .small(),
                );
            }
            None | Some(Ok(None)) => {}
            Some(Err(e)) => {
                ui.label(
                    egui::RichText::new(Text::msg("game-log-failed").arg("error", e.as_str()).render(lang))
                        .color(theme::BAD),
                );
            }
        }
        if let Some(send) = &o.lrs {
            match send.outcome() {
                // Look again in a moment: the send runs beside the game.
                None => {
                    ui.label(egui::RichText::new(t("game-lrs-sending")).small().color(theme::MUTED));
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
                }
                Some(Ok(done)) => {
                    ui.label(egui::RichText::new(done.render(lang)).small());
                }
                Some(Err(why)) => {
                    ui.label(egui::RichText::new(why.render(lang)).small().color(theme::WARN));
                }
            }
        }
        if !d.violations.is_empty() {
            ui.add_space(8.0);
            ui.label(
                theme::bold(Text::msg("debrief-violations").arg("count", d.violations.len() as i64).render(lang))
                    .color(theme::BAD),
            );
            egui::ScrollArea::vertical().id_salt("violations").max_height(220.0).show(ui, |ui| {
                for v in &d.violations {
                    ui.label(format!("• {}", v.text.render(lang)));
                    let when = |x: Option<chrono::NaiveDateTime>| x.map_or_else(|| t("never"), |x| time(lang, x));
                    let detail = match v.deadline {
                        Some(dl) => Text::msg("debrief-deadline-actual")
                            .arg("deadline", when(Some(dl)))
                            .arg("actual", when(v.actual)),
                        None => Text::msg("debrief-at").arg("actual", when(v.actual)),
                    };
                    ui.label(egui::RichText::new(format!("   {}", detail.render(lang))).small().color(theme::MUTED));
                }
            });
        }
    });
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().id_salt("items").auto_shrink(false).show(ui, |ui| {
            verdict_lesson(ui, &d.verdict, lang);
            offers_made(ui, d, lang);
            written_texts(ui, d, lang);
            for s in &d.steps {
                let header = format!("{} — {}/100", t(s.step.msg()), s.score);
                egui::CollapsingHeader::new(theme::bold(header))
                    .default_open(s.score < 100 || s.step == Step::Listen)
                    .show(ui, |ui| {
                        for item in &s.items {
                            let colour = widgets::points_colour(item.points);
                            ui.horizontal_top(|ui| {
                                ui.add_sized(
                                    [44.0, 18.0],
                                    egui::Label::new(theme::bold(format!("{:+}", item.points)).color(colour)),
                                );
                                ui.vertical(|ui| {
                                    ui.label(item.reason.render(lang));
                                    ui.label(egui::RichText::new(t(item.rule.msg())).small().color(theme::MUTED));
                                });
                            });
                        }
                    });
            }
            if !d.consequences.is_empty() {
                ui.add_space(8.0);
                ui.label(theme::bold(t("debrief-consequences")));
                for c in &d.consequences {
                    ui.label(format!("• {}", c.render(lang)));
                }
            }
            if !d.model.is_empty() {
                ui.add_space(8.0);
                ui.label(theme::bold(t("debrief-model")));
                for (i, m) in d.model.iter().enumerate() {
                    ui.label(format!("{}. {m}", i + 1));
                }
            }
        });
    });
}

/// The engine's score of each step as a bar, with the trainee's own
/// rating beside it, coloured by the gap (the words on hover), and the gap
/// as a whole in one line below.
fn own_beside_engine(ui: &mut egui::Ui, d: &crate::score::Debrief, a: &SelfAssessment, lang: crate::i18n::Lang) {
    ui.label(egui::RichText::new(crate::i18n::tr(lang, "self-legend")).small().color(theme::MUTED));
    for row in crate::score::report::self_rows(d, a, lang) {
        ui.horizontal(|ui| {
            widgets::score_bar(ui, &row.step, row.score, 120.0);
            let (mark, colour) = match row.gap {
                Gap::Same => ("=", theme::GOOD),
                Gap::Higher => ("▲", theme::WARN),
                Gap::Lower => ("▼", theme::TRAINEE),
            };
            ui.label(egui::RichText::new(format!("{mark} {}", row.own)).color(colour)).on_hover_text(row.gap_text);
        });
    }
    let summary = crate::score::report::self_summary(d, a, lang);
    ui.label(egui::RichText::new(summary).small().color(theme::MUTED));
}

/// Why the case has its verdict, and its sequence with what the trainee did:
/// the first thing the debrief teaches, before the points.
fn verdict_lesson(ui: &mut egui::Ui, v: &crate::score::VerdictLesson, lang: crate::i18n::Lang) {
    use crate::score::report::{missed_line, path_line, verdict_headings};
    let (title, why, sequence) = verdict_headings(v, lang);
    egui::CollapsingHeader::new(theme::bold(title)).default_open(true).show(ui, |ui| {
        ui.label(why);
        if !v.facts.is_empty() {
            ui.label(egui::RichText::new(crate::i18n::tr(lang, "path-facts")).color(theme::MUTED));
            for f in &v.facts {
                ui.label(format!("• {}", f.render(lang)));
            }
        }
    });
    egui::CollapsingHeader::new(theme::bold(sequence)).default_open(true).show(ui, |ui| {
        egui::Grid::new("verdict-sequence").num_columns(2).spacing([16.0, 4.0]).show(ui, |ui| {
            for (i, p) in v.path.iter().enumerate() {
                let (name, when) = path_line(v, i, lang);
                let good = p.done.is_some() && !p.early;
                let (mark, colour) = if good { ("✔", theme::GOOD) } else { ("✘", theme::BAD) };
                ui.label(name);
                ui.label(egui::RichText::new(format!("{mark} {when}")).color(colour));
                ui.end_row();
            }
        });
        if let Some(missed) = missed_line(v, lang) {
            ui.label(egui::RichText::new(missed).color(theme::BAD));
        }
    });
    ui.add_space(8.0);
}

/// Every offer the trainee made, with the case's judgement and its reason
/// and the term promised beside the lead time: none disappears behind the
/// one the offer step scored.
fn offers_made(ui: &mut egui::Ui, d: &crate::score::Debrief, lang: crate::i18n::Lang) {
    use crate::model::Rating;
    let heading = crate::score::report::offers_heading(d, lang);
    egui::CollapsingHeader::new(theme::bold(heading)).default_open(true).show(ui, |ui| {
        for o in &d.offers {
            let colour = match o.rating {
                Rating::Good => theme::GOOD,
                Rating::Weak => theme::WARN,
                Rating::Wrong => theme::BAD,
            };
            ui.horizontal_top(|ui| {
                let mark = crate::score::report::rating_mark(o.rating);
                ui.add_sized([20.0, 18.0], egui::Label::new(theme::bold(mark).color(colour)));
                ui.vertical(|ui| {
                    ui.label(o.line().render(lang));
                    ui.label(egui::RichText::new(o.term().render(lang)).small().color(theme::MUTED));
                });
            });
        }
    });
    ui.add_space(8.0);
}

/// Each text the trainee wrote in their own words, with the analyser's
/// verdict on every criterion and the words that decided it: the judgement
/// the desk kept back while the case ran.
fn written_texts(ui: &mut egui::Ui, d: &crate::score::Debrief, lang: crate::i18n::Lang) {
    if d.written.is_empty() {
        return;
    }
    let heading = Text::msg("debrief-written").arg("count", d.written.len() as i64).render(lang);
    egui::CollapsingHeader::new(theme::bold(heading)).default_open(true).show(ui, |ui| {
        for w in &d.written {
            ui.label(theme::bold(w.heading(lang)));
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                // The blank lines of a letter take room the analysis needs.
                let text: Vec<&str> = w.text.lines().filter(|l| !l.trim().is_empty()).collect();
                ui.label(egui::RichText::new(text.join("\n")).italics().small());
            });
            for (good, name, reason) in w.rows(lang) {
                let (mark, colour) = if good { ("✔", theme::GOOD) } else { ("✘", theme::BAD) };
                ui.horizontal_top(|ui| {
                    ui.add_sized([20.0, 18.0], egui::Label::new(theme::bold(mark).color(colour)));
                    ui.vertical(|ui| ui.label(format!("{name}: {reason}")));
                });
            }
            ui.add_space(6.0);
        }
    });
    ui.add_space(8.0);
}
