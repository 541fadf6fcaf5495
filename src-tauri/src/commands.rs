//! IPC commands for the history window, and the data they send. The window is granted exactly
//! these (capabilities/history.json), nothing else.

// Tauri hands commands their state by value.
#![allow(clippy::needless_pass_by_value)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use downbeat::config::edit::{Form, SaveError};
use downbeat::model::time::{human_span, ms, rfc3339};
use downbeat::model::{Cause, CheckResult, State};
use downbeat::monitor::{Paused, Snapshot};
use downbeat::store::{Bucket, History, Incident, LatencyBucket};
use serde::{Deserialize, Serialize};

use crate::pipe::ToTray;
use crate::window_process::WindowState;

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

/// One check as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckView {
    pub name: String,
    pub kind: String,
    pub status: String,
    pub diagnosis: String,
    pub detail: String,
    /// The phase that failed, to highlight.
    pub failed_phase: Option<String>,
    pub phases_ms: BTreeMap<String, Option<f64>>,
    pub checked_at: String,
    /// The check runs with `insecure = true`: its certificate is not verified.
    pub unverified: bool,
    /// An access-point check: the access point (`host:port`) that answered, else the one that
    /// got furthest.
    pub access_point: Option<String>,
}

/// One service as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ServiceView {
    pub name: String,
    pub state: String,
    /// The one word shown for it, the same as the CLI's and the tray's: its state, or the
    /// user's-side problem that explains it ("offline", "blocked", "sign-in needed").
    pub word: String,
    /// "service", "dns_filtered", …, or "none".
    pub cause: String,
    pub since: Option<String>,
    pub check: Option<String>,
    pub headline: Option<String>,
    pub detail: Option<String>,
    pub checks: Vec<CheckView>,
    /// Its groups (the apps, the web player, …) and how each stands, and the sentence that
    /// says which are hit and which still work.
    pub groups: Vec<GroupView>,
    pub groups_line: Option<String>,
}

/// One group as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct GroupView {
    pub name: String,
    /// "up", "degraded", "down", or "unknown" before its first result.
    pub status: String,
}

/// The monitor's state for the window, sent by `snapshot` and the `snapshot` event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotView {
    pub overall: String,
    pub connection: String,
    /// The cause behind `overall`, whose side it is on, and what helps.
    pub cause: String,
    pub blame: String,
    pub advice: String,
    pub verdict: String,
    pub paused_until: Option<String>,
    pub paused: bool,
    pub checking: bool,
    pub last_checked: Option<String>,
    pub problem: Option<String>,
    pub services: Vec<ServiceView>,
    /// "Your connection: fine (3 of 3 sites answer)", and the baseline checks behind it.
    pub connection_line: String,
    pub baseline: Vec<CheckView>,
}

impl SnapshotView {
    /// Before the monitor's first state (or without a monitor): waiting, or the problem.
    pub fn waiting(problem: Option<String>) -> Self {
        SnapshotView {
            overall: "unknown".into(),
            connection: "unknown".into(),
            cause: "none".into(),
            blame: "none".into(),
            advice: String::new(),
            // The problem itself is said once, below the verdict.
            verdict: if problem.is_some() {
                "Downbeat is not checking anything: see the problem below".into()
            } else {
                String::new()
            },
            paused_until: None,
            paused: false,
            checking: false,
            last_checked: None,
            problem,
            services: Vec::new(),
            connection_line: String::new(),
            baseline: Vec::new(),
        }
    }
}

/// The user's own connection in one line: "Your connection: fine (3 of 3 sites answer)".
pub fn connection_line(s: &Snapshot) -> String {
    if s.baseline_checks == 0 {
        return "Your connection: not checked (the baseline is off)".into();
    }
    let word = match (s.connection_cause.state_word(), s.connection) {
        (Some(w), _) => w,
        (None, State::Unknown) => "checking…",
        (None, _) => "fine",
    };
    let answered = s
        .baseline
        .iter()
        .filter(|c| c.report.status == downbeat::model::Status::Up)
        .count();
    match s.baseline.len() {
        0 => format!("Your connection: {word}"),
        1 => format!("Your connection: {word} ({answered} of 1 site answers)"),
        n => format!("Your connection: {word} ({answered} of {n} sites answer)"),
    }
}

/// A check's latest result as the window shows it.
fn check_view(c: &CheckResult, at: SystemTime) -> CheckView {
    let r = &c.report;
    CheckView {
        name: c.name.clone(),
        kind: r.kind.as_str().to_owned(),
        status: r.status.as_str().to_owned(),
        diagnosis: r.diagnosis.as_str().to_owned(),
        detail: r.detail.clone(),
        failed_phase: r.failed_phase.map(|p| p.as_str().to_owned()),
        phases_ms: r
            .phases
            .named()
            .iter()
            .map(|(p, d)| (p.as_str().to_owned(), d.map(ms)))
            .collect(),
        checked_at: rfc3339(at),
        unverified: r.unverified,
        access_point: r.access_point.as_ref().and_then(|a| a.answered.clone()),
    }
}

/// The verdict line: "Spotify: down, TLS certificate expired, for 12 min".
pub fn verdict_line(s: &Snapshot) -> String {
    match s.paused {
        Paused::UntilResumed => return "Paused until resumed".into(),
        Paused::Until(t) => {
            let left = t.duration_since(SystemTime::now()).unwrap_or_default();
            return format!(
                "Paused for {}",
                human_span(left.max(Duration::from_secs(1)))
            );
        }
        Paused::No => {}
    }
    if s.last_checked.is_none() {
        return "Checking…".into();
    }
    // A problem on the user's side is said first, in the words the CLI and notifications use.
    let first = s
        .services
        .iter()
        .find(|v| v.cause == s.cause)
        .or(s.services.first())
        .map_or("the services", |v| v.name.as_str());
    if let Some(line) = s.cause.line(first) {
        return line;
    }
    let parts: Vec<String> = s
        .services
        .iter()
        .map(|v| service_line(v, s.connection_cause))
        .collect();
    parts.join(" · ")
}

/// "Spotify: down, TLS certificate expired, for 12 min"; "Spotify: blocked, your network's DNS
/// blocks it"; "Spotify: offline" while the user's side (`connection`) explains everything.
pub fn service_line(v: &downbeat::monitor::ServiceView, connection: Cause) -> String {
    let cause = explained(v, connection);
    if let Some(word) = cause.state_word() {
        return if cause == v.cause {
            format!("{}: {word}, {}", v.name, cause.headline())
        } else {
            format!("{}: {word}", v.name)
        };
    }
    let mut line = format!("{}: {}", v.name, v.state);
    // Which of its groups are hit, when its checks are grouped: "down (the Spotify apps)".
    let hit: Vec<&str> = v
        .groups
        .iter()
        .filter(|g| g.status.is_some_and(|s| s > downbeat::Status::Up))
        .map(|g| g.name.as_str())
        .collect();
    if v.state > State::Up && !hit.is_empty() && hit.len() < v.groups.len() {
        line.push_str(&format!(" ({})", hit.join(", ")));
    }
    if v.state > State::Up {
        if let Some(d) = v.diagnosis {
            line.push_str(&format!(", {}", d.headline()));
        }
        if let Some(since) = v
            .since
            .and_then(|t| SystemTime::now().duration_since(t).ok())
        {
            line.push_str(&format!(", for {}", human_span(since)));
        }
    }
    if v.unverified {
        line.push_str(" (unverified)");
    }
    line
}

/// The cause that explains a service's state: the user's whole side when it has a problem
/// that explains everything, else the service's own.
fn explained(v: &downbeat::monitor::ServiceView, connection: Cause) -> Cause {
    if connection.explains_everything() {
        connection
    } else {
        v.cause
    }
}

/// A service's one word: "up", "down", or the user's-side problem ("offline", "blocked").
fn service_word(v: &downbeat::monitor::ServiceView, connection: Cause) -> String {
    explained(v, connection)
        .state_word()
        .map_or_else(|| v.state.as_str().to_owned(), str::to_owned)
}

/// The window's view of a snapshot.
pub fn view(s: &Snapshot, problem: Option<String>) -> SnapshotView {
    SnapshotView {
        overall: s.overall.as_str().to_owned(),
        connection: s.connection.as_str().to_owned(),
        cause: s.cause.as_str().to_owned(),
        blame: s.cause.blame().as_str().to_owned(),
        advice: s.cause.advice().to_owned(),
        verdict: verdict_line(s),
        paused_until: match s.paused {
            Paused::Until(t) => Some(rfc3339(t)),
            _ => None,
        },
        paused: s.paused != Paused::No,
        checking: s.checking,
        last_checked: s.last_checked.map(rfc3339),
        problem,
        connection_line: connection_line(s),
        baseline: s
            .baseline_at
            .map(|at| s.baseline.iter().map(|c| check_view(c, at)).collect())
            .unwrap_or_default(),
        services: s
            .services
            .iter()
            .map(|v| ServiceView {
                name: v.name.clone(),
                state: v.state.as_str().to_owned(),
                word: service_word(v, s.connection_cause),
                cause: explained(v, s.connection_cause).as_str().to_owned(),
                since: v.since.map(rfc3339),
                check: v.check.clone(),
                headline: v
                    .diagnosis
                    .filter(|_| v.state > State::Up)
                    .map(|d| d.headline().to_owned()),
                detail: v.detail.clone(),
                checks: v
                    .checked_at
                    .map(|at| v.checks.iter().map(|c| check_view(c, at)).collect())
                    .unwrap_or_default(),
                groups: v
                    .groups
                    .iter()
                    .map(|g| GroupView {
                        name: g.name.clone(),
                        status: g.status.map_or("unknown", |s| s.as_str()).to_owned(),
                    })
                    .collect(),
                // Said only while the service's own trouble is what the user sees.
                groups_line: v
                    .groups_line
                    .clone()
                    .filter(|_| !s.connection_cause.explains_everything()),
            })
            .collect(),
    }
}

/// The current state of every service.
#[tauri::command]
pub fn snapshot(state: tauri::State<'_, WindowState>) -> SnapshotView {
    state.view()
}

/// A window of history: uptime, status buckets and latency per service.
#[derive(Debug, Clone, Serialize)]
pub struct WindowView {
    pub uptime_pct: Option<f64>,
    pub buckets: Vec<Bucket>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceHistory {
    pub name: String,
    pub windows: BTreeMap<String, WindowView>,
    pub latency: Vec<LatencyBucket>,
    /// What `latency` covers: "24h" (half-hour medians), or "1h" (the rounds themselves, in
    /// 5 s slots) while the day has too little for a chart.
    pub latency_span: &'static str,
    /// Checks with unverified results (`insecure = true`) in the last 30 days.
    pub unverified_checks: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryView {
    pub now_ms: i64,
    /// Every diagnosis code and its plain-words headline.
    pub diagnoses: BTreeMap<&'static str, &'static str>,
    pub services: Vec<ServiceHistory>,
    pub incidents: Vec<Incident>,
    pub recorded: bool,
}

const DAY: i64 = 86_400_000;

impl HistoryView {
    /// Nothing recorded (yet).
    fn nothing(now_ms: i64) -> Self {
        HistoryView {
            now_ms,
            diagnoses: diagnoses(),
            services: Vec::new(),
            incidents: Vec::new(),
            recorded: false,
        }
    }
}

fn diagnoses() -> BTreeMap<&'static str, &'static str> {
    downbeat::Diagnosis::ALL
        .iter()
        .map(|d| (d.as_str(), d.headline()))
        .collect()
}

/// Uptime bars for 24 h, 7 d and 30 d, latency for 24 h, and the last 30 days' incidents.
/// Async, so the queries run off the main thread.
#[tauri::command]
pub async fn history(state: tauri::State<'_, WindowState>) -> Result<HistoryView, CommandError> {
    let now = downbeat::store::unix_ms(SystemTime::now());
    let names = state.service_names();
    let Some(path) = &state.history_path else {
        return Ok(HistoryView::nothing(now));
    };
    let Some(h) = History::open(path)? else {
        return Ok(HistoryView::nothing(now));
    };
    let mut services = Vec::new();
    for name in names {
        let mut windows = BTreeMap::new();
        let mut unverified_checks = Vec::new();
        for (label, span, n) in [("24h", DAY, 48), ("7d", 7 * DAY, 84), ("30d", 30 * DAY, 90)] {
            let uptime = h.uptime(&name, now - span, now)?;
            unverified_checks = uptime.unverified_checks;
            windows.insert(
                label.to_owned(),
                WindowView {
                    uptime_pct: uptime.uptime_pct,
                    buckets: h.timeline(&name, now - span, now, n)?,
                },
            );
        }
        let mut latency = h.latency(&name, now - DAY, now, 48)?;
        let mut latency_span = "24h";
        let filled = |l: &[LatencyBucket]| l.iter().filter(|b| !b.phases.is_empty()).count();
        if filled(&latency) < 3 {
            // The first hours: the last hour's results (5 s slots: one round each at the usual
            // intervals) rather than a lone half-hour dot.
            let recent = h.latency(&name, now - DAY / 24, now, 720)?;
            if filled(&recent) > filled(&latency) {
                latency = recent;
                latency_span = "1h";
            }
        }
        services.push(ServiceHistory {
            name,
            windows,
            latency,
            latency_span,
            unverified_checks,
        });
    }
    let mut incidents = h.incidents(now - 30 * DAY, None, now)?;
    incidents.truncate(50);
    Ok(HistoryView {
        now_ms: now,
        diagnoses: diagnoses(),
        services,
        incidents,
        recorded: true,
    })
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
    h.export_csv(now - 30 * DAY, &mut w)?;
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
pub async fn settings<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: tauri::State<'_, WindowState>,
) -> Result<SettingsView, CommandError> {
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
        start_at_login: crate::autostart(&app),
    })
}

/// Saves the settings into the config file (validated first; nothing is written on an error)
/// and has the tray process reload it.
#[tauri::command]
pub async fn save_settings<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
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
        crate::set_autostart(&app, on).map_err(|message| SaveError::Write { message })?;
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
