//! The session's side of texts the trainee writes in their own words
//! (`Action::Write`): when one may be sent, what it answers, and how the
//! customer reacts to it. The reply analyser (`crate::reply`) judges the
//! text; the session keeps that judgement with the text
//! (`State::written`), so the score and the debrief read the same one.
//!
//! - A **reply** goes out on a written channel (e-mail, web form, social
//!   media) at any moment: the message the customer reads.
//! - A **summary** or **acknowledgement** can be written on every channel
//!   instead of picking a line: it answers the open moment of the
//!   conversation whose lines are of that kind.
//!
//! The customer reacts to what was written: blame makes them sharper and
//! lowers the mood, sincere empathy and a concrete next step calm them,
//! a vague promise or a one-liner costs a little. The wording comes from
//! the translations (`written-answer-*`), picked by the seed's voice
//! source and put in the tone of the mood (`super::voice`).

use chrono::NaiveDateTime;
use rand::RngExt;

use crate::i18n::{Lang, Text};
use crate::model::Scenario;
use crate::model::{Channel, LineKind, Written};
use crate::policy::Policy;
use crate::reply::{self, Analysis, Context, Criterion, Verdict};

use super::presentation::{self, Moment};
use super::{Refusal, Session, Speaker, State, WrittenText, voice};

/// Characters in one written text: a long e-mail, as the analyser judges
/// and the debrief shows it.
pub const TEXT_CHARS: usize = 3000;

/// How the customer takes a written text; decides the mood's change and
/// the answer's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reaction {
    Blamed,
    /// Words of empathy that do not count (sarcastic, formulaic,
    /// conditional, negated, withdrawn): they sound hollow.
    Hollow,
    /// Too short for the channel: reads as brushing the customer off.
    BrushedOff,
    HeardAndConcrete,
    Heard,
    Concrete,
    /// Words of a promise without what or when ("we kijken ernaar").
    Vague,
    Plain,
}

impl Reaction {
    /// How a customer takes a text of `part` sent on `channel`.
    pub fn of(a: &Analysis, part: Written, channel: Channel) -> Reaction {
        let reply = part == Written::Reply;
        let vague = reply && !a.commitment.found && a.commitment.quote.is_some();
        // Only an e-mail or a web form has a least length (`crate::reply`).
        let short = reply && !a.length.found && matches!(channel, Channel::Email | Channel::WebForm);
        // Empathy that does not count names the words that spoil it.
        let hollow = !a.empathy.found && a.empathy.quote.is_some();
        if a.blame.found {
            Reaction::Blamed
        } else if hollow {
            Reaction::Hollow
        } else if short {
            Reaction::BrushedOff
        } else if a.empathy.found && a.commitment.found {
            Reaction::HeardAndConcrete
        } else if a.empathy.found {
            Reaction::Heard
        } else if a.commitment.found {
            Reaction::Concrete
        } else if vague {
            Reaction::Vague
        } else {
            Reaction::Plain
        }
    }

    /// The change of mood before the temperament weighs it.
    pub fn mood(self) -> i32 {
        match self {
            Reaction::Blamed => -15,
            Reaction::Hollow => -6,
            Reaction::BrushedOff => -8,
            Reaction::HeardAndConcrete => 12,
            Reaction::Heard => 8,
            Reaction::Concrete => 5,
            Reaction::Vague => -5,
            Reaction::Plain => 0,
        }
    }

    /// The translation id of the customer's answer.
    pub fn msg(self) -> &'static str {
        match self {
            Reaction::Blamed => "written-answer-blamed",
            Reaction::Hollow => "written-answer-hollow",
            Reaction::BrushedOff => "written-answer-brushed-off",
            Reaction::HeardAndConcrete => "written-answer-heard-concrete",
            Reaction::Heard => "written-answer-heard",
            Reaction::Concrete => "written-answer-concrete",
            Reaction::Vague => "written-answer-vague",
            Reaction::Plain => "written-answer-plain",
        }
    }
}

/// The line kind a written part stands in for.
fn kind(part: Written) -> Option<LineKind> {
    match part {
        Written::Reply => None,
        Written::Summary => Some(LineKind::Summary),
        Written::Acknowledge => Some(LineKind::Acknowledge),
    }
}

/// Whether some line of the moment is of `kind`.
fn has_kind(s: &Scenario, m: &Moment, kind: LineKind) -> bool {
    m.lines.iter().any(|&i| s.lines[i].kind == kind)
}

impl State {
    /// The texts the trainee wrote of `part`, in order.
    pub fn written_of(&self, part: Written) -> impl Iterator<Item = &WrittenText> {
        self.written.iter().filter(move |w| w.part == part)
    }
}

impl Session<'_> {
    /// What the analyser knows for a text written now: the case, and the
    /// authority of the role the trainee has now.
    pub fn reply_context(&self) -> Context {
        let s = self.scenario;
        let lang = Lang::from_code(&s.language).unwrap_or(Lang::Nl);
        let authority = self.policy.authority.of(self.state.role).clone();
        Context { authority, ..Context::of_case(lang, s, self.policy) }
    }

    /// Whether `part` can be written now: `Ok(Some(moment))` when it answers
    /// that moment.
    fn written_moment(&self, part: Written) -> Result<Option<String>, Refusal> {
        let s = self.scenario;
        let Some(kind) = kind(part) else {
            return if s.channel.is_live() {
                Err(Refusal(
                    Text::msg("refuse-write-reply-live").arg("channel", crate::i18n::Arg::Msg(s.channel.msg())),
                ))
            } else {
                Ok(None)
            };
        };
        let with_kind: Vec<Moment> = presentation::moments(s).into_iter().filter(|m| has_kind(s, m, kind)).collect();
        if with_kind.is_empty() {
            return Ok(None);
        }
        let part_name = crate::i18n::Arg::Msg(part.msg());
        match presentation::open_moment(s, &self.state) {
            Some(open) if has_kind(s, &open, kind) => Ok(Some(open.name.to_owned())),
            Some(open) => Err(Refusal(Text::msg("refuse-write-not-now").arg("part", part_name).arg("open", open.name))),
            None => Err(Refusal(Text::msg("refuse-write-no-moment").arg("part", part_name))),
        }
    }

    pub(super) fn check_write(&self, part: Written, text: &str) -> Result<(), Refusal> {
        if text.trim().is_empty() {
            return Err(Refusal(Text::msg("refuse-write-empty").arg("part", crate::i18n::Arg::Msg(part.msg()))));
        }
        self.written_moment(part).map(|_| ())
    }

    /// Sends the text, judges it and lets the customer answer. `history`
    /// already holds the action.
    pub(super) fn write(&mut self, part: Written, text: &str, at: NaiveDateTime) {
        let moment = self.written_moment(part).expect("checked");
        let analysis = reply::analyse(text, &self.reply_context());
        self.say(Speaker::Trainee, Text::Authored(text.to_owned()));
        let reaction = Reaction::of(&analysis, part, self.scenario.channel);
        self.mood(reaction.mood());
        let n = self.state.voice.random_range(0..voice::VARIANTS);
        let answer = Text::msg(reaction.msg()).arg("n", n);
        let tone = self.tone();
        let answer = self.worded(tone, answer);
        self.say(Speaker::Customer, answer);
        if part == Written::Reply {
            self.state.first_response.get_or_insert(at);
        }
        let action = self.state.history.len() - 1;
        self.state.written.push(WrittenText { part, text: text.to_owned(), at, action, moment, analysis });
    }
}

/// The part the trainee may write in their own words instead of picking a
/// line now: the summary or the acknowledgement, when the open moment of
/// the conversation asks for one. A front end offers its "own words" field
/// only then.
pub fn own_words_part(s: &Scenario, st: &State) -> Option<Written> {
    let open = presentation::open_moment(s, st)?;
    [Written::Summary, Written::Acknowledge].into_iter().find(|&p| kind(p).is_some_and(|k| has_kind(s, &open, k)))
}

/// What a mail tool could tell while the reply is being written: its length
/// for the channel, whether the customer's name and the order number are
/// in it. Never a judgement of empathy, blame or commitment: that comes in
/// the debrief, after the case.
pub fn form_check(s: &Scenario, policy: &Policy, text: &str) -> Vec<(Criterion, Verdict)> {
    let lang = Lang::from_code(&s.language).unwrap_or(Lang::Nl);
    let a = reply::analyse(text, &Context::of_case(lang, s, policy));
    FORM.iter().map(|&c| (c, a.get(c).clone())).collect()
}

/// The criteria of [`form_check`].
pub const FORM: &[Criterion] = &[Criterion::Length, Criterion::Name, Criterion::OrderNumber];
