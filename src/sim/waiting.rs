//! When a case waits for the customer ("wacht op klant"): the SLA clock of
//! a running term stands still from the question to the customer's answer
//! (`calendar::Pause`, counted in `sla.rs`). The simulation asks the
//! customer for something in one place: looking at the product outside a
//! store needs the customer's photos or the product sent in, so the time
//! that investigation takes is the wait for the customer's answer. In a
//! store the product is on the counter and nobody waits.

use chrono::{Duration, NaiveDateTime};

use crate::calendar::Pause;
use crate::model::{Action, Channel, Check, Scenario};

/// The wait for the customer that `action`, started at `at` and taking
/// `minutes`, brings, if any.
pub fn pause(action: &Action, s: &Scenario, at: NaiveDateTime, minutes: i64) -> Option<Pause> {
    let asks_customer = matches!(action, Action::Check(Check::Inspect)) && s.channel != Channel::Store;
    (asks_customer && minutes > 0).then(|| Pause { from: at, to: at + Duration::minutes(minutes) })
}
