//! What a trainee can do: one `Action` per move, for every step.

use serde::{Deserialize, Serialize};

use super::terms::*;

/// A solution the trainee puts to the customer.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum OfferKind {
    #[serde(alias = "Vervanging")]
    Replacement,
    /// Money back, in euro.
    #[serde(alias = "Terugbetaling")]
    Refund(f64),
    /// Goodwill discount, in percent.
    #[serde(alias = "Korting")]
    Discount(u32),
    /// A voucher, in euro.
    #[serde(alias = "Tegoedbon")]
    Voucher(f64),
    /// Free repair.
    #[serde(alias = "Reparatie")]
    Repair,
    /// Advice or an explanation as the solution itself.
    #[serde(alias = "Advies")]
    Advice,
    /// Meeting the customer halfway in a way the scenario describes.
    #[serde(alias = "Compromis")]
    Compromise,
}

impl OfferKind {
    pub fn key(&self) -> &'static str {
        match self {
            OfferKind::Replacement => "replacement",
            OfferKind::Refund(_) => "refund",
            OfferKind::Discount(_) => "discount",
            OfferKind::Voucher(_) => "voucher",
            OfferKind::Repair => "repair",
            OfferKind::Advice => "advice",
            OfferKind::Compromise => "compromise",
        }
    }
}

/// The trainee's classification (step analyze).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    pub nature: Nature,
    pub category: Category,
    pub cause: Cause,
    pub verdict: Verdict,
    pub priority: Priority,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Let the customer tell the whole story (listen).
    #[serde(alias = "LaatUitpraten")]
    LetFinish,
    /// Cut the customer off (listen, wrong).
    #[serde(alias = "Onderbreek")]
    Interrupt,
    /// Say one of the scenario's lines, by id.
    #[serde(alias = "Zeg")]
    Say(String),
    /// Send the acknowledgement of receipt (SLA).
    #[serde(alias = "BevestigOntvangst")]
    ConfirmReceipt,
    /// Become the case's owner (SLA).
    #[serde(alias = "NeemEigenaarschap")]
    TakeOwnership,
    /// Investigate (analyze).
    #[serde(alias = "Controleer")]
    Check(Check),
    /// Classify the complaint (analyze).
    #[serde(alias = "Classificeer")]
    Classify(Classification),
    /// Offer a solution and promise it within a number of working days
    /// (0: today).
    #[serde(alias = "Bied")]
    Offer {
        offer: OfferKind,
        #[serde(default)]
        days: Option<u32>,
    },
    /// Report to the next role up (team lead, then manager).
    #[serde(alias = "Escaleer")]
    Escalate,
    /// Inform C-level of an external or reputational risk.
    #[serde(alias = "InformeerDirectie")]
    NotifyManagement,
    /// Tell the customer the exact moment of the next contact, in hours
    /// from now.
    #[serde(alias = "Statusupdate")]
    StatusUpdate { hours: u32 },
    /// Carry out the accepted offer; the clock runs until it is done.
    #[serde(alias = "Voeruit")]
    Execute,
    /// Contact the customer after execution and ask how it went.
    #[serde(alias = "Nazorg")]
    FollowUp,
    /// Close the case.
    #[serde(alias = "Sluit")]
    Close,
    /// Send the CSAT survey this many hours after closing.
    #[serde(alias = "StuurCsat")]
    SendCsat { hours: u32 },
    /// Have a senior colleague call this many hours after the CSAT answer.
    #[serde(alias = "SeniorNazorg")]
    SeniorFollowUp { hours: u32 },
    /// Record the lesson learned (improve).
    #[serde(alias = "LesGeleerd")]
    LessonLearned { category: Category, cause: Cause, root_cause: String, correction: String },
    /// Let simulated time pass.
    #[serde(alias = "Wacht")]
    Wait { minutes: u32 },
}

impl Action {
    pub fn key(&self) -> &'static str {
        match self {
            Action::LetFinish => "let-finish",
            Action::Interrupt => "interrupt",
            Action::Say(_) => "say",
            Action::ConfirmReceipt => "confirm-receipt",
            Action::TakeOwnership => "take-ownership",
            Action::Check(_) => "check",
            Action::Classify(_) => "classify",
            Action::Offer { .. } => "offer",
            Action::Escalate => "escalate",
            Action::NotifyManagement => "notify-management",
            Action::StatusUpdate { .. } => "status-update",
            Action::Execute => "execute",
            Action::FollowUp => "follow-up",
            Action::Close => "close",
            Action::SendCsat { .. } => "send-csat",
            Action::SeniorFollowUp { .. } => "senior-follow-up",
            Action::LessonLearned { .. } => "lesson-learned",
            Action::Wait { .. } => "wait",
        }
    }
}
