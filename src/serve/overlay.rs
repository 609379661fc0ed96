//! The panel `charter serve` adds to each document page: the linter's
//! findings, and the page's compliance matrix (what `charter lint
//! --evidence` prints) with each met requirement's quote and a link to the
//! section it is in. Only `serve` shows it; `charter build` output never has it.
//!
//! Every text in it comes from documents, rule packs or the linter and is
//! escaped. The panel sets its own colours (and the theme's colour variables
//! for what it contains), so that it stays readable in either colour scheme.

use crate::lint::Finding;
use crate::lint::evidence::{Matrix, Outcome};
use crate::markdown::escape_attr;
use crate::site::Document;

/// The panel's own colours, as the default theme's variables too: `code`
/// and links inside it follow them rather than the page's dark scheme.
const PANEL_STYLE: &str = "position:fixed;inset-block-end:0;inset-inline:0;max-height:40vh;overflow:auto;\
--bg:#fffbe6;--fg:#1a1a1a;--muted:#3f3f46;--surface:#f1ead0;--border:#b45309;--link:#0a3d91;--link-visited:#5b2d8f;--focus:#0a3d91;\
background:#fffbe6;color:#1a1a1a;border-top:3px solid #b45309;padding:0.75rem 1rem;font:14px/1.4 system-ui,sans-serif;z-index:9999";
const HEADING_STYLE: &str = "font-size:1rem;margin:0 0 0.5rem;padding:0;border:0;color:inherit";
const LINK_STYLE: &str = "color:#0a3d91";
const CELL_STYLE: &str =
    "text-align:start;vertical-align:top;padding:0.2rem 0.5rem;border-bottom:1px solid #e7d9a8";

/// The panel of one document page: its findings (if any) and its evidence
/// (if any rule applies). Empty when there is neither.
pub fn panel(doc: &Document, findings: &[Finding], matrix: Option<&Matrix>) -> String {
    let matrix = matrix.filter(|m| !m.rows.is_empty());
    if findings.is_empty() && matrix.is_none() {
        return String::new();
    }
    let mut out = format!(
        "<aside id=\"charter-overlay\" aria-label=\"Charter: findings and evidence\" style=\"{PANEL_STYLE}\">\
<button type=\"button\" id=\"charter-dismiss\" style=\"float:inline-end\">Dismiss</button>"
    );
    if findings.is_empty() {
        out.push_str("<p style=\"margin:0 0 0.5rem\">Charter found no problems on this page.</p>");
    } else {
        out.push_str(&findings_section(findings));
    }
    if let Some(matrix) = matrix {
        out.push_str(&evidence_section(doc, matrix));
    }
    out.push_str("</aside>");
    out
}

/// The list of findings, as `charter serve` showed them before evidence.
fn findings_section(findings: &[Finding]) -> String {
    let mut items = String::new();
    for f in findings {
        let line = f.diag.position().map_or(0, |((l, _), _)| l);
        items.push_str(&format!(
            "<li><strong>{sev}</strong> <code>{rule}</code> line {line}: {msg}{help}</li>",
            sev = f.severity(),
            rule = escape_attr(f.rule()),
            msg = escape_attr(&f.diag.message),
            help = f
                .diag
                .help
                .as_deref()
                .map(|h| format!("<br><em>{}</em>", escape_attr(h)))
                .unwrap_or_default(),
        ));
    }
    format!(
        "<section id=\"charter-findings\" aria-labelledby=\"charter-findings-title\">\
<h2 id=\"charter-findings-title\" style=\"{HEADING_STYLE}\">Charter found {} problem(s) on this page</h2><ul>{items}</ul></section>",
        findings.len()
    )
}

/// A collapsed table: each rule that applies, its status in words, where it
/// is met (a link to the section and the file's line) and what meets it.
fn evidence_section(doc: &Document, matrix: &Matrix) -> String {
    let sections = SectionLines::of(doc);
    let met = count(matrix, |o| matches!(o, Outcome::Met { .. }));
    let findings = count(matrix, |o| matches!(o, Outcome::Finding { .. }));
    let file = escape_attr(&matrix.file);
    let mut rows = String::new();
    for row in &matrix.rows {
        let (status, place, text) = match &row.outcome {
            Outcome::Met { line, quote, under } => {
                let place = match sections.id_at(*line) {
                    Some(id) => format!(
                        "<a href=\"#{}\" style=\"{LINK_STYLE}\">{file}:{line}</a>",
                        escape_attr(id)
                    ),
                    None => format!("{file}:{line}"),
                };
                let under = under
                    .as_deref()
                    .map(|u| format!(" <span>(under “{}”)</span>", escape_attr(u)))
                    .unwrap_or_default();
                (
                    "Met",
                    place,
                    format!("<q>{}</q>{under}", escape_attr(quote)),
                )
            }
            Outcome::Passed => ("Passed", String::new(), String::new()),
            Outcome::Finding { line, message } => {
                ("Finding", format!("{file}:{line}"), escape_attr(message))
            }
            Outcome::NotChecked { why } => ("Not checked", String::new(), escape_attr(why)),
            Outcome::Evidence(_) => continue,
        };
        let mut status = if status == "Finding" {
            format!("<strong>{status}</strong>")
        } else {
            status.to_string()
        };
        if !row.inferred_facts.is_empty() {
            let facts: Vec<String> = row
                .inferred_facts
                .iter()
                .map(|f| format!("<code>facts.{}</code>", escape_attr(f)))
                .collect();
            status.push_str(&format!(" (on inferred {})", facts.join(", ")));
        }
        rows.push_str(&format!(
            "<tr><th scope=\"row\" style=\"{CELL_STYLE}\"><code>{rule}</code></th><td style=\"{CELL_STYLE}\">{status}</td><td style=\"{CELL_STYLE}\">{place}</td><td style=\"{CELL_STYLE}\">{text}</td></tr>",
            rule = escape_attr(&row.rule),
        ));
    }
    let facts: String = matrix
        .inferred_facts
        .iter()
        .map(|f| {
            let place = match sections.id_at(f.line) {
                Some(id) => format!(
                    "<a href=\"#{}\" style=\"{LINK_STYLE}\">{file}:{}</a>",
                    escape_attr(id),
                    f.line
                ),
                None => format!("{file}:{}", f.line),
            };
            format!(
                "<p style=\"margin-block:0.25rem\"><code>facts.{}</code> inferred from {place}: <q>{}</q> (not declared in the front matter)</p>",
                escape_attr(&f.fact),
                escape_attr(&f.quote)
            )
        })
        .collect();
    format!(
        "<details id=\"charter-evidence\"><summary>Evidence: {met} {} met, {findings} {}</summary>{facts}\
<table style=\"border-collapse:collapse;margin-block:0.5rem 0;font-size:inherit\">\
<caption style=\"text-align:start;font-weight:600;padding-block:0.25rem\">What meets each requirement that applies to {file} ({lang}), as <code>charter lint --evidence</code> shows it</caption>\
<thead><tr><th scope=\"col\" style=\"{CELL_STYLE}\">Rule</th><th scope=\"col\" style=\"{CELL_STYLE}\">Status</th><th scope=\"col\" style=\"{CELL_STYLE}\">Where</th><th scope=\"col\" style=\"{CELL_STYLE}\">Statement or reason</th></tr></thead>\
<tbody>{rows}</tbody></table></details>",
        plural(met, "requirement", "requirements"),
        plural(findings, "finding", "findings"),
        lang = escape_attr(&matrix.lang),
    )
}

fn count(matrix: &Matrix, which: impl Fn(&Outcome) -> bool) -> usize {
    matrix.rows.iter().filter(|r| which(&r.outcome)).count()
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// The line of each heading of a document and its anchor id, in order.
struct SectionLines<'a> {
    headings: Vec<(usize, &'a str)>,
}

impl<'a> SectionLines<'a> {
    fn of(doc: &'a Document) -> Self {
        let text = &doc.source.text;
        let mut line = 1;
        let mut at = 0;
        let mut headings = Vec::new();
        // Headings the page does not render as headings have no id to link to.
        for h in doc
            .rendered
            .outline
            .headings
            .iter()
            .filter(|h| !h.shown_as_written)
        {
            let start = h.span.start.min(text.len()).max(at);
            line += text.as_bytes()[at..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            at = start;
            headings.push((line, h.id.as_str()));
        }
        SectionLines { headings }
    }

    /// The id of the last heading at or above `line`.
    fn id_at(&self, line: usize) -> Option<&'a str> {
        let after = self.headings.partition_point(|(l, _)| *l <= line);
        after.checked_sub(1).map(|i| self.headings[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceText;
    use crate::lint::evidence::{InferredFact, Row};
    use crate::load::{ContentFile, Role};

    const HOSTILE: &str = "</q></td><script>alert(1)</script><img src=x onerror=alert(2)>";

    fn document() -> Document {
        let config = crate::config::parse(&SourceText::new(
            "site.toml",
            "title = 'T'\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\n",
        ))
        .unwrap();
        let text = "---\ntitle: Privacy\ndescription: d\nkind: privacy-policy\nupdated: 2025-05-02\neffective: 2025-06-02\nversion: '1.0'\n---\n# Privacy\n\nIntro.\n\n## Your rights\n\nYou can object at any time.\n";
        let file = ContentFile {
            source: SourceText::new("content/privacy.md", text),
            role: Role::Document,
            lang: "en".into(),
            key: "privacy".into(),
            history: None,
        };
        crate::site::parse_document(file, &config).unwrap()
    }

    fn matrix(quote: &str, under: Option<&str>) -> Matrix {
        Matrix {
            file: "content/privacy.md".into(),
            lang: "en".into(),
            rows: vec![
                Row {
                    rule: "gdpr.rights.object".into(),
                    outcome: Outcome::Met {
                        line: 15,
                        quote: quote.into(),
                        under: under.map(str::to_string),
                    },
                    inferred_facts: Vec::new(),
                },
                Row {
                    rule: "dates.effective-delay".into(),
                    outcome: Outcome::Finding {
                        line: 6,
                        message: format!("Too soon {HOSTILE}"),
                    },
                    inferred_facts: Vec::new(),
                },
                Row {
                    rule: "gdpr.dpo.contact".into(),
                    outcome: Outcome::NotChecked {
                        why: "`facts.dpo_designated` is not declared".into(),
                    },
                    inferred_facts: Vec::new(),
                },
                Row {
                    rule: "gdpr.rights.withdraw-consent".into(),
                    outcome: Outcome::Passed,
                    inferred_facts: vec!["consent_basis".into()],
                },
                Row {
                    rule: "meta.placeholder".into(),
                    outcome: Outcome::Passed,
                    inferred_facts: Vec::new(),
                },
            ],
            inferred_facts: vec![InferredFact {
                fact: "consent_basis".into(),
                value: true,
                line: 15,
                quote: "We rely on your consent.".into(),
            }],
        }
    }

    #[test]
    fn met_requirements_link_to_their_section_with_status_in_words() {
        let doc = document();
        let html = panel(
            &doc,
            &[],
            Some(&matrix("You can object at any time.", None)),
        );
        assert!(html.contains("Charter found no problems on this page."));
        assert!(html.contains("<summary>Evidence: 1 requirement met, 1 finding</summary>"));
        assert!(html.contains(
            "<th scope=\"row\" style=\"{CELL_STYLE}\"><code>gdpr.rights.object</code></th><td style=\"{CELL_STYLE}\">Met</td>"
                .replace("{CELL_STYLE}", CELL_STYLE)
                .as_str()
        ));
        assert!(html.contains("<a href=\"#your-rights\""), "{html}");
        assert!(html.contains(">content/privacy.md:15</a>"));
        assert!(html.contains("<q>You can object at any time.</q>"));
        assert!(html.contains("<strong>Finding</strong>"));
        assert!(html.contains("Not checked"));
        assert!(html.contains("Passed"));
        assert!(html.contains("<th scope=\"col\""));
        assert!(!html.contains("id=\"charter-findings\""));
        // Facts the text revealed are shown with their statement, and the
        // rules that ran on them say so.
        assert!(
            html.contains(
                "<code>facts.consent_basis</code> inferred from <a href=\"#your-rights\""
            ),
            "{html}"
        );
        assert!(html.contains("<q>We rely on your consent.</q>"), "{html}");
        assert!(
            html.contains("Passed (on inferred <code>facts.consent_basis</code>)"),
            "{html}"
        );
    }

    #[test]
    fn quotes_labels_and_messages_from_documents_are_escaped() {
        let doc = document();
        let html = panel(&doc, &[], Some(&matrix(HOSTILE, Some(HOSTILE))));
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains(
            "<q>&lt;/q&gt;&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</q>"
        ));
        assert_eq!(html.matches("&lt;script&gt;").count(), 3);
    }

    #[test]
    fn no_findings_and_no_rules_is_no_panel() {
        let doc = document();
        assert_eq!(panel(&doc, &[], None), "");
        let empty = Matrix {
            rows: Vec::new(),
            ..matrix("q", None)
        };
        assert_eq!(panel(&doc, &[], Some(&empty)), "");
    }

    #[test]
    fn lines_before_the_first_heading_have_no_section() {
        let doc = document();
        let sections = SectionLines::of(&doc);
        assert_eq!(sections.id_at(3), None);
        assert_eq!(sections.id_at(9), Some("privacy"));
        assert_eq!(sections.id_at(12), Some("privacy"));
        assert_eq!(sections.id_at(13), Some("your-rights"));
        assert_eq!(sections.id_at(15), Some("your-rights"));
    }
}
