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
    let prewrap = (!color).then(|| Prewrap::new(&theme));
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(REPORT_WIDTH)
        .with_links(false);
    let unwrapping = handler.clone().with_wrap_lines(false);
    // Each report is made on its own (on all cores: a build that ends with
    // hundreds of findings spends a tenth of its time here), then joined
    // in order.
    let full: Vec<String> = diags
        .par_iter()
        .take(FULL_REPORTS)
        .map(|d| {
            let mut out = String::new();
            let printable = d.printable();
            let report = Renderable::new(&printable);
            // Formatting into a String cannot fail.
            match prewrap.as_ref().and_then(|p| p.texts(&report, d.severity)) {
                Some((message, help)) => {
                    let report = report.with_texts(message, help);
                    let _ = unwrapping.render_report(&mut out, &report);
                }
                None => {
                    let _ = handler.render_report(&mut out, &report);
                }
            }
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

/// The width reports are drawn at.
const REPORT_WIDTH: usize = 100;

/// A report's message and help wrapped as miette wraps them, its help once
/// per different text: a rule's help carries its note, the same for every
/// finding, and wrapping it (`textwrap` finding every line-break
/// opportunity) was half of drawing a report (12 million instructions for
/// the hundred reports of a generated 300-page build). Drawn with wrapping
/// off, miette then puts back the same indentation ([`Prewrap::wrap`]).
/// Without colour only: with it, the indentation carries the theme's styles.
struct Prewrap {
    /// The first line's indentation of a message, by severity, as miette
    /// draws it (`render_causes`): error, warning, advice.
    icons: [String; 3],
    /// The other lines' indentation of a message.
    rest: String,
    /// Each help text's wrapped lines, `None` where they cannot be given so.
    helps: crate::memo::Memo<Option<String>>,
}

/// miette's indentation of a help text's first line and of the others
/// (`render_footer`).
const HELP_FIRST: &str = "  help: ";
const HELP_REST: &str = "        ";

impl Prewrap {
    fn new(theme: &GraphicalTheme) -> Prewrap {
        let c = &theme.characters;
        Prewrap {
            icons: [&c.error, &c.warning, &c.advice].map(|icon| format!("  {icon} ")),
            rest: format!("  {} ", c.vbar),
            helps: Default::default(),
        }
    }

    /// `report`'s message and help as lines that miette, with wrapping off,
    /// draws as it draws them wrapped; `None` where that cannot be said.
    fn texts(
        &self,
        report: &Renderable<'_>,
        severity: Severity,
    ) -> Option<(String, Option<String>)> {
        use miette::Diagnostic;
        let first = &self.icons[match severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }];
        let message = Prewrap::wrap(&report.to_string(), first, &self.rest)?;
        let Some(help) = report.help().map(|h| h.to_string()) else {
            return Some((message, None));
        };
        let wrapped = self
            .helps
            .get_or_make(&help, || Prewrap::wrap(&help, HELP_FIRST, HELP_REST));
        Some((message, Some(wrapped?)))
    }

    /// `text` filled as miette fills it (`GraphicalReportHandler::wrap`:
    /// `textwrap::fill` at the report's width less two, these indents,
    /// words broken), each line without its indent, for miette to add it
    /// back: it puts `first` before the first line and `rest` before the
    /// others, so the result is the same text. `None` if a line is blank
    /// (miette would trim its indent) or does not start with its indent.
    fn wrap(text: &str, first: &str, rest: &str) -> Option<String> {
        let options = textwrap::Options::new(REPORT_WIDTH - 2)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(true);
        let filled = textwrap::fill(text, options);
        let mut lines = Vec::new();
        for (i, line) in filled.split('\n').enumerate() {
            let body = line.strip_prefix(if i == 0 { first } else { rest })?;
            if body.trim().is_empty() {
                return None;
            }
            lines.push(body);
        }
        Some(lines.join("\n"))
    }
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

    /// A report drawn from [`Prewrap`]'s texts with wrapping off is the
    /// report miette draws wrapping them itself, for messages and helps of
    /// every length around the width, notes, blank and indented lines,
    /// long words, non-ASCII and wide characters, every severity; and the
    /// texts are given for the usual ones.
    #[test]
    fn prewrapped_reports_are_the_wrapped_ones() {
        let source = SourceText::new("content/privacy.md", "# Privacy\n\nWe sell data.\n");
        let theme = GraphicalTheme::unicode_nocolor();
        let prewrap = Prewrap::new(&theme);
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(REPORT_WIDTH)
            .with_links(false);
        let unwrapping = handler.clone().with_wrap_lines(false);
        let words = [
            "a",
            "data",
            "processing",
            "Verarbeitungstätigkeiten",
            "日本語の文",
            "x-y-z",
            "",
            "https://example.com/a/very/long/link/that/goes/on/and/on/and/on/forever/and/ever/more",
        ];
        let mut texts = vec![
            String::new(),
            " lead".into(),
            "trail ".into(),
            "a\n\nb".into(),
        ];
        texts.push("line\n".into());
        texts.push("  indented\n    more".into());
        for (n, word) in words.iter().enumerate() {
            for len in (1..130).step_by(7).chain(88..100) {
                let mut t = String::new();
                let mut i = 0;
                while t.chars().count() < len {
                    t.push_str(if i % 3 == 0 {
                        word
                    } else {
                        words[(n + i) % words.len()]
                    });
                    t.push(if i % 11 == 10 { '\n' } else { ' ' });
                    i += 1;
                }
                texts.push(t.trim_end().to_string());
                texts.push(t);
            }
        }
        let mut given = 0;
        for (i, text) in texts.iter().enumerate() {
            let help = &texts[(i * 7) % texts.len()];
            let severity = [Severity::Error, Severity::Warning, Severity::Info][i % 3];
            let mut d = Diag::error("rule.x", text.as_str()).with_severity(severity);
            if i % 2 == 0 {
                d = d.at(&source, 11..13, "here");
            }
            if i % 5 != 0 {
                d = d.help(help.as_str());
            }
            if i % 3 == 0 {
                d = d.note(texts[(i * 13) % texts.len()].as_str());
            }
            let printable = d.printable();
            let report = Renderable::new(&printable);
            let mut expected = String::new();
            let _ = handler.render_report(&mut expected, &report);
            if let Some((message, shown_help)) = prewrap.texts(&report, severity) {
                let mut out = String::new();
                let shown = report.with_texts(message, shown_help);
                let _ = unwrapping.render_report(&mut out, &shown);
                assert_eq!(out, expected, "{text:?} / {help:?}");
                given += 1;
            }
        }
        assert!(given > texts.len() / 2, "{given} of {}", texts.len());
        // Twice, from the remembered helps.
        let d = Diag::error("rule.x", "short")
            .help("help")
            .note(texts[40].as_str());
        for _ in 0..2 {
            let report = Renderable::new(&d);
            let mut expected = String::new();
            let _ = handler.render_report(&mut expected, &report);
            let (message, help) = prewrap.texts(&report, d.severity).unwrap();
            let mut out = String::new();
            let _ = unwrapping.render_report(&mut out, &report.with_texts(message, help));
            assert_eq!(out, expected);
        }
    }
}
