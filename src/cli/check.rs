//! `downbeat check`: every check once, concurrently, and the verdict.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use super::{load_config, runtime};

/// Runs the round and prints the verdict (a table, or one JSON document); the exit code is the
/// verdict's.
pub fn run(config_path: Option<&Path>, json: bool, utc: bool) -> anyhow::Result<u8> {
    let config = load_config(config_path)?;
    let ctx = downbeat::ProbeContext::from_settings(&config.settings).context("setup error")?;
    let rt = runtime()?;
    let round = rt.block_on(downbeat::run_once(&config, &ctx));
    // A system DNS lookup past its deadline may still be blocking a pool thread: don't wait.
    rt.shutdown_timeout(Duration::from_millis(50));

    let verdict = downbeat::verdict::judge(&round);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &round.to_json(&verdict))
            .context("cannot write JSON")?;
        writeln!(out)?;
    } else {
        out.write_all(super::table::check(&config, &round, &verdict, utc).as_bytes())?;
    }
    Ok(verdict.status.exit_code())
}
