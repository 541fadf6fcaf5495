//! Starting at login, the same in both processes: the login entry starts the tray's program
//! (`downbeat-desktop`), whichever process turns it on. The entry is auto-launch's, under the
//! name Downbeat (on Linux `~/.config/autostart/Downbeat.desktop`), as the Tauri plugin wrote
//! it before, so an entry made by an older Downbeat is the same entry.

use auto_launch::{AutoLaunch, AutoLaunchBuilder};
use downbeat::msg;

/// "start at login: …", in the current language.
fn failed(e: impl std::fmt::Display) -> String {
    msg!("desktop-autostart-failed", error = e.to_string()).to_string()
}

fn launcher() -> Result<AutoLaunch, String> {
    let tray = crate::platform::sibling(crate::platform::TRAY_EXE)
        .map_err(|e| msg!("desktop-autostart-not-found", error = e.to_string()).to_string())?;
    let mut b = AutoLaunchBuilder::new();
    b.set_app_name("Downbeat")
        .set_app_path(&tray.display().to_string());
    #[cfg(target_os = "macos")]
    b.set_macos_launch_mode(auto_launch::MacOSLaunchMode::LaunchAgent);
    // The user's own Run key (HKCU), even when the tray runs elevated: Downbeat is installed
    // per user, and its uninstaller removes that value and no other.
    #[cfg(windows)]
    b.set_windows_enable_mode(auto_launch::WindowsEnableMode::CurrentUser);
    b.build().map_err(failed)
}

/// Whether Downbeat starts at login; `None` when that can't be told.
pub fn autostart() -> Option<bool> {
    launcher().ok()?.is_enabled().ok()
}

/// Turns starting at login on or off; the error is one line.
pub fn set_autostart(on: bool) -> Result<(), String> {
    let a = launcher()?;
    if a.is_enabled().unwrap_or(false) == on {
        return Ok(());
    }
    let done = if on { a.enable() } else { a.disable() };
    done.map_err(failed)
}
