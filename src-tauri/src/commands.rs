//! IPC commands for the history window, and the data they send. The window is granted exactly
//! these (capabilities/history.json), nothing else. The state's view and its words come from
//! the engine (`downbeat::view`); these only hand them over.

// Tauri hands commands their state by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::PathBuf;
use std::time::SystemTime;

use downbeat::config::edit::{Form, SaveError};
use downbeat::model::time::rfc3339;
use downbeat::store::History;
use downbeat::view::history::HistoryView;
use downbeat::view::SnapshotView;
use serde::Serialize;

use downbeat_desktop_shared::autostart;
use downbeat_desktop_shared::pipe::ToTray;

use crate::state::WindowState;

/// What a command can fail with. It reaches the window as `{ "kind": "...", "message": "..." }`:
/// the kind for code, the message (one line) for people.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("no history is recorded on this system (no data folder; set DOWNBEAT_DATA_DIR)")]
    NoHistory,
    #[error("nothing recorded yet")]
    NothingRecorded,
    #[error("{0}")]
    Store(#[from] downbeat::store::StoreError),
    #[error("no Downloads or home folder to save into")]
    NoDownloads,
    #[error("no config folder on this system (set DOWNBEAT_CONFIG)")]
    NoConfigPath,
    #[error("{path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
}

impl CommandError {
    /// The stable name the window can branch on.
    pub fn kind(&self) -> &'static str {
        match self {
            CommandError::NoHistory => "no_history",
            CommandError::NothingRecorded => "nothing_recorded",
            CommandError::Store(_) => "store",
            CommandError::NoDownloads => "no_downloads",
            CommandError::Write { .. } => "write",
            CommandError::NoConfigPath => "no_config_path",
        }
    }
}

impl Serialize for CommandError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("CommandError", 2)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

/// The current state of every service.
#[tauri::command]
pub fn snapshot(state: tauri::State<'_, WindowState>) -> SnapshotView {
    state.view()
}

/// Uptime bars for 24 h, 7 d and 30 d, latency, and the last 30 days' incidents, as the
/// engine's history view has them. Async, so the queries run off the main thread.
#[tauri::command]
pub async fn history(state: tauri::State<'_, WindowState>) -> Result<HistoryView, CommandError> {
    let now = downbeat::store::unix_ms(SystemTime::now());
    let names = state.service_names();
    let h = match &state.history_path {
        Some(path) => History::open(path)?
            .map(|h| h.with_gap(downbeat::view::history::gap(state.config_path.as_deref()))),
        None => None,
    };
    Ok(downbeat::view::history::window(h.as_ref(), &names, now)?)
}

/// Writes the last 30 days of raw results as CSV into the Downloads folder; returns the path.
#[tauri::command]
pub async fn export_csv(state: tauri::State<'_, WindowState>) -> Result<String, CommandError> {
    let path = state.history_path.as_ref().ok_or(CommandError::NoHistory)?;
    let h = History::open(path)?.ok_or(CommandError::NothingRecorded)?;
    let dir: PathBuf = dirs_download().ok_or(CommandError::NoDownloads)?;
    let date = rfc3339(SystemTime::now());
    let file = dir.join(format!("downbeat-history-{}.csv", &date[..10]));
    let write_error = |reason: std::io::Error| CommandError::Write {
        path: file.display().to_string(),
        reason,
    };
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).map_err(write_error)?);
    let now = downbeat::store::unix_ms(SystemTime::now());
    downbeat::view::history::export(&h, now, &mut w)?;
    std::io::Write::flush(&mut w).map_err(write_error)?;
    Ok(file.display().to_string())
}

fn dirs_download() -> Option<PathBuf> {
    dirs::download_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Downloads")))
        .filter(|p| std::fs::create_dir_all(p).is_ok())
}

/// Runs every check now.
#[tauri::command]
pub fn check_now(state: tauri::State<'_, WindowState>) {
    state.tell(ToTray::CheckNow);
}

/// The settings page: the config file, its form (or, for a file with an error, that error),
/// and the catalogue of services.
#[derive(Debug, Clone, Serialize)]
pub struct SettingsView {
    pub path: Option<String>,
    pub form: Option<Form>,
    /// The file's own error, when it was broken by hand: shown instead of a form.
    pub error: Option<String>,
    pub catalogue: Vec<CatalogueEntry>,
    /// Whether Downbeat starts at login (`None`: can't be told here).
    pub start_at_login: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogueEntry {
    pub preset: &'static str,
    pub name: &'static str,
}

/// The settings as the config file has them.
#[tauri::command]
pub async fn settings(state: tauri::State<'_, WindowState>) -> Result<SettingsView, CommandError> {
    let catalogue = downbeat::config::CATALOGUE
        .iter()
        .map(|&(preset, name)| CatalogueEntry { preset, name })
        .collect();
    let Some(path) = &state.config_path else {
        return Err(CommandError::NoConfigPath);
    };
    let (form, error) = match downbeat::config::edit::read(path) {
        Ok(f) => (Some(f), None),
        Err(e) => (None, Some(e.to_string())),
    };
    Ok(SettingsView {
        path: Some(path.display().to_string()),
        form,
        error,
        catalogue,
        start_at_login: autostart::autostart(),
    })
}

/// Saves the settings into the config file (validated first; nothing is written on an error)
/// and has the tray process reload it.
#[tauri::command]
pub async fn save_settings(
    state: tauri::State<'_, WindowState>,
    form: Form,
    start_at_login: Option<bool>,
) -> Result<(), SaveError> {
    let Some(path) = &state.config_path else {
        return Err(SaveError::Write {
            message: CommandError::NoConfigPath.to_string(),
        });
    };
    downbeat::config::edit::save(path, &form)?;
    state.tell(ToTray::Reload);
    if let Some(on) = start_at_login {
        autostart::set_autostart(on).map_err(|message| SaveError::Write { message })?;
    }
    Ok(())
}

/// The window's appearance: "light", "dark", or anything else for the system's. The page's
/// `prefers-color-scheme` follows it.
#[tauri::command]
pub fn set_theme<R: tauri::Runtime>(window: tauri::WebviewWindow<R>, theme: String) {
    let theme = match theme.as_str() {
        "light" => Some(tauri::Theme::Light),
        "dark" => Some(tauri::Theme::Dark),
        _ => None,
    };
    if let Err(e) = window.set_theme(theme) {
        tracing::warn!("cannot set the window's theme: {e}");
    }
}
