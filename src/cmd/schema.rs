//! `charter schema TARGET`: prints a JSON Schema derived from the types that
//! read the file (their marker types: `crate::schema`).

use std::io::Write;

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;

use super::Status;
use crate::diagnostic::Diag;
use crate::report;

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The file format.
    #[arg(value_enum)]
    pub target: Target,
}

pub fn run(args: &SchemaArgs) -> Status {
    let text = generate(args.target);
    // A closed pipe (`charter schema site | head`) is reported, not a panic.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Status::Success,
        Err(e) => {
            report::eprint(&[Diag::error(
                "schema.io",
                format!("cannot write the schema: {e}"),
            )]);
            Status::Broken
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(target: Target) -> serde_json::Value {
        serde_json::from_str(&generate(target)).expect("the generator writes JSON")
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
