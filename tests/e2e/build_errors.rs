//! Broken input: every case exits 2 with a diagnostic naming the file, line
//! and column, prints no panic, and leaves the previous site byte-identical.

use crate::harness::{Site, refused_build};

#[test]
fn yaml_syntax_error_in_front_matter() {
    let stderr = refused_build(
        |s| {
            s.edit(
                "content/privacy.de.md",
                "title: Datenschutzerklärung",
                "title: \"Datenschutzerklärung",
            )
        },
        &["front-matter.yaml", "content/privacy.de.md:"],
    );
    insta::assert_snapshot!(stderr);
}

#[test]
fn toml_syntax_error_in_site_toml() {
    refused_build(
        |s| {
            s.edit(
                "site.toml",
                "title = \"Whasapi Legal Centre\"",
                "title = \"Whasapi",
            )
        },
        &["config.invalid", "site.toml:2:"],
    );
}

#[test]
fn unknown_site_toml_key_suggests_the_right_one() {
    let stderr = refused_build(
        |s| s.edit("site.toml", "output_dir = ", "outptu_dir = "),
        &[
            "unknown key `outptu_dir`",
            "did you mean `output_dir`?",
            "site.toml:5:1",
        ],
    );
    insta::assert_snapshot!(stderr);
}

#[test]
fn missing_front_matter_field() {
    refused_build(
        |s| s.edit("content/terms.fr.md", "version: \"1.3\"\n", ""),
        &[
            "front-matter.missing-field",
            "`version`",
            "content/terms.fr.md:1:1",
        ],
    );
}

#[test]
fn wrong_typed_front_matter_field() {
    refused_build(
        |s| {
            s.edit(
                "content/privacy.md",
                "jurisdictions: [gdpr]",
                "jurisdictions: {gdpr: yes}",
            )
        },
        &["front-matter.yaml", "content/privacy.md:8:"],
    );
}

#[test]
fn unknown_document_kind() {
    refused_build(
        |s| s.edit("content/terms.md", "kind: terms-of-service", "kind: terms"),
        &[
            "front-matter.kind",
            "unknown document kind `terms`",
            "did you mean `terms-of-service`?",
            "content/terms.md:4:7",
        ],
    );
}

#[test]
fn impossible_date() {
    refused_build(
        |s| {
            s.edit(
                "content/privacy.fr.md",
                "effective: 2025-06-01",
                "effective: 2025-02-30",
            )
        },
        &[
            "front-matter.date",
            "not a real calendar date",
            "content/privacy.fr.md:6:12",
        ],
    );
}

#[test]
fn unknown_language_code() {
    refused_build(
        |s| s.write("content/privacy.it.md", s.read("content/privacy.md")),
        &[
            "content.unknown-language",
            "content/privacy.it.md",
            "[languages.it]",
        ],
    );
}

#[test]
fn duplicate_slugs() {
    refused_build(
        |s| {
            s.edit(
                "content/terms.de.md",
                "kind: terms-of-service",
                "kind: terms-of-service\nslug: privacy",
            )
        },
        &[
            "content.duplicate-slug",
            "content/privacy.de.md and content/terms.de.md both publish /de/privacy/",
            "content/terms.de.md:",
        ],
    );
}

#[test]
fn names_differing_only_in_case_collide() {
    refused_build(
        |s| s.write("content/Privacy.md", s.read("content/terms.md")),
        &["content.duplicate-slug", "/privacy/"],
    );
}

#[test]
fn translation_without_original() {
    refused_build(
        |s| s.write("content/cookies.de.md", s.read("content/terms.de.md")),
        &[
            "content.orphan-translation",
            "content/cookies.de.md:1:1",
            "content/cookies.md",
        ],
    );
}

#[test]
fn file_that_is_not_utf8() {
    refused_build(
        |s| {
            let mut bytes = s.read("content/terms.md").into_bytes();
            bytes.extend_from_slice(b"\nCaf\xe9 Latin-1\n");
            s.write("content/terms.md", bytes);
        },
        &["content.not-utf8", "content/terms.md", "not valid UTF-8"],
    );
}

#[test]
fn template_error() {
    refused_build(
        |s| {
            s.edit(
                "themes/default/templates/page.html",
                "{{ page.title }}",
                "{{ page.title ",
            )
        },
        &["theme.template", "themes/default/templates/page.html:"],
    );
}

#[test]
fn template_referencing_an_unknown_variable() {
    refused_build(
        |s| {
            s.edit(
                "themes/default/templates/page.html",
                "{{ page.title }}",
                "{{ page.no_such_field }}",
            )
        },
        &["theme.template", "themes/default/templates/page.html:"],
    );
}

#[test]
fn slug_that_leaves_the_site() {
    refused_build(
        |s| {
            s.edit(
                "content/terms.md",
                "kind: terms-of-service",
                "kind: terms-of-service\nslug: ../../etc",
            )
        },
        &[
            "front-matter.slug",
            "cannot leave the site",
            "content/terms.md:5:7",
        ],
    );
}

#[test]
fn front_matter_without_closing_delimiter() {
    refused_build(
        |s| s.write("content/terms.md", "---\ntitle: Terms\n\n# Terms\n"),
        &["front-matter.unclosed", "content/terms.md:1:1"],
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let stderr = refused_build(
        |s| {
            s.edit(
                "content/privacy.md",
                "updated: 2025-05-02",
                "updated: 2025-13-01",
            );
            s.edit("content/terms.de.md", "kind: terms-of-service", "kind: tos");
            s.write("content/cookies.fr.md", s.read("content/terms.fr.md"));
        },
        &[
            "content/privacy.md:5:",
            "content/terms.de.md:4:",
            "content/cookies.fr.md",
        ],
    );
    // The broken English privacy policy does not make its translations "orphans".
    assert!(stderr.contains("3 problem(s)"), "{stderr}");
}

#[test]
fn output_dir_that_would_delete_the_sources_is_refused() {
    for dir in [".", "content", "..", "/"] {
        let stderr = refused_build(
            |s| {
                s.edit(
                    "site.toml",
                    "output_dir = \"public\"",
                    &format!("output_dir = {dir:?}"),
                )
            },
            &["output.unsafe", "site.toml:5:"],
        );
        assert!(stderr.contains("refusing"), "{dir}: {stderr}");
    }
}

#[test]
fn missing_site_toml() {
    let site = Site::empty();
    std::fs::create_dir(site.path().join("content")).unwrap();
    let run = site.run(&["build"]);
    run.expect(2);
    assert!(run.stderr.contains("site.toml"));
    assert!(run.stderr.contains("charter init"));
}
