//! `klachtsim sla`: every deadline a complaint received at a given moment
//! gets under the policy, so students can check their own reasoning. The
//! deadlines come from `sla::at_receipt`, the same list the scoring uses.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::i18n::{Arg, Lang, Text, time, tr};
use crate::model::Priority;
use crate::policy::{Policy, Rule};
use crate::sla::{Deadlines, at_receipt, rule_target, target_text};

/// Reads `2026-11-20T16:45`, `2026-11-20 16:45` or with seconds.
pub use crate::model::moment::parse_moment;

pub fn parse_priority(s: &str) -> Option<Priority> {
    crate::authoring::parse_term(s)
}

/// Returns the exit code; an error is output that could not be written.
pub fn run(
    lang: Lang,
    received: &str,
    priority: Option<&str>,
    policy: Option<PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let Some(at) = parse_moment(received) else {
        writeln!(err, "{}", Text::msg("sla-bad-moment").arg("value", received).render(lang))?;
        return Ok(2);
    };
    let priorities = match priority {
        None => vec![Priority::Critical, Priority::High, Priority::Normal],
        Some(p) => match parse_priority(p) {
            Some(p) => vec![p],
            None => {
                writeln!(err, "{}", Text::msg("sla-bad-priority").arg("value", p).render(lang))?;
                return Ok(2);
            }
        },
    };
    let Some(policy) = super::policy_or_default(policy, lang, err)? else {
        return Ok(1);
    };
    Table { lang, policy: &policy, at, out }.write(&priorities)?;
    Ok(0)
}

/// The deadlines of one moment of receipt, written for a reader.
struct Table<'a> {
    lang: Lang,
    policy: &'a Policy,
    at: NaiveDateTime,
    out: &'a mut dyn Write,
}

impl Table<'_> {
    fn write(&mut self, priorities: &[Priority]) -> io::Result<()> {
        let (lang, policy, at) = (self.lang, self.policy, self.at);
        let cal = Calendar::new(policy);
        let sla = &policy.sla;
        let header = Text::msg("sla-header").arg("received", at).arg("policy", policy.name.as_str());
        self.line(header)?;
        if let Some(h) = cal.holiday(at.date()) {
            let holiday = Arg::Str(tr(lang, &format!("holiday-{}", h.key())));
            self.line(Text::msg("sla-holiday").arg("holiday", holiday))?;
        }
        let work_starts = crate::sla::work_starts(policy, at);
        if work_starts != at {
            self.line(Text::msg("sla-outside-hours").arg("start", work_starts))?;
        }
        writeln!(self.out)?;
        let base = at_receipt(policy, at, Priority::Normal);
        self.row(&base, Rule::SlaAcknowledgement, tr(lang, "sla-row-acknowledgement"), Priority::Normal)?;
        self.row(&base, Rule::SlaOwner, tr(lang, "sla-row-owner"), Priority::Normal)?;
        for p in priorities {
            let label = Text::msg("sla-row-first-response").arg("priority", Arg::Msg(p.msg())).render(lang);
            self.row(&at_receipt(policy, at, *p), Rule::SlaFirstResponse, label, *p)?;
        }
        writeln!(self.out)?;
        writeln!(self.out, "{}", tr(lang, "sla-escalation-header"))?;
        self.row(&base, Rule::SlaEscalationReport, tr(lang, "sla-row-escalation-report"), Priority::Normal)?;
        self.row(&base, Rule::SlaEscalationDecision, tr(lang, "sla-row-escalation-decision"), Priority::Normal)?;
        self.row(&base, Rule::SlaCLevel, tr(lang, "sla-row-c-level"), Priority::Normal)?;
        writeln!(self.out)?;
        writeln!(self.out, "{}", tr(lang, "sla-later-header"))?;
        let target = |rule| Arg::Text(Box::new(target_text(rule_target(sla, rule, Priority::Normal))));
        self.item(Text::msg("sla-later-follow-up").arg("target", target(Rule::SlaFollowUp)))?;
        self.item(
            Text::msg("sla-later-csat")
                .arg("from", i64::from(sla.csat_from_hours))
                .arg("to", i64::from(sla.csat_to_hours)),
        )?;
        self.item(
            Text::msg("sla-later-senior")
                .arg("threshold", i64::from(sla.csat_follow_up_threshold))
                .arg("target", target(Rule::SlaCsatFollowUp)),
        )
    }

    fn line(&mut self, text: Text) -> io::Result<()> {
        writeln!(self.out, "{}", text.render(self.lang))
    }

    fn item(&mut self, text: Text) -> io::Result<()> {
        writeln!(self.out, "  {}", text.render(self.lang))
    }

    /// One deadline: what, its target on its clock, and when it is due.
    /// `priority` only matters for the first response.
    fn row(&mut self, deadlines: &Deadlines, rule: Rule, label: String, priority: Priority) -> io::Result<()> {
        let due = deadlines.first(rule).expect("every deadline at receipt is listed");
        let target = target_text(rule_target(&self.policy.sla, rule, priority)).render(self.lang);
        writeln!(self.out, "  {label:<44} {target:<31} {}", time(self.lang, due.due))
    }
}
