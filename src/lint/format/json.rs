//! `--format json`: one object, paths relative to the site root, 1-based lines.

use serde_json::json;

use super::{Report, position};

pub fn render(r: &Report<'_>) -> String {
    let diagnostics: Vec<_> = r
        .findings
        .iter()
        .map(|f| {
            let ((line, column), (end_line, end_column)) = position(f);
            json!({
                "rule": f.rule(),
                "severity": f.severity().as_str(),
                "file": f.diag.file_name(),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "lang": f.lang,
                "message": f.diag.message,
                "help": f.diag.help,
            })
        })
        .collect();
    let s = r.summary();
    let doc = json!({
        "version": 1,
        "diagnostics": diagnostics,
        "summary": {"files": r.files, "errors": s.errors, "warnings": s.warnings, "infos": s.infos},
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
