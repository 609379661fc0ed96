//! Byte offsets (what Charter's spans are) and LSP positions (line and
//! character, the character counted in UTF-16 code units, the protocol's
//! default encoding) in both directions, and URIs to paths.
//!
//! A legal text is full of characters outside ASCII ("Datenschutzerklärung",
//! "العربية", "€"), and some outside the Basic Multilingual Plane (emoji):
//! counting bytes or characters would put every diagnostic after such a
//! character in the wrong column.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::{Position, Uri};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Where each line of a text starts, for converting positions.
pub struct LineIndex<'t> {
    text: &'t str,
    /// Byte offset of the start of each line: 0, then after each `\n`.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The position of a byte offset; an offset past the end or inside a
    /// character is moved back to the character's start, never a panic.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = self.text[start..offset].encode_utf16().count();
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, span: Range<usize>) -> lsp_types::Range {
        lsp_types::Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of a position a client sent. A line past the end is
    /// the end of the text; a character past the end of its line is the
    /// line's end (the protocol says so); one inside a surrogate pair is the
    /// character's start.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = &self.text[start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut units = 0;
        for (i, c) in line.char_indices() {
            units += c.len_utf16();
            if units > position.character as usize {
                return start + i;
            }
        }
        start + line.len()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The local path of a `file:` URI; `None` for any other scheme (an
/// unsaved "untitled:" buffer, a remote file).
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///path` has an empty authority; `file://localhost/path` names this machine.
    let path = &rest[rest.find('/')?..];
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    Some(PathBuf::from(decoded.as_ref()))
}

/// What a path keeps unencoded in a URI: letters, digits and `-._~/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    Uri::from_str(&format!("file://{}", utf8_percent_encode(text, PATH))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        // "ä" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units.
        let text = "---\ntitle: Ä\n---\nDatenschutzerklärung 😀 Stripe\nx";
        let index = LineIndex::new(text);
        let stripe = text.find("Stripe").unwrap();
        let p = index.position(stripe);
        assert_eq!((p.line, p.character), (3, 24));
        assert_eq!(index.offset(p), stripe);
        // After the emoji, each direction inverts the other.
        let x = text.rfind('x').unwrap();
        assert_eq!(index.position(x), Position::new(4, 0));
        assert_eq!(index.offset(Position::new(4, 0)), x);
        assert_eq!(index.position(text.len()), Position::new(4, 1));
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let text = "ab😀\r\ncd";
        let index = LineIndex::new(text);
        // Past the end of a line: its end, before "\r\n".
        assert_eq!(index.offset(Position::new(0, 99)), 6);
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(index.offset(Position::new(0, 3)), 2);
        assert_eq!(index.offset(Position::new(7, 0)), text.len());
        // Inside a character, or past the end: never a panic.
        assert_eq!(index.position(3), Position::new(0, 2));
        assert_eq!(index.position(99), Position::new(1, 2));
    }

    #[test]
    fn file_uris_round_trip() {
        let path = Path::new("/tmp/site dir/content/datenschutz ä#1.md");
        let uri = from_path(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///tmp/site%20dir/content/datenschutz%20%C3%A4%231.md"
        );
        assert_eq!(to_path(&uri).unwrap(), path);
        let local = Uri::from_str("file://localhost/a/b.md").unwrap();
        assert_eq!(to_path(&local).unwrap(), Path::new("/a/b.md"));
        assert_eq!(
            to_path(&Uri::from_str("untitled:Untitled-1").unwrap()),
            None
        );
    }
}
