//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.

use serde_json::{Value, json};

use super::{Report, fingerprint, position};
use crate::diagnostic::Severity;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn render(r: &Report<'_>) -> String {
    let metas: Vec<_> = r.linter.rules().collect();
    let rules: Vec<Value> = metas
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "name": m.id.replace(['.', '-'], "_"),
                "shortDescription": {"text": m.message},
                "fullDescription": {"text": m.docs},
                "help": {"text": m.help, "markdown": format!("{}\n\n{}", m.help, m.docs)},
                "defaultConfiguration": {"level": level(m.severity)},
                "properties": {"tags": [m.pack]},
            })
        })
        .collect();
    let results: Vec<Value> = r
        .findings
        .iter()
        .map(|f| {
            let ((line, column), (end_line, end_column)) = position(f);
            let mut result = json!({
                "ruleId": f.rule(),
                "level": level(f.severity()),
                "message": {"text": f.diag.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.diag.file_name().unwrap_or(""), "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": line,
                            "startColumn": column,
                            "endLine": end_line,
                            "endColumn": end_column.max(if end_line == line { column } else { 1 }),
                        },
                    },
                }],
                "partialFingerprints": {"charterFingerprint/v1": fingerprint(f)},
            });
            if let Some(i) = metas.iter().position(|m| m.id == f.rule()) {
                result["ruleIndex"] = json!(i);
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "charter",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "./"}},
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
