//! `klachtsim sla`: every deadline a complaint received at a given moment
//! gets under the policy, so students can check their own reasoning: the
//! office hours per weekday, each term with its warning ("bijna over
//! termijn") and its deadline, and the same terms when the case waits for
//! the customer for a while. The deadlines come from `sla::at_receipt`, the
//! same list the scoring uses.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::calendar::{Calendar, Pause};
use crate::i18n::{Arg, Lang, Text, time, tr};
use crate::model::Priority;
use crate::policy::{Policy, Rule};
use crate::sla::{Deadlines, at_receipt, rule_target, target_text};

/// Reads `2026-11-20T16:45`, `2026-11-20 16:45` or with seconds.
pub use crate::model::moment::parse_moment;

pub fn parse_priority(s: &str) -> Option<Priority> {
    crate::authoring::parse_term(s)
}

/// What `klachtsim sla` is asked.
pub struct SlaArgs<'a> {
    pub received: &'a str,
    pub priority: Option<&'a str>,
    pub policy: Option<PathBuf>,
    /// Minutes the case waits for the customer from the start of work (0:
    /// show no waiting).
    pub waiting: u32,
}

/// Returns the exit code; an error is output that could not be written.
pub fn run(lang: Lang, args: SlaArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let SlaArgs { received, priority, policy, waiting } = args;
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
    let mut table = Table { lang, policy: &policy, at, out };
    table.write(&priorities)?;
    if waiting > 0 {
        table.waiting(&priorities, i64::from(waiting))?;
    }
    Ok(0)
}

/// The deadlines of one moment of receipt, written for a reader.
struct Table<'a> {
    lang: Lang,
    policy: &'a Policy,
    at: NaiveDateTime,
    out: &'a mut dyn Write,
}

/// One term of the table: its rule, its label and the priority it is for.
type Row = (Rule, String, Priority);

impl Table<'_> {
    /// The terms every complaint gets from receipt, in the order a case
    /// meets them.
    fn receipt_rows(&self, priorities: &[Priority]) -> Vec<Row> {
        let lang = self.lang;
        let per_priority = |rule, id: &'static str| {
            priorities.iter().map(move |p| (rule, Text::msg(id).arg("priority", Arg::Msg(p.msg())).render(lang), *p))
        };
        let mut rows = vec![
            (Rule::SlaAcknowledgement, tr(lang, "sla-row-acknowledgement"), Priority::Normal),
            (Rule::SlaOwner, tr(lang, "sla-row-owner"), Priority::Normal),
        ];
        rows.extend(per_priority(Rule::SlaFirstResponse, "sla-row-first-response"));
        rows.extend(per_priority(Rule::SlaSolution, "sla-row-solution"));
        rows
    }

    fn escalation_rows(&self) -> Vec<Row> {
        let lang = self.lang;
        [
            (Rule::SlaEscalationReport, "sla-row-escalation-report"),
            (Rule::SlaEscalationDecision, "sla-row-escalation-decision"),
            (Rule::SlaCLevel, "sla-row-c-level"),
        ]
        .into_iter()
        .map(|(rule, id)| (rule, tr(lang, id), Priority::Normal))
        .collect()
    }

    fn write(&mut self, priorities: &[Priority]) -> io::Result<()> {
        let (lang, policy, at) = (self.lang, self.policy, self.at);
        let cal = Calendar::new(policy);
        let sla = &policy.sla;
        let header = Text::msg("sla-header").arg("received", at).arg("policy", policy.name.as_str());
        self.line(header)?;
        self.line(Text::msg("sla-hours").arg("hours", Arg::Text(Box::new(policy.business_hours.week()))))?;
        if let Some(h) = cal.holiday(at.date()) {
            let holiday = Arg::Str(tr(lang, &format!("holiday-{}", h.key())));
            self.line(Text::msg("sla-holiday").arg("holiday", holiday))?;
        }
        let work_starts = crate::sla::work_starts(policy, at);
        if work_starts != at {
            self.line(Text::msg("sla-outside-hours").arg("start", work_starts))?;
        }
        self.line(Text::msg("sla-warning-note").arg("percent", i64::from(sla.warn_percent)))?;
        writeln!(self.out)?;
        self.header()?;
        for row in self.receipt_rows(priorities) {
            self.row(&[], row)?;
        }
        writeln!(self.out)?;
        writeln!(self.out, "{}", tr(lang, "sla-escalation-header"))?;
        for row in self.escalation_rows() {
            self.row(&[], row)?;
        }
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

    /// The terms again when the case waits `minutes` for the customer from
    /// the start of work: those the wait stops, with their later warning
    /// and deadline.
    fn waiting(&mut self, priorities: &[Priority], minutes: i64) -> io::Result<()> {
        let from = crate::sla::work_starts(self.policy, self.at);
        let pause = [Pause { from, to: from + chrono::Duration::minutes(minutes) }];
        let rows: Vec<Row> = self
            .receipt_rows(priorities)
            .into_iter()
            .filter(|(rule, _, p)| {
                let plain = at_receipt(self.policy, self.at, *p, &[]);
                let paused = at_receipt(self.policy, self.at, *p, &pause);
                plain.first(*rule).map(|d| d.due) != paused.first(*rule).map(|d| d.due)
            })
            .collect();
        writeln!(self.out)?;
        if rows.is_empty() {
            return self.line(Text::msg("sla-paused-none").arg("from", from));
        }
        self.line(Text::msg("sla-paused-header").arg("minutes", minutes).arg("from", from))?;
        self.header()?;
        for row in rows {
            self.row(&pause, row)?;
        }
        Ok(())
    }

    fn line(&mut self, text: Text) -> io::Result<()> {
        writeln!(self.out, "{}", text.render(self.lang))
    }

    fn item(&mut self, text: Text) -> io::Result<()> {
        writeln!(self.out, "  {}", text.render(self.lang))
    }

    fn header(&mut self) -> io::Result<()> {
        let col = |id| tr(self.lang, id);
        let (what, target, warn, due) =
            (col("sla-col-what"), col("sla-col-target"), col("sla-col-warn"), col("sla-col-due"));
        writeln!(self.out, "  {what:<44} {target:<31} {warn:<19} {due}")
    }

    /// One term: what, its target on its clock, its warning and when it is
    /// due, with the clock standing still in `pauses`.
    fn row(&mut self, pauses: &[Pause], (rule, label, priority): Row) -> io::Result<()> {
        let deadlines: Deadlines = at_receipt(self.policy, self.at, priority, pauses);
        let d = deadlines.first(rule).expect("every deadline at receipt is listed");
        let target = target_text(rule_target(&self.policy.sla, rule, priority)).render(self.lang);
        let warn = if d.warn < d.due { time(self.lang, d.warn) } else { "-".to_owned() };
        writeln!(self.out, "  {label:<44} {target:<31} {warn:<19} {}", time(self.lang, d.due))
    }
}
