//! Downbeat's tray app. This is the wiring: the engine runs in the background and the tray
//! shows its verdict. The tray menu is the interface, since Linux trays ignore clicks and
//! tooltips.

mod tray;

use std::sync::Arc;
use std::time::Duration;

use downbeat::{Config, Overall};
use tauri::Manager;
use tokio::sync::Notify;

/// Shared between the tray menu and the monitor loop.
#[derive(Debug, Default)]
pub struct AppState {
    /// Wakes the monitor loop for an immediate round ("Check now").
    pub check_now: Notify,
}

/// Starts the tray app. Exits the process with an error message if the GUI can't start.
pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let state = Arc::new(AppState::default());
            app.manage(state.clone());
            let handle = app.handle().clone();
            let tray = tray::Tray::build(&handle)?;
            tauri::async_runtime::spawn(monitor(tray, state));
            Ok(())
        })
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(|_, event| {
            // Living in the tray: no window is no reason to exit.
            if let tauri::RunEvent::ExitRequested {
                api, code: None, ..
            } = event
            {
                api.prevent_exit();
            }
        }),
        Err(e) => {
            eprintln!("downbeat-desktop: cannot start: {e}");
            std::process::exit(1);
        }
    }
}

/// Runs a round of checks every interval (or at once on "Check now") and shows the verdict.
async fn monitor(tray: tray::Tray, state: Arc<AppState>) {
    let config = match Config::load(None).and_then(|c| c.probe_context().map(|ctx| (c, ctx))) {
        Ok(pair) => pair,
        Err(e) => {
            tray.show(Overall::Offline, &format!("Config error: {e}"));
            return;
        }
    };
    let (config, ctx) = config;
    loop {
        tray.show_checking();
        let round = downbeat::run_once(&config, &ctx).await;
        tray.show(round.verdict.status, &round.verdict.summary);
        tokio::select! {
            _ = tokio::time::sleep(config.settings.interval) => {}
            _ = state.check_now.notified() => {}
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
