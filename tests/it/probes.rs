//! Every probe against real servers on 127.0.0.1: each test asserts the diagnosis and that the
//! check ended within its timeout + 1 s.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use downbeat::config::{CheckSpec, ProbeSpec};
use downbeat::model::{ByteCount, Kbps, Phase};
use downbeat::probe::{handshake, stream, tcp, ProbeContext, Resolver, StatusSet, TlsRoots};
use downbeat::{Diagnosis, Report, Status};
use support::{Ca, Dns, Raw, Reply};
use url::Url;

const HOST: &str = "svc.test";
const TIMEOUT: Duration = Duration::from_secs(2);

struct Env {
    ca: Ca,
    _dir: tempfile::TempDir,
    ctx: ProbeContext,
}

fn env_with(dns_servers: Vec<std::net::SocketAddr>) -> Env {
    let ca = Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write(dir.path());
    let mut resolver = Resolver::system();
    resolver.servers = dns_servers;
    if resolver.servers.is_empty() {
        resolver
            .pins
            .insert(HOST.into(), IpAddr::from([127, 0, 0, 1]));
    }
    let roots = TlsRoots::load(Some(&ca_path)).unwrap();
    Env {
        ca,
        _dir: dir,
        ctx: ProbeContext::new(resolver, roots, 14),
    }
}

fn env() -> Env {
    env_with(vec![])
}

fn handshake(url: &str) -> handshake::Spec {
    handshake::Spec {
        insecure: false,
        url: Url::parse(url).unwrap(),
        expect_status: StatusSet::default(),
        expect_body: None,
        slow: Duration::from_secs(1),
        max_redirects: 0,
    }
}

async fn run(env: &Env, probe: ProbeSpec) -> Report {
    let spec = CheckSpec {
        name: "t".into(),
        timeout: TIMEOUT,
        probe,
    };
    let started = Instant::now();
    let report =
        downbeat::probe::run(&spec, &env.ctx, tokio::time::Instant::now() + spec.timeout).await;
    let took = started.elapsed();
    assert!(
        took <= TIMEOUT + Duration::from_secs(1),
        "the check took {took:?}, more than its timeout + 1 s: {report:?}"
    );
    assert!(!report.detail.is_empty());
    report
}

async fn run_url(env: &Env, url: &str) -> Report {
    run(env, ProbeSpec::Handshake(handshake(url))).await
}

fn url(port: u16) -> String {
    format!("https://{HOST}:{port}/health")
}

#[tokio::test]
async fn healthy_tls_server() {
    let env = env();
    let srv = support::https(env.ca.good(&[HOST]), Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::Ok, Status::Up),
        "{r:?}"
    );
    assert_eq!(r.http_status, Some(200));
    let tls = r.tls.as_ref().unwrap();
    assert_eq!(tls.version.as_deref(), Some("TLSv1.3"));
    assert!((88..=90).contains(&tls.cert_days_left.unwrap()), "{tls:?}");
    assert!(tls.cert_not_after.as_deref().unwrap().ends_with('Z'));
    for (name, d) in r.phases.named() {
        // Every phase of HTTPS; the hello is a protocol's own (the Spotify access point's).
        assert_eq!(d.is_some(), name != Phase::Hello, "phase {name}: {r:?}");
    }
    assert_eq!(r.remote_addr, Some(srv.addr));
    assert_eq!(srv.hits(), 1);
}

#[tokio::test]
async fn expired_certificate() {
    let env = env();
    let cfg = env.ca.leaf(
        &[HOST],
        time::Duration::days(-100),
        time::Duration::days(-10),
    );
    let srv = support::https(cfg, Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::TlsCertExpired, Status::Down),
        "{r:?}"
    );
    let tls = r.tls.as_ref().unwrap();
    assert!(tls.cert_days_left.unwrap() <= -10, "{tls:?}");
    assert!(r.phases.tls.is_none());
    assert!(r.detail.to_string().contains("expired on"), "{}", r.detail);
}

#[tokio::test]
async fn not_yet_valid_certificate() {
    let env = env();
    let cfg = env
        .ca
        .leaf(&[HOST], time::Duration::days(10), time::Duration::days(100));
    let srv = support::https(cfg, Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsCertNotYetValid, "{r:?}");
}

#[tokio::test]
async fn untrusted_certificate() {
    let env = env();
    let stranger = Ca::new("Somebody Else's CA");
    let srv = support::https(stranger.good(&[HOST]), Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsCertUntrusted, "{r:?}");
}

#[tokio::test]
async fn insecure_check_runs_but_says_unverified() {
    let env = env();
    let stranger = Ca::new("Somebody Else's CA");
    let srv = support::https(stranger.good(&[HOST]), Reply::ok("fine")).await;
    let mut spec = handshake(&url(srv.port()));
    spec.insecure = true;
    let r = run(&env, ProbeSpec::Handshake(spec.clone())).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::Ok, Status::Up),
        "{r:?}"
    );
    assert!(r.unverified, "{r:?}");
    assert!(
        r.detail.to_string().contains("Unverified")
            && r.detail
                .to_string()
                .contains("would have failed: TLS certificate not trusted"),
        "{}",
        r.detail
    );
    // Verified, the same server is refused.
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsCertUntrusted, "{r:?}");
    assert!(!r.unverified);
    // Insecure against a good certificate is still marked, and fails as usual otherwise.
    let good = support::https(env.ca.good(&[HOST]), Reply::status(503, "busy")).await;
    spec.url = Url::parse(&url(good.port())).unwrap();
    let r = run(&env, ProbeSpec::Handshake(spec)).await;
    assert_eq!(r.diagnosis, Diagnosis::HttpServerError, "{r:?}");
    assert!(
        r.unverified && r.detail.to_string().ends_with("(insecure = true)."),
        "{}",
        r.detail
    );
}

#[tokio::test]
async fn redirects_are_followed_only_when_asked() {
    let env = env();
    let srv = support::https(env.ca.good(&[HOST]), Reply::ok("landing page")).await;
    srv.once(Reply::status(301, "").with_header("location", "/landing"));
    // Not asked: the redirect is the answer (3xx counts as answered by default).
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(
        (r.diagnosis, r.http_status),
        (Diagnosis::Ok, Some(301)),
        "{r:?}"
    );
    // Asked: followed to the page, whose phases the report shows.
    srv.once(Reply::status(301, "").with_header("location", "/landing"));
    let mut spec = handshake(&url(srv.port()));
    spec.max_redirects = 2;
    spec.expect_body = Some("landing".into());
    let r = run(&env, ProbeSpec::Handshake(spec.clone())).await;
    assert_eq!(
        (r.diagnosis, r.http_status),
        (Diagnosis::Ok, Some(200)),
        "{r:?}"
    );
    assert!(
        r.detail.to_string().contains("after 1 redirect"),
        "{}",
        r.detail
    );
    assert!(r.total >= r.phases.to_first_byte());
    // Never from https down to plain http.
    srv.once(Reply::status(302, "").with_header("location", "http://svc.test/"));
    let r = run(&env, ProbeSpec::Handshake(spec)).await;
    assert_eq!(r.diagnosis, Diagnosis::HttpUnexpectedStatus, "{r:?}");
    assert!(
        r.detail.to_string().contains("not a secure"),
        "{}",
        r.detail
    );
}

#[tokio::test]
async fn wrong_hostname() {
    let env = env();
    let srv = support::https(env.ca.good(&["other.test"]), Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsHostnameMismatch, "{r:?}");
}

#[tokio::test]
async fn certificate_expiring_in_three_days() {
    let env = env();
    let cfg = env
        .ca
        .leaf(&[HOST], time::Duration::days(-80), time::Duration::days(3));
    let srv = support::https(cfg, Reply::ok("fine")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::TlsCertExpiring, Status::Degraded),
        "{r:?}"
    );
    let days = r.tls.as_ref().unwrap().cert_days_left.unwrap();
    assert!((2..=3).contains(&days), "{days}");
}

#[tokio::test]
async fn server_that_never_speaks_tls() {
    let env = env();
    let srv = support::raw(Raw::Silent).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::TlsHandshakeFailed, "{r:?}");
    assert!(r.phases.connect.is_some() && r.phases.tls.is_none());
}

#[tokio::test]
async fn reset_during_handshake() {
    let env = env();
    let srv = support::raw(Raw::ResetAfterHello).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::ConnectionReset, "{r:?}");
}

#[tokio::test]
async fn server_error_500() {
    let env = env();
    let srv = support::https(env.ca.good(&[HOST]), Reply::status(500, "oops")).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(
        (r.diagnosis, r.http_status),
        (Diagnosis::HttpServerError, Some(500)),
        "{r:?}"
    );
}

#[tokio::test]
async fn rate_limited_429_with_retry_after() {
    let env = env();
    let reply = Reply::status(429, "slow down").with_header("retry-after", "120");
    let srv = support::https(env.ca.good(&[HOST]), reply).await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::HttpRateLimited, "{r:?}");
    assert_eq!(r.retry_after, Some(Duration::from_secs(120)));
}

#[tokio::test]
async fn unavailable_503_with_retry_after_is_rate_limited_and_without_is_server_error() {
    let env = env();
    let srv = support::https(
        env.ca.good(&[HOST]),
        Reply::status(503, "").with_header("retry-after", "30"),
    )
    .await;
    assert_eq!(
        run_url(&env, &url(srv.port())).await.diagnosis,
        Diagnosis::HttpRateLimited
    );
    let srv = support::https(env.ca.good(&[HOST]), Reply::status(503, "")).await;
    assert_eq!(
        run_url(&env, &url(srv.port())).await.diagnosis,
        Diagnosis::HttpServerError
    );
}

#[tokio::test]
async fn unexpected_status_and_body() {
    let env = env();
    let srv = support::https(env.ca.good(&[HOST]), Reply::status(404, "nope")).await;
    assert_eq!(
        run_url(&env, &url(srv.port())).await.diagnosis,
        Diagnosis::HttpUnexpectedStatus
    );

    let srv = support::https(env.ca.good(&[HOST]), Reply::ok("{\"dealer\":[]}")).await;
    let mut spec = handshake(&url(srv.port()));
    spec.expect_body = Some("accesspoint".into());
    let r = run(&env, ProbeSpec::Handshake(spec.clone())).await;
    assert_eq!(r.diagnosis, Diagnosis::HttpUnexpectedBody, "{r:?}");
    spec.expect_body = Some("dealer".into());
    assert_eq!(
        run(&env, ProbeSpec::Handshake(spec)).await.diagnosis,
        Diagnosis::Ok
    );
}

#[tokio::test]
async fn slow_first_byte() {
    let env = env();
    let srv = support::https(
        env.ca.good(&[HOST]),
        Reply::ok("late").delayed(Duration::from_millis(400)),
    )
    .await;
    let mut spec = handshake(&url(srv.port()));
    spec.slow = Duration::from_millis(200);
    let r = run(&env, ProbeSpec::Handshake(spec)).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::Slow, Status::Degraded),
        "{r:?}"
    );
    assert!(
        r.phases.ttfb.unwrap() >= Duration::from_millis(400),
        "{r:?}"
    );
}

fn stream_spec(port: u16, bytes: u64, min_kbps: u64) -> stream::Spec {
    stream::Spec {
        insecure: false,
        url: Url::parse(&format!("https://{HOST}:{port}/audio")).unwrap(),
        expect_status: StatusSet::default(),
        bytes: ByteCount(bytes),
        min_kbps: Kbps(min_kbps),
        slow: Duration::from_secs(1),
    }
}

/// A stream check asking for `ask` bytes (at least 320 kbit/s) from a server that ignores
/// Range and sends `chunk` bytes every `every`, 4 MiB in all.
async fn paced_stream(env: &Env, chunk: usize, every: Duration, ask: u64) -> Report {
    let reply = Reply::Paced {
        total: 4 << 20,
        chunk,
        every,
    };
    let srv = support::https(env.ca.good(&[HOST]), reply).await;
    run(env, ProbeSpec::Stream(stream_spec(srv.port(), ask, 320))).await
}

#[tokio::test]
async fn stream_fast_enough_reads_only_what_it_asked_for() {
    let env = env();
    // The server would send 4 MiB: the check stops at 256 KiB.
    let r = paced_stream(&env, 64 << 10, Duration::from_millis(1), 256 << 10).await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    assert_eq!(r.bytes, Some(ByteCount(256 << 10)));
    assert!(r.throughput.unwrap() > Kbps(320), "{r:?}");
}

/// 4 KiB every 200 ms is about 160 kbit/s.
const SLOW_CHUNK: usize = 4096;
const SLOW_EVERY: Duration = Duration::from_millis(200);

fn assert_too_slow(r: &Report) {
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::StreamTooSlow, Status::Degraded),
        "{r:?}"
    );
    let kbps = r.throughput.unwrap().0;
    assert!((100..320).contains(&kbps), "{kbps} kbit/s");
}

#[tokio::test]
async fn stream_below_min_kbps() {
    let env = env();
    let r = paced_stream(&env, SLOW_CHUNK, SLOW_EVERY, 16 << 10).await;
    assert_too_slow(&r);
}

/// A slow link: bytes still flowing at the deadline are judged on what arrived, as too slow
/// with the measured rate, never as a timeout.
#[tokio::test]
async fn a_stream_still_flowing_at_the_deadline_is_judged_on_what_arrived() {
    let env = env();
    // 512 KiB would take 26 s at 160 kbit/s; the timeout is 2 s.
    let r = paced_stream(&env, SLOW_CHUNK, SLOW_EVERY, 512 << 10).await;
    assert_too_slow(&r);
    assert!(
        r.detail
            .to_string()
            .contains("by the deadline, of the 512 KiB asked for"),
        "{}",
        r.detail
    );

    // Fast enough for playback (about 1.3 Mbit/s), but asked for more than the timeout allows:
    // fine.
    let r = paced_stream(&env, 16 << 10, Duration::from_millis(100), 4 << 20).await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::Ok, Status::Up),
        "{r:?}"
    );
    assert!(r.throughput.unwrap() > Kbps(320), "{r:?}");
}

#[tokio::test]
async fn stalled_body() {
    let env = env();
    let srv = support::https(env.ca.good(&[HOST]), Reply::Stall { sent: 1000 }).await;
    let r = run(
        &env,
        ProbeSpec::Stream(stream_spec(srv.port(), 512 << 10, 320)),
    )
    .await;
    assert_eq!(
        (r.diagnosis, r.status),
        (Diagnosis::Timeout, Status::Down),
        "{r:?}"
    );
    assert_eq!(r.bytes, Some(ByteCount(1000)));
}

#[tokio::test]
async fn non_http_reply() {
    let env = env();
    let srv = support::https(
        env.ca.good(&[HOST]),
        Reply::Garbage(b"SSH-2.0-OpenSSH_9.2\r\n".to_vec()),
    )
    .await;
    let r = run_url(&env, &url(srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::ProtocolError, "{r:?}");
}

#[tokio::test]
async fn refused_port() {
    let env = env();
    let port = support::refused_port();
    let r = run_url(&env, &url(port)).await;
    assert_eq!(r.diagnosis, Diagnosis::TcpRefused, "{r:?}");
    let r = run(
        &env,
        ProbeSpec::Tcp(tcp::Spec {
            host: HOST.into(),
            port,
            slow: Duration::from_secs(1),
        }),
    )
    .await;
    assert_eq!(r.diagnosis, Diagnosis::TcpRefused, "{r:?}");
}

#[tokio::test]
async fn tcp_connect_ok() {
    let env = env();
    let srv = support::raw(Raw::Silent).await;
    let r = run(
        &env,
        ProbeSpec::Tcp(tcp::Spec {
            host: HOST.into(),
            port: srv.port(),
            slow: Duration::from_secs(1),
        }),
    )
    .await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    assert!(r.phases.connect.is_some() && r.phases.tls.is_none() && r.tls.is_none());
}

#[tokio::test]
async fn plain_http_has_no_tls_phase() {
    let env = env();
    let srv = support::http(Reply::ok("fine")).await;
    let r = run_url(&env, &format!("http://{HOST}:{}/", srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    assert!(r.phases.tls.is_none() && r.phases.ttfb.is_some());
}

#[tokio::test]
async fn local_dns_server_nxdomain_servfail_and_answer() {
    let zone = HashMap::from([
        ("good.test".to_owned(), Dns::A(IpAddr::from([127, 0, 0, 1]))),
        ("missing.test".to_owned(), Dns::NxDomain),
        ("broken.test".to_owned(), Dns::ServFail),
    ]);
    let dns = support::dns(zone).await;
    let env = env_with(vec![dns.addr]);
    let srv = support::https(env.ca.good(&["good.test"]), Reply::ok("fine")).await;

    let r = run_url(&env, &format!("https://good.test:{}/", srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    assert!(r.phases.dns.is_some());

    let r = run_url(&env, &format!("https://missing.test:{}/", srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::DnsNxdomain, "{r:?}");

    let r = run_url(&env, &format!("https://broken.test:{}/", srv.port())).await;
    assert_eq!(r.diagnosis, Diagnosis::DnsFailure, "{r:?}");
    assert!(r.detail.to_string().contains("SERVFAIL"), "{}", r.detail);
    assert!(dns.hits() >= 3);
}

#[tokio::test]
async fn dns_server_that_never_answers_fails_within_the_deadline() {
    let silent = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let env = env_with(vec![silent.local_addr().unwrap()]);
    let r = run_url(&env, "https://nowhere.test/").await;
    assert_eq!(r.diagnosis, Diagnosis::DnsFailure, "{r:?}");
}
