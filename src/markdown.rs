//! Markdown: one comrak parse per document gives both the HTML and the
//! outline (headings and text blocks with their spans) the linter reads.

use std::collections::VecDeque;
use std::fmt::{self, Write};
use std::ops::Range;
use std::sync::Mutex;

use comrak::adapters::{HeadingAdapter, HeadingMeta};
use comrak::arena_tree::NodeEdge;
use comrak::html::Anchorizer;
use comrak::nodes::{AstNode, NodeValue, Sourcepos};
use comrak::options::Plugins;
use comrak::{Arena, Options};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::config::MarkdownConfig;

/// A heading, with the id its anchor gets in the HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: String,
    /// Byte range in the file.
    pub span: Range<usize>,
    /// Shown as written, not as a heading of the page: an `<h1>`–`<h6>` of a
    /// raw HTML block, or a heading read from text indented as code
    /// (`indented_outline`). A label for lint, but no entry of the table of
    /// contents and no id.
    pub shown_as_written: bool,
}

/// A paragraph, list item paragraph or table row: the unit lint patterns match in.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: String,
    /// Byte range in the file.
    pub span: Range<usize>,
    /// Index into `Outline::headings` of the nearest heading above, if any.
    pub section: Option<usize>,
    pub kind: BlockKind,
}

/// What a block is part of, for comparing the shape of translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// The first paragraph of a list item (one per item).
    ListItem,
    TableRow,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    pub headings: Vec<Heading>,
    pub blocks: Vec<Block>,
}

impl Outline {
    /// A block in the section of the last heading so far (`None` before
    /// the first).
    fn push_block(&mut self, text: String, span: Range<usize>, kind: BlockKind) {
        self.blocks.push(Block {
            text,
            span,
            section: self.headings.len().checked_sub(1),
            kind,
        });
    }
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub outline: Outline,
    /// How deeply block quotes and lists nest, and where the deepest one starts.
    pub nesting: Nesting,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Nesting {
    pub depth: usize,
    /// Byte range in the file of the first container at `depth`.
    pub at: Range<usize>,
}

fn options(config: &MarkdownConfig) -> Options<'static> {
    let mut o = Options::default();
    o.extension.strikethrough = true;
    o.extension.table = true;
    o.extension.autolink = true;
    o.extension.footnotes = true;
    o.extension.tasklist = true;
    o.parse.smart = config.smart_punctuation;
    o.render.r#unsafe = config.unsafe_html;
    // Raw HTML is shown as text rather than dropped, so authors see what was refused.
    o.render.escape = !config.unsafe_html;
    o
}

/// Renders the Markdown in `body`, which starts at byte `body_offset` of its file.
pub fn render(body: &str, body_offset: usize, config: &MarkdownConfig) -> Rendered {
    parse(body, body_offset, config, true)
}

/// The outline and nesting of the Markdown in `body`, without HTML (`html`
/// is empty): what linting alone needs.
pub fn outline_only(body: &str, body_offset: usize, config: &MarkdownConfig) -> Rendered {
    parse(body, body_offset, config, false)
}

fn parse(body: &str, body_offset: usize, config: &MarkdownConfig, with_html: bool) -> Rendered {
    let options = options(config);
    let arena = Arena::new();
    let root = comrak::parse_document(&arena, body, &options);
    drop_html_comments(root, body);
    let lines = LineIndex::new(body);
    let outline = outline(root, &lines, body_offset, body, &options, 0);
    let nesting = nesting(root, &lines, body_offset);
    if !with_html {
        return Rendered {
            html: String::new(),
            outline,
            nesting,
        };
    }

    let adapter = HeadingIds {
        // Only the headings the page renders as headings take ids, in order.
        ids: Mutex::new(
            outline
                .headings
                .iter()
                .filter(|h| !h.shown_as_written)
                .map(|h| h.id.as_str())
                .collect(),
        ),
    };
    let mut plugins = Plugins::default();
    plugins.render.heading_adapter = Some(&adapter);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    // Writing into a String cannot fail.
    let _ = comrak::html::format_document_with_plugins(root, &options, &mut html, &plugins);
    Rendered {
        html,
        outline,
        nesting,
    }
}

/// The nesting depth of block quotes and lists, measured without recursion
/// (comrak's parser and renderer do not recurse either, so depth costs no stack).
fn nesting<'a>(root: &'a AstNode<'a>, lines: &LineIndex, base: usize) -> Nesting {
    let is_container = |n: &'a AstNode<'a>| {
        matches!(
            n.data().value,
            NodeValue::BlockQuote | NodeValue::List(_) | NodeValue::MultilineBlockQuote(_)
        )
    };
    let mut depth = 0;
    let mut deepest = Nesting::default();
    for edge in root.traverse() {
        match edge {
            NodeEdge::Start(n) if is_container(n) => {
                depth += 1;
                if depth > deepest.depth {
                    deepest = Nesting {
                        depth,
                        at: lines.range(n.data().sourcepos, base),
                    };
                }
            }
            NodeEdge::End(n) if is_container(n) => depth -= 1,
            _ => {}
        }
    }
    deepest
}

/// Ids the theme's templates give their own elements (the skip link's target,
/// the table of contents, the redline): a heading must not take them.
const THEME_IDS: &[&str] = &[
    "main",
    "toc-title",
    "redline",
    "redline-title",
    "subprocessors-title",
    "version-text-title",
];

/// Heading ids as comrak's `Anchorizer` makes them (the same slugs, the same
/// `-1`, `-2`… suffixes), with the theme's ids taken on every page and an
/// ASCII heading's slug made without Unicode tables. The theme's ids are
/// looked up in `THEME_IDS` rather than copied into each page's tables,
/// and the tables hash with FxHash: a page's dozen headings took 4,000
/// instructions each with SipHash and two cloned tables (2% of a build).
#[derive(Clone, Default)]
struct Ids {
    /// The ids given so far, other than the theme's.
    ids: FxHashSet<String>,
    next_suffix: FxHashMap<String, usize>,
}

impl Ids {
    /// Ids with the theme's taken, as if each had been anchorized first.
    fn with_theme() -> Ids {
        Ids::default()
    }

    fn is_taken(&self, id: &str) -> bool {
        THEME_IDS.contains(&id) || self.ids.contains(id)
    }

    /// `Anchorizer::anchorize`: the text lowercased, only letters, marks,
    /// numbers, connectors, `-` and spaces kept, spaces made `-`; then the
    /// first free `id`, `id-1`, `id-2`….
    fn anchorize(&mut self, text: &str) -> String {
        let id: String = if text.is_ascii() {
            let mut id = String::with_capacity(text.len());
            for b in text.bytes() {
                match b {
                    b' ' => id.push('-'),
                    b'-' | b'_' | b'0'..=b'9' | b'a'..=b'z' => id.push(b as char),
                    b'A'..=b'Z' => id.push(b.to_ascii_lowercase() as char),
                    _ => {}
                }
            }
            id
        } else {
            // A fresh anchorizer gives the slug itself.
            Anchorizer::new().anchorize(text)
        };
        // A theme id was anchorized once before the page's: its next suffix is 1.
        let mut uniq = match self.next_suffix.get(&id) {
            Some(&next) => next,
            None => usize::from(THEME_IDS.contains(&id.as_str())),
        };
        let chosen = loop {
            let anchor = if uniq == 0 {
                id.clone()
            } else {
                format!("{id}-{uniq}")
            };
            if !self.is_taken(&anchor) {
                break anchor;
            }
            uniq += 1;
        };
        self.ids.insert(chosen.clone());
        self.next_suffix.insert(id, uniq + 1);
        chosen
    }
}

/// A heading's id, unique in the page: never a theme id, never one of the
/// footnotes' `fn-N` / `fnref-N`.
fn heading_id(anchorizer: &mut Ids, text: &str) -> String {
    let id = anchorizer.anchorize(text);
    if id.starts_with("fn-") || id.starts_with("fnref-") {
        return anchorizer.anchorize(&format!("section {text}"));
    }
    id
}

/// How many times text indented as code is read again as Markdown (each
/// time at least four more columns of indentation).
const INDENTED_READS: usize = 4;

fn outline<'a>(
    root: &'a AstNode<'a>,
    lines: &LineIndex,
    base: usize,
    source: &str,
    options: &Options<'_>,
    depth: usize,
) -> Outline {
    let mut anchorizer = Ids::with_theme();
    let mut out = Outline::default();
    for edge in root.traverse() {
        let NodeEdge::Start(node) = edge else {
            continue;
        };
        let data = node.data();
        // Only the nodes read below have a span: most nodes are text.
        let span = || lines.range(data.sourcepos, base);
        match &data.value {
            NodeValue::Heading(h) => {
                let text = collect_text(node);
                let span = span();
                out.headings.push(Heading {
                    level: h.level,
                    id: heading_id(&mut anchorizer, &text),
                    text,
                    span,
                    shown_as_written: false,
                });
            }
            NodeValue::Paragraph => {
                let span = span();
                // Its text is about as long as its Markdown: room for it
                // from the start, where growing it a push at a time took
                // half of `collect_text` (callgrind, a 300-page build).
                let text = collect_text_into(node, String::with_capacity(span.len()));
                // Paragraphs inside table cells do not exist in GFM; inside list
                // items and block quotes they are what we want.
                let first_in_item = node.previous_sibling().is_none()
                    && node.parent().is_some_and(|p| {
                        matches!(p.data().value, NodeValue::Item(_) | NodeValue::TaskItem(_))
                    });
                let kind = if first_in_item {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
                out.push_block(text, span, kind);
            }
            // Raw HTML (tables of legal bases, say) says things rules look for.
            // An HTML table gives a row block per `<tr>`, as a Markdown table
            // does, so its header cells label their columns.
            NodeValue::HtmlBlock(h) => {
                let span = span();
                let written = span
                    .start
                    .checked_sub(base)
                    .zip(span.end.checked_sub(base))
                    .and_then(|(a, b)| source.get(a..b))
                    .unwrap_or("");
                let starts = literal_line_starts(written, &h.literal);
                let in_file =
                    |o: usize| (span.start + starts.in_file(o).unwrap_or(o)).min(span.end);
                for (part, text, range) in html_blocks(&h.literal) {
                    let start = in_file(range.start);
                    let span = start..in_file(range.end).max(start);
                    match part {
                        HtmlPart::Heading(level) => out.headings.push(Heading {
                            level,
                            // Not rendered as a heading: no id to take.
                            id: String::new(),
                            text,
                            span,
                            shown_as_written: true,
                        }),
                        HtmlPart::Block(kind) => out.push_block(text, span, kind),
                    }
                }
            }
            // A fenced block without a language whose lines read as an
            // address ("```" / "Geany e.V." / "Represented by …" / "eMail: …"
            // / "```", development half: en-geany-privacy): authors fence an
            // address to keep its line breaks; for lint it is the address it
            // shows, a paragraph. Code (a language tag, or lines that are no
            // address) stays unread.
            NodeValue::CodeBlock(code)
                if code.fenced
                    && code.info.trim().is_empty()
                    && is_fenced_address(&code.literal) =>
            {
                let span = span();
                let local = source.get(span.start - base..span.end - base).unwrap_or("");
                // The lines between the fences: after the opening fence's line.
                let open = local.find('\n').map_or(local.len(), |i| i + 1);
                let text = code.literal.trim_end();
                let start = (span.start + open).min(span.end);
                let end = (start + text.len()).min(span.end);
                out.push_block(text.to_string(), start..end, BlockKind::Paragraph);
            }
            NodeValue::CodeBlock(code) if !code.fenced && depth < INDENTED_READS => {
                let span = span();
                let local = span.start - base..span.end - base;
                let inner = indented_outline(source, local, base, options, depth);
                let section = out.headings.len().checked_sub(1);
                let first = out.headings.len();
                out.headings.extend(inner.headings);
                out.blocks.extend(inner.blocks.into_iter().map(|b| Block {
                    section: b.section.map(|s| first + s).or(section),
                    ..b
                }));
            }
            NodeValue::TableRow(_) => {
                let cells: Vec<String> = node.children().map(collect_text).collect();
                out.push_block(cells.join(" | "), span(), BlockKind::TableRow);
            }
            _ => {}
        }
    }
    out
}

/// Whether a fenced block's lines read as an address rather than code: two
/// to eight short lines, the first opening with a capital (a name), none
/// with the punctuation of code (`{`, `}`, `;`, `=`, `$`, `` ` ``, `->`,
/// `::`, `</`), and an e-mail address (also written "[at]") among them.
fn is_fenced_address(literal: &str) -> bool {
    let lines: Vec<&str> = literal
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (2..=8).contains(&lines.len())
        && lines[0].chars().next().is_some_and(char::is_uppercase)
        && lines.iter().all(|l| {
            l.chars().count() <= 80
                && l.split_whitespace().count() <= 12
                && !l.contains(['{', '}', ';', '=', '$', '`'])
                && !l.contains("->")
                && !l.contains("::")
                && !l.contains("</")
        })
        && lines
            .iter()
            .any(|l| l.contains('@') || l.to_ascii_lowercase().contains("[at]"))
}

/// Text indented four columns or more after a blank line is a code block
/// to Markdown, but in a legal text it is indentation, not code: a page
/// written in HTML with its tags indented (a template, a JSX or Blade view)
/// or a list indented by accident (development half: `pt-pdtspt-privacidade`,
/// `de-elementies-datenschutz`, `es-codelab-imaginecode`, whose every
/// statement after the first blank line was unread). For lint, the lines of
/// `range` (in `source`), less their common indentation, are read as
/// Markdown again; each part's span is mapped back to the file. The page
/// still shows them as code, so their headings take no id.
fn indented_outline(
    source: &str,
    range: Range<usize>,
    base: usize,
    options: &Options<'_>,
    depth: usize,
) -> Outline {
    // From the start of its first line, whatever column comrak starts it at.
    let start = source
        .get(..range.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1);
    let range = start..range.end;
    let Some(block) = source.get(range.clone()) else {
        return Outline::default();
    };
    let indent_of = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
    let indent = block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(indent_of)
        .min()
        .unwrap_or(0);
    // Markup (its first line a tag) has every line's indentation cut: in
    // HTML indentation shows only the nesting of tags, and a view nests its
    // text deeper than the reads above reach, its closing tags keeping the
    // common indentation small (development half: `nl-sijot-verhuursportaal`,
    // a Blade view whose text sits 28 columns in, under `</div>`s at 4).
    let markup = block
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.starts_with('<'));
    // (offset in `text`, offset in `source`) where each line starts.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut text = String::with_capacity(block.len());
    let mut at = range.start;
    for line in block.split_inclusive('\n') {
        let cut = if markup {
            indent_of(line)
        } else {
            indent_of(line).min(indent)
        };
        starts.push((text.len(), at + cut));
        text.push_str(&line[cut..]);
        at += line.len();
    }
    let arena = Arena::new();
    let root = comrak::parse_document(&arena, &text, options);
    drop_html_comments(root, &text);
    let lines = LineIndex::new(&text);
    let mut inner = outline(root, &lines, 0, &text, options, depth + 1);
    let starts = LineStarts(starts);
    let to_source = |o: usize| starts.in_file(o).map_or(range.end, |s| s.min(range.end)) + base;
    for h in &mut inner.headings {
        h.span = to_source(h.span.start)..to_source(h.span.end);
        h.shown_as_written = true;
        h.id = String::new();
    }
    for b in &mut inner.blocks {
        b.span = to_source(b.span.start)..to_source(b.span.end);
    }
    inner
}

/// Where each line of `literal` starts in `written`: comrak gives a block's
/// text with its container's indentation or quote marks taken off each line
/// (an HTML block inside a list item or a quote), so an offset in it maps
/// to the file line by line, not by one shift (a span past the first line
/// would otherwise end inside a character; `proptest-regressions`).
fn literal_line_starts(written: &str, literal: &str) -> LineStarts {
    let mut starts = Vec::new();
    let (mut in_literal, mut in_written) = (0, 0);
    let mut written_lines = written.split_inclusive('\n');
    for line in literal.split_inclusive('\n') {
        let file_line = written_lines.next().unwrap_or("");
        let content = line.trim_end_matches(['\n', '\r']);
        let file_content = file_line.trim_end_matches(['\n', '\r']);
        let cut = if file_content.ends_with(content) {
            file_content.len() - content.len()
        } else {
            0
        };
        starts.push((in_literal, in_written + cut));
        in_literal += line.len();
        in_written += file_line.len();
    }
    LineStarts(starts)
}

/// Where each line of a text read apart from the file starts, in that text
/// and in the file (`(text offset, file offset)`, in order): the text has
/// each line's indentation or container marks taken off, so an offset maps
/// back line by line (`indented_outline`, HTML blocks in `outline`).
struct LineStarts(Vec<(usize, usize)>);

impl LineStarts {
    /// The file offset of `o`, an offset in the text (`None` for no lines).
    fn in_file(&self, o: usize) -> Option<usize> {
        let i = self.0.partition_point(|&(t, _)| t <= o).saturating_sub(1);
        self.0.get(i).map(|&(t, s)| s + (o - t))
    }
}

/// A part of a raw HTML block, as the outline takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HtmlPart {
    Block(BlockKind),
    /// `<h1>`–`<h6>`, with its level.
    Heading(u8),
}

/// Tags that end the text before them and start a new block: a page
/// written in HTML (a CMS template, an export) has its headings,
/// paragraphs and list items in these, and without them its headings'
/// words ran into the next sentence. Inline tags (`<a>`, `<strong>`,
/// `<br>`, …) stay inside their block: an address broken by `<br>` is one
/// statement.
const HTML_BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "ul",
];

/// The tag at `lower[at..]` (which starts with `<`): whether it closes,
/// its name (as written: lowercase where `lower` is), and where it ends;
/// `None` for a comment, a declaration or text that is no tag.
fn html_tag(lower: &str, at: usize) -> Option<(bool, &str, usize)> {
    let rest = &lower[at + 1..];
    let (closing, name_from) = match rest.strip_prefix('/') {
        Some(_) => (true, at + 2),
        None => (false, at + 1),
    };
    let name_len = lower[name_from..]
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(lower.len() - name_from);
    if name_len == 0 {
        return None;
    }
    let end = lower[at..].find('>').map_or(lower.len(), |e| at + e + 1);
    Some((closing, &lower[name_from..name_from + name_len], end))
}

/// The parts of a raw HTML block, with their byte ranges in it: a
/// heading per `<h1>`–`<h6>`, a list item per `<li>`, a table row per
/// `<tr>` (cells joined by " | ", as for a Markdown row), and a paragraph
/// for the text between other block tags.
fn html_blocks(html: &str) -> Vec<(HtmlPart, String, Range<usize>)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let push = |out: &mut Vec<_>, part: HtmlPart, range: Range<usize>| {
        let text = html_text(&html[range.clone()]);
        if !text.is_empty() {
            out.push((part, text, range));
        }
    };
    // The text being gathered: where it starts and what it is.
    let (mut from, mut part) = (0, HtmlPart::Block(BlockKind::Paragraph));
    let mut at = 0;
    while let Some(found) = lower[at..].find('<') {
        let start = at + found;
        let Some((closing, name, end)) = html_tag(&lower, start) else {
            at = start + 1;
            continue;
        };
        if name == "tr" && !closing {
            push(&mut out, part, from..start);
            let row_end = lower[start..]
                .find("</tr")
                .map_or(html.len(), |e| start + e);
            let row = &lower[start..row_end];
            let cells: Vec<String> = cell_starts(row)
                .windows(2)
                .map(|w| html_text(&html[start + w[0]..start + w[1]]))
                .collect();
            if !cells.is_empty() {
                out.push((
                    HtmlPart::Block(BlockKind::TableRow),
                    cells.join(" | "),
                    start..row_end,
                ));
            }
            from = (row_end + "</tr>".len()).min(html.len());
            part = HtmlPart::Block(BlockKind::Paragraph);
            at = from;
            continue;
        }
        if !HTML_BLOCK_TAGS.contains(&name) {
            at = end;
            continue;
        }
        push(&mut out, part, from..start);
        part = match (closing, name.as_bytes()) {
            (false, [b'h', level @ b'1'..=b'6']) => HtmlPart::Heading(level - b'0'),
            (false, b"li") => HtmlPart::Block(BlockKind::ListItem),
            _ => HtmlPart::Block(BlockKind::Paragraph),
        };
        from = end;
        at = end;
    }
    push(&mut out, part, from..html.len());
    out
}

/// Where the cells (`<td`, `<th`) of a lower-cased row start, and its end.
fn cell_starts(row: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = row
        .match_indices("<t")
        .map(|(i, _)| i)
        .filter(|&i| {
            let rest = &row[i + 2..];
            rest.starts_with(['d', 'h']) && rest[1..].starts_with(['>', ' ', '\t', '\n', '\r'])
        })
        .collect();
    if !starts.is_empty() {
        starts.push(row.len());
    }
    starts
}

/// The text of an HTML fragment: tags dropped, character references read
/// (`decode_entities`). A tag that is no inline one (a cell, a line break)
/// is a space, so cells and lines do not run together; `<a>`, `<strong>`
/// and their kin are nothing, so "<strong>Consent</strong>, given" reads
/// "Consent, given".
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut tag_from = None;
    for (i, c) in html.char_indices() {
        match c {
            '<' if tag_from.is_none() => tag_from = Some(i),
            '>' => {
                if let Some(from) = tag_from.take() {
                    // The name compared without case: no lowercase copy of every tag.
                    let inline = html_tag(&html[from..=i], 0).is_some_and(|(_, name, _)| {
                        INLINE_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name))
                    });
                    if !inline {
                        out.push(' ');
                    }
                }
            }
            c if tag_from.is_none() => out.push(c),
            _ => {}
        }
    }
    decode_entities(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text with its HTML character references read, as a browser shows it: a
/// page exported from a word processor writes every accented letter as one
/// ("Prote&ccedil;&atilde;o", "r&eacute;clamation"), and left alone their
/// `;` cut a sentence into clauses and their letters split its words. Named
/// references of Latin-1 and common punctuation, and numeric ones (`&#233;`,
/// `&#xE9;`); a soft hyphen is dropped, so "Daten&shy;schutz" stays one
/// word; anything else (an unknown name, a bare `&`) is left as written.
/// (Markdown text comes decoded from the parser already.)
fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = &tail[..end];
            let c = match name.strip_prefix('#') {
                Some(num) => match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }
                .and_then(char::from_u32)
                .filter(|&c| c != '\0'),
                None => named_entity(name),
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                if c != '\u{ad}' {
                    out.push(c);
                }
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The Latin-1 names, U+00A0 to U+00FF in order.
const LATIN1_ENTITIES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// The character of a named reference (`name` without `&` and `;`).
fn named_entity(name: &str) -> Option<char> {
    if let Some(i) = LATIN1_ENTITIES.iter().position(|&n| n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "sbquo" => '\u{201a}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "bdquo" => '\u{201e}',
        "hellip" => '\u{2026}',
        "bull" => '\u{2022}',
        "euro" => '\u{20ac}',
        "trade" => '\u{2122}',
        "oelig" => '\u{153}',
        "OElig" => '\u{152}',
        "ensp" | "emsp" | "thinsp" => ' ',
        _ => return None,
    })
}

/// Tags inside a run of text that add no space of their own.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// HTML comments are notes for authors (and carry lint suppressions); with
/// raw HTML escaped they would otherwise show up as text on the page.
/// A comment node's text is written in `source`: without a `<!--` there,
/// there is none, and the tree is not walked.
fn drop_html_comments<'a>(root: &'a AstNode<'a>, source: &str) {
    if memchr::memmem::find(source.as_bytes(), b"<!--").is_none() {
        return;
    }
    let comments: Vec<_> = root
        .descendants()
        .filter(|n| match &n.data().value {
            NodeValue::HtmlBlock(b) => is_comment(&b.literal),
            NodeValue::HtmlInline(h) => is_comment(h),
            _ => false,
        })
        .collect();
    for n in comments {
        n.detach();
    }
}

fn is_comment(html: &str) -> bool {
    let t = html.trim();
    t.starts_with("<!--") && t.ends_with("-->")
}

/// The plain text of a node: text, code and link text, with line breaks as spaces.
pub fn collect_text<'a>(node: &'a AstNode<'a>) -> String {
    collect_text_into(node, String::new())
}

/// [`collect_text`] appended to `s` (an empty string with room for it).
fn collect_text_into<'a>(node: &'a AstNode<'a>, mut s: String) -> String {
    for edge in node.traverse() {
        if let NodeEdge::Start(n) = edge {
            match &n.data().value {
                NodeValue::Text(t) => s.push_str(t),
                NodeValue::Code(c) => s.push_str(&c.literal),
                NodeValue::SoftBreak | NodeValue::LineBreak => s.push(' '),
                _ => {}
            }
        }
    }
    s
}

/// Heading tags with ids but without comrak's empty anchor links, which screen
/// readers announce as unlabelled links.
struct HeadingIds<'o> {
    ids: Mutex<VecDeque<&'o str>>,
}

impl HeadingAdapter for HeadingIds<'_> {
    fn enter(&self, out: &mut dyn Write, h: &HeadingMeta, _: Option<Sourcepos>) -> fmt::Result {
        let id = match self.ids.lock() {
            Ok(mut ids) => ids.pop_front(),
            Err(_) => None,
        };
        // Written piece by piece: `write!` took ~500 instructions a heading.
        out.write_str("<h")?;
        write_level(out, h.level)?;
        match id {
            Some(id) if is_attr_safe(id) => {
                out.write_str(" id=\"")?;
                out.write_str(id)?;
                out.write_str("\">")
            }
            Some(id) => {
                out.write_str(" id=\"")?;
                out.write_str(&escape_attr(id))?;
                out.write_str("\">")
            }
            None => out.write_str(">"),
        }
    }

    fn exit(&self, out: &mut dyn Write, h: &HeadingMeta) -> fmt::Result {
        out.write_str("</h")?;
        write_level(out, h.level)?;
        out.write_str(">\n")
    }
}

/// A heading's level as `write!("{}")` writes it.
fn write_level(out: &mut dyn Write, level: u8) -> fmt::Result {
    match level {
        0..=9 => out.write_char(char::from(b'0' + level)),
        _ => write!(out, "{level}"),
    }
}

/// Whether [`escape_attr`] leaves `s` as it is: no character to escape or
/// replace (a byte 0xEF, which starts U+FFFE and U+FFFF, is taken as one;
/// tab and line breaks, kept as they are, take the slow path too).
fn is_attr_safe(s: &str) -> bool {
    !s.bytes()
        .any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0..=0x1f | 0xef))
}

/// Escapes text for an HTML or XML attribute value or text node. Characters
/// XML 1.0 does not allow even as references (most C0 controls, U+FFFE,
/// U+FFFF) become U+FFFD: a YAML `"\x07"` in a title would otherwise make
/// the Atom feed ill-formed, and readers reject a whole feed for one.
pub fn escape_attr(s: &str) -> String {
    // Most values (ids, titles, URLs) have nothing to escape: one scan of
    // their bytes, one copy.
    if is_attr_safe(s) {
        return s.to_string();
    }
    escape_each_char(s)
}

/// [`escape_attr`] a character at a time.
fn escape_each_char(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Maps comrak's 1-based (line, byte column) positions to byte offsets.
struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        // Counted first with memchr's vectorised count, then found with its
        // vectorised search: one allocation, no per-line searcher step.
        let mut starts =
            Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    fn offset(&self, line: usize, col: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.len);
        (start + col.saturating_sub(1)).min(self.len)
    }

    fn range(&self, pos: Sourcepos, base: usize) -> Range<usize> {
        let start = self.offset(pos.start.line, pos.start.column);
        // `end` is the last character, inclusive.
        let end = (self.offset(pos.end.line, pos.end.column) + 1).max(start);
        base + start..base + end.min(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(md: &str) -> Rendered {
        render(md, 0, &MarkdownConfig::default())
    }

    #[test]
    fn the_theme_ids_are_taken_without_being_copied_per_page() {
        // As comrak's anchorizer with the theme's ids anchorized first.
        let mut ids = Ids::with_theme();
        let got: Vec<String> = ["Main", "main", "Redline title", "main-1", "Contents"]
            .iter()
            .map(|t| ids.anchorize(t))
            .collect();
        assert_eq!(
            got,
            [
                "main-1",
                "main-2",
                "redline-title-1",
                "main-1-1",
                "contents"
            ]
        );
    }

    #[test]
    fn a_fenced_address_is_read_and_fenced_code_is_not() {
        assert!(is_fenced_address(
            "Geany e.V.\nRepresented by Enrico Tröger\neMail: enrico [dot] troeger [at] uvena.de\n"
        ));
        assert!(!is_fenced_address("site.controller = \"TODO\";\n"));
        assert!(!is_fenced_address(
            "git config user.email you@example.org\ngit push\n"
        ));
        assert!(!is_fenced_address("Example Ltd\n1 Main Street\n"));
    }

    #[test]
    fn html_blocks_are_text_for_lint() {
        let md = "<p>Before</p>\n<table><tr><th>Purpose</th><th>Our lawful basis</th></tr>\n<tr><td>Newsletter</td><td><p><strong>Consent</strong>, given at sign-up.</p></td></tr></table>\n";
        let out = r(md);
        let blocks: Vec<_> = out
            .outline
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str(), &md[b.span.clone()]))
            .collect();
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        assert_eq!(blocks[0].0, BlockKind::Paragraph);
        assert_eq!(blocks[0].1, "Before");
        assert_eq!(blocks[1].0, BlockKind::TableRow);
        assert_eq!(blocks[1].1, "Purpose | Our lawful basis");
        assert!(blocks[1].2.starts_with("<tr><th>"));
        assert_eq!(blocks[2].1, "Newsletter | Consent, given at sign-up.");
        let track = r("<video><track src=x>Captions</video>\n");
        // character references read as a browser shows them (a word
        // processor's export writes every accented letter as one)
        let pt = r(
            "<p>Os direitos de acesso, retifica&ccedil;&atilde;o e oposi&#231;&#xE3;o; Daten&shy;schutz &amp; R&Eacute;GLES &unknown; A&B.</p>\n",
        );
        assert_eq!(
            pt.outline.blocks[0].text,
            "Os direitos de acesso, retificação e oposição; Datenschutz & RÉGLES &unknown; A&B."
        );
        assert_eq!(track.outline.blocks[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn an_html_view_nested_deeper_than_the_rereads_is_read() {
        // A Blade view (development half: nl-sijot-verhuursportaal): text 28
        // columns in, blank lines between its parts, closing tags at 4.
        let md = "<x-layouts.main title=\"Privacy\">\n    <div class=\"container\">\n        <div class=\"row\">\n            <div class=\"col-12\">\n                <h1>Privacy</h1>\n\n                <div class=\"card\">\n                    <div class=\"card-body\">\n                        <h4>1) Rights</h4>\n\n                        <p>\n                            You may ask us for a copy.\n                        </p>\n                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n</x-layouts.main>\n";
        let out = r(md);
        let block = out
            .outline
            .blocks
            .iter()
            .find(|b| b.text == "You may ask us for a copy.")
            .expect("the paragraph 28 columns in is read");
        assert_eq!(
            &md[block.span.clone()].trim(),
            &"You may ask us for a copy."
        );
        assert!(out.outline.headings.iter().any(|h| h.text == "1) Rights"));
        // Indented text that is no markup is cut by its common indentation,
        // as before: a list indented by accident is read item by item.
        let md = "Intro\n\n    - a\n        - b\n";
        let out = r(md);
        let texts: Vec<_> = out.outline.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Intro", "a", "b"]);
    }

    #[test]
    fn an_html_block_in_a_list_item_maps_its_lines_to_the_file() {
        // comrak gives the block's lines without the item's indentation:
        // the second paragraph's span must still cover it in the file.
        let md = "- <p>One</p>\n  <p>Two é</p>\n";
        let out = r(md);
        let two = out
            .outline
            .blocks
            .iter()
            .find(|b| b.text == "Two é")
            .expect("the second paragraph is read");
        let written = md.get(two.span.clone()).expect("a span on char boundaries");
        assert_eq!(written, "Two é");
    }

    #[test]
    fn html_pages_give_headings_paragraphs_and_items() {
        let md = "<main>\n<h1>Privacy</h1>\n<h2 class=\"x\">Your <em>rights</em></h2>\n<p>You may ask us for a copy.</p><p>Write to Acme BV<br>Main Street 1</p>\n<ul><li>Access</li>\n<li><a href=\"/x\">Erasure</a> of data</li></ul>\n</main>\n";
        let out = r(md);
        let headings: Vec<_> = out
            .outline
            .headings
            .iter()
            .map(|h| {
                (
                    h.level,
                    h.text.as_str(),
                    &md[h.span.clone()],
                    h.shown_as_written,
                )
            })
            .collect();
        assert_eq!(
            headings,
            [
                (1, "Privacy", "Privacy", true),
                (2, "Your rights", "Your <em>rights</em>", true)
            ]
        );
        let blocks: Vec<_> = out
            .outline
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str(), b.section))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "You may ask us for a copy.", Some(1)),
                (
                    BlockKind::Paragraph,
                    "Write to Acme BV Main Street 1",
                    Some(1)
                ),
                (BlockKind::ListItem, "Access", Some(1)),
                (BlockKind::ListItem, "Erasure of data", Some(1)),
            ]
        );
        // The page shows the HTML as written: its headings have no id to
        // link to, and no entry in the contents.
        assert!(!out.html.contains("id=\"privacy\""), "{}", out.html);
    }

    #[test]
    fn headings_get_stable_ids_without_empty_links() {
        let out = r("## 1. Introduction\n\ntext\n\n## Rights\n\n## Rights\n");
        assert!(
            out.html
                .contains("<h2 id=\"1-introduction\">1. Introduction</h2>"),
            "{}",
            out.html
        );
        assert!(out.html.contains("<h2 id=\"rights-1\">"));
        assert!(!out.html.contains("class=\"anchor\""));
        let ids: Vec<_> = out.outline.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["1-introduction", "rights", "rights-1"]);
    }

    #[test]
    fn raw_html_is_escaped_and_scripts_links_dropped() {
        let out = r("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n");
        assert!(!out.html.contains("<script>"), "{}", out.html);
        assert!(out.html.contains("&lt;script&gt;"));
        assert!(!out.html.contains("javascript:"));
    }

    #[test]
    fn escaping_replaces_characters_xml_forbids() {
        assert_eq!(
            escape_attr("a\u{7}b\u{b}\tc\n<&\u{ffff}"),
            "a\u{fffd}b\u{fffd}\tc\n&lt;&amp;\u{fffd}"
        );
    }

    #[test]
    fn html_comments_are_dropped() {
        let out = r("<!-- charter-disable x: y -->\n\nText <!-- note --> here\n");
        assert!(!out.html.contains("charter-disable"), "{}", out.html);
        assert!(!out.html.contains("note"), "{}", out.html);
    }

    #[test]
    fn gfm_extensions() {
        let out =
            r("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ mail@example.com[^1]\n\n[^1]: note\n");
        assert!(out.html.contains("<table>"));
        assert!(out.html.contains("<del>old</del>"));
        assert!(out.html.contains("href=\"mailto:mail@example.com\""));
        assert!(out.html.contains("footnote"));
    }

    #[test]
    fn blocks_know_their_span_and_section() {
        let md = "intro\n\n## Rights\n\n- You may **access** data.\n";
        let out = render(md, 10, &MarkdownConfig::default());
        let b = &out.outline.blocks;
        assert_eq!(b[0].section, None);
        assert_eq!(b[1].section, Some(0));
        assert_eq!(b[1].text, "You may access data.");
        assert_eq!(
            &md[b[1].span.start - 10..b[1].span.end - 10],
            "You may **access** data."
        );
    }
}

/// Properties over arbitrary Markdown: rendering never panics, spans stay in
/// the file on character boundaries, depth is counted right at any depth, and
/// with the default settings no script, event handler or script link reaches
/// the HTML.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    fn in_range(text: &str, base: usize, span: &Range<usize>) -> bool {
        span.start <= span.end
            && span.start >= base
            && span.end <= base + text.len()
            && text.is_char_boundary(span.start - base)
            && text.is_char_boundary(span.end - base)
    }

    /// Markdown syntax, raw HTML and hostile links mixed with arbitrary text.
    fn markdownish() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            4 => any::<String>(),
            3 => "[a-zA-Zé ]{1,10}",
            1 => Just("\n".to_string()),
            1 => Just("\n\n".to_string()),
            1 => Just("\r\n".to_string()),
            1 => Just("# ".to_string()),
            1 => Just("## é ".to_string()),
            1 => Just("> ".to_string()),
            1 => Just("- ".to_string()),
            1 => Just("1. ".to_string()),
            1 => Just("    ".to_string()),
            1 => Just("```\n".to_string()),
            1 => Just("| a | b |\n|---|---|\n| ü | 😀 |\n".to_string()),
            1 => Just("**".to_string()),
            1 => Just("_".to_string()),
            1 => Just("~~".to_string()),
            1 => Just("[^1]".to_string()),
            1 => Just("[^1]: note\n".to_string()),
            1 => Just("- [ ] ".to_string()),
            1 => Just("<!-- c -->".to_string()),
            1 => Just("<script>alert(1)</script>".to_string()),
            1 => Just("<img src=x onerror=alert(1)>".to_string()),
            1 => Just("<div onclick=\"alert(1)\">".to_string()),
            1 => Just("[a](javascript:alert(1))".to_string()),
            1 => Just("[b](JaVaScRiPt:alert(1))".to_string()),
            1 => Just("[c](vbscript:msgbox(1))".to_string()),
            1 => Just("[d](data:text/html,<script>alert(1)</script>)".to_string()),
            1 => Just("![e](javascript:alert(1))".to_string()),
            1 => Just("<javascript:alert(1)>".to_string()),
            1 => Just("[f]: javascript:alert(1)\n[f]".to_string()),
            1 => Just("[g](&#106;avascript:alert(1))".to_string()),
            1 => Just("[h](java\tscript:alert(1))".to_string()),
            1 => Just("www.example.com/\"onmouseover=alert(1)".to_string()),
        ];
        prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
    }

    /// A container nested `depth` times: block quotes, bullets, ordered items,
    /// or a mix, with text at the bottom.
    fn nested() -> impl Strategy<Value = (String, usize)> {
        let marker = prop_oneof![Just("> "), Just("- "), Just("1. "), Just("* ")];
        prop::collection::vec(marker, 1..300).prop_map(|markers| {
            let mut s = String::new();
            for (i, m) in markers.iter().enumerate() {
                // List items nest by indentation, block quotes by prefix.
                s.push_str(m);
                if i + 1 < markers.len() && *m != "> " {
                    s.push_str("x\n");
                    s.push_str(&" ".repeat(2 * (i + 1)));
                }
            }
            s.push_str("deep text é\n");
            (s, markers.len())
        })
    }

    /// The hostile parts of rendered HTML, found by a real HTML parser.
    fn dangers(html: &str) -> Vec<String> {
        let doc = scraper::Html::parse_fragment(html);
        let mut out = Vec::new();
        for node in doc.tree.nodes() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            if matches!(
                el.name(),
                "script" | "iframe" | "object" | "embed" | "style"
            ) {
                out.push(format!("<{}>", el.name()));
            }
            for (name, value) in el.attrs() {
                let v: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if name.starts_with("on") {
                    out.push(format!("{name}={value}"));
                }
                if matches!(name, "href" | "src" | "action" | "formaction")
                    && ["javascript:", "vbscript:", "data:text", "file:"]
                        .iter()
                        .any(|s| v.starts_with(s))
                {
                    out.push(format!("{name}={value}"));
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn escape_attrs_fast_path_is_exact(
            s in prop_oneof![
                "[ -~]{0,20}",
                "[a-z0-9_-]{0,12}",
                any::<String>(),
                Just("a\u{fffe}b\u{ffff}\u{feff}\t".to_string()),
            ],
        ) {
            prop_assert_eq!(escape_attr(&s), escape_each_char(&s));
        }

        #[test]
        fn heading_ids_are_comrak_anchorizer_ids(
            texts in prop::collection::vec(
                prop_oneof![
                    Just("Main".to_string()),
                    Just("toc title".to_string()),
                    Just("Your Rights".to_string()),
                    Just("your-rights".to_string()),
                    Just("Your Rights 1".to_string()),
                    "[ -~]{0,12}",
                    "[a-zA-Z _-]{0,6}",
                    any::<String>(),
                ],
                0..12,
            )
        ) {
            let mut ids = Ids::with_theme();
            let mut comrak = Anchorizer::new();
            for id in THEME_IDS {
                comrak.anchorize(id);
            }
            for text in &texts {
                prop_assert_eq!(ids.anchorize(text), comrak.anchorize(text), "{:?}", texts);
            }
        }

        #[test]
        fn any_markdown_renders_with_spans_inside_the_body(
            md in markdownish(),
            base in 0usize..1000,
        ) {
            let out = render(&md, base, &MarkdownConfig::default());
            for h in &out.outline.headings {
                prop_assert!(in_range(&md, base, &h.span), "heading {:?} in {md:?}", h.span);
                prop_assert!(h.level >= 1 && h.level <= 6);
            }
            for b in &out.outline.blocks {
                prop_assert!(in_range(&md, base, &b.span), "block {:?} in {md:?}", b.span);
                prop_assert!(b.section.is_none_or(|s| s < out.outline.headings.len()));
            }
            if out.nesting.depth > 0 {
                prop_assert!(in_range(&md, base, &out.nesting.at), "{:?}", out.nesting.at);
            }
        }

        #[test]
        fn arbitrary_bytes_decode_parse_and_render(
            bytes in prop_oneof![
                prop::collection::vec(any::<u8>(), 0..400),
                markdownish().prop_map(|s| format!("---\ntitle: t\n---\n{s}").into_bytes()),
                (markdownish(), prop::collection::vec(any::<u8>(), 0..8), any::<prop::sample::Index>())
                    .prop_map(|(s, junk, at)| {
                        // Invalid UTF-8 somewhere in a plausible document.
                        let mut b = s.into_bytes();
                        let i = at.index(b.len() + 1);
                        b.splice(i..i, junk);
                        b
                    }),
            ]
        ) {
            match crate::site_files::decode("p.md", bytes) {
                Ok(source) => {
                    let text = &source.text;
                    let body = match crate::front_matter::parse_document(&source) {
                        Ok((_, body)) => body,
                        Err(diags) => {
                            for d in &diags {
                                let span = d.span.clone().unwrap_or(0..0);
                                prop_assert!(in_range(text, 0, &span), "{} {span:?}", d.code);
                            }
                            0..text.len()
                        }
                    };
                    let out = render(&text[body.clone()], body.start, &MarkdownConfig::default());
                    for b in &out.outline.blocks {
                        prop_assert!(in_range(text, 0, &b.span), "{:?}", b.span);
                    }
                }
                Err(d) => {
                    let source = d.source.as_ref().map(|s| s.text.to_arc()).unwrap_or_default();
                    let span = d.span.clone().unwrap_or(0..0);
                    prop_assert!(in_range(&source, 0, &span), "{span:?}");
                }
            }
        }

        #[test]
        fn rendered_html_carries_no_script(md in markdownish()) {
            let out = render(&md, 0, &MarkdownConfig::default());
            let found = dangers(&out.html);
            prop_assert!(found.is_empty(), "{found:?} from {md:?}:\n{}", out.html);
        }

        #[test]
        fn deep_nesting_renders_and_is_measured((md, depth) in nested()) {
            let out = render(&md, 0, &MarkdownConfig::default());
            // comrak caps list nesting; block quotes nest as deep as written.
            prop_assert!(out.nesting.depth >= 1 && out.nesting.depth <= depth,
                "{} of {depth}", out.nesting.depth);
            if md.lines().count() == 1 && md.starts_with("> ") {
                prop_assert_eq!(out.nesting.depth, depth);
            }
            prop_assert!(in_range(&md, 0, &out.nesting.at));
            prop_assert!(out.html.contains("deep text é"));
        }
    }
}
