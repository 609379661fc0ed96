//! Requirements stated in tables (issue #20): a rights table whose row is
//! titled with the bare name of the right to object, a retention table
//! without a header row, a retention column of a table of purposes. Each
//! case must meet its rule; without its row the rule fires, and so it does
//! where the same words are said of something else (opening hours are no
//! retention period, an office open to visitors is no objection).
//!
//! Every policy here is written for this file.

use crate::statements::fires;

/// A rights table in `lang`: its header row, then `rows`.
fn rights_table(header: &str, rows: &[&str]) -> String {
    let mut table = format!("## Rights\n\n| {header} |\n| --- | --- |\n");
    for row in rows {
        table.push_str(&format!("| {row} |\n"));
    }
    table
}

/// A row titled with the bare name of the right ("| Objection | Object to
/// our use of your data |") grants it under a column that says what the
/// reader can do: the title names the right of its own row only. A table
/// without that row does not state it, and a row titled "Objection" whose
/// text is about something else grants nothing.
#[test]
fn a_row_titled_with_the_bare_name_of_the_right_to_object_grants_it() {
    // (lang, header, objection row, the same title over something else)
    let cases = [
        (
            "en",
            "Right | What you can do",
            "Objection | Object to our use of your data",
            "Objection | Our offices are open to visitors on weekdays",
        ),
        (
            "de",
            "Recht | Was Sie tun können",
            "Widerspruch | Der Verarbeitung Ihrer Daten widersprechen",
            "Widerspruch | Unsere Büros sind werktags für Besucher geöffnet",
        ),
        (
            "fr",
            "Droit | Ce que vous pouvez faire",
            "Opposition | Vous opposer au traitement de vos données",
            "Opposition | Nos bureaux sont ouverts aux visiteurs en semaine",
        ),
        (
            "es",
            "Derecho | Qué puede hacer",
            "Oposición | Oponerse al tratamiento de sus datos",
            "Oposición | Nuestras oficinas están abiertas a los visitantes entre semana",
        ),
        (
            "it",
            "Diritto | Cosa può fare",
            "Opposizione | Opporsi al trattamento dei suoi dati",
            "Opposizione | I nostri uffici sono aperti ai visitatori nei giorni feriali",
        ),
        (
            "pt",
            "Direito | O que pode fazer",
            "Oposição | Opor-se ao tratamento dos seus dados",
            "Oposição | Os nossos escritórios estão abertos aos visitantes nos dias úteis",
        ),
        (
            "nl",
            "Recht | Wat u kunt doen",
            "Bezwaar | Bezwaar maken tegen de verwerking van uw gegevens",
            "Bezwaar | Onze kantoren zijn op werkdagen open voor bezoekers",
        ),
    ];
    let rule = "gdpr.rights.object";
    for (lang, header, objection, decoy) in cases {
        let met = rights_table(header, &[objection]);
        assert!(
            !fires(lang, "gdpr", &met, rule),
            "{lang}: {rule} fired although the row grants it\n{met}"
        );
        let decoyed = rights_table(header, &[decoy]);
        assert!(
            fires(lang, "gdpr", &decoyed, rule),
            "{lang}: {rule} did not fire on a row about something else\n{decoyed}"
        );
    }
}

/// A retention table whose first row is a value, not column titles
/// ("| Server logs | 7 days |" right under "## Retention"), states how long
/// each kind of data is kept, as "**Server logs:** 7 days" would. The same
/// shape of table about opening hours states no retention.
#[test]
fn a_retention_table_without_a_header_row_states_the_periods() {
    // (lang, heading, first row, second row)
    let cases = [
        (
            "en",
            "Retention",
            "Server logs | 7 days",
            "Invoices | 10 years",
        ),
        (
            "de",
            "Speicherdauer",
            "Serverprotokolle | 7 Tage",
            "Rechnungsdaten | 10 Jahre",
        ),
        (
            "fr",
            "Durée de conservation",
            "Journaux du serveur | 7 jours",
            "Données de facturation | 10 ans",
        ),
        (
            "es",
            "Plazo de conservación",
            "Registros del servidor | 7 días",
            "Datos de facturación | 10 años",
        ),
        (
            "it",
            "Periodo di conservazione",
            "Log del server | 7 giorni",
            "Dati di fatturazione | 10 anni",
        ),
        (
            "pt",
            "Prazo de conservação",
            "Registos do servidor | 7 dias",
            "Dados de faturação | 10 anos",
        ),
        (
            "nl",
            "Bewaartermijn",
            "Serverlogs | 7 dagen",
            "Factuurgegevens | 10 jaar",
        ),
    ];
    for (lang, heading, first, second) in cases {
        let met = format!("## {heading}\n\n| {first} |\n| --- | --- |\n| {second} |\n");
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.retention"),
            "{lang}: gdpr.retention fired although the table states periods\n{met}"
        );
        let removed = format!("## {heading}\n\nWe look after your data carefully.\n");
        assert!(
            fires(lang, "gdpr", &removed, "gdpr.retention"),
            "{lang}: gdpr.retention did not fire without the table\n{removed}"
        );
    }
    let decoy = "## Opening hours\n\n| Monday | 9:00 to 17:00 |\n| --- | --- |\n\
                 | Saturday | 10:00 to 14:00 |\n";
    assert!(
        fires("en", "gdpr", decoy, "gdpr.retention"),
        "en: gdpr.retention did not fire on a table of opening hours\n{decoy}"
    );
}

/// A table of purposes with a retention column ("Speicherdauer",
/// "Durée de conservation", …): each cell under it says how long the data
/// of its row are kept, a period or a criterion ("until you delete your
/// account"). A column about something else holds no retention period.
#[test]
fn a_retention_column_states_the_period_of_its_row() {
    // (lang, header, row)
    let cases = [
        (
            "de",
            "Zweck | Daten | Rechtsgrundlage | Speicherdauer",
            "Führung Ihres Kundenkontos | Name, E-Mail-Adresse | Art. 6 Abs. 1 lit. b DSGVO | Bis zur Löschung Ihres Kontos",
        ),
        (
            "it",
            "Finalità | Dati | Base giuridica | Periodo di conservazione",
            "Gestione del suo account | Nome, indirizzo e-mail | Art. 6.1.b GDPR | Fino alla chiusura del suo account",
        ),
        (
            "pt",
            "Finalidade | Dados | Fundamento jurídico | Prazo de conservação",
            "Gestão da sua conta | Nome, endereço de e-mail | Art. 6.º, n.º 1, alínea b) RGPD | Até ao encerramento da sua conta",
        ),
        (
            "nl",
            "Doel | Gegevens | Grondslag | Bewaartermijn",
            "Beheer van uw account | Naam, e-mailadres | Art. 6 lid 1 sub b AVG | 2 jaar na het opzeggen van uw account",
        ),
    ];
    for (lang, header, row) in cases {
        let table = |header: &str| {
            format!("## Processing\n\n| {header} |\n| --- | --- | --- | --- |\n| {row} |\n")
        };
        let met = table(header);
        assert!(
            !fires(lang, "gdpr", &met, "gdpr.retention"),
            "{lang}: gdpr.retention fired although the column states the period\n{met}"
        );
        // The last column about something else: no period is stated.
        let other = header
            .rsplit_once(" | ")
            .map_or(header.to_string(), |(rest, _)| format!("{rest} | Contact"));
        let decoy = table(&other);
        assert!(
            fires(lang, "gdpr", &decoy, "gdpr.retention"),
            "{lang}: gdpr.retention did not fire without a retention column\n{decoy}"
        );
    }
}
