//! Phrasings (`phrasings/<lang>.txt`): one short passage per line, the way
//! real policies word a requirement, each linted as a document of its own.
//!
//! ```text
//! # gdpr.rights.access
//! gdpr.rights.access | Your rights | You can request a copy of the personal data we hold about you.
//! !gdpr.rights.access | Your rights | You cannot access the admin area.
//! ```
//!
//! `RULE | HEADING | TEXT`: the text, under the heading (empty: none), meets
//! RULE, so RULE must stay quiet; a line whose rule starts with `!` is a
//! decoy that uses the rule's words without meeting it, so RULE must fire.
//! `\n` in TEXT is a line break. The lines are the team's own wording
//! (development data, like the bases): tune on them freely.

use std::collections::BTreeMap;
use std::path::Path;

use crate::rules::Catalogue;
use crate::run::Finding;
use crate::score::{Event, Outcome};

#[derive(Debug, Clone)]
pub struct Phrasing {
    pub lang: String,
    /// 1-based line in `phrasings/<lang>.txt`.
    pub line: usize,
    pub rule: String,
    /// A decoy: the rule must fire.
    pub decoy: bool,
    pub heading: String,
    pub text: String,
}

impl Phrasing {
    /// The document's name in the generated site.
    pub fn file(&self) -> String {
        format!("content/line-{:04}.md", self.line)
    }

    /// The document: front matter, a title, the heading and the text.
    pub fn document(&self) -> String {
        let heading = match self.heading.is_empty() {
            true => String::new(),
            false => format!("## {}\n\n", self.heading),
        };
        format!(
            "---\ntitle: Privacy\ndescription: Phrasing\nkind: privacy-policy\nupdated: 2026-10-01\n\
             effective: 2026-10-01\nversion: \"1\"\njurisdictions: [gdpr]\n---\n\n# Privacy\n\n{heading}{}\n",
            self.text.replace("\\n", "\n")
        )
    }
}

/// Every phrasing of every `<lang>.txt` in `dir`, and what breaks the format.
pub fn load(dir: &Path, rules: &Catalogue) -> (Vec<Phrasing>, Vec<String>) {
    let mut all = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (all, vec![format!("{}: cannot read", dir.display())]);
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let lang = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let at = || format!("phrasings/{lang}.txt:{line}");
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = raw.splitn(3, '|').map(str::trim).collect();
            let [rule, heading, text] = fields[..] else {
                problems.push(format!("{}: not `RULE | HEADING | TEXT`", at()));
                continue;
            };
            let (decoy, rule) = match rule.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, rule),
            };
            if !rules.is_known(rule) {
                problems.push(format!("{}: unknown rule `{rule}`", at()));
                continue;
            }
            if text.is_empty() {
                problems.push(format!("{}: no text", at()));
                continue;
            }
            all.push(Phrasing {
                lang: lang.clone(),
                line,
                rule: rule.to_string(),
                decoy,
                heading: heading.to_string(),
                text: text.to_string(),
            });
        }
    }
    (all, problems)
}

/// A phrasing's one event: a met line that fired is a false alarm (quiet
/// when it did not), a decoy that fired a hit, a decoy that did not a miss.
/// Other rules are not scored (a one-line document lacks nearly everything).
pub fn score(p: &Phrasing, findings: &[&Finding]) -> Event {
    let lines: Vec<usize> = findings
        .iter()
        .filter(|f| f.counts() && f.rule == p.rule)
        .map(|f| f.line)
        .collect();
    let outcome = match (p.decoy, lines.is_empty()) {
        (false, true) => Outcome::Quiet,
        (false, false) => Outcome::FalseAlarm,
        (true, false) => Outcome::Hit,
        (true, true) => Outcome::Miss,
    };
    Event {
        rule: p.rule.clone(),
        lang: p.lang.clone(),
        group: p.lang.clone(),
        item: format!("{}:{}", p.lang, p.line),
        outcome,
        lines,
    }
}

/// Groups phrasings by language.
pub fn by_lang(all: &[Phrasing]) -> BTreeMap<&str, Vec<&Phrasing>> {
    let mut out: BTreeMap<&str, Vec<&Phrasing>> = BTreeMap::new();
    for p in all {
        out.entry(&p.lang).or_default().push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `load` on one file `<lang>.txt` holding `text`, with a catalogue that
    /// knows two rules.
    fn loaded(lang: &str, text: &str) -> (Vec<Phrasing>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(format!("{lang}.txt")), text).unwrap();
        let rules = Catalogue::of_ids(&["gdpr.rights.access", "gdpr.controller.identity"]);
        load(dir.path(), &rules)
    }

    #[test]
    fn a_line_whose_rule_is_no_rule_id_is_a_problem_and_not_counted() {
        // The probe format (`LANG | RULE | HEADING | TEXT`) pasted by mistake:
        // its first field, a language, is read as the rule.
        let (lines, problems) = loaded(
            "fr",
            "# comment\n\
             gdpr.rights.access | Vos droits | Vous pouvez accéder à vos données.\n\
             fr | gdpr.controller.identity | | La société Exemple SAS est responsable.\n\
             !gdpr.rights.acces | | Vous ne pouvez pas accéder à l'espace membres.\n",
        );
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!((lines[0].line, lines[0].decoy), (2, false));
        assert_eq!(
            problems,
            [
                "phrasings/fr.txt:3: unknown rule `fr`",
                "phrasings/fr.txt:4: unknown rule `gdpr.rights.acces`",
            ]
        );
    }

    #[test]
    fn a_known_rule_with_a_decoy_mark_loads() {
        let (lines, problems) = loaded(
            "en",
            "!gdpr.controller.identity | | We are not responsible for other sites.\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(lines.len(), 1);
        assert!(lines[0].decoy && lines[0].rule == "gdpr.controller.identity");
    }
}
