//! How the options are put before the trainee, the same at the desk and in
//! the terminal: the lines to say in one list, in an order shuffled by the
//! session's seed (a replay shows the same order; the order never tells
//! which line is the good one), and the other tools in groups named after
//! what they are for, never after the lesson's steps.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::model::Scenario;

/// The groups of tools, in the order both front ends show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Letting the customer finish, interrupting, and every line to say.
    Conversation,
    /// The checks and the classification.
    Investigation,
    /// Receipt, ownership, status updates, escalation, management.
    File,
    Solution,
    /// Carrying out, following up, closing, the survey, the senior's call.
    Afterwards,
    Lesson,
}

impl Group {
    pub const ALL: &[Group] =
        &[Group::Conversation, Group::Investigation, Group::File, Group::Solution, Group::Afterwards, Group::Lesson];

    /// The translation id of its heading.
    pub fn msg(self) -> &'static str {
        match self {
            Group::Conversation => "group-conversation",
            Group::Investigation => "group-investigation",
            Group::File => "group-file",
            Group::Solution => "group-solution",
            Group::Afterwards => "group-afterwards",
            Group::Lesson => "group-lesson",
        }
    }
}

/// The scenario's lines (their indices) in the order this session offers
/// them. The seed is mixed with a constant of its own, so the order does
/// not follow the customer's replies drawn from the same seed.
pub fn line_order(s: &Scenario, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..s.lines.len()).collect();
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed ^ 0x6c69_6e65_732d_6f72));
    order
}
