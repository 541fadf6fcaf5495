//! The tray's session: the engine's (`downbeat::session`, the one `watch` and `serve` run),
//! with desktop notifications. It loads the config, runs the monitor and the history writer,
//! follows the file, and stops with the history written.

use std::path::Path;
use std::sync::Arc;

use downbeat::notify::DesktopNotifier;
use downbeat::session::{Session, Start};

/// Starts the tray's session on the config (`--config`, `DOWNBEAT_CONFIG` or the platform file,
/// else the built-in Spotify preset), recording into the user's history. A config that doesn't
/// load makes a session that says why. Call it inside a tokio runtime: the monitor runs on it.
pub fn start(config: Option<&Path>) -> Session {
    Session::start(Start {
        config: config.map(Into::into),
        history: downbeat::store::default_path(),
        notifier: Some(Arc::new(DesktopNotifier::new())),
        sinks: Vec::new(),
    })
}
