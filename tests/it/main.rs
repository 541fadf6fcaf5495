//! The engine's integration tests, in one binary: each file is a module, so the engine and the
//! test kit are linked once instead of once per file (matklad, "Delete Cargo Integration
//! Tests"). Run one file's tests with `cargo test --test it cli::`.
//!
//! One test file keeps a binary of its own, because it needs the process to itself:
//! `tests/hostile.rs` installs a counting global allocator and asserts the heap's peak during
//! each case, which other tests' allocations in the same process would inflate.

mod causes;
mod cli;
mod config_fuzz;
mod monitor;
mod outside;
mod probes;
mod prometheus;
mod record;
mod serve;
mod spotify_ap;
mod store;
mod views;
mod watch;
