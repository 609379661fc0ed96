//! The built-in dictionary of common sub-processors, for noticing providers
//! that a policy names but does not declare. Extensible with
//! `[lint] providers = ["Acme Mail"]` in site.toml.

use std::sync::OnceLock;

use regex::{Regex, RegexSet};

use crate::lint::matcher::Matcher;

/// Canonical name and the ways policies write it (case-sensitive: "Stripe" the
/// company, not "stripe" the pattern).
const BUILTIN: &[(&str, &str)] = &[
    (
        "Amazon Web Services",
        r"Amazon Web Services|\bAWS\b|Amazon S3|Amazon EC2|Amazon CloudFront|Amazon SES|Amazon RDS",
    ),
    ("Google Cloud", r"Google Cloud(?: Platform)?|\bGCP\b"),
    ("Firebase", r"Firebase"),
    ("Google Analytics", r"Google Analytics"),
    ("Google Workspace", r"Google Workspace|G Suite"),
    ("Cloudflare", r"Cloudflare"),
    ("DigitalOcean", r"Digital ?Ocean"),
    ("Microsoft Azure", r"(?:Microsoft )?\bAzure\b"),
    ("Stripe", r"\bStripe\b"),
    ("PayPal", r"\bPayPal\b"),
    ("Braintree", r"\bBraintree\b"),
    ("Adyen", r"\bAdyen\b"),
    ("Twilio", r"\bTwilio\b"),
    ("SendGrid", r"SendGrid"),
    ("Mailchimp", r"Mail[Cc]himp"),
    ("Mailgun", r"Mailgun"),
    ("Postmark", r"\bPostmark\b"),
    ("Hetzner", r"Hetzner"),
    ("OVHcloud", r"\bOVH(?:cloud)?\b"),
    ("Scaleway", r"\bScaleway\b"),
    ("IONOS", r"\bIONOS\b"),
    ("Linode", r"\bLinode\b"),
    ("Heroku", r"\bHeroku\b"),
    ("Vercel", r"\bVercel\b"),
    ("Netlify", r"\bNetlify\b"),
    ("Fastly", r"\bFastly\b"),
    ("Akamai", r"\bAkamai\b"),
    ("Salesforce", r"\bSalesforce\b"),
    ("HubSpot", r"\bHubSpot\b"),
    ("Intercom", r"\bIntercom\b"),
    ("Zendesk", r"\bZendesk\b"),
    ("Segment", r"\bSegment\.(?:com|io)\b|Twilio Segment"),
    ("Mixpanel", r"\bMixpanel\b"),
    ("Amplitude", r"\bAmplitude\b"),
    ("Hotjar", r"\bHotjar\b"),
    ("Sentry", r"\bSentry\b"),
    ("Datadog", r"\bDatadog\b"),
    ("Auth0", r"\bAuth0\b"),
    ("Okta", r"\bOkta\b"),
    ("MongoDB Atlas", r"MongoDB Atlas"),
    ("Snowflake", r"\bSnowflake\b"),
    ("Algolia", r"\bAlgolia\b"),
    // European hosting, payment and mailing providers that European
    // policies name as often as the American ones above.
    ("Leaseweb", r"\bLease[Ww]eb\b"),
    ("TransIP", r"\bTransIP\b"),
    ("Strato", r"\bSTRATO\b|\bStrato AG\b"),
    ("netcup", r"\bnetcup\b"),
    ("Infomaniak", r"\bInfomaniak\b"),
    ("Mollie", r"\bMollie\b"),
    ("Klarna", r"\bKlarna\b"),
    ("Brevo", r"\bBrevo\b|\bSendinblue\b"),
    ("Mailjet", r"\bMailjet\b"),
];

pub struct Provider {
    pub name: String,
    source: String,
    /// `source` without its word boundaries: it matches wherever `source`
    /// does, and more ("Stripes"). See [`Providers::candidates`].
    loose: String,
    /// Compiled on first use: most documents name no provider.
    pattern: OnceLock<Regex>,
}

impl Provider {
    fn new(name: &str, source: String, loose: String) -> Provider {
        Provider {
            name: name.to_string(),
            source,
            loose,
            pattern: OnceLock::new(),
        }
    }

    /// How policies write the provider's name.
    pub fn pattern(&self) -> &Regex {
        // Checked by `Providers::new`.
        self.pattern
            .get_or_init(|| Regex::new(&self.source).unwrap_or_else(|_| never()))
    }
}

/// A regex that matches nothing.
fn never() -> Regex {
    Regex::new(r"[^\s\S]").expect("static regex")
}

pub struct Providers {
    pub list: Vec<Provider>,
    /// Every provider's pattern without its word boundaries, as one set:
    /// most paragraphs name no provider, and one pass tells so, and which
    /// providers a paragraph may name, instead of a pass of each provider's
    /// own pattern (a tenth of the lint of a generated 300-page site, whose
    /// paragraphs name providers, and compiling all of them another 6%).
    /// Unicode word boundaries would make the set's lazy DFA give up on
    /// non-ASCII text; without them it is a set of literals. Compiled on
    /// first use, as a [`Matcher`] (only which patterns match is asked: no
    /// reverse NFA, prefilter or one-pass DFA as a `RegexSet` builds, 4.9
    /// million instructions), each pattern case-sensitive as written; boxed,
    /// as a `Matcher` is large and a `Linter` holds the providers.
    loose: OnceLock<Box<Matcher>>,
    /// [`Providers::identify_all`]'s answers so far, by declared name, as
    /// indexes in `list` ([`Providers::identified`]).
    identified: crate::memo::Memo<Vec<usize>>,
}

impl Providers {
    /// The built-in dictionary plus `extra` names (matched literally). The
    /// built-in patterns compile when first used (a test compiles each);
    /// the site's names are checked here.
    pub fn new<'a>(extra: impl IntoIterator<Item = &'a str>) -> Result<Providers, String> {
        let mut list: Vec<Provider> = BUILTIN
            .iter()
            .map(|(name, pattern)| Provider::new(name, pattern.to_string(), loose(pattern)))
            .collect();
        for name in extra {
            let escaped = regex::escape(name.trim());
            let source = format!(r"\b{escaped}\b");
            let pattern = Regex::new(&source).map_err(|e| format!("provider {name}: {e}"))?;
            let provider = Provider::new(name.trim(), source, escaped);
            let _ = provider.pattern.set(pattern);
            list.push(provider);
        }
        if list.len() > BUILTIN.len() {
            // The site's names could make the set too large.
            loose_set(&list).map_err(|e| format!("providers: {e}"))?;
        }
        Ok(Providers {
            list,
            loose: OnceLock::new(),
            identified: Default::default(),
        })
    }

    /// Whether `text` may name a provider (see `loose`).
    pub fn any_match(&self, text: &str) -> bool {
        self.loose_set().is_match(text)
    }

    /// The indexes in `list`, in order, of the providers `text` may name:
    /// every provider whose pattern matches `text` is among them.
    pub fn candidates(&self, text: &str) -> impl Iterator<Item = usize> {
        let found: Vec<usize> = self
            .loose_set()
            .matches(text)
            .iter()
            .map(|p| p.as_usize())
            .collect();
        found.into_iter()
    }

    fn loose_set(&self) -> &Matcher {
        self.loose.get_or_init(|| {
            // `Matcher` folds case: `(?-i:…)` keeps each pattern as written,
            // as the `RegexSet` that `new` checks.
            let sources: Vec<String> = self
                .list
                .iter()
                .map(|p| format!("(?-i:{})", p.loose))
                .collect();
            // Checked by `new`; failing that, every provider is a candidate
            // (the empty pattern matches anywhere) and its pattern decides.
            Box::new(Matcher::new(&sources, None).unwrap_or_else(|_| {
                let empty: Vec<&str> = self.list.iter().map(|_| "").collect();
                Matcher::new(&empty, None).expect("empty patterns")
            }))
        })
    }

    /// The provider a declared sub-processor name refers to, if it is one we know.
    pub fn identify<'a>(&'a self, declared: &'a str) -> Option<&'a Provider> {
        self.identify_all(declared).next()
    }

    /// Every provider a declared name stands for: "Hetzner Online", listed
    /// in `[lint] providers`, is both that provider and the built-in
    /// "Hetzner", and declaring it declares both.
    pub fn identify_all<'a>(&'a self, declared: &'a str) -> impl Iterator<Item = &'a Provider> {
        self.identify_indexes(declared).map(|i| &self.list[i])
    }

    /// [`Providers::identify_all`], remembered by name: a site's documents
    /// declare the same few sub-processors again and again, and each name
    /// asked costs a search of the loose set and of its candidates' own
    /// patterns (13.6 million instructions for the 942 declared names of a
    /// generated 300-page site, 20 of them different).
    pub fn identified(&self, declared: &str) -> Vec<&Provider> {
        let indexes = self
            .identified
            .get_or_make(declared, || self.identify_indexes(declared).collect());
        indexes.into_iter().map(|i| &self.list[i]).collect()
    }

    /// [`Providers::identify_all`] by index in `list`.
    fn identify_indexes<'a>(&'a self, declared: &'a str) -> impl Iterator<Item = usize> + 'a {
        let loose = self.loose_set().matches(declared);
        self.list.iter().enumerate().filter_map(move |(i, p)| {
            // A pattern that matches matches loosely too: only those
            // compile and run.
            let named = loose.contains(regex_automata::PatternID::must(i))
                && p.pattern().is_match(declared);
            (named || p.name.eq_ignore_ascii_case(declared.trim())).then_some(i)
        })
    }
}

/// A built-in pattern without its word boundaries (none has an escaped
/// backslash before a `b`).
fn loose(pattern: &str) -> String {
    pattern.replace(r"\b", "")
}

/// Every provider's loose pattern, as a set.
fn loose_set(list: &[Provider]) -> Result<RegexSet, regex::Error> {
    RegexSet::new(list.iter().map(|p| p.loose.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The remembered answer is [`Providers::identify_all`]'s, the first
    /// time a name is asked and after.
    #[test]
    fn identified_names_are_remembered_as_identified() {
        let p = Providers::new(["Hetzner Online", "Acme Mail"]).unwrap();
        let names = |found: Vec<&Provider>| -> Vec<String> {
            found.iter().map(|p| p.name.clone()).collect()
        };
        for declared in [
            "Hetzner Online",
            "Amazon Web Services",
            "acme mail",
            "Nobody",
            " Stripe ",
        ] {
            let all = names(p.identify_all(declared).collect());
            assert_eq!(names(p.identified(declared)), all, "{declared}");
            assert_eq!(names(p.identified(declared)), all, "{declared}");
        }
        assert_eq!(names(p.identified("Hetzner Online")).len(), 2);
    }

    #[test]
    fn aliases() {
        let p = Providers::new(["Acme Mail"]).unwrap();
        assert_eq!(p.identify("Amazon S3").unwrap().name, "Amazon Web Services");
        assert_eq!(p.identify("Digital Ocean").unwrap().name, "DigitalOcean");
        assert_eq!(p.identify("Acme Mail").unwrap().name, "Acme Mail");
        assert!(p.identify("Our own servers").is_none());
        assert!(
            !p.list
                .iter()
                .any(|x| x.pattern().is_match("striped pattern"))
        );
        // Every built-in pattern and their union compile (they compile
        // lazily at run time).
        for x in &p.list {
            assert!(Regex::new(&x.source).is_ok(), "{}", x.name);
        }
        assert!(loose_set(&p.list).is_ok());
        assert!(p.any_match("hosted on Hetzner"));
        // Every provider whose pattern matches is a candidate, in order.
        let text = "AWS, Stripe and Digital Ocean; Stripes are not Stripe's";
        let matching: Vec<usize> = (0..p.list.len())
            .filter(|&i| p.list[i].pattern().is_match(text))
            .collect();
        let candidates: Vec<usize> = p.candidates(text).collect();
        assert!(
            matching.iter().all(|i| candidates.contains(i)),
            "{candidates:?}"
        );
        assert!(candidates.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(matching.len(), 3);
        // A site's provider that extends a built-in one names both.
        let p = Providers::new(["Hetzner Online"]).unwrap();
        let names: Vec<&str> = p
            .identify_all("Hetzner Online")
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(names, ["Hetzner", "Hetzner Online"]);
    }
}
