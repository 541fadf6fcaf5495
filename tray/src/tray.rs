//! The tray icon and its menu, which is the interface on Linux: tray-icon and its menus
//! (muda), on the event loop's thread. No Tauri and no WebKit: this process runs all day.

use downbeat::monitor::{Paused, Snapshot};
use tray_icon::menu::{CheckMenuItem, IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use crate::icon::{self, Look};

/// What a menu item asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    CheckNow,
    Pause(u64),
    Resume,
    History,
    Settings,
    SettingsFile,
    StartAtLogin,
    Quit,
}

impl Action {
    /// The action of a menu item's id; `None` for the lines that only say something.
    pub fn of(id: &str) -> Option<Action> {
        Some(match id {
            "check-now" => Action::CheckNow,
            "pause-15" => Action::Pause(15),
            "pause-60" => Action::Pause(60),
            "resume" => Action::Resume,
            "history" => Action::History,
            "settings-window" => Action::Settings,
            "settings" => Action::SettingsFile,
            "autostart" => Action::StartAtLogin,
            "quit" => Action::Quit,
            _ => return None,
        })
    }
}

/// The tray icon and the menu items that change. It lives on the event loop's thread.
pub struct Tray {
    icon: TrayIcon,
    menu: Menu,
    verdict: MenuItem,
    /// "Your connection: fine (3 of 3 sites answer)".
    connection: MenuItem,
    /// Enabled only while paused.
    resume: MenuItem,
    /// One line per service, after the verdict and a separator; they follow the monitor's
    /// services, which a reload can change.
    services: Vec<MenuItem>,
    /// "Start at login", which the settings page can change too.
    login: CheckMenuItem,
    look: Option<Look>,
}

impl std::fmt::Debug for Tray {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tray")
            .field("look", &self.look)
            .field("services", &self.services.len())
            .finish_non_exhaustive()
    }
}

fn image(look: Look) -> Option<Icon> {
    match Icon::from_rgba(icon::render(look), icon::SIZE, icon::SIZE) {
        Ok(i) => Some(i),
        Err(e) => {
            tracing::warn!("tray icon: {e}");
            None
        }
    }
}

impl Tray {
    /// The tray and its menu, with the lines of `first` (the config's services, nothing
    /// checked yet), or none when the config doesn't load. On Linux the icon's image goes to a
    /// file in `files` (a folder of this instance's own): tray-icon's default folder is shared
    /// by every process of the user, and two trays there would show each other's files.
    pub fn build(first: Option<&Snapshot>, files: &std::path::Path) -> Result<Tray, String> {
        let item = |id: &str, text: &str, enabled: bool| MenuItem::with_id(id, text, enabled, None);
        // The lines before the first round are the view's too.
        let words = |f: fn(&Snapshot) -> String| first.map(f).unwrap_or_default();
        let verdict = item("verdict", &words(downbeat::view::tray_line), false);
        let connection = item(
            "connection",
            &words(downbeat::view::tray_connection_line),
            false,
        );
        let resume = item("resume", "Resume", false);
        // A short line per service under the verdict, which says only whose side.
        let views = first.map(|s| s.services.as_slice()).unwrap_or_default();
        let services: Vec<MenuItem> = views
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let line =
                    first.map_or_else(String::new, |s| downbeat::view::tray_service_line(v, s));
                item(&format!("service-{i}"), &line, false)
            })
            .collect();
        let login = CheckMenuItem::with_id(
            "autostart",
            "Start at login",
            true,
            downbeat_desktop_shared::autostart::autostart().unwrap_or(false),
            None,
        );
        // A separator item each: an item appears once in a menu.
        let sep: [PredefinedMenuItem; 4] = std::array::from_fn(|_| PredefinedMenuItem::separator());
        let actions = [
            item("check-now", "Check now", true),
            item("pause-15", "Pause for 15 min", true),
            item("pause-60", "Pause for 1 hour", true),
        ];
        let windows = [
            item("history", "Open history…", true),
            item("settings-window", "Settings…", true),
            item("settings", "Open settings file", true),
        ];
        let quit = item("quit", "Quit Downbeat", true);
        // The whole menu, in order.
        let mut lines: Vec<&dyn IsMenuItem> = vec![&verdict, &connection, &sep[0]];
        lines.extend(services.iter().map(|s| s as &dyn IsMenuItem));
        lines.push(&sep[1]);
        lines.extend(actions.iter().map(|a| a as &dyn IsMenuItem));
        lines.extend([&resume as &dyn IsMenuItem, &sep[2]]);
        lines.extend(windows.iter().map(|w| w as &dyn IsMenuItem));
        lines.extend([&login as &dyn IsMenuItem, &sep[3], &quit]);
        let menu = Menu::with_items(&lines).map_err(|e| format!("tray menu: {e}"))?;
        let mut builder = TrayIconBuilder::new()
            .with_id("downbeat")
            .with_tooltip("Downbeat")
            .with_menu(Box::new(menu.clone()))
            .with_temp_dir_path(files);
        if let Some(i) = image(Look::Idle) {
            builder = builder.with_icon(i);
        }
        let icon = builder.build().map_err(|e| format!("tray icon: {e}"))?;
        Ok(Tray {
            icon,
            menu,
            verdict,
            connection,
            resume,
            services,
            login,
            look: Some(Look::Idle),
        })
    }

    /// Shows a snapshot: the icon's colour and shape, the verdict line and one line per
    /// service. The icon is set only when its look changes (some trays leak on every set).
    /// `problem`: the config file was edited and no longer loads: the monitor runs on with the
    /// last good config, and the tray looks broken and says where the error is.
    pub fn show(&mut self, s: &Snapshot, problem: Option<&str>) {
        let look = match problem {
            Some(_) => Look::Broken,
            None => Look::of(s.overall, s.cause, s.paused != Paused::No),
        };
        self.set_look(look);
        self.follow_login();
        self.resume.set_enabled(s.paused != Paused::No);
        self.connection
            .set_text(downbeat::view::tray_connection_line(s));
        let line = match problem {
            Some(p) => downbeat::view::tray_problem_line(p),
            None => downbeat::view::tray_line(s),
        };
        self.verdict.set_text(&line);
        // Where tooltips show (Windows), the whole sentence.
        let tip = match problem {
            Some(p) => p.to_owned(),
            None => downbeat::view::verdict_line(s),
        };
        let _ = self.icon.set_tooltip(Some(&tip));
        let wanted = s.services.len();
        if self.services.len() != wanted {
            // A reload changed the services: new lines in place of the old.
            for old in self.services.drain(..) {
                let _ = self.menu.remove(&old);
            }
            for i in 0..wanted {
                let item = MenuItem::with_id(format!("service-{i}-of-{wanted}"), "", false, None);
                if let Err(e) = self.menu.insert(&item, 3 + i) {
                    tracing::warn!("tray menu: {e}");
                }
                self.services.push(item);
            }
        }
        for (item, v) in self.services.iter().zip(&s.services) {
            item.set_text(downbeat::view::tray_service_line(v, s));
        }
    }

    /// "Start at login" as it stands (the settings page may have changed it).
    pub fn follow_login(&self) {
        if let Some(on) = downbeat_desktop_shared::autostart::autostart() {
            self.login.set_checked(on);
        }
    }

    fn set_look(&mut self, look: Look) {
        if self.look != Some(look) {
            let _ = self.icon.set_icon(image(look));
            self.look = Some(look);
        }
    }

    /// A config error at start (nothing runs) as one short menu line naming where it is; the
    /// whole of it is in the window and the notification.
    pub fn show_problem(&mut self, message: &str) {
        self.set_look(Look::Broken);
        self.verdict
            .set_text(downbeat::view::tray_problem_line(message));
        let _ = self.icon.set_tooltip(Some(message));
        self.connection
            .set_text(downbeat::view::CONNECTION_NOT_CHECKED);
    }
}

/// Opens the config file (`--config`'s, else the one Downbeat finds) in the user's editor,
/// creating a commented one first if needed. When nothing can open it, `failed` is called (the
/// app then shows the settings page, which names the file), besides a notification.
pub fn open_settings_file(
    explicit: Option<&std::path::Path>,
    failed: impl FnOnce() + Send + 'static,
) {
    let Some(path) = downbeat::Config::file(explicit) else {
        tracing::warn!("no settings file to open: this system has no config folder");
        failed();
        return;
    };
    if !path.exists() {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let template =
            "# Downbeat settings. With nothing here, the built-in Spotify preset runs.\n\
             # The full reference is docs/configuration.md; `downbeat presets spotify` prints the preset.\n\n\
             # [settings]\n# interval = \"60s\"\n# notify_degraded = false\n\n\
             # [[service]]\n# preset = \"spotify\"\n"
        ;
        if let Err(e) = std::fs::write(&path, template) {
            tracing::warn!("cannot create {}: {e}", path.display());
        }
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
        let why = match opener.status() {
            Ok(status) if status.success() => return,
            Ok(status) => format!("{program} failed ({status})"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                format!("{program} isn't installed")
            }
            Err(e) => format!("{program}: {e}"),
        };
        tracing::warn!("cannot open {}: {why}", path.display());
        failed();
        let note = downbeat::alerting::cannot_open(&path, &why);
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async {
            use downbeat::notify::Notifier;
            let _ = downbeat::notify::DesktopNotifier::new().notify(&note).await;
        });
    });
}
