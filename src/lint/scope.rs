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
static SET: LazyLock<Option<Matcher>> = LazyLock::new(|| Matcher::new(&set_patterns(), None).ok());

/// The patterns of [`SET`].
fn set_patterns() -> Vec<String> {
    NAMES.iter().map(|(_, p)| ascii_bounded(p)).collect()
}

/// The pattern sets this module compiles, as it gives them to
/// `Matcher::new` (`lint::static_sets`).
#[cfg(test)]
pub(crate) fn static_sets() -> Vec<crate::lint::static_sets::StaticSet> {
    vec![crate::lint::static_sets::StaticSet::plain(set_patterns())]
}

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
/// (`None`: a part that names no jurisdiction, which every rule reads) in a
/// document written as a whole for `notice_for` (see [`notice_for`]) and
/// linted for `linted_for` (its own jurisdictions, else the site's).
///
/// A notice written as a whole for K is read by every rule only when K is
/// none of the laws the document is linted for: an LGPD notice linted for
/// the GDPR grants its rights to its reader all the same, but on a site
/// linted for the GDPR and the CCPA a "Your rights under the GDPR" part is
/// the GDPR's part, however much of the policy it is, and the CCPA rules
/// look for their own (the site says both laws apply, so each has its
/// part).
pub fn reads(
    rule_jurisdictions: &[String],
    scope: Option<&[&'static str]>,
    notice_for: Option<&[&'static str]>,
    linted_for: &[String],
) -> bool {
    match scope {
        None => true,
        Some(_) if rule_jurisdictions.is_empty() => true,
        Some(scope)
            if notice_for == Some(scope)
                && !linted_for.iter().any(|j| scope.contains(&j.as_str())) =>
        {
            true
        }
        Some(scope) => rule_jurisdictions
            .iter()
            .any(|j| scope.contains(&j.as_str())),
    }
}

/// The one jurisdiction K a whole document is written for, when its scoped
/// parts are no parts: every rule then reads them.
///
/// Scopes keep apart the parts of a policy with several: a GDPR or general
/// part and a "California residents" or "Brazil" addendum (a CCPA "right to
/// delete" must never meet the GDPR erasure rule). They must not blind a rule
/// to a notice written, as a whole, for one other law while the site says
/// the rule's law applies (`jurisdictions: [gdpr]`): a Brazilian notice
/// whose rights sit under "Direitos dos Titulares (LGPD Art. 18)" grants
/// them to its reader all the same. A document is such a K notice when
/// every heading scoped to anything is scoped to the same single K (so no
/// part is scoped to the rule's own jurisdiction, nor to a third), and
/// either its title (`title`: the front matter's, and its title heading)
/// names K and nothing else, or its opening does, or K's parts hold more
/// than half of its blocks. The opening is what a reader reads first: the
/// blocks before the second heading below the title (a preamble and the
/// first section, "Visão Geral: … em conformidade com a Lei Geral de
/// Proteção de Dados (LGPD …)"), and never the blocks from the first scoped
/// heading on. It is kept that short because a general policy's later
/// sections point at their addendum ("California residents: see Part B"):
/// a general part that names California is no California notice.
pub fn notice_for(
    sections: &crate::lint::text::Sections<'_>,
    title: &str,
) -> Option<Vec<&'static str>> {
    let headings = sections.heading_texts.len();
    let mut only: Option<&[&'static str]> = None;
    for h in 0..headings {
        match (sections.heading_scope(h), only) {
            (None, _) => {}
            (Some(s), None) => only = Some(s),
            (Some(s), Some(k)) if s == k => {}
            _ => return None,
        }
    }
    let k = only?;
    // A single jurisdiction: one entry of `NAMES` ("ccpa" and "caloppa" are
    // California's one name), not "the GDPR and the CCPA".
    if !NAMES.iter().any(|(ids, _)| *ids == k) {
        return None;
    }
    let lang = sections.lang.as_str();
    let names_only_k = |text: &str| {
        let named = named_in(&crate::lint::text::normalize(text), lang);
        !named.is_empty() && named.iter().all(|id| k.contains(id))
    };
    // The title heading is the first, when every other sits below it.
    let title_heading = sections.title_heading();
    let heading_title = title_heading.map(|h| sections.heading(h).text.as_str());
    if names_only_k(title) || heading_title.is_some_and(names_only_k) {
        return Some(k.to_vec());
    }
    let blocks = &sections.outline.blocks;
    // The opening ends at the second heading below the title, or at the
    // first scoped one.
    let first_scoped = (0..headings).find(|&h| sections.heading_scope(h).is_some());
    let second_below_title = (0..headings).filter(|&h| Some(h) != title_heading).nth(1);
    let end = [second_below_title, first_scoped]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(headings);
    let opening = blocks
        .iter()
        .take_while(|b| b.section.is_none_or(|s| s < end));
    // A sentence of the opening that names K as the notice's law, not a
    // pointer to K's part ("Residents of California: see our California
    // addendum below").
    let names_the_notice = |text: &str| {
        crate::lint::tree::sentences(text, lang)
            .into_iter()
            .any(|sentence| names_only_k(sentence) && !is_pointer(sentence))
    };
    if opening.clone().any(|b| names_the_notice(&b.text)) {
        return Some(k.to_vec());
    }
    let in_k = blocks
        .iter()
        .filter(|b| sections.block_scope(b).is_some())
        .count();
    (in_k * 2 > blocks.len()).then(|| k.to_vec())
}

/// Words that send the reader to another part of the document: "see",
/// "refer to", "consult", an addendum, a supplement, an annex or appendix,
/// in the seven languages ("Residents of California: see our California
/// addendum below"; "Einwohner Kaliforniens: siehe den Anhang"). Read only in a sentence of a notice's opening that names a
/// jurisdiction, where they make it a pointer to that jurisdiction's part,
/// not a statement of what law the whole notice is written for. "Below"
/// alone is no pointer: "this policy describes below how we process data
/// under the LGPD" says what the notice is.
static POINTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    crate::lint::text::compile(concat!(
        // en
        r"\b(?:see|refer to|consult|addend(?:um|a)|supplement(?:al|ary)?|appendix|annex)\b",
        // de: siehe, Anhang, Anlage, Nachtrag, Ergänzung, Zusatz
        r"|\b(?:siehe|anhang|anlage|nachtrag|ergänzung|zusatz)\b",
        // fr: voir, voyez, consultez, reportez-vous, annexe, addendum, supplément
        r"|\b(?:voir|voyez|consultez|consulter|reportez-vous|annexe|supplément)\b",
        // es: véase, vea, consulte, consultar, anexo, adenda, apéndice, suplemento
        r"|\b(?:véase|vea|consulte|consultar|anexo|adenda|apéndice|suplemento)\b",
        // it: vedi, vedere, consulta, consultare, allegato, appendice, supplemento
        r"|\b(?:vedi|vedere|consulta|consultare|allegato|appendice|supplemento)\b",
        // pt: veja, consulte, consultar, anexo, adendo, aditamento, apêndice
        r"|\b(?:veja|adendo|aditamento|apêndice)\b",
        // nl: zie, raadpleeg, bijlage, aanvulling, addendum
        r"|\b(?:zie|raadpleeg|bijlage|aanvulling)\b",
    ))
    .ok()
});

/// Whether a sentence sends its reader to another part ([`POINTER`]).
fn is_pointer(sentence: &str) -> bool {
    POINTER
        .as_ref()
        .is_some_and(|re| re.is_match(&crate::lint::text::normalize(sentence)))
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
        let site = vec!["gdpr".to_string()];
        assert!(reads(&gdpr, None, None, &site));
        assert!(!reads(&gdpr, Some(california), None, &site));
        assert!(reads(&ccpa, Some(california), None, &site));
        assert!(!reads(&ccpa, Some(&["gdpr"]), None, &site));
        assert!(
            reads(&[], Some(california), None, &site),
            "core rules read everything"
        );
        assert!(reads(&gdpr, Some(&["lgpd"]), Some(&["lgpd"]), &site));
        // A notice for a law the document is linted for is that law's part.
        let both = vec!["gdpr".to_string(), "lgpd".to_string()];
        assert!(!reads(&gdpr, Some(&["lgpd"]), Some(&["lgpd"]), &both));
    }

    /// The texts of the blocks of `md` (titled `title` in its front matter)
    /// that a rule of `rule` reads, the document linted for `rule`'s laws.
    fn read_by(md: &str, lang: &str, title: &str, rule: &[&str]) -> Vec<String> {
        read_on(md, lang, title, rule, &rule[..1])
    }

    /// The same, the document linted for `linted_for`.
    fn read_on(
        md: &str,
        lang: &str,
        title: &str,
        rule: &[&str],
        linted_for: &[&str],
    ) -> Vec<String> {
        let outline = crate::markdown::outline_only(md, 0, &Default::default()).outline;
        let sections = crate::lint::text::Sections::new(&outline, lang);
        let rule: Vec<String> = rule.iter().map(|j| j.to_string()).collect();
        let linted_for: Vec<String> = linted_for.iter().map(|j| j.to_string()).collect();
        let notice = sections.notice_for(title);
        outline
            .blocks
            .iter()
            .filter(|b| reads(&rule, sections.block_scope(b), notice, &linted_for))
            .map(|b| b.text.clone())
            .collect()
    }

    const GDPR: &[&str] = &["gdpr", "uk-gdpr"];

    #[test]
    fn a_notice_written_for_one_other_law_is_read_whole() {
        // The shape of pt-cidadaoai-privacidade: the whole notice is the
        // LGPD's, its rights and bases under headings naming it.
        let md = "# Política de Privacidade\n\n## Visão Geral\n\n\
Esta política descreve como tratamos dados pessoais em conformidade com a LGPD.\n\n\
## Base Legal (LGPD)\n\n- Consentimento do titular para dados de cadastro\n\n\
## Finalidades\n\n- Controle de acesso ao sistema\n\n\
## Direitos dos Titulares (LGPD Art. 18)\n\n- Acesso aos dados\n- Eliminação\n\n\
## Contato\n\nprivacy@exemplo.org\n";
        let read = read_by(md, "pt", "Política de Privacidade", GDPR);
        for text in ["Acesso aos dados", "Eliminação", "Consentimento do titular"] {
            assert!(read.iter().any(|t| t.contains(text)), "{text}: {read:?}");
        }
        // The same notice, its opening naming no law: not read (its LGPD
        // parts are half of it, not more, and nothing says the whole is the LGPD's).
        let plain = md.replace(" em conformidade com a LGPD", "");
        let read = read_by(&plain, "pt", "Política de Privacidade", GDPR);
        assert!(!read.iter().any(|t| t.contains("Eliminação")), "{read:?}");
        // Named in the title, or most of the notice under LGPD headings: read.
        let read = read_by(&plain, "pt", "Aviso de privacidade (LGPD)", GDPR);
        assert!(read.iter().any(|t| t.contains("Eliminação")), "{read:?}");
        let mostly = "## Sobre\n\nSomos uma associação.\n\n## Direitos (LGPD)\n\n\
- Acesso\n- Correção\n- Eliminação\n";
        let read = read_by(mostly, "pt", "Privacidade", GDPR);
        assert!(read.iter().any(|t| t.contains("Eliminação")), "{read:?}");
    }

    #[test]
    fn a_general_policy_keeps_its_california_addendum_apart() {
        // A general part, then a California addendum: a pointer to the
        // addendum past the opening does not make the policy California's.
        let md = "# Privacy Policy\n\n## Who we are\n\nWe make invoicing software.\n\n\
## Your rights\n\nYou have the right to erasure.\n\n\
## Contact\n\nCalifornia residents: see the section below.\n\n\
## Additional information for California residents\n\n\
You have the right to delete personal information.\n";
        let gdpr = read_by(md, "en", "Privacy Policy", GDPR);
        assert!(gdpr.iter().any(|t| t.contains("right to erasure")));
        assert!(
            !gdpr.iter().any(|t| t.contains("right to delete")),
            "{gdpr:?}"
        );
        // The Northwind base: a GDPR part and a California part.
        let md = "# Privacy Policy\n\n# Part A: Notice under the GDPR\n\n\
## Your rights\n\nYou have the right to erasure.\n\n\
# Part B: Additional information for California residents\n\n\
## Your rights under the CCPA\n\nYou have the right to delete personal information.\n";
        let gdpr = read_by(md, "en", "Privacy Policy", GDPR);
        assert!(
            !gdpr.iter().any(|t| t.contains("right to delete")),
            "{gdpr:?}"
        );
        let ccpa = read_by(md, "en", "Privacy Policy", &["ccpa"]);
        assert!(
            ccpa.iter().any(|t| t.contains("right to delete")),
            "{ccpa:?}"
        );
        assert!(
            !ccpa.iter().any(|t| t.contains("right to erasure")),
            "{ccpa:?}"
        );
    }

    #[test]
    fn a_notice_for_a_law_the_site_names_keeps_its_part_apart() {
        // The symmetric shape: a policy whose only scoped part is the GDPR's
        // and whose opening names the GDPR. Linted for the GDPR and the
        // CCPA, the GDPR part is the GDPR's, not rights every rule reads.
        let md = "# Privacy Policy\n\n## About this policy\n\n\
This policy explains how we process personal data under the GDPR.\n\n\
## What we collect\n\nYour email address.\n\n\
## Your rights under the GDPR\n\nYou have the right to erasure.\n";
        let ccpa = read_on(md, "en", "Privacy Policy", &["ccpa"], &["gdpr", "ccpa"]);
        assert!(!ccpa.iter().any(|t| t.contains("erasure")), "{ccpa:?}");
        assert!(ccpa.iter().any(|t| t.contains("email address")), "{ccpa:?}");
        let gdpr = read_on(md, "en", "Privacy Policy", GDPR, &["gdpr", "ccpa"]);
        assert!(gdpr.iter().any(|t| t.contains("erasure")), "{gdpr:?}");
        // The LGPD notice linted for the GDPR and the LGPD: its LGPD parts
        // are the LGPD's; linted for the GDPR alone, they are read whole.
        let md = "# Política de Privacidade\n\n## Visão Geral\n\n\
Esta política descreve como tratamos dados pessoais em conformidade com a LGPD.\n\n\
## Finalidades\n\n- Controle de acesso ao sistema\n\n\
## Direitos dos Titulares (LGPD Art. 18)\n\n- Acesso aos dados\n- Eliminação\n";
        let both = read_on(md, "pt", "Política", GDPR, &["gdpr", "lgpd"]);
        assert!(!both.iter().any(|t| t.contains("Eliminação")), "{both:?}");
        let alone = read_on(md, "pt", "Política", GDPR, &["gdpr"]);
        assert!(alone.iter().any(|t| t.contains("Eliminação")), "{alone:?}");
    }

    #[test]
    fn a_pointer_to_an_addendum_in_the_first_section_scopes_nothing() {
        // A general policy that points at its California addendum in its
        // very first section, in each language: the pointer names the
        // addendum's law, the policy is still a general one.
        for (lang, pointer, addendum, delete) in [
            (
                "en",
                "Residents of California: see our California addendum below.",
                "Additional information for California residents",
                "You have the right to delete personal information.",
            ),
            (
                "de",
                "Einwohner Kaliforniens: siehe den Anhang für Kalifornien.",
                "Hinweise für Einwohner Kaliforniens",
                "Sie haben das Recht auf Löschung nach dem CCPA.",
            ),
            (
                "fr",
                "Résidents de Californie : voir l'annexe Californie ci-dessous.",
                "Informations pour les résidents de Californie",
                "Vous avez le droit de suppression au titre du CCPA.",
            ),
            (
                "es",
                "Residentes en California: consulte el anexo para California.",
                "Información para residentes en California",
                "Tiene derecho a solicitar la supresión conforme a la CCPA.",
            ),
            (
                "it",
                "Residenti in California: vedi l'allegato California.",
                "Informazioni per i residenti in California",
                "Hai il diritto alla cancellazione ai sensi del CCPA.",
            ),
            (
                "pt",
                "Residentes na Califórnia: veja o adendo para a Califórnia.",
                "Informação para residentes na Califórnia",
                "Tem o direito de pedir a eliminação nos termos do CCPA.",
            ),
            (
                "nl",
                "Inwoners van Californië: zie de bijlage voor Californië.",
                "Informatie voor inwoners van Californië",
                "U hebt het recht op verwijdering onder de CCPA.",
            ),
        ] {
            let md = format!(
                "# Privacy\n\n## Intro\n\nWe make invoicing software. {pointer}\n\n\
## Data\n\nEmail.\n\n## {addendum}\n\n{delete}\n"
            );
            let gdpr = read_on(&md, lang, "Privacy", GDPR, &["gdpr"]);
            assert!(!gdpr.iter().any(|t| t.contains(delete)), "{lang}: {gdpr:?}");
            // Without the pointer's words, the opening names the law of the
            // notice: read whole, as before.
            let named = md.replace(pointer, &format!("{addendum}."));
            let gdpr = read_on(&named, lang, "Privacy", GDPR, &["gdpr"]);
            assert!(gdpr.iter().any(|t| t.contains(delete)), "{lang}: {gdpr:?}");
        }
    }

    #[test]
    fn a_gdpr_part_and_an_lgpd_part_stay_apart() {
        let md = "# Política de Privacidade\n\n\
Esta política segue a LGPD.\n\n\
## Direitos no RGPD\n\n- Apagamento dos dados\n\n\
## Direitos na LGPD\n\n- Eliminação dos dados\n- Anonimização\n- Bloqueio\n";
        let gdpr = read_by(md, "pt", "Política de Privacidade", GDPR);
        assert!(gdpr.iter().any(|t| t.contains("Apagamento")));
        assert!(!gdpr.iter().any(|t| t.contains("Eliminação")), "{gdpr:?}");
        let lgpd = read_by(md, "pt", "Política de Privacidade", &["lgpd"]);
        assert!(!lgpd.iter().any(|t| t.contains("Apagamento")), "{lgpd:?}");
        assert!(lgpd.iter().any(|t| t.contains("Eliminação")));
    }

    #[test]
    fn an_lgpd_notice_linted_for_the_lgpd_reads_as_before() {
        let md = "# Política de Privacidade\n\n## Visão Geral\n\n\
Em conformidade com a LGPD.\n\n## Direitos dos Titulares (LGPD)\n\n- Eliminação\n\n\
## Contato\n\nprivacy@exemplo.org\n";
        let outline = crate::markdown::outline_only(md, 0, &Default::default()).outline;
        let sections = crate::lint::text::Sections::new(&outline, "pt");
        let lgpd = vec!["lgpd".to_string()];
        for b in &outline.blocks {
            let scope = sections.block_scope(b);
            assert_eq!(
                reads(&lgpd, scope, sections.notice_for("Política"), &lgpd),
                reads(&lgpd, scope, None, &lgpd),
                "{}",
                b.text
            );
        }
        assert_eq!(read_by(md, "pt", "Política", &["lgpd"]).len(), 3);
    }
}
