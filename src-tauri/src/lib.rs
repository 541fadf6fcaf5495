//! Downbeat's tray app: the wiring. The engine's monitor runs in the background (the same one
//! `downbeat watch` runs, with the same notifications and history store), the tray shows its
//! state, and a history window opens on demand. The tray menu is the interface, since Linux
//! trays ignore clicks and tooltips.

pub mod commands;
pub mod icon;
pub mod pipe;
mod tray;
mod window;
pub mod window_process;

use std::path::PathBuf;
use std::sync::Arc;

use downbeat::assemble::assemble;
use downbeat::monitor::{Command, MonitorHandle, Snapshot};
use downbeat::notify::DesktopNotifier;
use downbeat::store::Writer;
use downbeat::Config;
use tauri::{Manager, Runtime};
use tokio::sync::watch;

pub use window_process::{WindowState, HISTORY_LABEL};

/// Everything the commands and the menu need. Built once at start-up.
#[derive(Debug)]
pub struct AppState {
    pub monitor: Option<MonitorHandle>,
    /// The config loaded at start (the tray's first menu and the welcome). After a reload the
    /// monitor's snapshot is what is current: the tray and the window follow it, not this.
    pub config: Option<Arc<Config>>,
    /// Why the monitor isn't running (a config error), if it isn't.
    pub config_error: Option<String>,
    /// The config file given with `--config`, passed on to the window's process.
    pub config_path: Option<PathBuf>,
    pub history_path: Option<PathBuf>,
    pub writer: Option<Writer>,
    /// The config file's modification time and size when it was last loaded: a reload of the
    /// same file (the window's "saved" and the file follower both ask) is done once.
    loaded: std::sync::Mutex<Option<FileStamp>>,
}

/// A file's modification time and size, to tell that it changed.
type FileStamp = (Option<std::time::SystemTime>, u64);

fn file_stamp(path: &std::path::Path) -> Option<FileStamp> {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.modified().ok(), m.len()))
}

fn config_stamp(explicit: Option<&std::path::Path>) -> Option<FileStamp> {
    Config::locate(explicit).as_deref().and_then(file_stamp)
}

impl AppState {
    /// Loads the config (`--config`, `DOWNBEAT_CONFIG` or the platform file, else the built-in
    /// Spotify preset), opens the history store and starts the monitor.
    pub fn start(config_path: Option<&std::path::Path>) -> AppState {
        let history_path = downbeat::store::default_path();
        let loaded = Config::load(config_path).map(Arc::new).and_then(|c| {
            for w in c.warnings() {
                tracing::warn!("{w}");
            }
            for n in c.notes() {
                tracing::info!("{n}");
            }
            assemble(c.clone(), history_path.as_deref()).map(|a| (c, a))
        });
        let (config, assembly) = match loaded {
            Ok(pair) => pair,
            Err(e) => {
                return AppState {
                    monitor: None,
                    config: None,
                    config_error: Some(format!("Config error: {e}")),
                    config_path: config_path.map(Into::into),
                    history_path,
                    writer: None,
                    loaded: std::sync::Mutex::new(config_stamp(config_path)),
                }
            }
        };
        for n in &assembly.notices {
            tracing::warn!("{n}");
        }
        let monitor = tauri::async_runtime::block_on(async {
            assembly
                .monitor
                .notifier(Arc::new(DesktopNotifier::new()))
                .spawn()
        });
        let writer = assembly.writer;
        AppState {
            monitor: Some(monitor),
            config: Some(config),
            config_error: None,
            config_path: config_path.map(Into::into),
            history_path,
            writer,
            loaded: std::sync::Mutex::new(config_stamp(config_path)),
        }
    }

    /// Reloads the config file (the settings were saved) into the running monitor. A file that
    /// does not load is logged and changes nothing: the monitor runs on.
    pub fn reload(&self) {
        let Some(m) = &self.monitor else {
            tracing::warn!("the config was saved, but the monitor did not start: restart Downbeat");
            return;
        };
        // Once per version of the file.
        let stamp = config_stamp(self.config_path.as_deref());
        match self.loaded.lock() {
            Ok(last) if *last == stamp => return,
            Ok(mut last) => *last = stamp,
            Err(_) => {}
        }
        let loaded = Config::load(self.config_path.as_deref())
            .and_then(|c| downbeat::ProbeContext::from_settings(&c.settings).map(|ctx| (c, ctx)));
        match loaded {
            Ok((config, ctx)) => {
                for w in config.warnings() {
                    tracing::warn!("{w}");
                }
                m.send(Command::Reload(Box::new(downbeat::monitor::Reload {
                    config: Arc::new(config),
                    ctx,
                })));
                m.send(Command::CheckNow);
            }
            Err(e) => tracing::warn!("the config was not reloaded: {e}"),
        }
    }

    pub fn send(&self, c: Command) {
        if let Some(m) = &self.monitor {
            m.send(c);
        }
    }

    pub fn service_names(&self) -> Vec<String> {
        self.config
            .as_ref()
            .map(|c| c.services.iter().map(|s| s.name.clone()).collect())
            .unwrap_or_default()
    }

    pub fn snapshots(&self) -> Option<watch::Receiver<Snapshot>> {
        self.monitor.as_ref().map(|m| m.snapshot.clone())
    }

    /// A problem to show: a config error, or the history store's latest error or notice.
    pub fn problem(&self) -> Option<String> {
        if let Some(e) = &self.config_error {
            return Some(e.clone());
        }
        let st = self.writer.as_ref()?.status();
        st.last_error.or(st.maintenance_error).or(st.notice)
    }

    pub fn current_view(&self) -> downbeat::view::SnapshotView {
        let snap = self.snapshots().map(|rx| rx.borrow().clone());
        match snap {
            Some(s) => downbeat::view::view(&s, self.problem()),
            None => downbeat::view::SnapshotView::waiting(self.problem()),
        }
    }
}

/// Command-line options of the desktop app.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub config: Option<PathBuf>,
    /// Open the history window at launch (for a desktop launcher, and for end-to-end tests).
    pub open_history: bool,
    /// Close the running instance's history window (for scripts and the resource benchmark).
    pub close_history: bool,
    /// Be the history window's process (started by the tray process, never by people).
    pub history_window: bool,
    /// Open the window on its settings page.
    pub settings: bool,
}

impl Options {
    pub fn parse(args: impl IntoIterator<Item = String>) -> Options {
        let mut o = Options::default();
        let mut it = args.into_iter().skip(1);
        while let Some(a) = it.next() {
            match a.as_str() {
                "--open-history" => o.open_history = true,
                "--close-history" => o.close_history = true,
                "--history-window" => o.history_window = true,
                "--settings" => o.settings = true,
                "--config" => o.config = it.next().map(PathBuf::from),
                s if s.starts_with("--config=") => {
                    o.config = Some(PathBuf::from(&s["--config=".len()..]));
                }
                _ => {}
            }
        }
        o
    }
}

/// Adds the history window's IPC commands to a builder (the window process's, or the tests'
/// mock one).
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::snapshot,
        commands::history,
        commands::export_csv,
        commands::check_now,
        commands::settings,
        commands::save_settings,
        commands::set_theme
    ])
}

/// The tray app on any runtime: its setup (the state, the monitor, the tray and what follows
/// the monitor into the tray and the window's process). It serves no IPC commands: the window
/// has a process of its own. `run` adds the real runtime's plugins; the tests build it on the
/// mock runtime.
pub fn app<R: Runtime>(builder: tauri::Builder<R>, options: Options) -> tauri::Builder<R> {
    builder.setup(move |app| {
        let state = AppState::start(options.config.as_deref());
        app.manage(window::WindowProcess::default());
        let tray = tray::Tray::build(app.handle(), &state)?;
        if let Some(rx) = state.snapshots() {
            tauri::async_runtime::spawn(follow(app.handle().clone(), tray, rx));
        } else {
            tray.show_problem(&state.problem().unwrap_or_default());
        }
        let watched =
            Config::locate(options.config.as_deref()).or_else(downbeat::config::default_path);
        if let Some(path) = watched {
            tauri::async_runtime::spawn(follow_config_file(app.handle().clone(), path));
        }
        if state.monitor.is_some() {
            tauri::async_runtime::spawn(welcome_once(
                state.history_path.clone(),
                state.service_names(),
            ));
        }
        app.manage(state);
        if options.open_history {
            window::open_history(app.handle());
        }
        Ok(())
    })
}

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
fn autostart_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, None)
}

/// Follows the config file: an edit by hand (or by the settings page) is reloaded without a
/// restart. After a start-up config error, the first version of the file that loads restarts
/// the app, which then runs on it.
async fn follow_config_file<R: Runtime>(app: tauri::AppHandle<R>, path: PathBuf) {
    let mut last = file_stamp(&path);
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3));
    loop {
        every.tick().await;
        let Some(state) = app.try_state::<AppState>() else {
            continue;
        };
        if state.monitor.is_some() {
            // A no-op unless the file changed since it was last loaded.
            state.reload();
            continue;
        }
        let now = file_stamp(&path);
        if now != last && Config::load(Some(&path)).is_ok() {
            tracing::info!("{} loads now: restarting on it", path.display());
            app.restart();
        }
        last = now;
    }
}

/// On the very first launch, one notification says what Downbeat watches and where to find it.
/// A file beside the history marks it said; it is written once the notification went out, so a
/// first launch without a notification server says it next time instead.
async fn welcome_once(history_path: Option<PathBuf>, services: Vec<String>) {
    use downbeat::notify::Notifier;
    let Some(marker) = history_path
        .as_deref()
        .and_then(std::path::Path::parent)
        .map(|d| d.join("welcomed"))
    else {
        return;
    };
    if marker.exists() {
        return;
    }
    let note = downbeat::alerting::welcome(&services);
    if DesktopNotifier::new().notify(&note).await.is_ok() {
        let written = marker
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&marker, "Downbeat said welcome.\n"));
        if let Err(e) = written {
            tracing::warn!("{}: {e}", marker.display());
        }
    }
}

/// Logs go to stderr through `tracing`: warnings by default, more with `RUST_LOG`.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .without_time()
        .try_init();
}

/// A Windows GUI program has no console, so what it prints goes nowhere. Started from a
/// terminal, it takes its parent's console: `--version`, `--help` and start-up errors show
/// there. Started from Explorer there is none, and nothing changes. The window's process talks
/// over its own pipes and never attaches.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_console() {
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
    eprintln!("downbeat-desktop: {message}");
    #[cfg(windows)]
    error_box(message);
    std::process::exit(1);
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

/// Starts the tray app. Exits the process with an error message if the GUI can't start.
pub fn run() {
    // Before anything needs a display: these only print.
    let args: Vec<String> = std::env::args().collect();
    #[cfg(windows)]
    if !args.iter().any(|a| a == "--history-window") {
        attach_console();
    }
    if args.iter().skip(1).any(|a| a == "--version" || a == "-V") {
        println!("downbeat-desktop {}", env!("CARGO_PKG_VERSION"));
        return;
    }
    if args.iter().skip(1).any(|a| a == "--help" || a == "-h") {
        println!(
            "downbeat-desktop {}: Downbeat in the system tray.\n\n\
             Usage: downbeat-desktop [--config FILE] [--open-history | --close-history | --settings]\n\n\
             A second launch talks to the running one: --open-history and --settings open its\n\
             window, --close-history closes it. `downbeat` is the command-line tool.",
            env!("CARGO_PKG_VERSION")
        );
        return;
    }
    init_logging();
    // Mesa's software GL costs ~50 MB of memory and buys nothing for a tray icon and a small
    // history window; the user can still turn it back on with GDK_GL.
    #[cfg(target_os = "linux")]
    if std::env::var_os("GDK_GL").is_none() {
        std::env::set_var("GDK_GL", "disable");
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        fatal("no display (neither DISPLAY nor WAYLAND_DISPLAY is set); `downbeat watch` runs without one");
    }
    let options = Options::parse(std::env::args());
    let context = tauri::generate_context!();
    if options.history_window {
        run_history_window(&options, context);
        return;
    }
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            // A second launch opens the history window of the first (or closes it, if asked).
            let o = Options::parse(args);
            if o.close_history {
                window::close_history(app);
            } else if o.settings {
                window::open_settings(app);
            } else {
                window::open_history(app);
            }
        }))
        .plugin(autostart_plugin());
    match app(builder, options).build(context) {
        Ok(app) => app.run(|app, event| match event {
            // Living in the tray: closing the last window is no reason to exit.
            tauri::RunEvent::ExitRequested {
                api, code: None, ..
            } => api.prevent_exit(),
            tauri::RunEvent::Exit => window::shut(app),
            _ => {}
        }),
        Err(e) => fatal(&format!("cannot start: {e}")),
    }
}

/// The history window's process: the window, its commands, and the tray process on stdin and
/// stdout. It ends when the window closes or the tray process goes.
fn run_history_window(options: &Options, context: tauri::Context<tauri::Wry>) {
    let state = WindowState::new(
        downbeat::store::default_path(),
        Config::locate(options.config.as_deref()).or_else(downbeat::config::default_path),
        Box::new(std::io::stdout()),
    );
    let settings = options.settings;
    let built =
        window_process::window_app(tauri::Builder::default().plugin(autostart_plugin()), state)
            .setup(move |app| {
                window_process::open(app.handle(), settings);
                window_process::follow_tray(app.handle().clone());
                Ok(())
            })
            .build(context);
    match built {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => fatal(&format!(
            "cannot open the history window: {e}{WINDOW_NEEDS}"
        )),
    }
}

/// Shows every snapshot in the tray and sends it to the history window.
async fn follow<R: Runtime>(
    app: tauri::AppHandle<R>,
    tray: tray::Tray<R>,
    mut rx: watch::Receiver<Snapshot>,
) {
    loop {
        let snap = rx.borrow_and_update().clone();
        tray.show(&snap);
        window::show(&app);
        if rx.changed().await.is_err() {
            return;
        }
    }
}
