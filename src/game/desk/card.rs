//! The reference card ("Spiekkaart") in a window over the desk's work
//! area: the top bar (clock, deadlines, the card's own button) and the
//! shortcut line stay in sight. The card itself comes from the engine
//! (`reference::card`); this file only lays it out: terms and escalation on
//! the left, authority and the verdicts' steps on the right, in a slightly
//! smaller type than the desk so the whole card fits a 1280x720 window; a
//! narrow window stacks the sections.
//! The window is not modal: the trainee may keep working while it is open.

use bevy_egui::egui;

use crate::game::{GameCommand, Play, theme};
use crate::i18n::{Lang, tr};
use crate::reference::{self, Section};

/// Narrower than this, the sections stack in one column.
const TWO_COLUMNS_FROM: f32 = 900.0;

/// Space between a table's columns, and between the card's two columns.
const GAP: f32 = 14.0;
const COLUMN_GAP: f32 = 24.0;

/// The card's type sizes: tables, and the notes under them.
const TEXT: f32 = 13.5;
const NOTE: f32 = 12.5;

/// Shows the card within `area`.
pub(super) fn card_window(ctx: &egui::Context, lang: Lang, play: &Play, area: egui::Rect, out: &mut Vec<GameCommand>) {
    let card = reference::card(&play.loaded.policy);
    let mut open = true;
    egui::Window::new(theme::bold(card.title.render(lang)).size(16.0))
        .id(egui::Id::new("reference-card"))
        .open(&mut open)
        .collapsible(false)
        .fixed_rect(area)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(card.intro.render(lang)).color(theme::MUTED));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(tr(lang, "card-close")).clicked() {
                        out.push(GameCommand::CloseCard);
                    }
                    ui.label(egui::RichText::new(tr(lang, "card-keys")).color(theme::MUTED));
                });
            });
            ui.spacing_mut().item_spacing.y = 3.0;
            egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| match &card.sections[..] {
                [terms, authority, escalation, verdicts] if ui.available_width() >= TWO_COLUMNS_FROM => {
                    // The verdicts' four columns need more room than the terms' three.
                    let left = (ui.available_width() - COLUMN_GAP) * 0.45;
                    ui.horizontal_top(|ui| {
                        ui.spacing_mut().item_spacing.x = COLUMN_GAP;
                        column(ui, left, lang, &[terms, escalation]);
                        column(ui, ui.available_width(), lang, &[authority, verdicts]);
                    });
                }
                all => all.iter().for_each(|s| section(ui, lang, s)),
            });
        });
    if !open {
        out.push(GameCommand::CloseCard);
    }
}

/// A column of the card, `width` wide, with these sections.
fn column(ui: &mut egui::Ui, width: f32, lang: Lang, sections: &[&Section]) {
    ui.allocate_ui_with_layout(egui::vec2(width, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_width(width);
        ui.spacing_mut().item_spacing.x = 8.0;
        sections.iter().for_each(|s| section(ui, lang, s));
    });
}

/// A section: its heading, its table with aligned columns, its notes.
fn section(ui: &mut egui::Ui, lang: Lang, s: &Section) {
    ui.label(theme::bold(s.title.render(lang)).size(15.0).color(theme::TRAINEE));
    let header: Vec<egui::RichText> = s.header.iter().map(|t| theme::bold(t.render(lang)).size(TEXT)).collect();
    let rows: Vec<Vec<egui::RichText>> =
        s.rows.iter().map(|r| r.iter().map(|t| egui::RichText::new(t.render(lang)).size(TEXT)).collect()).collect();
    let natural: Vec<f32> = (0..header.len())
        .map(|c| {
            let cells = std::iter::once(&header[c]).chain(rows.iter().filter_map(|r| r.get(c)));
            cells.map(|text| text_width(ui, text)).fold(0.0, f32::max)
        })
        .collect();
    // Floating scroll bars lie over the content's right edge: keep clear.
    let room = ui.available_width() - GAP * header.len().saturating_sub(1) as f32 - 12.0;
    let widths = fit(&natural, room);
    for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
        // Every other row on a faint band, painted under the row once its height is known.
        let band = ui.painter().add(egui::Shape::Noop);
        let cells = ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = GAP;
            for (text, w) in row.iter().zip(&widths) {
                ui.allocate_ui_with_layout(egui::vec2(*w, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.set_width(*w);
                    ui.add(egui::Label::new(text.clone()).wrap());
                });
            }
        });
        if i % 2 == 0 && i > 0 {
            let rect = cells.response.rect.expand2(egui::vec2(3.0, 1.0));
            ui.painter().set(band, egui::epaint::RectShape::filled(rect, 2.0, theme::BAND));
        }
    }
    for n in &s.notes {
        ui.label(egui::RichText::new(n.render(lang)).size(NOTE).color(theme::MUTED));
    }
    ui.add_space(6.0);
}

/// The width of a text on one line.
fn text_width(ui: &egui::Ui, text: &egui::RichText) -> f32 {
    let galley = egui::WidgetText::from(text.clone()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    galley.size().x.ceil()
}

/// Column widths that fit `room`: every column its natural width if they
/// all fit, else the widest ones cut to one common width (so a column of
/// short words never wraps while a long one has room to spare).
fn fit(natural: &[f32], room: f32) -> Vec<f32> {
    if natural.iter().sum::<f32>() <= room {
        return natural.to_vec();
    }
    let mut sorted = natural.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    // Cut the k widest to `cap`, the rest keep theirs; the first k whose
    // cap is still at least the next column's width is the one.
    let cap = (1..=sorted.len())
        .map(|k| (k, (room - sorted[k..].iter().sum::<f32>()) / k as f32))
        .find(|(k, cap)| sorted.get(*k).is_none_or(|next| cap >= next))
        .map_or(room / natural.len() as f32, |(_, cap)| cap);
    natural.iter().map(|w| w.min(cap.max(40.0))).collect()
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn columns_keep_their_width_when_they_fit_and_the_widest_give_way() {
        assert_eq!(fit(&[100.0, 50.0], 200.0), [100.0, 50.0]);
        // Only the long column is cut.
        assert_eq!(fit(&[170.0, 900.0], 600.0), [170.0, 430.0]);
        // Two long columns share what the short one leaves.
        assert_eq!(fit(&[330.0, 150.0, 250.0], 600.0), [225.0, 150.0, 225.0]);
    }
}
