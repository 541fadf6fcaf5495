//! The command line's integration tests, in one binary: each file is a module, so the engine,
//! this crate and the test kit are linked once instead of once per file (matklad, "Delete Cargo
//! Integration Tests"). Each runs the real `downbeat` binary against loopback servers. Run one
//! file's tests with `cargo test -p downbeat-cli --test it cli::`.

mod causes;
mod cli;
mod languages;
mod outside;
mod prometheus;
mod record;
mod serve;
mod spotify_ap;
mod store;
mod watch;
mod your_side;
