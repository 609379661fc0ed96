//! Server-sent events for live reload: every open page holds one stream and
//! hears the site's version number whenever it changes.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// The site's version, and a way to wait for the next one.
#[derive(Default)]
pub struct Events {
    version: Mutex<u64>,
    changed: Condvar,
}

impl Events {
    pub fn publish(&self, version: u64) {
        if let Ok(mut v) = self.version.lock() {
            *v = version;
        }
        self.changed.notify_all();
    }

    /// A never-ending event stream: the current version at once, then each new one.
    pub fn subscribe(self: &Arc<Self>) -> Stream {
        Stream {
            events: Arc::clone(self),
            sent: None,
        }
    }
}

pub struct Stream {
    events: Arc<Events>,
    sent: Option<u64>,
}

impl Stream {
    /// Waits at most `wait` for a version not sent yet (the current one, the
    /// first time): its event, or `None` when nothing new came.
    pub fn poll(&mut self, wait: Duration) -> Option<Vec<u8>> {
        let guard = self.events.version.lock().ok()?;
        let sent = self.sent;
        let (guard, _) = self
            .events
            .changed
            .wait_timeout_while(guard, wait, |v| Some(*v) == sent)
            .ok()?;
        if Some(*guard) == sent {
            return None;
        }
        self.sent = Some(*guard);
        Some(format!("data: {}\n\n", *guard).into_bytes())
    }
}
