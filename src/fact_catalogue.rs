//! The catalogue of facts conditional rules read (`when:`): each fact's
//! name, the question `charter facts` asks, and the law that makes rules
//! depend on it. The one list: front matter, site.toml, rule packs and the
//! schemas accept only these names. A leaf: it depends on no other module
//! but the schema markers, so every reader of facts can use it.

/// A fact conditional rules read: its name, the yes-or-no question that asks
/// for it (`charter facts`, `lint.missing-fact`), and what counts.
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    pub name: &'static str,
    pub question: &'static str,
    /// What counts as "yes", and the law that makes rules depend on it.
    pub description: &'static str,
}

/// Every fact, in the order of the requirements catalogue (§0.2), which is
/// the order `charter facts` asks them in. The one list: front matter,
/// site.toml and rule packs accept only these names.
pub const CATALOGUE: &[Fact] = &[
    Fact {
        name: "established_in_eu",
        question: "Is your organisation established in the EU (an office, branch or subsidiary there)?",
        description: "A controller outside the EU that offers goods or services to people in the EU, or monitors them, must name a representative in the EU (GDPR Art. 27, 13(1)(a)).",
    },
    Fact {
        name: "established_in_uk",
        question: "Is your organisation established in the UK?",
        description: "A controller outside the UK that serves or monitors people in the UK must name a representative there (UK GDPR Art. 27).",
    },
    Fact {
        name: "direct_collection",
        question: "Do you collect personal data directly from the people it is about (sign-up forms, orders, accounts)?",
        description: "Data collected from the person must come with whether providing it is a statutory or contractual requirement and what happens if they do not (GDPR Art. 13(2)(e)).",
    },
    Fact {
        name: "indirect_collection",
        question: "Do you obtain personal data from someone other than the person it is about (partners, data brokers, public sources)?",
        description: "Data not obtained from the person must come with its categories and its source (GDPR Art. 14(1)(d), 14(2)(f)).",
    },
    Fact {
        name: "consent_basis",
        question: "Do you rely on consent for any processing?",
        description: "Where consent is a legal basis (GDPR Art. 6(1)(a)), the right to withdraw it at any time must be stated (Art. 7(3), 13(2)(c)).",
    },
    Fact {
        name: "legitimate_interests_basis",
        question: "Do you rely on legitimate interests for any processing?",
        description: "Where legitimate interests are a legal basis (GDPR Art. 6(1)(f)), they must be described (Art. 13(1)(d)) and the right to object brought to the reader's attention separately (Art. 21(4)).",
    },
    Fact {
        name: "special_categories",
        question: "Do you process special categories of personal data (health, genetic or biometric data, racial or ethnic origin, religion, political opinions, trade-union membership, sex life or sexual orientation)?",
        description: "Processing such data is prohibited unless an exception of GDPR Art. 9(2) applies, which the policy must name.",
    },
    Fact {
        name: "transfers_outside_eea",
        question: "Do you transfer personal data to countries outside the EEA (including through providers that store or access it there)?",
        description: "Transfers to a third country must be stated with their safeguards (adequacy decision, standard contractual clauses) and how to obtain a copy (GDPR Art. 13(1)(f), 44-49).",
    },
    Fact {
        name: "transfers_outside_uk",
        question: "Do you transfer personal data outside the UK?",
        description: "Transfers from the UK must name their mechanism (UK adequacy regulations, the IDTA or the UK Addendum to the EU clauses; UK GDPR Art. 44-49).",
    },
    Fact {
        name: "transfers_outside_brazil",
        question: "Do you transfer personal data outside Brazil?",
        description: "International transfers must be stated with their legal ground (LGPD Art. 33).",
    },
    Fact {
        name: "processing_condition_of_service",
        question: "Is processing personal data a condition for providing your product or service, or for exercising a right?",
        description: "The person must then be told so prominently, with how to exercise their rights (LGPD Art. 9 §3).",
    },
    Fact {
        name: "automated_decisions_art22",
        question: "Do you make decisions about people based solely on automated processing, including profiling, with legal or similarly significant effects on them?",
        description: "The existence of such decisions, the logic involved and their consequences must be stated (GDPR Art. 13(2)(f), 22), and the right to have them reviewed (LGPD Art. 20).",
    },
    Fact {
        name: "direct_marketing",
        question: "Do you use personal data for direct marketing?",
        description: "People may object to direct marketing at any time, and the policy must say so explicitly (GDPR Art. 21(2)-(4)).",
    },
    Fact {
        name: "dpo_designated",
        question: "Have you designated a data protection officer?",
        description: "A designated DPO's contact details must be given (GDPR Art. 13(1)(b), 37(7)).",
    },
    // GDPR Art. 8: information society services offered directly to children
    // under the national digital-consent age (13–16), not only COPPA's 13.
    Fact {
        name: "offers_to_children",
        question: "Do you offer your service directly to children under the age of digital consent (13 to 16, depending on the country)?",
        description: "Where consent is the basis, a child's consent needs a parent's authorisation below that age (GDPR Art. 8), and the policy must say how it is obtained.",
    },
    Fact {
        name: "children_under_13",
        question: "Do you knowingly collect personal information from children under 13?",
        description: "US law sets duties at that age: COPPA, and under the CCPA a parent's consent before selling or sharing the child's data (Cal. Civ. Code § 1798.120(c)).",
    },
    Fact {
        name: "sells_pi",
        question: "Do you sell personal information (for money or other valuable consideration)?",
        description: "A business that sells personal information must say so and offer the right to opt out (Cal. Civ. Code § 1798.115, 1798.120).",
    },
    Fact {
        name: "shares_pi",
        question: "Do you share personal information for cross-context behavioural advertising?",
        description: "Sharing for cross-context behavioural advertising must be disclosed and can be opted out of (Cal. Civ. Code § 1798.120).",
    },
    Fact {
        name: "sensitive_pi_beyond_permitted",
        question: "Do you use or disclose sensitive personal information beyond the purposes the CCPA regulations permit (11 CCR § 7027(m))?",
        description: "Consumers must then be told of their right to limit that use (Cal. Civ. Code § 1798.121).",
    },
    Fact {
        name: "online_only_direct_relationship",
        question: "Do you operate exclusively online, with a direct relationship with the consumers whose personal information you collect?",
        description: "Only such a business may offer an email address alone for requests; others must also give a toll-free telephone number (Cal. Civ. Code § 1798.130(a)(1)(A)).",
    },
    Fact {
        name: "financial_incentive",
        question: "Do you offer financial incentives or price or service differences in exchange for personal information (loyalty programmes, discounts)?",
        description: "Such incentives need a notice of financial incentive (Cal. Civ. Code § 1798.125(b); 11 CCR § 7016).",
    },
];

/// The names of the facts, in [`CATALOGUE`] order.
pub const FACTS: &[&str] = &NAMES;

const NAMES: [&str; CATALOGUE.len()] = {
    let mut names = [""; CATALOGUE.len()];
    let mut i = 0;
    while i < CATALOGUE.len() {
        names[i] = CATALOGUE[i].name;
        i += 1;
    }
    names
};

/// The fact called `name`, if there is one.
pub fn fact(name: &str) -> Option<&'static Fact> {
    CATALOGUE.iter().find(|f| f.name == name)
}

/// The name of a fact conditional rules read ([`FACTS`]);
/// as a map key, it lists every fact, so editors complete them.
pub struct FactName;
crate::schema::schema_marker!(
    FactName,
    schemars::json_schema!({ "type": "string", "enum": FACTS })
);
