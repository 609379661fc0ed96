//! Rendering diagnostics for people: the one place that prints them.

use std::io::{IsTerminal, Write};

use miette::{GraphicalReportHandler, GraphicalTheme};
use rayon::prelude::*;

use crate::diagnostic::{Diag, Renderable, Severity};

/// How much to print besides errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Whether a lint finding of `severity` is printed at `verbosity`: errors
/// always, warnings unless quiet, infos only when verbose. `build` and
/// `serve` print their findings by it, so `--quiet` means the same in both.
pub fn shown(severity: Severity, verbosity: Verbosity) -> bool {
    match severity {
        Severity::Error => true,
        Severity::Warning => verbosity != Verbosity::Quiet,
        Severity::Info => verbosity == Verbosity::Verbose,
    }
}

/// Prints the lint findings (their diagnostics) [`shown`] at `verbosity`.
pub fn print_findings<'a>(findings: impl IntoIterator<Item = &'a Diag>, verbosity: Verbosity) {
    let shown: Vec<Diag> = findings
        .into_iter()
        .filter(|d| shown(d.severity, verbosity))
        .cloned()
        .collect();
    eprint(&shown);
}

/// Whether to use colour on stderr: never with `NO_COLOR` or when not a terminal.
pub fn use_color() -> bool {
    use_color_for(std::io::stderr().is_terminal())
}

/// Colour for a stream: only on a terminal, and never with `NO_COLOR`.
pub fn use_color_for(is_terminal: bool) -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && is_terminal
}

/// How many diagnostics are shown in full; the rest get one line each. Past a
/// hundred nobody reads full reports (a generated site can have tens of
/// thousands of findings), and drawing them took longer than the build.
pub const FULL_REPORTS: usize = 100;

/// Renders diagnostics like rustc/Ruff: code, message, source snippet, label,
/// help; after the first [`FULL_REPORTS`], one line each.
pub fn render_human(diags: &[Diag], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    // Each report is made on its own (on all cores: a build that ends with
    // hundreds of findings spends a tenth of its time here), then joined
    // in order.
    let full: Vec<String> = diags
        .par_iter()
        .take(FULL_REPORTS)
        .map(|d| {
            let mut out = String::new();
            // Formatting into a String cannot fail.
            let _ = handler.render_report(&mut out, &Renderable::new(&d.printable()));
            out.push('\n');
            out
        })
        .collect();
    let mut out = full.concat();
    if let Some(rest) = diags.get(FULL_REPORTS..).filter(|r| !r.is_empty()) {
        out.push_str(&format!(
            "{} more, one line each (`charter lint --format json` gives every detail):\n",
            rest.len()
        ));
        let lines: Vec<String> = rest
            .par_iter()
            .map(|d| one_line(&d.printable()) + "\n")
            .collect();
        out.push_str(&lines.concat());
        out.push('\n');
    }
    out
}

/// `file:line:col: severity[code]: message`, the form editors and grep understand.
fn one_line(d: &Diag) -> String {
    let place = match (&d.source, &d.span) {
        (Some(source), Some(span)) => {
            let (line, col) = source.line_col(span.start);
            format!("{}:{line}:{col}: ", source.name)
        }
        (Some(source), None) => format!("{}: ", source.name),
        _ => String::new(),
    };
    format!("{place}{}[{}]: {}", d.severity, d.code, d.message)
}

/// Prints diagnostics to stderr.
pub fn eprint(diags: &[Diag]) {
    let text = render_human(diags, use_color());
    let _ = std::io::stderr().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_shows_errors_only_and_verbose_everything() {
        use Severity::*;
        let levels = [Error, Warning, Info];
        let at = |v| levels.map(|s| shown(s, v));
        assert_eq!(at(Verbosity::Quiet), [true, false, false]);
        assert_eq!(at(Verbosity::Normal), [true, true, false]);
        assert_eq!(at(Verbosity::Verbose), [true, true, true]);
    }
    use crate::diagnostic::SourceText;

    #[test]
    fn past_the_limit_findings_get_one_line_each() {
        let source = SourceText::new("content/privacy.md", "# Privacy\n\nWe sell data.\n");
        let diags: Vec<Diag> = (0..FULL_REPORTS + 2)
            .map(|i| {
                Diag::error(format!("rule.{i}"), "Something is missing")
                    .at(&source, 11..13, "here")
                    .help("add it")
            })
            .collect();
        let out = render_human(&diags, false);
        // The full reports have their help; the two past the limit do not.
        assert_eq!(out.matches("add it").count(), FULL_REPORTS);
        assert!(out.contains("2 more, one line each"));
        assert!(out.contains(&format!(
            "content/privacy.md:3:1: error[rule.{FULL_REPORTS}]: Something is missing\n"
        )));
        assert!(out.contains(&format!("error[rule.{}]", FULL_REPORTS + 1)));
        // Under the limit, nothing is shortened.
        let few = render_human(&diags[..3], false);
        assert!(!few.contains("more, one line each"));
        assert_eq!(few.matches("add it").count(), 3);
    }
}
