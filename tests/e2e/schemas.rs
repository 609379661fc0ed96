//! The JSON Schemas in `schemas/` (`charter schema`): equal to what the
//! command derives from the types today, and accepting every file of the
//! example site, the fixtures, the scaffold and the built-in rules.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{Site, repo};

/// What `charter schema` takes, each written to `schemas/<target>.schema.json`.
const TARGETS: [&str; 5] = ["site", "front-matter", "pack", "facts", "vocabulary"];

const REGENERATE: &str = "regenerate them with:\n  for t in site front-matter pack facts vocabulary; do cargo run -q -- schema $t > schemas/$t.schema.json; done";

fn schema_path(target: &str) -> PathBuf {
    repo().join("schemas").join(format!("{target}.schema.json"))
}

fn validator(target: &str) -> jsonschema::Validator {
    let path = schema_path(target);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; {REGENERATE}", path.display()));
    let schema: Value = serde_json::from_str(&text).expect("a schema is JSON");
    jsonschema::draft7::new(&schema).expect("the schema compiles")
}

/// Why `value` does not fit, one line per error; empty when it fits.
fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn yaml(text: &str) -> Value {
    charter::yaml::from_str(text).unwrap_or_else(|e| panic!("YAML: {}", e.message))
}

fn toml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    let table: toml::Table = toml::from_str(&text).expect("TOML");
    serde_json::to_value(table).expect("TOML as JSON")
}

/// Files below `dir` (relative to the repository) whose name satisfies `pick`, sorted.
fn files(dir: &str, pick: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(repo().join(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| pick(&e.file_name().to_string_lossy()))
        .map(|e| e.into_path())
        .collect();
    found.sort();
    found
}

fn name(path: &Path) -> String {
    path.strip_prefix(repo())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Checks each (file, value) against `target`'s schema and fails with every
/// misfit at once.
fn assert_fit(target: &str, values: impl IntoIterator<Item = (String, Value)>) -> usize {
    let validator = validator(target);
    let mut count = 0;
    let mut misfits = Vec::new();
    for (file, value) in values {
        count += 1;
        for e in errors(&validator, &value) {
            misfits.push(format!("{file}: {e}"));
        }
    }
    assert!(misfits.is_empty(), "{}", misfits.join("\n"));
    count
}

#[test]
fn schema_files_are_what_the_command_prints() {
    let site = Site::empty();
    let mut stale = Vec::new();
    for target in TARGETS {
        let run = site.run(&["schema", target]);
        run.expect(0);
        let file = std::fs::read_to_string(schema_path(target)).unwrap_or_default();
        if file != run.stdout {
            stale.push(target);
        }
    }
    assert!(
        stale.is_empty(),
        "schemas/ differs from `charter schema` for {stale:?}; {REGENERATE}"
    );
    // No schema of a format the command no longer knows stays behind.
    let mut on_disk: Vec<String> = files("schemas", |_| true).iter().map(|p| name(p)).collect();
    on_disk.sort();
    let mut expected: Vec<String> = TARGETS
        .iter()
        .map(|t| format!("schemas/{t}.schema.json"))
        .collect();
    expected.sort();
    assert_eq!(on_disk, expected);
    // And the command knows no format this test leaves out.
    let run = site.run(&["schema", "nonsense"]);
    run.expect(2);
    assert!(
        run.stderr
            .contains(&format!("[possible values: {}]", TARGETS.join(", "))),
        "{}",
        run.stderr
    );
}

#[test]
fn every_site_toml_fits_the_site_schema() {
    // The example site, the scaffold `charter init` writes, and every
    // fixture site: none is broken on purpose (the bad-input tests break
    // copies of the example site in temporary folders).
    let mut paths = vec![
        repo().join("site.toml"),
        repo().join("src/cmd/scaffold/site.toml"),
    ];
    paths.extend(files("tests/fixtures", |n| n == "site.toml"));
    let count = assert_fit("site", paths.iter().map(|p| (name(p), toml(p))));
    assert!(count >= 5, "{count} files: the walk found the fixtures");
}

#[test]
fn every_document_front_matter_fits_the_front_matter_schema() {
    let mut paths = files("content", |n| n.ends_with(".md"));
    paths.extend(files("src/cmd/scaffold", |n| n.ends_with(".md")));
    paths.extend(files("tests/fixtures", |n| n.ends_with(".md")));
    let documents = paths.into_iter().filter(|p| {
        let rel = name(p);
        // Skipped, and why:
        // - home pages (`_index*.md`) have a front matter of their own, all
        //   optional (`IndexFrontMatter`), which has no schema;
        // - tests/fixtures/corpus and tests/fixtures/history are real
        //   policies copied byte-exact from other repositories (see their
        //   SOURCE.md): their front matter is Jekyll's or GitHub Docs', not
        //   Charter's. The corpus test lints them as loose files, which
        //   reads front matter leniently; the history test puts a Charter
        //   front matter before them.
        let home = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("_index"));
        !home
            && !rel.starts_with("tests/fixtures/corpus/")
            && !rel.starts_with("tests/fixtures/history/")
    });
    let values: Vec<(String, Value)> = documents
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let split = charter::front_matter::split(&text)
                .unwrap_or_else(|e| panic!("{}: no front matter ({e:?})", name(&p)));
            (name(&p), yaml(&text[split.yaml]))
        })
        .collect();
    let count = assert_fit("front-matter", values);
    // The walk found the documents (28 when this was written).
    assert!(count >= 20, "{count} documents");
}

#[test]
fn built_in_rules_fit_their_schemas() {
    let packs = files("rules", |n| n.ends_with(".yaml") && n != "facts.yaml")
        .into_iter()
        .filter(|p| p.parent() == Some(&repo().join("rules")));
    let read = |p: PathBuf| {
        (
            name(&p),
            yaml(&std::fs::read_to_string(&p).expect("readable")),
        )
    };
    assert!(assert_fit("pack", packs.map(read)) >= 5);
    assert_eq!(
        assert_fit("facts", [read(repo().join("rules/facts.yaml"))]),
        1
    );
    let vocabularies = files("rules/vocabulary", |n| n.ends_with(".yaml"));
    assert!(assert_fit("vocabulary", vocabularies.into_iter().map(read)) >= 7);
}

/// Each built-in rule file names its schema for the YAML language server.
#[test]
fn built_in_rule_files_name_their_schema() {
    let mut files_and_schemas: Vec<(PathBuf, &str)> = files("rules", |n| n.ends_with(".yaml"))
        .into_iter()
        .map(|p| {
            let schema = if p.ends_with("rules/facts.yaml") {
                "../schemas/facts.schema.json"
            } else if p.parent() == Some(&repo().join("rules/vocabulary")) {
                "../../schemas/vocabulary.schema.json"
            } else {
                "../schemas/pack.schema.json"
            };
            (p, schema)
        })
        .collect();
    files_and_schemas.sort();
    assert!(files_and_schemas.len() >= 13);
    for (path, schema) in files_and_schemas {
        let text = std::fs::read_to_string(&path).expect("readable");
        let first = text.lines().next().unwrap_or("");
        assert_eq!(
            first,
            format!("# yaml-language-server: $schema={schema}"),
            "{}",
            name(&path)
        );
        let target = path.parent().expect("a folder").join(schema);
        assert!(target.is_file(), "{}: {schema}", name(&path));
    }
}

/// The schemas refuse what the loaders refuse beyond serde's types (and a
/// few conventions), and accept the minimal valid file.
#[test]
fn schemas_refuse_what_the_loaders_refuse() {
    let site = validator("site");
    let minimal = r#"{"title": "T", "base_url": "https://x.example", "default_language": "en"}"#;
    let minimal: Value = serde_json::from_str(minimal).expect("JSON");
    assert_eq!(errors(&site, &minimal), Vec::<String>::new());
    let with = |key: &str, value: Value| {
        let mut v = minimal.clone();
        v[key] = value;
        v
    };
    for (key, value) in [
        ("titel", Value::from("x")),
        ("base_url", Value::from("ftp://x")),
        ("default_language", Value::from("english!")),
        ("theme", Value::from("../x")),
        ("languages", serde_json::json!({"en": {"dir": "sideways"}})),
        ("languages", serde_json::json!([])),
        ("languages", serde_json::json!({})),
        ("lint", serde_json::json!({"notice_period_days": -1})),
        (
            "lint",
            serde_json::json!({"rules": {"gdpr.rights.access": "loud"}}),
        ),
        (
            "lint",
            serde_json::json!({"facts": {"dpo_appointed": true}}),
        ),
    ] {
        assert!(!site.is_valid(&with(key, value.clone())), "{key} = {value}");
    }
    // `languages` is a list or a table.
    assert!(site.is_valid(&with("languages", serde_json::json!(["en", "de"]))));
    assert!(site.is_valid(&with(
        "languages",
        serde_json::json!({"ar": {"name": "العربية", "dir": "rtl"}})
    )));

    let front = validator("front-matter");
    let doc = yaml(
        "title: T\ndescription: D\nkind: privacy-policy\neffective: 2025-06-01\nversion: '1.0'\n",
    );
    assert_eq!(errors(&front, &doc), Vec::<String>::new());
    for broken in [
        "kind: privacy",
        "effective: 1 June 2025",
        "efective: 2025-06-01",
        "title: ' '",
        "facts: { dpo_appointed: true }",
        "subprocessors: [{ name: A, country: B }]",
    ] {
        let (key, _) = broken.split_once(':').expect("key: value");
        let mut v = doc.clone();
        let patch = yaml(broken);
        v[key] = patch[key].clone();
        assert!(!front.is_valid(&v), "{broken}");
    }

    let pack = validator("pack");
    let rule = |extra: Value| {
        let mut r = serde_json::json!({"id": "x.y", "severity": "error", "message": "m",
                                       "help": "h", "docs": "d", "check": "require",
                                       "statements": [["grant", "erase"]]});
        for (k, v) in extra.as_object().expect("an object") {
            r[k] = v.clone();
        }
        serde_json::json!({"pack": "x", "rules": [r]})
    };
    assert_eq!(
        errors(&pack, &rule(serde_json::json!({}))),
        Vec::<String>::new()
    );
    for broken in [
        serde_json::json!({"check": "forbid"}),
        serde_json::json!({"check": "require_field"}),
        serde_json::json!({"section": "a", "point_at": "b"}),
        serde_json::json!({"severity": "fatal"}),
        serde_json::json!({"applies_to": ["privacy"]}),
        serde_json::json!({"when": {"dpo_appointed": true}}),
        serde_json::json!({"statements": [["grant@title"]]}),
        serde_json::json!({"statements": [[]]}),
        // Conventions of the built-in packs, which the loader does not
        // enforce and the schema keeps (README, "Schemas").
        serde_json::json!({"id": "no-dot"}),
        serde_json::json!({"patterns": {"English": ["x"]}}),
    ] {
        assert!(!pack.is_valid(&rule(broken.clone())), "{broken}");
    }

    let facts = validator("facts");
    let unknown_fact =
        serde_json::json!({"facts": {"dpo_appointed": {"docs": "doc", "statements": [["dpo"]]}}});
    assert!(!facts.is_valid(&unknown_fact), "an unknown fact is refused");
    let no_forms =
        serde_json::json!({"facts": {"dpo_designated": {"docs": "doc", "statements": []}}});
    assert!(!facts.is_valid(&no_forms), "a fact needs a form");

    let vocabulary = validator("vocabulary");
    let words = serde_json::json!({"language": "en", "concepts": {"erase": [{"from": "GDPR", "terms": ["erase"]}]}});
    assert_eq!(errors(&vocabulary, &words), Vec::<String>::new());
    let mut unknown_language = words.clone();
    unknown_language["language"] = Value::from("xx");
    assert!(!vocabulary.is_valid(&unknown_language), "no stemmer for xx");
}
