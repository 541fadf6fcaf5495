//! The tray icon and its menu, which is the interface on Linux: tray-icon and its menus
//! (muda), on the event loop's thread. No Tauri and no WebKit: this process runs all day.

use downbeat::model::Message;
use downbeat::monitor::{Paused, Snapshot};
use downbeat::msg;
use downbeat::view::i18n;
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

/// The words of a menu item that says the same in every state, by its id; `None` for the
/// lines that follow the monitor (the verdict, the connection, the services).
fn label(id: &str) -> Option<Message> {
    Some(match id {
        "check-now" => msg!("tray-menu-check-now"),
        "pause-15" => msg!("tray-menu-pause-minutes", minutes = 15),
        "pause-60" => msg!("tray-menu-pause-hours", hours = 1),
        "resume" => msg!("tray-menu-resume"),
        "history" => msg!("tray-menu-history"),
        "settings-window" => msg!("tray-menu-settings"),
        "settings" => msg!("tray-menu-settings-file"),
        "autostart" => msg!("tray-menu-start-at-login"),
        "quit" => msg!("tray-menu-quit"),
        _ => return None,
    })
}

/// A menu item's words, in the current language.
fn words_of(id: &str) -> String {
    label(id).map(|m| i18n::render(&m)).unwrap_or_default()
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
    /// The items whose words never change but with the language ("Check now", "Quit
    /// Downbeat", …): muda has no languages, so a change of language sets each one again.
    fixed: Vec<MenuItem>,
    /// The language the menu's words are in (its code).
    language: &'static str,
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
        let language = i18n::current().code;
        let item = |id: &str, text: &str, enabled: bool| MenuItem::with_id(id, text, enabled, None);
        let fixed = |id: &str, enabled: bool| item(id, &words_of(id), enabled);
        // The lines before the first round are the view's too.
        let words = |f: fn(&Snapshot) -> String| first.map(f).unwrap_or_default();
        let verdict = item("verdict", &words(downbeat::view::tray_line), false);
        let connection = item(
            "connection",
            &words(downbeat::view::tray_connection_line),
            false,
        );
        let resume = fixed("resume", false);
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
            words_of("autostart"),
            true,
            downbeat_desktop_shared::autostart::autostart().unwrap_or(false),
            None,
        );
        // A separator item each: an item appears once in a menu.
        let sep: [PredefinedMenuItem; 4] = std::array::from_fn(|_| PredefinedMenuItem::separator());
        let actions = [
            fixed("check-now", true),
            fixed("pause-15", true),
            fixed("pause-60", true),
        ];
        let windows = [
            fixed("history", true),
            fixed("settings-window", true),
            fixed("settings", true),
        ];
        let quit = fixed("quit", true);
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
        let mut fixed: Vec<MenuItem> = actions.into_iter().chain(windows).collect();
        fixed.extend([resume.clone(), quit]);
        Ok(Tray {
            icon,
            menu,
            verdict,
            connection,
            resume,
            services,
            login,
            fixed,
            language,
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
        self.follow_language();
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

    /// The menu's words in the current language: a reload that changed `[settings] language`
    /// sets every item's words again (the lines that follow the monitor are set on every
    /// snapshot anyway).
    fn follow_language(&mut self) {
        let now = i18n::current().code;
        if self.language == now {
            return;
        }
        for item in &self.fixed {
            item.set_text(words_of(item.id().as_ref()));
        }
        self.login.set_text(words_of(self.login.id().as_ref()));
        self.language = now;
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
            .set_text(downbeat::view::connection_not_checked());
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
        // Two comment lines in the user's language, then the settings as TOML (commented out).
        let template = format!(
            "# {}\n# {}\n\n\
             # [settings]\n# interval = \"60s\"\n# notify_degraded = false\n\n\
             # [[service]]\n# preset = \"spotify\"\n",
            i18n::text("tray-settings-file-title"),
            i18n::text("tray-settings-file-reference"),
        );
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
            Ok(status) => msg!(
                "tray-opener-failed",
                program = program.as_str(),
                status = status.to_string()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                msg!("tray-opener-missing", program = program.as_str())
            }
            Err(e) => msg!(
                "tray-opener-error",
                program = program.as_str(),
                error = e.to_string()
            ),
        };
        let why = why.to_string();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_its_words_and_english_reads_as_before() {
        let english = [
            ("check-now", "Check now"),
            ("pause-15", "Pause for 15 min"),
            ("pause-60", "Pause for 1 hour"),
            ("resume", "Resume"),
            ("history", "Open history…"),
            ("settings-window", "Settings…"),
            ("settings", "Open settings file"),
            ("autostart", "Start at login"),
            ("quit", "Quit Downbeat"),
        ];
        i18n::with_language(i18n::english(), || {
            for (id, words) in english {
                assert!(Action::of(id).is_some(), "{id}");
                assert_eq!(words_of(id), words, "{id}");
            }
        });
        assert_eq!(words_of("verdict"), "");
    }
}
