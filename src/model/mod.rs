//! The scenario model: what a complaint case is, and what a trainee can do.

pub mod action;
pub mod causes;
pub mod moment;
pub mod scenario;
pub mod terms;

pub use action::{Action, Classification, OfferAmounts, OfferChoice, OfferInput, OfferKind, Written};
pub use causes::CauseLink;
pub use scenario::*;
pub use terms::*;
