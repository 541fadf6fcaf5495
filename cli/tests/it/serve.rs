//! `downbeat serve` for real: a loopback service, the metrics read back by a real parser
//! (Python's prometheus_client, in both formats), the status document, and clients that try to
//! hold it up. Nothing leaves the machine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use support::serve::{parse, request, until, value, Serve};
use support::{Reply, Server};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");
/// The incident counter's labels for Tunes going down.
const TUNES_DOWN: [(&str, &str); 2] = [("service", "Tunes"), ("state", "down")];

fn config(dir: &Path, base: &Server, service: &Server) -> PathBuf {
    support::serve::config(dir, base.port(), service.port())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_status_and_health_read_back_by_a_real_parser() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let serve = Serve::start(BIN, &config(dir.path(), &base, &svc)).await;

    let front = [
        ("service", "Tunes"),
        ("check", "front"),
        ("kind", "handshake"),
        ("role", "service"),
    ];
    let samples = until(Duration::from_secs(10), "Tunes up in /metrics", || {
        let r = serve.get("/metrics", &[]);
        let s = parse(&r.body, false);
        (value(
            &s,
            "downbeat_service_state",
            &[("service", "Tunes"), ("state", "up")],
        ) == Some(1.0))
        .then_some((r, s))
    })
    .await;
    let (r, s) = samples;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.headers["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    assert_eq!(value(&s, "probe_success", &front), Some(1.0));
    assert_eq!(value(&s, "probe_http_status_code", &front), Some(200.0));
    assert!(value(&s, "probe_duration_seconds", &front).unwrap() > 0.0);
    let processing = [front.as_slice(), &[("phase", "processing")]].concat();
    assert!(value(&s, "probe_http_duration_seconds", &processing).unwrap() > 0.0);
    let base_labels = [
        ("service", "baseline"),
        ("check", "base"),
        ("role", "baseline"),
    ];
    assert_eq!(value(&s, "probe_success", &base_labels), Some(1.0));
    assert_eq!(
        value(
            &s,
            "downbeat_verdict_info",
            &[("status", "up"), ("blame", "none"), ("cause", "none")]
        ),
        Some(1.0)
    );
    let ok = [front.as_slice(), &[("diagnosis", "ok")]].concat();
    assert_eq!(value(&s, "downbeat_check_diagnosis_info", &ok), Some(1.0));

    // The service answers 503: down, their side, and one incident counted.
    svc.set(Reply::status(503, "maintenance"));
    let s = until(Duration::from_secs(10), "Tunes down in /metrics", || {
        let s = parse(&serve.get("/metrics", &[]).body, false);
        (value(
            &s,
            "downbeat_verdict_info",
            &[("status", "down"), ("blame", "them")],
        ) == Some(1.0))
        .then_some(s)
    })
    .await;
    assert_eq!(value(&s, "probe_success", &front), Some(0.0));
    assert_eq!(value(&s, "probe_http_status_code", &front), Some(503.0));
    let failing = [front.as_slice(), &[("diagnosis", "http_server_error")]].concat();
    assert_eq!(
        value(&s, "downbeat_check_diagnosis_info", &failing),
        Some(1.0)
    );
    assert_eq!(
        value(&s, "downbeat_incidents_total", &TUNES_DOWN),
        Some(1.0)
    );
    assert_eq!(
        value(&s, "downbeat_connection_state", &[("state", "up")]),
        Some(1.0)
    );
    // Whose side the service's state is on, for the rules' "connected vantage point".
    assert_eq!(
        value(
            &s,
            "downbeat_service_cause_info",
            &[
                ("service", "Tunes"),
                ("cause", "service"),
                ("blame", "them")
            ]
        ),
        Some(1.0)
    );

    // OpenMetrics, when asked for, also parses (its own parser: # EOF, counters, info).
    let om = serve.get(
        "/metrics",
        &[("Accept", "application/openmetrics-text; version=1.0.0")],
    );
    assert_eq!(
        om.headers["content-type"],
        "application/openmetrics-text; version=1.0.0; charset=utf-8"
    );
    let s = parse(&om.body, true);
    assert_eq!(
        value(&s, "downbeat_incidents_total", &TUNES_DOWN),
        Some(1.0)
    );

    // The status document is `check --json`'s.
    let status = serve.get("/api/status", &[]);
    assert_eq!(status.status, 200);
    assert_eq!(status.headers["content-type"], "application/json");
    let doc: serde_json::Value = serde_json::from_str(&status.body).unwrap();
    assert_eq!(doc["verdict"]["blame"], "them", "{doc}");
    assert_eq!(
        doc["services"][0]["checks"][0]["diagnosis"],
        "http_server_error"
    );

    let health = serve.get("/healthz", &[]);
    assert_eq!((health.status, health.body.as_str()), (200, "ok\n"));
    assert_eq!(serve.get("/nope", &[]).status, 404);
    let post = request(serve.port, "POST", "/metrics", &[("Content-Length", "0")]);
    assert_eq!(
        (post.status, post.headers["allow"].as_str()),
        (405, "GET, HEAD")
    );

    assert_eq!(serve.stop().await, Some(0));
}

/// Clients that connect and say nothing, more of them than it serves at once, and one with an
/// endless request head: the monitor goes on checking, the slots come back, and scrapes work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_clients_cannot_hold_it_up() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let serve = Serve::start(BIN, &config(dir.path(), &base, &svc)).await;
    until(Duration::from_secs(10), "a first scrape", || {
        let s = parse(&serve.get("/metrics", &[]).body, false);
        value(&s, "probe_success", &[("check", "front")])
    })
    .await;

    // 40 silent connections (it serves 32 at once) and one endless request head.
    let silent: Vec<TcpStream> = (0..40)
        .map(|_| TcpStream::connect(("127.0.0.1", serve.port)).unwrap())
        .collect();
    let mut endless = TcpStream::connect(("127.0.0.1", serve.port)).unwrap();
    endless
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Long: ")
        .unwrap();
    let filler = vec![b'a'; 64 * 1024];
    let _ = endless.write_all(&filler); // it may close on us half-way: that is the point
    let hits = svc.hits();

    // The monitor is not held up: the service keeps being checked.
    until(Duration::from_secs(10), "checks go on", || {
        (svc.hits() >= hits + 3).then_some(())
    })
    .await;
    // The silent ones time out (5 s for a request head) and scrapes are served again.
    let s = until(
        Duration::from_secs(15),
        "a scrape after the silent clients",
        || {
            let r = request(serve.port, "GET", "/metrics", &[]);
            (r.status == 200).then(|| parse(&r.body, false))
        },
    )
    .await;
    assert_eq!(value(&s, "probe_success", &[("check", "front")]), Some(1.0));
    drop(silent);
    assert_eq!(serve.stop().await, Some(0));
}

/// `serve` follows its config file as the tray does: an edit is picked up within an interval
/// without a restart, and said in one line; a broken edit keeps the last config that loaded
/// running and says why (file, line and column); SIGHUP reloads at once, as Prometheus
/// exporters do.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_config_is_reloaded_a_broken_one_kept_out_and_sighup_reloads() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let radio = support::http(Reply::ok("ok")).await;
    let path = config(dir.path(), &base, &svc);
    let first = std::fs::read_to_string(&path).unwrap();
    let serve = Serve::start(BIN, &path).await;
    let state = |service: &'static str| {
        let s = parse(&serve.get("/metrics", &[]).body, false);
        value(
            &s,
            "downbeat_service_state",
            &[("service", service), ("state", "up")],
        )
    };
    until(Duration::from_secs(10), "Tunes up", || {
        (state("Tunes") == Some(1.0)).then_some(())
    })
    .await;
    let said = |what: &str| serve.stderr().iter().filter(|l| l.contains(what)).count();

    // An edit: a second service. The interval is 1 s.
    std::fs::write(
        &path,
        format!(
            "{first}[[service]]\nname = \"Radio\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            radio.port()
        ),
    )
    .unwrap();
    let edited = std::time::Instant::now();
    until(Duration::from_secs(10), "Radio up in /metrics", || {
        (state("Radio") == Some(1.0)).then_some(())
    })
    .await;
    eprintln!("an edit picked up and judged in {:?}", edited.elapsed());
    assert!(radio.hits() >= 1);
    let reloaded = format!(
        "downbeat: config reloaded from {}: Radio added",
        path.display()
    );
    assert_eq!(said(&reloaded), 1, "{:?}", serve.stderr());

    // A broken edit: the last config that loaded runs on, and says why, once.
    std::fs::write(
        &path,
        first.replace("interval = \"1s\"", "interval = \"soon\""),
    )
    .unwrap();
    let waited = tokio::time::timeout(Duration::from_secs(10), async {
        while said("config not reloaded: ") == 0 {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "the broken edit said: {:?}", serve.stderr());
    let line = serve
        .stderr()
        .into_iter()
        .find(|l| l.contains("config not reloaded: "))
        .unwrap();
    assert!(
        line.contains(&format!("{}:2:12: ", path.display()))
            && line.ends_with("; still running on the last config that loaded"),
        "{line}"
    );
    let hits = (svc.hits(), radio.hits());
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(
        svc.hits() > hits.0 && radio.hits() > hits.1,
        "both services are still checked"
    );
    assert_eq!(
        said("config not reloaded: "),
        1,
        "said once: {:?}",
        serve.stderr()
    );

    // SIGHUP reads the file at once, unchanged or not: the broken one is said again.
    serve.signal("HUP");
    until(Duration::from_secs(5), "SIGHUP's reload", || {
        (said("config not reloaded: ") == 2).then_some(())
    })
    .await;
    // Fixed, and SIGHUP: Radio goes, and so do its metrics.
    std::fs::write(&path, &first).unwrap();
    serve.signal("HUP");
    until(Duration::from_secs(5), "Radio removed", || {
        (said(&format!(
            "config reloaded from {}: Radio removed",
            path.display()
        )) == 1)
            .then_some(())
    })
    .await;
    until(Duration::from_secs(5), "Radio gone from /metrics", || {
        state("Radio").is_none().then_some(())
    })
    .await;
    assert_eq!(serve.stop().await, Some(0), "stops cleanly");
}
