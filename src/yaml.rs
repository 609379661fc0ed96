//! YAML, behind one small interface: the only module that knows which YAML
//! crate Charter uses (serde-saphyr: maintained, panic-free, with limits
//! against alias bombs and locations on every error).

use std::marker::PhantomData;
use std::ops::Range;

use serde::{Deserialize, Deserializer};

mod simple;

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

// serde-saphyr locates a value when it is asked for the newtype struct
// `__yaml_spanned`; it then shows a struct-like view of the value and its
// place, `{ <marker>: true, value: T, referenced: Location, defined: Location }`,
// with `Location` as `{ line, column, span: { offset, len, byte_info }, .. }`.
// Its own `Spanned<T>` reads all of it (a `String` for the marker key, both
// locations); a `Located<T>` reads the marker, the value and `referenced`'s
// `byte_info`, and stops there: the same span, without the rest (front matter
// locates some 30 values per document). The view is not public API, so
// Cargo.toml pins serde-saphyr: a release may change it.
const SPANNED: &str = "__yaml_spanned";
const SPANNED_FIELDS: &[&str] = &[
    "__serde_saphyr_private_spanned",
    "value",
    "referenced",
    "defined",
];

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(SPANNED, located::Newtype(PhantomData))
    }
}

mod located {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::Deserialize;
    use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
    use serde::de::{
        self, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess, SeqAccess,
        Visitor,
    };

    use super::{Located, SPANNED_FIELDS};

    /// The byte range of serde-saphyr's `(byte_offset, byte_len)`; `0..0`
    /// when it has none (its `Span::byte_offset` is then `None`).
    fn range((start, len): (u64, u64)) -> std::ops::Range<usize> {
        if (start, len) == (u64::from(u32::MAX), u64::from(u32::MAX)) {
            return 0..0;
        }
        start as usize..(start + len) as usize
    }

    fn unlocated<T>(value: T) -> Located<T> {
        Located { value, span: 0..0 }
    }

    pub(super) struct Newtype<T>(pub(super) PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Newtype<T> {
        type Value = Located<T>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a span-aware newtype wrapper")
        }

        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(Repr(PhantomData))
        }
    }

    /// The first key of the view: serde-saphyr's marker, or (a map buffered
    /// by serde) a key of the value itself.
    enum FirstKey {
        Marker,
        Other(String),
    }

    impl<'de> Deserialize<'de> for FirstKey {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl Visitor<'_> for V {
                type Value = FirstKey;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a key")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<FirstKey, E> {
                    Ok(if v == SPANNED_FIELDS[0] {
                        FirstKey::Marker
                    } else {
                        FirstKey::Other(v.to_string())
                    })
                }
            }
            d.deserialize_string(V)
        }
    }

    /// Reads the struct-like views down to `referenced.span.byte_info`.
    struct ByteInfo<'a>(&'a [&'a str]);

    impl<'de> DeserializeSeed<'de> for ByteInfo<'_> {
        type Value = (u64, u64);
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(u64, u64), D::Error> {
            d.deserialize_struct("Location", &[], self)
        }
    }

    impl<'de> Visitor<'de> for ByteInfo<'_> {
        type Value = (u64, u64);

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a location")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(u64, u64), A::Error> {
            let (want, rest) = self.0.split_first().expect("a path");
            while let Some(key) = map.next_key::<Key>()? {
                if key.0 != *want {
                    map.next_value::<IgnoredAny>()?;
                } else if rest.is_empty() {
                    return map.next_value::<(u64, u64)>();
                } else {
                    return map.next_value_seed(ByteInfo(rest));
                }
            }
            Err(de::Error::missing_field("byte_info"))
        }
    }

    /// A key of the views, all of them static names.
    struct Key(&'static str);

    impl<'de> Deserialize<'de> for Key {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl Visitor<'_> for V {
                type Value = Key;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a field name")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                    Ok(Key(match v {
                        "value" => "value",
                        "referenced" => "referenced",
                        "span" => "span",
                        "byte_info" => "byte_info",
                        "byte_range" => "byte_range",
                        _ => "",
                    }))
                }
            }
            d.deserialize_identifier(V)
        }
    }

    struct Repr<T>(PhantomData<T>);

    /// The value's own map, its first key put back in front.
    struct Prepend<A> {
        first: Option<String>,
        tail: A,
    }

    impl<'de, A: MapAccess<'de>> MapAccess<'de> for Prepend<A> {
        type Error = A::Error;
        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, A::Error> {
            match self.first.take() {
                Some(first) => seed.deserialize(first.into_deserializer()).map(Some),
                None => self.tail.next_key_seed(seed),
            }
        }
        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, A::Error> {
            self.tail.next_value_seed(seed)
        }
    }

    macro_rules! plain {
        ($($method:ident($ty:ty)),*) => {$(
            fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(unlocated)
            }
        )*};
    }

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Repr<T> {
        type Value = Located<T>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a value or a span-aware map with value/referenced/defined fields")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            match map.next_key::<FirstKey>()? {
                None => T::deserialize(MapAccessDeserializer::new(map)).map(unlocated),
                Some(FirstKey::Other(first)) => {
                    T::deserialize(MapAccessDeserializer::new(Prepend {
                        first: Some(first),
                        tail: map,
                    }))
                    .map(unlocated)
                }
                Some(FirstKey::Marker) => {
                    map.next_value::<IgnoredAny>()?;
                    let mut value = None;
                    while let Some(key) = map.next_key::<Key>()? {
                        match key.0 {
                            "value" if value.is_none() => value = Some(map.next_value::<T>()?),
                            // How `simple` gives the span: `(start, len)`.
                            "byte_range" => {
                                let value =
                                    value.ok_or_else(|| de::Error::missing_field("value"))?;
                                let (start, len) = map.next_value::<(u64, u64)>()?;
                                let start = start as usize;
                                return Ok(Located {
                                    value,
                                    span: start..start + len as usize,
                                });
                            }
                            "referenced" => {
                                let value =
                                    value.ok_or_else(|| de::Error::missing_field("value"))?;
                                let span =
                                    range(map.next_value_seed(ByteInfo(&["span", "byte_info"]))?);
                                return Ok(Located { value, span });
                            }
                            _ => {
                                map.next_value::<IgnoredAny>()?;
                            }
                        }
                    }
                    Err(de::Error::missing_field("referenced"))
                }
            }
        }

        plain!(
            visit_bool(bool),
            visit_i8(i8),
            visit_i16(i16),
            visit_i32(i32),
            visit_i64(i64),
            visit_u8(u8),
            visit_u16(u16),
            visit_u32(u32),
            visit_u64(u64),
            visit_f32(f32),
            visit_f64(f64),
            visit_char(char),
            visit_str(&str),
            visit_string(String)
        );

        fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            T::deserialize(de::value::BytesDeserializer::new(v)).map(unlocated)
        }
        fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            T::deserialize(de::value::BytesDeserializer::new(&v)).map(unlocated)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            T::deserialize(().into_deserializer()).map(unlocated)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            T::deserialize(().into_deserializer()).map(unlocated)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            T::deserialize(SeqAccessDeserializer::new(seq)).map(unlocated)
        }
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

/// [`from_str`] for front matter, which is nearly always plain block YAML
/// (keys, one-line scalars, indented lists of them or of small maps):
/// [`simple`] reads that subset itself, with the values and spans
/// serde-saphyr gives, and leaves anything else, and every error, to
/// [`from_str`].
pub fn from_front_matter<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, YamlError> {
    match simple::from_str(text) {
        Some(value) => Ok(value),
        None => from_str(text),
    }
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
    use std::collections::BTreeMap;

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

    /// Front matter's shape: located scalars, lists, list items and keys.
    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Front {
        title: Located<String>,
        #[serde(default)]
        version: Option<Located<String>>,
        #[serde(default)]
        subprocessors: Option<Located<Vec<Located<Item>>>>,
        #[serde(default)]
        translations: Option<Located<Vec<Located<String>>>>,
        #[serde(default)]
        facts: BTreeMap<Located<String>, Located<bool>>,
        #[serde(default)]
        extra: Option<serde_json::Value>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Item {
        #[serde(default)]
        name: String,
        #[serde(default)]
        website: Option<String>,
    }

    #[test]
    fn the_simple_reader_reads_as_serde_saphyr_or_not_at_all() {
        let read = [
            "title: Hello world  \nversion: 9\n",
            "title: \"Quoted é # not a comment\"   # a comment\nversion: '1.0'\n",
            "title: x\nsubprocessors:\n  - name: A\n    website: https://a.example\n\n  -   name: C\n",
            "title: x\ntranslations:\n    - fr\n    - de # later\n# done\n",
            "title: x\nfacts:\n  sells_data: true\n  shares: false\n",
            "title: 2021-11-14\nversion: 0x1F\n",
        ];
        for text in read {
            let simple = simple::from_str::<Front>(text);
            assert!(simple.is_some(), "{text:?}");
            assert_eq!(
                simple.unwrap(),
                from_str::<Front>(text).unwrap(),
                "{text:?}"
            );
        }
        let left = [
            "title: [x]\n",
            "title: x\nsubprocessors:\n- name: A\n",
            "title: x\nversion:\n",
            "title: x\nversion: ~\n",
            "title: a\n  b\n",
            "title: \"a\\tb\"\n",
            "title: 'it''s'\n",
            "title: a: b\n",
            "title: x\ntitle: y\n",
            "title: x\nfacts:\n  sells_data: yes\n",
            "title: x\nextra:\n  a: b\n",
            "title: &a x\n",
            "title: |\n  x\n",
            "title:\tx\n",
            "title: x\r\n",
            "unknown: x\ntitle: y\n",
        ];
        for text in left {
            assert!(simple::from_str::<Front>(text).is_none(), "{text:?}");
        }
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

    /// Front matter lines, well and badly formed, for the simple reader.
    fn frontish() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            Just("title: Hello".to_string()),
            Just("title: \"Quoted: yes\"  # c".to_string()),
            Just("version: '1.0'".to_string()),
            Just("version: 9".to_string()),
            Just("subprocessors:".to_string()),
            Just("translations:".to_string()),
            Just("facts:".to_string()),
            Just("  - name: A".to_string()),
            Just("    website: https://x.example".to_string()),
            Just("  -   name: B".to_string()),
            Just("      website: w".to_string()),
            Just("  - fr".to_string()),
            Just("- de".to_string()),
            Just("  sells_data: true".to_string()),
            Just("  shares: false".to_string()),
            Just("# comment".to_string()),
            Just(String::new()),
            "[a-z_ ]{0,6}:? ?[ -~é]{0,12}",
            "  [a-z_ -]{0,6}:? ?[ -~é]{0,12}",
        ];
        prop::collection::vec(line, 0..10).prop_map(|l| l.join("\n"))
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
        fn the_simple_reader_agrees_with_serde_saphyr(text in frontish()) {
            if let Some(simple) = simple::from_str::<super::tests::Front>(&text) {
                prop_assert_eq!(Ok(simple), from_str::<super::tests::Front>(&text).map_err(|e| e.message));
            }
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
