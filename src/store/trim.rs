//! Trimming: what is past retention is deleted, in small batches.

use std::time::SystemTime;

use rusqlite::Connection;

use super::Retention;
use crate::model::time::unix_ms;

/// Deletes what is past retention, in small batches so readers are never blocked for long.
pub(super) fn trim(
    conn: &Connection,
    retention: Retention,
    now: SystemTime,
) -> rusqlite::Result<()> {
    let now_ms = unix_ms(now);
    let raw_cut = now_ms - retention.raw.as_millis() as i64;
    let rollup_cut = now_ms - retention.rollups.as_millis() as i64;
    loop {
        let n = conn.execute(
            "DELETE FROM results WHERE id IN (SELECT id FROM results WHERE at < ?1 LIMIT 5000)",
            [raw_cut],
        )?;
        if n == 0 {
            break;
        }
    }
    conn.execute(
        "DELETE FROM rollups WHERE resolution = 60 AND bucket < ?1",
        [raw_cut / 1000],
    )?;
    conn.execute(
        "DELETE FROM rollups WHERE resolution = 3600 AND bucket < ?1",
        [rollup_cut / 1000],
    )?;
    conn.execute(
        "DELETE FROM incidents WHERE end IS NOT NULL AND end < ?1",
        [rollup_cut],
    )?;
    Ok(())
}
