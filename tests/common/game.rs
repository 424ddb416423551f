//! Driving the game's logic without a window: an app with the logic
//! plugin only, commands in, screens out.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use klachtsim::game::{GameCommand, LogicPlugin, Screen, Settings};

/// The game's logic over the test library, with these settings, after its
/// first frame.
pub fn app(settings: Settings) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(LogicPlugin { library: super::library(), settings });
    app.update();
    app
}

pub fn send(app: &mut App, c: GameCommand) {
    app.world_mut().write_message(c);
    // One frame to handle the command, one to enter the next screen.
    app.update();
    app.update();
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}
