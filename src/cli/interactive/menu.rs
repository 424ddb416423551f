//! The terminal's action menu: the open moment's lines, numbered 1, 2, ...
//! in the session's shuffled order, and the fixed tools, each under a
//! letter of its own that is the same in every case and both languages
//! (`a` classifies, `p` offers a solution), in the groups the desk shows
//! (`sim::presentation`). `k`/`d` (done), `s`/`c` (the card) and `q` are
//! no tool's key.

use crate::i18n::{Arg, Lang, Text, tr};
use crate::model::{Action, Check, Scenario, Written};
use crate::sim::State;
use crate::sim::presentation::{Group, offered_lines};

/// How a menu entry is shown.
pub(super) enum Label {
    Msg(&'static str),
    Check(Check),
    /// A line of the scenario, quoted.
    Line(String),
}

/// One entry of the action menu.
#[derive(Clone)]
pub(super) enum Entry {
    Do(Action),
    Offer,
    Classify,
    StatusUpdate,
    SendCsat,
    SeniorFollowUp,
    Lesson,
    /// One answer of the "5 x waarom", typed at a free-text prompt.
    Why,
    Wait,
    /// A text in one's own words, typed over several lines.
    Write(Written),
}

pub(super) struct Item {
    /// What the trainee types: a line's number, or a tool's letter.
    pub key: String,
    pub group: Group,
    pub label: Label,
    pub entry: Entry,
}

/// The letter of a check.
fn check_key(c: Check) -> &'static str {
    match c {
        Check::Order => "b",
        Check::Warranty => "g",
        Check::History => "h",
        Check::Stock => "v",
        Check::Inspect => "i",
    }
}

/// The tools other than the checks, with their letters, after the group
/// they are shown in. `Group::Conversation`'s come before the lines; `w`
/// (wait) is shown last, under "Other".
fn tools(s: &Scenario) -> [(&'static str, Group, &'static str, Entry); 17] {
    use Group::*;
    [
        ("u", Conversation, s.channel.listening("menu-let-finish"), Entry::Do(Action::LetFinish)),
        ("o", Conversation, s.channel.listening("menu-interrupt"), Entry::Do(Action::Interrupt)),
        ("a", Investigation, "menu-classify", Entry::Classify),
        ("r", File, "menu-confirm-receipt", Entry::Do(Action::ConfirmReceipt)),
        ("n", File, "menu-take-ownership", Entry::Do(Action::TakeOwnership)),
        ("t", File, "menu-status-update", Entry::StatusUpdate),
        ("e", File, "menu-escalate", Entry::Do(Action::Escalate)),
        ("m", File, "menu-notify-management", Entry::Do(Action::NotifyManagement)),
        ("p", Solution, "menu-offer", Entry::Offer),
        ("x", Afterwards, "menu-execute", Entry::Do(Action::Execute)),
        ("f", Afterwards, "menu-follow-up", Entry::Do(Action::FollowUp)),
        ("z", Afterwards, "menu-close", Entry::Do(Action::Close)),
        ("y", Afterwards, "menu-send-csat", Entry::SendCsat),
        ("j", Afterwards, "menu-senior", Entry::SeniorFollowUp),
        // Every letter is taken; "5x" says what it is.
        ("5x", Lesson, "menu-why", Entry::Why),
        ("l", Lesson, "menu-lesson", Entry::Lesson),
        ("w", Lesson, "menu-wait", Entry::Wait),
    ]
}

/// The key of waiting, shown apart from the groups.
pub(super) const WAIT_KEY: &str = "w";

/// The action menu now, in the order it is shown (waiting excluded: it is
/// shown under "Other").
pub(super) fn menu(s: &Scenario, st: &State) -> Vec<Item> {
    let tools = tools(s);
    let item = |(key, group, id, entry): &(&str, Group, &'static str, Entry)| Item {
        key: (*key).to_owned(),
        group: *group,
        label: Label::Msg(id),
        entry: entry.clone(),
    };
    let mut m: Vec<Item> = tools.iter().filter(|t| t.1 == Group::Conversation).map(item).collect();
    for (n, i) in offered_lines(s, st, st.seed).into_iter().enumerate() {
        let l = &s.lines[i];
        m.push(Item {
            key: (n + 1).to_string(),
            group: Group::Conversation,
            label: Label::Line(l.text.clone()),
            entry: Entry::Do(Action::Say(l.id.clone())),
        });
    }
    // Writing in one's own words: the reply on a written channel, and the
    // summary or acknowledgement where the conversation asks for one.
    // Every letter is taken; two letters say what they are.
    let own = crate::sim::written::own_words_part(s, st);
    let reply = (!s.channel.is_live()).then_some(Written::Reply);
    for part in own.into_iter().chain(reply) {
        let (key, id) = match part {
            Written::Reply => ("tx", "menu-write-reply"),
            Written::Summary => ("ew", "menu-write-summary"),
            Written::Acknowledge => ("ew", "menu-write-acknowledge"),
        };
        m.push(Item {
            key: key.to_owned(),
            group: Group::Conversation,
            label: Label::Msg(id),
            entry: Entry::Write(part),
        });
    }
    for c in Check::ALL {
        m.push(Item {
            key: check_key(*c).to_owned(),
            group: Group::Investigation,
            label: Label::Check(*c),
            entry: Entry::Do(Action::Check(*c)),
        });
    }
    m.extend(tools.iter().filter(|t| t.1 != Group::Conversation && t.0 != WAIT_KEY).map(item));
    m
}

/// The entry `answer` (lower case, trimmed) picks, waiting included.
pub(super) fn find(items: &[Item], answer: &str) -> Option<Entry> {
    if answer == WAIT_KEY {
        return Some(Entry::Wait);
    }
    items.iter().find(|i| i.key == answer).map(|i| i.entry.clone())
}

pub(super) fn label(lang: Lang, l: &Label) -> String {
    match l {
        Label::Line(text) => format!("«{text}»"),
        Label::Check(c) => Text::msg("menu-check").arg("check", Arg::Msg(c.msg())).render(lang),
        Label::Msg(id) => tr(lang, id),
    }
}
