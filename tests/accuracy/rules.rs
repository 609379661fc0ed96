//! What the rules are, from the binary and the packs: which ids exist, which
//! requirements a base must mark and which a real policy must label.
//!
//! The ids, severities and languages come from `charter rules` (there is no
//! JSON output; its table's first four columns are read). What a YAML rule
//! checks and when it runs (`check`, `applies_to`, `jurisdictions`, `when`)
//! is only in rules/*.yaml, read with serde-saphyr, which the crate already
//! depends on (integration tests may use it, so no new dependency).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

/// Marked in a base besides the `require` rules (README, "Which ids are marked").
const ALSO_MARKED: &[&str] = &["gdpr.transfers.copy"];

/// The packs whose unconditional requirements real policies are labelled with.
const LABELLED_PACKS: &[&str] = &["gdpr", "ccpa"];

#[derive(Debug, Deserialize)]
struct Pack {
    pack: String,
    #[serde(default)]
    rules: Vec<PackRule>,
}

#[derive(Debug, Deserialize)]
struct PackRule {
    id: String,
    #[serde(default)]
    check: String,
    #[serde(default)]
    applies_to: Vec<String>,
    #[serde(default)]
    jurisdictions: Vec<String>,
    #[serde(default)]
    when: BTreeMap<String, bool>,
}

pub struct Catalogue {
    /// Every rule `charter rules` lists, with its languages (`None`: any).
    known: BTreeMap<String, Option<Vec<String>>>,
    packs: Vec<Pack>,
}

impl Catalogue {
    /// Asks the binary (in an empty folder, so no site adds rules) and reads
    /// the repository's rules/*.yaml.
    pub fn load() -> Result<Catalogue, String> {
        let away = tempfile::tempdir().map_err(|e| e.to_string())?;
        let table = crate::run::charter(away.path(), &["rules"])?;
        let mut known = BTreeMap::new();
        for line in table.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().take(4).collect();
            let [id, _severity, _pack, langs] = cols[..] else {
                return Err(format!("`charter rules`: unreadable line {line:?}"));
            };
            let languages = (langs != "any").then(|| langs.split(',').map(String::from).collect());
            known.insert(id.to_string(), languages);
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            // Not a pack: the facts the text reveals (src/lint/facts.rs).
            .filter(|p| !p.ends_with("facts.yaml"))
            .collect();
        files.sort();
        let mut packs = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            let pack: Pack =
                serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            packs.push(pack);
        }
        Ok(Catalogue { known, packs })
    }

    pub fn is_known(&self, id: &str) -> bool {
        self.known.contains_key(id)
    }

    /// A catalogue that knows only `ids` (any language) and no pack: for the
    /// harness's own unit tests, which must not need the binary.
    #[cfg(test)]
    pub fn of_ids(ids: &[&str]) -> Catalogue {
        let known = ids.iter().map(|id| (id.to_string(), None)).collect();
        Catalogue {
            known,
            packs: Vec::new(),
        }
    }

    /// Whether the rule has patterns for `lang` (as `charter rules` says).
    pub fn speaks(&self, id: &str, lang: &str) -> bool {
        self.known
            .get(id)
            .is_some_and(|l| l.as_ref().is_none_or(|l| l.iter().any(|x| x == lang)))
    }

    /// The YAML rules of the packs named in `jurisdictions` that run there
    /// on a privacy policy.
    fn of_packs<'a>(&'a self, jurisdictions: &'a [String]) -> impl Iterator<Item = &'a PackRule> {
        let named = |j: &String| jurisdictions.contains(j);
        self.packs
            .iter()
            .filter(move |p| named(&p.pack))
            .flat_map(|p| &p.rules)
            .filter(move |r| r.jurisdictions.is_empty() || r.jurisdictions.iter().any(named))
            .filter(|r| {
                r.applies_to.is_empty() || r.applies_to.iter().any(|k| k == "privacy-policy")
            })
    }

    /// The ids a base with these jurisdictions and facts must mark: every
    /// `require` rule whose `when:` holds, and [`ALSO_MARKED`]. A `when:`
    /// fact the base does not declare is an error.
    pub fn marked(
        &self,
        jurisdictions: &[String],
        facts: &BTreeMap<String, bool>,
    ) -> Result<BTreeSet<String>, String> {
        let mut ids = BTreeSet::new();
        let mut undeclared = BTreeSet::new();
        for r in self.of_packs(jurisdictions) {
            if r.check != "require" && !ALSO_MARKED.contains(&r.id.as_str()) {
                continue;
            }
            let mut holds = true;
            for (fact, value) in &r.when {
                match facts.get(fact) {
                    Some(v) => holds &= v == value,
                    None => _ = undeclared.insert(fact.as_str()),
                }
            }
            if holds {
                ids.insert(r.id.clone());
            }
        }
        match undeclared.is_empty() {
            true => Ok(ids),
            false => Err(format!("facts not declared: {undeclared:?}")),
        }
    }

    /// The ids a real policy with these jurisdictions must label: every
    /// unconditional `require` rule of the GDPR pack, and of the CCPA pack
    /// when it is named.
    pub fn labelled(&self, jurisdictions: &[String]) -> BTreeSet<String> {
        let packs: Vec<String> = jurisdictions
            .iter()
            .filter(|j| LABELLED_PACKS.contains(&j.as_str()))
            .cloned()
            .collect();
        self.of_packs(&packs)
            .filter(|r| r.check == "require" && r.when.is_empty())
            .map(|r| r.id.clone())
            .collect()
    }
}
