//! Files for the hosts a site is deployed to (`[deploy]` in site.toml).
//!
//! Today one: `_headers`, the file Netlify and Cloudflare Pages read to add
//! HTTP headers to the files they serve. It is an ordinary file of the build,
//! written through the same staging folder as the pages, so it is swapped in
//! with them and disappears with the next build that no longer asks for it.

use crate::config::SiteConfig;
use crate::write::OutputFile;

/// Where Netlify and Cloudflare Pages look for header rules: the top of the
/// published folder.
pub const HEADERS_FILE: &str = "_headers";

/// The Content-Security-Policy of a built site. Pages of the built-in theme
/// load only the site's own stylesheet and have no script, inline style or
/// embedded content (a test renders every page and checks), so everything
/// but the site's own origin is refused. `frame-ancestors` stops other sites
/// from framing a legal text to misquote it; `base-uri` and `form-action`
/// close the ways around `default-src` that it does not cover.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/// Links to sub-processors' and authorities' sites need not tell them which
/// policy the reader came from.
pub const REFERRER_POLICY: &str = "no-referrer";

/// File names are not content-hashed (`charter.css` keeps its name when the
/// theme changes), so no file may be cached without asking: a long-lived
/// copy of an old stylesheet would style new pages. Revalidation costs a
/// `304 Not Modified` when nothing changed.
pub const CACHE_CONTROL: &str = "public, max-age=0, must-revalidate";

/// The headers every file gets, in the order they are written.
pub fn headers() -> [(&'static str, &'static str); 4] {
    [
        ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
        ("Referrer-Policy", REFERRER_POLICY),
        ("X-Content-Type-Options", "nosniff"),
        ("Cache-Control", CACHE_CONTROL),
    ]
}

/// The files `[deploy]` asks for, to be written with the site.
pub fn files(config: &SiteConfig) -> Vec<OutputFile> {
    let mut out = Vec::new();
    if config.deploy.headers {
        out.push(OutputFile {
            path: HEADERS_FILE.to_string(),
            bytes: headers_file(config).into_bytes(),
        });
    }
    out
}

/// `_headers`: one rule for every path below the site's base path. The
/// rule's path is the base path, since that is where the pages link to
/// (`/legal/*` for `base_url = "https://example.com/legal"`).
fn headers_file(config: &SiteConfig) -> String {
    let mut text = String::from(
        "# Written by `charter build` because of `[deploy] headers = true` in site.toml.\n\
         # Read by Netlify and Cloudflare Pages; see docs/deploy.md for other hosts.\n",
    );
    text.push_str(&format!("{}/*\n", config.base_path()));
    for (name, value) in headers() {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceText;

    fn config(extra: &str) -> SiteConfig {
        let text = format!(
            "title = \"T\"\nbase_url = \"https://legal.example.com/legal/\"\ndefault_language = \"en\"\n{extra}"
        );
        crate::config::parse(&SourceText::new("site.toml", text.as_str()))
            .unwrap_or_else(|d| panic!("{d:?}"))
    }

    #[test]
    fn no_file_unless_asked_for() {
        assert!(files(&config("")).is_empty());
        assert!(files(&config("[deploy]\nheaders = false\n")).is_empty());
    }

    #[test]
    fn headers_file_covers_the_base_path_with_every_header() {
        let out = files(&config("[deploy]\nheaders = true\n"));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path, "_headers");
        let text = String::from_utf8(out[0].bytes.clone()).unwrap();
        let rules: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .collect();
        assert_eq!(rules, ["/legal/*"]);
        let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("  ")).collect();
        assert_eq!(
            lines,
            [
                "  Content-Security-Policy: default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
                "  Referrer-Policy: no-referrer",
                "  X-Content-Type-Options: nosniff",
                "  Cache-Control: public, max-age=0, must-revalidate",
            ]
        );
    }

    #[test]
    fn the_policy_allows_no_inline_code() {
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-eval"));
        assert!(CONTENT_SECURITY_POLICY.starts_with("default-src 'self';"));
    }
}
