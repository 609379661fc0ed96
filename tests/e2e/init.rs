//! `charter init`: a new site works outside the repository.

use crate::harness::Site;

/// The new site.toml names, in Taplo's `#:schema` line, a schema `init`
/// wrote into the site (an installed Charter has no published address to
/// name): the one `charter schema site` prints, and the file fits it.
#[test]
fn init_writes_the_site_schema_that_site_toml_names() {
    let tmp = Site::empty();
    tmp.run(&["init", "x"]).expect(0);
    let site_toml = tmp.read("x/site.toml");
    let first = site_toml.lines().next().unwrap_or("");
    assert_eq!(first, "#:schema ./.charter/site.schema.json");
    let written = tmp.read("x/.charter/site.schema.json");
    let printed = tmp.run(&["schema", "site"]);
    printed.expect(0);
    assert_eq!(written, printed.stdout, "init writes the current schema");
    let schema: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    let validator = jsonschema::draft7::new(&schema).expect("the schema compiles");
    let table: toml::Table = toml::from_str(&site_toml).expect("TOML");
    let value = serde_json::to_value(table).expect("TOML as JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn init_then_build_works_anywhere() {
    let tmp = Site::empty();
    tmp.run(&["init", "x"]).expect(0);
    let run = tmp.run(&["build", "--root", "x"]);
    run.expect(0);
    for page in [
        "index.html",
        "privacy/index.html",
        "de/privacy/index.html",
        "de/index.html",
        "404.html",
    ] {
        assert!(tmp.path().join("x/public").join(page).is_file(), "{page}");
    }
    // The built-in theme was used: the scaffold has no themes/ folder.
    assert!(!tmp.path().join("x/themes").exists());
    assert!(
        tmp.read("x/public/de/privacy/index.html")
            .contains("2. Mai 2025")
    );
}

#[test]
fn init_never_overwrites() {
    let tmp = Site::empty();
    tmp.write("x/notes.txt", "mine");
    let run = tmp.run(&["init", "x"]);
    run.expect(2);
    assert!(run.stderr.contains("not empty"));
    assert_eq!(tmp.read("x/notes.txt"), "mine");
}
