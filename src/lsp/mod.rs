//! `charter lsp`: a language server over stdio for the Markdown documents
//! of Charter sites.
//!
//! This module owns the message loop, the editor's open documents and, per
//! site, the parsed site and the compiled linter, kept in memory for as long
//! as the server runs: an edit re-parses and re-lints one translation group
//! (the document and its translations, whose cross-document findings may
//! change with it), it never recompiles rule packs. It drives the
//! pipeline's one build type, `pipeline::Build` (`Build::for_editor`,
//! `replace_document`, `lint_documents`, and `lint_text` for files outside
//! a site), so the findings are those of `charter lint`, computed on the
//! unsaved buffers.
//!
//! It offers diagnostics (on open, on change after a short pause, on save
//! and close), hover (`hover`) and quick fixes (`actions`). Positions are
//! UTF-16 (`position`). Files in a site but outside its `content/` are not
//! documents and are left alone; Markdown files outside any site are linted
//! as `charter lint FILE` lints them.

mod actions;
mod diagnostics;
mod hover;
mod position;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, Hover, HoverContents, HoverParams,
    HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, PublishDiagnosticsParams,
    SaveOptions, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::json;

use crate::config::CONFIG_FILE;
use crate::diagnostic::{Diag, SourceText};
use crate::lint::{Linter, rules, translation};
use crate::pipeline::Build;
use crate::report::Verbosity;
use crate::site::Site;
use crate::{load, site_files};
use position::LineIndex;

/// How long after the last change a document is linted: typing does not
/// lint every keystroke, and a pause shows the findings at once.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Runs the server on stdin and stdout until the client says `exit`.
pub fn run(verbosity: Verbosity) -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("no initialize request from an editor on standard input ({e})"))?;
    let params: InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("bad initialize request: {e}"))?;
    let result = json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "charter", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        workspace: workspace_root(&params),
        verbosity,
        open: HashMap::new(),
        sites: HashMap::new(),
        standalone: None,
        pending: HashMap::new(),
        published: HashMap::new(),
    };
    server.main_loop()?;
    // The writer thread ends when the last sender is gone.
    drop(server);
    io_threads.join().map_err(|e| e.to_string())
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..Default::default()
        })),
        ..Default::default()
    }
}

/// The folder the editor opened: the root of files outside any site.
fn workspace_root(params: &InitializeParams) -> PathBuf {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri);
    #[allow(deprecated)]
    let uri = folder.or(params.root_uri.as_ref());
    uri.and_then(position::to_path)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

/// A document the editor has open, with its unsaved text.
struct Open {
    uri: Uri,
    text: Arc<str>,
    version: i32,
}

/// A site with its compiled rules, kept between requests.
struct SiteState {
    build: Loaded,
    /// Files that were shown problems of a failed load, or findings about
    /// the site rather than a document (site.toml, the theme), to clear
    /// when the next load no longer has them.
    shown: BTreeSet<PathBuf>,
}

/// A site's build, or only its compiled rules until the site is loaded,
/// while it cannot be (its problems are shown), and after a save (the
/// files on disk may all have changed).
enum Loaded {
    Site(Box<Build>),
    Rules(Linter),
}

impl Loaded {
    fn linter(&self) -> &Linter {
        match self {
            Loaded::Site(build) => &build.linter,
            Loaded::Rules(linter) => linter,
        }
    }

    fn site(&self) -> Option<&Site> {
        match self {
            Loaded::Site(build) => Some(&build.site),
            Loaded::Rules(_) => None,
        }
    }

    fn into_linter(self) -> Linter {
        match self {
            Loaded::Site(build) => (*build).into_linter(),
            Loaded::Rules(linter) => linter,
        }
    }
}

/// The rules for Markdown files outside any site: a build of no documents
/// whose rules and settings lint each file's text.
struct Standalone {
    build: Build,
    jurisdictions: Vec<String>,
}

/// Where a file belongs.
enum Place {
    /// A site's document: its root and its name relative to it.
    Site { root: PathBuf, name: String },
    /// A Markdown file outside any site.
    Standalone,
    /// Nothing to lint, and why.
    Ignored(String),
}

fn place(path: &Path) -> Place {
    if path.extension().and_then(|e| e.to_str()) != Some("md") {
        return Place::Ignored("not a Markdown file".into());
    }
    let Some(root) = path
        .ancestors()
        .skip(1)
        .find(|dir| dir.join(CONFIG_FILE).is_file())
    else {
        return Place::Standalone;
    };
    let name = site_files::relative_name(root, path);
    // The site's walk skips hidden files and folders (drafts, editors' own).
    if name.split('/').any(|part| part.starts_with('.')) {
        return Place::Ignored("hidden, so not part of the site".into());
    }
    if name.starts_with(&format!("{}/", load::CONTENT_DIR)) {
        Place::Site {
            root: root.to_path_buf(),
            name,
        }
    } else {
        Place::Ignored(format!(
            "in the site at {} but not in its {}/ folder",
            root.display(),
            load::CONTENT_DIR
        ))
    }
}

/// Diagnostics to publish, by file.
type Publications = Vec<(PathBuf, Vec<Diag>)>;

struct Server {
    /// The client, over stdio.
    connection: Connection,
    workspace: PathBuf,
    verbosity: Verbosity,
    open: HashMap<PathBuf, Open>,
    sites: HashMap<PathBuf, SiteState>,
    standalone: Option<Standalone>,
    /// Documents changed and not linted yet: when to lint them.
    pending: HashMap<PathBuf, Instant>,
    /// What each file was last shown, for hover and code actions.
    published: HashMap<PathBuf, Vec<Diag>>,
}

impl Server {
    fn log(&self, message: impl AsRef<str>) {
        if self.verbosity != Verbosity::Quiet {
            eprintln!("charter lsp: {}", message.as_ref());
        }
    }

    fn main_loop(&mut self) -> Result<(), String> {
        loop {
            let next = self.pending.values().min().copied();
            let message = match next {
                Some(due) => {
                    match self
                        .connection
                        .receiver
                        .recv_timeout(due.saturating_duration_since(Instant::now()))
                    {
                        Ok(m) => Some(m),
                        Err(e) if e.is_timeout() => None,
                        Err(_) => return Ok(()),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(m) => Some(m),
                    Err(_) => return Ok(()),
                },
            };
            match message {
                Some(Message::Request(request)) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.request(request);
                }
                Some(Message::Notification(n)) => {
                    if n.method == "exit" {
                        return Ok(());
                    }
                    self.notification(n);
                }
                Some(Message::Response(_)) | None => {}
            }
            let now = Instant::now();
            let due: Vec<PathBuf> = self
                .pending
                .iter()
                .filter(|(_, at)| **at <= now)
                .map(|(p, _)| p.clone())
                .collect();
            for path in due {
                self.lint(&path);
            }
        }
    }

    fn send(&self, message: Message) {
        // A client that went away ends the loop on its next read.
        let _ = self.connection.sender.send(message);
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let Some(p) = params::<DidOpenTextDocumentParams>(n) else {
                    return;
                };
                let doc = p.text_document;
                let Some(path) = position::to_path(&doc.uri) else {
                    self.log(format!("not a local file: {}", doc.uri.as_str()));
                    return;
                };
                self.open.insert(
                    path.clone(),
                    Open {
                        uri: doc.uri,
                        text: Arc::from(doc.text),
                        version: doc.version,
                    },
                );
                self.lint(&path);
            }
            "textDocument/didChange" => {
                let Some(p) = params::<DidChangeTextDocumentParams>(n) else {
                    return;
                };
                let Some(path) = position::to_path(&p.text_document.uri) else {
                    return;
                };
                // Full sync: the last change holds the whole text.
                let (Some(open), Some(change)) = (
                    self.open.get_mut(&path),
                    p.content_changes.into_iter().last(),
                ) else {
                    return;
                };
                open.text = Arc::from(change.text);
                open.version = p.text_document.version;
                self.pending.insert(path, Instant::now() + DEBOUNCE);
            }
            "textDocument/didSave" => {
                let Some(p) = params::<DidSaveTextDocumentParams>(n) else {
                    return;
                };
                if let Some(path) = position::to_path(&p.text_document.uri) {
                    // Other files may have changed on disk too (a checkout,
                    // another editor): the site is read again.
                    if let Place::Site { root, .. } = place(&path)
                        && let Some(state) = self.sites.remove(&root)
                    {
                        let build = Loaded::Rules(state.build.into_linter());
                        self.sites.insert(root, SiteState { build, ..state });
                    }
                    self.lint(&path);
                }
            }
            "textDocument/didClose" => {
                let Some(p) = params::<DidCloseTextDocumentParams>(n) else {
                    return;
                };
                if let Some(path) = position::to_path(&p.text_document.uri) {
                    self.open.remove(&path);
                    self.pending.remove(&path);
                    match place(&path) {
                        // The file on disk is the document again.
                        Place::Site { .. } => self.lint(&path),
                        // Known only while open: its findings go with it.
                        _ => self.publish(vec![(path, Vec::new())]),
                    }
                }
            }
            _ => {}
        }
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let response = match request.method.as_str() {
            "textDocument/hover" => match serde_json::from_value::<HoverParams>(request.params) {
                Ok(p) => Response::new_ok(id, self.hover(p)),
                Err(e) => invalid(id, e),
            },
            "textDocument/codeAction" => {
                match serde_json::from_value::<CodeActionParams>(request.params) {
                    Ok(p) => Response::new_ok(id, self.code_actions(p)),
                    Err(e) => invalid(id, e),
                }
            }
            _ => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("charter lsp does not offer {}", request.method),
            ),
        };
        self.send(response.into());
    }

    /// Lints `path` now (dropping a pending lint) and publishes what changed.
    fn lint(&mut self, path: &Path) {
        self.pending.remove(path);
        let started = Instant::now();
        let publications = match place(path) {
            Place::Ignored(why) => {
                self.log(format!("{}: not linted ({why})", path.display()));
                return;
            }
            Place::Standalone => self.lint_standalone(path),
            Place::Site { root, name } => self.lint_in_site(&root, &name),
        };
        let findings: usize = publications.iter().map(|(_, d)| d.len()).sum();
        let files = publications.len();
        self.publish(publications);
        self.log(format!(
            "{}: {findings} finding(s) in {files} file(s), {:.1} ms",
            path.display(),
            started.elapsed().as_secs_f64() * 1000.0
        ));
    }

    /// A site's document changed (or was opened, saved, closed): it is
    /// parsed again in place and its translation group linted, or the whole
    /// site is loaded again when that is needed.
    fn lint_in_site(&mut self, root: &Path, name: &str) -> Publications {
        if !self.sites.contains_key(root) {
            let config = match load::read_config(root) {
                Ok(c) => c,
                Err(problems) => return by_file(root, problems),
            };
            match Linter::new(root, &config) {
                Ok(linter) => {
                    self.sites.insert(
                        root.to_path_buf(),
                        SiteState {
                            build: Loaded::Rules(linter),
                            shown: BTreeSet::new(),
                        },
                    );
                }
                Err(problems) => return by_file(root, problems),
            }
        }
        let path = root.join(name);
        let text: Option<Arc<str>> = match self.open.get(&path) {
            Some(open) => Some(Arc::clone(&open.text)),
            None => std::fs::read_to_string(&path).ok().map(Arc::from),
        };
        let Some(state) = self.sites.get_mut(root) else {
            return Vec::new();
        };
        if let (Loaded::Site(build), Some(text)) = (&mut state.build, text) {
            match build.replace_document(name, &text) {
                Ok(true) => {
                    let key = build
                        .site
                        .documents
                        .iter()
                        .find(|d| d.source.name == name)
                        .map(|d| d.key.clone())
                        .unwrap_or_default();
                    return lint_group(root, build, &key);
                }
                Ok(false) => {}
                // The site keeps the last version that parsed; the file
                // shows why this one does not.
                Err(problems) => return vec![(path, problems)],
            }
        }
        self.reload(root)
    }

    /// Loads the site under `root` again, with the open documents' buffers,
    /// and lints the translation groups of the open documents.
    fn reload(&mut self, root: &Path) -> Publications {
        let buffers: BTreeMap<String, Arc<str>> = self
            .open
            .iter()
            .filter_map(|(path, open)| match place(path) {
                Place::Site { root: r, name } if r == root => Some((name, Arc::clone(&open.text))),
                _ => None,
            })
            .collect();
        let Some(mut state) = self.sites.remove(root) else {
            return Vec::new();
        };
        let mut publications: Publications = Vec::new();
        match Build::for_editor(root, state.build.into_linter(), &buffers) {
            Ok(build) => {
                // The findings about site.toml and the theme change only
                // with a load; those of the load before are cleared.
                let site_level = by_file(
                    root,
                    build.site_findings().into_iter().map(|f| f.diag).collect(),
                );
                let now: BTreeSet<PathBuf> = site_level.iter().map(|(p, _)| p.clone()).collect();
                for path in std::mem::replace(&mut state.shown, now) {
                    if !state.shown.contains(&path) {
                        publications.push((path, Vec::new()));
                    }
                }
                publications.extend(site_level);
                let keys: BTreeSet<String> = build
                    .site
                    .documents
                    .iter()
                    .filter(|d| buffers.contains_key(&d.source.name))
                    .map(|d| d.key.clone())
                    .collect();
                for key in keys {
                    publications.extend(lint_group(root, &build, &key));
                }
                state.build = Loaded::Site(Box::new(build));
            }
            Err((linter, problems)) => {
                state.build = Loaded::Rules(linter);
                let shown = by_file(root, problems);
                let now: BTreeSet<PathBuf> = shown.iter().map(|(p, _)| p.clone()).collect();
                for path in std::mem::replace(&mut state.shown, now) {
                    if !state.shown.contains(&path) {
                        publications.push((path, Vec::new()));
                    }
                }
                publications.extend(shown);
            }
        }
        self.sites.insert(root.to_path_buf(), state);
        publications
    }

    fn lint_standalone(&mut self, path: &Path) -> Publications {
        let text: Option<Arc<str>> = match self.open.get(path) {
            Some(open) => Some(Arc::clone(&open.text)),
            None => std::fs::read_to_string(path).ok().map(Arc::from),
        };
        let Some(text) = text else {
            return vec![(path.to_path_buf(), Vec::new())];
        };
        if self.standalone.is_none() {
            let config = crate::config::defaults();
            match Linter::new(&self.workspace, &config) {
                Ok(linter) => {
                    let jurisdictions = if config.lint.jurisdictions.is_empty() {
                        vec!["gdpr".to_string()]
                    } else {
                        config.lint.jurisdictions.clone()
                    };
                    let site = Site::standalone(config, self.workspace.clone(), Vec::new());
                    self.standalone = Some(Standalone {
                        build: Build::standalone(site, linter),
                        jurisdictions,
                    });
                }
                Err(problems) => return by_file(&self.workspace, problems),
            }
        }
        let Some(s) = &self.standalone else {
            return Vec::new();
        };
        let name = path
            .strip_prefix(&self.workspace)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        match s.build.lint_text(path, &name, &text, &s.jurisdictions) {
            Ok(findings) => vec![(
                path.to_path_buf(),
                findings.into_iter().map(|f| f.diag).collect(),
            )],
            Err(problems) => vec![(path.to_path_buf(), problems)],
        }
    }

    fn publish(&mut self, publications: Publications) {
        for (path, diags) in publications {
            let (uri, version) = match self.open.get(&path) {
                Some(open) => (open.uri.clone(), Some(open.version)),
                None => match position::from_path(&path) {
                    Some(uri) => (uri, None),
                    None => continue,
                },
            };
            let mut shown = Vec::with_capacity(diags.len());
            // All of a file's diagnostics point into one text; a problem
            // without a file (none should reach here) has no position.
            let mut by_text: Vec<(Arc<SourceText>, Vec<Diag>)> = Vec::new();
            for d in &diags {
                let Some(source) = &d.source else {
                    continue;
                };
                match by_text.iter_mut().find(|(s, _)| Arc::ptr_eq(s, source)) {
                    Some((_, list)) => list.push(d.clone()),
                    None => by_text.push((Arc::clone(source), vec![d.clone()])),
                }
            }
            for (source, list) in &by_text {
                let index = LineIndex::new(&source.text);
                shown.extend(diagnostics::to_lsp(list, &index, &uri));
            }
            let params = PublishDiagnosticsParams {
                uri,
                diagnostics: shown,
                version,
            };
            self.send(Message::Notification(Notification::new(
                "textDocument/publishDiagnostics".to_string(),
                params,
            )));
            self.published.insert(path, diags);
        }
    }

    /// Lints a document with a pending change now, so that an answer is
    /// about the text the editor shows.
    fn flush(&mut self, path: &Path) {
        if self.pending.contains_key(path) {
            self.lint(path);
        }
    }

    /// The linter that linted `path`.
    fn linter_for(&self, path: &Path) -> Option<&Linter> {
        match place(path) {
            Place::Site { root, .. } => self.sites.get(&root).map(|s| s.build.linter()),
            Place::Standalone => self.standalone.as_ref().map(|s| &s.build.linter),
            Place::Ignored(_) => None,
        }
    }

    fn hover(&mut self, p: HoverParams) -> Option<Hover> {
        let at = p.text_document_position_params;
        let path = position::to_path(&at.text_document.uri)?;
        self.flush(&path);
        let text = Arc::clone(&self.open.get(&path)?.text);
        let index = LineIndex::new(&text);
        let offset = index.offset(at.position);
        let diags = self.published.get(&path).map_or(&[][..], Vec::as_slice);
        let (value, span) = hover::at(self.linter_for(&path)?, &text, offset, diags)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::PlainText,
                value,
            }),
            range: Some(index.range(span)),
        })
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = p.text_document.uri;
        let Some(path) = position::to_path(&uri) else {
            return Vec::new();
        };
        self.flush(&path);
        let Some(text) = self.open.get(&path).map(|o| Arc::clone(&o.text)) else {
            return Vec::new();
        };
        let Some(linter) = self.linter_for(&path) else {
            return Vec::new();
        };
        let index = LineIndex::new(&text);
        let range = index.offset(p.range.start)..index.offset(p.range.end);
        let diags = self.published.get(&path).map_or(&[][..], Vec::as_slice);
        let mut out = Vec::new();
        for d in diags {
            let Some(span) = d.span.clone() else {
                continue;
            };
            // The findings the range touches (a cursor touches the one it is in).
            if span.start > range.end || range.start > span.end {
                continue;
            }
            let diagnostic = diagnostics::to_lsp(std::slice::from_ref(d), &index, &uri);
            let action = |title: String, edit: actions::Edit, preferred: bool| {
                let edit = TextEdit::new(index.range(edit.span), edit.insert);
                CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(diagnostic.clone()),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                        ..Default::default()
                    }),
                    is_preferred: Some(preferred),
                    ..Default::default()
                })
            };
            if d.code == rules::STALE_TRANSLATION.id
                && let Some((original, hash)) = self.original_hash(&path)
                && let Some(edit) = actions::record_hash(&text, &hash)
            {
                out.push(action(
                    format!(
                        "Mark as translating the current {original} (translation_of: \"{hash}\")"
                    ),
                    edit,
                    true,
                ));
            }
            if d.code == rules::SUBPROCESSORS_UNDECLARED.id
                && let Some(provider) = text
                    .get(span.clone())
                    .and_then(|m| linter.providers.identify_all(m).next())
                && let Some(edit) = actions::declare_subprocessor(&text, &provider.name)
            {
                out.push(action(
                    format!("Declare {} in subprocessors:", provider.name),
                    edit,
                    true,
                ));
            }
            if !d.code.starts_with("lint.") && linter.is_known(&d.code) {
                let edit = actions::suppress(&text, span.start, &d.code);
                let title = if edit.insert.contains("charter-disable-next-line") {
                    format!("Suppress {} here (write the reason)", d.code)
                } else {
                    format!("Suppress {} in this document (write the reason)", d.code)
                };
                out.push(action(title, edit, false));
            }
        }
        out
    }

    /// For a translation: its original's name and current content hash.
    fn original_hash(&self, path: &Path) -> Option<(String, String)> {
        let Place::Site { root, name } = place(path) else {
            return None;
        };
        let site = self.sites.get(&root)?.build.site()?;
        let doc = site.documents.iter().find(|d| d.source.name == name)?;
        let original = translation::original(site, doc)?;
        Some((
            original.source.name.clone(),
            translation::content_hash(original),
        ))
    }
}

/// Lints the translation group `key` and gives each of its documents its
/// findings (none for a clean one, so that old ones are cleared).
fn lint_group(root: &Path, build: &Build, key: &str) -> Publications {
    let include = |d: &crate::site::Document| d.key == key;
    let mut by_name: BTreeMap<String, Vec<Diag>> = build
        .site
        .translations_of(key)
        .map(|d| (d.source.name.clone(), Vec::new()))
        .collect();
    match build.lint_documents(&include) {
        Ok(findings) => {
            for f in findings {
                let name = f.diag.file_name().unwrap_or_default().to_string();
                by_name.entry(name).or_default().push(f.diag);
            }
        }
        Err(problems) => {
            for d in problems {
                let name = d.file_name().unwrap_or_default().to_string();
                by_name.entry(name).or_default().push(d);
            }
        }
    }
    by_name
        .into_iter()
        .filter(|(name, _)| !name.is_empty())
        .map(|(name, diags)| (root.join(name), diags))
        .collect()
}

/// Problems of a site (its site.toml, rule packs or documents) by file.
fn by_file(root: &Path, problems: Vec<Diag>) -> Publications {
    let mut files: BTreeMap<PathBuf, Vec<Diag>> = BTreeMap::new();
    for d in problems {
        match d.file_name() {
            Some(name) => files.entry(root.join(name)).or_default().push(d),
            // Not about a file: only the log can show it.
            None => eprintln!("charter lsp: {}: {}", d.code, d.message),
        }
    }
    files.into_iter().collect()
}

fn params<P: serde::de::DeserializeOwned>(n: Notification) -> Option<P> {
    match serde_json::from_value(n.params) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("charter lsp: ignoring a malformed {}: {e}", n.method);
            None
        }
    }
}

fn invalid(id: lsp_server::RequestId, e: serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string())
}
