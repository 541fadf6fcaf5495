//! Hostile servers: each case ends within the check's timeout + 1 s with a sensible diagnosis.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::net::IpAddr;
use std::time::{Duration, Instant};

use downbeat::config::{CheckSpec, ProbeSpec};
use downbeat::probe::{handshake, stream, ProbeContext, Resolver, StatusSet, TlsRoots};
use downbeat::units::{ByteCount, Kbps};
use downbeat::{Diagnosis, Report};
use support::{Ca, Raw, Reply};
use url::Url;

const HOST: &str = "hostile.test";
const TIMEOUT: Duration = Duration::from_secs(2);

fn ctx(ca: &Ca, dir: &std::path::Path) -> ProbeContext {
    let mut resolver = Resolver::system();
    resolver
        .pins
        .insert(HOST.into(), IpAddr::from([127, 0, 0, 1]));
    ProbeContext::new(resolver, TlsRoots::load(Some(&ca.write(dir))).unwrap(), 14)
}

async fn run(ctx: &ProbeContext, probe: ProbeSpec) -> Report {
    let spec = CheckSpec {
        name: "h".into(),
        timeout: TIMEOUT,
        probe,
    };
    let started = Instant::now();
    let r = spec.run(ctx).await;
    assert!(
        started.elapsed() <= TIMEOUT + Duration::from_secs(1),
        "took {:?}: {r:?}",
        started.elapsed()
    );
    r
}

fn front(url: &str) -> ProbeSpec {
    ProbeSpec::Handshake(handshake::Spec {
        url: Url::parse(url).unwrap(),
        expect_status: StatusSet::default(),
        expect_body: None,
        slow: Duration::from_secs(1),
    })
}

#[tokio::test]
async fn hostile_servers() {
    let ca = Ca::new("Hostile CA");
    let dir = tempfile::tempdir().unwrap();
    let ctx = ctx(&ca, dir.path());
    let tls = || ca.good(&[HOST]);

    // Endless response headers: refused as not HTTP, well before the timeout.
    let srv = support::https(tls(), Reply::EndlessHeaders).await;
    let r = run(&ctx, front(&format!("https://{HOST}:{}/", srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::ProtocolError, "{r:?}");

    // One byte a second: stalls, and is cut at the deadline.
    let srv = support::https(tls(), Reply::Drip).await;
    let r = run(&ctx, front(&format!("https://{HOST}:{}/", srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::Timeout, "{r:?}");

    // The connection half-closed after the headers: the body never completes.
    let srv = support::https(tls(), Reply::HalfClose).await;
    let r = run(&ctx, front(&format!("https://{HOST}:{}/", srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::ConnectionReset, "{r:?}");

    // Accepts the connection and never reads: over plain HTTP the request sits in the
    // kernel's buffer and no answer comes.
    let srv = support::raw(Raw::Silent).await;
    let r = run(&ctx, front(&format!("http://{HOST}:{}/", srv.port()))).await;
    assert_eq!(r.diagnosis, Diagnosis::Timeout, "{r:?}");

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
    let r = run(
        &ctx,
        ProbeSpec::Stream(stream::Spec {
            url: Url::parse(&format!("https://{HOST}:{}/big", srv.port())).unwrap(),
            expect_status: StatusSet::default(),
            bytes: ByteCount(256 << 10),
            min_kbps: Kbps(320),
            slow: Duration::from_secs(1),
        }),
    )
    .await;
    assert_eq!(
        (r.diagnosis, r.bytes),
        (Diagnosis::Ok, Some(ByteCount(256 << 10))),
        "{r:?}"
    );
}
