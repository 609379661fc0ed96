//! JSON Schemas of the files authors write, derived from the serde types that
//! read them (`charter schema`), so a schema cannot say other than the
//! loader. `schemas/*.schema.json` at the repository top holds their output;
//! an end-to-end test keeps the two equal.
//!
//! The types derive [`JsonSchema`]. Where a loader checks more than serde
//! does (a fact name, a language code, a date, a statement form), the field
//! names one of the marker types below for its schema, so the check and the
//! schema read the same list. A marker that reads a list of another module
//! (fact names, stemmer languages) lives beside that list and uses
//! [`schema_marker!`], so this module depends on none. Only `charter schema`
//! (`cmd::schema`) runs the generator: a build or a lint never does.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// Implements [`JsonSchema`] for a marker type whose schema is written
/// inline wherever it is used (`$crate::schema::schema_marker!(Name, json)` from
/// another module).
macro_rules! schema_marker {
    ($name:ident, $schema:expr) => {
        impl ::schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                $schema
            }
        }
    };
}
pub(crate) use schema_marker;

/// A date in front matter: `2025-05-02` (a string to YAML 1.2), checked as
/// a real calendar date by `dates::parse_iso`.
pub struct IsoDate;
schema_marker!(
    IsoDate,
    json_schema!({
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "A date as YYYY-MM-DD.",
    })
);

/// A site language code as `i18n::is_valid_code` accepts it: a BCP 47 tag
/// such as `en`, `de` or `pt-BR` (the schema checks the shape, the loader
/// also asks ICU).
pub struct LanguageCode;
schema_marker!(
    LanguageCode,
    json_schema!({ "type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$" })
);

/// A language key of a rule pack's patterns: a lowercase language code
/// (`de`, `pt-BR`) or `any` (`lint::pack::ANY_LANGUAGE`).
pub struct PatternLanguage;
schema_marker!(
    PatternLanguage,
    json_schema!({ "type": "string", "pattern": "^(any|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$" })
);

/// The name of a concept in a vocabulary.
pub struct ConceptName;
schema_marker!(
    ConceptName,
    json_schema!({ "type": "string", "pattern": "^[a-z_0-9]+$" })
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
            "description": "Concepts one statement must carry: `name`, `name@label`, `name@near`, `name@lead`, `name@column`, `name@heading`, `name@item`, `name@term`, `name@own`, `name@governed`, `!name`, `!name@own`, `!name@heading`, `@paragraph`, `@clause` and `@relative`.",
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "string",
                "pattern": "^(@paragraph|@clause|@relative|![a-z_0-9]+(@(own|heading))?|[a-z_0-9]+(@(label|near|lead|column|heading|item|term|own|governed))?)$",
            },
        })
    }
}
