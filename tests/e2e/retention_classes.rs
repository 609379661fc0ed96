//! Retention stated the way published policies state it, by class, in the
//! languages where it was missing (session 21): Spanish and Italian verbs of
//! log rotation, archiving and removal with data named as files, IP
//! addresses, tickets and support requests; Italian and Portuguese "until
//! you delete your account" as the criterion. Each met policy meets
//! `gdpr.retention`; the same words said of something else do not.
//!
//! Every policy here is written for this file.

use crate::statements::assert_met_but_not_by;

/// Each `(lang, met, decoy)`: the met text meets `gdpr.retention` under a
/// heading that names no retention, the decoy does not.
fn assert_retention(cases: &[(&str, &str, &str)]) {
    for (lang, met, decoy) in cases {
        assert_met_but_not_by(
            lang,
            "gdpr",
            "gdpr.retention",
            &format!("## Privacy\n\n{met}\n"),
            &format!("## Privacy\n\n{decoy}\n"),
        );
    }
}

/// A period said with a verb of rotation, archiving or removal, of data
/// named as files, IP addresses, tickets or support requests, states the
/// retention period; tickets removed from sale or old app files kept
/// available until the end of the year do not.
#[test]
fn rotation_archiving_and_removal_of_files_and_requests_state_retention() {
    // (lang, met, decoy)
    let cases = [
        (
            "es",
            "Los registros del servidor se rotan cada 30 días. Las solicitudes de soporte se archivan durante tres años. Los archivos subidos se borran 24 horas después de su tratamiento.",
            "Las entradas no vendidas se retiran de la venta 24 horas antes del concierto. Los archivos de instalación de versiones antiguas siguen disponibles hasta final de año.",
        ),
        (
            "es",
            "Conservamos los tickets de soporte durante dos años.",
            "Los tickets de soporte se responden en dos días.",
        ),
        (
            "it",
            "I log del server vengono ruotati ogni 30 giorni. Le richieste di assistenza vengono archiviate per tre anni. I file caricati vengono rimossi 24 ore dopo l'elaborazione.",
            "I biglietti invenduti vengono ritirati dalla vendita 24 ore prima del concerto. I biglietti restano in vendita fino all'esaurimento dei posti.",
        ),
        (
            "it",
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
            "I tuoi dati sono conservati fino alla cancellazione del tuo account.",
            "I tuoi dati sono conservati sui nostri server. Puoi cancellare il tuo account in qualsiasi momento dalle impostazioni.",
        ),
        (
            "it",
            "Gli indirizzi e-mail rimangono nella nostra lista finché non ti disiscrivi.",
            "Gli indirizzi e-mail sono conservati su server in Germania. Puoi annullare l'iscrizione in qualsiasi momento.",
        ),
        (
            "pt",
            "Conservamos os seus dados até que você exclua sua conta.",
            "Conservamos os seus dados em servidores na Alemanha. Pode excluir a sua conta a qualquer momento nas definições.",
        ),
        (
            "pt",
            "O seu endereço de e-mail é conservado até cancelar a subscrição.",
            "O seu endereço de e-mail é conservado em servidores na Alemanha. Pode cancelar a subscrição a qualquer momento.",
        ),
    ];
    assert_retention(&cases);
}
