//! Name resolution: the system resolver (getaddrinfo), or a small stub resolver that asks the
//! configured `dns_servers` directly, so a check can tell NXDOMAIN from a failing server.
//! Hosts pinned with `[settings.resolve]` skip DNS, like curl's `--resolve`.
//!
//! The stub resolver sends no traffic but its own queries, caches nothing (a monitor must see
//! DNS as it is now), and bounds everything it reads: a hostile answer can't make it allocate
//! more than one 64 KiB message.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket};
use tokio::time::{timeout_at, Instant};

/// Why a name did not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN), or has no address records.
    NxDomain(String),
    /// The lookup failed: no answer, SERVFAIL, REFUSED, a malformed reply.
    Failure(String),
}

/// How names are resolved.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    /// DNS servers to ask directly; empty means the system resolver.
    pub servers: Vec<SocketAddr>,
    /// Host (lowercase) to address pins.
    pub pins: HashMap<String, IpAddr>,
    /// How long to wait for one server before trying the next.
    pub per_server_timeout: Duration,
}

impl Resolver {
    pub fn system() -> Self {
        Resolver {
            servers: Vec::new(),
            pins: HashMap::new(),
            per_server_timeout: Duration::from_secs(2),
        }
    }

    /// Resolves `host` to its addresses, giving up at `deadline`.
    pub async fn resolve(&self, host: &str, deadline: Instant) -> Result<Vec<IpAddr>, DnsError> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        if let Some(ip) = self.pins.get(&host) {
            return Ok(vec![*ip]);
        }
        if self.servers.is_empty() {
            system_lookup(&host, deadline).await
        } else {
            self.stub_lookup(&host, deadline).await
        }
    }

    async fn stub_lookup(&self, host: &str, deadline: Instant) -> Result<Vec<IpAddr>, DnsError> {
        let mut last = DnsError::Failure("no DNS server was configured".into());
        for server in &self.servers {
            let until = deadline.min(Instant::now() + self.per_server_timeout);
            match query_server(*server, host, until).await {
                Ok(addrs) => return Ok(addrs),
                // NXDOMAIN is an answer, not a failure of this server: don't ask the next one.
                Err(e @ DnsError::NxDomain(_)) => return Err(e),
                Err(e) => last = e,
            }
            if Instant::now() >= deadline {
                break;
            }
        }
        Err(last)
    }
}

async fn system_lookup(host: &str, deadline: Instant) -> Result<Vec<IpAddr>, DnsError> {
    let name = host.to_owned();
    // getaddrinfo blocks and can't be cancelled: it runs on the blocking pool, and we stop
    // waiting for it at the deadline.
    let task = tokio::task::spawn_blocking(move || {
        dns_lookup::lookup_host(&name).map(|it| {
            let mut v: Vec<IpAddr> = Vec::new();
            for ip in it {
                if !v.contains(&ip) {
                    v.push(ip);
                }
            }
            v
        })
    });
    match timeout_at(deadline, task).await {
        Err(_) => Err(DnsError::Failure(
            "the system resolver did not answer".into(),
        )),
        Ok(Err(join)) => Err(DnsError::Failure(format!(
            "the DNS lookup task failed: {join}"
        ))),
        Ok(Ok(Ok(addrs))) if addrs.is_empty() => {
            Err(DnsError::NxDomain("it has no addresses".into()))
        }
        Ok(Ok(Ok(addrs))) => Ok(addrs),
        Ok(Ok(Err(e))) => {
            use dns_lookup::LookupErrorKind as K;
            match e.kind() {
                K::NoName | K::NoData => Err(DnsError::NxDomain(
                    "the DNS says no such name exists".into(),
                )),
                K::Again => Err(DnsError::Failure(
                    "the DNS server could not be reached or failed to answer".into(),
                )),
                _ => Err(DnsError::Failure(std::io::Error::from(e).to_string())),
            }
        }
    }
}

/// Asks one server for A, then AAAA if there is no A record.
async fn query_server(
    server: SocketAddr,
    host: &str,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let a = exchange(server, host, QTYPE_A, deadline).await?;
    if !a.is_empty() {
        return Ok(a);
    }
    let aaaa = exchange(server, host, QTYPE_AAAA, deadline).await?;
    if aaaa.is_empty() {
        return Err(DnsError::NxDomain(
            "the name exists but has no address records".into(),
        ));
    }
    Ok(aaaa)
}

const QTYPE_A: u16 = 1;
const QTYPE_AAAA: u16 = 28;
const RCODE_NXDOMAIN: u8 = 3;

async fn exchange(
    server: SocketAddr,
    host: &str,
    qtype: u16,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let id = query_id();
    let query = encode_query(id, host, qtype)?;
    let bind: SocketAddr = if server.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let fail = |what: &str| DnsError::Failure(format!("DNS server {server}: {what}"));
    let sock = UdpSocket::bind(bind)
        .await
        .map_err(|e| fail(&e.to_string()))?;
    sock.connect(server)
        .await
        .map_err(|e| fail(&e.to_string()))?;
    sock.send(&query).await.map_err(|e| fail(&e.to_string()))?;
    // Room for the largest datagram, so an oversized answer (a thousand records, say) is read
    // whole and cut down by the parser rather than misread as malformed.
    let mut buf = vec![0u8; 65_535];
    loop {
        let n = match timeout_at(deadline, sock.recv(&mut buf)).await {
            Err(_) => return Err(fail("no answer")),
            Ok(Err(e)) => return Err(fail(&e.to_string())),
            Ok(Ok(n)) => n,
        };
        match parse_response(&buf[..n], id, qtype) {
            // A stray or spoofed datagram: keep waiting for ours.
            Err(ParseError::NotOurs) => continue,
            Err(ParseError::Malformed(what)) => {
                return Err(fail(&format!("malformed answer ({what})")))
            }
            Ok(Answer::Truncated) => {
                return exchange_tcp(server, &query, id, qtype, deadline).await
            }
            Ok(Answer::Rcode(rc)) => return Err(rcode_error(server, rc)),
            Ok(Answer::Addrs(v)) => return Ok(v),
        }
    }
}

async fn exchange_tcp(
    server: SocketAddr,
    query: &[u8],
    id: u16,
    qtype: u16,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let fail = |what: String| DnsError::Failure(format!("DNS server {server} over TCP: {what}"));
    let io = async {
        let mut s = TcpStream::connect(server).await?;
        let len = u16::try_from(query.len()).unwrap_or(u16::MAX);
        let mut framed = len.to_be_bytes().to_vec();
        framed.extend_from_slice(query);
        s.write_all(&framed).await?;
        let mut lenb = [0u8; 2];
        s.read_exact(&mut lenb).await?;
        let mut msg = vec![0u8; usize::from(u16::from_be_bytes(lenb))];
        s.read_exact(&mut msg).await?;
        Ok::<_, std::io::Error>(msg)
    };
    let msg = match timeout_at(deadline, io).await {
        Err(_) => return Err(fail("no answer".into())),
        Ok(Err(e)) => return Err(fail(e.to_string())),
        Ok(Ok(m)) => m,
    };
    match parse_response(&msg, id, qtype) {
        Err(ParseError::NotOurs) => Err(fail("answer to another question".into())),
        Err(ParseError::Malformed(what)) => Err(fail(format!("malformed answer ({what})"))),
        Ok(Answer::Truncated) => Err(fail("answer truncated even over TCP".into())),
        Ok(Answer::Rcode(rc)) => Err(rcode_error(server, rc)),
        Ok(Answer::Addrs(v)) => Ok(v),
    }
}

fn rcode_error(server: SocketAddr, rc: u8) -> DnsError {
    if rc == RCODE_NXDOMAIN {
        return DnsError::NxDomain(format!(
            "{server} answered that no such name exists (NXDOMAIN)"
        ));
    }
    let what = match rc {
        2 => "SERVFAIL: the DNS server failed to get an answer",
        5 => "REFUSED: the DNS server refused to answer",
        _ => "the DNS server answered with an error",
    };
    DnsError::Failure(format!("{what} ({server}, code {rc})"))
}

fn query_id() -> u16 {
    // Not a security boundary (we also match the question), just unlikely to collide.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    (nanos ^ (nanos >> 16)) as u16
}

/// Encodes a recursive query for `host`.
pub fn encode_query(id: u16, host: &str, qtype: u16) -> Result<Vec<u8>, DnsError> {
    let mut m = Vec::with_capacity(32 + host.len());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    encode_name(&mut m, host)?;
    m.extend_from_slice(&qtype.to_be_bytes());
    m.extend_from_slice(&1u16.to_be_bytes());
    Ok(m)
}

fn encode_name(m: &mut Vec<u8>, host: &str) -> Result<(), DnsError> {
    for label in host.split('.').filter(|l| !l.is_empty()) {
        let len = u8::try_from(label.len())
            .ok()
            .filter(|l| *l <= 63)
            .ok_or_else(|| {
                DnsError::Failure("a part of the name is longer than 63 bytes".into())
            })?;
        m.push(len);
        m.extend_from_slice(label.as_bytes());
    }
    m.push(0);
    if m.len() > 512 {
        return Err(DnsError::Failure("the name is too long for the DNS".into()));
    }
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Addrs(Vec<IpAddr>),
    Rcode(u8),
    Truncated,
}

#[derive(Debug, PartialEq, Eq)]
enum ParseError {
    NotOurs,
    Malformed(&'static str),
}

fn parse_response(msg: &[u8], id: u16, qtype: u16) -> Result<Answer, ParseError> {
    let rd = |at: usize| -> Result<u16, ParseError> {
        msg.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
            .ok_or(ParseError::Malformed("cut short"))
    };
    if msg.len() < 12 {
        return Err(ParseError::Malformed("shorter than a header"));
    }
    if rd(0)? != id || msg[2] & 0x80 == 0 {
        return Err(ParseError::NotOurs);
    }
    if msg[2] & 0x02 != 0 {
        return Ok(Answer::Truncated);
    }
    let rcode = msg[3] & 0x0f;
    if rcode != 0 {
        return Ok(Answer::Rcode(rcode));
    }
    let qd = rd(4)?;
    let an = rd(6)?;
    let mut at = 12;
    for _ in 0..qd {
        at = skip_name(msg, at)? + 4;
    }
    let mut out = Vec::new();
    for _ in 0..an {
        at = skip_name(msg, at)?;
        let rtype = rd(at)?;
        let rdlen = usize::from(rd(at + 8)?);
        let data = msg
            .get(at + 10..at + 10 + rdlen)
            .ok_or(ParseError::Malformed("record runs past the end"))?;
        match (rtype, rdlen) {
            (QTYPE_A, 4) if qtype == QTYPE_A => {
                out.push(IpAddr::from([data[0], data[1], data[2], data[3]]));
            }
            (QTYPE_AAAA, 16) if qtype == QTYPE_AAAA => {
                let mut b = [0u8; 16];
                b.copy_from_slice(data);
                out.push(IpAddr::from(b));
            }
            _ => {}
        }
        at += 10 + rdlen;
    }
    // A thousand records help nobody: a handful is plenty to connect.
    out.dedup();
    out.truncate(16);
    Ok(Answer::Addrs(out))
}

/// Returns the offset just past the name at `at` (following no pointers: we only skip).
fn skip_name(msg: &[u8], mut at: usize) -> Result<usize, ParseError> {
    for _ in 0..128 {
        let len = *msg
            .get(at)
            .ok_or(ParseError::Malformed("name runs past the end"))?;
        match len & 0xc0 {
            0x00 if len == 0 => return Ok(at + 1),
            0x00 => at += 1 + usize::from(len),
            0xc0 => return Ok(at + 2),
            _ => return Err(ParseError::Malformed("bad label type")),
        }
    }
    Err(ParseError::Malformed("name has too many labels"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(id: u16, rcode: u8, answers: &[[u8; 4]]) -> Vec<u8> {
        let mut m = encode_query(id, "spotify.test", QTYPE_A).unwrap();
        m[2] = 0x81;
        m[3] = 0x80 | rcode;
        m[7] = answers.len() as u8;
        for a in answers {
            m.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
            m.extend_from_slice(a);
        }
        m
    }

    #[test]
    fn parses_addresses_through_compressed_names() {
        let m = response(7, 0, &[[10, 0, 0, 1], [10, 0, 0, 2]]);
        assert_eq!(
            parse_response(&m, 7, QTYPE_A),
            Ok(Answer::Addrs(vec![
                IpAddr::from([10, 0, 0, 1]),
                IpAddr::from([10, 0, 0, 2])
            ]))
        );
    }

    #[test]
    fn rcodes_truncation_and_strangers() {
        assert_eq!(
            parse_response(&response(7, 3, &[]), 7, QTYPE_A),
            Ok(Answer::Rcode(3))
        );
        assert_eq!(
            parse_response(&response(8, 0, &[]), 7, QTYPE_A),
            Err(ParseError::NotOurs)
        );
        let mut tc = response(7, 0, &[]);
        tc[2] |= 0x02;
        assert_eq!(parse_response(&tc, 7, QTYPE_A), Ok(Answer::Truncated));
    }

    #[test]
    fn malformed_answers_are_errors_not_panics() {
        let m = response(7, 0, &[[1, 2, 3, 4]]);
        for cut in 0..m.len() {
            let _ = parse_response(&m[..cut], 7, QTYPE_A);
        }
        let mut lying = m;
        lying[7] = 200; // claims 200 answers
        assert!(matches!(
            parse_response(&lying, 7, QTYPE_A),
            Err(ParseError::Malformed(_))
        ));
    }

    #[tokio::test]
    async fn literals_and_pins_skip_dns() {
        let mut r = Resolver::system();
        r.pins
            .insert("spotify.test".into(), IpAddr::from([127, 0, 0, 9]));
        let deadline = Instant::now() + Duration::from_secs(1);
        assert_eq!(
            r.resolve("Spotify.Test.", deadline).await,
            Ok(vec![IpAddr::from([127, 0, 0, 9])])
        );
        assert_eq!(
            r.resolve("[::1]", deadline).await,
            Ok(vec![IpAddr::from(Ipv6Addr::LOCALHOST)])
        );
    }
}
