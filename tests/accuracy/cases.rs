//! The base policies (`bases/<base>/<lang>.md`) and the cases made from
//! them (README.md, "Cases the harness generates per base and language").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::markers::{self, Marked};
use crate::rules::Catalogue;

/// The front matter fields the harness reads.
#[derive(Debug, Default, Deserialize)]
pub struct Front {
    #[serde(default)]
    pub jurisdictions: Vec<String>,
    #[serde(default)]
    pub facts: BTreeMap<String, bool>,
    pub updated: Option<String>,
    #[serde(default)]
    pub subprocessors: Vec<Subprocessor>,
}

#[derive(Debug, Deserialize)]
pub struct Subprocessor {
    pub name: String,
}

/// One language version of a base policy.
pub struct Base {
    pub name: String,
    pub lang: String,
    /// The front matter's YAML, as written.
    pub front: String,
    pub meta: Front,
    pub marked: Marked,
}

/// One generated document and what must fire on it. The slug starts with
/// its kind: `full`, `remove`, `decoy`, `decoys`, `paraphrase`, `front-matter`.
pub struct Case {
    pub base: String,
    pub lang: String,
    pub slug: String,
    pub expected: BTreeSet<String>,
    /// Rules that may rightly fire as a side effect, scored neither way:
    /// `subprocessors.unmentioned` once a removal took the only mention of
    /// a declared sub-processor out of the text.
    pub allowed: BTreeSet<String>,
    pub text: String,
}

impl Case {
    /// Its path in the language's site.
    pub fn file(&self) -> String {
        format!("content/{}--{}.md", self.base, self.slug.replace('.', "_"))
    }

    /// `base/lang/slug`, as the report names it.
    pub fn label(&self) -> String {
        format!("{}/{}/{}", self.base, self.lang, self.slug)
    }
}

/// A decoy of a base in some language: (base, id, text).
pub type LangDecoy<'a> = (&'a str, &'a str, &'a str);

/// Splits `---\nYAML---\nBODY` into the YAML and the body.
pub fn split_front(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")? + 1;
    Some((&rest[..end], &rest[end + 4..]))
}

/// Every `bases/<base>/<lang>.md` under `dir`, with the problems that fail
/// the fixture test (unparseable files are left out).
pub fn load(dir: &Path, rules: &Catalogue) -> (Vec<Base>, Vec<String>) {
    let mut bases = Vec::new();
    let mut problems = Vec::new();
    let files = walkdir::WalkDir::new(dir)
        .min_depth(2)
        .max_depth(2)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"));
    for entry in files {
        let path = entry.path();
        let name = path
            .strip_prefix(dir.parent().unwrap_or(dir))
            .unwrap_or(path);
        match read(path, rules) {
            Ok((base, found)) => {
                problems.extend(
                    found
                        .into_iter()
                        .map(|p| format!("{}: {p}", name.display())),
                );
                bases.push(base);
            }
            Err(e) => problems.push(format!("{}: {e}", name.display())),
        }
    }
    (bases, problems)
}

/// One base file and what is wrong with its marking.
fn read(path: &Path, rules: &Catalogue) -> Result<(Base, Vec<String>), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let text = text.replace("\r\n", "\n");
    let (front, body) = split_front(&text).ok_or("no front matter")?;
    let meta: Front = serde_saphyr::from_str(front).map_err(|e| format!("front matter: {e}"))?;
    let marked = markers::parse(body)?;
    let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    let base = Base {
        name: path.parent().and_then(stem).unwrap_or_default(),
        lang: stem(path).unwrap_or_default(),
        front: front.to_string(),
        meta,
        marked,
    };
    let mut problems = Vec::new();
    let ids = base.marked.ids();
    match rules.marked(&base.meta.jurisdictions, &base.meta.facts) {
        Ok(applicable) => {
            for id in &applicable {
                if !ids.contains(id.as_str()) {
                    problems.push(format!("no [[req:{id}]] passage, but {id} applies"));
                }
            }
            for id in &ids {
                if !applicable.contains(*id) {
                    problems.push(format!("[[req:{id}]] marks a rule that does not apply"));
                }
            }
        }
        Err(e) => problems.push(e),
    }
    for id in &ids {
        if !rules.is_known(id) {
            problems.push(format!("[[req:{id}]]: no such rule"));
        }
        if !base
            .marked
            .passages()
            .any(|(i, w)| i == *id && w.len() >= 3)
        {
            problems.push(format!("{id}: no passage with two [[alt]] paraphrases"));
        }
    }
    let decoy_ids: BTreeSet<&str> = base.marked.decoys().iter().map(|d| d.0).collect();
    for id in decoy_ids.into_iter().filter(|id| !rules.is_known(id)) {
        problems.push(format!("[[decoy:{id}]]: no such rule"));
    }
    Ok((base, problems))
}

/// A site document: the harness adds the `description:` a site requires.
fn document(front: &str, body: &str) -> String {
    let description = match front.lines().any(|l| l.starts_with("description:")) {
        true => "",
        false => "description: Accuracy case\n",
    };
    format!("---\n{front}{description}---\n{body}")
}

/// `front` with the top-level `key:` line set to `value` (or dropped for `None`).
fn set_key(front: &str, key: &str, value: Option<&str>) -> Option<String> {
    let prefix = format!("{key}:");
    let mut found = false;
    let mut out = String::new();
    for line in front.split_inclusive('\n') {
        if line.starts_with(&prefix) {
            found = true;
            if let Some(v) = value {
                out.push_str(&format!("{key}: {v}\n"));
            }
        } else {
            out.push_str(line);
        }
    }
    found.then_some(out)
}

/// `front` without the first entry of the block list `subprocessors:`.
fn drop_first_subprocessor(front: &str) -> Option<String> {
    let lines: Vec<&str> = front.split_inclusive('\n').collect();
    let key = lines
        .iter()
        .position(|l| l.trim_end() == "subprocessors:")?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let first = key + 1;
    let item = indent(lines.get(first)?);
    let is_item = |l: &str| indent(l) == item && l.trim_start().starts_with("- ");
    if !is_item(lines[first]) {
        return None;
    }
    let next = (first + 1..lines.len())
        .find(|&i| indent(lines[i]) <= item && !lines[i].trim().is_empty())
        .unwrap_or(lines.len());
    let mut out: Vec<&str> = lines[..first].to_vec();
    if !lines.get(next).is_some_and(|l| is_item(l)) {
        out[key] = "subprocessors: []\n";
    }
    out.extend(&lines[next..]);
    Some(out.concat())
}

/// An email address: the text still gives a way to reach the organisation.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}").expect("regex"));

/// The front matter cases: (slug, front matter, the id that must fire).
fn front_matter_cases(
    base: &Base,
    body: &str,
) -> Vec<(&'static str, String, Option<&'static str>)> {
    let front = &base.front;
    let mut cases = Vec::new();
    if let Some(f) = set_key(front, "contact", None) {
        let expected = (!EMAIL.is_match(body)).then_some("contact.address");
        cases.push(("front-matter--no-contact", f, expected));
    }
    let future = set_key(front, "updated", Some("2027-01-15"))
        .and_then(|f| set_key(&f, "effective", Some("2027-03-01")));
    if let Some(f) = future {
        cases.push((
            "front-matter--updated-in-future",
            f,
            Some("dates.updated-in-future"),
        ));
    }
    let day_before = base.meta.updated.as_deref().and_then(|u| {
        let date: jiff::civil::Date = u.parse().ok()?;
        date.yesterday().ok()
    });
    if let Some(f) = day_before.and_then(|d| set_key(front, "effective", Some(&d.to_string()))) {
        cases.push((
            "front-matter--effective-before-updated",
            f,
            Some("dates.effective-delay"),
        ));
    }
    if let Some(f) = drop_first_subprocessor(front) {
        cases.push((
            "front-matter--subprocessor-dropped",
            f,
            Some("subprocessors.undeclared"),
        ));
    }
    cases
}

/// Requirements whose passages also meet another one: (id, ids whose
/// passages meet `id` too). One id per passage (README, "Markers") cannot say
/// so, and a `remove id` case that kept such a passage would ask the rule to
/// fire on a document that meets it. An objection to direct marketing (Art.
/// 21(2) GDPR) is an objection to processing: "You can object at any time to
/// the use of your data for direct marketing" states the existence of the
/// right to object that Art. 13(2)(b) asks for, as the labels of the real
/// policies (a Spanish "Puede oponerse a recibir comunicaciones comerciales"
/// is `present`) and the phrasings (`gdpr.rights.object` lines about
/// newsletters and advertising) already count it. README, "Passages that
/// meet two requirements".
pub const ALSO_MEETS: &[(&str, &[&str])] = &[(
    "gdpr.rights.object",
    &["gdpr.rights.object.direct-marketing"],
)];

/// The ids whose passages also meet `id`: removed with it in its `remove`
/// and `decoy` cases, and allowed to fire there (their rule rightly does).
fn also_meeting(id: &str) -> &'static [&'static str] {
    ALSO_MEETS
        .iter()
        .find(|(i, _)| *i == id)
        .map_or(&[], |(_, also)| also)
}

/// Every case of one base; `decoys` are all decoys of its language.
pub fn generate(base: &Base, decoys: &[LangDecoy<'_>]) -> Vec<Case> {
    let m = &base.marked;
    let mut cases = Vec::new();
    let front = base.front.as_str();
    let full = m.full();
    let named = |text: &str, name: &str| text.to_lowercase().contains(&name.to_lowercase());
    let mut add = |slug: String, expected: Option<&str>, also: &[&str], front: &str, body: &str| {
        let unnamed = base.meta.subprocessors.iter().any(|s| {
            let name = s.name.trim();
            named(&full, name) && !named(body, name)
        });
        cases.push(Case {
            base: base.name.clone(),
            lang: base.lang.clone(),
            slug,
            expected: expected.into_iter().map(String::from).collect(),
            allowed: unnamed
                .then_some("subprocessors.unmentioned")
                .into_iter()
                .chain(also.iter().copied())
                .map(String::from)
                .collect(),
            text: document(front, body),
        })
    };
    for (slug, edited, expected) in front_matter_cases(base, &full) {
        add(slug.into(), expected, &[], &edited, &full);
    }
    add("full".into(), None, &[], front, &full);
    for id in m.ids() {
        let also = also_meeting(id);
        let (remove, decoy) = (format!("remove--{id}"), format!("decoy--{id}"));
        add(remove, Some(id), also, front, &m.without(id, also));
        let same: Vec<&str> = decoys.iter().filter(|d| d.1 == id).map(|d| d.2).collect();
        add(
            decoy,
            Some(id),
            also,
            front,
            &m.with_decoys_for(id, also, &same),
        );
    }
    let foreign: Vec<(&str, &str)> = decoys
        .iter()
        .filter(|d| d.0 != base.name)
        .map(|d| (d.1, d.2))
        .collect();
    add("decoys".into(), None, &[], front, &m.with_decoys(&foreign));
    // Paraphrases are numbered per id, across its passages.
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, (id, wordings)) in m.passages().enumerate() {
        for w in 1..wordings.len() {
            let k = numbers.entry(id).or_default();
            *k += 1;
            let body = m.paraphrase(n, w);
            add(format!("paraphrase--{id}--{k}"), None, &[], front, &body);
        }
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &str = "title: T\ncontact: a@b.example\nupdated: 2026-10-01\neffective: 2026-11-01\nsubprocessors:\n  - name: Hetzner\n    purpose: Hosting\n    location: Germany\n  - name: Stripe\n    purpose: Payments\n    location: Ireland\nfacts:\n  consent_basis: true\n";

    #[test]
    fn front_matter_edits() {
        let no_contact = set_key(FRONT, "contact", None).unwrap();
        assert!(!no_contact.contains("contact:") && no_contact.contains("updated:"));
        let later = set_key(FRONT, "effective", Some("2026-09-30")).unwrap();
        assert!(later.contains("effective: 2026-09-30\nsubprocessors:"));
        assert_eq!(set_key(FRONT, "version", Some("2")), None);
        let dropped = drop_first_subprocessor(FRONT).unwrap();
        assert!(!dropped.contains("Hetzner") && dropped.contains("  - name: Stripe\n"));
        assert!(dropped.ends_with("facts:\n  consent_basis: true\n"));
        let none = drop_first_subprocessor(&dropped).unwrap();
        assert!(none.contains("subprocessors: []\nfacts:"), "{none}");
        assert_eq!(drop_first_subprocessor(&none), None);
    }

    #[test]
    fn the_selftest_base_makes_every_kind_of_case() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/accuracy/selftest/en.md");
        let text = std::fs::read_to_string(path).unwrap();
        let (front, body) = split_front(&text).unwrap();
        let base = Base {
            name: "selftest".into(),
            lang: "en".into(),
            front: front.into(),
            meta: serde_saphyr::from_str(front).unwrap(),
            marked: markers::parse(body).unwrap(),
        };
        assert_eq!(base.meta.updated.as_deref(), Some("2026-10-01"));
        let decoys = [(
            "other",
            "gdpr.rights.erasure",
            "Old invoices are deleted yearly.",
        )];
        let cases = generate(&base, &decoys);
        let slugs: Vec<&str> = cases.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [
                "front-matter--no-contact",
                "front-matter--updated-in-future",
                "front-matter--effective-before-updated",
                "front-matter--subprocessor-dropped",
                "full",
                "remove--gdpr.retention",
                "decoy--gdpr.retention",
                "remove--gdpr.rights.access",
                "decoy--gdpr.rights.access",
                "remove--gdpr.rights.erasure",
                "decoy--gdpr.rights.erasure",
                "decoys",
                "paraphrase--gdpr.rights.access--1",
                "paraphrase--gdpr.rights.access--2",
            ]
        );
        // The body still names privacy@selftest.example: no contact finding is due.
        assert!(cases[0].expected.is_empty());
        assert!(cases[0].text.contains("description: Accuracy case\n---\n"));
        let decoy = &cases[10];
        assert!(decoy.text.contains("Old invoices are deleted yearly."));
        assert!(
            decoy
                .text
                .contains("Temporary exports are erased every night.")
        );
        assert_eq!(
            decoy.file(),
            "content/selftest--decoy--gdpr_rights_erasure.md"
        );
        assert!(cases[11].text.contains("Old invoices are deleted yearly."));
    }
}
