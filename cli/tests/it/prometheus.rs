//! A real Prometheus (Debian's `prometheus` package) scrapes three `downbeat serve` on
//! loopback, with the scrape config in docs/many-machines.md and the shipped rules: PromQL sees
//! a service up from all three vantage points, then down from two with blame "them", and the
//! rules say so. Nothing leaves the machine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use support::serve::{request, until, Serve};
use support::{Reply, Server};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");
/// The repository, above this crate.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// A vantage point's config, in a folder of its own (its history too).
fn config(dir: &Path, name: &str, base: &Server, service: &Server) -> PathBuf {
    support::serve::config(&dir.join(name), base.port(), service.port())
}

/// The `prometheus.yml` in docs/many-machines.md, its three targets on loopback, every 1 s, with the shipped
/// rules.
fn readme_config(ports: [u16; 3]) -> String {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("docs/many-machines.md")).unwrap();
    let start = readme
        .find("```yaml\n# prometheus.yml\n")
        .expect("the prometheus.yml in docs/many-machines.md")
        + "```yaml\n".len();
    let len = readme[start..].find("```").unwrap();
    let rules = Path::new(ROOT).join("contrib/prometheus/downbeat-rules.yml");
    let mut yaml = readme[start..start + len]
        .replace("15s", "1s")
        .replace("- downbeat-rules.yml", &format!("- {}", rules.display()));
    for (host, port) in ["london", "nyc", "berlin"].iter().zip(ports) {
        let from = format!("{host}.example.net:9767");
        assert!(yaml.contains(&from), "the documented config lists {from}");
        yaml = yaml.replace(&from, &format!("127.0.0.1:{port}"));
    }
    yaml
}

struct Prometheus {
    child: Child,
    port: u16,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Percent-encodes a PromQL query for a URL.
fn encode(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Prometheus's whole answer to an instant query: `status`, `data` or `error`.
fn answer(port: u16, q: &str) -> serde_json::Value {
    let r = request(
        port,
        "GET",
        &format!("/api/v1/query?query={}", encode(q)),
        &[],
    );
    serde_json::from_str(&r.body).unwrap_or_default()
}

/// The instant vector a query gives: each series' labels and value.
fn query(port: u16, q: &str) -> Vec<(serde_json::Value, f64)> {
    answer(port, q)["data"]["result"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .map(|s| {
                    let v = s["value"][1].as_str().and_then(|v| v.parse().ok());
                    (s["metric"].clone(), v.unwrap_or(f64::NAN))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn scalar(port: u16, q: &str) -> Option<f64> {
    query(port, q).first().map(|(_, v)| *v)
}

/// Waits until the query's first value is `want`.
async fn until_scalar(port: u16, q: &str, want: f64, what: &str) {
    until(Duration::from_secs(20), what, || {
        (scalar(port, q) == Some(want)).then_some(())
    })
    .await;
}

/// The `vantage` labels of the series a query gives, sorted.
fn vantages(port: u16, q: &str) -> Vec<String> {
    let mut v: Vec<String> = query(port, q)
        .iter()
        .map(|(m, _)| m["vantage"].as_str().unwrap_or("?").to_string())
        .collect();
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prometheus_tells_them_from_here_across_three_vantage_points() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let shared = support::http(Reply::ok("ok")).await; // what london and nyc reach
    let own = support::http(Reply::ok("ok")).await; // what berlin reaches
    let london = Serve::start(BIN, &config(dir.path(), "london", &base, &shared)).await;
    let nyc = Serve::start(BIN, &config(dir.path(), "nyc", &base, &shared)).await;
    let berlin = Serve::start(BIN, &config(dir.path(), "berlin", &base, &own)).await;

    let yaml = readme_config([london.port, nyc.port, berlin.port]);
    let config_file = dir.path().join("prometheus.yml");
    std::fs::write(&config_file, &yaml).unwrap();
    let checked = Command::new("promtool")
        .arg("check")
        .arg("config")
        .arg(&config_file)
        .output()
        .expect("promtool (Debian's prometheus package) is needed");
    assert!(
        checked.status.success(),
        "promtool check config: {}{}\n{yaml}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );

    let port = free_port();
    let log = std::fs::File::create(dir.path().join("prometheus.log")).unwrap();
    let prometheus = Prometheus {
        child: Command::new("prometheus")
            .arg(format!("--config.file={}", config_file.display()))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.path().join("tsdb").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("prometheus (Debian's prometheus package) is needed"),
        port,
    };
    let p = prometheus.port;
    until(Duration::from_secs(20), "Prometheus ready", || {
        std::net::TcpStream::connect(("127.0.0.1", p))
            .ok()
            .and_then(|_| (request(p, "GET", "/-/ready", &[]).status == 200).then_some(()))
    })
    .await;

    // Up from all three vantage points, each named by its `vantage` label.
    let up = r#"downbeat_service_state{service="Tunes",state="up"}"#;
    until_scalar(
        p,
        &format!("sum({up})"),
        3.0,
        "Tunes up from three vantage points",
    )
    .await;
    assert_eq!(vantages(p, up), ["berlin", "london", "nyc"]);

    // London's and nyc's service answers 503: down there with blame "them", berlin still up.
    shared.set(Reply::status(503, "maintenance"));
    let them = r#"downbeat_verdict_info{status="down",blame="them"}"#;
    let what = "down with blame them from two vantage points";
    until_scalar(p, &format!("count({them})"), 2.0, what).await;
    assert_eq!(vantages(p, them), ["london", "nyc"]);
    assert_eq!(
        scalar(p, r#"downbeat_service_state{vantage="berlin",state="up"}"#),
        Some(1.0)
    );
    assert_eq!(
        scalar(
            p,
            r#"probe_http_status_code{vantage="london",check="front"}"#
        ),
        Some(503.0)
    );
    // The rules: two connected vantage points see it down, and "it's them" is pending (it
    // fires after 2 minutes).
    until(Duration::from_secs(20), "the rules see it", || {
        let counted = scalar(
            p,
            r#"count(downbeat:service_down_connected{service="Tunes"})"#,
        );
        let alert = query(
            p,
            r#"ALERTS{alertname="DownbeatServiceDownItsThem",service="Tunes",blame="them"}"#,
        );
        (counted == Some(2.0) && !alert.is_empty()).then_some(alert)
    })
    .await;
    assert!(
        query(p, r#"ALERTS{alertname="DownbeatServiceDownLocally"}"#).is_empty(),
        "not local"
    );

    let dash = dashboard();
    dashboard_queries_answer(p, &dash);

    // A vantage point that stops reporting stays on the dashboard's "Since the last round",
    // and its age grows.
    let age = dash["panels"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["title"] == "Since the last round"))
        .and_then(|p| p["targets"][0]["expr"].as_str())
        .expect("the panel 'Since the last round'")
        .replace("$instance", ".*");
    assert_eq!(berlin.stop().await, Some(0));
    until(
        Duration::from_secs(20),
        "berlin's last round to age",
        || {
            let rows = query(p, &age);
            let berlin = rows.iter().find(|(m, _)| m["vantage"] == "berlin")?;
            (berlin.1 >= 3.0).then_some(())
        },
    )
    .await;

    drop(prometheus);
    for s in [london, nyc] {
        assert_eq!(s.stop().await, Some(0));
    }
}

/// The shipped Grafana dashboard.
fn dashboard() -> serde_json::Value {
    let path = Path::new(ROOT).join("contrib/grafana/downbeat-dashboard.json");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).expect("the dashboard is JSON")
}

/// The shipped Grafana dashboard, against this Prometheus: every query of its panels and
/// variables is valid PromQL, and every one this scenario feeds gives data (so a misspelt
/// metric or label fails here). Panels are laid out on Grafana's 24-column grid.
fn dashboard_queries_answer(port: u16, dash: &serde_json::Value) {
    // Nothing here feeds these: there are no TLS or stream checks.
    let unfed = [
        "probe_ssl_earliest_cert_expiry",
        "downbeat_stream_throughput_kbps",
    ];
    let mut ids = std::collections::HashSet::new();
    let mut asked = 0;
    for panel in dash["panels"].as_array().expect("panels") {
        let title = panel["title"].as_str().expect("a title");
        assert!(
            ids.insert(panel["id"].as_u64()),
            "{title}: its id is unique"
        );
        assert_eq!(panel["datasource"]["uid"], "${datasource}", "{title}");
        let grid = &panel["gridPos"];
        let right = grid["x"].as_u64().unwrap() + grid["w"].as_u64().unwrap();
        assert!(right <= 24, "{title}: within the 24 columns");
        for target in panel["targets"].as_array().expect("targets") {
            let expr = target["expr"]
                .as_str()
                .expect("an expr")
                .replace("$instance", ".*")
                .replace("$service", ".*")
                .replace("$__range", "5m");
            assert!(!expr.contains('$'), "{title}: a variable left in {expr}");
            let got = answer(port, &expr);
            assert_eq!(
                got["status"], "success",
                "{title}: {expr}: {}",
                got["error"]
            );
            let series = got["data"]["result"].as_array().map_or(0, Vec::len);
            if !unfed.iter().any(|m| expr.contains(m)) {
                assert!(series > 0, "{title}: no data for {expr}");
            }
            asked += 1;
        }
    }
    assert!(asked >= 10, "the dashboard's queries were found ({asked})");

    // The state timeline's number for each vantage point names its state: down at london and
    // nyc, up at berlin.
    let timeline = dash["panels"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["type"] == "state-timeline"))
        .expect("a state timeline");
    let names = &timeline["fieldConfig"]["defaults"]["mappings"][0]["options"];
    let expr = timeline["targets"][0]["expr"]
        .as_str()
        .unwrap()
        .replace("$instance", ".*")
        .replace("$service", "Tunes");
    let mut seen: Vec<(String, String)> = query(port, &expr)
        .iter()
        .map(|(m, v)| {
            let name = names[v.to_string()]["text"].as_str().unwrap_or("?");
            (m["vantage"].as_str().unwrap_or("?").into(), name.into())
        })
        .collect();
    seen.sort();
    let want = [("berlin", "up"), ("london", "down"), ("nyc", "down")];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(seen, want, "{expr}");
    for var in dash["templating"]["list"].as_array().expect("variables") {
        let Some(q) = var["definition"].as_str() else {
            continue;
        };
        // label_values(metric, label): the values must exist.
        let inner = q
            .strip_prefix("label_values(")
            .and_then(|r| r.strip_suffix(')'))
            .expect("a label_values() query");
        let (metric, label) = inner.split_once(',').expect("metric, label");
        let values = query(port, &format!("count by ({}) ({metric})", label.trim()));
        assert!(
            !values.is_empty(),
            "variable {}: no values for {q}",
            var["name"]
        );
    }
}
