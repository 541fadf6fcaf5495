//! The window's program: its version and help, without a display.

use downbeat_testkit::desktop::without_display;

const WINDOW: &str = env!("CARGO_BIN_EXE_downbeat-window");

/// The window's program says what it is, the history window the tray starts, and not the
/// tray app.
#[test]
fn the_window_says_it_is_the_history_window() {
    assert_eq!(
        without_display(WINDOW, "--version"),
        format!("downbeat-window {}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = without_display(WINDOW, "--help");
    assert!(help.contains("Downbeat's history window"), "{help}");
    assert!(help.contains("Usage: downbeat-window"), "{help}");
    assert!(!help.contains("system tray"), "{help}");
}
