//! The history window's app: `downbeat-window`, started by the tray process when the window
//! opens, and gone when it closes. It reads the history store
//! (read-only, like `downbeat history`), gets the monitor's state from the tray process on its
//! stdin and sends "check now" back on its stdout (see `pipe`). It never runs a monitor, a
//! tray or the single instance.

use downbeat_desktop_shared::pipe::{self, ToWindow};
use downbeat_desktop_shared::platform::fatal;
use tauri::{Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

use crate::commands::PageSnapshot;
use crate::state::WindowState;

/// The history window's label; its capability names it.
pub const HISTORY_LABEL: &str = "history";

/// The window process's app on any runtime: the commands and the state; `run` opens the window
/// and follows the tray process.
pub fn window_app<R: Runtime>(builder: tauri::Builder<R>, state: WindowState) -> tauri::Builder<R> {
    with_commands(builder).manage(state)
}

/// Opens the history window in this process (on its settings page with `settings`).
pub fn open<R: Runtime>(app: &tauri::AppHandle<R>, settings: bool) {
    if let Some(w) = app.get_webview_window(HISTORY_LABEL) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
        if settings {
            let _ = app.emit_to(HISTORY_LABEL, "show-settings", ());
        }
        return;
    }
    let page = if settings {
        "index.html#settings"
    } else {
        "index.html"
    };
    let built = WebviewWindowBuilder::new(app, HISTORY_LABEL, WebviewUrl::App(page.into()))
        .title("Downbeat")
        .inner_size(780.0, 760.0)
        .min_inner_size(360.0, 420.0)
        .build();
    match built {
        Ok(w) => lighten(&w),
        // This process exists for the window: without one it says why (on Windows in a
        // message box) and ends.
        Err(e) => fatal(&crate::cannot_open(&e)),
    }
}

/// Follows the tray process's messages on stdin until it closes the pipe (the tray quit) or
/// asks the window to close: either ends this process.
pub fn follow_tray<R: Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        let stdin = std::io::stdin().lock();
        pipe::receive::<ToWindow>(stdin, |m| match m {
            ToWindow::Snapshot { view } => {
                if let Some(state) = app.try_state::<WindowState>() {
                    // A reload may have changed the language: the page sees it in the
                    // snapshot's `language` and asks for its words again.
                    state.follow_language();
                    state.set_view((*view).clone());
                }
                let _ = app.emit_to(HISTORY_LABEL, "snapshot", PageSnapshot::of(*view));
            }
            ToWindow::Focus => {
                let handle = app.clone();
                let _ = app.run_on_main_thread(move || open(&handle, false));
            }
            ToWindow::Settings => {
                let handle = app.clone();
                let _ = app.run_on_main_thread(move || open(&handle, true));
            }
            ToWindow::Close => app.exit(0),
        });
        app.exit(0);
    });
}

/// A small local page needs no big caches, no WebGL and no GPU: WebKit's leanest settings.
#[cfg(target_os = "linux")]
fn lighten<R: Runtime>(w: &tauri::WebviewWindow<R>) {
    let _ = w.with_webview(|pw| {
        use webkit2gtk::{
            CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
        };
        let view = pw.inner();
        if let Some(ctx) = view.context() {
            ctx.set_cache_model(CacheModel::DocumentViewer);
        }
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_enable_webgl(false);
            settings.set_enable_page_cache(false);
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn lighten<R: Runtime>(_w: &tauri::WebviewWindow<R>) {}

/// Adds the history window's IPC commands to a builder (the window process's, or the tests'
/// mock one).
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        crate::commands::catalogue,
        crate::commands::snapshot,
        crate::commands::history,
        crate::commands::export_csv,
        crate::commands::check_now,
        crate::commands::settings,
        crate::commands::save_settings,
        crate::commands::set_theme
    ])
}
