//! An imitation of Globalping's measurement API, built from its own source (jsdelivr/globalping
//! and jsdelivr/globalping-probe), on loopback:
//! - `POST /v1/measurements` validates as `src/measurement/schema/command-schema.ts` does the
//!   parts Downbeat sends (`measurementOptions.request.host` must be a domain name, Joi's
//!   `domain()`), and picks probes as `src/probe/probes-location-filter.ts` does: a location
//!   `magic: "world"` returns early and ignores every other key (its `tags` included); any other
//!   location keeps only the probes that match every key (`country`, `continent`, `asn`,
//!   `network`, every one of its `tags`); a probe matching two locations is counted once. A 400
//!   reads `{error: {type: "validation_error", message, params}}`; no probe found is a 422.
//! - `GET /v1/measurements/{id}` answers the finished measurement, each probe's result as the
//!   probe's HTTP handler writes it (`getJsonOutput` in `src/command/handlers/http/undici.ts`,
//!   [`result`]), gzipped when the client accepts it, as the API serves stored results
//!   (`src/lib/http/middleware/compressed.ts`).

use std::collections::HashMap;
use std::io::Write as _;
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::Server;

/// What a probe sees of the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sees {
    /// An HTTP status over a certificate its system trusts.
    Status(u16),
    /// An HTTP status over a certificate its system does not trust, with Node's code
    /// (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …): the probe connects anyway
    /// (`rejectUnauthorized: false`) and says `authorized: false`.
    Untrusted(u16, &'static str),
    /// No answer at all (a timeout, a reset): the probe's `status: "failed"`.
    Nothing,
}

/// One probe: where it is, on which network, its tags, and what it sees.
#[derive(Debug, Clone)]
pub struct Probe {
    pub continent: &'static str,
    pub country: &'static str,
    pub city: &'static str,
    pub asn: u32,
    pub network: &'static str,
    /// `eyeball-network` for a home network, `datacenter-network` for a data centre.
    pub tags: &'static [&'static str],
    pub sees: Sees,
}

/// A request the imitation received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    pub body: String,
}

#[derive(Default)]
struct State {
    probes: Vec<Probe>,
    /// Each measurement's probes (indices into `probes`).
    measurements: HashMap<String, Vec<usize>>,
    requests: Vec<Request>,
}

pub struct Globalping {
    pub server: Server,
    state: Arc<Mutex<State>>,
}

impl Globalping {
    pub async fn start(probes: Vec<Probe>) -> Globalping {
        let state = Arc::new(Mutex::new(State {
            probes,
            ..State::default()
        }));
        let st = state.clone();
        let server = crate::serve_each(move |sock| serve(sock, st.clone())).await;
        Globalping { server, state }
    }

    /// The API's base, as `[settings] outside_view` takes it.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/v1", self.server.port())
    }

    /// What every probe sees from now on.
    pub fn sees(&self, sees: Sees) {
        for p in &mut self.state.lock().unwrap().probes {
            p.sees = sees;
        }
    }

    /// What each probe sees from now on, by the probe.
    pub fn each(&self, f: impl Fn(&Probe) -> Sees) {
        for p in &mut self.state.lock().unwrap().probes {
            p.sees = f(p);
        }
    }

    /// The requests so far.
    pub fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }
}

/// Home and data-centre probes: 4 on BT at home in the United Kingdom (AS2856), 2 on Virgin
/// Media at home there (AS5089), 6 on home networks elsewhere in Europe and North America, and
/// 6 in data centres (which Downbeat must not ask: they reach what homes can't).
pub fn probes(sees: Sees) -> Vec<Probe> {
    const HOME: &[&str] = &["eyeball-network"];
    const DC: &[&str] = &["datacenter-network"];
    let p = |continent, country, city, asn, network, tags| Probe {
        continent,
        country,
        city,
        asn,
        network,
        tags,
        sees,
    };
    vec![
        p(
            "EU",
            "GB",
            "London",
            2856,
            "British Telecommunications PLC",
            HOME,
        ),
        p(
            "EU",
            "GB",
            "Manchester",
            2856,
            "British Telecommunications PLC",
            HOME,
        ),
        p(
            "EU",
            "GB",
            "Leeds",
            2856,
            "British Telecommunications PLC",
            HOME,
        ),
        p(
            "EU",
            "GB",
            "Glasgow",
            2856,
            "British Telecommunications PLC",
            HOME,
        ),
        p("EU", "GB", "Bristol", 5089, "Virgin Media Limited", HOME),
        p("EU", "GB", "Cardiff", 5089, "Virgin Media Limited", HOME),
        p("EU", "DE", "Berlin", 3320, "Deutsche Telekom AG", HOME),
        p("EU", "FR", "Paris", 3215, "Orange S.A.", HOME),
        p("EU", "NL", "Amsterdam", 1136, "KPN B.V.", HOME),
        p(
            "NA",
            "US",
            "Chicago",
            7922,
            "Comcast Cable Communications, LLC",
            HOME,
        ),
        p(
            "NA",
            "US",
            "Denver",
            7922,
            "Comcast Cable Communications, LLC",
            HOME,
        ),
        p(
            "NA",
            "CA",
            "Toronto",
            812,
            "Rogers Communications Canada Inc.",
            HOME,
        ),
        p("AS", "JP", "Tokyo", 2516, "KDDI CORPORATION", HOME),
        p(
            "SA",
            "BR",
            "São Paulo",
            28573,
            "Claro NXT Telecomunicacoes Ltda",
            HOME,
        ),
        p("OC", "AU", "Sydney", 1221, "Telstra Limited", HOME),
        p("EU", "GB", "London", 16509, "Amazon.com, Inc.", DC),
        p("EU", "DE", "Frankfurt", 24940, "Hetzner Online GmbH", DC),
        p("NA", "US", "Ashburn", 16509, "Amazon.com, Inc.", DC),
        p("NA", "US", "Dallas", 63949, "Akamai Connected Cloud", DC),
        p("AS", "SG", "Singapore", 14061, "DigitalOcean, LLC", DC),
        p("EU", "NL", "Amsterdam", 14061, "DigitalOcean, LLC", DC),
    ]
}

/// Whether `s` is a domain name as Joi's `domain()` takes it: dot-separated labels of letters,
/// digits and hyphens, none starting or ending with a hyphen, and a top-level label of letters.
/// An IP literal is not one.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.trim_end_matches('.').split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
}

fn validation_error(params: &Value) -> (u16, Value) {
    (
        400,
        json!({"error": {"type": "validation_error", "message": "Parameter validation failed.", "params": params}}),
    )
}

/// The probes a measurement request picks, or the API's refusal.
fn create(state: &mut State, body: &Value) -> (u16, Value) {
    if let Some(host) = body["measurementOptions"]["request"]["host"].as_str() {
        if !is_domain(host) {
            let k = "measurementOptions.request.host";
            return validation_error(&json!({k: format!("\"{k}\" must be a valid domain name")}));
        }
    }
    let Some(locations) = body["locations"].as_array() else {
        return validation_error(&json!({"locations": "\"locations\" must be an array"}));
    };
    let mut chosen: Vec<usize> = Vec::new();
    for (i, loc) in locations.iter().enumerate() {
        let Some(loc) = loc.as_object() else {
            return validation_error(&json!({format!("locations[{i}]"): "must be an object"}));
        };
        for k in loc.keys() {
            let known = [
                "magic",
                "limit",
                "country",
                "continent",
                "asn",
                "network",
                "tags",
            ];
            if !known.contains(&k.as_str()) {
                let path = format!("locations[{i}].{k}");
                return validation_error(
                    &json!({path.clone(): format!("\"{path}\" is not allowed")}),
                );
            }
        }
        if let Some(asn) = loc.get("asn") {
            if asn.as_u64().is_none_or(|n| n == 0) {
                let path = format!("locations[{i}].asn");
                return validation_error(
                    &json!({path.clone(): format!("\"{path}\" must be a positive number")}),
                );
            }
        }
        let limit = loc.get("limit").and_then(Value::as_u64).unwrap_or(1) as usize;
        let world = loc.get("magic").and_then(Value::as_str) == Some("world");
        let matches = |p: &Probe| {
            // `magic: "world"` returns early: every other key, `tags` included, is ignored.
            if world {
                return true;
            }
            let str_is = |k: &str, v: &str| {
                loc.get(k)
                    .and_then(Value::as_str)
                    .is_none_or(|w| w.eq_ignore_ascii_case(v))
            };
            str_is("country", p.country)
                && str_is("continent", p.continent)
                && str_is("network", p.network)
                && loc
                    .get("asn")
                    .and_then(Value::as_u64)
                    .is_none_or(|a| a == u64::from(p.asn))
                && loc
                    .get("tags")
                    .and_then(Value::as_array)
                    .is_none_or(|tags| {
                        tags.iter()
                            .all(|t| t.as_str().is_some_and(|t| p.tags.contains(&t)))
                    })
        };
        let picked: Vec<usize> = state
            .probes
            .iter()
            .enumerate()
            .filter(|(j, p)| !chosen.contains(j) && matches(p))
            .map(|(j, _)| j)
            .take(limit)
            .collect();
        chosen.extend(picked);
    }
    if chosen.is_empty() {
        return (
            422,
            json!({"error": {"type": "no_probes_found", "message": "No suitable probes supporting IPv4 found."}}),
        );
    }
    let id = format!("m{}", state.measurements.len() + 1);
    let count = chosen.len();
    state.measurements.insert(id.clone(), chosen);
    (202, json!({"id": id, "probesCount": count}))
}

/// The finished measurement `id`.
fn measurement(state: &State, id: &str) -> (u16, Value) {
    let Some(chosen) = state.measurements.get(id) else {
        return (
            404,
            json!({"error": {"type": "not_found", "message": "Couldn't find the requested measurement."}}),
        );
    };
    let results: Vec<Value> = chosen.iter().map(|&i| result(&state.probes[i])).collect();
    (
        200,
        json!({"id": id, "type": "http", "status": "finished", "createdAt": "2026-12-07T20:00:00.000Z",
            "updatedAt": "2026-12-07T20:00:04.000Z", "target": "tunes.example.com",
            "probesCount": results.len(), "locations": [], "measurementOptions": {}, "results": results}),
    )
}

/// One probe's result as globalping-probe writes it for an HTTP HEAD: the headers three times
/// (`headers`, `rawHeaders`, and `rawOutput`, the status line and the headers), the timings, and
/// the certificate with its public key in colon-separated hex: about 8 KB with a big front
/// door's 3 KB of headers.
pub fn result(p: &Probe) -> Value {
    let csp = format!(
        "default-src 'self'; script-src 'self' {}; img-src * data: blob:; connect-src 'self' {}",
        (0..40)
            .map(|i| format!("https://cdn{i}.tunes.example.com"))
            .collect::<Vec<_>>()
            .join(" "),
        (0..40)
            .map(|i| format!("wss://dealer{i}.tunes.example.com"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let cookie = format!(
        "sp_t={}; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax",
        "a".repeat(400)
    );
    let pairs = [
        ("content-type", "text/html; charset=utf-8".to_owned()),
        ("content-security-policy", csp),
        ("set-cookie", cookie),
        ("strict-transport-security", "max-age=31536000".to_owned()),
        ("via", "HTTP/2 edgeproxy, 1.1 google".to_owned()),
        ("date", "Mon, 07 Dec 2026 20:00:00 GMT".to_owned()),
    ];
    let raw_headers = pairs
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join("\n");
    let headers: serde_json::Map<String, Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    let probe = json!({"continent": p.continent, "region": "", "country": p.country, "state": null,
        "city": p.city, "asn": p.asn, "longitude": 0.0, "latitude": 0.0, "network": p.network,
        "tags": p.tags, "resolvers": ["private"]});
    let (code, error) = match p.sees {
        Sees::Status(c) => (c, None),
        Sees::Untrusted(c, e) => (c, Some(e)),
        Sees::Nothing => {
            return json!({"probe": probe, "result": {"status": "failed", "failureSource": "target",
                "resolvedAddress": null, "headers": {}, "rawHeaders": null, "rawBody": null,
                "rawOutput": "connect ETIMEDOUT 35.186.224.25:443", "truncated": false,
                "statusCode": null, "statusCodeName": null,
                "timings": {"total": null, "dns": 12, "tcp": null, "tls": null, "firstByte": null, "download": null},
                "tls": null}});
        }
    };
    let public_key = (0..257)
        .map(|i| format!("{:02X}", (i * 37) % 256))
        .collect::<Vec<_>>()
        .join(":");
    let mut tls = json!({
        "authorized": error.is_none(),
        "createdAt": "2026-01-05T00:00:00.000Z", "expiresAt": "2026-12-01T23:59:59.000Z",
        "issuer": {"C": "US", "O": "DigiCert Inc", "CN": "DigiCert Global G2 TLS RSA SHA256 2020 CA1"},
        "subject": {"CN": "*.tunes.example.com", "alt": "DNS:*.tunes.example.com, DNS:tunes.example.com"},
        "keyType": "RSA", "keyBits": 2048, "serialNumber": "0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9",
        "fingerprint256": (0..32).map(|i| format!("{:02X}", i * 7)).collect::<Vec<_>>().join(":"),
        "publicKey": public_key,
    });
    if let Some(e) = error {
        tls["error"] = json!(e);
    }
    json!({"probe": probe, "result": {
        "status": "finished", "resolvedAddress": "35.186.224.25", "headers": headers,
        "rawHeaders": raw_headers, "rawBody": null,
        "rawOutput": format!("HTTP/1.1 {code} X\n{raw_headers}"), "truncated": false,
        "statusCode": code, "statusCodeName": "X",
        "timings": {"total": 182, "dns": 12, "tcp": 20, "tls": 41, "firstByte": 96, "download": 13},
        "tls": tls,
    }})
}

/// Reads one request (its head and its body, by `content-length`); `None` when the client
/// closed.
pub(crate) async fn read_request(sock: &mut tokio::net::TcpStream) -> Option<Request> {
    let head = crate::read_head(sock).await?;
    let (head_text, rest) = head.split_once("\r\n\r\n").unwrap_or((&head, ""));
    let mut lines = head_text.lines();
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_owned();
    let path = first.next().unwrap_or_default().to_owned();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = rest.as_bytes().to_vec();
    while body.len() < length {
        let mut chunk = vec![0u8; length - body.len()];
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    Some(Request {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Writes a JSON answer, gzipped when `gzip`; false when the client is gone.
pub(crate) async fn respond(
    sock: &mut tokio::net::TcpStream,
    status: u16,
    answer: &Value,
    gzip: bool,
) -> bool {
    let mut bytes = answer.to_string().into_bytes();
    let mut extra = String::new();
    if gzip {
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = z.write_all(&bytes);
        bytes = z.finish().unwrap_or_default();
        extra.push_str("content-encoding: gzip\r\nvary: Accept-Encoding\r\n");
    }
    let head = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json; charset=utf-8\r\n{extra}content-length: {}\r\n\r\n",
        bytes.len()
    );
    if sock.write_all(head.as_bytes()).await.is_err() || sock.write_all(&bytes).await.is_err() {
        return false;
    }
    sock.flush().await.is_ok()
}

async fn serve(mut sock: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
    while let Some(req) = read_request(&mut sock).await {
        let (status, answer) = {
            let mut st = state.lock().unwrap();
            st.requests.push(req.clone());
            match (
                req.method.as_str(),
                req.path.strip_prefix("/v1/measurements"),
            ) {
                ("POST", Some("")) => match serde_json::from_str::<Value>(&req.body) {
                    Ok(v) => create(&mut st, &v),
                    Err(_) => validation_error(&json!({"body": "must be JSON"})),
                },
                ("GET", Some(id)) => measurement(&st, id.trim_start_matches('/')),
                _ => (
                    404,
                    json!({"error": {"type": "not_found", "message": "Not found."}}),
                ),
            }
        };
        let gzip = req
            .headers
            .get("accept-encoding")
            .is_some_and(|a| a.split(',').any(|e| e.trim().starts_with("gzip")))
            && status == 200;
        if !respond(&mut sock, status, &answer, gzip).await {
            return;
        }
    }
}
