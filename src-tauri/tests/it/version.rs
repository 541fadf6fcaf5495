//! `--version` and `--help` print and succeed, with no display.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

const APP: &str = env!("CARGO_BIN_EXE_downbeat-desktop");

#[test]
fn version_and_help_print_without_a_display() {
    let out = Command::new(APP)
        .arg("--version")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("downbeat-desktop {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = Command::new(APP)
        .arg("--help")
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--open-history"));
}

/// The window's program says what it is, the history window the tray starts, and not the
/// tray app.
#[test]
fn the_window_says_it_is_the_history_window() {
    const WINDOW: &str = env!("CARGO_BIN_EXE_downbeat-window");
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
