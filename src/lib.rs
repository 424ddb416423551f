//! klachtsim: a training simulator for complaint handling.
//!
//! Read this first. The crate is an engine with two front ends, and the
//! layers point one way: the command line and the game use the engine; the
//! engine uses neither, and never names Bevy. `tests/layers.rs` checks this,
//! and that no modules of one folder use each other in a cycle.
//!
//! **What a case is.** [`model`] holds the scenario (the customer, the
//! truth behind the complaint, the lines a trainee can say) and the
//! actions a trainee can take; [`load`] reads scenario, policy and script
//! files and reports every problem with file, line and column, and finds the
//! scenario folder and the policy a command or the game should use.
//!
//! **The company's rules.** [`policy`] is the rules as numbers (SLA targets,
//! authority, business hours); [`calendar`] turns "N working days" into a
//! moment; [`sla`] is the one home of deadlines: every deadline a case gets,
//! used by the scoring, the desk and `klachtsim sla`; [`law`] is what
//! Dutch consumer law owes the customer, which validation and scoring
//! enforce.
//!
//! **Playing and judging.** [`sim`] is a session on a simulated clock:
//! actions in, what the customer says out; [`script`] plays a script file's
//! actions through it; [`drill`] is the 30-second template exercise;
//! [`score`] turns a finished session into the debrief (per step, every
//! point explained); [`rca`] judges the improve step's "5 x waarom" against
//! the case's causal chain, and a lesson learned on substance.
//!
//! **What a trainer sees.** [`log`] is the lessons-learned log, one JSON
//! line per session, safe to share by a whole class; [`review`] counts the
//! log into the trainers' overview, renders it as tables, CSV, HTML and
//! xAPI, and replays logged sessions under today's rules to show what
//! changed.
//!
//! **Writing cases.** [`authoring`] writes the commented skeleton of a new
//! case (`klachtsim new`); [`coverage`] tells which verdicts, categories,
//! channels and causes a library covers; [`audit`] plays naive strategies
//! through a case and flags every one that passes, and every decision
//! point that is no real decision.
//!
//! **The monthly training.** [`training`] is the team lead's plan for a
//! month (theme, drill, two or three cases, a time box), checked like a
//! scenario, and a whole sitting played from a script.
//!
//! **At the desk.** [`reference`] is the reference card (terms,
//! authority, escalation, the steps per verdict) built from the policy.
//!
//! **In class.** [`classroom`] is the lesson's pair role-play on the
//! engine's side: the customer's role card built from a case, and the
//! observation sheet's steps in the sequence of the case's verdict.
//!
//! **Words.** [`i18n`]: every text the program shows, in Dutch and English,
//! from the Fluent files under `assets/i18n/`; [`text`]: the words of what a
//! trainee wrote, folded and stemmed, for the judgements that read them;
//! [`reply`]: the judgement of a reply written in one's own words (empathy,
//! blame, commitment, ...), with word lists under `assets/lexicon/`.
//!
//! **The front ends.** [`cli`] is the command line, a leaf that nothing
//! else imports; [`game`] is the Bevy window (behind the default `game`
//! feature), the only module that names Bevy, with one plugin per screen.

pub mod audit;
pub mod authoring;
pub mod calendar;
pub mod classroom;
pub mod cli;
pub mod coverage;
pub mod drill;
#[cfg(feature = "game")]
pub mod game;
pub mod i18n;
pub mod law;
pub mod load;
pub mod log;
pub mod model;
pub mod policy;
pub mod rca;
pub mod reference;
pub mod reply;
pub mod review;
pub mod score;
pub mod script;
pub mod sim;
pub mod sla;
pub mod text;
pub mod training;
