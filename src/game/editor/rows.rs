//! The editor's lists, a row per item with a button to take it out and one
//! to add a row: what each investigation reveals, what the trainee can say
//! (with the customer's answer), and the offers, each with its rating and
//! the reason the debrief gives.

use bevy_egui::egui;

use crate::i18n::tr;
use crate::model::*;

use super::fields::{Notes, row, section, term, text};

/// A row's frame, with its remove button; true when it was clicked.
fn framed(ui: &mut egui::Ui, notes: &Notes, field: &str, add: impl FnOnce(&mut egui::Ui)) -> bool {
    let mut remove = false;
    egui::Frame::group(ui.style()).fill(egui::Color32::WHITE).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui);
        notes.show(ui, field);
        remove = ui.small_button(tr(notes.lang, "editor-remove")).clicked();
    });
    ui.add_space(4.0);
    remove
}

/// A list field, a framed row per item (`name.i` holds its problems),
/// with a button that adds the item `new` makes.
fn list<T>(
    ui: &mut egui::Ui,
    notes: &Notes,
    (name, add): (&str, &str),
    items: &mut Vec<T>,
    mut draw: impl FnMut(&mut egui::Ui, usize, &mut T),
    new: impl FnOnce(&[T]) -> T,
) {
    let mut gone = None;
    for (i, item) in items.iter_mut().enumerate() {
        if framed(ui, notes, &format!("{name}.{i}"), |ui| draw(ui, i, item)) {
            gone = Some(i);
        }
    }
    if let Some(i) = gone {
        items.remove(i);
    }
    notes.show(ui, name);
    if ui.button(tr(notes.lang, add)).clicked() {
        let item = new(items);
        items.push(item);
    }
}

/// The first variant of a reply, as the form edits it; the others stay.
fn reply(ui: &mut egui::Ui, notes: &Notes, r: &mut Reply) {
    let lang = notes.lang;
    if r.text.is_empty() {
        r.text.push(String::new());
    }
    row(ui, &tr(lang, "editor-field-reply"), |ui| text(ui, &mut r.text[0], true));
    row(ui, &tr(lang, "editor-field-mood"), |ui| {
        ui.add(egui::DragValue::new(&mut r.mood).range(-50..=50));
    });
}

pub(super) fn findings(ui: &mut egui::Ui, notes: &Notes, s: &mut Scenario) {
    let lang = notes.lang;
    section(ui, lang, "editor-section-findings");
    let mut gone = None;
    for (check, finding) in s.findings.iter_mut() {
        let field = format!("findings.{check:?}");
        let removed = framed(ui, notes, &field, |ui| {
            let name = tr(lang, check.msg());
            // The check's name starts a label here, not a sentence's middle.
            let mut label = name.chars();
            let label = label.next().map(|c| c.to_uppercase().chain(label).collect()).unwrap_or(name);
            row(ui, &label, |ui| text(ui, &mut finding.text, true));
        });
        if removed {
            gone = Some(*check);
        }
    }
    if let Some(c) = gone {
        s.findings.remove(&c);
    }
    notes.show(ui, "findings");
    let missing = Check::ALL.iter().find(|c| !s.findings.contains_key(c));
    if let Some(c) = missing
        && ui.button(tr(lang, "editor-add-finding")).clicked()
    {
        s.findings.insert(*c, Finding { text: String::new(), minutes: None });
    }
}

pub(super) fn lines(ui: &mut egui::Ui, notes: &Notes, s: &mut Scenario) {
    let lang = notes.lang;
    let t = |id: &str| tr(lang, id);
    section(ui, lang, "editor-section-lines");
    let draw = |ui: &mut egui::Ui, i: usize, line: &mut Line| {
        let mut moment = line.moment.clone().unwrap_or_default();
        row(ui, &t("editor-field-moment"), |ui| {
            ui.add(egui::TextEdit::singleline(&mut moment).desired_width(220.0));
            ui.label(t("editor-field-kind"));
            egui::ComboBox::from_id_salt(("line-kind", i)).selected_text(t(line.kind.msg())).show_ui(ui, |ui| {
                for k in LineKind::ALL {
                    ui.selectable_value(&mut line.kind, *k, t(k.msg()));
                }
            });
            ui.label(t("editor-field-rating"));
            term(ui, ("line-rating", i), lang, &mut line.rating);
        });
        line.moment = Some(moment).filter(|m| !m.trim().is_empty());
        row(ui, &t("editor-field-text"), |ui| text(ui, &mut line.text, true));
        row(ui, &t("editor-field-reason"), |ui| text(ui, &mut line.reason, true));
        reply(ui, notes, &mut line.reply);
    };
    let new = |lines: &[Line]| Line {
        id: (lines.len() + 1..)
            .map(|n| format!("zin-{n}"))
            .find(|id| lines.iter().all(|l| &l.id != id))
            .unwrap_or_default(),
        kind: LineKind::OpenQuestion,
        text: String::new(),
        rating: Rating::Good,
        reason: String::new(),
        reply: Reply { text: vec![String::new()], ..Reply::default() },
        after: None,
        moment: lines.last().and_then(|l| l.moment.clone()),
    };
    list(ui, notes, ("lines", "editor-add-line"), &mut s.lines, draw, new);
}

/// An offer of the same kind as `choice`, keeping the amounts when the
/// kind stays.
fn pattern(choice: OfferChoice, was: OfferPattern) -> OfferPattern {
    if was.floor().choice() == choice {
        return was;
    }
    match choice {
        OfferChoice::Replacement => OfferPattern::Replacement,
        OfferChoice::Refund => OfferPattern::Refund(10.0, 50.0),
        OfferChoice::Discount => OfferPattern::Discount(10, 20),
        OfferChoice::Voucher => OfferPattern::Voucher(5.0, 25.0),
        OfferChoice::Repair => OfferPattern::Repair,
        OfferChoice::Advice => OfferPattern::Advice,
        OfferChoice::Compromise => OfferPattern::Compromise,
    }
}

/// The kind of offer and, for those with one, the range of amounts.
fn offer_kind(ui: &mut egui::Ui, notes: &Notes, i: usize, p: &mut OfferPattern) {
    let t = |id: &str| tr(notes.lang, id);
    let mut choice = p.floor().choice();
    egui::ComboBox::from_id_salt(("offer-kind", i)).selected_text(t(choice.msg())).show_ui(ui, |ui| {
        for c in OfferChoice::ALL {
            ui.selectable_value(&mut choice, *c, t(c.msg()));
        }
    });
    *p = pattern(choice, *p);
    let euro = |ui: &mut egui::Ui, lo: &mut f64, hi: &mut f64| {
        ui.label(t("editor-field-from"));
        ui.add(egui::DragValue::new(lo).speed(0.5).range(0.0..=100_000.0).max_decimals(2).prefix("€ "));
        ui.label(t("editor-field-to"));
        ui.add(egui::DragValue::new(hi).speed(0.5).range(0.0..=100_000.0).max_decimals(2).prefix("€ "));
    };
    match p {
        OfferPattern::Refund(lo, hi) | OfferPattern::Voucher(lo, hi) => euro(ui, lo, hi),
        OfferPattern::Discount(lo, hi) => {
            ui.label(t("editor-field-from"));
            ui.add(egui::DragValue::new(lo).range(0..=100).suffix("%"));
            ui.label(t("editor-field-to"));
            ui.add(egui::DragValue::new(hi).range(0..=100).suffix("%"));
        }
        _ => {}
    }
}

pub(super) fn offers(ui: &mut egui::Ui, notes: &Notes, s: &mut Scenario) {
    let lang = notes.lang;
    let t = |id: &str| tr(lang, id);
    section(ui, lang, "editor-section-offers");
    let draw = |ui: &mut egui::Ui, i: usize, rule: &mut OfferRule| {
        row(ui, &t("editor-field-offer"), |ui| {
            offer_kind(ui, notes, i, &mut rule.offer);
            ui.label(t("editor-field-rating"));
            term(ui, ("offer-rating", i), lang, &mut rule.rating);
            ui.checkbox(&mut rule.accepted, t("editor-field-accepted"));
        });
        let mut what = rule.text.clone().unwrap_or_default();
        row(ui, &t("editor-field-text"), |ui| text(ui, &mut what, true));
        rule.text = Some(what).filter(|w| !w.trim().is_empty());
        row(ui, &t("editor-field-reason"), |ui| text(ui, &mut rule.reason, true));
        reply(ui, notes, &mut rule.reply);
    };
    let new = |_: &[OfferRule]| OfferRule {
        id: None,
        text: None,
        offer: OfferPattern::Replacement,
        rating: Rating::Good,
        reason: String::new(),
        accepted: true,
        reply: Reply { text: vec![String::new()], ..Reply::default() },
        on_top_of: None,
    };
    list(ui, notes, ("offers", "editor-add-offer"), &mut s.offers, draw, new);
}
