//! The pieces every part of the editor's form is made of: a labelled row,
//! a text field, a choice of a term, a section's heading, and the notes
//! that show the loader's problems under the field they are about.

use std::collections::BTreeMap;

use bevy_egui::egui;

use crate::authoring::draft::{Placed, place};
use crate::i18n::{Lang, Text, tr};
use crate::model::Term;

use super::super::theme;

/// Where the problems go: per shown field, the errors and the warnings.
pub struct Notes<'a> {
    pub lang: Lang,
    errors: BTreeMap<String, Vec<&'a Placed>>,
    warnings: BTreeMap<String, Vec<&'a Placed>>,
}

impl<'a> Notes<'a> {
    /// The errors and warnings of a check, placed at the fields the form shows.
    pub fn new(lang: Lang, errors: &'a [Placed], warnings: &'a [Placed], shown: &[String]) -> Notes<'a> {
        Notes { lang, errors: place(errors, shown), warnings: place(warnings, shown) }
    }

    /// The problems of `field`, in red (errors) and amber (warnings).
    pub fn show(&self, ui: &mut egui::Ui, field: &str) {
        for (map, colour) in [(&self.errors, theme::BAD), (&self.warnings, theme::WARN)] {
            for p in map.get(field).into_iter().flatten() {
                ui.label(egui::RichText::new(note(&p.diagnostic, self.lang)).color(colour).small());
            }
        }
    }
}

/// A problem as shown beside its field: the line of the file, the message
/// and the tip, as `klachtsim validate` gives them.
fn note(d: &crate::load::Diagnostic, lang: Lang) -> String {
    let msg = d.message.render(lang);
    let msg = match &d.hint {
        Some(h) => format!("{msg} ({})", h.render(lang)),
        None => msg,
    };
    if d.line == 0 {
        return msg;
    }
    let at = Text::msg("editor-at").arg("line", d.line as i64).arg("column", d.column as i64);
    format!("⚠ {}", at.arg("message", msg).render(lang))
}

/// A label of the form's width, then the field.
pub fn row(ui: &mut egui::Ui, label: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        ui.add_sized([190.0, 20.0], egui::Label::new(label));
        add(ui);
    });
}

/// A choice from the values of a term, by their names in the language.
pub fn term<T: Term>(ui: &mut egui::Ui, salt: impl std::hash::Hash + std::fmt::Debug, lang: Lang, value: &mut T) {
    egui::ComboBox::from_id_salt(salt).selected_text(tr(lang, value.msg())).show_ui(ui, |ui| {
        for v in T::ALL {
            ui.selectable_value(value, *v, tr(lang, v.msg()));
        }
    });
}

/// A text field of the form's width.
pub fn text(ui: &mut egui::Ui, value: &mut String, multiline: bool) {
    let edit =
        if multiline { egui::TextEdit::multiline(value).desired_rows(2) } else { egui::TextEdit::singleline(value) };
    ui.add(edit.desired_width(ui.available_width()));
}

/// A section's heading.
pub fn section(ui: &mut egui::Ui, lang: Lang, id: &str) {
    ui.add_space(10.0);
    ui.label(theme::bold(tr(lang, id)).size(18.0));
    ui.separator();
}
