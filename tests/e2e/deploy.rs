//! The deploy recipes of docs/deploy.md: the doc shows the files of
//! docs/examples/ as they are, each file parses and has what its host needs,
//! and the build steps they run publish the whole version archive from a
//! full clone and refuse a shallow one. `[deploy] headers = true` writes
//! `_headers` through the atomic writer. actionlint and nginx check the
//! same files in tests/deploy/run.sh.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use regex::Regex;
use serde_json::Value;

use crate::harness::{Run, Site, git, repo};

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn yaml(rel: &str) -> Value {
    serde_saphyr::from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel} is not valid YAML: {e}"))
}

/// The `charter …` commands of a recipe's shell lines, as argument lists
/// (the recipes quote nothing in them).
fn charter_commands(script: &str) -> Vec<Vec<String>> {
    script
        .split(['\n', '&', ';'])
        .map(str::trim)
        .filter(|c| c.starts_with("charter "))
        .map(|c| c.split_whitespace().skip(1).map(String::from).collect())
        .collect()
}

#[test]
fn the_doc_shows_every_example_file_as_it_is() {
    let doc = read("docs/deploy.md");
    let include = Regex::new(r"(?s)<!-- include: (\S+) -->\n```[a-z]*\n(.*?)```\n").unwrap();
    let mut shown = BTreeMap::new();
    for c in include.captures_iter(&doc) {
        let (path, block) = (c[1].to_string(), c[2].to_string());
        assert_eq!(
            block,
            read(&path),
            "docs/deploy.md's copy of {path} differs from the file"
        );
        shown.insert(path, ());
    }
    let mut files: Vec<String> = std::fs::read_dir(repo().join("docs/examples"))
        .expect("docs/examples/")
        .map(|e| {
            format!(
                "docs/examples/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    assert_eq!(
        shown.keys().cloned().collect::<Vec<_>>(),
        files,
        "each example file is shown once"
    );
    assert!(
        !doc.contains("<!-- include:") || doc.matches("<!-- include:").count() == files.len(),
        "an include marker the pattern did not match (a block not right below it?)"
    );
}

/// The steps of `job` in a workflow.
fn steps<'a>(workflow: &'a Value, job: &str) -> &'a Vec<Value> {
    workflow["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job {job} has steps"))
}

fn step<'a>(steps: &'a [Value], uses: &str) -> &'a Value {
    steps
        .iter()
        .find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with(uses)))
        .unwrap_or_else(|| panic!("a step uses {uses}"))
}

/// The workflows' Charter install: cached on the path it installs to and
/// puts on PATH, keyed on the version it installs.
fn check_cached_install(workflow: &Value, job: &str) {
    let steps = steps(workflow, job);
    let cache = step(steps, "actions/cache@");
    let path = cache["with"]["path"].as_str().expect("cache path");
    let key = cache["with"]["key"].as_str().expect("cache key");
    assert!(
        key.contains("env.CHARTER_VERSION") && key.contains("runner.os"),
        "{key}"
    );
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    let install = runs
        .iter()
        .find(|r| r.starts_with("cargo install"))
        .expect("an install step");
    assert!(install.contains(&format!("--root {path} ")), "{install}");
    assert!(install.contains("--tag \"$CHARTER_VERSION\""), "{install}");
    let on_path = format!("{}/bin", path.replace('~', "$HOME"));
    assert!(
        runs.iter()
            .any(|r| r.contains(&on_path) && r.contains("GITHUB_PATH")),
        "{runs:?}"
    );
    let install_step = steps
        .iter()
        .find(|s| s["run"].as_str() == Some(*install))
        .unwrap();
    let cache_id = cache["id"].as_str().expect("the cache step has an id");
    assert_eq!(
        install_step["if"].as_str(),
        Some(format!("steps.{cache_id}.outputs.cache-hit != 'true'").as_str())
    );
}

#[test]
fn github_pages_workflow_gates_pull_requests_and_deploys_main() {
    let wf = yaml("docs/examples/github-pages.yml");
    let action = serde_saphyr::from_str::<Value>(&read("action.yml")).expect("action.yml");
    assert!(wf["on"]["pull_request"].is_object() || wf["on"]["pull_request"].is_null());
    assert_eq!(wf["on"]["push"]["branches"], serde_json::json!(["main"]));

    // The lint gate: the repository's action, on pull requests only.
    assert_eq!(
        wf["jobs"]["lint"]["if"],
        "github.event_name == 'pull_request'"
    );
    let lint = steps(&wf, "lint");
    assert_eq!(step(lint, "actions/checkout@")["with"]["fetch-depth"], 0);
    let gate = step(lint, "OWNER/charter@");
    for input in gate["with"].as_object().expect("inputs").keys() {
        assert!(
            action["inputs"][input].is_object(),
            "action.yml has no input {input}"
        );
    }

    // The deploy: full history, the build, the Pages artifact of its output.
    assert_eq!(
        wf["jobs"]["build"]["if"],
        "github.event_name != 'pull_request'"
    );
    let build = steps(&wf, "build");
    assert_eq!(step(build, "actions/checkout@")["with"]["fetch-depth"], 0);
    check_cached_install(&wf, "build");
    let commands: Vec<Vec<String>> = build
        .iter()
        .filter_map(|s| s["run"].as_str())
        .flat_map(charter_commands)
        .collect();
    assert_eq!(commands, [["build", "--require-history"]]);
    assert_eq!(
        step(build, "actions/upload-pages-artifact@")["with"]["path"],
        "public"
    );
    let deploy = &wf["jobs"]["deploy"];
    assert_eq!(deploy["needs"], "build");
    assert_eq!(deploy["permissions"]["pages"], "write");
    assert_eq!(deploy["permissions"]["id-token"], "write");
    assert_eq!(deploy["environment"]["name"], "github-pages");
    step(steps(&wf, "deploy"), "actions/deploy-pages@");
}

#[test]
fn cloudflare_workflow_builds_and_publishes_the_output() {
    let wf = yaml("docs/examples/cloudflare-pages.yml");
    let deploy = steps(&wf, "deploy");
    assert_eq!(step(deploy, "actions/checkout@")["with"]["fetch-depth"], 0);
    check_cached_install(&wf, "deploy");
    let publish = step(deploy, "cloudflare/wrangler-action@");
    let command = publish["with"]["command"]
        .as_str()
        .expect("wrangler command");
    assert!(command.starts_with("pages deploy public "), "{command}");
    assert!(
        publish["with"]["apiToken"]
            .as_str()
            .is_some_and(|t| t.contains("secrets."))
    );
}

#[test]
fn gitlab_recipe_has_a_pages_job_publishing_public_with_full_history() {
    let ci = yaml("docs/examples/gitlab-ci.yml");
    assert_eq!(ci["variables"]["GIT_DEPTH"], "0");
    let root = ci["variables"]["CARGO_INSTALL_ROOT"]
        .as_str()
        .expect("install root");
    assert_eq!(root, "$CI_PROJECT_DIR/.charter");
    // GitLab caches only paths inside the project folder: the install root.
    assert_eq!(
        ci["default"]["cache"]["paths"],
        serde_json::json!([".charter/"])
    );
    let before = ci["default"]["before_script"].to_string();
    assert!(before.contains("cargo install") && before.contains("$CARGO_INSTALL_ROOT/bin"));
    let pages = &ci["pages"];
    assert_eq!(pages["artifacts"]["paths"], serde_json::json!(["public"]));
    let script: Vec<&str> = pages["script"]
        .as_array()
        .expect("pages script")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        charter_commands(&script.join("\n")),
        [["build", "--require-history"]]
    );
    assert_eq!(
        ci["charter-lint"]["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
}

/// `[build]` of netlify.toml, parsed.
fn netlify() -> toml::Table {
    let text = read("docs/examples/netlify.toml");
    let table: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("netlify.toml is not valid TOML: {e}"));
    table["build"].as_table().expect("[build]").clone()
}

#[test]
fn netlify_recipe_publishes_public() {
    let build = netlify();
    assert_eq!(build["publish"].as_str(), Some("public"));
    let command = build["command"].as_str().expect("command");
    assert_eq!(charter_commands(command), [["build", "--require-history"]]);
}

/// The `_headers` lines (`name: value`) a build wrote.
fn shipped_headers(public: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(public.join("_headers")).expect("_headers");
    text.lines()
        .filter_map(|l| l.strip_prefix("  "))
        .map(|l| {
            let (name, value) = l.split_once(": ").expect("name: value");
            (name.to_string(), value.to_string())
        })
        .collect()
}

#[test]
fn nginx_sends_the_headers_the_build_writes() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let shipped = shipped_headers(&site.path().join("public"));
    let conf = read("docs/examples/nginx.conf");
    let add_header = Regex::new(r#"(?m)^\s*add_header ([A-Za-z-]+) "([^"]*)" always;$"#).unwrap();
    let in_nginx: Vec<(String, String)> = add_header
        .captures_iter(&conf)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    assert_eq!(
        in_nginx, shipped,
        "nginx.conf's headers differ from _headers"
    );
    assert!(conf.contains("add_header Content-Language $charter_language always;"));
    assert!(conf.contains("error_page 404 /404.html;"));
    assert!(site.path().join("public/404.html").is_file());
    // The map lists the example's languages other than the default one.
    for lang in ["de", "fr", "es", "ar"] {
        assert!(
            site.path()
                .join("public")
                .join(lang)
                .join("index.html")
                .is_file()
        );
    }
    assert!(conf.contains("~^/(de|fr|es|ar)(/|$)  $1;"));
}

/// The example legal centre in a git repository with its versions read from
/// history: the policy as committed, then a second version of the English
/// privacy policy (translations recording that they follow it).
fn example_repository() -> Site {
    let site = Site::example();
    site.edit("site.toml", "git = false", "git = true");
    site.write(".gitignore", "public/\n");
    git(site.path(), &["init", "-q", "-b", "main"], None);
    git(site.path(), &["add", "-A"], None);
    let first = "2025-05-02T10:00:00Z";
    git(site.path(), &["commit", "-qm", "first"], Some(first));
    for file in [
        "privacy.md",
        "privacy.de.md",
        "privacy.fr.md",
        "privacy.es.md",
        "privacy.ar.md",
    ] {
        let rel = format!("content/{file}");
        site.edit(&rel, "updated: 2025-05-02", "updated: 2025-09-01");
        site.edit(&rel, "effective: 2025-06-01", "effective: 2025-10-01");
        site.edit(&rel, "version: \"2.0\"", "version: \"2.1\"");
    }
    let text = site.read("content/privacy.md");
    site.write(
        "content/privacy.md",
        format!("{text}\nWe review this policy every year.\n"),
    );
    site.record_translations();
    git(site.path(), &["add", "-A"], None);
    git(
        site.path(),
        &["commit", "-qm", "second"],
        Some("2025-09-01T10:00:00Z"),
    );
    site
}

/// Clones `origin` into `dir/name`, fully or at `depth`.
fn clone(origin: &Path, dir: &Path, name: &str, depth: Option<&str>) -> std::path::PathBuf {
    let url = format!("file://{}", origin.display());
    let mut args = vec!["clone", "-q"];
    if let Some(d) = depth {
        args.extend(["--depth", d]);
    }
    args.extend([url.as_str(), name]);
    git(dir, &args, None);
    dir.join(name)
}

/// Runs `charter <args>` in `dir` (a clone of `site`).
fn charter_in(site: &Site, dir: &Path, args: &[String]) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    site.run_with(&args, dir, &[])
}

/// What a strict Content-Security-Policy (`default-src 'self'`, nothing
/// inline) would block on the built pages: scripts, inline styles, event
/// handlers, embedded content and anything loaded from another origin.
fn csp_violations(public: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let tag = scraper::Selector::parse("script, style, iframe, object, embed, frame").unwrap();
    let any = scraper::Selector::parse("*").unwrap();
    let loads =
        scraper::Selector::parse("link[rel~=stylesheet], img, source, video, audio").unwrap();
    let mut pages = Vec::new();
    for (rel, bytes) in crate::harness::tree(public) {
        if !rel.ends_with(".html") {
            continue;
        }
        pages.push(rel.clone());
        let html = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        for el in html.select(&tag) {
            problems.push(format!("{rel}: <{}>", el.value().name()));
        }
        for el in html.select(&any) {
            for (name, _) in el.value().attrs() {
                if name == "style" || name.starts_with("on") {
                    problems.push(format!("{rel}: {name}= on <{}>", el.value().name()));
                }
            }
        }
        for el in html.select(&loads) {
            for name in ["href", "src", "srcset"] {
                if let Some(url) = el.value().attr(name)
                    && (url.contains("://") || url.starts_with("//") || url.starts_with("data:"))
                {
                    problems.push(format!("{rel}: <{}> loads {url}", el.value().name()));
                }
            }
        }
    }
    // Every kind of page: homes, documents, the archive, a redline, 404.
    for page in [
        "index.html",
        "de/index.html",
        "privacy/index.html",
        "ar/privacy/index.html",
        "privacy/versions/index.html",
        "privacy/versions/2025-09-01/index.html",
        "404.html",
    ] {
        assert!(
            pages.iter().any(|p| p == page),
            "{page} was not checked: {pages:?}"
        );
    }
    problems
}

#[test]
fn hosted_builds_publish_the_whole_archive_from_a_full_clone_and_refuse_a_shallow_one() {
    let origin = example_repository();
    let work = tempfile::tempdir().expect("temp dir");

    // The build commands of every recipe that builds on the host, as they
    // stand in the files (installing Charter is left out: the binary under
    // test is the one the recipes would install).
    let mut recipes: Vec<(&str, Vec<Vec<String>>)> = Vec::new();
    for file in ["github-pages.yml", "cloudflare-pages.yml"] {
        let wf = yaml(&format!("docs/examples/{file}"));
        let runs = wf["jobs"]
            .as_object()
            .expect("jobs")
            .values()
            .flat_map(|job| job["steps"].as_array().into_iter().flatten())
            .filter_map(|s| s["run"].as_str())
            .flat_map(charter_commands)
            .collect();
        recipes.push((file, runs));
    }
    let gitlab = yaml("docs/examples/gitlab-ci.yml");
    let pages: Vec<&str> = gitlab["pages"]["script"]
        .as_array()
        .expect("pages script")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    recipes.push(("gitlab-ci.yml", charter_commands(&pages.join("\n"))));

    for (i, (file, commands)) in recipes.iter().enumerate() {
        assert!(!commands.is_empty(), "{file} runs charter");
        let full = clone(origin.path(), work.path(), &format!("full-{i}"), None);
        for args in commands {
            charter_in(&origin, &full, args).expect(0);
        }
        // What upload-pages-artifact, wrangler and GitLab Pages publish.
        let public = full.join("public");
        let versions = std::fs::read_to_string(public.join("privacy/versions/index.html"))
            .unwrap_or_else(|e| panic!("{file}: no version archive: {e}"));
        for date in ["2025-05-02", "2025-09-01"] {
            assert!(
                public
                    .join(format!("privacy/versions/{date}/index.html"))
                    .is_file(),
                "{file}: version {date} of the privacy policy is not published"
            );
            assert!(
                versions.contains(date),
                "{file}: the archive does not list {date}"
            );
        }
        assert!(public.join("de/privacy/versions/index.html").is_file());
        assert!(
            public.join("_headers").is_file(),
            "{file}: the example asks for _headers"
        );
        if i == 0 {
            let problems = csp_violations(&public);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
            // The check does see inline code and other origins.
            std::fs::write(
                public.join("planted.html"),
                "<p style=\"color:red\" onclick=\"x()\">x</p><script>x()</script><img src=\"https://cdn.example/a.png\">",
            )
            .expect("write");
            let planted: Vec<String> = csp_violations(&public);
            assert_eq!(planted.len(), 4, "{planted:?}");
            assert!(
                planted.iter().all(|p| p.starts_with("planted.html: ")),
                "{planted:?}"
            );
        }

        let shallow = clone(
            origin.path(),
            work.path(),
            &format!("shallow-{i}"),
            Some("1"),
        );
        for args in commands {
            let run = charter_in(&origin, &shallow, args);
            run.expect(1);
            assert!(
                run.stderr.contains("versions.shallow-history"),
                "{}",
                run.stderr
            );
        }
        assert!(
            !shallow.join("public").exists(),
            "{file}: a shallow clone published"
        );
    }
}

#[test]
fn netlify_command_fetches_the_history_of_a_shallow_clone_before_building() {
    let origin = example_repository();
    let work = tempfile::tempdir().expect("temp dir");
    let shallow = clone(origin.path(), work.path(), "shallow", Some("1"));
    let command = netlify()["command"].as_str().expect("command").to_string();
    let parts: Vec<&str> = command.split(" && ").collect();
    assert_eq!(parts.len(), 3, "{command}");
    assert!(parts[0].contains("git fetch --unshallow"), "{}", parts[0]);
    assert!(parts[1].starts_with("cargo install ") && parts[1].ends_with(" charter"));
    // The unshallowing line as Netlify's shell runs it.
    let out = Command::new("sh")
        .args(["-c", parts[0]])
        .current_dir(&shallow)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", work.path())
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let is_shallow = Command::new("git")
        .args(["rev-parse", "--is-shallow-repository"])
        .current_dir(&shallow)
        .output()
        .expect("git runs");
    assert_eq!(String::from_utf8_lossy(&is_shallow.stdout).trim(), "false");
    for args in charter_commands(parts[2]) {
        charter_in(&origin, &shallow, &args).expect(0);
    }
    assert!(
        shallow
            .join("public/privacy/versions/2025-05-02/index.html")
            .is_file()
    );
}

#[test]
fn headers_file_is_written_with_the_site_and_goes_with_it() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let headers = shipped_headers(&site.path().join("public"));
    let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Content-Security-Policy",
            "Referrer-Policy",
            "X-Content-Type-Options",
            "Cache-Control"
        ]
    );
    assert!(headers[0].1.starts_with("default-src 'self'"));
    let written = site.read("public/_headers");
    assert!(written.contains("\n/*\n"));
    assert!(
        read("docs/deploy.md").contains(&format!("```\n{written}```\n")),
        "docs/deploy.md does not show the _headers the example site gets:\n{written}"
    );

    // Below a sub-path, the rule covers that path.
    site.run(&[
        "build",
        "--base-url",
        "https://example.com/legal/",
        "-o",
        "sub",
    ])
    .expect(0);
    assert!(site.read("sub/_headers").contains("\n/legal/*\n"));

    // A build refused by the linter leaves the previous site, _headers included.
    let before = site.tree("public");
    // Effective the day after it was updated: short of the 30-day notice.
    site.edit(
        "content/privacy.md",
        "effective: 2025-06-01",
        "effective: 2025-05-03",
    );
    site.run(&["build"]).expect(1);
    assert_eq!(site.tree("public"), before);

    // Switched off, the next build's site has no _headers.
    site.edit(
        "content/privacy.md",
        "effective: 2025-05-03",
        "effective: 2025-06-01",
    );
    site.edit("site.toml", "headers = true", "headers = false");
    site.run(&["build"]).expect(0);
    assert!(site.path().join("public/index.html").is_file());
    assert!(!site.path().join("public/_headers").exists());
}

#[test]
fn a_theme_file_named_headers_is_an_error_when_charter_writes_one() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    site.write("themes/default/static/_headers", "/*\n  X-Mine: 1\n");
    let run = site.run(&["build"]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("two sources of the site render to _headers"),
        "{}",
        run.stderr
    );
    assert_eq!(site.tree("public"), before);
    // Without `[deploy] headers`, the theme's own file is published as it is.
    site.edit("site.toml", "headers = true", "headers = false");
    site.run(&["build"]).expect(0);
    assert_eq!(site.read("public/_headers"), "/*\n  X-Mine: 1\n");
}
