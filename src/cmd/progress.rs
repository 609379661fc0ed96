//! The progress bar of long builds: on stderr, only when it is a terminal.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::pipeline::{Progress, Silent};

/// A bar that draws itself on an interactive stderr, and nothing otherwise
/// (CI logs and pipes get only the final summary line).
pub struct Bar {
    bar: ProgressBar,
}

/// The progress reporter for a command: a bar on a terminal, else silence.
pub fn for_stderr(quiet: bool) -> Box<dyn Progress> {
    if quiet || !std::io::stderr().is_terminal() {
        return Box::new(Silent);
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(120));
    Box::new(Bar { bar })
}

impl Progress for Bar {
    fn stage(&self, name: &'static str, total: Option<usize>) {
        let template = match total {
            Some(_) => "{spinner} {prefix:>8} [{bar:30}] {pos}/{len} documents",
            None => "{spinner} {prefix:>8} {pos} files",
        };
        // The templates are constants; a bad one would only lose the bar.
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_prefix(name);
        self.bar.set_length(total.map_or(0, |t| t as u64));
        self.bar.set_position(0);
    }

    fn step(&self) {
        self.bar.inc(1);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        // The summary line replaces the bar.
        self.bar.finish_and_clear();
    }
}
