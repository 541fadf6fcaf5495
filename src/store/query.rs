//! Read-side queries: status timelines, latency percentiles, the services and the CSV export
//! (uptime and incidents, which are about time watched, are `spans.rs`).
//!
//! Windows up to two days are answered from raw results (exact). Longer ones use the hourly
//! rollups plus the raw results of the hour in progress; there a bucket's p50 is the median of
//! its hours' p50s and its p95 the highest hourly p95 (an upper bound, never an understatement).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::rollup::PHASES;
use super::{open_for_reading, StoreError};
use crate::model::time::rfc3339_ms;

const RAW_WINDOW_MS: i64 = 2 * 86_400_000;

/// Counts of results per status in one timeline bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Bucket {
    pub start_ms: i64,
    pub up: i64,
    pub degraded: i64,
    pub down: i64,
    /// Results taken while the baseline was failing (not counted against the service).
    pub offline: i64,
}

/// Percentiles of one phase, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PhaseStats {
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
}

/// Latency percentiles per phase in one bucket.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatencyBucket {
    pub start_ms: i64,
    pub phases: BTreeMap<String, PhaseStats>,
}

/// A read-only view of the history.
#[derive(Debug)]
pub struct History {
    pub(super) conn: Connection,
    /// How long after its latest round Downbeat still counts as watching (see
    /// [`super::max_gap`]): an open incident older than that was left by a run that ended.
    pub(super) gap_ms: i64,
}

impl History {
    /// Opens the history at `path` read-only; `None` when nothing has been recorded yet.
    pub fn open(path: &Path) -> Result<Option<History>, StoreError> {
        let gap_ms = i64::try_from(super::DEFAULT_GAP.as_millis()).unwrap_or(i64::MAX);
        Ok(open_for_reading(path)?.map(|conn| History { conn, gap_ms }))
    }

    /// The same, for a config whose schedule allows rounds `gap` apart ([`super::max_gap`]).
    pub fn with_gap(mut self, gap: std::time::Duration) -> History {
        self.gap_ms = i64::try_from(gap.as_millis()).unwrap_or(i64::MAX);
        self
    }

    /// Services with results since `from_ms`, in name order.
    pub fn services(&self, from_ms: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT service FROM results WHERE service != '' AND at >= ?1
             UNION SELECT DISTINCT service FROM rollups WHERE service != '' AND bucket >= ?1 / 1000
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([from_ms], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The checks of `service` with unverified results (`insecure = true`) in the window.
    pub(super) fn unverified_checks(
        &self,
        service: &str,
        from_ms: i64,
        to_ms: i64,
    ) -> rusqlite::Result<Vec<String>> {
        let stmt = self.conn.prepare(
            "SELECT DISTINCT check_name FROM results
             WHERE service = ?1 AND unverified != 0 AND at >= ?2 AND at <= ?3 ORDER BY 1",
        );
        let mut stmt = match stmt {
            Ok(s) => s,
            // A history written before schema 3, read without migrating: nothing unverified.
            // not for people: SQLite's words, read
            Err(e) if e.to_string().contains("no such column") => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let rows = stmt.query_map(params![service, from_ms, to_ms], |r| r.get(0))?;
        rows.collect()
    }

    fn hourly_mark(&self) -> rusqlite::Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT done_until FROM rollup_marks WHERE resolution = 3600",
                [],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map_or(0, |s| s * 1000))
    }

    /// `n` status buckets over `[from_ms, to_ms)` for `service` (all its checks).
    pub fn timeline(
        &self,
        service: &str,
        from_ms: i64,
        to_ms: i64,
        n: usize,
    ) -> Result<Vec<Bucket>, StoreError> {
        let n = n.max(1);
        let span = (to_ms - from_ms).max(1);
        let mut out: Vec<Bucket> = (0..n)
            .map(|i| Bucket {
                start_ms: from_ms + span * i as i64 / n as i64,
                ..Bucket::default()
            })
            .collect();
        let slot = |at: i64| {
            usize::try_from((at - from_ms) * n as i64 / span)
                .ok()
                .filter(|i| *i < n)
        };
        let raw_from = if span <= RAW_WINDOW_MS {
            from_ms
        } else {
            let mark = self.hourly_mark()?;
            let mut stmt = self.conn.prepare_cached(
                "SELECT bucket, sum(up), sum(degraded), sum(down), sum(offline) FROM rollups
                 WHERE resolution = 3600 AND service = ?1 AND bucket >= ?2 / 1000 AND bucket < ?3 / 1000 AND bucket * 1000 < ?4
                 GROUP BY bucket",
            )?;
            let rows = stmt.query_map(params![service, from_ms, to_ms, mark], |r| {
                Ok((
                    r.get::<_, i64>(0)? * 1000,
                    [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?],
                ))
            })?;
            for row in rows {
                let (at, c): (i64, [i64; 4]) = row?;
                if let Some(i) = slot(at) {
                    let b = &mut out[i];
                    b.up += c[0];
                    b.degraded += c[1];
                    b.down += c[2];
                    b.offline += c[3];
                }
            }
            mark.max(from_ms)
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, status, offline FROM results WHERE service = ?1 AND at >= ?2 AND at < ?3",
        )?;
        let rows = stmt.query_map(params![service, raw_from, to_ms], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (at, status, offline) = row?;
            if let Some(i) = slot(at) {
                let b = &mut out[i];
                match (offline, status) {
                    (1.., _) => b.offline += 1,
                    (_, 0) => b.up += 1,
                    (_, 1) => b.degraded += 1,
                    _ => b.down += 1,
                }
            }
        }
        Ok(out)
    }

    /// `n` buckets of latency percentiles per phase over `[from_ms, to_ms)` for `service`.
    pub fn latency(
        &self,
        service: &str,
        from_ms: i64,
        to_ms: i64,
        n: usize,
    ) -> Result<Vec<LatencyBucket>, StoreError> {
        let n = n.max(1);
        let span = (to_ms - from_ms).max(1);
        let slot = |at: i64| {
            usize::try_from((at - from_ms) * n as i64 / span)
                .ok()
                .filter(|i| *i < n)
        };
        // Per bucket, per phase: raw values, and rollup triples.
        let mut raw: Vec<[Vec<i64>; 7]> = (0..n).map(|_| Default::default()).collect();
        let mut rolled: Vec<[Vec<[i64; 3]>; 7]> = (0..n).map(|_| Default::default()).collect();
        let raw_from = if span <= RAW_WINDOW_MS {
            from_ms
        } else {
            let mark = self.hourly_mark()?;
            let mut stmt = self.conn.prepare_cached(
                "SELECT bucket, stats FROM rollups WHERE resolution = 3600 AND service = ?1
                 AND bucket >= ?2 / 1000 AND bucket < ?3 / 1000 AND bucket * 1000 < ?4",
            )?;
            let rows = stmt.query_map(params![service, from_ms, to_ms, mark], |r| {
                Ok((r.get::<_, i64>(0)? * 1000, r.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (at, stats) = row?;
                let (Some(i), Ok(v)) =
                    (slot(at), serde_json::from_str::<serde_json::Value>(&stats))
                else {
                    continue;
                };
                for (p, name) in PHASES.iter().enumerate() {
                    if let Some(triple) = v
                        .get(*name)
                        .and_then(|x| serde_json::from_value::<[i64; 3]>(x.clone()).ok())
                    {
                        rolled[i][p].push(triple);
                    }
                }
            }
            mark.max(from_ms)
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, dns_us, connect_us, tls_us, hello_us, ttfb_us, transfer_us, total_us FROM results
             WHERE service = ?1 AND at >= ?2 AND at < ?3 AND offline = 0 AND status < 2",
        )?;
        let rows = stmt.query_map(params![service, raw_from, to_ms], |r| {
            let v: [Option<i64>; 7] = [
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ];
            Ok((r.get::<_, i64>(0)?, v))
        })?;
        for row in rows {
            let (at, v) = row?;
            if let Some(i) = slot(at) {
                for (p, x) in v.iter().enumerate() {
                    if let Some(x) = x {
                        raw[i][p].push(*x);
                    }
                }
            }
        }
        let ms = |us: i64| us as f64 / 1000.0;
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let mut phases = BTreeMap::new();
            for (p, name) in PHASES.iter().enumerate() {
                let mut triples = rolled[i][p].clone();
                let values = &mut raw[i][p];
                if !values.is_empty() {
                    values.sort_unstable();
                    let pick = |q: f64| {
                        values
                            [((values.len() as f64 * q).ceil() as usize).clamp(1, values.len()) - 1]
                    };
                    triples.push([pick(0.5), pick(0.95), values[values.len() - 1]]);
                }
                if triples.is_empty() {
                    continue;
                }
                let mut p50s: Vec<i64> = triples.iter().map(|t| t[0]).collect();
                p50s.sort_unstable();
                phases.insert(
                    (*name).to_owned(),
                    PhaseStats {
                        p50_ms: ms(p50s[(p50s.len() - 1) / 2]),
                        p95_ms: ms(triples.iter().map(|t| t[1]).max().unwrap_or(0)),
                        max_ms: ms(triples.iter().map(|t| t[2]).max().unwrap_or(0)),
                    },
                );
            }
            out.push(LatencyBucket {
                start_ms: from_ms + span * i as i64 / n as i64,
                phases,
            });
        }
        Ok(out)
    }

    /// Writes raw results since `from_ms` as CSV; returns how many rows it wrote.
    pub fn export_csv(&self, from_ms: i64, w: &mut dyn Write) -> Result<u64, StoreError> {
        let mut out = csv::Writer::from_writer(w);
        out.write_record([
            "time",
            "service",
            "check",
            "status",
            "offline",
            "diagnosis",
            "dns_ms",
            "connect_ms",
            "tls_ms",
            "hello_ms",
            "ttfb_ms",
            "transfer_ms",
            "total_ms",
            "http_status",
            "bytes",
            "throughput_kbps",
            "cert_days_left",
            "unverified",
            "detail",
        ])?;
        let mut stmt = self.conn.prepare(
            "SELECT at, service, check_name, status, offline, diagnosis, dns_us, connect_us, tls_us, ttfb_us, transfer_us,
             total_us, http_status, bytes, kbps, cert_days, detail, unverified, hello_us FROM results WHERE at >= ?1 ORDER BY at, id",
        )?;
        let mut rows = stmt.query([from_ms])?;
        let mut n = 0;
        let opt_ms = |v: Option<i64>| {
            v.map(|us| format!("{:.3}", us as f64 / 1000.0))
                .unwrap_or_default()
        };
        let opt = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
        while let Some(r) = rows.next()? {
            let status = match r.get::<_, i64>(3)? {
                0 => "up",
                1 => "degraded",
                _ => "down",
            };
            let service: String = r.get(1)?;
            out.write_record([
                rfc3339_ms(r.get(0)?),
                if service.is_empty() {
                    "(baseline)".to_owned()
                } else {
                    service
                },
                r.get::<_, String>(2)?,
                status.to_owned(),
                r.get::<_, i64>(4)?.to_string(),
                r.get::<_, String>(5)?,
                opt_ms(r.get(6)?),
                opt_ms(r.get(7)?),
                opt_ms(r.get(8)?),
                opt_ms(r.get(18)?),
                opt_ms(r.get(9)?),
                opt_ms(r.get(10)?),
                opt_ms(r.get(11)?),
                opt(r.get(12)?),
                opt(r.get(13)?),
                opt(r.get(14)?),
                opt(r.get(15)?),
                r.get::<_, i64>(17)?.to_string(),
                r.get::<_, String>(16)?,
            ])?;
            n += 1;
        }
        out.flush().map_err(|e| StoreError::Export(e.into()))?;
        Ok(n)
    }
}
