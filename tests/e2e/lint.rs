//! `charter lint`: the engine, formats, exit codes, suppressions.

use serde_json::Value;

use crate::harness::{
    Site, TODAY, lint_in_process, policy_site, replace_line, repo, rule_ids, without_line,
};

fn json(site: &Site, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    let run = site.run(&all);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (run.code, v)
}

/// The seed policy (a real, thin policy) misses four GDPR items: who the
/// controller is, the legal basis, the retention period and the right to
/// complain; it also asks readers to check the page for changes with no other
/// notice. It declares no facts, so conditional rules ask for them.
#[test]
fn seed_policy_findings() {
    let site = Site::fixture("seed-site");
    let (code, v) = json(&site, &[]);
    assert_eq!(code, Some(1));
    let of = |severity: &str| -> Vec<String> {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == severity)
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        of("error"),
        [
            "gdpr.controller.identity",
            "gdpr.legal-basis",
            "gdpr.retention",
            "gdpr.rights.complaint"
        ],
        "{v:#}"
    );
    assert_eq!(of("warning"), ["meta.change.check-back-clause"]);
    assert!(of("info").iter().all(|r| r == "lint.missing-fact"), "{v:#}");
    let complaint = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "gdpr.rights.complaint")
        .unwrap();
    assert_eq!(complaint["file"], "content/privacy.md");
    assert_eq!(complaint["lang"], "en");
    // It points at the rights section, where the right belongs.
    let text = site.read("content/privacy.md");
    let line = text
        .lines()
        .nth(complaint["line"].as_u64().unwrap() as usize - 1)
        .unwrap();
    assert_eq!(line, "## 8. Your Rights");
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["summary"]["errors"], 4);
}

/// The seed site with every finding but the missing complaint right switched
/// off and the facts declared, for tests about how the engine handles one
/// finding (overrides, suppressions, output formats).
fn seed_with_one_finding() -> Site {
    let site = Site::fixture("seed-site");
    let toml = site.read("site.toml")
        + "\n[lint]\nfacts = { consent_basis = true, legitimate_interests_basis = false, transfers_outside_eea = false, indirect_collection = false, automated_decisions_art22 = false, dpo_designated = false, established_in_eu = true, direct_collection = false, direct_marketing = false, special_categories = false, offers_to_children = false }\n\n[lint.rules]\n\"gdpr.controller.identity\" = \"off\"\n\"gdpr.legal-basis\" = \"off\"\n\"gdpr.retention\" = \"off\"\n\"meta.change.check-back-clause\" = \"off\"\n";
    site.write("site.toml", toml);
    site
}

#[test]
fn seed_policy_without_declared_providers_reports_all_four() {
    let site = Site::fixture("seed-site");
    let text = site.read("content/privacy.md");
    let start = text.find("subprocessors:").unwrap();
    let end = text[start..].find("\n---").unwrap() + start;
    site.write(
        "content/privacy.md",
        format!("{}{}", &text[..start], &text[end + 1..]),
    );
    let (code, v) = json(&site, &[]);
    assert_eq!(code, Some(1));
    let found = rule_ids(&v);
    // No list at all: the list is missing, and so is each provider.
    assert_eq!(
        found
            .iter()
            .filter(|r| *r == "subprocessors.undeclared")
            .count(),
        4,
        "{found:?}"
    );
    assert!(found.contains(&"subprocessors.list".to_string()));

    // With a list that names only Cloudflare, the other three are undeclared.
    site.write(
        "content/privacy.md",
        text.replace(
            &text[start..end + 1],
            "subprocessors:\n  - name: Cloudflare\n    purpose: CDN\n    location: Global\n",
        ),
    );
    let (_, v) = json(&site, &[]);
    let messages: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "subprocessors.undeclared")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    for name in ["Digital Ocean", "Firebase", "Amazon S3"] {
        assert!(
            messages.iter().any(|m| m.starts_with(name)),
            "{name}: {messages:?}"
        );
    }
}

#[test]
fn example_site_lints_clean_in_every_language() {
    let site = Site::example();
    let (code, v) = json(&site, &[]);
    assert_eq!(code, Some(0), "{v:#}");
    // The GDPR patterns cannot read Arabic yet: said once, as information.
    assert_eq!(rule_ids(&v), ["lint.unsupported-language"]);
    assert_eq!(v["diagnostics"][0]["file"], "content/privacy.ar.md");
    assert_eq!(v["summary"]["files"], 8);
}

/// `[lint.rules]` takes the levels `lint::LEVELS` lists (which the
/// site.toml schema offers); another word is refused where it is written.
#[test]
fn rule_levels_in_site_toml() {
    let site = Site::example();
    site.edit(
        "site.toml",
        "[history]",
        "[lint.rules]\n\"gdpr.rights.access\" = \"loud\"\n\n[history]",
    );
    let run = site.run(&["lint"]);
    run.expect(2);
    assert!(
        run.stderr.contains("`loud` is not a rule level"),
        "{}",
        run.stderr
    );
    let mut current = "loud";
    for level in ["off", "info", "warning", "error"] {
        site.edit(
            "site.toml",
            &format!("= \"{current}\""),
            &format!("= \"{level}\""),
        );
        current = level;
        site.run(&["lint"]).expect(0);
    }
}

#[test]
fn paths_limit_what_is_reported() {
    let site = Site::example();
    site.edit(
        "content/privacy.de.md",
        "erreichen Sie uns unter",
        "erreichen Sie uns unter datenschutz@whasapi oder",
    );
    let (code, v) = json(&site, &["content/privacy.md"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["summary"]["files"], 1);
    let (code, v) = json(&site, &["content/privacy.de.md"]);
    assert_eq!(code, Some(1));
    assert_eq!(rule_ids(&v), ["contact.address"]);
}

#[test]
fn exit_code_two_for_a_broken_rule_file() {
    let site = Site::example();
    site.write(
        "rules/custom.yaml",
        "pack: custom\nrules:\n  - id: custom.x\n    severity: error\n    message: m\n    help: h\n    docs: d\n    check: require\n    patterns:\n      en: ['fine', 'broken(']\n",
    );
    let run = site.run(&["lint"]);
    run.expect(2);
    assert!(run.stderr.contains("rules.pattern"), "{}", run.stderr);
    assert!(
        run.stderr.contains("rules/custom.yaml:10:"),
        "{}",
        run.stderr
    );

    site.write(
        "rules/custom.yaml",
        "pack: custom\nrules:\n  - id: custom.x\n    severity: fatal\n",
    );
    let run = site.run(&["lint"]);
    run.expect(2);
    assert!(
        run.stderr.contains("rules/custom.yaml:4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn look_around_in_a_rule_is_refused_with_a_reason() {
    let site = Site::example();
    site.write(
        "rules/custom.yaml",
        "pack: custom\nrules:\n  - id: custom.x\n    severity: error\n    message: m\n    help: h\n    docs: d\n    check: forbid\n    patterns:\n      en: ['foo(?!bar)']\n",
    );
    let run = site.run(&["lint"]);
    run.expect(2);
    assert!(
        run.stderr.contains("look-around is not supported"),
        "{}",
        run.stderr
    );
}

/// A pattern with valid syntax that compiles past the size limit is refused
/// where it is written, rather than loading and silently never matching.
#[test]
fn an_oversized_pattern_is_refused_where_it_is_written() {
    let site = Site::example();
    site.write(
        "rules/custom.yaml",
        "pack: custom\nrules:\n  - id: custom.x\n    severity: error\n    message: m\n    help: h\n    docs: d\n    check: forbid\n    patterns:\n      en: ['\\w{1000}\\w{1000}']\n",
    );
    let run = site.run(&["lint"]);
    run.expect(2);
    assert!(run.stderr.contains("rules.pattern"), "{}", run.stderr);
    assert!(run.stderr.contains("size limit"), "{}", run.stderr);
    assert!(
        run.stderr.contains("rules/custom.yaml:10:"),
        "{}",
        run.stderr
    );
}

#[test]
fn exit_code_two_for_broken_input() {
    let site = Site::example();
    site.edit("content/terms.md", "kind: terms-of-service", "kind: [");
    site.run(&["lint"]).expect(2);
}

#[test]
fn site_rules_add_and_override_builtin_ones() {
    let site = Site::example();
    site.write(
        "rules/house.yaml",
        "pack: house\nrules:\n  - id: house.no-lorem\n    severity: warning\n    message: Placeholder text\n    help: Replace it.\n    docs: Drafts must not be published.\n    check: forbid\n    patterns:\n      en: ['draft wording']\n      de: ['draft wording']\n      fr: ['draft wording']\n      es: ['draft wording']\n      ar: ['draft wording']\n",
    );
    // Not "lorem ipsum": the built-in meta.placeholder already reports that.
    site.edit(
        "content/terms.md",
        "## 2.",
        "Draft wording, to be replaced.\n\n## 2.",
    );
    site.record_translations();
    let (code, v) = json(&site, &[]);
    assert_eq!(code, Some(0), "warnings do not fail");
    // (The info: the built-in GDPR patterns do not read the Arabic policy.)
    assert_eq!(
        rule_ids(&v),
        ["lint.unsupported-language", "house.no-lorem"]
    );
    let (code, _) = json(&site, &["--deny-warnings"]);
    assert_eq!(code, Some(1));
}

#[test]
fn severity_overrides_and_unknown_ids_in_site_toml() {
    let site = seed_with_one_finding();
    let toml = site.read("site.toml")
        + "\"gdpr.rights.complaint\" = \"warning\"\n\"gdpr.rights.complain\" = \"off\"\n";
    site.write("site.toml", toml);
    let (code, v) = json(&site, &[]);
    assert_eq!(code, Some(1), "the unknown id is an error");
    let d = v["diagnostics"].as_array().unwrap();
    assert_eq!(d.len(), 2, "{v:#}");
    assert_eq!(d[0]["rule"], "gdpr.rights.complaint");
    assert_eq!(d[0]["severity"], "warning");
    assert_eq!(d[1]["rule"], "lint.unknown-rule");
    assert_eq!(d[1]["file"], "site.toml");
    assert!(
        d[1]["help"]
            .as_str()
            .unwrap()
            .contains("did you mean `gdpr.rights.complaint`?")
    );

    let toml = site
        .read("site.toml")
        .replace("\"gdpr.rights.complain\" = \"off\"\n", "")
        .replace("\"warning\"", "\"off\"");
    site.write("site.toml", toml);
    let (code, v) = json(&site, &[]);
    assert_eq!((code, rule_ids(&v)), (Some(0), vec![]));
}

#[test]
fn suppressions_need_reasons_and_known_ids() {
    let site = seed_with_one_finding();
    let path = "content/privacy.md";
    let original = site.read(path);

    site.write(path, format!("{original}\n<!-- charter-disable gdpr.rights.complaint: covered by our complaints page -->\n"));
    let (code, v) = json(&site, &[]);
    assert_eq!((code, rule_ids(&v)), (Some(0), vec![]));

    site.write(
        path,
        format!("{original}\n<!-- charter-disable gdpr.rights.complaint -->\n"),
    );
    let (code, v) = json(&site, &[]);
    assert_eq!(
        (code, rule_ids(&v)),
        (Some(1), vec!["lint.suppression-reason".to_string()])
    );

    site.write(path, format!("{original}\n<!-- charter-disable gdpr.rights.complaint: ok -->\n<!-- charter-disable gdpr.rigths.access: typo -->\n"));
    let (_, v) = json(&site, &[]);
    assert_eq!(rule_ids(&v), ["lint.unknown-rule"]);

    site.write(path, format!("{original}\n<!-- charter-disable gdpr.rights.complaint: ok -->\n<!-- charter-disable contact.address: nothing to hide -->\n"));
    let (code, v) = json(&site, &[]);
    assert_eq!(
        (code, rule_ids(&v)),
        (Some(0), vec!["lint.unused-suppression".to_string()])
    );
}

#[test]
fn next_line_suppression_covers_only_the_next_line() {
    let site = Site::fixture("seed-site");
    let path = "content/privacy.md";
    let text = site.read(path).replace(
        "  - name: Cloudflare\n    purpose: Hosting and CDN\n    location: Unknown\n",
        "",
    );
    let hosting = "We use hosting and content delivery services";
    site.write(path, text.replacen(hosting, &format!("<!-- charter-disable-next-line subprocessors.undeclared: Cloudflare only caches public assets -->\n{hosting}"), 1));
    let (_, v) = json(&site, &[]);
    assert!(
        !rule_ids(&v).contains(&"subprocessors.undeclared".to_string()),
        "{v:#}"
    );
    // The comment does not show on the page.
    site.run(&["build", "--allow-lint-errors"]).expect(0);
    assert!(
        !site
            .read("public/privacy/index.html")
            .contains("charter-disable")
    );
}

#[test]
fn sarif_validates_against_the_schema() {
    let site = seed_with_one_finding();
    let run = site.run(&["lint", "--format", "sarif"]);
    run.expect(1);
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    // The official schema's `run.language` pattern has a stray `]`
    // (`…-[a-zA-Z]{2}]?$`) that the validator's regex engine rejects when it
    // checks the schema itself; it is escaped in memory, the file stays as published.
    let text = std::fs::read_to_string(repo().join("tests/schemas/sarif-2.1.0.json"))
        .unwrap()
        .replace(
            "[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "[a-zA-Z]{2}-[a-zA-Z]{2}\\\\]?$",
        );
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "gdpr.rights.complaint");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "content/privacy.md"
    );
    assert!(result["partialFingerprints"]["charterFingerprint/v1"].is_string());
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let index = result["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "gdpr.rights.complaint");
    assert!(
        rules[index]["help"]["text"]
            .as_str()
            .unwrap()
            .contains("supervisory authority")
    );
}

#[test]
fn github_annotations_parse() {
    let site = seed_with_one_finding();
    let toml = site
        .read("site.toml")
        .replace("support@whasapi.cloud", "legal@whasapi.cloud");
    site.write("site.toml", toml);
    let run = site.run(&["lint", "--format", "github"]);
    run.expect(1);
    let line = regex::Regex::new(r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]+)::(.+)$").unwrap();
    let annotations: Vec<_> = run.stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 2, "{}", run.stdout);
    for a in &annotations {
        let c = line
            .captures(a)
            .unwrap_or_else(|| panic!("unparseable: {a}"));
        assert_eq!(&c[2], "content/privacy.md");
        assert!(!c[8].contains('\n'));
    }
    assert!(
        annotations
            .iter()
            .any(|a| a.contains("title=contact.address (error)")),
        "{annotations:?}"
    );
}

#[test]
fn build_refuses_to_publish_lint_errors_unless_told() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    site.edit(
        "content/privacy.fr.md",
        "effective: 2025-06-01",
        "effective: 2025-05-10",
    );
    site.edit(
        "content/privacy.fr.md",
        "modification prend effet 30 jours",
        "modification prend effet 15 jours",
    );
    let run = site.run(&["build"]);
    run.expect(1);
    assert!(
        run.stderr.contains("dates.effective-delay"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("dates.notice-period-text"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Build refused"), "{}", run.stderr);
    assert_eq!(site.tree("public"), before);

    // The third error: the French `effective` no longer matches the original's.
    assert!(
        run.stderr.contains("i18n.version-mismatch"),
        "{}",
        run.stderr
    );
    let run = site.run(&["build", "--allow-lint-errors"]);
    run.expect(0);
    assert!(
        run.stderr
            .contains("WARNING: published despite 3 lint error(s)"),
        "{}",
        run.stderr
    );
    assert_ne!(site.tree("public"), before);
}

#[test]
fn rules_and_explain_read_the_same_registry() {
    let site = Site::empty();
    let run = site.run(&["rules"]);
    run.expect(0);
    for id in [
        "gdpr.rights.access",
        "gdpr.rights.complaint",
        "contact.address",
        "dates.effective-delay",
        "dates.notice-period-text",
        "subprocessors.list",
        "subprocessors.undeclared",
        "subprocessors.unmentioned",
    ] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("{id} not listed"));
        assert!(line.contains("error") || line.contains("warning"), "{line}");
    }
    let access = run
        .stdout
        .lines()
        .find(|l| l.starts_with("gdpr.rights.access"))
        .unwrap();
    assert!(access.contains("de,en,es,fr,it,nl,pt"), "{access}");

    let run = site.run(&["explain", "gdpr.rights.complaint"]);
    run.expect(0);
    assert!(run.stdout.contains("Art. 77"), "{}", run.stdout);
    let run = site.run(&["explain", "contact.address"]);
    run.expect(0);
    assert!(run.stdout.contains("Art. 13(1)(a)"), "{}", run.stdout);
    assert!(run.stdout.contains("src/lint/rules/contact_address.rs"));
    let run = site.run(&["explain", "gdpr.rights.complain"]);
    run.expect(2);
    assert!(run.stderr.contains("did you mean `gdpr.rights.complaint`?"));
}

/// Real policies as real repositories hold them (tests/fixtures/corpus, see
/// its README.md): every file is read and linted. bench/corpus-lint.sh lints
/// the full corpus of ../shared/corpus.
#[test]
fn the_corpus_lints_without_a_crash() {
    let corpus = repo().join("tests/fixtures/corpus");
    let lintable = walkdir::WalkDir::new(&corpus)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let ext = e.path().extension().and_then(|x| x.to_str());
            ext.is_none_or(|x| ["md", "mdx", "markdown", "txt"].contains(&x))
        })
        .count();
    let site = Site::empty();
    let run = site.run(&["lint", "--format", "json", corpus.to_str().unwrap()]);
    assert!(
        run.code == Some(1) || run.code == Some(0),
        "{:?} {}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"));
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        v["summary"]["files"].as_u64(),
        Some(lintable as u64),
        "{}",
        v["summary"]
    );
}

/// The matrix suites (rule_fixtures, packs_regional, statements, scopes)
/// lint in process (`harness::lint_in_process`); on the same sites the
/// binary prints the same JSON and human output and exits the same way.
#[test]
fn in_process_lint_matches_the_binary() {
    let fixture = |rel: &str| std::fs::read_to_string(repo().join(rel)).unwrap();
    let en = fixture("tests/fixtures/rules/en.md");
    let de = fixture("tests/fixtures/rules/de.md");
    let broken = policy_site("en", &en);
    broken.write("site.toml", "title = \"Fixture\n");
    let sites = [
        // Clean: exit 0.
        policy_site("en", &en),
        // An error at a section heading: exit 1.
        policy_site("de", &without_line(&de, "gdpr.rights.access")),
        // An error and a warning.
        policy_site(
            "en",
            &replace_line(
                &en,
                "gdpr.retention",
                "We keep personal data for as long as necessary for our purposes.",
            ),
        ),
        // An info only: exit 0.
        policy_site("pl", &en),
        // A regional pack in Spanish.
        policy_site(
            "es",
            &without_line(
                &fixture("tests/fixtures/packs/ccpa/es.md"),
                "ccpa.rights.delete",
            ),
        ),
        // Several documents and languages, translations, site rules.
        Site::example(),
        // Broken input: exit 2.
        broken,
    ];
    for site in &sites {
        let linted = lint_in_process(site.path());
        let now = ["--now", TODAY];
        let json = site.run(&["lint", now[0], now[1], "--format", "json"]);
        let human = site.run(&["lint", now[0], now[1]]);
        assert_eq!(Some(linted.code), json.code, "{}", json.stderr);
        assert_eq!(Some(linted.code), human.code, "{}", human.stderr);
        if linted.code == 2 {
            assert!(json.stdout.is_empty() && linted.json.is_empty());
            assert!(
                human.stderr.starts_with(&linted.human),
                "binary:\n{}\nin process:\n{}",
                human.stderr,
                linted.human
            );
            continue;
        }
        assert_eq!(linted.json, json.stdout);
        assert_eq!(linted.human, human.stdout);
    }
}

/// Runs `charter args` in `dir` with its standard output closed before it
/// writes: its exit code and standard error.
fn with_closed_stdout(args: &[&str], dir: &std::path::Path) -> (Option<i32>, String) {
    let mut child = crate::harness::charter(args, dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("charter runs");
    // Closed before Charter has done its work, so its first write fails.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("charter ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A reader that stops reading (`charter lint | head -1`, `charter rules |
/// head -3`) is no error of Charter's: no panic, and the exit status still
/// says what was found.
#[test]
fn a_closed_output_pipe_keeps_the_exit_status() {
    let site = seed_with_one_finding();
    let (code, stderr) = with_closed_stdout(&["--now", TODAY, "lint"], site.path());
    assert_eq!(code, Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let (code, stderr) = with_closed_stdout(&["rules"], site.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
