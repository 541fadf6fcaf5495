//! The access-point check against loopback imitations of Spotify's access points, signed with a
//! test key: every answer an access point (or an impostor) can give, the fallbacks, and the
//! retry policy. Names resolve through a DNS server of the test's own; every check must end
//! within its timeout + 1 s.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::process::Output;
use std::time::{Duration, Instant};

use downbeat::config::{CheckSpec, ProbeSpec};
use downbeat::model::{ApSource, Phase};
use downbeat::probe::spotify_ap::{self, ApAddr, ServerKey};
use downbeat::{Diagnosis, Report, Status};
use support::ap::{access_point, Ap};
use support::{Reply, Server};
use url::Url;

const TIMEOUT: Duration = Duration::from_secs(3);

use support::ap::{loopback, test_key, Loopback as Env};

/// Every `*.test` name resolves to 127.0.0.1 through the test's DNS server.
async fn env() -> Env {
    loopback().await
}

/// An apresolve imitation listing `aps` (as `apN.test:port`).
async fn apresolve(env: &Env, aps: &[String]) -> Server {
    let json = serde_json::json!({ "accesspoint": aps, "dealer": [], "spclient": [] });
    support::https(
        env.ca.good(&["apresolve.test"]),
        Reply::ok(&json.to_string()),
    )
    .await
}

fn spec(apresolve: &str, fallback: &[String], key: ServerKey) -> spotify_ap::Spec {
    spotify_ap::Spec {
        url: Url::parse(apresolve).unwrap(),
        fallback: fallback.iter().map(|a| ApAddr::parse(a).unwrap()).collect(),
        key,
        slow: Duration::from_secs(2),
    }
}

async fn run(env: &Env, spec: spotify_ap::Spec) -> Report {
    let check = CheckSpec {
        name: "access point".into(),
        timeout: TIMEOUT,
        probe: ProbeSpec::SpotifyAp(spec),
    };
    let started = Instant::now();
    let report = downbeat::probe::run(
        &check,
        &env.ctx,
        tokio::time::Instant::now() + check.timeout,
    )
    .await;
    let took = started.elapsed();
    assert!(
        took <= TIMEOUT + Duration::from_secs(1),
        "the check took {took:?}, more than its timeout + 1 s: {report:?}"
    );
    assert!(!report.detail.is_empty());
    report
}

/// apresolve lists the imitations, and the check verifies against the test key.
async fn through_apresolve(env: &Env, aps: &[&support::ap::ApServer]) -> (Report, Server) {
    let list: Vec<String> = aps
        .iter()
        .enumerate()
        .map(|(i, a)| format!("ap{}.test:{}", i + 1, a.port()))
        .collect();
    let resolve = apresolve(env, &list).await;
    let url = format!(
        "https://apresolve.test:{}/?type=accesspoint",
        resolve.port()
    );
    let r = run(env, spec(&url, &[], test_key())).await;
    (r, resolve)
}

fn answered(r: &Report) -> String {
    r.access_point
        .as_ref()
        .and_then(|a| a.answered.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_signed_answer_is_up_and_nothing_but_one_hello_is_sent() {
    let env = env().await;
    let ap = access_point(Ap::Good).await;
    let (r, _resolve) = through_apresolve(&env, &[&ap]).await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Up, Diagnosis::Ok),
        "{r:?}"
    );
    assert_eq!(answered(&r), format!("ap1.test:{}", ap.port()));
    let found = r.access_point.as_ref().unwrap();
    assert_eq!(found.source, ApSource::Apresolve);
    assert_eq!(found.tried.len(), 1);
    // Its phases: dns, connect and hello, and nothing of HTTP.
    for p in [Phase::Dns, Phase::Connect, Phase::Hello] {
        assert!(r.phases.get(p).is_some(), "{p} missing: {:?}", r.phases);
    }
    assert_eq!((r.phases.tls, r.phases.ttfb), (None, None));
    assert!(
        r.detail
            .to_string()
            .contains("signed by the configured test key"),
        "{}",
        r.detail
    );
    // A test key marks the result unverified, in the detail too.
    assert!(r.unverified);
    assert!(r.detail.to_string().contains("Unverified"), "{}", r.detail);

    // The imitation saw one hello, a ClientHello of today's build, and nothing after it: the
    // check closed the connection without a word more (no key exchange, no credentials).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let seen = ap.seen();
    assert_eq!(seen.len(), 1);
    let hello = seen[0].client_hello().expect("a ClientHello");
    assert_eq!(hello.build_info.version(), spotify_ap::SPOTIFY_VERSION);
    assert_eq!(hello.client_nonce().len(), 16);
    assert!(
        seen[0].after.is_empty(),
        "sent after the hello: {:?}",
        seen[0].after
    );
    assert!(seen[0].client_closed);
}

#[tokio::test]
async fn spotifys_own_key_refuses_a_test_signed_answer() {
    // Verification is on by default: the same good imitation, checked against Spotify's key.
    let env = env().await;
    let ap = access_point(Ap::Good).await;
    let list = vec![format!("ap1.test:{}", ap.port())];
    let resolve = apresolve(&env, &list).await;
    let url = format!("https://apresolve.test:{}/", resolve.port());
    let r = run(&env, spec(&url, &[], ServerKey::spotify())).await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Down, Diagnosis::ApSignatureInvalid),
        "{r:?}"
    );
    assert!(!r.unverified);
    assert!(
        r.detail
            .to_string()
            .contains("not signed with Spotify's key"),
        "{}",
        r.detail
    );
    assert_eq!(r.failed_phase, Some(Phase::Hello));
}

#[tokio::test]
async fn every_bad_answer_is_named() {
    let cases = [
        (
            Ap::Tampered,
            Status::Down,
            Diagnosis::ApSignatureInvalid,
            "not signed",
        ),
        (
            Ap::Garbage,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "not an access point's answer",
        ),
        (
            Ap::Http,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "answered the hello with HTTP, not as an access point",
        ),
        (
            Ap::Oversized,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "announced 16777216 bytes",
        ),
        (
            Ap::Close,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "closed the connection before answering",
        ),
        (
            Ap::Silent,
            Status::Down,
            Diagnosis::Timeout,
            "did not answer the hello",
        ),
        (
            Ap::Upgrade,
            Status::Degraded,
            Diagnosis::ApUpgradeRequired,
            "update Downbeat",
        ),
        (
            Ap::TryAnother,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "try another access point",
        ),
        (
            Ap::Banned,
            Status::Down,
            Diagnosis::ApHandshakeFailed,
            "refused the hello (ApplicationBanned)",
        ),
    ];
    let env = env().await;
    for (kind, status, diagnosis, words) in cases {
        let ap = access_point(kind).await;
        let (r, _resolve) = through_apresolve(&env, &[&ap]).await;
        assert_eq!(
            (r.status, r.diagnosis),
            (status, diagnosis),
            "{kind:?}: {r:?}"
        );
        assert!(
            r.detail.to_string().contains(words),
            "{kind:?}: {}",
            r.detail
        );
        assert_eq!(answered(&r), format!("ap1.test:{}", ap.port()), "{kind:?}");
        if status == Status::Down {
            assert_eq!(r.failed_phase, Some(Phase::Hello), "{kind:?}");
        }
    }
}

#[tokio::test]
async fn try_another_ap_moves_on_and_other_refusals_stop() {
    let env = env().await;
    let busy = access_point(Ap::TryAnother).await;
    let good = access_point(Ap::Good).await;
    let (r, _resolve) = through_apresolve(&env, &[&busy, &good]).await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Up, Diagnosis::Ok),
        "{r:?}"
    );
    assert_eq!(answered(&r), format!("ap2.test:{}", good.port()));
    assert_eq!(r.access_point.as_ref().unwrap().tried.len(), 2);
    assert!(
        r.detail.to_string().contains(&format!(
            "(Before it: ap1.test:{}: the access point handshake fails.)",
            busy.port()
        )),
        "{}",
        r.detail
    );

    // A refusal other than "try another" is the same everywhere: the next one is not asked.
    let banned = access_point(Ap::Banned).await;
    let spare = access_point(Ap::Good).await;
    let (r, _resolve) = through_apresolve(&env, &[&banned, &spare]).await;
    assert_eq!(r.diagnosis, Diagnosis::ApHandshakeFailed, "{r:?}");
    assert_eq!(spare.hits(), 0);

    // An upgrade demand too.
    let old = access_point(Ap::Upgrade).await;
    let spare = access_point(Ap::Good).await;
    let (r, _resolve) = through_apresolve(&env, &[&old, &spare]).await;
    assert_eq!(r.diagnosis, Diagnosis::ApUpgradeRequired, "{r:?}");
    assert_eq!(spare.hits(), 0);
}

#[tokio::test]
async fn a_refused_first_access_point_with_a_good_second_is_this_networks_blocked_port() {
    let env = env().await;
    let refused = support::refused_port();
    let good = access_point(Ap::Good).await;
    let list = vec![
        format!("ap1.test:{refused}"),
        format!("ap2.test:{}", good.port()),
    ];
    let resolve = apresolve(&env, &list).await;
    let url = format!("https://apresolve.test:{}/", resolve.port());
    let r = run(&env, spec(&url, &[], test_key())).await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Degraded, Diagnosis::ApPortBlocked),
        "{r:?}"
    );
    assert!(
        r.detail.to_string().starts_with(&format!(
            "Your network blocks port {refused} (ap1.test:{refused}); the apps fall back to ap2.test:{}, a little slower.",
            good.port()
        )),
        "{}",
        r.detail
    );
    assert_eq!(answered(&r), format!("ap2.test:{}", good.port()));
    let tried = &r.access_point.as_ref().unwrap().tried;
    assert_eq!(tried[0].diagnosis, Diagnosis::TcpRefused);
    assert_eq!(tried[1].diagnosis, Diagnosis::Ok);
}

#[tokio::test]
async fn a_silent_first_access_point_leaves_time_for_the_next() {
    let env = env().await;
    let silent = access_point(Ap::Silent).await;
    let good = access_point(Ap::Good).await;
    let (r, _resolve) = through_apresolve(&env, &[&silent, &good]).await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Up, Diagnosis::Ok),
        "{r:?}"
    );
    assert_eq!(answered(&r), format!("ap2.test:{}", good.port()));
}

#[tokio::test]
async fn apresolve_down_falls_back_to_a_good_access_point_and_to_a_bad_one() {
    let env = env().await;
    let nothing = format!("https://apresolve.test:{}/", support::refused_port());

    let good = access_point(Ap::Good).await;
    let r = run(
        &env,
        spec(
            &nothing,
            &[format!("fallback.test:{}", good.port())],
            test_key(),
        ),
    )
    .await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Up, Diagnosis::Ok),
        "{r:?}"
    );
    let found = r.access_point.as_ref().unwrap();
    assert_eq!(found.source, ApSource::Fallback);
    assert_eq!(found.apresolve_error.as_deref(), Some("connection refused"));
    assert!(
        r.detail.to_string().contains("apresolve could not be used"),
        "{}",
        r.detail
    );

    // The fallback refuses too: down, and the refusal is the diagnosis.
    let r = run(
        &env,
        spec(
            &nothing,
            &[format!("fallback.test:{}", support::refused_port())],
            test_key(),
        ),
    )
    .await;
    assert_eq!(
        (r.status, r.diagnosis),
        (Status::Down, Diagnosis::TcpRefused),
        "{r:?}"
    );

    // A fallback that answers with garbage: the handshake fails.
    let bad = access_point(Ap::Garbage).await;
    let r = run(
        &env,
        spec(
            &nothing,
            &[format!("fallback.test:{}", bad.port())],
            test_key(),
        ),
    )
    .await;
    assert_eq!(r.diagnosis, Diagnosis::ApHandshakeFailed, "{r:?}");

    // apresolve answering something else than its JSON falls back the same way.
    let wrong = support::https(env.ca.good(&["apresolve.test"]), Reply::ok("<html>")).await;
    let r = run(
        &env,
        spec(
            &format!("https://apresolve.test:{}/", wrong.port()),
            &[format!("fallback.test:{}", good.port())],
            test_key(),
        ),
    )
    .await;
    assert_eq!(r.diagnosis, Diagnosis::Ok, "{r:?}");
    assert!(
        r.access_point
            .as_ref()
            .unwrap()
            .apresolve_error
            .as_deref()
            .unwrap()
            .contains("not the JSON"),
        "{r:?}"
    );
}

async fn downbeat(args: &[&str]) -> Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_downbeat"))
        .args(args)
        .env_remove("DOWNBEAT_CONFIG")
        .env("NO_COLOR", "1")
        .output()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_json_shows_the_access_point_that_answered_and_its_phases() {
    let env = env().await;
    let good = access_point(Ap::Good).await;
    let list = vec![format!("ap1.test:{}", good.port())];
    let resolve = apresolve(&env, &list).await;
    std::fs::copy(support::ap::test_key_pem(), env.dir.path().join("ap.pem")).unwrap();
    let config = env.dir.path().join("downbeat.toml");
    std::fs::write(
        &config,
        format!(
            r#"[settings]
outside_view = ""
dns_servers = ["{dns}"]
ca_file = "ca.pem"
reference_dns = []
timeout = "3s"

[[service]]
name = "Spotify"
[[service.check]]
name = "access point"
kind = "spotify_ap"
url = "https://apresolve.test:{port}/?type=accesspoint"
server_key = "ap.pem"
[[service.group]]
name = "the Spotify apps"
plural = true
checks = ["access point"]
"#,
            dns = env.dns.addr,
            port = resolve.port()
        ),
    )
    .unwrap();
    let out = downbeat(&["check", "--json", "--config", config.to_str().unwrap()]).await;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let c = &v["services"][0]["checks"][0];
    assert_eq!(c["kind"], "spotify_ap", "{c}");
    assert_eq!(c["status"], "up", "{c}");
    assert_eq!(c["unverified"], true);
    assert_eq!(
        c["access_point"]["answered"],
        format!("ap1.test:{}", good.port())
    );
    assert_eq!(c["access_point"]["source"], "apresolve");
    for p in ["dns", "connect", "hello"] {
        assert!(c["phases_ms"][p].is_number(), "{p}: {c}");
    }
    assert!(c["phases_ms"]["tls"].is_null());
    // Each group's standing, under its service.
    assert_eq!(
        v["services"][0]["groups"],
        serde_json::json!([{"name": "the Spotify apps", "status": "up", "check": null, "diagnosis": null}])
    );
    // The text table has a HELLO column and names the access point.
    let out = downbeat(&["check", "--config", config.to_str().unwrap()]).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("HELLO"), "{text}");
    assert!(
        text.contains(&format!("ap1.test:{}", good.port())),
        "{text}"
    );
    // And the start-up warning says the key is a test key.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("server_key"), "{err}");
}

/// `downbeat watch` over a grouped Spotify: when the access point's handshake starts failing,
/// the notification (through a private D-Bus) says the apps are hit and the web player works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_down_notification_says_which_clients_are_hit() {
    let env = env().await;
    let bus = support::dbus::Bus::start().await;
    let ap = access_point(Ap::Good).await;
    let list = vec![format!("ap1.test:{}", ap.port())];
    let resolve = apresolve(&env, &list).await;
    let web = support::https(env.ca.good(&["open.test"]), Reply::ok("web player")).await;
    let site = support::https(env.ca.good(&["base.test"]), Reply::ok("ok")).await;
    std::fs::copy(support::ap::test_key_pem(), env.dir.path().join("ap.pem")).unwrap();
    let config = env.dir.path().join("downbeat.toml");
    std::fs::write(
        &config,
        format!(
            r#"[settings]
outside_view = ""
interval = "1s"
timeout = "2s"
failure_threshold = 2
recovery_threshold = 1
dns_servers = ["{dns}"]
ca_file = "ca.pem"
reference_dns = []

[[baseline]]
name = "site"
url = "https://base.test:{site}/"

[[service]]
name = "Spotify"
[[service.check]]
name = "access point"
kind = "spotify_ap"
url = "https://apresolve.test:{resolve}/?type=accesspoint"
server_key = "ap.pem"
[[service.check]]
name = "web player"
url = "https://open.test:{web}/"
[[service.group]]
name = "the Spotify apps"
plural = true
checks = ["access point"]
[[service.group]]
name = "the web player"
checks = ["web player"]
"#,
            dns = env.dns.addr,
            site = site.port(),
            resolve = resolve.port(),
            web = web.port(),
        ),
    )
    .unwrap();
    let watch = support::watch::Watch::start(env!("CARGO_BIN_EXE_downbeat"), &config, &bus).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());

    ap.set(Ap::Garbage);
    let notes = bus.wait_for(1, Duration::from_secs(20)).await;
    assert_eq!(notes.len(), 1, "{notes:#?}");
    assert_eq!(notes[0].summary, "Spotify is down");
    assert!(
        notes[0].body.starts_with(
            "The Spotify apps can't connect (access point: the access point handshake fails); \
             the web player works. It's them: your connection is fine."
        ),
        "{}",
        notes[0].body
    );
    // Every notification of a check verified against a test key says so.
    assert!(
        notes[0]
            .body
            .contains("(Unverified: verification is off for access point.)"),
        "{}",
        notes[0].body
    );

    ap.set(Ap::Good);
    let notes = bus.wait_for(2, Duration::from_secs(20)).await;
    assert_eq!(notes.len(), 2, "{notes:#?}");
    assert_eq!(notes[1].summary, "Spotify is back");
    assert!(
        notes[1]
            .body
            .contains("access point: the access point handshake fails"),
        "{}",
        notes[1].body
    );
    watch.stop().await;
}
