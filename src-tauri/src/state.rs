//! What the window's commands need: where the history and the config are, the monitor's latest
//! state as the tray process last sent it, and the way back to the tray process.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

use downbeat::view::{i18n, SnapshotView};
use downbeat::Config;
use downbeat_desktop_shared::pipe::{self, ToTray};

/// What the window's commands need.
pub struct WindowState {
    pub history_path: Option<PathBuf>,
    /// The config file the settings page edits (it may not exist yet).
    pub config_path: Option<PathBuf>,
    view: Mutex<SnapshotView>,
    /// When the config file was last changed as its language was last read (`None`: not read
    /// yet; `Some(None)`: there was no file).
    language_read: Mutex<Option<Option<SystemTime>>>,
    to_tray: Mutex<Box<dyn Write + Send>>,
}

impl std::fmt::Debug for WindowState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowState")
            .field("history_path", &self.history_path)
            .finish_non_exhaustive()
    }
}

impl WindowState {
    /// `to_tray` is where messages for the tray process go (the process's stdout; a sink in
    /// tests).
    pub fn new(
        history_path: Option<PathBuf>,
        config_path: Option<PathBuf>,
        to_tray: Box<dyn Write + Send>,
    ) -> Self {
        WindowState {
            history_path,
            config_path,
            view: Mutex::new(SnapshotView::waiting(None)),
            language_read: Mutex::new(None),
            to_tray: Mutex::new(to_tray),
        }
    }

    /// The monitor's latest state, as the tray process last sent it.
    pub fn view(&self) -> SnapshotView {
        self.view
            .lock()
            .map(|v| v.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }

    pub fn set_view(&self, v: SnapshotView) {
        match self.view.lock() {
            Ok(mut cur) => *cur = v,
            Err(e) => *e.into_inner() = v,
        }
    }

    /// The services the monitor runs, in config order.
    pub fn service_names(&self) -> Vec<String> {
        self.view().services.into_iter().map(|s| s.name).collect()
    }

    /// Speaks the language the config file sets (`[settings] language`), else the system's,
    /// reading the file again only when it changed since the last time. A file with an error
    /// keeps the language as it was (the tray keeps running on the last good file too).
    /// Whether the language changed.
    pub fn follow_language(&self) -> bool {
        let Some(path) = &self.config_path else {
            return false;
        };
        let changed = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        {
            let mut read = self
                .language_read
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if *read == Some(changed) {
                return false;
            }
            *read = Some(changed);
        }
        let before = i18n::current().code;
        let now = match Config::from_file(path) {
            Ok(config) => i18n::use_language(config.settings.language.as_deref()),
            Err(_) if changed.is_none() => i18n::use_language(None),
            Err(_) => return false,
        };
        now.code != before
    }

    /// Sends a message to the tray process. A tray process that is gone is logged: the window
    /// still shows the history.
    pub fn tell(&self, m: ToTray) {
        let sent = match self.to_tray.lock() {
            Ok(mut w) => pipe::send(&mut *w, &m),
            Err(e) => pipe::send(&mut *e.into_inner(), &m),
        };
        if let Err(e) = sent {
            tracing::warn!("cannot reach the tray process: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::time::Duration;

    /// The window speaks the config file's language, reads the file again only when it
    /// changed, and keeps its language while the file is broken.
    #[test]
    fn the_window_follows_the_config_files_language() {
        let dir = std::env::temp_dir().join(format!("downbeat-window-lang-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        let write = |text: &str, age: u64| {
            std::fs::write(&path, text).unwrap();
            let f = std::fs::File::options().write(true).open(&path).unwrap();
            f.set_modified(SystemTime::now() - Duration::from_secs(age))
                .unwrap();
        };
        let state = WindowState::new(None, Some(path.clone()), Box::new(std::io::sink()));
        write("[settings]\nlanguage = \"de\"\n", 30);
        assert!(state.follow_language());
        assert_eq!(i18n::current().code, "de");
        assert!(!state.follow_language(), "unchanged: not read again");
        write("[settings\nbroken", 20);
        assert!(!state.follow_language());
        assert_eq!(
            i18n::current().code,
            "de",
            "a broken file keeps the language"
        );
        write("[settings]\nlanguage = \"fr\"\n", 10);
        assert!(state.follow_language());
        assert_eq!(i18n::current().code, "fr");
        i18n::use_language(Some("en"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
