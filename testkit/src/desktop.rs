//! For tests of the desktop app: a private X server, a free port, and finding the tools.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A tool on `PATH` (or in `~/.cargo/bin`); panics naming it when it is missing.
pub fn tool(name: &str) -> PathBuf {
    let home_bin = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin").join(name));
    std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .chain(home_bin)
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} is needed for this test (scripts/test installs it)"))
}

/// What a desktop program prints with `arg` (`--version`, `--help`) and no display at all:
/// it must succeed, and say it on stdout.
pub fn without_display(exe: &str, arg: &str) -> String {
    let out = Command::new(exe)
        .arg(arg)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap_or_else(|e| panic!("{exe} {arg}: {e}"));
    assert!(out.status.success(), "{exe} {arg}: {}", out.status);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A free loopback port.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free loopback port: {e}"))
}

/// A private X server (Xvfb) on a display it picks itself, stopped on drop.
///
/// Xvfb chooses the first free display (`-displayfd`), so stale sockets left by a crashed
/// server, another test running at the same time or a desktop on `:0` never collide. Drop
/// sends SIGTERM, so the server removes its socket and lock file.
#[derive(Debug)]
pub struct Xvfb {
    /// ":N", for `DISPLAY`.
    pub display: String,
    child: Child,
}

impl Xvfb {
    /// Starts one with a 1024x800 screen and waits until it listens.
    pub fn start() -> Xvfb {
        let mut child = Command::new(tool("Xvfb"))
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1024x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb: {e}"));
        // Xvfb writes the display number once its sockets listen; EOF means it died.
        let mut line = String::new();
        let read = child
            .stdout
            .take()
            .map(|out| BufReader::new(out).read_line(&mut line));
        let n: u32 = match (read, line.trim().parse()) {
            (Some(Ok(_)), Ok(n)) => n,
            _ => {
                let _ = child.kill();
                let status = child.wait();
                panic!("Xvfb did not start (said {line:?}, {status:?})");
            }
        };
        Xvfb {
            display: format!(":{n}"),
            child,
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM lets Xvfb remove /tmp/.X11-unix/XN and /tmp/.XN-lock; a killed one leaves them.
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
