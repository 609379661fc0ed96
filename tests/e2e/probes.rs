//! Classes of text found by probing the linter with small policies written
//! in the shapes real ones take (session 19, issue #20): each case states a
//! requirement the way published policies do and must meet its rule; a
//! decoy (the sentence removed, or the same words said of something else)
//! must still fire it.
//!
//! Every policy here is written for this file.

use crate::statements::{assert_met_but_not_by, fires};

/// A named provider said to receive the data the sentence before named,
/// with a pronoun ("Our newsletter provider Brevo receives it."): the
/// provider is a recipient (GDPR Art. 13(1)(e)). Without that sentence, or
/// with the pronoun's verb said of the reader ("you receive it"), there is
/// none.
#[test]
fn a_provider_that_receives_it_is_a_recipient() {
    let cases = [
        (
            "en",
            "We collect your email address to send the newsletter.",
            "Our newsletter provider Brevo receives it.",
        ),
        (
            "fr",
            "Nous collectons votre adresse e-mail pour envoyer la lettre d'information.",
            "Notre prestataire Brevo la reçoit.",
        ),
        (
            "es",
            "Recogemos su dirección de correo electrónico para enviar el boletín.",
            "Nuestro proveedor Brevo la recibe.",
        ),
        (
            "it",
            "Raccogliamo il tuo indirizzo e-mail per inviare la newsletter.",
            "Il nostro fornitore Brevo lo riceve.",
        ),
        (
            "pt",
            "Recolhemos o seu endereço de e-mail para enviar a newsletter.",
            "O nosso fornecedor Brevo recebe-o.",
        ),
        (
            "nl",
            "Wij verzamelen uw e-mailadres om de nieuwsbrief te versturen.",
            "Onze nieuwsbriefdienst Brevo ontvangt het.",
        ),
    ];
    for (lang, collected, received) in cases {
        let met = format!("## Newsletter\n\n{collected} {received}\n");
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.recipients"),
            "{lang}: gdpr.recipients fired although the policy names Brevo\n{met}"
        );
        let removed = format!("## Newsletter\n\n{collected}\n");
        assert!(
            fires(lang, "gdpr", &removed, "gdpr.recipients"),
            "{lang}: gdpr.recipients did not fire without the recipient\n{removed}"
        );
    }
    // The decoy: the reader receives it, after the provider's clause.
    let decoy = "## Newsletter\n\nWe collect your email address to send the newsletter. \
                 Our provider prepares the newsletter, and you receive it on Mondays.\n";
    assert!(
        fires("en", "gdpr", decoy, "gdpr.recipients"),
        "en: gdpr.recipients did not fire on the reader receiving it\n{decoy}"
    );
}

/// The rights a third-person sentence grants: "Users may request access to
/// their personal data, …", as the law says "the data subject shall have
/// the right". A sentence of the same shape about someone else grants the
/// reader nothing.
#[test]
fn rights_granted_to_users_in_the_third_person_are_met() {
    let cases = [
        (
            "en",
            "Users may request access to their personal data, its rectification or erasure, the restriction of its processing and its portability, and may object to its processing.",
            "Users",
            "Our partners",
        ),
        (
            "fr",
            "Les utilisateurs peuvent demander l'accès à leurs données personnelles, leur rectification ou leur effacement, la limitation de leur traitement et leur portabilité, et peuvent s'opposer à leur traitement.",
            "Les utilisateurs peuvent",
            "Nos partenaires peuvent",
        ),
        (
            "it",
            "Gli utenti possono richiedere l'accesso ai propri dati personali, la loro rettifica o cancellazione, la limitazione del loro trattamento e la loro portabilità, e possono opporsi al loro trattamento.",
            "Gli utenti possono",
            "I nostri partner possono",
        ),
        (
            "nl",
            "Gebruikers kunnen inzage in hun persoonsgegevens vragen, rectificatie of wissing daarvan, beperking van de verwerking en overdraagbaarheid, en kunnen bezwaar maken tegen de verwerking.",
            "Gebruikers kunnen",
            "Onze partners kunnen",
        ),
    ];
    for (lang, sentence, users, partners) in cases {
        let body = format!("## Rights\n\n{sentence}\n");
        // Every right but the complaint, which the sentence does not name.
        for rule in &crate::statements::RIGHTS[..6] {
            assert!(
                !fires(lang, "gdpr", &body, rule),
                "{lang}: {rule} fired\n{body}"
            );
        }
        let decoy = body.replacen(users, partners, 1);
        assert_ne!(decoy, body);
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.rights.access"),
            "{lang}: access met by a grant to partners\n{decoy}"
        );
    }
}

/// A legal basis said in one clause and the withdrawal of consent in the
/// next, after a semicolon ("We send the newsletter only with your consent;
/// you can withdraw it at any time."): the first clause names the basis
/// (GDPR Art. 13(1)(c)); the withdrawal is a clause of its own. Said in
/// one clause, the withdrawal of consent names no basis ("you can withdraw
/// your consent at any time; processing before the withdrawal stays
/// lawful"): the rule still fires (session 20).
#[test]
fn a_basis_before_a_semicolon_is_met_although_withdrawal_follows() {
    let cases = [
        (
            "en",
            "We send you the newsletter only on the basis of your consent; you can withdraw that consent at any time.",
            "You can withdraw your consent at any time; processing based on consent before the withdrawal remains lawful.",
        ),
        (
            "nl",
            "Wij sturen u de nieuwsbrief alleen met uw toestemming; u kunt die toestemming altijd intrekken.",
            "U kunt uw toestemming altijd intrekken; de verwerking op basis van de toestemming vóór de intrekking blijft rechtmatig.",
        ),
        (
            "es",
            "La base legal del tratamiento de sus datos es la ejecución del contrato; puede retirar su consentimiento para el boletín en cualquier momento.",
            "Puede retirar su consentimiento en cualquier momento; la retirada no afecta a la licitud del tratamiento basado en el consentimiento previo a su retirada.",
        ),
    ];
    for (lang, met, decoy) in cases {
        let (met, decoy) = (
            format!("## Newsletter\n\n{met}\n"),
            format!("## Newsletter\n\n{decoy}\n"),
        );
        assert_met_but_not_by(lang, "gdpr", "gdpr.legal-basis", &met, &decoy);
    }
}

/// What the reader may ask for said first, in a purpose clause, and the
/// grant after the comma: "To have your data deleted, just ask us.", "Pour
/// que vos données soient effacées, il suffit de nous le demander." The
/// grant governs the erasure across the comma (GDPR Art. 17). A purpose
/// clause that does not open the sentence grants nothing it names: "We
/// delete old invoices, and you can ask us for a copy." (session 20).
#[test]
fn a_right_named_in_a_purpose_clause_before_the_grant_is_met() {
    let cases = [
        (
            "es",
            "Para que eliminemos sus datos de nuestra lista de socios, basta con que nos lo pida por correo electrónico.",
        ),
        (
            "fr",
            "Pour que vos données soient effacées de notre fichier de membres, il suffit de nous le demander par courriel.",
        ),
    ];
    for (lang, sentence) in cases {
        let body = format!("## Vos données\n\n{sentence}\n");
        assert!(
            !fires(lang, "gdpr", &body, "gdpr.rights.erasure"),
            "{lang}: gdpr.rights.erasure fired although the reader may ask for erasure\n{body}"
        );
    }
    let decoys = [
        (
            "es",
            "Eliminamos las facturas antiguas cada año, y puede pedirnos una copia de las recientes.",
        ),
        (
            "fr",
            "Nous effaçons les anciennes factures chaque année, et vous pouvez nous demander une copie des récentes.",
        ),
    ];
    for (lang, sentence) in decoys {
        let body = format!("## Vos données\n\n{sentence}\n");
        assert!(
            fires(lang, "gdpr", &body, "gdpr.rights.erasure"),
            "{lang}: gdpr.rights.erasure met by erasure the organisation does\n{body}"
        );
    }
}

/// The retention period named by its noun with the period beside it, as
/// processing records and key-value lists give it ("Contact form – purpose:
/// answering questions – retention period: 6 months after the answer"):
/// GDPR Art. 13(2)(a). The noun without a period points elsewhere and
/// states none (session 20).
#[test]
fn a_retention_period_named_by_its_noun_with_the_period_is_met() {
    let cases = [
        (
            "en",
            "Contact form – purpose: answering your questions – retention period: 6 months after the answer.",
            "Contact form – purpose: answering your questions – retention period: see our full notice.",
        ),
        (
            "de",
            "Kontaktformular – Zweck: Beantwortung Ihrer Fragen – Speicherdauer: 6 Monate nach der Antwort.",
            "Kontaktformular – Zweck: Beantwortung Ihrer Fragen – Speicherdauer: siehe unsere ausführliche Erklärung.",
        ),
        (
            "nl",
            "Contactformulier – doel: beantwoorden van vragen – bewaartermijn: 6 maanden na afhandeling.",
            "Contactformulier – doel: beantwoorden van vragen – bewaartermijn: zie onze volledige verklaring.",
        ),
    ];
    for (lang, met, decoy) in cases {
        let (met, decoy) = (
            format!("## Processing\n\n{met}\n"),
            format!("## Processing\n\n{decoy}\n"),
        );
        assert_met_but_not_by(lang, "gdpr", "gdpr.retention", &met, &decoy);
    }
}
