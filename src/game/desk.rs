//! The service desk: the customer and the conversation, the case file that
//! fills as the trainee investigates, the simulated clock with every SLA
//! deadline counting down, and the actions grouped by step.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::i18n::{Lang, Text, duration, money, time, tr};
use crate::model::*;
use crate::sim::{Speaker, offer_words};
use crate::sla::csat_window;

use super::widgets::{self, deadline_chip, timer};
use super::{Countdown, GameCommand, Play, Screen, Settings, theme};

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

const OFFER_KINDS: [&str; 7] = [
    "offer-kind-replacement",
    "offer-kind-refund",
    "offer-kind-discount",
    "offer-kind-voucher",
    "offer-kind-repair",
    "offer-kind-advice",
    "offer-kind-compromise",
];

/// What the trainee is filling in at the desk.
#[derive(Resource, Default)]
pub struct DeskForms {
    pub offer: usize,
    pub amount: String,
    pub days: String,
    pub offer_error: Option<String>,
    pub nature: Option<Nature>,
    pub category: Option<Category>,
    pub cause: Option<Cause>,
    pub verdict: Option<Verdict>,
    pub priority: Option<Priority>,
    pub status_hours: String,
    pub csat_hours: String,
    pub senior_hours: String,
    pub wait_minutes: String,
    pub hours_error: Option<String>,
    pub lesson_category: Option<Category>,
    pub lesson_cause: Option<Cause>,
    pub root_cause: String,
    pub correction: String,
}

/// The template drill's fields.
#[derive(Resource, Default)]
pub struct DrillForm {
    pub answer: crate::drill::Answer,
}

/// Reads an amount in euro: `40`, `39,95`, `€ 39.95`.
pub fn parse_amount(s: &str) -> Option<f64> {
    let v: f64 = s.trim().trim_start_matches('€').trim().replace(',', ".").parse().ok()?;
    (v.is_finite() && v > 0.0).then_some(v)
}

/// Checks the offer form and builds the action, or says what is wrong.
pub fn offer_action(f: &DeskForms, price: f64, lang: Lang) -> Result<Action, String> {
    let amount = || match parse_amount(&f.amount) {
        Some(a) => Ok(a),
        None => Err(Text::msg("game-bad-amount").arg("value", f.amount.as_str()).render(lang)),
    };
    let offer = match f.offer {
        0 => OfferKind::Replacement,
        1 => {
            let a = amount()?;
            if a > price + 1e-9 {
                return Err(Text::msg("game-amount-over-price").arg("price", money(lang, price)).render(lang));
            }
            OfferKind::Refund(a)
        }
        2 => match f.amount.trim().trim_end_matches('%').trim().parse::<u32>() {
            Ok(p) if (1..=100).contains(&p) => OfferKind::Discount(p),
            _ => return Err(Text::msg("game-bad-percent").arg("value", f.amount.as_str()).render(lang)),
        },
        3 => OfferKind::Voucher(amount()?),
        4 => OfferKind::Repair,
        5 => OfferKind::Advice,
        _ => OfferKind::Compromise,
    };
    let days = match f.days.trim() {
        "" => None,
        d => match d.parse::<u32>() {
            Ok(n) if n <= 60 => Some(n),
            _ => return Err(Text::msg("game-bad-days").arg("value", d).render(lang)),
        },
    };
    Ok(Action::Offer { offer, days })
}

fn parse_hours(s: &str, max: u32, lang: Lang) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(h) if h <= max => Ok(h),
        _ => Err(Text::msg("game-bad-number").arg("value", s).arg("max", max).render(lang)),
    }
}

fn combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id: &str,
    lang: Lang,
    value: &mut Option<T>,
    all: &[T],
    msg: fn(T) -> &'static str,
) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.map_or_else(|| tr(lang, "game-pick"), |v| tr(lang, msg(v))))
        .width(190.0)
        .show_ui(ui, |ui| {
            for v in all {
                ui.selectable_value(value, Some(*v), tr(lang, msg(*v)));
            }
        });
}

/// The deadlines the trainee can see: what the policy sets for this case
/// so far, never what only the truth would tell.
fn deadlines(play: &Play) -> Vec<(String, NaiveDateTime, NaiveDateTime, Option<NaiveDateTime>)> {
    let st = &play.state;
    let p = &play.loaded.policy;
    let cal = Calendar::new(p);
    let start = st.start;
    let mut v = vec![
        ("game-timer-ack".to_owned(), start, cal.deadline(start, p.sla.acknowledgement), st.receipt_confirmed),
        ("game-timer-owner".to_owned(), start, cal.deadline(start, p.sla.owner), st.owner),
    ];
    // The first response follows the trainee's own priority (normal until
    // classified): the truth is for the debrief.
    let prio = st.classification.map_or(Priority::Normal, |(c, _)| c.priority);
    v.push((
        "game-timer-first-response".to_owned(),
        start,
        cal.deadline(start, p.sla.first_response(prio)),
        st.first_response,
    ));
    if let Some(e) = st.escalations.last() {
        v.push((
            "game-timer-decision".to_owned(),
            e.reported,
            cal.deadline(e.reported, p.sla.escalation_decision),
            Some(e.decided),
        ));
    }
    if let Some(o) = st.accepted.map(|i| &st.offers[i])
        && let Some(promise) = o.promise
    {
        v.push(("game-timer-promise".to_owned(), o.at, promise, st.execution.as_ref().map(|e| e.done)));
    }
    for c in st.contacts.iter().filter(|c| c.kept.is_none()) {
        v.push(("game-timer-contact".to_owned(), c.made, c.due, None));
    }
    if let Some(e) = st.execution.as_ref().filter(|e| !e.blocked) {
        v.push(("game-timer-follow-up".to_owned(), e.done, cal.deadline(e.done, p.sla.follow_up), st.followed_up));
    }
    if let Some(closed) = st.closed {
        let (_, to) = csat_window(p, closed);
        v.push(("game-timer-csat".to_owned(), closed, to, st.csat_sent));
    }
    v
}

#[allow(clippy::too_many_arguments)]
fn ui(
    mut contexts: EguiContexts,
    play: Option<Res<Play>>,
    settings: Res<Settings>,
    countdown: Option<Res<Countdown>>,
    mut forms: ResMut<DeskForms>,
    mut drill: ResMut<DrillForm>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
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
            if i.key_pressed(Key::Escape) {
                out.push(GameCommand::TogglePause);
            }
            if play.paused {
                return;
            }
            for (key, action) in [
                (Key::U, Action::LetFinish),
                (Key::B, Action::ConfirmReceipt),
                (Key::E, Action::TakeOwnership),
                (Key::X, Action::Execute),
                (Key::N, Action::FollowUp),
            ] {
                if i.key_pressed(key) {
                    out.push(GameCommand::Act(action));
                }
            }
            if i.key_pressed(Key::F10) {
                out.push(GameCommand::Finish);
            }
        });
    }

    let mut root = widgets::root(ctx);
    egui::Panel::top("desk-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(theme::bold(&s.title).size(18.0));
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
                if let Some(c) = &countdown {
                    let left = c.left().as_secs();
                    let colour = if left < 60 {
                        theme::BAD
                    } else if left < 300 {
                        theme::WARN
                    } else {
                        theme::MUTED
                    };
                    let text = Text::msg("game-time-left")
                        .arg("time", format!("{:02}:{:02}", left / 60, left % 60))
                        .render(lang);
                    ui.label(theme::bold(text).color(colour)).on_hover_text(t("game-countdown"));
                }
                ui.label(theme::bold(time(lang, st.now)).size(17.0)).on_hover_text(t("game-sim-clock"));
            });
        });
        ui.horizontal_wrapped(|ui| {
            for (label, start, deadline, done) in deadlines(&play) {
                deadline_chip(ui, lang, &t(&label), deadline, st.now, timer(start, deadline, st.now, done));
            }
        });
        ui.add_space(4.0);
    });

    egui::Panel::bottom("desk-bottom").show(&mut root, |ui| {
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
            ui.add_enabled_ui(!play.paused, |ui| actions(ui, lang, s, &play, &mut forms, &mut out));
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

    if let Some(started) = play.drill_open {
        drill_modal(ctx, lang, &play, started, &mut drill, &mut out);
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

fn drill_modal(
    ctx: &egui::Context,
    lang: Lang,
    play: &Play,
    started: std::time::Instant,
    form: &mut DrillForm,
    out: &mut Vec<GameCommand>,
) {
    let t = |id: &str| tr(lang, id);
    egui::Modal::new(egui::Id::new("drill")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(t("game-drill-title"));
        ui.label(t("game-drill-intro"));
        ui.label(egui::RichText::new(t("drill-template")).italics().color(theme::MUTED));
        match &play.drill {
            None => {
                let left = crate::drill::LIMIT_SECONDS - started.elapsed().as_secs_f64();
                let colour = if left < 0.0 {
                    theme::BAD
                } else if left < 10.0 {
                    theme::WARN
                } else {
                    theme::MUTED
                };
                let text = Text::msg("game-drill-seconds").arg("seconds", left.ceil() as i64).render(lang);
                ui.label(theme::bold(text).size(20.0).color(colour));
                ctx.request_repaint_after(std::time::Duration::from_millis(200));
                let a = &mut form.answer;
                egui::Grid::new("drill-fields").num_columns(2).show(ui, |ui| {
                    for (label, field) in [
                        ("game-drill-name", &mut a.customer_name),
                        ("game-drill-order", &mut a.order_number),
                        ("game-drill-term", &mut a.term),
                        ("game-drill-empathy", &mut a.empathy),
                        ("game-drill-next", &mut a.next_step),
                    ] {
                        ui.label(t(label));
                        ui.add(egui::TextEdit::singleline(field).desired_width(420.0));
                        ui.end_row();
                    }
                });
                if ui.button(theme::bold(t("game-drill-submit"))).clicked() {
                    out.push(GameCommand::SubmitDrill(form.answer.clone()));
                }
            }
            Some(r) => {
                let score = Text::msg("game-drill-score").arg("acknowledge", r.acknowledge).arg("offer", r.offer);
                ui.label(theme::bold(score.render(lang)).size(18.0));
                for item in &r.items {
                    let colour = if item.points > 0 {
                        theme::GOOD
                    } else if item.points < 0 {
                        theme::BAD
                    } else {
                        theme::MUTED
                    };
                    ui.horizontal(|ui| {
                        ui.label(theme::bold(format!("{:+}", item.points)).color(colour));
                        ui.label(item.reason.render(lang));
                    });
                }
                if ui.button(t("game-drill-close")).clicked() {
                    out.push(GameCommand::CloseDrill);
                }
            }
        }
    });
}

fn line_button(ui: &mut egui::Ui, text: &str) -> bool {
    ui.add(egui::Button::new(format!("«{text}»")).wrap().min_size(egui::vec2(ui.available_width(), 0.0))).clicked()
}

fn plain_button(ui: &mut egui::Ui, text: String, shortcut: &str) -> bool {
    let mut b = egui::Button::new(text).min_size(egui::vec2(ui.available_width(), 0.0));
    if !shortcut.is_empty() {
        b = b.shortcut_text(shortcut);
    }
    ui.add(b).clicked()
}

fn actions(ui: &mut egui::Ui, lang: Lang, s: &Scenario, play: &Play, f: &mut DeskForms, out: &mut Vec<GameCommand>) {
    let t = |id: &str| tr(lang, id);
    let st = &play.state;
    let mut act = |a: Action| out.push(GameCommand::Act(a));
    let lines = |kinds: &[LineKind]| s.lines.iter().filter(move |l| kinds.contains(&l.kind)).collect::<Vec<_>>();

    egui::CollapsingHeader::new(theme::bold(t(Step::Listen.msg()))).default_open(true).show(ui, |ui| {
        if plain_button(ui, t("menu-let-finish"), "U") {
            act(Action::LetFinish);
        }
        if plain_button(ui, t("menu-interrupt"), "") {
            act(Action::Interrupt);
        }
        for l in lines(&[LineKind::OpenQuestion, LineKind::ClosedQuestion, LineKind::Summary]) {
            if line_button(ui, &l.text) {
                act(Action::Say(l.id.clone()));
            }
        }
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::Acknowledge.msg()))).default_open(true).show(ui, |ui| {
        for l in lines(&[LineKind::Acknowledge]) {
            if line_button(ui, &l.text) {
                act(Action::Say(l.id.clone()));
            }
        }
        if plain_button(ui, t("menu-confirm-receipt"), "B") {
            act(Action::ConfirmReceipt);
        }
        if plain_button(ui, t("menu-take-ownership"), "E") {
            act(Action::TakeOwnership);
        }
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::Analyze.msg()))).default_open(true).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for c in Check::ALL {
                let done = st.checks.contains_key(c);
                if ui.add(egui::Button::new(t(c.msg())).selected(done)).clicked() {
                    act(Action::Check(*c));
                }
            }
        });
        egui::Grid::new("classify").num_columns(2).show(ui, |ui| {
            ui.label(t("field-nature"));
            combo(ui, "nature", lang, &mut f.nature, Nature::ALL, Nature::msg);
            ui.end_row();
            ui.label(t("field-category"));
            combo(ui, "category", lang, &mut f.category, Category::ALL, Category::msg);
            ui.end_row();
            ui.label(t("field-cause"));
            combo(ui, "cause", lang, &mut f.cause, Cause::ALL, Cause::msg);
            ui.end_row();
            ui.label(t("field-verdict"));
            combo(ui, "verdict", lang, &mut f.verdict, Verdict::ALL, Verdict::msg);
            ui.end_row();
            ui.label(t("field-priority"));
            combo(ui, "priority", lang, &mut f.priority, Priority::ALL, Priority::msg);
            ui.end_row();
        });
        let complete = f.nature.is_some()
            && f.category.is_some()
            && f.cause.is_some()
            && f.verdict.is_some()
            && f.priority.is_some();
        if ui.add_enabled(complete, egui::Button::new(t("menu-classify"))).clicked()
            && let (Some(nature), Some(category), Some(cause), Some(verdict), Some(priority)) =
                (f.nature, f.category, f.cause, f.verdict, f.priority)
        {
            act(Action::Classify(Classification { nature, category, cause, verdict, priority }));
        }
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::Offer.msg()))).default_open(true).show(ui, |ui| {
        for l in lines(&[LineKind::Explanation]) {
            if line_button(ui, &l.text) {
                act(Action::Say(l.id.clone()));
            }
        }
        ui.horizontal(|ui| {
            egui::ComboBox::from_id_salt("offer-kind").selected_text(t(OFFER_KINDS[f.offer])).width(150.0).show_ui(
                ui,
                |ui| {
                    for (i, k) in OFFER_KINDS.iter().enumerate() {
                        ui.selectable_value(&mut f.offer, i, t(k));
                    }
                },
            );
            if matches!(f.offer, 1..=3) {
                let hint = if f.offer == 2 { "%" } else { "€" };
                ui.add(egui::TextEdit::singleline(&mut f.amount).hint_text(hint).desired_width(70.0));
            }
        });
        ui.horizontal(|ui| {
            ui.label(t("game-days"));
            ui.add(egui::TextEdit::singleline(&mut f.days).hint_text("2").desired_width(40.0));
            if ui.button(theme::bold(t("game-make-offer"))).clicked() {
                match offer_action(f, s.order.price, lang) {
                    Ok(a) => {
                        f.offer_error = None;
                        act(a);
                    }
                    Err(e) => f.offer_error = Some(e),
                }
            }
        });
        if let Some(e) = &f.offer_error {
            ui.label(egui::RichText::new(e).color(theme::BAD));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("menu-escalate")).clicked() {
                act(Action::Escalate);
            }
            if ui.button(t("menu-notify-management")).clicked() {
                act(Action::NotifyManagement);
            }
        });
        ui.horizontal(|ui| {
            ui.label(t("game-status-update"));
            ui.add(egui::TextEdit::singleline(&mut f.status_hours).hint_text(t("game-hours")).desired_width(50.0));
            if ui.button(t("game-send")).clicked() {
                match parse_hours(&f.status_hours, 24 * 14, lang) {
                    Ok(hours) if hours > 0 => {
                        f.hours_error = None;
                        act(Action::StatusUpdate { hours });
                    }
                    Ok(_) | Err(_) => {
                        f.hours_error = Some(
                            Text::msg("game-bad-number")
                                .arg("value", f.status_hours.as_str())
                                .arg("max", 24 * 14)
                                .render(lang),
                        )
                    }
                }
            }
        });
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::Execute.msg()))).default_open(true).show(ui, |ui| {
        if plain_button(ui, t("menu-execute"), "X") {
            act(Action::Execute);
        }
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::FollowUp.msg()))).default_open(true).show(ui, |ui| {
        if plain_button(ui, t("menu-follow-up"), "N") {
            act(Action::FollowUp);
        }
        if plain_button(ui, t("menu-close"), "") {
            act(Action::Close);
        }
        for (label, field, max, make) in [
            ("game-csat-after", &mut f.csat_hours, 24 * 14, (|h| Action::SendCsat { hours: h }) as fn(u32) -> Action),
            ("game-senior-after", &mut f.senior_hours, 24 * 14, |h| Action::SeniorFollowUp { hours: h }),
        ] {
            let mut error = None;
            ui.horizontal(|ui| {
                ui.label(t(label));
                ui.add(egui::TextEdit::singleline(field).hint_text(t("game-hours")).desired_width(50.0));
                if ui.button(t("game-do")).clicked() {
                    match parse_hours(field, max, lang) {
                        Ok(h) => act(make(h)),
                        Err(e) => error = Some(e),
                    }
                }
            });
            if error.is_some() {
                f.hours_error = error;
            }
        }
        if let Some(e) = &f.hours_error {
            ui.label(egui::RichText::new(e).color(theme::BAD));
        }
    });
    egui::CollapsingHeader::new(theme::bold(t(Step::Improve.msg()))).default_open(true).show(ui, |ui| {
        egui::Grid::new("lesson").num_columns(2).show(ui, |ui| {
            ui.label(t("field-category"));
            combo(ui, "lesson-category", lang, &mut f.lesson_category, Category::ALL, Category::msg);
            ui.end_row();
            ui.label(t("field-cause"));
            combo(ui, "lesson-cause", lang, &mut f.lesson_cause, Cause::ALL, Cause::msg);
            ui.end_row();
        });
        ui.label(t("tui-ask-root-cause"));
        ui.add(egui::TextEdit::multiline(&mut f.root_cause).desired_rows(2).desired_width(f32::INFINITY));
        ui.label(t("tui-ask-correction"));
        ui.add(egui::TextEdit::multiline(&mut f.correction).desired_rows(2).desired_width(f32::INFINITY));
        let ready = f.lesson_category.is_some() && f.lesson_cause.is_some();
        if ui.add_enabled(ready, egui::Button::new(t("menu-lesson"))).clicked()
            && let (Some(category), Some(cause)) = (f.lesson_category, f.lesson_cause)
        {
            act(Action::LessonLearned {
                category,
                cause,
                root_cause: f.root_cause.clone(),
                correction: f.correction.clone(),
            });
        }
    });
    egui::CollapsingHeader::new(theme::bold(t("tui-other"))).default_open(false).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(t("menu-wait"));
            ui.add(egui::TextEdit::singleline(&mut f.wait_minutes).hint_text("min").desired_width(50.0));
            if ui.button(t("game-do")).clicked()
                && let Ok(m) = parse_hours(&f.wait_minutes, 7 * 24 * 60, lang)
            {
                act(Action::Wait { minutes: m });
            }
        });
        ui.label(egui::RichText::new(duration(lang, (st.now - st.start).num_minutes())).small().color(theme::MUTED));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::widgets::Timer;

    #[test]
    fn the_offer_form_refuses_bad_input_with_a_message() {
        let f = |offer, amount: &str, days: &str| DeskForms {
            offer,
            amount: amount.into(),
            days: days.into(),
            ..DeskForms::default()
        };
        assert_eq!(
            offer_action(&f(1, "39,95", "3"), 100.0, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Refund(39.95), days: Some(3) })
        );
        assert_eq!(
            offer_action(&f(1, "€ 40", ""), 100.0, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Refund(40.0), days: None })
        );
        assert!(offer_action(&f(1, "veel", "3"), 100.0, Lang::Nl).unwrap_err().contains("veel"));
        assert!(offer_action(&f(1, "-5", "3"), 100.0, Lang::Nl).is_err());
        assert!(offer_action(&f(1, "150", "3"), 100.0, Lang::Nl).unwrap_err().contains("€ 100,00"));
        assert!(offer_action(&f(2, "120", "0"), 100.0, Lang::En).unwrap_err().contains("120"));
        assert_eq!(
            offer_action(&f(2, "15%", "0"), 100.0, Lang::Nl),
            Ok(Action::Offer { offer: OfferKind::Discount(15), days: Some(0) })
        );
        assert!(offer_action(&f(0, "", "morgen"), 100.0, Lang::Nl).unwrap_err().contains("morgen"));
    }

    #[test]
    fn deadlines_turn_amber_near_and_red_past() {
        let at = |h, m| chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(h, m, 0).unwrap();
        assert_eq!(timer(at(9, 0), at(10, 0), at(9, 10), None), Timer::Open { near: false, past: false });
        assert_eq!(timer(at(9, 0), at(10, 0), at(9, 50), None), Timer::Open { near: true, past: false });
        assert_eq!(timer(at(9, 0), at(10, 0), at(10, 5), None), Timer::Open { near: false, past: true });
        assert_eq!(timer(at(9, 0), at(10, 0), at(10, 5), Some(at(9, 30))), Timer::Done { late: false });
        assert_eq!(timer(at(9, 0), at(10, 0), at(10, 5), Some(at(10, 1))), Timer::Done { late: true });
    }
}
