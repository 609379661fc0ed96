//! Retention and rights stated the way published policies state them, by
//! class, where they were missing (session 21): Spanish and Italian verbs of
//! log rotation, archiving and removal with data named as files, IP
//! addresses, tickets and support requests; Italian and Portuguese "until
//! you delete your account" as the criterion; a period of named data under
//! a heading that names retention, whatever its verb, in all seven
//! languages; an imperative of a right's own verb on the reader's data
//! granting the right. Each met policy meets its rule; the same words said
//! of something else do not.
//!
//! Every policy here is written for this file.

use crate::statements::{assert_met_but_not_by, fires};

/// Each `(lang, heading, met, decoy)`: the met text meets `gdpr.retention`
/// under the heading, the decoy under the same heading does not.
fn assert_retention(cases: &[(&str, &str, &str, &str)]) {
    for (lang, heading, met, decoy) in cases {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.retention",
            &format!("## {heading}\n\n{met}\n"),
            &format!("## {heading}\n\n{decoy}\n"),
        );
    }
}

/// A period said with a verb of rotation, archiving or removal, of data
/// named as files, IP addresses, tickets or support requests, states the
/// retention period; tickets removed from sale or old app files kept
/// available until the end of the year do not.
#[test]
fn rotation_archiving_and_removal_of_files_and_requests_state_retention() {
    // (lang, heading, met, decoy)
    let cases = [
        (
            "es",
            "Privacy",
            "Los registros del servidor se rotan cada 30 días. Las solicitudes de soporte se archivan durante tres años. Los archivos subidos se borran 24 horas después de su tratamiento.",
            "Las entradas no vendidas se retiran de la venta 24 horas antes del concierto. Los archivos de instalación de versiones antiguas siguen disponibles hasta final de año.",
        ),
        (
            "es",
            "Privacy",
            "Conservamos los tickets de soporte durante dos años.",
            "Los tickets de soporte se responden en dos días.",
        ),
        (
            "it",
            "Privacy",
            "I log del server vengono ruotati ogni 30 giorni. Le richieste di assistenza vengono archiviate per tre anni. I file caricati vengono rimossi 24 ore dopo l'elaborazione.",
            "I biglietti invenduti vengono ritirati dalla vendita 24 ore prima del concerto. I biglietti restano in vendita fino all'esaurimento dei posti.",
        ),
        (
            "it",
            "Privacy",
            "Le email di supporto vengono eliminate dopo due anni.",
            "Le email di supporto ricevono risposta entro due giorni.",
        ),
    ];
    assert_retention(&cases);
}

/// "Until you delete your account" (or unsubscribe) is a retention criterion
/// in Italian and Portuguese as in the other languages; being able to delete
/// the account at any time says nothing about how long data are kept.
#[test]
fn until_you_delete_your_account_is_a_retention_criterion() {
    let cases = [
        (
            "it",
            "Privacy",
            "I tuoi dati sono conservati fino alla cancellazione del tuo account.",
            "I tuoi dati sono conservati sui nostri server. Puoi cancellare il tuo account in qualsiasi momento dalle impostazioni.",
        ),
        (
            "it",
            "Privacy",
            "Gli indirizzi e-mail rimangono nella nostra lista finché non ti disiscrivi.",
            "Gli indirizzi e-mail sono conservati su server in Germania. Puoi annullare l'iscrizione in qualsiasi momento.",
        ),
        (
            "pt",
            "Privacy",
            "Conservamos os seus dados até que você exclua sua conta.",
            "Conservamos os seus dados em servidores na Alemanha. Pode excluir a sua conta a qualquer momento nas definições.",
        ),
        (
            "pt",
            "Privacy",
            "O seu endereço de e-mail é conservado até cancelar a subscrição.",
            "O seu endereço de e-mail é conservado em servidores na Alemanha. Pode cancelar a subscrição a qualquer momento.",
        ),
    ];
    assert_retention(&cases);
}

/// Under a heading that names retention, a period of named data states how
/// long they are kept, whatever the verb ("Invoices go to cold storage for
/// ten years"); a reply time under the same heading does not.
#[test]
fn a_period_of_named_data_under_a_retention_heading_states_retention() {
    let cases = [
        (
            "en",
            "How long we keep your data",
            "Invoices go to cold storage for ten years. Chat messages are wiped after 90 days.",
            "Our support team answers emails within two days. Gift cards are valid for two years.",
        ),
        (
            "de",
            "Speicherdauer",
            "Rechnungen wandern für zehn Jahre ins Archiv. Chatnachrichten verschwinden nach 90 Tagen.",
            "Unser Support beantwortet Anfragen innerhalb von zwei Tagen. Gutscheine sind zwei Jahre gültig.",
        ),
        (
            "fr",
            "Durée de conservation",
            "Les messages du chat disparaissent au bout de 90 jours.",
            "Notre support répond aux messages sous deux jours. Les cartes cadeaux sont valables deux ans.",
        ),
        (
            "es",
            "Plazo de conservación",
            "Las facturas pasan al archivo durante seis años. Los mensajes del chat desaparecen a los 90 días.",
            "Nuestro equipo de soporte responde a los mensajes en dos días. Las tarjetas regalo son válidas durante dos años.",
        ),
        (
            "it",
            "Periodo di conservazione",
            "I messaggi della chat spariscono dopo 90 giorni.",
            "Il nostro supporto risponde ai messaggi entro due giorni. Le carte regalo sono valide per due anni.",
        ),
        (
            "pt",
            "Prazo de conservação",
            "As faturas passam para o arquivo durante dez anos. As mensagens do chat desaparecem ao fim de 90 dias.",
            "A nossa equipa de suporte responde às mensagens em dois dias. Os cartões-presente são válidos durante dois anos.",
        ),
        (
            "nl",
            "Bewaartermijn",
            "Facturen gaan voor zeven jaar naar het archief. Chatberichten verdwijnen na 90 dagen.",
            "Ons supportteam beantwoordt berichten binnen twee dagen. Cadeaukaarten zijn twee jaar geldig.",
        ),
    ];
    assert_retention(&cases);
}

/// An imperative of a right's own verb that opens the sentence, with the
/// reader's data or account as its object, tells the reader to do it and so
/// grants the right ("Export your data as a JSON file from your settings");
/// the same verb on an app grants nothing.
#[test]
fn an_imperative_of_the_rights_own_verb_on_the_readers_data_grants_it() {
    // (lang, heading, export, delete, the same verb on the app)
    let cases = [
        (
            "en",
            "Your rights",
            "Export your data as a JSON file from your settings.",
            "Delete your account and all your data from your settings.",
            "Delete the app to stop notifications.",
        ),
        (
            "de",
            "Ihre Rechte",
            "Exportieren Sie Ihre Daten in den Einstellungen als JSON-Datei.",
            "Löschen Sie Ihr Konto und alle Ihre Daten in den Einstellungen.",
            "Löschen Sie die App, um keine Benachrichtigungen mehr zu erhalten.",
        ),
        (
            "fr",
            "Vos droits",
            "Exportez vos données au format JSON depuis vos paramètres.",
            "Supprimez votre compte et toutes vos données depuis vos paramètres.",
            "Supprimez l'application pour ne plus recevoir de notifications.",
        ),
        (
            "es",
            "Tus derechos",
            "Exporta tus datos en formato JSON desde los ajustes.",
            "Borra tu cuenta y todos tus datos desde los ajustes.",
            "Borra la aplicación para dejar de recibir notificaciones.",
        ),
        (
            "it",
            "I tuoi diritti",
            "Esporta i tuoi dati in formato JSON dalle impostazioni.",
            "Cancella il tuo account e tutti i tuoi dati dalle impostazioni.",
            "Cancella l'app per non ricevere più notifiche.",
        ),
        (
            "pt",
            "Os seus direitos",
            "Exporte os seus dados em formato JSON a partir das definições.",
            "Apague a sua conta e todos os seus dados nas definições.",
            "Apague a aplicação para deixar de receber notificações.",
        ),
        (
            "nl",
            "Je rechten",
            "Exporteer je gegevens als JSON-bestand via je instellingen.",
            "Verwijder je account en al je gegevens via je instellingen.",
            "Verwijder de app om geen meldingen meer te ontvangen.",
        ),
    ];
    for (lang, heading, export, delete, decoy) in cases {
        let body = |text: &str| format!("## {heading}\n\n{text}\n");
        assert!(
            !fires(lang, "gdpr", &body(export), "gdpr.rights.portability"),
            "{lang}: portability fired on {export:?}"
        );
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.rights.erasure",
            &body(delete),
            &body(decoy),
        );
    }
}

/// A question that opens with the reader's wish about their own data,
/// answered with where to write, grants the right ("Want your data deleted?
/// Email privacy@example.com."); the same wish about a photo in the app does
/// not.
#[test]
fn a_wish_question_about_the_readers_data_grants_the_right() {
    let cases = [
        (
            "en",
            "Your rights",
            "Want your data deleted? Email privacy@example.com.",
            "Want to delete a photo? Open it and tap the bin.",
        ),
        (
            "fr",
            "Vos droits",
            "Vous voulez que vos données soient effacées ? Écrivez à privacy@example.com.",
            "Vous voulez supprimer une photo ? Ouvrez-la et touchez la corbeille.",
        ),
    ];
    for (lang, heading, met, decoy) in cases {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.rights.erasure",
            &format!("## {heading}\n\n{met}\n"),
            &format!("## {heading}\n\n{decoy}\n"),
        );
    }
}

/// A negation scopes over its own clause: a relative clause that denies
/// something of its own verb ("…, che non condividiamo con nessuno") leaves
/// the purpose of the main clause stated (development half,
/// it-biketracking-app:17); a purpose the main clause denies stays denied,
/// and a relative clause that denies the purpose states none. Seven
/// languages, phrasings/<lang>.txt (session 24, engine-x).
#[test]
fn a_negation_in_a_relative_clause_leaves_the_purpose_stated() {
    for (lang, heading, met, decoy) in [
        (
            "en",
            "How we use your data",
            "We use your email address to send you receipts, which we do not share with anyone else.",
            "We collect your email address, which we do not use for advertising.",
        ),
        (
            "de",
            "Wie wir Ihre Daten nutzen",
            "Wir verwenden Ihre E-Mail-Adresse, um Ihnen Quittungen zu senden, die wir nicht an Dritte weitergeben.",
            "Die Daten, die Sie uns geben, verwenden wir nicht für Werbung.",
        ),
        (
            "fr",
            "Utilisation de vos données",
            "Nous utilisons votre position pour afficher la station la plus proche, sur un serveur qui ne la conserve pas.",
            "Nous n'utilisons pas les données que vous nous donnez à des fins publicitaires.",
        ),
        (
            "es",
            "Uso de sus datos",
            "Utilizamos su dirección de correo electrónico para enviarle los recibos, que no compartimos con nadie.",
            "Recogemos su dirección de correo electrónico, que no utilizamos con fines publicitarios.",
        ),
        (
            "it",
            "Uso dei dati",
            "Utilizziamo il tuo indirizzo e-mail per inviarti le ricevute, che non condividiamo con nessuno.",
            "Non utilizziamo i dati che ci fornisci per finalità pubblicitarie.",
        ),
        (
            "pt",
            "Uso dos dados",
            "Utilizamos o seu endereço de e-mail para lhe enviar os recibos, que não partilhamos com ninguém.",
            "Recolhemos o seu endereço de e-mail, que não utilizamos para fins publicitários.",
        ),
        (
            "nl",
            "Gebruik van uw gegevens",
            "Wij gebruiken uw e-mailadres om u ontvangstbewijzen te sturen, die wij niet aan derden geven.",
            "Wij gebruiken de gegevens die u ons geeft niet voor reclame.",
        ),
    ] {
        crate::statements::assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.purposes",
            &format!("## {heading}\n\n{met}\n"),
            &format!("## {heading}\n\n{decoy}\n"),
        );
    }
}

/// The right to object named only by its own list item's lead-in under the
/// rights' heading, the item granting it with a pronoun ("* **Oposición**:
/// Podrá solicitarlo en cualquier momento."; the shape of development half
/// es-esterrianeu-proteccion:81): `object@item`. The same item under another
/// lead-in grants nothing the rule wants. Seven languages,
/// phrasings/<lang>.txt (session 24, engine-x).
#[test]
fn an_objection_named_by_its_own_items_lead_in_states_the_right() {
    for (lang, heading, access, object, decoy) in [
        (
            "en",
            "Your rights",
            "- **Access:** you can ask for a copy.",
            "- **Objection:** you can tell us at any time, and we will look into it.",
            "- **Opening hours:** you can tell us at any time, and we will look into it.",
        ),
        (
            "de",
            "Ihre Rechte",
            "- **Auskunft:** Sie können eine Kopie verlangen.",
            "- **Widerspruch:** Sie können dies jederzeit verlangen.",
            "- **Rückruf:** Sie können dies jederzeit verlangen.",
        ),
        (
            "fr",
            "Vos droits",
            "- **Accès :** vous pouvez demander une copie.",
            "- **Opposition :** vous pouvez le demander à tout moment.",
            "- **Rendez-vous :** vous pouvez le demander à tout moment.",
        ),
        (
            "es",
            "¿Cuáles son sus derechos?",
            "* **Acceso**: Podrá solicitar una copia.",
            "* **Oposición**: Podrá solicitarlo en cualquier momento.",
            "* **Cita previa**: Podrá solicitarla en cualquier momento.",
        ),
        (
            "it",
            "I tuoi diritti",
            "- **Accesso:** puoi chiedere una copia.",
            "- **Opposizione:** puoi chiederlo in qualsiasi momento.",
            "- **Appuntamento:** puoi chiederlo in qualsiasi momento.",
        ),
        (
            "pt",
            "Os seus direitos",
            "- **Acesso:** pode pedir uma cópia.",
            "- **Oposição:** pode pedi-lo a qualquer momento.",
            "- **Marcação:** pode pedi-la a qualquer momento.",
        ),
        (
            "nl",
            "Uw rechten",
            "- **Inzage:** u kunt een kopie vragen.",
            "- **Bezwaar:** u kunt dit op elk moment vragen.",
            "- **Afspraak:** u kunt dit op elk moment vragen.",
        ),
    ] {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.rights.object",
            &format!("## {heading}\n\n{access}\n{object}\n"),
            &format!("## {heading}\n\n{access}\n{decoy}\n"),
        );
    }
}

/// Session 38, helper classes-l: the classes session 37 left (its Left
/// lists), each a met policy and a decoy.
/// 1. Rights written as instructions: the processing the reader can stop
///    (analytics, marketing) or the objection itself in an opening purpose
///    clause before an instruction is the objection (GDPR Art. 21(5));
///    notifications so stopped are none. The download of one's data so
///    said is portability in de, es, pt; in it, pt and nl any right so said
///    is granted by the instruction; cookies so deleted are no erasure.
/// 2. "including the right to" after rights denied to the reader or
///    reserved by the organisation grants nothing.
/// 3. The answers the reader gave, named by a relative clause, are data
///    kept for a time; the answers the organisation publishes are not.
/// 4. A library's maintainer named with a pronoun after the library's
///    sentence is no controller, under any heading.
/// 5. A one-word name as the controller with no article (en, fr, de).
#[test]
fn session_38_classes_l_classes() {
    let object = [
        (
            "en",
            "To stop analytics, switch off Settings > Analytics.",
            "To stop notifications, switch off Settings > Notifications.",
        ),
        (
            "de",
            "Um die Analyse zu stoppen, schalten Sie Einstellungen > Analyse aus.",
            "Um Benachrichtigungen zu stoppen, schalten Sie Einstellungen > Mitteilungen aus.",
        ),
        (
            "fr",
            "Pour arrêter les statistiques, désactivez Paramètres > Statistiques.",
            "Pour arrêter les notifications, désactivez Paramètres > Notifications.",
        ),
        (
            "es",
            "Para oponerse a la analítica, desactive la opción en Ajustes > Privacidad.",
            "Para dejar las notificaciones, desactive Ajustes > Notificaciones.",
        ),
        (
            "it",
            "Per fermare le statistiche, disattiva Impostazioni > Statistiche.",
            "Per fermare le notifiche, disattiva Impostazioni > Notifiche.",
        ),
        (
            "pt",
            "Para parar a análise estatística, desative Definições > Estatísticas.",
            "Para parar as notificações, desative Definições > Notificações.",
        ),
        (
            "nl",
            "Om de statistieken te stoppen, zet u Instellingen > Statistieken uit.",
            "Om meldingen te stoppen, zet u Instellingen > Meldingen uit.",
        ),
    ];
    for (lang, met, decoy) in object {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.rights.object",
            &format!("## Settings\n\n{met}\n"),
            &format!("## Settings\n\n{decoy}\n"),
        );
    }
    let instructions = [
        (
            "de",
            "gdpr.rights.portability",
            "Um Ihre Daten herunterzuladen, öffnen Sie Einstellungen > Export.",
            "Um die App herunterzuladen, öffnen Sie den App Store.",
        ),
        (
            "es",
            "gdpr.rights.portability",
            "Para descargar sus datos, vaya a Ajustes > Exportar.",
            "Para descargar la aplicación, vaya a la tienda de aplicaciones.",
        ),
        (
            "pt",
            "gdpr.rights.portability",
            "Para descarregar os seus dados, aceda a Definições > Exportar.",
            "Para descarregar a aplicação, aceda à loja de aplicações.",
        ),
        (
            "it",
            "gdpr.rights.access",
            "Per vedere i tuoi dati, vai su Impostazioni > I miei dati.",
            "Per vedere le novità, vai su Impostazioni > Novità.",
        ),
        (
            "pt",
            "gdpr.rights.rectification",
            "Para corrigir os seus dados, edite o seu perfil.",
            "Para mudar o tema, edite as suas preferências.",
        ),
        (
            "nl",
            "gdpr.rights.erasure",
            "Om uw gegevens te verwijderen, gaat u naar Instellingen > Account.",
            "Om cookies te verwijderen, opent u de instellingen van uw browser.",
        ),
    ];
    for (lang, rule, met, decoy) in instructions {
        assert_met_but_not_by(
            lang,
            "gdpr",
            rule,
            &format!("## Settings\n\n{met}\n"),
            &format!("## Settings\n\n{decoy}\n"),
        );
    }
    for (lang, denied, reserved) in [
        (
            "en",
            "We do not give you any rights, including the right to access your data.",
            "We reserve certain rights, including the right to access your account to investigate abuse.",
        ),
        (
            "nl",
            "Wij geven u geen rechten, inclusief het recht om uw gegevens in te zien.",
            "Wij behouden ons bepaalde rechten voor, inclusief het recht om uw account in te zien om misbruik te onderzoeken.",
        ),
    ] {
        for decoy in [denied, reserved] {
            assert!(
                fires(lang, "gdpr", &format!("{decoy}\n"), "gdpr.rights.access"),
                "{lang}: gdpr.rights.access met by\n{decoy}"
            );
        }
    }
    assert!(fires(
        "de",
        "gdpr",
        "Wir geben Ihnen keine Rechte, einschließlich des Rechts, auf Ihre Daten zuzugreifen.\n",
        "gdpr.rights.access"
    ));
    assert!(fires(
        "it",
        "gdpr",
        "Non ti diamo alcun diritto, incluso il diritto di accedere ai tuoi dati.\n",
        "gdpr.rights.access"
    ));
    // 4. A library's maintainer named with a pronoun right after the
    // library's sentence, under a heading not about third-party code, is no
    // controller; the app itself described as a plugin keeps its maintainer.
    for (lang, heading, decoy) in [
        (
            "en",
            "Maps",
            "The app uses the open-source map library Leaflet. It is maintained by Jane Doe, an independent developer.",
        ),
        (
            "fr",
            "Cartes",
            "L'application utilise la bibliothèque Leaflet. Elle est maintenue par Jane Doe, une développeuse indépendante.",
        ),
        (
            "nl",
            "Kaarten",
            "De app gebruikt de kaartbibliotheek Leaflet. Deze wordt onderhouden door Jane Doe, een onafhankelijke ontwikkelaar.",
        ),
    ] {
        assert!(
            fires(
                lang,
                "gdpr",
                &format!("## {heading}\n\n{decoy}\n"),
                "gdpr.controller.identity"
            ),
            "{lang}: the library's maintainer named the controller\n{decoy}"
        );
    }
    assert!(!fires(
        "en",
        "gdpr",
        "## About this app\n\nOur app is a small plugin for WordPress. It is maintained by Jane Doe, an independent developer.\n",
        "gdpr.controller.identity"
    ));
    // 5. A one-word name opening the sentence as the controller with no
    // article (en, fr, de); a word for everyone in its place names no one.
    for (lang, met, decoy) in [
        (
            "en",
            "Framasoft is controller of the users' data.",
            "Everyone is controller of the data they publish on their own site.",
        ),
        (
            "fr",
            "Framasoft est responsable de traitement des données des utilisateurs.",
            "Chacun est responsable de traitement pour les fichiers qu'il tient lui-même.",
        ),
        (
            "de",
            "Framasoft ist verantwortlich für die Verarbeitung Ihrer Daten.",
            "Jeder ist verantwortlich für die Verarbeitung der Daten, die er selbst veröffentlicht.",
        ),
    ] {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.controller.identity",
            &format!("{met}\n"),
            &format!("{decoy}\n"),
        );
    }
    assert_retention(&[
        (
            "en",
            "Surveys",
            "We delete the answers you gave three months after the end of the study.",
            "We keep the answers we give you in our help centre for two years.",
        ),
        (
            "de",
            "Umfragen",
            "Wir löschen die Antworten, die Sie gegeben haben, drei Monate nach Abschluss der Studie.",
            "Wir bewahren die Antworten, die wir im Hilfebereich geben, zwei Jahre lang auf.",
        ),
        (
            "fr",
            "Enquêtes",
            "Nous supprimons les réponses que vous avez données trois mois après la fin de l'étude.",
            "Nous conservons les réponses que nous publions dans notre centre d'aide pendant deux ans.",
        ),
        (
            "es",
            "Encuestas",
            "Eliminamos las respuestas que nos dio tres meses después del final del estudio.",
            "Conservamos las respuestas que publicamos en nuestro centro de ayuda durante dos años.",
        ),
        (
            "it",
            "Sondaggi",
            "Cancelliamo le risposte che ci hai dato tre mesi dopo la fine dello studio.",
            "Conserviamo le risposte che pubblichiamo nel nostro centro assistenza per due anni.",
        ),
        (
            "pt",
            "Inquéritos",
            "Apagamos as respostas que nos deu três meses após o fim do estudo.",
            "Conservamos as respostas que publicamos no nosso centro de ajuda durante dois anos.",
        ),
        (
            "nl",
            "Enquêtes",
            "We verwijderen de antwoorden die u gaf drie maanden na het einde van het onderzoek.",
            "We bewaren de antwoorden die wij in ons helpcentrum publiceren twee jaar lang.",
        ),
    ]);
}
