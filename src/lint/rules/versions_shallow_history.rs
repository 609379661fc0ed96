use crate::diagnostic::Severity;
use crate::lint::Finding;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;
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
    let violation = Shallow {
        required: site.config.history.require_full,
    };
    let diag = SHALLOW_HISTORY.diag(&site.config.source, 0..0, violation);
    vec![Finding { diag, lang: None }]
}

/// The history is shallow; `required` when the site asks for the full one.
struct Shallow {
    required: bool,
}

impl Violation for Shallow {
    /// The rule's summary: a shallow clone says nothing more specific.
    fn message(&self) -> String {
        SHALLOW_HISTORY.message.to_string()
    }
    fn label(&self) -> String {
        "this site's history is read from a shallow clone".into()
    }
    fn severity(&self) -> Option<Severity> {
        self.required.then_some(Severity::Error)
    }
}
