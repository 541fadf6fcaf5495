//! The window's program: its version and help, without a display.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

const WINDOW: &str = env!("CARGO_BIN_EXE_downbeat-window");

/// The window's program says what it is, the history window the tray starts, and not the
/// tray app.
#[test]
fn the_window_says_it_is_the_history_window() {
    let out = Command::new(WINDOW)
        .arg("--version")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("downbeat-window {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = Command::new(WINDOW)
        .arg("--help")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("Downbeat's history window"), "{help}");
    assert!(help.contains("Usage: downbeat-window"), "{help}");
    assert!(!help.contains("system tray"), "{help}");
}
