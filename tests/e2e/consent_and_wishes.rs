//! Classes found in session 21 and fixed in session 22 (helper classes-s), in
//! all seven languages: consent given as the condition of one operation
//! states consent as the legal basis; a wish question grants a right only
//! where its object is the reader's data; the bare names of rectification,
//! erasure and portability as a table's row titles grant the right only in
//! a cell about asking; a table with a "Provider" column beside a "Purpose"
//! column names recipients under any heading. Each met policy meets its
//! rule; the same words said of something else do not.
//!
//! Every policy here is written for this file.

use crate::statements::{assert_met_but_not_by, fires};

/// Each `(lang, met, decoy)`: the met policy meets `rule`, the decoy does not.
fn assert_each(rule: &str, cases: &[(&str, &str, &str)]) {
    for (lang, met, decoy) in cases {
        assert_met_but_not_by(lang, "gdpr", rule, met, decoy);
    }
}

/// An operation on the reader's data that the notice says happens only
/// with, or after, the reader's consent is processing based on consent
/// (GDPR Art. 6(1)(a); Art. 4(11)): it meets `gdpr.legal-basis`. Consent to
/// terms of sale, the permission of someone else and consent denied do not.
#[test]
fn consent_as_the_condition_of_one_operation_states_the_basis() {
    // (lang, met, decoy)
    let cases = [
        (
            "en",
            "We only email you if you have opted in.",
            "We only ship your order once you have given your consent to the terms of sale. We only photograph the concert with the permission of the venue.",
        ),
        (
            "en",
            "We will ask for your permission before we use your photo.",
            "We never ask for your consent before we send you an invoice.",
        ),
        (
            "de",
            "Bevor wir Ihr Foto veröffentlichen, holen wir Ihre Einwilligung ein.",
            "Wir liefern erst, wenn Sie den AGB zugestimmt haben. Wir fotografieren das Konzert nur mit Erlaubnis des Veranstalters.",
        ),
        (
            "fr",
            "Nous n'utilisons les cookies de mesure d'audience que si vous les acceptez dans le bandeau cookies.",
            "Nous n'expédions la commande que si vous avez consenti aux conditions générales de vente.",
        ),
        (
            "es",
            "Le pediremos su consentimiento antes de publicar su foto.",
            "Nunca le pedimos su consentimiento antes de enviarle una factura.",
        ),
        (
            "it",
            "Usiamo i cookie analitici solo se li accetti nel banner dei cookie.",
            "Spediamo l'ordine solo se hai dato il tuo consenso alle condizioni di vendita.",
        ),
        (
            "pt",
            "Só lhe enviamos e-mails se tiver dado o seu consentimento.",
            "Só fotografamos o concerto com a autorização da sala.",
        ),
        (
            "nl",
            "Voordat we je foto publiceren, vragen we je toestemming.",
            "We vragen je nooit om toestemming voordat we je een factuur sturen.",
        ),
    ];
    assert_each("gdpr.legal-basis", &cases);
}

/// Such a sentence reveals that consent is a basis, so the right to
/// withdraw it is then required (`consent_basis`, rules/facts.yaml).
#[test]
fn consent_as_a_condition_reveals_the_consent_basis() {
    let met = "We only email you if you have opted in.\n";
    assert!(fires("en", "gdpr", met, "gdpr.rights.withdraw-consent"));
    let with_withdrawal =
        "We only email you if you have opted in.\n\nYou can withdraw your consent at any time.\n";
    assert!(!fires(
        "en",
        "gdpr",
        with_withdrawal,
        "gdpr.rights.withdraw-consent"
    ));
    let decoy = "We only ship once you accept the terms of sale.\n";
    assert!(!fires("en", "gdpr", decoy, "gdpr.rights.withdraw-consent"));
}

/// A wish question grants a right only where its object is the reader's
/// data, what we do, or a copy of their data: "Möchten Sie ein Foto
/// löschen? Öffnen Sie es …" is a wish to do something oneself.
#[test]
fn a_wish_question_grants_a_right_only_about_the_readers_data() {
    // (lang, rule, met, decoy)
    let cases = [
        (
            "de",
            "gdpr.rights.erasure",
            "## Ihr Konto\n\nMöchten Sie Ihr Konto und Ihre Daten löschen lassen? Eine E-Mail an privacy@example.de genügt.\n",
            "## Fotos\n\nMöchten Sie ein Foto löschen? Öffnen Sie es und tippen Sie auf den Papierkorb.\n",
        ),
        (
            "nl",
            "gdpr.rights.erasure",
            "## Uw account\n\nWilt u dat wij uw gegevens verwijderen? Stuur een mail naar privacy@example.nl.\n",
            "## Foto's\n\nWilt u een foto verwijderen? Open hem en tik op de prullenbak.\n",
        ),
        (
            "fr",
            "gdpr.rights.erasure",
            "## Vos données\n\nSouhaitez-vous qu'on efface vos données ? Écrivez à privacy@example.fr.\n",
            "## Vos photos\n\nVoulez-vous l'effacer ? Ouvrez la photo et touchez la corbeille.\n",
        ),
        (
            "en",
            "gdpr.rights.access",
            "## Your data\n\nWould you like a copy of your data? Write to privacy@example.com.\n",
            "## Brochure\n\nWould you like a copy of our brochure? Write to info@example.com.\n",
        ),
        (
            "es",
            "gdpr.rights.access",
            "## Tus datos\n\n¿Quieres una copia de tus datos? Escríbenos a privacidad@example.es.\n",
            "## Folleto\n\n¿Quieres una copia de nuestro folleto? Escríbenos a info@example.es.\n",
        ),
        (
            "it",
            "gdpr.rights.access",
            "## I tuoi dati\n\nVuoi una copia dei tuoi dati? Scrivici a privacy@example.it.\n",
            "## Catalogo\n\nVuoi una copia del nostro catalogo? Scrivici a info@example.it.\n",
        ),
        (
            "pt",
            "gdpr.rights.access",
            "## Os seus dados\n\nQuer uma cópia dos seus dados? Escreva para privacidade@example.pt.\n",
            "## Catálogo\n\nQuer uma cópia do nosso catálogo? Escreva para info@example.pt.\n",
        ),
    ];
    for (lang, rule, met, decoy) in cases {
        assert_met_but_not_by(lang, "gdpr", rule, met, decoy);
    }
}

/// The bare names of rectification, erasure and portability as the row
/// titles of a rights table grant the right in a cell about asking, not in
/// a cell about something else, as access and restriction do (session 21).
#[test]
fn bare_right_names_as_row_titles_need_a_cell_about_asking() {
    // (lang, header, ask, other, [(rule, name)])
    let tables = [
        (
            "en",
            "| Right | What you can do |",
            "Write to privacy@example.com",
            "Our offices are open to visitors on weekdays",
            [
                ("gdpr.rights.rectification", "Rectification"),
                ("gdpr.rights.erasure", "Erasure"),
                ("gdpr.rights.portability", "Portability"),
            ],
        ),
        (
            "de",
            "| Recht | Was Sie tun können |",
            "Schreiben Sie an privacy@example.com",
            "Unsere Büros sind werktags für Besucher geöffnet",
            [
                ("gdpr.rights.rectification", "Berichtigung"),
                ("gdpr.rights.erasure", "Löschung"),
                ("gdpr.rights.portability", "Datenübertragbarkeit"),
            ],
        ),
        (
            "fr",
            "| Droit | Ce que vous pouvez faire |",
            "Écrivez à privacy@example.com",
            "Nos bureaux sont ouverts aux visiteurs en semaine",
            [
                ("gdpr.rights.rectification", "Rectification"),
                ("gdpr.rights.erasure", "Effacement"),
                ("gdpr.rights.portability", "Portabilité"),
            ],
        ),
    ];
    for (lang, header, ask, other, rights) in tables {
        for (rule, name) in rights {
            let table =
                |cell: &str| format!("## Rights\n\n{header}\n| --- | --- |\n| {name} | {cell} |\n");
            assert_met_but_not_by(lang, "gdpr", rule, &table(ask), &table(other));
        }
    }
}

/// A table with a "Provider" column beside a "Purpose" column names the
/// recipients in its rows under any heading; a table of course providers
/// (no purpose column) or of car parks with a location column does not.
#[test]
fn a_provider_table_with_a_purpose_column_names_recipients() {
    // (lang, met, decoy)
    let cases = [
        (
            "en",
            "## Tools we use\n\n| Provider | Purpose | Country |\n| --- | --- | --- |\n| Acme Mail Ltd | Sending our newsletter | Ireland |\n",
            "## Where to park\n\n| Provider | Location |\n| --- | --- |\n| City Parking Ltd | Main Street |\n",
        ),
        (
            "de",
            "## Werkzeuge, die wir nutzen\n\n| Anbieter | Zweck | Land |\n| --- | --- | --- |\n| Beispiel Mail GmbH | Versand unseres Newsletters | Österreich |\n",
            "## Fortbildungen\n\n| Kurs | Anbieter | Datum |\n| --- | --- | --- |\n| Erste Hilfe | Rotes Kreuz | 3. Mai |\n",
        ),
        (
            "fr",
            "## Nos outils\n\n| Prestataire | Finalité | Pays |\n| --- | --- | --- |\n| Exemple Mail SAS | Envoi de notre lettre d'information | Irlande |\n",
            "## Formations\n\n| Formation | Prestataire | Date |\n| --- | --- | --- |\n| Premiers secours | Croix-Rouge | 3 mai |\n",
        ),
        (
            "pt",
            "## Ferramentas que usamos\n\n| Fornecedor | Finalidade | País |\n| --- | --- | --- |\n| Exemplo Mail Lda. | Envio da nossa newsletter | Irlanda |\n",
            "## Onde estacionar\n\n| Fornecedor | Local |\n| --- | --- |\n| Parque Centro Lda. | Rua Direita |\n",
        ),
    ];
    assert_each("gdpr.recipients", &cases);
}

/// An organisation with its legal form as the subject of processing the
/// data the reader gives us names the controller (the Spanish model clause
/// "X, S.L. trata la información que nos facilita"); a processor doing so
/// on our behalf does not.
#[test]
fn a_company_processing_what_you_give_us_is_the_controller() {
    let cases = [
        (
            "es",
            "Talleres Brisa, S.L. trata la información que nos facilita con el fin de prestarle el servicio.\n",
            "Pagos Rápidos, S.L. trata por cuenta nuestra los datos de pago que nos facilita.\n",
        ),
        (
            "en",
            "Example Ltd processes the personal data you give us to deliver your order.\n",
            "Stripe Payments Europe Ltd processes the card details you give us on our behalf.\n",
        ),
        (
            "de",
            "Die Beispiel GmbH verarbeitet die Daten, die Sie uns geben, um Ihre Bestellung zu liefern.\n",
            "Die Zahlungsdienst GmbH verarbeitet die Zahlungsdaten, die Sie uns geben, in unserem Auftrag.\n",
        ),
        (
            "nl",
            "Voorbeeld B.V. verwerkt de gegevens die u ons geeft om uw bestelling te leveren.\n",
            "Betaaldienst B.V. verwerkt de betaalgegevens die u ons geeft in onze opdracht.\n",
        ),
    ];
    assert_each("gdpr.controller.identity", &cases);
}
