//! Jurisdiction scopes: a part of a policy written for one jurisdiction.
//!
//! Policies for several jurisdictions give each its part ("Additional
//! information for California residents", "Hinweise nach der DSGVO"). A rule
//! of one jurisdiction must not be met by another's part (the CCPA "right to
//! delete" is not the GDPR right to erasure; the CCPA's 45-day response time
//! is not a GDPR response time), and must not report its requirement missing
//! from another's rights section. A heading that names a jurisdiction scopes
//! everything below it; a rule reads the parts of its own jurisdictions and
//! the parts that name none.
//!
//! The names are the laws' official names and abbreviations in each
//! language version (GDPR: Regulation (EU) 2016/679, whose language versions
//! call it DSGVO, RGPD, AVG; UK GDPR: the Data Protection Act 2018; CCPA/CPRA:
//! Cal. Civ. Code § 1798.100 ff.; LGPD: Lei nº 13.709/2018), and the places'
//! names in the seven languages Charter lints.

use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use crate::lint::matcher::Matcher;

/// Jurisdiction ids as rule packs use them, with the names that scope a part
/// of a policy to them. Matched case-insensitively on normalized heading text.
const NAMES: &[(&[&str], &str)] = &[
    (
        &["ccpa", "caloppa"],
        // California in en/es/it (California), de (Kalifornien), fr
        // (Californie), pt (Califórnia), nl (Californië); the Acts.
        r"\bcalifornia\b|\bkaliforniens?\b|\bcalifornie\b|\bcalif[oó]rnia\b|\bcaliforni(?:e\b|ë)|\bccpa\b|\bcpra\b|\bcaloppa\b",
    ),
    (
        &["gdpr"],
        // The Regulation's abbreviations in its language versions, and the
        // EU / EEA in the seven languages (EWR, EEE, EER; Italian SEE only
        // spelled out, "see" being an English word; "EU" below).
        r"general data protection regulation|datenschutz-grundverordnung|r[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es|reglamento general de protecci[óo]n de datos|regolamento generale sulla protezione dei dati|regulamento geral (sobre a|de) prote[çc][ãa]o de dados|algemene verordening gegevensbescherming|\bgdpr\b|\bdsgvo\b|\brgpd\b|\bavg\b|\bue\b|\beea\b|\bewr\b|\beee\b|\beer\b|european (union|economic area)|europ[äa]ische[nrs]? (union|wirtschaftsraum)|union europ[ée]enne|espace [ée]conomique europ[ée]en|uni[óo]n europea|espacio econ[óo]mico europeo|unione europea|spazio economico europeo|uni[ãa]o europeia|espa[çc]o econ[óo]mico europeu|europese (unie|economische ruimte)",
    ),
    (
        &["uk-gdpr"],
        r"\buk gdpr\b|\bunited kingdom\b|\bvereinigte[sn]? k[öo]nigreich\b|\broyaume-uni\b|\breino unido\b|\bregno unito\b|\bverenigd koninkrijk\b",
    ),
    (
        &["lgpd"],
        r"\blgpd\b|\bbrazil\b|\bbrasil\b|\bbrasilien\b|\br[ée]sil\b|\bbrasile\b|\bbrazili(?:e\b|ë)",
    ),
];

/// ASCII word boundaries: Unicode ones force the regex crate's slowest
/// engine (lint of 3,000 pages took 14% longer). ASCII ones see a boundary
/// inside "reçue" (between ç and u), so a match is confirmed in code.
fn ascii_bounded(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// All names in one set: one pass over a heading, which mostly names none
/// (a 3,000-page site has tens of thousands of headings).
static SET: LazyLock<Option<Matcher>> = LazyLock::new(|| {
    let names: Vec<String> = NAMES.iter().map(|(_, p)| ascii_bounded(p)).collect();
    Matcher::new(&names, None).ok()
});

/// Each name on its own, to confirm where the set matched; compiled the
/// first time the set finds it.
static EACH: [OnceLock<Option<Regex>>; NAMES.len()] = [const { OnceLock::new() }; NAMES.len()];

fn each(i: usize) -> Option<&'static Regex> {
    EACH[i]
        .get_or_init(|| crate::lint::text::compile(&ascii_bounded(NAMES[i].1)).ok())
        .as_ref()
}

/// Whether `re` matches `text` somewhere no letter or digit touches.
fn stands_alone(re: &Regex, text: &str) -> bool {
    re.find_iter(text).any(|m| {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        // The match's own edges are ASCII letters wherever a `\b` stood.
        !before.is_some_and(|c| c.is_alphanumeric() && !c.is_ascii())
            && !after.is_some_and(|c| c.is_alphanumeric() && !c.is_ascii())
    })
}

/// The jurisdictions a heading (normalized text, in language `lang`) names;
/// empty when none.
pub fn named_in(heading: &str, lang: &str) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = match SET.as_ref() {
        Some(set) if set.is_match(heading) => set
            .matches(heading)
            .iter()
            .map(|i| i.as_usize())
            .filter(|&i| each(i).is_some_and(|re| stands_alone(re, heading)))
            .flat_map(|i| NAMES[i].0.iter().copied())
            .collect(),
        _ => Vec::new(),
    };
    // "EU" is the Union everywhere but in Portuguese, where "eu" is "I"
    // ("Como eu posso…"); Portuguese says UE.
    let says_eu = !lang.starts_with("pt")
        && heading
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("eu"));
    if says_eu && !ids.contains(&"gdpr") {
        ids.push("gdpr");
    }
    // "UK GDPR" names the United Kingdom's law, not the EU Regulation: the
    // GDPR's name inside it does not scope the part to the EU too.
    if ids.contains(&"uk-gdpr") && ids.contains(&"gdpr") && !says_eu {
        let without_uk = heading.to_lowercase().replace("uk gdpr", "uk");
        if !named_in(&without_uk, lang).contains(&"gdpr") {
            ids.retain(|id| *id != "gdpr");
        }
    }
    ids
}

/// Whether a rule of `rule_jurisdictions` reads a part scoped to `scope`
/// (`None`: a part that names no jurisdiction, which every rule reads).
pub fn reads(rule_jurisdictions: &[String], scope: Option<&[&'static str]>) -> bool {
    match scope {
        None => true,
        Some(_) if rule_jurisdictions.is_empty() => true,
        Some(scope) => rule_jurisdictions
            .iter()
            .any(|j| scope.contains(&j.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_their_jurisdictions_in_seven_languages() {
        for (heading, expected) in [
            (
                "additional information for california residents",
                vec!["ccpa", "caloppa"],
            ),
            (
                "hinweise für einwohner kaliforniens",
                vec!["ccpa", "caloppa"],
            ),
            (
                "zusätzliche hinweise für kalifornien",
                vec!["ccpa", "caloppa"],
            ),
            (
                "informations pour les résidents de californie",
                vec!["ccpa", "caloppa"],
            ),
            (
                "informação para residentes na califórnia",
                vec!["ccpa", "caloppa"],
            ),
            (
                "informatie voor inwoners van californië",
                vec!["ccpa", "caloppa"],
            ),
            ("ihre rechte nach der dsgvo", vec!["gdpr"]),
            ("users in the eea", vec!["gdpr"]),
            ("droits au titre du rgpd", vec!["gdpr"]),
            ("your rights", vec![]),
            ("retention", vec![]),
            ("users in the united kingdom", vec!["uk-gdpr"]),
            ("direitos previstos na lgpd", vec!["lgpd"]),
            (
                "your rights under the gdpr and the ccpa",
                vec!["ccpa", "caloppa", "gdpr"],
            ),
        ] {
            assert_eq!(named_in(heading, "en"), expected, "{heading}");
        }
        assert_eq!(named_in("users in the eu", "en"), ["gdpr"]);
        assert_eq!(named_in("Information for users in the EU", "en"), ["gdpr"]);
        assert_eq!(
            named_in("Hinweise für Nutzer in Kalifornien", "de"),
            ["ccpa", "caloppa"]
        );
        // "ue" inside a word is not the Union.
        assert_eq!(
            named_in("Données reçue de partenaires", "fr"),
            Vec::<&str>::new()
        );
        assert_eq!(named_in("Informations pour l'UE", "fr"), ["gdpr"]);
        assert_eq!(named_in("Your rights under the UK GDPR", "en"), ["uk-gdpr"]);
        assert_eq!(
            named_in("Your rights under the GDPR and the UK GDPR", "en"),
            ["gdpr", "uk-gdpr"]
        );
        assert_eq!(named_in("see how we use data", "en"), Vec::<&str>::new());
        assert_eq!(named_in("o que eu posso fazer", "pt"), Vec::<&str>::new());
        assert_eq!(named_in("residentes na ue", "pt"), ["gdpr"]);
    }

    #[test]
    fn a_rule_reads_its_own_parts_and_unscoped_ones() {
        let gdpr = vec!["gdpr".to_string(), "uk-gdpr".to_string()];
        let ccpa = vec!["ccpa".to_string()];
        let california: &[&str] = &["ccpa", "caloppa"];
        assert!(reads(&gdpr, None));
        assert!(!reads(&gdpr, Some(california)));
        assert!(reads(&ccpa, Some(california)));
        assert!(!reads(&ccpa, Some(&["gdpr"])));
        assert!(reads(&[], Some(california)), "core rules read everything");
    }
}
