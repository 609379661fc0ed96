use crate::diagnostic::Diag;
use crate::lint::Finding;
use crate::lint::rule::code_rule;
use crate::site::Site;

code_rule! {
    /// The site is built from a shallow clone, so the version archive lists
    /// only the versions inside the clone's depth.
    ///
    /// CI systems check out one commit by default (`actions/checkout` has
    /// `fetch-depth: 1`, GitLab a depth of 20). A deploy from such a checkout
    /// silently replaces the published history of every policy with its last
    /// version or two, the record readers and regulators rely on to see what
    /// the terms were on a given day. Fetch the whole history (`fetch-depth:
    /// 0`, `GIT_DEPTH: 0`, `git fetch --unshallow`); deploy workflows run
    /// `charter build --require-history` (or set `require_full = true` under
    /// `[history]`) to make this an error.
    pub static SHALLOW_HISTORY = {
        id: "versions.shallow-history",
        severity: Warning,
        pack: "versions",
        applies_to: [],
        jurisdictions: [],
        message: "The history is a shallow clone: the version archive is incomplete",
        help: "fetch the whole history (`fetch-depth: 0` in actions/checkout, `git fetch --unshallow`)",
        check: Site(findings),
    };
}

/// One finding for the site when any document's history came from a shallow
/// clone: an error when the site or `--require-history` asks for the full one.
pub fn findings(site: &Site) -> Vec<Finding> {
    let shallow = site
        .documents
        .iter()
        .any(|d| d.versions.as_ref().is_some_and(|v| v.history.shallow));
    if !shallow {
        return Vec::new();
    }
    let severity = if site.config.history.require_full {
        crate::diagnostic::Severity::Error
    } else {
        SHALLOW_HISTORY.severity
    };
    let source = &site.config.source;
    let diag = Diag::error(SHALLOW_HISTORY.id, SHALLOW_HISTORY.message.to_string())
        .with_severity(severity)
        .at(
            source,
            0..0,
            "this site's history is read from a shallow clone",
        )
        .help(SHALLOW_HISTORY.help.to_string());
    vec![Finding { diag, lang: None }]
}
