//! Facts the text reveals (`rules/facts.yaml`): a conditional rule runs on a
//! fact the policy does not declare but its text reveals, says so where it
//! fires, and a declared fact always wins.

use serde_json::Value;

use crate::harness::{Site, findings};

/// A GDPR policy that meets every unconditional requirement, with `facts`
/// as front-matter lines and `extra` as one more paragraph.
fn site(facts: &str, extra: &str) -> Site {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = \"Fixture\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\n",
    );
    site.write(
        "content/privacy.md",
        format!(
            "---\ntitle: Privacy\ndescription: How we handle data\nkind: privacy-policy\nupdated: 2026-10-01\neffective: 2026-11-01\nversion: '1.0'\njurisdictions: [gdpr]\ncontact: privacy@example.com\nsubprocessors: []\n{facts}---\n# Privacy\n\n\
The controller is Example Ltd., 1 Example Street, 10115 Berlin (privacy@example.com).\n\n\
We use your email address to send you the newsletter you subscribed to.\n\n\
We process your account data on the basis of the contract with you (Art. 6(1)(b) GDPR).\n\n\
We share data with our hosting provider, which processes it on our behalf.\n\n\
We delete your account data 30 days after you close your account.\n\n\
{extra}\n\n\
## Your rights\n\n\
You have the right to access your data, to have inaccurate data corrected, to have your data erased, \
to restrict processing, to data portability and to object to processing based on your particular situation.\n\n\
You may lodge a complaint with a supervisory authority.\n\n\
We answer requests within one month.\n"
        ),
    );
    site
}

fn lint(site: &Site) -> (Option<i32>, Value) {
    let run = site.run(&["lint", "--now", "2026-12-03", "--format", "json"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let v = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (run.code, v)
}

/// The `lint.missing-fact` info that asks for `fact`, if any: one per
/// document lists every fact, a line each.
fn asks_for<'v>(v: &'v Value, fact: &str) -> Option<&'v Value> {
    findings(v, "lint.missing-fact").into_iter().find(|d| {
        d["message"]
            .as_str()
            .unwrap()
            .lines()
            .any(|l| l.starts_with(&format!("- `{fact}`: ")))
    })
}

/// The compliance matrices, as `charter lint --evidence --format json` prints them.
fn evidence_json(site: &Site) -> Value {
    let run = site.run(&[
        "lint",
        "--now",
        "2026-12-03",
        "--evidence",
        "--format",
        "json",
    ]);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// The row of `rule` in the first document's matrix.
fn matrix_row<'v>(v: &'v Value, rule: &str) -> &'v Value {
    v[0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == rule)
        .unwrap_or_else(|| panic!("no row for {rule}: {v:#}"))
}

/// The 1-based line of the policy that is `text`.
fn line_of(site: &Site, text: &str) -> usize {
    site.read("content/privacy.md")
        .lines()
        .position(|l| l == text)
        .unwrap()
        + 1
}

const NAMES_DPO: &str = "We have appointed a data protection officer.";

#[test]
fn a_policy_that_names_its_dpo_needs_the_dpos_contact_details() {
    let site = site("", NAMES_DPO);
    let (code, v) = lint(&site);
    assert_eq!(code, Some(1), "{v:#}");
    let dpo = findings(&v, "gdpr.dpo.contact");
    assert_eq!(dpo.len(), 1, "{v:#}");
    // The finding says which statement revealed the fact.
    let line = line_of(&site, NAMES_DPO);
    let help = dpo[0]["help"].as_str().unwrap();
    assert!(
        help.contains(&format!(
            "`facts.dpo_designated` is inferred from line {line}: «{NAMES_DPO}»"
        )),
        "{help}"
    );
    // The fact is no longer asked for; the others still are.
    assert!(asks_for(&v, "dpo_designated").is_none(), "{v:#}");
    assert!(asks_for(&v, "transfers_outside_eea").is_some(), "{v:#}");

    // The human format shows it too, at the statement.
    let human = site.run(&["lint", "--now", "2026-12-03"]);
    assert!(
        human.stdout.contains("reveals `facts.dpo_designated`"),
        "{}",
        human.stdout
    );

    // With the contact details the rule is met, on the same inference.
    let site = self::site(
        "",
        "You can reach our data protection officer at dpo@example.com.",
    );
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_none(), "{v:#}");
}

/// Several supervisory authorities are called a "Data Protection Office"
/// (Poland's, Ghana's): naming one, to complain to it, reveals no DPO.
#[test]
fn a_data_protection_office_is_no_data_protection_officer() {
    let site = site(
        "",
        "You may also complain to the President of the Personal Data Protection Office in Warsaw.",
    );
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_some(), "{v:#}");
}

#[test]
fn a_declared_fact_wins_over_the_text() {
    let site = site("facts: { dpo_designated: false }\n", NAMES_DPO);
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_none(), "{v:#}");
    // Declared for the whole site, likewise.
    let site = self::site("", NAMES_DPO);
    site.write(
        "site.toml",
        site.read("site.toml") + "\n[lint]\nfacts = { dpo_designated = false }\n",
    );
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_none(), "{v:#}");
}

#[test]
fn consent_cited_as_a_basis_needs_the_right_to_withdraw_it() {
    let cites = "We send the newsletter on the basis of your consent (Art. 6(1)(a) GDPR).";
    let site = site("", cites);
    let (code, v) = lint(&site);
    assert_eq!(code, Some(1), "{v:#}");
    let withdraw = findings(&v, "gdpr.rights.withdraw-consent");
    assert_eq!(withdraw.len(), 1, "{v:#}");
    assert!(
        withdraw[0]["help"]
            .as_str()
            .unwrap()
            .contains("`facts.consent_basis` is inferred from line"),
        "{v:#}"
    );
    assert!(asks_for(&v, "consent_basis").is_none(), "{v:#}");
    // gdpr.children.consent-age also needs `offers_to_children`, which the
    // text does not reveal: still asked for.
    assert!(asks_for(&v, "offers_to_children").is_some(), "{v:#}");

    // Stating the right meets the rule.
    let site = self::site(
        "",
        &format!("{cites} You can withdraw your consent at any time."),
    );
    let (_, v) = lint(&site);
    assert!(
        findings(&v, "gdpr.rights.withdraw-consent").is_empty(),
        "{v:#}"
    );
}

#[test]
fn a_policy_that_never_mentions_a_dpo_is_still_asked() {
    let site = site("", "We keep your data safe.");
    let (code, v) = lint(&site);
    assert_eq!(code, Some(0), "{v:#}");
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    let asks = asks_for(&v, "dpo_designated").expect("still asked for");
    assert_eq!(asks["severity"], "info");
    assert!(
        asks["message"]
            .as_str()
            .unwrap()
            .contains("gdpr.dpo.contact"),
        "{asks:#}"
    );
    // A policy that says it has none is not taken to have one.
    let site = self::site("", "We have not appointed a data protection officer.");
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_some(), "{v:#}");
}

#[test]
fn evidence_shows_the_inferred_facts_with_their_statement() {
    let site = site("", NAMES_DPO);
    let line = line_of(&site, NAMES_DPO);
    let human = site.run(&["lint", "--now", "2026-12-03", "--evidence"]);
    assert!(
        human.stdout.contains(&format!(
            "  fact dpo_designated = true (inferred)  content/privacy.md:{line}  \"{NAMES_DPO}\"\n"
        )),
        "{}",
        human.stdout
    );
    let row = human
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("gdpr.dpo.contact "))
        .unwrap();
    assert!(row.contains("MISSING"), "{row}");
    assert!(
        row.ends_with("[runs on inferred facts.dpo_designated]"),
        "{row}"
    );

    let v = evidence_json(&site);
    assert_eq!(
        v[0]["inferred_facts"],
        serde_json::json!([{"fact": "dpo_designated", "value": true, "line": line, "quote": NAMES_DPO}])
    );
    let row = matrix_row(&v, "gdpr.dpo.contact");
    assert_eq!(row["status"], "finding");
    assert_eq!(row["inferred_facts"], serde_json::json!(["dpo_designated"]));
    // A row that ran on declared facts only has no such field.
    let access = matrix_row(&v, "gdpr.rights.access");
    assert!(access.get("inferred_facts").is_none(), "{access:#}");

    // Declared, the fact is not listed as inferred.
    let site = self::site("facts: { dpo_designated: true }\n", NAMES_DPO);
    let v = evidence_json(&site);
    assert!(v[0].get("inferred_facts").is_none(), "{v:#}");
}

#[test]
fn explain_says_which_statements_reveal_a_rules_facts() {
    let site = Site::empty();
    let run = site.run(&["explain", "gdpr.dpo.contact"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Undeclared, `facts.dpo_designated` is inferred true from a statement that carries dpo@own + contact_detail; or dpo@own + !negation + !controller; or dpo@term + !negation + !controller; or dpo@heading + dpo@near + contact_detail@own + !negation + !controller (rules/facts.yaml)"
        ),
        "{}",
        run.stdout
    );
    // A fact no statement reveals is not said to be inferred.
    let run = site.run(&["explain", "gdpr.transfers"]);
    assert!(!run.stdout.contains("is inferred true"), "{}", run.stdout);
    // The engine's own rule says how facts are found.
    let run = site.run(&["explain", "lint.missing-fact"]);
    assert!(run.stdout.contains("rules/facts.yaml"), "{}", run.stdout);
}

/// A heading that names the DPO over an address block of its own reveals
/// the DPO, and the block is its contact (session 30, helper classes-z);
/// a block under it that says there is none reveals nothing.
#[test]
fn a_dpo_heading_over_an_address_block_names_the_dpo() {
    let block = "## Data protection officer\n\nJane Doe\n2 Harbour Street\n10115 Berlin";
    let site = site("", block);
    let (_, v) = lint(&site);
    assert!(findings(&v, "gdpr.dpo.contact").is_empty(), "{v:#}");
    assert!(asks_for(&v, "dpo_designated").is_none(), "{v:#}");
    let v = evidence_json(&site);
    let row = matrix_row(&v, "gdpr.dpo.contact");
    assert_eq!(row["status"], "met", "{row:#}");
    assert_eq!(row["inferred_facts"], serde_json::json!(["dpo_designated"]));
    for none in [
        "## Data protection officer\n\nWe have not appointed one; write to privacy@example.com.",
        "## Data protection officer\n\nWe have not appointed one. Questions go to privacy@example.com.",
        "## Controller and data protection officer\n\nExample Ltd.\n2 Harbour Street\n10115 Berlin",
    ] {
        let site = self::site("", none);
        let (_, v) = lint(&site);
        assert!(asks_for(&v, "dpo_designated").is_some(), "{none}: {v:#}");
    }
}
