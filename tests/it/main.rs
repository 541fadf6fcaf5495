//! The engine's integration tests, as a library (the command line's, which run the `downbeat`
//! binary, are in `cli/tests`), in one binary: each file is a module, so the engine and the
//! test kit are linked once instead of once per file (matklad, "Delete Cargo Integration
//! Tests"). Run one file's tests with `cargo test -p downbeat --test it probes::`.
//!
//! One test file keeps a binary of its own, because it needs the process to itself:
//! `tests/hostile.rs` installs a counting global allocator and asserts the heap's peak during
//! each case, which other tests' allocations in the same process would inflate.

mod catalogue;
mod config_fuzz;
mod monitor;
mod probes;
mod views;
