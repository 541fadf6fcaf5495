//! Where the app meets its platform: logging to stderr, a Windows console to print in, and
//! errors said where the user will see them.

/// Logs go to stderr through `tracing`: warnings by default, more with `RUST_LOG`.
pub(crate) fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .event_format(downbeat::logging::Plain {
            program: "downbeat-desktop",
            target: false,
        })
        .try_init();
}

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

/// Says why the app can't go on where the user will see it, and exits with status 1: on
/// stderr, and on Windows also in a message box when no console shows stderr (the app was
/// started from Explorer, the Start menu or at login, or it is the window's process).
pub(crate) fn fatal(message: &str) -> ! {
    exit_with(message, 1)
}

/// [`fatal`], with an exit status of the caller's choosing.
fn exit_with(message: &str, status: i32) -> ! {
    eprintln!("downbeat-desktop: {message}");
    #[cfg(windows)]
    error_box(message);
    std::process::exit(status);
}

/// A config file named with `--config` or `DOWNBEAT_CONFIG` must be there, as the CLI requires:
/// otherwise the app says so and exits with the CLI's status 3. (A file that is there but does
/// not load is shown in the tray, and followed until it loads.)
pub(crate) fn config_must_exist(explicit: Option<&std::path::Path>) {
    let Some(path) = downbeat::Config::locate(explicit).filter(|p| !p.exists()) else {
        return;
    };
    if let Err(e) = downbeat::Config::from_file(&path) {
        exit_with(&format!("config error: {e}"), crate::args::EXIT_USAGE);
    }
}

/// A message box with `message`, unless a console is attached (it printed there already).
#[cfg(windows)]
#[allow(unsafe_code)]
fn error_box(message: &str) {
    use windows_sys::Win32::System::Console::GetConsoleWindow;
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        MessageBoxW, MB_ICONERROR, MB_OK, MB_SETFOREGROUND,
    };
    // SAFETY: GetConsoleWindow takes no arguments; it returns the console's window or null.
    if !unsafe { GetConsoleWindow() }.is_null() {
        return;
    }
    let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
    // A sentence in the box: "Cannot start: …".
    let mut chars = message.chars();
    let sentence: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    let (text, caption) = (wide(&sentence), wide("Downbeat"));
    // SAFETY: both strings are NUL-terminated UTF-16 that live until the call returns, and a
    // null owner window is allowed. The call blocks until the user closes the box.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            caption.as_ptr(),
            MB_OK | MB_ICONERROR | MB_SETFOREGROUND,
        );
    }
}

/// What to add to a failure to open the window: on Windows the window needs WebView2, which
/// some editions of Windows lack.
pub(crate) const WINDOW_NEEDS: &str = if cfg!(windows) {
    "\n\nDownbeat's window needs the Microsoft Edge WebView2 Runtime. Windows 10 and 11 \
     usually have it; if not, install it from \
     https://developer.microsoft.com/microsoft-edge/webview2/ and try again."
} else {
    ""
};

/// SIGTERM (a logout, a service manager, `kill`): resolves when it comes, so the caller quits
/// through its usual path (the history is written and open incidents are ended). Never
/// resolves where there is no such signal (a Windows shutdown reaches the event loop).
pub async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                if term.recv().await.is_some() {
                    tracing::info!("SIGTERM: quitting");
                    return;
                }
            }
            Err(e) => tracing::warn!("cannot listen for SIGTERM: {e}"),
        }
    }
    std::future::pending::<()>().await;
}

/// The tray's program and the window's, side by side in one folder (`/usr/bin`, the Windows
/// zip, `target/<profile>`).
pub const TRAY_EXE: &str = "downbeat-desktop";
pub const WINDOW_EXE: &str = "downbeat-window";

/// The path of one of Downbeat's desktop programs: the one beside this program.
pub fn sibling(name: &str) -> std::io::Result<std::path::PathBuf> {
    let me = std::env::current_exe()?;
    let dir = me
        .parent()
        .ok_or_else(|| std::io::Error::other("this program is in no folder"))?;
    Ok(dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}
