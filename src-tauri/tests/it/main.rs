//! The desktop app's integration tests, in one binary: each file is a module, so Tauri, WebKit
//! and the engine are linked once instead of once per file. Run one file's tests with
//! `cargo test -p downbeat-desktop --test it e2e::`.
//!
//! Every child process these tests start gets its display, bus, config and data folder passed
//! explicitly, so tests that run side by side in this one process don't share them.

mod commands;

/// Held by a test while it changes the process's environment and starts something that reads
/// it (the data folder), so tests side by side don't take each other's.
static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

mod e2e;
mod first_run;
mod version;
