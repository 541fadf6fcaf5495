//! The history window's integration tests, in one binary: its IPC commands and security
//! settings through Tauri's mock runtime. The tray and the window together, as processes, are
//! tested in `tray/tests` (e2e). Run one file's tests with
//! `cargo test -p downbeat-window --test it commands::`.

mod commands;
mod version;
