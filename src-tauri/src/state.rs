//! The tray process's state: the config it runs on (or why it can't), the monitor, and the
//! history writer. Built once at start-up; the menu and the file follower reload through it.

use std::path::PathBuf;
use std::sync::Arc;

use downbeat::assemble::assemble;
use downbeat::monitor::{Command, MonitorHandle, Snapshot};
use downbeat::notify::DesktopNotifier;
use downbeat::store::Writer;
use downbeat::Config;
use tokio::sync::watch;

/// Everything the commands and the menu need. Built once at start-up.
#[derive(Debug)]
pub struct AppState {
    pub monitor: Option<MonitorHandle>,
    /// The config loaded at start (the tray's first menu and the welcome). After a reload the
    /// monitor's snapshot is what is current: the tray and the window follow it, not this.
    pub config: Option<Arc<Config>>,
    /// Why the monitor isn't running (a config error), if it isn't: "Config error: …".
    pub config_error: Option<String>,
    /// That error alone, as the config's loader said it (its file, line and column).
    pub load_error: Option<String>,
    /// The config file given with `--config`, passed on to the window's process.
    pub config_path: Option<PathBuf>,
    pub history_path: Option<PathBuf>,
    pub writer: Option<Writer>,
    /// The config file's modification time and size when it was last loaded: a reload of the
    /// same file (the window's "saved" and the file follower both ask) is done once.
    loaded: std::sync::Mutex<Option<FileStamp>>,
    /// Why the file, edited while the monitor runs, did not reload (its file, line and column):
    /// the monitor runs on with the last config that loaded, and the tray and the window say so.
    reload_error: std::sync::Mutex<Option<String>>,
}

/// A file's modification time and size, to tell that it changed.
pub(crate) type FileStamp = (Option<std::time::SystemTime>, u64);

pub(crate) fn file_stamp(path: &std::path::Path) -> Option<FileStamp> {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.modified().ok(), m.len()))
}

fn config_stamp(explicit: Option<&std::path::Path>) -> Option<FileStamp> {
    Config::locate(explicit).as_deref().and_then(file_stamp)
}

impl AppState {
    /// Loads the config (`--config`, `DOWNBEAT_CONFIG` or the platform file, else the built-in
    /// Spotify preset), opens the history store and starts the monitor. Call it inside a tokio
    /// runtime: the monitor runs on it.
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
                    config_error: Some(downbeat::view::config_error_line(&e.to_string())),
                    load_error: Some(e.to_string()),
                    config_path: config_path.map(Into::into),
                    history_path,
                    writer: None,
                    loaded: std::sync::Mutex::new(config_stamp(config_path)),
                    reload_error: std::sync::Mutex::new(None),
                }
            }
        };
        for n in &assembly.notices {
            tracing::warn!("{n}");
        }
        // In the tray's tokio runtime, which the caller has entered.
        let monitor = assembly
            .monitor
            .notifier(Arc::new(DesktopNotifier::new()))
            .spawn();
        let writer = assembly.writer;
        AppState {
            monitor: Some(monitor),
            config: Some(config),
            config_error: None,
            load_error: None,
            config_path: config_path.map(Into::into),
            history_path,
            writer,
            loaded: std::sync::Mutex::new(config_stamp(config_path)),
            reload_error: std::sync::Mutex::new(None),
        }
    }

    /// Reloads the config file (the settings were saved, or it was edited) into the running
    /// monitor. A file that does not load changes nothing: the monitor runs on with the config it
    /// has, and [`AppState::reload_problem`] says why until a version of the file loads. Returns
    /// whether that problem changed (the tray and the window then show it, or stop showing it).
    pub fn reload(&self) -> bool {
        let Some(m) = &self.monitor else {
            tracing::warn!("the config was saved, but the monitor did not start: restart Downbeat");
            return false;
        };
        // Once per version of the file.
        let stamp = config_stamp(self.config_path.as_deref());
        match self.loaded.lock() {
            Ok(last) if *last == stamp => return false,
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
                self.set_reload_error(None)
            }
            Err(e) => {
                tracing::warn!("the config was not reloaded: {e}");
                self.set_reload_error(Some(e.to_string()))
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

    /// The config file was edited and no longer loads, while the monitor runs on the last one
    /// that did: the loader's error (file, line and column).
    pub fn reload_problem(&self) -> Option<String> {
        self.reload_error.lock().ok().and_then(|e| e.clone())
    }

    /// Downbeat stops (quit, SIGTERM, a Windows shutdown): the monitor stops, and the history
    /// writes what it has and ends the open incidents at their last observation, so a restart
    /// that finds the same failure continues them.
    pub fn stop(&self) {
        self.send(Command::Shutdown);
        if let Some(w) = &self.writer {
            w.stop();
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
        if let Some(e) = self.reload_problem() {
            return Some(downbeat::view::config_kept_line(&e));
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
