//! `klachtsim sla`: every deadline a complaint received at a given moment
//! gets under the policy, so students can check their own reasoning.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::calendar::Calendar;
use crate::i18n::{Arg, Lang, Text, time, tr};
use crate::model::Priority;
use crate::sla::{receipt_deadlines, target_text};

/// Reads `2026-11-20T16:45`, `2026-11-20 16:45` or with seconds.
pub fn parse_moment(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

pub fn parse_priority(s: &str) -> Option<Priority> {
    crate::authoring::parse_term(s)
}

pub fn run(
    lang: Lang,
    received: &str,
    priority: Option<&str>,
    policy: Option<PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some(at) = parse_moment(received) else {
        let _ = writeln!(err, "{}", Text::msg("sla-bad-moment").arg("value", received).render(lang));
        return 2;
    };
    let priorities = match priority {
        None => vec![Priority::Critical, Priority::High, Priority::Normal],
        Some(p) => match parse_priority(p) {
            Some(p) => vec![p],
            None => {
                let _ = writeln!(err, "{}", Text::msg("sla-bad-priority").arg("value", p).render(lang));
                return 2;
            }
        },
    };
    let policy = match super::policy_or_default(policy, lang, err) {
        Ok(Some(p)) => p,
        Ok(None) | Err(_) => return 1,
    };
    let cal = Calendar::new(&policy);
    let sla = &policy.sla;
    let t = |x| time(lang, x);
    let _ = writeln!(
        out,
        "{}",
        Text::msg("sla-header").arg("received", at).arg("policy", policy.name.as_str()).render(lang)
    );
    if let Some(h) = cal.holiday(at.date()) {
        let _ = writeln!(
            out,
            "{}",
            Text::msg("sla-holiday").arg("holiday", Arg::Str(tr(lang, &format!("holiday-{}", h.key())))).render(lang)
        );
    }
    let base = receipt_deadlines(&policy, at, Priority::Normal);
    if base.work_starts != at {
        let _ = writeln!(out, "{}", Text::msg("sla-outside-hours").arg("start", base.work_starts).render(lang));
    }
    let _ = writeln!(out);
    let row = |out: &mut dyn Write, what: &str, target: Text, when: NaiveDateTime| {
        let _ = writeln!(out, "  {:<44} {:<22} {}", tr(lang, what), target.render(lang), t(when));
    };
    row(out, "sla-row-acknowledgement", target_text(sla.acknowledgement), base.acknowledgement);
    row(out, "sla-row-owner", target_text(sla.owner), base.owner);
    for p in &priorities {
        let d = receipt_deadlines(&policy, at, *p);
        let label = Text::msg("sla-row-first-response").arg("priority", Arg::Msg(p.msg())).render(lang);
        let _ = writeln!(
            out,
            "  {:<44} {:<22} {}",
            label,
            target_text(sla.first_response(*p)).render(lang),
            t(d.first_response)
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr(lang, "sla-escalation-header"));
    row(out, "sla-row-escalation-report", target_text(sla.escalation_report), base.escalation_report);
    row(out, "sla-row-escalation-decision", target_text(sla.escalation_decision), base.escalation_decision);
    row(out, "sla-row-c-level", target_text(sla.c_level_notice), base.c_level_notice);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr(lang, "sla-later-header"));
    let _ = writeln!(
        out,
        "  {}",
        Text::msg("sla-later-follow-up").arg("target", Arg::Text(Box::new(target_text(sla.follow_up)))).render(lang)
    );
    let _ = writeln!(
        out,
        "  {}",
        Text::msg("sla-later-csat")
            .arg("from", i64::from(sla.csat_from_hours))
            .arg("to", i64::from(sla.csat_to_hours))
            .render(lang)
    );
    let _ = writeln!(
        out,
        "  {}",
        Text::msg("sla-later-senior")
            .arg("threshold", i64::from(sla.csat_follow_up_threshold))
            .arg("target", Arg::Text(Box::new(target_text(sla.csat_follow_up))))
            .render(lang)
    );
    0
}
