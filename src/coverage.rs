//! Which values of the lesson's vocabulary a scenario library covers
//! (`klachtsim validate --coverage`): per dimension every value with the
//! scenarios that have it, and the values no scenario has yet.

use crate::model::*;

/// One value of a dimension and the ids of the scenarios that have it.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// Translation id of the value's name.
    pub msg: &'static str,
    /// Stable key (as in JSON).
    pub key: &'static str,
    pub scenarios: Vec<String>,
}

/// One dimension (verdict, category, ...).
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    /// Translation id of the dimension's name.
    pub msg: &'static str,
    pub key: &'static str,
    pub values: Vec<Value>,
}

impl Dimension {
    pub fn missing(&self) -> impl Iterator<Item = &Value> {
        self.values.iter().filter(|v| v.scenarios.is_empty())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub scenarios: usize,
    pub dimensions: Vec<Dimension>,
}

impl Coverage {
    /// Whether every value of every dimension has at least one scenario.
    pub fn complete(&self) -> bool {
        self.dimensions.iter().all(|d| d.missing().next().is_none())
    }
}

fn dimension<T: Term>(
    msg: &'static str,
    key: &'static str,
    scenarios: &[&Scenario],
    has: impl Fn(&Scenario, T) -> bool,
) -> Dimension {
    let values = T::ALL
        .iter()
        .map(|&v| Value {
            msg: v.msg(),
            key: v.key(),
            scenarios: scenarios.iter().filter(|s| has(s, v)).map(|s| s.id.clone()).collect(),
        })
        .collect();
    Dimension { msg, key, values }
}

/// The coverage of `scenarios`, dimension by dimension, in the order of
/// the lesson: verdict, category, channel, priority, cause, nature, and the
/// escalation triggers.
pub fn coverage(scenarios: &[&Scenario]) -> Coverage {
    let dimensions = vec![
        dimension("field-verdict", "verdict", scenarios, |s, v: Verdict| s.truth.verdict == v),
        dimension("field-category", "category", scenarios, |s, v: Category| s.truth.category == v),
        dimension("field-channel", "channel", scenarios, |s, v: Channel| s.channel == v),
        dimension("field-priority", "priority", scenarios, |s, v: Priority| s.truth.priority == v),
        dimension("field-cause", "cause", scenarios, |s, v: Cause| s.truth.cause == v),
        dimension("field-nature", "nature", scenarios, |s, v: Nature| s.truth.nature == v),
        dimension("field-escalation", "escalation", scenarios, |s, v: Trigger| s.truth.escalation.contains(&v)),
    ];
    Coverage { scenarios: scenarios.len(), dimensions }
}
