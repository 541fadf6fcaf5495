//! Detection latency: how long from a fault to the "down" notification, and from the fix to
//! the "back" notification, as a ratio to the check interval.
//!
//! `downbeat watch` runs against loopback servers with `interval = 2s`, under a private
//! dbus-daemon whose recorder timestamps each Notify call. Each trial starts the fault at a
//! different point of the check cycle. Run with `cargo bench -p downbeat-cli --bench detection`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit as support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use support::dbus::Bus;
use support::Reply;

const INTERVAL: Duration = Duration::from_secs(2);
const OFFSETS_MS: [u64; 5] = [100, 500, 900, 1300, 1700];
const OUTAGE: Duration = Duration::from_secs(6);

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(bench());
}

async fn bench() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let cfg = dir.path().join("detect.toml");
    std::fs::write(
        &cfg,
        format!(
            "[settings]\ninterval = \"2s\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"base\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            base.port(),
            svc.port()
        ),
    )
    .unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_downbeat"))
        .args(["watch", "--config"])
        .arg(&cfg)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;

    let i = INTERVAL.as_secs_f64();
    let (mut downs, mut ups) = (Vec::new(), Vec::new());
    println!(
        "Detection latency, interval {i:.0} s, outage {} s, {} trials",
        OUTAGE.as_secs(),
        OFFSETS_MS.len()
    );
    println!(
        "{:>6} {:>14} {:>10} {:>16} {:>10}",
        "trial", "fault->down s", "/interval", "fix->recovery s", "/interval"
    );
    for (n, offset) in OFFSETS_MS.iter().enumerate() {
        // Line the fault up with a different point of the check cycle each trial.
        let last_hit = *svc.hit_times().last().unwrap();
        let target = last_hit + Duration::from_millis(*offset);
        tokio::time::sleep_until(target.max(Instant::now()).into()).await;
        let seen = bus.notes().len();
        let fault = Instant::now();
        svc.set(Reply::status(503, "down"));
        let notes = bus.wait_for(seen + 1, Duration::from_secs(30)).await;
        let down = notes[seen].at - fault;
        tokio::time::sleep_until((fault + OUTAGE).into()).await;
        let fix = Instant::now();
        svc.set(Reply::ok("ok"));
        let notes = bus.wait_for(seen + 2, Duration::from_secs(60)).await;
        let up = notes[seen + 1].at - fix;
        println!(
            "{:>6} {:>14.2} {:>10.2} {:>16.2} {:>10.2}",
            n + 1,
            down.as_secs_f64(),
            down.as_secs_f64() / i,
            up.as_secs_f64(),
            up.as_secs_f64() / i
        );
        downs.push(down.as_secs_f64() / i);
        ups.push(up.as_secs_f64() / i);
        tokio::time::sleep(Duration::from_secs(3)).await;
    }
    let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    println!(
        "down confirmed: mean {:.2}, worst {:.2} intervals (target 1.5); recovery: mean {:.2}, worst {:.2} intervals (target 2)",
        mean(&downs),
        max(&downs),
        mean(&ups),
        max(&ups)
    );
    let _ = child.kill().await;
}
