//! Downbeat's history window (`downbeat-window`): the only crate with Tauri and WebKit in its
//! tree. The tray (`downbeat-desktop`, a crate of its own without either) starts this program
//! when the user opens the window, and it ends when the window closes, giving every byte of
//! WebKit back.
//!
//! - `app`: the window, its commands, and the tray process on stdin and stdout;
//! - `commands`: the IPC commands the page may call, and nothing else;
//! - `state`: what the commands read (the history, the config file, the latest state);
//! - `args`: its command line.
//!
//! It shares the pipe's protocol with the tray through `downbeat-desktop-shared`, and its words
//! come from the engine's view, like every front end's.

mod app;
mod args;
pub mod commands;
mod state;

use clap::Parser;
use downbeat::msg;
use downbeat::view::i18n;
use downbeat::Config;
use downbeat_desktop_shared::platform::{self, fatal, EXIT_USAGE};

pub use app::{with_commands, HISTORY_LABEL};
pub use args::WindowOptions;
pub use state::WindowState;

/// What to say when the window can't open: on Windows the window needs WebView2, which some
/// editions of Windows lack, and that is said too.
pub(crate) fn cannot_open(error: &dyn std::fmt::Display) -> String {
    let error = error.to_string();
    let m = if cfg!(windows) {
        msg!("window-app-cannot-open-webview2", error = error)
    } else {
        msg!("window-app-cannot-open", error = error)
    };
    m.to_string()
}

/// Starts the history window's process, as the tray does on demand. `--help`, `--version` and
/// usage errors print and exit first, with no display needed.
pub fn run() {
    // The system's language until the config file says otherwise (below).
    i18n::use_language(None);
    let options = match WindowOptions::try_parse() {
        Ok(o) => o,
        Err(e) => {
            // --help and --version print and succeed; a usage error is the CLI's status 3.
            let _ = e.print();
            std::process::exit(if e.exit_code() == 0 { 0 } else { EXIT_USAGE });
        }
    };
    platform::init_logging("downbeat-window");
    // Mesa's software GL costs ~50 MB of memory and buys nothing for a small history window;
    // the user can still turn it back on with GDK_GL.
    #[cfg(target_os = "linux")]
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        fatal(&i18n::text("window-app-no-display"));
    }
    run_history_window(&options, tauri::generate_context!());
}

/// The history window's process: the window, its commands, and the tray process on stdin and
/// stdout. It ends when the window closes or the tray process goes.
fn run_history_window(options: &WindowOptions, context: tauri::Context<tauri::Wry>) {
    let state = WindowState::new(
        downbeat::store::default_path(),
        Config::file(options.config.as_deref()),
        Box::new(std::io::stdout()),
    );
    // The language the config file sets, if it sets one.
    state.follow_language();
    let settings = options.settings;
    let built = app::window_app(tauri::Builder::default(), state)
        .setup(move |app| {
            app::open(app.handle(), settings);
            app::follow_tray(app.handle().clone());
            Ok(())
        })
        .build(context);
    match built {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => fatal(&cannot_open(&e)),
    }
}
