//! What the window's commands need: where the history and the config are, the monitor's latest
//! state as the tray process last sent it, and the way back to the tray process.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use downbeat::view::SnapshotView;
use downbeat_desktop_shared::pipe::{self, ToTray};

/// What the window's commands need.
pub struct WindowState {
    pub history_path: Option<PathBuf>,
    /// The config file the settings page edits (it may not exist yet).
    pub config_path: Option<PathBuf>,
    view: Mutex<SnapshotView>,
    to_tray: Mutex<Box<dyn Write + Send>>,
}

impl std::fmt::Debug for WindowState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowState")
            .field("history_path", &self.history_path)
            .finish_non_exhaustive()
    }
}

impl WindowState {
    /// `to_tray` is where messages for the tray process go (the process's stdout; a sink in
    /// tests).
    pub fn new(
        history_path: Option<PathBuf>,
        config_path: Option<PathBuf>,
        to_tray: Box<dyn Write + Send>,
    ) -> Self {
        WindowState {
            history_path,
            config_path,
            view: Mutex::new(SnapshotView::waiting(None)),
            to_tray: Mutex::new(to_tray),
        }
    }

    /// The monitor's latest state, as the tray process last sent it.
    pub fn view(&self) -> SnapshotView {
        self.view
            .lock()
            .map(|v| v.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }

    pub fn set_view(&self, v: SnapshotView) {
        match self.view.lock() {
            Ok(mut cur) => *cur = v,
            Err(e) => *e.into_inner() = v,
        }
    }

    /// The services the monitor runs, in config order.
    pub fn service_names(&self) -> Vec<String> {
        self.view().services.into_iter().map(|s| s.name).collect()
    }

    /// Sends a message to the tray process. A tray process that is gone is logged: the window
    /// still shows the history.
    pub fn tell(&self, m: ToTray) {
        let sent = match self.to_tray.lock() {
            Ok(mut w) => pipe::send(&mut *w, &m),
            Err(e) => pipe::send(&mut *e.into_inner(), &m),
        };
        if let Err(e) = sent {
            tracing::warn!("cannot reach the tray process: {e}");
        }
    }
}
