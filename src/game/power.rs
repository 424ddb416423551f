//! How often the window redraws. A training PC or school laptop should not
//! spin its fans for a form that waits for a click: the game draws on input,
//! on a running clock's tick (once a second: the classroom countdown, the
//! 30-second drill), and on egui's own animation frames while something
//! animates; otherwise it sleeps. The tour and the start-up benchmark need
//! every frame and keep Bevy's continuous mode.

use std::time::Duration;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};

use super::{Countdown, GameCommand, Play, Screen};

/// How long the window sleeps when nothing moves: it wakes earlier on any
/// input or redraw request.
const IDLE: Duration = Duration::from_secs(60);
/// A running clock shows seconds.
const TICK: Duration = Duration::from_secs(1);

/// Reactive rendering for an app with a window the trainee uses.
pub fn plugin(app: &mut App) {
    app.insert_resource(settings(IDLE)).add_systems(Last, (follow_clocks, redraw_after_change));
}

fn settings(wait: Duration) -> WinitSettings {
    // Low power in both cases: mouse movement elsewhere on the screen does
    // not wake the game, only events in its own window do.
    WinitSettings {
        focused_mode: UpdateMode::reactive_low_power(wait),
        unfocused_mode: UpdateMode::reactive_low_power(wait),
    }
}

/// Wakes once a second while a clock runs on screen, and sleeps otherwise.
fn follow_clocks(
    screen: Res<State<Screen>>,
    countdown: Option<Res<Countdown>>,
    play: Option<Res<Play>>,
    mut winit: ResMut<WinitSettings>,
) {
    let drill_open = play.as_ref().is_some_and(|p| p.drill_open.is_some() && p.drill.is_none());
    let ticking = (countdown.is_some() && matches!(screen.get(), Screen::Desk | Screen::Choose)) || drill_open;
    let want = if ticking { TICK } else { IDLE };
    if !matches!(winit.focused_mode, UpdateMode::Reactive { wait, .. } if wait == want) {
        *winit = settings(want);
    }
}

/// A command or a new screen changes what is shown: draw it now, and once
/// more for egui to settle its layout (sizes measured in the first pass),
/// instead of waiting for the next mouse move.
fn redraw_after_change(
    mut commands: MessageReader<GameCommand>,
    screen: Res<State<Screen>>,
    fonts: Option<Res<super::theme::FontsReady>>,
    mut left: Local<u8>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if commands.read().count() > 0 || screen.is_changed() || fonts.as_ref().is_some_and(|f| f.is_added()) {
        *left = 3;
    }
    if *left > 0 {
        *left -= 1;
        redraw.write(RequestRedraw);
    }
}
