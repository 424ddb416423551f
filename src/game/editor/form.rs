//! The editor's screen: the buttons and the state of the case at the top
//! (with the problems no field holds), the form below, section by section,
//! each problem the loader finds shown under the field it is about. The
//! form edits a copy of the draft; a change is sent as a command, so the
//! case is checked again at once.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::authoring::draft::Draft;
use crate::i18n::{Lang, Text, tr};
use crate::model::*;

use super::super::{GameCommand, Screen, Settings, theme, widgets};
use super::fields::{Notes, row, section, term, text};
use super::{Editor, EditorCommand, Notice, files, rows};

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(
            in_state(Screen::Editor).and_then(resource_exists::<theme::FontsReady>).and_then(resource_exists::<Editor>),
        ),
    );
}

/// Every field the form shows a problem at, longest paths win (see
/// `authoring::draft::place`).
fn shown_fields(d: &Draft) -> Vec<String> {
    let mut v: Vec<String> = [
        "id",
        "title",
        "author",
        "summary",
        "customer",
        "customer.name",
        "customer.temperament",
        "order",
        "order.number",
        "order.product",
        "order.price",
        "order.purchased",
        "order.in_stock",
        "channel",
        "received",
        "opening",
        "truth",
        "truth.nature",
        "truth.category",
        "truth.cause",
        "truth.verdict",
        "truth.priority",
        "findings",
        "lines",
        "offers",
    ]
    .map(str::to_owned)
    .into();
    v.extend(d.case.findings.keys().map(|c| format!("findings.{c:?}")));
    v.extend((0..d.case.lines.len()).map(|i| format!("lines.{i}")));
    v.extend((0..d.case.offers.len()).map(|i| format!("offers.{i}")));
    v
}

fn ui(
    mut contexts: EguiContexts,
    editor: Res<Editor>,
    settings: Res<Settings>,
    mut writer: MessageWriter<GameCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang;
    let t = |id: &str| tr(lang, id);
    let mut draft = editor.draft.clone();
    let mut out: Vec<EditorCommand> = Vec::new();
    let shown = shown_fields(&draft);
    let notes = Notes::new(lang, &editor.checked.errors, &editor.checked.warnings, &shown);
    let mut root = widgets::root(ctx);
    egui::Panel::top("editor-top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("game-back")).clicked() {
                writer.write(GameCommand::OtherCase);
            }
            ui.heading(t("editor-title"));
            ui.separator();
            ui.label(t("editor-start-from"));
            for v in Verdict::ALL {
                if ui.button(t(v.msg())).clicked() {
                    out.push(EditorCommand::Template(*v));
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let valid = editor.checked.is_valid();
            if ui.add_enabled(valid, egui::Button::new(theme::bold(t("editor-save")))).clicked() {
                out.push(EditorCommand::Save);
            }
            let saved = editor.saved.as_ref().map(|(id, _)| id.clone());
            if ui.add_enabled(saved.is_some(), egui::Button::new(theme::bold(t("editor-play-now")))).clicked()
                && let Some(id) = saved
            {
                writer.write(GameCommand::Choose(id));
            }
            if ui.button(t("editor-import")).clicked() {
                out.push(EditorCommand::Browse(files::Purpose::Import));
            }
            if ui.add_enabled(editor.saved.is_some(), egui::Button::new(t("editor-export"))).clicked() {
                out.push(EditorCommand::Browse(files::Purpose::Export));
            }
            ui.separator();
            let n = editor.checked.errors.len();
            let state =
                if valid { t("editor-valid") } else { Text::msg("editor-invalid").arg("count", n as i64).render(lang) };
            ui.label(theme::bold(state).color(if valid { theme::GOOD } else { theme::BAD }));
            let w = editor.checked.warnings.len();
            if w > 0 {
                let msg = Text::msg("editor-warnings").arg("count", w as i64).render(lang);
                ui.label(egui::RichText::new(msg).color(theme::WARN));
            }
        });
        show_notice(ui, lang, editor.notice.as_ref());
        notes.show(ui, "");
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            ui.set_max_width(1100.0);
            case_fields(ui, &notes, &mut draft);
            rows::findings(ui, &notes, &mut draft.case);
            rows::lines(ui, &notes, &mut draft.case);
            rows::offers(ui, &notes, &mut draft.case);
        });
    });
    if let Some(b) = &editor.browser {
        files::show(ctx, lang, b, &mut out);
    }
    if draft != editor.draft {
        out.push(EditorCommand::Edit(Box::new(draft)));
    }
    for c in out {
        writer.write(c.into());
    }
    Ok(())
}

/// The result of the last save, import or export.
fn show_notice(ui: &mut egui::Ui, lang: Lang, notice: Option<&Notice>) {
    match notice {
        None => {}
        Some(Notice::Done(msg)) => {
            ui.label(theme::bold(msg.render(lang)).color(theme::GOOD));
        }
        Some(Notice::Refused(msg, ds)) => {
            egui::Frame::group(ui.style()).fill(egui::Color32::from_rgb(253, 236, 234)).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(theme::bold(msg.render(lang)).color(theme::BAD));
                for d in ds.iter().take(6) {
                    ui.label(egui::RichText::new(d.one_line(lang)).color(theme::BAD));
                }
            });
        }
    }
}

/// The case's own fields: who wrote it, the customer, the order, how the
/// complaint comes in, and the truth.
fn case_fields(ui: &mut egui::Ui, notes: &Notes, d: &mut Draft) {
    let lang = notes.lang;
    let t = |id: &str| tr(lang, id);
    section(ui, lang, "editor-section-case");
    let mut title = d.case.title.clone();
    row(ui, &t("editor-field-title"), |ui| text(ui, &mut title, false));
    if title != d.case.title {
        d.set_title(&title);
    }
    notes.show(ui, "title");
    notes.show(ui, "id");
    let mut author = d.case.author.clone().unwrap_or_default();
    row(ui, &t("editor-field-author"), |ui| text(ui, &mut author, false));
    d.case.author = Some(author).filter(|a| !a.trim().is_empty());
    notes.show(ui, "author");
    row(ui, &t("editor-field-summary"), |ui| text(ui, &mut d.case.summary, true));
    notes.show(ui, "summary");

    section(ui, lang, "editor-section-customer");
    let c = &mut d.case.customer;
    row(ui, &t("editor-field-customer-name"), |ui| text(ui, &mut c.name, false));
    notes.show(ui, "customer.name");
    row(ui, &t("editor-field-temperament"), |ui| term(ui, "temperament", lang, &mut c.temperament));
    notes.show(ui, "customer.temperament");
    notes.show(ui, "customer");

    section(ui, lang, "editor-section-order");
    let o = &mut d.case.order;
    row(ui, &t("editor-field-order-number"), |ui| text(ui, &mut o.number, false));
    notes.show(ui, "order.number");
    row(ui, &t("editor-field-product"), |ui| text(ui, &mut o.product, false));
    notes.show(ui, "order.product");
    row(ui, &t("editor-field-price"), |ui| {
        ui.add(egui::DragValue::new(&mut o.price).speed(0.5).range(0.0..=100_000.0).max_decimals(2));
    });
    notes.show(ui, "order.price");
    row(ui, &t("editor-field-purchased"), |ui| text(ui, &mut d.purchased, false));
    notes.show(ui, "order.purchased");
    row(ui, &t("editor-field-in-stock"), |ui| {
        ui.checkbox(&mut d.case.order.in_stock, "");
    });
    notes.show(ui, "order.in_stock");
    notes.show(ui, "order");

    section(ui, lang, "editor-section-contact");
    row(ui, &t("editor-field-channel"), |ui| term(ui, "channel", lang, &mut d.case.channel));
    notes.show(ui, "channel");
    row(ui, &t("editor-field-received"), |ui| text(ui, &mut d.received, false));
    notes.show(ui, "received");
    row(ui, &t("editor-field-opening"), |ui| text(ui, &mut d.case.opening, true));
    notes.show(ui, "opening");

    section(ui, lang, "editor-section-truth");
    let truth = &mut d.case.truth;
    row(ui, &t("editor-field-nature"), |ui| term(ui, "nature", lang, &mut truth.nature));
    notes.show(ui, "truth.nature");
    row(ui, &t("editor-field-category"), |ui| term(ui, "category", lang, &mut truth.category));
    notes.show(ui, "truth.category");
    row(ui, &t("editor-field-cause"), |ui| term(ui, "cause", lang, &mut truth.cause));
    notes.show(ui, "truth.cause");
    row(ui, &t("editor-field-verdict"), |ui| term(ui, "verdict", lang, &mut truth.verdict));
    notes.show(ui, "truth.verdict");
    row(ui, &t("editor-field-priority"), |ui| term(ui, "priority", lang, &mut truth.priority));
    notes.show(ui, "truth.priority");
    notes.show(ui, "truth");
}
