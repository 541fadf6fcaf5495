//! The history window: created on demand, destroyed on close (so its webview's memory is freed).

use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

/// The history window's label; its capability names it.
pub const HISTORY_LABEL: &str = "history";

/// Shows the history window, creating it if needed.
pub fn open_history<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(w) = app.get_webview_window(HISTORY_LABEL) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
        return;
    }
    let built = WebviewWindowBuilder::new(app, HISTORY_LABEL, WebviewUrl::App("index.html".into()))
        .title("Downbeat")
        .inner_size(780.0, 760.0)
        .min_inner_size(360.0, 420.0)
        .build();
    if let Err(e) = built {
        eprintln!("downbeat-desktop: cannot open the history window: {e}");
    }
}
