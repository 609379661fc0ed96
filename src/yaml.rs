//! YAML, behind one small interface: the only module that knows which YAML
//! crate Charter uses (serde-saphyr: maintained, panic-free, with limits
//! against alias bombs and locations on every error).

use std::ops::Range;

use serde::{Deserialize, Deserializer};

/// A deserialized value with the byte range it came from, relative to the
/// YAML text that was parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T> Located<T> {
    /// Moves the span by `base` bytes (the YAML's offset in its file).
    pub fn shifted(self, base: usize) -> Self {
        Located {
            value: self.value,
            span: self.span.start + base..self.span.end + base,
        }
    }
}

impl<T: Eq> Eq for Located<T> {}

// Ordered by value, then position: lets located keys (e.g. of `facts:`) sit in a map.
impl<T: Ord> PartialOrd for Located<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: Ord> Ord for Located<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (&self.value, self.span.start, self.span.end).cmp(&(
            &other.value,
            other.span.start,
            other.span.end,
        ))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        let span = s.referenced.span();
        let start = span.byte_offset().unwrap_or(0) as usize;
        let len = span.byte_len().unwrap_or(0) as usize;
        Ok(Located {
            value: s.value,
            span: start..start + len,
        })
    }
}

// The location is not part of the file: a `Located<T>` is written as a `T`.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// A YAML syntax or shape error, located in the parsed text.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub message: String,
    /// Byte range relative to the parsed text; `None` when the parser could not say.
    pub span: Option<Range<usize>>,
    /// 1-based line and column, when known.
    pub line_col: Option<(usize, usize)>,
}

/// Parses `text` into `T`. Duplicate keys are errors; alias expansion and
/// document size are bounded by the crate's default budget.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, YamlError> {
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        let location = e.location();
        let span = location.and_then(|l| {
            let s = l.span();
            let start = s.byte_offset()? as usize;
            Some(start..start + s.byte_len().unwrap_or(0) as usize)
        });
        let line_col = location
            .filter(|l| l.line() > 0)
            .map(|l| (l.line() as usize, l.column() as usize));
        YamlError {
            message: clean_message(&e.to_string()),
            span,
            line_col,
        }
    })
}

/// serde-saphyr appends "at line X, column Y" to messages; the diagnostic
/// shows the position itself, so the message keeps only the what.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    // Advice meant for programmers using the YAML crate, not for authors.
    let first = first
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(first);
    match first.find(" at line ") {
        Some(i) => first[..i].trim_end_matches(',').to_string(),
        None => first.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug)]
    struct Doc {
        title: Located<String>,
        n: Option<Located<u32>>,
    }

    #[test]
    fn spans_point_at_values() {
        let text = "title: Hello\nn: 42\n";
        let d: Doc = from_str(text).unwrap();
        assert_eq!(&text[d.title.span.clone()], "Hello");
        assert_eq!(&text[d.n.unwrap().span], "42");
    }

    #[test]
    fn errors_have_positions() {
        let e = from_str::<Doc>("title: [unclosed\n").unwrap_err();
        assert!(e.line_col.is_some(), "{e:?}");
        let e = from_str::<Doc>("title: a\ntitle: b\n").unwrap_err();
        assert!(e.message.to_lowercase().contains("duplicate"), "{e:?}");
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut bomb = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            bomb.push_str(&format!(
                "l{i}: &l{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
            ));
        }
        bomb.push_str("title: x\n");
        assert!(from_str::<serde::de::IgnoredAny>(&bomb).is_err());
    }
}

/// Properties over arbitrary YAML: parsing never panics, and every span (of
/// a value or an error) lies inside the text on character boundaries. Rule
/// packs are tested here through their public loader, `compile_pack`, since
/// a pack is the most complex YAML Charter reads.
#[cfg(test)]
mod proptests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;
    use crate::diagnostic::SourceText;
    use crate::diagnostic::span_checks::{diags_in_text, in_text};
    use crate::lint::pack::compile_pack;

    /// YAML-ish text: indentation, keys, flow and block collections, anchors,
    /// tags, quotes, multi-byte characters, and arbitrary strings between.
    fn yamlish() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            4 => "[a-z_]{1,8}",
            2 => any::<String>(),
            1 => Just(": ".to_string()),
            1 => Just("\n".to_string()),
            1 => Just("\n  ".to_string()),
            1 => Just("\r\n".to_string()),
            1 => Just("- ".to_string()),
            1 => Just("[".to_string()),
            1 => Just("]".to_string()),
            1 => Just("{".to_string()),
            1 => Just("}".to_string()),
            1 => Just(", ".to_string()),
            1 => Just("&a ".to_string()),
            1 => Just("*a".to_string()),
            1 => Just("<<: *a".to_string()),
            1 => Just("!!binary ".to_string()),
            1 => Just("\"é\\x".to_string()),
            1 => Just("'".to_string()),
            1 => Just("|\n".to_string()),
            1 => Just(">-\n".to_string()),
            1 => Just("# 😀\n".to_string()),
            1 => Just("---\n".to_string()),
            1 => Just("\t".to_string()),
            1 => Just("? ".to_string()),
            1 => Just("%YAML 1.2\n".to_string()),
        ];
        prop::collection::vec(token, 0..60).prop_map(|t| t.concat())
    }

    #[derive(Deserialize, Debug)]
    struct Doc {
        #[allow(dead_code)]
        title: Located<String>,
        #[serde(default)]
        items: Vec<Located<String>>,
        #[serde(default)]
        map: BTreeMap<String, Located<u32>>,
    }

    /// A pack built from valid and broken parts: right and wrong keys,
    /// good and bad patterns, unknown facts and kinds.
    fn packish() -> impl Strategy<Value = String> {
        let field = prop_oneof![
            Just("    severity: error".to_string()),
            Just("    severity: fatal".to_string()),
            Just("    message: m é".to_string()),
            Just("    help: h".to_string()),
            Just("    docs: d".to_string()),
            Just("    check: require".to_string()),
            Just("    check: forbid".to_string()),
            Just("    check: nonsense".to_string()),
            Just("    applies_to: [privacy-policy, nope]".to_string()),
            Just("    when: {established_in_eu: true, made_up: false}".to_string()),
            Just(
                "    patterns:\n      en: ['ok', '(unclosed', 'x(?=y)', 'ü{1000000}']".to_string()
            ),
            Just("    patterns:\n      any: ['\\bà\\b']".to_string()),
            Just("    with:\n      en: ['[z-a]']".to_string()),
            Just("    section: rights".to_string()),
            Just("    point_at: heading".to_string()),
            Just(
                "    examples:\n      - lang: en\n        passes: a\n        fails: b".to_string()
            ),
            "    [a-z_]{1,10}: [^\n]{0,20}",
            any::<String>(),
        ];
        let rule = ("[a-z.]{0,10}", prop::collection::vec(field, 0..8))
            .prop_map(|(id, fields)| format!("  - id: {id}\n{}\n", fields.join("\n")));
        (
            prop_oneof![Just("pack: p\n"), Just(""), Just("pack: [\n")],
            prop::collection::vec(rule, 0..4),
            prop_oneof![
                Just(""),
                Just("sections:\n  rights:\n    en: ['right', '(']\n")
            ],
        )
            .prop_map(|(head, rules, sections)| {
                format!("{head}description: d\n{sections}rules:\n{}", rules.concat())
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn yaml_values_and_errors_are_located_inside_the_text(text in yamlish()) {
            match from_str::<Doc>(&text) {
                Ok(doc) => {
                    prop_assert!(in_text(&text, &doc.title.span), "{:?}", doc.title.span);
                    for item in &doc.items {
                        prop_assert!(in_text(&text, &item.span), "{:?}", item.span);
                    }
                    for n in doc.map.values() {
                        prop_assert!(in_text(&text, &n.span), "{:?}", n.span);
                    }
                }
                Err(e) => {
                    if let Some(span) = &e.span {
                        prop_assert!(in_text(&text, span), "{span:?}: {}", e.message);
                    }
                    prop_assert!(!e.message.is_empty());
                }
            }
            let _ = from_str::<serde::de::IgnoredAny>(&text);
        }

        #[test]
        fn arbitrary_rule_packs_give_rules_or_diags_inside_the_file(
            text in prop_oneof![3 => packish(), 1 => yamlish()]
        ) {
            let source = SourceText::new("rules/x.yaml", text.as_str());
            if let Err(diags) = compile_pack(&source) {
                prop_assert!(!diags.is_empty());
                diags_in_text(&text, &diags)?;
            }
        }
    }
}
