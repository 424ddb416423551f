//! Opening the window straight at a screen (`klachtsim game --show desk`):
//! what the idle measurement in benches/ needs to sit 30 seconds on the
//! desk or the trainer's overview without clicking its way there.

use bevy::prelude::*;

use super::{CaseLibrary, GameCommand, Mode, Settings, theme::FontsReady};

/// The screen to open at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    Start,
    /// The first case in the window's language, at the desk.
    Desk,
    /// The trainer's overview of the log.
    Trainer,
}

/// Sends the commands that lead to `show`, once the fonts are in.
pub struct OpenAt(pub Show);

impl Plugin for OpenAt {
    fn build(&self, app: &mut App) {
        let show = self.0;
        app.add_systems(
            Update,
            (move |lib: Res<CaseLibrary>,
                   settings: Res<Settings>,
                   mut out: MessageWriter<GameCommand>,
                   mut done: Local<bool>| {
                if *done {
                    return;
                }
                *done = true;
                match show {
                    Show::Start => {}
                    Show::Trainer => {
                        out.write(GameCommand::Trainer);
                    }
                    Show::Desk => {
                        out.write(GameCommand::Begin {
                            trainee: String::new(),
                            group: String::new(),
                            lang: settings.lang,
                            mode: Mode::Single,
                        });
                        let cases = &lib.0.scenarios;
                        let own = cases.iter().find(|c| c.scenario.language == settings.lang.code());
                        if let Some(first) = own.or(cases.first()) {
                            out.write(GameCommand::Choose(first.scenario.id.clone()));
                        }
                    }
                }
            })
            .run_if(resource_exists::<FontsReady>),
        );
    }
}
