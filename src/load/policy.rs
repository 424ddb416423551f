//! Loading a policy file (`Policy(...)`); every field left out keeps the
//! DOMAIN.md default.

use std::path::Path;

use crate::i18n::Text;
use crate::path;
use crate::policy::{Authority, Policy, Target};

use super::diagnostic::Diagnostic;
use super::document::Document;
use super::source::Source;

pub const POLICY_FIELDS: &[&str] =
    &["name", "time_zone", "business_hours", "holidays", "sla", "authority", "escalation", "lead_times", "kpi", "law"];

pub fn load_policy(path: &Path) -> Result<Policy, Vec<Diagnostic>> {
    let src = Source::read(path).map_err(|d| vec![*d])?;
    parse_policy(&src)
}

pub fn parse_policy(src: &Source) -> Result<Policy, Vec<Diagnostic>> {
    let mut doc = Document::open(src, "Policy").map_err(|d| vec![*d])?;
    doc.unknown_fields(POLICY_FIELDS);
    let d = Policy::default();
    let p = Policy {
        name: doc.optional("name", || d.name.clone()).unwrap_or_default(),
        time_zone: doc.optional("time_zone", || d.time_zone.clone()).unwrap_or_default(),
        business_hours: doc.optional("business_hours", || d.business_hours.clone()).unwrap_or_default(),
        holidays: doc.optional("holidays", || d.holidays.clone()).unwrap_or_default(),
        sla: doc.optional("sla", || d.sla.clone()).unwrap_or_default(),
        authority: doc.optional("authority", || d.authority.clone()).unwrap_or_default(),
        escalation: doc.optional("escalation", || d.escalation.clone()).unwrap_or_default(),
        lead_times: doc.optional("lead_times", || d.lead_times.clone()).unwrap_or_default(),
        kpi: doc.optional("kpi", || d.kpi.clone()).unwrap_or_default(),
        law: doc.optional("law", || d.law.clone()).unwrap_or_default(),
    };
    if doc.diags.is_empty() {
        check_policy(&p, &mut doc);
    }
    if doc.diags.is_empty() { Ok(p) } else { Err(doc.diags) }
}

fn check_policy(p: &Policy, doc: &mut Document) {
    if p.time_zone.parse::<chrono_tz::Tz>().is_err() {
        doc.error_at(path!("time_zone"), Text::msg("policy-time-zone").arg("zone", p.time_zone.clone()), None);
    }
    if let Some(problem) = p.business_hours.problem() {
        doc.error_at(path!("business_hours"), Text::msg(problem), None);
    }
    let sla = &p.sla;
    let zero = |t: Target| matches!(t, Target::Minutes(0) | Target::Hours(0));
    for (name, t) in [
        ("acknowledgement", sla.acknowledgement),
        ("owner", sla.owner),
        ("first_response_critical", sla.first_response_critical),
        ("first_response_high", sla.first_response_high),
        ("escalation_report", sla.escalation_report),
        ("escalation_decision", sla.escalation_decision),
        ("follow_up", sla.follow_up),
        ("csat_follow_up", sla.csat_follow_up),
    ] {
        if zero(t) {
            doc.error_at(path!("sla", name), Text::msg("policy-zero-target").arg("field", name), None);
        }
    }
    if sla.csat_from_hours > sla.csat_to_hours {
        doc.error_at(path!("sla", "csat_from_hours"), Text::msg("policy-csat-window"), None);
    }
    if !(1..=5).contains(&sla.csat_follow_up_threshold) {
        doc.error_at(path!("sla", "csat_follow_up_threshold"), Text::msg("policy-csat-threshold"), None);
    }
    if p.escalation.repeat_count < 2 || p.escalation.repeat_window_days == 0 {
        doc.error_at(path!("escalation"), Text::msg("policy-repeat"), None);
    }
    // A company may promise more than the law, never less.
    let (law, least) = (&p.law, crate::law::Terms::default());
    for (name, less) in [
        ("presumption_months", law.presumption_months < least.presumption_months),
        ("withdrawal_days", law.withdrawal_days < least.withdrawal_days),
        ("refund_days", law.refund_days > least.refund_days),
    ] {
        if less {
            doc.error_at(path!("law", name), Text::msg("policy-law-less").arg("field", name), None);
        }
    }
    // A higher role may always do what a lower one may.
    let roles =
        [("employee", &p.authority.employee), ("team_lead", &p.authority.team_lead), ("manager", &p.authority.manager)];
    for pair in roles.windows(2) {
        let ((lo_name, lo), (hi_name, hi)) = (pair[0], pair[1]);
        if !covers(hi, lo) {
            doc.error_at(
                path!("authority", hi_name),
                Text::msg("policy-authority-order").arg("higher", hi_name).arg("lower", lo_name),
                None,
            );
        }
    }
}

fn covers(hi: &Authority, lo: &Authority) -> bool {
    fn lim<T: PartialOrd + Copy>(hi: Option<T>, lo: Option<T>) -> bool {
        match (hi, lo) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(h), Some(l)) => h >= l,
        }
    }
    lim(hi.refund_eur, lo.refund_eur)
        && lim(hi.voucher_eur, lo.voucher_eur)
        && lim(hi.discount_percent, lo.discount_percent)
        && (hi.replacement_in_stock || !lo.replacement_in_stock)
        && (hi.replacement_out_of_stock || !lo.replacement_out_of_stock)
        && (hi.repair || !lo.repair)
        && (hi.advice || !lo.advice)
        && (hi.compromise || !lo.compromise)
}
