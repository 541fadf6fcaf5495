//! Where the tray meets its platform: GTK's one harmless complaint, a Windows console to print
//! in, and a config file that must be there.

use downbeat_desktop_shared::platform::{exit_with, EXIT_USAGE};

/// GTK's XEmbed tray icon (the fallback when no StatusNotifierItem host runs, as under trayer)
/// thaws a window it never froze, and GDK says so as a "critical" on every start. It is
/// GTK's own slip, harmless, and nothing a user can act on: that one message goes to the debug
/// log; every other message of GDK goes where it always went.
#[cfg(target_os = "linux")]
pub(crate) fn quiet_gdk_tray_slip() {
    use glib::LogLevels;
    glib::log_set_handler(
        Some("Gdk"),
        LogLevels::LEVEL_CRITICAL | LogLevels::LEVEL_WARNING,
        false,
        false,
        |domain, level, message| {
            if message.contains("gdk_window_thaw_toplevel_updates") {
                tracing::debug!("GDK (the XEmbed tray icon): {message}");
            } else {
                glib::log_default_handler(domain, level, Some(message));
            }
        },
    );
}

/// A Windows GUI program has no console, so what it prints goes nowhere. Started from a
/// terminal, it takes its parent's console: `--version`, `--help` and start-up errors show
/// there. Started from Explorer there is none, and nothing changes. The window's process talks
/// over its own pipes and never attaches.
#[cfg(windows)]
#[allow(unsafe_code)]
pub(crate) fn attach_console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; when it fails
    // (no parent console, or one is attached already) nothing changes.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// A config file named with `--config` or `DOWNBEAT_CONFIG` must be there, as the CLI requires:
/// otherwise the app says so and exits with the CLI's status 3. (A file that is there but does
/// not load is shown in the tray, and followed until it loads.)
pub(crate) fn config_must_exist(explicit: Option<&std::path::Path>) {
    let Some(path) = downbeat::Config::locate(explicit).filter(|p| !p.exists()) else {
        return;
    };
    if let Err(e) = downbeat::Config::from_file(&path) {
        let said = downbeat::msg!("tray-config-error", error = e.to_string()).to_string();
        exit_with(&said, EXIT_USAGE);
    }
}
