//! The service desk: the customer and the conversation, the case file that
//! fills as the trainee investigates, the simulated clock with every SLA
//! deadline counting down, and the actions grouped by step.
//!
//! This file holds the plugin and the layout of the screen. Its parts:
//! `steps` draws the actions panel, `actions` turns the panel's forms into
//! engine actions (plain functions, tested without a window), `drill` is
//! the template drill's modal, `card` the reference card's window,
//! `deadlines` lists what the top bar counts down and `written` holds the
//! fields for writing in one's own words.

mod actions;
mod card;
mod deadlines;
pub mod drill;
mod steps;
mod written;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::i18n::{Text, money, time, tr};
use crate::sim::{Speaker, offer_words};

use super::widgets::{self, deadline_chip, timer};
use super::{Countdown, GameCommand, Play, Screen, Settings, theme};

pub use actions::{DeskForms, offer_action};
pub use drill::DrillForm;

pub fn plugin(app: &mut App) {
    app.init_resource::<DeskForms>()
        .init_resource::<DrillForm>()
        .add_systems(OnEnter(Screen::Desk), |mut f: ResMut<DeskForms>, mut d: ResMut<DrillForm>| {
            *f = DeskForms::default();
            *d = DrillForm::default();
        })
        .add_systems(
            EguiPrimaryContextPass,
            ui.run_if(in_state(Screen::Desk).and_then(resource_exists::<theme::FontsReady>)),
        );
}

/// What the desk shows and what the trainee fills in.
#[derive(SystemParam)]
struct Desk<'w> {
    play: Option<Res<'w, Play>>,
    settings: Res<'w, Settings>,
    countdown: Option<Res<'w, Countdown>>,
    forms: ResMut<'w, DeskForms>,
    drill: ResMut<'w, DrillForm>,
    pair: Res<'w, super::pair::PairState>,
}

fn ui(mut contexts: EguiContexts, desk: Desk, mut writer: MessageWriter<GameCommand>) -> Result {
    let Desk { play, settings, countdown, mut forms, mut drill, pair } = desk;
    let Some(play) = play else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let s = &play.loaded.scenario;
    let st = &play.state;
    let mut out: Vec<GameCommand> = Vec::new();

    // Keyboard shortcuts, unless the trainee is typing or drilling.
    if !ctx.egui_wants_keyboard_input() && play.drill_open.is_none() {
        ctx.input(|i| {
            use egui::Key;
            // Esc puts the card away first; on a paused desk it resumes.
            if i.key_pressed(Key::Escape) {
                let card = play.card_open && !play.paused;
                out.push(if card { GameCommand::CloseCard } else { GameCommand::TogglePause });
            }
            if play.paused {
                return;
            }
            if i.key_pressed(Key::F1) {
                out.push(if play.card_open { GameCommand::CloseCard } else { GameCommand::OpenCard });
            }
            for (key, action) in steps::SHORTCUTS {
                if i.key_pressed(*key) {
                    out.push(GameCommand::Act(action.clone()));
                }
            }
            if i.key_pressed(Key::F10) {
                out.push(GameCommand::Finish);
            }
        });
    }

    let mut root = widgets::root(ctx);
    let top = egui::Panel::top("desk-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t("game-finish")).on_hover_text("F10").clicked() {
                    out.push(GameCommand::Finish);
                }
                if ui.button(t("game-pause")).on_hover_text("Esc").clicked() {
                    out.push(GameCommand::TogglePause);
                }
                if ui.button(t("game-drill-open")).clicked() {
                    drill.answer = crate::drill::Answer::default();
                    out.push(GameCommand::OpenDrill);
                }
                super::pair::sheet::desk_button(ui, lang, &pair, &mut out);
                let card = ui.add(egui::Button::new(t("card-open")).selected(play.card_open)).on_hover_text("F1");
                if card.clicked() {
                    out.push(if play.card_open { GameCommand::CloseCard } else { GameCommand::OpenCard });
                }
                if let Some(c) = &countdown {
                    let left = c.left();
                    let colour = widgets::time_left_colour(left.as_secs() as f64, 60.0, 300.0);
                    let text = widgets::countdown_text(lang, left);
                    ui.label(theme::bold(text).color(colour)).on_hover_text(t("game-countdown"));
                }
                ui.label(theme::bold(time(lang, st.now)).size(17.0)).on_hover_text(t("game-sim-clock"));
                // The title takes what the buttons leave, cut short if it must be.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(egui::Label::new(theme::bold(&s.title).size(18.0)).truncate());
                });
            });
        });
        ui.horizontal_wrapped(|ui| {
            // A retry says so first, leaving the case's title its room.
            if let Some(r) = &play.retry {
                let text = Text::msg("retry-at-desk").arg("step", r.from as i64 + 1).render(lang);
                ui.label(theme::bold(text).color(theme::TRAINEE));
            }
            for (label, d) in deadlines::shown(&play) {
                deadline_chip(ui, lang, &t(label), d.due, st.now, timer(&d, st.now));
            }
        });
        ui.add_space(4.0);
    });

    let bottom = egui::Panel::bottom("desk-bottom").show(&mut root, |ui| {
        ui.add_space(2.0);
        if let Some(r) = &play.refused {
            ui.label(egui::RichText::new(format!("⚠ {}", r.render(lang))).color(theme::BAD));
        }
        ui.label(egui::RichText::new(t("game-shortcuts")).small().color(theme::MUTED));
        ui.add_space(2.0);
    });

    egui::Panel::left("desk-customer").exact_size(290.0).show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("case-file").show(ui, |ui| {
            ui.vertical_centered(|ui| {
                widgets::avatar(ui, st.mood, 110.0);
                ui.label(theme::bold(&s.customer.name));
                ui.label(egui::RichText::new(t(s.channel.msg())).color(theme::MUTED));
            });
            ui.separator();
            ui.label(theme::bold(t("game-case-file")));
            let o = &s.order;
            ui.label(format!("{}: {}", t("game-order"), o.number));
            ui.label(&o.product);
            ui.label(format!("{} · {}", money(lang, o.price), o.purchased.format("%d-%m-%Y")));
            ui.label(format!("{}: {}", t("game-received"), time(lang, s.received)));
            ui.label(Text::msg("game-your-role").arg("role", crate::i18n::Arg::Msg(st.role.msg())).render(lang));
            for check in st.checks.keys() {
                if let Some(f) = s.findings.get(check) {
                    ui.add_space(4.0);
                    ui.label(theme::bold(t(check.msg())));
                    ui.label(&f.text);
                }
            }
            if let Some((c, _)) = st.classification {
                ui.add_space(4.0);
                ui.label(theme::bold(t("game-your-classification")));
                ui.label(format!(
                    "{} · {} · {} · {} · {}",
                    t(c.nature.msg()),
                    t(c.category.msg()),
                    t(c.cause.msg()),
                    t(c.verdict.msg()),
                    t(c.priority.msg())
                ));
            }
            for o in &st.offers {
                ui.label(format!("→ {}", offer_words(&o.offer).render(lang)));
            }
        });
    });

    egui::Panel::right("desk-actions").exact_size(410.0).show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("actions").show(ui, |ui| {
            ui.add_enabled_ui(!play.paused, |ui| steps::show(ui, lang, &play, &mut forms, &mut out));
        });
    });

    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().id_salt("conversation").stick_to_bottom(true).auto_shrink(false).show(ui, |ui| {
            for e in &st.transcript {
                let (who, colour) = match e.speaker {
                    Speaker::Trainee => (t("speaker-trainee"), theme::TRAINEE),
                    Speaker::Customer => (s.customer.name.clone(), theme::CUSTOMER),
                    Speaker::TeamLead => (t("speaker-team-lead"), theme::TEAM_LEAD),
                    Speaker::System => (t("speaker-system"), theme::MUTED),
                };
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new(time(lang, e.at)).small().color(theme::MUTED));
                    ui.label(theme::bold(who).color(colour));
                });
                let text = e.text.render(lang);
                if e.speaker == Speaker::System {
                    ui.label(egui::RichText::new(text).italics());
                } else {
                    ui.label(text);
                }
                ui.add_space(6.0);
            }
        });
    });

    if play.card_open {
        // Over the work area: the top bar and the shortcut line stay in sight.
        let screen = ctx.content_rect();
        let area =
            egui::Rect::from_x_y_ranges(screen.x_range(), top.response.rect.bottom()..=bottom.response.rect.top());
        card::card_window(ctx, lang, &play, area.shrink(6.0), &mut out);
    }
    // The pair role-play's observation sheet, over the same area.
    let screen = ctx.content_rect();
    let area = egui::Rect::from_x_y_ranges(screen.x_range(), top.response.rect.bottom()..=bottom.response.rect.top());
    super::pair::sheet::desk_window(ctx, lang, &pair, &play, area.shrink(6.0), &mut out);

    if let Some(started) = play.drill_open {
        drill::drill_modal(ctx, lang, &play, started, &mut drill, &mut out);
    }

    if play.paused {
        egui::Modal::new(egui::Id::new("pause")).show(ctx, |ui| {
            ui.set_width(360.0);
            ui.heading(t("game-paused"));
            ui.label(t("game-paused-text"));
            ui.horizontal(|ui| {
                if ui.button(theme::bold(t("game-resume"))).clicked() {
                    out.push(GameCommand::TogglePause);
                }
                if ui.button(t("game-stop-case")).clicked() {
                    out.push(GameCommand::TogglePause);
                    out.push(GameCommand::Finish);
                }
            });
        });
    }

    for c in out {
        writer.write(c);
    }
    Ok(())
}
