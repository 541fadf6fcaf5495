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
    match built {
        Ok(w) => lighten(&w),
        Err(e) => tracing::warn!("cannot open the history window: {e}"),
    }
}

/// A small local page needs no big caches, no WebGL and no GPU: WebKit's leanest settings.
#[cfg(target_os = "linux")]
fn lighten<R: tauri::Runtime>(w: &tauri::WebviewWindow<R>) {
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
fn lighten<R: tauri::Runtime>(_w: &tauri::WebviewWindow<R>) {}

/// Closes the history window, which destroys its webview and frees its memory.
pub fn close_history<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(w) = app.get_webview_window(HISTORY_LABEL) {
        let _ = w.close();
    }
}
