//! Charter: a compliance linter and static-site generator for multilingual
//! legal documents.
//!
//! The pipeline, in the order `pipeline` runs it:
//! [`load`] (site.toml, content/) → [`site`] (front matter, Markdown) →
//! [`render`] (Tera) → [`write`] (atomic swap of the output folder).
//! Problems at any stage are [`diagnostic::Diag`]s, printed by [`report`].

pub mod cli;
pub(crate) mod cmd;
pub(crate) mod config;
pub mod dates;
pub(crate) mod deploy;
pub mod diagnostic;
pub(crate) mod fact_catalogue;
pub mod front_matter;
pub(crate) mod git;
pub(crate) mod history;
pub(crate) mod i18n;
pub mod lint;
pub mod load;
pub(crate) mod lsp;
pub(crate) mod markdown;
pub(crate) mod memo;
pub mod pipeline;
pub(crate) mod render;
pub mod report;
pub(crate) mod schema;
pub(crate) mod serve;
pub(crate) mod site;
pub(crate) mod site_files;
pub(crate) mod standalone;
pub(crate) mod suggest;
pub(crate) mod theme;
pub(crate) mod write;
pub mod yaml;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// The top-level modules each one names in its `crate::…` paths,
    /// outside its tests.
    fn imports() -> BTreeMap<String, BTreeSet<String>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let top = |rel: &Path| {
            let first = rel.components().next().expect("a file below src");
            let name = first.as_os_str().to_string_lossy().into_owned();
            name.strip_suffix(".rs").unwrap_or(&name).to_string()
        };
        let mut modules = BTreeMap::<String, BTreeSet<String>>::new();
        let mut texts = Vec::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.expect("src is readable");
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&src).expect("below src");
                let module = top(rel);
                if module != "lib" && module != "main" {
                    modules.entry(module.clone()).or_default();
                    let text = std::fs::read_to_string(path).expect("UTF-8 source");
                    texts.push((module, text));
                }
            }
        }
        let path = regex::Regex::new(r"crate::(\w+)|crate::\{([^}]*)\}").expect("valid");
        let word = regex::Regex::new(r"\w+").expect("valid");
        for (module, text) in texts {
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let code = code.split("#[cfg(all(test").next().unwrap_or("");
            for c in path.captures_iter(code) {
                let names = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
                for name in word.find_iter(names).map(|m| m.as_str()) {
                    if name != module && modules.contains_key(name) {
                        modules
                            .entry(module.clone())
                            .or_default()
                            .insert(name.to_string());
                    }
                }
            }
        }
        modules
    }

    /// The modules form a layered graph: no module reaches, through the
    /// modules it imports, back to itself (CONTRIBUTING.md, "The layout").
    #[test]
    fn no_import_loop_between_modules() {
        let graph = imports();
        assert!(graph.len() > 20, "{graph:?}");
        for start in graph.keys() {
            let mut seen = BTreeSet::new();
            let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
            while let Some((module, trail)) = stack.pop() {
                for next in &graph[&module] {
                    let mut trail = trail.clone();
                    trail.push(next.clone());
                    assert_ne!(next, start, "import loop: {}", trail.join(" -> "));
                    if seen.insert(next.clone()) {
                        stack.push((next.clone(), trail));
                    }
                }
            }
        }
    }
}
