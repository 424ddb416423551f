//! The reference card at the desk ("Spiekkaart"): what a colleague keeps on
//! the wall. The SLA terms, who may promise what, when to escalate, and the
//! steps that go with each verdict (the sequences of `score::Move`, which the
//! debrief holds the trainee to), built from a [`Policy`] as plain values
//! ([`card`]), so a changed policy shows its own figures. The game draws it
//! in a window, the terminal prints it with [`write_text`]. Looking at it is
//! not an action: it costs no simulated time and no points.
//!
//! The card is general: it never names the case being played, so it cannot
//! give a verdict away.

use std::fmt::{self, Write};

use crate::i18n::{Arg, Lang, Text};
use crate::model::{Priority, Role, Trigger, Verdict};
use crate::policy::{Authority, Policy, Rule};
use crate::score::Move;
use crate::sla::{rule_target, target_text};

/// The whole card: a title, one line under it, and its sections.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub title: Text,
    pub intro: Text,
    pub sections: Vec<Section>,
}

/// One part of the card: a table with a heading row, and notes under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: Text,
    /// The column headings; every row has as many cells.
    pub header: Vec<Text>,
    pub rows: Vec<Vec<Text>>,
    /// Lines under the table.
    pub notes: Vec<Text>,
}

/// The card for a policy.
pub fn card(policy: &Policy) -> Card {
    Card {
        title: Text::msg("card-title"),
        intro: Text::msg("card-intro").arg("policy", policy.name.as_str()),
        sections: vec![terms(policy), authority(policy), escalation(policy), verdicts()],
    }
}

/// "Binnen welke termijn": every SLA target of the policy, what starts
/// its clock, and how the clock counts.
fn terms(policy: &Policy) -> Section {
    let sla = &policy.sla;
    let row = |what: Text, term: Text, from: &'static str| vec![what, term, Text::msg(from)];
    let target = |rule, p| target_text(rule_target(sla, rule, p));
    let normal = Priority::Normal;
    let mut rows = vec![
        row(Text::msg("sla-row-acknowledgement"), target(Rule::SlaAcknowledgement, normal), "card-from-receipt"),
        row(Text::msg("sla-row-owner"), target(Rule::SlaOwner, normal), "card-from-receipt"),
    ];
    for p in Priority::ALL {
        let what = Text::msg("card-sla-first-response").arg("priority", Arg::Msg(p.msg()));
        rows.push(row(what, target(Rule::SlaFirstResponse, *p), "card-from-receipt"));
    }
    for p in Priority::ALL {
        let what = Text::msg("card-sla-solution").arg("priority", Arg::Msg(p.msg()));
        rows.push(row(what, target(Rule::SlaSolution, *p), "card-from-receipt"));
    }
    rows.extend([
        row(Text::msg("sla-row-escalation-report"), target(Rule::SlaEscalationReport, normal), "card-from-trigger"),
        row(Text::msg("sla-row-escalation-decision"), target(Rule::SlaEscalationDecision, normal), "card-from-report"),
        row(Text::msg("sla-row-c-level"), target(Rule::SlaCLevel, normal), "card-from-receipt"),
        row(Text::msg("card-sla-follow-up"), target(Rule::SlaFollowUp, normal), "card-from-execution"),
        row(
            Text::msg("card-sla-csat"),
            Text::msg("card-sla-csat-window").arg("from", sla.csat_from_hours).arg("to", sla.csat_to_hours),
            "card-from-closing",
        ),
        row(
            Text::msg("card-sla-senior").arg("threshold", u32::from(sla.csat_follow_up_threshold)),
            target(Rule::SlaCsatFollowUp, normal),
            "card-from-csat",
        ),
    ]);
    Section {
        title: Text::msg("card-terms-title"),
        header: ["card-col-what", "card-col-term", "card-col-from"].map(Text::msg).to_vec(),
        rows,
        notes: vec![
            Text::msg("card-sla-status"),
            Text::msg("card-sla-warning").arg("percent", sla.warn_percent),
            Text::msg("card-sla-waiting"),
            Text::msg("card-sla-clock").arg("hours", Arg::Text(Box::new(policy.business_hours.week()))),
        ],
    }
}

/// What a role may grant alone, in words: a limit, yes or no.
fn limit(a: &Authority, offer: Offer) -> Text {
    let allowed = |yes: bool| Text::msg(if yes { "card-yes" } else { "card-no" });
    match offer {
        Offer::Refund => money_limit(a.refund_eur),
        Offer::Voucher => money_limit(a.voucher_eur),
        Offer::Discount => {
            a.discount_percent.map_or(Text::msg("card-any"), |p| Text::msg("card-up-to-percent").arg("percent", p))
        }
        Offer::ReplacementInStock => allowed(a.replacement_in_stock),
        Offer::ReplacementOutOfStock => allowed(a.replacement_out_of_stock),
        Offer::Repair => allowed(a.repair),
        Offer::Advice => allowed(a.advice),
        Offer::Compromise => allowed(a.compromise),
    }
}

fn money_limit(limit: Option<f64>) -> Text {
    limit.map_or(Text::msg("card-any"), |eur| Text::msg("card-up-to").arg("amount", Arg::Money(eur)))
}

/// The rows of the authority table: every field of [`Authority`].
#[derive(Clone, Copy)]
enum Offer {
    Refund,
    Voucher,
    Discount,
    ReplacementInStock,
    ReplacementOutOfStock,
    Repair,
    Advice,
    Compromise,
}

/// "Wie mag wat toezeggen": a row per kind of offer, a column per role.
fn authority(policy: &Policy) -> Section {
    let offers = [
        (Offer::Refund, "card-offer-refund"),
        (Offer::Voucher, "card-offer-voucher"),
        (Offer::Discount, "card-offer-discount"),
        (Offer::ReplacementInStock, "card-offer-replacement-in-stock"),
        (Offer::ReplacementOutOfStock, "card-offer-replacement-out-of-stock"),
        (Offer::Repair, "card-offer-repair"),
        (Offer::Advice, "card-offer-advice"),
        (Offer::Compromise, "card-offer-compromise"),
    ];
    let rows = offers
        .into_iter()
        .map(|(offer, id)| {
            let mut row = vec![Text::msg(id)];
            row.extend(Role::ALL.iter().map(|r| limit(policy.authority.of(*r), offer)));
            row
        })
        .collect();
    let mut header = vec![Text::msg("card-col-offer")];
    header.extend(Role::ALL.iter().map(|r| Text::msg(r.msg())));
    Section { title: Text::msg("card-authority-title"), header, rows, notes: vec![Text::msg("card-authority-beyond")] }
}

/// "Wanneer escaleren": each trigger with what it means.
fn escalation(policy: &Policy) -> Section {
    let rows = Trigger::ALL
        .iter()
        .map(|t| {
            let meaning = match t {
                Trigger::Authority => Text::msg("card-trigger-authority"),
                Trigger::Reputation => Text::msg("card-trigger-reputation"),
                Trigger::Safety => Text::msg("card-trigger-safety"),
                Trigger::Repetition => Text::msg("card-trigger-repetition")
                    .arg("count", policy.escalation.repeat_count)
                    .arg("days", policy.escalation.repeat_window_days),
            };
            vec![Text::msg(t.msg()), meaning]
        })
        .collect();
    Section {
        title: Text::msg("card-escalation-title"),
        header: vec![Text::msg("card-col-trigger"), Text::msg("card-col-when")],
        rows,
        notes: vec![Text::msg("card-escalation-none")],
    }
}

/// "Gegrond, twijfelachtig, ongegrond": a column per verdict, what it
/// means, then its steps side by side.
fn verdicts() -> Section {
    let mut header = vec![Text::Authored(String::new())];
    header.extend(Verdict::ALL.iter().map(|v| Text::msg(v.msg())));
    let mut meaning = vec![Text::Authored(String::new())];
    meaning.extend(Verdict::ALL.iter().map(|v| Text::msg(verdict_words(*v).0)));
    let mut rows = vec![meaning];
    // The same sequences the debrief holds the trainee to.
    let steps = Verdict::ALL.iter().map(|v| Move::sequence(*v).len()).max().unwrap_or(0);
    for i in 0..steps {
        let mut row = vec![Text::Authored(format!("{}.", i + 1))];
        row.extend(
            Verdict::ALL
                .iter()
                .map(|v| Move::sequence(*v).get(i).map_or_else(|| Text::Authored(String::new()), |m| m.short(*v))),
        );
        rows.push(row);
    }
    let mut offers = vec![Text::Authored(String::new())];
    offers.extend(Verdict::ALL.iter().map(|v| Text::msg(verdict_words(*v).1)));
    rows.push(offers);
    let grounded = Arg::Msg(Verdict::Grounded.msg());
    Section {
        title: Text::msg("card-verdicts-title"),
        header,
        rows,
        notes: vec![Text::msg("card-acknowledge-not-admit").arg("verdict", grounded)],
    }
}

/// What a verdict means, and the solutions that go with it.
fn verdict_words(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Grounded => ("card-meaning-grounded", "card-offers-grounded"),
        Verdict::Doubtful => ("card-meaning-doubtful", "card-offers-doubtful"),
        Verdict::Unfounded => ("card-meaning-unfounded", "card-offers-unfounded"),
    }
}

/// The widest a terminal line of the card should be.
const TEXT_WIDTH: usize = 100;

/// The card as terminal text: each section a heading, an aligned table
/// (long cells wrap within their column) and its notes.
pub fn write_text(out: &mut impl Write, card: &Card, lang: Lang) -> fmt::Result {
    let title = card.title.render(lang);
    writeln!(out, "{}", title.to_uppercase())?;
    writeln!(out, "{}", card.intro.render(lang))?;
    for s in &card.sections {
        writeln!(out)?;
        writeln!(out, "== {} ==", s.title.render(lang))?;
        let mut table = vec![s.header.iter().map(|t| t.render(lang)).collect::<Vec<_>>()];
        table.extend(s.rows.iter().map(|r| r.iter().map(|t| t.render(lang)).collect()));
        write_table(out, &table)?;
        for n in &s.notes {
            for line in wrap(&n.render(lang), TEXT_WIDTH - 2) {
                writeln!(out, "  {line}")?;
            }
        }
    }
    Ok(())
}

/// Rows of cells in aligned columns; the widest column gives way until
/// the table fits [`TEXT_WIDTH`].
fn write_table(out: &mut impl Write, table: &[Vec<String>]) -> fmt::Result {
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths: Vec<usize> = (0..columns)
        .map(|c| table.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    let gap = 2;
    let room = TEXT_WIDTH.saturating_sub(2 + gap * columns.saturating_sub(1));
    while widths.iter().sum::<usize>() > room {
        let (widest, w) = widths.iter().copied().enumerate().max_by_key(|(_, w)| *w).unwrap_or((0, 0));
        if w <= 12 {
            break;
        }
        widths[widest] = w - 1;
    }
    for row in table {
        let cells: Vec<Vec<String>> = row.iter().zip(&widths).map(|(cell, w)| wrap(cell, *w)).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            let mut text = String::from("  ");
            for (c, (cell, w)) in cells.iter().zip(&widths).enumerate() {
                let part = cell.get(line).map_or("", String::as_str);
                if c + 1 < cells.len() {
                    write!(text, "{part:<w$}{:gap$}", "")?;
                } else {
                    text.push_str(part);
                }
            }
            writeln!(out, "{}", text.trim_end())?;
        }
    }
    Ok(())
}

/// Words into lines of at most `width` characters (a longer word gets a
/// line of its own). An empty text is one empty line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("never empty");
        let len = line.chars().count();
        if len == 0 {
            line.push_str(word);
        } else if len + 1 + word.chars().count() <= width {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(word.to_owned());
        }
    }
    lines
}

/// The card in the reader's language, as one text.
pub fn render_text(card: &Card, lang: Lang) -> String {
    let mut out = String::new();
    write_text(&mut out, card, lang).expect("writing to a String cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has;
    use crate::policy::Target;

    fn section_titles(card: &Card, lang: Lang) -> Vec<String> {
        card.sections.iter().map(|s| s.title.render(lang)).collect()
    }

    fn ids(text: &Text, out: &mut Vec<&'static str>) {
        if let Text::Msg { id, args } = text {
            out.push(id);
            for (_, a) in args {
                match a {
                    Arg::Msg(id) => out.push(id),
                    Arg::Text(t) => ids(t, out),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn every_text_of_the_card_exists_in_both_languages() {
        let c = card(&Policy::default());
        let mut all = Vec::new();
        ids(&c.title, &mut all);
        ids(&c.intro, &mut all);
        for s in &c.sections {
            ids(&s.title, &mut all);
            s.header.iter().chain(s.rows.iter().flatten()).chain(&s.notes).for_each(|t| ids(t, &mut all));
        }
        for id in all {
            assert!(has(Lang::Nl, id) && has(Lang::En, id), "no translation for {id}");
        }
        for lang in [Lang::Nl, Lang::En] {
            let text = render_text(&c, lang);
            assert!(!text.contains("{{"), "{lang}: {text}");
            assert_eq!(section_titles(&c, lang).len(), 4);
        }
    }

    #[test]
    fn the_card_has_its_four_sections_and_full_rows() {
        let c = card(&Policy::default());
        let titles: Vec<_> = section_titles(&c, Lang::Nl);
        assert_eq!(
            titles,
            [
                "Binnen welke termijn",
                "Wie mag wat toezeggen",
                "Wanneer escaleren",
                "Gegrond, twijfelachtig, ongegrond: de stappen"
            ]
        );
        for s in &c.sections {
            assert!(!s.rows.is_empty());
            assert!(s.rows.iter().all(|r| r.len() == s.header.len()), "{:?}", s.title);
        }
        // A first response and a solution per priority; a row per trigger;
        // the meaning, 7 steps and the solutions.
        assert_eq!(c.sections[0].rows.len(), 14);
        assert_eq!(c.sections[2].rows.len(), Trigger::ALL.len());
        assert_eq!(c.sections[3].rows.len(), 9);
    }

    #[test]
    fn the_card_shows_the_policys_own_figures() {
        let text = render_text(&card(&Policy::default()), Lang::Nl);
        for expected in ["binnen 1 uur", "binnen 3 werkdag(en)", "tot € 50,00", "tot € 250,00", "tot 15%", "09:00"]
        {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        let mut p = Policy::default();
        p.sla.first_response_normal = Target::WorkingDays(5);
        p.authority.employee.refund_eur = Some(75.0);
        p.escalation.repeat_count = 4;
        p.name = "winkelketen".into();
        let text = render_text(&card(&p), Lang::Nl);
        for expected in ["binnen 5 werkdag(en)", "tot € 75,00", "4 of meer", "winkelketen"] {
            assert!(text.contains(expected), "{expected} missing:\n{text}");
        }
        assert!(!text.contains("binnen 3 werkdag(en)"), "{text}");
        let en = render_text(&card(&p), Lang::En);
        assert!(en.contains("within 5 working day(s)") && en.contains("up to €75.00"), "{en}");
    }

    #[test]
    fn the_verdicts_differ_only_between_analysing_and_improving() {
        let [g, d, u] = [Verdict::Grounded, Verdict::Doubtful, Verdict::Unfounded]
            .map(|v| Move::sequence(v).iter().map(|m| m.short(v)).collect::<Vec<_>>());
        assert_eq!(g[..3], d[..3]);
        assert_eq!(d[..3], u[..3]);
        assert!(g[6] == d[6] && d[6] == u[6]);
        assert!(g[3..6] != d[3..6] && d[3..5] != u[3..5]);
    }

    #[test]
    fn the_terminal_card_fits_its_width_and_aligns_columns() {
        for lang in [Lang::Nl, Lang::En] {
            let text = render_text(&card(&Policy::default()), lang);
            for line in text.lines() {
                assert!(line.chars().count() <= TEXT_WIDTH, "too wide: {line}");
            }
        }
        assert_eq!(wrap("een twee drie", 8), ["een twee", "drie"]);
        assert_eq!(wrap("", 8), [""]);
        let mut out = String::new();
        write_table(&mut out, &[vec!["a".into(), "b".into()], vec!["ccc".into(), "d".into()]]).unwrap();
        assert_eq!(out, "  a    b\n  ccc  d\n");
    }
}
