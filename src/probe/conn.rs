//! The phases every probe shares: DNS, TCP connect, TLS and one HTTP GET, each stamped on the
//! report's timeline and each bounded by the caller's deadline.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Either, Empty, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderMap, HeaderValue};
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::time::{timeout_at, Instant};
use tokio_rustls::TlsConnector;
use url::Url;

use super::tls::{classify_cert_error, classify_handshake_error, version_name, Capture};
use super::{Failure, ProbeContext, ReportBuilder};
use crate::model::{ByteCount, Diagnosis};
use crate::msg;

pub(crate) trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// The parts of a URL the probes need.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub url: Url,
    pub host: String,
    pub port: u16,
    pub tls: bool,
    /// The check's `insecure = true`: a certificate the roots reject does not stop the check,
    /// and the report is marked unverified.
    pub insecure: bool,
}

impl Target {
    pub fn from_url(url: &Url, insecure: bool) -> Result<Self, Failure> {
        let host = url
            .host_str()
            .ok_or_else(|| {
                Failure::new(
                    Diagnosis::DnsFailure,
                    msg!("probe-url-no-host", url = url.as_str()),
                )
            })?
            .to_owned();
        let tls = url.scheme() == "https";
        let port = url
            .port_or_known_default()
            .unwrap_or(if tls { 443 } else { 80 });
        Ok(Target {
            url: url.clone(),
            host,
            port,
            tls,
            insecure: insecure && tls,
        })
    }

    /// The host as it goes into a Host header or SNI, without IPv6 brackets.
    pub fn bare_host(&self) -> &str {
        self.host.trim_start_matches('[').trim_end_matches(']')
    }
}

pub(crate) use super::eyeballs::connect;

/// A failed connect, as a report says it.
pub(crate) fn classify_connect_error(e: &std::io::Error, host: &str, addr: SocketAddr) -> Failure {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::ConnectionRefused => Failure::new(
            Diagnosis::TcpRefused,
            msg!(
                "probe-connect-refused",
                host = host,
                addr = addr,
                port = addr.port(),
            ),
        ),
        ErrorKind::TimedOut => Failure::new(
            Diagnosis::TcpTimeout,
            msg!("probe-connect-timeout", host = host, addr = addr),
        ),
        ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => Failure::new(
            Diagnosis::ConnectionReset,
            msg!("probe-connect-reset", host = host, addr = addr),
        ),
        _ => Failure::new(
            Diagnosis::NetworkUnreachable,
            msg!(
                "probe-connect-no-route",
                host = host,
                addr = addr,
                error = e.to_string(),
            ),
        ),
    }
}

/// TLS phase. Records the certificate and version on the builder, pass or fail.
pub(crate) async fn tls(
    ctx: &ProbeContext,
    b: &mut ReportBuilder,
    tcp: TcpStream,
    host: &str,
    alpn: &[&[u8]],
    insecure: bool,
    deadline: Instant,
) -> Result<(tokio_rustls::client::TlsStream<TcpStream>, bool), Failure> {
    let capture = Arc::new(Capture::default());
    let config = ctx
        .roots
        .client_config(&capture, alpn, insecure)
        .map_err(|e| {
            Failure::new(
                Diagnosis::TlsHandshakeFailed,
                msg!("probe-tls-setup-failed", error = e.to_string()),
            )
        })?;
    let name = ServerName::try_from(host.to_owned()).map_err(|_| {
        Failure::new(
            Diagnosis::TlsHandshakeFailed,
            msg!("probe-tls-bad-name", host = host),
        )
    })?;
    let started = Instant::now();
    b.timeline.tls_start = Some(started);
    let result = timeout_at(
        deadline,
        TlsConnector::from(Arc::new(config)).connect(name, tcp),
    )
    .await;
    match result {
        Ok(Ok(stream)) => {
            b.timeline.tls_done = Some(Instant::now());
            let conn = stream.get_ref().1;
            let h2 = conn.alpn_protocol() == Some(b"h2".as_slice());
            b.tls = capture.info(conn.protocol_version().map(version_name));
            if insecure {
                // What verification would have said, kept for the report's detail.
                b.unverified = Some(
                    capture
                        .error()
                        .map(|e| classify_cert_error(&e, host, b.tls.as_ref()).diagnosis),
                );
            }
            Ok((stream, h2))
        }
        Ok(Err(e)) => {
            b.tls = capture.info(None);
            Err(match capture.error() {
                Some(cert_err) => classify_cert_error(&cert_err, host, b.tls.as_ref()),
                None => classify_handshake_error(&e, host),
            })
        }
        Err(_) => {
            b.tls = capture.info(None);
            Err(Failure::new(
                Diagnosis::TlsHandshakeFailed,
                msg!("probe-tls-timeout", host = host, took = started.elapsed()),
            ))
        }
    }
}

type PendingResponse = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Response<Incoming>, hyper::Error>> + Send>,
>;

/// Sends one GET and waits for the response head. Stamps `request_sent` and `first_byte`.
pub(crate) async fn get(
    ctx: &ProbeContext,
    b: &mut ReportBuilder,
    io: Box<dyn Io>,
    h2: bool,
    target: &Target,
    extra: &[(&'static str, String)],
    deadline: Instant,
) -> Result<Response<Incoming>, Failure> {
    send(ctx, b, io, h2, target, None, extra, deadline).await
}

/// Sends one request, a GET or (with `body`: its content type and bytes) a POST, and waits for
/// the response head. Stamps `request_sent` and `first_byte`.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn send(
    ctx: &ProbeContext,
    b: &mut ReportBuilder,
    io: Box<dyn Io>,
    h2: bool,
    target: &Target,
    body: Option<(&'static str, Vec<u8>)>,
    extra: &[(&'static str, String)],
    deadline: Instant,
) -> Result<Response<Incoming>, Failure> {
    let host = target.host.as_str();
    let authority = match (target.tls, target.port) {
        (true, 443) | (false, 80) => target.host.clone(),
        (_, p) => format!("{}:{p}", target.host),
    };
    let uri = if h2 {
        target.url.as_str().to_owned()
    } else {
        let mut p = target.url.path().to_owned();
        if let Some(q) = target.url.query() {
            p.push('?');
            p.push_str(q);
        }
        p
    };
    let method = if body.is_some() {
        hyper::Method::POST
    } else {
        hyper::Method::GET
    };
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("user-agent", &ctx.user_agent);
    if !extra.iter().any(|(k, _)| k.eq_ignore_ascii_case("accept")) {
        req = req.header("accept", "*/*");
    }
    if !h2 {
        req = req.header("host", authority);
    }
    for (k, v) in extra {
        req = req.header(*k, v);
    }
    let body = match body {
        Some((content_type, bytes)) => {
            req = req.header("content-type", content_type);
            Either::Right(Full::new(Bytes::from(bytes)))
        }
        None => Either::Left(Empty::<Bytes>::new()),
    };
    let req = req.body(body).map_err(|e| {
        Failure::new(
            Diagnosis::ProtocolError,
            msg!("probe-http-build-failed", error = e.to_string()),
        )
    })?;

    let io = TokioIo::new(io);
    let exchange = async {
        if h2 {
            let (mut send, conn) =
                hyper::client::conn::http2::handshake(TokioExecutor::new(), io).await?;
            tokio::spawn(conn);
            send.ready().await?;
            Ok::<PendingResponse, hyper::Error>(Box::pin(send.send_request(req)))
        } else {
            let (mut send, conn) = hyper::client::conn::http1::Builder::new()
                .max_buf_size(64 * 1024)
                .handshake(io)
                .await?;
            tokio::spawn(conn);
            send.ready().await?;
            // Boxed so the two arms share a type.
            Ok(Box::pin(send.send_request(req)) as PendingResponse)
        }
    };
    let started = Instant::now();
    let pending = match timeout_at(deadline, exchange).await {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => return Err(classify_http_error(&e, host)),
        Err(_) => return Err(stalled(host, Stall::BeforeRequest, started)),
    };
    b.timeline.request_sent = Some(Instant::now());
    match timeout_at(deadline, pending).await {
        Ok(Ok(resp)) => {
            b.timeline.first_byte = Some(Instant::now());
            b.http_status = Some(resp.status().as_u16());
            b.retry_after = retry_after(resp.headers());
            b.clock_offset = clock_offset(resp.headers(), std::time::SystemTime::now());
            Ok(resp)
        }
        Ok(Err(e)) => Err(classify_http_error(&e, host)),
        Err(_) => Err(stalled(host, Stall::WithoutAnswer, started)),
    }
}

/// Where an exchange stalled.
#[derive(Debug, Clone, Copy)]
enum Stall {
    BeforeRequest,
    WithoutAnswer,
}

fn stalled(host: &str, stall: Stall, since: Instant) -> Failure {
    let took = since.elapsed();
    Failure::new(
        Diagnosis::Timeout,
        match stall {
            Stall::BeforeRequest => {
                msg!(
                    "probe-http-stalled-before-request",
                    host = host,
                    took = took
                )
            }
            Stall::WithoutAnswer => {
                msg!(
                    "probe-http-stalled-without-answer",
                    host = host,
                    took = took
                )
            }
        },
    )
}

/// What reading a body produced.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub bytes: ByteCount,
    /// The first bytes, up to the `keep` limit, for content checks.
    pub head: Vec<u8>,
    /// True when reading stopped at `limit` rather than at the end of the body.
    pub capped: bool,
    /// True when the deadline came while bytes were still flowing (see [`AtDeadline`]).
    pub cut_at_deadline: bool,
}

/// What reaching the deadline in the middle of a body means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AtDeadline {
    /// A timeout, whatever was arriving (a page must arrive whole).
    Timeout,
    /// A download still flowing is judged on what arrived; only a stall is a timeout.
    JudgeWhatArrived,
}

/// The longest quiet spell a flowing download may have; a shorter download may be quiet for
/// at most half of its time so far.
const STALL: Duration = Duration::from_secs(3);

/// Reads at most `limit` bytes of body, keeping the first `keep`. Stamps `body_done`.
pub(crate) async fn read_body(
    b: &mut ReportBuilder,
    mut body: Incoming,
    limit: u64,
    keep: usize,
    host: &str,
    deadline: Instant,
    at_deadline: AtDeadline,
) -> Result<Body, Failure> {
    let mut out = Body::default();
    let started = Instant::now();
    let mut last_data = started;
    loop {
        if out.bytes.0 >= limit {
            out.capped = true;
            break;
        }
        match timeout_at(deadline, body.frame()).await {
            Err(_) => {
                b.bytes = Some(out.bytes);
                let now = Instant::now();
                let quiet = now.saturating_duration_since(last_data);
                let flowing = out.bytes.0 > 0 && quiet < STALL.min(now.duration_since(started) / 2);
                if at_deadline == AtDeadline::JudgeWhatArrived && flowing {
                    out.cut_at_deadline = true;
                    break;
                }
                return Err(Failure::new(
                    Diagnosis::Timeout,
                    msg!(
                        "probe-body-stopped",
                        host = host,
                        bytes = super::bytes(out.bytes),
                        took = started.elapsed(),
                    ),
                ));
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                b.bytes = Some(out.bytes);
                return Err(classify_http_error(&e, host));
            }
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    if !data.is_empty() {
                        last_data = Instant::now();
                    }
                    out.bytes.0 += data.len() as u64;
                    if out.head.len() < keep {
                        let room = keep - out.head.len();
                        out.head.extend_from_slice(&data[..data.len().min(room)]);
                    }
                }
            }
        }
    }
    b.timeline.body_done = Some(Instant::now());
    b.bytes = Some(out.bytes);
    Ok(out)
}

fn classify_http_error(e: &hyper::Error, host: &str) -> Failure {
    let closed_early = || {
        Failure::new(
            Diagnosis::ConnectionReset,
            msg!("probe-http-closed-early", host = host),
        )
    };
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind;
            if matches!(
                io.kind(),
                ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe
            ) {
                return Failure::new(
                    Diagnosis::ConnectionReset,
                    msg!("probe-http-cut", host = host),
                );
            }
            if io.kind() == ErrorKind::UnexpectedEof {
                return closed_early();
            }
        }
        // HTTP/2: the server said GOAWAY (shutting down, overloaded) before answering.
        if let Some(h2) = s.downcast_ref::<h2::Error>().filter(|e| e.is_go_away()) {
            return Failure::new(
                Diagnosis::ConnectionReset,
                msg!("probe-http-goaway", host = host, error = h2.to_string()),
            );
        }
        source = s.source();
    }
    if e.is_parse() || e.is_parse_status() {
        Failure::new(
            Diagnosis::ProtocolError,
            msg!("probe-http-invalid", host = host, error = e.to_string()),
        )
    } else if e.is_incomplete_message() || e.is_closed() || e.is_canceled() {
        closed_early()
    } else {
        Failure::new(
            Diagnosis::ProtocolError,
            msg!("probe-http-failed", host = host, error = e.to_string()),
        )
    }
}

/// How far the answer's time is ahead of `now` (this computer's clock), in seconds: its `Date`
/// (RFC 9110's IMF-fixdate, or the obsolete forms) plus its `Age`, when a cache kept it that
/// long. `None` without a `Date` that parses.
pub(crate) fn clock_offset(headers: &HeaderMap, now: std::time::SystemTime) -> Option<i64> {
    let date = headers.get(hyper::header::DATE)?.to_str().ok()?;
    let date = httpdate::parse_http_date(date.trim()).ok()?;
    let age = headers
        .get(hyper::header::AGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or(0)
        .clamp(0, 7 * 86_400);
    let secs = |t: std::time::SystemTime| match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    };
    Some(secs(date) + age - secs(now))
}

/// Retry-After as a delay: delta-seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v: &HeaderValue = headers.get("retry-after")?;
    let s = v.to_str().ok()?.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Some(Duration::from_secs(secs.min(24 * 3600)));
    }
    let when = httpdate::parse_http_date(s).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Judges an HTTP status against what the check expects. `None` when it is as expected.
pub(crate) fn judge_status(
    status: u16,
    expected: &super::StatusSet,
    retry_after: Option<Duration>,
    host: &str,
) -> Option<Failure> {
    if expected.contains(status) {
        return None;
    }
    Some(match (status, retry_after) {
        (429, None) => Failure::new(
            Diagnosis::HttpRateLimited,
            msg!("probe-http-rate-limited", host = host),
        ),
        (429, Some(wait)) => Failure::new(
            Diagnosis::HttpRateLimited,
            msg!("probe-http-rate-limited-wait", host = host, wait = wait),
        ),
        (503, Some(wait)) => Failure::new(
            Diagnosis::HttpRateLimited,
            msg!("probe-http-unavailable-wait", host = host, wait = wait),
        ),
        (500..=599, _) => Failure::new(
            Diagnosis::HttpServerError,
            msg!("probe-http-server-error", host = host, status = status),
        ),
        _ => Failure::new(
            Diagnosis::HttpUnexpectedStatus,
            msg!(
                "probe-http-unexpected-status",
                host = host,
                status = status,
                expected = expected.to_string(),
            ),
        ),
    })
}
