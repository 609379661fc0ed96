//! The HTTP side of `charter serve`: only files of the built site, from
//! memory, with the live-reload script and the findings and evidence panel
//! (`overlay.rs`) added to HTML.

use std::collections::HashMap;
use std::sync::Arc;

use percent_encoding::percent_decode_str;

use crate::markdown::escape_attr;

/// What the server shows: swapped as a whole after each rebuild.
#[derive(Default)]
pub struct Served {
    pub files: HashMap<String, Arc<[u8]>>,
    /// Findings and evidence panel HTML per page path.
    pub panels: HashMap<String, String>,
    /// When the last rebuild failed: the error page shown instead of every page.
    pub error: Option<String>,
    /// What the last rebuild did, as JSON (for `/__charter/status`).
    pub status: String,
}

pub const EVENTS_PATH: &str = "/__charter/events";
pub const STATUS_PATH: &str = "/__charter/status";

/// Live reload: reload when the site's version moves past the one first seen.
/// It also wires the panel's Dismiss button, so that no page Charter
/// serves has an inline `on…` handler (the injection tests refuse any).
const RELOAD_SCRIPT: &str = r#"<script>(function(){var first=null;var es=new EventSource("/__charter/events");es.onmessage=function(e){if(first===null){first=e.data;}else if(e.data!==first){location.reload();}};var d=document.getElementById("charter-dismiss");if(d){d.addEventListener("click",function(){d.parentNode.remove();});}})();</script>"#;

/// Maps a request path to a file of the site. Anything that is not a plain
/// relative path inside the site (`..`, backslashes, NUL, encoded or not) is
/// `None`: it cannot name a file the map holds, and is refused before lookup.
pub fn resolve(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut segments = Vec::new();
    for segment in decoded.split('/').skip(1) {
        match segment {
            "" => {}
            "." | ".." => return None,
            s => segments.push(s),
        }
    }
    let mut rel = segments.join("/");
    if decoded.ends_with('/') || rel.is_empty() {
        if !rel.is_empty() {
            rel.push('/');
        }
        rel.push_str("index.html");
    }
    Some(rel)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "woff2" => "font/woff2",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Adds the reload script, and the findings and evidence panel when there
/// is one, to a page.
pub fn inject(html: &str, panel: Option<&str>) -> String {
    let extra = format!("{}{RELOAD_SCRIPT}", panel.unwrap_or(""));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => format!("{html}{extra}"),
    }
}

/// One answer: status, content type, body, and where a redirect points.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

fn bytes(status: u16, content_type: &'static str, body: Vec<u8>) -> Reply {
    Reply {
        status,
        content_type,
        body,
        location: None,
    }
}

/// The answer to `GET url` (everything but the event stream).
pub fn reply(url: &str, served: &Served) -> Reply {
    if url == STATUS_PATH {
        bytes(200, "application/json", served.status.clone().into_bytes())
    } else {
        page(url, served)
    }
}

fn page(url: &str, served: &Served) -> Reply {
    let Some(path) = resolve(url) else {
        return not_found(served);
    };
    if path.ends_with(".html")
        && let Some(error) = &served.error
    {
        return bytes(
            500,
            "text/html; charset=utf-8",
            inject(error, None).into_bytes(),
        );
    }
    match served.files.get(&path) {
        Some(body) if path.ends_with(".html") => {
            let html = String::from_utf8_lossy(body);
            let panel = served.panels.get(&path).map(String::as_str);
            bytes(200, content_type(&path), inject(&html, panel).into_bytes())
        }
        Some(body) => bytes(200, content_type(&path), body.to_vec()),
        None => {
            // `/de/privacy` → `/de/privacy/`, as static hosts do for folders.
            let folder = format!("{path}/index.html");
            if !url.ends_with('/') && served.files.contains_key(&folder) {
                // One leading slash: `//privacy/` would name the host `privacy`.
                let path = url.split('?').next().unwrap_or(url).trim_start_matches('/');
                return Reply {
                    location: Some(format!("/{path}/")),
                    ..bytes(301, "text/plain; charset=utf-8", Vec::new())
                };
            }
            not_found(served)
        }
    }
}

fn not_found(served: &Served) -> Reply {
    let body = match served.files.get("404.html") {
        Some(b) => inject(&String::from_utf8_lossy(b), None),
        None => "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".to_string(),
    };
    bytes(404, "text/html; charset=utf-8", body.into_bytes())
}

/// The page shown while the site cannot be built: every problem, escaped.
pub fn error_page(report: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Charter: the site cannot be built</title>\
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}}pre{{background:#fff4f4;border:1px solid #d33;padding:1rem;overflow:auto;white-space:pre-wrap}}</style></head>\
<body><main><h1>The site cannot be built</h1><p>Fix the problem below and save; this page reloads by itself.</p><pre>{}</pre></main></body></html>\n",
        escape_attr(report)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_maps_clean_urls_and_refuses_escapes() {
        assert_eq!(resolve("/").as_deref(), Some("index.html"));
        assert_eq!(
            resolve("/de/privacy/").as_deref(),
            Some("de/privacy/index.html")
        );
        assert_eq!(resolve("/charter.css?v=1").as_deref(), Some("charter.css"));
        assert_eq!(
            resolve("/de/datenschutzerkl%C3%A4rung/").as_deref(),
            Some("de/datenschutzerklärung/index.html")
        );
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/a/..%2f..%2fetc",
            "/..\\x",
            "/a%00b",
            "relative",
            "/%ff",
        ] {
            assert_eq!(resolve(bad), None, "{bad}");
        }
    }

    #[test]
    fn injection_goes_before_body_end() {
        let out = inject(
            "<html><body><p>x</p></body></html>",
            Some("<aside>p</aside>"),
        );
        assert!(out.ends_with("</script></body></html>"));
        assert!(out.contains("<p>x</p><aside>p</aside><script>"));
    }

    #[test]
    fn error_page_escapes() {
        assert!(error_page("<script>x</script>").contains("&lt;script&gt;"));
    }
}
