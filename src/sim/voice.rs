//! How the customer words an answer: as the author wrote it, calmer, or
//! sharper. The tone follows the mood after hearing the trainee, against
//! bands per temperament (`Temperament::tone_bands`): an angry customer
//! turns sharp sooner and calm later than a calm one. A customer who was
//! interrupted as often as their patience allows answers sharper whatever
//! the mood. A reply's authored `calmer:` / `sharper:` variants come first;
//! without them the engine adds a sentence of its own to the authored
//! line, in the temperament's words (`voice-calmer` / `voice-sharper` in
//! the translations), picked by the seed.

use rand::RngExt;

use super::{Session, Speaker};
use crate::i18n::{Arg, Text};
use crate::model::{Reply, Temperament};

/// How many worded variants the translations have per temperament and tone.
pub const VARIANTS: i64 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Calmer,
    Plain,
    Sharper,
}

/// The tone of a customer of temperament `t` at `mood`, interrupted
/// `interruptions` times.
pub fn tone(t: Temperament, mood: i32, interruptions: usize) -> Tone {
    let (sharp_below, calm_from) = t.tone_bands();
    if interruptions >= t.patience() || mood < sharp_below {
        Tone::Sharper
    } else if mood >= calm_from {
        Tone::Calmer
    } else {
        Tone::Plain
    }
}

impl Session<'_> {
    /// The customer answers with `reply`: the seed picks the line, the
    /// mood moves, and the tone the customer is now in words it.
    pub(super) fn reply(&mut self, reply: &Reply) {
        let i = self.state.rng.random_range(0..reply.text.len().max(1));
        self.mood(reply.mood);
        let Some(line) = reply.text.get(i) else { return };
        let temperament = self.scenario.customer.temperament;
        let tone = tone(temperament, self.state.mood, self.state.interruptions.len());
        let authored = match tone {
            Tone::Plain => {
                self.say(Speaker::Customer, Text::Authored(line.clone()));
                return;
            }
            Tone::Calmer => &reply.calmer,
            Tone::Sharper => &reply.sharper,
        };
        let text = if authored.is_empty() {
            self.worded(tone, Text::Authored(line.clone()))
        } else {
            Text::Authored(authored[self.state.voice.random_range(0..authored.len())].clone())
        };
        self.say(Speaker::Customer, text);
    }

    /// `line` with a sentence in the tone and the temperament's words.
    pub(super) fn worded(&mut self, tone: Tone, line: Text) -> Text {
        let id = match tone {
            Tone::Plain => return line,
            Tone::Calmer => "voice-calmer",
            Tone::Sharper => "voice-sharper",
        };
        let n = self.state.voice.random_range(0..VARIANTS);
        Text::msg(id)
            .arg("temperament", self.scenario.customer.temperament.key())
            .arg("n", n)
            .arg("line", Arg::Text(Box::new(line)))
    }

    /// The tone the customer is in now.
    pub fn tone(&self) -> Tone {
        tone(self.scenario.customer.temperament, self.state.mood, self.state.interruptions.len())
    }
}
