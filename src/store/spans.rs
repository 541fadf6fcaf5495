//! The time in the history: how long Downbeat watched (its stretches), the spans on the user's
//! side and the services' own downtime, and from them a service's uptime and an incident's
//! watched length. Intervals are Unix ms, `[start, end)`.

use rusqlite::params;
use serde::Serialize;

use super::query::History;
use super::StoreError;
use crate::model::time::rfc3339_ms;
use crate::model::Message;

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
    pub detail: Message,
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

impl History {
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
            // not for people: SQLite's words, read
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
                detail: Message::from_record(&r.get::<_, String>(9)?),
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
            // not for people: SQLite's words, read
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
            // not for people: SQL
            Span::TheirDown => "service IS ?1 AND kind = 'down' AND blame != 'you'",
            Span::YourSide => {
                // not for people: SQL
                "((service IS ?1 AND blame = 'you' AND kind IN ('down', 'offline'))
                  OR (service IS NULL AND kind IN ('down', 'offline')))"
            }
            // not for people: SQL
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
            // not for people: SQLite's words, read
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

    /// How long the user was offline in `[from_ms, to_ms)` while Downbeat was watching, in ms.
    pub fn offline_ms(&self, from_ms: i64, to_ms: i64) -> Result<i64, StoreError> {
        let watched = self.watched(from_ms, to_ms)?;
        Ok(total(&within(
            &merged(self.intervals(None, Span::Offline, from_ms, to_ms)?),
            &watched,
        )))
    }
}
