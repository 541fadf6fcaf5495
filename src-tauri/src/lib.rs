//! Downbeat's tray app. This is the wiring: the engine's monitor runs in the background (the
//! same one `downbeat watch` runs, with the same notifications), and the tray shows its state.
//! The tray menu is the interface, since Linux trays ignore clicks and tooltips.

mod tray;

use std::sync::Arc;

use downbeat::monitor::{Command, Monitor, MonitorHandle};
use downbeat::notify::DesktopNotifier;
use downbeat::store::Writer;
use downbeat::Config;
use tauri::Manager;

/// Starts the tray app. Exits the process with an error message if the GUI can't start.
pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let handle = app.handle().clone();
            let tray = tray::Tray::build(&handle)?;
            match Config::load(None).and_then(|c| c.probe_context().map(|ctx| (c, ctx))) {
                Ok((config, ctx)) => {
                    // The same history store as `downbeat watch`; problems never stop the app.
                    let writer = downbeat::store::default_path()
                        .and_then(|p| Writer::start(&p, config.settings.retention).ok());
                    let monitor = tauri::async_runtime::block_on(async {
                        let mut m = Monitor::new(Arc::new(config), ctx)
                            .notifier(Arc::new(DesktopNotifier::new()));
                        if let Some(w) = &writer {
                            m = m.sink(Arc::new(w.sink()));
                        }
                        m.spawn()
                    });
                    if let Some(w) = writer {
                        app.manage(w);
                    }
                    let snapshots = monitor.snapshot.clone();
                    app.manage(Monitored(monitor));
                    tauri::async_runtime::spawn(tray.follow(snapshots));
                }
                Err(e) => tray.show_error(&format!("Config error: {e}")),
            }
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

/// The running monitor, for the menu's commands.
struct Monitored(MonitorHandle);

/// Sends a command to the monitor, if it runs.
fn command(app: &tauri::AppHandle, c: Command) {
    if let Some(m) = app.try_state::<Monitored>() {
        m.0.send(c);
    }
}
