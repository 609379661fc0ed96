//! The labelled real policies (`real/<id>/`) and their split into a
//! development and a test half (README.md, "Real policies").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::rules::Catalogue;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Present,
    Absent,
    Unclear,
}

#[derive(Debug, Deserialize)]
pub struct Label {
    pub status: Status,
    pub quote: Option<String>,
    pub searched: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Labels {
    language: String,
    jurisdictions: Vec<String>,
    labels: BTreeMap<String, Label>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Split {
    development: Vec<String>,
    test: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Half {
    Development,
    Test,
}

pub struct Policy {
    pub id: String,
    pub dir: PathBuf,
    pub lang: String,
    pub jurisdictions: Vec<String>,
    pub labels: BTreeMap<String, Label>,
    /// `None` when split.toml does not place it (it is then not scored).
    pub half: Option<Half>,
}

/// Text as quotes are compared: runs of white space folded to one space,
/// Markdown emphasis (`*`, `_`) and backslash escapes left out.
pub fn fold(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '\\'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every policy folder under `dir` with a readable labels.yaml, and the
/// problems that fail the fixture test.
pub fn load(dir: &Path, rules: &Catalogue) -> (Vec<Policy>, Vec<String>) {
    let mut problems = Vec::new();
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    let split = match std::fs::read_to_string(dir.join("split.toml")) {
        Ok(text) => toml::from_str::<Split>(&text).unwrap_or_else(|e| {
            problems.push(format!("real/split.toml: {e}"));
            Split {
                development: vec![],
                test: vec![],
            }
        }),
        Err(e) if !ids.is_empty() => {
            problems.push(format!("real/split.toml: {e}"));
            Split {
                development: vec![],
                test: vec![],
            }
        }
        Err(_) => Split {
            development: vec![],
            test: vec![],
        },
    };
    for id in split.development.iter().chain(&split.test) {
        if !ids.contains(id) {
            problems.push(format!("real/split.toml names {id}, which has no folder"));
        }
    }
    let mut policies = Vec::new();
    for id in ids {
        let half = match (split.development.contains(&id), split.test.contains(&id)) {
            (true, false) => Some(Half::Development),
            (false, true) => Some(Half::Test),
            (true, true) => {
                problems.push(format!("real/{id}: in both halves of split.toml"));
                None
            }
            (false, false) => {
                problems.push(format!("real/{id}: in neither half of split.toml"));
                None
            }
        };
        match read(&dir.join(&id), &id, half, rules) {
            Ok((policy, found)) => {
                problems.extend(found.into_iter().map(|p| format!("real/{id}: {p}")));
                policies.push(policy);
            }
            Err(e) => problems.push(format!("real/{id}: {e}")),
        }
    }
    (policies, problems)
}

/// One policy folder and what is wrong with its labels.
fn read(
    dir: &Path,
    id: &str,
    half: Option<Half>,
    rules: &Catalogue,
) -> Result<(Policy, Vec<String>), String> {
    let file =
        |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let mut problems = Vec::new();
    for name in ["SOURCE.md", "LICENSE"] {
        if let Err(e) = file(name) {
            problems.push(e);
        }
    }
    let text = fold(&file("policy.md")?);
    let labels: Labels =
        serde_saphyr::from_str(&file("labels.yaml")?).map_err(|e| format!("labels.yaml: {e}"))?;
    for (rule, label) in &labels.labels {
        if !rules.is_known(rule) {
            problems.push(format!("labels.yaml: no such rule {rule}"));
        }
        let (field, given) = match label.status {
            Status::Present => ("quote", &label.quote),
            Status::Absent => ("searched", &label.searched),
            Status::Unclear => ("note", &label.note),
        };
        if given.as_deref().is_none_or(|t| t.trim().is_empty()) {
            problems.push(format!("labels.yaml: {rule} lacks `{field}:`"));
        }
        if let Some(q) = &label.quote
            && !text.contains(&fold(q))
        {
            problems.push(format!(
                "labels.yaml: the quote of {rule} is not in policy.md: {q:?}"
            ));
        }
    }
    let labelled: BTreeSet<&String> = labels.labels.keys().collect();
    for rule in rules.labelled(&labels.jurisdictions) {
        if !labelled.contains(&rule) {
            problems.push(format!("labels.yaml: no label for {rule}"));
        }
    }
    let policy = Policy {
        id: id.to_string(),
        dir: dir.to_path_buf(),
        lang: labels.language,
        jurisdictions: labels.jurisdictions,
        labels: labels.labels,
        half,
    };
    Ok((policy, problems))
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn quotes_fold_white_space_emphasis_and_escapes() {
        let policy = fold("- **Recht auf Auskunft**  \n  Mit dem\tRecht 1\\. _Absatz_");
        assert!(policy.contains(&fold("Recht auf Auskunft Mit dem Recht 1. Absatz")));
        assert!(policy.contains(&fold("Auskunft\n  *Mit* dem")));
        assert!(!policy.contains(&fold("Auskunft, Mit dem")));
    }
}
