//! `downbeat serve`'s HTTP side: the monitor's latest snapshot for Prometheus and for scripts.
//!
//! - `GET /metrics`: the metrics ([`crate::metrics`]), OpenMetrics when the scraper asks;
//! - `GET /api/status`: the `check --json` document of the latest round;
//! - `GET /healthz`: `ok`.
//!
//! Nothing it serves changes state. Every connection is bounded: the request head must arrive
//! within [`Limits::header_time`] and fit in [`Limits::max_head`] bytes, a connection lives at
//! most [`Limits::connection_time`], and at most [`Limits::connections`] are served at once
//! (more are closed at once). The monitor never waits for a client: a scrape reads the latest
//! snapshot, which the monitor publishes without blocking.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};

use crate::metrics::{self, Format, Incidents};
use crate::view::i18n;
use crate::view::Snapshot;

/// The address `downbeat serve` listens on unless told otherwise: loopback only.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:9767";

/// How much a client may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once; more are closed as they come.
    pub connections: usize,
    /// Time for the request head to arrive.
    pub header_time: Duration,
    /// The request head's size, in bytes (hyper's buffer; at least 8 KiB).
    pub max_head: usize,
    /// A connection's whole life, keep-alive included.
    pub connection_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connections: 32,
            header_time: Duration::from_secs(5),
            max_head: 16 * 1024,
            connection_time: Duration::from_secs(30),
        }
    }
}

/// What the handlers read: the monitor's latest snapshot and the incidents counted.
#[derive(Debug, Clone)]
pub struct Sources {
    pub snapshot: watch::Receiver<Snapshot>,
    pub incidents: Arc<Incidents>,
}

/// Serves on `listener` until `stop` resolves. An accept error (too many open files, …) is
/// logged and waited out; it never ends the monitor.
pub async fn serve(
    listener: TcpListener,
    sources: Sources,
    limits: Limits,
    stop: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.connections.max(1)));
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => a,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                tracing::warn!("serve: cannot accept a connection: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::debug!(
                "serve: {} connections already; closing one more",
                limits.connections
            );
            continue;
        };
        let sources = sources.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let response = respond(&req, &sources);
                async move { Ok::<_, Infallible>(response) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_time)
                .max_buf_size(limits.max_head.max(8192))
                .serve_connection(TokioIo::new(stream), service);
            if let Ok(Err(e)) = tokio::time::timeout(limits.connection_time, conn).await {
                tracing::debug!("serve: a connection ended: {e}");
            }
            drop(slot);
        });
    }
}

/// The answer to one request. Reads only; never blocks.
pub fn respond<B>(req: &Request<B>, sources: &Sources) -> Response<Full<Bytes>> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = text(
            StatusCode::METHOD_NOT_ALLOWED,
            &i18n::text("serve-only-get"),
        );
        r.headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    match req.uri().path() {
        "/metrics" => {
            let accept = req
                .headers()
                .get(hyper::header::ACCEPT)
                .and_then(|v| v.to_str().ok());
            let format = Format::negotiate(accept);
            // A copy, so the monitor's next publish never waits for the rendering.
            let snapshot = sources.snapshot.borrow().clone();
            let body = metrics::render(&snapshot, &sources.incidents, format);
            with_type(StatusCode::OK, body, format.content_type())
        }
        "/api/status" => {
            let (round, seen, pages) = {
                let s = sources.snapshot.borrow();
                // What the world said of a failing service, once asked (the outside view).
                let seen = s
                    .services
                    .iter()
                    .find_map(|v| v.outside.clone().map(|o| (v.name.clone(), o)));
                // What each vendor's own status page said when last read.
                let pages: Vec<_> = s
                    .services
                    .iter()
                    .filter_map(|v| v.status_page.clone().map(|p| (v.name.clone(), p)))
                    .collect();
                (s.last_round.clone(), seen, pages)
            };
            match round {
                Some(round) => {
                    let mut verdict = crate::verdict::judge(&round);
                    if let Some((service, o)) =
                        seen.filter(|_| verdict.cause == crate::model::Cause::Service)
                    {
                        verdict = crate::verdict::with_outside(verdict, &service, o);
                    }
                    let mut json = round.to_json(&verdict);
                    for service in &mut json.services {
                        service.status_page = pages
                            .iter()
                            .find(|(name, _)| name == service.name)
                            .map(|(_, page)| page);
                    }
                    match serde_json::to_string_pretty(&json) {
                        Ok(json) => with_type(StatusCode::OK, json + "\n", "application/json"),
                        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
                    }
                }
                None => with_type(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!(
                        "{{\"error\": {}}}\n",
                        serde_json::Value::from(i18n::text("serve-no-round-yet"))
                    ),
                    "application/json",
                ),
            }
        }
        // A health check's answer for machines: the same in every language.
        "/healthz" => with_type(StatusCode::OK, "ok\n".into(), "text/plain; charset=utf-8"),
        "/" => text(StatusCode::OK, &i18n::text("serve-index")),
        _ => text(StatusCode::NOT_FOUND, &i18n::text("serve-not-found")),
    }
}

/// Words for people, as a line of plain text.
fn text(status: StatusCode, words: &str) -> Response<Full<Bytes>> {
    with_type(status, format!("{words}\n"), "text/plain; charset=utf-8")
}

fn with_type(
    status: StatusCode,
    body: String,
    content_type: &'static str,
) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}
