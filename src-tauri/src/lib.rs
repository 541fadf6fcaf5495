//! Downbeat's tray app: the wiring. The engine's monitor runs in the background (the same one
//! `downbeat watch` runs, with the same notifications and history store), the tray shows its
//! state, and a history window opens on demand. The tray menu is the interface, since Linux
//! trays ignore clicks and tooltips.

//!
//! The tray process: `state` (the config, monitor and history writer), `tray`, `follow` (the
//! snapshots and the config file), `window` (the window's process, started on demand),
//! `welcome`. The window's process: `window_process` and its `commands`. Both: `args`, `pipe`
//! (their messages), `autostart`, `platform`.

mod args;
mod autostart;
pub mod commands;
mod follow;
pub mod icon;
pub mod pipe;
mod platform;
mod state;
mod tray;
mod welcome;
mod window;
pub mod window_process;

use clap::Parser;
use downbeat::Config;
use tauri::{Manager, Runtime};

pub use args::Options;
pub use autostart::{autostart, set_autostart};
use platform::{fatal, WINDOW_NEEDS};
pub use state::AppState;
pub use window_process::{with_commands, WindowState, HISTORY_LABEL};

/// The tray app on any runtime: its setup (the state, the monitor, the tray and what follows
/// the monitor into the tray and the window's process). It serves no IPC commands: the window
/// has a process of its own. `run` adds the real runtime's plugins; the tests build it on the
/// mock runtime.
pub fn app<R: Runtime>(builder: tauri::Builder<R>, options: Options) -> tauri::Builder<R> {
    builder.setup(move |app| {
        let state = AppState::start(options.config.as_deref());
        app.manage(window::WindowProcess::default());
        let tray = tray::Tray::build(app.handle(), &state)?;
        if let Some(rx) = state.snapshots() {
            tauri::async_runtime::spawn(follow::snapshots(app.handle().clone(), tray, rx));
        } else {
            tray.show_problem(&state.problem().unwrap_or_default());
        }
        let watched =
            Config::locate(options.config.as_deref()).or_else(downbeat::config::default_path);
        if let Some(path) = watched {
            tauri::async_runtime::spawn(follow::config_file(app.handle().clone(), path));
        }
        if state.monitor.is_some() {
            tauri::async_runtime::spawn(welcome::once(
                state.history_path.clone(),
                state.service_names(),
            ));
        } else if let Some(e) = &state.load_error {
            tauri::async_runtime::spawn(welcome::config_error(e.clone()));
        }
        app.manage(state);
        tauri::async_runtime::spawn(platform::quit_on_terminate(app.handle().clone()));
        if options.open_history {
            window::open_history(app.handle());
        }
        Ok(())
    })
}

/// Starts the tray app. Exits the process with an error message if the GUI can't start.
pub fn run() {
    // Before anything needs a display: these only print.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    #[cfg(windows)]
    if !args.iter().any(|a| a.as_os_str() == "--history-window") {
        platform::attach_console();
    }
    let options = match Options::try_parse_from(&args) {
        Ok(o) => o,
        Err(e) => {
            // --help and --version print and succeed; a usage error is the CLI's status 3.
            let _ = e.print();
            std::process::exit(if e.exit_code() == 0 {
                0
            } else {
                args::EXIT_USAGE
            });
        }
    };
    platform::init_logging();
    if !options.history_window {
        platform::config_must_exist(options.config.as_deref());
    }
    // Mesa's software GL costs ~50 MB of memory and buys nothing for a tray icon and a small
    // history window; the user can still turn it back on with GDK_GL.
    #[cfg(target_os = "linux")]
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        fatal("no display (neither DISPLAY nor WAYLAND_DISPLAY is set); `downbeat watch` runs without one");
    }
    let context = tauri::generate_context!();
    if options.history_window {
        run_history_window(&options, context);
        return;
    }
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            // A second launch opens the history window of the first (or closes it, if asked).
            let o = Options::handed_over(args);
            if o.close_history {
                window::close_history(app);
            } else if o.settings {
                window::open_settings(app);
            } else {
                window::open_history(app);
            }
        }))
        .plugin(autostart::plugin());
    match app(builder, options).build(context) {
        Ok(app) => app.run(|app, event| match event {
            // Living in the tray: closing the last window is no reason to exit.
            tauri::RunEvent::ExitRequested {
                api, code: None, ..
            } => api.prevent_exit(),
            // A quit from the menu, SIGTERM (below) and a Windows shutdown all end here.
            tauri::RunEvent::Exit => {
                window::shut(app);
                if let Some(state) = app.try_state::<AppState>() {
                    state.stop();
                }
            }
            _ => {}
        }),
        Err(e) => fatal(&format!("cannot start: {e}")),
    }
}

/// The history window's process: the window, its commands, and the tray process on stdin and
/// stdout. It ends when the window closes or the tray process goes.
fn run_history_window(options: &Options, context: tauri::Context<tauri::Wry>) {
    let state = WindowState::new(
        downbeat::store::default_path(),
        Config::locate(options.config.as_deref()).or_else(downbeat::config::default_path),
        Box::new(std::io::stdout()),
    );
    let settings = options.settings;
    let built =
        window_process::window_app(tauri::Builder::default().plugin(autostart::plugin()), state)
            .setup(move |app| {
                window_process::open(app.handle(), settings);
                window_process::follow_tray(app.handle().clone());
                Ok(())
            })
            .build(context);
    match built {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => fatal(&format!(
            "cannot open the history window: {e}{WINDOW_NEEDS}"
        )),
    }
}
