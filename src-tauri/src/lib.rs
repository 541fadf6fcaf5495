//! Downbeat's tray app: the wiring. Two programs, two processes:
//!
//! - **the tray** (`downbeat-desktop`, [`run`]): it runs all day, so it has no Tauri and no
//!   WebKit. `shell` (tao's event loop and the engine's tokio runtime), `tray` (tray-icon and
//!   its menu), `state` (the config, monitor and history writer), `follow` (the snapshots and
//!   the config file), `window` (the window's process, started on demand), `single` (one per
//!   history: a second launch hands over), `welcome`;
//! - **the history window** (`downbeat-window`, [`run_window`]): Tauri, started by the tray and
//!   ended when the window closes. `window_process` and its `commands`.
//!
//! Both: `args`, `pipe` (their messages), `autostart`, `platform`, `icon`.
//!
//! The engine's monitor is the one `downbeat watch` runs, with the same notifications and
//! history store. The tray menu is the interface, since Linux trays ignore clicks and tooltips.

mod args;
mod autostart;
pub mod commands;
mod follow;
pub mod icon;
pub mod pipe;
mod platform;
mod shell;
mod single;
mod state;
pub mod tray;
mod welcome;
mod window;
pub mod window_process;

use clap::Parser;
use downbeat::Config;

pub use args::Options;
pub use autostart::{autostart, set_autostart};
use platform::{fatal, WINDOW_NEEDS};
pub use state::AppState;
pub use window_process::{with_commands, WindowState, HISTORY_LABEL};

/// The options on the command line, read by `parse` (the tray's or the window's); `--help`,
/// `--version` and usage errors print and exit.
fn options(
    args: &[std::ffi::OsString],
    parse: fn(&[std::ffi::OsString]) -> Result<Options, clap::Error>,
) -> Options {
    match parse(args) {
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
    }
}

/// What both programs need before a window or a tray: logs, a light GTK, a display.
fn prepare() {
    platform::init_logging();
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
}

/// Starts the tray app (`downbeat-desktop`). Exits the process with an error message if the
/// GUI can't start.
pub fn run() {
    // Before anything needs a display: these only print.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    #[cfg(windows)]
    platform::attach_console();
    let options = options(&args, |a| Options::try_parse_from(a));
    platform::config_must_exist(options.config.as_deref());
    prepare();
    let argv: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    shell::run(&options, &argv)
}

/// Starts the history window's process (`downbeat-window`), as the tray does on demand.
pub fn run_window() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let options = options(&args, |a| Options::try_parse_window(a));
    prepare();
    run_history_window(&options, tauri::generate_context!());
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
    let built = window_process::window_app(tauri::Builder::default(), state)
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
