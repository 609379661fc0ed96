//! The regional packs (uk-gdpr, ccpa with CalOPPA, lgpd), fixture by
//! fixture: a compliant policy per pack and language produces no finding;
//! taking out one tagged passage produces exactly that rule's finding and no
//! other. Rule ids are asserted, and one snapshot records where each
//! finding points (rule, severity, line, column); the human output of one
//! case is snapshotted (the GDPR fixtures show the other ways a finding is
//! drawn, `rule_fixtures::HUMAN`).
//!
//! The fixtures (`tests/fixtures/packs/<pack>/<lang>.md`) tag each passage a
//! rule looks for with `<!-- rule.id -->` at the end of its line. A uk-gdpr
//! document also runs the shared gdpr rules, so the UK fixture tags those too.

// The same one-document site, lint run and tag reading as the GDPR fixtures.
use crate::harness::{
    each_removal, lint_policy as lint, policy_site as site, tagged_line, tags, without_line,
};

/// (pack, language) of every fixture.
const FIXTURES: &[(&str, &str)] = &[
    ("uk-gdpr", "en"),
    ("ccpa", "en"),
    ("ccpa", "es"),
    ("lgpd", "pt"),
];

/// Rights rules, per pack: moving their passage to another section still
/// satisfies the GDPR rules (they point at the rights section but read the
/// whole document), not the CCPA and LGPD ones (still sectioned).
const SECTION_SCOPED: &[(&str, &[&str])] = &[
    (
        "uk-gdpr",
        &[
            "gdpr.rights.access",
            "gdpr.rights.erasure",
            "gdpr.rights.portability",
        ],
    ),
    (
        "ccpa",
        &[
            "ccpa.rights.know",
            "ccpa.rights.delete",
            "ccpa.rights.correct",
            "ccpa.rights.limit-sensitive",
            "ccpa.non-discrimination",
        ],
    ),
    (
        "lgpd",
        &[
            "lgpd.rights.confirmation",
            "lgpd.rights.access",
            "lgpd.rights.correction",
            "lgpd.rights.anonymisation",
            "lgpd.rights.portability",
            "lgpd.rights.deletion",
            "lgpd.rights.sharing-info",
            "lgpd.rights.refuse-consent",
            "lgpd.rights.revoke",
            "lgpd.rights.oppose",
        ],
    ),
];

/// Rules that need two things in one paragraph: (pack, language, rule whose
/// tagged line is replaced, passage with the keyword but not its partner,
/// where the partner may stand elsewhere in the document).
const PARTNERLESS: &[(&str, &str, &str, &str)] = &[
    // The ICO is named, but not where the complaint is.
    (
        "uk-gdpr",
        "en",
        "ukgdpr.authority.ico",
        "The Information Commissioner's Office (ICO) regulates data protection in the UK.",
    ),
    // A representative without any way to reach it.
    (
        "uk-gdpr",
        "en",
        "ukgdpr.representative.uk",
        "We have appointed a UK representative.",
    ),
    // Under 16, but nothing about selling or sharing their information.
    (
        "ccpa",
        "en",
        "ccpa.minors-16",
        "Our services are not directed to children under 16.",
    ),
    (
        "ccpa",
        "es",
        "ccpa.minors-16",
        "Nuestros servicios no están dirigidos a menores de 16 años.",
    ),
    // Collection in the past 12 months, but no category named.
    (
        "ccpa",
        "en",
        "ccpa.categories-collected",
        "In the preceding 12 months, we have collected personal information.",
    ),
    // Sensitive personal information, but not whether it is used beyond § 7027(m).
    (
        "ccpa",
        "en",
        "ccpa.spi-statement",
        "We collect sensitive personal information, namely your precise geolocation.",
    ),
    // Third parties collect, but nothing about over time or across sites.
    (
        "ccpa",
        "es",
        "caloppa.third-party-tracking",
        "Nuestros socios publicitarios pueden recopilar información cuando usted utiliza nuestros servicios.",
    ),
    // The ANPD is named for its clauses elsewhere; no petition to it.
    (
        "lgpd",
        "pt",
        "lgpd.rights.petition-anpd",
        "A ANPD fiscaliza o cumprimento da LGPD.",
    ),
    // The encarregado, without a contact.
    (
        "lgpd",
        "pt",
        "lgpd.encarregado",
        "Nomeamos uma encarregada pelo tratamento de dados pessoais.",
    ),
];

fn fixture(pack: &str, lang: &str) -> String {
    std::fs::read_to_string(
        crate::harness::repo().join(format!("tests/fixtures/packs/{pack}/{lang}.md")),
    )
    .unwrap()
}

/// The ids of the rules of a built-in pack.
fn pack_rules(pack: &str) -> Vec<String> {
    use charter::lint::pack::{BUILTIN, compile_pack};
    let name = format!("rules/{pack}.yaml");
    let (name, text) = BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("{name} is not built in"));
    compile_pack(&charter::diagnostic::SourceText::new(*name, *text))
        .unwrap()
        .into_iter()
        .map(|r| r.meta.id)
        .collect()
}

#[test]
fn compliant_regional_policies_pass() {
    for (pack, lang) in FIXTURES {
        let (ids, out) = lint(&site(lang, &fixture(pack, lang)));
        assert!(ids.is_empty(), "{pack}/{lang}: {out}");
    }
}

/// Removals that another sentence of the fixture still meets, by pack and
/// rule: statements count wherever they stand (topics are evidence, not
/// filters).
const MET_ELSEWHERE: &[(&str, &str)] = &[
    // "We use sensitive personal information, namely your precise
    // geolocation, to show you offers" ("Utilizamos información personal
    // confidencial … para mostrarle ofertas") says what it is used for.
    ("ccpa", "ccpa.purposes"),
    // "From the sign-in provider we receive these categories of personal
    // data" names the source too.
    ("uk-gdpr", "gdpr.source"),
    // "Our servers are hosted by Hetzner in Germany, and our emails are sent
    // by Postmark" names the recipients too.
    ("uk-gdpr", "gdpr.recipients"),
    // "We also keep server logs …; this is our legitimate interest" names a
    // basis too: the rule asks for the basis to be stated, it cannot tell
    // that one purpose lacks it.
    ("uk-gdpr", "gdpr.legal-basis"),
    // The separate objection notice ("you may object at any time …") grants
    // the right itself.
    ("uk-gdpr", "gdpr.rights.object"),
];

#[test]
fn each_missing_regional_passage_is_found() {
    let mut locations = String::new();
    for (pack, lang) in FIXTURES {
        let text = fixture(pack, lang);
        let rules = tags(&text);
        // Every rule of the pack has a passage in every language it reads.
        for id in pack_rules(pack) {
            assert!(rules.contains(&id), "{pack}/{lang}: no passage for {id}");
        }
        let met_elsewhere = |rule: &str| MET_ELSEWHERE.contains(&(*pack, rule));
        let case = format!("{pack}/{lang}");
        for (rule, linted) in each_removal(&case, lang, &text, met_elsewhere, |_| false) {
            locations.push_str(&linted.locations(&format!("{case} without {rule}")));
            // One regional case drawn in full: a CCPA right missing from
            // its rights section, in Spanish.
            if (*pack, *lang, rule.as_str()) == ("ccpa", "es", "ccpa.rights.delete") {
                insta::assert_snapshot!("ccpa.es.ccpa.rights.delete", linted.human);
            }
        }
    }
    insta::assert_snapshot!("each_missing_regional_passage.locations", locations);
}

/// A right granted to the reader counts wherever it is stated: topics are
/// evidence, not filters ("we delete logs after 30 days" is retention, not a
/// right to delete: tests/e2e/statements.rs).
#[test]
fn a_regional_right_outside_the_rights_section_still_counts() {
    for (pack, lang) in FIXTURES {
        let text = fixture(pack, lang);
        let scoped = SECTION_SCOPED
            .iter()
            .find(|(p, _)| p == pack)
            .map(|(_, r)| *r)
            .unwrap();
        for rule in scoped {
            let passage = tagged_line(&text, rule)
                .replace(&format!("<!-- {rule} -->"), "")
                .trim_start_matches("- ")
                .trim()
                .to_string();
            let moved = format!("{}\n{passage}\n", without_line(&text, rule));
            let (ids, out) = lint(&site(lang, &moved));
            if *pack != "uk-gdpr" {
                // The CCPA and LGPD packs still look only within their
                // `section: rights` (the GDPR rules point at it instead).
                assert_eq!(ids, [*rule], "{pack}/{lang}, {rule} moved:\n{out}");
            } else {
                assert!(
                    ids.is_empty(),
                    "{pack}/{lang}, {rule} moved to the last section:\n{out}"
                );
            }
        }
    }
}

/// A keyword without its partner in the same paragraph does not count, even
/// when the partner appears elsewhere in the document.
#[test]
fn a_regional_keyword_without_its_partner_does_not_count() {
    for (pack, lang) in FIXTURES {
        assert!(
            PARTNERLESS.iter().any(|c| c.0 == *pack && c.1 == *lang),
            "{pack}/{lang} has no paragraph-scoped case"
        );
    }
    for (pack, lang, rule, passage) in PARTNERLESS {
        let text = fixture(pack, lang);
        let changed = text.replacen(tagged_line(&text, rule), passage, 1);
        let (ids, out) = lint(&site(lang, &changed));
        assert_eq!(ids, [*rule], "{pack}/{lang} with {passage:?}:\n{out}");
    }
}

/// Which packs run comes from the document's jurisdictions: the CCPA fixture
/// under `jurisdictions: [gdpr]` raises GDPR findings and no CCPA one, and a
/// CalOPPA-only document runs only the caloppa rules.
#[test]
fn regional_packs_run_only_for_their_jurisdictions() {
    let ccpa = fixture("ccpa", "en");
    let (ids, out) = lint(&site(
        "en",
        &ccpa.replacen("jurisdictions: [ccpa]", "jurisdictions: [gdpr]", 1),
    ));
    assert!(
        ids.iter()
            .all(|i| !i.starts_with("ccpa.") && !i.starts_with("caloppa.")),
        "{out}"
    );
    assert!(ids.iter().any(|i| i.starts_with("gdpr.")), "{out}");

    let caloppa_only = ccpa.replacen("jurisdictions: [ccpa]", "jurisdictions: [caloppa]", 1);
    let without = without_line(&without_line(&caloppa_only, "caloppa.dnt"), "ccpa.contact");
    let (ids, out) = lint(&site("en", &without));
    assert_eq!(ids, ["caloppa.dnt"], "{out}");
}

/// Statements that count, or not, by what they say rather than a keyword.
#[test]
fn regional_statements_count_by_their_meaning() {
    // A business that neither sells nor shares has no opt-out to explain:
    // saying so answers the opt-out right and the opt-out preference signals.
    let ccpa = fixture("ccpa", "en");
    let seller = tagged_line(&ccpa, "ccpa.sale-sharing");
    let no_seller = without_line(
        &without_line(&ccpa, "ccpa.rights.opt-out"),
        "ccpa.opt-out-signal",
    )
    .replacen("shares_pi: true", "shares_pi: false", 1)
    .replacen(
        seller,
        "We do not sell or share personal information, and we have not done so in the preceding 12 months.",
        1,
    );
    let (ids, out) = lint(&site("en", &no_seller));
    assert!(ids.is_empty(), "{out}");

    // The EU standard contractual clauses alone do not cover transfers from the UK.
    let uk = fixture("uk-gdpr", "en");
    let eu_only = uk.replacen(
        tagged_line(&uk, "ukgdpr.transfers.uk-mechanism"),
        "Postmark sends our emails from the United States; for these transfers we rely on the EU standard contractual clauses.",
        1,
    );
    let (ids, out) = lint(&site("en", &eu_only));
    assert_eq!(ids, ["ukgdpr.transfers.uk-mechanism"], "{out}");

    // A complaint to the ICO is not a complaint to the organisation.
    let ico_only = without_line(&uk, "ukgdpr.complaints.controller");
    let (ids, out) = lint(&site("en", &ico_only));
    assert_eq!(ids, ["ukgdpr.complaints.controller"], "{out}");
}
