//! The history store: queries over what the writer recorded, a damaged file moved aside,
//! kill -9 during writes, and a full or read-only disk (real ones: a tiny tmpfs in a private
//! mount namespace).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use downbeat::model::{Report, RoundResult, Sink, State, Status};
use downbeat::store::{History, Retention, Writer};
use support::Reply;

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

fn report(status: Status, ms: u64) -> Report {
    let mut r = fixtures::report_with(status, Duration::from_millis(ms));
    r.detail = downbeat::model::Message::verbatim("detail, with a comma");
    r
}

/// A round of the baseline check "base" (down: it reached no server, and nor did the service:
/// the user is offline) and the service "Tunes".
fn round(at: SystemTime, base: Status, svc: Status, ttfb_ms: u64) -> RoundResult {
    let offline = base == Status::Down;
    let base = match base {
        Status::Down => fixtures::unreachable(),
        up => report(up, 5),
    };
    fixtures::round(
        at,
        vec![fixtures::check("base", base)],
        vec![fixtures::service(
            "Tunes",
            vec![fixtures::check(
                "front",
                if offline {
                    fixtures::unreachable()
                } else {
                    report(svc, ttfb_ms)
                },
            )],
        )],
    )
}

use support::fixtures::{self, transition};

fn ms(t: SystemTime) -> i64 {
    downbeat::store::unix_ms(t)
}

#[test]
fn records_rounds_and_incidents_and_answers_queries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let sink = writer.sink();
    let t0 = SystemTime::now() - Duration::from_secs(3600);
    let at = |s: u64| t0 + Duration::from_secs(s);
    // An hour at one round a minute: up for 20 min, down for 10, up, then offline 5 min.
    for m in 0..60u64 {
        let svc = if (20..30).contains(&m) {
            Status::Down
        } else {
            Status::Up
        };
        let base = if (45..50).contains(&m) {
            Status::Down
        } else {
            Status::Up
        };
        let svc = if base == Status::Down {
            Status::Down
        } else {
            svc
        };
        sink.on_round(&Arc::new(round(at(m * 60), base, svc, 10 + m)));
        if m == 21 {
            sink.on_transition(
                &transition(Some("Tunes"), State::Up, State::Down, at(m * 60)),
                true,
            );
        }
        if m == 31 {
            sink.on_transition(
                &transition(Some("Tunes"), State::Down, State::Up, at(m * 60)),
                true,
            );
        }
        if m == 46 {
            sink.on_transition(
                &transition(None, State::Up, State::Offline, at(m * 60)),
                true,
            );
        }
        if m == 51 {
            sink.on_transition(
                &transition(None, State::Offline, State::Up, at(m * 60)),
                false,
            );
        }
    }
    writer.flush();
    assert_eq!(writer.status().written, 60);
    assert_eq!(writer.status().last_error, None);
    writer.shutdown();

    let h = History::open(&path).unwrap().unwrap();
    let now = ms(SystemTime::now());
    let from = ms(t0);
    assert_eq!(h.services(from).unwrap(), ["Tunes"]);

    let incidents = h.incidents(from, None, now).unwrap();
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    let offline = &incidents[0];
    assert_eq!(
        (
            offline.service.as_deref(),
            offline.state.as_str(),
            offline.blame.as_str()
        ),
        (None, "offline", "you")
    );
    assert_eq!(offline.cause, "offline");
    let down = &incidents[1];
    assert_eq!(
        (
            down.service.as_deref(),
            down.state.as_str(),
            down.blame.as_str()
        ),
        (Some("Tunes"), "down", "them")
    );
    assert_eq!(down.cause, "service");
    assert_eq!(down.duration_s, 600.0);
    assert_eq!(down.worst_diagnosis.as_deref(), Some("http_server_error"));
    assert!(down.notified && offline.notified);

    // Watched 59 min, offline 5 (the user's side, left out of the judged time), down 10:
    // 1 - 10/54.
    let u = h.uptime("Tunes", from, now).unwrap();
    assert_eq!(u.monitored_s, 54.0 * 60.0, "judged time only");
    assert_eq!(
        (u.down_s, u.offline_s, u.your_side_s),
        (600.0, 300.0, 300.0)
    );
    let want = 100.0 * (1.0 - 10.0 / 54.0);
    assert!((u.uptime_pct.unwrap() - want).abs() < 1e-9, "{u:?}");

    // Twelve 5-minute buckets: counts per status; the offline rounds counted apart.
    let tl = h.timeline("Tunes", from, from + 3_600_000, 12).unwrap();
    assert_eq!(tl.len(), 12);
    assert_eq!(tl[0].up, 5);
    assert_eq!((tl[4].down, tl[5].down), (5, 5));
    assert_eq!(tl[9].offline, 5);
    assert_eq!(
        tl.iter()
            .map(|b| b.up + b.down + b.degraded + b.offline)
            .sum::<i64>(),
        60
    );

    // Latency per phase: TTFB grows 1 ms a minute; down and offline rounds are left out.
    let lat = h.latency("Tunes", from, from + 3_600_000, 2).unwrap();
    let first = lat[0].phases["ttfb"];
    assert_eq!(
        first.max_ms, 29.0,
        "minute 19 is the last up one in the first half"
    );
    assert!(first.p50_ms <= first.p95_ms && first.p95_ms <= first.max_ms);
    assert_eq!(lat[1].phases["dns"].p50_ms, 1.0);

    // The 90-day view (hourly rollups) sees the same counts.
    let tl90 = h
        .timeline("Tunes", now - 90 * 86_400_000, now + 1, 90)
        .unwrap();
    assert_eq!(
        tl90.iter()
            .map(|b| b.up + b.down + b.degraded + b.offline)
            .sum::<i64>(),
        60
    );
    let lat90 = h
        .latency("Tunes", now - 90 * 86_400_000, now + 1, 1)
        .unwrap();
    assert!(
        lat90[0].phases["ttfb"].p95_ms >= 60.0,
        "{:?}",
        lat90[0].phases["ttfb"]
    );

    // CSV export: a header, 120 rows (baseline and service), quoting the comma.
    let mut csv = Vec::new();
    assert_eq!(h.export_csv(from, &mut csv).unwrap(), 120);
    let text = String::from_utf8(csv).unwrap();
    assert_eq!(text.lines().count(), 121);
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .contains("\"detail, with a comma\""),
        "{text}"
    );
}

fn garbage_db(path: &Path) -> Vec<u8> {
    let bytes: Vec<u8> = (0..40_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(path, &bytes).unwrap();
    bytes
}

fn moved_aside(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect()
}

#[test]
fn a_file_that_is_not_a_database_is_kept_aside_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let bytes = garbage_db(&path);
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let notice = writer.status().notice.unwrap().to_string();
    assert!(
        notice.starts_with("the history database was damaged"),
        "{notice}"
    );
    let aside = moved_aside(dir.path());
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read(&aside[0]).unwrap(),
        bytes,
        "the damaged file is kept as it was"
    );
    assert!(notice.contains(&aside[0].display().to_string()));
    writer.sink().on_round(&Arc::new(round(
        SystemTime::now(),
        Status::Up,
        Status::Up,
        5,
    )));
    writer.flush();
    assert_eq!(writer.status().written, 1);
}

#[test]
fn a_database_with_damaged_pages_is_kept_aside_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    for i in 0..200 {
        writer.sink().on_round(&Arc::new(round(
            SystemTime::now() - Duration::from_secs(i),
            Status::Up,
            Status::Up,
            5,
        )));
    }
    writer.shutdown();
    // Scribble over the pages after the header page.
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 12_000, "{}", bytes.len());
    for b in &mut bytes[4096..12_288] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    assert!(
        writer.status().notice.is_some(),
        "quick_check must catch damaged pages"
    );
    assert_eq!(moved_aside(dir.path()).len(), 1);
}

/// Runs `downbeat watch` against loopback servers; returns the child.
fn spawn_watch(config: &Path, data: &Path) -> std::process::Child {
    std::process::Command::new(BIN)
        .args(["watch", "--no-notify", "--config"])
        .arg(config)
        .env("DOWNBEAT_DATA_DIR", data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn write_config(dir: &Path, base: u16, svc: u16) -> PathBuf {
    let p = dir.join("c.toml");
    std::fs::write(
        &p,
        format!(
            "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{base}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{svc}/\"\n"
        ),
    )
    .unwrap();
    p
}

/// (rounds of the service recorded, of those the ones missing their baseline row), checking
/// the file opens cleanly. The baseline runs with every service round, in the same transaction.
/// A round is stamped when it starts and written when it ends, so it can land in a bucket
/// that is rolled up already. The rollups must count it anyway: the long views (90 days) read
/// them, not the raw results.
#[test]
fn a_round_written_after_its_bucket_was_rolled_up_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let sink = writer.sink();
    let two_hours_ago = SystemTime::now() - Duration::from_secs(2 * 3600);
    sink.on_round(&Arc::new(round(two_hours_ago, Status::Up, Status::Up, 10)));
    writer.flush(); // rolls up everything, and marks that hour done
    for s in 1..=3 {
        let late = two_hours_ago + Duration::from_secs(s);
        sink.on_round(&Arc::new(round(late, Status::Up, Status::Down, 10)));
    }
    writer.flush();
    writer.shutdown();

    let h = History::open(&path).unwrap().unwrap();
    let now = ms(SystemTime::now());
    let day = 86_400_000;
    let tl = h.timeline("Tunes", now - 90 * day, now + 1, 90).unwrap();
    let counted: i64 = tl
        .iter()
        .map(|b| b.up + b.down + b.degraded + b.offline)
        .sum();
    let down: i64 = tl.iter().map(|b| b.down).sum();
    let seen: Vec<_> = tl.iter().filter(|b| b.up + b.down > 0).collect();
    assert_eq!((counted, down), (4, 3), "{seen:?}");
}

fn rounds_in(path: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    conn.query_row(
        "SELECT count(*), coalesce(sum(n != 2), 0) FROM
           (SELECT at, count(*) AS n FROM results WHERE at IN (SELECT at FROM results WHERE service = 'Tunes') GROUP BY at)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_writes_loses_at_most_the_round_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let cfg = write_config(dir.path(), base.port(), svc.port());
    let data = dir.path().join("data");
    let db = data.join("history.db");
    let mut recorded = 0;
    // Kills at every stage: during start-up (opening and migrating), between rounds, and in
    // the middle of writes.
    let waits = [900u64, 30, 1700, 120, 450, 2300, 60, 1250, 3100, 250];
    for (i, wait_ms) in waits.iter().enumerate() {
        let hits_before = svc.hits() as i64;
        let mut child = spawn_watch(&cfg, &data);
        tokio::time::sleep(Duration::from_millis(*wait_ms)).await;
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let rounds_run = svc.hits() as i64 - hits_before;
        let (rounds, torn) = rounds_in(&db);
        assert_eq!(torn, 0, "a round is written whole or not at all");
        let new = rounds - recorded;
        assert!(
            new >= rounds_run - 1,
            "kill {i}: {rounds_run} rounds ran, {new} were recorded: more than the one in flight was lost"
        );
        recorded = rounds;
        // The reader the CLI and the app use opens it too.
        assert!(History::open(&db).unwrap().is_some());
    }
    assert!(recorded >= 6);
    let out = std::process::Command::new(BIN)
        .args(["history", "--json"])
        .env("DOWNBEAT_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `script` as root in a private mount namespace with a small tmpfs at `mnt`. When no
/// such namespace can be made, the test fails saying so, with unshare's own words.
fn in_mount_namespace(script: &str) -> std::process::Output {
    const ENTERED: &str = "in a private mount namespace";
    let script = format!("echo '{ENTERED}'\n{script}");
    // As root, or else as a mapped root in a user namespace.
    let run = |flags: &str| {
        std::process::Command::new("unshare")
            .args([flags, "--", "bash", "-c", &script])
            .output()
            .expect("unshare (util-linux) is needed")
    };
    let entered =
        |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).starts_with(ENTERED);
    let as_root = run("-m");
    if entered(&as_root) {
        return as_root;
    }
    let mapped = run("-rm");
    assert!(
        entered(&mapped),
        "unshare failed, so the disk test could not run in a private mount namespace: \
         `unshare -m`: {} (exit {:?}); `unshare -rm`: {} (exit {:?}). In a chroot, bind-mount \
         the root onto itself first (mount --bind ROOT ROOT)",
        String::from_utf8_lossy(&as_root.stderr).trim(),
        as_root.status.code(),
        String::from_utf8_lossy(&mapped.stderr).trim(),
        mapped.status.code(),
    );
    mapped
}

async fn disk_trouble(setup: &str, break_it: &str, mend_it: &str, expect: &str) {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let cfg = write_config(dir.path(), base.port(), svc.port());
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let script = format!(
        r#"set -u
mount -t tmpfs -o size=1m none {mnt} || exit 97
{setup}
DOWNBEAT_DATA_DIR={mnt} {bin} watch --no-notify --config {cfg} 2> {out}/stderr &
W=$!
sleep 2.5
{break_it}
sleep 7
kill -0 $W && echo alive-while-broken > {out}/alive
{mend_it}
sleep 3
kill -TERM $W; wait $W; echo $? > {out}/exit
cp {mnt}/history.db* {out}/ 2>/dev/null
true"#,
        setup = setup
            .replace("{mnt}", &mnt.display().to_string())
            .replace("{bin}", BIN)
            .replace("{cfg}", &cfg.display().to_string()),
        break_it = break_it.replace("{mnt}", &mnt.display().to_string()),
        mend_it = mend_it.replace("{mnt}", &mnt.display().to_string()),
        mnt = mnt.display(),
        bin = BIN,
        cfg = cfg.display(),
        out = out_dir.display(),
    );
    let svc_hits_before = svc.hits();
    let out = tokio::task::spawn_blocking(move || in_mount_namespace(&script))
        .await
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(97),
        "cannot mount a tmpfs: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rounds_run = (svc.hits() - svc_hits_before) as i64;
    let stderr = std::fs::read_to_string(out_dir.join("stderr")).unwrap_or_default();
    assert!(
        out_dir.join("alive").exists(),
        "the monitor kept running: {stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("exit"))
            .unwrap()
            .trim(),
        "0",
        "{stderr}"
    );
    assert_eq!(stderr.matches(expect).count(), 1, "reported once: {stderr}");
    // Nothing recorded is lost: what was held in memory was written once the disk recovered.
    let (rounds, torn) = rounds_in(&out_dir.join("history.db"));
    assert_eq!(torn, 0);
    assert!(
        rounds >= rounds_run - 1,
        "{rounds_run} rounds ran, {rounds} were recorded; {stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_disk_keeps_the_monitor_running_and_loses_nothing() {
    disk_trouble(
        "",
        "dd if=/dev/zero of={mnt}/filler bs=4k 2>/dev/null; true",
        "rm -f {mnt}/filler",
        "the disk is full",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_only_disk_keeps_the_monitor_running_and_loses_nothing() {
    // A filesystem can't turn read-only under a file open for writing, so the history is made
    // first, and the monitor starts on the read-only disk.
    disk_trouble(
        "DOWNBEAT_DATA_DIR={mnt} {bin} watch --no-notify --config {cfg} 2>/dev/null & P=$!; sleep 1.5; kill -TERM $P; wait $P
mount -o remount,ro {mnt} || exit 98",
        "",
        "mount -o remount,rw {mnt} || exit 99",
        "read-only",
    )
    .await;
}

/// `downbeat history` as a user types it: spans, dates and words for `--since`, exact service
/// names (a wrong one fails and lists the known ones), usage errors exit 3 (UNKNOWN), and the
/// text and the CSV round a duration alike.
#[test]
fn the_history_command_reads_spans_dates_and_exact_names() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let writer = Writer::start(
        &data.join("history.db"),
        Retention::default(),
        downbeat::store::DEFAULT_GAP,
    )
    .unwrap();
    let now = SystemTime::now();
    for i in 0..96u64 {
        writer.sink().on_round(&Arc::new(round(
            now - Duration::from_secs(1800 * i + 60),
            Status::Up,
            Status::Up,
            5,
        )));
    }
    // An incident of 6.5 s, an hour ago, watched from its first round to its last.
    let start = now - Duration::from_secs(3600);
    for at in [start, start + Duration::from_millis(6500)] {
        writer
            .sink()
            .on_round(&Arc::new(round(at, Status::Up, Status::Down, 5)));
    }
    writer.sink().on_transition(
        &transition(Some("Tunes"), State::Up, State::Down, start),
        true,
    );
    writer.sink().on_transition(
        &transition(
            Some("Tunes"),
            State::Down,
            State::Up,
            start + Duration::from_millis(6500),
        ),
        true,
    );
    writer.shutdown();
    let home = dir.path().join("home");
    // The CLI on this history, in a home of its own; `tz`: a time zone for it (else the
    // machine's).
    let cli = |args: &[&str], tz: Option<&str>| {
        let mut c = std::process::Command::new(BIN);
        c.args(args)
            .env("DOWNBEAT_DATA_DIR", &data)
            .env_remove("DOWNBEAT_CONFIG")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("NO_COLOR", "1");
        if let Some(tz) = tz {
            c.env("TZ", tz);
        }
        c.output().unwrap()
    };
    let run = |args: &[&str]| {
        let out = cli(args, None);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (code, _, err) = run(&["history", "--service", "Nope"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(
        err.contains("no service named \"Nope\"; the known services are: Spotify, Tunes"),
        "{err}"
    );
    let (code, _, err) = run(&["history", "--service", "tunes"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("did you mean \"Tunes\"?"), "{err}");
    let (code, out, err) = run(&["history", "--service", "Tunes"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("Tunes down for 7 s"), "{out}");

    let (code, _, err) = run(&["history", "--since", "0s"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("no time at all"), "{err}");
    let (code, out, err) = run(&["history", "--since", "90d"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("(90 d to now)"), "{out}");
    for since in ["1w", "yesterday", "today"] {
        let (code, out, err) = run(&["history", "--since", since]);
        assert_eq!(code, Some(0), "{since}: {err}");
        assert!(out.contains("Tunes"), "{since}: {out}");
    }
    let day = time::OffsetDateTime::from(now - Duration::from_secs(3 * 86_400)).date();
    let (code, out, err) = run(&["history", "--utc", "--since", &day.to_string()]);
    assert_eq!(code, Some(0), "{err}");
    // Three days and some hours: "3 d" before noon UTC, "4 d" after (the span is rounded).
    let head = format!("History since {day}T00:00:00.000Z (");
    assert!(
        out.starts_with(&format!("{head}3 d ")) || out.starts_with(&format!("{head}4 d ")),
        "{out}"
    );
    // Without --utc, people read local time, with its offset, and a date or "today" starts
    // at local midnight: here UTC+05:30 (a POSIX TZ, so no zone files are needed).
    let local =
        |args: &[&str]| String::from_utf8_lossy(&cli(args, Some("IST-5:30")).stdout).into_owned();
    let out = local(&["history", "--since", &day.to_string()]);
    assert!(
        out.starts_with(&format!("History since {day} 00:00:00 +05:30 (")),
        "{out}"
    );
    let out = local(&["history", "--since", "today"]);
    assert!(out.contains(" 00:00:00 +05:30 ("), "{out}");
    let incident_line = out
        .lines()
        .find(|l| l.contains("Tunes down for 7 s"))
        .unwrap_or_default()
        .to_owned();
    let out = local(&["history"]);
    let line = out
        .lines()
        .find(|l| l.contains("Tunes down for 7 s"))
        .unwrap_or_default();
    assert!(line.contains(" +05:30  Tunes down for 7 s ("), "{out}");
    if !incident_line.is_empty() {
        assert_eq!(incident_line, line);
    }

    // The CSV says 7 s too, not 6.
    let (code, out, err) = run(&["history", "--csv"]);
    assert_eq!(code, Some(0), "{err}");
    let row = out
        .lines()
        .find(|l| l.starts_with("Tunes,"))
        .unwrap_or_default();
    assert_eq!(row.split(',').nth(5), Some("7"), "{out}");
    // Each incident carries its cause, in the CSV and the JSON.
    assert!(
        out.starts_with("service,check,state,start,end,duration_s,first_diagnosis,worst_diagnosis,blame,cause,notified"),
        "{out}"
    );
    assert_eq!(row.split(',').nth(9), Some("service"), "{out}");
    let (code, out, err) = run(&["history", "--json"]);
    assert_eq!(code, Some(0), "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["incidents"][0]["cause"], "service", "{doc}");

    // export writes a new file, and leaves an existing one alone unless told to replace it.
    let csv = dir.path().join("results.csv");
    let csv_arg = csv.to_str().unwrap();
    let (code, _, err) = run(&["export", "--csv", csv_arg, "--since", "2d"]);
    assert_eq!(code, Some(0), "{err}");
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.lines().count() > 1, "{written}");
    std::fs::write(&csv, "mine\n").unwrap();
    let (code, _, err) = run(&["export", "--csv", csv_arg]);
    assert_eq!(code, Some(3), "{err}");
    assert!(
        err.contains("exists already: add --force to replace it"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "mine\n");
    let (code, _, err) = run(&["export", "--csv", csv_arg, "--force", "--since", "2d"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), written);

    // Usage errors are UNKNOWN (3), not CRITICAL (2); help and version succeed.
    for args in [&["chek"][..], &["check", "--jsn"], &["history", "--since"]] {
        let (code, _, err) = run(args);
        assert_eq!(code, Some(3), "{args:?}: {err}");
    }
    for args in [&["--help"][..], &["--version"], &["history", "--help"]] {
        let (code, out, _) = run(args);
        assert_eq!(code, Some(0), "{args:?}");
        assert!(!out.is_empty());
    }
}

/// A maintenance step that fails (here its bookkeeping table is gone) is said in the writer's
/// status, and the results themselves are still recorded.
#[test]
fn maintenance_errors_are_surfaced_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let now = SystemTime::now();
    writer
        .sink()
        .on_round(&Arc::new(round(now, Status::Up, Status::Up, 5)));
    writer.flush();
    assert_eq!(writer.status().maintenance_error, None);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE rollup_marks")
        .unwrap();
    writer.sink().on_round(&Arc::new(round(
        now + Duration::from_secs(60),
        Status::Up,
        Status::Up,
        5,
    )));
    writer.flush();
    let st = writer.status();
    let err = st.maintenance_error.clone().unwrap_or_default().to_string();
    assert!(
        err.starts_with("history maintenance failed (rolling up)"),
        "{err:?}"
    );
    assert!(!err.contains('\n'), "{err}");
    assert_eq!(st.written, 2, "both rounds are recorded");
    assert_eq!(st.last_error, None);
    writer.shutdown();
}

/// An access point's hello is kept like any phase: in the latency series and in the CSV.
#[test]
fn the_access_points_hello_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let sink = writer.sink();
    let t0 = SystemTime::now() - Duration::from_secs(600);
    for m in 0..5u64 {
        let mut r = Report::bare(
            downbeat::model::CheckKind::SpotifyAp,
            "https://apresolve.test/",
            downbeat::Diagnosis::Ok,
            downbeat::model::Message::verbatim("ap.test:4070 answered the hello."),
        );
        r.phases.dns = Some(Duration::from_millis(1));
        r.phases.connect = Some(Duration::from_millis(2));
        r.phases.hello = Some(Duration::from_millis(30 + m));
        r.total = Duration::from_millis(40);
        let round = RoundResult::new(
            t0 + Duration::from_secs(60 * m),
            vec![],
            vec![fixtures::service(
                "Spotify",
                vec![fixtures::check("access point", r)],
            )],
        );
        sink.on_round(&Arc::new(round));
    }
    writer.flush();
    writer.shutdown();
    let h = History::open(&path).unwrap().unwrap();
    let from = ms(t0);
    let lat = h
        .latency("Spotify", from, ms(SystemTime::now()), 1)
        .unwrap();
    assert_eq!(lat[0].phases["hello"].max_ms, 34.0, "{:?}", lat[0].phases);
    let mut csv = Vec::new();
    assert_eq!(h.export_csv(from, &mut csv).unwrap(), 5);
    let text = String::from_utf8(csv).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let col = header.iter().position(|c| *c == "hello_ms").unwrap();
    assert_eq!(header[col - 1], "tls_ms");
    let last: Vec<&str> = text.lines().nth(5).unwrap().split(',').collect();
    assert_eq!(last[col], "34.000", "{text}");
}

/// Sends SIGTERM to a child and waits for it: how a service manager, a logout or `kill` stops
/// Downbeat.
fn terminate(child: &mut std::process::Child) {
    let ok = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "stopped cleanly on SIGTERM: {status:?}");
}

/// Tunes' incidents, newest first (reading while `watch` writes, as the window does).
fn tunes_incidents(db: &Path) -> Vec<downbeat::store::Incident> {
    let Ok(Some(h)) = History::open(db) else {
        return Vec::new();
    };
    h.incidents(0, Some("Tunes"), ms(SystemTime::now()))
        .unwrap_or_default()
        .into_iter()
        .filter(|i| i.service.is_some())
        .collect()
}

/// Waits (20 s at most) until `ok` holds, with the testkit's one wait.
async fn until(what: &str, mut ok: impl FnMut() -> bool) {
    support::serve::until(Duration::from_secs(20), what, || ok().then_some(())).await;
}

/// Item 7 of #22: up, down, quit (SIGTERM), restart still down, up. One incident, which ended
/// at its last observation while Downbeat was stopped and was continued by the restart; the
/// time Downbeat wasn't running is a gap, neither up nor down; and the CLI and the window give
/// the same uptime, from the one history view.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_during_an_outage_continues_the_incident_and_the_gap_counts_as_neither() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let cfg = write_config(dir.path(), base.port(), svc.port());
    let data = dir.path().join("data");
    let db = data.join("history.db");

    let mut first = spawn_watch(&cfg, &data);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    svc.set(Reply::status(500, "broken"));
    until("the outage opens an incident", || {
        tunes_incidents(&db).first().is_some_and(|i| i.ongoing)
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    terminate(&mut first);
    let stopped = tunes_incidents(&db);
    assert_eq!(stopped.len(), 1, "{stopped:#?}");
    assert!(
        !stopped[0].ongoing,
        "a stop ends the incident at its last observation: {stopped:#?}"
    );
    let ended_at = stopped[0].end_ms.unwrap();

    // Stopped for a while; nothing is watched meanwhile.
    let gap = Duration::from_secs(4);
    tokio::time::sleep(gap).await;
    let mut second = spawn_watch(&cfg, &data);
    until(
        "the restart finds the same failure and continues the incident",
        || tunes_incidents(&db).first().is_some_and(|i| i.ongoing),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    svc.set(Reply::ok("ok"));
    until("the recovery ends it", || {
        tunes_incidents(&db).first().is_some_and(|i| !i.ongoing)
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    terminate(&mut second);

    let incidents = tunes_incidents(&db);
    assert_eq!(
        incidents.len(),
        1,
        "one outage is one incident: {incidents:#?}"
    );
    let i = &incidents[0];
    assert!(i.end_ms.unwrap() > ended_at + 4000, "{i:#?}");

    // The uptime counts only the time watched: the gap is neither up nor down.
    let out = std::process::Command::new(BIN)
        .args(["history", "--json", "--since", "1h"])
        .env("DOWNBEAT_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tunes = doc["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "Tunes")
        .unwrap()
        .clone();
    let monitored = tunes["monitored_s"].as_f64().unwrap();
    let down = tunes["down_s"].as_f64().unwrap();
    let h = History::open(&db).unwrap().unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (first_at, last_at): (i64, i64) = conn
        .query_row(
            "SELECT min(at), max(at) FROM results WHERE service = 'Tunes'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let span = (last_at - first_at) as f64 / 1000.0;
    // The incident's own length is its watched time; the gap inside it is said apart.
    let incident_s = i.duration_s + i.unwatched_s;
    assert!(
        i.unwatched_s >= gap.as_secs_f64() - 0.5,
        "the gap is said: {i:#?}"
    );
    assert!(
        monitored <= span - gap.as_secs_f64() + 0.5,
        "monitored {monitored} s of a {span} s span with a {gap:?} gap"
    );
    assert!(
        down <= incident_s - gap.as_secs_f64() + 0.5 && down > 1.0,
        "down {down} s of a {incident_s} s incident that spans a {gap:?} gap"
    );
    assert!(
        (down - i.duration_s).abs() < 0.5,
        "the incident's watched time is the downtime: {down} vs {i:#?}"
    );
    let pct = tunes["uptime_pct"].as_f64().unwrap();
    assert!(
        (pct - 100.0 * (1.0 - down / monitored)).abs() < 1e-6,
        "{pct} from {down} / {monitored}"
    );
    // The window reads the same uptime for the same history.
    let now = ms(SystemTime::now());
    let window = downbeat::view::history::window(Some(&h), &["Tunes".to_owned()], now).unwrap();
    let w = &window.services[0].windows["24h"];
    // The CLI's figure comes through JSON, whose parser may land a last bit off (serde_json
    // without `float_roundtrip`): the same figure to a billionth.
    assert!(
        w.uptime_pct.is_some_and(|u| (u - pct).abs() < 1e-9),
        "the window and the CLI agree: {:?} and {pct}",
        w.uptime_pct
    );
    assert_eq!(
        w.uptime_text,
        tunes["uptime_text"].as_str().unwrap(),
        "and word it alike"
    );
}

/// A failure after a resume is a new incident: only a failure found early in a run's first
/// stretch continues the incident a stop ended (a pause starts a stretch too, but nobody
/// stopped, and the time between was watched and up).
#[test]
fn a_failure_after_a_resume_does_not_reopen_an_incident_a_stop_ended() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let t0 = SystemTime::now() - Duration::from_secs(1800);
    let at = |s: u64| t0 + Duration::from_secs(s);
    let start =
        || Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    // A run: Tunes fails and the run stops during the outage.
    let w = start();
    w.sink()
        .on_round(&Arc::new(round(at(0), Status::Up, Status::Down, 5)));
    w.sink().on_transition(
        &transition(Some("Tunes"), State::Unknown, State::Down, at(0)),
        true,
    );
    w.sink()
        .on_round(&Arc::new(round(at(10), Status::Up, Status::Down, 5)));
    w.shutdown();
    // The next run: Tunes works, the user pauses, resumes, and then it fails.
    let w = start();
    for s in [60, 70, 80] {
        w.sink()
            .on_round(&Arc::new(round(at(s), Status::Up, Status::Up, 5)));
    }
    w.sink().on_transition(
        &transition(Some("Tunes"), State::Unknown, State::Up, at(60)),
        false,
    );
    w.sink().on_pause();
    w.sink()
        .on_round(&Arc::new(round(at(200), Status::Up, Status::Down, 5)));
    w.sink().on_transition(
        &transition(Some("Tunes"), State::Up, State::Down, at(200)),
        true,
    );
    w.shutdown();
    let h = History::open(&path).unwrap().unwrap();
    let incidents = h.incidents(ms(t0) - 1, Some("Tunes"), ms(at(300))).unwrap();
    assert_eq!(
        incidents.len(),
        2,
        "a new incident, not the old one reopened: {incidents:#?}"
    );
    assert_eq!(incidents[0].start_ms, ms(at(200)));
    assert_eq!(incidents[1].end_ms, Some(ms(at(10))));
}

/// A reload that changes the interval changes what counts as one stretch of watching
/// (`Writer::reconfigure`, which the session calls): rounds a minute apart are one stretch
/// under a 90 s gap, and each its own under a 30 s one.
#[test]
fn a_reloaded_gap_applies_to_the_next_rounds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let writer = Writer::start(&path, Retention::default(), Duration::from_secs(90)).unwrap();
    let t0 = SystemTime::now() - Duration::from_secs(3600);
    let round = |m: u64| {
        Arc::new(fixtures::round(
            t0 + Duration::from_secs(60 * m),
            vec![],
            vec![fixtures::service(
                "Tunes",
                vec![fixtures::check("front", fixtures::report(Status::Up))],
            )],
        ))
    };
    for m in 0..5 {
        writer.sink().on_round(&round(m));
    }
    writer.reconfigure(Retention::default(), Duration::from_secs(30));
    for m in 5..10 {
        writer.sink().on_round(&round(m));
    }
    writer.shutdown();
    let h = History::open(&path).unwrap().unwrap();
    let u = h
        .uptime("Tunes", ms(t0) - 1, ms(SystemTime::now()))
        .unwrap();
    // Four minutes between the first five rounds; none after (each round a stretch of its
    // own). Under the first gap throughout, it would be nine.
    assert_eq!(u.monitored_s, 4.0 * 60.0);
}
