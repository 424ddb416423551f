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

fn dimension<T: Copy + PartialEq>(
    msg: &'static str,
    key: &'static str,
    all: &[T],
    name: impl Fn(T) -> (&'static str, &'static str),
    scenarios: &[&Scenario],
    has: impl Fn(&Scenario, T) -> bool,
) -> Dimension {
    let values = all
        .iter()
        .map(|&v| {
            let (msg, key) = name(v);
            Value { msg, key, scenarios: scenarios.iter().filter(|s| has(s, v)).map(|s| s.id.clone()).collect() }
        })
        .collect();
    Dimension { msg, key, values }
}

/// The coverage of `scenarios`, dimension by dimension, in the order of
/// the lesson: verdict, category, channel, priority, cause, nature, and the
/// escalation triggers.
pub fn coverage(scenarios: &[&Scenario]) -> Coverage {
    let dimensions = vec![
        dimension(
            "field-verdict",
            "verdict",
            Verdict::ALL,
            |v| (v.msg(), v.key()),
            scenarios,
            |s, v| s.truth.verdict == v,
        ),
        dimension(
            "field-category",
            "category",
            Category::ALL,
            |v| (v.msg(), v.key()),
            scenarios,
            |s, v| s.truth.category == v,
        ),
        dimension("field-channel", "channel", Channel::ALL, |v| (v.msg(), v.key()), scenarios, |s, v| s.channel == v),
        dimension(
            "field-priority",
            "priority",
            Priority::ALL,
            |v| (v.msg(), v.key()),
            scenarios,
            |s, v| s.truth.priority == v,
        ),
        dimension("field-cause", "cause", Cause::ALL, |v| (v.msg(), v.key()), scenarios, |s, v| s.truth.cause == v),
        dimension("field-nature", "nature", Nature::ALL, |v| (v.msg(), v.key()), scenarios, |s, v| s.truth.nature == v),
        dimension(
            "field-escalation",
            "escalation",
            Trigger::ALL,
            |v| (v.msg(), v.key()),
            scenarios,
            |s, v| s.truth.escalation.contains(&v),
        ),
    ];
    Coverage { scenarios: scenarios.len(), dimensions }
}
