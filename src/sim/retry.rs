//! "Try again from here", the engine's part: a finished session is its
//! scenario, policy, seed and actions, so replaying the actions before a
//! chosen decision gives back the session exactly as it stood then (same
//! customer, same seed, same draws), and a front end continues it with
//! another choice. The log marks the new ending as a retry
//! (`Record::retry_of`, `Record::retry_from`); `crate::score::compare`
//! sets the two endings side by side.

use crate::i18n::{Arg, Text};
use crate::model::{Action, Scenario};
use crate::policy::Policy;

use super::{Refusal, Session};

/// The session of `actions[..from]` played again under `seed`: ready for
/// the action that replaces `actions[from]`. An action the session refuses
/// on the way (a log from another version of the case) is an error that
/// says which one, counted from 1.
pub fn replay_until<'a>(
    scenario: &'a Scenario,
    policy: &'a Policy,
    seed: u64,
    actions: &[Action],
    from: usize,
) -> Result<Session<'a>, Refusal> {
    if from > actions.len() {
        return Err(Refusal(
            Text::msg("retry-beyond-end").arg("from", from as i64 + 1).arg("count", actions.len() as i64),
        ));
    }
    let mut session = Session::new(scenario, policy, seed);
    for (i, a) in actions[..from].iter().enumerate() {
        session.apply(a.clone(), 0).map_err(|r| {
            Refusal(
                Text::msg("retry-refused")
                    .arg("index", i as i64 + 1)
                    .arg("action", a.key())
                    .arg("reason", Arg::Text(Box::new(r.0))),
            )
        })?;
    }
    Ok(session)
}
