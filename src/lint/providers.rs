//! The built-in dictionary of common sub-processors, for noticing providers
//! that a policy names but does not declare. Extensible with
//! `[lint] providers = ["Acme Mail"]` in site.toml.

use std::sync::OnceLock;

use regex::Regex;

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
    /// Compiled on first use: most documents name no provider.
    pattern: OnceLock<Regex>,
}

impl Provider {
    fn new(name: &str, source: String) -> Provider {
        Provider {
            name: name.to_string(),
            source,
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
    /// All patterns in one, without their word boundaries: most paragraphs
    /// name no provider, and one pass of a plain set of literals tells so
    /// instead of one pass per provider. It may match where no provider
    /// does ("Stripes"); `list` decides. Compiled on first use.
    any: OnceLock<Regex>,
}

impl Providers {
    /// The built-in dictionary plus `extra` names (matched literally). The
    /// built-in patterns compile when first used (a test compiles each);
    /// the site's names are checked here.
    pub fn new<'a>(extra: impl IntoIterator<Item = &'a str>) -> Result<Providers, String> {
        let mut list: Vec<Provider> = BUILTIN
            .iter()
            .map(|(name, pattern)| Provider::new(name, pattern.to_string()))
            .collect();
        for name in extra {
            let source = format!(r"\b{}\b", regex::escape(name.trim()));
            let pattern = Regex::new(&source).map_err(|e| format!("provider {name}: {e}"))?;
            let provider = Provider::new(name.trim(), source);
            let _ = provider.pattern.set(pattern);
            list.push(provider);
        }
        if list.len() > BUILTIN.len() {
            // The site's names could make the union too large.
            Regex::new(&union(&list)).map_err(|e| format!("providers: {e}"))?;
        }
        Ok(Providers {
            list,
            any: OnceLock::new(),
        })
    }

    /// Whether `text` may name a provider (see `any`).
    pub fn any_match(&self, text: &str) -> bool {
        self.any
            .get_or_init(|| Regex::new(&union(&self.list)).unwrap_or_else(|_| never()))
            .is_match(text)
    }

    /// The provider a declared sub-processor name refers to, if it is one we know.
    pub fn identify(&self, declared: &str) -> Option<&Provider> {
        self.list.iter().find(|p| stands_for(p, declared))
    }

    /// Every provider a declared name stands for: "Hetzner Online", listed
    /// in `[lint] providers`, is both that provider and the built-in
    /// "Hetzner", and declaring it declares both.
    pub fn identify_all<'a>(&'a self, declared: &'a str) -> impl Iterator<Item = &'a Provider> {
        self.list.iter().filter(move |p| stands_for(p, declared))
    }
}

/// Every provider's pattern in one alternation, without word boundaries.
fn union(list: &[Provider]) -> String {
    list.iter()
        .map(|p| format!("(?:{})", p.source.replace(r"\b", "")))
        .collect::<Vec<_>>()
        .join("|")
}

/// Whether the declared name `declared` names provider `p`.
fn stands_for(p: &Provider, declared: &str) -> bool {
    p.pattern().is_match(declared) || p.name.eq_ignore_ascii_case(declared.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(Regex::new(&union(&p.list)).is_ok());
        assert!(p.any_match("hosted on Hetzner"));
        // A site's provider that extends a built-in one names both.
        let p = Providers::new(["Hetzner Online"]).unwrap();
        let names: Vec<&str> = p
            .identify_all("Hetzner Online")
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(names, ["Hetzner", "Hetzner Online"]);
    }
}
