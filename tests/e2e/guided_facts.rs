//! Guided facts (issue #22): a new site gets one `lint.missing-fact` info per
//! document listing the facts conditional rules wait for, `charter facts`
//! records the answers in site.toml, and the rules then run.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::harness::{Run, Site, findings};

/// `charter init x` in a temp dir, as a script runs it (no terminal).
fn new_site() -> Site {
    let tmp = Site::empty();
    let run = tmp.run(&["init", "x"]);
    run.expect(0);
    assert!(
        run.stderr.contains("Next: `charter facts --root x`"),
        "{}",
        run.stderr
    );
    tmp
}

fn lint(tmp: &Site) -> Value {
    let run = tmp.run(&["lint", "--root", "x", "--format", "json"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr))
}

/// The facts a grouped `lint.missing-fact` message lists, in its order.
fn listed_facts(message: &str) -> Vec<String> {
    message
        .lines()
        .filter_map(|l| l.strip_prefix("- `")?.split_once('`'))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// The facts `charter facts` asks: every grouped info lists some of them,
/// in the order they are asked; here one document's list holds all others'.
fn asked_facts(v: &Value) -> Vec<String> {
    let lists: Vec<Vec<String>> = findings(v, "lint.missing-fact")
        .iter()
        .map(|d| listed_facts(d["message"].as_str().unwrap()))
        .collect();
    let all = lists
        .iter()
        .max_by_key(|l| l.len())
        .cloned()
        .unwrap_or_default();
    for l in &lists {
        assert!(l.iter().all(|f| all.contains(f)), "{l:?} not in {all:?}");
    }
    all
}

/// The evidence row of `rule` in the matrix of `file`.
fn row(tmp: &Site, file: &str, rule: &str) -> Value {
    let run = tmp.run(&["lint", "--root", "x", "--evidence", "--format", "json"]);
    let v: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let matrix = v
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["file"] == file)
        .unwrap_or_else(|| panic!("no matrix for {file}: {v:#}"));
    matrix["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == rule)
        .unwrap_or_else(|| panic!("no row for {rule}: {matrix:#}"))
        .clone()
}

/// What the test answers: the scaffold's company is in Berlin and has a DPO;
/// everything else it does not do.
fn answer(fact: &str) -> bool {
    matches!(fact, "dpo_designated" | "established_in_eu")
}

#[test]
fn a_new_site_is_asked_once_per_document_and_the_answers_switch_rules_on() {
    let tmp = new_site();
    let scaffold_toml = tmp.read("x/site.toml");
    // No guesses: no fact is declared anywhere.
    assert!(!scaffold_toml.contains("consent_basis"), "{scaffold_toml}");

    let before = lint(&tmp);
    let infos = findings(&before, "lint.missing-fact");
    let mut per_file: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for d in &infos {
        per_file
            .entry(d["file"].as_str().unwrap())
            .or_default()
            .push(d);
    }
    assert_eq!(
        per_file.keys().copied().collect::<Vec<_>>(),
        ["x/content/privacy.de.md", "x/content/privacy.md"],
        "{before:#}"
    );
    assert!(per_file.values().all(|ds| ds.len() == 1), "{before:#}");
    let info = per_file["x/content/privacy.md"][0];
    assert_eq!(info["severity"], "info");
    // At the `kind:` line, which makes the rules apply.
    assert_eq!(
        tmp.read("x/content/privacy.md")
            .lines()
            .nth(info["line"].as_u64().unwrap() as usize - 1),
        Some("kind: privacy-policy")
    );
    let message = info["message"].as_str().unwrap();
    assert!(
        message.contains(
            "- `dpo_designated`: Have you designated a data protection officer? (gdpr.dpo.contact)"
        ),
        "{message}"
    );
    assert!(
        info["help"].as_str().unwrap().contains("charter facts"),
        "{info:#}"
    );
    let listed = listed_facts(message);
    assert!(listed.len() >= 5, "{message}");
    assert!(
        message.starts_with(&format!("{} fact(s) not declared", listed.len())),
        "{message}"
    );
    let de = per_file["x/content/privacy.de.md"][0]["message"]
        .as_str()
        .unwrap();
    assert!(
        de.contains("- `consent_basis`: Do you rely on consent for any processing? (gdpr.children.consent-age, gdpr.rights.withdraw-consent)"),
        "{de}"
    );
    let asked = asked_facts(&before);
    // The scaffold names its legitimate interests: inferred, so not asked.
    assert!(
        !asked.contains(&"legitimate_interests_basis".to_string()),
        "{asked:?}"
    );

    // Waiting for its fact, the DPO rule did not run.
    assert!(
        findings(&before, "gdpr.dpo.contact").is_empty(),
        "{before:#}"
    );
    let dpo = row(&tmp, "content/privacy.md", "gdpr.dpo.contact");
    assert_eq!(dpo["status"], "not-checked", "{dpo:#}");
    assert_eq!(
        dpo["why"], "`facts.dpo_designated` is not declared",
        "{dpo:#}"
    );

    // --list shows the questions and writes nothing.
    let list = tmp.run(&["facts", "--root", "x", "--list"]);
    list.expect(0);
    assert!(
        list.stdout.contains(
            "dpo_designated: undeclared\n  Have you designated a data protection officer?\n"
        ),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout.contains("gdpr.representative.eu (runs if no)"),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout
            .contains("legitimate_interests_basis: revealed by the text"),
        "{}",
        list.stdout
    );
    assert_eq!(tmp.read("x/site.toml"), scaffold_toml);

    // Without a terminal and without flags it asks nothing and says why.
    let bare = tmp.run(&["facts", "--root", "x"]);
    bare.expect(2);
    assert!(
        bare.stderr.contains("standard input is not a terminal"),
        "{}",
        bare.stderr
    );
    assert!(
        bare.stdout.contains("dpo_designated: Have you designated"),
        "{}",
        bare.stdout
    );
    assert_eq!(tmp.read("x/site.toml"), scaffold_toml);

    // Answer every question with flags.
    let sets: Vec<String> = asked
        .iter()
        .map(|f| format!("{f}={}", if answer(f) { "yes" } else { "no" }))
        .collect();
    let mut args = vec!["facts", "--root", "x"];
    for s in &sets {
        args.extend(["--set", s.as_str()]);
    }
    let set = tmp.run(&args);
    set.expect(0);
    assert!(
        set.stderr.contains("dpo_designated = yes"),
        "{}",
        set.stderr
    );
    assert!(!set.stderr.contains("Still undeclared"), "{}", set.stderr);

    // The scaffold's site.toml is kept, comments and all; the answers follow.
    let toml = tmp.read("x/site.toml");
    assert!(toml.starts_with(&scaffold_toml), "{toml}");
    assert!(toml.contains("\n[lint.facts]\n"), "{toml}");
    assert!(toml.contains("\ndpo_designated = true\n"), "{toml}");
    assert!(toml.contains("\nconsent_basis = false\n"), "{toml}");

    let after = lint(&tmp);
    assert!(
        findings(&after, "lint.missing-fact").is_empty(),
        "{after:#}"
    );
    // The DPO rule now runs, and the scaffold names no DPO's contact details.
    let dpo = findings(&after, "gdpr.dpo.contact");
    assert_eq!(dpo.len(), 2, "one per language: {after:#}");
    assert_eq!(dpo[0]["severity"], "error");
    let row = row(&tmp, "content/privacy.md", "gdpr.dpo.contact");
    assert_eq!(row["status"], "finding", "{row:#}");
    // A rule an answer "no" rules out is still not run, and not asked for.
    assert!(findings(&after, "gdpr.rights.object.direct-marketing").is_empty());
}

#[test]
fn answers_piped_to_stdin_are_recorded_in_order() {
    let tmp = new_site();
    let asked = asked_facts(&lint(&tmp));
    // One line per question, as asked: skip `consent_basis`, answer the rest.
    let input: String = asked
        .iter()
        .map(|f| match f.as_str() {
            "consent_basis" => "\n".to_string(),
            f if answer(f) => "y\n".to_string(),
            _ => "no\n".to_string(),
        })
        .collect();
    let run = tmp.run_stdin(&["facts", "--root", "x", "--stdin"], &input);
    run.expect(0);
    assert!(
        run.stderr
            .contains("dpo_designated: Have you designated a data protection officer?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Not answered: consent_basis"),
        "{}",
        run.stderr
    );
    let toml = tmp.read("x/site.toml");
    assert!(toml.contains("\ndpo_designated = true\n"), "{toml}");
    assert!(!toml.contains("consent_basis"), "{toml}");

    // Only the skipped fact is still asked for, with the rule waiting for
    // it, where the text does not reveal it (the German policy).
    let after = lint(&tmp);
    let infos = findings(&after, "lint.missing-fact");
    assert_eq!(infos.len(), 1, "{after:#}");
    assert_eq!(infos[0]["file"], "x/content/privacy.de.md");
    for info in infos {
        assert_eq!(
            info["message"],
            "1 fact(s) not declared; the rules that depend on them did not run:\n- `consent_basis`: Do you rely on consent for any processing? (gdpr.rights.withdraw-consent)"
        );
    }
    assert_eq!(findings(&after, "gdpr.dpo.contact").len(), 2, "{after:#}");
}

#[test]
fn a_piped_line_that_is_no_answer_records_nothing() {
    let tmp = new_site();
    let toml = tmp.read("x/site.toml");
    let run = tmp.run_stdin(&["facts", "--root", "x", "--stdin"], "y\nperhaps\n");
    run.expect(2);
    assert!(
        run.stderr.contains("(standard input):2:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not an answer"), "{}", run.stderr);
    assert_eq!(tmp.read("x/site.toml"), toml);
}

#[test]
fn charter_facts_keeps_site_toml_comments_and_order() {
    let tmp = new_site();
    let head = "# Our legal centre.\ntitle = \"Legal\" # shown in the header\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"de\"]\n\n";
    let lint_table = "[lint]\n# Decided with legal, May 2025.\nfacts = { consent_basis = false, transfers_outside_eea = false } # see the DPA\nnotice_period_days = 30\n";
    let tail = "\n# Theme last.\n[markdown]\nsmart_punctuation = false\n";
    tmp.write("x/site.toml", format!("{head}{lint_table}{tail}"));

    let run = tmp.run(&[
        "facts",
        "--root",
        "x",
        "--set",
        "consent_basis=yes",
        "--set",
        "dpo_designated=no",
    ]);
    run.expect(0);
    let expected = format!(
        "{head}[lint]\n# Decided with legal, May 2025.\nfacts = {{ consent_basis = true, transfers_outside_eea = false, dpo_designated = false }} # see the DPA\nnotice_period_days = 30\n{tail}"
    );
    assert_eq!(tmp.read("x/site.toml"), expected);
    let v = lint(&tmp);
    // consent_basis = yes: the right to withdraw consent is checked (the
    // scaffold states it) and no longer asked for.
    for info in findings(&v, "lint.missing-fact") {
        let asked = listed_facts(info["message"].as_str().unwrap());
        for f in ["consent_basis", "dpo_designated", "transfers_outside_eea"] {
            assert!(!asked.contains(&f.to_string()), "{info:#}");
        }
    }
    let withdraw = row(
        &tmp,
        "content/privacy.de.md",
        "gdpr.rights.withdraw-consent",
    );
    assert_eq!(withdraw["status"], "met", "{withdraw:#}");
}

#[test]
fn a_mistyped_fact_is_refused_with_a_suggestion() {
    let tmp = new_site();
    let toml = tmp.read("x/site.toml");
    let run: Run = tmp.run(&["facts", "--root", "x", "--set", "consnt_basis=yes"]);
    run.expect(2);
    assert!(
        run.stderr.contains("did you mean `consent_basis`?"),
        "{}",
        run.stderr
    );
    let run = tmp.run(&["facts", "--root", "x", "--set", "consent_basis=maybe"]);
    run.expect(2);
    assert!(run.stderr.contains("use yes or no"), "{}", run.stderr);
    assert_eq!(tmp.read("x/site.toml"), toml);
}
