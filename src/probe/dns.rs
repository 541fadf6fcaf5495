//! Name resolution: the system resolver (getaddrinfo), or a small stub resolver that asks the
//! configured `dns_servers` directly, so a check can tell NXDOMAIN from a failing server.
//! Hosts pinned with `[settings.resolve]` skip DNS, like curl's `--resolve`.
//!
//! The stub resolver keeps its own sockets and timeouts (each server bounded, NXDOMAIN told
//! from a failing server), and leaves the wire format to hickory-proto. It sends no traffic but
//! its own queries, with random ids, matches each answer's id and question, caches nothing (a
//! monitor must see DNS as it is now), and bounds everything it reads: a hostile answer can't
//! make it allocate more than one 64 KiB message.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use hickory_proto::op::{Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket};
use tokio::time::{timeout_at, Instant};

use crate::model::Message as Words;
use crate::msg;

/// Why a name did not resolve, and what was said of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN), or has no address records.
    NxDomain(Words),
    /// The lookup failed: no answer, SERVFAIL, REFUSED, a malformed reply.
    Failure(Words),
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
        self.resolve_families(host, deadline, false).await
    }

    /// [`Resolver::resolve`], waiting for both families' answers (`wait_both`) rather than
    /// [`RESOLUTION_DELAY`] for the IPv6 one.
    pub async fn resolve_families(
        &self,
        host: &str,
        deadline: Instant,
        wait_both: bool,
    ) -> Result<Vec<IpAddr>, DnsError> {
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
            self.stub_lookup(&host, deadline, wait_both).await
        }
    }

    async fn stub_lookup(
        &self,
        host: &str,
        deadline: Instant,
        wait_both: bool,
    ) -> Result<Vec<IpAddr>, DnsError> {
        let mut last = DnsError::Failure(msg!("probe-dns-no-server"));
        for server in &self.servers {
            let until = deadline.min(Instant::now() + self.per_server_timeout);
            match query_server(*server, host, until, wait_both).await {
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
        Err(_) => Err(DnsError::Failure(msg!("probe-dns-system-silent"))),
        Ok(Err(join)) => Err(DnsError::Failure(msg!(
            "probe-dns-task-failed",
            error = join.to_string()
        ))),
        Ok(Ok(Ok(addrs))) if addrs.is_empty() => {
            Err(DnsError::NxDomain(msg!("probe-dns-no-addresses")))
        }
        Ok(Ok(Ok(addrs))) => Ok(addrs),
        Ok(Ok(Err(e))) => {
            use dns_lookup::LookupErrorKind as K;
            match e.kind() {
                K::NoName | K::NoData => Err(DnsError::NxDomain(msg!("probe-dns-no-such-name"))),
                K::Again => Err(DnsError::Failure(msg!("probe-dns-unreachable"))),
                // The system's own words.
                _ => Err(DnsError::Failure(Words::verbatim(
                    std::io::Error::from(e).to_string(),
                ))),
            }
        }
    }
}

/// How long an IPv4 answer waits for the IPv6 one before the check goes on without it (RFC
/// 8305's resolution delay).
const RESOLUTION_DELAY: Duration = Duration::from_millis(50);
/// The same for the baseline, which wants both families' answers: long enough for any server
/// that answers at all, short enough that one that ignores AAAA questions costs little.
const BOTH_FAMILIES_DELAY: Duration = Duration::from_secs(1);

/// Asks one server for A and AAAA at once (RFC 8305): both families' addresses, so that a
/// connection can try IPv6 first. The IPv6 answer gets [`RESOLUTION_DELAY`] after the IPv4
/// one, or (`wait_both`, for the baseline) [`BOTH_FAMILIES_DELAY`].
async fn query_server(
    server: SocketAddr,
    host: &str,
    deadline: Instant,
    wait_both: bool,
) -> Result<Vec<IpAddr>, DnsError> {
    let a = exchange(server, host, RecordType::A, deadline);
    let aaaa = exchange(server, host, RecordType::AAAA, deadline);
    tokio::pin!(a, aaaa);
    let (v4, v6) = tokio::select! {
        v4 = &mut a => {
            let v6 = match &v4 {
                // The name doesn't exist: the other family won't say otherwise.
                Err(DnsError::NxDomain(_)) => Ok(Vec::new()),
                Ok(found) if !found.is_empty() => {
                    let delay = if wait_both { BOTH_FAMILIES_DELAY } else { RESOLUTION_DELAY };
                    let until = deadline.min(Instant::now() + delay);
                    timeout_at(until, &mut aaaa).await.unwrap_or(Ok(Vec::new()))
                }
                _ => aaaa.await,
            };
            (v4, v6)
        }
        v6 = &mut aaaa => (a.await, v6),
    };
    match (v4, v6) {
        (Ok(v4), Ok(v6)) if v4.is_empty() && v6.is_empty() => {
            Err(DnsError::NxDomain(msg!("probe-dns-no-address-records")))
        }
        (Ok(v4), Ok(v6)) => Ok(v6.into_iter().chain(v4).collect()),
        (Ok(v4), Err(_)) if !v4.is_empty() => Ok(v4),
        (Err(_), Ok(v6)) if !v6.is_empty() => Ok(v6),
        (Err(e), _) | (Ok(_), Err(e)) => Err(e),
    }
}

async fn exchange(
    server: SocketAddr,
    host: &str,
    qtype: RecordType,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let (question, id, query) = encode_query(host, qtype)?;
    let bind: SocketAddr = if server.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let fail =
        |why: Words| DnsError::Failure(msg!("probe-dns-server-failed", server = server, why = why));
    // The system's own words.
    let io = |e: std::io::Error| fail(Words::verbatim(e.to_string()));
    let sock = UdpSocket::bind(bind).await.map_err(io)?;
    sock.connect(server).await.map_err(io)?;
    sock.send(&query).await.map_err(io)?;
    // Room for the largest datagram, so an oversized answer (a thousand records, say) is read
    // whole and cut down by the parser rather than misread as malformed.
    let mut buf = vec![0u8; 65_535];
    loop {
        let n = match timeout_at(deadline, sock.recv(&mut buf)).await {
            Err(_) => return Err(fail(msg!("probe-dns-no-answer"))),
            Ok(Err(e)) => return Err(io(e)),
            Ok(Ok(n)) => n,
        };
        match parse_response(&buf[..n], id, &question) {
            // A stray or spoofed datagram: keep waiting for ours.
            Err(ParseError::NotOurs) => continue,
            Err(ParseError::Malformed(what)) => {
                return Err(fail(msg!("probe-dns-malformed", what = what)))
            }
            Ok(Answer::Truncated) => {
                return exchange_tcp(server, &query, id, &question, deadline).await
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
    question: &Query,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let fail = |why: Words| {
        DnsError::Failure(msg!(
            "probe-dns-server-tcp-failed",
            server = server,
            why = why
        ))
    };
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
        Err(_) => return Err(fail(msg!("probe-dns-no-answer"))),
        // The system's own words.
        Ok(Err(e)) => return Err(fail(Words::verbatim(e.to_string()))),
        Ok(Ok(m)) => m,
    };
    match parse_response(&msg, id, question) {
        Err(ParseError::NotOurs) => Err(fail(msg!("probe-dns-not-our-answer"))),
        Err(ParseError::Malformed(what)) => Err(fail(msg!("probe-dns-malformed", what = what))),
        Ok(Answer::Truncated) => Err(fail(msg!("probe-dns-truncated-over-tcp"))),
        Ok(Answer::Rcode(rc)) => Err(rcode_error(server, rc)),
        Ok(Answer::Addrs(v)) => Ok(v),
    }
}

/// Whether an address is a blocking answer: what DNS filters (Pi-hole, AdGuard, many corporate
/// filters) answer for a name they block. 0.0.0.0/8 ("this network", never a destination) and
/// `::` (unspecified), also written as IPv4-mapped. On Linux a connect to 0.0.0.0 reaches the
/// local machine, so such an answer is never connected to. Loopback answers are not counted:
/// hosts files and local test servers use them on purpose.
pub fn is_sinkhole(ip: &IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.octets()[0] == 0,
        IpAddr::V6(v6) => {
            v6.is_unspecified() || v6.to_ipv4_mapped().is_some_and(|v4| v4.octets()[0] == 0)
        }
    }
}

/// Reads a wire-format answer to `question` sent with `id` (from a DNS-over-HTTPS server):
/// the addresses, NXDOMAIN, or why it is no answer.
pub(crate) fn read_answer(msg: &[u8], id: u16, question: &Query) -> Result<Vec<IpAddr>, DnsError> {
    match parse_response(msg, id, question) {
        Ok(Answer::Addrs(v)) => Ok(v),
        Ok(Answer::Rcode(ResponseCode::NXDomain)) => {
            Err(DnsError::NxDomain(msg!("probe-dns-doh-nxdomain")))
        }
        Ok(Answer::Rcode(rc)) => Err(DnsError::Failure(msg!(
            "probe-dns-doh-error",
            code = u16::from(rc)
        ))),
        Ok(Answer::Truncated) => Err(DnsError::Failure(msg!("probe-dns-doh-truncated"))),
        Err(ParseError::NotOurs) => Err(DnsError::Failure(msg!("probe-dns-doh-not-ours"))),
        Err(ParseError::Malformed(what)) => Err(DnsError::Failure(msg!(
            "probe-dns-doh-malformed",
            what = what
        ))),
    }
}

fn rcode_error(server: SocketAddr, rc: ResponseCode) -> DnsError {
    let code = u16::from(rc);
    let rcode = match rc {
        ResponseCode::NXDomain => {
            return DnsError::NxDomain(msg!("probe-dns-server-nxdomain", server = server))
        }
        ResponseCode::ServFail => "servfail",
        ResponseCode::Refused => "refused",
        _ => "other",
    };
    DnsError::Failure(msg!(
        "probe-dns-rcode",
        rcode = rcode,
        server = server,
        code = code
    ))
}

/// A recursive query for `host` with a random id (hickory-proto draws it): the question, the
/// id and the wire bytes.
pub fn encode_query(host: &str, qtype: RecordType) -> Result<(Query, u16, Vec<u8>), DnsError> {
    let name = Name::from_ascii(format!("{}.", host.trim_end_matches('.')))
        .map_err(|_| DnsError::Failure(msg!("probe-dns-bad-name", host = host)))?;
    let question = Query::query(name, qtype);
    let mut msg = Message::query();
    msg.metadata.recursion_desired = true;
    msg.add_query(question.clone());
    let bytes = msg.to_vec().map_err(|e| {
        DnsError::Failure(msg!(
            "probe-dns-encode-failed",
            host = host,
            error = e.to_string()
        ))
    })?;
    Ok((question, msg.metadata.id, bytes))
}

#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Addrs(Vec<IpAddr>),
    Rcode(ResponseCode),
    Truncated,
}

#[derive(Debug, PartialEq, Eq)]
enum ParseError {
    NotOurs,
    /// What is wrong with it.
    Malformed(Words),
}

/// Reads an answer to `question` sent with `id`: anything else (another id, not a response,
/// another question) is not ours.
fn parse_response(msg: &[u8], id: u16, question: &Query) -> Result<Answer, ParseError> {
    if msg.len() < 12 {
        return Err(ParseError::Malformed(msg!("probe-dns-malformed-short")));
    }
    // The id and the QR bit first: a stranger's garbage is not our malformed answer.
    if u16::from_be_bytes([msg[0], msg[1]]) != id || msg[2] & 0x80 == 0 {
        return Err(ParseError::NotOurs);
    }
    // A truncated answer may be cut anywhere: TCP will have it whole.
    if msg[2] & 0x02 != 0 {
        return Ok(Answer::Truncated);
    }
    let m = Message::from_vec(msg)
        .map_err(|_| ParseError::Malformed(msg!("probe-dns-malformed-undecodable")))?;
    let same = |q: &Query| {
        q.query_type() == question.query_type()
            && q.name().to_lowercase() == question.name().to_lowercase()
    };
    if !m.queries.iter().all(same) {
        return Err(ParseError::NotOurs);
    }
    if m.metadata.response_code != ResponseCode::NoError {
        return Ok(Answer::Rcode(m.metadata.response_code));
    }
    if m.queries.is_empty() {
        return Err(ParseError::Malformed(msg!(
            "probe-dns-malformed-no-question"
        )));
    }
    let mut out: Vec<IpAddr> = Vec::new();
    for r in &m.answers {
        let ip = match (&r.data, question.query_type()) {
            (RData::A(a), RecordType::A) => IpAddr::V4(a.0),
            (RData::AAAA(a), RecordType::AAAA) => IpAddr::V6(a.0),
            _ => continue,
        };
        if !out.contains(&ip) {
            out.push(ip);
        }
        // A thousand records help nobody: a handful is plenty to connect.
        if out.len() == 16 {
            break;
        }
    }
    Ok(Answer::Addrs(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-made answer in wire format (compressed names, as servers send them), so the
    /// parser is tested against bytes, not against hickory's own encoder.
    fn response(rcode: u8, answers: &[[u8; 4]]) -> (Query, u16, Vec<u8>) {
        let (q, id, mut m) = encode_query("spotify.test", RecordType::A).unwrap();
        m[2] = 0x81;
        m[3] = 0x80 | rcode;
        m[7] = answers.len() as u8;
        for a in answers {
            m.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
            m.extend_from_slice(a);
        }
        (q, id, m)
    }

    #[test]
    fn parses_addresses_through_compressed_names() {
        let (q, id, m) = response(0, &[[10, 0, 0, 1], [10, 0, 0, 2]]);
        assert_eq!(
            parse_response(&m, id, &q),
            Ok(Answer::Addrs(vec![
                IpAddr::from([10, 0, 0, 1]),
                IpAddr::from([10, 0, 0, 2])
            ]))
        );
    }

    #[test]
    fn rcodes_truncation_and_strangers() {
        let (q, id, m) = response(3, &[]);
        assert_eq!(
            parse_response(&m, id, &q),
            Ok(Answer::Rcode(ResponseCode::NXDomain))
        );
        assert_eq!(
            parse_response(&m, id.wrapping_add(1), &q),
            Err(ParseError::NotOurs)
        );
        let (_, id, mut tc) = response(0, &[]);
        tc[2] |= 0x02;
        assert_eq!(parse_response(&tc, id, &q), Ok(Answer::Truncated));
        // Our id, but an answer to another question: not ours either.
        let other = Query::query(Name::from_ascii("evil.test.").unwrap(), RecordType::A);
        let (_, id, m) = response(0, &[[6, 6, 6, 6]]);
        assert_eq!(parse_response(&m, id, &other), Err(ParseError::NotOurs));
    }

    #[test]
    fn query_ids_are_random() {
        let ids: std::collections::HashSet<u16> = (0..32)
            .map(|_| encode_query("a.test", RecordType::A).unwrap().1)
            .collect();
        assert!(ids.len() > 16, "{ids:?}");
    }

    #[test]
    fn malformed_answers_are_errors_not_panics() {
        let (q, id, m) = response(0, &[[1, 2, 3, 4]]);
        for cut in 0..m.len() {
            let _ = parse_response(&m[..cut], id, &q);
        }
        let mut lying = m;
        lying[7] = 200; // claims 200 answers
        assert!(matches!(
            parse_response(&lying, id, &q),
            Err(ParseError::Malformed(_))
        ));
    }

    #[test]
    fn sinkholes_are_the_unspecified_addresses() {
        for ip in ["0.0.0.0", "0.1.2.3", "::", "::ffff:0.0.0.0"] {
            assert!(is_sinkhole(&ip.parse().unwrap()), "{ip}");
        }
        for ip in ["127.0.0.1", "1.1.1.1", "::1", "10.0.0.1", "::ffff:1.2.3.4"] {
            assert!(!is_sinkhole(&ip.parse().unwrap()), "{ip}");
        }
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
