//! The single writer: a thread that owns the write connection, takes rounds and transitions
//! from a channel, writes each round in one transaction (`write.rs`), keeps incidents, rolls
//! results up (`rollup.rs`) and trims old rows (`trim.rs`). The monitor never waits for the
//! disk.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use rusqlite::Connection;

use super::rollup::rollup;
use super::trim::trim;
use super::write::{close_stale_incidents, write_round, write_transition, Stretch};
use super::{open_for_writing, OpenNotice, Retention, StoreError};
use crate::model::time::unix_ms;
use crate::model::{Message, RoundResult, Sink, Transition};
use crate::msg;

/// How many unwritten rounds are held in memory while the disk refuses writes.
const MAX_PENDING: usize = 20_000;

enum Msg {
    Round(Arc<RoundResult>),
    Transition(Box<Transition>, bool),
    /// The outside view's scope of a service's open incident.
    Scope(String, &'static str),
    /// The monitor was paused: the stretch of watching ends at the round before.
    Pause,
    /// The config was reloaded: how long raw results are kept, and how far apart two rounds
    /// may be and still be one stretch of watching (from its interval and back-off).
    Settings(Retention, i64),
    Flush(Sender<()>),
    /// Downbeat stops: write everything, end the open incidents at their last observation, and
    /// say when done (if anyone waits).
    Stop(Option<Sender<()>>),
}

/// What the writer has to report: for the CLI's and the app's status lines (the view renders
/// its messages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriterStatus {
    /// The latest write error, cleared by the next successful write.
    pub last_error: Option<Message>,
    /// Rounds and transitions waiting to be written.
    pub pending: usize,
    /// Rounds dropped because the disk refused writes for too long.
    pub dropped: u64,
    /// Rounds written since start.
    pub written: u64,
    /// What opening the database found (a damaged file moved aside).
    pub notice: Option<Message>,
    /// The latest maintenance error (rollups, trimming, closing stale incidents), cleared when
    /// maintenance next succeeds. Recorded results are never lost to it: only summaries lag.
    pub maintenance_error: Option<Message>,
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

    fn on_outside(&self, service: &str, outside: &crate::model::Outside) {
        let _ = self
            .tx
            .send(Msg::Scope(service.to_owned(), outside.scope.as_str()));
    }

    fn on_pause(&self) {
        let _ = self.tx.send(Msg::Pause);
    }
}

impl Writer {
    /// Opens the database at `path` and starts the writer thread. A database that can't be
    /// opened yet (a read-only or full disk) is retried on every write; meanwhile results are
    /// held in memory and `status().last_error` says why. Rounds more than `gap` apart are
    /// recorded as a gap in the watching ([`super::max_gap`] of the config's schedule).
    pub fn start(path: &Path, retention: Retention, gap: Duration) -> Result<Writer, StoreError> {
        let (conn, notice, error) = match open_for_writing(path) {
            Ok((conn, notice)) => (Some(conn), notice, None),
            Err(e) => (None, None, Some(describe_open(&e, path))),
        };
        let status = Arc::new(Mutex::new(WriterStatus {
            notice: notice.as_ref().map(OpenNotice::message),
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
                let gap_ms = i64::try_from(gap.as_millis()).unwrap_or(i64::MAX);
                move || run(conn, path, &rx, st, retention, gap_ms)
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

    /// A reloaded config's retention and gap (see [`Writer::start`]), from the next message on.
    pub fn reconfigure(&self, retention: Retention, gap: Duration) {
        let gap_ms = i64::try_from(gap.as_millis()).unwrap_or(i64::MAX);
        let _ = self.tx.send(Msg::Settings(retention, gap_ms));
    }

    /// Waits until everything sent so far is written (or has failed), and rolled up.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        if self.tx.send(Msg::Flush(tx)).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(30));
        }
    }

    /// Writes everything sent so far, ends the open incidents at their last observation (a
    /// restart that finds the same failure continues them), and stops the writer thread. For a
    /// front end that can't give the writer up (it lives in shared state); waits at most 10 s.
    pub fn stop(&self) {
        let (tx, rx) = mpsc::channel();
        if self.tx.send(Msg::Stop(Some(tx))).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(10));
        }
    }

    /// [`Writer::stop`], then waits for the thread to end.
    pub fn shutdown(mut self) {
        self.stop();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct Worker {
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
    /// The stretch of watching this run is extending (none before its first round).
    stretch: Option<Stretch>,
    /// The id of this run's first stretch: only a failure found early in it continues an
    /// incident a stop ended (a resume after a pause starts a stretch too, but nobody stopped).
    first_stretch: Option<i64>,
    gap_ms: i64,
}

fn run(
    conn: Option<Connection>,
    path: PathBuf,
    rx: &Receiver<Msg>,
    status: Arc<Mutex<WriterStatus>>,
    retention: Retention,
    gap_ms: i64,
) {
    let mut s = Worker {
        conn,
        path,
        reopen: false,
        pending: VecDeque::new(),
        status,
        retention,
        last_maintenance: None,
        written_since: [None; 2],
        stretch: None,
        first_stretch: None,
        gap_ms,
    };
    if let Some(c) = &s.conn {
        let r = close_stale_incidents(c);
        s.maintained("store-step-closing-stale", r);
    }
    loop {
        let first = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(m) => Some(m),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(Msg::Stop(None)),
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
                Msg::Stop(done) => {
                    s.write_pending();
                    s.roll_up_all();
                    if s.pending.is_empty() {
                        if let Some(c) = &s.conn {
                            let r = close_stale_incidents(c);
                            s.maintained("store-step-ending-open", r);
                        }
                    }
                    if let Some(done) = done {
                        let _ = done.send(());
                    }
                    return;
                }
                other => s.pending.push_back(other),
            }
        }
        s.write_pending();
        s.maintain();
    }
}

impl Worker {
    /// Rollups including the buckets in progress (on flush and shutdown).
    fn roll_up_all(&mut self) {
        if let Some(c) = &self.conn {
            let [minute, hour] = self.written_since;
            let r = rollup(c, 60, true, minute).and_then(|()| rollup(c, 3600, true, hour));
            if r.is_ok() {
                self.written_since = [None; 2];
            }
            self.maintained("store-step-rolling-up", r);
        }
    }

    /// Records how a maintenance step went in the status, logging an error once when it first
    /// appears. A full or read-only disk is left to the write path, which already says so
    /// (`last_error`) and keeps every result: maintenance just tries again later. `step`: the
    /// store-step- message that names the step.
    fn maintained<T>(&self, step: &'static str, r: rusqlite::Result<T>) {
        let error = r.err().filter(|e| !storage_condition(e)).map(|e| {
            msg!(
                "store-maintenance-failed",
                step = Message::new(step),
                reason = describe(&e),
            )
        });
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
                    self.maintained("store-step-closing-stale", r);
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
                Msg::Round(r) => write_round(conn, r, self.stretch, self.gap_ms).map(|stretch| {
                    self.first_stretch.get_or_insert(stretch.id);
                    self.stretch = Some(stretch);
                    let at = unix_ms(r.checked_at);
                    for since in &mut self.written_since {
                        *since = Some(since.map_or(at, |s| s.min(at)));
                    }
                }),
                Msg::Transition(t, notified) => {
                    let started = self.stretch.filter(|s| Some(s.id) == self.first_stretch);
                    write_transition(conn, t, *notified, started, self.gap_ms)
                }
                Msg::Scope(service, scope) => conn
                    .execute(
                        "UPDATE incidents SET scope = ?2 WHERE service = ?1 AND end IS NULL",
                        rusqlite::params![service, scope],
                    )
                    .map(|_| ()),
                Msg::Pause => {
                    self.stretch = None;
                    Ok(())
                }
                Msg::Settings(retention, gap_ms) => {
                    self.retention = *retention;
                    self.gap_ms = *gap_ms;
                    Ok(())
                }
                Msg::Flush(_) | Msg::Stop(_) => Ok(()),
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
    fn hold(&mut self, why: Message) {
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
                "store-step-rolling-up-trimming"
            } else {
                "store-step-rolling-up"
            },
            r,
        );
        if due && ok {
            self.last_maintenance = Some(now);
        }
    }
}

/// An open error in plain words.
fn describe_open(e: &StoreError, path: &Path) -> Message {
    use std::io::ErrorKind;
    // SQLite says only "unable to open": ask the filesystem.
    let probe = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path);
    match probe.as_ref().map_err(std::io::Error::kind) {
        Err(ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied) => {
            msg!("store-read-only")
        }
        Err(ErrorKind::StorageFull) => msg!("store-disk-full"),
        _ => msg!("store-open-failed", error = e.message()),
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

fn describe(e: &rusqlite::Error) -> Message {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DiskFull) => msg!("store-disk-full"),
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::PermissionDenied) => {
            msg!("store-read-only")
        }
        _ => msg!(
            "store-write-failed",
            // SQLite's own words.
            reason = Message::verbatim(e.to_string()),
        ),
    }
}
