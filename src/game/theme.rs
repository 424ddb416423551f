//! Colours, sizes and fonts in one place. The shipped DejaVu fonts cover é,
//! ë, € and every other character of Dutch and English.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub const GOOD: egui::Color32 = egui::Color32::from_rgb(46, 125, 50);
pub const WARN: egui::Color32 = egui::Color32::from_rgb(230, 145, 20);
pub const BAD: egui::Color32 = egui::Color32::from_rgb(198, 40, 40);
pub const MUTED: egui::Color32 = egui::Color32::from_rgb(110, 110, 110);
pub const TRAINEE: egui::Color32 = egui::Color32::from_rgb(21, 101, 192);
pub const CUSTOMER: egui::Color32 = egui::Color32::from_rgb(106, 27, 154);
pub const TEAM_LEAD: egui::Color32 = egui::Color32::from_rgb(0, 121, 107);
pub const PAPER: egui::Color32 = egui::Color32::from_rgb(250, 249, 246);
/// Every other row of a table, on paper.
pub const BAND: egui::Color32 = egui::Color32::from_rgb(240, 237, 229);

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Present once the fonts are installed: egui uses new fonts from the next
/// pass on, so the screens wait for this.
#[derive(Resource)]
pub struct FontsReady;

pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, (setup.run_if(not(resource_exists::<FontsReady>)), zoom));
}

/// The layout is made for 1280x720; a taller window gets larger text
/// instead of empty space.
pub fn zoom_for_height(height: f32) -> f32 {
    if height >= 1000.0 { 1.35 } else { 1.0 }
}

/// Follows window resizes (and the first frame) with the zoom factor.
fn zoom(
    mut contexts: EguiContexts,
    mut resized: MessageReader<bevy::window::WindowResized>,
    window: Single<&Window, With<bevy::window::PrimaryWindow>>,
    mut done: Local<Option<f32>>,
) -> Result {
    let height = resized.read().last().map_or(window.height(), |r| r.height);
    let z = zoom_for_height(height);
    if *done != Some(z) {
        contexts.ctx_mut()?.set_zoom_factor(z);
        *done = Some(z);
    }
    Ok(())
}

fn setup(mut contexts: EguiContexts, mut commands: Commands) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("dejavu".into(), Arc::new(egui::FontData::from_static(REGULAR)));
    fonts.font_data.insert("dejavu-bold".into(), Arc::new(egui::FontData::from_static(BOLD)));
    fonts.families.entry(egui::FontFamily::Proportional).or_default().insert(0, "dejavu".into());
    fonts.families.insert(egui::FontFamily::Name("bold".into()), vec!["dejavu-bold".into(), "dejavu".into()]);
    ctx.set_fonts(fonts);
    let mut visuals = egui::Visuals::light();
    visuals.panel_fill = PAPER;
    ctx.set_visuals(visuals);
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0, FontFamily::Name("bold".into()))),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(15.0, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(12.0, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    commands.insert_resource(FontsReady);
    Ok(())
}

/// Bold text.
pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(egui::FontFamily::Name("bold".into()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn larger_windows_get_larger_text() {
        assert_eq!(super::zoom_for_height(720.0), 1.0);
        assert_eq!(super::zoom_for_height(1080.0), 1.35);
    }
}
