//! The lessons learned being counted, per category: the same root cause
//! and correction is one lesson, with every identity that wrote it once.

use foldhash::{HashMap, HashSet};

use crate::log::record::LoggedLesson;
use crate::model::Cause;
use crate::review::LessonGroup;

#[derive(Default)]
pub(super) struct CategoryTally {
    pub complaints: u64,
    pub groups: Vec<LessonGroup>,
    /// Lesson key (cause, root cause, correction) to its group.
    index: HashMap<String, usize>,
    /// Per group, the identities already named (`identity::key` of group
    /// and name).
    named: Vec<HashSet<String>>,
}

impl CategoryTally {
    /// The group of `key`, made from `lesson` if it is new.
    pub fn group(&mut self, key: &str, lesson: impl FnOnce() -> LoggedLesson) -> usize {
        if let Some(i) = self.index.get(key) {
            return *i;
        }
        self.groups.push(LessonGroup { lesson: lesson(), count: 0, trainees: Vec::new() });
        self.named.push(HashSet::default());
        self.index.insert(key.to_owned(), self.groups.len() - 1);
        self.groups.len() - 1
    }

    /// Names the trainee `who` (name and group as shown) under `id` (their
    /// identity), once per group.
    pub fn name(&mut self, group: usize, id: &str, who: impl FnOnce() -> (String, String)) {
        if !self.named[group].contains(id) {
            self.named[group].insert(id.to_owned());
            self.groups[group].trainees.push(who());
        }
    }
}

pub(super) fn lesson_key(key: &mut String, cause: Cause, root_cause: &str, correction: &str) {
    key.clear();
    key.push_str(cause.key());
    key.push('\u{1f}');
    key.push_str(root_cause.trim());
    key.push('\u{1f}');
    key.push_str(correction.trim());
}
