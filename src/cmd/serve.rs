//! `charter serve`: glue between the command line and [`crate::serve`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use super::Status;
use crate::diagnostic::Diag;
use crate::load;
use crate::report::{self, Verbosity};
use crate::serve::events::Events;
use crate::serve::http::Served;
use crate::serve::{Builder, server, watch};

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on. Only this machine can connect unless told otherwise.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: &ServeArgs, verbosity: Verbosity) -> Status {
    // Watch events carry absolute paths; compare them with an absolute root.
    let root = args
        .root
        .canonicalize()
        .unwrap_or_else(|_| args.root.clone());
    let served = Arc::new(RwLock::new(Served::default()));
    let events = Arc::new(Events::default());
    let mut builder = Builder::new(root.clone(), Arc::clone(&served), verbosity);
    // Watch before the first build, so that no save is missed in between.
    let watch = match watch::start(&root, pipeline_output_dir(&root).as_deref()) {
        Ok(w) => w,
        Err(d) => {
            report::eprint(&[d]);
            return Status::Broken;
        }
    };
    builder.initial();
    events.publish(builder.version());

    let address = format!("{}:{}", args.bind, args.port);
    let listener = match std::net::TcpListener::bind(&address) {
        Ok(l) => l,
        Err(e) => {
            report::eprint(&[Diag::error(
                "serve.listen",
                format!("cannot listen on {address}: {e}"),
            )
            .help(format!(
                "another program may be using port {}; try --port {}",
                args.port,
                args.port.saturating_add(1)
            ))]);
            return Status::Broken;
        }
    };
    let url = match listener.local_addr() {
        Ok(a) => format!("http://{a}/"),
        Err(_) => format!("http://{address}/"),
    };
    // Tools and tests read this line to learn the port.
    println!("Serving {url}");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    if args.open {
        let _ = std::process::Command::new("xdg-open").arg(&url).spawn();
    }

    {
        let served = Arc::clone(&served);
        let events = Arc::clone(&events);
        std::thread::spawn(move || server::run(listener, served, events));
    }

    watch.run(|changed| {
        if builder.rebuild(changed).is_some() {
            events.publish(builder.version());
        }
    });
    Status::Success
}

/// The configured output folder, so that its changes are not mistaken for edits.
fn pipeline_output_dir(root: &Path) -> Option<PathBuf> {
    load::read_config(root)
        .ok()
        .map(|c| root.join(c.output_dir))
}
