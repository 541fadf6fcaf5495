//! `--version` and `--help` print and succeed, with no display.

use downbeat_testkit::desktop::without_display;

const APP: &str = env!("CARGO_BIN_EXE_downbeat-desktop");

#[test]
fn version_and_help_print_without_a_display() {
    assert_eq!(
        without_display(APP, "--version"),
        format!("downbeat-desktop {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(without_display(APP, "--help").contains("--open-history"));
}
