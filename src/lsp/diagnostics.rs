//! Charter's diagnostics as LSP diagnostics: the same rule id (as `code`),
//! severity, span and help as `charter lint` prints.

use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri,
};

use super::position::LineIndex;
use crate::diagnostic::{Diag, Severity};

/// `diags`, all about the file at `uri` whose text `index` indexes.
pub fn to_lsp(diags: &[Diag], index: &LineIndex<'_>, uri: &Uri) -> Vec<Diagnostic> {
    diags.iter().map(|d| one(d, index, uri)).collect()
}

fn one(d: &Diag, index: &LineIndex<'_>, uri: &Uri) -> Diagnostic {
    // A problem with no span (a file that cannot be read) is shown on the
    // first line, where an editor puts whole-file problems.
    let range = d
        .span
        .clone()
        .map_or_else(Default::default, |s| index.range(s));
    // The label says what is wrong at the span ("not stated in this
    // section"); the terminal draws it under the span, an editor has only
    // the message to show it in.
    let mut message = d.message.clone();
    if let Some(label) = d.label.as_deref().filter(|l| !l.is_empty()) {
        message.push_str(&format!(" ({label})"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .related
        .iter()
        .map(|(span, label)| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), index.range(span.clone())),
            message: label.clone(),
        })
        .collect();
    Diagnostic {
        range,
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code.clone())),
        code_description: None,
        source: Some("charter".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}
