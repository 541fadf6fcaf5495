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
