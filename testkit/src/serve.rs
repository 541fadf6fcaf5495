//! `downbeat serve` as a child process on a loopback port of its own, a plain HTTP client for
//! it, and Python's `prometheus_client` parser as the real parser of what it serves.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, BufReader};

/// A config for `serve` in `dir`: one baseline check at `base`, and the service "Tunes" with
/// one check, "front", at `service` (both plain HTTP on loopback), checked every second and
/// judged on one result.
pub fn config(dir: &Path, base: u16, service: u16) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let t = format!(
        "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\nfailure_threshold = 1\nrecovery_threshold = 1\n\
         [[baseline]]\nname = \"base\"\nurl = \"http://127.0.0.1:{base}/\"\n\
         [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{service}/\"\n"
    );
    let p = dir.join("serve.toml");
    std::fs::write(&p, t).unwrap();
    p
}

pub struct Serve {
    child: tokio::process::Child,
    pub port: u16,
    /// Every line it said on stderr after its port.
    said: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Serve {
    /// Starts `bin serve --listen 127.0.0.1:0 --config config`, its history in `data/` beside
    /// the config, and waits for the port it says it serves on.
    pub async fn start(bin: &str, config: &Path) -> Serve {
        let data = config.parent().unwrap().join("data");
        let mut child = tokio::process::Command::new(bin)
            .args(["serve", "--listen", "127.0.0.1:0", "--config"])
            .arg(config)
            .env("DOWNBEAT_DATA_DIR", &data)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = tokio::time::timeout(Duration::from_secs(10), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.strip_prefix("downbeat: serving http://127.0.0.1:") {
                    return rest.split('/').next().and_then(|p| p.parse().ok());
                }
            }
            None
        })
        .await
        .ok()
        .flatten()
        .expect("downbeat serve did not say its port");
        // Keep reading its stderr, so it never blocks on a full pipe, and keep what it says.
        let said = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let keep = said.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                keep.lock().unwrap().push(line);
            }
        });
        Serve { child, port, said }
    }

    /// What it said on stderr since it gave its port, a line each.
    pub fn stderr(&self) -> Vec<String> {
        self.said.lock().unwrap().clone()
    }

    /// Sends it a signal (`kill -s NAME`), e.g. "HUP".
    pub fn signal(&self, name: &str) {
        let pid = self.pid().expect("running").to_string();
        let ok = std::process::Command::new("kill")
            .args(["-s", name, &pid])
            .status()
            .unwrap();
        assert!(ok.success(), "kill -s {name} {pid}");
    }

    /// The process id, to sample its memory.
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// `GET path` with these headers: the status, the headers (lower-case names) and the body.
    pub fn get(&self, path: &str, headers: &[(&str, &str)]) -> Response {
        request(self.port, "GET", path, headers)
    }

    /// SIGTERM, then the exit code.
    pub async fn stop(mut self) -> Option<i32> {
        crate::watch::terminate(&mut self.child).await
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

/// One HTTP/1.1 request on its own connection (`Connection: close`).
pub fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)]) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n");
    let (head, body) = match split {
        Some(i) => (&raw[..i], &raw[i + 4..]),
        None => (&raw[..], &[][..]),
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers: BTreeMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .get("transfer-encoding")
        .is_some_and(|t| t.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        String::from_utf8_lossy(&dechunk(body)).into_owned()
    } else {
        String::from_utf8_lossy(body).into_owned()
    };
    Response {
        status,
        headers,
        body,
    }
}

/// A chunked body's data (Prometheus chunks its larger answers); stops at a malformed size.
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let line = String::from_utf8_lossy(&rest[..eol]);
        let size = line.split(';').next().unwrap_or("").trim();
        let data = &rest[eol + 2..];
        match usize::from_str_radix(size, 16) {
            Ok(n) if n > 0 && data.len() >= n => {
                out.extend_from_slice(&data[..n]);
                rest = data[n..].strip_prefix(b"\r\n").unwrap_or(&data[n..]);
            }
            _ => break,
        }
    }
    out
}

/// A sample, as a real parser read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// Parses an exposition with Python's `prometheus_client` (the Prometheus text format, or
/// OpenMetrics with `openmetrics`). Panics with the parser's words if it refuses it.
pub fn parse(text: &str, openmetrics: bool) -> Vec<Sample> {
    let module = if openmetrics {
        "prometheus_client.openmetrics.parser"
    } else {
        "prometheus_client.parser"
    };
    let script = format!(
        "import json, sys\n\
         from {module} import text_string_to_metric_families\n\
         out = []\n\
         for f in text_string_to_metric_families(sys.stdin.read()):\n\
         \x20   for s in f.samples:\n\
         \x20       out.append([s.name, s.labels, s.value])\n\
         print(json.dumps(out))\n"
    );
    // Debian's Python, where apt puts python3-prometheus-client (a pyenv on PATH lacks it).
    let python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let mut child = std::process::Command::new(python)
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 (with python3-prometheus-client) is needed");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the parser refused it: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Vec<(String, BTreeMap<String, String>, f64)> =
        serde_json::from_slice(&out.stdout).unwrap();
    parsed
        .into_iter()
        .map(|(name, labels, value)| Sample {
            name,
            labels,
            value,
        })
        .collect()
}

/// The value of the sample named `name` whose labels include `labels`.
pub fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

/// Polls `f` every 200 ms until it gives `Some`, or panics after `within`, saying `what`.
pub async fn until<T>(within: Duration, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(start.elapsed() < within, "{what}: not within {within:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
