//! Downbeat's tray app (`downbeat-desktop`): it runs all day, so no Tauri, wry or WebKit is in
//! this crate's tree. The history window is a program of its own (`downbeat-window`, the
//! `src-tauri` crate), which the tray starts on demand and talks to over a pipe
//! (`downbeat-desktop-shared`).
//!
//! - `shell`: tao's event loop (GTK on Linux, as tray-icon needs; Win32's on Windows), and the
//!   engine's tokio runtime beside it;
//! - `event`: what reaches that loop;
//! - [`tray`]: the icon and its menu; `icon` draws the icon;
//! - `state`: the engine's session (config, monitor, history writer, reloads) as the tray
//!   holds it; `follow` hands its snapshots and reloads to the tray and the window;
//! - `window`: the window's process, started on demand;
//! - `welcome`: the first run's notification; `platform`, `args`.
//!
//! The engine's monitor is the one `downbeat watch` runs, in the same session, with the same
//! notifications and history store. The tray menu is the interface, since Linux trays ignore
//! clicks and tooltips.

mod args;
mod event;
mod follow;
pub mod icon;
mod platform;
mod shell;
mod state;
pub mod tray;
mod welcome;
mod window;

use clap::Parser;

pub use args::Options;
pub use downbeat::session::Session;
pub use state::start as start_session;

/// Starts the tray app. Exits the process with an error message if the GUI can't start.
pub fn run() {
    // The system's language until the config loads (the session then speaks the config's
    // `[settings] language`, and follows it on every reload).
    downbeat::view::i18n::use_language(None);
    // Before anything needs a display: these only print.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    #[cfg(windows)]
    platform::attach_console();
    let options = match Options::try_parse_from(&args) {
        Ok(o) => o,
        Err(e) => {
            // --help and --version print and succeed; a usage error is the CLI's status 3.
            let _ = e.print();
            std::process::exit(if e.exit_code() == 0 {
                0
            } else {
                downbeat_desktop_shared::platform::EXIT_USAGE
            });
        }
    };
    platform::config_must_exist(options.config.as_deref());
    downbeat_desktop_shared::platform::init_logging("downbeat-desktop");
    // Mesa's software GL costs ~50 MB of memory and buys nothing for a tray icon; the user can
    // still turn it back on with GDK_GL.
    #[cfg(target_os = "linux")]
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        downbeat_desktop_shared::platform::fatal(&downbeat::view::i18n::text("tray-no-display"));
    }
    let argv: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    shell::run(&options, &argv)
}
