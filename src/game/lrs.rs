//! Sending a finished case to the class's learning record store, when the
//! class has set one (`KLACHTSIM_LRS`, or `url = ...` in `lrs.conf`: see
//! `review::xapi::send::class_lrs`). The send runs beside the game, so a slow
//! or unreachable LRS never holds up the debrief; what did not arrive stays
//! in the state file and goes with the next send (the game's, or
//! `klachtsim review --send-xapi`).

use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use crate::i18n::{Arg, Text};
use crate::log::Record;
use crate::policy::Policy;
use crate::review::xapi::{Config, Launch, send};

/// Where a case goes.
enum To {
    Cmi5(Launch),
    Class(String),
}

/// How the send of the last case goes: `None` while it runs, then what to
/// tell the trainee.
#[derive(Resource, Clone, Default)]
pub struct LrsSend(pub Arc<Mutex<Option<Result<Text, Text>>>>);

impl LrsSend {
    /// The outcome once the send is done.
    pub fn outcome(&self) -> Option<Result<Text, Text>> {
        self.0.lock().ok().and_then(|o| o.clone())
    }
}

/// Starts sending `record`: by the cmi5 pattern to the launching learning
/// environment's LRS, else to the class's LRS; `None` when there is none.
pub fn start(record: &Record, policy: &Policy, cmi5: Option<&Launch>) -> Option<LrsSend> {
    let to = match cmi5 {
        Some(launch) => To::Cmi5(launch.clone()),
        None => To::Class(send::class_lrs()?),
    };
    let progress = LrsSend::default();
    let slot = progress.0.clone();
    let (record, pass_score, zone) = (record.clone(), policy.kpi.pass_score, policy.zone());
    let sending = move || {
        let (sent, url) = match &to {
            To::Cmi5(launch) => (send::after_cmi5_session(launch, &record, pass_score), launch.endpoint.clone()),
            To::Class(url) => (send::after_session(url, &record, &mut Config::from_env(pass_score, zone)), url.clone()),
        };
        let told = match sent {
            Ok(report) => match report.stopped {
                None => Ok(Text::msg("game-lrs-sent").arg("url", url.as_str())),
                Some(why) => Err(Text::msg("game-lrs-stopped").arg("why", Arg::Text(Box::new(why)))),
            },
            Err(why) => Err(Text::msg("game-lrs-stopped").arg("why", Arg::Text(Box::new(why)))),
        };
        if let Ok(mut slot) = slot.lock() {
            *slot = Some(told);
        }
    };
    match std::thread::Builder::new().name("klachtsim-lrs".into()).spawn(sending) {
        Ok(_) => Some(progress),
        Err(e) => {
            let why = Text::msg("game-lrs-stopped").arg("why", e.to_string());
            Some(LrsSend(Arc::new(Mutex::new(Some(Err(why))))))
        }
    }
}
