//! A naive trainee: the procedure done carefully (every check, every
//! deadline, the survey, a lesson), and each decision (a line at each
//! moment, the classification, the offer, whether to escalate) picked by a
//! strategy from the options as `sim::presentation` shows them, so the
//! audit sees exactly what a trainee at the desk or in the terminal sees.

use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::i18n::{Lang, tr};
use crate::model::*;
use crate::policy::Policy;
use crate::score::{Debrief, score};
use crate::sim::Session;
use crate::sim::judge;
use crate::sim::presentation::{OfferOption, moments, offer_options, offered_lines, open_moment, term_order};

/// How the naive trainee decides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Strategy {
    /// Always the option shown first.
    First,
    /// Always the option with the longest text.
    Longest,
    /// A random option everywhere, escalation included.
    Random,
    /// Says nothing; everything else as it should be.
    Silent,
    /// Every check and deadline, the good lines, the classification right
    /// but for the verdict, which is `Verdict`, and the solution that goes
    /// with that verdict.
    WrongVerdict(Verdict),
}

/// Plays the scenario once with the strategy and the seed; the debrief.
pub fn play(s: &Scenario, policy: &Policy, seed: u64, strategy: Strategy) -> Debrief {
    let mut p = Player {
        s,
        policy,
        session: Session::new(s, policy, seed),
        strategy,
        rng: ChaCha8Rng::seed_from_u64(seed ^ 0x0061_7564_6974),
        lang: if s.language == "en" { Lang::En } else { Lang::Nl },
        seed,
    };
    p.run();
    score(s, policy, &p.session.state, seed)
}

struct Player<'a> {
    s: &'a Scenario,
    policy: &'a Policy,
    session: Session<'a>,
    strategy: Strategy,
    /// The random strategy's own dice (not the session's).
    rng: ChaCha8Rng,
    lang: Lang,
    seed: u64,
}

impl Player<'_> {
    fn run(&mut self) {
        let t = &self.s.truth;
        self.act(Action::LetFinish);
        self.talk();
        self.act(Action::ConfirmReceipt);
        self.act(Action::TakeOwnership);
        if !t.direct_solution {
            self.act(Action::StatusUpdate { hours: 24 });
        }
        for c in self.s.findings.keys().copied().collect::<Vec<_>>() {
            self.act(Action::Check(c));
            self.talk();
        }
        let classification = self.classify();
        self.act(Action::Classify(classification));
        self.talk();
        let (escalate, notify) = match self.strategy {
            Strategy::Random => (self.rng.random_bool(0.5), self.rng.random_bool(0.5)),
            // C-level hears of a public risk and of a safety incident.
            _ => (
                !t.escalation.is_empty(),
                t.escalation.iter().any(|x| matches!(x, Trigger::Reputation | Trigger::Safety)),
            ),
        };
        if notify {
            self.act(Action::NotifyManagement);
        }
        if escalate {
            self.act(Action::Escalate);
        }
        self.offer();
        if self.session.state.accepted.is_some() {
            self.act(Action::Execute);
            self.act(Action::FollowUp);
        }
        self.act(Action::Close);
        self.act(Action::SendCsat { hours: 24 });
        if self.session.csat() <= self.policy.sla.csat_follow_up_threshold {
            self.act(Action::SeniorFollowUp { hours: 24 });
        }
        self.act(Action::LessonLearned {
            category: t.category,
            cause: t.cause,
            root_cause: t.root_cause.clone(),
            correction: tr(self.lang, "audit-correction"),
        });
    }

    /// Does the action if the session allows it; a refusal is the naive
    /// trainee's bad luck, not an error.
    fn act(&mut self, a: Action) {
        self.session.apply(a, 0).ok();
    }

    /// Answers every moment of the conversation that is open now. An older
    /// scenario's lines outside any moment are one choice, made once.
    fn talk(&mut self) {
        if self.strategy == Strategy::Silent {
            return;
        }
        if moments(self.s).is_empty() {
            if self.session.state.said.is_empty() {
                let offered = offered_lines(self.s, &self.session.state, self.seed);
                self.say_one(&offered);
            }
            return;
        }
        while let Some(m) = open_moment(self.s, &self.session.state) {
            let shown: Vec<usize> = offered_lines(self.s, &self.session.state, self.seed)
                .into_iter()
                .filter(|i| m.lines.contains(i))
                .collect();
            let before = self.session.state.said.len();
            self.say_one(&shown);
            if self.session.state.said.len() == before {
                return;
            }
        }
    }

    /// Says one of the lines shown (in their shown order): the strategy's
    /// pick, or for the careful wrong verdict the good one.
    fn say_one(&mut self, shown: &[usize]) {
        let texts: Vec<(usize, String)> = shown.iter().map(|&i| (i, self.s.lines[i].text.clone())).collect();
        let Some(&(first, _)) = texts.first() else { return };
        let pick = match self.strategy {
            Strategy::WrongVerdict(_) => {
                texts.iter().find(|(i, _)| self.s.lines[*i].rating == Rating::Good).map_or(first, |x| x.0)
            }
            _ => self.pick(&texts),
        };
        self.act(Action::Say(self.s.lines[pick].id.clone()));
    }

    /// One option by the strategy: the first, the longest text, or a
    /// random one (the careful strategies never get here for a choice they
    /// know).
    fn pick<T: Clone>(&mut self, options: &[(T, String)]) -> T {
        match self.strategy {
            Strategy::Random => options.choose(&mut self.rng).expect("an option to pick").0.clone(),
            Strategy::Longest => {
                // The first of the longest, so ties go to the shown order.
                let most = options.iter().map(|(_, t)| t.chars().count()).max().unwrap_or(0);
                options.iter().find(|(_, t)| t.chars().count() == most).expect("an option").0.clone()
            }
            _ => options[0].0.clone(),
        }
    }

    fn term<T: Term>(&mut self, truth: T) -> T {
        match self.strategy {
            Strategy::First | Strategy::Longest | Strategy::Random => {
                let options: Vec<(T, String)> =
                    term_order::<T>(self.seed).into_iter().map(|v| (v, tr(self.lang, v.msg()))).collect();
                self.pick(&options)
            }
            Strategy::Silent | Strategy::WrongVerdict(_) => truth,
        }
    }

    fn classify(&mut self) -> Classification {
        let t = &self.s.truth;
        let (nature, category, cause, priority) = (t.nature, t.category, t.cause, t.priority);
        let verdict = match self.strategy {
            Strategy::WrongVerdict(v) => v,
            _ => self.term(t.verdict),
        };
        Classification {
            nature: self.term(nature),
            category: self.term(category),
            cause: self.term(cause),
            verdict,
            priority: self.term(priority),
        }
    }

    /// Up to three offers until one is accepted: each picked by the
    /// strategy from the options not offered yet (the careful strategies
    /// take the best the case allows, or for a wrong verdict what that
    /// verdict calls for), with an escalation first when it is beyond the
    /// trainee's authority.
    fn offer(&mut self) {
        let mut options: Vec<(OfferOption, String)> =
            offer_options(self.s, self.seed).into_iter().map(|o| (o, o.label(self.s, self.lang))).collect();
        for _ in 0..3 {
            if options.is_empty() || self.session.state.accepted.is_some() {
                return;
            }
            let picked = match self.strategy {
                Strategy::Silent => self.best(&options, |o| o.judgement_rating()),
                Strategy::WrongVerdict(v) => self.best(&options, |o| o.by_verdict(v)),
                _ => self.pick(&options),
            };
            options.retain(|(o, _)| *o != picked);
            let offer = self.amount(picked);
            let role = self.session.state.role;
            if crate::law::needs_authority(&self.s.truth, &self.s.order, &offer)
                && self.policy.authority.of(role).check(&offer, self.s.order.in_stock).is_some()
            {
                self.act(Action::Escalate);
            }
            let days = Some(self.policy.lead_times.of(&offer, self.s.order.in_stock));
            let what = picked.concrete.and_then(|i| self.s.offers[i].id.clone());
            self.act(Action::Offer { offer, days, what });
        }
    }

    /// The option a careful trainee takes by a rating of each option.
    fn best(&self, options: &[(OfferOption, String)], rating: impl Fn(&Rated) -> Rating) -> OfferOption {
        options
            .iter()
            .map(|(o, _)| (*o, Rated { s: self.s, offer: self.amount(*o), what: *o }))
            .min_by_key(|(_, r)| rating(r))
            .expect("an offer to make")
            .0
    }

    /// The offer of an option, with the amount a trainee would type: the
    /// price for a refund, a quarter of it as a voucher, 15 percent off;
    /// the random strategy types any amount up to the price.
    fn amount(&self, o: OfferOption) -> OfferKind {
        let price = self.s.order.price;
        let fixed = |o: OfferOption| match o.choice {
            OfferChoice::Replacement => OfferKind::Replacement,
            OfferChoice::Refund => OfferKind::Refund(price),
            OfferChoice::Discount => OfferKind::Discount(15),
            OfferChoice::Voucher => OfferKind::Voucher((price / 4.0).round().max(1.0)),
            OfferChoice::Repair => OfferKind::Repair,
            OfferChoice::Advice => OfferKind::Advice,
            OfferChoice::Compromise => OfferKind::Compromise,
        };
        // A concrete offer with an amount range takes the range's floor.
        if let Some(i) = o.concrete {
            return self.s.offers[i].offer.floor();
        }
        match (self.strategy, o.choice) {
            (Strategy::Random, OfferChoice::Refund | OfferChoice::Voucher | OfferChoice::Discount) => {
                // Deterministic per option and seed, so `best` and the
                // offer made agree.
                let mut r = ChaCha8Rng::seed_from_u64(self.seed ^ o.choice as u64);
                match o.choice {
                    OfferChoice::Discount => OfferKind::Discount(r.random_range(5..=50)),
                    OfferChoice::Refund => {
                        OfferKind::Refund((r.random_range(0.05..=1.0) * price * 100.0).round() / 100.0)
                    }
                    _ => OfferKind::Voucher((r.random_range(0.05..=1.0) * price).round().max(1.0)),
                }
            }
            _ => fixed(o),
        }
    }
}

/// An offer as a careful trainee weighs it.
struct Rated<'a> {
    s: &'a Scenario,
    offer: OfferKind,
    what: OfferOption,
}

impl Rated<'_> {
    /// How the case itself judges it (accepted offers first among equals).
    fn judgement_rating(&self) -> Rating {
        let what = self.what.concrete.and_then(|i| self.s.offers[i].id.as_deref());
        judge::judge_offer(self.s, &self.offer, what).rating
    }

    /// How a case with verdict `v` would judge it.
    fn by_verdict(&self, v: Verdict) -> Rating {
        judge::by_verdict(v, &self.offer, self.s.order.price).rating
    }
}
