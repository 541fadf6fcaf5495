//! Timing accuracy: Downbeat's phases against the truth and against curl.
//!
//! A loopback TLS server stamps every connection on its own side, from accept to handshake
//! done (the truth for the TLS phase), and waits 40 ms before answering (the truth for TTFB).
//! Then `downbeat check --json` and `curl -w` take turns against it, and the medians are
//! printed side by side. Run with `cargo bench -p downbeat-cli --bench accuracy` (needs curl).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit as support;

use std::process::Command;
use std::time::Duration;

use support::{Ca, Reply};

const RUNS: usize = 40;
const SERVER_WAIT: Duration = Duration::from_millis(40);

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[derive(Default)]
struct Phases {
    dns: Vec<f64>,
    connect: Vec<f64>,
    tls: Vec<f64>,
    ttfb: Vec<f64>,
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let ca = Ca::new("Downbeat Bench CA");
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write(dir.path());
    let server = rt.block_on(support::https(
        ca.good(&["bench.test"]),
        Reply::ok("ok").delayed(SERVER_WAIT),
    ));
    let port = server.port();
    let config = dir.path().join("bench.toml");
    std::fs::write(
        &config,
        format!(
            "baseline = []\n[settings]\nca_file = \"ca.pem\"\n[settings.resolve]\n\"bench.test\" = \"127.0.0.1\"\n\
             [[service]]\nname = \"bench\"\n[[service.check]]\nname = \"front\"\nurl = \"https://bench.test:{port}/\"\n"
        ),
    )
    .unwrap();

    let (mut ours, mut curl, mut truth_ours, mut truth_curl) =
        (Phases::default(), Phases::default(), Vec::new(), Vec::new());
    let last_truth = || {
        let t = server.tls_times.lock().unwrap();
        t.last()
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(f64::NAN)
    };
    for _ in 0..RUNS {
        let out = Command::new(env!("CARGO_BIN_EXE_downbeat"))
            .args(["check", "--json", "--config"])
            .arg(&config)
            .output()
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let p = &doc["services"][0]["checks"][0]["phases_ms"];
        assert_eq!(
            doc["services"][0]["checks"][0]["diagnosis"], "ok",
            "{doc:#}"
        );
        ours.dns.push(p["dns"].as_f64().unwrap());
        ours.connect.push(p["connect"].as_f64().unwrap());
        ours.tls.push(p["tls"].as_f64().unwrap());
        ours.ttfb.push(p["ttfb"].as_f64().unwrap());
        truth_ours.push(last_truth());

        let out = Command::new("curl")
            .args(["-s", "-o", "/dev/null", "--http1.1", "--cacert"])
            .arg(&ca_path)
            .args(["--resolve", &format!("bench.test:{port}:127.0.0.1")])
            .args(["-w", "%{time_namelookup} %{time_connect} %{time_appconnect} %{time_pretransfer} %{time_starttransfer}"])
            .arg(format!("https://bench.test:{port}/"))
            .output()
            .expect("curl is needed for this benchmark");
        let t: Vec<f64> = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(|s| s.parse::<f64>().unwrap() * 1000.0)
            .collect();
        curl.dns.push(t[0]);
        curl.connect.push(t[1] - t[0]);
        curl.tls.push(t[2] - t[1]);
        curl.ttfb.push(t[4] - t[3]);
        truth_curl.push(last_truth());
    }

    let wait = SERVER_WAIT.as_secs_f64() * 1000.0;
    println!("Timing accuracy, loopback TLS 1.3, median of {RUNS} runs each (ms)");
    println!(
        "{:<8} {:>10} {:>10} {:>10} {:>10}   downbeat vs truth",
        "phase", "downbeat", "truth", "curl", "truth"
    );
    let row = |name: &str, ours: &mut Vec<f64>, truth_o: f64, curl: &mut Vec<f64>, truth_c: f64| {
        let (o, c) = (median(ours), median(curl));
        let diff = o - truth_o;
        let verdict = if truth_o.is_nan() {
            String::from("(no server-side truth)")
        } else {
            let ok = diff.abs() <= 1.0 || diff.abs() <= truth_o * 0.10;
            format!(
                "{:+.3} ms ({}within 1 ms or 10%)",
                diff,
                if ok { "" } else { "NOT " }
            )
        };
        let fmt = |v: f64| {
            if v.is_nan() {
                "-".to_owned()
            } else {
                format!("{v:.3}")
            }
        };
        println!(
            "{name:<8} {o:>10.3} {:>10} {c:>10.3} {:>10}   {verdict}",
            fmt(truth_o),
            fmt(truth_c)
        );
    };
    let (to, tc) = (median(&mut truth_ours), median(&mut truth_curl));
    row("dns", &mut ours.dns, f64::NAN, &mut curl.dns, f64::NAN);
    row(
        "connect",
        &mut ours.connect,
        f64::NAN,
        &mut curl.connect,
        f64::NAN,
    );
    row("tls", &mut ours.tls, to, &mut curl.tls, tc);
    row("ttfb", &mut ours.ttfb, wait, &mut curl.ttfb, wait);
    let (o, c) = (
        median(&mut ours.ttfb.clone()),
        median(&mut curl.ttfb.clone()),
    );
    let d = (o - c).abs();
    println!(
        "ttfb downbeat vs curl: {d:.3} ms apart ({}within 1 ms or 10%)",
        if d <= 1.0 || d <= c * 0.10 {
            ""
        } else {
            "NOT "
        }
    );
    println!("The TLS truth is the server's accept-to-handshake-done for the same connections; the TTFB truth is the server's {wait:.0} ms wait.");
}
