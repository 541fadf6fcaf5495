//! The history store: every check result and every incident in SQLite (WAL, one writer task,
//! versioned migrations), per-minute and per-hour rollups, and the queries the history window
//! and `downbeat history` need.
//!
//! Safety: each round is one transaction, so a crash loses at most the round in flight; a
//! corrupt file is moved aside (never deleted) and a fresh one started; a full or read-only
//! disk keeps the monitor running, holds results in memory (bounded) and reports the problem.

mod query;
mod rollup;
mod spans;
mod trim;
mod write;
mod writer;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::{Connection, OpenFlags};

use crate::model::Message;
use crate::msg;

pub use query::{Bucket, History, LatencyBucket, PhaseStats};
pub use spans::{Incident, ServiceUptime};
pub use writer::{StoreSink, Writer, WriterStatus};

pub use crate::model::time::unix_ms;
pub use crate::model::Retention;

/// Store errors, one line each ([`StoreError::message`]).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Query(#[from] rusqlite::Error),
    Export(#[from] csv::Error),
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
}

impl StoreError {
    /// The error in the catalogue's words (the cause in SQLite's or the system's).
    pub fn message(&self) -> Message {
        let words = |e: &dyn std::fmt::Display| Message::verbatim(e.to_string());
        match self {
            StoreError::Sqlite { path, source } => msg!(
                "store-error-database",
                path = path.as_path(),
                reason = words(source),
            ),
            StoreError::Io { path, source } => msg!(
                "store-error-folder",
                path = path.as_path(),
                reason = words(source),
            ),
            StoreError::Query(e) => msg!("store-error-query", reason = words(e)),
            StoreError::Export(e) => msg!("store-error-export", reason = words(e)),
            StoreError::TooNew { path, found, known } => msg!(
                "store-error-too-new",
                path = path.as_path(),
                found = *found,
                known = *known,
            ),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::view::i18n::render(&self.message()))
    }
}

/// Downbeat's data folder: `$DOWNBEAT_DATA_DIR`, else the platform's (`~/.local/share/downbeat`
/// on Linux, `%APPDATA%\downbeat` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("DOWNBEAT_DATA_DIR").filter(|v| !v.is_empty()) {
        Some(d) => Some(PathBuf::from(d)),
        None => Some(dirs::data_dir()?.join("downbeat")),
    }
}

/// The database file: `history.db` in [`data_dir`].
pub fn default_path() -> Option<PathBuf> {
    Some(data_dir()?.join("history.db"))
}

/// The migrations, in order: migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: [&str; 7] = [
    // 1: results and incidents.
    "CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,             -- Unix ms
        service TEXT NOT NULL,           -- '' for the baseline
        check_name TEXT NOT NULL,
        status INTEGER NOT NULL,         -- 0 up, 1 degraded, 2 down
        offline INTEGER NOT NULL DEFAULT 0, -- the user's side explains it (offline, portal, no DNS)
        diagnosis TEXT NOT NULL,
        dns_us INTEGER, connect_us INTEGER, tls_us INTEGER, ttfb_us INTEGER, transfer_us INTEGER,
        total_us INTEGER NOT NULL,
        http_status INTEGER, bytes INTEGER, kbps INTEGER, cert_days INTEGER,
        detail TEXT NOT NULL DEFAULT ''
     );
     CREATE INDEX results_at ON results(at);
     CREATE INDEX results_service_at ON results(service, at);
     CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        service TEXT,                    -- NULL: the user's connection (offline)
        check_name TEXT,
        kind TEXT NOT NULL,              -- down, degraded or offline
        start INTEGER NOT NULL,          -- Unix ms
        end INTEGER,                     -- NULL while open
        first_diagnosis TEXT,
        worst_diagnosis TEXT,
        blame TEXT NOT NULL,
        notified INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT ''
     );
     CREATE INDEX incidents_start ON incidents(start);",
    // 2: rollups.
    "CREATE TABLE rollups (
        resolution INTEGER NOT NULL,     -- seconds: 60 or 3600
        bucket INTEGER NOT NULL,         -- Unix seconds of the bucket's start
        service TEXT NOT NULL,
        check_name TEXT NOT NULL,
        up INTEGER NOT NULL, degraded INTEGER NOT NULL, down INTEGER NOT NULL, offline INTEGER NOT NULL,
        stats TEXT NOT NULL,             -- JSON: {phase: [p50, p95, max]} in microseconds
        PRIMARY KEY (resolution, service, check_name, bucket)
     ) WITHOUT ROWID;
     CREATE TABLE rollup_marks (resolution INTEGER PRIMARY KEY, done_until INTEGER NOT NULL);",
    // 3: results of checks that ran with TLS verification off (`insecure = true`).
    "ALTER TABLE results ADD COLUMN unverified INTEGER NOT NULL DEFAULT 0;", // not for people: SQL
    // 4: each incident's cause (see `model::Cause`); older incidents were offline (the
    // connection) or the service's own.
    "ALTER TABLE incidents ADD COLUMN cause TEXT NOT NULL DEFAULT '';
     UPDATE incidents SET cause = CASE WHEN service IS NULL THEN 'offline' ELSE 'service' END;",
    // 5: a protocol's own first exchange (the Spotify access point's hello).
    "ALTER TABLE results ADD COLUMN hello_us INTEGER;", // not for people: SQL
    // 6: the time Downbeat was watching (`monitored`: one row per stretch of rounds no further
    // apart than the schedule allows), and incidents that ended because Downbeat stopped
    // (`stopped`), which a restart that finds the same failure continues. Older histories get
    // one stretch from their first result to their last: what they counted before.
    "CREATE TABLE monitored (
        id INTEGER PRIMARY KEY,
        start INTEGER NOT NULL,          -- Unix ms of the stretch's first round
        last INTEGER NOT NULL            -- Unix ms of its latest round
     );
     INSERT INTO monitored (start, last)
        SELECT min(f), max(l) FROM (
            SELECT min(at) AS f, max(at) AS l FROM results
            UNION ALL SELECT min(bucket) * 1000, (max(bucket) + 3600) * 1000 FROM rollups WHERE resolution = 3600)
        WHERE f IS NOT NULL HAVING min(f) IS NOT NULL;
     ALTER TABLE incidents ADD COLUMN stopped INTEGER NOT NULL DEFAULT 0;",
    // 7: how far an incident reached, as probes elsewhere saw it (everywhere, region, …).
    "ALTER TABLE incidents ADD COLUMN scope TEXT;", // not for people: SQL
];

/// How far apart two rounds may be and still be one stretch of watching, unless the config
/// says otherwise (see [`max_gap`]).
pub const DEFAULT_GAP: Duration = Duration::from_secs(390);

/// How far apart two rounds may be and still count as one stretch of watching: three rounds
/// missed, or the longest back-off after a round, with half a minute to spare. Longer is a
/// gap (Downbeat stopped, paused, or the computer slept), counted neither up nor down.
pub fn max_gap(interval: Duration, backoff_max: Duration) -> Duration {
    (interval * 3).max(interval + backoff_max) + Duration::from_secs(30)
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings `conn` up to [`SCHEMA_VERSION`], one transaction per step.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(err)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let tx = conn.transaction().map_err(err)?;
        tx.execute_batch(sql).map_err(err)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)
            .map_err(err)?;
        tx.commit().map_err(err)?;
    }
    Ok(())
}

/// What opening the store found worth telling the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenNotice {
    /// The file was corrupt: it was moved to `moved_to` and a fresh one started.
    Recovered { moved_to: PathBuf, reason: String },
}

impl OpenNotice {
    /// The notice in the catalogue's words.
    pub fn message(&self) -> Message {
        match self {
            OpenNotice::Recovered { moved_to, reason } => msg!(
                "store-recovered",
                reason = Message::verbatim(reason.clone()),
                moved_to = moved_to.as_path(),
            ),
        }
    }
}

impl std::fmt::Display for OpenNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::view::i18n::render(&self.message()))
    }
}

/// Opens (creating if needed) the database for writing: WAL, migrated, files 0600. A corrupt
/// file is moved aside and replaced.
pub fn open_for_writing(path: &Path) -> Result<(Connection, Option<OpenNotice>), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    match try_open(path) {
        Ok(conn) => Ok((conn, None)),
        Err(StoreError::Sqlite { source, .. }) if is_corruption(&source) => {
            let moved_to = move_aside(path)?;
            let conn = try_open(path)?;
            Ok((
                conn,
                Some(OpenNotice::Recovered {
                    moved_to,
                    reason: source.to_string(),
                }),
            ))
        }
        Err(e) => Err(e),
    }
}

fn try_open(path: &Path) -> Result<Connection, StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let existed = path.exists();
    let mut conn = Connection::open(path).map_err(err)?;
    restrict_permissions(path);
    conn.busy_timeout(Duration::from_secs(5)).map_err(err)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(err)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(err)?;
    if existed {
        let ok: String = conn
            .pragma_query_value(None, "quick_check", |r| r.get(0))
            .map_err(err)?;
        if ok != "ok" {
            return Err(err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(ok),
            )));
        }
    }
    migrate(&mut conn, path)?;
    Ok(conn)
}

/// Opens the database read-only, for queries. `None` when there is no history yet.
pub fn open_for_reading(path: &Path) -> Result<Option<Connection>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    })?;
    let _ = conn.busy_timeout(Duration::from_secs(5));
    Ok(Some(conn))
}

fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Moves `path` (and its -wal and -shm) to `path.corrupt-<unix time>`; never deletes.
fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let target = PathBuf::from(format!("{}.corrupt-{stamp}", path.display()));
    std::fs::rename(path, &target).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    for ext in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{ext}", path.display()));
        if side.exists() {
            let _ = std::fs::rename(&side, format!("{}{ext}", target.display()));
        }
    }
    Ok(target)
}

#[cfg(unix)]
fn restrict_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

#[cfg(not(unix))]
fn restrict_permissions(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_from_every_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        for start in 0..SCHEMA_VERSION {
            let path = dir.path().join(format!("v{start}.db"));
            let mut conn = Connection::open(&path).unwrap();
            for (i, sql) in MIGRATIONS.iter().enumerate().take(start as usize) {
                conn.execute_batch(sql).unwrap();
                conn.pragma_update(None, "user_version", i as i64 + 1)
                    .unwrap();
            }
            if start >= 1 {
                conn.execute(
                    "INSERT INTO results (at, service, check_name, status, diagnosis, total_us) VALUES (1, 's', 'c', 0, 'ok', 5)",
                    [],
                )
                .unwrap();
            }
            migrate(&mut conn, &path).unwrap();
            let v: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(v, SCHEMA_VERSION);
            if start >= 1 {
                let n: i64 = conn
                    .query_row("SELECT count(*) FROM results", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(n, 1, "data survives the migration from version {start}");
            }
            conn.execute("INSERT INTO rollup_marks VALUES (60, 0)", [])
                .unwrap();
        }
    }

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(
            migrate(&mut conn, &path),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }
}
