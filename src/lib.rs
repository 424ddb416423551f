//! klachtsim: a training simulator for complaint handling.
//!
//! This crate's engine never names Bevy: values in, values out.
//! - [`model`]: what a complaint case is and what a trainee can do;
//! - [`policy`], [`calendar`], [`sla`]: the company's rules and deadlines;
//! - [`load`]: reading scenario, policy and script files with diagnostics;
//! - [`sim`]: a session on a simulated clock; [`score`]: the debrief;
//! - [`script`]: scripted play; [`i18n`]: every text, in Dutch and English;
//! - [`cli`]: the command line; [`game`]: the Bevy window (the only module
//!   that names Bevy).

pub mod authoring;
pub mod calendar;
pub mod cli;
pub mod coverage;
pub mod drill;
#[cfg(feature = "game")]
pub mod game;
pub mod i18n;
pub mod load;
pub mod log;
pub mod model;
pub mod policy;
pub mod review;
pub mod score;
pub mod script;
pub mod sim;
pub mod sla;
