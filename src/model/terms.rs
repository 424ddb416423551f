//! The vocabulary of a complaint (DOMAIN.md section 1): the closed sets of
//! values a scenario, a script and a classification are made of.
//!
//! Scenario authors may write the English name or the Dutch term of the
//! lesson (`Gegrond`, `Telefoon`, ...); both read as the same value.

use serde::{Deserialize, Serialize};

/// A closed set of values with a stable key and a translated name, for
/// code that works on any of them (coverage, reading a typed answer).
pub trait Term: Copy + PartialEq + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn msg(self) -> &'static str;
}

/// Implements `ALL`, a stable `key()` (for JSON and files) and `msg()`
/// (the id of its name in the translation files: `prefix-key`) for a
/// field-less enum, and the `Term` trait with them.
macro_rules! terms {
    ($name:ident, $prefix:literal { $($variant:ident => $key:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stable lower-case key, used in JSON output and files.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            /// The translation id of this value's name.
            pub fn msg(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $key)),+ }
            }
        }
        impl Term for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn msg(self) -> &'static str {
                $name::msg(self)
            }
        }
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    #[serde(alias = "Telefoon")]
    Phone,
    #[serde(alias = "EMail", alias = "Mail")]
    Email,
    #[serde(alias = "Webcare", alias = "SocialeMedia")]
    SocialMedia,
    #[serde(alias = "Webformulier")]
    WebForm,
    #[serde(alias = "Winkel")]
    Store,
}
terms!(Channel, "channel" { Phone => "phone", Email => "email", SocialMedia => "social-media", WebForm => "web-form", Store => "store" });

impl Channel {
    /// A live conversation: the customer can be interrupted, and the
    /// product can be looked at on the spot in a store.
    pub fn is_live(self) -> bool {
        matches!(self, Channel::Phone | Channel::Store)
    }

    /// The id of a listening text as this channel words it. In a written
    /// channel nobody is let finish or interrupted: the trainee reads the
    /// whole message, or answers after its first sentence.
    pub fn listening(self, id: &'static str) -> &'static str {
        if self.is_live() {
            return id;
        }
        match id {
            "say-let-finish" => "say-let-finish-written",
            "say-interrupt" => "say-interrupt-written",
            "item-let-finish" => "item-let-finish-written",
            "item-let-finish-after-interrupt" => "item-let-finish-after-interrupt-written",
            "item-no-let-finish" => "item-no-let-finish-written",
            "item-interrupted" => "item-interrupted-written",
            "menu-let-finish" => "menu-let-finish-written",
            "menu-interrupt" => "menu-interrupt-written",
            other => other,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    Product,
    #[serde(alias = "Levering")]
    Delivery,
    #[serde(alias = "Communicatie")]
    Communication,
    #[serde(alias = "Prijs")]
    Price,
    #[serde(alias = "Servicemedewerker", alias = "Medewerker")]
    Staff,
}
terms!(Category, "category" { Product => "product", Delivery => "delivery", Communication => "communication", Price => "price", Staff => "staff" });

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Nature {
    #[serde(alias = "Objectief")]
    Objective,
    #[serde(alias = "Subjectief")]
    Subjective,
}
terms!(Nature, "nature" { Objective => "objective", Subjective => "subjective" });

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cause {
    #[serde(alias = "Vergissing")]
    Mistake,
    #[serde(alias = "Misverstand")]
    Misunderstanding,
    #[serde(alias = "Ruzie")]
    Quarrel,
    #[serde(alias = "Klantonvriendelijkheid")]
    Unfriendliness,
    #[serde(alias = "AfsprakenNietNakomen")]
    BrokenAgreement,
    #[serde(alias = "Overmacht")]
    ForceMajeure,
    #[serde(alias = "VerkeerdUitgevoerdeReparatie")]
    FaultyRepair,
    #[serde(alias = "StructureleFout")]
    StructuralFault,
}
terms!(Cause, "cause" {
    Mistake => "mistake", Misunderstanding => "misunderstanding", Quarrel => "quarrel",
    Unfriendliness => "unfriendliness", BrokenAgreement => "broken-agreement",
    ForceMajeure => "force-majeure", FaultyRepair => "faulty-repair", StructuralFault => "structural-fault",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    #[serde(alias = "Gegrond")]
    Grounded,
    #[serde(alias = "Twijfelachtig")]
    Doubtful,
    #[serde(alias = "Ongegrond")]
    Unfounded,
}
terms!(Verdict, "verdict" { Grounded => "grounded", Doubtful => "doubtful", Unfounded => "unfounded" });

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Priority {
    #[serde(alias = "Kritiek")]
    Critical,
    #[serde(alias = "Hoog")]
    High,
    #[serde(alias = "Normaal")]
    Normal,
}
terms!(Priority, "priority" { Critical => "critical", High => "high", Normal => "normal" });

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Temperament {
    #[serde(alias = "Rustig")]
    Calm,
    #[serde(alias = "Ongeduldig")]
    Impatient,
    #[serde(alias = "Boos")]
    Angry,
    #[serde(alias = "Bezorgd")]
    Anxious,
    #[serde(alias = "Spraakzaam")]
    Talkative,
}
terms!(Temperament, "temperament" { Calm => "calm", Impatient => "impatient", Angry => "angry", Anxious => "anxious", Talkative => "talkative" });

impl Temperament {
    /// Mood (0-100) at the start of the conversation.
    pub fn start_mood(self) -> i32 {
        match self {
            Temperament::Calm => 60,
            Temperament::Talkative => 55,
            Temperament::Anxious => 45,
            Temperament::Impatient => 40,
            Temperament::Angry => 25,
        }
    }
    /// How strongly bad handling hits this customer, in percent.
    pub fn sensitivity(self) -> i32 {
        match self {
            Temperament::Calm => 70,
            Temperament::Talkative => 90,
            Temperament::Anxious => 110,
            Temperament::Impatient => 130,
            Temperament::Angry => 150,
        }
    }
    /// How many interruptions this customer puts up with: one more and
    /// they leave, and at this many they no longer feel heard (an offer
    /// then needs a better mood, `crate::sim::acceptance`).
    pub fn patience(self) -> usize {
        match self {
            Temperament::Calm | Temperament::Talkative | Temperament::Anxious => 2,
            Temperament::Impatient | Temperament::Angry => 1,
        }
    }
    /// How long this customer waits on the line or at the counter while
    /// the employee looks things up, before leaving.
    pub fn hold_minutes(self) -> i64 {
        match self {
            Temperament::Calm => 45,
            Temperament::Talkative => 40,
            Temperament::Anxious => 35,
            Temperament::Impatient | Temperament::Angry => 30,
        }
    }
    /// Below this mood the customer answers sharper, from this mood on
    /// calmer (`crate::sim::voice`): a short fuse shows sooner.
    pub fn tone_bands(self) -> (i32, i32) {
        match self {
            Temperament::Calm => (20, 65),
            Temperament::Talkative => (25, 70),
            Temperament::Anxious => (30, 70),
            Temperament::Impatient => (35, 75),
            Temperament::Angry => (40, 80),
        }
    }
}

/// What the trainee can look into (step analyze).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Check {
    #[serde(alias = "Bestelling")]
    Order,
    #[serde(alias = "Garantie")]
    Warranty,
    #[serde(alias = "Historie", alias = "Klachthistorie")]
    History,
    #[serde(alias = "Voorraad")]
    Stock,
    /// Look at the product itself (in store, from photos, or sent in).
    #[serde(alias = "Inspectie")]
    Inspect,
}
terms!(Check, "check" { Order => "order", Warranty => "warranty", History => "history", Stock => "stock", Inspect => "inspect" });

/// The seven steps a trainee is scored on (DOMAIN.md section 2), in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Listen,
    Acknowledge,
    Analyze,
    Offer,
    Execute,
    FollowUp,
    Improve,
}
terms!(Step, "step" { Listen => "listen", Acknowledge => "acknowledge", Analyze => "analyze", Offer => "offer", Execute => "execute", FollowUp => "follow-up", Improve => "improve" });

impl Step {
    /// Its place in `Step::ALL`: where a per-step array keeps it.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).expect("every step is in Step::ALL")
    }
}

/// How the scenario author judges something the trainee may say or offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rating {
    #[serde(alias = "Goed")]
    Good,
    #[serde(alias = "Zwak", alias = "Matig")]
    Weak,
    #[serde(alias = "Fout")]
    Wrong,
}
terms!(Rating, "rating" { Good => "good", Weak => "weak", Wrong => "wrong" });

/// Why a complaint must go to the team lead (DOMAIN.md section 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Trigger {
    /// The request is beyond the employee's authority.
    #[serde(alias = "Bevoegdheid")]
    Authority,
    /// A public post, the press, a large audience.
    #[serde(alias = "Reputatie")]
    Reputation,
    /// The third complaint (or more) of this customer within the window.
    #[serde(alias = "Herhaling")]
    Repetition,
    /// A product that endangers people, children above all: stop the sale,
    /// report to the NVWA, check for a recall (the team lead does, once
    /// told) and inform C-level (`crate::law::SafetyDuty`).
    #[serde(alias = "Veiligheid")]
    Safety,
}
terms!(Trigger, "trigger" { Authority => "authority", Reputation => "reputation", Repetition => "repetition", Safety => "safety" });

/// Roles that may decide on an offer (DOMAIN.md section 4), lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Employee,
    TeamLead,
    Manager,
}
terms!(Role, "role" { Employee => "employee", TeamLead => "team-lead", Manager => "manager" });

impl Role {
    pub fn next(self) -> Role {
        match self {
            Role::Employee => Role::TeamLead,
            Role::TeamLead | Role::Manager => Role::Manager,
        }
    }
}
