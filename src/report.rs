//! Rendering diagnostics for people: the one place that prints them.

use std::io::{IsTerminal, Write};

use miette::{GraphicalReportHandler, GraphicalTheme};

use crate::diagnostic::{Diag, Renderable};

/// Whether to use colour on stderr: never with `NO_COLOR` or when not a terminal.
pub fn use_color() -> bool {
    use_color_for(std::io::stderr().is_terminal())
}

/// Colour for a stream: only on a terminal, and never with `NO_COLOR`.
pub fn use_color_for(is_terminal: bool) -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && is_terminal
}

/// Renders diagnostics like rustc/Ruff: code, message, source snippet, label, help.
pub fn render_human(diags: &[Diag], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    for d in diags {
        let r = Renderable::new(d);
        // Formatting into a String cannot fail.
        let _ = handler.render_report(&mut out, &r);
        out.push('\n');
    }
    out
}

/// Prints diagnostics to stderr.
pub fn eprint(diags: &[Diag]) {
    let text = render_human(diags, use_color());
    let _ = std::io::stderr().write_all(text.as_bytes());
}
