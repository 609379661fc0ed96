use std::ops::Range;
use std::sync::LazyLock;

use crate::lint::Check;
use crate::lint::matcher::Matcher;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// The document gives no working way to reach the organisation, gives a
    /// malformed one, or one that disagrees with site.toml.
    ///
    /// GDPR Art. 13(1)(a) and 14(1)(a) require the controller's contact
    /// details; CCPA § 7011(e)(5) and CalOPPA require a way to contact the
    /// business; terms of service need one for notices. Charter looks for an
    /// email address or a contact URL in the text (or `contact:` in front
    /// matter), checks that every address is well formed, and that one of
    /// them is `[organization] contact_email` from site.toml, so that a policy
    /// copied from another product does not send people to the wrong inbox.
    /// Addresses in the text are rendered as `mailto:` links.
    ///
    /// ## Example
    /// "Contact us at privacy@example" is a finding: the domain is incomplete.
    pub static CONTACT_ADDRESS = {
        id: "contact.address",
        severity: Error,
        pack: "core",
        applies_to: [PrivacyPolicy, CookiePolicy, TermsOfService, Dpa],
        jurisdictions: [],
        message: "No working contact address",
        help: "write the address in the text, e.g. \"Contact us at privacy@example.com\"; it becomes a link on the page",
        check: Document(check),
    };
}

/// Anything that looks like someone tried to write an email address: the
/// spans `(?:mailto:)?[\w.%+-]*@[A-Za-z0-9.-]*[A-Za-z0-9]` finds in `body`
/// (leftmost-first, not overlapping), found by hand, where building that
/// `Regex` (its forward and reverse NFAs of `\w`) cost 3.0 million
/// instructions a run. A match holds one `@` (no class holds it); before it
/// the longest run of `[\w.%+-]` since the search's start, with `mailto:`
/// before that run if it is there; after it the longest run of
/// `[A-Za-z0-9.-]`, up to its last letter or digit, and no match at this
/// `@` if it has none.
fn candidates(body: &str) -> Vec<Range<usize>> {
    let bytes = body.as_bytes();
    let local = |c: char| regex_syntax::is_word_character(c) || matches!(c, '.' | '%' | '+' | '-');
    let mut found = Vec::new();
    // Where the search resumes: the end of the last match.
    let mut at = 0;
    let mut from = 0;
    while let Some(i) = body[from..].find('@') {
        let a = from + i;
        from = a + 1;
        let run = bytes[a + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
            .count();
        let Some(last) = bytes[a + 1..a + 1 + run]
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
        else {
            continue;
        };
        let end = a + 1 + last + 1;
        let mut start = body[at..a]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local(c))
            .last()
            .map_or(a, |(j, _)| at + j);
        if start >= at + 7 && bytes[start - 7..start] == *b"mailto:" {
            start -= 7;
        }
        found.push(start..end);
        at = end;
        from = end;
    }
    found
}
/// Only asked whether they match: [`Matcher`]s (no reverse automaton).
/// A `Matcher` is case-insensitive; `(?-i)` keeps this one as written.
static VALID: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(&[VALID_PATTERN], None).expect("static regex"));
const VALID_PATTERN: &str = r"(?-i)^[\w%+-]+(?:\.[\w%+-]+)*@(?:[\w-]+\.)+[A-Za-z]{2,}$";
static CONTACT_URL: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(&[CONTACT_URL_PATTERN], None).expect("static regex"));
const CONTACT_URL_PATTERN: &str =
    r"(?i)https?://[^\s)>\]]*(?:contact|kontakt|privacy-request|dsar|support)[^\s)>\]]*";

/// The pattern sets this rule compiles, as it gives them to `Matcher::new`
/// (`lint::static_sets`).
#[cfg(test)]
pub(crate) fn static_sets() -> Vec<crate::lint::static_sets::StaticSet> {
    use crate::lint::static_sets::StaticSet;
    vec![
        StaticSet::plain(vec![VALID_PATTERN.to_string()]),
        StaticSet::plain(vec![CONTACT_URL_PATTERN.to_string()]),
    ]
}

/// Whether an invalid `x@y` was meant as an email address: not part of a URL
/// path (`/docs@latest/`), not a capitalised product name (`Bugzilla@Mozilla`).
fn looks_like_address_attempt(before: &str, text: &str) -> bool {
    let in_path = before.ends_with('/') || before.ends_with(':');
    let domain = text.rsplit('@').next().unwrap_or("");
    let lowercase_domain = !domain.chars().any(|c| c.is_ascii_uppercase());
    !in_path && lowercase_domain
}

pub fn is_valid_email(s: &str) -> bool {
    VALID.is_match(s) && !s.contains("..")
}

fn check(c: &mut Check<'_>) {
    let (body, offset) = c.body();
    let mut emails: Vec<(Range<usize>, String)> = Vec::new();
    let mut malformed: Vec<(Range<usize>, String)> = Vec::new();
    for m in candidates(body) {
        let found = &body[m.clone()];
        let is_mailto = found.starts_with("mailto:");
        // Emphasis markers around an address are Markdown, not part of it.
        let text = found.trim_start_matches("mailto:").trim_start_matches('_');
        // "@handle" and lone "@" are not attempts at an address.
        if text.starts_with('@') || !text.contains('@') {
            continue;
        }
        let span = offset + m.start..offset + m.end;
        if is_valid_email(text) {
            emails.push((span, text.to_string()));
        } else if is_mailto || looks_like_address_attempt(&body[..m.start], text) {
            malformed.push((span, text.to_string()));
        }
    }
    let has_url = CONTACT_URL.is_match(body);
    let front_contact = c.doc.front.contact.clone();
    if let Some(fc) = &front_contact {
        let v = fc.value.trim();
        if v.contains('@') && !is_valid_email(v.trim_start_matches("mailto:")) {
            malformed.push((fc.span.clone(), v.to_string()));
        }
    }
    let any_malformed = !malformed.is_empty();
    for (span, text) in malformed {
        c.report_violation(span, Contact::Malformed { text });
    }
    if emails.is_empty() && !has_url && front_contact.is_none() && !any_malformed {
        let span = c.front_matter_span();
        c.report(span, "no email address or contact URL in this document");
        return;
    }
    let org_email = c
        .site
        .config
        .organization
        .as_ref()
        .map(|o| o.contact_email.trim().to_string())
        .filter(|e| !e.is_empty());
    if let (Some(org), Some((first_span, first))) = (org_email, emails.first().cloned()) {
        let matches = |e: &str| e.eq_ignore_ascii_case(&org);
        let front_matches = front_contact
            .as_ref()
            .is_some_and(|f| matches(f.value.trim()));
        if !emails.iter().any(|(_, e)| matches(e)) && !front_matches {
            c.report_violation(first_span, Contact::NotTheOrganisations { first, org });
        }
    }
}

/// A contact address that is there but wrong. (None at all is the rule's
/// summary, reported as it is.)
enum Contact {
    /// `text` was meant as an email address but is not one.
    Malformed { text: String },
    /// None of the addresses is site.toml's `org`; `first` is the first.
    NotTheOrganisations { first: String, org: String },
}

impl Violation for Contact {
    fn message(&self) -> String {
        match self {
            Self::Malformed { text } => format!("Malformed contact address `{text}`"),
            Self::NotTheOrganisations { first, org } => format!(
                "The contact address {first} differs from site.toml's organization.contact_email ({org})"
            ),
        }
    }
    fn label(&self) -> String {
        match self {
            Self::Malformed { .. } => "not a valid email address".into(),
            Self::NotTheOrganisations { org, .. } => format!("site.toml says {org}"),
        }
    }
    fn help(&self) -> Option<String> {
        Some(match self {
            Self::Malformed { .. } => "write a complete address such as privacy@example.com".into(),
            Self::NotTheOrganisations { .. } => {
                "use the organisation's address, or correct contact_email in site.toml".into()
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{candidates, is_valid_email};
    use crate::lint::matcher::assert_finds_as;

    /// `candidates` finds what the regex it replaces finds, on texts drawn
    /// from the characters that matter (a fixed pseudo-random sequence).
    #[test]
    fn candidates_as_the_regex() {
        let re = regex::Regex::new(r"(?:mailto:)?[\w.%+-]*@[A-Za-z0-9.-]*[A-Za-z0-9]").unwrap();
        let alphabet: Vec<&str> = vec![
            "@", "a", "Z", "9", ".", "-", "_", "%", "+", ":", " ", "é", "ß", "/", "mailto:",
            "mailto", "@@", "\n", "x.y", "é@", "-.",
        ];
        assert_finds_as(&re, &alphabet, 0x9e37_79b9_7f4a_7c15, candidates);
    }

    #[test]
    fn email_validity() {
        assert!(is_valid_email("privacy@example.com"));
        assert!(is_valid_email("first.last+tag@sub.example.co.uk"));
        for bad in [
            "privacy@example",
            "a..b@example.com",
            "@example.com",
            "a@.com",
            "a@b.c",
        ] {
            assert!(!is_valid_email(bad), "{bad}");
        }
    }
}
