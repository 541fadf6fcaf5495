//! The tray process's side of the history window: the window runs in a process of its own
//! (`downbeat-window`, the `src-tauri` crate), started on demand and ended when the window closes, so that its
//! WebKit processes and their memory go with it.

use std::io::BufReader;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Arc, Mutex};

use downbeat::session::Session;
use downbeat_desktop_shared::pipe::{self, ToTray, ToWindow};

/// The window's process while it runs, and the state its requests reach.
#[derive(Debug)]
pub struct WindowProcess {
    running: Mutex<Option<Running>>,
    state: Arc<Session>,
}

#[derive(Debug)]
struct Running {
    child: Child,
    stdin: ChildStdin,
}

impl WindowProcess {
    pub fn new(state: Arc<Session>) -> Arc<WindowProcess> {
        Arc::new(WindowProcess {
            running: Mutex::new(None),
            state,
        })
    }

    /// Sends a message to the window if it is open; a window whose pipe broke is forgotten.
    fn send(&self, m: &ToWindow) -> bool {
        let Ok(mut slot) = self.running.lock() else {
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
        let Ok(mut slot) = self.running.lock() else {
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

    /// Opens the history window (on its settings page, with `settings`): brings it forward if
    /// its process runs, else starts one (`downbeat-window`, beside this program).
    pub fn open(self: &Arc<Self>, settings: bool) {
        let ask = if settings {
            ToWindow::Settings
        } else {
            ToWindow::Focus
        };
        if self.is_open() && self.send(&ask) {
            return;
        }
        let exe = match downbeat_desktop_shared::platform::sibling(
            downbeat_desktop_shared::platform::WINDOW_EXE,
        ) {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!("cannot open the history window: where is it? {e}");
                return;
            }
        };
        let mut cmd = std::process::Command::new(&exe);
        if settings {
            cmd.arg("--settings");
        }
        if let Some(c) = &self.state.config_path {
            cmd.arg("--config").arg(c);
        }
        let spawned = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("cannot open the history window ({}): {e}", exe.display());
                return;
            }
        };
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return;
        };
        let pid = child.id();
        if let Ok(mut slot) = self.running.lock() {
            *slot = Some(Running { child, stdin });
        }
        self.send(&ToWindow::Snapshot {
            view: Box::new(self.state.current_view()),
        });
        // The window's requests, until it closes; then its process is reaped.
        let me = self.clone();
        std::thread::spawn(move || {
            pipe::receive::<ToTray>(BufReader::new(stdout), |m| match m {
                ToTray::CheckNow => me.state.send(downbeat::monitor::Command::CheckNow),
                ToTray::Reload => {
                    me.state.reload(false);
                }
            });
            if let Ok(mut slot) = me.running.lock() {
                if slot.as_ref().is_some_and(|r| r.child.id() == pid) {
                    if let Some(mut r) = slot.take() {
                        let _ = r.child.wait();
                    }
                }
            }
        });
    }

    /// Sends a snapshot (the one the tray just showed) to the window, if it is open.
    pub fn show(&self, snap: &downbeat::view::Snapshot) {
        if self.is_open() {
            self.send(&ToWindow::Snapshot {
                view: Box::new(downbeat::view::view(snap, self.state.problem())),
            });
        }
    }

    /// Closes the history window, which ends its process.
    pub fn close(&self) {
        self.send(&ToWindow::Close);
    }

    /// Ends the window's process with the app.
    pub fn shut(&self) {
        if let Ok(mut slot) = self.running.lock() {
            if let Some(mut r) = slot.take() {
                let _ = pipe::send(&mut r.stdin, &ToWindow::Close);
            }
        }
    }
}
