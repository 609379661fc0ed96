//! The bad-input catalogue (issue #11): hostile or broken input ends in a
//! clear diagnostic or a correct site, never a panic, a signal, or a damaged
//! previous site. Cases covered elsewhere are listed in docs/security.md with
//! their test names (`build_errors::*`, `scale::*`, `serve::*`).

use std::process::Command;

use crate::harness::{BIN, Run, Site, leftovers, refused_build};

const FRONT: &str = "---\ntitle: T\ndescription: D\nkind: other\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: \"1\"\n---\n\n";

/// Builds the example site, applies `break_it`, builds again. Checks that the
/// second build was not killed by a signal and did not panic.
fn rebuild(break_it: impl FnOnce(&Site)) -> (Site, Run) {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    break_it(&site);
    let run = site.run(&["build"]);
    assert!(run.code.is_some(), "killed by a signal:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    (site, run)
}

#[test]
fn yaml_alias_bomb() {
    let mut bomb = String::from("---\na: &a [x,x,x,x,x,x,x,x,x,x]\n");
    for i in 0..12 {
        let prev = if i == 0 {
            "a".into()
        } else {
            format!("l{}", i - 1)
        };
        let refs = vec![format!("*{prev}"); 10].join(",");
        bomb.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    bomb.push_str("title: x\n---\n\n# Bomb\n");
    refused_build(
        |s| s.write("content/terms.md", &bomb),
        &["front-matter.", "content/terms.md:"],
    );
}

#[test]
fn hundred_megabyte_document_is_refused_without_reading_it() {
    let started = std::time::Instant::now();
    refused_build(
        |s| {
            let file = std::fs::File::create(s.path().join("content/huge.md")).unwrap();
            // Sparse: 100 MB that cost no disk and no time to write.
            file.set_len(100 * 1024 * 1024).unwrap();
        },
        &[
            "content.too-large",
            "content/huge.md is larger than the limit",
        ],
    );
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn hundred_thousand_deep_block_quotes() {
    refused_build(
        |s| {
            s.write(
                "content/deep.md",
                format!("{FRONT}{} deep\n", ">".repeat(100_000)),
            )
        },
        // Line 10 is the body's first line, which opens every level.
        &["markdown.too-deep", "100000 levels", "content/deep.md:10:"],
    );
}

#[test]
fn deeply_nested_lists_are_refused() {
    let mut md = String::from(FRONT);
    for i in 0..2_000 {
        md.push_str(&format!("{}- item\n", "  ".repeat(i)));
    }
    // comrak stops nesting lists at 100 levels; deeper indentation is text.
    refused_build(
        |s| s.write("content/deep.md", &md),
        &["markdown.too-deep", "content/deep.md:"],
    );
}

#[test]
fn nesting_limit_is_configurable() {
    let (site, run) = rebuild(|s| {
        s.edit(
            "site.toml",
            "[lint]",
            "[limits]\nmax_nesting = 200000\n\n[lint]",
        );
        s.write(
            "content/deep.md",
            format!("{FRONT}{} deep\n", ">".repeat(100_000)),
        );
    });
    run.expect(0);
    let html = site.read("public/deep/index.html");
    assert_eq!(html.matches("<blockquote>").count(), 100_000);
}

#[test]
fn nul_bytes_bom_crlf_and_lone_cr_build() {
    let (site, run) = rebuild(|s| {
        s.write(
            "content/bom.md",
            format!("\u{feff}{FRONT}# With BOM\n\nText.\n"),
        );
        s.write(
            "content/crlf.md",
            format!("{FRONT}# Windows\n\nText.\n").replace('\n', "\r\n"),
        );
        s.write(
            "content/cr.md",
            format!("{FRONT}# Old Mac\n\nText.\n").replace('\n', "\r"),
        );
        s.write("content/nul.md", format!("{FRONT}# Nul\n\nA\0B\n"));
    });
    run.expect(0);
    for (page, heading) in [
        ("bom", "With BOM"),
        ("crlf", "Windows"),
        ("cr", "Old Mac"),
        ("nul", "Nul"),
    ] {
        let html = site.read(&format!("public/{page}/index.html"));
        assert!(html.contains(&format!(">{heading}</h1>")), "{page}: {html}");
        assert!(!html.contains('\0'), "{page}");
        assert!(!html.contains('\u{feff}'), "{page}");
    }
    // NUL is replaced as CommonMark requires.
    assert!(site.read("public/nul/index.html").contains("A\u{fffd}B"));
}

#[test]
fn lone_cr_positions_count_lines() {
    let stderr = refused_build(
        |s| {
            s.write(
                "content/cr.md",
                FRONT
                    .replace("2025-06-01", "2025-02-30")
                    .replace('\n', "\r"),
            )
        },
        &["front-matter.date", "content/cr.md:6:12"],
    );
    assert!(!stderr.contains("content/cr.md:1:"), "{stderr}");
}

#[test]
fn empty_file() {
    refused_build(
        |s| s.write("content/empty.md", ""),
        &["front-matter.missing", "content/empty.md:1:1"],
    );
}

#[test]
fn duplicate_yaml_keys() {
    refused_build(
        |s| {
            s.write(
                "content/dup.md",
                FRONT.replace("title: T\n", "title: T\ntitle: U\n"),
            )
        },
        &["front-matter.yaml", "uplicate", "content/dup.md:3:"],
    );
}

#[test]
fn symlink_to_outside_the_site_is_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), format!("{FRONT}SECRET\n")).unwrap();
    let stderr = refused_build(
        |s| {
            std::os::unix::fs::symlink(
                outside.path().join("secret.md"),
                s.path().join("content/secret.md"),
            )
            .unwrap()
        },
        &["content.symlink", "content/secret.md", "outside the site"],
    );
    assert!(!stderr.contains("SECRET"), "{stderr}");
}

#[test]
fn content_folder_linking_outside_the_site_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), format!("{FRONT}SECRET\n")).unwrap();
    refused_build(
        |s| {
            std::fs::rename(s.path().join("content"), s.path().join("real")).unwrap();
            std::os::unix::fs::symlink(outside.path(), s.path().join("content")).unwrap();
        },
        &[
            "content.symlink",
            "content/ is a symbolic link",
            "outside the site",
        ],
    );
}

#[test]
fn symlink_loop() {
    refused_build(
        |s| {
            std::os::unix::fs::symlink("a.md", s.path().join("content/b.md")).unwrap();
            std::os::unix::fs::symlink("b.md", s.path().join("content/a.md")).unwrap();
            std::os::unix::fs::symlink(".", s.path().join("content/loop")).unwrap();
        },
        &[
            "content.symlink",
            "content/a.md",
            "content/b.md",
            "cannot be followed",
        ],
    );
}

#[test]
fn awkward_file_names_get_safe_urls() {
    let (site, run) = rebuild(|s| {
        for name in [
            "with space",
            "per%cent",
            "hash#tag",
            "quest?ion",
            "Übersicht",
        ] {
            s.write(&format!("content/{name}.md"), format!("{FRONT}# {name}\n"));
        }
    });
    run.expect(0);
    for dir in [
        "with-space",
        "per-cent",
        "hash-tag",
        "quest-ion",
        "übersicht",
    ] {
        assert!(
            site.path()
                .join("public")
                .join(dir)
                .join("index.html")
                .is_file(),
            "{dir}"
        );
    }
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("/with-space/</loc>"), "{sitemap}");
}

#[test]
fn output_dir_as_absolute_site_root_is_refused() {
    // ".", "content", ".." and "/" are in build_errors::output_dir_that_would_delete_the_sources_is_refused.
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    let root = site.path().to_string_lossy().into_owned();
    let run = site.run(&["build", "--output", &root]);
    run.expect(2);
    assert!(run.stderr.contains("output.unsafe"), "{}", run.stderr);
    assert_eq!(site.tree("public"), before);
    let parent = site.path().parent().unwrap().to_string_lossy().into_owned();
    site.run(&["build", "--output", &parent]).expect(2);
    assert_eq!(site.tree("public"), before);
}

#[test]
fn two_builds_at_once_give_one_complete_site() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let expected = site.tree("public");
    let spawn = || {
        Command::new(BIN)
            .args(["--quiet", "build"])
            .current_dir(site.path())
            .env("NO_COLOR", "1")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let builds: Vec<_> = (0..4).map(|_| spawn()).collect();
    for b in builds {
        let out = b.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert_eq!(site.tree("public"), expected);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}

/// A site big enough that a debug build takes a while to write.
fn big_site() -> Site {
    let site = Site::example();
    let body = "## Section\n\nSome text with a [link](https://example.com).\n\n".repeat(40);
    for i in 0..1_500 {
        site.write(
            &format!("content/gen/doc-{i:04}.md"),
            format!("{FRONT}{body}"),
        );
    }
    site
}

#[test]
fn a_build_killed_halfway_leaves_the_previous_site() {
    let site = big_site();
    site.run(&["--quiet", "build"]).expect(0);
    let before = site.tree("public");
    site.write("content/gen/doc-0000.md", format!("{FRONT}Changed.\n"));
    let mut child = Command::new(BIN)
        .args(["--quiet", "build"])
        .current_dir(site.path())
        .spawn()
        .unwrap();
    let staging = format!(".public.charter-new-{}", child.id());
    let started = std::time::Instant::now();
    // Kill once the new site is being written.
    while !site.path().join(&staging).exists() {
        assert!(child.try_wait().unwrap().is_none(), "build ended too soon");
        assert!(started.elapsed().as_secs() < 60, "no staging folder");
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    std::thread::sleep(std::time::Duration::from_millis(20));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(site.tree("public"), before, "previous site damaged");
    assert_eq!(leftovers(site.path()), vec![staging]);
    site.run(&["--quiet", "build"]).expect(0);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
    assert!(
        site.read("public/gen/doc-0000/index.html")
            .contains("Changed.")
    );
}

#[test]
fn killed_between_the_two_renames_the_previous_site_comes_back() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    // What a build killed right after moving the old site aside leaves.
    let dead = ".public.charter-old-4000000";
    let fresh = ".public.charter-new-4000000";
    std::fs::rename(site.path().join("public"), site.path().join(dead)).unwrap();
    std::fs::create_dir(site.path().join(fresh)).unwrap();
    // A staging folder is marked as Charter's before anything is written in it.
    site.write(&format!("{fresh}/.charter-output"), "");
    site.edit(
        "content/terms.md",
        "kind: terms-of-service",
        "kind: nonsense",
    );
    site.run(&["build"]).expect(2);
    // A failed build changes nothing: the check comes before the writer runs.
    site.edit(
        "content/terms.md",
        "kind: nonsense",
        "kind: terms-of-service",
    );
    site.run(&["build"]).expect(0);
    assert_eq!(site.tree("public"), before);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}

/// Runs `charter build` as an unprivileged user (root ignores file modes).
fn run_unprivileged(site: &Site, limit_file_size: bool) -> Run {
    use std::os::unix::process::CommandExt;
    let root = unsafe_free_uid() == 0;
    let copy = root.then(unprivileged_bin);
    let bin = copy.as_ref().map_or(BIN, |(_, path)| path.as_str());
    let mut cmd = Command::new(bin);
    cmd.arg("build")
        .current_dir(site.path())
        .env("NO_COLOR", "1");
    if root {
        for entry in walkdir::WalkDir::new(site.path()) {
            let entry = entry.unwrap();
            std::os::unix::fs::chown(entry.path(), Some(65534), Some(65534)).unwrap();
        }
        cmd.uid(65534).gid(65534);
    }
    if limit_file_size {
        // `ulimit -f 8` (8 KiB), with SIGXFSZ ignored so writes fail with EFBIG as on a full disk.
        let script = format!("trap '' XFSZ; ulimit -f 8; exec {bin} build");
        cmd = Command::new("sh");
        cmd.args(["-c", &script])
            .current_dir(site.path())
            .env("NO_COLOR", "1");
        if root {
            cmd.uid(65534).gid(65534);
        }
    }
    // The copied binary can be "busy" for a moment: another test thread that
    // forked while the copy was open for writing holds the file until it
    // execs (ETXTBSY, rust-lang/rust#114554). Try again briefly.
    let mut tries = 0;
    let out = loop {
        match cmd.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => break other.unwrap(),
        }
    };
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(run.code.is_some(), "killed by a signal: {}", run.stderr);
    run
}

/// A copy of the binary that the unprivileged user can run: the checkout may sit in a
/// folder only its owner can enter (`git clone` into `mktemp -d`). The copy goes with the
/// returned folder.
fn unprivileged_bin() -> (tempfile::TempDir, String) {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = dir.path().join("charter");
    std::fs::copy(BIN, &bin).unwrap();
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = bin.to_string_lossy().into_owned();
    (dir, path)
}

/// The current user id, read from /proc (no libc in the tests).
fn unsafe_free_uid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|u| u.parse().ok())
        .unwrap()
}

#[test]
fn read_only_output_folder_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    std::fs::set_permissions(site.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = run_unprivileged_with(&site, |s| {
        // The folder that receives the new site cannot be written.
        std::fs::set_permissions(s.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    });
    run.expect(2);
    assert!(run.stderr.contains("output.io"), "{}", run.stderr);
    assert!(run.stderr.contains("Permission denied"), "{}", run.stderr);
    assert_eq!(site.tree("public"), before);
}

fn run_unprivileged_with(site: &Site, prepare: impl FnOnce(&Site)) -> Run {
    if unsafe_free_uid() == 0 {
        for entry in walkdir::WalkDir::new(site.path()) {
            let entry = entry.unwrap();
            std::os::unix::fs::chown(entry.path(), Some(65534), Some(65534)).unwrap();
        }
    }
    prepare(site);
    run_unprivileged(site, false)
}

#[test]
fn full_disk_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    // A changed page must be written (an unchanged one is linked from the
    // previous build, which needs no room).
    site.edit("content/privacy.de.md", "regelmäßig", "von Zeit zu Zeit");
    std::fs::set_permissions(site.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = run_unprivileged(&site, true);
    run.expect(2);
    assert!(run.stderr.contains("output.io"), "{}", run.stderr);
    assert!(run.stderr.contains("File too large"), "{}", run.stderr);
    assert_eq!(site.tree("public"), before);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}
