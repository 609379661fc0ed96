//! The statement engine end to end: rights and retention stated the way
//! real policies state them (under headings that never say "rights", in
//! bold lead-ins, as inflected verbs and nouns in other languages) meet
//! their rules; the same words used for something else, or another
//! jurisdiction's part, do not.
//!
//! Every policy here is written for this file. Each case asserts exact
//! rule ids: the rule is met with the statement, and fires without it or
//! with only a decoy left.

use crate::harness::{Site, lint_checked};

/// A one-document site in `lang` whose privacy policy, for
/// `jurisdictions`, has `body` as its text.
fn site(lang: &str, jurisdictions: &str, body: &str) -> Site {
    let site = Site::empty();
    site.write(
        "site.toml",
        format!(
            "title = \"Statements\"\nbase_url = \"https://legal.example.com\"\n\
             default_language = \"{lang}\"\n\n[organization]\nname = \"Example Ltd.\"\n\
             contact_email = \"privacy@example.com\"\naddress = \"1 Example Street, 10115 Berlin\"\n"
        ),
    );
    site.write(
        "content/privacy.md",
        format!(
            "---\ntitle: Privacy Policy\ndescription: How we process personal data.\n\
             kind: privacy-policy\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: \"1.0\"\n\
             jurisdictions: [{jurisdictions}]\n---\n\n{body}"
        ),
    );
    site
}

/// The rule ids (errors and warnings) reported on the privacy policy,
/// linted in process.
fn fired_on(site: &Site) -> Vec<String> {
    let mut ids: Vec<String> = lint_checked(site)
        .diagnostics()
        .iter()
        .filter(|d| d["severity"] != "info" && d["file"] == "content/privacy.md")
        .map(|d| d["rule"].as_str().expect("rule id").to_string())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Lints `body` as a policy in `lang` for `jurisdictions`.
pub(crate) fn fired(lang: &str, jurisdictions: &str, body: &str) -> Vec<String> {
    fired_on(&site(lang, jurisdictions, body))
}

/// Whether `rule` fires (as an error or warning) on the privacy policy
/// `body`, in `lang`, for `jurisdictions`.
pub(crate) fn fires(lang: &str, jurisdictions: &str, body: &str, rule: &str) -> bool {
    fired(lang, jurisdictions, body).iter().any(|r| r == rule)
}

/// The class tests' two halves: `met`, a policy stating the requirement
/// the way published policies do, meets `rule`; `decoy`, the same words
/// said of something else or the statement left out, does not.
pub(crate) fn assert_met_but_not_by(
    lang: &str,
    jurisdictions: &str,
    rule: &str,
    met: &str,
    decoy: &str,
) {
    assert!(
        !fires(lang, jurisdictions, met, rule),
        "{lang}: {rule} fired although the policy states it\n{met}"
    );
    assert!(
        fires(lang, jurisdictions, decoy, rule),
        "{lang}: {rule} met by the decoy\n{decoy}"
    );
}

fn assert_met(fired: &[String], rule: &str, case: &str, body: &str) {
    assert!(
        !fired.iter().any(|r| r == rule),
        "{case}: {rule} fired although the policy states it\n{fired:?}\n--- policy\n{body}"
    );
}

fn assert_fires(fired: &[String], rule: &str, case: &str, body: &str) {
    assert!(
        fired.iter().any(|r| r == rule),
        "{case}: {rule} did not fire although the policy does not state it\n{fired:?}\n--- policy\n{body}"
    );
}

/// `text` without the line `line`, which it must contain.
fn without(text: &str, line: &str) -> String {
    assert!(
        text.lines().any(|l| l == line),
        "the policy has no line {line:?}"
    );
    text.lines()
        .filter(|l| *l != line)
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `text` with `from` replaced by `to`; `from` must be in it.
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the policy has no {from:?}");
    text.replacen(from, to, 1)
}

// --- 1. Two jurisdiction sections ----------------------------------------

const TWO_PARTS: &str = "\
## What EU and EEA users can do (GDPR)

**Your choices.** Under the GDPR you can ask us to:

- give you a copy of the data we hold about you;
- correct inaccurate details;
- delete your personal data;
- restrict how we use your data;
- send your data to another provider in a machine-readable format;
- stop processing your data on grounds relating to your particular situation.

You may also lodge a complaint with your supervisory authority.

We keep invoices with your billing data for 10 years.

## Notice to California residents

**Right to delete.** You may ask us to delete the personal information we collected from you.

**Right to know.** You may request the specific pieces of personal information we hold.

**Right to correct.** You may ask us to correct inaccurate personal information.

We keep the personal information in support tickets for 2 years.
";

const GDPR_ERASE: &str = "- delete your personal data;";
const GDPR_CORRECT: &str = "- correct inaccurate details;";
const GDPR_KEEP: &str = "We keep invoices with your billing data for 10 years.";
const CCPA_DELETE: &str =
    "**Right to delete.** You may ask us to delete the personal information we collected from you.";
const CCPA_CORRECT: &str =
    "**Right to correct.** You may ask us to correct inaccurate personal information.";
const CCPA_KEEP: &str = "We keep the personal information in support tickets for 2 years.";

#[test]
fn a_statement_in_one_jurisdictions_part_does_not_meet_anothers_rule() {
    let rules = [
        "gdpr.rights.erasure",
        "gdpr.rights.rectification",
        "gdpr.retention",
        "ccpa.rights.delete",
        "ccpa.rights.correct",
        "ccpa.retention",
    ];
    let all = fired("en", "gdpr, ccpa", TWO_PARTS);
    for rule in rules {
        assert_met(&all, rule, "both parts complete", TWO_PARTS);
    }
    // (line taken out of one part, the rule that must now fire, the rule of
    // the other jurisdiction whose statement is still there and must stay met)
    let cases = [
        (GDPR_ERASE, "gdpr.rights.erasure", "ccpa.rights.delete"),
        (
            GDPR_CORRECT,
            "gdpr.rights.rectification",
            "ccpa.rights.correct",
        ),
        (GDPR_KEEP, "gdpr.retention", "ccpa.retention"),
        (CCPA_DELETE, "ccpa.rights.delete", "gdpr.rights.erasure"),
        (
            CCPA_CORRECT,
            "ccpa.rights.correct",
            "gdpr.rights.rectification",
        ),
        (CCPA_KEEP, "ccpa.retention", "gdpr.retention"),
    ];
    for (line, missing, other) in cases {
        let body = without(TWO_PARTS, line);
        let ids = fired("en", "gdpr, ccpa", &body);
        let case = format!("without {line:?}");
        assert_fires(&ids, missing, &case, &body);
        assert_met(&ids, other, &case, &body);
    }
}

/// A general rights section (named for no jurisdiction) and a part for
/// California residents whose heading does not say "rights": the CCPA's
/// rules read that part as the CCPA's rights section, and the GDPR's rules
/// still do not.
#[test]
fn a_california_part_after_general_rights_is_the_ccpas_section() {
    let body = "## Your rights\n\nYou have the right to access your personal data.\n\n\
                ## California residents\n\nIf you live in California, you have the right to \
                request that we delete your personal information.\n";
    let ids = fired("en", "gdpr, ccpa", body);
    assert_met(&ids, "ccpa.rights.delete", "California part", body);
    assert_fires(&ids, "gdpr.rights.erasure", "California part", body);
    let decoy = body.replace("we delete your", "we tell you which categories of");
    let ids = fired("en", "gdpr, ccpa", &decoy);
    assert_fires(&ids, "ccpa.rights.delete", "California part, decoy", &decoy);
}

// --- 2. Rights under a heading that never says "rights" -------------------

#[test]
fn a_right_under_a_heading_that_does_not_say_rights_is_met() {
    // (language, policy, the statement of erasure, a decoy in its place)
    let cases = [
        (
            "en",
            "## Control over your information\n\n\
             You can ask us to show you which data we hold about you.\n\n\
             ### Deletion\n\n\
             We will remove your data if you ask us to.\n",
            "We will remove your data if you ask us to.",
            "We delete server logs after 14 days.",
        ),
        (
            "de",
            "## Was Sie selbst in der Hand haben\n\n\
             Sie können Auskunft über Ihre bei uns gespeicherten Daten erhalten.\n\n\
             ### Löschung\n\n\
             Auf Ihren Wunsch löschen wir Ihre Daten.\n",
            "Auf Ihren Wunsch löschen wir Ihre Daten.",
            "Serverprotokolle löschen wir nach 14 Tagen.",
        ),
        (
            "fr",
            "## Ce que vous pouvez faire\n\n\
             Vous pouvez obtenir une copie de vos données.\n\n\
             ### Effacement\n\n\
             Si vous nous le demandez, nous effaçons vos données.\n",
            "Si vous nous le demandez, nous effaçons vos données.",
            "Nous effaçons les journaux du serveur après 14 jours.",
        ),
    ];
    for (lang, body, erasure, decoy) in cases {
        let ids = fired(lang, "gdpr", body);
        assert_met(&ids, "gdpr.rights.erasure", lang, body);
        assert_met(&ids, "gdpr.rights.access", lang, body);

        // The heading alone ("Deletion", "Löschung") states no right: with
        // only a deletion period under it, the right is missing.
        let decoyed = replaced(body, erasure, decoy);
        let ids = fired(lang, "gdpr", &decoyed);
        let case = format!("{lang} with only {decoy:?}");
        assert_fires(&ids, "gdpr.rights.erasure", &case, &decoyed);
        assert_met(&ids, "gdpr.retention", &case, &decoyed);
        assert_met(&ids, "gdpr.rights.access", &case, &decoyed);

        let removed = without(body, erasure);
        let ids = fired(lang, "gdpr", &removed);
        assert_fires(
            &ids,
            "gdpr.rights.erasure",
            &format!("{lang} without it"),
            &removed,
        );
    }
}

// --- 3. Bold lead-ins and the lists they introduce -----------------------

const LEAD_IN_EN: &str = "\
## How we handle your account

We use your account data to run the service.

**Your rights.** You can ask us to:

- show you a copy of your data;
- fix details that are inaccurate;
- erase your data;
- restrict how we process your data;
- hand your data to another provider in a machine-readable format;
- stop processing your data on the grounds of your particular situation.

**Complaints.** You may lodge a complaint with a supervisory authority.
";

const LEAD_IN_DE: &str = "\
## Ihr Konto

Wir verwenden Ihre Kontodaten, um den Dienst zu betreiben.

**Ihre Rechte.** Sie können von uns verlangen,

- Ihnen eine Kopie Ihrer Daten zu geben;
- unrichtige Angaben zu berichtigen;
- Ihre Daten zu löschen;
- die Verarbeitung Ihrer Daten zu beschränken;
- Ihre Daten in einem maschinenlesbaren Format an einen anderen Anbieter zu übermitteln;
- die Verarbeitung aus Gründen Ihrer besonderen Situation zu beenden.

**Beschwerden.** Sie können sich bei einer Aufsichtsbehörde beschweren.
";

/// The rights rules of the GDPR pack (also read by `probes`).
pub(crate) const RIGHTS: [&str; 7] = [
    "gdpr.rights.access",
    "gdpr.rights.rectification",
    "gdpr.rights.erasure",
    "gdpr.rights.restriction",
    "gdpr.rights.portability",
    "gdpr.rights.object",
    "gdpr.rights.complaint",
];

#[test]
fn a_bold_lead_in_grants_each_right_of_its_list() {
    let cases = [
        (
            "en",
            LEAD_IN_EN,
            [
                ("- show you a copy of your data;", "gdpr.rights.access"),
                (
                    "- fix details that are inaccurate;",
                    "gdpr.rights.rectification",
                ),
                ("- erase your data;", "gdpr.rights.erasure"),
                (
                    "- restrict how we process your data;",
                    "gdpr.rights.restriction",
                ),
                (
                    "- hand your data to another provider in a machine-readable format;",
                    "gdpr.rights.portability",
                ),
                (
                    "- stop processing your data on the grounds of your particular situation.",
                    "gdpr.rights.object",
                ),
            ],
        ),
        (
            "de",
            LEAD_IN_DE,
            [
                (
                    "- Ihnen eine Kopie Ihrer Daten zu geben;",
                    "gdpr.rights.access",
                ),
                (
                    "- unrichtige Angaben zu berichtigen;",
                    "gdpr.rights.rectification",
                ),
                ("- Ihre Daten zu löschen;", "gdpr.rights.erasure"),
                (
                    "- die Verarbeitung Ihrer Daten zu beschränken;",
                    "gdpr.rights.restriction",
                ),
                (
                    "- Ihre Daten in einem maschinenlesbaren Format an einen anderen Anbieter zu übermitteln;",
                    "gdpr.rights.portability",
                ),
                (
                    "- die Verarbeitung aus Gründen Ihrer besonderen Situation zu beenden.",
                    "gdpr.rights.object",
                ),
            ],
        ),
    ];
    for (lang, body, items) in cases {
        let all = fired(lang, "gdpr", body);
        for rule in RIGHTS {
            assert_met(&all, rule, lang, body);
        }
        for (item, rule) in items {
            let body = without(body, item);
            let ids = fired(lang, "gdpr", &body);
            let rights: Vec<&String> = ids
                .iter()
                .filter(|r| RIGHTS.contains(&r.as_str()))
                .collect();
            assert_eq!(
                rights,
                [rule],
                "{lang} without {item:?}: exactly {rule} must fire\n--- policy\n{body}"
            );
            // Nothing else changed either.
            let new: Vec<&String> = ids.iter().filter(|r| !all.contains(r)).collect();
            assert_eq!(new, [rule], "{lang} without {item:?}\n--- policy\n{body}");
        }
    }
}

/// A policy whose headings have no heading markup: its sections are
/// titled by `{heading}` lines (see `a_heading_without_markup_ends_the_bold_label_before_it`).
const PLAIN_HEADINGS_EN: &str = "\
{one}

Example Ltd., 1 Example Street, Dublin, privacy@example.com, is responsible for your data.

{two}

**Access**

You can ask for a copy of the data we hold about you.

**Complaints**

You can complain to the Data Protection Commission.

{three}

Our hosting provider Hetzner Online GmbH receives your data.
";

#[test]
fn a_heading_without_markup_ends_the_bold_label_before_it() {
    // Texts converted from a word processor or HTML title their sections
    // with numbered lines, capitals or HTML headings. Read as a paragraph,
    // such a line left the bold "Complaints" label over everything after
    // it, and `gdpr.recipients`, which a complaint does not meet, read the
    // hosting sentence as part of the complaints.
    let styles = [
        (
            "1. WHO WE ARE",
            "2. YOUR RIGHTS",
            "3. WHO RECEIVES YOUR DATA",
        ),
        ("WHO WE ARE", "YOUR RIGHTS", "WHO RECEIVES YOUR DATA"),
        (
            "1. Who we are",
            "2. Your rights",
            "3.1 Who receives your data",
        ),
        (
            "<h2>Who we are</h2>",
            "<h2>Your rights</h2>",
            "<h2>Who receives your data</h2>",
        ),
        ("Who we are", "Your rights", "Who receives your data?"),
    ];
    for (one, two, three) in styles {
        let body = PLAIN_HEADINGS_EN
            .replace("{one}", one)
            .replace("{two}", two)
            .replace("{three}", three);
        let all = fired("en", "gdpr", &body);
        assert_met(&all, "gdpr.recipients", three, &body);
        assert_met(&all, "gdpr.controller.identity", one, &body);
        assert_met(&all, "gdpr.rights.access", two, &body);
        assert_met(&all, "gdpr.rights.complaint", two, &body);
        // The rule still fires when the sentence is gone.
        let body = without(
            &body,
            "Our hosting provider Hetzner Online GmbH receives your data.",
        );
        assert_fires(&fired("en", "gdpr", &body), "gdpr.recipients", three, &body);
    }
}

#[test]
fn california_notices_in_plain_words_meet_their_rules() {
    // How small apps word the CalOPPA change process and the CCPA right not
    // to be discriminated against: posting the new version and e-mailing
    // the reader; not treating the reader differently.
    let body = "## Your California privacy rights\n\n\
                If you live in California, you can ask us to delete your personal information.\n\n\
                We will not treat you differently for using these rights.\n\n\
                ## Changes\n\n\
                When we change this notice we post the new version here and update the date at the top; for material changes we email you.\n";
    let all = fired("en", "ccpa", body);
    assert_met(&all, "ccpa.non-discrimination", "treat differently", body);
    assert_met(&all, "caloppa.change-process", "post and email", body);
    for (line, rule) in [
        (
            "We will not treat you differently for using these rights.",
            "ccpa.non-discrimination",
        ),
        (
            "When we change this notice we post the new version here and update the date at the top; for material changes we email you.",
            "caloppa.change-process",
        ),
    ] {
        let body = without(body, line);
        assert_fires(&fired("en", "ccpa", &body), rule, line, &body);
    }
}

// --- 4. Decoys: a rule's words used for something else --------------------

#[test]
fn a_rules_words_used_for_something_else_do_not_meet_it() {
    // (rule, decoy paragraphs, the statement that does meet the rule)
    let cases = [
        (
            "gdpr.retention",
            "## Prices\n\nWe retain the right to change prices.\n\n\
             We retain the right to change prices at 30 days' notice.\n",
            "We keep the personal data of your orders for 6 years.",
        ),
        (
            "gdpr.rights.access",
            "## Your rights\n\nAccess to our office requires a badge.\n\n\
             You can ask us to delete your data.\n",
            "You have the right to access the data we hold about you.",
        ),
        (
            "gdpr.rights.complaint",
            "## Contact\n\nComplaints about a delivery go to customer service. \
             We are registered with the ICO under number Z1234567.\n",
            "You may lodge a complaint with a supervisory authority.",
        ),
    ];
    for (rule, decoy, statement) in cases {
        let ids = fired("en", "gdpr", decoy);
        assert_fires(&ids, rule, "decoy only", decoy);
        let body = format!("{decoy}\n{statement}\n");
        let ids = fired("en", "gdpr", &body);
        assert_met(&ids, rule, "decoy and statement", &body);
    }
}

/// A right named in a clause of its own before the grant ("Where you do
/// not want the data deleted, you may ask us to restrict …") is not
/// granted by it: `[grant, erase@governed]`.
#[test]
fn a_right_named_in_a_clause_before_the_grant_is_not_granted() {
    // (language, the decoy, a statement that grants erasure)
    let cases = [
        (
            "en",
            "Where you contest the accuracy of your data but do not want the data deleted, \
             you may ask us to restrict its processing.",
            "You may ask us to delete your data.",
        ),
        (
            "de",
            "Bestreiten Sie die Richtigkeit Ihrer Daten, möchten die Daten aber nicht gelöscht \
             wissen, können Sie verlangen, dass wir die Verarbeitung einschränken.",
            "Sie können verlangen, dass wir Ihre Daten löschen.",
        ),
        (
            "fr",
            "Lorsque vous contestez l'exactitude de vos données sans souhaiter leur effacement, \
             vous pouvez demander la limitation du traitement.",
            "Vous pouvez demander l'effacement de vos données.",
        ),
    ];
    for (lang, decoy, statement) in cases {
        let body = format!("## Rights\n\n{decoy}\n");
        let ids = fired(lang, "gdpr", &body);
        assert_fires(&ids, "gdpr.rights.erasure", "decoy only", &body);
        assert_met(&ids, "gdpr.rights.restriction", "decoy only", &body);
        let body = format!("## Rights\n\n{decoy}\n\n{statement}\n");
        let ids = fired(lang, "gdpr", &body);
        assert_met(&ids, "gdpr.rights.erasure", "decoy and statement", &body);
    }
}

/// Decoys that share their sentence with a concept the rule also needs:
/// the reader is granted something ("which you can collect", "You can"),
/// or data and a period are named, but not the rule's requirement.
#[test]
fn decoys_sharing_a_sentence_with_other_concepts_do_not_meet_the_rule() {
    let cases = [
        (
            "gdpr.retention",
            "## Prices\n\nWe retain the right to change the prices of our data plans at 30 days' notice.\n",
        ),
        (
            "gdpr.rights.access",
            "## Your rights\n\nAccess to our office requires a badge, which you can collect at reception.\n",
        ),
        (
            "gdpr.rights.erasure",
            "## Cookies\n\nYou can delete cookies at any time in your browser settings.\n",
        ),
    ];
    let mut met = Vec::new();
    for (rule, decoy) in cases {
        let ids = fired("en", "gdpr", decoy);
        if !ids.iter().any(|r| r == rule) {
            met.push(format!("{rule} met by {decoy:?}"));
        }
    }
    assert!(met.is_empty(), "decoys met rules:\n{}", met.join("\n"));
}

// --- 5. Inflections and nouns in other languages -------------------------

#[test]
fn inflected_verbs_and_nouns_meet_the_rule_in_other_languages() {
    // (language, rule, heading, statement, a statement in its place that
    // does not state the right)
    let cases = [
        (
            "de",
            "gdpr.rights.erasure",
            "## Ihre Rechte",
            "Sie können verlangen, dass wir Ihre Daten unverzüglich löschen.",
            "Wir löschen Ihre Daten nach 30 Tagen.",
        ),
        (
            "de",
            "gdpr.rights.erasure",
            "## Ihre Rechte",
            "Ihre Daten werden auf Verlangen gelöscht.",
            "Ihre Daten werden nach 30 Tagen gelöscht.",
        ),
        (
            "de",
            "gdpr.rights.erasure",
            "## Ihre Rechte",
            "Sie haben ein Recht auf Löschung Ihrer Daten.",
            "Sie haben ein Recht auf Auskunft über Ihre Daten.",
        ),
        (
            "de",
            "gdpr.rights.restriction",
            "## Ihre Rechte",
            "Sie können die Einschränkung der Verarbeitung Ihrer Daten verlangen.",
            "Sie können die Berichtigung Ihrer Daten verlangen.",
        ),
        (
            "de",
            "gdpr.rights.rectification",
            "## Ihre Rechte",
            "Sie können verlangen, dass unrichtige Daten berichtigt werden.",
            "Sie können verlangen, dass Ihre Daten gelöscht werden.",
        ),
        (
            "fr",
            "gdpr.rights.erasure",
            "## Vos droits",
            "Vous pouvez demander que vos données soient effacées.",
            "Vous pouvez demander une copie de vos données.",
        ),
        (
            "fr",
            "gdpr.rights.erasure",
            "## Vos droits",
            "Vous avez droit à l'effacement de vos données.",
            "Vous avez droit à la portabilité de vos données.",
        ),
        (
            "fr",
            "gdpr.rights.rectification",
            "## Vos droits",
            "Vous pouvez faire rectifier les données inexactes.",
            "Vous pouvez faire effacer vos données.",
        ),
        (
            "es",
            "gdpr.rights.erasure",
            "## Sus derechos",
            "Puede solicitar que suprimamos sus datos.",
            "Puede solicitar una copia de sus datos.",
        ),
        (
            "es",
            "gdpr.rights.erasure",
            "## Sus derechos",
            "Puede solicitar la supresión de sus datos.",
            "Puede solicitar la rectificación de sus datos.",
        ),
        (
            "es",
            "gdpr.rights.rectification",
            "## Sus derechos",
            "Puede pedirnos que rectifiquemos los datos inexactos.",
            "Puede pedirnos que suprimamos sus datos.",
        ),
        (
            "it",
            "gdpr.rights.erasure",
            "## I suoi diritti",
            "Può chiedere che cancelliamo i suoi dati.",
            "Può chiedere una copia dei suoi dati.",
        ),
        (
            "nl",
            "gdpr.rights.erasure",
            "## Uw rechten",
            "U kunt verzoeken dat wij uw gegevens verwijderen.",
            "U kunt verzoeken om een kopie van uw gegevens.",
        ),
        (
            "pt",
            "gdpr.rights.erasure",
            "## Os seus direitos",
            "Pode pedir que apaguemos os seus dados.",
            "Pode pedir uma cópia dos seus dados.",
        ),
    ];
    for (lang, rule, heading, statement, other) in cases {
        let body = format!("{heading}\n\n{statement}\n");
        let ids = fired(lang, "gdpr", &body);
        assert_met(&ids, rule, lang, &body);
        let body = format!("{heading}\n\n{other}\n");
        let ids = fired(lang, "gdpr", &body);
        assert_fires(&ids, rule, lang, &body);
    }
}

/// Separable German verbs put "zu" or "ge" inside the word
/// (ein-zu-schränken, ein-ge-schränkt).
#[test]
fn separable_verbs_and_participles_meet_the_restriction_rule() {
    let cases = [
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, die Verarbeitung Ihrer Daten einzuschränken.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, dass die Verarbeitung Ihrer Daten eingeschränkt wird.\n",
        ),
    ];
    let mut missed = Vec::new();
    for (lang, body) in cases {
        let ids = fired(lang, "gdpr", body);
        if ids.iter().any(|r| r == "gdpr.rights.restriction") {
            missed.push(format!("{lang}: {body:?}"));
        }
    }
    assert!(
        missed.is_empty(),
        "gdpr.rights.restriction fired on:\n{}",
        missed.join("\n")
    );
}

/// Dutch participles end in -t ("wordt beperkt"), which the stemmer keeps
/// apart from "beperken": the passive that requests the restriction is a
/// term of its own, and a state ("de toegang is beperkt tot …", access is
/// limited to) is not one.
#[test]
fn dutch_participles_meet_the_restriction_rule() {
    let body = "## Uw rechten\n\nU kunt vragen dat de verwerking van uw gegevens wordt beperkt.\n";
    let ids = fired("nl", "gdpr", body);
    assert!(
        !ids.iter().any(|r| r == "gdpr.rights.restriction"),
        "gdpr.rights.restriction fired on {body:?}"
    );
    let state = "## Uw rechten\n\nU kunt ons altijd mailen. Binnen ons team is de verwerking van \
                 dagboekinhoud beperkt tot twee engineers.\n";
    let ids = fired("nl", "gdpr", state);
    assert!(
        ids.iter().any(|r| r == "gdpr.rights.restriction"),
        "gdpr.rights.restriction met by {state:?}"
    );
}

// --- The compliance matrix -----------------------------------------------

#[test]
fn the_evidence_matrix_quotes_the_statement_that_meets_a_rule() {
    let sentence = "We will remove your data if you ask us to.";
    let body = format!(
        "## Control over your information\n\n\
         You can ask us to show you which data we hold about you.\n\n\
         ### Deletion\n\n{sentence}\n"
    );
    let site = site("en", "gdpr", &body);
    let line = site
        .read("content/privacy.md")
        .lines()
        .position(|l| l == sentence)
        .expect("sentence in the policy")
        + 1;
    let out = site.run(&["lint", "--evidence", "--format", "json"]);
    assert!(
        out.code == Some(0) || out.code == Some(1),
        "--- stdout\n{}\n--- stderr\n{}",
        out.stdout,
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("evidence JSON");
    let matrix = v
        .as_array()
        .expect("one matrix per document")
        .iter()
        .find(|m| m["file"] == "content/privacy.md")
        .expect("the policy's matrix");
    assert_eq!(matrix["lang"], "en");
    let row = |rule: &str| {
        matrix["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["rule"] == rule)
            .unwrap_or_else(|| panic!("no row for {rule}: {matrix:#}"))
            .clone()
    };

    let erasure = row("gdpr.rights.erasure");
    assert_eq!(erasure["status"], "met", "{erasure:#}");
    assert_eq!(erasure["line"], line, "{erasure:#}");
    assert!(
        erasure["quote"].as_str().unwrap_or("").contains(sentence),
        "{erasure:#}"
    );

    let access = row("gdpr.rights.access");
    assert_eq!(access["status"], "met", "{access:#}");
    assert_eq!(access["line"], line - 4, "{access:#}");

    for missing in ["gdpr.rights.portability", "gdpr.rights.complaint"] {
        let r = row(missing);
        assert_eq!(r["status"], "finding", "{r:#}");
        assert!(
            r["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{r:#}"
        );
        assert!(r.get("quote").is_none(), "{r:#}");
    }
}

// --- Issue #20: the development half's last false alarms, by class --------

/// `rule` is met by each `(lang, body)` of `met` and fires on each of
/// `decoys`, linted for the GDPR.
fn met_and_decoys(rule: &str, met: &[(&str, &str)], decoys: &[(&str, &str)]) {
    for &(lang, body) in met {
        assert_met(&fired(lang, "gdpr", body), rule, lang, body);
    }
    for &(lang, body) in decoys {
        assert_fires(&fired(lang, "gdpr", body), rule, lang, body);
    }
}

/// An address block right under a heading has the heading right over it:
/// under "Data controller" a name and an e-mail address identify the
/// controller; under "Contact" they do not.
#[test]
fn an_address_block_under_a_controller_heading_names_the_controller() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "en",
            "## Data controller\n\nMara Lindqvist  \nmara@lindqvist.example\n\n## Your rights\n\nWrite to us.\n",
        ),
        (
            "de",
            "## Verantwortlicher\n\nJonas Brehm\nKastanienweg 4\n04109 Leipzig\nkontakt@brehm.example\n",
        ),
    ];
    for (lang, body) in cases {
        assert_met(&fired(lang, "gdpr", body), rule, lang, body);
    }
    // Decoys: the same block under a heading that names no controller, and
    // a sentence (not an address block) under the controller heading.
    let contact = replaced(cases[0].1, "## Data controller", "## Contact");
    assert_fires(&fired("en", "gdpr", &contact), rule, "contact", &contact);
    let prose = "## Data controller\n\nMara Lindqvist runs the shop and answers every message sent to mara@lindqvist.example within two days.\n";
    assert_fires(&fired("en", "gdpr", prose), rule, "prose", prose);
    // Prose wrapped into short lines is no address block either.
    let wrapped = "## Data controller\n\nMara Lindqvist\nanswers every message sent to\nmara@lindqvist.example.\n";
    assert_fires(&fired("en", "gdpr", wrapped), rule, "wrapped", wrapped);
}

/// "X, en adelante Y" / "X (hereinafter Y)": the organisation the notice
/// defines a short name for is the one speaking; a processor or DPO
/// defined the same way is not the controller.
#[test]
fn an_organisation_given_a_short_name_is_the_controller() {
    let rule = "gdpr.controller.identity";
    let met = [
        (
            "es",
            "Ediciones Mirlo, S.L., en adelante «Mirlo», informa a los usuarios de que trata sus datos para enviar el boletín.\n",
        ),
        (
            "en",
            "Lumen Tools Ltd (hereinafter \"Lumen\") publishes this notice.\n",
        ),
    ];
    let decoys = [
        (
            "es",
            "Sus datos se alojan en Nubaria Hosting, S.L., en adelante «el Encargado», que los trata por cuenta nuestra.\n",
        ),
        (
            "en",
            "Our data protection officer, Privacy Partners GmbH (hereinafter \"the DPO\"), advises us.\n",
        ),
        (
            "de",
            "Die Beispiel Hosting GmbH (nachfolgend „Hoster“) hostet unsere Website.\n",
        ),
    ];
    met_and_decoys(rule, &met, &decoys);
}

/// French "tiers" after a noun ("des contenus tiers", third-party content)
/// is no source of data: the providers listed under it are recipients.
/// Data received "de tiers" still are a source, not a recipient.
#[test]
fn third_party_content_is_no_source() {
    let rule = "gdpr.recipients";
    let met = "Certaines pages intègrent des contenus tiers, susceptibles de recevoir votre adresse IP :\n\n- **Google Fonts** — polices de caractères ;\n";
    assert_met(&fired("fr", "gdpr", met), rule, "contenus tiers", met);
    let source =
        "Nous recevons des données de tiers :\n\n- **Google Fonts** — polices de caractères ;\n";
    assert_fires(&fired("fr", "gdpr", source), rule, "de tiers", source);
}

/// A pronoun refers to the data last named in its paragraph, also when a
/// sentence naming none comes between ("The legal basis is your consent.").
#[test]
fn a_pronoun_reaches_past_a_sentence_that_names_no_data() {
    let rule = "gdpr.retention";
    let met = [
        (
            "en",
            "## Newsletter\n\nWe collect your email address to send the newsletter. The legal basis is your consent (Art. 6(1)(a) GDPR). We keep it until you unsubscribe.\n",
        ),
        (
            "de",
            "## Newsletter\n\nWir erheben Ihre E-Mail-Adresse für den Newsletter. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Wir löschen sie 30 Tage nach Ihrer Abmeldung.\n",
        ),
    ];
    let decoys = [
        (
            "en",
            "## Newsletter\n\nOur pages load quickly. The legal basis is your consent (Art. 6(1)(a) GDPR). We keep them until you unsubscribe.\n",
        ),
        (
            "de",
            "## Newsletter\n\nUnsere Seiten laden schnell. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Wir löschen sie 30 Tage nach Ihrer Abmeldung.\n",
        ),
    ];
    met_and_decoys(rule, &met, &decoys);
}

/// A pronoun that is the object of a verb of processing ("we keep it",
/// "löschen wir sie", "nous la conservons", "conservamo-lo") refers back as
/// one that opens the sentence does: the sentence keeps the data the one
/// before named (`back_reference` in the vocabularies).
#[test]
fn an_object_pronoun_keeps_the_data_of_the_sentence_before() {
    let rule = "gdpr.retention";
    let met = [
        (
            "en",
            "## Logs\n\nOur server records the IP address of each visit. We keep it for 14 days.\n",
        ),
        (
            "de",
            "## Protokolle\n\nUnser Server speichert die IP-Adresse jedes Besuchs. Nach 14 Tagen löschen wir sie automatisch.\n",
        ),
        (
            "nl",
            "## Logboeken\n\nOnze server slaat bij elk bezoek uw IP-adres op in logbestanden. Na 14 dagen verwijderen we ze automatisch.\n",
        ),
        (
            "fr",
            "## Journaux\n\nNotre serveur enregistre l'adresse IP de chaque visite. Nous la conservons pendant 14 jours.\n",
        ),
        (
            "es",
            "## Registros\n\nNuestro servidor registra la dirección IP de cada visita. La conservamos durante 14 días.\n",
        ),
        (
            "it",
            "## Log\n\nIl nostro server registra l'indirizzo IP di ogni visita. Lo conserviamo per 14 giorni.\n",
        ),
        (
            "pt",
            "## Registos\n\nO nosso servidor regista o endereço IP de cada visita. Conservamo-lo durante 14 dias.\n",
        ),
    ];
    // The sentence before names no data: the pronoun carries none.
    let decoys = [
        (
            "en",
            "## Logs\n\nOur pages load quickly. We keep them for 14 days.\n",
        ),
        (
            "de",
            "## Protokolle\n\nUnsere Seiten laden schnell. Nach 14 Tagen löschen wir sie automatisch.\n",
        ),
        (
            "nl",
            "## Logboeken\n\nOnze pagina's laden snel. Na 14 dagen verwijderen we ze automatisch.\n",
        ),
        (
            "fr",
            "## Journaux\n\nNos pages se chargent vite. Nous les conservons pendant 14 jours.\n",
        ),
        (
            "es",
            "## Registros\n\nNuestras páginas cargan rápido. Las conservamos durante 14 días.\n",
        ),
        (
            "it",
            "## Log\n\nLe nostre pagine si caricano velocemente. Le conserviamo per 14 giorni.\n",
        ),
        (
            "pt",
            "## Registos\n\nAs nossas páginas carregam depressa. Conservamo-las durante 14 dias.\n",
        ),
    ];
    met_and_decoys(rule, &met, &decoys);
}

/// A sentence that refers back with a pronoun ("Ze worden … verwijderd",
/// "They are deleted …") keeps the data the sentence before named.
#[test]
fn a_pronoun_keeps_the_data_of_the_sentence_before() {
    let rule = "gdpr.retention";
    let met = [
        (
            "nl",
            "## Logboeken\n\nIk bewaar alleen foutmeldingen in logbestanden. Ze worden na 14 dagen automatisch verwijderd.\n",
        ),
        (
            "en",
            "## Logs\n\nOur error logs contain no IP addresses. They are deleted automatically after 14 days.\n",
        ),
    ];
    // The sentence before names no data: the pronoun carries none.
    let decoys = [
        (
            "nl",
            "## Logboeken\n\nIk bouw websites die snel laden. Ze worden na 14 dagen automatisch verwijderd.\n",
        ),
        (
            "en",
            "## Logs\n\nOur pages load quickly. They are deleted automatically after 14 days.\n",
        ),
    ];
    met_and_decoys(rule, &met, &decoys);
}

/// A lead-in ending in ":" over paragraphs that open with a bold term is a
/// list in all but markup: it labels each of them. A paragraph of another
/// kind ends the run.
#[test]
fn a_lead_in_labels_the_bold_term_paragraphs_after_it() {
    let rule = "ccpa.categories-collected";
    let body = "## Personal information\n\n\
                The categories of personal information we process are the following:\n\n\
                **Contact data**. Your name and email address.\n\n\
                **Identifiers**. Your account number and the IP address of your device.\n";
    assert_met(&fired("en", "ccpa", body), rule, "terms", body);
    let broken = replaced(
        body,
        "**Contact data**. Your name and email address.",
        "We review this notice every year and publish each version on this page.",
    );
    assert_fires(&fired("en", "ccpa", &broken), rule, "broken run", &broken);
}

/// An entry of a table of contents repeats a heading and states nothing:
/// "- [Categories of recipients](#recipients)" names no recipient.
#[test]
fn a_table_of_contents_entry_is_no_statement() {
    let rule = "gdpr.recipients";
    let contents = [
        (
            "en",
            "- [Who we are](#who-we-are)\n- [Categories of recipients](#recipients)\n\n\
             ## Who we are\n\nWe run a small bakery.\n",
        ),
        (
            "it",
            "- [Chi siamo](#chi-siamo)\n- [Destinatari dei dati personali](#destinatari)\n\n\
             ## Chi siamo\n\nGestiamo una piccola panetteria.\n",
        ),
    ];
    for (lang, body) in contents {
        assert_fires(&fired(lang, "gdpr", body), rule, lang, body);
    }
    let stated = format!(
        "{}\n## Recipients\n\nOur hosting provider Hetzner processes your data on our behalf.\n",
        contents[0].1
    );
    assert_met(&fired("en", "gdpr", &stated), rule, "stated", &stated);
}

/// Lints `body` as a GDPR policy in `lang` and asserts that
/// every rule of `rules` is met (`met`) or fires.
fn assert_each(lang: &str, body: &str, rules: &[&str], met: bool, case: &str) {
    let fired = fired(lang, "gdpr", body);
    for rule in rules {
        if met {
            assert_met(&fired, rule, case, body);
        } else {
            assert_fires(&fired, rule, case, body);
        }
    }
}

/// A list item that opens with a short term and a spaced dash ("**Access**
/// – to know …") names its item as "Access:" would: it continues the
/// lead-in, whose grant then covers it. Under a lead-in that grants
/// nothing the same items meet nothing.
#[test]
fn a_term_and_a_dash_open_an_item_that_continues_the_lead_in() {
    let rules = [
        "gdpr.rights.access",
        "gdpr.rights.object",
        "gdpr.rights.rectification",
    ];
    let body = "## Your choices\n\nYou have the following rights over your personal data:\n\n* **Access** – to find out which data we hold about you.\n* **Objection** — to processing based on our legitimate interests.\n- Rectification – to have wrong data corrected.\n";
    assert_each("en", body, &rules, true, "term and dash");
    let decoy = "## Our studio\n\nThe studio offers the following:\n\n* **Access** – to find out which rooms are free, ask the desk.\n* **Objection** — to noise, in writing to the landlord.\n- Rectification – of broken furniture within a week.\n";
    assert_each("en", decoy, &rules, false, "term and dash, no grant");
}

/// Soft-broken lines after a lead-in ending in ":", each ending in "," or
/// "und", are the items of a list: each continues the lead-in's grant.
/// Without its line, a right is not met by its neighbours.
#[test]
fn soft_broken_lines_after_a_lead_in_are_list_items() {
    let body = "## Was Sie tun können\n\nBei Fragen an unseren Vorstand können Sie jederzeit folgende Rechte geltend machen:\n\nAuskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO),\nKorrektur falscher personenbezogener Daten (Art. 16 DSGVO),\nEinschränkung der Verarbeitung, solange wir die Daten noch nicht löschen dürfen (Art. 18 DSGVO) und\nWiderspruch gegen die Verarbeitung Ihrer Daten (Art. 21 DSGVO).\n";
    let rules = ["gdpr.rights.access", "gdpr.rights.rectification"];
    assert_each("de", body, &rules, true, "soft-broken list");
    let line = "Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO),";
    let without_access = without(body, line);
    assert_each(
        "de",
        &without_access,
        &rules[..1],
        false,
        "soft-broken list without access",
    );
}

/// "; to …" goes on with the clause of the grant before it ("the right …
/// to request access …; to restrict …; to the portability of …"); a ";"
/// before a clause of its own still ends it.
#[test]
fn a_semicolon_and_to_continue_the_grants_clause() {
    let body = "## Your Rights\n\nYou may have the right at any time to ask for a copy of your personal data; to restrict or object to some processing of your personal data; to the portability of your personal data.\n";
    let rules = [
        "gdpr.rights.restriction",
        "gdpr.rights.object",
        "gdpr.rights.portability",
    ];
    assert_each("en", body, &rules, true, "; to");
    let decoy = "## Your Rights\n\nYou may have the right at any time to ask for a copy of your personal data; we restrict or object to some processing of your personal data; the portability of your personal data is our aim.\n";
    assert_each(
        "en",
        decoy,
        &["gdpr.rights.restriction", "gdpr.rights.portability"],
        false,
        "; a clause of its own",
    );
}

/// A modal grants a right only in the reader's person: "potrai" / "podrá"
/// (you can), not "potremmo" (we may) nor "podrían" (they could): "we may
/// update our notice" and "the data could have been deleted" grant nothing.
#[test]
fn a_modal_grants_only_in_the_readers_person() {
    let rules = ["gdpr.rights.access", "gdpr.rights.rectification"];
    let it = "## I tuoi diritti\n\nPotrai accedere ai tuoi dati personali in ogni momento e potrai aggiornare i dati inesatti.\n";
    assert_each("it", it, &rules, true, "it, potrai");
    let it_decoy = "## Il catalogo\n\nPotremmo accedere ai dati del catalogo per manutenzione e potremmo aggiornare periodicamente i dati dei prodotti.\n";
    assert_each("it", it_decoy, &rules, false, "it, potremmo");
    let rules = ["gdpr.rights.erasure", "gdpr.rights.rectification"];
    let es = "## Sus derechos\n\nPodrá suprimir sus datos personales y podrá rectificar los datos inexactos cuando lo desee.\n";
    assert_each("es", es, &rules, true, "es, podrá");
    let es_decoy = "## Copias de seguridad\n\nNo garantizamos la reposición de los datos borrados, ya que los datos podrían haber sido suprimidos o rectificados desde la última copia.\n";
    assert_each("es", es_decoy, &rules, false, "es, podrían");
}

/// Each `(lang, met, decoy)`: `rule` is met by `met` and fires on `decoy`.
fn assert_met_and_decoy(rule: &str, cases: &[(&str, &str, &str)], case: &str) {
    for (lang, met, decoy) in cases {
        assert_each(lang, met, &[rule], true, case);
        assert_each(lang, decoy, &[rule], false, &format!("{case}: decoy"));
    }
}

/// Each `(lang, text)` meets `rule` (a class whose decoys are tested
/// elsewhere, or met lines only).
fn assert_all_met(rule: &str, cases: &[(&str, &str)], case: &str) {
    for (lang, met) in cases {
        assert_each(lang, met, &[rule], true, case);
    }
}

/// The controller named without a legal form: the site "operated by" a
/// proper name, or data processed by a name in apposition to the
/// controller. "Operated by our partners", a provider's own service and
/// the controller named by its role alone identify no one.
#[test]
fn a_site_operated_by_a_name_identifies_the_controller() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "en",
            "## Who we are\n\nThis website is operated by Jane Doe from Lisbon, Portugal.\n",
            "## Who we are\n\nThis website is operated by our partners in Portugal.\n",
        ),
        (
            "pt",
            "## Quem somos\n\nEste sítio Web é operado por Ana Ferreira a partir de Lisboa.\n",
            "## Quem somos\n\nEste sítio Web é operado pelos nossos parceiros a partir de Lisboa.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nOs dados são tratados pelo hortas.app, entidade responsável pelo tratamento de dados pessoais.\n",
            "## Os seus dados\n\nPara qualquer questão, pode dirigir-se à entidade responsável pelo tratamento de dados pessoais.\n",
        ),
        (
            "it",
            "## Chi siamo\n\nIl sito https://orto.example è gestito da orto/verde, un gruppo di volontari.\n",
            "## Chi siamo\n\nIl sito utilizza Matomo, un servizio gestito da Innocraft.\n",
        ),
        (
            "de",
            "## Wer wir sind\n\nDiese Website wird von Erika Mustermann betrieben.\n",
            "## Wer wir sind\n\nDiese Website wird von Dienstleistern betrieben.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "operated by a name");
}

/// An organisation named as "the team of" a proper name, with an address
/// written to escape harvesters ("info [at] …"), identifies the
/// controller; "our support team" at the same address names no one.
#[test]
fn the_team_of_a_name_with_its_address_identifies_the_controller() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "it",
            "## Contatti\n\nPuoi contattare il team di Ortolana al seguente indirizzo mail: info [at] ortolana.example\n",
            "## Contatti\n\nPuoi contattare il nostro team di supporto al seguente indirizzo mail: info [at] ortolana.example\n",
        ),
        (
            "fr",
            "## Contact\n\nVous pouvez écrire à l'équipe de Jardins Partagés à l'adresse contact [at] jardins.example\n",
            "## Contact\n\nVous pouvez écrire à notre équipe de bénévoles à l'adresse contact [at] jardins.example\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "the team of a name");
}

/// A notice that ends as a letter ends is signed by its author: a name on
/// the last line right after a closing formula ("Merci de votre confiance."
/// / the name) identifies the controller. The same name without the
/// formula, a formula followed by a sentence, and a signature in the
/// middle of the document identify no one.
#[test]
fn a_closing_signature_identifies_the_controller() {
    let rule = "gdpr.controller.identity";
    let met = [
        (
            "fr",
            "## Contact\n\nÉcrivez-nous à bonjour@lucie.example.\n\nMerci de votre confiance.  \nLes Amis de Lucie\n",
        ),
        (
            "en",
            "## Questions\n\nWrite to hello@orchard.example.\n\nThank you for reading,  \nThe Orchard Street Choir\n",
        ),
        (
            "de",
            "## Kontakt\n\nSchreiben Sie uns an hallo@sonnenhang.example.\n\nVielen Dank für Ihr Vertrauen!\n\n*Ihr Team vom Sonnenhang*\n",
        ),
    ];
    let decoys = [
        (
            "fr",
            "## Contact\n\nÉcrivez-nous à bonjour@lucie.example.\n\nLes Amis de Lucie\n",
        ),
        (
            "fr",
            "## Contact\n\nÉcrivez-nous à bonjour@lucie.example.\n\nMerci de votre confiance.  \nNous répondons sous deux jours.\n",
        ),
        (
            "en",
            "## Questions\n\nThank you for reading,  \nThe Orchard Street Choir\n\n## Cookies\n\nWe set no cookies.\n",
        ),
    ];
    met_and_decoys(rule, &met, &decoys);
}

/// The name the notice gives its "we" ('X ("we", "us")', 'X ("noi")') or
/// that follows "we are" at a statement's start identifies the controller;
/// "we are" before anything but a name ("GDPR-compliant", "Mitglied im
/// Landesverband") and a provider defined by another name do not.
#[test]
fn the_name_of_the_we_identifies_the_controller() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "en",
            "## About this notice\n\nOrchard Street Choir (\"we\", \"us\") runs this website.\n",
            "## About this notice\n\nOur mailing provider (\"the processor\") sends the newsletter.\n",
        ),
        (
            "it",
            "## Informativa\n\norto/verde (\"noi\" o \"nostro\") gestisce il sito web.\n",
            "## Informativa\n\nIl fornitore (\"responsabile\") gestisce il sito web.\n",
        ),
        (
            "pt",
            "## Quem somos\n\nSomos a Horta do Bairro, um grupo de voluntários de Braga.\n",
            "## Quem somos\n\nSomos um grupo de voluntários de Braga.\n",
        ),
        (
            "de",
            "## Über uns\n\nWir sind Lenas Bücherstube und betreiben diese Website.\n",
            "## Über uns\n\nWir sind Mitglied im Landesverband und betreiben diese Website.\n",
        ),
        (
            "en",
            "## About us\n\nWe are Orchard Street Choir, a choir in Leeds.\n",
            "## About us\n\nWe are GDPR-compliant and keep little data.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "the name of the we");
}

/// A complaint lead-in whose items name the authorities by a bold term
/// ("puede presentar una reclamación ante:" / "- **Agencia Española de
/// Protección de Datos**: …") grants the complaint; a complaint to "the
/// competent authority" does when the next statement names it. Items that
/// name no authority, "the competent authority" in a disclosure clause, and
/// a complaint to it that nothing names grant nothing.
#[test]
fn a_complaint_reaches_the_authority_named_next_to_it() {
    let rule = "gdpr.rights.complaint";
    let cases = [
        (
            "es",
            "## Sus derechos\n\nSi no está conforme, puede presentar una reclamación ante:\n\n- **Agencia Española de Protección de Datos**: en su sede electrónica.\n",
            "## Sus derechos\n\nSi no está conforme, puede presentar una reclamación ante:\n\n- **Nuestro servicio de atención al cliente**: por teléfono.\n",
        ),
        (
            "pt",
            "## Reclamações\n\nSe pretender apresentar uma reclamação, deve contactar a autoridade competente.\n\n**Nome:** CNPD - Comissão Nacional de Proteção de Dados\n",
            "## Divulgação\n\nPodemos divulgar dados à autoridade competente quando a lei o exija.\n\n**Nome:** CNPD - Comissão Nacional de Proteção de Dados\n",
        ),
        (
            "pt",
            "## Reclamações\n\nSe pretender apresentar uma reclamação, deve contactar a autoridade competente.\n\n**Nome:** CNPD - Comissão Nacional de Proteção de Dados\n",
            "## Reclamações\n\nSe pretender apresentar uma reclamação, deve contactar a autoridade competente.\n\nRespondemos no prazo de trinta dias.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "complaint and authority");
}

/// A period for "they" under a heading that asks how long the data are
/// kept is the data's retention period: the innermost heading names the
/// data. Without the pronoun (a period of something else under the same
/// heading) or under a heading that names no data, it is none.
#[test]
fn a_period_for_they_under_a_retention_heading_is_the_datas() {
    let rule = "gdpr.retention";
    let cases = [
        (
            "nl",
            "## Hoe lang bewaren wij persoonsgegevens?\n\nIn de regel worden zij 12 maanden bewaard.\n",
            "## Onze fotoboeken\n\nIn de regel worden zij 12 maanden bewaard.\n",
        ),
        (
            "en",
            "## How long do we keep your personal data?\n\nNormally they are kept for 12 months.\n",
            "## How long do we keep your personal data?\n\nKept away from sunlight, your photo book holds its colours for 50 years.\n",
        ),
        (
            "de",
            "## Wie lange speichern wir personenbezogene Daten?\n\nIn der Regel werden diese 12 Monate gespeichert.\n",
            "## Unsere Fotobücher\n\nIn der Regel werden diese 12 Monate gespeichert.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "they under a retention heading");
}

/// The objection to direct marketing worded as a refusal: the reader may
/// refuse the use of their data for marketing. Refusing to provide data,
/// or refusing marketing cookies, is no objection.
#[test]
fn refusing_the_use_of_ones_data_for_marketing_is_an_objection() {
    let rule = "gdpr.rights.object";
    let cases = [
        (
            "en",
            "## Your rights\n\nYou may refuse at any time the handling of your personal data for promotional mailings.\n",
            "## Your rights\n\nYou may refuse to provide your personal data, but we cannot then deliver your order.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou may refuse at any time the handling of your personal data for promotional mailings.\n",
            "## Cookies\n\nYou may refuse marketing cookies in the banner at any time.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi rifiutare in qualsiasi momento l'uso dei tuoi dati personali per l'invio di materiale pubblicitario.\n",
            "## I tuoi diritti\n\nPuoi rifiutare di fornire i tuoi dati personali, ma non potremo evadere l'ordine.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "refusal for marketing");
}

/// The controller of a small site is often a person or an unincorporated
/// group, named without a legal form or the word "controller": the site
/// belongs to them, the notice is written by them in the first person, the
/// reader's data is processed by them (with their address), or a "Who are
/// we?" heading names them. A processor or host named the same way, or the
/// same heading over no name, does not identify the controller.
#[test]
fn a_controller_named_without_a_legal_form_or_role_word() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "en",
            "## About\n\nThis blog belongs to Jane Smith. Write to jane@smith.example.\n",
            "## About\n\nThis blog is hosted by Netlify, 101 2nd Street, San Francisco.\n",
        ),
        (
            "en",
            "## About\n\nHi, I'm Jane Smith. I write this blog in my spare time.\n",
            "## About\n\nI am happy to answer your questions about this policy.\n",
        ),
        (
            "en",
            "## Who runs this\n\nYour data is processed by the Friends of Hilltop Park, 2 Park Lane, York YO1 7HH.\n",
            "## Who runs this\n\nCard payments are processed by our payment provider Stripe, 510 Townsend Street, San Francisco.\n",
        ),
        (
            "de",
            "## Wer sind wir?\n\nDie Teehaus Süd GmbH ist ein Teehandel mit Sitz in Leipzig.\n",
            "## Wer sind wir?\n\nWir sind ein kleines Team von Teeliebhabern.\n",
        ),
        (
            "de",
            "## Datenschutz\n\nVerantwortlich im Sinne der DSGVO: Max Mustermann, Musterstraße 1, 12345 Musterstadt\n",
            "## Datenschutz\n\nUnser Hoster ist die Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen.\n",
        ),
        (
            "nl",
            "## Over deze website\n\nDeze website is van Jan Jansen, Dorpsstraat 1, Utrecht.\n",
            "## Over deze website\n\nDe website is van toepassing op iedereen die een account heeft.\n",
        ),
        (
            "it",
            "## Informativa\n\nCasa del Tè S.r.l. tiene alla tua privacy. Questa informativa descrive come trattiamo i tuoi dati personali.\n",
            "## Informativa\n\nQuesta informativa descrive come trattiamo i tuoi dati personali.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "controller without a legal form");
}

/// The legal basis given as the law that obliges what is kept ("because tax
/// law requires us to"), or after a run-in label that is the basis term
/// alone, even where the statement says what the interest consists in. The
/// law obliging us to inform the reader, or a basis label pointing
/// elsewhere, states no basis.
#[test]
fn the_law_that_obliges_and_a_bare_basis_label_state_the_basis() {
    let rule = "gdpr.legal-basis";
    let cases = [
        (
            "en",
            "## Invoices\n\nWe keep invoices because tax law requires us to.\n",
            "## Invoices\n\nThe law requires us to tell you how we process your data.\n",
        ),
        (
            "de",
            "## Rechnungen\n\nWir bewahren Rechnungen auf, weil das Steuerrecht uns dazu verpflichtet.\n",
            "## Rechnungen\n\nWir sind gesetzlich verpflichtet, Sie über die Verarbeitung Ihrer Daten zu informieren.\n",
        ),
        (
            "nl",
            "## Website\n\nGrondslag: ons gerechtvaardigd belang bij een veilige website.\n",
            "## Website\n\nGrondslag: zie de tabel hieronder.\n",
        ),
        (
            "pt",
            "## Site\n\nFundamento jurídico: interesse legítimo em garantir a segurança do site.\n",
            "## Site\n\nA lei obriga-nos a informá-lo sobre os seus direitos.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "law that obliges, bare basis label");
}

/// Purposes as bare infinitives that complete a lead-in ending in "to:"
/// (development half, en-mhclg-planning-data-privacy); the same items under
/// a lead-in that grants the reader something are no purposes.
#[test]
fn bare_infinitives_completing_a_purposes_lead_in_are_purposes() {
    let rule = "gdpr.purposes";
    let cases = [(
        "en",
        "## Why we need your personal data\n\nWe collect your personal data to:\n\n- respond to the questions you send us\n- send you the newsletter you subscribed to\n",
        "## Your choices\n\nYou can ask us to:\n\n- send you a copy of your data\n- delete your account\n",
    )];
    assert_met_and_decoy(rule, &cases, "bare infinitive purposes");
}

/// Purposes named by "for … purposes" after collecting or keeping the data,
/// the wording of GDPR Art. 5(1)(b) and 89(1) (development half,
/// nl-fodbosa-belgif); the same words denied are no purpose.
#[test]
fn data_collected_for_named_purposes_states_the_purposes() {
    let rule = "gdpr.purposes";
    let cases = [
        (
            "en",
            "## Cookies and logs\n\nThe pages you visit are collected for statistical purposes only.\n",
            "## Cookies\n\nWe never use cookies for advertising purposes.\n",
        ),
        (
            "nl",
            "## Cookies en logbestanden\n\nDeze gegevens worden uitsluitend verzameld voor statistische doeleinden.\n",
            "## Cookies\n\nUw gegevens worden nooit gebruikt voor commerciële doeleinden.\n",
        ),
        (
            "de",
            "## Server-Logs\n\nDie Zugriffsdaten werden ausschließlich für statistische Zwecke erhoben.\n",
            "## Cookies\n\nIhre Daten werden niemals für kommerzielle Zwecke erhoben.\n",
        ),
        (
            "es",
            "## Cookies\n\nLos datos de navegación se recogen únicamente con fines estadísticos.\n",
            "## Cookies\n\nNo utilizamos sus datos con fines comerciales.\n",
        ),
        (
            "it",
            "## Cookie\n\nQuesti dati sono raccolti esclusivamente a fini statistici.\n",
            "## Cookie\n\nNon usiamo mai i suoi dati a fini commerciali.\n",
        ),
        (
            "pt",
            "## Cookies\n\nOs dados de navegação são recolhidos apenas para fins estatísticos.\n",
            "## Cookies\n\nOs seus dados nunca são usados para fins comerciais.\n",
        ),
        (
            "fr",
            "## Cookies\n\nCes données sont collectées uniquement à des fins statistiques.\n",
            "## Cookies\n\nNous n'utilisons jamais vos données à des fins commerciales.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "for … purposes");
}

/// A Portuguese retention table whose column is the "período de retenção"
/// (development half, pt-cidadaoai-privacidade); tax withheld at source
/// ("retenção na fonte") is no retention.
#[test]
fn a_portuguese_retention_column_states_the_periods() {
    let rule = "gdpr.retention";
    let cases = [(
        "pt",
        "## Retenção de dados\n\n| Tipo de dado | Período de retenção |\n| --- | --- |\n| Registos de acesso | 6 meses |\n| Dados da conta | 2 anos após o encerramento |\n",
        "## Impostos\n\nA retenção na fonte do IRS é feita pela entidade patronal.\n",
    )];
    assert_met_and_decoy(rule, &cases, "retenção column");
}

/// A retention criterion named by the erasure it lasts until ("jusqu'à
/// l'action de l'utilisateur pour effacer", development half,
/// fr-ademe-nosgestesclimat; Art. 17's noun in each language version);
/// the same words of a discount or a screen keep nothing.
#[test]
fn data_kept_until_their_erasure_states_the_retention() {
    let rule = "gdpr.retention";
    let cases = [
        (
            "fr",
            "## Durée de conservation\n\nLes données de votre profil sont conservées jusqu'à leur effacement par vos soins.\n",
            "## Aide\n\nAppuyez sur la touche jusqu'à ce que l'écran s'efface.\n",
        ),
        (
            "es",
            "## Plazo de conservación\n\nLos datos de su cuenta se conservan hasta la supresión de la cuenta.\n",
            "## Promociones\n\nEl descuento es válido hasta la eliminación del código promocional.\n",
        ),
        (
            "it",
            "## Periodo di conservazione\n\nI dati del suo account sono conservati fino alla cancellazione dell'account.\n",
            "## Promozioni\n\nLo sconto è valido fino alla cancellazione dell'evento.\n",
        ),
        (
            "pt",
            "## Prazo de conservação\n\nOs dados da sua conta são conservados até à eliminação da conta.\n",
            "## Promoções\n\nO desconto é válido até à eliminação do evento.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nDe gegevens van uw account bewaren wij tot de verwijdering van uw account.\n",
            "## Acties\n\nDe korting geldt tot de verwijdering van het evenement uit de agenda.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "until erasure");
}

/// A list of the rights' bare names right under the rights heading, with
/// no lead-in ("## Your rights" / "- Erasure of your personal data"): the
/// heading leads the list in, as "You have these rights:" would. The same
/// list under a heading that names no right grants nothing.
#[test]
fn a_list_right_under_the_rights_heading_is_led_in_by_it() {
    let rules = ["gdpr.rights.access", "gdpr.rights.erasure"];
    let cases = [
        (
            "en",
            "## Your rights\n\n- Access to your personal data\n- Erasure of your personal data\n",
            "## Your account\n\n- Access to your personal data\n- Erasure of your personal data\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\n- Auskunft über Ihre Daten\n- Löschung Ihrer Daten\n",
            "## Ihr Konto\n\n- Auskunft über Ihre Daten\n- Löschung Ihrer Daten\n",
        ),
        (
            "nl",
            "**Jouw rechten**\n\n- Inzage in jouw persoonsgegevens\n- Verwijdering van jouw persoonsgegevens\n",
            "**Jouw account**\n\n- Inzage in jouw persoonsgegevens\n- Verwijdering van jouw persoonsgegevens\n",
        ),
    ];
    for (lang, met, decoy) in cases {
        assert_each(lang, met, &rules, true, "bare names under the heading");
        assert_each(lang, decoy, &rules, false, "bare names, another heading");
    }
}

/// A paragraph that opens with a bold term and a spaced dash ("**Portability**
/// – get your data …") runs in under that term as "**Portability:**" does;
/// the same term over something else is no right.
#[test]
fn a_bold_term_and_a_dash_run_in_a_paragraph() {
    let cases = [
        (
            "en",
            "## Your rights\n\n**Portability** – get your data in a machine-readable format.\n",
            "## Our apps\n\n**Portability** – our app runs on phones, tablets and computers.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\n**Datenübertragbarkeit** – Sie erhalten Ihre Daten in einem maschinenlesbaren Format.\n",
            "## Unsere Apps\n\n**Portabilität** – unsere App läuft auf Telefonen, Tablets und Computern.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &cases, "bold term and dash");
    let objection = "## Your rights\n\n**Objection** — object to processing based on our legitimate interests.\n";
    assert_each(
        "en",
        objection,
        &["gdpr.rights.object"],
        true,
        "objection run in",
    );
}

/// The rights enumerated in one sentence after one "right(s)" ("un droit
/// d'accès, de rectification, … et d'opposition"): the last ones, named by
/// their bare nouns far from "droit", are rights too; the same nouns in
/// another sense are not ("faire opposition à un paiement").
#[test]
fn rights_enumerated_after_one_right_are_each_granted() {
    let cases = [
        (
            "fr",
            "## Vos droits\n\nVous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition.\n",
            "## Paiement\n\nVous pouvez faire opposition à un paiement par carte auprès de votre banque, selon le droit bancaire.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi esercitare i diritti di accesso, rettifica, cancellazione, limitazione, portabilità e opposizione.\n",
            "## Assemblea\n\nPuoi esercitare il diritto di voto in assemblea; l'opposizione di un socio va messa a verbale.\n",
        ),
        (
            "nl",
            "## Jouw rechten\n\nJe hebt recht op inzage, correctie, verwijdering, beperking, overdraagbaarheid en bezwaar.\n",
            "## Vergunning\n\nJe kunt bij de gemeente inzage vragen in de vergunning en binnen zes weken bezwaar maken tegen het besluit.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &cases, "enumerated rights");
    let en = "## Your rights\n\nYou have the right to access, rectify, erase, restrict and port your data, and to object to its processing.\n";
    assert_each(
        "en",
        en,
        &["gdpr.rights.portability"],
        true,
        "port your data",
    );
}

/// A table of the rights and the articles that grant them ("| Erasure |
/// Art. 17 GDPR |"): the article says the row title is the right; the
/// same titles over notes about rooms are not. A right glossed with its
/// article after it ("Widerspruch (Art. 21)") is that right.
#[test]
fn a_rights_table_by_article_and_rights_glossed_with_their_article() {
    let met = "## Your rights\n\n| Right | Article |\n| --- | --- |\n| Access | Art. 15 GDPR |\n| Erasure | Art. 17 GDPR |\n";
    let decoy = "## Our rooms\n\n| Room | Notes |\n| --- | --- |\n| Access | Ground floor, step-free |\n| Erasure | Whiteboards are wiped every evening |\n";
    let rules = ["gdpr.rights.access", "gdpr.rights.erasure"];
    assert_each("en", met, &rules, true, "table by article");
    assert_each("en", decoy, &rules, false, "table of rooms");
    let de = "## Ihre Rechte\n\nSie haben nach der DSGVO folgende Rechte: Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21).\n";
    assert_each(
        "de",
        de,
        &["gdpr.rights.object"],
        true,
        "Widerspruch (Art. 21)",
    );
}

/// Text indented four columns after a blank line is a code block to
/// Markdown: a page whose HTML tags are indented (a template, a JSX or
/// Blade view), or a list indented by accident. Charter reads it as the
/// Markdown it is; a short item with a stop ("- Acceso a los datos
/// personales.") still continues its lead-in.
#[test]
fn text_indented_as_code_is_read() {
    let html = "<x-app-layout>\n    <div class=\"page\">\n\n        <h2>Right to erasure</h2>\n        <p>Write to us and we remove it.</p>\n\n        <h2>Your data</h2>\n        <p>You can ask us to show you which data we hold about you.</p>\n    </div>\n</x-app-layout>\n";
    let rules = ["gdpr.rights.erasure", "gdpr.rights.access"];
    assert_each("en", html, &rules, true, "indented html");
    let decoy = html.replace("Right to erasure", "About us");
    assert_each(
        "en",
        &decoy,
        &rules[..1],
        false,
        "indented html, another heading",
    );
    let es = "## Tus derechos\n\nLa legislación le reconoce unos derechos como usuario:\n\n    - Acceso a los datos personales.\n    - Portabilidad de los datos.\n";
    let es_rules = ["gdpr.rights.access", "gdpr.rights.portability"];
    assert_each("es", es, &es_rules, true, "indented list");
    let es_decoy = "## Nuestros servicios\n\nLa tienda ofrece lo siguiente:\n\n    - Acceso a los datos del catálogo.\n    - Portabilidad de los pedidos entre tiendas.\n";
    assert_each("es", es_decoy, &es_rules, false, "indented list, no rights");
}

/// A page written in HTML, with no blank line in it (a CMS template or an
/// export), is one raw HTML block to Markdown: its `<h2>`/`<h3>` are
/// headings that label what follows, and its `<p>` and `<li>` are
/// statements of their own, as in Markdown. "Write to us and we remove it"
/// is erasure only under a heading that names the right.
#[test]
fn the_headings_of_a_page_written_in_html_label_its_statements() {
    let page = |heading: &str| {
        format!(
            "<main class=\"page\">\n<h2>Your data</h2>\n\
             <p>You can ask us to show you which data we hold about you.</p>\n\
             <h3>{heading}</h3>\n<p>Write to us and we remove it.</p>\n\
             <h3>Contact</h3>\n<p>Write to us.</p>\n</main>\n"
        )
    };
    let rules = ["gdpr.rights.erasure", "gdpr.rights.access"];
    assert_each("en", &page("Right to erasure"), &rules, true, "html page");
    assert_each(
        "en",
        &page("About us"),
        &rules[..1],
        false,
        "html page, another heading",
    );
}

/// The GOV.UK plain-language list of the rights ("you have the right to:
/// … - have incorrect data updated", "- get and reuse your data for
/// different services", development half, en-dfe-aytq-privacy), and the
/// reuse of the reader's own data in each language that lacked it; data
/// the organisation publishes for reuse is no portability.
#[test]
fn plain_language_rights_lists_meet_rectification_and_portability() {
    let rectification = [(
        "en",
        "## Your rights\n\nUnder the Data Protection Act 2018, you have the right to:\n\n- access personal data\n- have incorrect data updated\n",
        "## Updates\n\nWe keep our timetables updated and correct incorrect data within a day.\n",
    )];
    assert_met_and_decoy(
        "gdpr.rights.rectification",
        &rectification,
        "incorrect data updated",
    );
    let portability = [
        (
            "en",
            "## Your rights\n\nUnder the Data Protection Act 2018, you have the right to:\n\n- access personal data\n- get and reuse your data for different services\n",
            "## Open data\n\nYou can reuse our open data for different services under the Open Government Licence.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nUsted tiene derecho a:\n\n- acceder a sus datos\n- obtener y reutilizar sus datos en otros servicios\n",
            "## Datos abiertos\n\nPuede reutilizar nuestros datos abiertos en otros servicios con la licencia CC BY.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nLei ha il diritto di:\n\n- accedere ai dati\n- ottenere e riutilizzare i suoi dati per altri servizi\n",
            "## Dati aperti\n\nPuò riutilizzare i nostri dati aperti per altri servizi con licenza CC BY.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nTem o direito de:\n\n- aceder aos seus dados\n- obter e reutilizar os seus dados noutros serviços\n",
            "## Dados abertos\n\nPode reutilizar os nossos dados abertos noutros serviços ao abrigo da licença CC BY.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &portability, "reuse your data");
}

/// The reader as the passive subject of a modal ("Recordings of research
/// sessions in which you could be identified will be deleted within 2
/// years", development half, en-moj-design-system-privacy): the modal grants
/// nothing, so the deletion is retention, not the right to erasure; asking
/// for the deletion of such recordings still grants it.
#[test]
fn a_reader_who_could_be_identified_is_granted_no_erasure() {
    let rule = "gdpr.rights.erasure";
    let cases = [
        (
            "en",
            "## Your rights\n\nYou can ask us to delete recordings in which you can be identified.\n",
            "## How long we keep your data\n\nRecordings of research sessions in which you could be identified will be deleted within 2 years.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, dass wir Ihre Aufnahmen löschen.\n",
            "## Speicherdauer\n\nAufnahmen, auf denen Sie erkannt werden können, löschen wir nach 2 Jahren.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos que apaguemos as suas gravações.\n",
            "## Prazo de conservação\n\nAs gravações em que pode ser identificado são apagadas no prazo de 2 anos.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons vragen uw opnamen te verwijderen.\n",
            "## Bewaartermijn\n\nOpnamen waarop u herkend kunt worden, worden binnen 2 jaar verwijderd.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "reader passive");
}

/// The reader telling the organisation of changes ("si no se comunican los
/// cambios", development half, es-minuniversidades-proteccion-datos):
/// "comunicar" there discloses the data to no recipient.
#[test]
fn changes_the_reader_communicates_name_no_recipient() {
    let cases = [(
        "es",
        "## Destinatarios\n\nSus datos se comunican a la Agencia Tributaria cuando la ley lo exige.\n",
        "## Sus datos\n\nCorresponde al interesado la actualización de sus propios datos; el Ministerio no será responsable de su inexactitud si no se comunican los cambios que hayan podido producirse.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &cases, "comunicar los cambios");
}

/// Session 22 (devdata-j): four classes found on eight unseen policies. A
/// company of another EU state named by its own legal form ("Hyperknot
/// Software Kft., based in Hungary", development half,
/// en-openfreemap-privacy); the statutory periods as the retention
/// criterion ("dans le respect des délais légaux en vigueur",
/// fr-violons-amilly-confidentialite); access named by its plain word
/// ("Toegang te krijgen tot uw persoonlijke gegevens",
/// nl-itkriebbels-privacybeleid); the basis as the explicit acceptance of
/// the processing ("es la aceptación explícita del tratamiento",
/// es-codelab-imaginecode). Each with its decoy: a provider's own service,
/// a reply within the legal period, staff who have access, the acceptance
/// of house rules.
#[test]
fn legal_forms_statutory_periods_plain_access_and_explicit_acceptance_are_met() {
    let controller = [
        (
            "en",
            "## Who we are\n\nExample Maps Kft., based in Budapest, has created this Privacy Policy to explain what information we collect.\n",
            "## Maps\n\nWe use the map tiles of Example Tiles Kft., which has its own privacy policy.\n",
        ),
        (
            "de",
            "## Wer wir sind\n\nVerantwortlich für die Verarbeitung Ihrer Daten ist die Beispiel s.r.o., Prag.\n",
            "## Karten\n\nWir nutzen den Kartendienst der Beispiel s.r.o., die eine eigene Datenschutzerklärung hat.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, "Kft.");
    let retention = [
        (
            "fr",
            "## Conservation\n\nNous conservons vos données dans le respect des délais légaux en vigueur.\n",
            "## Demandes\n\nNous répondons à votre demande dans les délais légaux.\n",
        ),
        (
            "en",
            "## Retention\n\nWe keep your invoices for the statutory periods.\n",
            "## Requests\n\nWe answer every request within the statutory period.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, "délais légaux");
    let access = [
        (
            "nl",
            "## Uw rechten\n\nU heeft het recht om toegang te krijgen tot uw persoonsgegevens.\n",
            "## Beveiliging\n\nAlleen onze medewerkers hebben toegang tot uw gegevens.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht auf Zugang zu Ihren personenbezogenen Daten.\n",
            "## Sicherheit\n\nNur unsere Mitarbeiter haben Zugang zu Ihren Daten.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, "toegang");
    let basis = [
        (
            "es",
            "## Legitimación\n\nLa base legal para el tratamiento de tus datos es la aceptación explícita del tratamiento.\n",
            "## Participación\n\nLa aceptación explícita de los términos es necesaria para participar en el hackathon.\n",
        ),
        (
            "en",
            "## Legal basis\n\nThe legal basis for processing your data is your explicit acceptance of the processing.\n",
            "## Entry\n\nExplicit acceptance of the house rules is needed to enter the event.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, "aceptación explícita");
}

/// The right to object named by its bold label under the rights heading and
/// glossed by the processing it concerns, not by the verb ("7. **Oposição**:
/// Contestação ao tratamento em casos específicos",
/// pt-cidadaoai-privacidade:104); another right's label over the same
/// processing is no objection.
#[test]
fn an_objection_label_glossed_by_the_processing_states_the_right() {
    let cases = [
        (
            "en",
            "## Your rights\n\n- **Objection:** challenging the processing of your data in specific cases.\n",
            "## Your rights\n\n- **Restriction:** limiting the processing of your data while a check is under way.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\n- **Widerspruch:** gegen die Verarbeitung Ihrer Daten aus Gründen Ihrer besonderen Situation.\n",
            "## Ihre Rechte\n\n- **Einschränkung:** Begrenzung der Verarbeitung Ihrer Daten, solange eine Prüfung läuft.\n",
        ),
        (
            "fr",
            "## Vos droits\n\n- **Opposition :** contestation du traitement de vos données dans certains cas.\n",
            "## Vos droits\n\n- **Limitation :** gel du traitement de vos données pendant une vérification.\n",
        ),
        (
            "es",
            "## Sus derechos\n\n- **Oposición:** cuestionar el tratamiento de sus datos en determinados casos.\n",
            "## Sus derechos\n\n- **Limitación:** bloqueo del tratamiento de sus datos mientras se realiza una comprobación.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\n- **Opposizione:** contestazione del trattamento dei suoi dati in casi specifici.\n",
            "## I suoi diritti\n\n- **Limitazione:** blocco del trattamento dei suoi dati durante una verifica.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\n- **Oposição:** contestação do tratamento dos seus dados em situações específicas.\n",
            "## Os seus direitos\n\n- **Limitação:** bloqueio do tratamento dos seus dados enquanto decorre uma verificação.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\n- **Bezwaar:** tegen de verwerking van uw gegevens in bepaalde gevallen.\n",
            "## Uw rechten\n\n- **Beperking:** het stilleggen van de verwerking van uw gegevens tijdens een controle.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &cases, "objection label");
}

/// A stop inside a parenthesis that closes soon after ends no sentence: the
/// retention and its end are one statement ("… (Art.5.e. GDPR) o hasta que
/// se ejerza el derecho a la supresión"; development half,
/// es-codelab-imaginecode:79).
#[test]
fn a_stop_inside_a_parenthesis_ends_no_sentence() {
    let cases = [
        (
            "es",
            "## Plazo de conservación\n\nLos datos se conservarán hasta que se cumpla el objetivo (Art.5.e. RGPD) o hasta que se ejerza el derecho a la supresión de los mismos.\n",
            "## Plazo de conservación\n\nLos datos se conservarán. Hasta que se ejerza el derecho a la supresión.\n",
        ),
        (
            "en",
            "## Retention\n\nThe data are kept until the purpose is fulfilled (Art.5.e. GDPR) or until you ask us to erase them.\n",
            "## Retention\n\nThe data are kept on our servers (Art.5.e. GDPR) in Frankfurt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &cases, "(Art.5.e.");
}

/// A transfer "to third parties" is no source "from third parties": the
/// recipients listed under it meet the rule (development half,
/// es-codelab-imaginecode:54).
#[test]
fn a_transfer_to_third_parties_is_no_source() {
    let cases = [
        (
            "es",
            "## Cesión de datos\n\nSi aceptas la cesión de datos a terceros, los siguientes datos podrán ser cedidos únicamente a los patrocinadores del evento:\n\n- Correo electrónico\n- Nombre\n",
            "## Patrocinadores\n\nGracias a nuestros patrocinadores, la participación en el hackathon es gratuita.\n",
        ),
        (
            "pt",
            "## Partilha\n\nSe aceitar a cedência de dados a terceiros, apenas os seguintes dados poderão ser cedidos aos patrocinadores do evento:\n\n- Endereço de e-mail\n- Nome\n",
            "## Patrocinadores\n\nGraças aos nossos patrocinadores, a participação no evento é gratuita.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &cases, "a terceros");
}

/// The complaint as turning to the authority ("puedes dirigirte a la
/// autoridad …", development half es-codelab-imaginecode:118), not to a
/// court or to customer service.
#[test]
fn turning_to_the_authority_is_the_complaint() {
    let cases = [
        (
            "es",
            "## Autoridad de protección de datos\n\nSi consideras que no respetamos tus derechos, puedes dirigirte a la autoridad española responsable.\n\n- Sitio web de la autoridad de protección de datos: https://www.aepd.es/\n",
            "## Atención al cliente\n\nSi tienes un problema con tu pedido, puedes dirigirte a nuestro servicio de atención al cliente.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nDirija-se à autoridade de controlo se não estiver satisfeito com a nossa resposta.\n",
            "## Apoio\n\nPara questões sobre a sua encomenda, pode dirigir-se ao nosso apoio ao cliente.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.complaint", &cases, "dirigirte");
}

/// The controller named as the one who informs users about the processing
/// (the Spanish app-policy model's opening; development half
/// es-stayfresh-app:7), and an organisation named by its kind keeping
/// personal data (fr-violons-amilly-confidentialite:20).
#[test]
fn the_one_who_informs_about_or_keeps_the_data_is_the_controller() {
    let cases = [
        (
            "es",
            "De conformidad con el RGPD, Marta Ruiz Gómez informa a los usuarios de la aplicación Huerto (en adelante, la Aplicación) acerca del tratamiento de los datos personales que faciliten.\n",
            "## Novedades\n\nInformamos a los usuarios de la aplicación acerca de las nuevas funciones en cada versión.\n",
        ),
        (
            "en",
            "In accordance with the GDPR, Jane Miller informs the users of the Garden app about the processing of the personal data they provide.\n",
            "## News\n\nWe inform users about new features in every release.\n",
        ),
        (
            "fr",
            "## Conservation\n\nL'association Les Amis du Parc conserve de manière confidentielle les données personnelles le temps nécessaire au traitement de la demande.\n",
            "## Préférences\n\nLe site conserve vos préférences d'affichage dans votre navigateur.\n",
        ),
        (
            "de",
            "## Speicherdauer\n\nDer Verein Freunde des Parks speichert die personenbezogenen Daten nur so lange, wie es für die Anfrage nötig ist.\n",
            "## Archiv\n\nDer Verein Freunde des Parks bewahrt die Programme seiner Konzerte seit 1990 auf.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &cases, "informa / conserve");
}

/// The period the law provides for, in the singular, as the retention
/// criterion (development half pt-pdtspt-privacidade:47).
#[test]
fn the_period_provided_for_by_law_is_a_retention_criterion() {
    let cases = [
        (
            "pt",
            "## Conservação dos dados\n\nA Associação apenas conserva os dados pessoais recolhidos pelo período de tempo previsto na legislação aplicável.\n",
            "## Pedidos\n\nRespondemos aos pedidos no prazo previsto na lei.\n",
        ),
        (
            "en",
            "## Retention\n\nWe keep personal data for the period provided for by the applicable law.\n",
            "## Requests\n\nWe answer your request within the period provided for by law.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &cases, "previsto na legislação");
}

/// Text of an HTML block whose letters are character references, as a word
/// processor's export writes them ("retifica&ccedil;&atilde;o"): read as a
/// browser shows it, so the `;` of each reference no longer cuts the list of
/// rights into clauses (development half: pt-adabc-ppdp:197). The same
/// references in a sentence about something else meet nothing.
#[test]
fn html_character_references_are_read_as_letters() {
    let case = "character references";
    let pt = (
        "pt",
        "<p>Pode exercer os direitos de acesso, retifica&ccedil;&atilde;o, apagamento e oposi&ccedil;&atilde;o junto do nosso encarregado.</p>\n",
        "<p>A retifica&ccedil;&atilde;o das faturas emitidas &eacute; feita pela contabilidade no fim do m&ecirc;s.</p>\n",
    );
    assert_met_and_decoy("gdpr.rights.rectification", &[pt], case);
    let fr = (
        "fr",
        "<p>Vous pouvez introduire une r&eacute;clamation aupr&egrave;s de la CNIL.</p>\n",
        "<p>Les r&eacute;clamations sur les livraisons sont trait&eacute;es sous huit jours.</p>\n",
    );
    assert_met_and_decoy("gdpr.rights.complaint", &[fr], case);
    let de = (
        "de",
        "<p>Sie haben das Recht auf L&ouml;schung Ihrer personenbezogenen Daten.</p>\n",
        "<p>Die L&ouml;schung alter Rechnungen erfolgt nach Ablauf der Aufbewahrungsfrist durch die Buchhaltung.</p>\n",
    );
    assert_met_and_decoy("gdpr.rights.erasure", &[de], case);
}

/// The reader's wish denied ("If you don't want us to use your data …,
/// tell us"; "Sie möchten nicht, dass wir …?"; "Si vous ne voulez plus
/// que nous utilisions …") states the right to object. English "n't" is
/// read as "not": "don't" used to be the words "don" and "t", so the
/// same sentence met the rule with "do not" and fired with "don't". What
/// we do not want, or "nicht, dass wir" after anything but a wish, is no
/// objection.
#[test]
fn a_denied_wish_about_our_use_of_the_data_states_the_objection() {
    let rule = "gdpr.rights.object";
    let cases = [
        (
            "en",
            "## Your choices\n\nIf you don't want us to use your data for analytics, just tell us and we will stop.\n",
            "## Your choices\n\nWe don't want to use your data for anything you did not agree to.\n",
        ),
        (
            "en",
            "## Your choices\n\nDon’t want us to use your data for analytics? Just tell us and we will stop.\n",
            "## Your choices\n\nDon't want to miss an update? Subscribe to our newsletter.\n",
        ),
        (
            "de",
            "## Was Sie tun können\n\nSie möchten nicht, dass wir Ihre Daten für Statistiken nutzen? Dann genügt eine kurze Nachricht an uns.\n",
            "## Was Sie tun können\n\nDas bedeutet nicht, dass wir Ihre Daten für Werbung nutzen.\n",
        ),
        (
            "fr",
            "## Vos choix\n\nSi vous ne voulez plus que nous utilisions vos données pour nos statistiques, écrivez-nous.\n",
            "## Vos choix\n\nSi vous ne souhaitez pas que nous vous rappelions, ne laissez pas votre numéro.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "a denied wish");
}

/// A retention period for records named by what they are (bookings,
/// contact requests, order history) under a retention heading is the
/// retention period; the reply time to requests to erase is not.
#[test]
fn records_named_by_what_they_are_have_a_retention_period() {
    let rule = "gdpr.retention";
    let cases = [
        (
            "en",
            "## How long we keep data\n\nContact form submissions are deleted after 90 days.\n",
            "## How long we keep data\n\nDeletion requests are handled within 30 days.\n",
        ),
        (
            "de",
            "## Speicherdauer\n\nBuchungen speichern wir zwei Jahre nach Ihrem Aufenthalt.\n",
            "## Speicherdauer\n\nLöschanfragen bearbeiten wir innerhalb von 30 Tagen.\n",
        ),
        (
            "es",
            "## Conservación\n\nLas solicitudes de contacto se eliminan a los 90 días.\n",
            "## Plazo de conservación\n\nAtendemos las solicitudes de supresión en un plazo de 30 días.\n",
        ),
        (
            "nl",
            "## Bewaren\n\nUw bestelgeschiedenis bewaren wij tien jaar.\n",
            "## Bewaartermijn\n\nVerzoeken om verwijdering handelen wij binnen 30 dagen af.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "records by what they are");
}

/// Restriction asked for as suspending or pausing the processing or the
/// use of the reader's data (GDPR Art. 18(1)(a)); an account suspended for
/// abuse is not.
#[test]
fn suspending_the_processing_of_ones_data_is_restriction() {
    let rule = "gdpr.rights.restriction";
    let cases = [
        (
            "en",
            "## Your choices\n\nWhile we check a complaint about accuracy, you can ask us to pause the use of your data.\n",
            "## Your choices\n\nWe may suspend your account if you abuse the service.\n",
        ),
        (
            "en",
            "## Your choices\n\nYou can ask us to suspend the processing of your data while we check its accuracy.\n",
            "## Your choices\n\nThe service may be paused for maintenance. You can ask us about it.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander de suspendre le traitement de vos données pendant que nous vérifions leur exactitude.\n",
            "## Vos droits\n\nNous pouvons suspendre votre compte en cas d'abus. Vous pouvez nous contacter.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede solicitar que suspendamos el uso de sus datos.\n",
            "## Sus derechos\n\nPodemos suspender su cuenta en caso de abuso. Puede contactarnos.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci di sospendere il trattamento dei tuoi dati mentre verifichiamo la loro esattezza.\n",
            "## I tuoi diritti\n\nPossiamo sospendere il tuo account in caso di abuso. Puoi contattarci.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "restriction as suspending");
}

/// The causative passive with the reader in the third person: users may
/// "have their data removed"; access removed for a breach is no right.
/// And Portuguese "a pedido" (on request) closing the sentence grants the
/// erasure said before it; "a pedido das autoridades" does not.
#[test]
fn having_ones_data_removed_is_erasure() {
    let rule = "gdpr.rights.erasure";
    let cases = [
        (
            "en",
            "## Your choices\n\nUsers may have their account and all associated data removed at any time.\n",
            "## Your choices\n\nUsers may have their access removed if they breach the terms.\n",
        ),
        (
            "pt",
            "## As suas opções\n\nA sua conta e todos os dados associados podem ser apagados a pedido.\n",
            "## As suas opções\n\nA sua conta e os dados associados são apagados a pedido das autoridades.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "have … data removed");
}

/// The data subject named in the third person in Spanish and Portuguese
/// ("los interesados pueden", "os titulares podem"), as French, Italian
/// and Dutch already were; a brochure is no copy of one's data.
#[test]
fn data_subjects_in_the_third_person_may_obtain_access() {
    let rule = "gdpr.rights.access";
    let cases = [
        (
            "es",
            "## Sus opciones\n\nLos interesados pueden obtener confirmación de si tratamos sus datos.\n",
            "## Sus opciones\n\nLos interesados pueden obtener una copia de nuestro folleto en la recepción.\n",
        ),
        (
            "pt",
            "## As suas opções\n\nOs titulares podem pedir uma cópia dos seus dados.\n",
            "## As suas opções\n\nOs titulares podem obter uma cópia do nosso folheto na receção.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "third-person data subject");
}

/// Portuguese "a pedido" (on request) opening the sentence grants what
/// follows; "a pedido das autoridades" does not.
#[test]
fn portuguese_on_request_grants_portability() {
    let rule = "gdpr.rights.portability";
    let cases = [(
        "pt",
        "## As suas opções\n\nA pedido, entregamos-lhe os seus dados num formato legível por máquina.\n",
        "## As suas opções\n\nA pedido das autoridades, entregamos-lhes os dados num formato de leitura automática.\n",
    )];
    assert_met_and_decoy(rule, &cases, "a pedido");
}

/// A period as long as the subscription is active or the law requires
/// (GDPR Art. 13(2)(a), the criteria used to determine the period).
#[test]
fn kept_while_subscribed_or_as_the_law_requires_is_a_period() {
    let rule = "gdpr.retention";
    let cases = [
        (
            "en",
            "## Storage\n\nWe hold on to your order history for as long as the law requires.\n",
            "## Storage\n\nWe hold on to the belief that your data belongs to you.\n",
        ),
        (
            "de",
            "## Speicherung\n\nIhre Daten werden gespeichert, solange Ihr Abonnement aktiv ist.\n",
            "## Speicherung\n\nWir speichern Ihre Daten sicher.\n",
        ),
        (
            "fr",
            "## Conservation\n\nNous conservons votre adresse e-mail tant que votre abonnement est actif.\n",
            "## Conservation\n\nNous conservons vos données en sécurité.\n",
        ),
        (
            "nl",
            "## Bewaren\n\nWij bewaren uw e-mailadres zolang uw abonnement actief is.\n",
            "## Bewaren\n\nWij bewaren uw gegevens veilig.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "period by subscription or law");
}

/// The data that let us do something state what they are for ("Your email
/// address lets us send you receipts", "Ihr Standort ermöglicht uns, …",
/// "permite-nos enviar-lhe as faturas", "stelt ons in staat u facturen te
/// sturen"); what lets the reader do something is no purpose.
#[test]
fn data_that_let_us_do_something_state_a_purpose() {
    let rule = "gdpr.purposes";
    let cases = [
        (
            "en",
            "## What we use your data for\n\nYour email address lets us send you receipts and reset your password.\n",
            "## Settings\n\nThe settings page lets you change your password and your language.\n",
        ),
        (
            "pt",
            "## Para que usamos os seus dados\n\nO seu endereço de e-mail permite-nos enviar-lhe as faturas e repor a sua palavra-passe.\n",
            "## Definições\n\nAs definições permitem-lhe alterar a sua palavra-passe.\n",
        ),
        (
            "nl",
            "## Waarvoor wij uw gegevens gebruiken\n\nUw e-mailadres stelt ons in staat u facturen te sturen en uw wachtwoord te herstellen.\n",
            "## Instellingen\n\nMet de instellingen kunt u uw wachtwoord wijzigen.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "data that let us");
}

/// A request phrase set off by a comma at the end of the sentence governs
/// the clause before it ("We delete your data, on request.", "…, a seu
/// pedido."); a phrase that is not the reader's request grants nothing.
#[test]
fn a_request_phrase_after_a_comma_closing_the_sentence_grants_the_right() {
    let rule = "gdpr.rights.erasure";
    let cases = [
        (
            "en",
            "## Your rights\n\nWe delete your data, on request.\n",
            "## Your rights\n\nWe delete old backups, on schedule.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nIhr Konto und alle zugehörigen Daten können jederzeit gelöscht werden, auf Wunsch.\n",
            "## Ihre Rechte\n\nWir löschen alte Sicherungen, nach Plan.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nEliminamos sus datos, a petición.\n",
            "## Sus derechos\n\nEliminamos los datos a petición de las autoridades.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nA sua conta e todos os dados associados podem ser apagados a qualquer momento, a seu pedido.\n",
            "## Os seus direitos\n\nApagamos as cópias antigas, de acordo com o calendário.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "request phrase after a comma");
}

/// The site or app the notice is about said to be a service of a named
/// organisation identifies the controller; a third party's tool said to be
/// a service of its provider does not.
#[test]
fn a_site_that_is_a_service_of_a_named_organisation_identifies_the_controller() {
    let rule = "gdpr.controller.identity";
    let cases = [
        (
            "en",
            "Example App is a service of Example Labs GmbH (HRB 12345).\n",
            "## Analytics\n\nGoogle Analytics is a service of Google Ireland Limited.\n",
        ),
        (
            "de",
            "Example App ist ein Dienst der Example Labs GmbH (HRB 12345).\n",
            "## Analyse\n\nGoogle Analytics ist ein Dienst der Google Ireland Limited.\n",
        ),
        (
            "nl",
            "Example App is een dienst van Example Labs B.V. (KvK 12345678).\n",
            "## Analyse\n\nGoogle Analytics is een dienst van Google Ireland Limited.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "service of a named organisation");
}

/// The wish denied with the data as the subject of a passive is the
/// objection ("Vous ne voulez plus que vos données servent à la
/// prospection ?"); a denied wish about something else is not.
#[test]
fn a_denied_wish_that_the_data_be_used_is_the_objection() {
    let rule = "gdpr.rights.object";
    let cases = [
        (
            "fr",
            "## Vos droits\n\nVous ne voulez plus que vos données servent à la prospection ? Écrivez-nous à privacy@exemple.fr.\n",
            "## Vos droits\n\nVous ne voulez plus que votre abonnement soit renouvelé ? Écrivez-nous.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie möchten nicht, dass Ihre Daten für Werbung genutzt werden? Schreiben Sie uns.\n",
            "## Ihre Rechte\n\nDas bedeutet nicht, dass Ihre Daten für Werbung genutzt werden.\n",
        ),
        (
            "en",
            "## Your rights\n\nDon't want your data to be used for marketing? Just tell us.\n",
            "## Your rights\n\nDon't want your subscription to be renewed? Just tell us.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "denied wish, data as subject");
}

/// What settings let the reader do is no purpose of processing ("Die
/// Einstellungen ermöglichen es Ihnen, …"); the data that let us do
/// something still are.
#[test]
fn what_something_lets_the_reader_do_is_no_purpose_in_german() {
    let rule = "gdpr.purposes";
    let cases = [(
        "de",
        "## Wofür wir Ihre Daten nutzen\n\nIhr Standort ermöglicht es uns, Ihnen Stationen in der Nähe anzuzeigen.\n",
        "## Einstellungen\n\nDie Einstellungen ermöglichen es Ihnen, Ihr Passwort zu ändern.\n",
    )];
    assert_met_and_decoy(rule, &cases, "ermöglicht es Ihnen");
}

/// The time within which we act on a request ("…, and we will do so within
/// 30 days") is no retention period; a deletion period is.
#[test]
fn the_time_we_take_to_act_on_a_request_is_no_retention_period() {
    let rule = "gdpr.retention";
    let cases = [
        (
            "en",
            "## How long we keep your data\n\nWe delete your data within 30 days after you close your account.\n",
            "## How long we keep your data\n\nYou can ask us to delete your data, and we will do so within 30 days.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nWij verwijderen uw gegevens binnen 30 dagen nadat u uw account hebt opgeheven.\n",
            "## Bewaartermijn\n\nU kunt ons vragen uw gegevens te verwijderen en wij doen dat binnen 30 dagen.\n",
        ),
    ];
    assert_met_and_decoy(rule, &cases, "reply time");
}

/// French "à des tiers" (to third parties) is a transfer, not a source: the
/// recipients listed after it meet the rule.
#[test]
fn french_to_third_parties_is_no_source() {
    let rule = "gdpr.recipients";
    let cases = [(
        "fr",
        "## Destinataires\n\nLa transmission de vos données à des tiers se limite à notre hébergeur, OVH, qui les stocke pour notre compte.\n",
        "## Sources\n\nNous recevons certaines données des tiers, par exemple de nos partenaires de paiement.\n",
    )];
    assert_met_and_decoy(rule, &cases, "à des tiers");
}

/// A Dutch compound whose last part is "verzoek" names a request, not the
/// reader's: "Contactverzoeken worden na 90 dagen verwijderd" grants no
/// erasure; "op verzoek" still does.
#[test]
fn a_dutch_compound_of_verzoek_is_not_the_readers_request() {
    let rule = "gdpr.rights.erasure";
    let cases = [(
        "nl",
        "## Uw rechten\n\nUw gegevens worden op verzoek verwijderd.\n",
        "## Uw rechten\n\nContactverzoeken worden na 90 dagen verwijderd.\n",
    )];
    assert_met_and_decoy(rule, &cases, "compound verzoek");
}

/// Session 24 (devdata-l), classes of the development half's first sight:
/// rights listed inline after the grant with bullet glyphs, as a word
/// processor's paste keeps them (real/it-isiaurbino-informativa:37); the
/// controller under a heading put word for word from German ("Responsible
/// person", real/en-impromat-privacy:11); the CNIL's model form notice with
/// its slot filled by a name (real/fr-datactivist-rgpd:4); data "récupérées
/// lors de l'adhésion" are no source that keeps their recipients out
/// (real/fr-felides-rgpd:9); kept as the law on public records sets
/// (real/it-isiaurbino-informativa:33).
#[test]
fn session_24_first_sight_classes() {
    let case = "session 24 first sight";
    let bullets = [
        (
            "it",
            "## Diritti\n\nLei ha diritto di richiedere al Titolare, ai sensi del GDPR: • l'accesso ai propri dati; • la rettifica dei dati inesatti; • la cancellazione dei dati.\n",
            "## Segreteria\n\nI nostri volontari: • controllano l'elenco dei soci; • rettificano gli errori di battitura; • archiviano i moduli cartacei.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht, von uns zu verlangen: • Auskunft über Ihre Daten; • die Berichtigung unrichtiger Daten; • die Löschung Ihrer Daten.\n",
            "## Büro\n\nUnsere Ehrenamtlichen: • prüfen die Mitgliederliste; • berichtigen Tippfehler darin; • heften die Papierformulare ab.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &bullets, case);
    let controller = [
        (
            "en",
            "## Responsible person\n\nJane Miller  \nMill Road 12  \n80331 Munich  \njane.miller@example.org\n",
            "## Responsible person\n\nEach team leader is the responsible person for the first-aid kit in their room.\n",
        ),
        (
            "fr",
            "Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par Les Jardins du Lez pour la gestion des inscriptions.\n",
            "Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par notre hébergeur.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    let recipients = [(
        "fr",
        "Les données récupérées lors de l'adhésion sont utilisées uniquement par le bureau et ne seront transmises à personne d'autre.\n",
        "Les données reçues de la fédération lors de l'adhésion sont utilisées uniquement pour la licence.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    let retention = [
        (
            "it",
            "## Conservazione\n\nI dati della domanda sono conservati secondo il massimario di scarto dell'ente e poi distrutti.\n",
            "## Archivio\n\nL'archivio comunale illustra il massimario di scarto alle classi in visita.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nUw aanvraaggegevens worden bewaard volgens de selectielijst op grond van de Archiefwet en daarna vernietigd.\n",
            "## Archief\n\nHet gemeentearchief legt schoolklassen de Archiefwet uit.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
}

/// Session 25 (lead): the WordPress default privacy policy text, the most
/// widely published policy template, drew two false alarms: a purpose
/// after a long object ("… and the browser you use, to help spam
/// detection") and a recipient in the passive ("may be provided to the
/// Gravatar service"); its comment and spam services (Gravatar, Akismet,
/// Disqus) are named recipients in every language.
#[test]
fn session_25_lead_template_classes() {
    let case = "session 25 template classes";
    let purposes = [(
        "en",
        "## Comments\n\nWhen you comment, we record the name and e-mail address you enter, and also your IP address and the browser you use, to help spam detection.\n",
        "## Get involved\n\nVolunteers who want to help with translations can write to the team.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    let recipients = [
        (
            "en",
            "## Comments\n\nA code made from your e-mail address may be provided to the avatar service we use, to see whether you have a picture there.\n",
            "## Our service\n\nThe booking app is made available to the members of the club free of charge.\n",
        ),
        (
            "de",
            "## Kommentare\n\nKommentare prüfen wir mit Akismet auf Spam.\n",
            "## Hosting\n\nUnsere Server stehen in unserem eigenen Keller in Falkenstein.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    // The German translation of the template: a final clause after a verb
    // of processing and a long object; an export of one's data requested.
    let german_purposes = [(
        "de",
        "## Kommentare\n\nBeim Kommentieren sammeln wir die Daten aus dem Formular, dazu die IP-Adresse und den Browser, den du benutzt, um Spam leichter zu erkennen.\n",
        "## Vereinsleben\n\nWir treffen uns jeden Montag im Vereinsheim, um gemeinsam zu kochen.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &german_purposes, case);
    let export = [(
        "de",
        "## Deine Rechte\n\nDu kannst bei uns einen Export aller Daten anfordern, die wir über dich gespeichert haben.\n",
        "## Neuigkeiten\n\nDer Export unserer Vereinsdaten in das neue Kassenprogramm ist abgeschlossen.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &export, case);
    // The Free Privacy Policy Generator's definitions list names the
    // controller through the defined "We".
    let defined = [(
        "en",
        "## Definitions\n\n- **Company** (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Northgate Apps Limited, 4 Mill Lane, Leeds.\n",
        "## Definitions\n\n- **Member** (referred to as either \"the Member\" or \"You\" in this Agreement) refers to any person who joins the club, such as Jane Smith Limited.\n",
    )];
    assert_met_and_decoy("gdpr.controller.identity", &defined, case);
}

/// Session 25 (helper devdata-n), the false alarms and the miss the five new
/// development policies drew at first sight, each as a class: data
/// "communicated to" third parties name recipients (English from a Romance
/// original, Spanish, German, Dutch), changes "communicated to you" do not; a
/// long enumeration of rights after one "right" that ends in the objection
/// grants it, an enumeration of fees does not; the legal basis named as
/// Art. 9(2)(g)'s substantial public interest is a basis, the words in a
/// sentence that states none are not; "access the charter" is no right of
/// access.
#[test]
fn session_25_devdata_n_classes() {
    // (rule, language, met, decoy)
    let cases = [
        (
            "gdpr.recipients",
            "en",
            "## Recipients\n\nPersonal data may be communicated to third parties who assist us in managing our information systems.\n",
            "## Changes\n\nChanges to this notice will be communicated to you by e-mail.\n",
        ),
        (
            "gdpr.recipients",
            "es",
            "## Destinatarios\n\nLos datos podrán ser comunicados a terceros que nos ayudan a gestionar los sistemas informáticos.\n",
            "## Cambios\n\nLos cambios de esta política le serán comunicados a usted por correo electrónico.\n",
        ),
        (
            "gdpr.recipients",
            "de",
            "## Empfänger\n\nIhre Daten können Dritten mitgeteilt werden, die unsere IT-Systeme betreiben.\n",
            "## Änderungen\n\nÄnderungen werden Ihnen per E-Mail mitgeteilt.\n",
        ),
        (
            "gdpr.recipients",
            "nl",
            "## Ontvangers\n\nUw gegevens kunnen aan derden worden meegedeeld die onze systemen beheren.\n",
            "## Wijzigingen\n\nWijzigingen worden u per e-mail meegedeeld.\n",
        ),
        (
            "gdpr.rights.object",
            "fr",
            "## Vos droits\n\nVous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité des données, de révocation et d’opposition.\n",
            "## Tarifs\n\nLes droits d'inscription, de dossier, de relance, de timbre, de photocopie et d'opposition sur chèque sont affichés au secrétariat.\n",
        ),
        (
            "gdpr.rights.object",
            "en",
            "## Your rights\n\nYou have a right of access, rectification, erasure, restriction of processing, portability of your data, withdrawal of consent and objection.\n",
            "## Fees\n\nThe fees for registration, copying, certification, postage, storage, late payment and objection are listed on our price sheet.\n",
        ),
        (
            "gdpr.rights.object",
            "es",
            "## Sus derechos\n\nUsted tiene derecho de acceso, de rectificación, de supresión, de limitación del tratamiento, de portabilidad de sus datos, de retirada del consentimiento y de oposición.\n",
            "## Tasas\n\nLos derechos de inscripción, de matrícula, de examen, de expedición, de compulsa y de oposición a la plaza se abonan en secretaría.\n",
        ),
        (
            "gdpr.rights.object",
            "it",
            "## I suoi diritti\n\nLei ha un diritto di accesso, di rettifica, di cancellazione, di limitazione del trattamento, di portabilità dei dati, di revoca del consenso e di opposizione.\n",
            "## Costi\n\nI diritti di segreteria, di bollo, di copia, di spedizione, di mora e di opposizione sono indicati nel tariffario.\n",
        ),
        (
            "gdpr.rights.object",
            "pt",
            "## Os seus direitos\n\nTem o direito de acesso, de retificação, de apagamento, de limitação do tratamento, de portabilidade dos seus dados, de revogação do consentimento e de oposição.\n",
            "## Custos\n\nOs direitos de inscrição, de emolumentos, de certidão, de envio, de mora e de oposição constam da tabela de preços.\n",
        ),
        (
            "gdpr.legal-basis",
            "it",
            "## Finalità\n\nSi precisa che la base giuridica del trattamento è in relazione ai motivi di interesse pubblico rilevante, connessi alla protezione civile, ai sensi dell'art. 9 del Regolamento U.E. 2016/679.\n",
            "## Contesto\n\nL'art. 9 del GDPR lascia agli Stati membri definire i motivi di interesse pubblico rilevante che consentono di usare dati sanitari.\n",
        ),
        (
            "gdpr.legal-basis",
            "en",
            "## Why we use your data\n\nThe legal basis of the processing is reasons of substantial public interest in civil protection, under Article 9 GDPR.\n",
            "## Background\n\nArticle 9 GDPR lets each Member State decide which reasons of substantial public interest allow health data to be used.\n",
        ),
        (
            "gdpr.rights.access",
            "en",
            "## Your rights\n\nYou can access the personal data we hold about you by writing to our data protection officer.\n",
            "## Your rights\n\nOur personal information charter explains your rights. You can access the charter using the link on this page.\n",
        ),
        (
            "gdpr.rights.access",
            "nl",
            "## Uw rechten\n\nU kunt de persoonsgegevens die wij van u hebben op verzoek inzien.\n",
            "## Uw rechten\n\nDe algemene voorwaarden kunt u inzien op onze website.\n",
        ),
    ];
    for (rule, lang, met, decoy) in cases {
        assert_met_and_decoy(rule, &[(lang, met, decoy)], "session 25 devdata-n");
    }
}

/// Session 25, helper classes-y: the wording classes session 24 left, each
/// in every language where it applies (met, then decoy).
#[test]
fn session_25_classes_y_classes() {
    let case = "session 25 classes-y";
    // An objection in everyday words: a denied wish about the use of one's
    // data with the reader told to tell or contact us (development half,
    // fr-felides-rgpd:13); the wish answered with something else is none.
    let object = [
        (
            "en",
            "If you don't want your data used for analytics, just tell us.\n",
            "If you don't want your data used for the newsletter, rest assured: it is sent only to members.\n",
        ),
        (
            "pt",
            "Caso não deseje que os seus dados sejam utilizados para estatísticas, pode contactar-nos por e-mail.\n",
            "Se não quiser que os seus dados sejam usados para a newsletter, saiba que ela só é enviada aos sócios.\n",
        ),
        (
            "nl",
            "Als u niet wilt dat uw gegevens voor statistieken worden gebruikt, kunt u contact met ons opnemen.\n",
            "Als u niet wilt dat uw gegevens voor de nieuwsbrief worden gebruikt: die gaat alleen naar leden.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &object, case);
    assert_all_met(
        "gdpr.rights.object",
        &[
            (
                "de",
                "Falls Sie nicht möchten, dass Ihre Daten für den Newsletter verwendet werden, können Sie uns jederzeit kontaktieren.\n",
            ),
            (
                "es",
                "Si no desea que sus datos se utilicen para estadísticas, simplemente escríbanos.\n",
            ),
        ],
        case,
    );
    // A right asked for by its request noun ("Een inzageverzoek kunt u per
    // e-mail indienen", session 24 classes-w's note); not the same noun
    // about something else than one's data ("… voor het bouwdossier").
    let access = [
        (
            "nl",
            "Een inzageverzoek kunt u per e-mail indienen.\n",
            "Een inzageverzoek voor het bouwdossier kunt u indienen bij de gemeente.\n",
        ),
        (
            "de",
            "Sie können eine Auskunftsanfrage per E-Mail stellen.\n",
            "Sie können ein Auskunftsersuchen beim Grundbuchamt stellen, um den Eigentümer eines Grundstücks zu erfahren.\n",
        ),
        (
            "fr",
            "Vous pouvez envoyer une demande d'accès par e-mail à privacy@exemple.fr.\n",
            "Vous pouvez faire une demande d'accès à l'espace adhérents auprès du bureau.\n",
        ),
        (
            "es",
            "Puede enviar una solicitud de acceso por correo electrónico a privacidad@ejemplo.es.\n",
            "Puede enviar una solicitud de acceso al aparcamiento en la recepción del club.\n",
        ),
        (
            "it",
            "Può inviare una richiesta di accesso via e-mail a privacy@esempio.it.\n",
            "Puoi inviare una richiesta di accesso all'area riservata dalla pagina del tuo profilo.\n",
        ),
        (
            "pt",
            "Pode enviar um pedido de acesso por e-mail para privacidade@exemplo.pt.\n",
            "Pode enviar um pedido de acesso à área de sócios na secretaria do clube.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    // The same for the other rights' request nouns where they fired.
    for (rule, lang, met, decoy) in [
        (
            "gdpr.rights.rectification",
            "nl",
            "Een correctieverzoek kunt u per e-mail indienen.\n",
            "Een correctieverzoek voor de ledenkrant kunt u bij de redactie indienen.\n",
        ),
        (
            "gdpr.rights.erasure",
            "fr",
            "Vous pouvez nous envoyer une demande de suppression par e-mail.\n",
            "Vous pouvez adresser une demande de suppression de la taxe de séjour à la mairie.\n",
        ),
    ] {
        assert_met_and_decoy(rule, &[(lang, met, decoy)], case);
    }
    // An aim in its own clause and the data sent for it (development half,
    // it-biketracking-app:17); an aim and a sending of no data is no purpose.
    let purposes = [
        (
            "it",
            "In Europa, per determinare l'altitudine l'app esegue una richiesta inviando la posizione a un mio server che non la conserva.\n",
            "Per annunciare gli orari del circolo, l'app invia una notifica ogni lunedì.\n",
        ),
        (
            "en",
            "To calculate the route, the app sends your location to our server.\n",
            "To announce the club's opening hours, the app sends a notification every Monday.\n",
        ),
        (
            "de",
            "Um die Route zu berechnen, übermittelt die App Ihren Standort an unseren Server.\n",
            "Um die Öffnungszeiten des Vereins anzukündigen, sendet die App jeden Montag eine Benachrichtigung.\n",
        ),
        (
            "nl",
            "Om de route te berekenen, stuurt de app uw locatie naar onze server.\n",
            "Om de openingstijden van de club aan te kondigen, stuurt de app elke maandag een melding.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
}

/// Session 25, helper devdata-m: the classes of the first-sight false
/// alarms on five new development policies (docs/accuracy.md). Each met
/// wording is quiet and each decoy beside it still fires.
#[test]
fn session_25_devdata_m_classes() {
    let case = "session 25 devdata-m";
    // An HTML table in a Markdown policy: its rows are rows, under the
    // titles of its header (`<th>`, or a first row of bold cells).
    let html_tables = [
        (
            "pt",
            "<table>\n<tr><td><b>Dados Pessoais</b></td><td><b>Prazo de Conservação</b></td></tr>\n<tr><td>Endereço de IP</td><td>1 ano após o último acesso</td></tr>\n</table>\n",
            "<table>\n<tr><td><b>Dados Pessoais</b></td><td><b>Periodicidade</b></td></tr>\n<tr><td>Endereço de IP</td><td>a cada 30 dias</td></tr>\n</table>\n",
        ),
        (
            "en",
            "<table>\n<tr><th>Data</th><th>Retention period</th></tr>\n<tr><td>Server logs</td><td>14 days after the visit</td></tr>\n</table>\n",
            "<table>\n<tr><th>Data</th><th>Update interval</th></tr>\n<tr><td>Server logs</td><td>every 14 days</td></tr>\n</table>\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &html_tables, case);
    // The answer under a heading that asks how long the data are kept: a
    // deletion and a period, no data noun.
    let answers = [
        (
            "de",
            "## Wie lange speichern wir die Daten\n\nBis zur Löschung durch die Betreiber oder wenn der Knoten mehr als 365 Tage inaktiv ist.\n",
            "## Wie lange speichern wir die Daten\n\nDer Knoten meldet sich alle 5 Minuten beim Server.\n",
        ),
        (
            "en",
            "## How long do we keep your data?\n\nUntil you delete the entry yourself, or two years after your last login.\n",
            "## How long do we keep your data?\n\nThe app checks for new entries every five minutes.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &answers, case);
    // A condition on the reader that names the right, the main clause
    // saying how to ask; someone else's data or a wish without the right
    // grants nothing.
    let conditions = [
        (
            "nl",
            "## Jouw rechten\n\nAls je bepaalde gegevens niet zelf kunt wissen, dan kun je per mail contact opnemen met ons bureau.\n",
            "## Jouw rechten\n\nAls je gegevens van andere leden ziet, verwijder ze dan niet zelf maar meld het bij het bestuur.\n",
        ),
        (
            "de",
            "## Eure Rechte\n\nWenn ihr eure Daten nicht selbst löschen könnt, schreibt uns eine E-Mail.\n",
            "## Eure Rechte\n\nWenn ihr fremde Beiträge seht, löscht sie nicht selbst, sondern meldet sie der Moderation.\n",
        ),
        (
            "en",
            "## Your rights\n\nIf you want your data deleted, just email us.\n",
            "## Your rights\n\nIf you want your photos printed in colour, tick the box when you order.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou can ask us to remove your details from our mailing records at any time.\n",
            "## Your rights\n\nYou can remove the details panel from your dashboard at any time.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &conditions, case);
    // English words of a German notice: "information about your data"
    // (Auskunft) and "blocking" beside deletion (Sperrung).
    let access = [(
        "en",
        "## Your rights\n\nYou may request information about your personal data that we store.\n",
        "## Your rights\n\nYou may request information about your order status by phone.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let restriction = [(
        "en",
        "## Your rights\n\nYou may request the correction, blocking and deletion of your data.\n",
        "## Your rights\n\nYou can switch on the blocking of trackers in your browser settings.\n",
    )];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
    // An address fenced as code to keep its line breaks is the address it
    // shows; code in the same place is still unread.
    let fenced = [(
        "de",
        "## Verantwortlicher\n\n```\nSchachfreunde Nord e.V.\nVertreten durch Anna Berg\nE-Mail: vorstand@schachfreunde-nord.example\n```\n",
        "## Verantwortlicher\n\n```\nsite.verantwortlich = \"TODO\";\n```\n",
    )];
    assert_met_and_decoy("gdpr.controller.identity", &fenced, case);
}

/// Session 25, helper classes-z: the small wording classes the session-25
/// helpers left (docs/accuracy.md). Each met wording is quiet and each
/// decoy beside it still fires.
#[test]
fn session_25_classes_z_classes() {
    let case = "session 25 classes-z";
    // The request noun of the right of access in the passive, no reader
    // named: the noun supposes the right; the same noun for a car park or
    // a members' area does not.
    let requests = [
        (
            "en",
            "## Contact\n\nA subject access request can be made by email to privacy@example.org.\n",
            "## Contact\n\nAccess requests for the staff car park can be made by email to facilities@example.org.\n",
        ),
        (
            "es",
            "## Contacto\n\nLas solicitudes de acceso pueden enviarse a privacidad@ejemplo.es.\n",
            "## Contacto\n\nLas solicitudes de acceso al aparcamiento pueden enviarse a conserjeria@ejemplo.es.\n",
        ),
        (
            "it",
            "## Contatti\n\nLe richieste di accesso possono essere inviate a privacy@esempio.it.\n",
            "## Contatti\n\nLe richieste di accesso all'area riservata possono essere inviate alla segreteria.\n",
        ),
        (
            "pt",
            "## Contactos\n\nOs pedidos de acesso podem ser enviados para privacidade@exemplo.pt.\n",
            "## Contactos\n\nOs pedidos de acesso à área de sócios podem ser enviados para a secretaria.\n",
        ),
        (
            "nl",
            "## Contact\n\nInzageverzoeken kunnen per e-mail worden ingediend bij privacy@voorbeeld.nl.\n",
            "## Contact\n\nInzageverzoeken voor bouwdossiers kunnen bij de gemeente worden ingediend.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &requests, case);
    // The answer "until you delete them yourself" under a heading that asks
    // how long the data are kept; the deletion without a period is none.
    let answers = [
        (
            "fr",
            "## Combien de temps conservons-nous les données ?\n\nJusqu'à leur suppression par vous, ou au plus tard deux ans après votre dernière connexion.\n",
            "## Combien de temps conservons-nous les données ?\n\nLeur suppression se fait depuis la page de votre compte.\n",
        ),
        (
            "nl",
            "## Hoe lang bewaren we de gegevens?\n\nTot je ze zelf verwijdert, of uiterlijk twee jaar na je laatste login.\n",
            "## Hoe lang bewaren we de gegevens?\n\nJe verwijdert ze zelf via de pagina van je account.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &answers, case);
    // A condition on what the reader cannot do themselves, then how to ask;
    // the same condition answered with a refusal grants nothing.
    let conditions = [(
        "en",
        "## Your data\n\nIf you cannot delete your data yourself, email us at privacy@example.org.\n",
        "## Your data\n\nIf you cannot delete your data yourself, we cannot do it for you either.\n",
    )];
    assert_met_and_decoy("gdpr.rights.erasure", &conditions, case);
    // Third parties "who help us" are recipients, not a source.
    let recipients = [(
        "fr",
        "## Destinataires\n\nVos données peuvent être communiquées à des tiers qui nous aident à gérer nos systèmes informatiques.\n",
        "## Bénévoles\n\nDes bénévoles nous aident à gérer nos systèmes informatiques.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
}

/// Session 25 (wp-z): the WordPress default privacy policy text in French,
/// Spanish, Italian, Dutch and Portuguese (its translations on
/// translate.wordpress.org, GPL-2.0-or-later) drew false alarms as the
/// English and German did: an aim ("para …", "per …", "om … te") after a
/// verb of processing and a long object; a file of one's data the reader
/// asks to receive (access, in French also portability); comments kept
/// "a tempo indeterminato" / "voor altijd" / "indéfiniment" (retention).
#[test]
fn session_25_wp_z_classes() {
    let case = "session 25 wp-z classes";
    let purposes = [
        (
            "es",
            "## Inscripciones\n\nAl apuntarte guardamos tu nombre, tu correo, el club al que perteneces y la talla de camiseta que elijas para preparar los dorsales.\n",
            "## Vida del club\n\nNos reunimos cada lunes en el local para cocinar juntos.\n",
        ),
        (
            "it",
            "## Iscrizioni\n\nQuando ti iscrivi registriamo il nome, l'indirizzo email, la squadra e la taglia della maglietta che scegli per preparare i pettorali.\n",
            "## Vita del club\n\nCi troviamo ogni lunedì nella sede del club per cucinare insieme.\n",
        ),
        (
            "nl",
            "## Inschrijving\n\nBij je inschrijving bewaren we je naam, je e-mailadres, je club en de shirtmaat die je kiest om de startnummers klaar te leggen.\n",
            "## Clubleven\n\nWe komen elke maandag samen in het clubhuis om te koken.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    let access = [
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander de recevoir un fichier avec toutes les données que nous gardons sur vous.\n",
            "## Actualités\n\nLes adhérents peuvent recevoir un fichier avec le calendrier des matchs.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci di ricevere un file con tutti i dati che conserviamo su di te.\n",
            "## Notizie\n\nI soci possono ricevere un file con il calendario delle partite.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos para receber um ficheiro com todos os dados que guardamos sobre si.\n",
            "## Notícias\n\nOs sócios podem receber um ficheiro com o calendário dos jogos.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let retention = [
        (
            "it",
            "## Messaggi\n\nI messaggi del forum e i dati dei loro autori vengono conservati a tempo indeterminato.\n",
            "## Lavora con noi\n\nOffriamo un contratto a tempo indeterminato al nuovo allenatore.\n",
        ),
        (
            "nl",
            "## Forum\n\nBerichten op het forum en de gegevens van de schrijvers worden voor altijd bewaard.\n",
            "## Bedankt\n\nVoor altijd dankbaar zijn we onze vrijwilligers.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
}

/// Session 26 (lead): the Shopify store privacy policy template, which a
/// great many shops publish, grants portability as "to port it to a new
/// service": the verb "port" with the data as a pronoun. Porting an app to
/// another platform is no right. Its newer text drew two more false alarms,
/// fixed as classes below.
#[test]
fn session_26_lead_template_classes() {
    let portability = [(
        "en",
        "## Your rights\n\nYou have the right to see the data we hold about you and to port it to a new service of your choice.\n",
        "## Our app\n\nWe will port it to Android next year.\n",
    )];
    let case = "session 26 lead classes";
    assert_met_and_decoy("gdpr.rights.portability", &portability, case);
    // Its newer text defines the shop as "we" after a defined term of its
    // own, and ties the period to whether the data are still needed.
    let controller = [
        (
            "en",
            "## About us\n\nHarbour Books Ltd (the \"Store\", \"we\" or \"us\") sells books online.\n",
            "## Our app\n\nOur mobile app (the \"App\", \"Service\") lets you order books online.\n",
        ),
        (
            "de",
            "## Über uns\n\nDie Buchhandlung Hafen GmbH (nachfolgend „Shop“, „wir“) verkauft Bücher online.\n",
            "## Die App\n\nUnsere App (nachfolgend „App“, „Dienst“) erlaubt Bestellungen online.\n",
        ),
        (
            "fr",
            "## À propos\n\nLa Librairie du Port SARL (la « Boutique », « nous ») vend des livres en ligne.\n",
            "## L'application\n\nNotre application (l'« Application », le « Service ») permet de commander en ligne.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    let retention = [
        (
            "en",
            "## How long we keep it\n\nHow long we keep your order details depends on several factors, such as whether we still need them to handle returns.\n",
            "## How long we keep it\n\nHow long we keep your order details depends on many factors.\n",
        ),
        (
            "de",
            "## Speicherdauer\n\nWie lange wir Ihre Bestelldaten aufbewahren, hängt davon ab, ob wir sie noch für Rücksendungen benötigen.\n",
            "## Speicherdauer\n\nWie lange wir Ihre Bestelldaten aufbewahren, hängt von vielen Faktoren ab.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // Data only the reader can delete are kept until the reader deletes
    // them (de-hsworms-mystudybuddy, development half); in English also in
    // the passive with a place before the period.
    let only_you = [
        (
            "en",
            "## Your data\n\nYour data are stored only on your device and can only be deleted by you.\n",
            "## Forum\n\nThe data of forum posts are stored on our server and can only be deleted by moderators.\n",
        ),
        (
            "de",
            "## Ihre Daten\n\nIhre Daten werden nur auf Ihrem Gerät gespeichert und können nur von Ihnen gelöscht werden.\n",
            "## Forum\n\nDie Daten der Forenbeiträge werden auf unserem Server gespeichert und können nur von Moderatoren gelöscht werden.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &only_you, case);
}

/// Session 26, helper classes-r: the wording classes session 25 probed and
/// left (docs/accuracy.md). Each met wording is quiet and each decoy beside
/// it still fires.
#[test]
fn session_26_classes_r_classes() {
    let case = "session 26 classes-r";
    // Metadata are data by their name (the WordPress template keeps "the
    // comment and its metadata" without end); metadata stored somewhere,
    // with no period, state no retention.
    let metadata = [
        (
            "it",
            "## Chiamate\n\nI metadati delle tue chiamate vengono conservati per sei mesi.\n",
            "## Chiamate\n\nI metadati delle tue chiamate sono conservati sui nostri server a Milano.\n",
        ),
        (
            "nl",
            "## Gesprekken\n\nDe metadata van je gesprekken bewaren we zes maanden.\n",
            "## Gesprekken\n\nDe metadata van je gesprekken worden op onze eigen servers in Amsterdam bewaard.\n",
        ),
        (
            "en",
            "## Calls\n\nThe metadata of your calls is kept for six months.\n",
            "## Calls\n\nCall metadata is stored on our own servers in Dublin.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &metadata, case);
    // A Dutch denied change in the inverted and the verb-final word order
    // grants no rectification; a condition on it with an ask does.
    let denied = [(
        "nl",
        "## Je gegevens\n\nAls je je gegevens niet kunt wijzigen, mail ons via privacy@voorbeeld.nl.\n",
        "## Je account\n\nAlle leden kunnen hun profiel bekijken, behalve dat ze hun gebruikersnaam niet kunnen wijzigen.\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &denied, case);
    let inverted = [(
        "nl",
        "## Je gegevens\n\nJe kunt gegevens die niet kloppen laten corrigeren door ons te mailen.\n",
        "## Je account\n\nUw klantnummer kunt u niet wijzigen.\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &inverted, case);
    // The same denial in the French reader's persons ("vous ne pouvez pas").
    let french = [(
        "fr",
        "## Vos données\n\nSi vous ne pouvez pas corriger vos données vous-même, écrivez-nous à privacy@exemple.fr.\n",
        "## Votre compte\n\nVous ne pouvez pas modifier votre identifiant de connexion.\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &french, case);
    // "If you cannot delete / correct your data yourself, write to us": the
    // condition with an ask; answered with a refusal it grants nothing.
    let erasure = [
        (
            "it",
            "## I tuoi dati\n\nSe non riesci a cancellare i tuoi dati da solo, scrivici a privacy@esempio.it.\n",
            "## I tuoi dati\n\nSe non riesci a cancellare i tuoi dati da solo, nemmeno noi possiamo farlo per te.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nSe não puder apagar os seus dados, envie-nos um e-mail para privacidade@exemplo.pt.\n",
            "## Os seus dados\n\nSe não conseguir apagar os seus dados sozinho, também nós não o podemos fazer por si.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    let rectification = [
        (
            "en",
            "## Your data\n\nIf you cannot correct your details yourself, write to us at privacy@example.org.\n",
            "## Your data\n\nIf you cannot correct your details yourself, we cannot do it for you either.\n",
        ),
        (
            "es",
            "## Tus datos\n\nSi no puede corregir sus datos usted mismo, escríbanos a privacidad@ejemplo.es.\n",
            "## Tus datos\n\nSi no puede corregir sus datos usted mismo, nosotros tampoco podemos hacerlo por usted.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nSe não conseguir corrigir os seus dados sozinho, escreva-nos para privacidade@exemplo.pt.\n",
            "## Os seus dados\n\nSe não conseguir corrigir os seus dados sozinho, também nós não o podemos fazer por si.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
    // The answer "until you delete them yourself" in Italian (session 25,
    // classes-z, class 2: its phrasings had no e2e case).
    let until = [(
        "it",
        "## Per quanto tempo conserviamo i dati?\n\nFino a quando non li cancelli tu, e comunque non oltre un anno dall'ultimo accesso.\n",
        "## Per quanto tempo conserviamo i dati?\n\nLi cancelli tu stesso dalla pagina del tuo account.\n",
    )];
    assert_met_and_decoy("gdpr.retention", &until, case);
    // Portuguese "Se não quiser que …": the objection as a wish the reader
    // does not have, with an ask; the wish answered with something else is
    // none (the denied wish is no grant of its own).
    let object = [(
        "pt",
        "## Análise\n\nSe não quiser que os seus dados sejam usados para fins de análise, contacte-nos.\n",
        "## Newsletter\n\nSe não quiser que os seus dados sejam usados para a newsletter, fique descansado: ela é enviada apenas aos sócios.\n",
    )];
    assert_met_and_decoy("gdpr.rights.object", &object, case);
    // Data published under a retention heading, for the law that requires
    // it, state no period of keeping; kept for a period, they do.
    let published = [(
        "it",
        "## Per quanto tempo conserviamo i tuoi dati\n\nI dati dei soci pubblicati nell'annuario della società vengono conservati per cinque anni.\n",
        "## Per quanto tempo conserviamo i tuoi dati\n\nAlcuni dati dei soci potranno essere pubblicati sul sito della società per adempiere agli obblighi di legge.\n",
    )];
    assert_met_and_decoy("gdpr.retention", &published, case);
}

/// Session 26 (helper tmpl-q): the classes of the generated privacy
/// statements many small sites and apps publish (the Complianz EU privacy
/// statement, the nisrulz app-privacy-policy-generator GDPR text). The
/// sentences are the team's own, in the templates' constructions.
#[test]
fn session_26_tmpl_q_classes() {
    let case = "session 26 tmpl-q classes";
    // The organisation named by its defined term uses the information the
    // reader gives to do something: a purpose; not "to" before a noun.
    let purposes = [(
        "en",
        "## What we collect\n\nThe Operator may use the information you give us to answer your support questions.\n",
        "## Reuse\n\nThe Licensee may use the information to the extent the licence allows.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    // A wish condition with "you'd" or the defined term before the right's verb.
    let erasure = [
        (
            "en",
            "## Your data\n\nIf you'd like the Publisher to erase the details you sent, just email them.\n",
            "## Events\n\nIf you'd like the Choir to sing at your wedding, write to us.\n",
        ),
        (
            "en",
            "## Your data\n\nIf you'd like us to delete your account data, write to privacy@example.org.\n",
            "## Events\n\nIf you'd like us to sing at your wedding, write to privacy@example.org.\n",
        ),
        (
            "en",
            "## Your data\n\nIf you want the Club Secretary to delete the details you gave at sign-up, email them.\n",
            "## Events\n\nIf you want the Club Secretary to book a table, email them.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    // Kept until the service is terminated; a number of months after its unit.
    let retention = [
        (
            "en",
            "## Retention period\n\nWe keep this data until the service is terminated.\n",
            "## Our service\n\nWe keep you posted until the service is terminated.\n",
        ),
        (
            "en",
            "## Retention period\n\nWe keep these records upon termination of the service for the following number of months: 6\n",
            "## Support plans\n\nSupport plans run for the following number of months: 12\n",
        ),
        (
            "fr",
            "## Durée de conservation\n\nLes données de facturation sont conservées pendant le nombre de mois suivant : 10\n",
            "## Abonnement\n\nL'abonnement se renouvelle pour le nombre de mois suivant : 12\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // The reader's data deleted or blocked (the blocking of Directive 95/46/EC
    // Art. 12(b), GDPR Art. 18's restriction); not cookies blocked in a browser.
    let restriction = [
        (
            "en",
            "## Your rights\n\nYou have the right to complete, correct, delete or block your personal data at any time.\n",
            "## Cookies\n\nYou can delete or block cookies in your browser at any time.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht, Ihre gespeicherten Daten zu berichtigen, zu löschen oder zu sperren.\n",
            "## Cookies\n\nSie haben das Recht, Cookies in Ihrem Browser zu löschen oder zu sperren.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez à tout moment compléter, corriger, supprimer ou bloquer vos données personnelles.\n",
            "## Cookies\n\nVous pouvez à tout moment supprimer ou bloquer les cookies dans votre navigateur.\n",
        ),
        (
            "es",
            "## Tus derechos\n\nPuedes completar, corregir, borrar o bloquear tus datos personales cuando quieras.\n",
            "## Cookies\n\nPuedes borrar o bloquear las cookies desde tu navegador.\n",
        ),
        (
            "nl",
            "## Je rechten\n\nJe hebt het recht om je gegevens te verbeteren, te verwijderen of te blokkeren.\n",
            "## Cookies\n\nJe kunt in je browser instellen om cookies te verwijderen of te blokkeren.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci in ogni momento di correggere, cancellare o bloccare i tuoi dati personali.\n",
            "## Cookie\n\nPuoi cancellare o bloccare i cookie dalle impostazioni del browser.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos a qualquer momento para corrigir, eliminar ou bloquear os seus dados pessoais.\n",
            "## Cookies\n\nPode eliminar ou bloquear os cookies nas definições do seu navegador.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
    // "The basis on which we may process these data is:" over the ground:
    // the plain word with a verb of processing; not the base a club rests on.
    let basis = [
        (
            "fr",
            "## Nos traitements\n\n**La base sur laquelle nous traitons vos coordonnées est :**\n\n- Votre consentement.\n",
            "## Notre club\n\n**La base sur laquelle repose notre club est :**\n\n- Le consentement de ses membres.\n",
        ),
        (
            "es",
            "## Nuestros tratamientos\n\n**La base sobre la que tratamos tus datos de contacto es:**\n\n- Tu consentimiento.\n",
            "## Nuestro club\n\n**La base sobre la que se fundó nuestro club es:**\n\n- El consentimiento de sus socios.\n",
        ),
        (
            "pt",
            "## Os nossos tratamentos\n\n**A base sobre a qual tratamos os seus contactos é:**\n\n- O seu consentimento.\n",
            "## O nosso clube\n\n**A base sobre a qual construímos o nosso clube é:**\n\n- O consentimento dos sócios.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, case);
}

/// Session 26, helper devdata-p: the classes six unseen development
/// policies showed (met, then decoy), in languages where each applies.
#[test]
fn session_26_devdata_p_classes() {
    let case = "session 26 devdata-p";
    // The items of a lettered list soft-broken inside its lead-in's
    // paragraph ("… di ottenere: a) …; b) …; e) la portabilità dei dati";
    // it-gold-m5sbz-privacy): the enumerator continues the grant.
    let lettered = [
        (
            "it",
            "## Diritti\n\nL'interessato ha diritto di ottenere:\na) la rettifica dei dati inesatti;\nb) la cancellazione dei dati, compresi quelli di cui non è necessaria la conservazione;\nc) la portabilità dei dati;\nd) la limitazione del trattamento.\n",
            "## L'app\n\nL'app offre:\na) mappe offline;\nb) la condivisione dei percorsi;\nc) l'esportazione dei percorsi in formato GPX;\nd) una modalità scura.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou have the right to obtain:\na) the rectification of inaccurate data;\nb) the erasure of data we no longer need;\nc) the portability of your data;\nd) the restriction of processing.\n",
            "## The app\n\nThe app offers:\na) offline maps;\nb) route sharing with friends;\nc) export of your routes as GPX files;\nd) a dark mode.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &lettered, case);
    // Portability as the data transmitted directly to a third party
    // (Art. 20(2); en-nyucreate-gdprnotice), not a refund sent to a bank.
    let direct = [
        (
            "en",
            "## Your rights\n\nYou can ask us to transfer your personal data directly to a third party of your choice.\n",
            "## Refunds\n\nYou can ask for your refund to be transferred directly to your bank account.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez demander que nous transmettions directement vos données à un tiers de votre choix.\n",
            "## Remboursements\n\nVous pouvez demander que votre remboursement soit transmis directement à votre banque.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, dass wir Ihre Daten direkt an einen Dritten Ihrer Wahl übermitteln.\n",
            "## Erstattungen\n\nSie können verlangen, dass wir Ihre Erstattung direkt an Ihre Bank überweisen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &direct, case);
    // A period said of data the organisation, named in the third person,
    // keeps (en-nyucreate-gdprnotice), or kept for the periods
    // regulations set (es-pericos-privacidad); not trophies.
    let retention = [
        (
            "en",
            "## Membership\n\nThe Foundation keeps your membership information for six years after your membership ends.\n",
            "## Membership\n\nThe Foundation will keep you informed about its projects for the next three years.\n",
        ),
        (
            "nl",
            "## Lidmaatschap\n\nDe vereniging bewaart uw gegevens tot twee jaar na het einde van uw lidmaatschap.\n",
            "## Lidmaatschap\n\nDe vereniging bewaart de bekers al twintig jaar in de kantine.\n",
        ),
        (
            "es",
            "## Facturas\n\nConservamos sus datos de facturación durante los plazos exigidos por la normativa tributaria.\n",
            "## Trofeos\n\nGuardamos los trofeos del club durante los plazos exigidos por la normativa de la liga.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // The purpose as the activity the processing takes place in
    // (fr-ditrit-confidentialite), or the legitimate interest named by
    // what it pursues (en-nyucreate-gdprnotice); not a law's framework nor
    // whose interest it is.
    let purposes = [
        (
            "fr",
            "## Formulaire de contact\n\nCe site collecte des données personnelles dans le seul cadre de la gestion des demandes envoyées par le formulaire de contact.\n",
            "## Formulaire de contact\n\nNous traitons les données personnelles dans le cadre du RGPD et de la loi Informatique et Libertés.\n",
        ),
        (
            "de",
            "## Kontaktformular\n\nDiese Website erhebt personenbezogene Daten nur im Rahmen der Bearbeitung von Anfragen über das Kontaktformular.\n",
            "## Kontaktformular\n\nWir verarbeiten personenbezogene Daten im Rahmen der DSGVO und des BDSG.\n",
        ),
        (
            "en",
            "## Legal basis\n\nThe legal basis is our legitimate interest in keeping the website secure.\n",
            "## Legal basis\n\nWe rely on legitimate interests in some cases; ask us for the balancing test.\n",
        ),
        (
            "it",
            "## Base giuridica\n\nLa base giuridica è il nostro legittimo interesse alla sicurezza del sito.\n",
            "## Base giuridica\n\nAlcuni trattamenti si basano sul legittimo interesse del titolare; il bilanciamento è disponibile su richiesta.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    // An online form service named (fr-ditrit-confidentialite) receives
    // what is typed into the form; not one the form does without.
    let form_services = [
        (
            "fr",
            "## Formulaire de contact\n\nPour gérer le formulaire de contact, nous utilisons le service Formspree.\n",
            "## Formulaire de contact\n\nNotre formulaire de contact n'utilise ni Formspree ni aucun autre service externe : les messages arrivent directement sur notre propre serveur.\n",
        ),
        (
            "en",
            "## Contact form\n\nWe use Formspree to handle the messages sent through our contact form.\n",
            "## Contact form\n\nOur contact form does not use Formspree or any other outside service: messages go straight to our own server.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &form_services, case);
    // French "portabilité" exact: the mobile phone ("numéro de portable",
    // fr-milleunebornes-mentionslegales) is no portability.
    let portable = [(
        "fr",
        "## Vos droits\n\nVous avez droit à la portabilité de vos données.\n",
        "## Vos droits\n\nVous pouvez nous communiquer votre numéro de portable pour être prévenu des sorties.\n",
    )];
    assert_met_and_decoy("gdpr.rights.portability", &portable, case);
}

/// Session 26, helper devdata-o: the classes of the first-sight false
/// alarms of five more development policies (docs/accuracy.md). Each met
/// wording is quiet and each decoy beside it still fires.
#[test]
fn session_26_devdata_o_classes() {
    let case = "session 26 devdata-o";
    // Data collected "for" the running of the site: the aim named by an
    // activity noun; donations collected for it are no data, a period no aim.
    let purposes = [
        (
            "de",
            "## Server-Logdateien\n\nFür den sicheren Betrieb unserer Website werden IP-Adressen und Zugriffszeiten gesammelt.\n",
            "## Spenden\n\nFür den Betrieb dieser Website sammeln wir Spenden.\n",
        ),
        (
            "pt",
            "## Registos do servidor\n\nPara o funcionamento seguro do sítio são recolhidos os endereços IP e as horas de acesso.\n",
            "## Registos do servidor\n\nOs registos do servidor são recolhidos durante um período de sete dias.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    // Data deleted when the reader ends the relationship; the same event
    // with no deletion says nothing of the data.
    let retention = [
        (
            "en",
            "## Storage\n\nWe will delete your information once you close your user account.\n",
            "## Newsletter\n\nOnce you unsubscribe, you will no longer receive emails from us.\n",
        ),
        (
            "de",
            "## Newsletter\n\nMit der Abmeldung vom Newsletter werden Ihre Daten gelöscht.\n",
            "## Newsletter\n\nMit der Abmeldung vom Newsletter erhalten Sie keine E-Mails mehr von uns.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // The data in a transferable form or format; a ticket that is not
    // transferable is no right.
    let portability = [(
        "de",
        "## Ihre Rechte\n\nSie haben das Recht, Ihre Daten in einem übertragbaren Format zu erhalten.\n",
        "## Ihre Rechte\n\nGutscheine und Tickets sind nicht übertragbar.\n",
    )];
    assert_met_and_decoy("gdpr.rights.portability", &portability, case);
    // Restriction named by another noun or with "processamento".
    let restriction = [(
        "pt",
        "## Os seus direitos\n\nTem o direito de restringir o processamento dos seus dados pessoais.\n",
        "## Os seus direitos\n\nTem o direito de restringir o acesso ao sítio com uma palavra-passe.\n",
    )];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
    // Third-party services said to collect the reader's data are recipients;
    // data received from them are a source.
    let recipients = [(
        "pt",
        "## Serviços de terceiros\n\nOs serviços de terceiros que utilizamos recolhem as suas informações apenas na medida necessária.\n",
        "## Origem dos dados\n\nRecebemos dados sobre si de serviços de terceiros, como o LinkedIn.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    // An address under a sub-heading naming an office, inside the
    // controller's section; the DPO's block there is not the controller.
    let controller = [(
        "de",
        "## Verantwortliche Stelle\n\n#### Rektorin\nHochschule Musterstadt\nDie Rektorin\nAm Campus 3\n12345 Musterstadt\n",
        "## Verantwortliche Stelle\n\n#### Datenschutzbeauftragter\nHochschule Musterstadt\nDatenschutzbeauftragter\nAm Campus 3\n12345 Musterstadt\n",
    )];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
}

/// Session 27, helper classes-u: the wording classes session 26 probed and
/// left (docs/accuracy.md). Each met wording is quiet and each decoy beside
/// it still fires.
#[test]
fn session_27_classes_u_classes() {
    let case = "session 27 classes-u";
    // The reader may change their own data: a grant of rectification; not
    // the notice we may change, nor a password.
    let rectification = [
        (
            "de",
            "## Ihr Konto\n\nSie können Ihre Daten jederzeit in Ihrem Kundenkonto ändern.\n",
            "## Ihr Konto\n\nWir können diese Datenschutzerklärung jederzeit ändern.\n",
        ),
        (
            "de",
            "## Ihr Konto\n\nIhre Angaben können Sie jederzeit in den Kontoeinstellungen ändern.\n",
            "## Ihr Konto\n\nSie können Ihr Passwort jederzeit ändern.\n",
        ),
        (
            "nl",
            "## Je account\n\nJe kunt je gegevens altijd zelf veranderen op je profielpagina.\n",
            "## Je account\n\nJe kunt je wachtwoord altijd veranderen op je profielpagina.\n",
        ),
        (
            "es",
            "## Tu cuenta\n\nPuedes cambiar tus datos personales en cualquier momento desde tu perfil.\n",
            "## Tu cuenta\n\nPodemos cambiar esta política en cualquier momento.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
    // Kept for the periods the regulations set; a club's trophies are no data.
    let retention = [
        (
            "de",
            "## Speicherdauer\n\nIhre Rechnungsdaten bewahren wir für die Zeiträume auf, die die einschlägigen Vorschriften vorschreiben.\n",
            "## Vereinsleben\n\nDie Pokale des Vereins bewahren wir für die Zeiträume auf, die die Vorschriften des Verbands vorsehen.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nWij bewaren uw factuurgegevens gedurende de termijnen die de regelgeving voorschrijft.\n",
            "## Verenigingsleven\n\nDe bekers van de vereniging bewaren we gedurende de termijnen die het reglement van de bond voorschrijft.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // "Access data" (access logs) collected for the running of the site; the
    // same data with only a period name no aim.
    let purposes = [(
        "en",
        "## Server logs\n\nTechnical data and access data are collected for the operation of the website.\n",
        "## Server logs\n\nAccess data are collected and kept for seven days.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    // Portability as the data transmitted directly to another controller; a
    // refund sent directly to a bank is none.
    let portability = [(
        "pt",
        "## Os seus direitos\n\nPode pedir-nos que os seus dados sejam transmitidos diretamente a outro responsável pelo tratamento.\n",
        "## Reembolsos\n\nO reembolso é transmitido diretamente para a sua conta bancária.\n",
    )];
    assert_met_and_decoy("gdpr.rights.portability", &portability, case);
    // The notice's own service (a word of its title) said to be a service of
    // an organisation names the controller; a third party's tool said the
    // same way is a provider.
    let controller = [
        (
            "de",
            "# Datenschutzerklärung für Kestrel\n\nKestrel ist ein Angebot der Kestrel Mobility GmbH.\n",
            "# Datenschutzerklärung für Kestrel\n\nGoogle Analytics ist ein Dienst der Google Ireland Limited.\n",
        ),
        (
            "en",
            "# Privacy Policy for Kestrel\n\nKestrel is a service of Kestrel Mobility Ltd.\n",
            "# Privacy Policy for Kestrel\n\nMapbox is a service of Mapbox Inc.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    // The Complianz privacy statement's translations: kept until the service
    // ends (the same event with no data kept is none), blocked beside
    // deleted, and "voor ons van groot belang" relying on no interest.
    let complianz_retention = [
        (
            "de",
            "## Aufbewahrung\n\nWir speichern Ihre Kundendaten bis zur Beendigung des Dienstes.\n",
            "## Ihr Konto\n\nBei Beendigung des Dienstes erhalten Sie eine Bestätigung per E-Mail.\n",
        ),
        (
            "es",
            "## Conservación\n\nRetendremos sus datos hasta que el servicio sea cancelado.\n",
            "## Su cuenta\n\nCuando el servicio sea cancelado, le enviaremos una confirmación por correo electrónico.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &complianz_retention, case);
    let blocked = [(
        "de",
        "## Ihre Rechte\n\nSie können verlangen, dass Ihre Daten gelöscht oder blockiert werden.\n",
        "## Sicherheit\n\nNach drei falschen Passwörtern wird Ihr Konto vorübergehend blockiert.\n",
    )];
    assert_met_and_decoy("gdpr.rights.restriction", &blocked, case);
    let interest = [(
        "nl",
        "## Beveiliging\n\nUw privacy is voor ons van groot belang. Wij verwerken uw gegevens alleen met uw toestemming.\n",
        "## Grondslag\n\nWij verwerken uw gegevens op grond van ons belang.\n",
    )];
    assert_met_and_decoy("gdpr.legitimate-interests", &interest, case);
    // Consent called "Einverständnis", withdrawn; a contract withdrawn is none.
    let withdraw = [(
        "de",
        "## Ihre Rechte\n\nWir verarbeiten Ihre Daten auf Grundlage Ihrer Einwilligung. Ihr Einverständnis können Sie jederzeit mit Wirkung für die Zukunft widerrufen.\n",
        "## Ihre Rechte\n\nWir verarbeiten Ihre Daten auf Grundlage Ihrer Einwilligung. Ihren Kaufvertrag können Sie binnen 14 Tagen widerrufen.\n",
    )];
    assert_met_and_decoy("gdpr.rights.withdraw-consent", &withdraw, case);
}

/// Session 27, helper devdata-t: the classes four unseen development
/// policies showed (met, then decoy), in the languages where each applies.
#[test]
fn session_27_devdata_t_classes() {
    let case = "session 27 devdata-t";
    // Portability as the request of the transfer of the data to a third
    // party (the UK wording of Art. 20, en-hdruk-saferegistry); not an
    // objection to a transfer, nor a subscription or ticket transferred.
    let transfer = [
        (
            "en",
            "## Your rights\n\n- **Request transfer of your personal data**. This enables you to request the transfer of your personal data to a third party.\n",
            "## Your rights\n\nYou can object to the transfer of your personal data to a third party for marketing.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez demander le transfert de vos données personnelles à un tiers.\n",
            "## Abonnement\n\nVous pouvez demander le transfert de votre abonnement à un proche.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi richiedere il trasferimento dei tuoi dati personali a una terza parte.\n",
            "## I tuoi diritti\n\nPuoi opporti al trasferimento dei tuoi dati personali a terzi per finalità di marketing.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode solicitar a transferência dos seus dados pessoais para um terceiro.\n",
            "## Assinatura\n\nPode solicitar a transferência da sua assinatura para um familiar.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt verzoeken om overdracht van uw persoonsgegevens aan een derde partij.\n",
            "## Uw rechten\n\nU kunt bezwaar maken tegen de overdracht van uw persoonsgegevens aan derden voor marketing.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &transfer, case);
    // A project named with the legal entity that runs it, a US 501(c)(3)
    // fiscal host (en-privacyguides-privacy); not payments "administered
    // by" a provider, nor a charity the organisation gives to.
    let fiscal_host = [(
        "en",
        "## What is Example Project?\n\nExample Project is legally administered by Example Fund, a 501(c)(3) public charity acting as our fiscal host.\n",
        "## Giving\n\nEvery year we donate part of our income to a 501(c)(3) public charity. Card payments are administered by Stripe, Inc.\n",
    )];
    assert_met_and_decoy("gdpr.controller.identity", &fiscal_host, case);
}

/// Session 27, helper devdata-s: the classes four unseen policies (de, fr,
/// it, pt) drew at first sight.
#[test]
fn session_27_devdata_s_classes() {
    let case = "session 27 devdata-s";
    // The purpose said by a noun of aim ("com o objetivo de obter
    // estatísticas", pt-vidaanimal-privacidade) with the data; an
    // organisation founded with an aim states no purpose.
    let aim = [
        (
            "pt",
            "## Cookies\n\nNeste sítio usamos apenas cookies de estatística, com o objetivo de saber quantas vezes cada página é lida.\n",
            "## Quem somos\n\nA associação nasceu em 1998 com o objetivo de defender os animais de quinta.\n",
        ),
        (
            "fr",
            "## Cookies\n\nNous déposons uniquement des cookies de statistiques, dans l'objectif de savoir combien de fois chaque page est lue.\n",
            "## Qui sommes-nous\n\nL'association est née en 1998 dans l'objectif de défendre les animaux de ferme.\n",
        ),
        (
            "de",
            "## Cookies\n\nWir setzen nur Statistik-Cookies, mit dem Ziel, zu erfahren, wie oft jede Seite gelesen wird.\n",
            "## Über uns\n\nDer Verein entstand 1998 mit dem Ziel, Nutztiere zu schützen.\n",
        ),
        (
            "es",
            "## Cookies\n\nSolo usamos cookies de estadística, con el objetivo de saber cuántas veces se lee cada página.\n",
            "## Quiénes somos\n\nLa asociación nació en 1998 con el objetivo de defender a los animales de granja.\n",
        ),
        (
            "it",
            "## Cookie\n\nUsiamo solo cookie statistici, con l'obiettivo di sapere quante volte viene letta ogni pagina.\n",
            "## Chi siamo\n\nL'associazione è nata nel 1998 con l'obiettivo di difendere gli animali da fattoria.\n",
        ),
        (
            "en",
            "## Cookies\n\nWe only use statistics cookies, with the aim of learning how often each page is read.\n",
            "## About us\n\nThe association was set up in 1998 with the aim of defending farm animals.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &aim, case);
    // A right the software claims over the reader's data (an OAuth scope,
    // "revendique … le droit de consulter, modifier et supprimer vos
    // Contacts Google", fr-gcontactooo-donnees) is not the reader's right.
    let claimed = [
        (
            "fr",
            "## Vos droits sur vos données\n\nVous pouvez consulter, modifier et supprimer à tout moment les données que nous gardons sur vous.\n",
            "## Étendue des droits sur vos données\n\nL'application revendique via Google le droit de lire, modifier et supprimer vos photos.\n",
        ),
        (
            "es",
            "## Sus derechos sobre sus datos\n\nPuede consultar, modificar y eliminar cuando quiera los datos que guardamos sobre usted.\n",
            "## Alcance de los derechos sobre sus datos\n\nLa aplicación reivindica a través de Google el derecho de leer, modificar y eliminar sus fotos.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &claimed, case);
    let claimed = [
        (
            "en",
            "## Your rights over your data\n\nYou can view, change and delete the data we keep about you whenever you like.\n",
            "## Scope of the rights over your data\n\nThe app claims through Google the right to read, change and delete your photos.\n",
        ),
        (
            "pt",
            "## Os seus direitos sobre os seus dados\n\nPode consultar, modificar e apagar quando quiser os dados que guardamos sobre si.\n",
            "## Alcance dos direitos sobre os seus dados\n\nA aplicação reivindica através da Google o direito de ler, modificar e apagar as suas fotografias.\n",
        ),
        (
            "nl",
            "## Uw rechten op uw gegevens\n\nU kunt de gegevens die wij over u bewaren wanneer u wilt inzien, wijzigen en laten verwijderen.\n",
            "## Omvang van de rechten op uw gegevens\n\nDe app eist via Google het recht op om uw foto's te lezen, te wijzigen en te verwijderen.\n",
        ),
        (
            "de",
            "## Ihre Rechte an Ihren Daten\n\nSie können die Daten, die wir über Sie speichern, jederzeit einsehen, ändern und löschen lassen.\n",
            "## Umfang der Rechte an Ihren Daten\n\nDie App beansprucht über Google das Recht, Ihre Fotos zu lesen, zu ändern und zu löschen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &claimed, case);
}

/// Session 27, helper classes-v: the wording classes the session's other
/// helpers left (docs/accuracy.md).
#[test]
fn session_27_classes_v_classes() {
    let case = "session 27 classes-v";
    // A right the organisation has over the reader's data, said without a
    // verb of claiming ("we have the right to delete your account"), is not
    // the reader's right; "you have the right to …" still is.
    let own_right = [
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht, die Löschung der Daten zu verlangen, die wir über Sie speichern.\n",
            "## Ihr Konto\n\nWir haben das Recht, Ihr Konto jederzeit zu löschen, wenn Sie gegen die Hausordnung verstoßen.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU hebt het recht om de gegevens die wij over u bewaren te laten verwijderen.\n",
            "## Uw account\n\nDaarnaast hebben wij het recht om uw account te verwijderen als u de huisregels overtreedt.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nTem o direito de solicitar o apagamento dos dados que guardamos sobre si.\n",
            "## A sua conta\n\nTemos o direito de apagar a sua conta se violar as regras da casa.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou have the right to have the data we keep about you deleted.\n",
            "## Your account\n\nWe also have the right to delete your account if you break the house rules.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &own_right, case);
    // A page of the site's aggregate statistics the reader can view ("Je kunt
    // de gegevens die wij verzamelen bekijken op onze pagina statistieken",
    // nl-privacyguides-privacybeleid:18) is not the reader's access right.
    let stats = [
        (
            "nl",
            "## Uw gegevens\n\nU kunt de gegevens die wij over u verwerken altijd inzien.\n",
            "## Bezoekers\n\nJe kunt de gegevens die wij verzamelen bekijken op onze pagina statistieken.\n",
        ),
        (
            "en",
            "## Your data\n\nYou can view the data we keep about you whenever you like.\n",
            "## Visitors\n\nYou can view the data we collect on our statistics page.\n",
        ),
        (
            "de",
            "## Ihre Daten\n\nSie können die Daten, die wir über Sie speichern, jederzeit einsehen.\n",
            "## Besucher\n\nDie erhobenen Daten können Sie auf unserer Statistikseite einsehen.\n",
        ),
        (
            "fr",
            "## Vos données\n\nVous pouvez consulter quand vous voulez les données que nous gardons sur vous.\n",
            "## Visiteurs\n\nVous pouvez consulter les données que nous collectons sur notre page de statistiques.\n",
        ),
        (
            "es",
            "## Sus datos\n\nPuede consultar cuando quiera los datos que guardamos sobre usted.\n",
            "## Visitantes\n\nPuede consultar los datos que recogemos en nuestra página de estadísticas.\n",
        ),
        (
            "it",
            "## I tuoi dati\n\nPuoi consultare quando vuoi i dati che conserviamo su di te.\n",
            "## Visitatori\n\nPuoi consultare i dati che raccogliamo nella pagina delle statistiche.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nPode consultar quando quiser os dados que guardamos sobre si.\n",
            "## Visitantes\n\nPode consultar os dados que recolhemos na página de estatísticas.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &stats, case);
    // Dutch "data" after a demonstrative or possessive, with a verb of
    // keeping, are the data kept; dates kept in a diary are not.
    let data = [(
        "nl",
        "## Reacties\n\nWe bewaren deze data enkel totdat de dienstverlening is beëindigd.\n",
        "## Trainingen\n\nBewaar deze data in uw agenda: de trainingen lopen tot eind juni.\n",
    )];
    assert_met_and_decoy("gdpr.retention", &data, case);
}

/// The organisation's right to process the data, said in the same sentence
/// as the reader's right to object, keeps the reader's right: `claim_right`
/// holds only before a verb that itself names a right of the reader
/// (delete, access, change …), as in "we have the right to delete your
/// account", which stays the organisation's right.
#[test]
fn session_27_lead_claim_beside_grant() {
    let case = "session 27 lead";
    let beside = [
        (
            "en",
            "## Your rights\n\nIf we have the right to process your data for our legitimate interests, you have the right to object to that processing.\n",
            "## Your account\n\nWe have the right to delete your account and to object to any use of our name.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nLorsque nous avons le droit de traiter vos données sur la base de notre intérêt légitime, vous avez le droit de vous opposer à ce traitement.\n",
            "## Votre compte\n\nNous avons le droit de supprimer votre compte si vous enfreignez le règlement.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nCuando tenemos derecho a tratar sus datos por nuestro interés legítimo, usted tiene derecho a oponerse a ese tratamiento.\n",
            "## Su cuenta\n\nTenemos derecho a eliminar su cuenta si incumple las normas.\n",
        ),
    ];
    for (lang, met, _) in &beside {
        assert_each(lang, met, &["gdpr.rights.object"], true, case);
    }
    for (lang, _, decoy) in &beside {
        assert_each(
            lang,
            decoy,
            &["gdpr.rights.erasure"],
            false,
            &format!("{case}: decoy"),
        );
    }
}

/// Session 28 (helper classes-w): the wording classes session 27 left.
/// The organisation's own right ("we have the right to delete inactive
/// accounts") holds for its clause, so the reader's right said in another
/// clause of the same sentence is met; the organisation's right to refuse
/// a request is its own, never a right of the reader (nor, in German, the
/// reader's refusal of erasure); a consent said to be given by using the
/// site or app states no legal basis, while a consent asked for does; a
/// name the notice defines as "we" is the notice's own, as its title is.
#[test]
fn session_28_classes_w_classes() {
    let case = "session 28 classes-w";
    let beside = [
        (
            "en",
            "## Your rights\n\nWe have the right to delete inactive accounts, and you have the right to have your personal data erased.\n",
            "## Your account\n\nWe have the right to delete inactive accounts, and you will receive an email a month before we do so.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nWir haben das Recht, inaktive Konten zu löschen, und Sie haben das Recht, die Löschung Ihrer personenbezogenen Daten zu verlangen.\n",
            "## Ihr Konto\n\nWir haben das Recht, inaktive Konten zu löschen, und Sie erhalten einen Monat vorher eine E-Mail.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nNous avons le droit de supprimer les comptes inactifs, mais vous avez le droit d'obtenir l'effacement de vos données personnelles.\n",
            "## Votre compte\n\nNous avons le droit de supprimer les comptes inactifs, et vous recevrez un courriel un mois avant.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &beside, case);
    let refusal = [
        (
            "de",
            "## Ihre Rechte\n\nSie können die Löschung Ihrer Daten verlangen; wir haben das Recht, dies abzulehnen, wenn uns das Gesetz zur Aufbewahrung verpflichtet.\n",
            "## Anfragen\n\nWir haben das Recht, Anträge auf Löschung abzulehnen, wenn uns das Gesetz zur Aufbewahrung verpflichtet.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können die Löschung Ihrer Daten verlangen; wir können dies ablehnen, wenn uns das Gesetz zur Aufbewahrung verpflichtet.\n",
            "## Anfragen\n\nWir können Anträge auf Löschung ablehnen, wenn uns das Gesetz zur Aufbewahrung verpflichtet.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou have the right to erasure of your data; we have the right to refuse it where the law obliges us to keep them.\n",
            "## Requests\n\nWe have the right to refuse requests for erasure where the law obliges us to keep the data.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU hebt recht op wissing van uw gegevens; wij hebben het recht om dit te weigeren als de wet ons verplicht ze te bewaren.\n",
            "## Verzoeken\n\nWij hebben het recht om verzoeken tot wissing af te wijzen als de wet ons verplicht de gegevens te bewaren.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &refusal, case);
    let by_use = [
        (
            "en",
            "## Newsletter\n\nWith your consent, we use your email address to send you our newsletter.\n",
            "## Consent\n\nBy using the app, you consent to the processing of your data.\n",
        ),
        (
            "fr",
            "## Lettre d'information\n\nAvec votre consentement, nous utilisons votre adresse électronique pour vous envoyer notre lettre d'information.\n",
            "## Consentement\n\nEn utilisant l'application, vous consentez au traitement de vos données.\n",
        ),
        (
            "pt",
            "## Newsletter\n\nCom o seu consentimento, utilizamos o seu endereço de e-mail para lhe enviar a nossa newsletter.\n",
            "## Consentimento\n\nAo utilizar a aplicação, consente o tratamento dos seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &by_use, case);
    let defined = [
        (
            "en",
            "Kestrel Mobility Ltd (\"we\", \"us\") has appointed a data protection officer.\n\nKestrel is a service of Kestrel Mobility Ltd.\n",
            "Kestrel Mobility Ltd (\"we\", \"us\") has appointed a data protection officer.\n\nMapbox is a service of Mapbox Inc.\n",
        ),
        (
            "fr",
            "Kestrel Mobilité SAS (« nous ») a désigné un délégué à la protection des données.\n\nKestrel est un service de Kestrel Mobilité SAS.\n",
            "Kestrel Mobilité SAS (« nous ») a désigné un délégué à la protection des données.\n\nMapbox est un service de Mapbox Inc.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &defined, case);
}

/// Session 28, helper devdata-w: the classes five unseen policies (en, de,
/// fr, fr, es) drew at first sight.
#[test]
fn session_28_devdata_w_classes() {
    let case = "session 28 devdata-w";
    // The recipients named as the subject of a copula ("Les destinataires
    // des informations recueillies sont …", real/fr-democracyos-nancy); not
    // the recipients of a newsletter.
    let recipients = [
        (
            "fr",
            "## Confidentialité\n\nLes destinataires des informations recueillies sont les bénévoles chargés des adhésions.\n",
            "## Lettre d'information\n\nLes destinataires de notre lettre mensuelle peuvent se désabonner à tout moment.\n",
        ),
        (
            "en",
            "## Privacy\n\nThe recipients of the information you give us are the volunteers of our membership desk.\n",
            "## Newsletter\n\nThe recipients of our monthly newsletter can unsubscribe with the link in every issue.\n",
        ),
        (
            "nl",
            "## Privacy\n\nDe ontvangers van de gegevens die u ons geeft zijn de vrijwilligers van onze ledenadministratie.\n",
            "## Nieuwsbrief\n\nDe ontvangers van onze maandelijkse nieuwsbrief kunnen zich op elk moment afmelden.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    // The processing itself said to be meant for its aim (the CNIL form
    // notice, "un traitement informatique destiné à", real/fr-democracyos-nancy);
    // no processing meant for advertising states no purpose.
    let destined = [
        (
            "fr",
            "## Formulaire\n\nLes informations recueillies font l'objet d'un traitement informatique destiné à gérer les inscriptions à l'atelier.\n",
            "## Formulaire\n\nAucun traitement destiné à la prospection commerciale n'est réalisé sur ce site.\n",
        ),
        (
            "es",
            "## Formulario\n\nLos datos recogidos son objeto de un tratamiento informático destinado a gestionar las inscripciones al taller.\n",
            "## Formulario\n\nEn este sitio no se realiza ningún tratamiento destinado a la publicidad.\n",
        ),
        (
            "it",
            "## Modulo\n\nI dati raccolti sono oggetto di un trattamento informatico destinato a gestire le iscrizioni al laboratorio.\n",
            "## Modulo\n\nSu questo sito non viene effettuato alcun trattamento destinato alla pubblicità.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &destined, case);
    // The controller named by a copula after "of your personal data", and a
    // controller "represented by" its director, who is no Art. 27
    // representative (real/fr-betagouv-aidessimplifiees: "Le responsable de
    // traitement des données est la DINUM, représentée par …").
    let controller = [
        (
            "fr",
            "## Qui est responsable ?\n\nLe responsable de traitement des données est la DINUM, représentée par sa directrice.\n",
            "## Représentant\n\nNotre représentant dans l'Union au titre de l'article 27 est EU Rep SARL, Dublin.\n",
        ),
        (
            "de",
            "## Verantwortlicher\n\nVerantwortlicher für die Verarbeitung Ihrer Daten ist die KfW, vertreten durch ihren Vorstand.\n",
            "## Karten\n\nVerantwortlicher für die Verarbeitung Ihrer Daten ist beim Kartendienst nicht unser Verein.\n",
        ),
        (
            "en",
            "## Who we are\n\nThe controller of your personal data is the ESRA, represented by its director-general.\n",
            "## Representative\n\nOur representative in the Union under Article 27 is EU Rep Ltd, Dublin.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    // The last item of a list written wholly in bold is an item like its
    // siblings (real/fr-betagouv-aidessimplifiees: "- **D’un droit
    // d’opposition**."); members objecting to bylaws grant the reader nothing.
    let bold_last = [
        (
            "fr",
            "## Quels sont vos droits ?\n\nVous disposez :\n\n- **D’un droit d’accès à vos données** ;\n- **D’un droit d’opposition**.\n",
            "## Décisions du bureau\n\nLors de la dernière réunion :\n\n- **le budget a été adopté** ;\n- **deux membres se sont opposés au nouveau règlement intérieur**.\n",
        ),
        (
            "en",
            "## Your rights\n\nYou have:\n\n- **the right of access**;\n- **the right to object**.\n",
            "## Board decisions\n\nAt the last meeting:\n\n- **the budget was adopted**;\n- **two members objected to the new bylaws**.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &bold_last, case);
}

/// Session 28, the lead's class found by linting the team's own club
/// notices: data kept while the reader is a member, or for the life of
/// the membership or contract, is a retention criterion (GDPR Art.
/// 13(2)(a)); the same words about something the reader may do while a
/// member state no retention.
#[test]
fn session_28_lead_kept_while_a_member() {
    let case = "session 28 lead";
    let cases = [
        (
            "en",
            "## Membership\n\nWe keep your contact details as long as you are a member of the club.\n",
            "## Membership\n\nAs long as you are a member, you can borrow the club's boats.\n",
        ),
        (
            "en",
            "## Contract\n\nWe retain your data for as long as the contract lasts.\n",
            "## Contract\n\nWe process your data to perform the contract.\n",
        ),
        (
            "de",
            "## Mitgliedschaft\n\nWir speichern Ihre Daten, solange Sie Mitglied im Verein sind.\n",
            "## Mitgliedschaft\n\nSolange Sie Mitglied sind, können Sie die Boote des Vereins ausleihen.\n",
        ),
        (
            "fr",
            "## Adhésion\n\nNous conservons vos données tant que vous êtes membre de l'association.\n",
            "## Adhésion\n\nTant que vous êtes membre, vous pouvez emprunter les bateaux du club.\n",
        ),
        (
            "es",
            "## Socios\n\nConservamos sus datos mientras sea socio del club.\n",
            "## Socios\n\nMientras sea socio, puede usar las barcas del club.\n",
        ),
        (
            "it",
            "## Soci\n\nConserviamo i tuoi dati finché sei socio dell'associazione.\n",
            "## Soci\n\nFinché sei socio, puoi prendere in prestito le barche del club.\n",
        ),
        (
            "pt",
            "## Sócios\n\nConservamos os seus dados enquanto for sócio do clube.\n",
            "## Sócios\n\nEnquanto for sócio, pode usar os barcos do clube.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &cases, case);
}

/// Session 29, the lead's own text: a "Purpose | Lawful basis" table under a
/// pseudo-heading that asks both ("**Why we use it, and on what basis.**"),
/// the shape of many club and charity notices. The basis word in the
/// pseudo-heading kept every purpose cell out; the basis is the other
/// column's. A "purpose" column that holds only bases still fires.
#[test]
fn session_29_lead_purpose_table_under_a_basis_label() {
    let case = "session 29 lead";
    let table = |label: &str, head: &str, cell: &str, basis: &str| {
        format!("{label}\n\n| {head} |\n| --- | --- |\n| {cell} | {basis} |\n")
    };
    let cases = [
        (
            "en",
            table(
                "**Why we use it, and on what basis.**",
                "Purpose | Lawful basis",
                "Running your membership and collecting subscriptions",
                "Contract",
            ),
            table(
                "**Why we use it, and on what basis.**",
                "Purpose | Lawful basis",
                "Consent",
                "Art. 6(1)(a) GDPR",
            ),
        ),
        (
            "de",
            table(
                "**Wofür wir Ihre Daten verwenden und auf welcher Rechtsgrundlage.**",
                "Zweck | Rechtsgrundlage",
                "Verwaltung Ihrer Mitgliedschaft",
                "Vertrag",
            ),
            table(
                "**Wofür wir Ihre Daten verwenden und auf welcher Rechtsgrundlage.**",
                "Zweck | Rechtsgrundlage",
                "Einwilligung",
                "Art. 6 Abs. 1 lit. a DSGVO",
            ),
        ),
        (
            "fr",
            table(
                "**Pourquoi nous utilisons vos données, et sur quelle base juridique.**",
                "Finalité | Base légale",
                "Gestion de votre adhésion",
                "Contrat",
            ),
            table(
                "**Pourquoi nous utilisons vos données, et sur quelle base juridique.**",
                "Finalité | Base légale",
                "Consentement",
                "Article 6, paragraphe 1, point a) du RGPD",
            ),
        ),
        (
            "es",
            table(
                "**Para qué usamos sus datos y con qué base jurídica.**",
                "Finalidad | Base jurídica",
                "Gestión de su condición de socio",
                "Contrato",
            ),
            table(
                "**Para qué usamos sus datos y con qué base jurídica.**",
                "Finalidad | Base jurídica",
                "Consentimiento",
                "Art. 6.1.a RGPD",
            ),
        ),
    ];
    let cases: Vec<(&str, &str, &str)> = cases
        .iter()
        .map(|(lang, met, decoy)| (*lang, met.as_str(), decoy.as_str()))
        .collect();
    assert_met_and_decoy("gdpr.purposes", &cases, case);
}

/// Session 29, the lead's own text: a club's notice says it sends the
/// member's data to the sport's federation ("We send your name and date of
/// birth to British Rowing when we enter you in events"), the plain verb
/// where the legal ones ("disclose", "übermitteln") were read. Sending the
/// reader's login details to their own address names no recipient.
#[test]
fn session_29_lead_data_sent_to_a_named_body() {
    let case = "session 29 lead";
    let cases = [
        (
            "en",
            "We send your name and date of birth to British Rowing when we enter you in events.\n",
            "We send your login details to the email address you gave us.\n",
        ),
        (
            "de",
            "Wir senden Ihre Daten (Name und Geburtsdatum) an den Deutschen Ruderverband, wenn wir Sie zu Regatten melden.\n",
            "Wir senden Ihre Zugangsdaten an die E-Mail-Adresse, die Sie uns genannt haben.\n",
        ),
        (
            "fr",
            "Nous envoyons vos données (nom et date de naissance) à la Fédération française d'aviron lorsque nous vous inscrivons à une compétition.\n",
            "Nous envoyons vos identifiants à l'adresse e-mail que vous nous avez indiquée.\n",
        ),
        (
            "it",
            "Inviamo i tuoi dati (nome e data di nascita) alla Federazione Italiana Canottaggio quando ti iscriviamo a una gara.\n",
            "Inviamo i tuoi dati di accesso all'indirizzo e-mail che ci hai indicato.\n",
        ),
        (
            "pt",
            "Enviamos os seus dados (nome e data de nascimento) à Federação Portuguesa de Remo quando o inscrevemos numa regata.\n",
            "Enviamos os seus dados de acesso para o endereço de e-mail que nos indicou.\n",
        ),
        (
            "nl",
            "Wij sturen uw gegevens (naam en geboortedatum) naar de roeibond wanneer wij u inschrijven voor een wedstrijd.\n",
            "Wij sturen uw inloggegevens naar het e-mailadres dat u ons hebt gegeven.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &cases, case);
}

/// Session 29, the lead's own text: a notice written as short questions
/// and answers. The rights named as bare nouns in one enumeration, access
/// first ("Puede solicitar el acceso, la rectificación, …"), and a question
/// label that asks who receives the data by a pronoun ("**Qui les reçoit
/// ?** La Fédération …"). The same nouns for the administrators' work grant
/// no right.
#[test]
fn session_29_lead_questions_and_enumerated_rights() {
    let case = "session 29 lead";
    let access = [
        (
            "fr",
            "Vous pouvez demander l'accès, la rectification, l'effacement, la limitation et la portabilité, et vous opposer au traitement.\n",
            "L'accès, la rectification et l'effacement des fiches sont réservés aux administrateurs du club.\n",
        ),
        (
            "es",
            "Puede solicitar el acceso, la rectificación, la supresión, la limitación y la portabilidad, escribiendo a info@academiasol.example.\n",
            "El acceso, la rectificación y la supresión de fichas corresponden solo a los administradores de la academia.\n",
        ),
        (
            "it",
            "Può chiedere l'accesso, la rettifica, la cancellazione, la limitazione e la portabilità, e opporsi al trattamento.\n",
            "L'accesso, la rettifica e la cancellazione delle schede sono riservati agli amministratori del circolo.\n",
        ),
        (
            "nl",
            "U kunt om inzage, correctie, verwijdering, beperking en overdraagbaarheid vragen en bezwaar maken tegen de verwerking.\n",
            "Inzage, correctie en verwijdering van de ledenkaarten zijn voorbehouden aan de beheerders van de club.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    // A question heading on retention answered by a long fragment that
    // opens with a clause of time: the question's "keep" is the answer's. A
    // question on how long a course lasts makes no retention.
    assert_met_and_decoy(
        "gdpr.retention",
        &[(
            "es",
            "## ¿Cuánto tiempo conservamos sus datos?\n\nMientras dure la matrícula y, después, durante los plazos que exige la normativa fiscal (cuatro años).\n",
            "## ¿Cuánto dura el curso?\n\nHasta junio, con dos clases por semana y un examen final en julio en la propia academia.\n",
        )],
        case,
    );
    assert_all_met(
        "gdpr.recipients",
        &[
            (
                "en",
                "**Who receives it?** British Rowing, for your licence.\n",
            ),
            (
                "fr",
                "**Qui les reçoit ?** La Fédération française de gymnastique, pour votre licence.\n",
            ),
            (
                "es",
                "**¿Quién los recibe?** La Federación Española de Gimnasia, para su licencia.\n",
            ),
            (
                "nl",
                "**Wie ontvangt ze?** De gymnastiekbond, voor uw licentie.\n",
            ),
        ],
        case,
    );
}

/// Session 29, helper devdata-x: the classes of the five development
/// policies it added (docs/accuracy.md, its section), each met the way the
/// policy says it and a decoy with the same words that states nothing.
#[test]
fn session_29_devdata_x_classes() {
    let case = "session 29 devdata-x";
    // An address block under "Controller" whose line carries a Markdown link:
    // the reader sees the link's text, not its long target (real/en-dfki-leech:15).
    let controller = [
        (
            "en",
            "## Controller\n\nNorthwind Research Institute\nPhone: +49 631 2057500\nE-Mail: info@northwind.example, [Legal notice](https://example.org/northwind/website/blob/main/legal-notice-and-contact.md)\n",
            "## Controller\n\nFor the map tiles, the controller is the provider named in its own [privacy notice](https://example.org/maps/legal/privacy-notice-for-tiles.html)\nand not us.\n",
        ),
        (
            "de",
            "## Verantwortlicher\n\nForschungsverbund Nordwind\nTelefon: +49 631 2057500\nE-Mail: info@nordwind.example, [Impressum](https://example.org/nordwind/webseite/blob/main/inhalte/impressum-und-kontakt.md)\n",
            "## Verantwortlicher\n\nFür die Kartendienste ist der Anbieter verantwortlich, den dessen [Datenschutzhinweis](https://example.org/karten/rechtliches/datenschutzhinweis-kacheln.html)\nnennt, nicht wir.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    // An HTML table whose header row is plain `<td>` cells, as a word
    // processor exports it (real/it-openfoodfacts-privacy, "Tempo di
    // archiviazione"); a schedule's duration column is no retention.
    let html_header = [
        (
            "it",
            "## Trattamenti\n\n<table>\n<tr><td><p>Trattamento</p></td><td><p>Dati</p></td><td><p>Finalità</p></td><td><p>Tempo di conservazione</p></td></tr>\n<tr><td><p>Iscrizione</p></td><td><p>Indirizzo email</p></td><td><p>Invio della newsletter</p></td><td><p>Fino alla disiscrizione</p></td></tr>\n</table>\n",
            "## Calendario\n\n<table>\n<tr><td><p>Evento</p></td><td><p>Sala</p></td><td><p>Relatore</p></td><td><p>Durata</p></td></tr>\n<tr><td><p>Assemblea</p></td><td><p>Sala grande</p></td><td><p>Presidente</p></td><td><p>3 ore</p></td></tr>\n</table>\n",
        ),
        (
            "nl",
            "## Verwerkingen\n\n<table>\n<tr><td><p>Verwerking</p></td><td><p>Gegevens</p></td><td><p>Doel</p></td><td><p>Opslagtijd</p></td></tr>\n<tr><td><p>Aanmelding</p></td><td><p>E-mailadres</p></td><td><p>Nieuwsbrief versturen</p></td><td><p>Tot u zich afmeldt</p></td></tr>\n</table>\n",
            "## Agenda\n\n<table>\n<tr><td><p>Activiteit</p></td><td><p>Zaal</p></td><td><p>Spreker</p></td><td><p>Duur</p></td></tr>\n<tr><td><p>Ledenvergadering</p></td><td><p>Grote zaal</p></td><td><p>Voorzitter</p></td><td><p>3 uur</p></td></tr>\n</table>\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &html_header, case);
    // Data used "for the correspondence with you" (real/en-dfki-leech:28);
    // a postal address for correspondence processes nothing.
    let correspondence = [
        (
            "en",
            "## Correspondence\n\nWe use your e-mail address and your name for the correspondence with you.\n",
            "## Correspondence\n\nThe postal address for the correspondence with our office is 1 Harbour Street, Cork.\n",
        ),
        (
            "de",
            "## Korrespondenz\n\nWir verwenden Ihre E-Mail-Adresse und Ihren Namen für die Korrespondenz mit Ihnen.\n",
            "## Korrespondenz\n\nDie Postanschrift für die Korrespondenz mit unserer Geschäftsstelle ist Hafenstraße 1, Kiel.\n",
        ),
        (
            "nl",
            "## Correspondentie\n\nWij gebruiken uw e-mailadres en uw naam voor de correspondentie met u.\n",
            "## Correspondentie\n\nHet postadres voor de correspondentie met ons secretariaat is Havenstraat 1, Zwolle.\n",
        ),
        (
            "fr",
            "## Correspondance\n\nNous traitons votre adresse e-mail et votre nom pour la correspondance avec vous.\n",
            "## Correspondance\n\nL'adresse postale pour la correspondance avec notre secrétariat est 1 rue du Port, Brest.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &correspondence, case);
    // The objection said to the use of the data, not to their processing
    // (real/it-openfoodfacts-privacy:414, "Potete opporvi all'utilizzo dei
    // vostri dati"); an objection to the use of a hall is none.
    let object_use = [
        (
            "it",
            "## I vostri diritti\n\nPotete opporvi all'utilizzo dei vostri dati per le statistiche del club.\n",
            "## Assemblea\n\nPotete opporvi all'utilizzo della sala da parte di altri gruppi durante l'assemblea.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede oponerse al uso de sus datos para las estadísticas del club.\n",
            "## Asamblea\n\nPuede oponerse al uso de la sala por otros grupos durante la asamblea.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode opor-se à utilização dos seus dados para as estatísticas do clube.\n",
            "## Assembleia\n\nPode opor-se à utilização da sala por outros grupos durante a assembleia.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez vous opposer à l'utilisation de vos données pour les statistiques du club.\n",
            "## Assemblée\n\nVous pouvez vous opposer à l'utilisation de la salle par d'autres groupes pendant l'assemblée.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &object_use, case);
    // "accedervi" (access them) is not "accedere" alone: who may log in to
    // the site is no right of access (real/it-sol-riservatezza:78).
    let access = [(
        "it",
        "## I vostri diritti\n\nConserviamo i vostri dati personali e potete accedervi in qualsiasi momento.\n",
        "## Area riservata\n\nSolo chi è socio può accedere all'area riservata del sito.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    // Access to the reader's data granted to a category of persons names
    // recipients (real/it-sol-riservatezza:84); access granted only to
    // authorised staff does not.
    let access_granted = [
        (
            "it",
            "## Chi vede i suoi dati\n\nL'accesso ai suoi dati è consentito agli allenatori delle squadre in cui gioca.\n",
            "## Chi vede i suoi dati\n\nL'accesso ai suoi dati è consentito solo al personale autorizzato.\n",
        ),
        (
            "en",
            "## Who sees your data\n\nAccess to your personal data is granted to the coaches of the teams you play in.\n",
            "## Who sees your data\n\nAccess to your personal data is granted only to authorised personnel.\n",
        ),
        (
            "de",
            "## Wer Ihre Daten sieht\n\nZugriff auf Ihre Daten wird den Trainern der Mannschaften gewährt, in denen Sie spielen.\n",
            "## Wer Ihre Daten sieht\n\nZugriff auf Ihre Daten wird nur befugten Mitarbeitern gewährt.\n",
        ),
        (
            "nl",
            "## Wie uw gegevens ziet\n\nToegang tot uw gegevens wordt verleend aan de trainers van de teams waarin u speelt.\n",
            "## Wie uw gegevens ziet\n\nToegang tot uw gegevens wordt alleen verleend aan bevoegde medewerkers.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &access_granted, case);
}

/// Session 29, helper devdata-y: the classes of the false alarms of four
/// unseen development policies (real/en-glasskube-dataprivacy,
/// real/de-supercoop-mitgliedschaft).
#[test]
fn session_29_devdata_y_classes() {
    let case = "session 29 devdata-y";
    // The objection named by its noun and cited with a preposition and
    // Art. 21 of the Regulation ("**Objection** according to Art. 21
    // GDPR"); an objection under Art. 21 of another text is none.
    let objection = [
        (
            "en",
            "## Your rights\n\nYou may exercise the following rights:\n\n- **Objection** according to Art. 21 GDPR (e.g. if you do not agree with one of our processing activities)\n",
            "## Building works\n\nEvery objection under Art. 21 of the club bylaws is decided by the board.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können folgende Rechte geltend machen:\n\n- **Widerspruch** nach Art. 21 DSGVO\n",
            "## Bauvorhaben\n\nÜber jeden Widerspruch nach Art. 21 der Bauordnung entscheidet der Gemeinderat.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt de volgende rechten uitoefenen:\n\n- **Bezwaar** op grond van art. 21 AVG\n",
            "## Verbouwing\n\nOver elk bezwaar op grond van art. 21 van het huishoudelijk reglement beslist het bestuur.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &objection, case);
    // The portability right named by the plain noun of a data transfer
    // ("Recht auf Datenübertragung"); the encrypted transfer to a server
    // is no right.
    let transfer = [
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht auf Datenübertragung an eine andere Stelle.\n",
            "## Sicherheit\n\nDie Datenübertragung zwischen App und Server erfolgt verschlüsselt.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous avez droit au transfert de vos données vers un autre organisme.\n",
            "## Sécurité\n\nLe transfert de vos données vers nos serveurs est chiffré.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &transfer, case);
    // A right open to a request in the impersonal passive of a modal
    // ("Auch kann eine Datenübertragung angefordert werden"); requested by
    // the police it grants the reader nothing.
    let passive = [(
        "de",
        "## Mitgliedschaft\n\nAuch kann eine Datenübertragung angefordert werden, sollte ein Mitglied eine Übertragung seiner Daten an eine dritte Stelle wünschen.\n",
        "## Sicherheit\n\nFür eine Datenübertragung in die USA verlangen wir vom Anbieter Standardvertragsklauseln.\n",
    )];
    assert_met_and_decoy("gdpr.rights.portability", &passive, case);
    let access = [
        (
            "en",
            "## Your data\n\nAccess to the data we hold about you can be requested at any time by email.\n",
            "## Law enforcement\n\nAccess to your data can be requested by the police with a court order.\n",
        ),
        (
            "de",
            "## Ihre Daten\n\nAuskunft über Ihre Daten kann jederzeit verlangt werden.\n",
            "## Behörden\n\nAuskünfte über Ihre Daten können von Strafverfolgungsbehörden verlangt werden.\n",
        ),
        (
            "fr",
            "## Vos données\n\nL'accès à vos données peut être demandé à tout moment par courriel.\n",
            "## Autorités\n\nL'accès à vos données peut être demandé par les autorités judiciaires.\n",
        ),
        (
            "nl",
            "## Uw gegevens\n\nInzage in uw gegevens kan op elk moment worden aangevraagd.\n",
            "## Politie\n\nInzage in uw gegevens kan door de politie worden opgevraagd.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
}

/// Session 29, helper classes-x: the wording classes session 28 left (a
/// retention label of the statement's own, a refusal in the passive, the
/// product's claimed right, "we" after a dotted legal form, consent by use
/// said at the end, the DPO named by a label or before an address block).
#[test]
fn session_29_classes_x_classes() {
    let case = "session 29 classes-x";
    // The statement's own label names the storage period; a label standing
    // alone over another statement does not make its period a retention.
    let retention = [
        (
            "de",
            "## Kundenkonto\n\n**Speicherdauer:** drei Jahre nach Vertragsende.\n",
            "## Kundenkonto\n\n**Speicherdauer**\n\nUnsere App gibt es seit drei Jahren.\n",
        ),
        (
            "es",
            "## Clientes\n\n**Conservación:** Mientras dure la relación contractual.\n",
            "## Clientes\n\n**Conservación**\n\nNuestra empresa lleva tres años en el mercado.\n",
        ),
        (
            "fr",
            "## Adhésion\n\n| Élément | Détail |\n| --- | --- |\n| Finalité | Gestion des adhésions |\n| Conservation | 3 ans |\n",
            "## Adhésion\n\n**Conservation**\n\nNotre association existe depuis trois ans.\n",
        ),
        (
            "en",
            "## Your account\n\n**Retention:** 12 months after your last login.\n",
            "## Your account\n\n**Retention**\n\nOur app has been on the market for three years.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // The organisation's refusal in the passive and the product's claimed
    // right are no right of the reader; the reader's right beside them is.
    let refusal = [
        (
            "de",
            "## Ihre Rechte\n\nSie können die Löschung Ihrer Daten verlangen; eine Löschung kann abgelehnt werden, wenn gesetzliche Aufbewahrungspflichten bestehen.\n",
            "## Anträge\n\nDer Antrag auf Löschung kann abgelehnt werden, wenn wir die Daten aufbewahren müssen.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez demander l'effacement de vos données ; la demande peut être refusée lorsque la loi nous oblige à les conserver.\n",
            "## Demandes\n\nUne demande d'effacement peut être refusée lorsque la loi nous oblige à conserver les données.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons vragen uw gegevens te wissen; het verzoek kan worden geweigerd als de wet ons verplicht ze te bewaren.\n",
            "## Verzoeken\n\nEen verzoek tot wissing kan worden geweigerd als de wet ons verplicht de gegevens te bewaren.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nLa aplicación tiene derecho a eliminar las cuentas inactivas, y usted tiene derecho a solicitar la supresión de sus datos.\n",
            "## Normas\n\nLa aplicación tiene derecho a eliminar sus fotos si incumple las normas.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nDie App hat das Recht, inaktive Konten zu löschen, und Sie haben das Recht, die Löschung Ihrer Daten zu verlangen.\n",
            "## Nutzungsregeln\n\nDie App hat das Recht, Ihre Fotos zu löschen, wenn Sie gegen die Regeln verstoßen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &refusal, case);
    // A name defined as "we" that ends in a dotted legal form.
    let defined = [
        (
            "es",
            "Kestrel Movilidad S.L. («nosotros») gestiona la aplicación Kestrel.\n",
            "Puerto Alojamiento S.L. («el proveedor») gestiona los servidores de la aplicación Kestrel.\n",
        ),
        (
            "de",
            "Kestrel Mobilität e.V. („wir“) betreibt die App Kestrel.\n",
            "Hafen Hosting e.V. („der Hoster“) betreibt die Server der App Kestrel.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &defined, case);
    // Consent said to be given by using the app, the use at the end.
    let by_use = [
        (
            "en",
            "## Newsletter\n\nYou consent to the processing of your email address by ticking the box on the sign-up form.\n",
            "## Consent\n\nYou consent to the processing of your data by using the app.\n",
        ),
        (
            "pt",
            "## Newsletter\n\nConsente o tratamento do seu endereço de e-mail ao assinalar a caixa do formulário de inscrição.\n",
            "## Consentimento\n\nConsente o tratamento dos seus dados ao utilizar a aplicação.\n",
        ),
        (
            "nl",
            "## Nieuwsbrief\n\nU geeft toestemming voor de verwerking van uw e-mailadres door het vakje op het inschrijfformulier aan te vinken.\n",
            "## Toestemming\n\nU geeft toestemming voor de verwerking van uw gegevens door de app te gebruiken.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &by_use, case);
    // The DPO named by a label is named (its contact is then required);
    // the address block after the sentence naming the DPO is its contact.
    let dpo = [
        (
            "de",
            "## Datenschutz\n\nUnseren Datenschutzbeauftragten erreichen Sie unter:\n\nMax Muster\nMusterstraße 1\n10115 Berlin\ndsb@example.de\n",
            "## Datenschutz\n\n**Datenschutzbeauftragter:** Herr Max Muster.\n",
        ),
        (
            "nl",
            "## Contact\n\nOnze functionaris voor gegevensbescherming is mevrouw J. de Vries.\n\nDorpsstraat 1\n1234 AB Utrecht\nfg@example.nl\n",
            "## Contact\n\n**Functionaris voor gegevensbescherming:** mevrouw J. de Vries.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.dpo.contact", &dpo, case);
}

/// Session 29, the lead's own text: consent named as the basis with the
/// article cited before its relative clause of withdrawal ("on the basis of
/// your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time"),
/// or under a basis label ("**Legal basis:** your consent, which you can
/// withdraw …"). The withdrawal alone states no basis.
#[test]
fn session_29_lead_revocable_consent_with_its_article() {
    let case = "session 29 lead";
    let cases = [
        (
            "en",
            "We process your data on the basis of your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time.\n",
            "You can withdraw your consent at any time; processing carried out before the withdrawal remains lawful.\n",
        ),
        (
            "de",
            "**Rechtsgrundlage:** Ihre Einwilligung, die Sie jederzeit widerrufen können.\n",
            "Sie können Ihre Einwilligung jederzeit widerrufen; die bis dahin erfolgte Verarbeitung bleibt rechtmäßig.\n",
        ),
        (
            "fr",
            "Nous traitons vos données sur la base de votre consentement (art. 6, paragraphe 1, point a) du RGPD), que vous pouvez retirer à tout moment.\n",
            "Vous pouvez retirer votre consentement à tout moment ; le traitement effectué avant le retrait reste licite.\n",
        ),
        (
            "it",
            "**Base giuridica:** il tuo consenso, che puoi revocare in qualsiasi momento.\n",
            "Puoi revocare il consenso in qualsiasi momento; il trattamento svolto prima della revoca resta lecito.\n",
        ),
        (
            "nl",
            "Wij verwerken uw gegevens op basis van uw toestemming (art. 6, lid 1, onder a), AVG), die u altijd kunt intrekken.\n",
            "U kunt uw toestemming altijd intrekken; de verwerking vóór de intrekking blijft rechtmatig.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &cases, case);
}

/// The lead's classes of session 30, on the team's own text (phrasings/*.txt,
/// blocks headed `# session 30 (lead)`): a bare "how long?" label answered with
/// a fragment of time under a heading that names the data; the objection with
/// a pronoun to the legitimate interests the sentence before names; and a long
/// answer that opens with the preposition its question asks whom with.
#[test]
fn session_30_lead_how_long_label_under_a_data_heading() {
    let case = "session 30 lead, how long?";
    let cases = [
        (
            "en",
            "## Your member data\n\n**How long?** During your membership, then three years after you leave.\n",
            "## Your course\n\n**How long?** During the spring term, then three years of evening classes.\n",
        ),
        (
            "fr",
            "## Vos données d'adhérent\n\n**Combien de temps ?** Pendant votre adhésion, puis trois ans après votre départ.\n",
            "## Vos données d'adhérent\n\n**Combien de temps ?** Le stage d'initiation dure six semaines.\n",
        ),
        (
            "nl",
            "## Uw ledengegevens\n\n**Hoe lang?** Zolang u lid bent, en daarna nog drie jaar.\n",
            "## Uw cursus\n\n**Hoe lang?** Tijdens het voorjaarssemester, en daarna drie jaar avondlessen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &cases, case);
}

#[test]
fn session_30_lead_objection_with_a_pronoun_to_the_grounds_before() {
    let case = "session 30 lead, object to this";
    let cases = [
        (
            "en",
            "## Analytics\n\nWe use your usage data to improve the app, on the basis of our legitimate interest. You can object to this at any time.\n",
            "## Changes\n\nWe will tell you of changes to these terms by email. You can object to them within 30 days.\n",
        ),
        (
            "de",
            "## Statistik\n\nWir nutzen Ihre Nutzungsdaten zur Verbesserung der App auf Grundlage unseres berechtigten Interesses. Sie können dem jederzeit widersprechen.\n",
            "## Änderungen\n\nÜber Änderungen dieser Bedingungen informieren wir Sie per E-Mail. Sie können ihnen innerhalb von 30 Tagen widersprechen.\n",
        ),
        (
            "fr",
            "## Statistiques\n\nNous utilisons vos données d'usage pour améliorer l'application, sur la base de notre intérêt légitime. Vous pouvez vous y opposer à tout moment.\n",
            "## Modifications\n\nNous vous informons par courriel des modifications de ces conditions. Vous pouvez vous y opposer dans un délai de 30 jours.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &cases, case);
    // A legitimate interest named in the sentence's own words, "that".
    assert_all_met(
        "gdpr.rights.object",
        &[(
            "en",
            "## Fraud prevention\n\nWe check payments for fraud, as we have a legitimate interest in preventing it. You may object to that at any time.\n",
        )],
        case,
    );
}

#[test]
fn session_30_lead_answer_opening_with_the_questions_preposition() {
    let case = "session 30 lead, to whom?";
    let cases = [
        (
            "es",
            "## ¿A quién comunicamos sus datos?\n\nA la Agencia Tributaria y a nuestra gestoría, cuando lo exigen la normativa fiscal y contable vigente en cada momento.\n",
            "## ¿Quién recibe el boletín?\n\nCada socio, una vez al mes.\n",
        ),
        (
            "it",
            "## A chi comunichiamo i tuoi dati?\n\nAll'Agenzia delle Entrate e al nostro commercialista, quando lo richiedono le norme fiscali e contabili in vigore.\n",
            "## Chi riceve la newsletter?\n\nOgni socio, una volta al mese.\n",
        ),
        (
            "en",
            "## Who do we share your data with?\n\nWith the tax office and our accounting firm, where the tax and accounting rules in force at the time require it.\n",
            "## Who can access your data?\n\nOnly our own support staff.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &cases, case);
}

/// The lead's classes of session 30 from its own notices (a food bank's and a
/// table-tennis club's): the copy of "what we hold about you", the use of the
/// data stopped "for a while" at the reader's request, and a club reporting
/// the data, named by their categories, to its federation.
#[test]
fn session_30_lead_own_notices() {
    let case = "session 30 lead, own notices";
    let access = [
        (
            "en",
            "## Your rights\n\nYou can ask for a copy of what we hold about you.\n",
            "## Backups\n\nWe keep a copy of what we hold about you in an encrypted backup in Frankfurt.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons om een kopie vragen van wat wij over u bewaren.\n",
            "## Back-ups\n\nEen kopie van wat wij over u bewaren staat versleuteld in een datacentrum in Frankfurt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let restriction = [
        (
            "en",
            "## Your rights\n\nYou can also ask us to delete your data or to stop using it for a while.\n",
            "## Your account\n\nYou can stop using the app for a while and come back to it later.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci di smettere temporaneamente di usare i tuoi dati.\n",
            "## Il tuo account\n\nPuoi smettere di usare l'app per un po' e tornare più tardi.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
    let recipients = [(
        "de",
        "## Spielbetrieb\n\nFür die Teilnahme am Spielbetrieb melden wir Name, Geburtsdatum und Vereinszugehörigkeit an den Sächsischen Tischtennis-Verband.\n",
        "## Spielbetrieb\n\nSpielverlegungen melden wir rechtzeitig an den Sächsischen Tischtennis-Verband.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
}

/// More of the lead's classes of session 30 from its own notices (an
/// association's, in French): the processing said to rest on the contract,
/// partners receiving the list of members, and the objection to "their use".
#[test]
fn session_30_lead_association_notice() {
    let case = "session 30 lead, association";
    let basis = [
        (
            "fr",
            "## Ce que nous recueillons\n\nLe traitement repose sur le contrat d'adhésion qui nous lie.\n",
            "## Tarifs\n\nLe prix du panier repose sur le contrat que vous choisissez.\n",
        ),
        (
            "it",
            "## Quali dati raccogliamo\n\nIl trattamento si basa sul contratto associativo che ci lega.\n",
            "## Prezzi\n\nIl prezzo della cassetta si basa sul contratto che sceglie.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, case);
    let recipients = [(
        "fr",
        "## Ce que nous recueillons\n\nLes producteurs partenaires reçoivent la liste des adhérents inscrits à leur contrat (nom et téléphone), pour préparer les paniers.\n",
        "## Ce que nous recueillons\n\nChaque saison, les adhérents reçoivent la liste des producteurs partenaires.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    let object = [(
        "fr",
        "## Vos droits\n\nVous pouvez demander l'effacement de vos données et vous opposer à leur utilisation.\n",
        "## La salle\n\nLes voisins peuvent s'opposer à leur utilisation de la salle après 22 heures.\n",
    )];
    assert_met_and_decoy("gdpr.rights.object", &object, case);
}

/// The lead's classes of session 30 from a club's notice (in Dutch): "we do
/// this" and "we need them to" take up the data the sentence before names,
/// and the data passed on ("geven … door aan") to the federation.
#[test]
fn session_30_lead_club_notice() {
    let case = "session 30 lead, club";
    let basis = [
        (
            "nl",
            "## Je gegevens\n\nBij aanmelding vragen we je naam en IBAN. Dit doen we op grond van de lidmaatschapsovereenkomst.\n",
            "## De club\n\nWij onderhouden het sportpark. Dit doen we op grond van de huurovereenkomst met de gemeente.\n",
        ),
        (
            "en",
            "## Your data\n\nWe ask for your name and bank details. We do this on the basis of the membership contract.\n",
            "## The club\n\nWe maintain the sports park. We do this on the basis of our lease contract with the town.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, case);
    let purposes = [(
        "en",
        "## Your data\n\nWe ask for your name and address. We need them to manage your membership.\n",
        "## The works\n\nWe ask for your patience during the works. We need it to finish the new clubhouse.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
    let recipients = [(
        "nl",
        "## Competitie\n\nVoor de competitie geven we je naam, geboortedatum en pasfoto door aan het KNKV, de korfbalbond, die je spelerspas maakt.\n",
        "## Competitie\n\nElk jaar geven we een beker door aan de korfbalbond voor het jeugdtoernooi.\n",
    )];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
}

/// The lead's last classes of session 30 (a SaaS notice and an app's): what
/// is wrong fixed as the right to rectification, and a purpose said with
/// ", damit" after an active verb of processing.
#[test]
fn session_30_lead_plain_rectification_and_damit() {
    let case = "session 30 lead, plain words";
    let rectification = [
        (
            "en",
            "## Your choices\n\nYou can get a copy of your data, fix anything that's wrong, or have it deleted.\n",
            "## Support\n\nWe fix anything that's wrong with the app within a day.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede corregir lo que esté mal en sus datos.\n",
            "## Soporte\n\nArreglamos en un día lo que esté mal en la aplicación.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
    let purposes = [(
        "de",
        "## Was die App speichert\n\nWir speichern deine Daten, damit du sie auf mehreren Geräten nutzen kannst.\n",
        "## Die App\n\nWir laden die App regelmäßig neu, damit sie schnell bleibt.\n",
    )];
    assert_met_and_decoy("gdpr.purposes", &purposes, case);
}

/// Session 31, the lead: rights said in plain words or with a pronoun for
/// the data, from the lead's own probes of everyday wording: access as
/// seeing one's data, the objection to direct marketing as the use for
/// marketing stopped, and rectification and erasure with an enclitic or
/// causative pronoun for the data (es, pt, it).
#[test]
fn session_31_lead_plain_rights_and_pronouns() {
    let case = "session 31 lead, plain rights";
    let access = [
        (
            "en",
            "## Your rights\n\nYou can see all your data in your account settings.\n",
            "## Your rights\n\nYou can see how we use your data in the table below.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können Ihre Daten jederzeit in Ihrem Profil ansehen.\n",
            "## Ihre Rechte\n\nWie Sie sehen, sind Ihre Daten bei uns sicher.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi vedere i tuoi dati nel tuo profilo.\n",
            "## Prezzi\n\nPuoi vedere i nostri prezzi nella pagina dell'ordine.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let object = [
        (
            "en",
            "## Your rights\n\nYou can ask us to stop using your data for marketing.\n",
            "## Your rights\n\nYou can ask us to stop using your data while we check that they are correct.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander d'arrêter d'utiliser vos données à des fins de prospection.\n",
            "## Vos droits\n\nVous pouvez nous demander d'arrêter d'utiliser vos données pendant que nous vérifions leur exactitude.\n",
        ),
        (
            "nl",
            "## Jouw rechten\n\nJe kunt ons vragen je gegevens niet meer voor reclame te gebruiken.\n",
            "## Reclame\n\nSinds 2020 gebruiken we geen gedrukte folders meer voor reclame.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &object, case);
    let rectification = [
        (
            "es",
            "## Sus derechos\n\nUsted tiene derecho a acceder a sus datos, a rectificarlos y a suprimirlos.\n",
            "## Sus pedidos\n\nPuede consultar sus pedidos y rectificarlos antes del envío.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nTem o direito de consultar os seus dados e de retificá-los.\n",
            "## As suas encomendas\n\nPode consultar as suas encomendas e retificá-las antes do envio.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
    let erasure = [
        (
            "es",
            "## Sus derechos\n\nUsted tiene derecho a acceder a sus datos, a rectificarlos y a suprimirlos.\n",
            "## Sus pedidos\n\nPuede consultar sus pedidos y suprimirlos antes del envío.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi consultare i tuoi dati e farli correggere o cancellare.\n",
            "## I tuoi ordini\n\nPuoi consultare i tuoi ordini e farli cancellare prima della spedizione.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 31, the lead: portability as the reader's data downloaded in a
/// format or as a file, and restriction as the data not used while
/// something is checked, or kept but not used.
#[test]
fn session_31_lead_portability_and_restriction_in_plain_words() {
    let case = "session 31 lead, plain portability and restriction";
    let portability = [
        (
            "en",
            "## Your rights\n\nYou can download a copy of all your data as a CSV file.\n",
            "## This notice\n\nYou can download this data protection notice as a PDF file.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede descargar todos sus datos en un formato habitual.\n",
            "## Nuestra aplicación\n\nPuede descargar nuestra aplicación en el formato de su teléfono.\n",
        ),
        (
            "nl",
            "## Jouw rechten\n\nJe kunt je gegevens downloaden als CSV-bestand.\n",
            "## Deze verklaring\n\nJe kunt deze privacyverklaring over je gegevens downloaden als PDF-bestand.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.portability", &portability, case);
    let restriction = [
        (
            "en",
            "## Your rights\n\nYou can ask us to keep your data but not use it.\n",
            "## Your rights\n\nYou can ask us not to use your data for marketing.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, dass wir Ihre Daten nicht verwenden, solange wir eine Beschwerde prüfen.\n",
            "## Zahlungen\n\nSie können die App weiter nutzen, solange wir Ihre Zahlung prüfen.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos que guardemos os seus dados sem os usar.\n",
            "## Os seus direitos\n\nPode pedir-nos que não usemos os seus dados para marketing.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
}

/// Session 31, the lead: access as asking what the organisation knows
/// about the reader, and erasure in plain English (the data got rid of or
/// wiped, the reader forgotten).
#[test]
fn session_31_lead_what_we_know_and_plain_erasure() {
    let case = "session 31 lead, what we know";
    let access = [
        (
            "en",
            "## Your rights\n\nYou can ask us what we know about you.\n",
            "## Your rights\n\nYou can ask us to erase what we know about you.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander ce que nous savons sur vous.\n",
            "## Cookies\n\nVous pouvez nous demander ce que nous savons sur les cookies.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons vragen wat we over u weten.\n",
            "## Uw rechten\n\nU kunt ons vragen te wissen wat we over u weten.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let erasure = [(
        "en",
        "## Your rights\n\nYou can ask us to get rid of your data.\n",
        "## Your account\n\nIf you forget your password, you can reset it.\n",
    )];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 31, the lead: consent in plain words as the legal basis ("only
/// with your permission", "if you said yes").
#[test]
fn session_31_lead_consent_in_plain_words() {
    let case = "session 31 lead, plain consent";
    let consent = [
        (
            "en",
            "## Why we use your data\n\nWe only send the newsletter if you said yes to it.\n",
            "## Our photos\n\nYou may only use our photos with our permission.\n",
        ),
        (
            "de",
            "## Wofür wir Ihre Daten nutzen\n\nDen Newsletter schicken wir Ihnen nur mit Ihrer Erlaubnis.\n",
            "## Feiern\n\nWenn du Ja gesagt hast, bring gern eine Freundin mit.\n",
        ),
        (
            "es",
            "## Para qué usamos sus datos\n\nSolo le enviamos el boletín con su permiso.\n",
            "## Nuestras fotos\n\nSolo puede usar nuestras fotos con nuestro permiso.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &consent, case);
}

/// Session 31, the lead: retention as paper records destroyed or thrown
/// away after a period.
#[test]
fn session_31_lead_paper_records_destroyed() {
    let case = "session 31 lead, paper records";
    let retention = [
        (
            "en",
            "## How long we keep your data\n\nWe destroy the paper forms after one year.\n",
            "## Deliveries\n\nWe throw away the packaging after one week.\n",
        ),
        (
            "nl",
            "## Hoe lang we gegevens bewaren\n\nDe inschrijfformulieren gooien we na een jaar weg.\n",
            "## Leveringen\n\nDe verpakking gooien we na een week weg.\n",
        ),
        (
            "it",
            "## Per quanto tempo conserviamo i dati\n\nDistruggiamo i moduli cartacei dopo un anno.\n",
            "## Spedizioni\n\nButtiamo gli imballaggi dopo una settimana.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
}

/// Session 32, lead: a right the reader exercises themselves, told where to
/// go ("To delete your account, go to Settings …": `self_service`), and the
/// reader told to ask with the organisation's promise to do it ("Email us
/// and we'll delete your data"). Decoys: the organisation's own practice
/// after the same opening, and the promise to explain how it is done.
#[test]
fn session_32_lead_self_service_and_the_promise_to_do_it() {
    let case = "session 32 lead, self-service and promise";
    let erasure = [
        (
            "en",
            "## Your account\n\nTo delete your account, go to Settings and tap Delete account.\n",
            "## Your account\n\nTo delete your data securely, we overwrite the disks twice.\n",
        ),
        (
            "de",
            "## Dein Konto\n\nUm dein Konto zu löschen, geh in die Einstellungen und tippe auf „Konto löschen“.\n",
            "## Ihr Konto\n\nUm Ihre Daten sicher zu löschen, überschreiben wir die Festplatten zweimal.\n",
        ),
        (
            "es",
            "## Tu cuenta\n\nPara eliminar tu cuenta, ve a Ajustes y pulsa Eliminar cuenta.\n",
            "## Tu cuenta\n\nPara saber cómo eliminamos tus datos, visita nuestro centro de ayuda.\n",
        ),
        (
            "nl",
            "## Je gegevens\n\nStuur ons een e-mail en wij verwijderen je gegevens.\n",
            "## Uw gegevens\n\nNeem contact met ons op en wij leggen uit hoe we uw gegevens verwijderen.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nEscreva-nos e apagaremos os seus dados.\n",
            "## Os seus dados\n\nContacte-nos e explicaremos como apagamos os seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    let rectification = [
        (
            "fr",
            "## Votre compte\n\nPour modifier vos informations, ouvrez votre profil et cliquez sur Modifier.\n",
            "## Votre compte\n\nPour modifier vos informations, nous vérifions d'abord votre identité.\n",
        ),
        (
            "it",
            "## I suoi dati\n\nCi scriva e correggeremo i suoi dati.\n",
            "## I suoi dati\n\nCi scriva e le spiegheremo come correggiamo i dati.\n",
        ),
        (
            "en",
            "## Your data\n\nWrite to us and we will correct your details.\n",
            "## Your data\n\nWrite to us and we will explain how we correct data.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
}

/// Session 32, lead: consent named in one sentence and its withdrawal
/// granted in the next, the consent a pronoun or unsaid ("… only with your
/// consent. You can take it back whenever you like."). Decoys: the
/// organisation withdrawing something, a change that withdraws nothing.
#[test]
fn session_32_lead_withdrawal_in_the_sentence_after_the_consent() {
    let case = "session 32 lead, withdrawal after the consent";
    let withdrawal = [
        (
            "en",
            "## Newsletter\n\nWe send the newsletter only with your consent. You can take it back whenever you like.\n",
            "## Newsletter\n\nWe send the newsletter only with your consent. We can withdraw it at any time.\n",
        ),
        (
            "de",
            "## Fotos\n\nFotos von Ihnen veröffentlichen wir nur mit Ihrer Einwilligung. Diese können Sie jederzeit zurücknehmen.\n",
            "## Fotos\n\nFotos von Ihnen veröffentlichen wir nur mit Ihrer Einwilligung. Sie können Ihr Profilbild jederzeit ändern.\n",
        ),
        (
            "fr",
            "## Lettre d'information\n\nNous envoyons la lettre avec votre consentement. Vous pouvez changer d'avis à tout moment.\n",
            "## Lettre d'information\n\nNous envoyons la lettre avec votre consentement. Nous pouvons la retirer à tout moment.\n",
        ),
        (
            "pt",
            "## Fotografias\n\nSó publicamos fotografias suas com o seu consentimento. Pode retirá-lo quando quiser.\n",
            "## Fotografias\n\nSó publicamos fotografias suas com o seu consentimento. Pode mudar a sua fotografia de perfil quando quiser.\n",
        ),
        (
            "nl",
            "## Foto's\n\nWe publiceren foto's van je alleen met je toestemming. Die kun je altijd intrekken.\n",
            "## Nieuwsbrief\n\nWe sturen de nieuwsbrief alleen met je toestemming. We kunnen hem altijd intrekken.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.withdraw-consent", &withdrawal, case);
}

/// Session 32, lead: personal data deleted at a fixed frequency with no
/// number ("every week", "einmal im Monat", "quotidiennement":
/// `erase_cycle`), and a job application as personal data (de, it, pt, nl,
/// as en, fr and es read it). Decoys: a backup at that frequency; the time to
/// answer an application.
#[test]
fn session_32_lead_deletion_at_a_frequency_and_applications_as_data() {
    let case = "session 32 lead, deletion at a frequency";
    let retention = [
        (
            "en",
            "## Server logs\n\nServer logs are deleted every week.\n",
            "## Server logs\n\nWe back up the server logs every week.\n",
        ),
        (
            "de",
            "## Server-Logs\n\nWir löschen die Logfiles einmal im Monat.\n",
            "## Server-Logs\n\nWir sichern die Logfiles jede Woche.\n",
        ),
        (
            "fr",
            "## Journaux\n\nLes adresses IP sont effacées quotidiennement.\n",
            "## Journaux\n\nNous sauvegardons les journaux du serveur chaque semaine.\n",
        ),
        (
            "nl",
            "## Hoe lang we gegevens bewaren\n\nJe sollicitatie blijft zes maanden bij ons.\n",
            "## Sollicitaties\n\nWe reageren binnen twee weken op je sollicitatie.\n",
        ),
        (
            "it",
            "## Candidature\n\nCancelliamo le candidature sei mesi dopo la fine della selezione.\n",
            "## Candidature\n\nRispondiamo alla tua candidatura entro due settimane.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
}

/// Session 32, lead: a question heading that asks how the reader does
/// something ("How do I delete my account?", "Comment supprimer mon compte
/// ?"), answered with how: the question grants what it asks. Decoys: the
/// question in the policy's voice about its own practice.
#[test]
fn session_32_lead_a_how_to_question_answered_with_how() {
    let case = "session 32 lead, how-to questions";
    let erasure = [
        (
            "en",
            "## How can I delete my data?\n\nOpen the app, go to Settings > Account and choose Delete account.\n",
            "## How do we delete your data?\n\nWe overwrite it securely after 30 days.\n",
        ),
        (
            "fr",
            "## Comment supprimer mon compte ?\n\nAllez dans Paramètres et appuyez sur Supprimer le compte.\n",
            "## Comment supprimons-nous vos données ?\n\nNous les écrasons de manière sécurisée après 30 jours.\n",
        ),
        (
            "it",
            "## Come cancellare i miei dati?\n\nVai su Impostazioni > Account e tocca Cancella dati.\n",
            "## Come cancelliamo i tuoi dati?\n\nLi sovrascriviamo in modo sicuro dopo 30 giorni.\n",
        ),
        (
            "nl",
            "## Hoe kan ik mijn account verwijderen?\n\nGa naar Instellingen en tik op Account verwijderen.\n",
            "## Hoe verwijderen wij je gegevens?\n\nWe overschrijven ze na 30 dagen veilig.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 32, lead: a "Can I …?" question answered with a word of assent
/// other than "yes" that stands alone ("Of course.", "Certainly: …", « Bien
/// sûr. »). Decoys: the same word opening a sentence about the policy's
/// own practice.
#[test]
fn session_32_lead_a_question_answered_with_a_word_of_assent() {
    let case = "session 32 lead, assent";
    let erasure = [
        (
            "en",
            "## Can I have my data deleted?\n\nCertainly: use the form in Settings.\n",
            "## Can I have my data deleted?\n\nOf course we delete data we no longer need.\n",
        ),
        (
            "fr",
            "## Puis-je faire supprimer mes données ?\n\nBien sûr. Écrivez à privacy@acme.fr.\n",
            "## Puis-je faire supprimer mes données ?\n\nBien sûr que nous supprimons les données dont nous n'avons plus besoin.\n",
        ),
        (
            "de",
            "## Kann ich meine Daten löschen lassen?\n\nNatürlich, eine E-Mail genügt.\n",
            "## Kann ich meine Daten löschen lassen?\n\nNatürlich löschen wir Daten, die wir nicht mehr brauchen.\n",
        ),
        (
            "pt",
            "## Posso apagar os meus dados?\n\nCom certeza, basta um e-mail.\n",
            "## Posso apagar os meus dados?\n\nClaro que apagamos os dados de que já não precisamos.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 32, lead: the legitimate interest named as the basis for keeping
/// the data ("Wir speichern Ihre IP-Adresse aufgrund unseres berechtigten
/// Interesses …"): storage is processing. Decoys: data kept until the
/// contract ends, a criterion of the period that names no basis.
#[test]
fn session_32_lead_the_legitimate_interest_for_keeping_the_data() {
    let case = "session 32 lead, a basis for keeping";
    let basis = [
        (
            "de",
            "## Warum wir Daten nutzen\n\nWir speichern Ihre IP-Adresse aufgrund unseres berechtigten Interesses an der Fehlersuche.\n",
            "## Speicherung\n\nWir speichern Ihre Daten bis zum Ende des Vertrags.\n",
        ),
        (
            "fr",
            "## Pourquoi nous utilisons vos données\n\nNous conservons votre adresse IP car nous avons un intérêt légitime à corriger les erreurs.\n",
            "## Conservation\n\nNous conservons vos données jusqu'à la fin du contrat.\n",
        ),
        (
            "nl",
            "## Waarom we gegevens gebruiken\n\nWe bewaren je IP-adres omdat we een gerechtvaardigd belang hebben bij het oplossen van fouten.\n",
            "## Bewaring\n\nWe bewaren je gegevens tot het einde van het contract.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, case);
}

/// Session 33, lead: the objection in everyday words, the reader asking that
/// their data be no longer used ("You can ask us to stop using your data";
/// GDPR Art. 21(1): the controller "shall no longer process" them), in seven
/// languages. Decoys: the reader who stops using the service.
#[test]
fn session_33_lead_the_objection_as_a_request_to_stop_using_the_data() {
    let case = "session 33 lead, the objection in everyday words";
    let objection = [
        (
            "en",
            "## Your rights\n\nYou can ask us to stop using your data.\n",
            "## Your rights\n\nIf you stop using the service, we delete your data after a year.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können uns bitten, Ihre Daten nicht mehr zu verwenden.\n",
            "## Ihre Rechte\n\nWenn Sie unseren Dienst nicht mehr nutzen, löschen wir Ihre Daten.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander d'arrêter d'utiliser vos données.\n",
            "## Vos droits\n\nSi vous cessez d'utiliser le service, nous supprimons vos données.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede pedirnos que dejemos de usar sus datos.\n",
            "## Sus derechos\n\nSi deja de usar el servicio, borramos sus datos.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci di smettere di usare i tuoi dati.\n",
            "## I tuoi diritti\n\nSe smetti di usare il servizio, cancelliamo i tuoi dati.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons vragen uw gegevens niet meer te gebruiken.\n",
            "## Uw rechten\n\nAls u stopt met het gebruik van de dienst, verwijderen wij uw gegevens.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos que deixemos de usar os seus dados.\n",
            "## Os seus direitos\n\nSe deixar de usar o serviço, apagamos os seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &objection, case);
}

/// Session 33, lead: the reader told to ask, with the promise to tell them
/// what data are held ("Ask us and we'll tell you what data we have about
/// you"; GDPR Art. 15(1)): the right of access. Decoys: the promise to tell
/// how the data are deleted, which is no grant of erasure (in English the
/// telling verb was a promised verb of every right until this session).
#[test]
fn session_33_lead_the_promise_to_tell_what_data_are_held() {
    let case = "session 33 lead, the promise to tell";
    let access = [
        (
            "en",
            "## Your data\n\nEmail us and we'll tell you what we know about you.\n",
            "## Your data\n\nEmail us and we'll tell you how our newsletter works.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nFragen Sie uns, und wir teilen Ihnen mit, welche Daten wir über Sie speichern.\n",
            "## Ihre Daten\n\nSchreiben Sie uns, und wir sagen Ihnen, wie unser Newsletter funktioniert.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let erasure = [
        (
            "en",
            "## Your data\n\nEmail us and we'll delete your data.\n",
            "## Your data\n\nWrite to us and we will tell you how we delete your data.\n",
        ),
        (
            "nl",
            "## Uw gegevens\n\nMail ons en wij verwijderen uw gegevens.\n",
            "## Uw gegevens\n\nMail ons en wij vertellen u hoe wij uw gegevens verwijderen.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nEscreva-nos e apagamos os seus dados.\n",
            "## Os seus dados\n\nEscreva-nos e dir-lhe-emos como apagamos os seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 33, lead: the promise to do it after a conditional clause ("If
/// any of your details are wrong, let us know and we will update them"; GDPR
/// Art. 16, 12(2)): the session-32 promise patterns were anchored at the
/// sentence's start. Decoy: an order put right, which is no rectification.
#[test]
fn session_33_lead_the_promise_after_a_conditional_clause() {
    let case = "session 33 lead, the promise after a condition";
    let rectification = [
        (
            "en",
            "## Your data\n\nIf any of your details are wrong, let us know and we will update them.\n",
            "## Orders\n\nIf something is wrong with your order, tell us and we'll fix it.\n",
        ),
        (
            "nl",
            "## Uw gegevens\n\nKloppen uw gegevens niet, mail ons en wij corrigeren ze.\n",
            "## Bestellingen\n\nKlopt uw bestelling niet, mail ons en wij sturen een nieuwe.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nSe os seus dados estiverem errados, escreva-nos e corrigimo-los.\n",
            "## Encomendas\n\nSe a sua encomenda estiver errada, escreva-nos e enviamos outra.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
}

/// Session 30, helper classes-z: the wording classes session 29 left (the
/// reader's consent to the storage said to be revocable is no retention
/// period, while its withdrawal that ends the keeping is a criterion; the
/// reader's consent verb as the legal basis; a label naming the period and
/// its data; a named outside body that has access to the data as a
/// recipient; a right's object requested by another agent).
#[test]
fn session_30_classes_z_classes() {
    let case = "session 30 classes-z";
    // How consent ends is not how long the data are kept (development half,
    // de-ithub-datenschutz:59); keeping them until it is withdrawn is.
    let retention = [
        (
            "de",
            "## Mitglieder\n\nWir speichern Ihre Daten bis zum Widerruf Ihrer Einwilligung.\n",
            "## Mitglieder\n\nDie Einwilligung in die Speicherung Ihrer Daten können Sie jederzeit widerrufen, allerdings nur mit Ihrem Austritt aus dem Verein.\n",
        ),
        (
            "en",
            "## Members\n\nWe keep your data until you withdraw your consent.\n",
            "## Members\n\nYour consent to storing and processing these data can be withdrawn at any time; this is only possible when you close your account.\n",
        ),
        (
            "fr",
            "## Adhérents\n\nNous conservons vos données jusqu'au retrait de votre consentement.\n",
            "## Adhérents\n\nVous pouvez retirer votre consentement à la conservation de vos données tant que dure votre adhésion, en nous écrivant.\n",
        ),
        (
            "es",
            "## Socios\n\nConservamos sus datos hasta que retire su consentimiento.\n",
            "## Socios\n\nPuede retirar en cualquier momento su consentimiento para la conservación de sus datos; esto solo es posible al cancelar su cuenta.\n",
        ),
        (
            "pt",
            "## Sócios\n\nConservamos os seus dados até que retire o seu consentimento.\n",
            "## Sócios\n\nPode retirar a qualquer momento o seu consentimento para a conservação dos seus dados; isso só é possível com o encerramento da sua conta.\n",
        ),
        (
            "nl",
            "## Leden\n\nWij bewaren uw gegevens tot u uw toestemming intrekt.\n",
            "## Leden\n\nU kunt uw toestemming voor de opslag van uw gegevens op elk moment intrekken; dat kan alleen bij het opzeggen van uw account.\n",
        ),
        // A label that names the period and the data; not one that names
        // something else.
        (
            "en",
            "## Logs\n\n**Storage of server logs:** 14 days.\n",
            "## Winter service\n\n**Storage of bikes:** up to three months in our winter depot.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // A period said after the withdrawal is a retention period all the same.
    let kept = [
        (
            "en",
            "## Members\n\nYour consent to the storage of your data can be withdrawn at any time; we then delete the data within 30 days.\n",
        ),
        (
            "de",
            "## Mitglieder\n\nDie Einwilligung in die Speicherung Ihrer Daten können Sie jederzeit widerrufen; wir löschen die Daten dann innerhalb von 30 Tagen.\n",
        ),
    ];
    assert_all_met("gdpr.retention", &kept, case);
    // The reader's consent verb states the basis; consent by mere use does not.
    let consent = [
        (
            "de",
            "## Newsletter\n\nSie willigen durch das Anklicken des Kästchens im Anmeldeformular in die Verarbeitung Ihrer E-Mail-Adresse ein.\n",
            "## Einwilligung\n\nSie willigen durch die Nutzung der App in die Verarbeitung Ihrer Daten ein.\n",
        ),
        (
            "es",
            "## Boletín\n\nUsted consiente el tratamiento de su dirección de correo electrónico al marcar la casilla del formulario de suscripción.\n",
            "## Consentimiento\n\nUsted consiente el tratamiento de sus datos al utilizar la aplicación.\n",
        ),
        (
            "it",
            "## Newsletter\n\nAcconsenti al trattamento del tuo indirizzo e-mail spuntando la casella del modulo di iscrizione.\n",
            "## Consenso\n\nAcconsenti al trattamento dei tuoi dati utilizzando l'app.\n",
        ),
        (
            "nl",
            "## Nieuwsbrief\n\nU stemt in met de verwerking van uw e-mailadres door het vakje op het aanmeldformulier aan te vinken.\n",
            "## Toestemming\n\nU stemt in met de verwerking van uw gegevens door de app te gebruiken.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &consent, case);
    let consent = [
        (
            "de",
            "## Newsletter\n\nDu willigst durch das Anklicken des Kästchens in die Verarbeitung deiner E-Mail-Adresse ein.\n",
        ),
        (
            "de",
            "## Newsletter\n\nSie stimmen der Verarbeitung Ihrer E-Mail-Adresse zu, indem Sie das Kästchen im Anmeldeformular ankreuzen.\n",
        ),
    ];
    assert_all_met("gdpr.legal-basis", &consent, case);
    // An outside body named by its kind that has access to the data is a
    // recipient; the organisation's own staff are not (Art. 29).
    let recipients = [
        (
            "en",
            "## Tournaments\n\nThe tournament organisers have access to the players' data.\n",
            "## Support\n\nOur support staff have access to your account data.\n",
        ),
        (
            "de",
            "## Turniere\n\nDie Turnierveranstalter haben Zugriff auf die Daten der Spielerinnen und Spieler.\n",
            "## Support\n\nUnsere Support-Mitarbeiter haben Zugriff auf Ihre Kontodaten.\n",
        ),
        (
            "fr",
            "## Paiements\n\nNotre prestataire de paiement a accès à vos données de facturation.\n",
            "## Assistance\n\nNotre équipe d'assistance a accès aux données de votre compte.\n",
        ),
        (
            "es",
            "## Torneos\n\nLos organizadores del torneo tienen acceso a los datos de los jugadores.\n",
            "## Soporte\n\nNuestro personal de soporte tiene acceso a los datos de su cuenta.\n",
        ),
        (
            "it",
            "## Pagamenti\n\nIl nostro fornitore di pagamenti ha accesso ai tuoi dati di fatturazione.\n",
            "## Assistenza\n\nIl nostro personale di assistenza ha accesso ai dati del tuo account.\n",
        ),
        (
            "pt",
            "## Torneios\n\nOs organizadores do torneio têm acesso aos dados dos jogadores.\n",
            "## Apoio\n\nA nossa equipa de apoio tem acesso aos dados da sua conta.\n",
        ),
        (
            "nl",
            "## Betalingen\n\nOnze betaaldienstverlener heeft toegang tot uw factuurgegevens.\n",
            "## Support\n\nOnze supportmedewerkers hebben toegang tot uw accountgegevens.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    // Access requested by the reader is the reader's right; requested by the
    // police it grants the reader nothing.
    let access = [
        (
            "es",
            "## Sus datos\n\nEl acceso a sus datos puede ser solicitado por usted en cualquier momento por correo electrónico.\n",
            "## Autoridades\n\nEl acceso a sus datos puede ser solicitado por la policía con una orden judicial.\n",
        ),
        (
            "it",
            "## I tuoi dati\n\nL'accesso ai tuoi dati può essere richiesto in qualsiasi momento via e-mail.\n",
            "## Autorità\n\nL'accesso ai tuoi dati può essere richiesto dalla polizia con un ordine del giudice.\n",
        ),
        (
            "pt",
            "## Os seus dados\n\nO acesso aos seus dados pode ser solicitado a qualquer momento por e-mail.\n",
            "## Autoridades\n\nO acesso aos seus dados pode ser solicitado pela polícia com uma ordem judicial.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let erasure = [(
        "es",
        "## Sus datos\n\nLa supresión de sus datos puede ser solicitada en cualquier momento por correo electrónico.\n",
        "## Autoridades\n\nLa supresión de sus datos puede ser solicitada por la policía con una orden judicial.\n",
    )];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
}

/// Session 30, helper devdata-z: the classes the five policies added to the
/// development half drew at first sight (docs/accuracy.md).
#[test]
fn session_30_devdata_z_classes() {
    let case = "session 30 devdata-z";
    // Data kept "for it" after a condition naming what the reader does
    // (real/de-collegiumacademicum-datenschutz:22); a link sent for it is
    // no data.
    let aim_back = [
        (
            "de",
            "## Newsletter\n\nWenn Sie unseren Newsletter abonnieren, speichern wir dafür Ihre E-Mail-Adresse.\n",
            "## Newsletter\n\nWenn Sie unseren Newsletter abonnieren, senden wir Ihnen dafür einen Bestätigungslink.\n",
        ),
        (
            "en",
            "## Newsletter\n\nIf you subscribe to our newsletter, we store your e-mail address for this purpose.\n",
            "## Newsletter\n\nIf you subscribe to our newsletter, we send you a confirmation link for this purpose.\n",
        ),
        (
            "es",
            "## Boletín\n\nSi se suscribe a nuestro boletín, para ello guardamos su dirección de correo electrónico.\n",
            "## Boletín\n\nSi se suscribe a nuestro boletín, para ello le enviamos un enlace de confirmación.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &aim_back, case);
    // Kept for the period of a named relationship
    // (real/de-collegiumacademicum-datenschutz:22); a discount for the
    // period of a membership keeps nothing.
    let period = [
        (
            "de",
            "## Newsletter\n\nWir speichern Ihre E-Mail-Adresse für den Zeitraum Ihres Newsletter-Abonnements.\n",
            "## Mitgliedschaft\n\nMitglieder erhalten für den Zeitraum ihrer Mitgliedschaft einen Rabatt auf alle Kurse.\n",
        ),
        (
            "fr",
            "## Lettre\n\nNous conservons votre adresse électronique pendant la période de votre abonnement à la lettre d'information.\n",
            "## Adhésion\n\nLes membres bénéficient d'une réduction sur tous les cours pendant la période de leur adhésion.\n",
        ),
        (
            "nl",
            "## Nieuwsbrief\n\nWe bewaren je e-mailadres gedurende de periode van je abonnement op de nieuwsbrief.\n",
            "## Lidmaatschap\n\nLeden krijgen korting op alle cursussen gedurende de periode van hun lidmaatschap.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &period, case);
    // Deleted when the reader cancels the subscription, with the verb of
    // cancelling it (real/de-collegiumacademicum-datenschutz:22); no more
    // issues once cancelled is no retention.
    let cancel = [
        (
            "de",
            "## Newsletter\n\nIhre E-Mail-Adresse wird gelöscht, sobald Sie den Newsletter abbestellen.\n",
            "## Newsletter\n\nSie erhalten keine weiteren Ausgaben, sobald Sie den Newsletter abbestellen.\n",
        ),
        (
            "it",
            "## Newsletter\n\nIl tuo indirizzo e-mail viene cancellato non appena ti disiscrivi dalla newsletter.\n",
            "## Newsletter\n\nNon riceverai più la nostra newsletter non appena ti disiscrivi.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &cancel, case);
    // Kept until the moment of an event, or until the reader's request has
    // been resolved (real/es-ayudaefectiva-privacidad:21, 29); an offer
    // valid until a moment, a team that helps until then, keep nothing.
    let until = [
        (
            "es",
            "## Conservación\n\nConservamos sus datos hasta el momento en que solicite su supresión.\n",
            "## Oferta\n\nLa oferta es válida hasta el momento en que se agoten las existencias.\n",
        ),
        (
            "pt",
            "## Conservação\n\nConservamos os seus dados até ao momento em que solicite a sua eliminação.\n",
            "## Oferta\n\nA oferta é válida até ao momento em que se esgotem as existências.\n",
        ),
        (
            "en",
            "## Contact\n\nWe keep the data you send us until your request has been resolved.\n",
            "## Support\n\nOur support team stays in touch with you until your request has been resolved.\n",
        ),
        (
            "es",
            "## Consultas\n\nConservamos los datos de su consulta hasta la resolución de su petición.\n",
            "## Atención\n\nNuestro equipo le atenderá por teléfono hasta la resolución de su incidencia.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &until, case);
    // A list whose lead-in ends on a conjunction ("salvo que:") continues
    // it, items that open with a capital and end with a stop included
    // (real/es-ayudaefectiva-privacidad:33-39), as the same words in one
    // sentence are read; the same shape in a liability clause names no
    // recipient.
    let conjunction = [
        (
            "es",
            "## Destinatarios\n\nSus datos no se comunicarán a terceros, salvo que:\n\n- Una ley lo autorice.\n- Un juez lo ordene.\n",
            "## Enlaces\n\nNo somos responsables de los contenidos de los sitios enlazados, salvo que:\n\n- Conociéramos su ilicitud.\n- Pudiéramos retirarlos fácilmente.\n",
        ),
        (
            "en",
            "## Recipients\n\nYour data are not disclosed to third parties, unless:\n\n- The disclosure is required by law.\n- A court orders it.\n",
            "## Links\n\nWe are not liable for the content of linked third-party websites, unless:\n\n- We knew that it was unlawful.\n- We could easily have removed it.\n",
        ),
        (
            "fr",
            "## Destinataires\n\nVos données ne sont pas communiquées à des tiers, sauf si :\n\n- La loi l'exige.\n- Un juge l'ordonne.\n",
            "## Liens\n\nNous ne sommes pas responsables du contenu des sites liés, sauf si :\n\n- Nous connaissions son caractère illicite.\n- Nous pouvions facilement le retirer.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &conjunction, case);
    // A quoted label of a button or link the reader clicks is not the act
    // its word spells (real/de-collegiumacademicum-datenschutz:22): the
    // right said outside the quotes still counts; unsubscribing by a button
    // named "delete" grants no erasure.
    let clicked = [
        (
            "de",
            "## Konto\n\nDu kannst dein Konto jederzeit löschen, indem du in den Einstellungen auf „Konto löschen“ klickst.\n",
            "## Newsletter\n\nDu kannst den Newsletter jederzeit abbestellen, indem du am Ende eines Newsletters auf „löschen“ klickst.\n",
        ),
        (
            "en",
            "## Account\n\nYou can delete your account at any time by clicking \"Delete account\" in the settings.\n",
            "## Newsletter\n\nYou can unsubscribe at any time by clicking \"Delete\" at the end of each newsletter.\n",
        ),
        (
            "es",
            "## Cuenta\n\nPuede eliminar su cuenta en cualquier momento pulsando el botón «Eliminar cuenta».\n",
            "## Boletín\n\nPuede darse de baja en cualquier momento haciendo clic en «eliminar» al final de cada boletín.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &clicked, case);
    // The controller named as the one responsible for the use of the data
    // (real/fr-gipinclusion-dora:7); the reader responsible for the use of
    // what they download is none.
    let responsible_for_use = [
        (
            "fr",
            "## Qui est responsable ?\n\nLe responsable de l’utilisation des données est le GIP Plateforme de l’inclusion.\n",
            "## Données ouvertes\n\nVous êtes responsable de l'utilisation des données que vous téléchargez depuis le portail de données ouvertes.\n",
        ),
        (
            "de",
            "## Wer ist verantwortlich?\n\nVerantwortlich für die Nutzung der Daten ist die Plattform für Inklusion, ein öffentlicher Zweckverband.\n",
            "## Offene Daten\n\nDu bist für die Nutzung der Daten verantwortlich, die du aus dem Open-Data-Portal herunterlädst.\n",
        ),
        (
            "nl",
            "## Wie is verantwoordelijk?\n\nVerantwoordelijk voor het gebruik van de gegevens is het Inclusieplatform, een publiek samenwerkingsverband.\n",
            "## Open data\n\nJe bent zelf verantwoordelijk voor het gebruik van de gegevens die je van het opendataportaal downloadt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &responsible_for_use, case);
    // The right to erasure as the reader deleting their own account, read
    // already in en, de, es, pt and nl; the organisation reserving the
    // deletion grants nothing.
    let own_account = [
        (
            "fr",
            "## Votre compte\n\nVous pouvez supprimer votre compte à tout moment depuis vos paramètres.\n",
            "## Conditions\n\nNous pouvons supprimer votre compte en cas de violation des conditions d'utilisation.\n",
        ),
        (
            "it",
            "## Il tuo account\n\nPuoi cancellare il tuo account in qualsiasi momento dalle impostazioni.\n",
            "## Condizioni\n\nPossiamo cancellare il tuo account in caso di violazione dei termini di servizio.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &own_account, case);
}

/// Session 30, helper devdata-w: the classes the three development policies
/// it added showed (docs/accuracy.md, its section), met the way the policy
/// says it and a decoy with the same words that states nothing.
#[test]
fn session_30_devdata_w_classes() {
    let case = "session 30 devdata-w";
    // Data kept with no end is a retention period (real/en-oceanprotocol-market:106,
    // "Your wallet address and name are stored permanently on our metadata cache.");
    // "permanently" with a verb of deleting, or gratitude kept forever, is none.
    let no_end = [
        (
            "en",
            "## Blockchain records\n\nYour wallet address and the data you publish are stored permanently on the blockchain.\n",
            "## Your account\n\nYou can permanently delete your account in the settings.\n",
        ),
        (
            "en",
            "## Published datasets\n\nThe personal data in your published datasets are retained for an unlimited period.\n",
            "## Membership\n\nYour support helps us indefinitely, and we are permanently grateful to our volunteers.\n",
        ),
        (
            "de",
            "## Kommentare\n\nKommentare und ihre Metadaten speichern wir auf unbestimmte Zeit.\n",
            "## Ihr Konto\n\nSie können Ihr Konto in den Einstellungen dauerhaft löschen.\n",
        ),
        (
            "nl",
            "## Blockchain\n\nUw walletadres en de gegevens die u publiceert worden permanent opgeslagen op de blockchain.\n",
            "## Uw account\n\nU kunt uw account permanent verwijderen in de instellingen.\n",
        ),
        (
            "fr",
            "## Blockchain\n\nVotre adresse de portefeuille et le nom que vous indiquez sont conservés de manière permanente sur la blockchain.\n",
            "## Votre compte\n\nVous pouvez supprimer votre compte de manière permanente dans les paramètres.\n",
        ),
        (
            "es",
            "## Publicaciones\n\nEl nombre del autor de un conjunto de datos publicado se almacena por tiempo indefinido.\n",
            "## Su cuenta\n\nPuede eliminar su cuenta de forma permanente en los ajustes.\n",
        ),
        (
            "it",
            "## Blockchain\n\nIl tuo indirizzo del portafoglio e il nome che indichi sono conservati in modo permanente sulla blockchain.\n",
            "## Il tuo account\n\nPuoi eliminare il tuo account in modo permanente dalle impostazioni.\n",
        ),
        (
            "pt",
            "## Blockchain\n\nO seu endereço de carteira e os dados que publicar são conservados de forma permanente na blockchain.\n",
            "## A sua conta\n\nPode eliminar a sua conta de forma permanente nas definições.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &no_end, case);
    // Data deleted when the reader logs out or uninstalls the app
    // (real/it-giuaapp-privacy:40, "fino a quando non verrà disinstallata l'app o
    // si esce dall'account"); logging out with nothing deleted is no period.
    let session_end = [
        (
            "en",
            "## Session data\n\nWe delete your session data as soon as you sign out.\n",
            "## Logging out\n\nWhen you log out, the app shows the login screen again.\n",
        ),
        (
            "de",
            "## Lokale Daten\n\nIhre Daten werden gelöscht, wenn Sie die App deinstallieren.\n",
            "## Neu installieren\n\nWenn Sie die App deinstallieren, können Sie sie jederzeit wieder aus dem Store installieren.\n",
        ),
        (
            "nl",
            "## Inloggegevens\n\nUw inloggegevens worden verwijderd zodra u uitlogt.\n",
            "## Uitloggen\n\nZodra u uitlogt, toont de app weer het inlogscherm.\n",
        ),
        (
            "fr",
            "## Données de connexion\n\nVos données de connexion sont supprimées dès que vous vous déconnectez.\n",
            "## Déconnexion\n\nLorsque vous vous déconnectez, l'application affiche de nouveau l'écran de connexion.\n",
        ),
        (
            "es",
            "## Datos de acceso\n\nSus datos de acceso se eliminan en cuanto cierra la sesión.\n",
            "## Cerrar sesión\n\nCuando cierra la sesión, la aplicación vuelve a mostrar la pantalla de inicio.\n",
        ),
        (
            "it",
            "## Dati di accesso\n\nCancelliamo i tuoi dati di accesso appena effettui il logout.\n",
            "## Uscita\n\nQuando esci dall'account, l'app mostra di nuovo la schermata di accesso.\n",
        ),
        (
            "pt",
            "## Dados de acesso\n\nOs seus dados de acesso são eliminados quando termina a sessão.\n",
            "## Terminar sessão\n\nQuando termina a sessão, a aplicação volta a mostrar o ecrã de entrada.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &session_end, case);
}

/// Session 31, helper devdata-b: the classes of the development policies
/// it added (real/de-gentooev-datenschutz, real/de-bbr-elca-datenschutz,
/// real/fr-ootb-privacy).
#[test]
fn session_31_devdata_b_classes() {
    let case = "session 31 devdata-b";
    // The organisation uses the services of the companies a list or the
    // sentence names (real/de-gentooev-datenschutz:32-36); services the
    // reader may use from partners name no recipient.
    let uses_services = [
        (
            "de",
            "## Dienstleister\n\nZur Bereitstellung unserer Dienste nehmen wir Leistungen in Anspruch von:\n\n- Hetzner Online GmbH, Gunzenhausen\n- Brevo SAS, Paris\n",
            "## Vorteile für Mitglieder\n\nAls Mitglied können Sie die Leistungen folgender Partner vergünstigt in Anspruch nehmen:\n\n- Sportshop Müller GmbH, Mainz\n- Bäckerei Schmitt KG, Mainz\n",
        ),
        (
            "en",
            "## Service providers\n\nTo run our services we use the services of:\n\n- Hetzner Online GmbH, Gunzenhausen\n- Brevo SAS, Paris\n",
            "## Member benefits\n\nAs a member you can use the services of the following partners at a discount:\n\n- Sports Corner Ltd, Leeds\n- Green Bakery Ltd, Leeds\n",
        ),
        (
            "fr",
            "## Prestataires\n\nPour fournir nos services, nous faisons appel aux services de :\n\n- OVH SAS, Roubaix\n- Brevo SAS, Paris\n",
            "## Avantages adhérents\n\nEn tant qu'adhérent, vous pouvez bénéficier des services des partenaires suivants à tarif réduit :\n\n- Sport Plus SARL, Lyon\n- Boulangerie Martin SARL, Lyon\n",
        ),
        (
            "pt",
            "## Prestadores\n\nPara prestar os nossos serviços utilizamos os serviços de:\n\n- Hetzner Online GmbH, Gunzenhausen\n- Brevo SAS, Paris\n",
            "## Vantagens para sócios\n\nComo sócio pode usufruir com desconto dos serviços dos seguintes parceiros:\n\n- Desporto Silva Lda, Braga\n- Padaria Costa Lda, Braga\n",
        ),
        (
            "nl",
            "## Hosting\n\nWij maken gebruik van de diensten van Hetzner Online GmbH, die onze website host.\n",
            "## Voordelen voor leden\n\nAls lid kunt u met korting gebruikmaken van de diensten van de volgende partners:\n\n- Sport Jansen B.V., Utrecht\n- Bakkerij de Vries B.V., Utrecht\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &uses_services, case);
    // Deleted when the conversation with the user has ended, or when the
    // user has deleted the account (real/de-bbr-elca-datenschutz:399-400,
    // 472-473); the end of a conversation with nothing kept is no period.
    let conversation = [
        (
            "de",
            "## Dauer der Speicherung\n\nDie per E-Mail übersandten Daten werden gelöscht, sobald die jeweilige Konversation mit dem Nutzer beendet ist.\n",
            "## Kundenservice\n\nSobald die Konversation mit dem Nutzer beendet ist, bitten wir ihn um eine kurze Bewertung.\n",
        ),
        (
            "en",
            "## Storage period\n\nData sent to us by e-mail are deleted once the respective conversation with the user has ended.\n",
            "## Customer service\n\nOnce the conversation with the user has ended, we ask them for a short rating.\n",
        ),
        (
            "es",
            "## Plazo de conservación\n\nLos datos enviados por correo electrónico se suprimen cuando la conversación con el usuario ha terminado.\n",
            "## Atención al cliente\n\nCuando la conversación con el usuario ha terminado, le pedimos una breve valoración.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &conversation, case);
    let account = [
        (
            "de",
            "## Dauer der Speicherung\n\nDie Daten werden gelöscht, sobald sie nicht mehr erforderlich sind. Für die bei der Registrierung erhobenen Daten ist dies der Fall, wenn der Nutzer seinen Zugang gelöscht hat.\n",
        ),
        (
            "it",
            "## Durata della conservazione\n\nI dati vengono cancellati quando non sono più necessari. Per i dati raccolti durante la registrazione, ciò avviene quando l'utente ha cancellato il proprio account.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nDe gegevens worden verwijderd zodra ze niet meer nodig zijn. Voor de bij de registratie verzamelde gegevens is dit het geval wanneer de gebruiker zijn account heeft verwijderd.\n",
        ),
    ];
    assert_all_met("gdpr.retention", &account, case);
    // Cookies restricted in the browser's settings are not the right to
    // restriction (real/de-bbr-elca-datenschutz:205-206); the right said in
    // a cookie section still is.
    let cookies = [
        (
            "de",
            "## Cookies und Ihre Rechte\n\nSie können außerdem verlangen, dass wir die Verarbeitung Ihrer Daten einschränken.\n",
            "## Cookies\n\nDurch eine Änderung der Einstellungen in Ihrem Internetbrowser können Sie die Übertragung von Cookies deaktivieren oder einschränken.\n",
        ),
        (
            "en",
            "## Cookies and your rights\n\nYou can also ask us to restrict the processing of your data.\n",
            "## Cookies\n\nBy changing the settings of your browser you can disable or restrict the transmission of cookies.\n",
        ),
        (
            "fr",
            "## Cookies et vos droits\n\nVous pouvez également nous demander de limiter le traitement de vos données.\n",
            "## Cookies\n\nEn modifiant les paramètres de votre navigateur, vous pouvez désactiver ou limiter la transmission des cookies.\n",
        ),
        (
            "it",
            "## Cookie e diritti\n\nPuò inoltre chiederci di limitare il trattamento dei suoi dati.\n",
            "## Cookie\n\nModificando le impostazioni del browser può disattivare o limitare la trasmissione dei cookie.\n",
        ),
        (
            "nl",
            "## Cookies en uw rechten\n\nU kunt ons ook vragen de verwerking van uw gegevens te beperken.\n",
            "## Cookies\n\nDoor de instellingen van uw browser te wijzigen, kunt u het verzenden van cookies uitschakelen of beperken.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.restriction", &cookies, case);
    // The notice said to aim to inform the reader about the processing is
    // no purpose of it (real/fr-ootb-privacy:15); a purpose said under the
    // same heading still is.
    let notice_aim = [
        (
            "fr",
            "## Objet\n\nNous utilisons vos données uniquement pour répondre à vos messages et vous envoyer notre lettre d'information.\n",
            "## Objet\n\nCette politique a pour objet d'informer les visiteurs du site des modalités de traitement de leurs données personnelles.\n",
        ),
        (
            "it",
            "## Oggetto\n\nUtilizziamo i suoi dati solo per rispondere ai suoi messaggi e inviarle la nostra newsletter.\n",
            "## Oggetto\n\nLa presente informativa ha lo scopo di informare i visitatori del sito sulle modalità di trattamento dei loro dati personali.\n",
        ),
        (
            "nl",
            "## Doel\n\nWij gebruiken uw gegevens alleen om uw berichten te beantwoorden en u onze nieuwsbrief te sturen.\n",
            "## Doel\n\nDeze verklaring heeft tot doel bezoekers van de website te informeren over de manier waarop hun persoonsgegevens worden verwerkt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &notice_aim, case);
    // The website on the servers of a company named by its legal form is
    // hosted there (found probing real/de-gentooev-datenschutz:26-29); a
    // company's servers praised name no recipient.
    let servers_of = [
        (
            "de",
            "## Hosting\n\nUnsere Website liegt auf den Servern der Hetzner Online GmbH in Falkenstein.\n",
            "## Nachhaltigkeit\n\nDie Server der Hetzner Online GmbH gehören zu den sparsamsten in Europa.\n",
        ),
        (
            "en",
            "## Hosting\n\nOur services run on the servers of Hetzner Online GmbH in Germany.\n",
            "## Sustainability\n\nThe servers of Hetzner Online GmbH are among the most energy-efficient in Europe.\n",
        ),
        (
            "it",
            "## Hosting\n\nI nostri servizi girano sui server di Aruba S.p.A. ad Arezzo.\n",
            "## Sostenibilità\n\nI server di Aruba S.p.A. sono tra i più efficienti d'Europa.\n",
        ),
        (
            "nl",
            "## Hosting\n\nOnze diensten draaien op de servers van Hetzner Online GmbH in Duitsland.\n",
            "## Duurzaamheid\n\nDe servers van Hetzner Online GmbH behoren tot de zuinigste van Europa.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &servers_of, case);
    // Data collected when the reader uses services on the association's
    // own servers name no recipient (real/de-gentooev-datenschutz:26-29).
    assert_each(
        "de",
        "## Server\n\nBeim Zugriff auf Dienste der Server des Vereins werden folgende Daten erhoben: IP-Adresse, Datum und Uhrzeit, Browser.\n",
        &["gdpr.recipients"],
        false,
        &format!("{case}: decoy"),
    );
}

/// Session 31, helper devdata-a: the classes the four policies added to the
/// development half drew at first sight (docs/accuracy.md).
#[test]
fn session_31_devdata_a_classes() {
    let case = "session 31 devdata-a";
    // A right stated in an HTML view nested deeper than the four re-reads of
    // indented text reach, its closing tags keeping the common indentation
    // small (real/nl-sijot-verhuursportaal): every line's indentation is cut.
    let markup = [
        (
            "en",
            "## Your rights\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            You have the right to obtain a copy of the personal data we hold about you.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            Sie haben das Recht, Auskunft über die von uns gespeicherten personenbezogenen Daten zu erhalten.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "fr",
            "## Vos droits\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            Vous avez le droit d’obtenir une copie des données personnelles que nous détenons sur vous.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "es",
            "## Sus derechos\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            Tiene derecho a obtener una copia de los datos personales que tenemos sobre usted.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            Hai il diritto di ottenere una copia dei dati personali che conserviamo su di te.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            Tem o direito de obter uma cópia dos dados pessoais que temos sobre si.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
        (
            "nl",
            "## Uw rechten\n\n<div class=\"page\">\n\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col\">\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n\n                        <p>\n                            U heeft het recht op inzage in de persoonsgegevens die wij van u bewaren.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</div>\n",
        ),
    ];
    assert_all_met("gdpr.rights.access", &markup, case);
    // The controller named by welcoming the reader to its site or portal
    // (real/nl-sijot-verhuursportaal:12); "our" group names no one.
    let welcome = [
        (
            "en",
            "## Introduction\n\nWelcome to the rental portal of the Hilltop Scouts.\n",
            "## Introduction\n\nWelcome to the rental portal of our scout group.\n",
        ),
        (
            "en",
            "## Introduction\n\nWelcome to the website of Hilltop Rowing Club. We value the privacy of our members.\n",
            "## Introduction\n\nWelcome to the rental portal of our scout group.\n",
        ),
        (
            "de",
            "## Einleitung\n\nWillkommen im Vermietungsportal der Pfadfinder Hügelland.\n",
            "## Einleitung\n\nWillkommen im Vermietungsportal unserer Pfadfindergruppe.\n",
        ),
        (
            "de",
            "## Einleitung\n\nWillkommen auf der Website des Ruderclubs Hügelland. Der Schutz der Daten unserer Mitglieder ist uns wichtig.\n",
            "## Einleitung\n\nWillkommen im Vermietungsportal unserer Pfadfindergruppe.\n",
        ),
        (
            "fr",
            "## Introduction\n\nBienvenue sur le portail de location des Scouts des Collines.\n",
            "## Introduction\n\nBienvenue sur le portail de location de notre groupe scout.\n",
        ),
        (
            "fr",
            "## Introduction\n\nBienvenue sur le site de l’Aviron Club des Collines. La vie privée de nos membres nous tient à cœur.\n",
            "## Introduction\n\nBienvenue sur le portail de location de notre groupe scout.\n",
        ),
        (
            "es",
            "## Introducción\n\nBienvenido al portal de alquiler de los Scouts Colinas.\n",
            "## Introducción\n\nBienvenido al portal de alquiler de nuestro grupo scout.\n",
        ),
        (
            "es",
            "## Introducción\n\nBienvenido a la web del Club de Remo Colinas. Nos importa la privacidad de nuestros socios.\n",
            "## Introducción\n\nBienvenido al portal de alquiler de nuestro grupo scout.\n",
        ),
        (
            "it",
            "## Introduzione\n\nBenvenuti nel portale di noleggio degli Scout Colline.\n",
            "## Introduzione\n\nBenvenuti nel portale di noleggio del nostro gruppo scout.\n",
        ),
        (
            "it",
            "## Introduzione\n\nBenvenuti sul sito del Circolo Canottieri Colline. Teniamo alla riservatezza dei nostri soci.\n",
            "## Introduzione\n\nBenvenuti nel portale di noleggio del nostro gruppo scout.\n",
        ),
        (
            "pt",
            "## Introdução\n\nBem-vindo ao portal de aluguer dos Escuteiros Colinas.\n",
            "## Introdução\n\nBem-vindo ao portal de aluguer do nosso agrupamento de escuteiros.\n",
        ),
        (
            "pt",
            "## Introdução\n\nBem-vindo ao site do Clube de Remo Colinas. A privacidade dos nossos sócios é importante para nós.\n",
            "## Introdução\n\nBem-vindo ao portal de aluguer do nosso agrupamento de escuteiros.\n",
        ),
        (
            "nl",
            "## Inleiding\n\nWelkom bij het verhuurportaal van Scouting Heuvelrug.\n",
            "## Inleiding\n\nWelkom bij het verhuurportaal van onze scoutsgroep.\n",
        ),
        (
            "nl",
            "## Inleiding\n\nWelkom op de website van Roeivereniging De Hoeve. Wij hechten veel waarde aan de privacy van onze leden.\n",
            "## Inleiding\n\nWelkom bij het verhuurportaal van onze scoutsgroep.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &welcome, case);
    // The one responsible for this site named by a copula, the name and
    // address below (real/it-birdnet-ecopi-privacy:57); the one responsible
    // for the content or the publication is no controller.
    let responsible = [
        (
            "de",
            "## Datenschutz\n\nVerantwortlich für diese Website einschließlich ihrer Unterseiten ist:\n\nRuderclub Hügelland\nFlussweg 1, Köln\ninfo@huegelland.example\n",
            "## Impressum\n\nVerantwortlich für den Inhalt nach § 18 Abs. 2 MStV ist die Redaktion des Vereins.\n",
        ),
        (
            "fr",
            "## Confidentialité\n\nLe responsable de ce site web, y compris ses sous-pages, est :\n\nAviron Club des Collines\n1 rue du Fleuve, Lyon\ninfo@collines.example\n",
            "## Mentions légales\n\nLe responsable de la publication est le comité de rédaction du club.\n",
        ),
        (
            "it",
            "## Informativa\n\nResponsabile di questo sito web, comprese le sottopagine, è:\n\nCircolo Canottieri Colline\nVia del Fiume 1, Torino\ninfo@colline.example\n",
            "## Note legali\n\nIl responsabile dei contenuti di questo sito è il comitato di redazione del circolo.\n",
        ),
        (
            "pt",
            "## Privacidade\n\nO responsável por este site, incluindo as suas subpáginas, é:\n\nClube de Remo Colinas\nRua do Rio 1, Porto\ninfo@colinas.example\n",
            "## Ficha técnica\n\nO responsável pelos conteúdos é a equipa editorial do clube.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &responsible, case);
    // Access said as telling the reader on request about the data "we have
    // stored about you" (real/it-birdnet-ecopi-privacy:91); the same data
    // kept from third parties grant nothing.
    let stored_about_you = [
        (
            "fr",
            "## Information\n\nSur demande écrite, nous vous informerons à tout moment des données personnelles que nous avons enregistrées à votre sujet.\n",
            "## Confidentialité\n\nNous ne cédons à personne les données personnelles que nous avons enregistrées à votre sujet.\n",
        ),
        (
            "es",
            "## Información\n\nPrevia solicitud por escrito, le informaremos en cualquier momento sobre los datos personales que hemos almacenado sobre usted.\n",
            "## Confidencialidad\n\nNo cedemos a nadie los datos personales que hemos almacenado sobre usted.\n",
        ),
        (
            "it",
            "## Informazione, blocco e cancellazione\n\nSu richiesta scritta, vi informeremo in qualsiasi momento sui dati personali che abbiamo memorizzato su di voi.\n",
            "## Riservatezza\n\nNon cediamo a terzi i dati personali che abbiamo memorizzato su di voi.\n",
        ),
        (
            "pt",
            "## Informação\n\nMediante pedido escrito, informá-lo-emos a qualquer momento sobre os dados pessoais que armazenámos sobre si.\n",
            "## Confidencialidade\n\nNão cedemos a ninguém os dados pessoais que armazenámos sobre si.\n",
        ),
        (
            "nl",
            "## Informatie\n\nOp schriftelijk verzoek informeren wij u op elk moment over de persoonsgegevens die wij over u hebben opgeslagen.\n",
            "## Vertrouwelijkheid\n\nWij verkopen de persoonsgegevens die wij over u hebben opgeslagen aan niemand.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &stored_about_you, case);
    // The supervisory authority named by a word for supervision
    // (real/it-birdnet-ecopi-privacy:93); the ministry that supervises the
    // club, without a complaint, is no complaint right.
    let supervision = [
        (
            "fr",
            "## Réclamation\n\nVous pouvez toujours adresser une réclamation à l’autorité de surveillance compétente.\n",
            "## Mentions légales\n\nL’autorité de surveillance du club est le ministère des Sports.\n",
        ),
        (
            "es",
            "## Reclamación\n\nPuede presentar en todo momento una reclamación ante la autoridad de supervisión competente.\n",
            "## Aviso legal\n\nLa autoridad de supervisión del club es el Ministerio de Deportes.\n",
        ),
        (
            "it",
            "## Reclamo\n\nPotete sempre contattare l’autorità di vigilanza competente con un reclamo.\n",
            "## Note legali\n\nL’autorità di vigilanza competente per il circolo è il Ministero dello Sport.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.complaint", &supervision, case);
    // The data said to be necessary to an aim (real/it-birdnet-ecopi-privacy:87);
    // the data said to be necessary with no aim, or needed to conclude a
    // contract, state no purpose.
    let necessary_to = [
        (
            "en",
            "## Visiting the website\n\nWhen you visit the website, your IP address and the time are stored for 15 days. These data are necessary to identify potential attackers and thus to ensure smooth operation.\n",
            "## Visiting the website\n\nWhen you visit the website, your IP address and the time are stored for 15 days. These data are necessary.\n",
        ),
        (
            "fr",
            "## Visite du site\n\nLors de votre visite, votre adresse IP et l’heure sont enregistrées pendant 15 jours. Ces données sont nécessaires pour identifier d’éventuels perturbateurs et garantir ainsi un fonctionnement sans problème.\n",
            "## Visite du site\n\nLors de votre visite, votre adresse IP et l’heure sont enregistrées pendant 15 jours. Ces données sont nécessaires.\n",
        ),
        (
            "es",
            "## Visita al sitio\n\nDurante su visita, su dirección IP y la hora se almacenan durante 15 días. Estos datos son necesarios para identificar a posibles atacantes y garantizar así un funcionamiento sin problemas.\n",
            "## Visita al sitio\n\nDurante su visita, su dirección IP y la hora se almacenan durante 15 días. Estos datos son necesarios.\n",
        ),
        (
            "it",
            "## Visita del sito\n\nDurante la visita del sito, il vostro indirizzo IP e l’ora vengono memorizzati per 15 giorni. Questi dati sono necessari per identificare potenziali disturbatori e garantire un funzionamento senza problemi.\n",
            "## Visita del sito\n\nDurante la visita del sito, il vostro indirizzo IP e l’ora vengono memorizzati per 15 giorni. Questi dati sono necessari.\n",
        ),
        (
            "pt",
            "## Visita ao site\n\nDurante a sua visita, o seu endereço IP e a hora são armazenados durante 15 dias. Estes dados são necessários para identificar potenciais atacantes e assim garantir um funcionamento sem problemas.\n",
            "## Visita ao site\n\nDurante a sua visita, o seu endereço IP e a hora são armazenados durante 15 dias. Estes dados são necessários.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &necessary_to, case);
    let contract = "## Providing your data\n\nYour name and address are needed to conclude the rental contract; without them we cannot rent you a bike.\n";
    assert_each(
        "en",
        contract,
        &["gdpr.purposes"],
        false,
        "session 31 devdata-a: contract",
    );
}

/// Session 31, helper classes-a: the wording classes session 30 left
/// (docs/accuracy.md, "session 31, helper classes-a"; phrasings/*.txt,
/// blocks headed `# session 31 (classes-a)`).
#[test]
fn session_31_classes_a_classes() {
    let case = "session 31 classes-a";
    // Recipients named by a company: a well-known provider as the subject
    // of storing the data, a company with its legal form or a provider as
    // the object of sending, a server at one. The organisation's own name
    // and the reader writing to it name no recipient.
    let named = [
        (
            "en",
            "## Where your data are stored\n\nGoogle stores the data in the EU and the US.\n",
            "## Where your data are stored\n\nNorthfield Food Bank Ltd stores the data in the UK.\n",
        ),
        (
            "en",
            "## Gift Aid\n\nGift Aid claims go to HM Revenue & Customs.\n",
            "## Questions\n\nPlease send your questions to Northfield Food Bank Ltd, 1 High Street, Leeds.\n",
        ),
        (
            "de",
            "## Absturzberichte\n\nAbsturzberichte senden wir an Sentry (Functional Software Inc., USA).\n",
            "## Fragen\n\nSenden Sie Ihre Fragen an die Example GmbH, Musterstraße 1, 10115 Berlin.\n",
        ),
        (
            "de",
            "## Synchronisierung\n\nDie Synchronisierung läuft über unseren Server bei der Hetzner Online GmbH.\n",
            "## Verantwortlicher\n\nDie Example GmbH ist verantwortlich für die Verarbeitung Ihrer Daten.\n",
        ),
        (
            "fr",
            "## Stockage\n\nGoogle stocke les données dans l'UE et aux États-Unis.\n",
            "## Stockage\n\nNous stockons les données dans l'UE.\n",
        ),
        (
            "es",
            "## Informes de errores\n\nEnviamos los informes de errores a Sentry (Functional Software Inc., EE. UU.).\n",
            "## Consultas\n\nEnvíe sus consultas a Ejemplo S.L., calle Mayor 1, 28013 Madrid.\n",
        ),
        (
            "it",
            "## Sincronizzazione\n\nLa sincronizzazione passa dal nostro server presso Hetzner Online GmbH.\n",
            "## Titolare\n\nEsempio S.r.l. è il titolare del trattamento dei tuoi dati.\n",
        ),
        (
            "pt",
            "## Armazenamento\n\nA Google armazena os dados na UE e nos EUA.\n",
            "## Responsável\n\nA Exemplo, Lda. é a responsável pelo tratamento dos seus dados.\n",
        ),
        (
            "nl",
            "## Synchronisatie\n\nDe synchronisatie loopt via onze server bij Hetzner Online GmbH.\n",
            "## Vragen\n\nStuur uw vragen naar Voorbeeld B.V., Dorpsstraat 1, 1234 AB Utrecht.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &named, case);
    // The legitimate interest named after a colon in a purposes-table cell;
    // the words of the law alone, or with an article, name none.
    let table = |heads: &str, purpose: &str, cell: &str| {
        format!("## {heads}\n\n| {purpose} |\n| --- | --- |\n| {cell} |\n")
    };
    let interest = [
        (
            "en",
            table(
                "What we use your data for",
                "Purpose | Legal basis",
                "Fundraising | Legitimate interests: running a fair food bank",
            ),
            table(
                "What we use your data for",
                "Purpose | Legal basis",
                "Fundraising | Legitimate interests: Art. 6(1)(f) GDPR",
            ),
        ),
        (
            "de",
            table(
                "Wofür wir Ihre Daten nutzen",
                "Zweck | Rechtsgrundlage",
                "Spendenwerbung | Berechtigtes Interesse: eine faire Tafel betreiben",
            ),
            table(
                "Wofür wir Ihre Daten nutzen",
                "Zweck | Rechtsgrundlage",
                "Spendenwerbung | Berechtigtes Interesse",
            ),
        ),
        (
            "fr",
            table(
                "Ce que nous faisons de vos données",
                "Finalité | Base légale",
                "Collecte de dons | Intérêt légitime : faire fonctionner une banque alimentaire équitable",
            ),
            table(
                "Ce que nous faisons de vos données",
                "Finalité | Base légale",
                "Collecte de dons | Intérêt légitime",
            ),
        ),
        (
            "nl",
            table(
                "Waarvoor we uw gegevens gebruiken",
                "Doel | Rechtsgrond",
                "Fondsenwerving | Gerechtvaardigd belang: een eerlijke voedselbank runnen",
            ),
            table(
                "Waarvoor we uw gegevens gebruiken",
                "Doel | Rechtsgrond",
                "Fondsenwerving | Gerechtvaardigd belang: art. 6, lid 1, onder f) AVG",
            ),
        ),
    ];
    for (lang, met, decoy) in &interest {
        assert_each(lang, met, &["gdpr.legitimate-interests"], true, case);
        assert_each(
            lang,
            decoy,
            &["gdpr.legitimate-interests"],
            false,
            &format!("{case}: decoy"),
        );
    }
    // The reader's request in a subordinate clause: the main clause is the
    // organisation's practice, so the insurer is a recipient. "You can ask
    // us to send your data to another provider" is the right, not that.
    let on_request = [
        (
            "en",
            "## Your insurer\n\nWe share the necessary data with your insurer when you ask us to.\n",
            "## Your rights\n\nYou can ask us to send your data to another provider.\n",
        ),
        (
            "pt",
            "## Seguradora\n\nComunicamos os dados necessários à sua seguradora, quando nos pede que lhes envie a fatura.\n",
            "## Os seus direitos\n\nPode pedir-nos que enviemos os seus dados a outro prestador.\n",
        ),
        (
            "de",
            "## Ihre Versicherung\n\nWir übermitteln die nötigen Daten an Ihre Versicherung, wenn Sie uns darum bitten.\n",
            "## Ihre Rechte\n\nSie können verlangen, dass wir Ihre Daten an einen anderen Anbieter übermitteln.\n",
        ),
        (
            "fr",
            "## Votre assureur\n\nNous communiquons les données nécessaires à votre assureur lorsque vous nous le demandez.\n",
            "## Vos droits\n\nVous pouvez nous demander de transmettre vos données à un autre prestataire.\n",
        ),
        (
            "nl",
            "## Uw verzekeraar\n\nWe geven de nodige gegevens door aan uw verzekeraar als u ons daarom vraagt.\n",
            "## Uw rechten\n\nU kunt ons vragen uw gegevens naar een andere aanbieder te sturen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &on_request, case);
    // A pronoun question right after a sentence about a newsletter asks who
    // receives the newsletter; after a sentence naming data, who receives
    // the data (session 29's pronoun question label).
    let pronoun = [
        (
            "en",
            "## Members\n\n**Your membership data.** We keep your name and address.\n\n**Who receives it?** British Rowing, for your licence.\n",
            "## Club news\n\n**Our newsletter.** We send a newsletter four times a year.\n\n**Who receives it?** Every member.\n",
        ),
        (
            "en",
            "## Members\n\n**Who receives it?** British Rowing, for your licence.\n",
            "## Club news\n\n**Our newsletter.** We send a newsletter four times a year. **Who receives it?** Every member.\n",
        ),
        (
            "de",
            "## Mitglieder\n\n**Ihre Mitgliedsdaten.** Wir speichern Ihren Namen und Ihre Anschrift.\n\n**Wer erhält sie?** Der Deutsche Turner-Bund, für Ihre Lizenz.\n",
            "## Vereinsnachrichten\n\n**Unsere Newsletter.** Wir versenden viermal im Jahr unseren Newsletter.\n\n**Wer erhält sie?** Jedes Mitglied.\n",
        ),
        (
            "es",
            "## Socios\n\n**Sus datos de socio.** Guardamos su nombre y su dirección.\n\n**¿Quién los recibe?** La federación, para su licencia.\n",
            "## Noticias del club\n\n**Nuestros boletines.** Enviamos cuatro boletines al año.\n\n**¿Quién los recibe?** Todos los socios.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &pronoun, case);
    // A question that names the data keeps its recipients after a newsletter.
    assert_all_met(
        "gdpr.recipients",
        &[(
            "en",
            "## Newsletter\n\n**Our newsletter.** We send a newsletter four times a year. **Who receives your data?** Our mailing provider, which sends it.\n",
        )],
        case,
    );
}

/// Session 31, helper plain-b: requirements said in everyday words, probed in all seven
/// languages — the legal obligation as the law that "says" what must be done or a duty "by law"
/// (GDPR Art. 6(1)(c), 13(1)(c)), and the recipients as the reader's data given or going to a party
/// (Art. 13(1)(e), 4(9)), and (en, nl) the purpose as the data item "we need … to" do something
/// (Art. 13(1)(c)). Each met text fired before; each decoy (a permission of the law, a
/// request that goes to the team, what the reader needs) still fires.
#[test]
fn session_31_plain_b_classes() {
    let case = "session 31 plain-b, everyday wording";
    let obligation = [
        (
            "en",
            "## Why we keep your data\n\nWe keep invoices for ten years because tax law says so.\n",
            "## Why we keep your data\n\nThe law says we may keep your invoices for longer.\n",
        ),
        (
            "de",
            "## Warum wir Ihre Daten aufbewahren\n\nDas Gesetz sagt, dass wir Rechnungen zehn Jahre aufbewahren müssen.\n",
            "## Warum wir Ihre Daten aufbewahren\n\nDas Gesetz erlaubt uns, Rechnungen länger aufzubewahren.\n",
        ),
        (
            "es",
            "## Por qué guardamos tus datos\n\nTenemos que guardar las facturas por ley.\n",
            "## Por qué guardamos tus datos\n\nLa ley nos permite guardar tus facturas más tiempo.\n",
        ),
        (
            "nl",
            "## Waarom we je gegevens bewaren\n\nWe bewaren facturen zeven jaar omdat de wet dat zegt.\n",
            "## Waarom we je gegevens bewaren\n\nDe wet staat ons toe facturen langer te bewaren.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &obligation, case);
    let recipients = [
        (
            "en",
            "## Who gets your data\n\nYour name and address go to the delivery company.\n",
            "## Who gets your data\n\nYour questions go to the team.\n",
        ),
        (
            "fr",
            "## Qui reçoit vos données\n\nNous donnons votre adresse au livreur.\n",
            "## Qui reçoit vos données\n\nVos questions vont à notre équipe.\n",
        ),
        (
            "it",
            "## Chi riceve i tuoi dati\n\nDiamo il tuo indirizzo al corriere.\n",
            "## Chi riceve i tuoi dati\n\nLe tue domande vanno al nostro team.\n",
        ),
        (
            "pt",
            "## Quem recebe os seus dados\n\nO seu nome e morada vão para a empresa de entregas.\n",
            "## Quem recebe os seus dados\n\nAs suas perguntas vão para a nossa equipa.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    assert_all_met(
        "gdpr.legal-basis",
        &[
            (
                "fr",
                "## Pourquoi\n\nNous gardons vos factures dix ans parce que la loi le dit.\n",
            ),
            (
                "it",
                "## Perché\n\nPer legge dobbiamo conservare le fatture dieci anni.\n",
            ),
            (
                "pt",
                "## Porquê\n\nA lei diz que temos de guardar as faturas durante dez anos.\n",
            ),
        ],
        case,
    );
    assert_all_met(
        "gdpr.recipients",
        &[
            (
                "de",
                "## Wer bekommt Ihre Daten\n\nWir geben Ihre Adresse dem Paketdienst.\n",
            ),
            (
                "es",
                "## Quién recibe tus datos\n\nTu nombre y tu dirección van a la empresa de reparto.\n",
            ),
            (
                "nl",
                "## Wie krijgt je gegevens\n\nJe naam en adres gaan naar het bezorgbedrijf.\n",
            ),
        ],
        case,
    );
    let needed = [
        (
            "en",
            "## Why we use your data\n\nWe need your address to send you the parcel.\n",
            "## Why we use your data\n\nYou need your password to log in.\n",
        ),
        (
            "nl",
            "## Waarvoor we je gegevens gebruiken\n\nWe hebben je adres nodig om je pakket te sturen.\n",
            "## Waarvoor we je gegevens gebruiken\n\nWe hebben je hulp nodig om de site te verbeteren.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &needed, case);
}

/// Session 32, helper devdata-d: the classes the five policies added to the
/// development half drew at first sight (docs/accuracy.md). The notice's own
/// brand (a word of its title) said to be operated, managed or owned by a
/// named organisation names the controller, also when that name starts in
/// lower case (real/pt-p7co-privacidade:14, "P7CO EcoResupply é uma marca
/// operada pela pH7x Systems"); a third party's service said the same way,
/// and the brand run by unnamed volunteers, name no one.
#[test]
fn session_32_devdata_d_classes() {
    let case = "session 32 devdata-d";
    let brand = [
        (
            "pt",
            "# Política de Privacidade Kestrel\n\nKestrel é uma marca operada pela Kestrel Mobilidade, Lda.\n",
            "# Política de Privacidade Kestrel\n\nO Mapbox é um serviço operado pela Mapbox Inc.\n",
        ),
        (
            "pt",
            "# Política de Privacidade Kestrel\n\nKestrel é uma marca gerida pela iMobilidade, Lda.\n",
            "# Política de Privacidade Kestrel\n\nKestrel é uma marca operada por voluntários.\n",
        ),
        (
            "en",
            "# Privacy Policy for Kestrel\n\nKestrel is a brand managed by Kestrel Mobility Ltd.\n",
            "# Privacy Policy for Kestrel\n\nMapbox is a service managed by Mapbox Inc.\n",
        ),
        (
            "en",
            "# Privacy Policy for Kestrel\n\nKestrel is a brand owned by iMobility Ltd.\n",
            "# Privacy Policy for Kestrel\n\nKestrel is a brand run by volunteers.\n",
        ),
        (
            "fr",
            "# Politique de confidentialité Kestrel\n\nKestrel est une marque gérée par Kestrel Mobilité SAS.\n",
            "# Politique de confidentialité Kestrel\n\nMapbox est un service géré par Mapbox Inc.\n",
        ),
        (
            "fr",
            "# Politique de confidentialité Kestrel\n\nKestrel est une marque détenue par la société iMobilité SAS.\n",
            "# Politique de confidentialité Kestrel\n\nKestrel est une marque gérée par des bénévoles.\n",
        ),
        (
            "it",
            "# Informativa privacy Kestrel\n\nKestrel è un marchio gestito da Kestrel Mobilità S.r.l.\n",
            "# Informativa privacy Kestrel\n\nMapbox è un servizio gestito da Mapbox Inc.\n",
        ),
        (
            "it",
            "# Informativa privacy Kestrel\n\nKestrel è un marchio di proprietà di iMobilità S.r.l.\n",
            "# Informativa privacy Kestrel\n\nKestrel è un marchio gestito da volontari.\n",
        ),
        (
            "nl",
            "# Privacyverklaring Kestrel\n\nKestrel is een merk dat wordt beheerd door Kestrel Mobiliteit B.V.\n",
            "# Privacyverklaring Kestrel\n\nMapbox is een dienst die wordt beheerd door Mapbox Inc.\n",
        ),
        (
            "nl",
            "# Privacyverklaring Kestrel\n\nKestrel is een merk, uitgebaat door iMobiliteit B.V.\n",
            "# Privacyverklaring Kestrel\n\nKestrel is een merk dat wordt beheerd door vrijwilligers.\n",
        ),
        (
            "de",
            "# Datenschutzerklärung für Kestrel\n\nKestrel ist eine Marke, betrieben von der Kestrel Mobility GmbH.\n",
            "# Datenschutzerklärung für Kestrel\n\nMapbox ist ein von der Mapbox Inc. betriebener Dienst.\n",
        ),
        (
            "de",
            "# Datenschutzerklärung für Kestrel\n\nKestrel ist ein von der iMobility GmbH betriebener Dienst.\n",
            "# Datenschutzerklärung für Kestrel\n\nKestrel ist eine Marke, betrieben von ehrenamtlichen Helfern.\n",
        ),
        (
            "es",
            "# Política de privacidad Kestrel\n\nKestrel es una marca operada por Kestrel Movilidad, S.L.\n",
            "# Política de privacidad Kestrel\n\nMapbox es un servicio operado por Mapbox Inc.\n",
        ),
        (
            "es",
            "# Política de privacidad Kestrel\n\nKestrel es una marca gestionada por iMovilidad, S.L.\n",
            "# Política de privacidad Kestrel\n\nKestrel es una marca gestionada por voluntarios.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &brand, case);
    // The controller named by a copula with the role as its predicate: the
    // name after the verb (Dutch and German inversion after an adverbial,
    // real/nl-uu-edubadges:11, "Voor het aanvragen en uitgeven van edubadges
    // is de UU verwerkingsverantwoordelijke"), the role with or without its
    // article, "responsible for the processing"; the role denied, another
    // role, or the reader responsible for something else name no one.
    let copula = [
        (
            "nl",
            "## Verantwoordelijke\n\nVoor het uitgeven van badges is de Hogeschool Zeeland verwerkingsverantwoordelijke in de zin van de AVG.\n",
            "## Verantwoordelijke\n\nVoor het uitgeven van badges is SURF geen verwerkingsverantwoordelijke.\n",
        ),
        (
            "nl",
            "## Verantwoordelijke\n\nVoor de badges is de Hogeschool Zeeland verantwoordelijk voor de verwerking van uw gegevens.\n",
            "## Verantwoordelijke\n\nVoor het uitgeven van badges is de Hogeschool Zeeland verwerker.\n",
        ),
        (
            "de",
            "## Verantwortlicher\n\nFür die Ausgabe der Badges ist die Hochschule Zeeland für die Verarbeitung Ihrer Daten verantwortlich.\n",
            "## Verantwortlicher\n\nWenn Sie Fotos anderer Personen hochladen, sind Sie für die Verarbeitung dieser Daten verantwortlich.\n",
        ),
        (
            "pt",
            "## Responsável\n\nPara a emissão dos crachás, é responsável pelo tratamento a Universidade da Zelândia.\n",
            "## Responsável\n\nA Universidade da Zelândia não é responsável pelo tratamento feito por outros sites.\n",
        ),
        (
            "en",
            "## Badges\n\nZeeland University is responsible for the processing of your data.\n",
            "## Badges\n\nWe are responsible for the processing of your data.\n",
        ),
        (
            "fr",
            "## Badges\n\nPour les badges, l'Université de Zélande est la responsable du traitement.\n",
            "## Badges\n\nVous êtes le responsable du contenu que vous publiez.\n",
        ),
        (
            "es",
            "## Insignias\n\nPara las insignias, la Universidad de Zelanda es la responsable del tratamiento.\n",
            "## Insignias\n\nUsted es responsable de la veracidad de los datos que facilite.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &copula, case);
}

/// Session 32, helper classes-b: the wording classes session 31 left, probed in all seven
/// languages — recipients named by an everyday verb of receiving, a body named by its kind that
/// "gets" or "sees" the reader's data (GDPR Art. 13(1)(e), 4(9)); the contract as the legal basis,
/// the processing "needed" or "necessary" for the contract with the reader or the reader's order
/// (Art. 6(1)(b)); the controller named in everyday words, a name that "looks after" the data or a
/// club that "is" that name (Art. 13(1)(a)). Each met text fired before; each decoy (the reader
/// who gets an e-mail, a delay needed for an order, a body named by no name) still fires.
#[test]
fn session_32_classes_b_classes() {
    let case = "session 32 classes-b, everyday wording";
    let recipients = [
        (
            "en",
            "## Who gets your data\n\nThe parcel service gets your address.\n",
            "## Who gets your data\n\nYou get an e-mail when your parcel ships.\n",
        ),
        (
            "de",
            "## Wer Ihre Daten bekommt\n\nDer Paketdienst bekommt Ihre Adresse.\n",
            "## Wer Ihre Daten bekommt\n\nSie bekommen eine E-Mail, wenn Ihr Paket verschickt wird.\n",
        ),
        (
            "fr",
            "## Qui reçoit vos données\n\nNotre comptable voit vos factures.\n",
            "## Qui reçoit vos données\n\nVous voyez vos données dans votre compte.\n",
        ),
        (
            "es",
            "## Quién recibe tus datos\n\nNuestro gestor ve tus facturas.\n",
            "## Quién recibe tus datos\n\nVes tus datos en tu cuenta.\n",
        ),
        (
            "it",
            "## Chi riceve i tuoi dati\n\nIl nostro commercialista vede le tue fatture.\n",
            "## Chi riceve i tuoi dati\n\nVedi i tuoi dati nel tuo account.\n",
        ),
        (
            "nl",
            "## Wie je gegevens krijgt\n\nHet bezorgbedrijf krijgt je naam en adres.\n",
            "## Wie je gegevens krijgt\n\nJe krijgt een e-mail als je pakket verzonden is.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipients, case);
    assert_all_met(
        "gdpr.recipients",
        &[
            (
                "en",
                "## Who gets your data\n\nOur accountant sees your invoices.\n",
            ),
            (
                "en",
                "## Who gets your data\n\nThe delivery company gets your name and address.\n",
            ),
            (
                "de",
                "## Wer Ihre Daten bekommt\n\nUnser Steuerberater sieht Ihre Rechnungen.\n",
            ),
            (
                "nl",
                "## Wie je gegevens krijgt\n\nOnze boekhouder ziet je facturen.\n",
            ),
        ],
        case,
    );
    let contract = [
        (
            "en",
            "## Why we use your data\n\nWe need this to fulfil our contract with you.\n",
            "## Why we use your data\n\nWe need two weeks to deliver your order.\n",
        ),
        (
            "de",
            "## Warum wir Ihre Daten nutzen\n\nWir brauchen das, um unseren Vertrag mit Ihnen zu erfüllen.\n",
            "## Warum wir Ihre Daten nutzen\n\nWir brauchen zwei Wochen, um Ihre Bestellung zu liefern.\n",
        ),
        (
            "fr",
            "## Pourquoi nous utilisons vos données\n\nC'est nécessaire pour notre contrat avec vous.\n",
            "## Pourquoi nous utilisons vos données\n\nNous avons besoin de deux semaines pour livrer votre commande.\n",
        ),
        (
            "es",
            "## Por qué usamos tus datos\n\nLo necesitamos para cumplir nuestro contrato contigo.\n",
            "## Por qué usamos tus datos\n\nNecesitamos dos semanas para entregar tu pedido.\n",
        ),
        (
            "it",
            "## Perché usiamo i tuoi dati\n\nCi serve per adempiere al nostro contratto con te.\n",
            "## Perché usiamo i tuoi dati\n\nAbbiamo bisogno di due settimane per consegnare il tuo ordine.\n",
        ),
        (
            "pt",
            "## Porque usamos os seus dados\n\nPrecisamos disto para cumprir o nosso contrato consigo.\n",
            "## Porque usamos os seus dados\n\nPrecisamos de duas semanas para entregar a sua encomenda.\n",
        ),
        (
            "nl",
            "## Waarom we je gegevens gebruiken\n\nWe hebben dit nodig om onze overeenkomst met jou na te komen.\n",
            "## Waarom we je gegevens gebruiken\n\nWe hebben twee weken nodig om je bestelling te leveren.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &contract, case);
    assert_all_met(
        "gdpr.legal-basis",
        &[
            (
                "en",
                "## Why we use your data\n\nThis is necessary for our contract with you.\n",
            ),
            (
                "en",
                "## Why we use your data\n\nWe need it to deliver what you ordered.\n",
            ),
            (
                "de",
                "## Warum wir Ihre Daten nutzen\n\nDas ist für unseren Vertrag mit Ihnen nötig.\n",
            ),
            (
                "de",
                "## Warum wir Ihre Daten nutzen\n\nWir brauchen Ihre Adresse, damit wir liefern können, was Sie bestellt haben.\n",
            ),
            (
                "fr",
                "## Pourquoi nous utilisons vos données\n\nNous en avons besoin pour vous livrer ce que vous avez commandé.\n",
            ),
            (
                "es",
                "## Por qué usamos tus datos\n\nEs necesario para nuestro contrato contigo.\n",
            ),
            (
                "es",
                "## Por qué usamos tus datos\n\nNecesitamos tu dirección para entregarte lo que has pedido.\n",
            ),
            (
                "it",
                "## Perché usiamo i tuoi dati\n\nÈ necessario per il nostro contratto con te.\n",
            ),
            (
                "it",
                "## Perché usiamo i tuoi dati\n\nAbbiamo bisogno del tuo indirizzo per consegnarti ciò che hai ordinato.\n",
            ),
            (
                "pt",
                "## Porque usamos os seus dados\n\nÉ necessário para o nosso contrato consigo.\n",
            ),
            (
                "pt",
                "## Porque usamos os seus dados\n\nPrecisamos da sua morada para lhe entregar o que encomendou.\n",
            ),
            (
                "nl",
                "## Waarom we je gegevens gebruiken\n\nDit is nodig voor ons contract met jou.\n",
            ),
            (
                "nl",
                "## Waarom we je gegevens gebruiken\n\nWe hebben je adres nodig om te leveren wat je hebt besteld.\n",
            ),
        ],
        case,
    );
    let controller = [
        (
            "en",
            "## Who we are\n\nThe Riverside Tennis Club looks after your data.\n",
            "## Who we are\n\nA processor looks after hosting.\n",
        ),
        (
            "de",
            "## Wer wir sind\n\nDer Tennisclub Blau-Weiß kümmert sich um Ihre Daten.\n",
            "## Wer wir sind\n\nDer Vorstand kümmert sich um Ihre Daten.\n",
        ),
        (
            "fr",
            "## Qui sommes-nous\n\nLe Tennis Club de Lyon s'occupe de vos données.\n",
            "## Qui sommes-nous\n\nUn sous-traitant s'occupe de l'hébergement.\n",
        ),
        (
            "es",
            "## Quiénes somos\n\nEl Club de Tenis Madrid cuida de tus datos.\n",
            "## Quiénes somos\n\nUn encargado se ocupa del alojamiento.\n",
        ),
        (
            "it",
            "## Chi siamo\n\nIl Tennis Club Milano si occupa dei tuoi dati.\n",
            "## Chi siamo\n\nUn responsabile esterno si occupa dell'hosting.\n",
        ),
        (
            "pt",
            "## Quem somos\n\nO Clube de Ténis de Lisboa cuida dos seus dados.\n",
            "## Quem somos\n\nUm subcontratante cuida do alojamento.\n",
        ),
        (
            "nl",
            "## Wie we zijn\n\nTennisclub Utrecht zorgt voor je gegevens.\n",
            "## Wie we zijn\n\nEen verwerker zorgt voor de hosting.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &controller, case);
    assert_all_met(
        "gdpr.controller.identity",
        &[
            (
                "en",
                "## Who we are\n\nRiverside Tennis Club, 4 Park Road, Leeds LS1 4AB, takes care of your data.\n",
            ),
            (
                "en",
                "## Who we are\n\nThe club is the Riverside Tennis Club, 4 Park Road, Leeds.\n",
            ),
            (
                "de",
                "## Wer wir sind\n\nUm Ihre Daten kümmert sich der Tennisclub Blau-Weiß, Hauptstraße 1, 12345 Berlin.\n",
            ),
            (
                "de",
                "## Wer wir sind\n\nDer Verein ist der Tennisclub Blau-Weiß, Hauptstraße 1, 12345 Berlin.\n",
            ),
            (
                "fr",
                "## Qui sommes-nous\n\nLe club, c'est le Tennis Club de Lyon, 1 rue de la Paix, 69001 Lyon.\n",
            ),
            (
                "es",
                "## Quiénes somos\n\nEl club es el Club de Tenis Madrid, Calle Mayor 1, 28001 Madrid.\n",
            ),
            (
                "it",
                "## Chi siamo\n\nIl club è il Tennis Club Milano, Via Roma 1, 20100 Milano.\n",
            ),
            (
                "pt",
                "## Quem somos\n\nO clube é o Clube de Ténis de Lisboa, Rua Augusta 1, 1100-048 Lisboa.\n",
            ),
            (
                "nl",
                "## Wie we zijn\n\nDe Tennisclub Utrecht is verantwoordelijk voor je gegevens.\n",
            ),
        ],
        case,
    );
    // "St." (Saint, Sankt, Sint) before a name and German "Str." or English "Rd." in an address
    // no longer end the sentence: the name and what it does stay one statement.
    let abbreviations = [
        (
            "de",
            "## Wer wir sind\n\nDer Tennisclub Blau-Weiß, Hauptstr. 1, 12345 Berlin, kümmert sich um Ihre Daten.\n",
            "## Wer wir sind\n\nDer Vorstand in St. Wendel kümmert sich um Ihre Daten.\n",
        ),
        (
            "fr",
            "## Qui sommes-nous\n\nLa Paroisse St. Martin s'occupe de vos données.\n",
            "## Qui sommes-nous\n\nLe bureau de St. Gall s'occupe de vos données.\n",
        ),
        (
            "nl",
            "## Wie we zijn\n\nParochie St. Joris zorgt voor je gegevens.\n",
            "## Wie we zijn\n\nHet bestuur in St. Maartensdijk zorgt voor je gegevens.\n",
        ),
        (
            "en",
            "## Who we are\n\nThe Riverside Tennis Club, 4 Park Rd. Leeds, looks after your data.\n",
            "## Who we are\n\nOur staff at 4 Park Rd. Leeds look after your data.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &abbreviations, case);
    assert_met_and_decoy(
        "gdpr.recipients",
        &[(
            "nl",
            "## Ontvangers\n\nWe maken gebruik van de diensten van St. Jansdal Hosting B.V.\n",
            "## Ontvangers\n\nWe maken gebruik van de diensten van St. Jansdal.\n",
        )],
        case,
    );
    // French « lettre d'information » is the newsletter, no data; consent as the condition
    // « qu'après votre consentement » is the basis.
    assert_each(
        "fr",
        "## Destinataires\n\nNous envoyons notre lettre d'information à nos partenaires.\n",
        &["gdpr.recipients"],
        false,
        case,
    );
    assert_each(
        "fr",
        "## Pourquoi nous utilisons vos données\n\nLes données d'analyse ne sont envoyées qu'après votre consentement.\n",
        &["gdpr.legal-basis"],
        true,
        case,
    );
    // A cross-reference after the legitimate interest's label names no interest; the interest
    // named there is still read.
    for (lang, table) in [
        (
            "en",
            "| Purpose | Legal basis |\n| --- | --- |\n| Fundraising | Legitimate interests: see section 5 |\n",
        ),
        (
            "de",
            "| Zweck | Rechtsgrundlage |\n| --- | --- |\n| Spenden | Berechtigte Interessen: siehe Abschnitt 5 |\n",
        ),
        (
            "fr",
            "| Finalité | Base légale |\n| --- | --- |\n| Dons | Intérêts légitimes : voir la section 5 |\n",
        ),
        (
            "es",
            "| Finalidad | Base jurídica |\n| --- | --- |\n| Donaciones | Interés legítimo: ver la sección 5 |\n",
        ),
        (
            "it",
            "| Finalità | Base giuridica |\n| --- | --- |\n| Donazioni | Legittimo interesse: vedi la sezione 5 |\n",
        ),
        (
            "pt",
            "| Finalidade | Fundamento |\n| --- | --- |\n| Donativos | Interesse legítimo: ver a secção 5 |\n",
        ),
        (
            "nl",
            "| Doel | Grondslag |\n| --- | --- |\n| Donaties | Gerechtvaardigd belang: zie paragraaf 5 |\n",
        ),
    ] {
        let body = format!("## Purposes\n\n{table}");
        assert_each(lang, &body, &["gdpr.legitimate-interests"], false, case);
    }
    assert_each(
        "en",
        "## Purposes\n\n| Purpose | Legal basis |\n| --- | --- |\n| Fundraising | Legitimate interests: running a fair food bank |\n",
        &["gdpr.legitimate-interests"],
        true,
        case,
    );
    // The phone number is a category of personal data: a purpose or a recipient named with it.
    let phone = [
        (
            "en",
            "## Why we use your data\n\nWe need your phone number so that the driver can call you.\n",
            "## Why we use your data\n\nYou need your phone number to log in.\n",
        ),
        (
            "nl",
            "## Waarvoor we je gegevens gebruiken\n\nWe hebben uw telefoonnummer nodig om u te bellen.\n",
            "## Waarvoor we je gegevens gebruiken\n\nJe hebt je telefoonnummer nodig om in te loggen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &phone, case);
    // … and the data item needed "so that" something can be done, in German, French and Dutch.
    let so_that = [
        (
            "de",
            "## Wofür wir Ihre Daten nutzen\n\nWir brauchen Ihre Telefonnummer, damit der Fahrer Sie anrufen kann.\n",
            "## Wofür wir Ihre Daten nutzen\n\nSie brauchen Ihre Telefonnummer, damit Sie sich anmelden können.\n",
        ),
        (
            "fr",
            "## Pourquoi nous utilisons vos données\n\nNous avons besoin de votre adresse pour que le livreur puisse vous livrer.\n",
            "## Pourquoi nous utilisons vos données\n\nNous avons besoin de votre patience pour finir les travaux.\n",
        ),
        (
            "nl",
            "## Waarvoor we je gegevens gebruiken\n\nWe hebben je telefoonnummer nodig zodat de bezorger je kan bellen.\n",
            "## Waarvoor we je gegevens gebruiken\n\nJe hebt je wachtwoord nodig zodat je kunt inloggen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &so_that, case);
    assert_met_and_decoy(
        "gdpr.recipients",
        &[(
            "de",
            "## Empfänger\n\nWir melden Ihre Telefonnummer an den Landesverband.\n",
            "## Empfänger\n\nRufen Sie uns unter unserer Telefonnummer an.\n",
        )],
        case,
    );
}

/// Session 32, helper devdata-c: the classes its three development
/// policies showed when each labelled statement was linted alone (docs/
/// accuracy.md, "session 32, helper devdata-c").
#[test]
fn session_32_devdata_c_classes() {
    let case = "session 32 devdata-c";
    // The purpose said in the passive, the data processed or stored (by us)
    // in order to do something (real/en-gdg-wroclaw-devfest-gdpr-note:11,
    // real/en-joinus4health-homepage-privacy:88); requests processed in
    // order of receipt, data processed confidentially state no purpose.
    let passive_purpose = [
        (
            "en",
            "## Contact by e-mail\n\nWhen you contact us by e-mail, the information you provide is stored by us in order to answer your questions.\n",
            "## Your requests\n\nRequests to exercise your rights will be processed in order of receipt.\n",
        ),
        (
            "es",
            "## Base jurídica y finalidades\n\nSus datos serán tratados para gestionar su cuenta y enviarle noticias del congreso.\n",
            "## Sus solicitudes\n\nSus datos serán tratados con total confidencialidad.\n",
        ),
        (
            "pt",
            "## Base jurídica e finalidades\n\nOs seus dados serão tratados para gerir a sua conta e enviar-lhe notícias da conferência.\n",
            "## Os seus pedidos\n\nOs seus dados serão tratados de forma confidencial.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &passive_purpose, case);
    // A task carried out for us by a company named by its legal form (the
    // European company "SE" among them) is its processor
    // (real/de-joinus4health-platform-datenschutz:283-285); a task carried
    // out for us by members names no recipient.
    let for_us = [
        (
            "en",
            "## Our processors\n\nThe translation of contributions is carried out for us by DeepL SE, Cologne.\n",
            "## Our accounts\n\nThe annual audit of our accounts is carried out for us by two of our members.\n",
        ),
        (
            "de",
            "## Unsere Auftragsverarbeiter\n\nDie Übersetzungsfunktion für Inhalte wird von DeepL SE; Maarweg 165; D-50825 Köln für uns durchgeführt.\n",
            "## Unsere Kasse\n\nDie jährliche Kassenprüfung wird von zwei unserer Mitglieder für uns durchgeführt.\n",
        ),
        (
            "fr",
            "## Nos sous-traitants\n\nLa traduction des contributions est réalisée pour nous par Traduco SAS, Lyon.\n",
            "## Nos comptes\n\nL'audit annuel de nos comptes est réalisé pour nous par deux de nos membres.\n",
        ),
        (
            "nl",
            "## Onze verwerkers\n\nDe vertaling van bijdragen wordt voor ons verzorgd door DeepL SE, Keulen.\n",
            "## Onze financiën\n\nDe jaarlijkse kascontrole wordt voor ons uitgevoerd door twee van onze leden.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &for_us, case);
    // The right of access as information asked about this personal data,
    // or the confirmation that we process it
    // (real/en-joinus4health-homepage-privacy:206-211); information about
    // an event is no access.
    let information = [
        (
            "en",
            "## Right to information\n\nYou can request information about this personal data at any time.\n",
            "## Events\n\nYou can request information about this event at any time.\n",
        ),
        (
            "de",
            "## Recht auf Information\n\nSie können jederzeit Informationen über diese personenbezogenen Daten verlangen.\n",
            "## Veranstaltungen\n\nSie können jederzeit Informationen über diese Veranstaltung verlangen.\n",
        ),
        (
            "it",
            "## Diritto di informazione\n\nPuoi richiedere in qualsiasi momento informazioni su questi dati personali.\n",
            "## Eventi\n\nPuoi richiedere in qualsiasi momento informazioni su questo evento.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &information, case);
    assert_all_met(
        "gdpr.rights.access",
        &[(
            "en",
            "## Right to confirmation\n\nYou have the right to request confirmation from the controller that we are processing personal data concerning you.\n",
        )],
        case,
    );
    // The data a lead-in says are collected when the reader wishes to view
    // the website are not the access right
    // (real/en-joinus4health-homepage-privacy:110); the wish to view the
    // data held about the reader is.
    let view_site = [
        (
            "en",
            "## Use of our website\n\nIf you wish to view the data we hold about you, write to us.\n",
            "## Use of our website\n\nIf you wish to view our website, we collect the following data which is technically necessary:\n\n- IP address\n- browser type and version\n",
        ),
        (
            "fr",
            "## Utilisation du site\n\nSi vous souhaitez consulter les données que nous détenons sur vous, écrivez-nous.\n",
            "## Utilisation du site\n\nSi vous souhaitez consulter notre site, nous collectons les données suivantes :\n\n- adresse IP\n- type et version du navigateur\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &view_site, case);
    // Recipients described as the entities that cooperate with us
    // (real/en-gdg-wroclaw-devfest-gdpr-note:27); the organisation one of
    // the entities cooperating with the city names none.
    let cooperating = [
        (
            "en",
            "## Recipients of personal data\n\nYour data may be transferred to entities cooperating with us, in particular to the members of the organising team.\n",
            "## About us\n\nWe are one of the entities cooperating with the city on the summer festival.\n",
        ),
        (
            "de",
            "## Empfänger\n\nIhre Daten können an mit uns zusammenarbeitende Stellen übermittelt werden, insbesondere an das Organisationsteam.\n",
            "## Über uns\n\nWir sind eine der Stellen, die mit der Stadt beim Sommerfest zusammenarbeiten.\n",
        ),
        (
            "es",
            "## Destinatarios\n\nSus datos podrán ser comunicados a entidades que colaboran con nosotros, en particular a los miembros del equipo organizador.\n",
            "## Quiénes somos\n\nSomos una de las entidades que colaboran con el ayuntamiento en el festival de verano.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &cooperating, case);
    // The complaint to the Polish authority named by its office, without
    // the words "supervisory authority"
    // (real/en-gdg-wroclaw-devfest-gdpr-note:39); the office publishing
    // guidance grants no complaint.
    let polish_authority = [
        (
            "en",
            "## Your rights\n\nYou have the right to lodge a complaint with the President of the Office for the Protection of Personal Data.\n",
            "## Cookies\n\nThe Office for the Protection of Personal Data publishes guidance on cookies every year.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht, beim Präsidenten des Amtes für den Schutz personenbezogener Daten Beschwerde einzulegen.\n",
            "## Cookies\n\nDas Amt für den Schutz personenbezogener Daten veröffentlicht jedes Jahr Hinweise zu Cookies.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.complaint", &polish_authority, case);
    // Portuguese: kept until the reader withdraws consent, with the
    // personal infinitive (real/en-gdg-wroclaw-devfest-gdpr-note:21); a
    // ticket collected is no period.
    assert_met_and_decoy(
        "gdpr.retention",
        &[(
            "pt",
            "## Prazo de conservação\n\nOs seus dados serão conservados até retirar o seu consentimento.\n",
            "## Bilhetes\n\nPode alterar a data do bilhete até retirar o bilhete na bilheteira.\n",
        )],
        case,
    );
    // A term of GDPR Art. 4 quoted and defined, as a glossary reproduces
    // the law, states no controller and no recipient (the glossaries of
    // real/de-joinus4health-platform-datenschutz and
    // real/en-joinus4health-homepage-privacy); the statements themselves do.
    let definitions = [
        (
            "de",
            "## Empfänger\n\n\"Empfänger\" Ihrer Daten ist unser Hoster, die Hetzner Online GmbH.\n",
            "## Begriffsbestimmungen\n\n\"Empfänger\" ist eine natürliche oder juristische Person, Behörde, Einrichtung oder andere Stelle, denen personenbezogene Daten offengelegt werden.\n",
        ),
        (
            "pt",
            "## Destinatários\n\nOs seus dados são comunicados à Hetzner Online GmbH, que aloja o nosso site.\n",
            "## Definições\n\n\"Destinatário\" significa uma pessoa singular ou coletiva, a autoridade pública, agência ou outro organismo que recebem comunicações de dados pessoais.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &definitions, case);
    assert_met_and_decoy(
        "gdpr.controller.identity",
        &[(
            "de",
            "## Verantwortlicher\n\nVerantwortlich für die Datenverarbeitung ist die Beispiel GmbH, Hauptstraße 1, 10115 Berlin.\n",
            "## Begriffsbestimmungen\n\n\"Verantwortlicher\" ist eine natürliche oder juristische Person, Behörde, Einrichtung oder andere Stelle, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung von personenbezogenen Daten entscheidet.\n",
        )],
        case,
    );
}

/// Session 32, helper devdata-e: the classes two new development policies
/// showed (docs/accuracy.md, "session 32, helper devdata-e").
#[test]
fn session_32_devdata_e_classes() {
    let case = "session 32 devdata-e";
    // A child's data deleted once the controller finds out they were
    // collected (real/fr-zenparis-confidentialite:38, « Si nous découvrons
    // qu'un enfant de moins de 18 ans nous a fourni des informations
    // personnelles, nous supprimerons immédiatement ces informations de nos
    // serveurs. ») is Art. 8 housekeeping, not a storage period; a child's
    // data kept for a stated period still is one.
    let child = [
        (
            "en",
            "## Children\n\nWe keep the registration data of children who join our holiday courses for one year after the course ends.\n",
            "## Children's privacy\n\nIf we discover that a child under 13 has provided us with personal information, we immediately delete it from our servers.\n",
        ),
        (
            "de",
            "## Kinder\n\nDie Anmeldedaten von Kindern, die an unseren Ferienkursen teilnehmen, speichern wir ein Jahr nach Kursende.\n",
            "## Datenschutz für Kinder\n\nWenn wir feststellen, dass ein Kind unter 16 Jahren uns personenbezogene Daten übermittelt hat, löschen wir diese unverzüglich von unseren Servern.\n",
        ),
        (
            "fr",
            "## Enfants\n\nNous conservons les données d'inscription des enfants qui participent à nos stages pendant un an après la fin du stage.\n",
            "## Vie privée des enfants\n\nSi nous découvrons qu'un enfant de moins de 15 ans nous a fourni des informations personnelles, nous supprimerons immédiatement ces informations de nos serveurs.\n",
        ),
        (
            "es",
            "## Menores\n\nConservamos los datos de inscripción de los niños que participan en nuestros campamentos durante un año tras su finalización.\n",
            "## Privacidad de los menores\n\nSi descubrimos que un menor de 14 años nos ha proporcionado información personal, la eliminaremos inmediatamente de nuestros servidores.\n",
        ),
        (
            "it",
            "## Minori\n\nConserviamo i dati di iscrizione dei bambini che partecipano ai nostri centri estivi per un anno dalla fine del corso.\n",
            "## Privacy dei minori\n\nSe scopriamo che un minore di 14 anni ci ha fornito dati personali, li cancelleremo immediatamente dai nostri server.\n",
        ),
        (
            "pt",
            "## Menores\n\nConservamos os dados de inscrição das crianças que participam nos nossos campos de férias durante um ano após o fim do campo.\n",
            "## Privacidade das crianças\n\nSe descobrirmos que uma criança com menos de 13 anos nos forneceu informações pessoais, eliminaremos imediatamente essas informações dos nossos servidores.\n",
        ),
        (
            "nl",
            "## Kinderen\n\nDe inschrijfgegevens van kinderen die aan onze vakantiekampen deelnemen, bewaren wij tot een jaar na afloop van het kamp.\n",
            "## Privacy van kinderen\n\nAls wij ontdekken dat een kind jonger dan 16 jaar ons persoonsgegevens heeft verstrekt, verwijderen wij deze informatie onmiddellijk van onze servers.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &child, case);
    // The child named in the sentence before, the finding-out said of the
    // collection; finding out something else about the reader's account,
    // with a period, still states one.
    let collected = [
        (
            "en",
            "## Account\n\nIf we learn that you have not used your account for two years, we delete it after 30 days' notice.\n",
            "## Children\n\nWe do not knowingly collect personal information from children under 13. If we learn that we have collected such information, we will delete it immediately.\n",
        ),
        (
            "fr",
            "## Compte\n\nNous conservons les données de votre compte pendant deux ans après votre dernière connexion.\n",
            "## Enfants\n\nNous ne collectons pas sciemment de données d'enfants de moins de 15 ans. Si nous apprenons que nous avons collecté de telles données, nous les supprimerons immédiatement.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &collected, case);
    // « disque dur » (hard disk) is no « durée » (real/fr-zenparis-confidentialite:26):
    // a cookie stored on it states no period; the period of a membership does.
    let hard_disk = [(
        "fr",
        "## Adhésion\n\nNous conservons vos données pendant la durée de votre adhésion.\n",
        "## Cookies\n\nLes cookies sont envoyés à votre navigateur à partir d'un site web et stockés sur le disque dur de votre ordinateur.\n",
    )];
    assert_met_and_decoy("gdpr.retention", &hard_disk, case);
    // A server's logs by the English loan word are personal data in German,
    // as "Logdateien" are; the logs of a software's changes kept no one's.
    let logs = [(
        "de",
        "## Protokolle\n\nServer-Logs werden nach 14 Tagen gelöscht.\n",
        "## Software\n\nDie Logs der Änderungen an unserer Software veröffentlichen wir mit jeder neuen Version.\n",
    )];
    assert_met_and_decoy("gdpr.retention", &logs, case);
}

/// The classes the three development policies of session 33 (helper
/// devdata-g) showed at first sight and when each labelled statement was
/// linted alone (docs/accuracy.md, "session 33, helper devdata-g").
#[test]
fn session_33_devdata_g_classes() {
    let case = "session 33 devdata-g";
    // The controller's address written as British addresses are, a
    // building and a street with no house number and a UK postcode
    // (real/en-djangogirls-privacy:15-16); a processor with such an
    // address is not the controller.
    let uk_postcode = [
        (
            "en",
            "**We, Us, Our:** Riverside Tennis Club Ltd, Clubhouse, Meadow Lane, York YO1 7HH\n",
            "Our payment processor, Example Payments Ltd, Tower House, High Street, London EC1V 9NR, handles card payments.\n",
        ),
        (
            "de",
            "Riverside Tennis Club Ltd, Clubhouse, Meadow Lane, York YO1 7HH, Vereinigtes Königreich\n",
            "Unser Zahlungsdienstleister, die Example Payments Ltd, Tower House, High Street, London EC1V 9NR, wickelt die Kartenzahlungen ab.\n",
        ),
        (
            "nl",
            "Riverside Tennis Club Ltd, Clubhouse, Meadow Lane, York YO1 7HH, Verenigd Koninkrijk\n",
            "Onze verwerker, Example Payments Ltd, Tower House, High Street, Londen EC1V 9NR, verwerkt de kaartbetalingen namens ons.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &uk_postcode, case);
    // Our systems operated by a company we name, in the sentence or in the
    // paragraph the lead-in opens (real/de-koblenz-koblenzpass:226-231);
    // systems run by our own staff name no recipient.
    let operated_by = [
        (
            "de",
            "## Weitergabe erhobener Daten\n\nDer technische Betrieb unserer Datenverarbeitungssysteme erfolgt durch:\n\nBeispiel Digital GmbH, Hauptstraße 1, 86150 Augsburg\n",
            "## Weitergabe von Daten\n\nDer technische Betrieb unserer Systeme erfolgt durch unsere eigenen Mitarbeiter.\n",
        ),
        (
            "en",
            "## Disclosure of data\n\nOur IT systems are operated by Example Digital Ltd, Leeds.\n",
            "## Disclosure of data\n\nThe technical operation of our systems is carried out by our own IT staff.\n",
        ),
        (
            "fr",
            "## Communication des données\n\nNos systèmes informatiques sont exploités par Exemple Numérique SAS.\n",
            "## Communication des données\n\nL'exploitation technique de nos systèmes est assurée par notre propre personnel.\n",
        ),
        (
            "pt",
            "## Comunicação de dados\n\nOs nossos sistemas informáticos são geridos pela Exemplo Digital, Lda.\n",
            "## Comunicação de dados\n\nA operação técnica dos nossos sistemas é assegurada pelo nosso próprio pessoal.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &operated_by, case);
    // Other parties used for tasks, and the providers of such services said
    // to have access to some of the data (real/en-djangogirls-privacy:122-124);
    // denied, they name no recipient.
    let other_parties = [
        (
            "en",
            "## Third parties\n\nWe may, from time to time, use other parties for payment processing and the delivery of purchased items.\n",
            "## Third parties\n\nWe do not use other companies for payment processing; our treasurer collects the fees in person.\n",
        ),
        (
            "en",
            "## Third parties\n\nThe providers of such services have access to some of your data.\n",
            "## Third parties\n\nThe providers of such services do not have access to your data.\n",
        ),
        (
            "it",
            "## Terzi\n\nPossiamo avvalerci di altre società per l'elaborazione dei pagamenti e la consegna degli articoli acquistati.\n",
            "## Terzi\n\nNon incarichiamo terzi per la spedizione degli ordini.\n",
        ),
        (
            "nl",
            "## Derden\n\nWij kunnen andere partijen inschakelen voor de verwerking van betalingen en de levering van gekochte artikelen.\n",
            "## Derden\n\nWij schakelen geen andere partijen in voor de verwerking van betalingen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &other_parties, case);
    // Cookies the reader deletes, with no browser named, are not the right
    // to erasure (real/en-djangogirls-privacy:204); the right with cookies in
    // it still is.
    let cookies = [
        (
            "en",
            "## Your rights\n\nYou can ask us to erase the personal data we hold about you, including data collected through cookies.\n",
            "## Cookies\n\nYou can choose to delete cookies at any time, but you may then lose information that lets you use the site quickly.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können verlangen, dass wir Ihre Daten löschen, auch die mit Hilfe von Cookies erhobenen.\n",
            "## Cookies\n\nSie können auf Ihrem Gerät gespeicherte Cookies jederzeit löschen.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede solicitarnos que suprimamos sus datos, incluidos los recogidos mediante cookies.\n",
            "## Cookies\n\nPuede eliminar en cualquier momento las cookies almacenadas en su dispositivo.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &cookies, case);
    // "As detailed below" names no data: a change of browser settings is not
    // the right to rectification (real/en-djangogirls-privacy:192).
    let detailed = [(
        "en",
        "## Your rights\n\nYou can ask us to correct your contact details if they are wrong.\n",
        "## Cookies\n\nYou can still block these cookies by changing your browser settings as detailed below.\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &detailed, case);
    // "Our provider" in the singular, bare or with its service, is a
    // category of recipient; the reader's own provider is none.
    let our_provider = [
        (
            "fr",
            "## Paiements\n\nNotre prestataire de paiement traite les paiements par carte.\n",
            "## Paiements\n\nVotre prestataire de paiement peut vous facturer des frais.\n",
        ),
        (
            "es",
            "## Pagos\n\nNuestro proveedor de pagos tramita los pagos con tarjeta.\n",
            "## Pagos\n\nSu proveedor de pagos puede cobrarle comisiones.\n",
        ),
        (
            "nl",
            "## Betalingen\n\nOnze betaaldienstverlener verwerkt de kaartbetalingen.\n",
            "## Betalingen\n\nUw eigen betaaldienstverlener kan kosten in rekening brengen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &our_provider, case);
    // The notice's opening that says with whom, or when, we share the data
    // states its content, not a recipient (real/en-karakeep-privacy:19-20);
    // a sentence that goes on to name them does.
    let overview = [
        (
            "en",
            "## Introduction\n\nThis policy explains who we share your data with: our hosting provider Hetzner and our payment provider Stripe.\n",
            "## 1. Scope\n\nThis page explains what data we collect, how we use it, and when we share it for our cloud service.\n",
        ),
        (
            "de",
            "## Weitergabe\n\nWir geben Ihre Daten an unseren Hoster Hetzner weiter.\n",
            "## Einleitung\n\nDiese Datenschutzerklärung erklärt, welche Daten wir erheben, wie wir sie nutzen und an wen wir sie weitergeben.\n",
        ),
        (
            "it",
            "## Destinatari\n\nCondividiamo i tuoi dati con il nostro fornitore di hosting Aruba.\n",
            "## Introduzione\n\nQuesta informativa spiega quali dati raccogliamo, come li usiamo e con chi li condividiamo.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &overview, case);
    // Parts of the site opened without giving any data are no access to
    // one's data (real/en-djangogirls-privacy:174); the reader's data in an
    // area of the app is.
    let site_areas = [
        (
            "en",
            "## Your rights\n\nYou can access your data in the account area of our app at any time.\n",
            "## Your Right to Withhold Information\n\nYou may access certain areas of the Site without providing any Data at all.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede acceder a sus datos personales en cualquier momento.\n",
            "## Uso sin datos\n\nPuede acceder a determinadas áreas del sitio sin facilitar ningún dato personal.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &site_areas, case);
    // Data named with the body they come from, an item of the list of data
    // collected, say the source, not a recipient (real/en-karakeep-privacy:44-45).
    let data_from = [
        (
            "en",
            "## Sharing\n\nWe share your delivery address with our courier partners.\n",
            "## 2. Data We Collect\n\n- **Billing and subscription data**: plan status, billing events, and limited payment metadata from payment providers.\n",
        ),
        (
            "it",
            "## Destinatari\n\nCondividiamo i tuoi dati con il nostro fornitore di hosting Aruba.\n",
            "## Dati raccolti\n\nRiceviamo metadati di pagamento limitati dai nostri fornitori di servizi di pagamento.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &data_from, case);
}

/// Session 33, helper classes-c: the everyday-wording classes session 32
/// left (docs/accuracy.md, its section; phrasings/*.txt, the blocks headed
/// `# session 33 (classes-c)`).
#[test]
fn session_33_classes_c_classes() {
    let case = "session 33 classes-c";
    // Recipients named in the passive by a bare brand or company name; a
    // country is a transfer, not a recipient.
    let passive = [
        (
            "en",
            "## Your order\n\nYour order details are sent to DHL.\n",
            "## Your order\n\nYour data is sent to Germany.\n",
        ),
        (
            "de",
            "## Ihre Bestellung\n\nIhre Bestelldaten werden an DHL übermittelt.\n",
            "## Ihre Bestellung\n\nIhre Daten werden an Deutschland übermittelt.\n",
        ),
        (
            "fr",
            "## Votre commande\n\nVos données sont transférées à Sendcloud.\n",
            "## Votre commande\n\nNous envoyons vos données aux États-Unis.\n",
        ),
        (
            "es",
            "## Su pedido\n\nSus datos son enviados a Sendcloud.\n",
            "## Su pedido\n\nSus datos se envían a Alemania.\n",
        ),
        (
            "it",
            "## Il tuo ordine\n\nI tuoi dati vengono trasferiti a Sendcloud.\n",
            "## Il tuo ordine\n\nI tuoi dati vengono inviati alla Germania.\n",
        ),
        (
            "pt",
            "## A sua encomenda\n\nOs seus dados são transferidos para a Sendcloud.\n",
            "## A sua encomenda\n\nOs seus dados são enviados para a Alemanha.\n",
        ),
        (
            "nl",
            "## Uw bestelling\n\nUw gegevens worden doorgestuurd naar Sendcloud.\n",
            "## Uw bestelling\n\nWij sturen uw gegevens naar Duitsland.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &passive, case);
    // The reader who changes their mind told to say so, after the consent;
    // not a change of address.
    let mind = [
        (
            "en",
            "## Newsletter\n\nWe send the newsletter only with your consent. If you change your mind, just tell us.\n",
            "## Newsletter\n\nWe send the newsletter only with your consent. If you change your address, just tell us.\n",
        ),
        (
            "fr",
            "## Newsletter\n\nNous envoyons la newsletter uniquement avec votre consentement. Si vous changez d'avis, dites-le-nous simplement.\n",
            "## Newsletter\n\nNous envoyons la newsletter uniquement avec votre consentement. Si vous changez d'adresse, dites-le-nous.\n",
        ),
        (
            "it",
            "## Newsletter\n\nInviamo la newsletter solo con il tuo consenso. Se cambi idea, basta dircelo.\n",
            "## Newsletter\n\nInviamo la newsletter solo con il tuo consenso. Se cambi indirizzo, diccelo.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.withdraw-consent", &mind, case);
    // The account logged into is no right of access; the data in it are.
    let account = [(
        "en",
        "## Your account\n\nYou can access your personal data at any time in your account.\n",
        "## Your account\n\nYou can access your account at any time.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &account, case);
    // An answer that refuses what its question asks grants nothing; an
    // answer that says how after all does.
    let refused = [
        (
            "en",
            "## Can I delete my account?\n\nNo, but you can ask us to delete your data.\n",
            "## How do I delete my account?\n\nYou cannot: accounts are kept for ten years for tax reasons.\n",
        ),
        (
            "en",
            "## How do I delete my account?\n\nGo to Settings and tap Delete account.\n",
            "## Can I delete my account?\n\nNo, but you can deactivate it.\n",
        ),
        (
            "fr",
            "## Comment supprimer mon compte ?\n\nAllez dans Paramètres et appuyez sur Supprimer le compte.\n",
            "## Comment supprimer mon compte ?\n\nVous ne pouvez pas : les comptes sont conservés dix ans pour des raisons fiscales.\n",
        ),
        (
            "es",
            "## ¿Cómo puedo borrar mi cuenta?\n\nVaya a Ajustes y pulse Eliminar cuenta.\n",
            "## ¿Cómo puedo borrar mi cuenta?\n\nNo puede: las cuentas se conservan diez años por motivos fiscales.\n",
        ),
        (
            "it",
            "## Come posso cancellare il mio account?\n\nVai in Impostazioni e tocca Elimina account.\n",
            "## Come posso cancellare il mio account?\n\nNon puoi: gli account sono conservati dieci anni per motivi fiscali.\n",
        ),
        (
            "pt",
            "## Como posso apagar a minha conta?\n\nVá a Definições e toque em Eliminar conta.\n",
            "## Como posso apagar a minha conta?\n\nNão pode: as contas são conservadas durante dez anos por motivos fiscais.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &refused, case);
    // A federation as an organisation word names the controller; the data
    // sent to the federation do not.
    let federation = [
        (
            "it",
            "## Chi siamo\n\nLa federazione Vela Italia tratta i tuoi dati personali.\n",
            "## Tesseramento\n\nComunichiamo i tuoi dati alla federazione per il tesseramento.\n",
        ),
        (
            "nl",
            "## Wie zijn wij\n\nDe bond Zeilen Noord verwerkt uw persoonsgegevens.\n",
            "## Licentie\n\nWij sturen uw gegevens naar de bond voor uw licentie.\n",
        ),
        (
            "de",
            "## Wer wir sind\n\nDer Verband Segeln Nord verarbeitet Ihre personenbezogenen Daten.\n",
            "## Lizenz\n\nWir melden Ihren Namen an den Landesverband.\n",
        ),
        (
            "fr",
            "## Qui sommes-nous\n\nLa fédération Voile Nord traite vos données personnelles.\n",
            "## Licence\n\nNous transmettons votre nom à la fédération pour votre licence.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &federation, case);
    // The retention period in everyday words: the data that stay with us
    // while the reader is a member, until they leave; not data that stay
    // with us with no period.
    let member = [
        (
            "en",
            "## Membership\n\nYour details stay with us while you are a member.\n",
            "## Membership\n\nYour data stays with us: we never sell it.\n",
        ),
        (
            "de",
            "## Mitgliedschaft\n\nIhre Daten bleiben bei uns, solange Sie Mitglied sind.\n",
            "## Mitgliedschaft\n\nIhre Daten bleiben bei uns und werden nicht verkauft.\n",
        ),
        (
            "es",
            "## Socios\n\nConservamos sus datos hasta que deje el club.\n",
            "## Socios\n\nPuede usar la aplicación hasta que deje de ser socio.\n",
        ),
        (
            "it",
            "## Soci\n\nConserviamo i tuoi dati finché non lasci il club.\n",
            "## Soci\n\nPuoi usare la palestra finché non lasci il club.\n",
        ),
        (
            "pt",
            "## Sócios\n\nOs seus dados ficam connosco enquanto for sócio.\n",
            "## Sócios\n\nOs seus dados ficam connosco e nunca os vendemos.\n",
        ),
        (
            "nl",
            "## Lidmaatschap\n\nUw gegevens blijven bij ons zolang u lid bent.\n",
            "## Lidmaatschap\n\nUw gegevens blijven bij ons en worden nooit verkocht.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &member, case);
    // A how-to question with the reader's verb in the first person,
    // answered with how; the policy's own practice asked about is none.
    let first_person = [
        (
            "de",
            "## Wie lösche ich mein Konto?\n\nGehen Sie in die Einstellungen und tippen Sie auf Konto löschen.\n",
            "## Wie löschen wir Ihre Daten?\n\nWir löschen die Daten sicher mit einem zertifizierten Programm.\n",
        ),
        (
            "es",
            "## ¿Cómo borro mi cuenta?\n\nVaya a Ajustes y pulse Eliminar cuenta.\n",
            "## ¿Cómo lo borramos?\n\nBorramos los datos de forma segura con un programa certificado.\n",
        ),
        (
            "it",
            "## Come cancello il mio account?\n\nVai in Impostazioni e tocca Elimina account.\n",
            "## Come cancelliamo i dati?\n\nCancelliamo i dati in modo sicuro con un programma certificato.\n",
        ),
        (
            "pt",
            "## Como apago a minha conta?\n\nVá a Definições e toque em Eliminar conta.\n",
            "## Como apagamos os dados?\n\nApagamos os dados de forma segura com um programa certificado.\n",
        ),
        (
            "nl",
            "## Hoe verwijder ik mijn account?\n\nGa naar Instellingen en tik op Account verwijderen.\n",
            "## Hoe verwijderen wij uw gegevens?\n\nWij verwijderen de gegevens veilig met een gecertificeerd programma.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &first_person, case);
    // The details of the reader's order are personal data; "more details"
    // of a page are none.
    let details = [
        (
            "fr",
            "## Commandes\n\nLes détails de votre commande sont conservés pendant dix ans.\n",
            "## Commandes\n\nPour plus de détails, consultez notre page d'aide pendant dix ans.\n",
        ),
        (
            "it",
            "## Ordini\n\nI dettagli del tuo ordine sono conservati per dieci anni.\n",
            "## Ordini\n\nPer maggiori dettagli, la pagina resta online per dieci anni.\n",
        ),
        (
            "nl",
            "## Bestellingen\n\nDe details van uw bestelling worden tien jaar bewaard.\n",
            "## Bestellingen\n\nVoor meer details blijft de pagina tien jaar online.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &details, case);
}

#[test]
fn session_33_devdata_f_classes() {
    let case = "session 33 devdata-f";
    // The rights said to be ensured to the reader by the law, the reader as
    // the indirect object (real/pt-stayaway-covid-privacidade:791); a
    // benefit that is no right names no right.
    let ensured = [
        (
            "pt",
            "## Direitos\n\nO RGPD assegura aos utilizadores, enquanto titulares de dados pessoais, os direitos de acesso, retificação e apagamento.\n",
            "## Direitos\n\nO RGPD assegura aos utilizadores uma proteção elevada dos seus dados.\n",
        ),
        (
            "es",
            "## Derechos\n\nEl RGPD garantiza a los usuarios los derechos de acceso, rectificación y supresión.\n",
            "## Derechos\n\nEl RGPD garantiza a los usuarios una protección elevada de sus datos.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &ensured, case);
    // A right named and said to be exercised, in the future or the passive
    // (real/pt-stayaway-covid-privacidade:791); a right of another kind.
    let exercised = [
        (
            "pt",
            "## Oposição\n\nO direito de oposição será facilmente exercido desinstalando a aplicação.\n",
            "## Imagem\n\nO direito à imagem será exercido junto dos tribunais.\n",
        ),
        (
            "es",
            "## Oposición\n\nEl derecho de oposición se ejercerá a través del formulario de contacto.\n",
            "## Imagen\n\nEl derecho a la propia imagen se ejercerá ante los tribunales.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &exercised, case);
    // A policy kept in code strings (a locale JSON file): a stop that closes
    // its string before code punctuation, or is followed by the `\n` escape
    // of a paragraph break, ends the sentence, so the right is read on its
    // own (real/pt-stayaway-covid-privacidade:787-791); the same right
    // denied in its own string is not stated.
    let strings = [(
        "pt",
        "## App\n\n\"body\": \"A aplicação não funciona sem Bluetooth.\" }, \"rights\": { \"body\": \"Tem o direito de retificar os seus dados inexatos.\\n\\nNão vendemos os seus dados.\"\n",
        "## App\n\n\"body\": \"Tem o direito de acesso.\" }, \"note\": { \"body\": \"Não é possível retificar os seus dados.\"\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &strings, case);
}

/// The classes the development policies of session 34 (helper devdata-i)
/// showed at first sight.
#[test]
fn session_34_devdata_i_classes() {
    let case = "session 34 devdata-i";
    // Data deleted when the membership ends or the member leaves: the end of
    // the membership is the retention criterion
    // (real/fr-enfantsdesimone-confidentialite:37); the membership ending
    // with no data kept or deleted states no period.
    let membership_end = [
        (
            "fr",
            "## Conservation\n\nLes données personnelles sont effacées lors de la radiation de l'adhérent.\n",
            "## Adhésion\n\nL'adhésion prend fin lors de la radiation de l'adhérent.\n",
        ),
        (
            "en",
            "## Retention\n\nYour data are deleted when your membership ends.\n",
            "## Membership\n\nYour membership ends when you leave the association.\n",
        ),
        (
            "de",
            "## Speicherdauer\n\nDie Daten werden beim Ende der Mitgliedschaft gelöscht.\n",
            "## Mitgliedschaft\n\nDie Mitgliedschaft endet mit dem Ausscheiden aus dem Verein.\n",
        ),
        (
            "es",
            "## Conservación\n\nLos datos se suprimen cuando el socio causa baja.\n",
            "## Socios\n\nEl socio causa baja al finalizar la relación con la asociación.\n",
        ),
        (
            "it",
            "## Conservazione\n\nI dati sono cancellati alla cessazione del rapporto associativo.\n",
            "## Soci\n\nIl rapporto associativo cessa quando il socio lascia l'associazione.\n",
        ),
        (
            "pt",
            "## Conservação\n\nOs dados pessoais são eliminados após a cessação da qualidade de sócio.\n",
            "## Sócios\n\nA qualidade de sócio cessa no momento da saída do sócio da associação.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nDe gegevens worden verwijderd wanneer het lid de vereniging verlaat.\n",
            "## Lidmaatschap\n\nHet lidmaatschap eindigt wanneer het lid de vereniging verlaat.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &membership_end, case);
    // Data visible to the other members, participants or invitees, who
    // receive them (real/nl-nldesignsystem-privacyverklaring:33); said not to
    // be visible, they name no recipient.
    let visible = [
        (
            "nl",
            "## Community\n\nIn deze uitnodigingen zullen de e-mailadressen van alle genodigden zichtbaar zijn.\n",
            "## Ledenomgeving\n\nJe gegevens zijn nooit zichtbaar voor andere leden.\n",
        ),
        (
            "en",
            "## Events\n\nYour e-mail address will be visible to all other invitees.\n",
            "## Members' area\n\nYour data are never visible to other members.\n",
        ),
        (
            "de",
            "## Mitgliederbereich\n\nIhr Name und Ihr Foto sind für andere Mitglieder sichtbar.\n",
            "## Mitgliederbereich\n\nIhre Daten sind für andere Mitglieder nicht sichtbar.\n",
        ),
        (
            "fr",
            "## Événements\n\nVotre adresse e-mail est visible par tous les autres invités.\n",
            "## Espace membres\n\nVos données ne sont jamais visibles par les autres membres.\n",
        ),
        (
            "es",
            "## Eventos\n\nEn estas invitaciones, las direcciones de correo de todos los invitados serán visibles.\n",
            "## Zona de socios\n\nSus datos nunca son visibles para los demás socios.\n",
        ),
        (
            "it",
            "## Area soci\n\nIl tuo nome e la tua foto sono visibili agli altri soci.\n",
            "## Area soci\n\nI tuoi dati non sono mai visibili agli altri soci.\n",
        ),
        (
            "pt",
            "## Eventos\n\nO seu endereço de e-mail ficará visível para todos os outros convidados.\n",
            "## Área de sócios\n\nOs seus dados nunca são visíveis para os outros sócios.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &visible, case);
    // Consent with the root "consint-" of consentir (es gerund and preterite,
    // pt first person) as the basis (real/es-hacklabalmeria-avisolegal:73);
    // parents who consented to a workshop ground no processing.
    let consint = [
        (
            "es",
            "## Aceptación y consentimiento\n\nEl usuario declara haber sido informado, aceptando y consintiendo el tratamiento de sus datos por parte del titular de la web.\n",
            "## Eventos\n\nLos menores solo pueden participar si sus padres consintieron por escrito su asistencia al taller.\n",
        ),
        (
            "pt",
            "## Consentimento\n\nAo enviar o formulário, consinto o tratamento dos meus dados para o envio da newsletter.\n",
            "## Eventos\n\nOs menores só podem participar se os pais consentirem por escrito na sua presença no workshop.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &consint, case);
    // The reader forbidden to use the site for unlawful purposes is a term of
    // use, no purpose (real/es-hacklabalmeria-avisolegal:18); the logs used
    // to detect such use are a purpose.
    let forbidden_use = [
        (
            "es",
            "## Registros\n\nUtilizamos los registros del servidor para detectar el uso de la web con fines ilícitos.\n",
            "## Condiciones de uso\n\nQueda prohibido el uso de la web con fines ilícitos o lesivos.\n",
        ),
        (
            "en",
            "## Server logs\n\nWe use the server logs to detect use of the site for unlawful purposes.\n",
            "## Terms of use\n\nUsing this website for unlawful purposes is prohibited.\n",
        ),
        (
            "de",
            "## Server-Logs\n\nWir verwenden die Server-Logs, um eine Nutzung der Website zu rechtswidrigen Zwecken zu erkennen.\n",
            "## Nutzungsbedingungen\n\nDie Nutzung der Website zu rechtswidrigen Zwecken ist untersagt.\n",
        ),
        (
            "fr",
            "## Journaux\n\nNous utilisons les journaux du serveur pour détecter toute utilisation du site à des fins illicites.\n",
            "## Conditions d'utilisation\n\nIl est interdit d'utiliser le site à des fins illicites ou nuisibles.\n",
        ),
        (
            "it",
            "## Log\n\nUtilizziamo i log del server per individuare l'uso del sito per fini illeciti.\n",
            "## Condizioni d'uso\n\nÈ vietato l'uso del sito per fini illeciti o dannosi.\n",
        ),
        (
            "pt",
            "## Registos\n\nUtilizamos os registos do servidor para detetar a utilização do site para fins ilícitos.\n",
            "## Condições de utilização\n\nÉ proibida a utilização do site para fins ilícitos ou lesivos.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &forbidden_use, case);
}

/// Session 34, helper devdata-h: the classes the development policies
/// gathered after the split showed at first sight (docs/accuracy.md).
#[test]
fn session_34_devdata_h_classes() {
    let case = "session 34 devdata-h";
    // A German street written with "Str." in the address block after the
    // controller's lead-in, in a notice in another language, or Dutch
    // "Kerkstr.": no sentence ends before the house number, so the name and
    // the postal address are one statement (real/en-tudortmund-stars:149-156);
    // the same block after the DPO's lead-in names no controller.
    let street = [
        (
            "en",
            "## Contact\n\nThe controller within the meaning of the General Data Protection Regulation is:\n\nRiverside Technical University\nThe President\nAugust-Schmidt-Str. 4\n44227 Dortmund\nGermany\n",
            "## Contact\n\nYou can reach our data protection officer at:\n\nJane Doe\nAugust-Schmidt-Str. 4\n44227 Dortmund\n",
        ),
        (
            "fr",
            "## Contact\n\nLe responsable du traitement au sens du RGPD est :\n\nUniversité technique de Dortmund\nAugust-Schmidt-Str. 4\n44227 Dortmund\nAllemagne\n",
            "## Contact\n\nVous pouvez joindre notre délégué à la protection des données à l'adresse suivante :\n\nJeanne Dupont\nAugust-Schmidt-Str. 4\n44227 Dortmund\n",
        ),
        (
            "nl",
            "## Contact\n\nVoor vragen over uw gegevens kunt u terecht bij de verwerkingsverantwoordelijke:\n\nBuurthuis De Linde\nKerkstr. 12\n3512 Utrecht\n",
            "## Contact\n\nOnze functionaris voor gegevensbescherming is bereikbaar op:\n\nJan de Vries\nKerkstr. 12\n3512 Utrecht\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &street, case);
    // The law's name is not the regulator: a complaint to the organisation
    // about how it applies the Regulation is no complaint to a supervisory
    // authority; one to a data protection regulator is.
    let regulation = [(
        "en",
        "## Complaints\n\nYou can also complain to a data protection regulator, for example the one where you live.\n",
        "## Complaints\n\nIf you are unhappy with how we apply the General Data Protection Regulation, you can complain to us at privacy@riverside.example.\n",
    )];
    assert_met_and_decoy("gdpr.rights.complaint", &regulation, case);
    // The reader may set the browser to delete cookies when it is closed:
    // the reader's choice, not a retention period
    // (real/de-aachen-fixmy-datenschutz:40); session cookies deleted when
    // the browser is closed and a maximum for the others are one.
    let browser = [
        (
            "de",
            "## Cookies\n\nSession-Cookies werden beim Schließen des Browsers gelöscht; dauerhafte Cookies speichern wir höchstens zwölf Monate.\n",
            "## Cookies\n\nSie haben die Möglichkeit, das Abspeichern von Cookies in den Einstellungen Ihres Browsers zu verhindern oder das automatische Löschen der Cookies beim Schließen des Browsers zu aktivieren.\n",
        ),
        (
            "fr",
            "## Cookies\n\nLes cookies de session sont supprimés à la fermeture du navigateur ; les autres cookies sont conservés treize mois au maximum.\n",
            "## Cookies\n\nVous pouvez configurer votre navigateur pour refuser les cookies ou pour supprimer automatiquement les cookies à la fermeture du navigateur.\n",
        ),
        (
            "es",
            "## Cookies\n\nLas cookies de sesión se eliminan al cerrar el navegador; las demás cookies se conservan como máximo doce meses.\n",
            "## Cookies\n\nPuede configurar su navegador para rechazar las cookies o para eliminar automáticamente las cookies al cerrar el navegador.\n",
        ),
        (
            "it",
            "## Cookie\n\nI cookie di sessione vengono cancellati alla chiusura del browser; gli altri cookie sono conservati per un massimo di dodici mesi.\n",
            "## Cookie\n\nPuò impostare il suo browser per rifiutare i cookie o per cancellare automaticamente i cookie alla chiusura del browser.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &browser, case);
    // An address block right after a lead-in ending in ":" takes the
    // lead-in as its label: a host's name and address after "Our website is
    // hosted by:" are a recipient's, not the controller's; after the
    // controller's or operator's lead-in they are the controller's.
    let lead_in = [
        (
            "en",
            "## Who we are

This website is operated by:

Riverside Tennis Club Ltd
Mill Lane 7
York YO1 7HH
",
            "## Hosting

Our website is hosted by:

Northern Hosting Ltd
Mill Lane 7
York YO1 7HH
",
        ),
        (
            "de",
            "## Kontakt

Verantwortlich für die Datenverarbeitung auf dieser Website ist:

Beispiel Verein e.V.
Am Markt 4
12345 Berlin
",
            "## Hosting

Unsere Website wird gehostet von:

Beispiel Hosting GmbH
Am Markt 4
12345 Berlin
",
        ),
        (
            "es",
            "## Responsable

El responsable del tratamiento es:

Asociación Cultural Ejemplo
Calle Mayor 4
28013 Madrid
",
            "## Alojamiento

Nuestro sitio web está alojado por:

Ejemplo Hosting, S.L.
Calle Mayor 4
28013 Madrid
",
        ),
        (
            "nl",
            "## Contact

De verwerkingsverantwoordelijke is:

Vereniging Voorbeeld
Marktplein 4
1234 Amsterdam
",
            "## Hosting

Onze website wordt gehost door:

Voorbeeld Hosting B.V.
Marktplein 4
1234 Amsterdam
",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &lead_in, case);
}

/// Session 34, helper classes-d: shapes found by a probing sweep of
/// document shapes (the team's own text, phrasings/*.txt, session 34).
#[test]
fn session_34_classes_d_classes() {
    let case = "session 34 classes-d";
    // "Yes" under a question heading, then only an e-mail address: the
    // answer grants what the question asks; it is no bare contact line.
    // "No" grants nothing.
    let yes_and_address = [
        (
            "en",
            "## Can I get my data deleted?\n\nYes. Email privacy@example.com.\n",
            "## Can I get my data deleted?\n\nNo. Email privacy@example.com.\n",
        ),
        (
            "fr",
            "## Puis-je faire supprimer mes données ?\n\nOui : dpo@example.com\n",
            "## Puis-je faire supprimer mes données ?\n\nNon. dpo@example.com\n",
        ),
        (
            "nl",
            "## Kan ik mijn gegevens laten verwijderen?\n\nJa. privacy@example.com\n",
            "## Kan ik mijn gegevens laten verwijderen?\n\nNee. privacy@example.com\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &yes_and_address, case);
    // The right to object named by a heading that is only its title, the
    // body granting without the right's word; a heading naming two rights
    // over a copy of the data is no objection.
    let object_heading = [
        (
            "en",
            "## Your right to object\n\nWrite to us and we will stop.\n",
            "## Your rights to access and object\n\nYou can ask us for a copy of your data.\n",
        ),
        (
            "de",
            "## Ihr Widerspruchsrecht\n\nSchreiben Sie uns, und wir hören damit auf.\n",
            "## Ihre Rechte auf Auskunft und Widerspruch\n\nSie können eine Kopie Ihrer Daten verlangen.\n",
        ),
        (
            "fr",
            "## Votre droit d'opposition\n\nVous pouvez l'exercer à tout moment. Écrivez à dpo@acme.example.\n",
            "## Vos droits d'accès et d'opposition\n\nVous pouvez nous demander une copie de vos données.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &object_heading, case);
    // A verbless period counted from an event under a retention heading
    // (or a `<summary>`); the same under a heading about returns, or a
    // period opening a clause about something else, is no retention.
    let period_fragment = [
        (
            "en",
            "## How long we keep your data\n\nTwo years after your last order.\n",
            "## How long we keep your data\n\nTwo weeks after your order we send you a survey.\n",
        ),
        (
            "en",
            "<details><summary>How long we keep your data</summary>\n\nTwo years after your last order.\n\n</details>\n",
            "## Returns\n\n30 days after delivery.\n",
        ),
        (
            "fr",
            "## Durée de conservation\n\nDeux ans après votre dernière commande.\n",
            "## Retours\n\n30 jours après la livraison.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\n24 maanden na uw laatste login.\n",
            "## Bewaartermijn\n\nTwee weken na uw bestelling sturen wij u een korte enquête.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &period_fragment, case);
    // Rectification coordinated with erasure before the data; "correct" as
    // an adjective is none.
    let correct_or_delete = [(
        "en",
        "## Your rights\n\nYou can ask us to correct or delete your data.\n",
        "## Your account\n\nYou can check that the data is correct or delete the app.\n",
    )];
    assert_met_and_decoy("gdpr.rights.rectification", &correct_or_delete, case);
    // A column headed by the law's noun for recipients, under a heading
    // that is the same noun or names the data; the recipients of a
    // newsletter or of donations are none.
    let recipient_column = [
        (
            "en",
            "## Recipients\n\n| Recipient | Purpose | Country |\n| --- | --- | --- |\n| Hetzner Online GmbH | Hosting | Germany |\n",
            "## Newsletter\n\n| Recipient | Sent on |\n| --- | --- |\n| All members | 1 May 2026 |\n",
        ),
        (
            "de",
            "## Weitergabe Ihrer Daten\n\n| Empfänger | Zweck | Land |\n| --- | --- | --- |\n| Hetzner Online GmbH | Hosting | Deutschland |\n",
            "## Spenden\n\n| Empfänger | Zweck | Betrag |\n| --- | --- | --- |\n| Rotes Kreuz | Katastrophenhilfe | 500 € |\n",
        ),
        (
            "nl",
            "## Ontvangers\n\n| Ontvanger | Doel | Land |\n| --- | --- | --- |\n| Hetzner Online GmbH | Hosting | Duitsland |\n",
            "## Nieuwsbrief\n\n| Ontvanger | Verzonden op |\n| --- | --- |\n| Alle leden | 1 mei 2026 |\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &recipient_column, case);
    // A column headed by the bare "Why" over a cell that is a purpose; the
    // same column over a cause is none.
    let why_column = [
        (
            "en",
            "| What we collect | Why |\n| --- | --- |\n| Your email | To send you receipts |\n",
            "## Delivery\n\n| Delay | Why |\n| --- | --- |\n| Two days | Strikes at the port |\n",
        ),
        (
            "nl",
            "| Gegevens | Waarom |\n| --- | --- |\n| Uw e-mailadres | Versturen van facturen |\n",
            "## Levering\n\n| Vertraging | Waarom |\n| --- | --- |\n| Twee dagen | Staking in de haven |\n",
        ),
    ];
    assert_met_and_decoy("gdpr.purposes", &why_column, case);
    // The right refused under a heading that names it: the processing in
    // the sentence is no objection with a denied modal.
    let refused = [
        (
            "en",
            "## Right to object\n\nYou can object to processing based on our legitimate interests.\n",
            "## Your right to object\n\nYou can't do this for processing that the law requires.\n",
        ),
        (
            "fr",
            "## Droit d'opposition\n\nVous pouvez vous opposer au traitement fondé sur notre intérêt légitime.\n",
            "## Votre droit d'opposition\n\nVous ne pouvez pas l'exercer pour les traitements imposés par la loi.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &refused, case);
}

/// The classes of session 34's helper classes-e (docs/accuracy.md,
/// "session 34, helper classes-e"): false alarms other helpers of the
/// session left.
#[test]
fn session_34_classes_e_classes() {
    let case = "session 34 classes-e";
    // The right to object named by its noun alone as its table row's title
    // under the rights' heading, the other cell granting; the same row that
    // grants nothing is none.
    let table = |heading: &str, header: &str, row: &str| {
        format!("## {heading}\n\n{header}\n| --- | --- |\n{row}\n")
    };
    let object_row = [
        (
            "en",
            table(
                "Your rights",
                "| Right | What it means |",
                "| Objection | You can tell us to stop |",
            ),
            table(
                "Your rights",
                "| Right | What it means |",
                "| Objection | We reply within one month |",
            ),
        ),
        (
            "de",
            table(
                "Ihre Rechte",
                "| Recht | Was es bedeutet |",
                "| Widerspruch | Sie können uns sagen, dass wir aufhören sollen |",
            ),
            table(
                "Ihre Rechte",
                "| Recht | Was es bedeutet |",
                "| Widerspruch | Wir antworten innerhalb eines Monats |",
            ),
        ),
        (
            "fr",
            table(
                "Vos droits",
                "| Droit | Ce que cela signifie |",
                "| Opposition | Vous pouvez nous demander d'arrêter |",
            ),
            table(
                "Permis de construire",
                "| Étape | Ce que cela signifie |",
                "| Opposition | Vous pouvez nous écrire avant le 1er mai |",
            ),
        ),
        (
            "nl",
            table(
                "Uw rechten",
                "| Recht | Wat het betekent |",
                "| Bezwaar | U kunt ons vragen te stoppen |",
            ),
            table(
                "Uw rechten",
                "| Recht | Wat het betekent |",
                "| Bezwaar | Wij antwoorden binnen een maand |",
            ),
        ),
    ];
    let object_row: Vec<(&str, &str, &str)> = object_row
        .iter()
        .map(|(l, m, d)| (*l, m.as_str(), d.as_str()))
        .collect();
    assert_met_and_decoy("gdpr.rights.object", &object_row, case);
    // The data removed at an event ("are removed when you leave"), and the
    // member leaving the association as the end of the period in the words
    // of de, es and pt; a removal of what is no data, and leaving with
    // nothing deleted, are none.
    let removed = [
        (
            "en",
            "## Membership\n\nYour personal data are removed when you leave the association.\n",
            "## Links\n\nBroken links are removed after 30 days.\n",
        ),
        (
            "de",
            "## Mitgliedschaft\n\nIhre personenbezogenen Daten werden gelöscht, wenn Sie den Verein verlassen.\n",
            "## Mitgliedschaft\n\nWenn Sie den Verein verlassen, erhalten Sie eine Bestätigung.\n",
        ),
        (
            "es",
            "## Socios\n\nSus datos personales se eliminan cuando deja la asociación.\n",
            "## Socios\n\nCuando deja la asociación, le enviamos un certificado.\n",
        ),
        (
            "pt",
            "## Sócios\n\nOs seus dados pessoais são apagados quando deixa a associação.\n",
            "## Sócios\n\nQuando deixa a associação, enviamos-lhe um certificado.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &removed, case);
    // The right refused under its heading with a denied modal.
    let refused = [(
        "en",
        "## Your right to object\n\nYou can object to processing based on our legitimate interests.\n",
        "## Your right to object\n\nYou cannot object to processing that the law requires.\n",
    )];
    assert_met_and_decoy("gdpr.rights.object", &refused, case);
}

/// Session 35, helper classes-f: the notice's own organisation said to be
/// part of a named body, the data "retirées" / "se retiran" / "retirados"
/// at the end of the period, the promise to tell how we delete the data, a
/// question answered "no" over an address, and the right to object refused
/// with a denied modal (docs/accuracy.md, session 35, helper classes-f).
#[test]
fn session_35_classes_f_classes() {
    let case = "session 35 classes-f";
    // The organisation the notice speaks as, part of a named body: its name
    // is the domain of the address given to contact us ("NL Design System",
    // info@nldesignsystem.nl) or a word of the notice's title; a third
    // party's tool said to be part of its company is none.
    let part_of = [
        (
            "nl",
            "## Privacyverklaring\n\nDaarom volgen we het privacybeleid van Ictu, waar Open Kestrel onderdeel van is.\n\nVragen? Neem contact op met het kernteam via info@openkestrel.nl.\n",
            "## Video's\n\nWe tonen video's van YouTube, onderdeel van Google. Vragen? Neem contact op via info@openkestrel.nl.\n",
        ),
        (
            "en",
            "# Privacy at Open Kestrel\n\nOpen Kestrel is part of the Ictu Foundation.\n",
            "## Videos\n\nWe show videos from YouTube, part of Google. Questions? Contact us at info@openkestrel.org.\n",
        ),
        (
            "de",
            "## Datenschutz\n\nWir folgen der Datenschutzerklärung der Ictu Stiftung, zu der Open Kestrel gehört.\n\nFragen? Kontaktieren Sie uns unter info@openkestrel.de.\n",
            "## Analyse\n\nGoogle Analytics ist Teil der Google Marketing Platform. Fragen? Kontaktieren Sie uns unter info@openkestrel.de.\n",
        ),
        (
            "fr",
            "## Qui sommes-nous\n\nOpen Kestrel fait partie de la Fondation Ictu. Des questions ? Écrivez-nous à info@openkestrel.fr.\n",
            "## Vidéos\n\nNous affichons des vidéos de YouTube, qui fait partie de Google. Des questions ? Contactez-nous à info@openkestrel.fr.\n",
        ),
        (
            "es",
            "## Quiénes somos\n\nOpen Kestrel forma parte de Ictu. ¿Preguntas? Escríbanos a info@openkestrel.es.\n",
            "## Vídeos\n\nMostramos vídeos de YouTube, que forma parte de Google. ¿Preguntas? Contáctenos en info@openkestrel.es.\n",
        ),
        (
            "it",
            "## Chi siamo\n\nSeguiamo l'informativa privacy della Fondazione Ictu, di cui Open Kestrel fa parte.\n\nDomande? Contattaci a info@openkestrel.it.\n",
            "## Video\n\nMostriamo video di YouTube, che fa parte di Google. Domande? Contattaci a info@openkestrel.it.\n",
        ),
        (
            "pt",
            "## Quem somos\n\nSeguimos a política de privacidade da Fundação Ictu, da qual Open Kestrel faz parte.\n\nDúvidas? Contacte-nos em info@openkestrel.pt.\n",
            "## Vídeos\n\nMostramos vídeos do YouTube, que faz parte da Google. Dúvidas? Contacte-nos em info@openkestrel.pt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &part_of, case);
    // The data "retirées" (fr), "se retiran" (es), "retirados" (pt) when the
    // member leaves: the data as the subject of the passive; consent
    // withdrawn is none.
    let withdrawn = [
        (
            "fr",
            "## Adhésion\n\nVos données personnelles sont retirées lorsque vous quittez l'association.\n",
            "## Adhésion\n\nVotre consentement est retiré lorsque vous quittez l'association.\n",
        ),
        (
            "es",
            "## Socios\n\nSus datos personales se retiran cuando deja la asociación.\n",
            "## Socios\n\nPuede retirar su consentimiento al tratamiento de sus datos cuando deja la asociación.\n",
        ),
        (
            "pt",
            "## Sócios\n\nOs seus dados pessoais são retirados quando deixa a associação.\n",
            "## Sócios\n\nO seu consentimento é retirado quando deixa a associação.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &withdrawn, case);
    // The promise to tell how we delete the data grants no erasure (de, fr,
    // it, as en already); the deletion promised still does.
    let tell_how = [
        (
            "fr",
            "## Vos données\n\nÉcrivez-nous et nous supprimerons vos données.\n",
            "## Vos données\n\nÉcrivez-nous et nous vous dirons comment nous supprimons vos données.\n",
        ),
        (
            "de",
            "## Ihre Daten\n\nSchreiben Sie uns, und wir löschen Ihre Daten.\n",
            "## Ihre Daten\n\nSchreiben Sie uns, und wir sagen Ihnen, wie wir Ihre Daten löschen.\n",
        ),
        (
            "it",
            "## I tuoi dati\n\nScrivici e cancelleremo i tuoi dati.\n",
            "## I tuoi dati\n\nScrivici e ti diremo come cancelliamo i tuoi dati.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &tell_how, case);
    // A question asking for the right answered "Nein." / "Não." and only an
    // address: the question labels no address block under it; "Ja." still
    // grants what it asks.
    let refused = [
        (
            "de",
            "## Kann ich meine Daten löschen lassen?\n\nJa. privacy@example.com\n",
            "## Kann ich meine Daten löschen lassen?\n\nNein. privacy@example.com\n",
        ),
        (
            "pt",
            "## Posso pedir que apaguem os meus dados?\n\nSim.\nprivacy@example.com\n",
            "## Posso pedir que apaguem os meus dados?\n\nNão.\nprivacy@example.com\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &refused, case);
    // The right to object refused with a denied modal, the whole sentence,
    // grants nothing; limited and then granted after a comma, it does.
    let object_refused = [
        (
            "fr",
            "## Vos droits\n\nVous ne pouvez pas vous opposer aux traitements imposés par la loi, mais vous pouvez vous opposer à tous les autres traitements.\n",
            "## Votre droit d'opposition\n\nVous ne pouvez pas vous opposer aux traitements imposés par la loi.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nNo puede oponerse a los tratamientos que exige la ley, pero puede oponerse a todos los demás.\n",
            "## Su derecho de oposición\n\nNo puede oponerse a los tratamientos que exige la ley.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nNon può opporsi ai trattamenti imposti dalla legge, ma può opporsi a tutti gli altri.\n",
            "## Il suo diritto di opposizione\n\nNon può opporsi ai trattamenti imposti dalla legge.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nNão se pode opor aos tratamentos exigidos por lei, mas pode opor-se a todos os outros.\n",
            "## O seu direito de oposição\n\nNão se pode opor aos tratamentos exigidos por lei.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können der gesetzlich vorgeschriebenen Verarbeitung nicht widersprechen, jeder anderen Verarbeitung aber jederzeit widersprechen.\n",
            "## Ihr Widerspruchsrecht\n\nSie können der gesetzlich vorgeschriebenen Verarbeitung nicht widersprechen.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt geen bezwaar maken tegen verwerking die de wet voorschrijft, maar u kunt wel bezwaar maken tegen alle andere verwerking.\n",
            "## Uw recht van bezwaar\n\nU kunt geen bezwaar maken tegen verwerking die de wet voorschrijft.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &object_refused, case);
}

#[test]
fn session_35_devdata_j_classes() {
    let case = "session 35 devdata-j";
    // 1. The site managed or operated by a name that follows an article or a
    // preposition joined with one; the same after the article said of unnamed
    // volunteers is none.
    let operated = [
        (
            "en",
            "## About this website\n\nThis website is managed by the Riverside Rowing Club.\n",
            "## About this website\n\nThis website is managed by the volunteers of our club.\n",
        ),
        (
            "nl",
            "## Over deze website\n\nDe Vespa-Watch website wordt beheerd door het [Instituut voor Natuur- en Bosonderzoek (INBO)](https://www.inbo.be).\n",
            "## Over deze website\n\nDe website wordt beheerd door de vrijwilligers van onze vereniging.\n",
        ),
        (
            "de",
            "## Über diese Website\n\nDie Website wird betrieben vom Heimatverein Musterdorf.\n",
            "## Über diese Website\n\nDie Website wird betrieben von der Geschäftsstelle unseres Vereins.\n",
        ),
        (
            "fr",
            "## À propos de ce site\n\nCe site est géré par l'Association des Amis du Marais.\n",
            "## À propos de ce site\n\nCe site est géré par les bénévoles de notre club.\n",
        ),
        (
            "es",
            "## Sobre este sitio\n\nEste sitio web está gestionado por la Asociación Vecinal de Lavapiés.\n",
            "## Sobre este sitio\n\nEste sitio web está gestionado por la junta directiva del club.\n",
        ),
        (
            "it",
            "## Informazioni sul sito\n\nIl sito è gestito dall'Associazione Amici del Parco.\n",
            "## Informazioni sul sito\n\nIl sito è gestito dai volontari della nostra associazione.\n",
        ),
        (
            "pt",
            "## Sobre este site\n\nO site é gerido pelos Amigos do Jardim Botânico.\n",
            "## Sobre este site\n\nO site é gerido pelos voluntários da nossa associação.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &operated, case);
    // 2. The correction asked for by its noun alone, with "everything we keep
    // about you" for the data; the correction of exams is no right.
    let correction = [
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos uma cópia, a correção ou a eliminação de tudo o que guardamos sobre si.\n",
            "## Exames\n\nA correção dos exames é feita pelos professores no prazo de duas semanas.\n",
        ),
        (
            "es",
            "## Tus derechos\n\nPuedes pedirnos una copia, la corrección o la eliminación de todo lo que guardamos sobre ti.\n",
            "## Exámenes\n\nLa corrección de los exámenes la hacen los profesores en dos semanas.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander une copie, la correction ou la suppression de tout ce que nous conservons sur vous.\n",
            "## Examens\n\nLa correction des copies est assurée par les enseignants sous deux semaines.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &correction, case);
    // 3. A legal-basis heading with the law in brackets or a conditional
    // aside over an item naming the ground and the interest; under a heading
    // that names the purposes too, the interest alone is no basis.
    let basis = [
        (
            "en",
            "## Legal basis (GDPR)\n\n- Server logs: legitimate interest in running and protecting the service.\n",
            "## Purposes and legal bases (GDPR)\n\n- Our legitimate interest is to protect ourselves against payment defaults.\n",
        ),
        (
            "de",
            "## Rechtsgrundlage (DSGVO)\n\n- Server-Logs: berechtigtes Interesse am sicheren Betrieb der Website.\n",
            "## Zwecke und Rechtsgrundlagen (DSGVO)\n\n- Unser berechtigtes Interesse besteht darin, uns vor Zahlungsausfällen zu schützen.\n",
        ),
        (
            "pt",
            "## Fundamento jurídico, se precisar de um (RGPD)\n\n- Registos do servidor: **interesse legítimo** em operar e proteger o serviço.\n",
            "## Finalidades e fundamentos jurídicos (RGPD)\n\n- O nosso interesse legítimo é protegermo-nos contra a falta de pagamento.\n",
        ),
        (
            "nl",
            "## Grondslag, als je die nodig hebt\n\n- Serverlogs: gerechtvaardigd belang bij het beheren en beveiligen van de dienst.\n",
            "## Doeleinden en grondslagen (AVG)\n\n- Ons gerechtvaardigd belang is ons te beschermen tegen wanbetaling.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &basis, case);
    // 4. A child's data found out in the everyday verb of noticing: a deletion
    // on discovery is no storage period; a minor's data kept while the
    // membership lasts is one.
    let child = [
        (
            "es",
            "## Menores\n\nConservamos los datos de los socios menores de edad mientras dure su inscripción en el club.\n",
            "## Niños\n\nSi nos damos cuenta de que un niño menor de 13 años nos ha proporcionado información personal sin el consentimiento de los padres, tomaremos medidas razonables para eliminar dicha información.\n",
        ),
        (
            "it",
            "## Minori\n\nConserviamo i dati dei soci minorenni finché dura la loro iscrizione al club.\n",
            "## Minori\n\nSe veniamo a sapere che un minore di 14 anni ci ha fornito dati personali senza il consenso dei genitori, li cancelleremo.\n",
        ),
        (
            "nl",
            "## Minderjarigen\n\nWe bewaren de gegevens van minderjarige leden tot één jaar na het einde van hun lidmaatschap.\n",
            "## Kinderen\n\nAls we merken dat een kind jonger dan 16 jaar ons persoonsgegevens heeft gestuurd, verwijderen we die gegevens.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &child, case);
    // 5. The service said, subjectless or by a pronoun, to be run by a named
    // person described as an individual developer ("not a company" beside
    // it); a provider named the same way and described as a company is none.
    let individual = [
        (
            "pt",
            "O Tempo Certo é uma app de horários para clubes. É gerida por Rita Almeida, uma programadora independente, não uma empresa.\n",
            "Usamos o Plausible para as estatísticas. É gerido pela Plausible Insights OÜ, uma empresa da Estónia.\n",
        ),
        (
            "en",
            "Fixture Clock is a timetable app for sports clubs. It is developed and run by Jane Doe, an independent developer, not a company.\n",
            "We use Plausible for statistics. It is run by Plausible Insights, an Estonian company.\n",
        ),
        (
            "nl",
            "Speelschema is een app met roosters voor sportclubs. Het wordt ontwikkeld door Sanne de Vries, een onafhankelijke ontwikkelaar, geen bedrijf.\n",
            "We gebruiken Plausible voor statistieken. Het wordt beheerd door Plausible Insights OÜ, een Estisch bedrijf.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &individual, case);
    // 6. A caveat that the reader may not be able to change or delete
    // something grants no erasure; the erasure asked for is one.
    let caveat = [
        (
            "en",
            "## Your rights\n\nYou may ask us to delete your personal data at any time.\n",
            "## Posts\n\nUsers may not be able to change or delete public posts once they are published.\n",
        ),
        (
            "es",
            "## Tus derechos\n\nPuedes pedirnos que eliminemos tus datos personales en cualquier momento.\n",
            "## Publicaciones\n\nEs posible que los usuarios no puedan cambiar o eliminar publicaciones públicas una vez publicadas.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &caveat, case);
}

/// Session 35, helper classes-g: three false alarms left by the session's
/// first wave (devdata-j's Left list), as met and decoy pairs.
#[test]
fn session_35_classes_g_classes() {
    let case = "session 35 classes-g";
    // 1. A caveat that the reader may not be able to delete something keeps
    // out its own clause only: a grant after "but" still reads; the same
    // caveat with something other than erasure after "but" is none.
    let caveat_and_grant = [
        (
            "en",
            "## Posts\n\nYou may not be able to delete public posts, but you can ask us to delete your personal data at any time.\n",
            "## Posts\n\nYou may not be able to delete public posts, but you can hide them from your profile.\n",
        ),
        (
            "de",
            "## Beiträge\n\nMöglicherweise können Sie öffentliche Beiträge nicht löschen, aber Sie können uns jederzeit bitten, Ihre personenbezogenen Daten zu löschen.\n",
            "## Beiträge\n\nMöglicherweise können Sie öffentliche Beiträge nicht löschen, aber Sie können sie in Ihrem Profil ausblenden.\n",
        ),
        (
            "fr",
            "## Publications\n\nIl est possible que vous ne puissiez pas supprimer vos publications publiques, mais vous pouvez nous demander à tout moment de supprimer vos données personnelles.\n",
            "## Publications\n\nIl est possible que vous ne puissiez pas supprimer vos publications publiques, mais vous pouvez les masquer de votre profil.\n",
        ),
        (
            "es",
            "## Publicaciones\n\nEs posible que no puedas eliminar las publicaciones públicas, pero puedes pedirnos en cualquier momento que eliminemos tus datos personales.\n",
            "## Publicaciones\n\nEs posible que no puedas eliminar las publicaciones públicas, pero puedes ocultarlas de tu perfil.\n",
        ),
        (
            "it",
            "## Pubblicazioni\n\nÈ possibile che tu non possa cancellare i post pubblici, ma puoi chiederci in qualsiasi momento di cancellare i tuoi dati personali.\n",
            "## Pubblicazioni\n\nÈ possibile che tu non possa cancellare i post pubblici, ma puoi nasconderli dal tuo profilo.\n",
        ),
        (
            "pt",
            "## Publicações\n\nÉ possível que não possa apagar as publicações públicas, mas pode pedir-nos a qualquer momento que apaguemos os seus dados pessoais.\n",
            "## Publicações\n\nÉ possível que não possa apagar as publicações públicas, mas pode ocultá-las do seu perfil.\n",
        ),
        (
            "nl",
            "## Berichten\n\nHet kan zijn dat u openbare berichten niet kunt verwijderen, maar u kunt ons altijd vragen uw persoonsgegevens te verwijderen.\n",
            "## Berichten\n\nHet kan zijn dat u openbare berichten niet kunt verwijderen, maar u kunt ze in uw profiel verbergen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &caveat_and_grant, case);
    // 2. The copy asked for in a list, with "everything we have about you"
    // as the data; a copy of a catalogue before a semicolon is none.
    let copy_in_a_list = [
        (
            "fr",
            "## Vos droits\n\nVous pouvez nous demander une copie, la correction ou la suppression de tout ce que nous avons sur vous.\n",
            "## Catalogue\n\nVous pouvez commander une copie du catalogue, et nous vous dirons tout ce que nous avons en stock sur vos produits.\n",
        ),
        (
            "es",
            "## Tus derechos\n\nPuedes pedirnos una copia, la corrección o la eliminación de todo lo que tengamos sobre ti.\n",
            "## Catálogo\n\nPuedes pedirnos una copia del catálogo; borramos todo lo que tenemos sobre ti al cabo de un año.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nPuoi chiederci una copia, la correzione o la cancellazione di tutto ciò che abbiamo su di te.\n",
            "## Catalogo\n\nPuoi chiederci una copia del catalogo; cancelliamo tutto ciò che abbiamo su di te dopo un anno.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir-nos uma cópia, a correção ou a eliminação de tudo o que tenhamos sobre si.\n",
            "## Catálogo\n\nPode pedir-nos uma cópia do catálogo; apagamos tudo o que temos sobre si ao fim de um ano.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons vragen om een kopie, de correctie of de verwijdering van alles wat wij over u hebben.\n",
            "## Catalogus\n\nU kunt ons vragen om een kopie van de catalogus; wij verwijderen alles wat wij over u hebben na een jaar.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &copy_in_a_list, case);
    // In French the deletion of it too; the deletion of an order is none.
    assert_met_and_decoy(
        "gdpr.rights.erasure",
        &[(
            "fr",
            "## Vos droits\n\nVous pouvez nous demander une copie, la correction ou la suppression de tout ce que nous avons sur vous.\n",
            "## Catalogue\n\nSi vous demandez la suppression de votre commande, nous gardons tout ce que nous avons sur vous pendant un an.\n",
        )],
        case,
    );
    // 3. Kept as long as the membership lasts, in Dutch; a newsletter while
    // it lasts keeps nothing.
    let membership = [
        (
            "nl",
            "## Bewaartermijn\n\nWe bewaren de gegevens van leden zolang hun lidmaatschap van de club duurt.\n",
            "## Nieuwsbrief\n\nZolang uw lidmaatschap duurt, ontvangt u onze nieuwsbrief.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nWe bewaren uw gegevens zolang uw lidmaatschap duurt.\n",
            "## Nieuwsbrief\n\nZolang hun lidmaatschap van de club duurt, krijgen leden korting in de winkel.\n",
        ),
        (
            "nl",
            "## Bewaartermijn\n\nWe bewaren de gegevens zolang het lidmaatschap van de vereniging voortduurt.\n",
            "## Nieuwsbrief\n\nZolang uw lidmaatschap duurt, ontvangt u onze nieuwsbrief.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &membership, case);
}

/// Session 35, helper classes-h: misses the session's first wave left.
#[test]
fn session_35_classes_h_classes() {
    let case = "session 35 classes-h";
    // 1. A right refused to the reader with a denied modal, the whole
    // sentence, grants nothing (the denied modal carries `grant` in six
    // languages, and the right's own heading labels any sentence); a grant
    // after a comma in the same sentence still reads.
    let erasure = [
        (
            "en",
            "## Right to erasure\n\nYou cannot delete the data we must keep by law, but you can ask us to delete the rest.\n",
            "## Right to erasure\n\nYou cannot have your data deleted.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous ne pouvez pas supprimer les données que la loi nous oblige à conserver, mais vous pouvez nous demander de supprimer les autres.\n",
            "## Vos droits\n\nVous ne pouvez pas supprimer vos données.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können Ihre Daten nicht selbst löschen, aber Sie können uns bitten, sie zu löschen.\n",
            "## Ihre Rechte\n\nSie können Ihre Daten nicht löschen lassen.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nNo puede suprimir los datos que la ley nos obliga a conservar, pero puede pedirnos que suprimamos el resto.\n",
            "## Sus derechos\n\nNo puede suprimir sus datos.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nNon può cancellare i dati che la legge ci obbliga a conservare, ma può chiederci di cancellare gli altri.\n",
            "## I suoi diritti\n\nNon può cancellare i suoi dati.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nNão pode apagar os dados que a lei nos obriga a conservar, mas pode pedir-nos que apaguemos os restantes.\n",
            "## Os seus direitos\n\nNão pode apagar os seus dados.\n",
        ),
        (
            "nl",
            "## Recht op gegevenswissing\n\nU kunt geen gegevens laten verwijderen die wij wettelijk moeten bewaren, maar u kunt ons vragen de overige te verwijderen.\n",
            "## Recht op gegevenswissing\n\nU kunt uw gegevens niet laten verwijderen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    // The other rights refused the same way.
    let refused = [
        (
            "fr",
            "## Vos droits\n\nVous ne pouvez pas accéder aux données que nous détenons sur vous.\n",
            "gdpr.rights.access",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können die Verarbeitung Ihrer Daten nicht einschränken lassen.\n",
            "gdpr.rights.restriction",
        ),
        (
            "es",
            "## Sus derechos\n\nNo puede recibir sus datos en un formato legible por máquina.\n",
            "gdpr.rights.portability",
        ),
        (
            "it",
            "## Diritto di rettifica\n\nNon può rettificare i suoi dati.\n",
            "gdpr.rights.rectification",
        ),
        (
            "pt",
            "## Os seus direitos\n\nNão pode limitar o tratamento dos seus dados.\n",
            "gdpr.rights.restriction",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt geen inzage krijgen in uw gegevens.\n",
            "gdpr.rights.access",
        ),
    ];
    for (lang, body, rule) in refused {
        assert_each(lang, body, &[rule], false, &format!("{case}: refused"));
    }
    // A passive after the denied modal refuses no right.
    let passive = [
        (
            "en",
            "## Your rights\n\nYou cannot be charged a fee for requesting access to your personal data.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nNo puede cobrarse ninguna tasa por solicitar el acceso a sus datos.\n",
        ),
    ];
    assert_all_met("gdpr.rights.access", &passive, case);
    // 2. A two-capital legal form follows a name: a Dutch postcode
    // ("3512 AB") names no company.
    let postcode = [
        (
            "nl",
            "## Contact\n\nVragen? Schrijf naar Voorbeeld BV, Postbus 1234, 3512 AB Utrecht.\n",
            "## Contact\n\nVragen? Schrijf naar Postbus 1234, 3512 AB Utrecht.\n",
        ),
        (
            "en",
            "## Contact\n\nQuestions? Write to Example SE, PO Box 1234, 3512 SE Utrecht.\n",
            "## Contact\n\nQuestions? Write to PO Box 1234, 3512 SE Utrecht.\n",
        ),
        (
            "de",
            "## Kontakt\n\nFragen? Schreiben Sie an Beispiel AG, Postbus 1234, 3512 AG Utrecht.\n",
            "## Kontakt\n\nFragen? Schreiben Sie an Postbus 1234, 3512 AG Utrecht.\n",
        ),
        (
            "fr",
            "## Contact\n\nDes questions ? Écrivez à Exemple AB, Postbus 1234, 3512 AB Utrecht.\n",
            "## Contact\n\nDes questions ? Écrivez à Postbus 1234, 3512 AB Utrecht.\n",
        ),
        (
            "es",
            "## Contacto\n\n¿Preguntas? Escriba a Ejemplo SL, Postbus 1234, 3512 SL Utrecht.\n",
            "## Contacto\n\n¿Preguntas? Escriba a Postbus 1234, 3512 SL Utrecht.\n",
        ),
        (
            "it",
            "## Contatti\n\nDomande? Scriva a Esempio AG, Postbus 1234, 3512 AG Utrecht.\n",
            "## Contatti\n\nDomande? Scriva a Postbus 1234, 3512 AG Utrecht.\n",
        ),
        (
            "pt",
            "## Contacto\n\nPerguntas? Escreva para Exemplo AB, Postbus 1234, 3512 AB Utrecht.\n",
            "## Contacto\n\nPerguntas? Escreva para Postbus 1234, 3512 AB Utrecht.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &postcode, case);
}

/// Session 36, helper devdata-k: the classes the five development policies
/// added that session showed at first sight (docs/accuracy.md).
#[test]
fn session_36_devdata_k_classes() {
    let case = "session 36 devdata-k";
    // 1. The policy's scope, the products and services operated, managed or
    // offered by a name, names the controller; the name may start with a
    // digit (es-9punto5-privacidad:7). Services of third parties or
    // partners name no one.
    let scope = [
        (
            "en",
            "This policy applies to all products and services run by 4ward.\n",
            "This policy applies to all products and services operated by 3rd parties on our behalf.\n",
        ),
        (
            "es",
            "Esta política de privacidad aplica a los servicios manejados por Nuevepunto.\n",
            "Esta política se aplica a los servicios gestionados por nuestros socios.\n",
        ),
        (
            "de",
            "Diese Datenschutzerklärung gilt für alle Apps, die von 4Wege Software angeboten werden.\n",
            "Diese Datenschutzerklärung gilt für alle Dienste, die von unseren Partnern betrieben werden.\n",
        ),
        (
            "fr",
            "Cette politique s'applique à tous les produits et services gérés par Neufpoint.\n",
            "Cette politique s'applique aux services gérés par nos partenaires.\n",
        ),
        (
            "it",
            "Questa informativa si applica ai servizi offerti da 4Strade.\n",
            "Questa informativa si applica ai servizi gestiti dai nostri partner.\n",
        ),
        (
            "pt",
            "Esta política aplica-se a todos os produtos e serviços geridos pela Novepontos, Lda.\n",
            "Esta política aplica-se aos serviços geridos pelos nossos parceiros.\n",
        ),
        (
            "nl",
            "Dit privacybeleid geldt voor alle producten en diensten die worden beheerd door Negenpunt B.V.\n",
            "Dit privacybeleid geldt voor diensten die worden beheerd door onze partners.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &scope, case);
    // 2. The objection in the calque of English "object" (es «objetar»,
    // it «obiettare», fr « objecter », de „Einwände … erheben“) with the
    // processing it is against (es-9punto5-privacidad:91); an objection to
    // the terms is none.
    let objection = [
        (
            "es",
            "## Tus derechos\n\nPuede objetar cómo o por qué se procesa su información personal.\n",
            "## Términos\n\nSi tiene alguna objeción a estos términos, no utilice el servicio.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nHai il diritto di obiettare al trattamento dei tuoi dati personali.\n",
            "## Condizioni\n\nSe hai un'obiezione a queste condizioni, non utilizzare il servizio.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous avez le droit d'objecter au traitement de vos données personnelles.\n",
            "## Conditions\n\nSi vous avez une objection à ces conditions, n'utilisez pas le service.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie haben das Recht, Einwände gegen die Verarbeitung Ihrer Daten zu erheben.\n",
            "## Rechnungen\n\nEinwände gegen eine Rechnung richten Sie bitte schriftlich an uns.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &objection, case);
    // 3. Someone other than the reader who can access the data (a server in
    // a relative clause, staff, a provider) grants no right of access, where
    // es, it and pt read the subjectless modal as the reader's
    // (es-towercollector-privacidad:20-22); the reader who can access does.
    let access = [
        (
            "es",
            "## Sus derechos\n\nPuede acceder a sus datos en cualquier momento.\n",
            "## Seguridad\n\nLa aplicación NO utiliza ningún servidor proxy que pueda acceder a sus datos durante la transmisión.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nUsted puede acceder a sus datos y saber qué terceros los reciben.\n",
            "## Seguridad\n\nSolo el personal autorizado puede acceder a sus datos.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nPuò accedere ai suoi dati in qualsiasi momento.\n",
            "## Sicurezza\n\nL'applicazione NON utilizza alcun server proxy che potrebbe accedere ai dati durante la trasmissione.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode aceder aos seus dados a qualquer momento.\n",
            "## Segurança\n\nO nosso fornecedor de alojamento pode aceder aos seus dados apenas para manutenção.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    // 4. The same for changing or deleting the data: staff or a provider
    // who can do it grants the reader no right to rectification or erasure.
    let rectification = [
        (
            "es",
            "## Sus derechos\n\nPuede modificar sus datos en cualquier momento desde su perfil.\n",
            "## Seguridad\n\nSolo el personal autorizado puede modificar sus datos.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode alterar os seus dados a qualquer momento no seu perfil.\n",
            "## Segurança\n\nApenas o pessoal autorizado pode alterar os seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.rectification", &rectification, case);
    let erasure = [
        (
            "es",
            "## Sus derechos\n\nPuede eliminar sus datos en cualquier momento.\n",
            "## Seguridad\n\nNuestro proveedor de alojamiento puede eliminar sus datos al final del contrato.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nPuò cancellare i suoi dati in qualsiasi momento.\n",
            "## Sicurezza\n\nIl fornitore può cancellare i dati al termine del contratto.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    // 5. The legal form "SpA" after a name names a company; the e-mail
    // address alone names no one.
    let spa = [
        (
            "en",
            "## Contact\n\nEsempio SpA, Via Roma 1, Milan, info@esempio.it\n",
            "## Contact\n\nWrite to us at info@esempio.it.\n",
        ),
        (
            "es",
            "## Responsable\n\nNuevepunto SpA, Avenida Providencia 100, Santiago de Chile, hola@nuevepunto.cl\n",
            "## Contacto\n\nEscríbanos a hola@nuevepunto.cl.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &spa, case);
    // 6. The scope with "of" and a company named with its legal form names
    // the controller too; the policy that does not apply to it names no one.
    let scope_of = [
        (
            "en",
            "This privacy policy applies to all services of Example Ltd.\n",
            "This privacy policy does not apply to the services of Example Ltd.\n",
        ),
        (
            "de",
            "Diese Datenschutzerklärung gilt für alle Angebote der Muster GmbH.\n",
            "Diese Datenschutzerklärung gilt nicht für die Angebote der Muster GmbH.\n",
        ),
        (
            "es",
            "Esta política se aplica a todos los servicios de Ejemplo S.L.\n",
            "Esta política no se aplica a los servicios de Ejemplo S.L.\n",
        ),
        (
            "nl",
            "Dit privacybeleid is van toepassing op alle diensten van Voorbeeld B.V.\n",
            "Dit privacybeleid is van toepassing op de diensten van onze partners.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &scope_of, case);
}

/// Session 36, helper classes-i: what session 35 left.
#[test]
fn session_36_classes_i_classes() {
    let case = "session 36 classes-i";
    // 1. A right refused in other shapes than the reader's denied modal
    // (impersonal, by the right's noun, the organisation refusing) meets no
    // right, under the rights' heading or the right's own; a caveat about
    // data the law makes us keep stays met.
    let erasure = [
        (
            "en",
            "## Right to erasure\n\nWe cannot delete data we are required by law to keep.\n",
            "## Right to erasure\n\nWe cannot delete your personal data.\n",
        ),
        (
            "fr",
            "## Droit à l'effacement\n\nNous ne pouvons pas supprimer les données que la loi nous oblige à conserver.\n",
            "## Droit à l'effacement\n\nIl n'est pas possible de supprimer vos données.\n",
        ),
        (
            "de",
            "## Recht auf Löschung\n\nEs ist nicht möglich, Ihre Daten zu löschen, solange eine Bestellung offen ist.\n",
            "## Recht auf Löschung\n\nEs ist nicht möglich, Ihre Daten zu löschen.\n",
        ),
        (
            "es",
            "## Derecho de supresión\n\nNo es posible suprimir sus datos mientras tenga un pedido abierto.\n",
            "## Derecho de supresión\n\nLa supresión no es posible.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nPuò chiederci di cancellare i suoi dati. Non possiamo cancellare i dati che la legge ci obbliga a conservare.\n",
            "## I suoi diritti\n\nNon è possibile cancellare i suoi dati.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nNão é possível apagar os seus dados por telefone, mas pode pedir-nos que os apaguemos por e-mail.\n",
            "## Direito ao apagamento\n\nNão podemos eliminar os seus dados pessoais.\n",
        ),
        (
            "nl",
            "## Recht op verwijdering\n\nWij kunnen geen gegevens verwijderen die wij wettelijk moeten bewaren.\n",
            "## Recht op verwijdering\n\nVerwijdering is niet mogelijk.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    let refused = [
        (
            "en",
            "## Right of access\n\nWe cannot give you a copy of your data.\n",
            "gdpr.rights.access",
        ),
        (
            "de",
            "## Widerspruchsrecht\n\nWir können die Verarbeitung Ihrer Daten nicht einstellen.\n",
            "gdpr.rights.object",
        ),
        (
            "fr",
            "## Droit d'opposition\n\nNous ne pouvons pas cesser de traiter vos données.\n",
            "gdpr.rights.object",
        ),
        (
            "es",
            "## Derecho de rectificación\n\nNo podemos rectificar sus datos.\n",
            "gdpr.rights.rectification",
        ),
        (
            "it",
            "## I suoi diritti\n\nNon è possibile limitare il trattamento dei suoi dati.\n",
            "gdpr.rights.restriction",
        ),
        (
            "nl",
            "## Recht op overdraagbaarheid\n\nOverdracht van uw gegevens is niet mogelijk.\n",
            "gdpr.rights.portability",
        ),
    ];
    for (lang, body, rule) in refused {
        assert_each(lang, body, &[rule], false, &format!("{case}: refused"));
    }
    // 2. A refusal and a grant joined with no comma: the grant after the
    // joining word reads; joined by "or" the refusal covers both. A caveat
    // with an aside between commas is a caveat.
    let joined = [
        (
            "en",
            "## Your rights\n\nYou cannot delete public posts but you can ask us to delete your personal data at any time.\n",
            "## Your rights\n\nYou cannot delete public posts or ask us to delete them.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous ne pouvez pas supprimer les données que nous devons conserver mais vous pouvez nous demander de supprimer vos autres données à tout moment.\n",
            "## Vos droits\n\nVous ne pouvez pas supprimer les publications publiques ni nous demander de les supprimer.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nNo puedes eliminar las publicaciones públicas pero puedes pedirnos que eliminemos tus datos personales en cualquier momento.\n",
            "## Sus derechos\n\nEs posible que, en algunos casos, no puedas eliminar las publicaciones públicas.\n",
        ),
        (
            "de",
            "## Ihre Rechte\n\nSie können öffentliche Beiträge nicht selbst löschen aber Sie können jederzeit die Löschung Ihrer personenbezogenen Daten verlangen.\n",
            "## Ihre Rechte\n\nMöglicherweise, etwa bei geteilten Beiträgen, können Sie diese nicht löschen.\n",
        ),
        (
            "it",
            "## I tuoi diritti\n\nNon puoi cancellare i post pubblici ma puoi chiederci di cancellare i tuoi dati personali in qualsiasi momento.\n",
            "## I tuoi diritti\n\nNon puoi cancellare i post pubblici né chiederci di cancellarli.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nNão pode apagar as publicações públicas mas pode pedir-nos que apaguemos os seus dados pessoais a qualquer momento.\n",
            "## Os seus direitos\n\nNão pode apagar as publicações públicas nem pedir-nos que as apaguemos.\n",
        ),
        (
            "nl",
            "## Jouw rechten\n\nJe kunt openbare berichten niet verwijderen maar je kunt ons altijd vragen je persoonsgegevens te verwijderen.\n",
            "## Jouw rechten\n\nJe kunt openbare berichten niet verwijderen of ons vragen ze te verwijderen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &joined, case);
    let aside = "## Your rights\n\nYou may, in some cases, not be able to delete public posts.\n";
    assert_each("en", aside, &["gdpr.rights.erasure"], false, case);
    let both = "## Ihre Rechte\n\nSie können öffentliche Beiträge nicht löschen oder uns bitten, sie zu löschen.\n";
    assert_each("de", both, &["gdpr.rights.erasure"], false, case);
    // 3. A postcode after a country prefix is no legal form; a copy of
    // everything we process about you is access.
    let postcode = [
        (
            "en",
            "## Contact\n\nQuestions? Write to Example AB, Postbus 1234, NL-3512 AB Utrecht.\n",
            "## Contact\n\nQuestions? Write to Postbus 1234, NL-3512 AB Utrecht.\n",
        ),
        (
            "nl",
            "## Contact\n\nVragen? Schrijf naar Example BV, Postbus 1234, NL-3512 AB Utrecht.\n",
            "## Contact\n\nVragen? Schrijf naar Postbus 1234, NL-3512 BV Utrecht.\n",
        ),
        (
            "de",
            "## Kontakt\n\nFragen? Schreiben Sie an Example AB, Postbus 1234, NL-3512 AB Utrecht.\n",
            "## Kontakt\n\nFragen? Schreiben Sie an Postbus 1234, NL-3512 AG Utrecht.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &postcode, case);
    let copy = [
        (
            "en",
            "## Your rights\n\nYou can ask us for a copy, a correction or the deletion of everything we process about you.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez demander une copie de tout ce que nous traitons à votre sujet.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede solicitar una copia de todo lo que tratamos sobre usted.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nPuò chiederci una copia, la rettifica o la cancellazione di tutto ciò che trattiamo su di lei.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir uma cópia de tudo o que tratamos sobre si.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt ons om een kopie, correctie of verwijdering vragen van alles wat wij over u verwerken.\n",
        ),
    ];
    assert_all_met("gdpr.rights.access", &copy, case);
    let catalogue = "## Your rights\n\nYou can ask us for a copy of our catalogue; we delete everything we process about you after one year.\n";
    assert_each("en", catalogue, &["gdpr.rights.access"], false, case);
    let katalog = "## Ihre Rechte\n\nSie können eine Kopie unseres Katalogs verlangen; alles, was wir über Sie verarbeiten, löschen wir nach einem Jahr.\n";
    assert_each("de", katalog, &["gdpr.rights.access"], false, case);
    // 4. The one who maintains "it" under a heading about third-party code
    // is the library's author, not the controller (`!library@heading`).
    let library = [
        (
            "en",
            "## About this app\n\nThe app shows maps of hiking trails. It is maintained by Jane Doe, an independent developer.\n",
            "## Third-party libraries\n\nThe app uses the open-source map library Leaflet. It is maintained by Jane Doe, an independent developer.\n",
        ),
        (
            "fr",
            "## À propos de l'application\n\nL'application affiche des sentiers de randonnée. Elle est maintenue par Jeanne Dupont, une développeuse indépendante.\n",
            "## Bibliothèques tierces\n\nL'application utilise la bibliothèque de cartes Leaflet. Elle est maintenue par Jeanne Dupont, une développeuse indépendante.\n",
        ),
        (
            "nl",
            "## Over de app\n\nDe app toont wandelroutes. Deze wordt onderhouden door Jan Jansen, een onafhankelijke ontwikkelaar.\n",
            "## Bibliotheken van derden\n\nDe app gebruikt de kaartbibliotheek Leaflet. Deze wordt onderhouden door Jan Jansen, een onafhankelijke ontwikkelaar.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &library, case);
}

/// Session 37, helper classes-j: someone other than the reader named by any
/// noun who can see, change or delete the data; erasure refused for the
/// account; the policy's scope read as recipients, and the scope "of" a
/// name with no legal form (`docs/accuracy.md`, session 37, classes-j).
#[test]
fn session_37_classes_j_classes() {
    let case = "session 37 classes-j";
    // 1. In es, it and pt the modal without a subject is the reader's: a
    // subject named at the statement's start by any noun is someone else
    // (`other_subject`); the reader named there (`reader_subject`), a
    // complement clause and a grant after a comma are met.
    let access = [
        (
            "es",
            "## Sus derechos\n\nLe informamos de que puede acceder a sus datos en cualquier momento.\n",
            "## Sus derechos\n\nEl banco puede acceder a sus datos de pago.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nEl banco puede acceder a sus datos de pago, y usted puede acceder a sus datos en cualquier momento.\n",
            "## Sus derechos\n\nSu empleador podrá consultar sus datos.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nLe ricordiamo che può accedere ai suoi dati in qualsiasi momento.\n",
            "## I suoi diritti\n\nLa banca può accedere ai suoi dati di pagamento.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nL'utente può accedere ai suoi dati in qualsiasi momento.\n",
            "## I suoi diritti\n\nIl suo datore di lavoro può consultare i suoi dati.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nInformamos que pode aceder aos seus dados a qualquer momento.\n",
            "## Os seus direitos\n\nO banco pode aceder aos seus dados de pagamento.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nA qualquer momento pode aceder aos seus dados.\n",
            "## Os seus direitos\n\nA sua entidade empregadora pode consultar os seus dados.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let erasure = [
        (
            "es",
            "## Sus derechos\n\nEl usuario puede eliminar sus datos en cualquier momento.\n",
            "## Sus derechos\n\nEl banco puede eliminar sus datos de pago.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nL'utente può cancellare i suoi dati in qualsiasi momento.\n",
            "## I suoi diritti\n\nLa banca può cancellare i suoi dati di pagamento.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nO utilizador pode apagar os seus dados a qualquer momento.\n",
            "## Os seus direitos\n\nO banco pode apagar os seus dados de pagamento.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    // 2. Erasure refused for the account is no erasure offered, also under
    // the right's own heading; a caveat with a condition stays met.
    let account = [
        (
            "en",
            "## Right to erasure\n\nYour account cannot be deleted while you have an open order.\n",
            "## Right to erasure\n\nWe cannot delete your account.\n",
        ),
        (
            "de",
            "## Recht auf Löschung\n\nIhr Konto kann nicht gelöscht werden, solange eine Bestellung offen ist.\n",
            "## Recht auf Löschung\n\nKonten können nicht gelöscht werden.\n",
        ),
        (
            "fr",
            "## Droit à l'effacement\n\nVotre compte ne peut pas être supprimé tant qu'une commande est en cours.\n",
            "## Droit à l'effacement\n\nLa suppression n'est pas possible pour des raisons techniques.\n",
        ),
        (
            "es",
            "## Derecho de supresión\n\nSu cuenta no se puede eliminar mientras tenga un pedido abierto.\n",
            "## Derecho de supresión\n\nNo podemos eliminar su cuenta.\n",
        ),
        (
            "it",
            "## Diritto alla cancellazione\n\nIl suo account non può essere cancellato finché ha un ordine aperto.\n",
            "## Diritto alla cancellazione\n\nGli account non possono essere cancellati.\n",
        ),
        (
            "pt",
            "## Direito ao apagamento\n\nA sua conta não pode ser apagada enquanto tiver uma encomenda em aberto.\n",
            "## Direito ao apagamento\n\nA sua conta não pode ser apagada.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nAccounts kunnen niet worden verwijderd. U kunt ons wel altijd vragen uw persoonsgegevens te verwijderen.\n",
            "## Recht op verwijdering\n\nVerwijdering is om technische redenen niet mogelijk.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.erasure", &account, case);
    // 3. The policy's scope sentence names no recipient (de "Dienste der",
    // pt "serviços da"), and the German scope operated by a name names the
    // controller.
    let scope = [
        (
            "de",
            "## Empfänger\n\nDiese Datenschutzerklärung gilt für alle Dienste der Neunpunkt GmbH. Wir nutzen Dienste der Hetzner Online GmbH für das Hosting.\n",
            "## Geltungsbereich\n\nDiese Datenschutzerklärung gilt für alle Dienste der Neunpunkt GmbH.\n",
        ),
        (
            "pt",
            "## Destinatários\n\nEsta política aplica-se a todos os serviços da Exemplo Lda. Os seus dados são alojados nos servidores da Hetzner Online GmbH, na Alemanha.\n",
            "## Âmbito\n\nEsta política aplica-se a todos os serviços da Exemplo Lda.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &scope, case);
    let operated = [
        (
            "de",
            "## Geltungsbereich\n\nDiese Datenschutzerklärung gilt für alle Produkte und Dienste, die von der Neunpunkt GmbH betrieben werden.\n",
            "## Geltungsbereich\n\nDiese Datenschutzerklärung gilt für alle Dienste, die von Drittanbietern betrieben werden.\n",
        ),
        // 4. The scope "of" a name that ends the sentence, no legal form.
        (
            "en",
            "## Scope\n\nThis policy covers the services of Example.\n",
            "## Scope\n\nThis policy applies to all services of Google that we embed.\n",
        ),
        (
            "de",
            "## Geltungsbereich\n\nDiese Datenschutzerklärung gilt für alle Dienste von Neunpunkt.\n",
            "## Geltungsbereich\n\nDiese Datenschutzerklärung gilt nicht für Dienste von Google.\n",
        ),
        (
            "fr",
            "## Champ d'application\n\nCette politique s'applique à tous les services de Neufpoint.\n",
            "## Champ d'application\n\nCette politique ne s'applique pas aux services de Google.\n",
        ),
        (
            "es",
            "## Ámbito\n\nEsta política se aplica a todos los servicios de Nuevepunto.\n",
            "## Ámbito\n\nEsta política no se aplica a los servicios de Google.\n",
        ),
        (
            "it",
            "## Ambito\n\nLa presente informativa si applica a tutti i servizi di Novepunti.\n",
            "## Ambito\n\nLa presente informativa non si applica ai servizi di Google.\n",
        ),
        (
            "pt",
            "## Âmbito\n\nEsta política aplica-se a todos os serviços da Novepontos.\n",
            "## Âmbito\n\nEsta política aplica-se a todos os serviços dos nossos parceiros.\n",
        ),
        (
            "nl",
            "## Reikwijdte\n\nDit privacybeleid geldt voor alle diensten van Negenpunt.\n",
            "## Reikwijdte\n\nDit privacybeleid geldt niet voor diensten van Google.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &operated, case);
}

/// A question in the reader's voice run in as bold before its answer
/// ("**Can I see my data?** Yes. …") is read as a question heading over its
/// answer is: a "yes" or a how-to answer grants what it asks, a "no" grants
/// nothing. A question not in the reader's voice ("**How long?**") stays a
/// run-in label whose answer is its value (session 37, the lead).
#[test]
fn session_37_lead_classes() {
    let case = "session 37 lead";
    let access = [
        (
            "en",
            "## Questions\n\n**Can I see the data you hold about me?** Yes. Write to privacy@example.org and we will send you a copy.\n",
            "## Questions\n\n**Can I see the data you hold about me?** No. We keep no data about you.\n",
        ),
        (
            "de",
            "## Fragen\n\n**Kann ich meine Daten einsehen?** Ja. Schreiben Sie an datenschutz@example.org.\n",
            "## Fragen\n\n**Kann ich meine Daten einsehen?** Nein. Wir speichern keine Daten.\n",
        ),
        (
            "fr",
            "## Questions\n\n**Puis-je accéder à mes données ?** Oui, écrivez à privacy@example.org.\n",
            "## Questions\n\n**Puis-je accéder à mes données ?** Non, nous ne gardons aucune donnée.\n",
        ),
        (
            "es",
            "## Preguntas\n\n**¿Puedo acceder a mis datos?** Sí, escríbanos a privacidad@example.org.\n",
            "## Preguntas\n\n**¿Puedo acceder a mis datos?** No, no guardamos ningún dato.\n",
        ),
        (
            "it",
            "## Domande\n\n**Posso accedere ai miei dati?** Sì, scrivi a privacy@example.org.\n",
            "## Domande\n\n**Posso accedere ai miei dati?** No, non conserviamo alcun dato.\n",
        ),
        (
            "pt",
            "## Perguntas\n\n**Posso aceder aos meus dados?** Sim, escreva para privacidade@example.org.\n",
            "## Perguntas\n\n**Posso aceder aos meus dados?** Não, não guardamos quaisquer dados.\n",
        ),
        (
            "nl",
            "## Vragen\n\n**Kan ik mijn gegevens inzien?** Ja, mail naar privacy@example.org.\n",
            "## Vragen\n\n**Kan ik mijn gegevens inzien?** Nee, wij bewaren geen gegevens.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let erasure = [(
        "en",
        "## Questions\n\n- **Can I have my data deleted?** Yes: email privacy@example.org.\n",
        "## Questions\n\n- **Can I delete my account?** No, but you can deactivate it.\n",
    )];
    assert_met_and_decoy("gdpr.rights.erasure", &erasure, case);
    // Not in the reader's voice: the answer is the label's value.
    assert_each(
        "en",
        "## Your member data\n\n**How long?** During your membership, then three years after you leave.\n",
        &["gdpr.retention"],
        true,
        case,
    );
}

/// Session 37, helper devdata-l: what three new development policies
/// showed at first sight (docs/accuracy.md, session 37, helper devdata-l).
#[test]
fn session_37_devdata_l_classes() {
    let case = "session 37 devdata-l";
    // 1. The app the notice is about, defined by a copula as developed,
    // created or maintained by a name (es-signifer-privacidad:7): the one
    // who publishes a one-person app is its controller. An app that uses a
    // library developed by that name names no controller.
    let developer = [
        (
            "en",
            "Tally is a small open-source app for counting votes developed by Ana Costa.\n",
            "Tally is an app that uses the Chart library developed by Ana Costa.\n",
        ),
        (
            "es",
            "Contador es una aplicación libre para contar votos creada por Ana Costa.\n",
            "Contador es una aplicación que usa la biblioteca Chart creada por Ana Costa.\n",
        ),
        (
            "it",
            "Contatore è un'app libera per contare i voti sviluppata da Anna Costa.\n",
            "Contatore è un'app che usa la libreria Chart sviluppata da Anna Costa.\n",
        ),
        (
            "pt",
            "O Contador é uma aplicação livre para contar votos desenvolvida por Ana Costa.\n",
            "O Contador é uma aplicação que usa a biblioteca Chart desenvolvida por Ana Costa.\n",
        ),
        (
            "fr",
            "Compteur est une application libre pour compter les votes développée par Anne Costa.\n",
            "Compteur est une application qui utilise la bibliothèque Chart développée par Anne Costa.\n",
        ),
        (
            "nl",
            "Teller is een vrije app om stemmen te tellen, ontwikkeld door Anna de Vries.\n",
            "Teller is een app die de bibliotheek Chart gebruikt ontwikkeld door Anna de Vries.\n",
        ),
        (
            "de",
            "Zähler ist eine freie App zum Zählen von Stimmen, entwickelt von Anna Kramer.\n",
            "Zähler ist eine App, die die Bibliothek Chart nutzt, entwickelt von Anna Kramer.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &developer, case);
    // 2. The objection said with a pronoun for the processing of the data
    // named before in the sentence (it-agid-peppol-informativa:155-158,
    // "il diritto di opporvisi"); the pronoun for a medical treatment, a fee
    // or an order is none.
    let pronoun = [
        (
            "en",
            "## Your rights\n\nYou can ask us to restrict the processing of your personal data or object to it.\n",
            "## Fees\n\nWe charge a fee for processing your order; you can object to it within 14 days.\n",
        ),
        (
            "es",
            "## Sus derechos\n\nPuede pedir que limitemos el tratamiento de sus datos u oponerse a él.\n",
            "## Tratamientos\n\nSi no está de acuerdo con el tratamiento dental propuesto, puede oponerse a él.\n",
        ),
        (
            "it",
            "## I suoi diritti\n\nPuò chiedere la limitazione del trattamento dei suoi dati o opporvisi.\n",
            "## Cure\n\nSe non è d'accordo con il trattamento medico proposto, può opporvisi.\n",
        ),
        (
            "pt",
            "## Os seus direitos\n\nPode pedir a limitação do tratamento dos seus dados ou opor-se a ele.\n",
            "## Tratamentos\n\nSe discordar do tratamento proposto pelo dentista, pode opor-se a ele.\n",
        ),
        (
            "fr",
            "## Vos droits\n\nVous pouvez demander que le traitement de vos données soit limité ou vous y opposer.\n",
            "## Tarifs\n\nLe traitement de votre commande est payant ; vous pouvez vous y opposer.\n",
        ),
        (
            "nl",
            "## Uw rechten\n\nU kunt vragen de verwerking van uw gegevens te beperken of u ertegen verzetten.\n",
            "## Kosten\n\nDe verwerking van uw bestelling kost vijf euro; u kunt zich ertegen verzetten.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.object", &pronoun, case);
    // 3. The same app named by a demonstrative or "our" and said in the
    // passive to be developed by a name (found by probing 1); the app's
    // maps developed by a third party name no controller.
    let passive = [
        (
            "en",
            "This app was developed by Ana Costa.\n",
            "This app uses maps that were developed by Ana Costa.\n",
        ),
        (
            "es",
            "Esta aplicación ha sido creada por Ana Costa.\n",
            "Esta aplicación usa mapas que fueron creados por Ana Costa.\n",
        ),
        (
            "it",
            "Questa applicazione è stata creata da Anna Costa.\n",
            "Questa applicazione usa mappe che sono state create da Anna Costa.\n",
        ),
        (
            "pt",
            "Esta aplicação foi criada por Ana Costa.\n",
            "Esta aplicação usa mapas que foram criados por Ana Costa.\n",
        ),
        (
            "fr",
            "Cette application a été créée par Anne Costa.\n",
            "Cette application utilise des cartes qui ont été créées par Anne Costa.\n",
        ),
        (
            "nl",
            "Deze app is gemaakt door Anna de Vries.\n",
            "Deze app gebruikt kaarten die zijn gemaakt door Anna de Vries.\n",
        ),
        (
            "de",
            "Diese App wurde von Anna Kramer erstellt.\n",
            "Diese App nutzt Karten, die von Anna Kramer erstellt wurden.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &passive, case);
}

/// Session 37, helper devdata-m: the classes of three new development
/// policies (en-muntashirakon-appmanager, de-aloth-judgegpt,
/// fr-fabmob-tracemob); see docs/accuracy.md.
#[test]
fn session_37_devdata_m_classes() {
    let case = "session 37 devdata-m";
    // 1. The controller named as the subject with no article
    // (fr-fabmob-tracemob:89); a third party or any user said to be
    // responsible names no one.
    let no_article = [
        (
            "fr",
            "La Fabrique des Mobilités est responsable de traitement des données des utilisateurs.\n",
            "Chaque site tiers est responsable de traitement des données qu'il collecte.\n",
        ),
        (
            "en",
            "The Riverside Rowing Club is controller of the members' data.\n",
            "Each user is controller of the data they upload to shared boards.\n",
        ),
        (
            "de",
            "Der Radverein Köln ist verantwortlich für die Verarbeitung der Daten der Mitglieder.\n",
            "Jeder Nutzer ist verantwortlich für die Verarbeitung der Daten, die er hochlädt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &no_article, case);
    // 2. The legal basis named as the contractual relationship
    // (fr-fabmob-tracemob:91), after a word of basis; the relationship's
    // duration is no basis.
    let relationship = [
        (
            "fr",
            "La base légale qui fonde le traitement de vos données est la relation contractuelle.\n",
            "Nous traitons vos données pendant toute la durée de la relation contractuelle.\n",
        ),
        (
            "en",
            "The legal basis for processing your personal data is our contractual relationship with you.\n",
            "We process your data for the duration of the contractual relationship.\n",
        ),
        (
            "de",
            "Rechtsgrundlage der Verarbeitung Ihrer Daten ist das Vertragsverhältnis mit Ihnen.\n",
            "Wir verarbeiten Ihre Daten für die Dauer des Vertragsverhältnisses.\n",
        ),
        (
            "it",
            "La base giuridica del trattamento dei suoi dati è il rapporto contrattuale con lei.\n",
            "Trattiamo i suoi dati per tutta la durata del rapporto contrattuale.\n",
        ),
        (
            "nl",
            "De rechtsgrond voor de verwerking van uw gegevens is de contractuele relatie met u.\n",
            "Wij verwerken uw gegevens zolang de contractuele relatie duurt.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.legal-basis", &relationship, case);
    // 3. The right of access as „auf … Daten/Informationen zuzugreifen“
    // (de-aloth-judgegpt:49); staff who can get at the data is no right.
    let zugreifen = [(
        "de",
        "## Ihre Rechte\n\nSie haben das Recht, auf die Informationen zuzugreifen, die wir über Sie gespeichert haben.\n",
        "Nur unsere Mitarbeiter können auf Ihre Daten zugreifen.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &zugreifen, case);
    // 4. The data stored with processors described by adjectives, and the
    // German „Datenverarbeiter“ (de-aloth-judgegpt:35-36).
    let processors = [
        (
            "en",
            "All information you give us is stored on secure servers, both within the EEA and only with GDPR-compliant international data processors.\n",
            "We have stored your preferences with care.\n",
        ),
        (
            "de",
            "Ihre Daten werden auf sicheren Servern gespeichert, innerhalb des EWR und nur bei DSGVO-konformen Datenverarbeitern.\n",
            "Wir setzen keine externen Datenverarbeiter ein; alle Daten bleiben auf unserem eigenen Server.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.recipients", &processors, case);
    // 5. The maintainer or developer of the app named as a person
    // (en-muntashirakon-appmanager:105-109); a maintainer with no name
    // names no one.
    let maintainer = [
        (
            "en",
            "The maintainer of this app is Jane Doe (jane@example.org).\n",
            "The maintainer of this app is a volunteer.\n",
        ),
        (
            "de",
            "Der Entwickler dieser App ist Max Mustermann (max@example.org).\n",
            "Der Entwickler dieser App ist ein Freiwilliger.\n",
        ),
        (
            "fr",
            "Le développeur de cette application est Jean Dupont (jean@example.org).\n",
            "Le développeur de cette application est un bénévole.\n",
        ),
        (
            "es",
            "El desarrollador de esta aplicación es Juan Pérez (juan@example.org).\n",
            "El desarrollador de esta aplicación es un voluntario.\n",
        ),
        (
            "it",
            "Lo sviluppatore di questa app è Mario Rossi (mario@example.org).\n",
            "Lo sviluppatore di questa app è un volontario.\n",
        ),
        (
            "pt",
            "O programador desta aplicação é João Silva (joao@example.org).\n",
            "O programador desta aplicação é um voluntário.\n",
        ),
        (
            "nl",
            "De ontwikkelaar van deze app is Jan Jansen (jan@example.org).\n",
            "De ontwikkelaar van deze app is een vrijwilliger.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &maintainer, case);
    // 6. The reader's time limit to ask for the erasure is no retention
    // period (de-aloth-judgegpt:45); a deletion period of the organisation
    // is one.
    let window = [
        (
            "en",
            "We delete your data one year after the end of the study.\n",
            "You can request the deletion of your data by email within one year after the end of the study.\n",
        ),
        (
            "de",
            "Wir löschen Ihre Daten drei Monate nach Abschluss der Studie.\n",
            "## Löschen von Daten\n\nSie können die Löschung Ihrer Daten innerhalb eines Jahres nach Abschluss der Studie per E-Mail an studie@example.org beantragen.\n",
        ),
        (
            "es",
            "Suprimimos sus datos un año después del final del estudio.\n",
            "Puede solicitar la supresión de sus datos por correo electrónico en el plazo de un año tras el final del estudio.\n",
        ),
        (
            "it",
            "Cancelliamo i suoi dati un anno dopo la fine dello studio.\n",
            "Può richiedere la cancellazione dei suoi dati via e-mail entro un anno dalla fine dello studio.\n",
        ),
        (
            "pt",
            "Apagamos os seus dados um ano após o fim do estudo.\n",
            "Pode solicitar o apagamento dos seus dados por e-mail no prazo de um ano após o fim do estudo.\n",
        ),
        (
            "nl",
            "Wij verwijderen uw gegevens een jaar na afloop van het onderzoek.\n",
            "U kunt binnen een jaar na afloop van het onderzoek per e-mail om verwijdering van uw gegevens vragen.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &window, case);
    // 7. Kept "as long as necessary or permitted by law" is no retention
    // period (de-aloth-judgegpt:37); as long as the law requires is one.
    let permitted = [
        (
            "de",
            "Wir speichern Ihre Rechnungen so lange, wie es gesetzlich vorgeschrieben ist.\n",
            "Wir werden persönliche Informationen so lange aufbewahren, wie es notwendig oder gesetzlich erlaubt ist.\n",
        ),
        (
            "fr",
            "Nous conservons vos factures aussi longtemps que la loi nous y oblige.\n",
            "Nous conserverons les informations personnelles aussi longtemps que nécessaire ou autorisé par la loi.\n",
        ),
        (
            "nl",
            "Wij bewaren uw facturen zolang de wet dat voorschrijft.\n",
            "Wij bewaren persoonlijke informatie zo lang als nodig of wettelijk toegestaan.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &permitted, case);
    // 8. A person's name as the whole value of a "**Name:**" field names
    // the controller (en-muntashirakon-appmanager:107); a field describing
    // what is collected, or under a heading about the DPO or cookies, does not.
    let name_field = [
        (
            "en",
            "## Contact\n\n**Name:** Jane Doe\n\n**Email:** jane@example.org\n",
            "## Data protection officer\n\n**Name:** Jane Doe\n\n**Email:** dpo@example.org\n",
        ),
        (
            "en",
            "## Project Maintainers\n\n1. **Name:** Jane Doe\n\n   **Email:** jane [at] example [dot] org\n",
            "## Cookies we use\n\n**Name:** Session Cookie\n\n**Expiry:** when you close the browser\n",
        ),
        (
            "de",
            "## Kontakt\n\n**Name:** Max Mustermann\n\n**E-Mail:** max@example.org\n",
            "## Welche Daten wir erheben\n\n**Name:** Ihr Vor- und Nachname\n\n**E-Mail:** Ihre Adresse\n",
        ),
        (
            "fr",
            "## Contact\n\n**Nom :** Jean Dupont\n\n**E-mail :** jean@example.org\n",
            "## Données collectées\n\n**Nom :** vos nom et prénom\n\n**E-mail :** votre adresse\n",
        ),
        (
            "nl",
            "## Contact\n\n**Naam:** Jan Jansen\n\n**E-mail:** jan@example.org\n",
            "## Welke gegevens\n\n**Naam:** uw voor- en achternaam\n\n**E-mail:** uw adres\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &name_field, case);
}

/// Session 37, helper classes-k: the false alarms the session's helpers
/// left (docs/accuracy.md, session 37, helper classes-k). Rights said to
/// include a right "but not limited to" it grant it, the "not" denying
/// nothing, unless the rights are the organisation's; the law said to
/// give the reader rights in French and Italian (« La loi vous donne
/// plusieurs droits, notamment le droit d'accéder … ») grants the right
/// named after it; the answers a reader gives are data a retention
/// sentence keeps, the verb "answer" none; the processing stopped while
/// something is checked is the restriction in en, fr and nl.
#[test]
fn session_37_classes_k_classes() {
    let case = "session 37 classes-k";
    let access = [
        (
            "en",
            "## General\n\nYou have several rights, including, but not limited to, the right to access your personal data.\n",
            "## General\n\nWe reserve certain rights, including, but not limited to, the right to access your account to investigate abuse.\n",
        ),
        (
            "fr",
            "## Général\n\nLa loi vous donne plusieurs droits sur vos données, notamment le droit d'accéder aux informations que nous détenons à votre sujet.\n",
            "## Général\n\nVotre abonnement vous donne le droit d'accéder à nos contenus premium.\n",
        ),
        (
            "it",
            "## Generale\n\nLa legge ti riconosce diversi diritti, tra cui il diritto di accedere alle informazioni che conserviamo su di te.\n",
            "## Generale\n\nL'abbonamento ti dà il diritto di accedere ai contenuti premium.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.access", &access, case);
    let retention = [
        (
            "en",
            "## Surveys\n\nWe keep your answers for two years.\n",
            "## Surveys\n\nWe answer your questions within one month.\n",
        ),
        (
            "de",
            "## Umfragen\n\nWir löschen Ihre Antworten drei Monate nach Abschluss der Studie.\n",
            "## Umfragen\n\nWir antworten Ihnen innerhalb eines Monats.\n",
        ),
        (
            "fr",
            "## Enquêtes\n\nNous conservons vos réponses pendant deux ans.\n",
            "## Enquêtes\n\nNous vous envoyons une réponse sous un mois.\n",
        ),
        (
            "es",
            "## Encuestas\n\nConservamos sus respuestas durante dos años.\n",
            "## Encuestas\n\nLe daremos una respuesta en el plazo de un mes.\n",
        ),
        (
            "it",
            "## Sondaggi\n\nConserviamo le tue risposte per due anni.\n",
            "## Sondaggi\n\nRiceverai una risposta entro un mese.\n",
        ),
        (
            "pt",
            "## Inquéritos\n\nConservamos as suas respostas durante dois anos.\n",
            "## Inquéritos\n\nReceberá uma resposta no prazo de um mês.\n",
        ),
        (
            "nl",
            "## Enquêtes\n\nWe bewaren je antwoorden twee jaar.\n",
            "## Enquêtes\n\nWij antwoorden binnen een maand.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    let restriction = [
        (
            "en",
            "## General\n\nYou can ask us to stop processing your data while we check a complaint.\n",
            "## General\n\nYou can ask us to stop processing your data for marketing.\n",
        ),
        (
            "fr",
            "## Général\n\nVous pouvez nous demander d'arrêter de traiter vos données pendant que nous vérifions une réclamation.\n",
            "## Général\n\nVous pouvez nous demander d'arrêter de traiter vos données à des fins de prospection.\n",
        ),
        (
            "nl",
            "## Algemeen\n\nU kunt ons vragen de verwerking van uw gegevens stop te zetten terwijl wij een klacht onderzoeken.\n",
            "## Algemeen\n\nU kunt ons vragen de verwerking van uw gegevens voor marketing stop te zetten.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.restriction", &restriction, case);
}

/// Session 38, helper devdata-n: the classes of its three development
/// policies (docs/accuracy.md).
#[test]
fn session_38_devdata_n_classes() {
    let case = "session 38 devdata-n";
    // 1. The notice said in its opening to be the privacy notice for or of a
    // name (en-sevenoaks-saxes-privacy:5, "This is the privacy notice for
    // Sevenoaks Saxes."): the one whose notice it is, is its controller. A
    // notice for readers, for our website or for a named website names no
    // one.
    let owner = [
        (
            "en",
            "This is the privacy notice for the Riverside Ramblers.\n",
            "This is the privacy notice for the Riverside Ramblers website.\n",
        ),
        (
            "de",
            "Dies ist die Datenschutzerklärung des Wandervereins Rheinblick.\n",
            "Dies ist die Datenschutzerklärung für Mitglieder.\n",
        ),
        (
            "fr",
            "Voici la politique de confidentialité de l'association Les Marcheurs du Rhin.\n",
            "Voici la politique de confidentialité de notre site internet.\n",
        ),
        (
            "es",
            "Esta es la política de privacidad del Club Senderista Ribera.\n",
            "Esta es la política de privacidad de nuestro sitio web.\n",
        ),
        (
            "it",
            "Questa è l'informativa privacy del Gruppo Escursionisti Valle Verde.\n",
            "Questa è l'informativa privacy del nostro sito.\n",
        ),
        (
            "pt",
            "Esta é a política de privacidade do Grupo de Caminhadas Ribeira.\n",
            "Esta é a política de privacidade do nosso site.\n",
        ),
        (
            "nl",
            "Dit is de privacyverklaring van stichting De Rijnwandelaars.\n",
            "Dit is de privacyverklaring van onze website.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.controller.identity", &owner, case);
    // 2. Information about one's life and data about oneself in an abstract
    // definition of privacy (pt-ufscar-planner-privacidade:6) is no right of
    // access; information about the processing of the reader's data is.
    let abstract_privacy = [(
        "pt",
        "## Direitos\n\nPode pedir informações sobre o tratamento dos seus dados pessoais.\n",
        "## Do direito à privacidade\n\nA privacidade é um direito de todo indivíduo e consiste em controlar a exposição de informações sobre sua vida pessoal, sua intimidade, bem como a disponibilidade de dados sobre si mesmo.\n",
    )];
    assert_met_and_decoy("gdpr.rights.access", &abstract_privacy, case);
}

/// Session 38, helper devdata-o: the classes the first sight of three new
/// development policies showed (de-pareto-datenschutz,
/// nl-vubdivingcenter-privacybeleid).
#[test]
fn session_38_devdata_o_classes() {
    let case = "session 38 devdata-o";
    // 1. The controller responsible for the "Datenbearbeitung" or the
    // "Bearbeitung" of the reader's "Personendaten", the Swiss law's words
    // for processing (revDSG Art. 5; de-pareto-datenschutz:7); the one
    // responsible for handling a request is none.
    let swiss = [(
        "de",
        "## Verantwortliche Stelle\n\nVerantwortlich für die Datenbearbeitung auf dieser Website ist der Verein Bergfreunde, Dorfstrasse 2, 3800 Interlaken.\n",
        "## Kontakt\n\nVerantwortlich für die Bearbeitung Ihrer Reklamation ist unser Kundendienst.\n",
    )];
    assert_met_and_decoy("gdpr.controller.identity", &swiss, case);
    // 2. The right to data portability named by its loanword
    // ("Datenportabilität", de-pareto-datenschutz:61) or by the Swiss law's
    // "Datenherausgabe"; the portability of a phone number is none.
    let portability = [(
        "de",
        "## Ihre Rechte\n\nSie haben ein Recht auf Datenportabilität gemäss DSGVO.\n",
        "## Ihre Rechte\n\nSie haben ein Recht auf Rufnummernportabilität beim Anbieterwechsel.\n",
    )];
    assert_met_and_decoy("gdpr.rights.portability", &portability, case);
    // 3. The period named by its noun as the one needed to meet the legal
    // requirements, the statutory periods as the retention criterion
    // (nl-vubdivingcenter-privacybeleid:77); "as long as necessary for the
    // purposes, including legal requirements" is no criterion (WP260).
    let retention = [
        (
            "en",
            "## Retention\n\nWe store invoices and member records for the period required to meet our tax obligations.\n",
            "## Retention\n\nWe store your data for the period necessary for our purposes, including to meet legal requirements.\n",
        ),
        (
            "nl",
            "## Bewaren\n\nWij bewaren facturen en ledengegevens gedurende de termijn die nodig is om aan de fiscale verplichtingen te voldoen.\n",
            "## Bewaren\n\nWij bewaren uw gegevens gedurende de periode die nodig is voor onze doelen, ook om aan wettelijke eisen te voldoen.\n",
        ),
        (
            "de",
            "## Speicherung\n\nWir speichern Rechnungen und Mitgliederdaten für den Zeitraum, der zur Erfüllung unserer steuerrechtlichen Pflichten nötig ist.\n",
            "## Speicherung\n\nWir speichern Ihre Daten, solange es für unsere Zwecke nötig ist, auch zur Erfüllung gesetzlicher Pflichten.\n",
        ),
        (
            "fr",
            "## Conservation\n\nNous conservons les factures et les fiches des adhérents pendant le délai nécessaire pour respecter nos obligations fiscales.\n",
            "## Conservation\n\nNous conservons vos données aussi longtemps que nécessaire à nos finalités, y compris pour respecter nos obligations légales.\n",
        ),
        (
            "es",
            "## Conservación\n\nConservamos las facturas y los datos de los socios durante el plazo necesario para cumplir nuestras obligaciones fiscales.\n",
            "## Conservación\n\nConservamos tus datos mientras sea necesario para nuestros fines, incluido el cumplimiento de obligaciones legales.\n",
        ),
        (
            "it",
            "## Conservazione\n\nConserviamo le fatture e i dati dei soci per il periodo necessario per adempiere agli obblighi fiscali.\n",
            "## Conservazione\n\nConserviamo i tuoi dati finché serve alle nostre finalità, compreso l'adempimento di obblighi legali.\n",
        ),
        (
            "pt",
            "## Conservação\n\nConservamos as faturas e os dados dos sócios durante o prazo necessário para cumprir as obrigações fiscais.\n",
            "## Conservação\n\nConservamos os seus dados enquanto for necessário para as nossas finalidades, incluindo obrigações legais.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.retention", &retention, case);
    // 4. The complaint to the Swiss federal authority (EDÖB, PFPDT, IFPDT,
    // FDPIC) or to the Belgian authority by its name until 2018 (the
    // Privacycommissie), found by probing de-pareto-datenschutz:65 and
    // nl-vubdivingcenter-privacybeleid:108 in another shape; the authority
    // named with no complaint granted is none.
    let authority = [
        (
            "de",
            "## Beschwerde\n\nBeschwerden richten Sie an den EDÖB in Bern; Sie können dort jederzeit eine Beschwerde einreichen.\n",
            "## Aktuelles\n\nDer EDÖB hat neue Empfehlungen zu Kameras veröffentlicht.\n",
        ),
        (
            "fr",
            "## Réclamations\n\nVous avez le droit de déposer une plainte auprès du PFPDT à Berne.\n",
            "## Actualités\n\nLe PFPDT a publié de nouvelles recommandations sur les caméras.\n",
        ),
        (
            "it",
            "## Reclami\n\nHai il diritto di presentare un reclamo all'IFPDT a Berna.\n",
            "## Notizie\n\nL'IFPDT ha pubblicato nuove raccomandazioni sulle telecamere.\n",
        ),
        (
            "en",
            "## Complaints\n\nYou have the right to complain to the FDPIC in Bern.\n",
            "## News\n\nThe FDPIC has published new guidance on cameras.\n",
        ),
        (
            "nl",
            "## Klachten\n\nJe hebt het recht om een klacht in te dienen bij de Privacycommissie in Brussel.\n",
            "## Nieuws\n\nDe Privacycommissie heeft nieuwe aanbevelingen over camera's gepubliceerd.\n",
        ),
    ];
    assert_met_and_decoy("gdpr.rights.complaint", &authority, case);
}
