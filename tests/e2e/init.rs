//! `charter init`: a new site works outside the repository.

use crate::harness::Site;

#[test]
fn init_then_build_works_anywhere() {
    let tmp = Site::empty();
    tmp.run(&["init", "x"]).expect(0);
    let run = tmp.run(&["build", "--root", "x"]);
    run.expect(0);
    for page in [
        "index.html",
        "privacy/index.html",
        "de/privacy/index.html",
        "de/index.html",
        "404.html",
    ] {
        assert!(tmp.path().join("x/public").join(page).is_file(), "{page}");
    }
    // The built-in theme was used: the scaffold has no themes/ folder.
    assert!(!tmp.path().join("x/themes").exists());
    assert!(
        tmp.read("x/public/de/privacy/index.html")
            .contains("2. Mai 2025")
    );
}

#[test]
fn init_never_overwrites() {
    let tmp = Site::empty();
    tmp.write("x/notes.txt", "mine");
    let run = tmp.run(&["init", "x"]);
    run.expect(2);
    assert!(run.stderr.contains("not empty"));
    assert_eq!(tmp.read("x/notes.txt"), "mine");
}
