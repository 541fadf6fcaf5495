//! The `downbeat` binary's own parts: the arguments, one file per command, and the tables.
//! The engine (the library) never prints; this is where output is shaped.

pub mod args;
pub mod check;
pub mod config_path;
pub mod history;
pub mod presets;
pub mod since;
pub mod table;
pub mod watch;

use std::path::Path;

use anyhow::Context;

use downbeat::Config;

/// Loads the config and says, on stderr, what it warns about (a check whose TLS verification
/// is off, a timeout longer than the interval).
pub fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let config = Config::load(path).context("config error")?;
    for w in config.warnings() {
        eprintln!("downbeat: warning: {w}");
    }
    Ok(config)
}

/// A small multi-threaded runtime: checks are network-bound.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")
}

/// A moment as the CLI prints it: local time with its offset, or with `--utc` RFC 3339 UTC.
pub fn stamp(t: std::time::SystemTime, utc: bool) -> String {
    let ms = downbeat::model::time::unix_ms(t);
    if utc {
        downbeat::model::time::rfc3339_ms(ms)
    } else {
        downbeat::model::time::local_stamp(ms)
    }
}
