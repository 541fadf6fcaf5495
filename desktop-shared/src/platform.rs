//! Where both desktop programs meet their platform: logging to stderr, errors said where the
//! user will see them, and where the other program is.

/// The exit status of a usage error or a config file that isn't there, as the CLI's.
pub const EXIT_USAGE: i32 = 3;

/// Logs go to stderr through `tracing`, under the program's name: warnings by default, more
/// with `RUST_LOG`.
pub fn init_logging(program: &'static str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .event_format(downbeat::logging::Plain {
            program,
            target: false,
        })
        .try_init();
}

/// Says why the app can't go on where the user will see it, and exits with status 1: on
/// stderr, and on Windows also in a message box when no console shows stderr (the app was
/// started from Explorer, the Start menu or at login, or it is the window's process).
pub fn fatal(message: &str) -> ! {
    exit_with(message, 1)
}

/// [`fatal`], with an exit status of the caller's choosing.
pub fn exit_with(message: &str, status: i32) -> ! {
    eprintln!("downbeat-desktop: {message}");
    #[cfg(windows)]
    error_box(message);
    std::process::exit(status);
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

/// The tray's program and the window's, side by side in one folder (`/usr/bin`, the Windows
/// zip, `target/<profile>`).
pub const TRAY_EXE: &str = "downbeat-desktop";
pub const WINDOW_EXE: &str = "downbeat-window";

/// The path of one of Downbeat's desktop programs: the one beside this program.
pub fn sibling(name: &str) -> std::io::Result<std::path::PathBuf> {
    let me = std::env::current_exe()?;
    let dir = me
        .parent()
        .ok_or_else(|| std::io::Error::other(downbeat::view::i18n::text("desktop-no-folder")))?;
    Ok(dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}
