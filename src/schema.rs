//! JSON Schemas of the files authors write, derived from the serde types that
//! read them (`charter schema`), so a schema cannot say other than the
//! loader. `schemas/*.schema.json` at the repository top holds their output;
//! an end-to-end test keeps the two equal.
//!
//! The types derive [`JsonSchema`]. Where a loader checks more than serde
//! does (a fact name, a language code, a date, a statement form), the field
//! names one of the marker types below for its schema, so the check and the
//! schema read the same list. Only [`generate`] runs the generator, and only
//! `charter schema` calls it: a build or a lint never does.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// A file format with a schema; `charter schema` takes its kebab-case name
/// (`front-matter`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// `site.toml`.
    Site,
    /// The YAML front matter of a document (not of a home page, `_index.md`).
    FrontMatter,
    /// A rule pack, `rules/*.yaml`.
    Pack,
    /// The facts the text reveals, `rules/facts.yaml`.
    Facts,
    /// A concept vocabulary, `rules/vocabulary/<lang>.yaml`.
    Vocabulary,
}

/// The schema of `target` as pretty-printed JSON with a final newline.
///
/// Draft 7 rather than schemars' default, 2020-12: Taplo (Even Better TOML)
/// misread 2020-12 schemas until 2024 (tamasfe/taplo#497), and draft 7 is
/// the draft editor tooling supports most widely.
pub fn generate(target: Target) -> String {
    let generator = SchemaSettings::draft07()
        .with_transform(RecursiveTransform(drop_null_default))
        .into_generator();
    let schema = match target {
        Target::Site => generator.into_root_schema_for::<crate::config::RawConfig>(),
        Target::FrontMatter => {
            generator.into_root_schema_for::<crate::front_matter::RawFrontMatter>()
        }
        Target::Pack => generator.into_root_schema_for::<crate::lint::pack::RawPack>(),
        Target::Facts => generator.into_root_schema_for::<crate::lint::facts::RawFacts>(),
        Target::Vocabulary => {
            generator.into_root_schema_for::<crate::lint::vocabulary::RawVocabulary>()
        }
    };
    format!("{:#}\n", schema.as_value())
}

/// Removes `"default": null`, which serde's default gives every optional
/// key: leaving a key out means "Charter decides" (a language's endonym, a
/// direction by script), not null, and editors would offer to write null.
fn drop_null_default(schema: &mut Schema) {
    if schema
        .get("default")
        .is_some_and(serde_json::Value::is_null)
    {
        schema.remove("default");
    }
}

/// Implements [`JsonSchema`] for a marker type whose schema is written
/// inline wherever it is used.
macro_rules! marker {
    ($name:ident, $schema:expr) => {
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

/// A date in front matter: `2025-05-02` (a string to YAML 1.2), checked as
/// a real calendar date by `dates::parse_iso`.
pub struct IsoDate;
marker!(
    IsoDate,
    json_schema!({
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "A date as YYYY-MM-DD.",
    })
);

/// The name of a fact conditional rules read ([`crate::front_matter::FACTS`]);
/// as a map key, it lists every fact, so editors complete them.
pub struct FactName;
marker!(
    FactName,
    json_schema!({ "type": "string", "enum": crate::front_matter::FACTS })
);

/// A site language code as `i18n::is_valid_code` accepts it: a BCP 47 tag
/// such as `en`, `de` or `pt-BR` (the schema checks the shape, the loader
/// also asks ICU).
pub struct LanguageCode;
marker!(
    LanguageCode,
    json_schema!({ "type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" })
);

/// A language key of a rule pack's patterns: a lowercase language code
/// (`de`, `pt-BR`) or `any` (`lint::pack::ANY_LANGUAGE`).
pub struct PatternLanguage;
marker!(
    PatternLanguage,
    json_schema!({ "type": "string", "pattern": "^(any|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$" })
);

/// A language a vocabulary can be written in: one with a stemmer
/// ([`crate::lint::vocabulary::STEMMERS`]).
pub struct VocabularyLanguage;
marker!(
    VocabularyLanguage,
    json_schema!({
        "type": "string",
        "enum": crate::lint::vocabulary::STEMMERS.iter().map(|(lang, _)| *lang).collect::<Vec<_>>(),
    })
);

/// The name of a concept in a vocabulary.
pub struct ConceptName;
marker!(
    ConceptName,
    json_schema!({ "type": "string", "pattern": "^[a-z_0-9]+$" })
);

/// A level `[lint.rules]` can set a rule to ([`crate::lint::LEVELS`]).
pub struct RuleLevel;
marker!(
    RuleLevel,
    json_schema!({
        "type": "string",
        "enum": crate::lint::LEVELS.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
    })
);

/// A front matter field `require_field` can check ([`crate::lint::pack::FIELDS`]).
pub struct RequiredField;
marker!(
    RequiredField,
    json_schema!({ "type": "string", "enum": crate::lint::pack::FIELDS })
);

/// A list of at least one `T`.
pub struct NonEmpty<T>(std::marker::PhantomData<T>);

impl<T: JsonSchema> JsonSchema for NonEmpty<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("NonEmpty_{}", T::schema_name()).into()
    }
    fn schema_id() -> Cow<'static, str> {
        format!("NonEmpty<{}>", T::schema_id()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        json_schema!({ "type": "array", "minItems": 1, "items": item })
    }
}

/// Language → case-insensitive regular expressions, in a rule pack.
pub struct PerLanguage;

impl JsonSchema for PerLanguage {
    fn schema_name() -> Cow<'static, str> {
        "PerLanguage".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema =
            <std::collections::BTreeMap<PatternLanguage, Vec<String>>>::json_schema(generator);
        schema.insert(
            "description".into(),
            "Language code (or `any`, for every language) → case-insensitive regular expressions (Rust's regex syntax, without look-around), matched on normalized text.".into(),
        );
        schema
    }
}

/// One statement form: concepts one statement must carry
/// (`lint::statements`, whose compiler reads the same places).
pub struct StatementForm;

impl JsonSchema for StatementForm {
    fn schema_name() -> Cow<'static, str> {
        "StatementForm".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Concepts one statement must carry: `name`, `name@label`, `name@near`, `name@lead`, `name@column`, `name@own`, `name@governed`, `!name`, and `@paragraph`.",
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "string",
                "pattern": "^(@paragraph|![a-z_0-9]+|[a-z_0-9]+(@(label|near|lead|column|own|governed))?)$",
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diagnostic::SourceText;

    fn schema(target: Target) -> serde_json::Value {
        serde_json::from_str(&generate(target)).expect("the generator writes JSON")
    }

    /// Every place the form pattern names is one the statement compiler
    /// reads, and a place outside the pattern is one it refuses.
    #[test]
    fn form_places_are_the_compilers() {
        let pattern = StatementForm::json_schema(&mut SchemaGenerator::default())
            .get("items")
            .and_then(|items| items.get("pattern"))
            .and_then(|p| p.as_str())
            .map(str::to_string)
            .expect("a pattern");
        let pattern = regex::Regex::new(&pattern).expect("the pattern compiles");
        let source: Arc<SourceText> = SourceText::new("rules/x.yaml", "");
        let compiles = |word: &str| {
            let names = [crate::yaml::Located {
                value: word.to_string(),
                span: 0..0,
            }];
            let mut problems = Vec::new();
            crate::lint::statements::Form::compile(&source, &names, &mut problems).is_some()
        };
        for word in [
            "grant",
            "grant@label",
            "grant@near",
            "grant@lead",
            "grant@column",
            "grant@own",
            "!grant",
            "@paragraph",
        ] {
            assert!(pattern.is_match(word), "{word}");
            assert!(compiles(word), "{word}");
        }
        // `@governed` needs a governor before it.
        assert!(pattern.is_match("erase@governed"));
        assert!(!compiles("erase@governed"));
        let pair = ["grant", "erase@governed"].map(|w| crate::yaml::Located {
            value: w.to_string(),
            span: 0..0,
        });
        assert!(crate::lint::statements::Form::compile(&source, &pair, &mut Vec::new()).is_some());
        for word in ["grant@heading", "!grant@own"] {
            assert!(!pattern.is_match(word), "{word}");
            assert!(!compiles(word), "{word}");
        }
    }

    /// The document kinds the schema offers are those front matter accepts.
    #[test]
    fn kinds_are_the_loaders() {
        let front = schema(Target::FrontMatter);
        let kinds = &front["definitions"]["DocKind"]["enum"];
        let expected: Vec<&str> = crate::front_matter::DocKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(kinds, &serde_json::json!(expected), "{front:#}");
    }

    /// Severity has its own `Deserialize`; the names its schema offers are
    /// the ones that deserializer accepts.
    #[test]
    fn severities_are_the_loaders() {
        let pack = schema(Target::Pack);
        let names = pack["definitions"]["Severity"]["enum"]
            .as_array()
            .expect("an enum")
            .clone();
        assert_eq!(names.len(), 3, "{names:?}");
        for name in names {
            let name = name.as_str().expect("a string");
            let parsed: Result<crate::diagnostic::Severity, _> = crate::yaml::from_str(name);
            assert_eq!(parsed.map(|s| s.as_str()).ok(), Some(name));
        }
    }
}
