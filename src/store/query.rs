//! Read-side queries: uptime, status timelines, latency percentiles and incidents.
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

/// One incident: a service down or degraded, or the user offline (`service: None`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Incident {
    pub service: Option<String>,
    pub check: Option<String>,
    /// "down", "degraded" or "offline".
    pub state: String,
    pub start: String,
    pub end: Option<String>,
    pub start_ms: i64,
    pub end_ms: Option<i64>,
    /// Seconds Downbeat watched it: to now for an ongoing incident; a stop or a pause inside
    /// it is left out (see `unwatched_s`).
    pub duration_s: f64,
    /// Seconds inside it that nobody watched: Downbeat was stopped or paused, or the computer
    /// slept, and the same failure was found again after.
    pub unwatched_s: f64,
    /// Open, and Downbeat is still watching. An incident left open by a run that was killed
    /// reads as ended when Downbeat last looked.
    pub ongoing: bool,
    pub first_diagnosis: Option<String>,
    pub worst_diagnosis: Option<String>,
    /// "them" for a service, "you" for the user's side.
    pub blame: String,
    /// How far it reached, as probes elsewhere saw it: everywhere, region, partial, only_here,
    /// unknown; `None` when they were not asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// What was behind it: "service", "offline", "dns_filtered", "captive_portal", … (see
    /// `model::Cause`).
    pub cause: String,
    pub notified: bool,
    pub detail: String,
}

/// A service's uptime over a window: of the time it was judged, the share it was not down
/// for its own reasons. Time on the user's side is left out of both and counted apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceUptime {
    pub service: String,
    /// `None` when there is no judged time in the window.
    pub uptime_pct: Option<f64>,
    /// Seconds the service was judged: watched, less the user's side.
    pub monitored_s: f64,
    /// Seconds it was down for its own reasons, within the judged time.
    pub down_s: f64,
    /// Seconds watched while a problem on the user's side explained its failures (offline, a
    /// captive portal, no DNS, a wrong clock, interception, a DNS filter or a blocked port for
    /// it, its path from this network): neither up nor down.
    pub your_side_s: f64,
    /// Of `your_side_s`, the time the user was offline.
    pub offline_s: f64,
    /// Checks with results in the window that ran with TLS verification off
    /// (`insecure = true`): shown as unverified.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unverified_checks: Vec<String>,
}

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

/// The total length of intervals.
fn total(v: &[(i64, i64)]) -> i64 {
    v.iter().map(|(a, b)| (b - a).max(0)).sum()
}

/// The same time as `v`, in order, with overlapping intervals merged (so nothing counts twice).
fn merged(mut v: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    v.retain(|(a, b)| b > a);
    v.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Which incidents' time [`History::intervals`] gathers.
#[derive(Debug, Clone, Copy)]
enum Span {
    /// The service down for its own reasons (blame them).
    TheirDown,
    /// The user's side: the service failing for a reason there (blame you), or the
    /// connection offline or down (a captive portal, no DNS, a wrong clock, interception).
    /// A slow link is not: a service is still judged on it.
    YourSide,
    /// The user offline.
    Offline,
}

/// The parts of `intervals` within `stretches` (stretches don't overlap one another).
fn within(intervals: &[(i64, i64)], stretches: &[(i64, i64)]) -> Vec<(i64, i64)> {
    intervals
        .iter()
        .flat_map(|&(a, b)| {
            stretches
                .iter()
                .map(move |&(s, e)| (a.max(s), b.min(e)))
                .filter(|(x, y)| y > x)
        })
        .collect()
}

/// A read-only view of the history.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    /// How long after its latest round Downbeat still counts as watching (see
    /// [`super::max_gap`]): an open incident older than that was left by a run that ended.
    gap_ms: i64,
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

    /// Incidents overlapping `[from_ms, ∞)`, newest first; `service` filters (the user's offline
    /// periods are always included).
    pub fn incidents(
        &self,
        from_ms: i64,
        service: Option<&str>,
        now_ms: i64,
    ) -> Result<Vec<Incident>, StoreError> {
        let sql = |scope: &str| {
            format!(
                "SELECT service, check_name, kind, start, end, first_diagnosis, worst_diagnosis, blame, notified, detail, cause, {scope}
                 FROM incidents WHERE coalesce(end, ?2) >= ?1 AND (?3 IS NULL OR service IS NULL OR service = ?3)
                 ORDER BY start DESC"
            )
        };
        let mut stmt = match self.conn.prepare(&sql("scope")) {
            Ok(s) => s,
            // A history written before schema 7, read without migrating: no scopes.
            Err(e) if e.to_string().contains("no such column") => {
                self.conn.prepare(&sql("NULL"))?
            }
            Err(e) => return Err(e.into()),
        };
        // Whether Downbeat is watching now: its latest round is no further back than a gap.
        let latest = self.latest_watched()?;
        let watching = latest.is_none_or(|l| now_ms - l <= self.gap_ms);
        let rows = stmt.query_map(params![from_ms, now_ms, service], |r| {
            let start: i64 = r.get(3)?;
            let end: Option<i64> = r.get(4)?;
            Ok(Incident {
                service: r.get(0)?,
                check: r.get(1)?,
                state: r.get(2)?,
                start: rfc3339_ms(start),
                end: end.map(rfc3339_ms),
                start_ms: start,
                end_ms: end,
                duration_s: 0.0,
                unwatched_s: 0.0,
                ongoing: end.is_none() && watching,
                first_diagnosis: r.get(5)?,
                worst_diagnosis: r.get(6)?,
                blame: r.get(7)?,
                notified: r.get::<_, i64>(8)? != 0,
                detail: r.get(9)?,
                cause: r.get(10)?,
                scope: r.get(11)?,
            })
        })?;
        let mut out: Vec<Incident> = rows.collect::<rusqlite::Result<_>>()?;
        for i in &mut out {
            // Open and not watched now (a run that was killed): it ends when Downbeat last
            // looked, not now.
            let end = match (i.end_ms, latest) {
                (Some(e), _) => e,
                (None, _) if watching => now_ms,
                (None, Some(l)) => l,
                (None, None) => now_ms,
            }
            .max(i.start_ms);
            let mut watched = total(&self.watched(i.start_ms, end)?);
            if i.ongoing {
                // The stretch in progress reaches now, past its latest round.
                watched += now_ms - latest.unwrap_or(now_ms).clamp(i.start_ms, now_ms);
            }
            let watched = watched.clamp(0, end - i.start_ms);
            i.duration_s = watched as f64 / 1000.0;
            i.unwatched_s = (end - i.start_ms - watched) as f64 / 1000.0;
        }
        Ok(out)
    }

    /// When Downbeat's latest round was (the end of its newest stretch of watching); `None` for
    /// a history with no stretches (older ones count everything as watched).
    fn latest_watched(&self) -> rusqlite::Result<Option<i64>> {
        match self
            .conn
            .query_row("SELECT max(last) FROM monitored", [], |r| r.get(0))
        {
            Err(e) if e.to_string().contains("no such table") => Ok(None),
            other => other,
        }
    }

    /// The time of the incidents of `service` (or the connection's) that `span` names, within
    /// `[from, to)`; an open one reaches `to`.
    fn intervals(
        &self,
        service: Option<&str>,
        span: Span,
        from: i64,
        to: i64,
    ) -> rusqlite::Result<Vec<(i64, i64)>> {
        let which = match span {
            Span::TheirDown => "service IS ?1 AND kind = 'down' AND blame != 'you'",
            Span::YourSide => {
                "((service IS ?1 AND blame = 'you' AND kind IN ('down', 'offline'))
                  OR (service IS NULL AND kind IN ('down', 'offline')))"
            }
            Span::Offline => "service IS NULL AND kind = 'offline'",
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT start, coalesce(end, ?3) FROM incidents
             WHERE {which} AND start < ?3 AND coalesce(end, ?3) > ?2"
        ))?;
        let rows = stmt.query_map(params![service, from, to], |r| {
            Ok((r.get::<_, i64>(0)?.max(from), r.get::<_, i64>(1)?.min(to)))
        })?;
        rows.collect()
    }

    /// The stretches Downbeat was watching within `[from, to)`, clipped to it, in order. A
    /// history from before stretches were kept (read without migrating) counts all of it.
    fn watched(&self, from: i64, to: i64) -> rusqlite::Result<Vec<(i64, i64)>> {
        let stmt = self.conn.prepare_cached(
            "SELECT max(start, ?1), min(last, ?2) FROM monitored
             WHERE start < ?2 AND last > ?1 ORDER BY start",
        );
        let mut stmt = match stmt {
            Ok(s) => s,
            Err(e) if e.to_string().contains("no such table") => return Ok(vec![(from, to)]),
            Err(e) => return Err(e),
        };
        let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    }

    /// Uptime of `service` over `[from_ms, to_ms)`: of the time Downbeat was watching it and
    /// the user was online, the share it was not down. Time not watched (Downbeat stopped,
    /// paused, the computer asleep) is neither up nor down; with no result judged at all (never
    /// reached, or only while offline) there is no uptime to give.
    pub fn uptime(
        &self,
        service: &str,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<ServiceUptime, StoreError> {
        // Watched from the service's first result (or the first hourly rollup, once raw
        // results older than it were trimmed) to its last.
        let (raw_first, raw_last): (Option<i64>, Option<i64>) = self.conn.query_row(
            "SELECT min(at), max(at) FROM results WHERE service = ?1",
            [service],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (rolled_first, rolled_last): (Option<i64>, Option<i64>) = self.conn.query_row(
            "SELECT min(bucket) * 1000, (max(bucket) + 3600) * 1000 FROM rollups WHERE resolution = 3600 AND service = ?1",
            [service],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let first = match (raw_first, rolled_first) {
            (Some(r), Some(h)) if h < r - 3_600_000 => Some(h),
            (Some(r), _) => Some(r),
            (None, h) => h,
        };
        let last = raw_last.or(rolled_last).unwrap_or(to_ms);
        let Some(first) = first else {
            return Ok(ServiceUptime {
                service: service.to_owned(),
                uptime_pct: None,
                monitored_s: 0.0,
                down_s: 0.0,
                your_side_s: 0.0,
                offline_s: 0.0,
                unverified_checks: Vec::new(),
            });
        };
        let from = from_ms.max(first);
        let to = to_ms.min(last.max(first)).max(from);
        let watched = self.watched(from, to)?;
        let during = |v: Vec<(i64, i64)>| merged(within(&merged(v), &watched));
        let yours = during(self.intervals(Some(service), Span::YourSide, from, to)?);
        let offline = during(self.intervals(None, Span::Offline, from, to)?);
        let down = during(self.intervals(Some(service), Span::TheirDown, from, to)?);
        let your_side_ms = total(&yours);
        let judged_ms = (total(&watched) - your_side_ms).max(0);
        let down_ms = (total(&down) - total(&within(&down, &yours))).max(0);
        let judged = self
            .timeline(service, from, to + 1, 1)?
            .iter()
            .any(|b| b.up + b.degraded + b.down > 0);
        Ok(ServiceUptime {
            service: service.to_owned(),
            uptime_pct: (judged_ms > 0 && judged)
                .then(|| 100.0 * (1.0 - down_ms as f64 / judged_ms as f64).clamp(0.0, 1.0)),
            monitored_s: judged_ms as f64 / 1000.0,
            down_s: down_ms as f64 / 1000.0,
            your_side_s: your_side_ms as f64 / 1000.0,
            offline_s: total(&offline) as f64 / 1000.0,
            unverified_checks: self.unverified_checks(service, from_ms, to_ms)?,
        })
    }

    /// The checks of `service` with unverified results (`insecure = true`) in the window.
    fn unverified_checks(
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

    /// How long the user was offline in `[from_ms, to_ms)` while Downbeat was watching, in ms.
    pub fn offline_ms(&self, from_ms: i64, to_ms: i64) -> Result<i64, StoreError> {
        let watched = self.watched(from_ms, to_ms)?;
        Ok(total(&within(
            &merged(self.intervals(None, Span::Offline, from_ms, to_ms)?),
            &watched,
        )))
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
