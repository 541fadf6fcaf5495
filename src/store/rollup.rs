//! Rollups: raw results summed into minute and hour buckets, with each phase's percentiles,
//! for the long history views.

use std::collections::BTreeMap;
use std::time::SystemTime;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::time::unix_ms;

/// Rolls raw results up into `resolution`-second buckets, from the last mark to now. Closed
/// buckets move the mark; with `partial`, the bucket in progress is written too (and redone
/// later). `written_since` (Unix ms) is the earliest result written since the last rollup:
/// when its bucket lies before the mark, the rollup starts there instead, and redoes the
/// buckets that gained late results (each bucket is computed whole from the raw results).
pub(super) fn rollup(
    conn: &Connection,
    resolution: i64,
    partial: bool,
    written_since: Option<i64>,
) -> rusqlite::Result<()> {
    let now_s = unix_ms(SystemTime::now()) / 1000;
    let closed_until = now_s - now_s.rem_euclid(resolution);
    let until = if partial {
        closed_until + resolution
    } else {
        closed_until
    };
    let mark: Option<i64> = conn
        .query_row(
            "SELECT done_until FROM rollup_marks WHERE resolution = ?1",
            [resolution],
            |r| r.get(0),
        )
        .optional()?;
    let from = match mark {
        // At most two hours back: a round is late by seconds; older stamps come from a clock
        // set back, and redoing days of buckets for them would cost more than it mends.
        Some(m) => written_since.map_or(m, |at| {
            let s = at.div_euclid(1000);
            m.min(s - s.rem_euclid(resolution)).max(m - 2 * 3600)
        }),
        None => match conn.query_row("SELECT min(at) FROM results", [], |r| {
            r.get::<_, Option<i64>>(0)
        })? {
            Some(first_ms) => {
                let s = first_ms / 1000;
                s - s.rem_euclid(resolution)
            }
            None => closed_until,
        },
    };
    if from >= until {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT at, service, check_name, status, offline, dns_us, connect_us, tls_us, hello_us, ttfb_us, transfer_us, total_us
         FROM results WHERE at >= ?1 AND at < ?2 ORDER BY at",
    )?;
    type Key = (i64, String, String);
    let mut groups: BTreeMap<Key, Acc> = BTreeMap::new();
    let rows = stmt.query_map(params![from * 1000, until * 1000], |r| {
        let at: i64 = r.get(0)?;
        let bucket = (at / 1000) - (at / 1000).rem_euclid(resolution);
        let phases: [Option<i64>; 7] = [
            r.get(5)?,
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
            r.get(9)?,
            r.get(10)?,
            r.get(11)?,
        ];
        Ok((
            (bucket, r.get::<_, String>(1)?, r.get::<_, String>(2)?),
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            phases,
        ))
    })?;
    for row in rows {
        let (key, status, offline, phases) = row?;
        let acc = groups.entry(key).or_default();
        if offline != 0 {
            acc.counts[3] += 1;
        } else {
            acc.counts[usize::try_from(status).unwrap_or(2).min(2)] += 1;
        }
        for (i, p) in phases.iter().enumerate() {
            if let Some(v) = p {
                acc.phases[i].push(*v);
            }
        }
    }
    let tx = conn.unchecked_transaction()?;
    {
        let mut ins = tx.prepare_cached(
            "INSERT OR REPLACE INTO rollups (resolution, bucket, service, check_name, up, degraded, down, offline, stats)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for ((bucket, service, check), mut acc) in groups {
            let stats = acc.stats_json();
            ins.execute(params![
                resolution,
                bucket,
                service,
                check,
                acc.counts[0],
                acc.counts[1],
                acc.counts[2],
                acc.counts[3],
                stats
            ])?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO rollup_marks (resolution, done_until) VALUES (?1, ?2)",
            params![resolution, closed_until.max(from)],
        )?;
    }
    tx.commit()
}

/// The phases in rollup order.
pub(crate) const PHASES: [&str; 7] = [
    "dns", "connect", "tls", "hello", "ttfb", "transfer", "total",
];

#[derive(Default)]
struct Acc {
    counts: [i64; 4],
    phases: [Vec<i64>; 7],
}

impl Acc {
    fn stats_json(&mut self) -> String {
        let mut m = serde_json::Map::new();
        for (i, name) in PHASES.iter().enumerate() {
            let v = &mut self.phases[i];
            if v.is_empty() {
                continue;
            }
            v.sort_unstable();
            let pick = |q: f64| v[((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1];
            m.insert(
                (*name).into(),
                serde_json::json!([pick(0.50), pick(0.95), v[v.len() - 1]]),
            );
        }
        serde_json::Value::Object(m).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut acc = Acc::default();
        acc.phases[6] = (1..=100).collect();
        let json: serde_json::Value = serde_json::from_str(&acc.stats_json()).unwrap();
        assert_eq!(json["total"], serde_json::json!([50, 95, 100]));
        assert!(json.get("dns").is_none());
    }
}
