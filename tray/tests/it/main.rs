//! The tray's integration tests, in one binary: each file is a module, so the engine and GTK
//! are linked once instead of once per file. Run one file's tests with
//! `cargo test -p downbeat-desktop --test it e2e::`.
//!
//! The end-to-end tests run the tray's program and the window's (`downbeat-window`, the
//! `downbeat-window` crate's), which `cargo test --workspace` builds into the same folder: the
//! tray finds it beside itself, as it does installed.
//!
//! Every child process these tests start gets its display, bus, config and data folder passed
//! explicitly, so tests that run side by side in this one process don't share them.

/// Held by a test while it changes the process's environment and starts something that reads
/// it (the data folder), so tests side by side don't take each other's.
static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The window's program, beside the tray's as installed. `cargo test --workspace` builds both;
/// `cargo test -p downbeat-desktop` alone does not build the window's.
fn window_exe() -> std::path::PathBuf {
    let tray = std::path::Path::new(env!("CARGO_BIN_EXE_downbeat-desktop"));
    let window = tray.with_file_name(format!("downbeat-window{}", std::env::consts::EXE_SUFFIX));
    assert!(
        window.exists(),
        "{} is not built: run `cargo build -p downbeat-window` (cargo test --workspace builds it)",
        window.display()
    );
    window
}

mod e2e;
mod first_run;
mod state;
mod version;
