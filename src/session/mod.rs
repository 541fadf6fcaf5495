//! A session: one config file's life in a running program, the same for every front end (the
//! tray, `downbeat watch` and `downbeat serve`). It loads the config, builds and starts the
//! monitor with the history writer, follows the file (and SIGHUP) to reload it without a
//! restart, keeps the last config that loaded running when an edit breaks the file, says when a
//! file that was broken at start loads at last (the tray then starts again on it), and stops
//! with the history written.
//!
//! Front ends add only what is theirs: a notifier, a printer, the metrics' counters, and what
//! they do with what [`Session::follow`] reports.

mod signals;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::{mpsc, watch};

use crate::assemble::assemble;
use crate::config::{Changes, Config};
use crate::error::Error;
use crate::model::Sink;
use crate::monitor::{Command, MonitorHandle, Reload, Snapshot};
use crate::notify::Notifier;
use crate::store::Writer;
use crate::view::SnapshotView;

pub use signals::{hangups, next, stop_signal};

/// The longest a changed config file goes unnoticed (shorter when the interval is).
pub const FOLLOW_EVERY: Duration = Duration::from_secs(2);

/// How long a file seen changing must stand still before it is read: a write in progress is
/// never half read.
const SETTLE: Duration = Duration::from_millis(250);

/// What a front end adds to the monitor of its session.
#[derive(Default)]
pub struct Start {
    /// The config file named on the command line (`--config`); `None`: `DOWNBEAT_CONFIG`, the
    /// platform's file, or the built-in Spotify default.
    pub config: Option<PathBuf>,
    /// The history database (`None`: nothing is recorded).
    pub history: Option<PathBuf>,
    /// Where notifications go, if anywhere.
    pub notifier: Option<Arc<dyn Notifier>>,
    /// More sinks: a printer, the metrics' counters.
    pub sinks: Vec<Arc<dyn Sink>>,
}

impl std::fmt::Debug for Start {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Start")
            .field("config", &self.config)
            .field("history", &self.history)
            .field("sinks", &self.sinks.len())
            .finish_non_exhaustive()
    }
}

/// What following the config file found.
#[derive(Debug, Clone, PartialEq)]
pub enum Followed {
    /// The file changed (or SIGHUP asked) and loaded: the monitor runs on it now. What changed.
    Reloaded { path: PathBuf, changes: Changes },
    /// The file changed and doesn't load: the last config that loaded runs on. The loader's
    /// error (its file, line and column). Said once per version of the file, and on SIGHUP.
    Kept { error: String },
    /// The session could not start on its config, and the file loads now: start a new session
    /// on it (the tray restarts itself).
    LoadsNow { path: PathBuf },
}

/// Speaks the config's language (`[settings] language`, else the system's) from now on: at
/// start, and on each reload, so that an edit of the setting is heard at once.
fn speak(config: &Config) {
    crate::view::i18n::use_language(config.settings.language.as_deref());
}

/// A file's modification time and size, to tell that it changed.
type FileStamp = (Option<SystemTime>, u64);

fn file_stamp(path: Option<&Path>) -> Option<FileStamp> {
    std::fs::metadata(path?)
        .ok()
        .map(|m| (m.modified().ok(), m.len()))
}

/// A running session, or one that could not start on its config (it then says why, and
/// [`Session::follow`] says when the file loads).
#[derive(Debug)]
pub struct Session {
    /// The monitor, unless the config didn't load at start.
    pub monitor: Option<MonitorHandle>,
    /// The config loaded at start. After a reload the monitor's snapshot is what is current.
    pub config: Option<Arc<Config>>,
    /// Why the monitor isn't running (a config error), as the window says it: "Config error: …".
    pub config_error: Option<String>,
    /// That error alone, as the config's loader said it (its file, line and column).
    pub load_error: Option<String>,
    /// The config file named on the command line, passed on to the window's process.
    pub config_path: Option<PathBuf>,
    /// The file followed: the one loaded, or where the platform's would be.
    pub watched: Option<PathBuf>,
    pub history_path: Option<PathBuf>,
    /// The history writer, until [`Session::shutdown`] takes it to wait for its thread.
    writer: Mutex<Option<Writer>>,
    /// What to say about the history at start, one line each (no data folder, a database
    /// moved aside).
    pub notices: Vec<crate::model::Message>,
    /// The config the monitor runs now, to tell what a reload changed.
    running: Mutex<Option<Arc<Config>>>,
    /// The file's stamp when it was last read: a reload of the same file (the window's "saved"
    /// and the follower both ask) is done once.
    loaded: Mutex<Option<FileStamp>>,
    /// Why the edited file did not reload; the monitor runs on with the last config that loaded.
    reload_error: Mutex<Option<String>>,
}

impl Session {
    /// Loads the config and starts on it; a config that doesn't load (or probes that can't be
    /// set up) makes a session that says why and follows the file until it loads. Call it
    /// inside a tokio runtime: the monitor runs on it. For the tray, which shows its errors.
    pub fn start(start: Start) -> Session {
        let loaded = Config::load(start.config.as_deref()).map(Arc::new);
        let config = match loaded {
            Ok(c) => {
                speak(&c);
                for w in c.warnings() {
                    tracing::warn!("{w}");
                }
                for n in c.notes() {
                    tracing::info!("{n}");
                }
                c
            }
            Err(e) => return Session::broken(start.config, start.history, &e),
        };
        let (config_path, history) = (start.config.clone(), start.history.clone());
        match Session::open(config, start) {
            Ok(s) => {
                for n in &s.notices {
                    tracing::warn!("{n}");
                }
                s
            }
            Err(e) => Session::broken(config_path, history, &e),
        }
    }

    /// Starts on a config the caller loaded (and said the warnings of), or says why the probes
    /// can't be set up. For `watch` and `serve`, which stop on a config error at start.
    pub fn run(config: Arc<Config>, start: Start) -> Result<Session, Error> {
        Session::open(config, start)
    }

    fn open(config: Arc<Config>, start: Start) -> Result<Session, Error> {
        speak(&config);
        let (config_path, history_path) = (start.config, start.history);
        let assembly = assemble(config.clone(), history_path.as_deref())?;
        let mut monitor = assembly.monitor;
        if let Some(n) = start.notifier {
            monitor = monitor.notifier(n);
        }
        for s in start.sinks {
            monitor = monitor.sink(s);
        }
        let watched = Config::file(config_path.as_deref());
        Ok(Session {
            monitor: Some(monitor.spawn()),
            config: Some(config.clone()),
            config_error: None,
            load_error: None,
            loaded: Mutex::new(file_stamp(watched.as_deref())),
            config_path,
            watched,
            history_path,
            writer: Mutex::new(assembly.writer),
            notices: assembly.notices,
            running: Mutex::new(Some(config)),
            reload_error: Mutex::new(None),
        })
    }

    fn broken(config_path: Option<PathBuf>, history_path: Option<PathBuf>, e: &Error) -> Session {
        let watched = Config::file(config_path.as_deref());
        Session {
            monitor: None,
            config: None,
            config_error: Some(crate::view::config_error_line(&e.to_string())),
            load_error: Some(e.to_string()),
            loaded: Mutex::new(file_stamp(watched.as_deref())),
            config_path,
            watched,
            history_path,
            writer: Mutex::new(None),
            notices: Vec::new(),
            running: Mutex::new(None),
            reload_error: Mutex::new(None),
        }
    }

    /// Reloads the config file into the running monitor when it changed since it was last
    /// read, or always with `force` (SIGHUP). A file that does not load changes nothing: the
    /// monitor runs on with the config it has, and [`Session::reload_problem`] says why until a
    /// version of the file loads. Returns what happened, if anything.
    pub fn reload(&self, force: bool) -> Option<Followed> {
        let Some(m) = &self.monitor else {
            tracing::warn!("the config changed, but the monitor did not start: restart Downbeat");
            return None;
        };
        if !self.take_change(force) {
            return None;
        }
        let loaded = Config::load(self.config_path.as_deref())
            .and_then(|c| crate::ProbeContext::from_settings(&c.settings).map(|ctx| (c, ctx)));
        match loaded {
            Ok((config, ctx)) => {
                speak(&config);
                for w in config.warnings() {
                    tracing::warn!("{w}");
                }
                let config = Arc::new(config);
                let changes = match self.running.lock() {
                    Ok(mut running) => {
                        let c = running
                            .as_deref()
                            .map(|old| Changes::between(old, &config))
                            .unwrap_or_default();
                        *running = Some(config.clone());
                        c
                    }
                    Err(_) => Changes::default(),
                };
                // The history's gap and retention follow the new interval and keep_* too.
                self.with_writer(|w| {
                    w.reconfigure(
                        config.settings.retention,
                        crate::store::max_gap(
                            config.settings.interval,
                            config.settings.backoff_max,
                        ),
                    );
                });
                m.send(Command::Reload(Box::new(Reload { config, ctx })));
                m.send(Command::CheckNow);
                self.set_reload_error(None);
                let path = self.watched.clone().unwrap_or_default();
                Some(Followed::Reloaded { path, changes })
            }
            Err(e) => {
                let error = e.to_string();
                let new = self.set_reload_error(Some(error.clone()));
                (new || force).then_some(Followed::Kept { error })
            }
        }
    }

    /// Records why the config did not reload (or that it did); whether that changed.
    fn set_reload_error(&self, error: Option<String>) -> bool {
        match self.reload_error.lock() {
            Ok(mut slot) if *slot != error => {
                *slot = error;
                true
            }
            _ => false,
        }
    }

    /// Follows the config file on the current tokio runtime: every [`FOLLOW_EVERY`] (or the
    /// interval, when shorter) it reloads a file that changed, and at once on each message of
    /// `reload_now` ([`hangups`]: SIGHUP, for a program that has no terminal to hang up). What
    /// it finds comes on the returned channel, for the front end to say. A session that could
    /// not start watches the file until a version of it loads, says so, and ends.
    pub fn follow(
        self: &Arc<Self>,
        mut reload_now: Option<mpsc::UnboundedReceiver<()>>,
    ) -> mpsc::UnboundedReceiver<Followed> {
        let (tx, rx) = mpsc::unbounded_channel();
        let every = self
            .config
            .as_ref()
            .map_or(FOLLOW_EVERY, |c| c.settings.interval.min(FOLLOW_EVERY));
        let me = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                let force = tokio::select! {
                    _ = tick.tick() => false,
                    () = next(&mut reload_now) => {
                        tracing::info!("reloading the config, as asked (SIGHUP)");
                        true
                    }
                };
                // A file seen changing may still be being written (an editor that truncates,
                // then writes): it is read once it has stood still a moment.
                if !force && me.changed() {
                    tokio::time::sleep(SETTLE).await;
                }
                if me.monitor.is_some() {
                    if let Some(f) = me.reload(force) {
                        if tx.send(f).is_err() {
                            return;
                        }
                    }
                    continue;
                }
                if let Some(path) = me.loads_now(force) {
                    tracing::info!("{} loads now", path.display());
                    let _ = tx.send(Followed::LoadsNow { path });
                    return;
                }
            }
        });
        rx
    }

    /// The file differs from when it was last read.
    fn changed(&self) -> bool {
        let stamp = file_stamp(self.watched.as_deref());
        self.loaded.lock().map(|l| *l != stamp).unwrap_or(false)
    }

    /// For a session that could not start: the file, once it changed (or with `force`) and
    /// loads.
    fn loads_now(&self, force: bool) -> Option<PathBuf> {
        let path = self.watched.clone()?;
        if !self.take_change(force) {
            return None;
        }
        Config::load(Some(&path)).is_ok().then_some(path)
    }

    /// Whether the file is to be read now: it changed since it was last read, or `force`. The
    /// version read now is recorded, so it is read once.
    fn take_change(&self, force: bool) -> bool {
        let stamp = file_stamp(self.watched.as_deref());
        match self.loaded.lock() {
            Ok(mut last) => force || std::mem::replace(&mut *last, stamp) != stamp,
            Err(_) => true,
        }
    }

    /// The config file was edited and no longer loads, while the monitor runs on the last one
    /// that did: the loader's error (file, line and column).
    pub fn reload_problem(&self) -> Option<String> {
        self.reload_error.lock().ok().and_then(|e| e.clone())
    }

    /// Stops, for a front end that can't wait (the tray's event loop ends): the monitor stops,
    /// and the history writes what it has and ends the open incidents at their last
    /// observation, so a restart that finds the same failure continues them.
    pub fn stop(&self) {
        self.send(Command::Shutdown);
        self.with_writer(Writer::stop);
    }

    /// Stops and waits: the round in flight is recorded (the monitor's task ends), then the
    /// history is written as [`Session::stop`] writes it, and its database closed.
    pub async fn shutdown(&self) {
        self.send(Command::Shutdown);
        if let Some(mut rx) = self.snapshots() {
            // The monitor's task holds the sender: it is gone when the task has ended.
            while rx.changed().await.is_ok() {}
        }
        let writer = self.writer.lock().ok().and_then(|mut w| w.take());
        if let Some(w) = writer {
            let _ = tokio::task::spawn_blocking(move || w.shutdown()).await;
        }
    }

    /// Runs `f` on the history writer, if there is one (and it hasn't been shut down).
    fn with_writer(&self, f: impl FnOnce(&Writer)) {
        if let Ok(w) = self.writer.lock() {
            if let Some(w) = w.as_ref() {
                f(w);
            }
        }
    }

    /// The history writer's status, if there is a writer.
    fn writer_status(&self) -> Option<crate::store::WriterStatus> {
        self.writer.lock().ok()?.as_ref().map(Writer::status)
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
        if let Some(e) = self.reload_problem() {
            return Some(crate::view::config_kept_line(&e));
        }
        let st = self.writer_status()?;
        st.last_error
            .or(st.maintenance_error)
            .or(st.notice)
            .map(|m| m.to_string())
    }

    /// The history writer's latest error, if any (a full or read-only disk): what `watch` says
    /// once when it appears.
    pub fn history_error(&self) -> Option<String> {
        let st = self.writer_status()?;
        st.last_error
            .or(st.maintenance_error)
            .map(|m| m.to_string())
    }

    /// What the window shows now.
    pub fn current_view(&self) -> SnapshotView {
        let snap = self.snapshots().map(|rx| rx.borrow().clone());
        match snap {
            Some(s) => crate::view::view(&s, self.problem()),
            None => SnapshotView::waiting(self.problem()),
        }
    }
}

#[cfg(test)]
mod tests;
