//! The classroom's paper and roles for the lesson's pair role-play
//! ("rollenspel in tweetallen"): the customer's role card built from a
//! case ([`RoleCard`]) and the observation sheet's steps in the sequence
//! of the case's verdict ([`sheet_steps`]). The game's pair screens and
//! the printed page both use these; the log of a pair session is
//! `crate::log::pair`.

pub mod print;
pub mod role_card;
pub mod sheet;

pub use role_card::{Reveal, RoleCard};
pub use sheet::{sheet_asks, sheet_steps};
