//! Downbeat's test support, one crate for the tests, the benchmarks and the desktop app's tests:
//! real servers on 127.0.0.1 with random ports and certificates made here (a test CA, TLS and
//! plain HTTP servers with scripted misbehaviour, raw TCP servers, a small authoritative DNS
//! server), a private D-Bus with a notification recorder ([`dbus`]), and synthetic reports,
//! rounds, transitions and configs ([`fixtures`]).
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_debug_implementations
)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustls::ServerConfig;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

pub mod ap;
mod ca;
pub mod dbus;
pub mod desktop;
mod dns;
pub mod fixtures;
pub mod globalping;
pub mod netns;
pub mod ripestat;
pub mod serve;
pub mod watch;
pub use ca::*;
pub use dns::{dns, dns_live, dns_on, doh, zone, Dns, Zone};
pub mod world;

/// How an HTTP server answers every request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete response, after `delay`.
    Http {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        delay: Duration,
    },
    /// A 206 of `total` bytes, in `chunk`-byte pieces every `every` (ignores Range).
    Paced {
        total: usize,
        chunk: usize,
        every: Duration,
    },
    /// Headers promising a large body, then `sent` bytes, then silence.
    Stall { sent: usize },
    /// Not HTTP at all.
    Garbage(Vec<u8>),
    /// A status line, then header lines forever.
    EndlessHeaders,
    /// A whole response, one byte a second.
    Drip,
    /// Headers promising 1000 bytes, 10 of them, then the write side closed.
    HalfClose,
    /// The connection closed at once, with no answer: what a dead network path looks like to
    /// an HTTP client (no server answered).
    Drop,
}

impl Reply {
    pub fn ok(body: &str) -> Reply {
        Reply::status(200, body)
    }

    pub fn status(status: u16, body: &str) -> Reply {
        Reply::Http {
            status,
            headers: vec![],
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
        }
    }

    pub fn with_header(mut self, k: &str, v: &str) -> Reply {
        if let Reply::Http { headers, .. } = &mut self {
            headers.push((k.into(), v.into()));
        }
        self
    }

    pub fn delayed(mut self, d: Duration) -> Reply {
        if let Reply::Http { delay, .. } = &mut self {
            *delay = d;
        }
        self
    }
}

/// What an HTTP server answers, changeable while it runs.
#[derive(Clone)]
pub struct Script {
    reply: Arc<Mutex<Reply>>,
    /// One-shot replies, used before `reply`.
    queue: Arc<Mutex<std::collections::VecDeque<Reply>>>,
    hits: Arc<AtomicUsize>,
    hit_times: Arc<Mutex<Vec<Instant>>>,
}

impl Script {
    fn new(reply: Reply, hits: Arc<AtomicUsize>) -> Script {
        Script {
            reply: Arc::new(Mutex::new(reply)),
            queue: Default::default(),
            hits,
            hit_times: Default::default(),
        }
    }

    fn next(&self) -> Reply {
        self.hits.fetch_add(1, Ordering::SeqCst);
        // The most recent arrivals only, so a long-running server does not grow.
        {
            let mut times = self.hit_times.lock().unwrap();
            if times.len() == 1024 {
                times.remove(0);
            }
            times.push(Instant::now());
        }
        match self.queue.lock().unwrap().pop_front() {
            Some(r) => r,
            None => self.reply.lock().unwrap().clone(),
        }
    }
}

/// A running server.
pub struct Server {
    pub addr: SocketAddr,
    /// Requests (or connections, for raw servers) seen.
    pub hits: Arc<AtomicUsize>,
    /// For TLS servers: accept-to-handshake-done, measured on the server's side.
    pub tls_times: Arc<Mutex<Vec<Duration>>>,
    script: Option<Script>,
    /// For HTTPS servers: the certificate new connections get (see [`Server::set_tls`]).
    tls: Option<Arc<Mutex<Arc<ServerConfig>>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// A server with no script and no TLS timings: raw, DNS and DNS-over-HTTPS servers.
    fn unscripted(
        addr: SocketAddr,
        hits: Arc<AtomicUsize>,
        task: tokio::task::JoinHandle<()>,
    ) -> Server {
        Server {
            addr,
            hits,
            tls_times: Default::default(),
            script: None,
            tls: None,
            task,
        }
    }

    /// Presents `tls` (its certificate) to new connections from now on (HTTPS servers).
    pub fn set_tls(&self, tls: Arc<ServerConfig>) {
        if let Some(t) = &self.tls {
            *t.lock().unwrap() = tls;
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
    /// Answers `reply` from now on (HTTP servers).
    pub fn set(&self, reply: Reply) {
        if let Some(s) = &self.script {
            *s.reply.lock().unwrap() = reply;
        }
    }
    /// Answers `reply` to the next request only.
    pub fn once(&self, reply: Reply) {
        if let Some(s) = &self.script {
            s.queue.lock().unwrap().push_back(reply);
        }
    }
    /// When each request arrived.
    pub fn hit_times(&self) -> Vec<Instant> {
        self.script
            .as_ref()
            .map(|s| s.hit_times.lock().unwrap().clone())
            .unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn listen() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").await.unwrap()
}

/// An HTTPS server with `tls` and `reply`.
pub async fn https(tls: Arc<ServerConfig>, reply: Reply) -> Server {
    let l = listen().await;
    let addr = l.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let tls_times = Arc::new(Mutex::new(Vec::new()));
    let t = tls_times.clone();
    let tls = Arc::new(Mutex::new(tls));
    let current = tls.clone();
    let script = Script::new(reply, hits.clone());
    let sc = script.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = l.accept().await else {
                return;
            };
            let accepted = Instant::now();
            let acceptor = TlsAcceptor::from(current.lock().unwrap().clone());
            let (sc, t) = (sc.clone(), t.clone());
            tokio::spawn(async move {
                let _ = sock.set_nodelay(true);
                let Ok(stream) = acceptor.accept(sock).await else {
                    return;
                };
                {
                    let mut times = t.lock().unwrap();
                    if times.len() == 1024 {
                        times.remove(0); // the latest only, so a long run does not grow
                    }
                    times.push(accepted.elapsed());
                }
                serve_http(stream, sc).await;
            });
        }
    });
    Server {
        addr,
        hits,
        tls_times,
        script: Some(script),
        tls: Some(tls),
        task,
    }
}

/// A plain-HTTP server with `reply`.
pub async fn http(reply: Reply) -> Server {
    http_on(listen().await, reply)
}

/// A plain-HTTP server with `reply` on a listener bound elsewhere (in another network
/// namespace, say: see [`netns`]).
pub fn http_on(l: TcpListener, reply: Reply) -> Server {
    let addr = l.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let script = Script::new(reply, hits.clone());
    let sc = script.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = l.accept().await else {
                return;
            };
            tokio::spawn(serve_http(sock, sc.clone()));
        }
    });
    Server {
        addr,
        hits,
        tls_times: Default::default(),
        script: Some(script),
        tls: None,
        task,
    }
}

/// Reads one request head (up to the blank line, at most 64 KiB); `None` when the client
/// closed or sent too much.
pub(crate) async fn read_head<S: AsyncRead + Unpin>(s: &mut S) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.len() > 64 * 1024 {
            return None;
        }
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

async fn serve_http<S: AsyncRead + AsyncWrite + Unpin>(mut s: S, script: Script) {
    loop {
        if read_head(&mut s).await.is_none() {
            return;
        }
        let reply = script.next();
        match &reply {
            Reply::Http {
                status,
                headers,
                body,
                delay,
            } => {
                tokio::time::sleep(*delay).await;
                let mut head = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                if s.write_all(head.as_bytes()).await.is_err() || s.write_all(body).await.is_err() {
                    return;
                }
                let _ = s.flush().await;
            }
            Reply::Paced {
                total,
                chunk,
                every,
            } => {
                let head =
                    format!("HTTP/1.1 206 Partial Content\r\ncontent-length: {total}\r\n\r\n");
                if s.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let _ = s.flush().await;
                let piece = vec![b'a'; *chunk];
                let mut sent = 0;
                while sent < *total {
                    tokio::time::sleep(*every).await;
                    let n = (*chunk).min(total - sent);
                    if s.write_all(&piece[..n]).await.is_err() {
                        return;
                    }
                    let _ = s.flush().await;
                    sent += n;
                }
            }
            Reply::Stall { sent } => {
                let head = "HTTP/1.1 206 Partial Content\r\ncontent-length: 100000000\r\n\r\n";
                let _ = s.write_all(head.as_bytes()).await;
                let _ = s.write_all(&vec![b'a'; *sent]).await;
                let _ = s.flush().await;
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return;
            }
            Reply::EndlessHeaders => {
                let _ = s.write_all(b"HTTP/1.1 200 OK\r\n").await;
                let line = format!("x-filler: {}\r\n", "b".repeat(1000));
                let until = Instant::now() + Duration::from_secs(30);
                while Instant::now() < until && s.write_all(line.as_bytes()).await.is_ok() {}
                return;
            }
            Reply::Drip => {
                for b in b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok" {
                    if s.write_all(&[*b]).await.is_err() || s.flush().await.is_err() {
                        return;
                    }
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                return;
            }
            Reply::HalfClose => {
                let _ = s
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n0123456789")
                    .await;
                let _ = s.shutdown().await;
                tokio::time::sleep(Duration::from_secs(5)).await;
                return;
            }
            Reply::Drop => return,
            Reply::Garbage(bytes) => {
                let _ = s.write_all(bytes).await;
                let _ = s.flush().await;
                tokio::time::sleep(Duration::from_millis(200)).await;
                return;
            }
        }
    }
}

/// How a raw TCP server treats a connection.
#[derive(Clone, Copy, Debug)]
pub enum Raw {
    /// Accepts and never says a word.
    Silent,
    /// Reads the first bytes (a TLS ClientHello), then resets the connection.
    ResetAfterHello,
}

/// A server whose every connection is handed to `serve` on a task of its own, counted in
/// `hits`.
pub(crate) async fn serve_each<F, Fut>(serve: F) -> Server
where
    F: Fn(TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let l = listen().await;
    let addr = l.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = l.accept().await else {
                return;
            };
            h.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(serve(sock));
        }
    });
    Server::unscripted(addr, hits, task)
}

/// A raw TCP server.
pub async fn raw(kind: Raw) -> Server {
    serve_each(move |mut sock| async move {
        match kind {
            // Holds the connection open, reading nothing.
            Raw::Silent => tokio::time::sleep(Duration::from_secs(3600)).await,
            Raw::ResetAfterHello => {
                let mut b = [0u8; 512];
                let _ = sock.read(&mut b).await;
                // SO_LINGER 0 makes the close an RST; blocking on drop is moot at zero.
                #[allow(deprecated)]
                let _ = sock.set_linger(Some(Duration::ZERO));
            }
        }
        drop(sock);
    })
    .await
}

/// A TLS 1.2 server that answers the ClientHello with its whole first flight, then, when the
/// client sends its key exchange and Finished, a fatal `handshake_failure` alert.
pub async fn alert_mid_handshake(tls12: Arc<ServerConfig>) -> Server {
    serve_each(move |sock| alert_after_flight(sock, tls12.clone())).await
}

async fn alert_after_flight(mut sock: TcpStream, cfg: Arc<ServerConfig>) {
    let mut conn = rustls::ServerConnection::new(cfg).unwrap();
    let mut buf = vec![0u8; 16 * 1024];
    while !conn.wants_write() {
        let n = match sock.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if conn.read_tls(&mut &buf[..n]).is_err() || conn.process_new_packets().is_err() {
            return;
        }
    }
    let mut flight = Vec::new();
    while conn.wants_write() {
        conn.write_tls(&mut flight).unwrap();
    }
    if sock.write_all(&flight).await.is_err() {
        return;
    }
    // The client's key exchange, ChangeCipherSpec and Finished.
    let _ = sock.read(&mut buf).await;
    // alert record: fatal (2), handshake_failure (40)
    let _ = sock
        .write_all(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28])
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// An HTTP/2 server (over TLS, ALPN h2) that answers the client's preface with its SETTINGS
/// and then GOAWAY with `error_code` and last stream 0: it will serve nothing.
pub async fn h2_goaway(h2: Arc<ServerConfig>, error_code: u32) -> Server {
    let acceptor = TlsAcceptor::from(h2);
    serve_each(move |sock| goaway(acceptor.clone(), sock, error_code)).await
}

async fn goaway(acceptor: TlsAcceptor, sock: TcpStream, error_code: u32) {
    let Ok(mut s) = acceptor.accept(sock).await else {
        return;
    };
    let mut preface = [0u8; 24];
    if s.read_exact(&mut preface).await.is_err() {
        return;
    }
    // SETTINGS (empty), then GOAWAY: length 8, type 7, stream 0, last-stream-id 0, the code.
    let mut frames = vec![0, 0, 0, 4, 0, 0, 0, 0, 0];
    frames.extend_from_slice(&[0, 0, 8, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    frames.extend_from_slice(&error_code.to_be_bytes());
    let _ = s.write_all(&frames).await;
    let _ = s.flush().await;
    // Read whatever the client still sends, until it closes (or 3 s).
    let mut sink = [0u8; 4096];
    let _ = tokio::time::timeout(Duration::from_secs(3), async {
        while matches!(s.read(&mut sink).await, Ok(n) if n > 0) {}
    })
    .await;
}

/// A port on 127.0.0.1 where nothing listens.
pub fn refused_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}
