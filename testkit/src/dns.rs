//! DNS servers for the tests: a tiny authoritative server over UDP and TCP, and a
//! DNS-over-HTTPS one (RFC 8484), both answering from a [`Zone`] the test may change.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use hickory_proto::op::{Message, ResponseCode};
use hickory_proto::rr::{RData, Record, RecordType};
use rustls::ServerConfig;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};
use tokio_rustls::TlsAcceptor;

use crate::{listen, read_head, Server};

/// What the DNS server says about a name.
#[derive(Clone, Debug)]
pub enum Dns {
    A(IpAddr),
    NxDomain,
    ServFail,
    /// `n` A records (127.0.0.1 first, then other loopback addresses) in one answer, however
    /// big: over UDP too.
    Many(usize),
    /// Over UDP, an empty answer with the truncated (TC) bit set; over TCP, `n` A records.
    Truncated(usize),
    /// REFUSED, what a filtering resolver may answer for a blocked name.
    Refused,
    /// No answer at all: a DNS server that stopped answering.
    Silent,
    /// An A record and an AAAA record: a name with both address families.
    Dual(IpAddr, IpAddr),
}

/// A zone that can change while its servers run: name (lowercase, no trailing dot) to answer,
/// and `"*"` for every other name (NXDOMAIN without it).
pub type Zone = Arc<Mutex<HashMap<String, Dns>>>;

/// A zone to share with [`dns_live`] and [`doh`], and change while they run.
pub fn zone(entries: &[(&str, Dns)]) -> Zone {
    Arc::new(Mutex::new(
        entries
            .iter()
            .map(|(n, d)| ((*n).to_owned(), d.clone()))
            .collect(),
    ))
}

/// A tiny authoritative DNS server on 127.0.0.1:random, UDP and TCP (the same port).
pub async fn dns(zone: HashMap<String, Dns>) -> Server {
    dns_live(Arc::new(Mutex::new(zone))).await
}

/// [`dns`] over a [`Zone`] that the test may change while it runs.
pub async fn dns_live(zone: Zone) -> Server {
    // UDP and TCP ports are separate: find one that is free for both.
    let (sock, tcp) = loop {
        let sock = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let port = sock.local_addr().unwrap().port();
        if let Ok(t) = TcpListener::bind(("127.0.0.1", port)).await {
            break (sock, t);
        }
    };
    dns_on(sock, tcp, zone)
}

/// [`dns_live`] on sockets bound elsewhere (the same port for UDP and TCP; in another network
/// namespace, say: see [`crate::netns`]).
pub fn dns_on(sock: UdpSocket, tcp: TcpListener, zone: Zone) -> Server {
    let addr = sock.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let tcp_zone = zone.clone();
    let th = hits.clone();
    let tcp_task = tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = tcp.accept().await else {
                return;
            };
            th.fetch_add(1, Ordering::SeqCst);
            let zone = tcp_zone.clone();
            tokio::spawn(async move {
                let mut len = [0u8; 2];
                if s.read_exact(&mut len).await.is_err() {
                    return;
                }
                let mut q = vec![0u8; usize::from(u16::from_be_bytes(len))];
                if s.read_exact(&mut q).await.is_err() {
                    return;
                }
                if let Some(resp) = answer(&q, &zone, true) {
                    let mut framed = u16::try_from(resp.len()).unwrap().to_be_bytes().to_vec();
                    framed.extend_from_slice(&resp);
                    let _ = s.write_all(&framed).await;
                }
            });
        }
    });
    let task = tokio::spawn(async move {
        let _tcp = AbortOnDrop(tcp_task);
        let mut buf = [0u8; 1500];
        loop {
            let Ok((n, peer)) = sock.recv_from(&mut buf).await else {
                return;
            };
            h.fetch_add(1, Ordering::SeqCst);
            if let Some(resp) = answer(&buf[..n], &zone, false) {
                let _ = sock.send_to(&resp, peer).await;
            }
        }
    });
    Server::unscripted(addr, hits, task)
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The answer to a query, in wire format (hickory-proto encodes it); `None` for a query that
/// does not decode.
fn answer(q: &[u8], zone: &Zone, tcp: bool) -> Option<Vec<u8>> {
    let query = Message::from_vec(q).ok()?;
    let question = query.queries.first()?.clone();
    let name = question
        .name()
        .to_ascii()
        .trim_end_matches('.')
        .to_lowercase();
    let mut truncated = false;
    let entry = {
        let z = zone.lock().unwrap();
        z.get(&name).or_else(|| z.get("*")).cloned()
    };
    let (rcode, ips) = match entry.as_ref() {
        Some(Dns::Silent) => return None,
        Some(Dns::Refused) => (ResponseCode::Refused, vec![]),
        Some(Dns::A(ip)) => (ResponseCode::NoError, vec![*ip]),
        Some(Dns::Dual(a, b)) => (ResponseCode::NoError, vec![*a, *b]),
        Some(Dns::NxDomain) | None => (ResponseCode::NXDomain, vec![]),
        Some(Dns::ServFail) => (ResponseCode::ServFail, vec![]),
        Some(Dns::Many(n)) => (ResponseCode::NoError, loopbacks(*n)),
        Some(Dns::Truncated(_)) if !tcp => {
            truncated = true;
            (ResponseCode::NoError, vec![])
        }
        Some(Dns::Truncated(n)) => (ResponseCode::NoError, loopbacks(*n)),
    };
    let mut r = Message::response(query.metadata.id, query.metadata.op_code);
    r.metadata.recursion_desired = query.metadata.recursion_desired;
    r.metadata.recursion_available = true;
    r.metadata.truncation = truncated;
    r.metadata.response_code = rcode;
    r.add_query(question.clone());
    for ip in ips {
        let data = match (ip, question.query_type()) {
            (IpAddr::V4(v4), RecordType::A) => RData::A(v4.into()),
            (IpAddr::V6(v6), RecordType::AAAA) => RData::AAAA(v6.into()),
            _ => continue,
        };
        r.add_answer(Record::from_rdata(question.name().clone(), 30, data));
    }
    r.to_vec().ok()
}

/// A DNS-over-HTTPS server (RFC 8484, GET `?dns=`) on 127.0.0.1:random over `zone`, with `tls`
/// (give it a certificate for the IP address: `ca.good(&["127.0.0.1"])`). `hits` counts
/// queries.
pub async fn doh(tls: Arc<ServerConfig>, zone: Zone) -> Server {
    use base64::Engine;
    let l = listen().await;
    let addr = l.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let acceptor = TlsAcceptor::from(tls);
    let task = tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = l.accept().await else {
                return;
            };
            let (acceptor, zone, h) = (acceptor.clone(), zone.clone(), h.clone());
            tokio::spawn(async move {
                let Ok(mut s) = acceptor.accept(sock).await else {
                    return;
                };
                while let Some(head) = read_head(&mut s).await {
                    h.fetch_add(1, Ordering::SeqCst);
                    let query = head
                        .split_whitespace()
                        .nth(1)
                        .and_then(|target| target.split("dns=").nth(1))
                        .map(|v| v.split('&').next().unwrap_or(v).to_owned())
                        .and_then(|v| {
                            base64::engine::general_purpose::URL_SAFE_NO_PAD
                                .decode(v)
                                .ok()
                        });
                    let body = query.and_then(|q| answer(&q, &zone, true));
                    let resp = match &body {
                        Some(b) => format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/dns-message\r\ncontent-length: {}\r\n\r\n",
                            b.len()
                        ),
                        None => "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n".to_owned(),
                    };
                    if s.write_all(resp.as_bytes()).await.is_err() {
                        return;
                    }
                    if let Some(b) = body {
                        if s.write_all(&b).await.is_err() {
                            return;
                        }
                    }
                    let _ = s.flush().await;
                }
            });
        }
    });
    Server::unscripted(addr, hits, task)
}

/// 127.0.0.1, then `n - 1` other loopback addresses.
fn loopbacks(n: usize) -> Vec<IpAddr> {
    (0..n)
        .map(|i| IpAddr::from([127, 0, (i / 250) as u8, (i % 250 + 1) as u8]))
        .collect()
}
