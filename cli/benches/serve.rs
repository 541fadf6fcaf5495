//! `cargo bench -p downbeat-cli --bench serve`: `downbeat serve` with 200 checks at `interval = "1s"` against a
//! loopback server, scraped every second, for 10 minutes (`SERVE_BENCH_SECS` changes it).
//! Every 5 s it samples the process's RSS (`/proc/PID/status`); per minute it prints the lowest
//! and highest RSS, and the scrapes' size and time (median and worst).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit as support;

use std::time::{Duration, Instant};

use support::serve::Serve;
use support::Reply;

fn rss_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let secs: u64 = std::env::var("SERVE_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async move {
        let dir = tempfile::tempdir().unwrap();
        let server = support::http(Reply::ok("ok")).await;
        let mut config = String::from(
            "baseline = []\n[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\n",
        );
        for s in 0..20 {
            config.push_str(&format!("[[service]]\nname = \"Service {s}\"\n"));
            for c in 0..10 {
                config.push_str(&format!(
                    "[[service.check]]\nname = \"check {c}\"\nurl = \"http://127.0.0.1:{}/{s}/{c}\"\n",
                    server.port()
                ));
            }
        }
        let path = dir.path().join("serve.toml");
        std::fs::write(&path, config).unwrap();
        let serve = Serve::start(env!("CARGO_BIN_EXE_downbeat"), &path).await;
        let pid = serve.pid().unwrap();
        println!("downbeat serve: 200 checks at 1 s, a scrape every second, {secs} s");
        println!(" min   RSS MB lo-hi   scrape KB   scrape ms p50/max   checks done");
        let start = Instant::now();
        let mut minute = 0;
        let (mut lo, mut hi) = (f64::MAX, 0.0f64);
        let mut times: Vec<f64> = Vec::new();
        let mut next_rss = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            let t = Instant::now();
            let r = serve.get("/metrics", &[]);
            assert_eq!(r.status, 200);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            let size = r.body.len();
            if Instant::now() >= next_rss {
                if let Some(mb) = rss_mb(pid) {
                    lo = lo.min(mb);
                    hi = hi.max(mb);
                }
                next_rss += Duration::from_secs(5);
            }
            let m = start.elapsed().as_secs() / 60 + 1;
            let end = start.elapsed() + Duration::from_secs(1) >= Duration::from_secs(secs);
            if m != minute + 1 || end {
                times.sort_by(f64::total_cmp);
                println!(
                    "{:>4}   {:>5.1}-{:<5.1}    {:>8.1}    {:>6.2} / {:<6.2}   {:>10}",
                    minute + 1,
                    lo,
                    hi,
                    size as f64 / 1024.0,
                    times[times.len() / 2],
                    times[times.len() - 1],
                    server.hits()
                );
                minute += 1;
                (lo, hi) = (f64::MAX, 0.0);
                times.clear();
            }
            tokio::time::sleep(Duration::from_secs(1).saturating_sub(t.elapsed())).await;
        }
        assert_eq!(serve.stop().await, Some(0));
    });
}
