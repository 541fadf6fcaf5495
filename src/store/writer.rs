//! The single writer: a thread that owns the write connection, takes rounds and transitions
//! from a channel, writes each round in one transaction, keeps incidents, rolls results up and
//! trims old rows. The monitor never waits for the disk.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use rusqlite::{params, Connection, OptionalExtension};

use super::{open_for_writing, OpenNotice, Retention, StoreError};
use crate::model::time::unix_ms;
use crate::model::{RoundResult, Sink, State, Status, Transition};

/// How many unwritten rounds are held in memory while the disk refuses writes.
const MAX_PENDING: usize = 20_000;

enum Msg {
    Round(Arc<RoundResult>),
    Transition(Box<Transition>, bool),
    Flush(Sender<()>),
    Shutdown,
}

/// What the writer has to report: for the CLI's and the app's status lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriterStatus {
    /// The latest write error, cleared by the next successful write.
    pub last_error: Option<String>,
    /// Rounds and transitions waiting to be written.
    pub pending: usize,
    /// Rounds dropped because the disk refused writes for too long.
    pub dropped: u64,
    /// Rounds written since start.
    pub written: u64,
    /// What opening the database found (a damaged file moved aside).
    pub notice: Option<String>,
    /// The latest maintenance error (rollups, trimming, closing stale incidents), cleared when
    /// maintenance next succeeds. Recorded results are never lost to it: only summaries lag.
    pub maintenance_error: Option<String>,
    pub path: PathBuf,
}

/// The running writer.
#[derive(Debug)]
pub struct Writer {
    tx: Sender<Msg>,
    status: Arc<Mutex<WriterStatus>>,
    thread: Option<JoinHandle<()>>,
}

/// The monitor sink that feeds the writer.
#[derive(Debug, Clone)]
pub struct StoreSink {
    tx: Sender<Msg>,
}

impl Sink for StoreSink {
    fn on_round(&self, round: &Arc<RoundResult>) {
        let _ = self.tx.send(Msg::Round(round.clone()));
    }

    fn on_transition(&self, t: &Transition, notified: bool) {
        let _ = self.tx.send(Msg::Transition(Box::new(t.clone()), notified));
    }
}

impl Writer {
    /// Opens the database at `path` and starts the writer thread. A database that can't be
    /// opened yet (a read-only or full disk) is retried on every write; meanwhile results are
    /// held in memory and `status().last_error` says why.
    pub fn start(path: &Path, retention: Retention) -> Result<Writer, StoreError> {
        let (conn, notice, error) = match open_for_writing(path) {
            Ok((conn, notice)) => (Some(conn), notice, None),
            Err(e) => (None, None, Some(describe_open(&e, path))),
        };
        let status = Arc::new(Mutex::new(WriterStatus {
            notice: notice.as_ref().map(OpenNotice::to_string),
            last_error: error,
            path: path.to_path_buf(),
            ..WriterStatus::default()
        }));
        let (tx, rx) = mpsc::channel();
        let st = status.clone();
        let thread = std::thread::Builder::new()
            .name("downbeat-store".into())
            .spawn({
                let path = path.to_path_buf();
                move || run(conn, path, &rx, st, retention)
            })
            .map_err(|source| StoreError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(Writer {
            tx,
            status,
            thread: Some(thread),
        })
    }

    pub fn sink(&self) -> StoreSink {
        StoreSink {
            tx: self.tx.clone(),
        }
    }

    pub fn status(&self) -> WriterStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Waits until everything sent so far is written (or has failed), and rolled up.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        if self.tx.send(Msg::Flush(tx)).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(30));
        }
    }

    /// Flushes and stops the writer thread.
    pub fn shutdown(mut self) {
        self.flush();
        let _ = self.tx.send(Msg::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct State_ {
    conn: Option<Connection>,
    path: PathBuf,
    /// Set after a read-only error: the connection is reopened before the next write.
    reopen: bool,
    pending: VecDeque<Msg>,
    status: Arc<Mutex<WriterStatus>>,
    retention: Retention,
    last_maintenance: Option<SystemTime>,
    /// The earliest result written since each resolution's last rollup (60 s, 3600 s). A round
    /// is stamped when it started and written when it ends, so its bucket may be rolled up
    /// already: that bucket is rolled up again, so the rollups never miss a result.
    written_since: [Option<i64>; 2],
}

fn run(
    conn: Option<Connection>,
    path: PathBuf,
    rx: &Receiver<Msg>,
    status: Arc<Mutex<WriterStatus>>,
    retention: Retention,
) {
    let mut s = State_ {
        conn,
        path,
        reopen: false,
        pending: VecDeque::new(),
        status,
        retention,
        last_maintenance: None,
        written_since: [None; 2],
    };
    if let Some(c) = &s.conn {
        let r = close_stale_incidents(c);
        s.maintained("closing stale incidents", r);
    }
    loop {
        let first = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(m) => Some(m),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(Msg::Shutdown),
        };
        let batch = first
            .into_iter()
            .chain(std::iter::from_fn(|| rx.try_recv().ok()));
        for msg in batch {
            match msg {
                Msg::Flush(done) => {
                    s.write_pending();
                    s.roll_up_all();
                    let _ = done.send(());
                }
                Msg::Shutdown => {
                    s.write_pending();
                    s.roll_up_all();
                    return;
                }
                other => s.pending.push_back(other),
            }
        }
        s.write_pending();
        s.maintain();
    }
}

impl State_ {
    /// Rollups including the buckets in progress (on flush and shutdown).
    fn roll_up_all(&mut self) {
        if let Some(c) = &self.conn {
            let [minute, hour] = self.written_since;
            let r = rollup(c, 60, true, minute).and_then(|()| rollup(c, 3600, true, hour));
            if r.is_ok() {
                self.written_since = [None; 2];
            }
            self.maintained("rolling up", r);
        }
    }

    /// Records how a maintenance step went in the status, logging an error once when it first
    /// appears. A full or read-only disk is left to the write path, which already says so
    /// (`last_error`) and keeps every result: maintenance just tries again later.
    fn maintained<T>(&self, what: &str, r: rusqlite::Result<T>) {
        let error = r
            .err()
            .filter(|e| !storage_condition(e))
            .map(|e| format!("history maintenance failed ({what}): {}", describe(&e)));
        if let Ok(mut st) = self.status.lock() {
            if let Some(msg) = error
                .as_ref()
                .filter(|m| st.maintenance_error.as_ref() != Some(*m))
            {
                tracing::warn!("{msg}");
            }
            st.maintenance_error = error;
        }
    }

    /// Writes every pending message, one transaction per message; stops at the first failure
    /// and keeps the rest for later.
    fn write_pending(&mut self) {
        if (self.reopen || self.conn.is_none()) && !self.pending.is_empty() {
            // Not open yet, or opened while its disk was read-only: (re)open it.
            match open_for_writing(&self.path) {
                Ok((conn, _)) => {
                    let r = close_stale_incidents(&conn);
                    self.maintained("closing stale incidents", r);
                    self.conn = Some(conn);
                    self.reopen = false;
                }
                Err(e) if self.conn.is_none() => {
                    let msg = describe_open(&e, &self.path);
                    self.hold(msg);
                    return;
                }
                Err(_) => {}
            }
        }
        let Some(conn) = self.conn.as_mut() else {
            return;
        };
        while let Some(msg) = self.pending.pop_front() {
            let result = match &msg {
                Msg::Round(r) => write_round(conn, r).inspect(|()| {
                    let at = unix_ms(r.checked_at);
                    for since in &mut self.written_since {
                        *since = Some(since.map_or(at, |s| s.min(at)));
                    }
                }),
                Msg::Transition(t, notified) => write_transition(conn, t, *notified),
                Msg::Flush(_) | Msg::Shutdown => Ok(()),
            };
            match result {
                Ok(()) => {
                    if let Ok(mut st) = self.status.lock() {
                        st.last_error = None;
                        if matches!(msg, Msg::Round(_)) {
                            st.written += 1;
                        }
                    }
                }
                Err(e) => {
                    if matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly)) {
                        self.reopen = true;
                    }
                    self.pending.push_front(msg);
                    self.hold(describe(&e));
                    return;
                }
            }
        }
        if let Ok(mut st) = self.status.lock() {
            st.pending = 0;
        }
    }

    /// Keeps what could not be written (bounded) and reports why.
    fn hold(&mut self, why: String) {
        let mut dropped = 0;
        while self.pending.len() > MAX_PENDING {
            self.pending.pop_front();
            dropped += 1;
        }
        if let Ok(mut st) = self.status.lock() {
            st.last_error = Some(why);
            st.dropped += dropped;
            st.pending = self.pending.len();
        }
    }

    /// Rollups every minute, trimming every hour.
    fn maintain(&mut self) {
        let now = SystemTime::now();
        let Some(conn) = &self.conn else { return };
        let due = self
            .last_maintenance
            .is_none_or(|t| now.duration_since(t).unwrap_or_default() >= Duration::from_secs(3600));
        let [minute, hour] = self.written_since;
        let r = rollup(conn, 60, false, minute).and_then(|()| {
            if due {
                rollup(conn, 3600, false, hour)?;
                trim(conn, self.retention, now)?;
            }
            Ok(())
        });
        let ok = r.is_ok();
        if ok {
            self.written_since[0] = None;
            if due {
                self.written_since[1] = None;
            }
        }
        self.maintained(
            if due {
                "rolling up and trimming"
            } else {
                "rolling up"
            },
            r,
        );
        if due && ok {
            self.last_maintenance = Some(now);
        }
    }
}

/// An open error in plain words.
fn describe_open(e: &StoreError, path: &Path) -> String {
    use std::io::ErrorKind;
    // SQLite says only "unable to open": ask the filesystem.
    let probe = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path);
    match probe.as_ref().map_err(std::io::Error::kind) {
        Err(ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied) => {
            "the history database is read-only: history is kept in memory until it can be written"
                .into()
        }
        Err(ErrorKind::StorageFull) => {
            "the disk is full: history is kept in memory until there is room".into()
        }
        _ => format!("{e}: history is kept in memory until it can be written"),
    }
}

/// A write error in plain words.
/// A full or read-only disk: a condition of the storage, not of the database.
fn storage_condition(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(
            rusqlite::ErrorCode::DiskFull
                | rusqlite::ErrorCode::ReadOnly
                | rusqlite::ErrorCode::PermissionDenied
        )
    )
}

fn describe(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => {
            "the disk is full: history is kept in memory until there is room".into()
        }
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::PermissionDenied) => {
            "the history database is read-only: history is kept in memory until it can be written"
                .into()
        }
        _ => format!("writing history failed: {e}"),
    }
}

fn status_code(s: Status) -> i64 {
    match s {
        Status::Up => 0,
        Status::Degraded => 1,
        Status::Down => 2,
    }
}

fn us(d: Option<Duration>) -> Option<i64> {
    d.map(|d| d.as_micros() as i64)
}

fn write_round(conn: &mut Connection, r: &RoundResult) -> rusqlite::Result<()> {
    let at = unix_ms(r.checked_at);
    // Results the user's side explains (offline, a captive portal, DNS down) are kept, marked,
    // and left out of the services' uptime.
    let offline = r.user_side.explains_everything();
    let tx = conn.transaction()?;
    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO results (at, service, check_name, status, offline, diagnosis, dns_us, connect_us, tls_us, ttfb_us,
              transfer_us, total_us, http_status, bytes, kbps, cert_days, detail, unverified, hello_us)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?;
        let rows = r.baseline.iter().map(|c| ("", c)).chain(
            r.services
                .iter()
                .flat_map(|s| s.checks.iter().map(move |c| (s.name.as_str(), c))),
        );
        for (service, c) in rows {
            let rep = &c.report;
            let p = rep.phases;
            ins.execute(params![
                at,
                service,
                c.name,
                status_code(rep.status),
                // A service failing while the baseline fails is not the service's fault.
                i64::from(offline && !service.is_empty()),
                rep.diagnosis.as_str(),
                us(p.dns),
                us(p.connect),
                us(p.tls),
                us(p.ttfb),
                us(p.transfer),
                rep.total.as_micros() as i64,
                rep.http_status,
                rep.bytes.map(|b| b.0 as i64),
                rep.throughput.map(|k| k.0 as i64),
                rep.tls.as_ref().and_then(|t| t.cert_days_left),
                rep.detail,
                rep.unverified,
                us(p.hello),
            ])?;
        }
    }
    tx.commit()
}

fn write_transition(conn: &mut Connection, t: &Transition, notified: bool) -> rusqlite::Result<()> {
    let at = unix_ms(t.at);
    let tx = conn.transaction()?;
    let mut open: Option<(i64, String)> = None;
    if let Some((id, kind, cause)) = tx
        .query_row(
            "SELECT id, kind, cause FROM incidents WHERE service IS ?1 AND end IS NULL ORDER BY start DESC LIMIT 1",
            params![t.service],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
        )
        .optional()?
    {
        if t.to != State::Up && cause != t.cause.as_str() {
            // Another cause is another incident: "DNS filtered for 10 min", then "down".
            tx.execute(
                "UPDATE incidents SET end = ?2 WHERE id = ?1",
                params![id, at],
            )?;
        } else {
            open = Some((id, kind));
        }
    }
    let first = t.first_diagnosis.unwrap_or(t.diagnosis);
    let worst = t.worst_diagnosis.unwrap_or(t.diagnosis);
    match (t.to, open) {
        (State::Up, Some((id, _))) => {
            tx.execute(
                "UPDATE incidents SET end = ?2, worst_diagnosis = coalesce(?3, worst_diagnosis) WHERE id = ?1",
                params![id, at, t.worst_diagnosis.map(|d| d.as_str())],
            )?;
        }
        (State::Down, Some((id, kind))) if kind != "down" => {
            tx.execute(
                "UPDATE incidents SET kind = 'down', worst_diagnosis = ?2, check_name = ?3, detail = ?4,
                 notified = notified OR ?5 WHERE id = ?1",
                params![id, t.diagnosis.as_str(), t.check, t.detail, notified],
            )?;
        }
        (State::Down | State::Degraded | State::Offline, None) => {
            tx.execute(
                "INSERT INTO incidents (service, check_name, kind, start, first_diagnosis, worst_diagnosis, blame, notified, detail, cause)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    t.service,
                    t.check,
                    t.to.as_str(),
                    at,
                    first.as_str(),
                    worst.as_str(),
                    t.blame.as_str(),
                    notified,
                    t.detail,
                    t.cause.as_str()
                ],
            )?;
        }
        _ => {}
    }
    tx.commit()
}

/// Incidents left open by a previous run end at that service's last recorded result.
fn close_stale_incidents(conn: &Connection) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE incidents SET end = max(start, coalesce(
            (SELECT max(at) FROM results r WHERE r.service = coalesce(incidents.service, '')), start))
         WHERE end IS NULL",
        [],
    )
}

/// Rolls raw results up into `resolution`-second buckets, from the last mark to now. Closed
/// buckets move the mark; with `partial`, the bucket in progress is written too (and redone
/// later). `written_since` (Unix ms) is the earliest result written since the last rollup:
/// when its bucket lies before the mark, the rollup starts there instead, and redoes the
/// buckets that gained late results (each bucket is computed whole from the raw results).
fn rollup(
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

/// Deletes what is past retention, in small batches so readers are never blocked for long.
fn trim(conn: &Connection, retention: Retention, now: SystemTime) -> rusqlite::Result<()> {
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

#[cfg(test)]
pub(crate) mod tests {
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
