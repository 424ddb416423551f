//! The company's rules that are numbers a company would change: SLA
//! targets, business hours, holiday choices, authority per role, escalation
//! windows, lead times (DOMAIN.md sections 3 to 5), and the law's terms
//! (PEDAGOGY.md section 4). Every field has the
//! DOMAIN.md default, so a policy file only names what it changes. It also
//! names every rule a score item or a violation cites ([`Rule`]), so the
//! rules and the numbers that set them live side by side.

use serde::{Deserialize, Serialize, Serializer};

use crate::model::{OfferKind, Priority};

mod authority;
mod clocks;
mod hours;
pub use authority::{Authority, AuthorityTable, Beyond};
pub use clocks::{Counting, SlaClocks};
pub use hours::{BusinessHours, Day, DayHours};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    pub name: String,
    /// The company's time zone (an IANA name such as "Europe/Amsterdam"):
    /// the review's dates, weeks and periods are days in this zone, whatever
    /// the offsets of the machines that wrote the log.
    pub time_zone: String,
    pub business_hours: BusinessHours,
    pub holidays: HolidayRules,
    pub sla: Sla,
    pub authority: AuthorityTable,
    pub escalation: EscalationRules,
    pub lead_times: LeadTimes,
    pub kpi: KpiTargets,
    /// What the law owes, in numbers; the rules are in `crate::law`.
    pub law: crate::law::Terms,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            name: "standaard".into(),
            time_zone: DEFAULT_TIME_ZONE.into(),
            business_hours: BusinessHours::default(),
            holidays: HolidayRules::default(),
            sla: Sla::default(),
            authority: AuthorityTable::default(),
            escalation: EscalationRules::default(),
            lead_times: LeadTimes::default(),
            kpi: KpiTargets::default(),
            law: crate::law::Terms::default(),
        }
    }
}

/// The time zone of a policy that names none.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Amsterdam";

impl Policy {
    /// The policy's time zone; a name that is not one (which loading a
    /// policy file refuses) is the default zone.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::Europe::Amsterdam)
    }
}

/// How often Liberation Day (5 May) is a day off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LiberationDay {
    /// Every year.
    Yearly,
    /// Every fifth year (2025, 2030, ...), as in most collective agreements.
    EveryFifthYear,
    Never,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HolidayRules {
    pub good_friday: bool,
    pub liberation_day: LiberationDay,
    /// Extra closing days of this company (for example a bridge day).
    pub extra: Vec<chrono::NaiveDate>,
}

impl Default for HolidayRules {
    fn default() -> Self {
        HolidayRules { good_friday: false, liberation_day: LiberationDay::EveryFifthYear, extra: Vec::new() }
    }
}

/// A response target: hours and minutes (on the clock `SlaClocks` gives
/// it) or working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Minutes(u32),
    Hours(u32),
    WorkingDays(u32),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sla {
    pub acknowledgement: Target,
    pub owner: Target,
    pub first_response_critical: Target,
    pub first_response_high: Target,
    pub first_response_normal: Target,
    /// The solution carried out, from receipt: a target of its own beside
    /// the first response, as a helpdesk keeps both.
    pub solution_critical: Target,
    pub solution_high: Target,
    pub solution_normal: Target,
    /// Owner reports to the team lead, from the moment a trigger is known.
    pub escalation_report: Target,
    /// Team lead decides, from the report.
    pub escalation_decision: Target,
    /// C-level is told of an external or reputational risk. The seed says
    /// "immediately"; this is how soon that is.
    pub c_level_notice: Target,
    /// Contact after execution. The seeds give no number; this is ours.
    pub follow_up: Target,
    /// The CSAT survey goes out between these hours after closing.
    pub csat_from_hours: u32,
    pub csat_to_hours: u32,
    /// A CSAT at or below this gets a senior follow-up.
    pub csat_follow_up_threshold: u8,
    pub csat_follow_up: Target,
    /// The warning before a breach: when this share of a term's time has
    /// gone, in percent (100: no warning before the deadline itself).
    pub warn_percent: u32,
    /// Which clock each target runs on; see `clocks.rs`.
    pub clocks: SlaClocks,
}

/// The seeds name no solution targets. Ours leave room for the longest lead
/// time of the policy (a replacement that is not in stock, 10 working days)
/// after a first response within its own target.
const SOLUTION_CRITICAL_DAYS: u32 = 5;
const SOLUTION_HIGH_DAYS: u32 = 10;
const SOLUTION_NORMAL_DAYS: u32 = 15;

impl Default for Sla {
    fn default() -> Self {
        Sla {
            acknowledgement: Target::Hours(1),
            owner: Target::Hours(2),
            first_response_critical: Target::Hours(1),
            first_response_high: Target::Hours(24),
            first_response_normal: Target::WorkingDays(3),
            solution_critical: Target::WorkingDays(SOLUTION_CRITICAL_DAYS),
            solution_high: Target::WorkingDays(SOLUTION_HIGH_DAYS),
            solution_normal: Target::WorkingDays(SOLUTION_NORMAL_DAYS),
            escalation_report: Target::Minutes(60),
            escalation_decision: Target::Hours(4),
            c_level_notice: Target::Minutes(15),
            follow_up: Target::WorkingDays(2),
            csat_from_hours: 24,
            csat_to_hours: 48,
            csat_follow_up_threshold: 3,
            csat_follow_up: Target::Hours(48),
            warn_percent: 80,
            clocks: SlaClocks::default(),
        }
    }
}

impl Sla {
    pub fn first_response(&self, priority: Priority) -> Target {
        match priority {
            Priority::Critical => self.first_response_critical,
            Priority::High => self.first_response_high,
            Priority::Normal => self.first_response_normal,
        }
    }

    pub fn solution(&self, priority: Priority) -> Target {
        match priority {
            Priority::Critical => self.solution_critical,
            Priority::High => self.solution_high,
            Priority::Normal => self.solution_normal,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EscalationRules {
    /// This many complaints (the current one included) ...
    pub repeat_count: u32,
    /// ... within this many days make a repetition trigger.
    pub repeat_window_days: u32,
}

impl Default for EscalationRules {
    fn default() -> Self {
        EscalationRules { repeat_count: 3, repeat_window_days: 90 }
    }
}

/// How long carrying out an offer takes, in working days (0: the same day).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LeadTimes {
    pub replacement_in_stock: u32,
    pub replacement_out_of_stock: u32,
    pub refund: u32,
    pub repair: u32,
    pub voucher: u32,
    pub discount: u32,
    pub advice: u32,
    pub compromise: u32,
}

impl Default for LeadTimes {
    fn default() -> Self {
        LeadTimes {
            replacement_in_stock: 2,
            replacement_out_of_stock: 10,
            refund: 3,
            repair: 5,
            voucher: 0,
            discount: 0,
            advice: 0,
            compromise: 1,
        }
    }
}

impl LeadTimes {
    pub fn of(&self, offer: &OfferKind, in_stock: bool) -> u32 {
        match offer {
            OfferKind::Replacement if in_stock => self.replacement_in_stock,
            OfferKind::Replacement => self.replacement_out_of_stock,
            OfferKind::Refund(_) => self.refund,
            OfferKind::Repair => self.repair,
            OfferKind::Voucher(_) => self.voucher,
            OfferKind::Discount(_) => self.discount,
            OfferKind::Advice => self.advice,
            OfferKind::Compromise => self.compromise,
        }
    }
}

/// Targets for the review's KPIs; an alert goes off when a KPI is worse.
/// The seeds name the KPIs but not their targets; these are ours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KpiTargets {
    /// Mean time to the first response, at most.
    pub first_response_hours: f64,
    /// Mean working time from receipt to closing, at most, in working days
    /// of the policy's business hours (a weekend does not count).
    pub resolution_working_days: f64,
    /// Share of sessions without any SLA violation, at least.
    pub within_sla_percent: f64,
    /// Mean CSAT, at least.
    pub csat: f64,
    /// Share of finished sessions whose escalation (or its absence) was
    /// right for the case, at least.
    pub escalation_right_percent: f64,
    /// An overall score from which a session counts as passed.
    pub pass_score: u32,
}

impl Default for KpiTargets {
    fn default() -> Self {
        KpiTargets {
            first_response_hours: 24.0,
            resolution_working_days: 5.0,
            within_sla_percent: 90.0,
            csat: 4.0,
            escalation_right_percent: 90.0,
            pass_score: 55,
        }
    }
}

/// Declares [`Rule`] with its ids in one list, so the enum, `ALL` and the
/// ids cannot drift apart.
macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)+) => {
        /// A rule of DOMAIN.md that a score item or a violation cites. Its
        /// id (`sla-follow-up`) is what logs, JSON and reports show, and
        /// `rule-<id>` is its description in the translations.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($(#[$doc])* $variant,)+
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)+];

            /// The stable id, as logs and JSON output store it.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)+
                }
            }

            /// The translation id of the rule's description.
            pub fn msg(self) -> &'static str {
                match self {
                    $(Rule::$variant => concat!("rule-", $id),)+
                }
            }
        }
    };
}

rules! {
    ListenLetFinish => "listen-let-finish",
    ListenNoInterrupting => "listen-no-interrupting",
    ListenOpenQuestions => "listen-open-questions",
    ListenSummary => "listen-summary",
    AcknowledgeEmpathy => "acknowledge-empathy",
    AnalyzeInvestigate => "analyze-investigate",
    AnalyzeClassify => "analyze-classify",
    VerdictSequence => "verdict-sequence",
    OfferSolution => "offer-solution",
    OfferClearWhen => "offer-clear-when",
    OfferAlternatives => "offer-alternatives",
    Authority => "authority",
    EscalationTriggers => "escalation-triggers",
    OrderSteps => "order-steps",
    ExecuteCarryOut => "execute-carry-out",
    /// The promise to the customer: carried out by the promised moment.
    ExecuteOnTime => "execute-on-time",
    FollowUpClose => "follow-up-close",
    ImproveLesson => "improve-lesson",
    ImproveRootCause => "improve-root-cause",
    /// The "5 x waarom" against the case's causal chain.
    ImproveWhy => "improve-why",
    SlaAcknowledgement => "sla-acknowledgement",
    SlaOwner => "sla-owner",
    SlaFirstResponse => "sla-first-response",
    /// The solution carried out within its target from receipt.
    SlaSolution => "sla-solution",
    SlaEscalationReport => "sla-escalation-report",
    SlaEscalationDecision => "sla-escalation-decision",
    /// The board hears of a reputational risk.
    SlaCLevel => "sla-c-level",
    SlaFollowUp => "sla-follow-up",
    /// A status update with an exact moment, and every promised contact.
    SlaStatusUpdate => "sla-status-update",
    SlaCsatSurvey => "sla-csat-survey",
    /// A senior follow-up after a low CSAT.
    SlaCsatFollowUp => "sla-csat-follow-up",
    DrillFields => "drill-fields",
    DrillEmpathy => "drill-empathy",
    DrillNextStep => "drill-next-step",
    DrillTime => "drill-time",
}

impl Rule {
    /// The rule with this id (as a log stores it), if there is one.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    /// Whether a rule id as the log stores it names an SLA target; an id
    /// this version does not know is not one.
    pub fn is_sla_id(id: &str) -> bool {
        Rule::from_id(id).is_some_and(Rule::is_sla)
    }

    /// Whether it is one of the SLA targets of DOMAIN.md section 3 (the
    /// "within SLA" KPI counts these).
    pub fn is_sla(self) -> bool {
        matches!(
            self,
            Rule::SlaAcknowledgement
                | Rule::SlaOwner
                | Rule::SlaFirstResponse
                | Rule::SlaSolution
                | Rule::SlaEscalationReport
                | Rule::SlaEscalationDecision
                | Rule::SlaCLevel
                | Rule::SlaFollowUp
                | Rule::SlaStatusUpdate
                | Rule::SlaCsatSurvey
                | Rule::SlaCsatFollowUp
        )
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Serialised as its id, so JSON output reads as it did when ids were strings.
impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    #[test]
    fn every_rule_has_a_description_and_reads_back_from_its_id() {
        for &r in Rule::ALL {
            assert!(has(Lang::Nl, r.msg()) && has(Lang::En, r.msg()), "no description for {r}");
            // A reader sees the rule's name, never a section number of DOMAIN.md.
            for lang in [Lang::Nl, Lang::En] {
                let name = crate::i18n::tr(lang, r.msg());
                assert!(!name.contains('§') && !name.chars().next().is_some_and(|c| c.is_ascii_digit()), "{name}");
            }
            assert_eq!(Rule::from_id(r.id()), Some(r));
            assert_eq!(r.is_sla(), r.id().starts_with("sla-"), "{r}");
        }
        assert_eq!(Rule::from_id("no-such-rule"), None);
    }
}
