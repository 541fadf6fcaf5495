//! The connect phase as browsers do it (Happy Eyeballs, RFC 8305): IPv6 first, then the
//! families alternate, each next address started after a short stagger or as soon as the one
//! before it fails; the first to connect wins. Each family's try is recorded on the report, so
//! a round can see IPv6 failing while IPv4 works. A baseline check
//! ([`super::ProbeContext::both_families`]) also waits, in the background and for a bounded
//! time, for the family that lost, so its report says how both fared.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::task::JoinSet;
use tokio::time::{sleep_until, timeout_at, Instant};

use super::conn::classify_connect_error;
use super::{Failure, ReportBuilder};
use crate::model::{Diagnosis, Family, FamilyOutcome, FamilyTry};
use crate::msg;

/// How long an attempt has before the next address is tried beside it (RFC 8305 recommends
/// 250 ms).
pub(crate) const STAGGER: Duration = Duration::from_millis(250);
/// How long a baseline check waits for the family that lost, after the winner connected.
pub(crate) const OTHER_FAMILY_WAIT: Duration = Duration::from_secs(3);
/// At most this many addresses are tried.
const MAX_ADDRESSES: usize = 6;

/// One attempt's end: the address, how it went, and how long it took.
type Attempt = (SocketAddr, io::Result<TcpStream>, Duration);

/// The order to try: IPv6 first, then the families alternate (RFC 8305, section 4).
pub(crate) fn interleave(addrs: &[IpAddr]) -> Vec<IpAddr> {
    let (v6, v4): (Vec<IpAddr>, Vec<IpAddr>) = addrs.iter().partition(|a| a.is_ipv6());
    let (mut v6, mut v4) = (v6.into_iter(), v4.into_iter());
    let mut out = Vec::new();
    loop {
        match (v6.next(), v4.next()) {
            (None, None) => break,
            (a, b) => out.extend(a.into_iter().chain(b)),
        }
    }
    out.truncate(MAX_ADDRESSES);
    out
}

/// Whether this computer has a route to `addr`: a UDP socket's route lookup (connect sends
/// nothing). A family with no route at all (IPv6 on an IPv4-only network) is not tried, as
/// the system's own resolver and browsers leave it out; with no route for either, every
/// address is tried, so that the failure says why.
fn routable(addr: &SocketAddr) -> bool {
    let local: SocketAddr = if addr.is_ipv6() {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv4Addr::UNSPECIFIED, 0).into()
    };
    std::net::UdpSocket::bind(local).is_ok_and(|s| s.connect(addr).is_ok())
}

/// The addresses to try, in order: the routable families' (see [`routable`]).
fn reachable(order: Vec<SocketAddr>) -> Vec<SocketAddr> {
    let v6 = order.iter().find(|a| a.is_ipv6()).is_some_and(routable);
    let v4 = order.iter().find(|a| a.is_ipv4()).is_some_and(routable);
    if !v6 && !v4 {
        return order;
    }
    order
        .into_iter()
        .filter(|a| if a.is_ipv6() { v6 } else { v4 })
        .collect()
}

/// Slot of a family in per-family arrays: IPv6 first.
fn slot(addr: &SocketAddr) -> usize {
    usize::from(addr.is_ipv4())
}

fn family_of(slot: usize) -> Family {
    if slot == 0 {
        Family::Ipv6
    } else {
        Family::Ipv4
    }
}

fn start(set: &mut JoinSet<Attempt>, addr: SocketAddr) {
    set.spawn(async move {
        let t0 = Instant::now();
        let r = TcpStream::connect(addr).await;
        (addr, r, t0.elapsed())
    });
}

/// What a failed attempt says of its family's path.
pub(crate) fn outcome_of(e: &io::Error) -> FamilyOutcome {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => FamilyOutcome::Refused,
        io::ErrorKind::NetworkUnreachable | io::ErrorKind::HostUnreachable => {
            FamilyOutcome::Unreachable
        }
        io::ErrorKind::TimedOut => FamilyOutcome::TimedOut,
        _ => FamilyOutcome::Failed,
    }
}

fn ms(d: Duration) -> Option<u64> {
    Some(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// TCP connect phase: Happy Eyeballs over `addrs`, until `deadline`.
pub(crate) async fn connect(
    b: &mut ReportBuilder,
    addrs: &[IpAddr],
    port: u16,
    host: &str,
    deadline: Instant,
) -> Result<TcpStream, Failure> {
    let order: Vec<SocketAddr> = reachable(
        interleave(addrs)
            .into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect(),
    );
    let started = Instant::now();
    let mut sets: [JoinSet<Attempt>; 2] = [JoinSet::new(), JoinSet::new()];
    let mut tries: [Option<FamilyTry>; 2] = [None, None];
    let mut next = 0usize;
    let mut next_at = started;
    let mut last: Option<Failure> = None;
    let mut refused: Option<Failure> = None;
    let mut last_tried: Option<SocketAddr> = None;
    // A redirect's next hop connects again: the family still asked for the hop before is moot.
    if let Some(h) = b.other_family.take() {
        h.abort();
    }
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        if next < order.len() && now >= next_at {
            let addr = order[next];
            let s = slot(&addr);
            start(&mut sets[s], addr);
            // Stalled until it ends: an attempt still running when another wins stalled.
            tries[s] = Some(FamilyTry {
                family: family_of(s),
                address: addr,
                outcome: FamilyOutcome::Stalled,
                ms: None,
            });
            last_tried = Some(addr);
            next += 1;
            next_at = now + STAGGER;
            continue;
        }
        if next >= order.len() && sets.iter().all(JoinSet::is_empty) {
            break;
        }
        let wake = if next < order.len() {
            next_at.min(deadline)
        } else {
            deadline
        };
        let (v6, v4) = sets.split_at_mut(1);
        let joined = tokio::select! {
            Some(j) = v6[0].join_next(), if !v6[0].is_empty() => j,
            Some(j) = v4[0].join_next(), if !v4[0].is_empty() => j,
            () = sleep_until(wake) => continue,
        };
        let Ok((addr, result, took)) = joined else {
            continue;
        };
        let s = slot(&addr);
        match result {
            Ok(stream) => {
                tries[s] = Some(FamilyTry {
                    family: family_of(s),
                    address: addr,
                    outcome: FamilyOutcome::Connected,
                    ms: ms(took),
                });
                b.timeline.connected = Some(Instant::now());
                b.remote_addr = Some(addr);
                let _ = stream.set_nodelay(true);
                let o = 1 - s;
                let pending = std::mem::take(&mut sets[o]);
                let untried = order[next..].iter().find(|a| slot(a) == o).copied();
                let waiting = !pending.is_empty() || (tries[o].is_none() && untried.is_some());
                if b.both_families && waiting {
                    let until = deadline.min(Instant::now() + OTHER_FAMILY_WAIT);
                    b.other_family = Some(tokio::spawn(other_family(
                        pending,
                        untried,
                        tries[o].take(),
                        until,
                    )));
                }
                b.families = tries.into_iter().flatten().collect();
                return Ok(stream);
            }
            Err(e) => {
                tries[s] = Some(FamilyTry {
                    family: family_of(s),
                    address: addr,
                    outcome: outcome_of(&e),
                    ms: ms(took),
                });
                let failure = classify_connect_error(&e, host, addr);
                if failure.diagnosis == Diagnosis::TcpRefused {
                    refused.get_or_insert_with(|| failure.clone());
                }
                last = Some(failure);
                // A failure starts the next address at once.
                next_at = Instant::now();
                // Another attempt of this family may still be running.
                if !sets[s].is_empty() {
                    if let Some(t) = tries[s].as_mut() {
                        t.outcome = FamilyOutcome::Stalled;
                    }
                }
            }
        }
    }
    // Nothing connected: what still ran at the deadline timed out.
    for (s, set) in sets.iter().enumerate() {
        if let (false, Some(t)) = (set.is_empty(), tries[s].as_mut()) {
            t.outcome = FamilyOutcome::TimedOut;
        }
    }
    b.families = tries.into_iter().flatten().collect();
    b.remote_addr = last_tried;
    // A refusal says the most (a server answered: its port is closed), then an attempt still
    // running at the deadline (nothing answered in time), then the last failure's own words.
    let timed_out = b
        .families
        .iter()
        .any(|t| t.outcome == FamilyOutcome::TimedOut);
    if let Some(refused) = refused {
        return Err(refused);
    }
    Err(match (last, last_tried) {
        (Some(f), _) if !timed_out => f,
        (_, Some(addr)) => Failure::new(
            Diagnosis::TcpTimeout,
            msg!(
                "probe-connect-timeout-within",
                host = host,
                addr = addr,
                took = started.elapsed(),
            ),
        ),
        (_, None) => Failure::new(
            Diagnosis::NetworkUnreachable,
            msg!("probe-connect-no-address", host = host),
        ),
    })
}

/// The family that lost, given until `until` to say how it fares: its attempts still running,
/// or (none started) its first address.
async fn other_family(
    mut pending: JoinSet<Attempt>,
    untried: Option<SocketAddr>,
    mut seen: Option<FamilyTry>,
    until: Instant,
) -> Option<FamilyTry> {
    if pending.is_empty() {
        let addr = untried?;
        start(&mut pending, addr);
        seen = Some(FamilyTry {
            family: family_of(slot(&addr)),
            address: addr,
            outcome: FamilyOutcome::Stalled,
            ms: None,
        });
    }
    loop {
        match timeout_at(until, pending.join_next()).await {
            Err(_) => {
                if let Some(t) = seen.as_mut() {
                    t.outcome = FamilyOutcome::TimedOut;
                    t.ms = None;
                }
                return seen;
            }
            Ok(None) => return seen,
            Ok(Some(Ok((addr, Ok(_), took)))) => {
                return Some(FamilyTry {
                    family: family_of(slot(&addr)),
                    address: addr,
                    outcome: FamilyOutcome::Connected,
                    ms: ms(took),
                })
            }
            Ok(Some(Ok((addr, Err(e), took)))) => {
                seen = Some(FamilyTry {
                    family: family_of(slot(&addr)),
                    address: addr,
                    outcome: outcome_of(&e),
                    ms: ms(took),
                });
            }
            Ok(Some(Err(_))) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_goes_first_and_the_families_alternate() {
        let ips: Vec<IpAddr> = ["10.0.0.1", "10.0.0.2", "fd00::1", "10.0.0.3", "fd00::2"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let order: Vec<String> = interleave(&ips).iter().map(|a| a.to_string()).collect();
        assert_eq!(
            order,
            ["fd00::1", "10.0.0.1", "fd00::2", "10.0.0.2", "10.0.0.3"]
        );
        assert!(interleave(&[]).is_empty());
    }

    #[test]
    fn a_refusal_reaches_and_silence_does_not() {
        let t = |outcome| FamilyTry {
            family: Family::Ipv6,
            address: "[fd00::1]:443".parse().unwrap(),
            outcome,
            ms: None,
        };
        assert!(t(FamilyOutcome::Connected).reached());
        assert!(t(FamilyOutcome::Refused).reached());
        for o in [
            FamilyOutcome::Unreachable,
            FamilyOutcome::TimedOut,
            FamilyOutcome::Stalled,
            FamilyOutcome::Failed,
        ] {
            assert!(!t(o).reached(), "{o:?}");
        }
        assert_eq!(
            outcome_of(&io::Error::from(io::ErrorKind::ConnectionRefused)),
            FamilyOutcome::Refused
        );
        assert_eq!(
            outcome_of(&io::Error::from(io::ErrorKind::NetworkUnreachable)),
            FamilyOutcome::Unreachable
        );
    }
}
