//! `charter init DIR`: a minimal working site, one policy in two languages.

use std::path::Path;

use crate::cli::{InitArgs, Status, Verbosity};
use crate::diagnostic::Diag;
use crate::report;

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
    match scaffold(&args.dir) {
        Ok(()) => {
            if verbosity != Verbosity::Quiet {
                eprintln!(
                    "Created a Charter site in {}.\nNext: charter build --root {}",
                    args.dir.display(),
                    args.dir.display()
                );
            }
            Status::Success
        }
        Err(d) => {
            report::eprint(&[d]);
            Status::Broken
        }
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
