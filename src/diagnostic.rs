//! The one diagnostic type.
//!
//! Everything Charter has to tell a user about their input, a broken `site.toml`
//! as much as a missing GDPR right, is a [`Diag`]: a code, a severity, a message,
//! and (almost always) a labelled span in a named source file. Commands collect
//! them and hand them to `report` for rendering; nothing else prints them.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode, SpanContents};

/// How serious a diagnostic is. Ordered so that `Error > Warning > Info`.
// The schema derived from `rename_all` names what the hand-written
// `Deserialize` (lint::pack) accepts; a test in `schema` checks it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(
    description = "How serious a finding is: `error` fails `charter lint` and stops `charter build`, `warning` fails `charter lint --deny-warnings`, `info` never fails."
)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A file's text, shared: read from disk, or one of the files built into
/// the binary, borrowed where it lies rather than copied.
#[derive(Debug, Clone)]
pub enum Text {
    Shared(Arc<str>),
    /// The seven built-in vocabularies and the packs are 1.7 MB of YAML,
    /// copied onto the heap on every run for diagnostics that never come
    /// (0.5 MiB of a 300-page build's peak memory).
    Builtin(&'static str),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Shared(text) => text,
            Text::Builtin(text) => text,
        }
    }
}

impl Text {
    /// The text as an `Arc<str>`: shared, or copied if built in.
    pub fn to_arc(&self) -> Arc<str> {
        match self {
            Text::Shared(text) => Arc::clone(text),
            Text::Builtin(text) => Arc::from(*text),
        }
    }
}

impl SourceCode for Text {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        (**self).read_span(span, context_lines_before, context_lines_after)
    }
}

/// A file's text with the path users know it by (relative to the site root).
#[derive(Debug)]
pub struct SourceText {
    pub name: String,
    pub text: Text,
    /// Whether `text` has a terminal control ([`Diag::printable`]), found
    /// once: every finding of a document shares its text, and scanning it
    /// again for each was a tenth of a 300-page build with its findings.
    controls: std::sync::OnceLock<bool>,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Arc<Self> {
        Arc::new(SourceText {
            name: name.into(),
            text: Text::Shared(text.into()),
            controls: std::sync::OnceLock::new(),
        })
    }

    /// A file built into the binary, not copied ([`Text::Builtin`]).
    pub fn builtin(name: impl Into<String>, text: &'static str) -> Arc<Self> {
        Arc::new(SourceText {
            name: name.into(),
            text: Text::Builtin(text),
            controls: std::sync::OnceLock::new(),
        })
    }

    /// Whether the text has a terminal control other than the `\r` of a
    /// `\r\n` line ending.
    fn has_terminal_controls(&self) -> bool {
        *self
            .controls
            .get_or_init(|| has_terminal_controls(&self.text))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }
}

/// Whether `text` has a terminal control (a `char::is_control` other than
/// `\n`, `\t` and the `\r` of a `\r\n`): a source file's line endings.
fn has_terminal_controls(text: &str) -> bool {
    scan_controls(text, Cr::ControlButBeforeLf)
}

/// Whether `text` has a [`is_terminal_control`] character, `\r` included:
/// what [`visible`] writes out, found as [`has_terminal_controls`] finds
/// them. Decoding every character of every finding's message, help and
/// note instead was 1% of a 300-page build (446 findings, callgrind).
fn contains_terminal_control(text: &str) -> bool {
    scan_controls(text, Cr::Control)
}

/// Whether a `\r` is a terminal control.
#[derive(Clone, Copy)]
enum Cr {
    Control,
    /// Not when a `\n` follows: a line ending.
    ControlButBeforeLf,
}

/// Whether `text` has a terminal control, read byte by byte: decoding
/// every character of every document with a finding was 5% of a 300-page
/// build (callgrind, BENCHMARKS.md). Such a control is a byte below 0x20,
/// DEL (0x7F), or U+0080–U+009F, which UTF-8 writes as 0xC2 then
/// 0x80–0x9F (0xC2 is only ever a lead byte). Blocks of 32 bytes are
/// first tested for any of those bytes at all, a test the compiler
/// vectorises; the few that have one are read exactly.
fn scan_controls(text: &str, cr: Cr) -> bool {
    const BLOCK: usize = 32;
    let bytes = text.as_bytes();
    let suspect = |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7F || b == 0xC2;
    let control_at = |i: usize| match bytes[i] {
        b'\r' => match cr {
            Cr::Control => true,
            Cr::ControlButBeforeLf => bytes.get(i + 1) != Some(&b'\n'),
        },
        b'\n' | b'\t' => false,
        0..0x20 | 0x7F => true,
        0xC2 => bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)),
        _ => false,
    };
    bytes.chunks(BLOCK).enumerate().any(|(k, block)| {
        block.iter().fold(false, |any, &b| any | suspect(b))
            && (k * BLOCK..k * BLOCK + block.len()).any(control_at)
    })
}

/// 1-based line and column (counted in characters) of `offset` in `text`.
/// Offsets past the end or inside a character are clamped, never a panic.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineCursor::new(text).line_col(offset)
}

/// [`line_col`] for several offsets of one text in rising order, each
/// counted on from the one before: a large site has hundreds of thousands
/// of findings, and counting every one's lines from the top of its file
/// was a third of the output's time.
#[derive(Debug, Clone)]
pub struct LineCursor<'t> {
    text: &'t str,
    /// Where counting stopped, the 1-based line there, and where that line starts.
    offset: usize,
    line: usize,
    line_start: usize,
}

impl<'t> LineCursor<'t> {
    pub fn new(text: &'t str) -> Self {
        LineCursor {
            text,
            offset: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// 1-based line and column of `offset`; an offset before the last one
    /// starts the count over.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.offset {
            *self = LineCursor::new(text);
        }
        let between = &text[self.offset..offset];
        // memchr's vectorised count: a finding's first position in its
        // file is counted from the top, and a byte at a time that was
        // 3% of the 3,000-page build (callgrind, BENCHMARKS.md).
        self.line += memchr::memchr_iter(b'\n', between.as_bytes()).count();
        if let Some(i) = between.rfind('\n') {
            self.line_start = self.offset + i + 1;
        }
        self.offset = offset;
        let col = text[self.line_start..offset].chars().count() + 1;
        (self.line, col)
    }
}

/// Byte offset of a 1-based line and column (columns in characters).
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[start..];
    let within = rest
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    start + within
}

/// One thing to tell the user.
#[derive(Debug, Clone)]
pub struct Diag {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub source: Option<Arc<SourceText>>,
    pub span: Option<Range<usize>>,
    pub label: Option<String>,
    pub help: Option<String>,
    /// Longer explanation: why it matters, with the legal reference for rules.
    /// Shared: every finding of a rule carries the same explanation.
    pub note: Option<Arc<str>>,
    /// Secondary labelled spans in the same file ("first defined here").
    pub related: Vec<(Range<usize>, String)>,
}

impl Diag {
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Diag {
            code: code.into(),
            severity: Severity::Error,
            message: message.into(),
            source: None,
            span: None,
            label: None,
            help: None,
            note: None,
            related: Vec::new(),
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Points at `span` of `source`, clamped to the text so a bad span can never
    /// crash the renderer.
    pub fn at(
        mut self,
        source: &Arc<SourceText>,
        span: Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        let len = source.text.len();
        let start = span.start.min(len);
        let end = span.end.clamp(start, len);
        self.source = Some(Arc::clone(source));
        self.span = Some(start..end);
        self.label = Some(label.into());
        self
    }

    /// Names a file without pointing into it (e.g. it could not be read).
    pub fn in_file(mut self, source: &Arc<SourceText>) -> Self {
        self.source = Some(Arc::clone(source));
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, note: impl Into<Arc<str>>) -> Self {
        let note = note.into();
        self.note = (!note.trim().is_empty()).then_some(note);
        self
    }

    pub fn related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn file_name(&self) -> Option<&str> {
        self.source.as_ref().map(|s| s.name.as_str())
    }

    /// 1-based (line, column) of the start and end of the span.
    pub fn position(&self) -> Option<((usize, usize), (usize, usize))> {
        let source = self.source.as_ref()?;
        let span = self.span.as_ref()?;
        let mut cursor = LineCursor::new(&source.text);
        Some((cursor.line_col(span.start), cursor.line_col(span.end)))
    }

    /// Stable ordering for output: by file, position, then code.
    pub fn sort_key(&self) -> (&str, usize, &str) {
        (
            self.file_name().unwrap_or(""),
            self.span.as_ref().map_or(0, |s| s.start),
            &self.code,
        )
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

/// The named source miette renders snippets from. `NamedSource` needs an owned
/// value, so the text is shared, not copied.
#[derive(Debug)]
struct Named(NamedSource<Text>);

/// The language snippets are highlighted as.
const SNIPPET_LANGUAGE: &str = "markdown";

impl SourceCode for Named {
    /// miette's own reading of a span, begun a few lines above it instead
    /// of at the top of the text: miette walks the text byte by byte from
    /// its start to count lines, which for a finding near the end of a
    /// long document was a third of rendering it (3% of a 300-page build,
    /// callgrind, BENCHMARKS.md). The lines skipped are counted apart, a
    /// byte search; what miette is given is the same text from a line
    /// start on, so it reads the same snippet ([`read_span_from`]).
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let text = self.0.inner().as_bytes();
        let from = read_start(text, span.offset(), context_lines_before);
        let contents = read_span_from(text, from, span, context_lines_before, context_lines_after)?;
        Ok(Box::new(
            miette::MietteSpanContents::new_named(
                self.0.name().to_string(),
                contents.data(),
                *contents.span(),
                contents.line(),
                contents.column(),
                contents.line_count(),
            )
            .with_language(SNIPPET_LANGUAGE),
        ))
    }
}

/// Where reading `text` for a span at `offset` may begin without changing
/// what miette reads: the start of a line with `context_lines_before` line
/// feeds between it and the byte before `offset`. From there, miette's
/// walk keeps the last `context_lines_before` line starts, all from it on,
/// and no span-end test can fire before it (an empty span's fires one byte
/// early). 0 where there are not so many lines, or the span is past the end.
fn read_start(text: &[u8], offset: usize, context_lines_before: usize) -> usize {
    if offset > text.len() {
        return 0;
    }
    let mut end = offset.saturating_sub(1);
    for _ in 0..=context_lines_before {
        match memchr::memrchr(b'\n', &text[..end]) {
            Some(i) => end = i,
            None => return 0,
        }
    }
    end + 1
}

/// miette's reading of `span` in `text` ([`SourceCode`] for `[u8]`), given
/// only `text[from..]` ([`read_start`] says where): the span, the snippet's
/// span, line and line count moved by what was skipped. miette counts a
/// line break as `\n`, `\r\n` or a lone `\r`.
fn read_span_from<'a>(
    text: &'a [u8],
    from: usize,
    span: &miette::SourceSpan,
    context_lines_before: usize,
    context_lines_after: usize,
) -> Result<miette::MietteSpanContents<'a>, miette::MietteError> {
    let skipped = &text[..from];
    // A vectorised count: a plain byte loop was most of the reading.
    let mut breaks = memchr::memchr_iter(b'\n', skipped).count();
    // `skipped` ends with `\n`, so each `\r` in it has a byte after it.
    if memchr::memchr(b'\r', skipped).is_some() {
        breaks += skipped
            .windows(2)
            .filter(|w| w[0] == b'\r' && w[1] != b'\n')
            .count();
    }
    let within = miette::SourceSpan::new((span.offset() - from).into(), span.len());
    let contents = <[u8] as SourceCode>::read_span(
        &text[from..],
        &within,
        context_lines_before,
        context_lines_after,
    )?;
    Ok(miette::MietteSpanContents::new(
        contents.data(),
        miette::SourceSpan::new(
            (contents.span().offset() + from).into(),
            contents.span().len(),
        ),
        contents.line() + breaks,
        contents.column(),
        contents.line_count() + breaks,
    ))
}

/// A `Diag` paired with what miette needs to render it.
/// Whether `c` would act on a terminal instead of showing: ESC (colours, cursor
/// moves, title changes), CR (overwrites the line), BEL, C1 controls.
fn is_terminal_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with terminal controls written out as `\u{1b}`, for messages that
/// quote a document's words (a title, a heading) on a terminal or in a CI log.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !contains_terminal_control(text) {
        return text.into();
    }
    text.chars()
        .map(|c| match is_terminal_control(c) {
            true => format!("\\u{{{:x}}}", c as u32),
            false => c.to_string(),
        })
        .collect::<String>()
        .into()
}

impl Diag {
    /// This diagnostic as it may be shown on a terminal: controls in its
    /// texts written out, and in its source snippet replaced by `?` (one per
    /// byte, so spans still point at the same places).
    pub fn printable(&self) -> std::borrow::Cow<'_, Diag> {
        let text_unsafe = [Some(&self.message), self.label.as_ref(), self.help.as_ref()]
            .into_iter()
            .flatten()
            .chain(self.related.iter().map(|(_, l)| l))
            .any(|t| contains_terminal_control(t))
            || self
                .note
                .as_ref()
                .is_some_and(|n| contains_terminal_control(n));
        let source_unsafe = self
            .source
            .as_ref()
            .is_some_and(|s| s.has_terminal_controls() || contains_terminal_control(&s.name));
        if !text_unsafe && !source_unsafe {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut safe = self.clone();
        let show = |t: &mut String| *t = visible(t).into_owned();
        show(&mut safe.message);
        safe.label.iter_mut().for_each(show);
        safe.help.iter_mut().for_each(show);
        safe.related.iter_mut().for_each(|(_, l)| show(l));
        safe.note = safe.note.map(|n| Arc::from(visible(&n).as_ref()));
        if source_unsafe && let Some(source) = &self.source {
            let text: String = source
                .text
                .chars()
                .map(|c| match is_terminal_control(c) && c != '\r' {
                    true => "?".repeat(c.len_utf8()),
                    false => c.to_string(),
                })
                .collect();
            safe.source = Some(SourceText::new(visible(&source.name).into_owned(), text));
        }
        std::borrow::Cow::Owned(safe)
    }
}

pub struct Renderable<'a> {
    diag: &'a Diag,
    named: Option<Named>,
    /// The message and help as shown, where the report gives them already
    /// wrapped (`report::Prewrap`).
    shown: Option<(String, Option<String>)>,
}

/// Longest source line shown in a snippet, in bytes. miette pads with
/// `format!` widths, which panic past 65,535 columns; and a snippet of a
/// megabyte-long line helps nobody.
const MAX_SNIPPET_LINE: usize = 2_000;

impl<'a> Renderable<'a> {
    pub fn new(diag: &'a Diag) -> Self {
        let named = diag
            .source
            .as_ref()
            .filter(|s| snippet_fits(&s.text, diag))
            .map(|s| {
                Named(
                    NamedSource::new(s.name.clone(), s.text.clone())
                        .with_language(SNIPPET_LANGUAGE),
                )
            });
        Renderable {
            diag,
            named,
            shown: None,
        }
    }

    /// The same report with `message` and `help` shown in place of its own.
    pub fn with_texts(self, message: String, help: Option<String>) -> Self {
        Renderable {
            shown: Some((message, help)),
            ..self
        }
    }
}

/// Whether every line a label points at is short enough to show.
fn snippet_fits(text: &str, diag: &Diag) -> bool {
    let line_len = |offset: usize| {
        let offset = offset.min(text.len());
        let start = text.as_bytes()[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = text.as_bytes()[offset..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| offset + i);
        end - start
    };
    diag.span
        .iter()
        .chain(diag.related.iter().map(|(s, _)| s))
        .all(|s| line_len(s.start) <= MAX_SNIPPET_LINE && line_len(s.end) <= MAX_SNIPPET_LINE)
}

impl fmt::Debug for Renderable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diag, f)
    }
}

impl fmt::Display for Renderable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((message, _)) = &self.shown {
            return f.write_str(message);
        }
        match (&self.diag.source, &self.diag.span, &self.named) {
            // Without a snippet, the file name would be lost: say it in the message.
            (Some(source), None, _) => write!(f, "{}: {}", source.name, self.diag.message),
            // A line too long to show: its position goes in the message.
            (Some(source), Some(span), None) => {
                let (line, col) = source.line_col(span.start);
                write!(f, "{}:{line}:{col}: {}", source.name, self.diag.message)
            }
            _ => f.write_str(&self.diag.message),
        }
    }
}

impl std::error::Error for Renderable<'_> {}

impl Diagnostic for Renderable<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.diag.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        if let Some((_, help)) = &self.shown {
            return help
                .as_ref()
                .map(|h| Box::new(h) as Box<dyn fmt::Display + 'b>);
        }
        match (&self.diag.help, &self.diag.note) {
            (Some(h), Some(n)) => Some(Box::new(format!("{h}\n{n}"))),
            (Some(h), None) => Some(Box::new(h)),
            (None, Some(n)) => Some(Box::new(n)),
            (None, None) => None,
        }
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        if self.diag.span.is_some() {
            self.named.as_ref().map(|n| n as &dyn SourceCode)
        } else {
            None
        }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.named.as_ref()?;
        let span = self.diag.span.clone()?;
        let primary = LabeledSpan::new_primary_with_span(self.diag.label.clone(), span);
        let related = self
            .diag
            .related
            .iter()
            .map(|(s, l)| LabeledSpan::new_with_span(Some(l.clone()), s.clone()));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scans find what decoding every character finds, with and
    /// without the `\r` of a line ending.
    #[test]
    fn terminal_controls_by_bytes_are_those_by_characters() {
        let by_chars = |text: &str| {
            text.char_indices().any(|(i, c)| {
                is_terminal_control(c) && !(c == '\r' && text[i + 1..].starts_with('\n'))
            })
        };
        let pieces = [
            "a", "\n", "\t", "\r", "\r\n", "\u{1b}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "§",
            "\u{85}", "é", "€", "\u{0}", "\u{2028}", "\u{feff}", "x\u{c2}",
        ];
        // Every string of up to three pieces, at every offset in a block.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for pad in [0, 29, 30, 31, 32] {
                        let text = format!("{}{a}{b}{c}", "z".repeat(pad));
                        assert_eq!(has_terminal_controls(&text), by_chars(&text), "{text:?}");
                        assert_eq!(
                            contains_terminal_control(&text),
                            text.contains(is_terminal_control),
                            "{text:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn line_col_counts_characters_and_survives_bad_offsets() {
        let text = "ab\nçd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2)); // after the two-byte ç
        assert_eq!(line_col(text, 4), (2, 1)); // inside ç: clamped back
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn a_cursor_counts_like_line_col_in_any_order() {
        let text = "ab\nçd\n\nxyz\n";
        let offsets = [0, 1, 3, 4, 5, 7, 8, 8, 2, 11, 999, 6, 0];
        let mut cursor = LineCursor::new(text);
        for offset in offsets {
            let (line, col) = cursor.line_col(offset);
            let mut end = offset.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let before = &text[..end];
            let expected_line = before.matches('\n').count() + 1;
            let expected_col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            assert_eq!(
                (line, col),
                (expected_line, expected_col),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn offset_of_inverts_line_col() {
        let text = "ab\nçd\nxyz";
        for offset in [0, 1, 3, 5, 7, 9] {
            let (l, c) = line_col(text, offset);
            assert_eq!(offset_of(text, l, c), offset);
        }
    }

    #[test]
    fn a_label_far_along_a_long_line_renders_without_a_snippet() {
        // miette's padding panics past column 65,535.
        let src = SourceText::new("a.md", format!("intro\n{}x\n", " ".repeat(100_000)));
        let d = Diag::error("x", "too far").at(&src, 100_006..100_007, "here");
        let out = crate::report::render_human(&[d], false);
        assert!(out.contains("a.md:2:100001: too far"), "{out}");
    }

    /// Reading a span from a later line start reads what miette reads from
    /// the top: the same bytes, span, line, column and line count.
    #[test]
    fn a_span_read_from_a_line_start_is_read_as_from_the_top() {
        let texts = [
            "",
            "one line",
            "a\nb\nc\nd\ne\nf\n",
            "alpha\r\nbeta\r\n\r\ngamma\rdelta\n\nepsilon\r\n",
            "\n\n\n\nx\n\n\r\r\n\ny\n",
            "é\nça\n\nfin\r\nzzz\n\n\nlast line, no end",
        ];
        // One line of context before "d": read from "b", two lines up.
        assert_eq!(read_start(b"a\nb\nc\nd\n", 6, 1), 2);
        for text in texts {
            let bytes = text.as_bytes();
            // Spans inside the text, as `Diag::at` clamps them (miette
            // panics on some past the end, whichever way it is given them).
            for start in 0..=bytes.len() {
                for len in 0..=(bytes.len() - start).min(12) {
                    let span = miette::SourceSpan::new(start.into(), len);
                    for (before, after) in [(0, 0), (1, 1), (2, 0), (0, 3), (4, 4)] {
                        let top = <[u8] as SourceCode>::read_span(bytes, &span, before, after);
                        let from = read_start(bytes, start, before);
                        let ours = read_span_from(bytes, from, &span, before, after);
                        let what = format!("{text:?} {start}+{len} ({before}, {after})");
                        match (top, ours) {
                            (Ok(top), Ok(ours)) => {
                                assert_eq!(top.data(), ours.data(), "{what}");
                                assert_eq!(top.span(), ours.span(), "{what}");
                                assert_eq!(top.line(), ours.line(), "{what}");
                                assert_eq!(top.column(), ours.column(), "{what}");
                                assert_eq!(top.line_count(), ours.line_count(), "{what}");
                            }
                            (Err(_), Err(_)) => {}
                            (top, ours) => {
                                panic!("{what}: {:?} vs {:?}", top.is_ok(), ours.is_ok())
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn spans_are_clamped_to_the_source() {
        let src = SourceText::new("a.md", "short");
        let d = Diag::error("x", "m").at(&src, 3..100, "here");
        assert_eq!(d.span, Some(3..5));
    }
}

/// Checks shared by the property tests of every module that reports spans:
/// a span must lie inside the text, on character boundaries, so a report can
/// always quote it.
#[cfg(test)]
pub(crate) mod span_checks {
    use std::ops::Range;

    use proptest::prelude::*;

    use super::Diag;

    pub fn in_text(text: &str, span: &Range<usize>) -> bool {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    }

    pub fn diags_in_text(text: &str, diags: &[Diag]) -> Result<(), TestCaseError> {
        for d in diags {
            if let Some(span) = &d.span {
                prop_assert!(in_text(text, span), "{} at {span:?}: {}", d.code, d.message);
            }
            for (span, _) in &d.related {
                prop_assert!(in_text(text, span), "{} related {span:?}", d.code);
            }
        }
        Ok(())
    }
}
