//! What the tray process follows: the monitor's snapshots (into the tray, through the event
//! loop, and into the window's process) and what the session finds in the config file.

use std::sync::Arc;

use downbeat::monitor::Snapshot;
use downbeat::session::{Followed, Session};
use tokio::sync::watch;

use crate::event::{Event, Proxy};
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

/// Follows the config file through the session: an edit by hand (or by the settings page) is
/// reloaded without a restart; an edit that breaks it is shown in the tray and the window (the
/// monitor runs on). After a start-up config error, the first version of the file that loads
/// restarts the app, which then runs on it.
pub(crate) async fn config_file(proxy: Proxy, window: Arc<WindowProcess>, session: Arc<Session>) {
    // SIGHUP keeps its default for the tray (it quits with the terminal that started it).
    let mut followed = session.follow(None);
    while let Some(f) = followed.recv().await {
        match &f {
            Followed::Reloaded { path, changes } => {
                tracing::info!("{}", downbeat::view::config_reloaded_line(path, changes));
            }
            Followed::Kept { error } => {
                tracing::warn!("{}", downbeat::view::config_not_reloaded_line(error));
            }
            Followed::LoadsNow { .. } => {}
        }
        match f {
            // A change of problem (broken, or fixed) is shown at once, with the latest snapshot.
            Followed::Reloaded { .. } | Followed::Kept { .. } => {
                if let Some(snap) = session.snapshots().map(|rx| rx.borrow().clone()) {
                    let _ = proxy.send_event(Event::Snapshot(Box::new(snap.clone())));
                    window.show(&snap);
                }
            }
            Followed::LoadsNow { path } => {
                tracing::info!("{} loads now: restarting on it", path.display());
                let _ = proxy.send_event(Event::Restart);
                return;
            }
        }
    }
}
