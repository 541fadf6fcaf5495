//! The history store over a synthetic 90-day database of 10 services checked every 30 s:
//! insert throughput, the 30-day queries (target under 50 ms each), and the file's size.
//!
//! The last 7 days go through the real writer (raw results, then its per-minute and per-hour
//! rollups); days 8 to 90, whose raw results retention has already trimmed, are hourly rollups
//! written directly. Run with `cargo bench -p downbeat --bench store`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use criterion::{criterion_group, criterion_main, Criterion};
use downbeat::model::{ByteCount, Phases, Report, RoundResult, Status};
use downbeat::store::{History, Retention, Writer};
use downbeat_testkit::fixtures;

const SERVICES: usize = 10;
const INTERVAL_S: u64 = 30;
const RAW_DAYS: u64 = 7;
const TOTAL_DAYS: u64 = 90;

fn report(status: Status, seed: u64) -> Report {
    let jitter =
        |base: u64, spread: u64| Duration::from_micros(base + (seed * 2_654_435_761) % spread);
    let mut r = fixtures::report(status);
    r.detail = if status == Status::Up {
        "svc.test answered in 120 ms.".into()
    } else {
        "svc.test is answering with a server error (HTTP 503).".into()
    };
    r.phases = Phases {
        dns: Some(jitter(2_000, 8_000)),
        connect: Some(jitter(15_000, 10_000)),
        tls: Some(jitter(30_000, 20_000)),
        hello: None,
        ttfb: Some(jitter(60_000, 90_000)),
        transfer: Some(jitter(300, 2_000)),
    };
    r.total = jitter(120_000, 120_000);
    r.bytes = Some(ByteCount(1_200));
    r
}

fn round(at: SystemTime, n: u64) -> RoundResult {
    // Service 3 is down one round in 500.
    let services = (0..SERVICES)
        .map(|s| {
            let status = if s == 3 && n % 500 == 0 {
                Status::Down
            } else {
                Status::Up
            };
            fixtures::service(
                &format!("service-{s}"),
                vec![fixtures::check(
                    "front door",
                    report(status, n * 31 + s as u64),
                )],
            )
        })
        .collect();
    fixtures::round(
        at,
        vec![
            fixtures::check("Google", report(Status::Up, n)),
            fixtures::check("Cloudflare", report(Status::Up, n + 7)),
        ],
        services,
    )
}

/// Builds the synthetic database; returns the rounds written through the writer and the time.
fn build(path: &Path) -> (u64, Duration) {
    let now = SystemTime::now();
    let writer = Writer::start(path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let sink = writer.sink();
    let rounds = RAW_DAYS * 86_400 / INTERVAL_S;
    let started = Instant::now();
    for n in 0..rounds {
        let at = now - Duration::from_secs((rounds - n) * INTERVAL_S);
        downbeat::model::Sink::on_round(&sink, &std::sync::Arc::new(round(at, n)));
    }
    writer.flush();
    let took = started.elapsed();
    assert_eq!(writer.status().written, rounds);
    writer.shutdown();

    // Days 8 to 90: hourly rollups, and an incident a week per service.
    let mut conn = rusqlite::Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    let now_s = downbeat::store::unix_ms(now) / 1000;
    let first_raw_hour = now_s - (RAW_DAYS * 86_400) as i64;
    let first_raw_hour = first_raw_hour - first_raw_hour.rem_euclid(3600);
    let stats = r#"{"dns":[5000,9500,9900],"connect":[20000,24500,24900],"tls":[40000,49000,49800],"ttfb":[105000,145000,149000],"transfer":[1300,2200,2300],"total":[180000,235000,239000]}"#;
    {
        let mut ins = tx
            .prepare("INSERT INTO rollups (resolution, bucket, service, check_name, up, degraded, down, offline, stats) VALUES (3600, ?1, ?2, ?3, ?4, 0, ?5, 0, ?6)")
            .unwrap();
        let mut inc = tx
            .prepare("INSERT INTO incidents (service, check_name, kind, start, end, first_diagnosis, worst_diagnosis, blame, notified) VALUES (?1, 'front door', 'down', ?2, ?3, 'http_server_error', 'http_server_error', 'them', 1)")
            .unwrap();
        let hours = (TOTAL_DAYS - RAW_DAYS) * 24;
        for h in 1..=hours as i64 {
            let bucket = first_raw_hour - h * 3600;
            for s in 0..SERVICES {
                let name = format!("service-{s}");
                let down = i64::from(s == 3 && h % 4 == 0);
                ins.execute(rusqlite::params![
                    bucket,
                    name,
                    "front door",
                    120 - down,
                    down,
                    stats
                ])
                .unwrap();
                for b in ["Google", "Cloudflare"] {
                    if s == 0 {
                        ins.execute(rusqlite::params![bucket, "", b, 120, 0, stats])
                            .unwrap();
                    }
                }
                if h % (24 * 7) == 0 {
                    inc.execute(rusqlite::params![
                        name,
                        bucket * 1000,
                        bucket * 1000 + 300_000
                    ])
                    .unwrap();
                }
            }
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    (rounds, took)
}

fn file_size(path: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|ext| std::fs::metadata(format!("{}{ext}", path.display())).ok())
        .map(|m| m.len())
        .sum()
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let (rounds, took) = build(&path);
    let rows = rounds * (SERVICES as u64 + 2);
    println!(
        "insert: {rounds} rounds ({rows} results) through the writer in {:.2} s: {:.0} rounds/s, {:.0} results/s",
        took.as_secs_f64(),
        rounds as f64 / took.as_secs_f64(),
        rows as f64 / took.as_secs_f64()
    );
    println!(
        "database: {:.1} MB for {TOTAL_DAYS} days of {SERVICES} services every {INTERVAL_S} s ({RAW_DAYS} days raw, hourly rollups for {TOTAL_DAYS})",
        file_size(&path) as f64 / 1e6
    );

    let h = History::open(&path).unwrap().unwrap();
    let now = downbeat::store::unix_ms(SystemTime::now());
    let day = 86_400_000;
    c.bench_function("timeline 30d, 90 buckets", |b| {
        b.iter(|| h.timeline("service-3", now - 30 * day, now, 90).unwrap());
    });
    c.bench_function("uptime 30d", |b| {
        b.iter(|| h.uptime("service-3", now - 30 * day, now).unwrap());
    });
    c.bench_function("latency percentiles 30d, 90 buckets", |b| {
        b.iter(|| h.latency("service-3", now - 30 * day, now, 90).unwrap());
    });
    c.bench_function("timeline 24h, 96 buckets", |b| {
        b.iter(|| h.timeline("service-3", now - day, now, 96).unwrap());
    });
    c.bench_function("latency percentiles 24h, 96 buckets", |b| {
        b.iter(|| h.latency("service-3", now - day, now, 96).unwrap());
    });
    c.bench_function("timeline 90d, 90 buckets", |b| {
        b.iter(|| h.timeline("service-3", now - 90 * day, now, 90).unwrap());
    });
    c.bench_function("incidents 90d", |b| {
        b.iter(|| h.incidents(now - 90 * day, None, now).unwrap());
    });

    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    let sink = writer.sink();
    c.bench_function(
        "insert one round (12 results) + flush with rollup of the hour in progress",
        |b| {
            let mut n = 0;
            b.iter(|| {
                n += 1;
                downbeat::model::Sink::on_round(
                    &sink,
                    &std::sync::Arc::new(round(SystemTime::now(), n)),
                );
                writer.flush();
            });
        },
    );
    writer.shutdown();
}

criterion_group! {
    name = store;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    targets = benches
}
criterion_main!(store);
