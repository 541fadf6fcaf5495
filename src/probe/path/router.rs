//! Asking the router whether it is there: an ICMP echo through an unprivileged datagram socket
//! where the system allows one (Linux's `ping_group_range`, macOS), or on Windows through the
//! IP Helper API, and at the same time a TCP connect to its DNS, web and secure-web ports. A refusal proves it alive as well as an
//! answer does. No privilege is needed; whichever answers first ends it.

use std::io;
use std::net::{IpAddr, SocketAddr, SocketAddrV6};
use std::time::Duration;

#[cfg(not(windows))]
use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::TcpStream;
#[cfg(not(windows))]
use tokio::net::UdpSocket;
use tokio::task::JoinSet;
use tokio::time::{timeout_at, Instant};

use crate::model::{RouterAnswer, RouterProbe};

/// How long the router has to answer: a router on the home link answers in milliseconds, and
/// one that is gone leaves an address that nothing resolves (ARP gives up after seconds).
pub const ROUTER_WAIT: Duration = Duration::from_millis(1500);

/// The ports asked over TCP: DNS, web, secure web (a home router serves at least one).
const PORTS: [u16; 3] = [53, 80, 443];

/// How one way of asking ended.
enum Heard {
    Alive(RouterAnswer),
    /// The system had no way there (no route, host unreachable).
    NoWay,
    Nothing,
}

/// Asks the router at `addr` (its interface's `index`, for an IPv6 link-local address), for at
/// most [`ROUTER_WAIT`] or until `deadline`.
pub(super) async fn ask(addr: IpAddr, index: u32, deadline: Instant) -> RouterProbe {
    let started = Instant::now();
    let until = deadline.min(started + ROUTER_WAIT);
    let sock = |port: u16| match addr {
        IpAddr::V6(v6) => SocketAddr::V6(SocketAddrV6::new(v6, port, 0, index)),
        IpAddr::V4(_) => SocketAddr::new(addr, port),
    };
    let mut asks: JoinSet<Heard> = JoinSet::new();
    let echo_allowed = spawn_echo(&mut asks, sock(0), until);
    for port in PORTS {
        let to = sock(port);
        asks.spawn(async move {
            match TcpStream::connect(to).await {
                Ok(_) => Heard::Alive(RouterAnswer::Tcp(port)),
                Err(e) if e.kind() == io::ErrorKind::ConnectionRefused => {
                    Heard::Alive(RouterAnswer::Tcp(port))
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable
                    ) =>
                {
                    Heard::NoWay
                }
                Err(_) => Heard::Nothing,
            }
        });
    }
    let mut answer = RouterAnswer::Silent;
    let mut no_way = 0;
    let asked = asks.len();
    loop {
        match timeout_at(until, asks.join_next()).await {
            Ok(Some(Ok(Heard::Alive(a)))) => {
                answer = a;
                break;
            }
            Ok(Some(Ok(Heard::NoWay))) => no_way += 1,
            Ok(Some(_)) => {}
            // Every way ended without an answer, or the time is up.
            Ok(None) | Err(_) => break,
        }
    }
    if answer == RouterAnswer::Silent && no_way > 0 && no_way == asked {
        answer = RouterAnswer::Unreachable;
    }
    RouterProbe {
        addr,
        answer,
        took_ms: crate::model::time::ms(started.elapsed()),
        echo_allowed,
    }
}

/// Starts the echo, where this system lets this user send one: whether it did.
#[cfg(not(windows))]
fn spawn_echo(asks: &mut JoinSet<Heard>, to: SocketAddr, _until: Instant) -> bool {
    let Some((s, sent)) = echo_socket(to) else {
        return false;
    };
    asks.spawn(async move { echo_once(s, to, sent).await });
    true
}

/// The same on Windows, through the IP Helper API, on the blocking pool.
#[cfg(windows)]
fn spawn_echo(asks: &mut JoinSet<Heard>, to: SocketAddr, until: Instant) -> bool {
    use super::windows_echo::{available, echo, Echo};
    let (addr, scope) = match to {
        SocketAddr::V6(v6) => (IpAddr::V6(*v6.ip()), v6.scope_id()),
        SocketAddr::V4(v4) => (IpAddr::V4(*v4.ip()), 0),
    };
    if !available(addr.is_ipv6()) {
        return false;
    }
    let wait = until.saturating_duration_since(Instant::now());
    // Started now, before any connect: a refusal can end the ask before a task is polled.
    let sent = tokio::task::spawn_blocking(move || echo(addr, scope, wait));
    asks.spawn(async move {
        match sent.await {
            Ok(Echo::Reply) => Heard::Alive(RouterAnswer::Echo),
            Ok(Echo::NoWay) => Heard::NoWay,
            _ => Heard::Nothing,
        }
    });
    true
}

/// An unprivileged ICMP (echo) socket, when the system allows this user one, with the echo
/// request to `to` sent on it already. It leaves by a plain system call, before any connect is
/// started and before the runtime has polled the socket: a refusal can end the ask within a
/// millisecond, and the echo must have been asked by then. `None` for the send means it would
/// have waited, and is still to be made.
#[cfg(not(windows))]
fn echo_socket(to: SocketAddr) -> Option<(UdpSocket, Option<io::Result<usize>>)> {
    let (domain, protocol) = match to {
        SocketAddr::V4(_) => (Domain::IPV4, Protocol::ICMPV4),
        SocketAddr::V6(_) => (Domain::IPV6, Protocol::ICMPV6),
    };
    let s = Socket::new(domain, Type::DGRAM, Some(protocol)).ok()?;
    s.set_nonblocking(true).ok()?;
    let sent = match s.send_to(&echo_request(to.is_ipv6()), &to.into()) {
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => None,
        sent => Some(sent),
    };
    let s = UdpSocket::from_std(std::net::UdpSocket::from(s)).ok()?;
    Some((s, sent))
}

/// The echo request: type 8 (or 128 over ICMPv6), code 0, checksum, identifier, sequence 1.
/// The kernel sets the identifier and the checksum.
#[cfg(not(windows))]
fn echo_request(v6: bool) -> [u8; 10] {
    [if v6 { 128 } else { 8 }, 0, 0, 0, 0, 0, 0, 1, b'd', b'b']
}

/// One echo request (sent already, or sent here) and its reply.
#[cfg(not(windows))]
async fn echo_once(s: UdpSocket, to: SocketAddr, sent: Option<io::Result<usize>>) -> Heard {
    let v6 = to.is_ipv6();
    let sent = match sent {
        Some(sent) => sent,
        None => s.send_to(&echo_request(v6), to).await,
    };
    if let Err(e) = sent {
        return match e.kind() {
            io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable => Heard::NoWay,
            _ => Heard::Nothing,
        };
    }
    let reply = if v6 { 129 } else { 0 };
    let mut buf = [0u8; 1500];
    loop {
        match s.recv_from(&mut buf).await {
            Ok((n, from)) if n > 0 && buf[0] == reply && from.ip() == to.ip() => {
                return Heard::Alive(RouterAnswer::Echo)
            }
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable
                ) =>
            {
                return Heard::NoWay
            }
            Err(_) => return Heard::Nothing,
        }
    }
}
