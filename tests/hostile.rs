//! Hostile servers. Each case must end within the check's timeout + 1 s, add no more than
//! 16 MB of memory (measured by a counting allocator: the peak of live heap bytes during the
//! case, servers included), and give a sensible diagnosis. Run with `--nocapture` to see each
//! case's time and memory.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use downbeat::config::{CheckSpec, ProbeSpec};
use downbeat::model::{ByteCount, Kbps};
use downbeat::probe::{handshake, stream, ProbeContext, Resolver, StatusSet, TlsRoots};
use downbeat::{Diagnosis, Report};
use peak_alloc::PeakAlloc;
use support::{Ca, Dns, Raw, Reply};
use url::Url;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const HOST: &str = "hostile.test";
const TIMEOUT: Duration = Duration::from_secs(2);
const MEMORY_BOUND: usize = 16 << 20;

fn ctx(ca: &Ca, dir: &std::path::Path, dns: Option<std::net::SocketAddr>) -> ProbeContext {
    let mut resolver = Resolver::system();
    match dns {
        Some(server) => resolver.servers = vec![server],
        None => {
            resolver
                .pins
                .insert(HOST.into(), IpAddr::from([127, 0, 0, 1]));
        }
    }
    ProbeContext::new(resolver, TlsRoots::load(Some(&ca.write(dir))).unwrap(), 14)
}

/// Runs one case: the check, timed against its deadline, with the heap's peak growth.
async fn case<F: Future<Output = Report>>(name: &str, check: F) -> Report {
    HEAP.reset_peak_usage();
    let before = HEAP.current_usage();
    let started = Instant::now();
    let r = check.await;
    let took = started.elapsed();
    let grew = HEAP.peak_usage().saturating_sub(before);
    println!(
        "{name:<34} {:>7.0} ms  +{:>6.2} MB  {:<22} {}",
        took.as_secs_f64() * 1000.0,
        grew as f64 / (1 << 20) as f64,
        r.diagnosis.as_str(),
        r.detail
    );
    assert!(
        took <= TIMEOUT + Duration::from_secs(1),
        "{name}: took {took:?}: {r:?}"
    );
    assert!(
        grew <= MEMORY_BOUND,
        "{name}: the heap grew by {grew} bytes (bound {MEMORY_BOUND}): {r:?}"
    );
    r
}

async fn run(ctx: &ProbeContext, probe: ProbeSpec) -> Report {
    let spec = CheckSpec {
        name: "h".into(),
        timeout: TIMEOUT,
        probe,
    };
    downbeat::probe::run(&spec, ctx, tokio::time::Instant::now() + spec.timeout).await
}

fn front(url: &str) -> handshake::Spec {
    handshake::Spec {
        insecure: false,
        url: Url::parse(url).unwrap(),
        expect_status: StatusSet::default(),
        expect_body: None,
        slow: Duration::from_secs(1),
        max_redirects: 0,
    }
}

fn at(port: u16) -> ProbeSpec {
    ProbeSpec::Handshake(front(&format!("https://{HOST}:{port}/")))
}

#[tokio::test]
async fn hostile_servers() {
    let ca = Ca::new("Hostile CA");
    let dir = tempfile::tempdir().unwrap();
    let ctx = ctx(&ca, dir.path(), None);
    let tls = || ca.good(&[HOST]);

    // Endless response headers: refused as not HTTP, well before the timeout.
    let srv = support::https(tls(), Reply::EndlessHeaders).await;
    let r = case("endless headers", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::ProtocolError, "{r:?}");

    // A 10 GB body: the stream check reads the 256 KiB it asked for and stops.
    let srv = support::https(
        tls(),
        Reply::Paced {
            total: 10 << 30,
            chunk: 64 << 10,
            every: Duration::ZERO,
        },
    )
    .await;
    let big = ProbeSpec::Stream(stream::Spec {
        insecure: false,
        url: Url::parse(&format!("https://{HOST}:{}/big", srv.port())).unwrap(),
        expect_status: StatusSet::default(),
        bytes: ByteCount(256 << 10),
        min_kbps: Kbps(320),
        slow: Duration::from_secs(1),
    });
    let r = case("10 GB body", run(&ctx, big)).await;
    assert_eq!(
        (r.diagnosis, r.bytes),
        (Diagnosis::Ok, Some(ByteCount(256 << 10))),
        "{r:?}"
    );

    // One byte a second: stalls, and is cut at the deadline.
    let srv = support::https(tls(), Reply::Drip).await;
    let r = case("1 byte a second", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::Timeout, "{r:?}");

    // A redirect loop: followed 5 times at most, then named as a loop.
    let srv = support::https(
        tls(),
        Reply::status(302, "").with_header("location", "/again"),
    )
    .await;
    let mut spec = front(&format!("https://{HOST}:{}/", srv.port()));
    spec.max_redirects = 5;
    let r = case("redirect loop", run(&ctx, ProbeSpec::Handshake(spec))).await;
    assert_eq!(r.diagnosis, Diagnosis::HttpRedirectLoop, "{r:?}");
    assert_eq!(srv.hits(), 6, "the first request and five redirects");

    // A chain of 50 certificates, each signed by the next, rooted in the trusted CA: refused
    // (no client accepts a path that deep) without building it for long.
    let srv = support::https(ca.long_chain(&[HOST], 50), Reply::ok("fine")).await;
    let r = case("50-certificate chain", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsCertUntrusted, "{r:?}");

    // A fatal TLS alert in the middle of the handshake.
    let srv = support::alert_mid_handshake(ca.tls12(&[HOST])).await;
    let r = case("TLS alert mid-handshake", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsHandshakeFailed, "{r:?}");
    assert!(r.detail.to_string().contains("alert"), "{}", r.detail);

    // HTTP/2: the server sends GOAWAY before answering anything.
    let srv = support::h2_goaway(ca.h2(&[HOST]), 0xb).await;
    let r = case("HTTP/2 GOAWAY", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::ConnectionReset, "{r:?}");
    assert!(r.detail.to_string().contains("GOAWAY"), "{}", r.detail);

    // The connection half-closed after the headers: the body never completes.
    let srv = support::https(tls(), Reply::HalfClose).await;
    let r = case("half-closed after headers", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::ConnectionReset, "{r:?}");

    // Accepts the connection and never reads: over plain HTTP the request sits in the
    // kernel's buffer and no answer comes; over TLS the handshake never completes.
    let srv = support::raw(Raw::Silent).await;
    let r = case(
        "never reads (http)",
        run(
            &ctx,
            ProbeSpec::Handshake(front(&format!("http://{HOST}:{}/", srv.port()))),
        ),
    )
    .await;
    assert_eq!(r.diagnosis, Diagnosis::Timeout, "{r:?}");
    let r = case("never reads (https)", run(&ctx, at(srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsHandshakeFailed, "{r:?}");
}

#[tokio::test]
async fn hostile_dns_answers() {
    let ca = Ca::new("Hostile DNS CA");
    let dir = tempfile::tempdir().unwrap();
    let names = ["many.test", "tc.test", "tc-forever.test"];
    let srv = support::https(ca.good(&names), Reply::ok("fine")).await;
    let dns = support::dns(HashMap::from([
        ("many.test".to_owned(), Dns::Many(1000)),
        ("tc.test".to_owned(), Dns::Truncated(1000)),
    ]))
    .await;
    let ctx = ctx(&ca, dir.path(), Some(dns.addr));
    let check =
        |name: &str| ProbeSpec::Handshake(front(&format!("https://{name}:{}/", srv.port())));

    // 1000 A records in one 16 KB datagram: read whole, a handful kept, the first used.
    let r = case("DNS: 1000 records over UDP", run(&ctx, check("many.test"))).await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");

    // A truncated answer (TC): asked again over TCP, which carries the 1000 records. A and
    // AAAA are asked together, so each goes over UDP, then over TCP.
    let asked = dns.hits();
    let r = case("DNS: truncated, then TCP", run(&ctx, check("tc.test"))).await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    // A and AAAA each over UDP, then over TCP: the AAAA's TCP retry may be cut short once the
    // A's answer is in (it waits only so long for IPv6's), so three or four.
    let n = dns.hits() - asked;
    assert!(
        (3..=4).contains(&n),
        "A and AAAA: one UDP query each, then over TCP: {n}"
    );
}
