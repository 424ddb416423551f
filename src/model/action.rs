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
        self.choice().key()
    }

    /// The kind of this offer, without its amount.
    pub fn choice(&self) -> OfferChoice {
        match self {
            OfferKind::Replacement => OfferChoice::Replacement,
            OfferKind::Refund(_) => OfferChoice::Refund,
            OfferKind::Discount(_) => OfferChoice::Discount,
            OfferKind::Voucher(_) => OfferChoice::Voucher,
            OfferKind::Repair => OfferChoice::Repair,
            OfferKind::Advice => OfferChoice::Advice,
            OfferKind::Compromise => OfferChoice::Compromise,
        }
    }
}

/// The kinds of offer without their amounts: the list a trainee picks from
/// at the desk and in the terminal before typing an amount, if the kind
/// asks for one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OfferChoice {
    #[default]
    Replacement,
    Refund,
    Discount,
    Voucher,
    Repair,
    Advice,
    Compromise,
}

/// What a kind of offer asks for besides the kind itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferInput {
    Nothing,
    /// An amount in euro (a refund, a voucher).
    Euro,
    /// A whole percentage (a discount).
    Percent,
}

/// How a front end gets the amount of an offer from the trainee: typed in a
/// form field, or asked for at a prompt. Only the amount the chosen kind
/// needs is asked for.
pub trait OfferAmounts {
    /// Why there is no amount: a message for the form, or a cancelled prompt.
    type Error;
    fn euro(&mut self) -> Result<f64, Self::Error>;
    fn percent(&mut self) -> Result<u32, Self::Error>;
}

impl OfferChoice {
    pub const ALL: &'static [OfferChoice] = &[
        OfferChoice::Replacement,
        OfferChoice::Refund,
        OfferChoice::Discount,
        OfferChoice::Voucher,
        OfferChoice::Repair,
        OfferChoice::Advice,
        OfferChoice::Compromise,
    ];

    /// Stable lower-case key, as `OfferKind::key`.
    pub fn key(self) -> &'static str {
        match self {
            OfferChoice::Replacement => "replacement",
            OfferChoice::Refund => "refund",
            OfferChoice::Discount => "discount",
            OfferChoice::Voucher => "voucher",
            OfferChoice::Repair => "repair",
            OfferChoice::Advice => "advice",
            OfferChoice::Compromise => "compromise",
        }
    }

    /// The translation id of this kind's name in a list of choices.
    pub fn msg(self) -> &'static str {
        match self {
            OfferChoice::Replacement => "offer-kind-replacement",
            OfferChoice::Refund => "offer-kind-refund",
            OfferChoice::Discount => "offer-kind-discount",
            OfferChoice::Voucher => "offer-kind-voucher",
            OfferChoice::Repair => "offer-kind-repair",
            OfferChoice::Advice => "offer-kind-advice",
            OfferChoice::Compromise => "offer-kind-compromise",
        }
    }

    pub fn input(self) -> OfferInput {
        match self {
            OfferChoice::Refund | OfferChoice::Voucher => OfferInput::Euro,
            OfferChoice::Discount => OfferInput::Percent,
            OfferChoice::Replacement | OfferChoice::Repair | OfferChoice::Advice | OfferChoice::Compromise => {
                OfferInput::Nothing
            }
        }
    }

    /// The offer of this kind, with its amount from `amounts` when it
    /// needs one.
    pub fn offer<A: OfferAmounts>(self, amounts: &mut A) -> Result<OfferKind, A::Error> {
        Ok(match self {
            OfferChoice::Replacement => OfferKind::Replacement,
            OfferChoice::Refund => OfferKind::Refund(amounts.euro()?),
            OfferChoice::Discount => OfferKind::Discount(amounts.percent()?),
            OfferChoice::Voucher => OfferKind::Voucher(amounts.euro()?),
            OfferChoice::Repair => OfferKind::Repair,
            OfferChoice::Advice => OfferKind::Advice,
            OfferChoice::Compromise => OfferKind::Compromise,
        })
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
        /// The id of one of the scenario's concrete offers of this kind.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        what: Option<String>,
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
    /// Answer one "why" of the root-cause analysis ("5 x waarom") in the
    /// trainee's own words; at most five, and only where the analysis is
    /// due (`crate::rca::due`).
    #[serde(alias = "Waarom")]
    Why { text: String },
    /// Let simulated time pass.
    #[serde(alias = "Wacht")]
    Wait { minutes: u32 },
    /// Send a text in the trainee's own words: the reply on a written
    /// channel, or on any channel the summary or the acknowledgement
    /// instead of picking a line (`crate::sim::written`).
    #[serde(alias = "Schrijf")]
    Write { part: Written, text: String },
}

/// What a text the trainee writes is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Written {
    /// The reply to the customer on a written channel (e-mail, web form,
    /// social media).
    #[serde(alias = "Antwoord")]
    Reply,
    /// The summary of the customer's story, instead of a summary line.
    #[serde(alias = "Samenvatting")]
    Summary,
    /// The acknowledgement, instead of an acknowledging line.
    #[serde(alias = "Erkenning")]
    Acknowledge,
}

impl Written {
    pub const ALL: &'static [Written] = &[Written::Reply, Written::Summary, Written::Acknowledge];

    pub fn key(self) -> &'static str {
        match self {
            Written::Reply => "reply",
            Written::Summary => "summary",
            Written::Acknowledge => "acknowledge",
        }
    }

    /// The translation id of its name.
    pub fn msg(self) -> &'static str {
        match self {
            Written::Reply => "written-part-reply",
            Written::Summary => "written-part-summary",
            Written::Acknowledge => "written-part-acknowledge",
        }
    }
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
            Action::Why { .. } => "why",
            Action::Wait { .. } => "wait",
            Action::Write { .. } => "write",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    /// Amounts that are always there: 25 euro, 10 percent.
    struct Fixed;

    impl OfferAmounts for Fixed {
        type Error = ();
        fn euro(&mut self) -> Result<f64, ()> {
            Ok(25.0)
        }
        fn percent(&mut self) -> Result<u32, ()> {
            Ok(10)
        }
    }

    #[test]
    fn every_offer_choice_makes_an_offer_of_its_own_kind_and_has_a_name() {
        for c in OfferChoice::ALL {
            let offer = c.offer(&mut Fixed).unwrap();
            assert_eq!(offer.choice(), *c);
            assert_eq!(offer.key(), c.key());
            let asked = match offer {
                OfferKind::Refund(_) | OfferKind::Voucher(_) => OfferInput::Euro,
                OfferKind::Discount(_) => OfferInput::Percent,
                _ => OfferInput::Nothing,
            };
            assert_eq!(c.input(), asked, "{c:?}");
            assert!(has(Lang::Nl, c.msg()) && has(Lang::En, c.msg()), "{c:?}");
        }
    }
}
