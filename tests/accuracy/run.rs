//! Running the real `charter` binary and reading its JSON findings.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_charter");

/// The date every lint runs as of: after the bases' `effective:` dates.
pub const NOW: &str = "2026-12-03";

/// One finding of `lint --format json`.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub file: String,
    pub line: usize,
}

impl Finding {
    /// Errors and warnings count; infos do not.
    pub fn counts(&self) -> bool {
        self.severity == "error" || self.severity == "warning"
    }
}

/// `charter ARGS` in `cwd`: its standard output, or why the run is broken
/// (a panic, or an exit code other than 0 or 1).
pub fn charter(cwd: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run {BIN}: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = || format!("`charter {}` in {}", args.join(" "), cwd.display());
    if stderr.contains("panicked") {
        return Err(format!("{} panicked:\n{stderr}", shown()));
    }
    match out.status.code() {
        Some(0 | 1) => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
        code => Err(format!("{} exited with {code:?}:\n{stderr}", shown())),
    }
}

/// `charter --now NOW lint --format json ARGS` in `cwd`.
pub fn lint(cwd: &Path, args: &[&str]) -> Result<Vec<Finding>, String> {
    let mut all = vec!["--now", NOW, "lint", "--format", "json"];
    all.extend_from_slice(args);
    let stdout = charter(cwd, &all)?;
    let unparseable = |why: &str| format!("`charter {}`: {why}:\n{stdout}", all.join(" "));
    let v: Value = serde_json::from_str(&stdout).map_err(|e| unparseable(&e.to_string()))?;
    let list = v["diagnostics"]
        .as_array()
        .ok_or_else(|| unparseable("no `diagnostics` list"))?;
    list.iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().map(str::to_string);
            Some(Finding {
                rule: text("rule")?,
                severity: text("severity")?,
                file: text("file").unwrap_or_default(),
                line: d["line"].as_u64()? as usize,
            })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| unparseable("a diagnostic without rule, severity or line"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_broken_run_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = super::lint(dir.path(), &["--format", "nope"]).unwrap_err();
        assert!(e.contains("exited with Some(2)"), "{e}");
    }
}
