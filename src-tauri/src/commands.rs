//! IPC commands for the history window, and the data they send. The window is granted exactly
//! these (capabilities/history.json), nothing else. The state's view and its words come from
//! the engine (`downbeat::view`); these only hand them over.

// Tauri hands commands their state by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::PathBuf;
use std::time::SystemTime;

use std::collections::BTreeMap;

use downbeat::config::edit::{Form, LanguageChoice, SaveError};
use downbeat::model::time::rfc3339;
use downbeat::model::{Arg, Message};
use downbeat::msg;
use downbeat::store::History;
use downbeat::view::history::HistoryView;
use downbeat::view::i18n;
use downbeat::view::SnapshotView;
use serde::Serialize;

use downbeat_desktop_shared::autostart;
use downbeat_desktop_shared::pipe::ToTray;

use crate::state::WindowState;

/// What a command can fail with. It reaches the window as `{ "kind": "...", "message": "..." }`:
/// the kind for code, the message (one line) for people.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    NoHistory,
    NothingRecorded,
    Store(#[from] downbeat::store::StoreError),
    NoDownloads,
    NoConfigPath,
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

    /// What it says, in the window's language.
    pub fn message(&self) -> Message {
        match self {
            CommandError::NoHistory => msg!("window-app-no-history"),
            CommandError::NothingRecorded => msg!("window-app-nothing-recorded"),
            // The store's own words.
            CommandError::Store(e) => Message::verbatim(e.to_string()),
            CommandError::NoDownloads => msg!("window-app-no-downloads"),
            CommandError::NoConfigPath => msg!("window-app-no-config-path"),
            CommandError::Write { path, reason } => msg!(
                "window-app-write-failed",
                path = path.as_str(),
                reason = reason.to_string()
            ),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&i18n::render(&self.message()))
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

/// The current state of every service, and the language the window speaks.
#[tauri::command]
pub fn snapshot(state: tauri::State<'_, WindowState>) -> PageSnapshot {
    PageSnapshot::of(state.view())
}

/// The monitor's state as the page gets it: the engine's view, and the language the window
/// speaks. When that changes (the settings' language, reloaded), the page reads its words
/// from [`catalogue`] again.
#[derive(Debug, Clone, Serialize)]
pub struct PageSnapshot {
    #[serde(flatten)]
    pub view: SnapshotView,
    /// The window's language ("en", "de", "pt-BR"): the catalogue's code.
    pub language: &'static str,
}

impl PageSnapshot {
    pub fn of(view: SnapshotView) -> Self {
        PageSnapshot {
            view,
            language: i18n::current().code,
        }
    }
}

/// The page's words in the window's language: its code, and every `ui-` message by id.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    pub language: &'static str,
    pub messages: BTreeMap<String, String>,
}

/// The facts a page's message may hold, as the page fills them in: names, paths, addresses and
/// error texts, never a count (a sentence with a number in it comes composed from here, like
/// `unverified_titles`).
const PLACEHOLDERS: &[&str] = &[
    "service",
    "group",
    "state",
    "address",
    "path",
    "error",
    "file",
    "place",
    "directive",
];

/// Every `ui-` message of the catalogue, in the window's language: what fills the page's
/// labels (`data-i18n` and `t(id)`). A message with facts keeps each as `{$name}`, for the
/// page to fill in.
#[tauri::command]
pub fn catalogue() -> Words {
    let messages = i18n::message_ids("ui-")
        .into_iter()
        .map(|id| {
            let m = PLACEHOLDERS
                .iter()
                .fold(Message::new(id.clone()), |m, &name| {
                    m.arg(name, format!("{{${name}}}"))
                });
            (id, i18n::render(&m))
        })
        .collect();
    Words {
        language: i18n::current().code,
        messages,
    }
}

/// Uptime bars for 24 h, 7 d and 30 d, latency, and the last 30 days' incidents, as the
/// engine's history view has them. Async, so the queries run off the main thread.
#[tauri::command]
pub async fn history(state: tauri::State<'_, WindowState>) -> Result<PageHistory, CommandError> {
    let now = downbeat::store::unix_ms(SystemTime::now());
    let names = state.service_names();
    let h = match &state.history_path {
        Some(path) => History::open(path)?
            .map(|h| h.with_gap(downbeat::view::history::gap(state.config_path.as_deref()))),
        None => None,
    };
    Ok(PageHistory::of(downbeat::view::history::window(
        h.as_ref(),
        &names,
        now,
    )?))
}

/// The history as the page gets it: the engine's view, and the sentences about it the page
/// shows that have a list in them.
#[derive(Debug, Clone, Serialize)]
pub struct PageHistory {
    #[serde(flatten)]
    pub view: HistoryView,
    /// The tooltip of the "unverified" badge, by service, for each service with checks whose
    /// certificates are not checked: "Certificate checks are off for: front and api".
    pub unverified_titles: BTreeMap<String, String>,
}

impl PageHistory {
    pub fn of(view: HistoryView) -> Self {
        let unverified_titles = view
            .services
            .iter()
            .filter(|s| !s.unverified_checks.is_empty())
            .map(|s| {
                let checks = Arg::list(s.unverified_checks.iter().map(String::as_str));
                (
                    s.name.clone(),
                    i18n::render(&msg!("ui-uptime-unverified-title", checks = checks)),
                )
            })
            .collect();
        PageHistory {
            view,
            unverified_titles,
        }
    }
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
    /// The languages the page's picker lists, each named in itself (the form's `language` is
    /// one of their codes, or "auto").
    pub languages: Vec<LanguageChoice>,
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
        languages: downbeat::config::edit::languages(),
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
            message: CommandError::NoConfigPath.message(),
        });
    };
    downbeat::config::edit::save(path, &form)?;
    // The window speaks the language saved (the page asks for its words again with the
    // next snapshot), and the tray process reloads the file.
    state.follow_language();
    state.tell(ToTray::Reload);
    if let Some(on) = start_at_login {
        autostart::set_autostart(on).map_err(|message| SaveError::Write {
            message: Message::verbatim(message),
        })?;
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
