//! `charter init DIR`: a minimal working site, one policy in two languages,
//! then, on a terminal, the questions of `charter facts`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::Status;
use crate::diagnostic::Diag;
use crate::report;
use crate::report::Verbosity;

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Folder to create the site in (must not exist or be empty).
    pub dir: PathBuf,
}

/// Where the new site keeps the schema its `site.toml` names in a
/// `#:schema` line: inside the site, since an installed Charter has no
/// published schema address to point at.
const SITE_SCHEMA: &str = ".charter/site.schema.json";

/// The scaffold, file by file.
const FILES: &[(&str, &str)] = &[
    ("site.toml", include_str!("scaffold/site.toml")),
    // The repository's copy, which a test keeps equal to what `charter
    // schema site` prints: init does not run the schema generator.
    (
        SITE_SCHEMA,
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schemas/site.schema.json"
        )),
    ),
    ("content/_index.md", include_str!("scaffold/_index.md")),
    (
        "content/_index.de.md",
        include_str!("scaffold/_index.de.md"),
    ),
    ("content/privacy.md", include_str!("scaffold/privacy.md")),
    (
        "content/privacy.de.md",
        include_str!("scaffold/privacy.de.md"),
    ),
    (".gitignore", "/public\n"),
];

pub fn run(args: &InitArgs, verbosity: Verbosity) -> Status {
    if let Err(d) = scaffold(&args.dir) {
        report::eprint(&[d]);
        return Status::Broken;
    }
    if verbosity == Verbosity::Quiet {
        return Status::Success;
    }
    let dir = args.dir.display();
    eprintln!("Created a Charter site in {dir}.");
    // The scaffold declares no facts: a guess such as `consent_basis = false`
    // would silently switch rules off for whoever never reads that line.
    // A person is offered the questions; a script is told where they are.
    if std::io::stdin().is_terminal() && offer_facts() {
        let status = super::facts::ask_on_terminal(&args.dir, verbosity);
        if status != Status::Success {
            return status;
        }
    } else {
        eprintln!(
            "Next: `charter facts --root {dir}` answers the questions conditional rules need (consent, a DPO, transfers …)."
        );
    }
    eprintln!("Then: charter build --root {dir}");
    Status::Success
}

/// Asks whether to answer the facts' questions now; an empty answer is yes.
fn offer_facts() -> bool {
    eprint!(
        "Conditional rules need facts about your organisation (consent as a legal basis, a DPO, transfers …).\nAnswer their questions now? [Y/n] "
    );
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        // End of input or an unreadable terminal: skip, as the hint says.
        Ok(0) | Err(_) => false,
        Ok(_) => !matches!(line.trim().to_ascii_lowercase().as_str(), "n" | "no"),
    }
}

/// Writes the scaffold into `dir`, which must not exist or be empty: init never
/// overwrites anything.
pub fn scaffold(dir: &Path) -> Result<(), Diag> {
    let not_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty {
        return Err(Diag::error(
            "init.not-empty",
            format!("{} exists and is not empty", dir.display()),
        )
        .help("choose a new folder name; charter init never overwrites files"));
    }
    for (path, text) in FILES {
        let target = dir.join(path);
        let write = || -> std::io::Result<()> {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, text)
        };
        write().map_err(|e| {
            Diag::error("init.io", format!("cannot write {}: {e}", target.display()))
        })?;
    }
    Ok(())
}
