//! The customer's role card for the pair role-play: a case's data told to
//! the student who plays the customer, in the second person. What they
//! bought and how they complain, what they want, how they react, which
//! facts they keep back until the employee asks well, and what makes them
//! angrier. The framing sentences are translations (`role-*`); what the
//! case itself says (product, opening, replies) stays in the case's own
//! language.

use chrono::{Datelike, NaiveDate, Timelike};

use crate::i18n::{Arg, Lang, Text};
use crate::model::{Line, LineKind, OfferPattern, OfferRule, Rating, Scenario};
use crate::sim::offer_words;

/// What the student playing the customer reads before and during the case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCard {
    pub case_title: String,
    /// The customer's name.
    pub customer: String,
    /// Who you are and what happened, in the second person; one paragraph
    /// per line.
    pub situation: String,
    /// What would solve it for you, and what you turn down; one paragraph
    /// per line.
    pub wants: String,
    /// How you behave, by temperament, and what calms you down; one
    /// paragraph per line.
    pub reacts: String,
    /// The facts you keep back until the employee asks well.
    pub reveal: Vec<Reveal>,
    /// What makes you angrier (interrupting, blaming, making you wait).
    pub escalate: Vec<String>,
}

/// A fact to reveal only when asked well, and what "asked well" means for
/// it (letting you finish, an open question, a correct summary).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reveal {
    pub fact: String,
    pub when: String,
}

impl RoleCard {
    pub fn of(scenario: &Scenario, lang: Lang) -> RoleCard {
        RoleCard {
            case_title: scenario.title.clone(),
            customer: scenario.customer.name.clone(),
            situation: situation(scenario, lang),
            wants: wants(scenario, lang),
            reacts: reacts(scenario, lang),
            reveal: reveals(scenario, lang),
            escalate: escalate(scenario, lang),
        }
    }
}

/// "4 november 2026".
fn date(d: NaiveDate) -> Text {
    Text::msg("role-date").arg("day", d.day()).arg("month", d.month()).arg("year", d.year())
}

fn text(t: Text) -> Arg {
    Arg::Text(Box::new(t))
}

/// The first variant of a reply: the one the card quotes.
fn first(reply: &[String]) -> Option<&str> {
    reply.first().map(String::as_str)
}

fn situation(s: &Scenario, lang: Lang) -> String {
    let o = &s.order;
    let mut out = vec![
        Text::msg(if o.online { "role-situation-ordered" } else { "role-situation-bought" })
            .arg("date", text(date(o.purchased)))
            .arg("product", o.product.as_str())
            .arg("order", o.number.as_str())
            .arg("price", Arg::Money(o.price)),
    ];
    if let Some(d) = o.delivered.filter(|d| *d != o.purchased) {
        out.push(Text::msg("role-situation-delivered").arg("date", text(date(d))));
    }
    let r = s.received;
    let moment = Text::msg("role-moment")
        .arg("weekday", text(Text::msg("role-weekday").arg("day", r.weekday().number_from_monday())))
        .arg("date", text(date(r.date())))
        .arg("time", format!("{:02}:{:02}", r.hour(), r.minute()));
    out.push(Text::msg("role-situation-channel").arg("when", text(moment)).arg("channel", s.channel.key()));
    if s.public {
        out.push(Text::msg("role-situation-public"));
    }
    for past in &s.customer.history {
        out.push(
            Text::msg("role-situation-history")
                .arg("date", text(date(past.date)))
                .arg("summary", past.summary.as_str()),
        );
    }
    out.push(Text::msg("role-situation-opening").arg("opening", s.opening.as_str()));
    out.iter().map(|t| t.render(lang)).collect::<Vec<_>>().join("\n")
}

/// An offer rule in words: its own text when the case gives one (quoted,
/// in the case's language), else what it covers.
fn offer_rule_words(rule: &OfferRule, lang: Lang) -> String {
    if let Some(t) = &rule.text {
        return Text::msg("role-quote").arg("text", t.as_str()).render(lang);
    }
    let range = |id: &'static str, lo: Arg, hi: Arg| Text::msg(id).arg("from", lo).arg("to", hi);
    match rule.offer {
        OfferPattern::Refund(lo, hi) if lo < hi => range("role-offer-refund", Arg::Money(lo), Arg::Money(hi)),
        OfferPattern::Voucher(lo, hi) if lo < hi => range("role-offer-voucher", Arg::Money(lo), Arg::Money(hi)),
        OfferPattern::Discount(lo, hi) if lo < hi => range("role-offer-discount", lo.into(), hi.into()),
        p => offer_words(&p.floor()),
    }
    .render(lang)
}

fn wants(s: &Scenario, lang: Lang) -> String {
    let list = |pick: &dyn Fn(&OfferRule) -> bool| -> String {
        s.offers.iter().filter(|r| pick(r)).map(|r| offer_rule_words(r, lang)).collect::<Vec<_>>().join("; ")
    };
    let happy = list(&|r| r.accepted && r.reply.mood > 0);
    let grudging = list(&|r| r.accepted && r.reply.mood <= 0);
    let refused = list(&|r| !r.accepted);
    let mut out = vec![Text::msg("role-wants")];
    for (id, offers) in
        [("role-wants-happy", happy), ("role-wants-grudging", grudging), ("role-wants-refused", refused)]
    {
        if !offers.is_empty() {
            out.push(Text::msg(id).arg("offers", offers));
        }
    }
    out.push(Text::msg("role-wants-clear"));
    out.iter().map(|t| t.render(lang)).collect::<Vec<_>>().join("\n")
}

/// The case's line of `kind` with `rating` that moves the mood most.
fn strongest(s: &Scenario, kind: LineKind, rating: Rating) -> Option<&Line> {
    s.lines.iter().filter(|l| l.kind == kind && l.rating == rating).max_by_key(|l| l.reply.mood.abs())
}

fn reacts(s: &Scenario, lang: Lang) -> String {
    let t = s.customer.temperament;
    let mut out = vec![Text::msg("role-reacts").arg("temperament", Arg::Msg(t.msg())), Text::msg(reacts_id(t))];
    if let Some(reply) = strongest(s, LineKind::Acknowledge, Rating::Good).and_then(|l| first(&l.reply.text)) {
        out.push(Text::msg("role-reacts-calmer").arg("reply", reply));
    }
    out.push(Text::msg("role-reacts-offer"));
    out.iter().map(|t| t.render(lang)).collect::<Vec<_>>().join("\n")
}

fn reacts_id(t: crate::model::Temperament) -> &'static str {
    use crate::model::Temperament::*;
    match t {
        Calm => "role-reacts-calm",
        Impatient => "role-reacts-impatient",
        Angry => "role-reacts-angry",
        Anxious => "role-reacts-anxious",
        Talkative => "role-reacts-talkative",
    }
}

fn reveals(s: &Scenario, lang: Lang) -> Vec<Reveal> {
    let mut out = Vec::new();
    if let Some(fact) = first(&s.listening.let_finish.text) {
        out.push(Reveal { fact: fact.to_owned(), when: Text::msg("role-when-let-finish").render(lang) });
    }
    for l in s.lines.iter().filter(|l| l.rating == Rating::Good) {
        let id = match l.kind {
            LineKind::OpenQuestion => "role-when-open-question",
            LineKind::Summary => "role-when-summary",
            LineKind::ClosedQuestion => "role-when-closed-question",
            LineKind::Acknowledge | LineKind::Explanation => continue,
        };
        if let Some(fact) = first(&l.reply.text) {
            let when = Text::msg(id).arg("line", l.text.as_str()).render(lang);
            out.push(Reveal { fact: fact.to_owned(), when });
        }
    }
    out
}

/// How many lines that anger the customer the card shows: the strongest
/// two, so that the printed card stays on one A4 page.
const ANGERING: usize = 2;

fn escalate(s: &Scenario, lang: Lang) -> Vec<String> {
    let t = s.customer.temperament;
    let channel = s.channel.key();
    let mut out = Vec::new();
    if let Some(reply) = first(&s.listening.interrupt.text) {
        out.push(Text::msg("role-escalate-interrupt").arg("reply", reply));
    }
    out.push(Text::msg("role-escalate-patience").arg("times", t.patience() as i64).arg("channel", channel));
    if s.channel.is_live() {
        out.push(
            Text::msg("role-escalate-hold").arg("minutes", Arg::Minutes(t.hold_minutes())).arg("channel", channel),
        );
    }
    let mut angering: Vec<&Line> =
        s.lines.iter().filter(|l| l.rating == Rating::Wrong && l.reply.mood < 0 && !l.reply.text.is_empty()).collect();
    angering.sort_by_key(|l| l.reply.mood);
    for l in angering.into_iter().take(ANGERING) {
        out.push(Text::msg("role-escalate-line").arg("line", l.text.as_str()).arg("reply", l.reply.text[0].as_str()));
    }
    out.iter().map(|t| t.render(lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verdict;

    fn case(id: &str) -> Scenario {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let lib = crate::load::Library::load(&dir);
        lib.get(id).unwrap_or_else(|| panic!("no case {id} in {}", dir.display())).scenario.clone()
    }

    #[test]
    fn a_grounded_case_in_dutch() {
        let s = case("gstar-rits-kapot");
        assert_eq!(s.truth.verdict, Verdict::Grounded);
        let card = RoleCard::of(&s, Lang::Nl);
        assert_eq!(card.customer, "Sanne de Vries");
        let situation: Vec<&str> = card.situation.lines().collect();
        assert_eq!(
            situation[0],
            "Je hebt op 4 november 2026 gekocht: G-Star RAW 3301 Slim jeans, maat 31/32 (bestelling GS-2026-48213, € 129,95)."
        );
        assert_eq!(situation[1], "Op vrijdag 20 november 2026 om 15:40 bel je de klantenservice.");
        assert_eq!(
            situation[2],
            "Je hebt al eerder geklaagd, op 12 maart 2026: Pakket een dag later dan beloofd; opgelost met excuses."
        );
        assert!(situation[3].starts_with("Je begint zo: “Hallo, met Sanne de Vries."), "{}", situation[3]);
        assert!(card.wants.contains("Hier ben je tevreden mee: een vervangend product; (een deel van) je geld terug, tussen € 120,00 en € 129,95; een gratis reparatie; “U krijgt een nieuwe jeans"), "{}", card.wants);
        assert!(
            card.wants
                .contains("Hier ga je niet mee akkoord: (een deel van) je geld terug, tussen € 0,01 en € 119,99;"),
            "{}",
            card.wants
        );
        assert!(card.reacts.starts_with("Je bent ongeduldig.\nJe hebt weinig tijd"), "{}", card.reacts);
        assert!(card.reacts.contains("zeg je bijvoorbeeld: “Fijn, dank u.”"), "{}", card.reacts);
        assert_eq!(card.reveal[0].when, "Als de medewerker je laat uitpraten, vertel je verder:");
        assert!(card.reveal[0].fact.starts_with("De rits gaat steeds vanzelf open"));
        assert_eq!(
            card.reveal[1].when,
            "Pas op een open vraag, zoals “Wat vervelend. Kunt u vertellen wat er precies met de rits gebeurt, en wanneer u het merkte?”, vertel je:"
        );
        assert!(
            card.reveal
                .iter()
                .any(|r| r.when.starts_with("Vat de medewerker je verhaal goed samen") && r.fact == "Ja, precies dat.")
        );
        assert!(
            card.reveal
                .iter()
                .any(|r| r.when.starts_with("Vraagt de medewerker er gericht naar") && r.fact == "3581 KP, nummer 17.")
        );
        assert_eq!(
            card.escalate[0],
            "Onderbreekt de medewerker je, dan word je bozer: “Laat me nou even uitpraten! Ik ben nog niet eens klaar.”"
        );
        assert_eq!(
            card.escalate[1],
            "Word je één keer onderbroken, dan voel je je niet meer gehoord. Gebeurt het daarna nog een keer, dan hang je op."
        );
        assert_eq!(card.escalate[2], "Laat de medewerker je langer dan 30 min wachten, dan hang je op.");
        // The two lines that anger her most, the worst first.
        assert_eq!(card.escalate.len(), 3 + 2);
        assert!(card.escalate[3].contains("Onze jeans worden allemaal gecontroleerd"), "{}", card.escalate[3]);
    }

    #[test]
    fn an_unfounded_case_in_dutch_and_english() {
        let s = case("gstar-gekrompen-droger");
        assert_eq!(s.truth.verdict, Verdict::Unfounded);
        let nl = RoleCard::of(&s, Lang::Nl);
        assert!(nl.situation.starts_with("Je hebt op "), "{}", nl.situation);
        assert!(!nl.reveal.is_empty() && !nl.wants.is_empty());
        assert!(nl.wants.contains("Hier ga je niet mee akkoord"), "{}", nl.wants);
        let en = RoleCard::of(&s, Lang::En);
        assert!(en.situation.starts_with("On "), "{}", en.situation);
        // The case's own words stay in its language.
        assert_eq!(en.reveal[0].fact, nl.reveal[0].fact);
        assert_ne!(en.reveal[0].when, nl.reveal[0].when);
    }
}
