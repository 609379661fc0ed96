//! Parses the built-in rule packs (`rules/*.yaml`) and vocabularies
//! (`rules/vocabulary/*.yaml`) once, at build time, and writes each as
//! JSON into `OUT_DIR` for the binary to embed beside its YAML: parsing
//! their YAML on every run was a seventh of the example site's lint
//! (callgrind, 82 of 549 M instructions), and reading the same data as JSON
//! costs a small part of that. YAML stays the authoring format, the
//! schema tests still read the YAML, and a site's own packs are YAML only.
//!
//! A file whose YAML does not parse here is written as `null`: the binary
//! then parses its YAML at run time, and the tests report the error.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // A folder: Cargo looks at every file under it.
    println!("cargo::rerun-if-changed=rules");
    let Some(out) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    for folder in ["rules", "rules/vocabulary"] {
        let target = Path::new(&out).join(folder);
        if let Err(e) = fs::create_dir_all(&target) {
            panic!("cannot create {}: {e}", target.display());
        }
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let json = fs::read_to_string(&path)
                .ok()
                .and_then(|text| serde_saphyr::from_str::<serde_json::Value>(&text).ok())
                .map_or_else(|| "null".to_string(), |value| value.to_string());
            let name = path.with_extension("json");
            let Some(name) = name.file_name() else {
                continue;
            };
            if let Err(e) = fs::write(target.join(name), json) {
                panic!("cannot write {}: {e}", target.join(name).display());
            }
        }
    }
}
