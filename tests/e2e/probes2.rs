//! Classes of text found by probing the linter with small policies written
//! in the shapes real ones take, second round (session 20, issue #20):
//! questions and answers, rights cited by their articles, a California
//! notice's "Contact" section and its right to know granted together with
//! deletion. Each case states a requirement the way published policies do
//! and must meet its rule; a decoy (the sentence removed, or the same words
//! said of something else) must still fire it.
//!
//! Every policy here is written for this file.

use crate::statements::{assert_met_but_not_by, fires};

/// An answer under a question heading means what the question asks: "##
/// How long do you keep my data?" / "Until you close your account, then 30
/// days." states a retention period, as the same answer under a heading
/// that asks nothing does not.
#[test]
fn an_answer_under_a_question_heading_answers_it() {
    let cases = [
        (
            "en",
            "How long do you keep my data?",
            "Until you close your account, then 30 days.",
        ),
        (
            "de",
            "Wie lange speichern Sie meine Daten?",
            "Bis Sie Ihr Kundenkonto schließen, danach noch 30 Tage.",
        ),
        (
            "es",
            "¿Cuánto tiempo conservamos sus datos?",
            "Hasta que cierre su cuenta y, después, 30 días más.",
        ),
        (
            "nl",
            "Hoe lang bewaren jullie mijn gegevens?",
            "Tot u uw account opheft, en daarna nog 30 dagen.",
        ),
    ];
    for (lang, question, answer) in cases {
        let met = format!("## {question}\n\n{answer}\n");
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.retention"),
            "{lang}: gdpr.retention fired although the answer states the period\n{met}"
        );
        // The decoy: the same answer under a heading that asks nothing.
        let decoy = format!("## Account\n\n{answer}\n");
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.retention"),
            "{lang}: gdpr.retention met without the question\n{decoy}"
        );
    }
}

/// A question that names the data with a pronoun ("## Per quanto tempo li
/// conserviamo?") asks about the personal data the notice is about; the
/// same answer to a question about sending them ("## Quando li inviamo?")
/// states no period of keeping.
#[test]
fn a_question_that_names_the_data_with_a_pronoun_asks_about_them() {
    let cases = [
        (
            "it",
            "Per quanto tempo li conserviamo?",
            "Dodici mesi dopo la prenotazione.",
            "Quando li inviamo?",
        ),
        (
            "pt",
            "Quanto tempo os guardamos?",
            "Dois anos após a última encomenda.",
            "Quando os enviamos?",
        ),
    ];
    for (lang, question, answer, other) in cases {
        let met = format!("## {question}\n\n{answer}\n");
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.retention"),
            "{lang}: gdpr.retention fired although the answer states the period\n{met}"
        );
        let decoy = format!("## {other}\n\n{answer}\n");
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.retention"),
            "{lang}: gdpr.retention met without the question\n{decoy}"
        );
    }
}

/// The reader's question "Can I …?" answered "Yes" grants what it asks,
/// in the reader's words ("the data you hold about me"); answered "No", it
/// grants nothing.
#[test]
fn a_question_of_the_reader_answered_yes_grants_it() {
    let cases = [
        (
            "en",
            "Can I see the data you hold about me?",
            "Yes. Write to privacy@example.com and we will send you a copy.",
            "No. Write to privacy@example.com with any other question.",
        ),
        (
            "de",
            "Kann ich eine Kopie meiner Daten bekommen?",
            "Ja. Schreiben Sie an datenschutz@example.de.",
            "Nein. Schreiben Sie an datenschutz@example.de, wenn Sie Fragen haben.",
        ),
        (
            "fr",
            "Puis-je obtenir une copie de mes données ?",
            "Oui, écrivez à privacy@example.fr.",
            "Non. Écrivez à privacy@example.fr pour toute autre question.",
        ),
    ];
    for (lang, question, yes, no) in cases {
        let met = format!("## {question}\n\n{yes}\n");
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.rights.access"),
            "{lang}: gdpr.rights.access fired although the answer grants it\n{met}"
        );
        let decoy = format!("## {question}\n\n{no}\n");
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.rights.access"),
            "{lang}: gdpr.rights.access met by an answer that says no\n{decoy}"
        );
    }
}

/// Rights cited by their articles with a short gloss ("Art. 16 DSGVO
/// (Berichtigung)") are granted, as a right named by its title is; a
/// deletion period that cites Art. 17 grants no erasure.
#[test]
fn rights_cited_by_their_articles_are_met() {
    let cases = [
        (
            "en",
            "Art. 15 GDPR (access), Art. 16 GDPR (rectification), Art. 17 GDPR (erasure), Art. 18 GDPR (restriction of processing), Art. 20 GDPR (data portability), Art. 21 GDPR (objection).",
            "We erase your data 30 days after you close your account (Art. 17 GDPR).",
        ),
        (
            "de",
            "Art. 15 DSGVO (Auskunft), Art. 16 DSGVO (Berichtigung), Art. 17 DSGVO (Löschung), Art. 18 DSGVO (Einschränkung der Verarbeitung), Art. 20 DSGVO (Datenübertragbarkeit), Art. 21 DSGVO (Widerspruch).",
            "Wir löschen Ihre Daten 30 Tage nach der Kündigung (Art. 17 DSGVO).",
        ),
        (
            "fr",
            "Art. 15 RGPD (accès), art. 16 RGPD (rectification), art. 17 RGPD (effacement), art. 18 RGPD (limitation du traitement), art. 20 RGPD (portabilité), art. 21 RGPD (opposition).",
            "Nous effaçons vos données 30 jours après la clôture de votre compte (art. 17 RGPD).",
        ),
    ];
    for (lang, articles, period) in cases {
        let body = format!("## Rights\n\n{articles}\n");
        for rule in &crate::statements::RIGHTS[..6] {
            assert!(
                !fires(lang, "gdpr", &body, rule),
                "{lang}: {rule} fired\n{body}"
            );
        }
        let decoy = format!("## Rights\n\n{period}\n");
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.rights.erasure"),
            "{lang}: gdpr.rights.erasure met by a deletion period\n{decoy}"
        );
    }
}

/// A California notice's right to know in the statute's words, granted in
/// the same sentence as deletion (Cal. Civ. Code § 1798.110(a): "request
/// that a business … disclose"); a sentence in which the business
/// discloses the data to others and the reader may ask for deletion grants
/// no right to know.
#[test]
fn the_right_to_know_granted_with_deletion_is_met() {
    let cases = [
        (
            "en",
            "You may request that we disclose or delete the personal information we collected about you.",
            "We disclose the personal information we collected to our carrier, and you may request that we delete it.",
        ),
        (
            "es",
            "Puede solicitar que divulguemos o eliminemos la información personal que recopilamos sobre usted.",
            "Divulgamos la información personal que recopilamos a nuestro transportista, y puede solicitar que la eliminemos.",
        ),
    ];
    for (lang, met, decoy) in cases {
        let (met, decoy) = (
            format!("## Your rights\n\n{met}\n"),
            format!("## Your rights\n\n{decoy}\n"),
        );
        assert_met_but_not_by(lang, "ccpa", "ccpa.rights.know", &met, &decoy);
    }
}

/// A California notice's "Contact" section that gives only the contact
/// details is the contact the regulation asks for (11 CCR § 7011(e)); a
/// sentence about changes under "Changes and contact" that mentions an
/// e-mail address is not.
#[test]
fn a_contact_section_is_the_ccpa_contact() {
    let cases = [
        (
            "en",
            "## Contact\n\nprivacy@example.com, 1-800-555-0100\n",
            "## Changes and contact\n\nWe will tell you about material changes by email to the address of your account.\n",
        ),
        (
            "nl",
            "## Contact\n\nVoorbeeld B.V.\nprivacy@voorbeeld.nl\n+31 20 555 0100\n",
            "## Wijzigingen en contact\n\nWezenlijke wijzigingen melden wij u per e-mail aan het adres van uw account.\n",
        ),
    ];
    for (lang, met, decoy) in cases {
        assert_met_but_not_by(lang, "ccpa", "ccpa.contact", met, decoy);
    }
}
