//! The tray process's side of the history window: the window runs in a process of its own
//! (`window_process`), started on demand and ended when the window closes, so that its
//! WebKit processes and their memory go with it.

use std::io::BufReader;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime};

use crate::pipe::{self, ToTray, ToWindow};
use crate::state::AppState;

/// The window's process while it runs.
#[derive(Debug, Default)]
pub struct WindowProcess(Mutex<Option<Running>>);

#[derive(Debug)]
struct Running {
    child: Child,
    stdin: ChildStdin,
}

impl WindowProcess {
    /// Sends a message to the window if it is open; a window whose pipe broke is forgotten.
    fn send(&self, m: &ToWindow) -> bool {
        let Ok(mut slot) = self.0.lock() else {
            return false;
        };
        let Some(r) = slot.as_mut() else {
            return false;
        };
        if pipe::send(&mut r.stdin, m).is_ok() {
            return true;
        }
        if let Some(mut r) = slot.take() {
            let _ = r.child.wait();
        }
        false
    }

    /// Whether the window's process is running.
    pub fn is_open(&self) -> bool {
        let Ok(mut slot) = self.0.lock() else {
            return false;
        };
        match slot.as_mut().map(|r| r.child.try_wait()) {
            Some(Ok(None)) => true,
            Some(_) => {
                *slot = None;
                false
            }
            None => false,
        }
    }
}

/// Opens the history window: brings it forward if its process runs, else starts one.
pub fn open_history<R: Runtime>(app: &AppHandle<R>) {
    open(app, false);
}

/// Opens the window on its settings page.
pub fn open_settings<R: Runtime>(app: &AppHandle<R>) {
    open(app, true);
}

fn open<R: Runtime>(app: &AppHandle<R>, settings: bool) {
    let Some(wp) = app.try_state::<WindowProcess>() else {
        return;
    };
    let ask = if settings {
        ToWindow::Settings
    } else {
        ToWindow::Focus
    };
    if wp.is_open() && wp.send(&ask) {
        return;
    }
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            tracing::warn!("cannot open the history window: where is this program? {e}");
            return;
        }
    };
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("--history-window");
    if settings {
        cmd.arg("--settings");
    }
    if let Some(c) = &state.config_path {
        cmd.arg("--config").arg(c);
    }
    let spawned = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("cannot open the history window: {e}");
            return;
        }
    };
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return;
    };
    let pid = child.id();
    if let Ok(mut slot) = wp.0.lock() {
        *slot = Some(Running { child, stdin });
    }
    wp.send(&ToWindow::Snapshot {
        view: Box::new(state.current_view()),
    });
    // The window's requests, until it closes; then its process is reaped.
    let app = app.clone();
    std::thread::spawn(move || {
        pipe::receive::<ToTray>(BufReader::new(stdout), |m| match m {
            ToTray::CheckNow => {
                if let Some(s) = app.try_state::<AppState>() {
                    s.send(downbeat::monitor::Command::CheckNow);
                }
            }
            ToTray::Reload => {
                if let Some(s) = app.try_state::<AppState>() {
                    s.reload();
                }
            }
        });
        if let Some(wp) = app.try_state::<WindowProcess>() {
            if let Ok(mut slot) = wp.0.lock() {
                if slot.as_ref().is_some_and(|r| r.child.id() == pid) {
                    if let Some(mut r) = slot.take() {
                        let _ = r.child.wait();
                    }
                }
            }
        }
    });
}

/// Sends a snapshot (the one the tray just showed) to the window, if it is open.
pub fn show<R: Runtime>(app: &AppHandle<R>, snap: &downbeat::view::Snapshot) {
    let (Some(wp), Some(state)) = (
        app.try_state::<WindowProcess>(),
        app.try_state::<AppState>(),
    ) else {
        return;
    };
    if wp.is_open() {
        wp.send(&ToWindow::Snapshot {
            view: Box::new(downbeat::view::view(snap, state.problem())),
        });
    }
}

/// Closes the history window, which ends its process.
pub fn close_history<R: Runtime>(app: &AppHandle<R>) {
    if let Some(wp) = app.try_state::<WindowProcess>() {
        wp.send(&ToWindow::Close);
    }
}

/// Ends the window's process with the app.
pub fn shut<R: Runtime>(app: &AppHandle<R>) {
    if let Some(wp) = app.try_state::<WindowProcess>() {
        if let Ok(mut slot) = wp.0.lock() {
            if let Some(mut r) = slot.take() {
                let _ = pipe::send(&mut r.stdin, &ToWindow::Close);
            }
        }
    }
}
