//! `--format json`: one object, paths relative to the site root, 1-based lines.

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
    let diagnostics = r
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
    let doc = Document {
        version: 1,
        diagnostics,
        summary: Totals {
            files: r.files,
            errors,
            warnings,
            infos,
        },
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
