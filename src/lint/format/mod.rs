//! Output formats for lint findings: human (rustc-like snippets), JSON,
//! SARIF 2.1.0 (GitHub code scanning), GitHub workflow commands and GitLab's
//! Code Quality report.

mod github;
mod gitlab;
mod json;
mod sarif;

use rayon::prelude::*;

use super::{Finding, Linter, Summary};
use crate::diagnostic::LineCursor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Gitlab,
}

/// What every format needs to know.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub files: usize,
    pub linter: &'a Linter,
    pub color: bool,
}

impl Report<'_> {
    pub fn summary(&self) -> Summary {
        Summary::of(self.findings)
    }

    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Human => self.human(),
            Format::Json => json::render(self),
            Format::Sarif => sarif::render(self),
            Format::Github => github::render(self),
            Format::Gitlab => gitlab::render(self),
        }
    }

    /// [`Self::render`], written to `out`; JSON as it is made, so that a
    /// large site's output is never all in memory.
    pub fn write(&self, format: Format, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        match format {
            Format::Json => json::write(self, out),
            other => out.write_all(self.render(other).as_bytes()),
        }
    }

    /// The Markdown job summary written next to `--format github` output.
    pub fn github_step_summary(&self) -> String {
        github::step_summary(self)
    }

    fn human(&self) -> String {
        let diags: Vec<_> = self.findings.iter().map(|f| f.diag.clone()).collect();
        let mut out = crate::report::render_human(&diags, self.color);
        let s = self.summary();
        out.push_str(&format!(
            "Checked {} document(s): {} error(s), {} warning(s), {} info(s).\n",
            self.files, s.errors, s.warnings, s.infos
        ));
        out
    }
}

/// 1-based start and end (line, column) of a finding.
pub(crate) fn position(f: &Finding) -> ((usize, usize), (usize, usize)) {
    f.diag.position().unwrap_or(((1, 1), (1, 1)))
}

type Position = ((usize, usize), (usize, usize));

/// [`position`] of every finding, on all cores. Findings come sorted by
/// file and offset, so within a run of one file each is counted on from
/// the one before instead of from the top of the file.
pub(crate) fn positions(findings: &[Finding]) -> Vec<Position> {
    findings
        .par_chunks(1024)
        .flat_map_iter(|chunk| {
            let mut cursor: Option<(*const str, LineCursor<'_>)> = None;
            chunk.iter().map(move |f| {
                let (Some(source), Some(span)) = (&f.diag.source, &f.diag.span) else {
                    return ((1, 1), (1, 1));
                };
                let text: &str = &source.text;
                let key = text as *const str;
                let at = match &mut cursor {
                    Some((k, c)) if std::ptr::eq(*k, key) => c,
                    _ => &mut cursor.insert((key, LineCursor::new(text))).1,
                };
                let start = at.line_col(span.start);
                // The end is counted from the start on a copy: the next
                // finding's start may come before this one's end.
                let end = at.clone().line_col(span.end);
                (start, end)
            })
        })
        .collect()
}

/// A stable 64-bit FNV-1a hash, for fingerprints that survive reruns.
pub(crate) fn fnv1a(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    format!("{h:016x}")
}

/// A fingerprint that does not change when unrelated lines move: rule, file,
/// and the text of the flagged line.
pub(crate) fn fingerprint(f: &Finding) -> String {
    let file = f.diag.file_name().unwrap_or("");
    let line_text = match (&f.diag.source, &f.diag.span) {
        (Some(s), Some(span)) => {
            let start = s.text[..span.start.min(s.text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let end = s.text[start..]
                .find('\n')
                .map_or(s.text.len(), |i| start + i);
            s.text[start..end].trim().to_string()
        }
        _ => String::new(),
    };
    fnv1a(&[f.rule(), file, &line_text])
}
