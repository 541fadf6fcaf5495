//! Long run: 200 checks at a 1 s interval against loopback servers for 10 minutes (set
//! `LONGRUN_SECS` to change it), with the history store (`LONGRUN_STORE=0` leaves it out) and
//! a notifier attached. Samples the
//! process's open file descriptors, its RSS, and the engine's live tokio tasks every 10 s, and
//! prints whether they stay flat. Run with `cargo bench -p downbeat --bench longrun`.
//!
//! The servers run on a runtime of their own, so the task count is the engine's alone; file
//! descriptors and RSS are the whole process's (servers included).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit as support;

use std::fmt::Write as _;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use downbeat::config::Source;
use downbeat::model::Notification;
use downbeat::model::RoundResult;
use downbeat::monitor::{Monitor, Sink};
use downbeat::notify::Notifier;
use downbeat::store::{Retention, Writer};
use downbeat::Config;
use peak_alloc::PeakAlloc;
use support::{Ca, Reply};
use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System};

/// Counts live heap bytes, to tell a leak (the heap grows) from the allocator holding on to
/// freed pages (RSS grows, the heap does not).
#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const SERVICES: usize = 20;
const HOST: &str = "svc.test";

#[derive(Default)]
struct Counts {
    rounds: AtomicUsize,
    results: AtomicUsize,
    notifications: AtomicUsize,
}

impl Sink for Counts {
    fn on_round(&self, round: &Arc<RoundResult>) {
        self.rounds.fetch_add(1, Ordering::Relaxed);
        let n = round.baseline.len() + round.services.iter().map(|s| s.checks.len()).sum::<usize>();
        self.results.fetch_add(n, Ordering::Relaxed);
    }
}

impl Notifier for Counts {
    fn notify<'a>(
        &'a self,
        _n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), downbeat::notify::NotifyError>> + Send + 'a>> {
        self.notifications.fetch_add(1, Ordering::Relaxed);
        Box::pin(async { Ok(()) })
    }
}

struct Sample {
    at: Duration,
    fds: usize,
    rss_mb: f64,
    heap_mb: f64,
    tasks: usize,
    results: usize,
}

fn main() {
    let secs: u64 = std::env::var("LONGRUN_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    // The servers: their own runtime, on their own threads.
    let servers_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ca = Ca::new("Long-run CA");
    let ca_path = ca.write(dir.path());
    let (good, flappy, big, plain) = servers_rt.block_on(async {
        (
            support::https(ca.good(&[HOST]), Reply::ok("fine")).await,
            support::https(ca.good(&[HOST]), Reply::ok("fine")).await,
            support::https(
                ca.good(&[HOST]),
                Reply::Paced {
                    total: 64 << 10,
                    chunk: 16 << 10,
                    every: Duration::ZERO,
                },
            )
            .await,
            support::http(Reply::ok("ok")).await,
        )
    });
    let refused = support::refused_port();

    // 200 checks: 2 baseline, and 20 services of 10 checks each (4 handshakes, 2 streams,
    // 2 TCP connects, 2 plain HTTP). Service 0 flaps every 30 s; service 1 is always down.
    let mut text = format!(
        "[settings]\ninterval = \"1s\"\ntimeout = \"900ms\"\nca_file = \"{}\"\nremind_every = \"1m\"\n\
         [settings.resolve]\n\"{HOST}\" = \"127.0.0.1\"\n\
         [[baseline]]\nname = \"b1\"\nurl = \"http://127.0.0.1:{p}/\"\n\
         [[baseline]]\nname = \"b2\"\nhost = \"127.0.0.1\"\nport = {p}\n",
        ca_path.display(),
        p = plain.port()
    );
    for s in 0..SERVICES {
        let front = match s {
            0 => flappy.port(),
            1 => refused,
            _ => good.port(),
        };
        let _ = write!(text, "[[service]]\nname = \"S{s}\"\n");
        for i in 0..4 {
            let _ = write!(
                text,
                "[[service.check]]\nname = \"front{i}\"\nurl = \"https://{HOST}:{front}/{i}\"\n"
            );
        }
        for i in 0..2 {
            let _ = write!(
                text,
                "[[service.check]]\nname = \"cdn{i}\"\nkind = \"stream\"\nurl = \"https://{HOST}:{}/a\"\nbytes = 65536\nmin_kbps = 1\n",
                big.port()
            );
            let _ = write!(
                text,
                "[[service.check]]\nname = \"ap{i}\"\nhost = \"127.0.0.1\"\nport = {}\n",
                good.port()
            );
            let _ = write!(
                text,
                "[[service.check]]\nname = \"web{i}\"\nurl = \"http://127.0.0.1:{}/\"\n",
                plain.port()
            );
        }
    }
    let config = Arc::new(Config::parse(&text, Source::BuiltIn).unwrap());
    let checks = config.baseline.len()
        + config
            .services
            .iter()
            .map(|s| s.checks.len())
            .sum::<usize>();
    assert_eq!(checks, 202);

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let writer = Writer::start(
        &dir.path().join("history.db"),
        Retention::default(),
        downbeat::store::DEFAULT_GAP,
    )
    .unwrap();
    let counts = Arc::new(Counts::default());
    // LONGRUN_STORE=0 leaves the history store out, to tell its memory from the engine's.
    let with_store = std::env::var("LONGRUN_STORE").map_or(true, |v| v != "0");
    let handle = rt.block_on(async {
        let mut m = Monitor::new(
            config.clone(),
            downbeat::ProbeContext::from_settings(&config.settings).unwrap(),
        )
        .sink(counts.clone())
        .notifier(counts.clone());
        if with_store {
            m = m.sink(Arc::new(writer.sink()));
        }
        m.spawn()
    });

    let pid = Pid::from_u32(std::process::id());
    let mut sys = System::new();
    let mut sample = |started: Instant| -> Sample {
        sys.refresh_processes_specifics(
            ProcessesToUpdate::Some(&[pid]),
            true,
            ProcessRefreshKind::nothing().with_memory(),
        );
        let p = sys.process(pid).unwrap();
        Sample {
            at: started.elapsed(),
            fds: p.open_files().unwrap_or(0),
            rss_mb: p.memory() as f64 / 1e6,
            heap_mb: HEAP.current_usage() as f64 / 1e6,
            tasks: rt.metrics().num_alive_tasks(),
            results: counts.results.load(Ordering::Relaxed),
        }
    };

    println!(
        "long run: {checks} checks at 1 s for {secs} s against loopback servers (notifier attached; history store {})",
        if with_store { "attached" } else { "left out" }
    );
    println!("sampled every 2 s; per minute: the lowest (at rest, between rounds) and highest (checks in flight)");
    println!(
        "{:>4} {:>13} {:>13} {:>8} {:>13} {:>9}",
        "min", "fds lo-hi", "tasks lo-hi", "RSS MB", "heap MB lo-hi", "results"
    );
    let started = Instant::now();
    let mut minutes: Vec<Minute> = Vec::new();
    let mut current: Vec<Sample> = Vec::new();
    let mut flap = false;
    while started.elapsed() < Duration::from_secs(secs) {
        std::thread::sleep(Duration::from_secs(2));
        let elapsed = started.elapsed().as_secs();
        if ((elapsed / 30) % 2 == 1) != flap {
            flap = !flap;
            flappy.set(if flap {
                Reply::status(503, "down")
            } else {
                Reply::ok("fine")
            });
        }
        current.push(sample(started));
        if current.len() == 30 || started.elapsed() >= Duration::from_secs(secs) {
            let m = Minute::of(&current);
            println!(
                "{:>4} {:>6}-{:<6} {:>6}-{:<6} {:>8.1} {:>6.1}-{:<6.1} {:>9}",
                minutes.len() + 1,
                m.fds.0,
                m.fds.1,
                m.tasks.0,
                m.tasks.1,
                m.rss_mb,
                m.heap_mb.0,
                m.heap_mb.1,
                m.results
            );
            minutes.push(m);
            current.clear();
        }
    }
    rt.block_on(handle.shutdown());
    writer.shutdown();

    // Flatness: the second minute (after warm-up) against the last.
    let (Some(first), Some(last)) = (minutes.get(1), minutes.last()) else {
        println!("(too short to judge: run at least 2 minutes)");
        return;
    };
    let span = (last.at - first.at).as_secs_f64().max(1.0);
    println!();
    println!(
        "checks run: {} ({:.0} a second); rounds {}; notifications {}",
        last.results,
        (last.results - first.results) as f64 / span,
        counts.rounds.load(Ordering::Relaxed),
        counts.notifications.load(Ordering::Relaxed)
    );
    println!(
        "file descriptors at rest: {} in minute 2, {} in the last minute (in flight: up to {})",
        first.fds.0,
        last.fds.0,
        minutes.iter().map(|m| m.fds.1).max().unwrap_or(0)
    );
    println!(
        "engine tasks at rest: {} in minute 2, {} in the last minute (in flight: up to {})",
        first.tasks.0,
        last.tasks.0,
        minutes.iter().map(|m| m.tasks.1).max().unwrap_or(0)
    );
    println!(
        "RSS: {:.1} MB in minute 2, {:.1} MB in the last minute ({:+.1}%)",
        first.rss_mb,
        last.rss_mb,
        100.0 * (last.rss_mb - first.rss_mb) / first.rss_mb
    );
    println!(
        "live heap (Rust allocations) at rest: {:.2} MB in minute 2, {:.2} MB in the last minute",
        first.heap_mb.0, last.heap_mb.0
    );
}

/// One minute of samples: lowest and highest fds and tasks, mean RSS.
struct Minute {
    at: Duration,
    fds: (usize, usize),
    tasks: (usize, usize),
    rss_mb: f64,
    /// Lowest and highest live heap.
    heap_mb: (f64, f64),
    results: usize,
}

impl Minute {
    fn of(s: &[Sample]) -> Minute {
        let lo_hi = |f: fn(&Sample) -> usize| {
            (
                s.iter().map(f).min().unwrap_or(0),
                s.iter().map(f).max().unwrap_or(0),
            )
        };
        Minute {
            at: s.last().map_or(Duration::ZERO, |x| x.at),
            fds: lo_hi(|x| x.fds),
            tasks: lo_hi(|x| x.tasks),
            rss_mb: s.iter().map(|x| x.rss_mb).sum::<f64>() / s.len().max(1) as f64,
            heap_mb: (
                s.iter().map(|x| x.heap_mb).fold(f64::INFINITY, f64::min),
                s.iter().map(|x| x.heap_mb).fold(0.0, f64::max),
            ),
            results: s.last().map_or(0, |x| x.results),
        }
    }
}
