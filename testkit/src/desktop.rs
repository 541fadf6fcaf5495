//! For tests of the desktop app: a private X server, a free port, and finding the tools.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
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

/// A free loopback port.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free loopback port: {e}"))
}

/// A private X server (Xvfb) on the first free display from :90, killed on drop.
#[derive(Debug)]
pub struct Xvfb {
    /// ":90", for `DISPLAY`.
    pub display: String,
    child: Child,
}

impl Xvfb {
    /// Starts one with a 1024x800 screen and waits until it listens.
    pub fn start() -> Xvfb {
        let n = (90..140)
            .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
            .unwrap_or_else(|| panic!("no free X display from :90 to :139"));
        let display = format!(":{n}");
        let child = Command::new(tool("Xvfb"))
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1024x800x24",
                "-nolisten",
                "tcp",
            ])
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("Xvfb: {e}"));
        let until = Instant::now() + Duration::from_secs(10);
        while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            assert!(Instant::now() < until, "Xvfb did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Xvfb { display, child }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
