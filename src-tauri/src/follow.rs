//! What the tray process follows: the monitor's snapshots (into the tray, through the event
//! loop, and into the window's process) and the config file (reloaded when it changes).

use std::path::PathBuf;
use std::sync::Arc;

use downbeat::monitor::Snapshot;
use downbeat::Config;
use tokio::sync::watch;

use crate::shell::{Event, Proxy};
use crate::state::{file_stamp, AppState};
use crate::window::WindowProcess;

/// Hands every snapshot to the tray (on the event loop's thread) and to the history window.
pub(crate) async fn snapshots(
    proxy: Proxy,
    window: Arc<WindowProcess>,
    mut rx: watch::Receiver<Snapshot>,
) {
    loop {
        let snap = rx.borrow_and_update().clone();
        // The tray first: the window never shows a state the tray doesn't yet.
        if proxy
            .send_event(Event::Snapshot(Box::new(snap.clone())))
            .is_err()
        {
            return;
        }
        window.show(&snap);
        if rx.changed().await.is_err() {
            return;
        }
    }
}

/// Follows the config file: an edit by hand (or by the settings page) is reloaded without a
/// restart; an edit that breaks it is shown in the tray and the window (the monitor runs on).
/// After a start-up config error, the first version of the file that loads restarts the app,
/// which then runs on it.
pub(crate) async fn config_file(
    proxy: Proxy,
    window: Arc<WindowProcess>,
    state: Arc<AppState>,
    path: PathBuf,
) {
    let mut last = file_stamp(&path);
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3));
    loop {
        every.tick().await;
        if state.monitor.is_some() {
            // A no-op unless the file changed since it was last loaded. A change of problem
            // (broken, or fixed) is shown at once, with the latest snapshot.
            if state.reload() {
                if let Some(snap) = state.snapshots().map(|rx| rx.borrow().clone()) {
                    let _ = proxy.send_event(Event::Snapshot(Box::new(snap.clone())));
                    window.show(&snap);
                }
            }
            continue;
        }
        let now = file_stamp(&path);
        if now != last && Config::load(Some(&path)).is_ok() {
            tracing::info!("{} loads now: restarting on it", path.display());
            let _ = proxy.send_event(Event::Restart);
            return;
        }
        last = now;
    }
}
