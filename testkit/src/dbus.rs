//! A private D-Bus session bus (a real dbus-daemon) with a recorder that owns
//! `org.freedesktop.Notifications` and answers, so the real notification path succeeds.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A Notify call as the recorder saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub at: Instant,
    pub app: String,
    /// The freedesktop icon name asked for.
    pub icon: String,
    pub summary: String,
    pub body: String,
}

struct Recorder {
    notes: Arc<Mutex<Vec<Recorded>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Recorder {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, zbus::OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut notes = self.notes.lock().unwrap();
        notes.push(Recorded {
            at: Instant::now(),
            app: app_name,
            icon: app_icon,
            summary,
            body,
        });
        notes.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "downbeat-test-recorder".into(),
            "downbeat".into(),
            "1.0".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// A dbus-daemon for a private session bus, its socket in `dir` (so nothing is left in /tmp),
/// and its address.
pub fn daemon(dir: &Path) -> (Child, String) {
    let listen = format!("--address=unix:dir={}", dir.display());
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1", &listen])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon is needed (Debian package dbus-daemon)");
    let mut address = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut address);
    }
    let address = address.trim().to_owned();
    assert!(!address.is_empty(), "dbus-daemon printed no address");
    (child, address)
}

/// A session bus for one test.
pub struct Bus {
    pub address: String,
    pub notes: Arc<Mutex<Vec<Recorded>>>,
    child: Child,
    conn: zbus::Connection,
    /// Holds the bus's socket, so nothing is left in /tmp once the test ends.
    _dir: tempfile::TempDir,
}

impl Bus {
    pub async fn start() -> Bus {
        let dir = tempfile::tempdir().expect("a temporary folder for the bus's socket");
        let socket_dir = dir.path().to_path_buf();
        let (child, address) = tokio::task::spawn_blocking(move || daemon(&socket_dir))
            .await
            .expect("dbus-daemon started");
        let notes = Arc::new(Mutex::new(Vec::new()));
        let conn = zbus::connection::Builder::address(address.as_str())
            .name("org.freedesktop.Notifications")
            .serve_at(
                "/org/freedesktop/Notifications",
                Recorder {
                    notes: notes.clone(),
                },
            )
            .build()
            .await
            .expect("the recorder could not own org.freedesktop.Notifications");
        Bus {
            address,
            notes,
            child,
            conn,
            _dir: dir,
        }
    }

    pub fn notes(&self) -> Vec<Recorded> {
        self.notes.lock().unwrap().clone()
    }

    /// Waits until at least `n` notifications arrived, or `limit` passed.
    pub async fn wait_for(&self, n: usize, limit: Duration) -> Vec<Recorded> {
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if self.notes.lock().unwrap().len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.notes()
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
