//! `--format github`: workflow commands that GitHub Actions turns into
//! annotations on the pull request.

use super::{Report, position};
use crate::diagnostic::Severity;

/// Escaping for the message part of a workflow command.
fn data(s: &str) -> String {
    crate::diagnostic::visible(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a property value (`file=`, `title=`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for f in r.findings {
        let ((line, col), (end_line, end_col)) = position(f);
        let command = match f.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = f.diag.message.clone();
        if let Some(help) = &f.diag.help {
            message.push('\n');
            message.push_str(help);
        }
        out.push_str(&format!(
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
            property(f.diag.file_name().unwrap_or("")),
            property(&format!("{} ({})", f.rule(), f.severity())),
            data(&message),
        ));
    }
    let s = r.summary();
    out.push_str(&format!(
        "Checked {} document(s): {} error(s), {} warning(s), {} info(s).\n",
        r.files, s.errors, s.warnings, s.infos
    ));
    out
}

/// The Markdown that `--format github` appends to `$GITHUB_STEP_SUMMARY`:
/// counts per severity, then one table row per finding, for the people who
/// read the job page rather than the annotations.
pub fn step_summary(r: &Report<'_>) -> String {
    let s = r.summary();
    let mut out = String::from("## Charter lint\n\n");
    out.push_str(&format!(
        "Checked {} document(s): **{} error(s)**, {} warning(s), {} info(s).\n\n",
        r.files, s.errors, s.warnings, s.infos
    ));
    if r.findings.is_empty() {
        out.push_str("No findings.\n");
        return out;
    }
    out.push_str("| Severity | Rule | File | Line | Message |\n");
    out.push_str("| --- | --- | --- | ---: | --- |\n");
    for f in r.findings {
        let ((line, _), _) = position(f);
        out.push_str(&format!(
            "| {} | `{}` | {} | {line} | {} |\n",
            f.severity(),
            f.rule(),
            cell(f.diag.file_name().unwrap_or("")),
            cell(&f.diag.message),
        ));
    }
    out
}

/// A table cell: pipes would end the cell, newlines the row, and `<` could
/// open HTML (GitHub renders the summary as Markdown with inline HTML).
fn cell(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\nc <script>"), "a\\|b c &lt;script>");
    }

    #[test]
    fn escaping() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
