//! `--format json`: one object, paths relative to the site root, 1-based lines.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use super::{Report, positions};
use crate::lint::Summary;

/// Serialized straight from the findings: a large site has hundreds of
/// thousands, and a `serde_json::Value` of each cost more than linting.
#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    diagnostics: Vec<Diagnostic<'a>>,
    summary: Totals,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    rule: &'a str,
    severity: &'static str,
    file: Option<&'a str>,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    lang: &'a Option<String>,
    message: &'a str,
    help: &'a Option<String>,
}

#[derive(Serialize)]
struct Totals {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and serde_json writes UTF-8.
    let _ = write(r, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render`], written to `out` as it is made: the output of a large site
/// is over 100 MB, and is never all in memory at once.
pub fn write(r: &Report<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let diagnostics: Vec<Diagnostic<'_>> = r
        .findings
        .iter()
        .zip(positions(r.findings))
        .map(|(f, ((line, column), (end_line, end_column)))| Diagnostic {
            rule: f.rule(),
            severity: f.severity().as_str(),
            file: f.diag.file_name(),
            line,
            column,
            end_line,
            end_column,
            lang: &f.lang,
            message: &f.diag.message,
            help: &f.diag.help,
        })
        .collect();
    let Summary {
        errors,
        warnings,
        infos,
    } = r.summary();
    let summary = Totals {
        files: r.files,
        errors,
        warnings,
        infos,
    };
    pretty(diagnostics, summary, CHUNK, out)?;
    out.write_all(b"\n")
}

/// Diagnostics serialized per rayon task. Small, and two tasks a core
/// per batch: the batch's strings (the serialized chunks and their
/// indented copies) come on top of everything the lint still holds, so
/// they were the last megabytes of the peak (2 MiB of the corpus lint's,
/// 4,096 a chunk and four a core before).
const CHUNK: usize = 256;

/// Writes what `serde_json::to_string_pretty` makes of the [`Document`],
/// with the diagnostics serialized in chunks on all cores (one core spent
/// a third of a second on a large site's output after the lint), a few
/// chunks per core at a time. Each chunk is serialized pretty as an array
/// of its own, then indented one level, which is what nesting it in the
/// document does (strings hold no raw line breaks: JSON escapes them).
fn pretty(
    diagnostics: Vec<Diagnostic<'_>>,
    summary: Totals,
    chunk: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if diagnostics.is_empty() {
        let doc = Document {
            version: 1,
            diagnostics,
            summary,
        };
        return out.write_all(
            serde_json::to_string_pretty(&doc)
                .unwrap_or_default()
                .as_bytes(),
        );
    }
    out.write_all(b"{\n  \"version\": 1,\n  \"diagnostics\": [\n")?;
    let per_batch = chunk * 2 * rayon::current_num_threads();
    for (b, batch) in diagnostics.chunks(per_batch).enumerate() {
        let parts: Vec<String> = batch
            .par_chunks(chunk)
            .map(|part| {
                let array = serde_json::to_string_pretty(part).unwrap_or_default();
                // "[\n  {…},\n  {…}\n]": the lines between the brackets.
                let inner = array
                    .strip_prefix("[\n")
                    .and_then(|a| a.strip_suffix("\n]"))
                    .unwrap_or("");
                indent(inner)
            })
            .collect();
        for (i, part) in parts.iter().enumerate() {
            if b > 0 || i > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(part.as_bytes())?;
        }
    }
    let summary = serde_json::to_string_pretty(&summary).unwrap_or_default();
    out.write_all(b"\n  ],\n  \"summary\": ")?;
    // The summary's opening brace stays on the key's line.
    out.write_all(&indent(&summary).as_bytes()[2..])?;
    out.write_all(b"\n}")
}

/// Every line of `text` two spaces further in.
fn indent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic<'a>(
        i: usize,
        lang: &'a Option<String>,
        help: &'a Option<String>,
    ) -> Diagnostic<'a> {
        Diagnostic {
            rule: "gdpr.rights.access",
            severity: if i.is_multiple_of(2) { "error" } else { "info" },
            file: (!i.is_multiple_of(3)).then_some("content/privacy.md"),
            line: i,
            column: 1,
            end_line: i + 1,
            end_column: 7,
            lang,
            message: "The right of access is \"not\" stated",
            help,
        }
    }

    #[test]
    fn chunked_output_is_serde_jsons_to_the_byte() {
        let (lang, help) = (Some("de".to_string()), Some("add:\n    a line".to_string()));
        let none = None;
        for n in [0, 1, 2, 5, 7] {
            let make = || -> Vec<Diagnostic<'_>> {
                (0..n)
                    .map(|i| diagnostic(i, if i == 3 { &none } else { &lang }, &help))
                    .collect()
            };
            let totals = || Totals {
                files: 3,
                errors: n,
                warnings: 0,
                infos: 1,
            };
            let whole = serde_json::to_string_pretty(&Document {
                version: 1,
                diagnostics: make(),
                summary: totals(),
            })
            .unwrap();
            for chunk in [1, 2, 3, 100] {
                let mut out = Vec::new();
                pretty(make(), totals(), chunk, &mut out).unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    whole,
                    "n={n} chunk={chunk}"
                );
            }
        }
    }
}
