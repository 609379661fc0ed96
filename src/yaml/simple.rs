//! Plain block YAML without serde-saphyr: the subset front matter is written
//! in (a mapping of `key: value` lines, one-line scalars, indented lists of
//! scalars or of small mappings), read with the values and spans serde-saphyr
//! gives. Anything outside the subset — flow collections, multi-line or
//! escaped scalars, anchors, tags, nulls, tabs, duplicate keys, a value the
//! target type does not take — gives `None`, and [`super::from_str`] asks
//! serde-saphyr, which also words every error. So a document read here is
//! read exactly as serde-saphyr reads it, only without its parser's events
//! and their copies (a 700-byte front matter cost ~300,000 instructions).

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use serde::de::value::SeqDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{SPANNED, SPANNED_FIELDS};

/// Reads `text` into `T` when it is in the subset and `T` takes it.
pub(super) fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Option<T> {
    let root = parse(text)?;
    T::deserialize(De(&root)).ok()
}

/// Longer text goes to serde-saphyr, whose budget then applies.
const MAX_LEN: usize = 256 * 1024;
const MAX_DEPTH: usize = 16;

#[derive(Debug)]
enum Node<'t> {
    Scalar {
        text: &'t str,
        span: Range<usize>,
    },
    Seq {
        items: Vec<Node<'t>>,
        span: Range<usize>,
    },
    Map {
        entries: Vec<(Node<'t>, Node<'t>)>,
        /// serde-saphyr's span of a mapping in a list: empty, at its first
        /// key; elsewhere not given here.
        span: Option<Range<usize>>,
    },
}

impl Node<'_> {
    fn span(&self) -> Option<Range<usize>> {
        match self {
            Node::Scalar { span, .. } | Node::Seq { span, .. } => Some(span.clone()),
            Node::Map { span, .. } => span.clone(),
        }
    }
}

/// A line with content: its indentation, its text after it, and where that
/// text starts. A list item `- x` is two lines: the dash, and `x` at its column.
#[derive(Clone, Copy)]
struct Line<'t> {
    indent: usize,
    dash: bool,
    text: &'t str,
    at: usize,
}

fn allowed(c: char) -> bool {
    matches!(c as u32, 0x0A | 0x20..=0x7E | 0xA0..=0x2027 | 0x202A..=0xD7FF | 0xE000..=0xFEFE | 0xFF00..=0xFFFD | 0x10000..)
}

fn parse(text: &str) -> Option<Node<'_>> {
    let ascii = text
        .bytes()
        .all(|b| b == b'\n' || (0x20..0x7F).contains(&b));
    if text.len() > MAX_LEN || !(ascii || text.chars().all(allowed)) {
        return None;
    }
    let mut lines = Vec::new();
    let mut at = 0;
    for raw in text.split('\n') {
        let start = at;
        at += raw.len() + 1;
        let body = raw.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let mut indent = raw.len() - body.len();
        let mut body = body;
        let mut offset = start + indent;
        while let Some(rest) = body.strip_prefix("- ") {
            lines.push(Line {
                indent,
                dash: true,
                text: "-",
                at: offset,
            });
            let item = rest.trim_start_matches(' ');
            indent += body.len() - item.len();
            offset += body.len() - item.len();
            body = item;
        }
        if body.is_empty() || body == "-" {
            return None;
        }
        lines.push(Line {
            indent,
            dash: false,
            text: body,
            at: offset,
        });
    }
    let mut parser = Parser { lines, next: 0 };
    let root = parser.map(0, None, 0)?;
    (parser.next == parser.lines.len()).then_some(root)
}

struct Parser<'t> {
    lines: Vec<Line<'t>>,
    next: usize,
}

impl<'t> Parser<'t> {
    fn peek(&self) -> Option<Line<'t>> {
        self.lines.get(self.next).copied()
    }

    /// A block mapping whose keys sit at `indent`.
    fn map(&mut self, indent: usize, span: Option<Range<usize>>, depth: usize) -> Option<Node<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut entries: Vec<(Node<'t>, Node<'t>)> = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent < indent {
                break;
            }
            if line.indent > indent || line.dash {
                return None;
            }
            self.next += 1;
            let (key, rest) = split_key(line.text)?;
            if entries
                .iter()
                .any(|(k, _)| matches!(k, Node::Scalar { text, .. } if *text == key))
            {
                return None;
            }
            let key_node = Node::Scalar {
                text: key,
                span: line.at..line.at + key.len(),
            };
            let rest_at = line.at + line.text.len() - rest.len();
            let value = if rest.is_empty() || rest.starts_with('#') {
                // A block value, more indented (a list at the key's own
                // indentation is left to serde-saphyr).
                let next = self.peek().filter(|n| n.indent > indent)?;
                if next.dash {
                    self.seq(next.indent, depth + 1)?
                } else {
                    self.map(next.indent, None, depth + 1)?
                }
            } else {
                let value = scalar(rest, rest_at)?;
                if self.peek().is_some_and(|n| n.indent > indent) {
                    return None; // a scalar continued on the next line
                }
                value
            };
            entries.push((key_node, value));
        }
        Some(Node::Map { entries, span })
    }

    /// A block list whose dashes sit at `indent`.
    fn seq(&mut self, indent: usize, depth: usize) -> Option<Node<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.peek()?.at;
        let mut items = Vec::new();
        while let Some(dash) = self.peek() {
            if dash.indent < indent {
                break;
            }
            if dash.indent > indent || !dash.dash {
                return None;
            }
            self.next += 1;
            let item = self.peek().filter(|l| l.indent > indent && !l.dash)?;
            if split_key(item.text).is_some() {
                items.push(self.map(item.indent, Some(item.at..item.at), depth + 1)?);
            } else {
                self.next += 1;
                items.push(scalar(item.text, item.at)?);
                if self.peek().is_some_and(|n| n.indent > indent) {
                    return None;
                }
            }
        }
        Some(Node::Seq {
            items,
            span: start..start,
        })
    }
}

/// `key: rest` or `key:` with a simple key; `rest` has no leading spaces.
fn split_key(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(text.len());
    let key = &text[..end];
    let first = key.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_') || is_null(key) {
        return None;
    }
    let after = text[end..].strip_prefix(':')?;
    if after.is_empty() {
        return Some((key, after));
    }
    let rest = after.strip_prefix(' ')?.trim_start_matches(' ');
    Some((key, rest))
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// A one-line scalar starting at byte `at`: plain, or quoted without escapes;
/// a comment may follow.
fn scalar(text: &str, at: usize) -> Option<Node<'_>> {
    let first = text.chars().next()?;
    let (value, span, rest) = if first == '"' || first == '\'' {
        let close = text[1..].find(first)? + 1;
        let value = &text[1..close];
        if first == '"' && value.contains('\\') {
            return None;
        }
        let rest = &text[close + 1..];
        if rest.starts_with('\'') {
            return None; // '' inside single quotes
        }
        (value, at..at + close + 1, rest)
    } else {
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
            return None;
        }
        // The value ends at a comment (` #`); `: ` in it would open a mapping.
        let bytes = text.as_bytes();
        let mut end = bytes.len();
        for (i, pair) in bytes.windows(2).enumerate() {
            match pair {
                b" #" => {
                    end = i;
                    break;
                }
                b": " => return None,
                _ => {}
            }
        }
        let value = text[..end].trim_end_matches(' ');
        if is_null(value) || value.ends_with(':') {
            return None;
        }
        (value, at..at + value.len(), &text[value.len()..])
    };
    let rest = rest.trim_start_matches(' ');
    if !(rest.is_empty()
        || rest.starts_with('#')
            && text.len() > rest.len()
            && text[..text.len() - rest.len()].ends_with(' '))
    {
        return None;
    }
    Some(Node::Scalar { text: value, span })
}

/// Not read here: serde-saphyr will say (or read it).
#[derive(Debug)]
struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("outside the simple subset")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Bail
    }
}

struct De<'a, 't>(&'a Node<'t>);

impl<'de> Deserializer<'de> for De<'_, '_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Bail> {
        Err(Bail)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar { text: "true", span } if span.len() == 4 => visitor.visit_bool(true),
            Node::Scalar {
                text: "false",
                span,
            } if span.len() == 5 => visitor.visit_bool(false),
            _ => Err(Bail),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar { text, .. } => visitor.visit_str(text),
            _ => Err(Bail),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        if name != SPANNED {
            return visitor.visit_newtype_struct(self);
        }
        let span = self.0.span().ok_or(Bail)?;
        visitor.visit_newtype_struct(LocatedDe(self.0, span))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Seq { items, .. } => visitor.visit_seq(Items(items.iter())),
            _ => Err(Bail),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Map { entries, .. } => visitor.visit_map(Entries(entries.iter(), None)),
            _ => Err(Bail),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        bytes byte_buf unit unit_struct tuple
        tuple_struct enum ignored_any
    }
}

struct Items<'a, 't>(std::slice::Iter<'a, Node<'t>>);

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Bail;
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Bail> {
        self.0.next().map(|n| seed.deserialize(De(n))).transpose()
    }
}

struct Entries<'a, 't>(
    std::slice::Iter<'a, (Node<'t>, Node<'t>)>,
    Option<&'a Node<'t>>,
);

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = Bail;
    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Bail> {
        match self.0.next() {
            Some((key, value)) => {
                self.1 = Some(value);
                seed.deserialize(De(key)).map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Bail> {
        seed.deserialize(De(self.1.take().ok_or(Bail)?))
    }
}

/// A located value, shown as serde-saphyr shows one (see `Located`'s
/// `Deserialize`): the marker, `value`, then the span as `byte_range`.
struct LocatedDe<'a, 't>(&'a Node<'t>, Range<usize>);

impl<'de> Deserializer<'de> for LocatedDe<'_, '_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_map(LocatedMap(self.0, self.1, 0))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct LocatedMap<'a, 't>(&'a Node<'t>, Range<usize>, u8);

impl<'de> MapAccess<'de> for LocatedMap<'_, '_> {
    type Error = Bail;
    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Bail> {
        let key = match self.2 {
            0 => SPANNED_FIELDS[0],
            1 => "value",
            2 => "byte_range",
            _ => return Ok(None),
        };
        self.2 += 1;
        seed.deserialize(de::value::StrDeserializer::<Bail>::new(key))
            .map(Some)
    }
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Bail> {
        match self.2 {
            1 => seed.deserialize(de::value::BoolDeserializer::<Bail>::new(true)),
            2 => seed.deserialize(De(self.0)),
            3 => seed.deserialize(SeqDeserializer::<_, Bail>::new(
                [self.1.start as u64, self.1.len() as u64].into_iter(),
            )),
            _ => Err(Bail),
        }
    }
}
