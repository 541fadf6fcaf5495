//! Starting at login (tauri-plugin-autostart), the same in both processes.

use tauri::{Manager, Runtime};

/// Whether Downbeat starts at login; `None` without the autostart plugin (in tests).
pub fn autostart<R: Runtime>(app: &tauri::AppHandle<R>) -> Option<bool> {
    use tauri_plugin_autostart::AutoLaunchManager;
    let a = app.try_state::<AutoLaunchManager>()?;
    Some(a.is_enabled().unwrap_or(false))
}

/// Turns starting at login on or off; the error is one line.
pub fn set_autostart<R: Runtime>(app: &tauri::AppHandle<R>, on: bool) -> Result<(), String> {
    use tauri_plugin_autostart::AutoLaunchManager;
    let Some(a) = app.try_state::<AutoLaunchManager>() else {
        return Ok(());
    };
    if a.is_enabled().unwrap_or(false) == on {
        return Ok(());
    }
    let done = if on { a.enable() } else { a.disable() };
    done.map_err(|e| format!("start at login: {e}"))
}

/// The autostart plugin, the same in both processes (the login entry starts the tray app).
pub(crate) fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, None)
}
