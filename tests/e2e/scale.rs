//! Determinism under parallelism, and documents far larger than usual.

use crate::harness::{BIN, Site};

/// A generated multilingual site: `docs` documents in en, de, fr.
fn generated(docs: usize) -> Site {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = \"Generated\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"de\", \"fr\"]\n",
    );
    for i in 0..docs {
        for (suffix, title) in [("", "Terms"), (".de", "Bedingungen"), (".fr", "Conditions")] {
            let mut body = String::new();
            for s in 0..12 {
                body.push_str(&format!("## {s}. Section {s} of document {i}\n\nText {i}-{s} with *emphasis*, a [link](https://example.com/{i}) and a list:\n\n- one {s}\n- two {s}\n\n"));
            }
            site.write(
                &format!("content/section-{}/doc-{i:04}{suffix}.md", i % 7),
                format!("---\ntitle: {title} {i}\ndescription: Document {i}\nkind: terms-of-service\ncontact: legal@example.com\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: \"{i}\"\n---\n\n{body}"),
            );
        }
    }
    site
}

#[test]
fn one_thread_and_all_threads_give_identical_output() {
    let site = generated(150);
    for (threads, out) in [("1", "one"), ("2", "two"), ("8", "eight")] {
        let status = std::process::Command::new(BIN)
            .args(["--quiet", "build", "--output", out])
            .current_dir(site.path())
            .env("RAYON_NUM_THREADS", threads)
            .status()
            .unwrap();
        assert!(status.success(), "{threads} threads");
    }
    let one = site.tree("one");
    assert_eq!(
        one.len(),
        150 * 3 + 3 + 5,
        "pages, homes, 404, sitemap, robots, css, output marker"
    );
    assert!(
        one == site.tree("two") && one == site.tree("eight"),
        "outputs differ between thread counts"
    );

    // Findings come in the same order too.
    let lint = |threads: &str| {
        std::process::Command::new(BIN)
            .args(["lint", "--format", "json"])
            .current_dir(site.path())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap()
            .stdout
    };
    site.edit(
        "content/section-3/doc-0003.de.md",
        "effective: 2025-06-01",
        "effective: 2025-05-03",
    );
    site.edit(
        "content/section-0/doc-0000.md",
        "effective: 2025-06-01",
        "effective: 2025-04-03",
    );
    assert_eq!(lint("1"), lint("2"));
}

#[test]
fn a_five_megabyte_policy_and_ten_thousand_headings_build() {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = \"Big\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\n",
    );
    let front = "---\ntitle: T\ndescription: D\nkind: other\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: \"1\"\n---\n\n";
    let paragraph = "This clause explains, in some detail, how the service handles personal data and which choices you have. ".repeat(8);
    let mut big = String::from(front);
    while big.len() < 5 * 1024 * 1024 {
        big.push_str(&paragraph);
        big.push_str("\n\n");
    }
    site.write("content/big.md", &big);
    let mut headings = String::from(front);
    for i in 0..10_000 {
        headings.push_str(&format!("## Heading {i}\n\nText {i}.\n\n"));
    }
    site.write("content/headings.md", &headings);
    site.run(&["build"]).expect(0);
    assert!(
        std::fs::metadata(site.path().join("public/big/index.html"))
            .unwrap()
            .len()
            > 5_000_000
    );
    let html = site.read("public/headings/index.html");
    assert!(html.contains("<h2 id=\"heading-9999\">Heading 9999</h2>"));
    assert!(
        html.contains("href=\"#heading-9999\""),
        "the table of contents lists every heading"
    );
}
