//! What the tray process follows: the monitor's snapshots (into the tray and the window's
//! process) and the config file (reloaded when it changes).

use std::path::PathBuf;

use downbeat::monitor::Snapshot;
use downbeat::Config;
use tauri::{Manager, Runtime};
use tokio::sync::watch;

use crate::state::{file_stamp, AppState};
use crate::{tray, window};

/// Shows every snapshot in the tray and sends it to the history window.
pub(crate) async fn snapshots<R: Runtime>(
    app: tauri::AppHandle<R>,
    tray: tray::Tray<R>,
    mut rx: watch::Receiver<Snapshot>,
) {
    loop {
        let snap = rx.borrow_and_update().clone();
        tray.show(&snap);
        window::show(&app, &snap);
        if rx.changed().await.is_err() {
            return;
        }
    }
}

/// Follows the config file: an edit by hand (or by the settings page) is reloaded without a
/// restart. After a start-up config error, the first version of the file that loads restarts
/// the app, which then runs on it.
pub(crate) async fn config_file<R: Runtime>(app: tauri::AppHandle<R>, path: PathBuf) {
    let mut last = file_stamp(&path);
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3));
    loop {
        every.tick().await;
        let Some(state) = app.try_state::<AppState>() else {
            continue;
        };
        if state.monitor.is_some() {
            // A no-op unless the file changed since it was last loaded.
            state.reload();
            continue;
        }
        let now = file_stamp(&path);
        if now != last && Config::load(Some(&path)).is_ok() {
            tracing::info!("{} loads now: restarting on it", path.display());
            app.restart();
        }
        last = now;
    }
}
