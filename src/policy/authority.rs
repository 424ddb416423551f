//! Authority per role (DOMAIN.md section 4): what an employee, a team
//! lead and a manager may decide alone, and what an offer needs beyond it.

use serde::{Deserialize, Serialize};

use crate::model::{OfferKind, Role};

/// What one role may decide alone. `None` means: no limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Authority {
    pub refund_eur: Option<f64>,
    pub voucher_eur: Option<f64>,
    pub discount_percent: Option<u32>,
    pub replacement_in_stock: bool,
    pub replacement_out_of_stock: bool,
    pub repair: bool,
    pub advice: bool,
    pub compromise: bool,
}

impl Default for Authority {
    fn default() -> Self {
        Authority {
            refund_eur: None,
            voucher_eur: None,
            discount_percent: None,
            replacement_in_stock: true,
            replacement_out_of_stock: true,
            repair: true,
            advice: true,
            compromise: true,
        }
    }
}

/// Why an offer is beyond a role's authority.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Beyond {
    Refund { amount: f64, limit: f64 },
    Voucher { amount: f64, limit: f64 },
    Discount { percent: u32, limit: u32 },
    ReplacementOutOfStock,
    ReplacementInStock,
    Other,
}

impl Authority {
    /// `None` when this role may grant `offer` alone.
    pub fn check(&self, offer: &OfferKind, in_stock: bool) -> Option<Beyond> {
        match *offer {
            OfferKind::Refund(amount) => match self.refund_eur {
                Some(limit) if amount > limit + 1e-9 => Some(Beyond::Refund { amount, limit }),
                _ => None,
            },
            OfferKind::Voucher(amount) => match self.voucher_eur {
                Some(limit) if amount > limit + 1e-9 => Some(Beyond::Voucher { amount, limit }),
                _ => None,
            },
            OfferKind::Discount(percent) => match self.discount_percent {
                Some(limit) if percent > limit => Some(Beyond::Discount { percent, limit }),
                _ => None,
            },
            OfferKind::Replacement if in_stock && !self.replacement_in_stock => Some(Beyond::ReplacementInStock),
            OfferKind::Replacement if !in_stock && !self.replacement_out_of_stock => {
                Some(Beyond::ReplacementOutOfStock)
            }
            OfferKind::Replacement => None,
            OfferKind::Repair if !self.repair => Some(Beyond::Other),
            OfferKind::Advice if !self.advice => Some(Beyond::Other),
            OfferKind::Compromise if !self.compromise => Some(Beyond::Other),
            OfferKind::Repair | OfferKind::Advice | OfferKind::Compromise => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthorityTable {
    pub employee: Authority,
    pub team_lead: Authority,
    pub manager: Authority,
}

impl Default for AuthorityTable {
    fn default() -> Self {
        AuthorityTable {
            employee: Authority {
                refund_eur: Some(50.0),
                voucher_eur: Some(50.0),
                discount_percent: Some(15),
                replacement_out_of_stock: false,
                ..Authority::default()
            },
            team_lead: Authority {
                refund_eur: Some(250.0),
                voucher_eur: Some(250.0),
                discount_percent: Some(30),
                ..Authority::default()
            },
            manager: Authority::default(),
        }
    }
}

impl AuthorityTable {
    pub fn of(&self, role: Role) -> &Authority {
        match role {
            Role::Employee => &self.employee,
            Role::TeamLead => &self.team_lead,
            Role::Manager => &self.manager,
        }
    }

    /// The lowest role that may grant `offer`, if any may.
    pub fn lowest_role_for(&self, offer: &OfferKind, in_stock: bool) -> Option<Role> {
        [Role::Employee, Role::TeamLead, Role::Manager]
            .into_iter()
            .find(|r| self.of(*r).check(offer, in_stock).is_none())
    }
}
