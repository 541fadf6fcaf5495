//! `downbeat watch --json` as a child process: its printed lines (one JSON transition each) and
//! a clean stop, for the tests that follow it through the real notification path.

use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};

use crate::dbus::Bus;

pub struct Watch {
    child: tokio::process::Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    /// Starts `bin watch --json --config config`, its notifications on `bus`, its history in
    /// `data/` beside the config.
    pub async fn start(bin: &str, config: &Path, bus: &Bus) -> Watch {
        Watch::start_command(tokio::process::Command::new(bin), config, bus).await
    }

    /// [`Watch::start`] through `command`: the binary, or a command that runs it (in a network
    /// namespace, say: `netns::Net::on_pc`).
    pub async fn start_command(
        mut command: tokio::process::Command,
        config: &Path,
        bus: &Bus,
    ) -> Watch {
        let data = config.parent().unwrap().join("data");
        let mut child = command
            .args(["watch", "--json", "--config"])
            .arg(config)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DOWNBEAT_DATA_DIR", &data)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let mut reader = BufReader::new(child.stdout.take().unwrap()).lines();
        let l = lines.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = reader.next_line().await {
                l.lock().unwrap().push(line);
            }
        });
        Watch { child, lines }
    }

    /// SIGTERM, then the exit code.
    pub async fn stop(mut self) -> Option<i32> {
        crate::watch::terminate(&mut self.child).await
    }

    /// Every line `watch --json` printed.
    pub fn lines(&self) -> Vec<serde_json::Value> {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    /// The changes: every line but the first states (`from: unknown`).
    pub fn transitions(&self) -> Vec<serde_json::Value> {
        self.lines()
            .into_iter()
            .filter(|t| t["from"] != "unknown")
            .collect()
    }

    /// The first states, printed as each is known: "service (or null) to".
    pub fn first_states(&self) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|t| t["from"] == "unknown")
            .map(|t| format!("{} {}", t["service"], t["to"].as_str().unwrap_or("")))
            .collect()
    }

    /// Each line as "service:cause" ("you" for the user's side), in order.
    pub fn causes(&self) -> Vec<String> {
        self.lines()
            .iter()
            .map(|t| {
                format!(
                    "{}:{}",
                    t["service"].as_str().unwrap_or("you"),
                    t["cause"].as_str().unwrap_or("?")
                )
            })
            .collect()
    }
}

/// SIGTERM to a child, then its exit code (within 5 s).
pub async fn terminate(child: &mut tokio::process::Child) -> Option<i32> {
    let pid = child.id()?.to_string();
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status();
    let status = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
    status.ok().and_then(|s| s.ok()).and_then(|s| s.code())
}

/// `bin history --json --since 1h` of the history in `data`, which must succeed.
pub async fn history(bin: &str, data: &Path) -> serde_json::Value {
    let out = tokio::process::Command::new(bin)
        .args(["history", "--json", "--since", "1h"])
        .env("DOWNBEAT_DATA_DIR", data)
        .output()
        .await
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
