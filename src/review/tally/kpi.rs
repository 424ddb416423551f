//! The KPIs being counted: whole-number sums and counts of each
//! population (`kpis`), so that the result does not depend on how the log
//! was cut up.

use crate::review::kpis::{Escalation, EscalationCounts, Facts, Kpis, Mean, Share};

#[derive(Default)]
pub(super) struct KpiTally {
    sessions: u64,
    abandoned: u64,
    first_response: (i64, u64),
    /// Working minutes.
    resolution: (i64, u64),
    within_sla: u64,
    near_breach: u64,
    csat: (i64, u64),
    /// Right, unneeded, missed.
    escalation: [u64; 3],
    passed: u64,
    overall: (i64, u64),
}

fn add_mean(into: &mut (i64, u64), v: Option<i64>) {
    if let Some(v) = v {
        into.0 += v;
        into.1 += 1;
    }
}

impl KpiTally {
    pub(super) fn add(&mut self, f: &Facts) {
        self.sessions += 1;
        self.abandoned += u64::from(!f.finished);
        add_mean(&mut self.first_response, f.first_response_minutes);
        add_mean(&mut self.resolution, f.resolution_working_minutes);
        self.within_sla += u64::from(f.within_sla);
        self.near_breach += u64::from(f.near_breach);
        add_mean(&mut self.overall, Some(i64::from(f.overall)));
        add_mean(&mut self.csat, f.csat.map(i64::from));
        if let Some(e) = f.escalation {
            self.escalation[e as usize] += 1;
        }
        self.passed += u64::from(f.passed);
    }

    pub(super) fn merge(&mut self, o: &KpiTally) {
        self.sessions += o.sessions;
        self.abandoned += o.abandoned;
        for (a, b) in [
            (&mut self.first_response, o.first_response),
            (&mut self.resolution, o.resolution),
            (&mut self.csat, o.csat),
            (&mut self.overall, o.overall),
        ] {
            a.0 += b.0;
            a.1 += b.1;
        }
        self.within_sla += o.within_sla;
        self.near_breach += o.near_breach;
        for (a, b) in self.escalation.iter_mut().zip(o.escalation) {
            *a += b;
        }
        self.passed += o.passed;
    }

    /// The KPIs; resolution in working days of `day_minutes`.
    pub(super) fn finish(&self, day_minutes: i64) -> Kpis {
        let n = self.sessions as usize;
        let resolution = Mean::of(self.resolution.0, self.resolution.1);
        let e = |j: Escalation| self.escalation[j as usize] as usize;
        Kpis {
            sessions: n,
            abandoned: self.abandoned as usize,
            first_response: Mean::of(self.first_response.0, self.first_response.1),
            resolution: Mean { value: resolution.value.map(|m| m / day_minutes.max(1) as f64), ..resolution },
            within_sla: Share { part: self.within_sla as usize, n },
            near_breach: Share { part: self.near_breach as usize, n },
            csat: Mean::of(self.csat.0, self.csat.1),
            escalation: EscalationCounts {
                right: e(Escalation::Right),
                unneeded: e(Escalation::Unneeded),
                missed: e(Escalation::Missed),
            },
            overall: Mean::of(self.overall.0, self.overall.1),
            passed: Share { part: self.passed as usize, n },
        }
    }
}
