//! `--format github`: workflow commands that GitHub Actions turns into
//! annotations on the pull request.

use super::{Report, position};
use crate::diagnostic::Severity;

/// Escaping for the message part of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
