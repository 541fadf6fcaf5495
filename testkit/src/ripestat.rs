//! An imitation of RIPEstat's Data API (stat.ripe.net/docs/data-api), the three calls Downbeat
//! makes to learn this network's provider, in the shape the real API answers (every answer
//! wrapped with `status: "ok"`, `status_code`, `data_call_name`, …): `whats-my-ip` →
//! `data.ip`; `network-info?resource=IP` → `data.asns` (strings) and `data.prefix`;
//! `as-overview?resource=ASN` → `data.holder`.

use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

use crate::globalping::{read_request, respond, Request};
use crate::Server;

pub struct RipeStat {
    pub server: Server,
    requests: Arc<Mutex<Vec<Request>>>,
}

/// The answer of one data call, wrapped as the API wraps it.
fn wrapped(call: &str, data: &Value) -> Value {
    json!({"messages": [], "see_also": [], "version": "1.0", "data_call_name": call,
        "data_call_status": "supported", "cached": false, "data": data,
        "query_id": "20261207200000-0000", "process_time": 3, "server_id": "app123",
        "build_version": "live.2026.12.1.1", "status": "ok", "status_code": 200,
        "time": "2026-12-07T20:00:00.000000"})
}

impl RipeStat {
    /// This network is `ip`, in `prefix`, announced by `asn`, held by `holder`.
    pub async fn start(
        ip: &'static str,
        prefix: &'static str,
        asn: u32,
        holder: &'static str,
    ) -> RipeStat {
        let requests: Arc<Mutex<Vec<Request>>> = Arc::default();
        let seen = requests.clone();
        let server = crate::serve_each(move |mut sock| {
            let seen = seen.clone();
            async move {
                while let Some(req) = read_request(&mut sock).await {
                    seen.lock().unwrap().push(req.clone());
                    let (path, query) = req.path.split_once('?').unwrap_or((&req.path, ""));
                    let resource = query
                        .split('&')
                        .find_map(|kv| kv.strip_prefix("resource="))
                        .unwrap_or_default()
                        .to_owned();
                    let (status, answer) = match path {
                        "/data/whats-my-ip/data.json" => (200, wrapped("whats-my-ip", &json!({"ip": ip}))),
                        "/data/network-info/data.json" if resource == ip => (
                            200,
                            wrapped("network-info", &json!({"asns": [asn.to_string()], "prefix": prefix})),
                        ),
                        "/data/as-overview/data.json" if resource.trim_start_matches("AS") == asn.to_string() => (
                            200,
                            wrapped("as-overview", &json!({"type": "as", "resource": asn.to_string(),
                                "block": {"resource": "2856-2856", "desc": "Assigned by RIPE NCC", "name": "IANA 16-bit Autonomous System (AS) Numbers Registry"},
                                "holder": holder, "announced": true, "query_starttime": "2026-12-07T12:00:00", "query_endtime": "2026-12-07T12:00:00"})),
                        ),
                        _ => (400, json!({"messages": [["error", "invalid resource"]], "status": "error", "status_code": 400})),
                    };
                    if !respond(&mut sock, status, &answer, false).await {
                        return;
                    }
                }
            }
        })
        .await;
        RipeStat { server, requests }
    }

    /// The API's base, as `[settings] network_lookup` takes it.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/data", self.server.port())
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}
