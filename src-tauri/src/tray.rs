//! The tray icon and its menu, which is the interface on Linux.

use std::time::Duration;

use downbeat::monitor::{Command, Paused, Snapshot};
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::AutoLaunchManager;

use crate::icon::{self, Look};
use crate::state::AppState;
use crate::window;

/// The tray icon and the menu items that change. Generic over the runtime, so the app's whole
/// setup runs under Tauri's mock runtime in a test.
pub struct Tray<R: Runtime> {
    app: AppHandle<R>,
    icon: TrayIcon<R>,
    menu: Menu<R>,
    verdict: MenuItem<R>,
    /// "Your connection: fine (3 of 3 sites answer)".
    connection: MenuItem<R>,
    /// Enabled only while paused.
    resume: MenuItem<R>,
    /// One line per service, after the verdict and a separator; they follow the monitor's
    /// services, which a reload can change.
    services: std::sync::Mutex<Vec<MenuItem<R>>>,
    /// "Start at login", which the settings page can change too.
    login: CheckMenuItem<R>,
    look: std::sync::Mutex<Option<Look>>,
}

fn image(look: Look) -> Image<'static> {
    Image::new_owned(icon::render(look), icon::SIZE, icon::SIZE)
}

impl<R: Runtime> Tray<R> {
    pub fn build(app: &AppHandle<R>, state: &AppState) -> tauri::Result<Tray<R>> {
        let item = |id: &str, text: &str, enabled: bool| {
            MenuItem::with_id(app, id, text, enabled, None::<&str>)
        };
        // The lines before the first round are the view's too, of a snapshot with nothing
        // checked yet.
        let first = state.config.as_deref().map(Snapshot::new);
        let words = |f: fn(&Snapshot) -> String| first.as_ref().map(f).unwrap_or_default();
        let verdict = item("verdict", &words(downbeat::view::verdict_line), false)?;
        let connection = item("connection", &words(downbeat::view::connection_line), false)?;
        let resume = item("resume", "Resume", false)?;
        // One service: the verdict line says it all; a line of its own would say it twice.
        let views = first
            .as_ref()
            .map(|s| s.services.as_slice())
            .unwrap_or_default();
        let services: Vec<MenuItem<R>> = views
            .iter()
            .filter(|_| views.len() > 1)
            .enumerate()
            .map(|(i, v)| {
                let line = downbeat::view::service_line(v, downbeat::model::Cause::None);
                item(&format!("service-{i}"), &line, false)
            })
            .collect::<tauri::Result<_>>()?;
        let autostart = crate::autostart::autostart(app).unwrap_or(false);
        let login = CheckMenuItem::with_id(
            app,
            "autostart",
            "Start at login",
            true,
            autostart,
            None::<&str>,
        )?;
        let login_item = login.clone();
        let sep = || PredefinedMenuItem::separator(app);
        let menu = Menu::new(app)?;
        menu.append(&verdict)?;
        menu.append(&connection)?;
        menu.append(&sep()?)?;
        for s in &services {
            menu.append(s)?;
        }
        menu.append(&sep()?)?;
        menu.append(&item("check-now", "Check now", true)?)?;
        menu.append(&item("pause-15", "Pause for 15 min", true)?)?;
        menu.append(&item("pause-60", "Pause for 1 hour", true)?)?;
        menu.append(&resume)?;
        menu.append(&sep()?)?;
        menu.append(&item("history", "Open history…", true)?)?;
        menu.append(&item("settings-window", "Settings…", true)?)?;
        menu.append(&item("settings", "Open settings file", true)?)?;
        menu.append(&login)?;
        menu.append(&sep()?)?;
        menu.append(&item("quit", "Quit Downbeat", true)?)?;
        let icon = TrayIconBuilder::with_id("downbeat")
            .icon(image(Look::Idle))
            .tooltip("Downbeat")
            .menu(&menu)
            .on_menu_event(move |app, event| {
                let send = |c| {
                    if let Some(s) = app.try_state::<AppState>() {
                        s.send(c);
                    }
                };
                let pause = |mins: u64| Command::Pause(Some(Duration::from_secs(mins * 60)));
                match event.id().as_ref() {
                    "check-now" => send(Command::CheckNow),
                    "pause-15" => send(pause(15)),
                    "pause-60" => send(pause(60)),
                    "resume" => send(Command::Resume),
                    "history" => window::open_history(app),
                    "settings-window" => window::open_settings(app),
                    "settings" => {
                        let state = app.try_state::<AppState>();
                        open_settings(state.as_ref().and_then(|s| s.config_path.as_deref()));
                    }
                    "autostart" => {
                        if let Some(a) = app.try_state::<AutoLaunchManager>() {
                            let on = a.is_enabled().unwrap_or(false);
                            let done = if on { a.disable() } else { a.enable() };
                            if let Err(e) = done {
                                tracing::warn!("start at login: {e}");
                            }
                            let _ = login.set_checked(a.is_enabled().unwrap_or(false));
                        }
                    }
                    "quit" => app.exit(0),
                    _ => {}
                }
            })
            .build(app)?;
        Ok(Tray {
            app: app.clone(),
            icon,
            menu,
            verdict,
            connection,
            resume,
            services: std::sync::Mutex::new(services),
            login: login_item,
            look: std::sync::Mutex::new(None),
        })
    }

    /// Shows a snapshot: the icon's colour and shape, the verdict line and one line per service.
    pub fn show(&self, s: &Snapshot) {
        let look = Look::of(s.overall, s.cause, s.paused != Paused::No);
        if let Ok(mut last) = self.look.lock() {
            if *last != Some(look) {
                let _ = self.icon.set_icon(Some(image(look)));
                *last = Some(look);
            }
        }
        if let Some(on) = crate::autostart::autostart(&self.app) {
            let _ = self.login.set_checked(on);
        }
        let _ = self.resume.set_enabled(s.paused != Paused::No);
        let _ = self.connection.set_text(downbeat::view::connection_line(s));
        let line = downbeat::view::verdict_line(s);
        let _ = self.verdict.set_text(&line);
        let _ = self.icon.set_tooltip(Some(&line));
        let Ok(mut items) = self.services.lock() else {
            return;
        };
        let wanted = if s.services.len() > 1 {
            s.services.len()
        } else {
            0
        };
        if items.len() != wanted {
            // A reload changed the services: new lines in place of the old.
            for old in items.drain(..) {
                let _ = self.menu.remove(&old);
            }
            for i in 0..wanted {
                let id = format!("service-{i}-of-{wanted}");
                match MenuItem::with_id(&self.app, id, "", false, None::<&str>) {
                    Ok(item) => {
                        let _ = self.menu.insert(&item, 3 + i);
                        items.push(item);
                    }
                    Err(e) => tracing::warn!("tray menu: {e}"),
                }
            }
        }
        for (item, v) in items.iter().zip(&s.services) {
            let _ = item.set_text(downbeat::view::service_line(v, s.connection_cause));
        }
    }

    /// A problem (a config error) as one short menu line; the whole of it is in the window.
    pub fn show_problem(&self, message: &str) {
        let _ = self.icon.set_icon(Some(image(Look::Idle)));
        const MAX: usize = 70;
        let line = match message.char_indices().nth(MAX) {
            Some((cut, _)) => format!("{}… (see Settings…)", &message[..cut]),
            None => message.to_owned(),
        };
        let _ = self.verdict.set_text(line);
        let _ = self
            .connection
            .set_text(downbeat::view::CONNECTION_NOT_CHECKED);
    }
}

/// Opens the config file (`--config`'s, else the one Downbeat finds) in the user's editor,
/// creating a commented one first if needed.
fn open_settings(explicit: Option<&std::path::Path>) {
    let Some(path) = downbeat::Config::locate(explicit).or_else(downbeat::config::default_path)
    else {
        return;
    };
    if !path.exists() {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let template =
            "# Downbeat settings. With nothing here, the built-in Spotify preset runs.\n\
             # The full reference is in the README; `downbeat presets spotify` prints the preset.\n\n\
             # [settings]\n# interval = \"60s\"\n# notify_degraded = false\n\n\
             # [[service]]\n# preset = \"spotify\"\n"
        ;
        let _ = std::fs::write(&path, template);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(target_os = "linux")]
    let mut opener = std::process::Command::new("xdg-open");
    #[cfg(target_os = "macos")]
    let mut opener = std::process::Command::new("open");
    #[cfg(target_os = "macos")]
    opener.arg("-t");
    #[cfg(target_os = "windows")]
    let mut opener = std::process::Command::new("notepad");
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    let mut opener = std::process::Command::new("xdg-open");
    opener.arg(&path);
    // Off the menu's thread: xdg-open waits for the program it finds. When nothing could open
    // the file, the user is told where it is (the log alone would be unseen).
    std::thread::spawn(move || {
        let program = opener.get_program().to_string_lossy().into_owned();
        let failed = match opener.status() {
            Ok(status) if status.success() => return,
            Ok(status) => format!("{program} failed ({status})"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                format!("{program} isn't installed")
            }
            Err(e) => format!("{program}: {e}"),
        };
        tracing::warn!("cannot open {}: {failed}", path.display());
        let note = downbeat::alerting::cannot_open(&path, &failed);
        tauri::async_runtime::block_on(async {
            use downbeat::notify::Notifier;
            let _ = downbeat::notify::DesktopNotifier::new().notify(&note).await;
        });
    });
}
