//! Jurisdiction scopes: a part of a policy written for one jurisdiction
//! (under a heading naming it) is read by that jurisdiction's rules and by no
//! other's.

use crate::harness::{Site, lint_checked};

const GDPR_PART: &str = "## Your rights under the GDPR\n\n\
You have the right to access the personal data we hold about you.\n\n\
You have the right to have inaccurate data rectified.\n\n\
ERASURE\n\n\
You have the right to restrict processing.\n\n\
You have the right to data portability.\n\n\
You have the right to object to processing.\n\n\
You have the right to lodge a complaint with a supervisory authority.\n\n\
We answer requests within one month.\n";

const CALIFORNIA_PART: &str = "## Additional information for California residents\n\n\
Under the CCPA you have the right to know what personal information we collect.\n\n\
DELETE\n\n\
You have the right to correct inaccurate personal information.\n\n\
We respond to verifiable requests within 45 days.\n";

/// The rule ids that fire (errors and warnings) on a two-part policy,
/// linted in process.
fn fired(gdpr_erasure: &str, california_delete: &str) -> Vec<String> {
    let site = Site::empty();
    site.run(&["init", "."]).expect(0);
    let doc = site.read("content/privacy.md");
    let front = &doc[..doc.find("\n---\n").unwrap() + 5];
    let front = front
        .replacen("jurisdictions: [gdpr]", "jurisdictions: [gdpr, ccpa]", 1)
        .replacen("---\n", "---\ntranslations: [en]\n", 1);
    let body = format!(
        "\n{}\n{}",
        GDPR_PART.replace("ERASURE", gdpr_erasure),
        CALIFORNIA_PART.replace("DELETE", california_delete)
    );
    site.write("content/privacy.md", format!("{front}{body}"));
    lint_checked(&site)
        .diagnostics()
        .iter()
        .filter(|d| d["severity"] != "info" && d["file"] == "content/privacy.md")
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

const ERASURE: &str = "You can ask us to delete your personal data (right to erasure).";
const DELETE: &str =
    "You have the right to request that we delete personal information we collected from you.";

#[test]
fn each_jurisdiction_reads_only_its_own_part() {
    let both = fired(ERASURE, DELETE);
    for id in [
        "gdpr.rights.erasure",
        "ccpa.rights.delete",
        "gdpr.response-time",
    ] {
        assert!(
            !both.iter().any(|r| r == id),
            "{id} fired on the complete policy: {both:?}"
        );
    }
    // The California "right to delete" does not state the GDPR right to erasure.
    let no_erasure = fired("", DELETE);
    assert!(
        no_erasure.iter().any(|r| r == "gdpr.rights.erasure"),
        "{no_erasure:?}"
    );
    // The GDPR erasure sentence does not state the CCPA right to delete.
    let no_delete = fired(ERASURE, "");
    assert!(
        no_delete.iter().any(|r| r == "ccpa.rights.delete"),
        "{no_delete:?}"
    );
    assert!(
        !no_delete.iter().any(|r| r == "gdpr.rights.erasure"),
        "{no_delete:?}"
    );
}

#[test]
fn in_a_single_jurisdiction_policy_a_heading_naming_it_is_not_its_rights_section() {
    let site = Site::empty();
    site.run(&["init", "."]).expect(0);
    let doc = site.read("content/privacy.md");
    let front = &doc[..doc.find("\n---\n").unwrap() + 5];
    let front = front.replacen("---\n", "---\ntranslations: [en]\n", 1);
    let body = "\n## Your rights\n\nYou have the right to access your personal data.\n\n\
## Transfers outside the EEA\n\nOur processor may correct inaccurate data it receives.\n";
    site.write("content/privacy.md", format!("{front}{body}"));
    let out = site.run(&["lint", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("lint JSON");
    let fired: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(fired.contains(&"gdpr.rights.rectification"), "{fired:?}");
}

/// The GDPR rights a notice is checked for here.
const RIGHTS: [&str; 3] = [
    "gdpr.rights.access",
    "gdpr.rights.erasure",
    "gdpr.rights.object",
];

const LGPD_RIGHTS: &str = "Você tem o direito de acessar os seus dados pessoais.\n\n\
Você tem o direito de solicitar a eliminação dos seus dados pessoais.\n\n\
Você tem o direito de se opor ao tratamento dos seus dados.\n\n";

/// A notice written as a whole for the LGPD, on a site that says the GDPR
/// applies: the rights under "Direitos dos titulares (LGPD)" are granted to
/// its reader all the same, and GDPR rules read them. A general policy with
/// a Brazilian addendum keeps the addendum apart: its rights are the LGPD
/// part's, and the general part that lacks them still lacks them.
#[test]
fn a_notice_written_for_one_other_law_is_read_by_the_gdpr_rules() {
    let notice = format!(
        "## Visão geral\n\nEsta política descreve como tratamos os seus dados pessoais, nos \
termos da Lei Geral de Proteção de Dados (LGPD).\n\n\
## Finalidades\n\nUsamos o seu e-mail para responder às suas mensagens.\n\n\
## Direitos dos titulares (LGPD)\n\n{LGPD_RIGHTS}\
## Contato\n\nEscreva para privacidade@exemplo.org.\n"
    );
    let fired = crate::statements::fired("pt", "gdpr", &notice);
    for rule in RIGHTS {
        assert!(!fired.iter().any(|r| r == rule), "{rule}: {fired:?}");
    }
    let addendum = format!(
        "## Visão geral\n\nEsta política descreve como tratamos os seus dados pessoais.\n\n\
## Finalidades\n\nUsamos o seu e-mail para responder às suas mensagens.\n\n\
Usamos o seu endereço IP para proteger o sítio.\n\n\
## Conservação\n\nConservamos as mensagens durante dois anos.\n\n\
## Os seus direitos\n\nPode pedir a retificação dos seus dados.\n\n\
## Informações para titulares no Brasil (LGPD)\n\n{LGPD_RIGHTS}"
    );
    let fired = crate::statements::fired("pt", "gdpr", &addendum);
    for rule in RIGHTS {
        assert!(fired.iter().any(|r| r == rule), "{rule}: {fired:?}");
    }
}

const CALIFORNIA_DELETE: &str =
    "You have the right to request that we delete personal information we collected from you.";

/// A general (GDPR) notice with a California addendum, its opening `opening`.
fn with_california_addendum(opening: &str) -> String {
    format!(
        "## About this policy\n\nWe make invoicing software for small shops. {opening}\n\n\
## What we collect\n\nWe collect your email address to send you invoices.\n\n\
## Additional information for California residents\n\n{CALIFORNIA_DELETE}\n"
    )
}

/// The scope rule is not symmetric any more: a notice written as a whole
/// for a law the site is linted for is that law's part. A policy whose only
/// scoped part is "Your rights under the GDPR", its opening naming the
/// GDPR, keeps that part from the CCPA rules on a site linted for both; a
/// GDPR notice with a California addendum keeps the addendum from the GDPR
/// rules however its opening names California.
#[test]
fn a_notice_for_a_law_the_site_names_is_that_laws_part() {
    let gdpr_notice = format!(
        "## About this policy\n\nThis policy explains how we process personal data under the \
GDPR.\n\n## What we collect\n\nWe collect your email address to send you invoices.\n\n\
## Your rights under the GDPR\n\n{CALIFORNIA_DELETE}\n"
    );
    let both = crate::statements::fired("en", "gdpr, ccpa", &gdpr_notice);
    assert!(both.iter().any(|r| r == "ccpa.rights.delete"), "{both:?}");
    // Linted for the CCPA alone, the GDPR notice is one other law's notice,
    // read whole (as the LGPD notice is by the GDPR rules).
    let ccpa = crate::statements::fired("en", "ccpa", &gdpr_notice);
    assert!(!ccpa.iter().any(|r| r == "ccpa.rights.delete"), "{ccpa:?}");
    // A GDPR notice whose opening names California, with a California
    // addendum, linted for both: the addendum is the CCPA's part.
    let addendum = with_california_addendum("This notice also covers California residents.");
    let both = crate::statements::fired("en", "gdpr, ccpa", &addendum);
    assert!(both.iter().any(|r| r == "gdpr.rights.erasure"), "{both:?}");
    assert!(!both.iter().any(|r| r == "ccpa.rights.delete"), "{both:?}");
}

/// A pointer to the addendum in the very first section names the
/// addendum's law but does not make the notice that law's: linted for the
/// GDPR alone, the California "right to delete" does not meet the GDPR
/// erasure rule. The opening that says the notice is California's does.
#[test]
fn a_pointer_to_an_addendum_does_not_make_the_notice_the_addendums() {
    let pointer =
        with_california_addendum("Residents of California: see our California addendum below.");
    let fired = crate::statements::fired("en", "gdpr", &pointer);
    assert!(
        fired.iter().any(|r| r == "gdpr.rights.erasure"),
        "{fired:?}"
    );
    let notice = with_california_addendum("This notice is written for California residents.");
    let fired = crate::statements::fired("en", "gdpr", &notice);
    assert!(
        !fired.iter().any(|r| r == "gdpr.rights.erasure"),
        "{fired:?}"
    );
}

/// Session 38, helper classes-m: the misses session 37 left, each a met
/// policy and a decoy that must still fire (docs/accuracy.md, the helper's
/// section). 1. Someone other than the reader named after a fronted phrase,
/// or asking us to act on the data, grants the reader nothing; 2. the
/// reader's answers named by a relative clause are data kept for a time;
/// 3. code the app uses, developed by a name, and a third party's app
/// under a third-party heading name no controller; 5. "not limited to" is
/// no legal form and no negation; 6. "see the data you have about me" is
/// the right of access (it, es, pt, fr).
#[test]
fn session_38_classes_m_classes() {
    let cases = [
        (
            "en",
            "gdpr.rights.erasure",
            "If you want, you can ask us to erase your account data.\n",
            "If you pay by invoice, your accountant can ask us to erase your account data.\n",
        ),
        (
            "es",
            "gdpr.rights.access",
            "En todo momento, el usuario puede acceder a sus datos.\n",
            "Por ejemplo, la aseguradora puede acceder a sus datos de pago.\n",
        ),
        (
            "it",
            "gdpr.rights.erasure",
            "In qualsiasi momento, l'utente può cancellare i propri dati.\n",
            "Se paga con bonifico, la sua banca può chiederci di cancellare i dati di pagamento.\n",
        ),
        (
            "pt",
            "gdpr.rights.access",
            "A qualquer momento, o utilizador pode aceder aos seus dados.\n",
            "Por exemplo, a seguradora pode aceder aos seus dados de pagamento.\n",
        ),
        (
            "fr",
            "gdpr.rights.erasure",
            "Vous pouvez nous demander de supprimer vos données.\n",
            "Si vous payez par virement, votre banque peut nous demander de supprimer vos données de paiement.\n",
        ),
        (
            "nl",
            "gdpr.rights.erasure",
            "U kunt ons vragen uw gegevens te verwijderen.\n",
            "Als u per factuur betaalt, kan uw boekhouder ons vragen uw gegevens te verwijderen.\n",
        ),
        (
            "en",
            "gdpr.retention",
            "We delete the answers you gave us six months after the survey closes.\n",
            "We send the answers you asked for within one month.\n",
        ),
        (
            "de",
            "gdpr.retention",
            "Wir löschen die Antworten, die Sie gegeben haben, sechs Monate nach Ende der Umfrage.\n",
            "Wir antworten Ihnen innerhalb eines Monats.\n",
        ),
        (
            "nl",
            "gdpr.retention",
            "We verwijderen de antwoorden die u hebt gegeven zes maanden na de enquête.\n",
            "We antwoorden binnen een maand op uw vraag.\n",
        ),
        (
            "en",
            "gdpr.controller.identity",
            "Tally is a vote-counting app for Android developed by Ana Costa.\n",
            "Tally is an Android app for counting votes that uses the Chart library developed by Ana Costa.\n",
        ),
        (
            "es",
            "gdpr.controller.identity",
            "Contador es una aplicación para contar votos desarrollada por Ana Costa.\n",
            "Contador es una aplicación construida sobre Chart desarrollada por Ana Costa.\n",
        ),
        (
            "fr",
            "gdpr.controller.identity",
            "Compteur est une application pour compter les votes développée par Anne Costa.\n",
            "## Services tiers\n\nSignal est une application développée par Signal Technology.\n",
        ),
        (
            "nl",
            "gdpr.controller.identity",
            "Teller is een app om stemmen te tellen, ontwikkeld door Anna de Vries.\n",
            "Teller is een app gebouwd op Chart ontwikkeld door Anna de Vries.\n",
        ),
        (
            "en",
            "gdpr.purposes",
            "We use your data for purposes including, but not limited to, shipping your orders.\n",
            "Your data, including but not limited to your orders, stays on servers in the EU.\n",
        ),
        (
            "en",
            "gdpr.controller.identity",
            "Sample Limited, 2 High Street, Leeds, is the controller.\n",
            "We collect data, including but not limited to your e-mail, at 2 High Street, Leeds.\n",
        ),
        (
            "it",
            "gdpr.rights.access",
            "**Posso vedere i dati che avete su di me?** Sì, le invieremo una copia entro un mese.\n",
            "Solo il personale autorizzato può vedere i dati che abbiamo su di lei.\n",
        ),
    ];
    for (lang, rule, met, decoy) in cases {
        crate::statements::assert_met_but_not_by(lang, "gdpr", rule, met, decoy);
    }
}
