//! How often the window redraws. A training PC or school laptop should not
//! spin its fans for a form that waits for a click: the game draws on input,
//! on a running clock's tick (once a second: the classroom countdown, the
//! 30-second drill), and on egui's own animation frames while something
//! animates; otherwise it sleeps. The tour and the start-up benchmark need
//! every frame and keep Bevy's continuous mode.
//!
//! egui asks for a repaint "now" (an animation) or "after a while" (a
//! blinking text cursor, a tooltip's delay). bevy_egui turns both into an
//! immediate redraw, so a focused text field alone redraws without pause.
//! Here a delayed request wakes the window when it is due instead.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxy, EventLoopProxyWrapper, UpdateMode, WinitSettings, WinitUserEvent};
use bevy_egui::{EguiContext, EguiInput, EguiPostUpdateSet, EguiPreUpdateSet, egui};

use super::{Countdown, GameCommand, Play, Screen};

/// How long the window sleeps when nothing moves: it wakes earlier on any
/// input or redraw request.
const IDLE: Duration = Duration::from_secs(60);
/// A running clock shows seconds.
const TICK: Duration = Duration::from_secs(1);

/// Reactive rendering for an app with a window the trainee uses.
pub fn plugin(app: &mut App) {
    app.insert_resource(settings(IDLE))
        .add_systems(
            PreUpdate,
            drop_unchanged_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
        )
        .add_systems(PostUpdate, (wake_when_due, drop_eager_redraws.after(EguiPostUpdateSet::ProcessOutput)))
        .add_systems(Last, (follow_clocks, redraw_after_change, trace_repaints));
}

/// With `RUST_LOG=klachtsim::game::power=debug`: why egui wanted each
/// frame (to find what keeps a window busy).
fn trace_repaints(mut contexts: Query<&mut EguiContext>, frames: Res<bevy::diagnostic::FrameCount>) {
    if !log_enabled() {
        return;
    }
    for mut ctx in &mut contexts {
        let ctx = ctx.get_mut();
        let (events, moved) = ctx.input(|i| (i.events.clone(), i.pointer.is_moving()));
        debug!("frame {}: {:?} events {events:?} pointer moving {moved}", frames.0, ctx.repaint_causes());
    }
}

fn log_enabled() -> bool {
    bevy::log::tracing::enabled!(bevy::log::Level::DEBUG)
}

/// bevy_egui tells egui the state of Shift, Ctrl and Alt in every frame,
/// changed or not, and egui takes any input as a reason to draw the next
/// frame at once: the window would never rest. Only a real change is passed
/// on.
fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<std::collections::HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => last.insert(entity, *m) != Some(*m),
            _ => true,
        });
    }
}

/// Gives egui's context a repaint callback that wakes the window at once
/// for "now" and at the due moment for "after a while" (through a small
/// alarm thread). Set once, after bevy_egui has set its own.
fn wake_when_due(
    mut contexts: Query<&mut EguiContext>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
    fonts: Option<Res<super::theme::FontsReady>>,
    mut done: Local<bool>,
) {
    let (Some(proxy), Some(_)) = (proxy, fonts) else {
        return;
    };
    if *done || contexts.is_empty() {
        return;
    }
    let proxy: EventLoopProxy<WinitUserEvent> = (**proxy).clone();
    let (due, alarms) = mpsc::channel::<Instant>();
    let alarm_proxy = proxy.clone();
    std::thread::Builder::new()
        .name("klachtsim-repaint".into())
        .spawn(move || alarm(&alarms, &alarm_proxy))
        .expect("a thread for the repaint alarm");
    for mut ctx in &mut contexts {
        let (proxy, due) = (proxy.clone(), due.clone());
        ctx.get_mut().set_request_repaint_callback(move |info| {
            if info.delay.is_zero() {
                // The event loop may be gone while the app shuts down.
                proxy.send_event(WinitUserEvent::WakeUp).ok();
            } else if let Some(at) = Instant::now().checked_add(info.delay) {
                due.send(at).ok();
            }
        });
    }
    *done = true;
}

/// Sleeps until the earliest due repaint and wakes the event loop then.
fn alarm(alarms: &mpsc::Receiver<Instant>, proxy: &EventLoopProxy<WinitUserEvent>) {
    let mut next: Option<Instant> = None;
    loop {
        let got = match next {
            Some(at) => alarms.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => alarms.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
        };
        match got {
            Ok(at) => next = Some(next.map_or(at, |n| n.min(at))),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                next = None;
                if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                    return;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// bevy_egui asks for a redraw whenever egui wants one, now or later; the
/// callback above wakes the window at the right moment instead.
fn drop_eager_redraws(mut redraws: ResMut<Messages<RequestRedraw>>) {
    redraws.clear();
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
