//! Widgets as functions: the customer's face, a deadline chip, a score bar,
//! and the colours and texts that more than one screen shows the same way
//! (points won or lost, time running out).

use bevy_egui::egui::{self, Color32, Pos2, Stroke, Ui, Vec2};
use chrono::NaiveDateTime;

use crate::i18n::{Lang, Text, duration, time};
use crate::sla::{Deadline, Standing};

use super::theme;

/// A root `Ui` covering the whole window, for panels to live in.
pub fn root(ctx: &egui::Context) -> Ui {
    Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    )
}

/// The customer's face: colour and mouth follow the mood (0-100).
pub fn avatar(ui: &mut Ui, mood: i32, size: f32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    let p = ui.painter_at(rect);
    let c = rect.center();
    let r = size * 0.45;
    let t = (mood.clamp(0, 100) as f32) / 100.0;
    // From red through amber to green.
    let face = if t < 0.5 {
        lerp(Color32::from_rgb(239, 154, 154), Color32::from_rgb(255, 224, 130), t * 2.0)
    } else {
        lerp(Color32::from_rgb(255, 224, 130), Color32::from_rgb(165, 214, 167), (t - 0.5) * 2.0)
    };
    let ink = Stroke::new(size * 0.035, Color32::from_rgb(60, 60, 60));
    p.circle(c, r, face, ink);
    let eye_y = c.y - r * 0.25;
    for dx in [-0.35, 0.35] {
        p.circle_filled(Pos2::new(c.x + dx * r, eye_y), r * 0.08, Color32::from_rgb(60, 60, 60));
    }
    if mood < 30 {
        // Frowning brows.
        for (dx, dir) in [(-0.35, 1.0), (0.35, -1.0)] {
            let x = c.x + dx * r;
            p.line_segment(
                [
                    Pos2::new(x - r * 0.15, eye_y - r * 0.22 - dir * r * 0.06),
                    Pos2::new(x + r * 0.15, eye_y - r * 0.22 + dir * r * 0.06),
                ],
                ink,
            );
        }
    }
    // The mouth: a curve that smiles or frowns.
    let curve = (t - 0.5) * 2.0;
    let (mx, my, w) = (c.x, c.y + r * 0.4, r * 0.5);
    let points: Vec<Pos2> = (0..=12)
        .map(|i| {
            let u = i as f32 / 12.0 * 2.0 - 1.0;
            Pos2::new(mx + u * w, my + curve * r * 0.22 * (1.0 - u * u))
        })
        .collect();
    p.add(egui::Shape::line(points, ink));
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t.clamp(0.0, 1.0)) as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

/// How a deadline stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Timer {
    Done { late: bool },
    Open { near: bool, past: bool },
}

/// Where a deadline stands at `now`; near once the policy's warning is on
/// (`sla.warn_percent` of the term, 80% by default: `Deadline::warned`).
pub fn timer(d: &Deadline, now: NaiveDateTime) -> Timer {
    match d.standing(now) {
        Standing::Met(_) => Timer::Done { late: false },
        Standing::Late(_) => Timer::Done { late: true },
        Standing::Overdue => Timer::Open { near: false, past: true },
        Standing::Running => Timer::Open { past: false, near: d.warned(now) },
    }
}

/// A chip with a deadline: green when met, amber near, red past or late.
pub fn deadline_chip(ui: &mut Ui, lang: Lang, label: &str, deadline: NaiveDateTime, now: NaiveDateTime, state: Timer) {
    let (fill, text) = match state {
        Timer::Done { late: false } => (theme::GOOD, format!("✔ {label}")),
        Timer::Done { late: true } => (theme::BAD, format!("✘ {label}")),
        Timer::Open { past: true, .. } => {
            (theme::BAD, format!("{label}: {}", duration(lang, (deadline - now).num_minutes())))
        }
        Timer::Open { near: true, .. } => {
            (theme::WARN, format!("{label}: {}", duration(lang, (deadline - now).num_minutes())))
        }
        Timer::Open { .. } => {
            (Color32::from_rgb(84, 110, 122), format!("{label}: {}", duration(lang, (deadline - now).num_minutes())))
        }
    };
    egui::Frame::new().fill(fill).corner_radius(6.0).inner_margin(egui::Margin::symmetric(8, 3)).show(ui, |ui| {
        ui.label(egui::RichText::new(text).color(Color32::WHITE).small()).on_hover_text(time(lang, deadline));
    });
}

/// A score from 0 to 100 as a coloured bar with its number.
pub fn score_bar(ui: &mut Ui, label: &str, score: u32, width: f32) {
    ui.horizontal(|ui| {
        ui.add_sized([190.0, 20.0], egui::Label::new(label).truncate());
        let fill = if score >= 75 {
            theme::GOOD
        } else if score >= 55 {
            theme::WARN
        } else {
            theme::BAD
        };
        let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 14.0), egui::Sense::hover());
        let p = ui.painter_at(rect);
        p.rect_filled(rect, 4.0, Color32::from_rgb(230, 230, 230));
        let filled =
            egui::Rect::from_min_size(rect.min, Vec2::new(width * score.min(100) as f32 / 100.0, rect.height()));
        if score > 0 {
            p.rect_filled(filled, 4.0, fill);
        }
        ui.label(theme::bold(score.to_string()).color(fill));
    });
}

/// Points won in green, lost in red, none in grey.
pub fn points_colour(points: i32) -> Color32 {
    if points > 0 {
        theme::GOOD
    } else if points < 0 {
        theme::BAD
    } else {
        theme::MUTED
    }
}

/// Time left in red below `bad`, amber below `warn`, grey otherwise.
pub fn time_left_colour(left: f64, bad: f64, warn: f64) -> Color32 {
    if left < bad {
        theme::BAD
    } else if left < warn {
        theme::WARN
    } else {
        theme::MUTED
    }
}

/// The exercise's real time left, as `time left: mm:ss`.
pub fn countdown_text(lang: Lang, left: std::time::Duration) -> String {
    let left = left.as_secs();
    Text::msg("game-time-left").arg("time", format!("{:02}:{:02}", left / 60, left % 60)).render(lang)
}

#[cfg(test)]
mod tests {
    use super::{Timer, timer};
    use crate::policy::Rule;
    use crate::sla::Deadline;

    #[test]
    fn deadlines_turn_amber_near_and_red_past() {
        let at = |h, m| chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(h, m, 0).unwrap();
        let d = |done| Deadline {
            rule: Rule::SlaOwner,
            from: at(9, 0),
            due: at(10, 0),
            warn: at(9, 48),
            opens: None,
            done,
        };
        assert_eq!(timer(&d(None), at(9, 10)), Timer::Open { near: false, past: false });
        assert_eq!(timer(&d(None), at(9, 47)), Timer::Open { near: false, past: false });
        assert_eq!(timer(&d(None), at(9, 48)), Timer::Open { near: true, past: false });
        assert_eq!(timer(&d(None), at(10, 5)), Timer::Open { near: false, past: true });
        assert_eq!(timer(&d(Some(at(9, 30))), at(10, 5)), Timer::Done { late: false });
        assert_eq!(timer(&d(Some(at(10, 1))), at(10, 5)), Timer::Done { late: true });
        // A survey sent before its window opened is no better than a late one.
        let survey = Deadline { opens: Some(at(9, 30)), ..d(Some(at(9, 10))) };
        assert_eq!(timer(&survey, at(10, 5)), Timer::Done { late: true });
    }
}
