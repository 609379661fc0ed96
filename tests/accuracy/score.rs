//! Turning findings into hits, misses and false alarms, and counting them.

use std::collections::BTreeMap;

use crate::cases::Case;
use crate::real::{Policy, Status};
use crate::run::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A requirement that is not met was reported (true positive).
    Hit,
    /// A requirement that is not met was not reported (false negative).
    Miss,
    /// A rule fired where its requirement is met (false positive).
    FalseAlarm,
    /// A met requirement was not reported (true negative; real policies only).
    Quiet,
}

/// One rule's outcome on one document.
#[derive(Debug, Clone)]
pub struct Event {
    pub rule: String,
    pub lang: String,
    /// The base (mutation cases) or the real policy's id.
    pub group: String,
    /// `base/lang/case` or the real policy's id.
    pub item: String,
    pub outcome: Outcome,
    /// Where the rule fired (1-based).
    pub lines: Vec<usize>,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub tp: usize,
    pub fn_: usize,
    pub fp: usize,
}

impl Tally {
    fn add(&mut self, o: Outcome) {
        match o {
            Outcome::Hit => self.tp += 1,
            Outcome::Miss => self.fn_ += 1,
            Outcome::FalseAlarm => self.fp += 1,
            Outcome::Quiet => {}
        }
    }

    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// The tallies of `events` grouped by `key`.
pub fn tally_by(events: &[Event], key: impl Fn(&Event) -> String) -> BTreeMap<String, Tally> {
    let mut out: BTreeMap<String, Tally> = BTreeMap::new();
    for e in events {
        out.entry(key(e)).or_default().add(e.outcome);
    }
    out
}

pub fn total(events: &[Event]) -> Tally {
    tally_by(events, |_| String::new())
        .remove("")
        .unwrap_or_default()
}

/// The counted findings of one file, by rule, with their lines.
fn fired<'a>(findings: impl Iterator<Item = &'a Finding>) -> BTreeMap<&'a str, Vec<usize>> {
    let mut by_rule: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for f in findings.filter(|f| f.counts()) {
        by_rule.entry(&f.rule).or_default().push(f.line);
    }
    by_rule
}

/// A case: each expected id fired or not; any other id that fired is a
/// false alarm, unless the case allows it.
pub fn case(case: &Case, findings: &[&Finding]) -> Vec<Event> {
    let fired = fired(findings.iter().copied());
    let event = |rule: &str, outcome, lines: Vec<usize>| Event {
        rule: rule.to_string(),
        lang: case.lang.clone(),
        group: case.base.clone(),
        item: case.label(),
        outcome,
        lines,
    };
    let mut events: Vec<Event> = case
        .expected
        .iter()
        .map(|id| match fired.get(id.as_str()) {
            Some(lines) => event(id, Outcome::Hit, lines.clone()),
            None => event(id, Outcome::Miss, Vec::new()),
        })
        .collect();
    for (rule, lines) in fired {
        if !case.expected.contains(rule) && !case.allowed.contains(rule) {
            events.push(event(rule, Outcome::FalseAlarm, lines));
        }
    }
    events
}

/// A real policy: a finding on an `absent` label is a hit, none a miss; a
/// finding on a `present` label is a false alarm. `unclear` is not scored,
/// nor are findings of rules without a label.
pub fn policy(p: &Policy, findings: &[&Finding]) -> Vec<Event> {
    let fired = fired(findings.iter().copied());
    p.labels
        .iter()
        .filter_map(|(rule, label)| {
            let lines = fired.get(rule.as_str()).cloned();
            let outcome = match (label.status, lines.is_some()) {
                (Status::Absent, true) => Outcome::Hit,
                (Status::Absent, false) => Outcome::Miss,
                (Status::Present, true) => Outcome::FalseAlarm,
                (Status::Present, false) => Outcome::Quiet,
                (Status::Unclear, _) => return None,
            };
            Some(Event {
                rule: rule.clone(),
                lang: p.lang.clone(),
                group: p.id.clone(),
                item: p.id.clone(),
                outcome,
                lines: lines.unwrap_or_default(),
            })
        })
        .collect()
}
