//! Ending on Ctrl-C, SIGTERM and SIGHUP (a logout or a shutdown) the way
//! closing the window ends: the case in play is logged as abandoned with
//! what was done (`logic::save_on_exit`), its journal removed, and the game
//! exits.
//!
//! Bevy's own handler only raises a flag that a frame reads, and an idle
//! window draws no frame until it gets input, so the signal could wait
//! until the session manager kills the game for good. This handler raises
//! the same flag and then wakes the window's event loop, so the frame that
//! exits comes at once. A second signal ends the game at once (Bevy's rule).

use std::sync::OnceLock;

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

/// Wakes the event loop; set once the window's loop exists.
static WAKE: OnceLock<Box<dyn Fn() + Send + Sync>> = OnceLock::new();

/// Installs the handler. Called before Bevy's plugins are added, so that
/// Bevy's `TerminalCtrlCHandlerPlugin` finds it and keeps only its frame
/// check.
pub fn install() {
    let installed = ctrlc::try_set_handler(|| {
        bevy::app::TerminalCtrlCHandlerPlugin::gracefully_exit();
        if let Some(wake) = WAKE.get() {
            wake();
        }
    });
    if let Err(e) = installed {
        warn!("signal handler: {e}");
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(Startup, keep_waker);
}

fn keep_waker(proxy: Option<Res<EventLoopProxyWrapper>>) {
    let Some(proxy) = proxy else { return };
    let proxy = (**proxy).clone();
    let wake = move || {
        // The loop is gone only when the game is ending anyway.
        if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
            debug!("event loop closed");
        }
    };
    if WAKE.set(Box::new(wake)).is_err() {
        debug!("the event loop's waker was set before");
    }
}
