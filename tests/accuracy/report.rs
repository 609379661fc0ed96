//! The Markdown report: which figures come from mutation cases, which from
//! the development half and which from the test half of the real policies.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::phrasings::Phrasing;
use crate::real::{Half, Policy, Status};
use crate::rules::Catalogue;
use crate::run::NOW;
use crate::score::{Event, Outcome, Tally, tally_by, total};

pub struct Input<'a> {
    pub rules: &'a Catalogue,
    /// `base/lang` → the slugs of its cases.
    pub cases: BTreeMap<String, Vec<String>>,
    pub mutation: &'a [Event],
    pub policies: &'a [&'a Policy],
    pub development: &'a [Event],
    pub phrasings: &'a [Phrasing],
    /// One event per phrasing.
    pub phrased: &'a [Event],
    /// `None` when the test half was not run.
    pub test: Option<&'a [Event]>,
    pub fixture_problems: &'a [String],
    pub broken: &'a [String],
    pub seconds: f64,
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |x| format!("{:.1}%", 100.0 * x))
}

fn row(name: &str, t: Tally) -> String {
    format!(
        "| {name} | {} | {} | {} | {} | {} |\n",
        t.tp,
        t.fn_,
        t.fp,
        pct(t.recall()),
        pct(t.precision())
    )
}

/// The per-rule and per-language tables every section has.
fn per_rule_and_language(out: &mut String, events: &[Event]) {
    table(
        out,
        "Per rule",
        "rule",
        &tally_by(events, |e| e.rule.clone()),
    );
    table(
        out,
        "Per language",
        "language",
        &tally_by(events, |e| e.lang.clone()),
    );
}

/// A tally table with one row per key.
fn table(out: &mut String, title: &str, first: &str, rows: &BTreeMap<String, Tally>) {
    let _ = writeln!(
        out,
        "\n### {title}\n\n| {first} | TP | FN | FP | recall | precision |"
    );
    out.push_str("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (name, t) in rows {
        out.push_str(&row(name, *t));
    }
}

/// The case kind of a mutation event: `remove`, `paraphrase`, `front-matter`, …
fn kind(e: &Event) -> String {
    let slug = e.item.rsplit('/').next().unwrap_or_default();
    slug.split("--").next().unwrap_or_default().to_string()
}

fn lines(e: &Event) -> String {
    let l: Vec<String> = e.lines.iter().map(usize::to_string).collect();
    if l.is_empty() {
        "–".into()
    } else {
        l.join(", ")
    }
}

fn problems(out: &mut String, title: &str, list: &[String]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n### {title}\n");
    for p in list {
        let _ = writeln!(out, "- {}", p.replace('\n', " "));
    }
}

pub fn render(i: &Input<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Charter accuracy report\n\n\
         Every figure comes from the real binary, `charter --now {NOW} lint --format json`. \
         Errors and warnings count, infos do not. TP: a requirement that is not met was reported; \
         FN (miss): it was not reported; FP (false alarm): a rule fired where its requirement is met. \
         Recall = TP / (TP + FN), precision = TP / (TP + FP). Linting and scoring took {:.1} s.\n",
        i.seconds
    );
    out.push_str("| figures | from | TP | FN | FP | recall | precision |\n");
    out.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    let cases: usize = i.cases.values().map(Vec::len).sum();
    let mutation = format!(
        "**mutation** | {cases} cases of {} base documents",
        i.cases.len()
    );
    out.push_str(&row(&mutation, total(i.mutation)));
    let count = |half| {
        let policies = i.policies.iter().filter(|p| p.half == Some(half)).count();
        format!("{policies} real policies")
    };
    let development = format!("**development** | {}", count(Half::Development));
    out.push_str(&row(&development, total(i.development)));
    let decoys = i.phrasings.iter().filter(|p| p.decoy).count();
    let phrased = format!(
        "**phrasings** | {} met lines and {decoys} decoys in {} languages",
        i.phrasings.len() - decoys,
        crate::phrasings::by_lang(i.phrasings).len()
    );
    out.push_str(&row(&phrased, total(i.phrased)));
    let test = format!("**test** | {}", count(Half::Test));
    match i.test {
        Some(events) => out.push_str(&row(&test, total(events))),
        None => {
            let _ = writeln!(
                out,
                "| {test} | not run: set CHARTER_ACCURACY_TEST_HALF=1 (milestones only) | | | | |"
            );
        }
    }

    if !i.broken.is_empty() || !i.fixture_problems.is_empty() {
        out.push_str("\n## Problems (the tests fail)\n");
        problems(
            &mut out,
            "The binary or its findings (`accuracy_report`)",
            i.broken,
        );
        problems(
            &mut out,
            "The fixtures (`fixtures_are_well_formed`)",
            i.fixture_problems,
        );
    }

    mutation_part(&mut out, i);
    real_part(&mut out, i, Half::Development, Some(i.development));
    phrasings_part(&mut out, i);
    real_part(&mut out, i, Half::Test, i.test);
    out
}

fn mutation_part<'a>(out: &mut String, i: &'a Input<'a>) {
    out.push_str("\n## Mutation figures: cases made from the base policies (`bases/`)\n\n");
    let split = |doc: &'a String| doc.split_once('/').unwrap_or((doc, ""));
    let mut langs: Vec<&str> = i.cases.keys().map(|d| split(d).1).collect();
    langs.sort();
    langs.dedup();
    let mut names: Vec<&str> = i.cases.keys().map(|d| split(d).0).collect();
    names.dedup();
    let _ = writeln!(
        out,
        "Cases per base and language:\n\n| base | {} |",
        langs.join(" | ")
    );
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(langs.len()));
    for b in names {
        let counts: Vec<String> = langs
            .iter()
            .map(|l| {
                let n = i.cases.get(&format!("{b}/{l}"));
                n.map_or("–".into(), |c| c.len().to_string())
            })
            .collect();
        let _ = writeln!(out, "| {b} | {} |", counts.join(" | "));
    }
    let events = i.mutation;
    per_rule_and_language(out, events);
    table(
        out,
        "Per base",
        "base",
        &tally_by(events, |e| e.group.clone()),
    );
    table(out, "Per kind of case", "case", &tally_by(events, kind));

    out.push_str("\n### Misses\n\n| case | rule | note |\n| --- | --- | --- |\n");
    for e in events.iter().filter(|e| e.outcome == Outcome::Miss) {
        let note = match i.rules.speaks(&e.rule, &e.lang) {
            true => String::new(),
            false => format!("the rule has no `{}` patterns", e.lang),
        };
        let _ = writeln!(out, "| {} | {} | {note} |", e.item, e.rule);
    }
    out.push_str(
        "\n### False alarms\n\nBy document and rule: the cases where the rule fired although its requirement \
         is met (`case:line`), or, when it fired on most of them, the cases where it did not fire at all.\n\n\
         | document | rule | cases | where |\n| --- | --- | ---: | --- |\n",
    );
    let mut alarms: BTreeMap<(&str, &str), Vec<(&str, &Event)>> = BTreeMap::new();
    for e in events.iter().filter(|e| e.outcome == Outcome::FalseAlarm) {
        let (doc, case) = e.item.rsplit_once('/').unwrap_or((&e.item, ""));
        alarms.entry((doc, &e.rule)).or_default().push((case, e));
    }
    let hits: BTreeSet<(&str, &str)> = events
        .iter()
        .filter(|e| e.outcome == Outcome::Hit)
        .map(|e| (e.item.as_str(), e.rule.as_str()))
        .collect();
    let hit = |doc: &str, rule, case: &str| hits.contains(&(&format!("{doc}/{case}")[..], rule));
    for ((doc, rule), fired) in alarms {
        let all = i.cases.get(doc).map_or(&[][..], Vec::as_slice);
        let place = if 2 * fired.len() > all.len() {
            let quiet: Vec<&str> = all
                .iter()
                .map(String::as_str)
                .filter(|s| !fired.iter().any(|(c, _)| c == s) && !hit(doc, rule, s))
                .collect();
            let mut at: Vec<usize> = fired.iter().flat_map(|(_, e)| e.lines.clone()).collect();
            at.sort();
            at.dedup();
            let at: Vec<String> = at.iter().map(usize::to_string).collect();
            let but = if quiet.is_empty() {
                "none".into()
            } else {
                quiet.join(", ")
            };
            format!("fired on every case but: {but}; lines {}", at.join(", "))
        } else {
            let list: Vec<String> = fired
                .iter()
                .map(|(c, e)| format!("{c}:{}", lines(e)))
                .collect();
            list.join(", ")
        };
        let _ = writeln!(
            out,
            "| {doc} | {rule} | {} of {} | {place} |",
            fired.len(),
            all.len()
        );
    }
}

fn phrasings_part(out: &mut String, i: &Input<'_>) {
    out.push_str(
        "\n## Phrasings: one line per document (`phrasings/`)\n\n\
         Development data: the team's own lines in the way real policies word each requirement. \
         A met line the rule fired on is a false alarm; a decoy it fired on a hit, one it did not a miss.\n",
    );
    per_rule_and_language(out, i.phrased);
    let text = |item: &str| {
        i.phrasings
            .iter()
            .find(|p| format!("{}:{}", p.lang, p.line) == item)
            .map_or(String::new(), |p| p.text.chars().take(140).collect())
    };
    for (title, outcome) in [
        ("False alarms", Outcome::FalseAlarm),
        ("Missed decoys", Outcome::Miss),
    ] {
        let _ = writeln!(
            out,
            "\n### {title}\n\n| line | rule | text |\n| --- | --- | --- |"
        );
        for e in i.phrased.iter().filter(|e| e.outcome == outcome) {
            let _ = writeln!(out, "| {} | {} | {} |", e.item, e.rule, text(&e.item));
        }
    }
}

fn real_part(out: &mut String, i: &Input<'_>, wanted: Half, events: Option<&[Event]>) {
    let half = match wanted {
        Half::Development => "development",
        Half::Test => "test",
    };
    let _ = writeln!(
        out,
        "\n## {half} figures: real policies of the {half} half (`real/`)"
    );
    let Some(events) = events else {
        out.push_str("\nNot run. The test half is scored only with CHARTER_ACCURACY_TEST_HALF=1, at milestones (log the run in docs/accuracy.md).\n");
        return;
    };
    out.push_str("\n| policy | language | jurisdictions | present | absent | unclear |\n");
    out.push_str("| --- | --- | --- | ---: | ---: | ---: |\n");
    for p in i.policies.iter().filter(|p| p.half == Some(wanted)) {
        let n = |s| p.labels.values().filter(|l| l.status == s).count();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            p.id,
            p.lang,
            p.jurisdictions.join(", "),
            n(Status::Present),
            n(Status::Absent),
            n(Status::Unclear)
        );
    }
    per_rule_and_language(out, events);
    if wanted == Half::Test {
        out.push_str("\nThe test half is held out: its misses and false alarms are not listed.\n");
        return;
    }
    table(
        out,
        "Per policy",
        "policy",
        &tally_by(events, |e| e.group.clone()),
    );
    for (title, outcome) in [
        ("Misses", Outcome::Miss),
        ("False alarms", Outcome::FalseAlarm),
    ] {
        let _ = writeln!(
            out,
            "\n### {title}\n\n| policy | rule | lines |\n| --- | --- | --- |"
        );
        for e in events.iter().filter(|e| e.outcome == outcome) {
            let _ = writeln!(out, "| {} | {} | {} |", e.item, e.rule, lines(e));
        }
    }
}
