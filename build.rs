//! Parses the built-in rule packs (`rules/*.yaml`) and vocabularies
//! (`rules/vocabulary/*.yaml`) once, at build time, and writes each as
//! JSON into `OUT_DIR` for the binary to embed beside its YAML: parsing
//! their YAML on every run was a seventh of the example site's lint
//! (callgrind, 82 of 549 M instructions), and reading the same data as JSON
//! costs a small part of that. YAML stays the authoring format, the
//! schema tests still read the YAML, and a site's own packs are YAML only.
//!
//! A rule pack whose YAML does not parse here is written as `null`: the
//! binary then parses its YAML at run time, and the tests report the error.
//! A built-in vocabulary that does not parse, or one of whose patterns does
//! not compile, stops the build: at run time it would lose its language or
//! its patterns without a word (`vocabulary_set`).

use std::fs;
use std::path::Path;

// The run time's own code for what the prebuilt automata need: folding and
// `\b` rewriting of vocabulary patterns, unfolding of bracket classes, the
// gates and the set's split, the encoding (`lint::matcher::prebuilt`). At
// the top level, so that their `super::` paths find each other as in
// `src/lint`.
#[allow(dead_code)]
#[path = "src/lint/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/lint/matcher/gate.rs"]
mod gate;
#[allow(dead_code)]
#[path = "src/lint/pattern_source.rs"]
mod pattern_source;
#[allow(dead_code)]
#[path = "src/lint/matcher/prebuilt.rs"]
mod prebuilt;
#[allow(dead_code)]
#[path = "src/lint/matcher/unfold.rs"]
mod unfold;
// How the vocabularies stem a word.
#[allow(dead_code)]
#[path = "src/lint/stem.rs"]
mod stem;
// The list of the Rust-coded rules' pattern sets and its format.
#[allow(dead_code)]
#[path = "src/lint/static_sets.rs"]
mod static_sets;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // A folder: Cargo looks at every file under it.
    println!("cargo::rerun-if-changed=rules");
    let Some(out) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let mut prebuilt = Vec::new();
    // Language → lowercased word → its stem.
    let mut stems = std::collections::BTreeMap::new();
    // Each built-in vocabulary's file, language and concept names.
    let mut outlines = Vec::new();
    // Each built-in vocabulary's pattern sources, in the same order.
    let mut pattern_sources = Vec::new();
    for folder in ["rules", "rules/vocabulary"] {
        let target = Path::new(&out).join(folder);
        if let Err(e) = fs::create_dir_all(&target) {
            panic!("cannot create {}: {e}", target.display());
        }
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        // In name order: the same bytes on every machine.
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let value = fs::read_to_string(&path)
                .ok()
                .and_then(|text| serde_saphyr::from_str::<serde_json::Value>(&text).ok());
            let mut sets = Vec::new();
            match (folder, &value) {
                ("rules/vocabulary", Some(value)) => {
                    term_stems(value, &mut stems);
                    outlines.push(vocabulary_outline(&path, value));
                    let (sources, set) = vocabulary_set(&path, value);
                    pattern_sources.push(sources);
                    sets.push(set);
                }
                // A built-in vocabulary that does not parse would define
                // nothing at run time, silently.
                ("rules/vocabulary", None) => {
                    panic!("{}: not a readable vocabulary (YAML)", path.display())
                }
                (_, Some(value)) => {
                    let mut lists = Vec::new();
                    pack_lists(value, &mut lists);
                    let key = prebuilt::Key {
                        gated: false,
                        size_limit: prebuilt::RULE_PATTERN_SIZE_LIMIT,
                        captures: false,
                    };
                    sets.extend(lists.iter().filter_map(|l| prebuilt::build_set(l, key)));
                }
                (_, None) => {}
            }
            for set in sets {
                prebuilt.push(set);
            }
            let json = value.map_or_else(|| "null".to_string(), |value| value.to_string());
            let name = path.with_extension("json");
            let Some(name) = name.file_name() else {
                continue;
            };
            if let Err(e) = fs::write(target.join(name), json) {
                panic!("cannot write {}: {e}", target.join(name).display());
            }
        }
    }
    // The sets the Rust-coded rules compile (`lint::static_sets`).
    println!("cargo::rerun-if-changed=src/lint/static_sets.txt");
    let listed = fs::read_to_string("src/lint/static_sets.txt").unwrap_or_default();
    for set in static_sets::parse(&listed) {
        let sources: Vec<String> = set
            .patterns
            .iter()
            .map(|p| unfold::unfolded(p).into_owned())
            .collect();
        let key = prebuilt::Key {
            gated: false,
            size_limit: prebuilt::DEFAULT_SIZE_LIMIT,
            captures: set.captures,
        };
        prebuilt.extend(prebuilt::build_set(&sources, key));
    }
    let path = Path::new(&out).join("outlines.rs");
    if let Err(e) = fs::write(&path, outlines_source(&outlines)) {
        panic!("cannot write {}: {e}", path.display());
    }
    let path = Path::new(&out).join("pattern_sources.rs");
    if let Err(e) = fs::write(&path, pattern_sources_source(&pattern_sources)) {
        panic!("cannot write {}: {e}", path.display());
    }
    let path = Path::new(&out).join("stems.rs");
    if let Err(e) = fs::write(&path, stems_source(&stems)) {
        panic!("cannot write {}: {e}", path.display());
    }
    let table = Path::new(&out).join("prebuilt.bin");
    if let Err(e) = fs::write(&table, prebuilt::table(&prebuilt)) {
        panic!("cannot write {}: {e}", table.display());
    }
}

type Stems = std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>;

/// The stem of every word of a vocabulary's terms, as
/// `Vocabulary::stem` computes it: `compile_term` reads a term's words with
/// `stem::words` (and English "n't" as "not", so "not" is added to the
/// English table); words of `=word` and
/// `word*` parts are taken too, which costs a few entries and no care.
/// Which words the table holds decides only how often the run time finds
/// one there: every entry is what the stemmer gives.
fn term_stems(vocabulary: &serde_json::Value, out: &mut Stems) {
    let Some(lang) = vocabulary.get("language").and_then(|l| l.as_str()) else {
        return;
    };
    let Some(algorithm) = stem::algorithm(lang) else {
        return;
    };
    let Some(concepts) = vocabulary.get("concepts").and_then(|c| c.as_object()) else {
        return;
    };
    let stemmer = rust_stemmers::Stemmer::create(algorithm);
    let table = out.entry(lang.to_string()).or_default();
    let terms = concepts
        .values()
        .filter_map(|groups| groups.as_array())
        .flatten()
        .filter_map(|group| group.get("terms")?.as_array())
        .flatten()
        .filter_map(|term| term.as_str());
    for term in terms {
        for word in stem::words(term).chain((lang == "en").then_some("not")) {
            let lower = word.to_lowercase();
            if let std::collections::btree_map::Entry::Vacant(entry) = table.entry(lower) {
                let stemmed = stem::stem(&stemmer, entry.key());
                entry.insert(stemmed);
            }
        }
    }
}

/// The Rust source of `vocabulary::prebuilt::STEMS`: per language, its
/// words in byte order (a `BTreeMap`'s, as `str::cmp` sorts), for a binary
/// search.
fn stems_source(stems: &Stems) -> String {
    let mut source = String::from("pub(super) static STEMS: &[(&str, &[(&str, &str)])] = &[\n");
    for (lang, words) in stems {
        source.push_str(&format!("    ({lang:?}, &[\n"));
        for (word, stemmed) in words {
            source.push_str(&format!("        ({word:?}, {stemmed:?}),\n"));
        }
        source.push_str("    ]),\n");
    }
    source.push_str("];\n");
    source
}

/// A built-in vocabulary's file (as `vocabulary::BUILTIN` names it), its
/// language and its concept names, as `vocabulary::read` takes them from
/// the file's outline.
type Outline = (String, String, Vec<String>);

fn vocabulary_outline(path: &Path, value: &serde_json::Value) -> Outline {
    let language = value.get("language").and_then(|l| l.as_str());
    let concepts = value.get("concepts").and_then(|c| c.as_object());
    let (Some(language), Some(concepts)) = (language, concepts) else {
        panic!(
            "{}: a vocabulary needs `language` and `concepts`",
            path.display()
        );
    };
    (
        path.to_string_lossy().replace('\\', "/"),
        language.to_string(),
        concepts.keys().cloned().collect(),
    )
}

/// The Rust source of `vocabulary::prebuilt::OUTLINES`.
fn outlines_source(outlines: &[Outline]) -> String {
    let mut source = String::from("pub(super) static OUTLINES: &[(&str, &str, &[&str])] = &[\n");
    for (file, language, concepts) in outlines {
        source.push_str(&format!("    ({file:?}, {language:?}, &{concepts:?}),\n"));
    }
    source.push_str("];\n");
    source
}

/// The Rust source of `vocabulary::prebuilt::PATTERN_SOURCES`: each
/// built-in vocabulary's patterns as its set searches them
/// (`pattern_source::set_source`), in `OUTLINES`' order.
fn pattern_sources_source(vocabularies: &[Vec<String>]) -> String {
    let mut source = String::from("pub(super) static PATTERN_SOURCES: &[&[&str]] = &[\n");
    for sources in vocabularies {
        source.push_str(&format!("    &{sources:?},\n"));
    }
    source.push_str("];\n");
    source
}

/// A built-in vocabulary's pattern sources (`pattern_source::set_source`,
/// for `vocabulary::prebuilt::PATTERN_SOURCES`) and its pattern set,
/// encoded; the build stops, naming
/// the file, the line and the pattern, if a pattern is refused or the set
/// does not compile. The run time compiles a built-in vocabulary only when a
/// document needs it, and a set that did not compile there left the
/// language with no pattern at all and no word said (a lookahead in one
/// pattern took every other pattern of the language with it).
fn vocabulary_set(path: &Path, value: &serde_json::Value) -> (Vec<String>, Vec<u8>) {
    let text = fs::read_to_string(path).unwrap_or_default();
    let line_of = |pattern: &str| {
        let quoted = pattern.replace('\'', "''");
        text.lines()
            .position(|l| l.contains(pattern) || l.contains(&quoted))
            .map_or_else(String::new, |n| format!(":{}", n + 1))
    };
    let Some(patterns) = vocabulary_patterns(value) else {
        panic!(
            "{}: not a vocabulary (concepts, groups, patterns)",
            path.display()
        );
    };
    for pattern in &patterns {
        if pattern_source::has_look_around(pattern) {
            panic!(
                "{}{}: look-around is not supported in vocabulary patterns: {pattern}",
                path.display(),
                line_of(pattern)
            );
        }
    }
    let set_sources: Vec<String> = patterns
        .iter()
        .map(|p| pattern_source::set_source(p))
        .collect();
    let sources: Vec<String> = set_sources
        .iter()
        .map(|p| unfold::unfolded(p).into_owned())
        .collect();
    let key = prebuilt::Key {
        gated: true,
        size_limit: prebuilt::DEFAULT_SIZE_LIMIT,
        captures: false,
    };
    if let Some(set) = prebuilt::build_set(&sources, key) {
        return (set_sources, set);
    }
    for (pattern, source) in patterns.iter().zip(&sources) {
        if prebuilt::compile(std::slice::from_ref(source), key).is_none() {
            panic!(
                "{}{}: this vocabulary pattern does not compile: {pattern}",
                path.display(),
                line_of(pattern)
            );
        }
    }
    panic!(
        "{}: its vocabulary patterns do not compile as one set",
        path.display()
    );
}

/// A vocabulary's patterns as `vocabulary::compile_language` collects them
/// (concepts in name order, a `BTreeMap`; their groups and patterns in
/// file order), as written.
fn vocabulary_patterns(vocabulary: &serde_json::Value) -> Option<Vec<&str>> {
    let concepts = vocabulary.get("concepts")?.as_object()?;
    let mut names: Vec<&String> = concepts.keys().collect();
    names.sort();
    let mut sources = Vec::new();
    for name in names {
        for group in concepts[name.as_str()].as_array()? {
            let Some(patterns) = group.get("patterns") else {
                continue;
            };
            for pattern in patterns.as_array()? {
                sources.push(pattern.as_str()?);
            }
        }
    }
    Some(sources)
}

/// Every pattern list of a rule pack (a rule's `patterns:`, `with:`,
/// `except:`, `unless:`: language → patterns), as `text::matcher` folds
/// and `Matcher::new` parses them. Any map of languages to lists of
/// strings is taken: one that is not a pattern list only costs its bytes.
fn pack_lists(value: &serde_json::Value, out: &mut Vec<Vec<String>>) {
    let is_language =
        |k: &str| (2..=3).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_lowercase());
    match value {
        serde_json::Value::Object(map) => {
            let lists = !map.is_empty()
                && map.iter().all(|(k, v)| {
                    is_language(k)
                        && v.as_array()
                            .is_some_and(|a| a.iter().all(|p| p.is_string()))
                });
            if !lists {
                map.values().for_each(|v| pack_lists(v, out));
                return;
            }
            for list in map.values().filter_map(|v| v.as_array()) {
                let sources: Vec<String> = list
                    .iter()
                    .filter_map(|p| p.as_str())
                    .map(|p| unfold::unfolded(&fold::normalize(p)).into_owned())
                    .collect();
                if !sources.is_empty() && !out.contains(&sources) {
                    out.push(sources);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| pack_lists(v, out)),
        _ => {}
    }
}
