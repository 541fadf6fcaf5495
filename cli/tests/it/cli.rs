//! `downbeat check` end to end: the real binary, a real config file, real loopback servers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{Ca, Dns, Raw, Reply};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

async fn downbeat(args: &[&str], envs: &[(&str, &Path)]) -> Output {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.args(args)
        .env_remove("DOWNBEAT_CONFIG")
        .env("NO_COLOR", "1");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().await.unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Every fault from the probe tests, in one config, through `downbeat check --json`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_json_diagnoses_every_fault() {
    let ca = Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    ca.write(dir.path());
    let days = time::Duration::days;

    let base = support::https(ca.good(&["base.test"]), Reply::ok("ok")).await;
    let healthy = support::https(ca.good(&["ok.test"]), Reply::ok("ok")).await;
    let expired = support::https(
        ca.leaf(&["expired.test"], days(-100), days(-1)),
        Reply::ok("ok"),
    )
    .await;
    let future = support::https(
        ca.leaf(&["future.test"], days(5), days(100)),
        Reply::ok("ok"),
    )
    .await;
    let untrusted = support::https(
        Ca::new("Stranger").good(&["untrusted.test"]),
        Reply::ok("ok"),
    )
    .await;
    let wrongname = support::https(ca.good(&["elsewhere.test"]), Reply::ok("ok")).await;
    let expiring = support::https(
        ca.leaf(&["expiring.test"], days(-80), days(3)),
        Reply::ok("ok"),
    )
    .await;
    let silent = support::raw(Raw::Silent).await;
    let reset = support::raw(Raw::ResetAfterHello).await;
    let e500 = support::https(ca.good(&["e500.test"]), Reply::status(500, "")).await;
    let e429 = support::https(
        ca.good(&["e429.test"]),
        Reply::status(429, "").with_header("retry-after", "60"),
    )
    .await;
    let slow = support::https(
        ca.good(&["slow.test"]),
        Reply::ok("ok").delayed(Duration::from_millis(400)),
    )
    .await;
    let trickle = support::https(
        ca.good(&["trickle.test"]),
        Reply::Paced {
            total: 1 << 20,
            chunk: 4096,
            every: Duration::from_millis(200),
        },
    )
    .await;
    let stall = support::https(ca.good(&["stall.test"]), Reply::Stall { sent: 500 }).await;
    let garbage = support::https(
        ca.good(&["garbage.test"]),
        Reply::Garbage(b"220 smtp ready\r\n".to_vec()),
    )
    .await;
    let refused = support::refused_port();
    let dns = support::dns(HashMap::from([
        (
            "dnsok.test".to_owned(),
            Dns::A(IpAddr::from([127, 0, 0, 1])),
        ),
        ("missing.test".to_owned(), Dns::NxDomain),
        ("broken.test".to_owned(), Dns::ServFail),
    ]))
    .await;
    let dnsok = support::https(ca.good(&["dnsok.test"]), Reply::ok("ok")).await;

    let pinned = [
        "base.test",
        "ok.test",
        "expired.test",
        "future.test",
        "untrusted.test",
        "wrongname.test",
        "expiring.test",
        "silent.test",
        "reset.test",
        "e500.test",
        "e429.test",
        "slow.test",
        "trickle.test",
        "stall.test",
        "garbage.test",
        "refused.test",
    ];
    let mut toml = format!(
        "[settings]\noutside_view = \"\"  # nothing leaves the machine\nreference_dns = []\ntimeout = \"2s\"\nslow_ms = 250\nca_file = \"ca.pem\"\ndns_servers = [\"{}\"]\n\n[settings.resolve]\n",
        dns.addr
    );
    for h in pinned {
        toml.push_str(&format!("\"{h}\" = \"127.0.0.1\"\n"));
    }
    toml.push_str(&format!(
        "\n[[baseline]]\nname = \"loopback\"\nurl = \"https://base.test:{}/\"\n",
        base.port()
    ));
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "healthy",
            format!("url = \"https://ok.test:{}/\"", healthy.port()),
            "ok",
        ),
        (
            "expired",
            format!("url = \"https://expired.test:{}/\"", expired.port()),
            "tls_cert_expired",
        ),
        (
            "not yet valid",
            format!("url = \"https://future.test:{}/\"", future.port()),
            "tls_cert_not_yet_valid",
        ),
        (
            "untrusted",
            format!("url = \"https://untrusted.test:{}/\"", untrusted.port()),
            "tls_cert_untrusted",
        ),
        (
            "untrusted, insecure",
            format!(
                "url = \"https://untrusted.test:{}/\"\ninsecure = true",
                untrusted.port()
            ),
            "ok",
        ),
        (
            "wrong name",
            format!("url = \"https://wrongname.test:{}/\"", wrongname.port()),
            "tls_hostname_mismatch",
        ),
        (
            "expiring",
            format!("url = \"https://expiring.test:{}/\"", expiring.port()),
            "tls_cert_expiring",
        ),
        (
            "no tls",
            format!("url = \"https://silent.test:{}/\"", silent.port()),
            "tls_handshake_failed",
        ),
        (
            "reset",
            format!("url = \"https://reset.test:{}/\"", reset.port()),
            "connection_reset",
        ),
        (
            "500",
            format!("url = \"https://e500.test:{}/\"", e500.port()),
            "http_server_error",
        ),
        (
            "429",
            format!("url = \"https://e429.test:{}/\"", e429.port()),
            "http_rate_limited",
        ),
        (
            "slow",
            format!("url = \"https://slow.test:{}/\"", slow.port()),
            "slow",
        ),
        (
            "trickle",
            format!(
                "kind = \"stream\"\nbytes = 16384\nurl = \"https://trickle.test:{}/a\"",
                trickle.port()
            ),
            "stream_too_slow",
        ),
        (
            "stall",
            format!(
                "kind = \"stream\"\nurl = \"https://stall.test:{}/a\"",
                stall.port()
            ),
            "timeout",
        ),
        (
            "not http",
            format!("url = \"https://garbage.test:{}/\"", garbage.port()),
            "protocol_error",
        ),
        (
            "refused",
            format!("url = \"https://refused.test:{refused}/\""),
            "tcp_refused",
        ),
        (
            "refused tcp",
            format!("kind = \"tcp\"\nhost = \"refused.test\"\nport = {refused}"),
            "tcp_refused",
        ),
        (
            "dns ok",
            format!("url = \"https://dnsok.test:{}/\"", dnsok.port()),
            "ok",
        ),
        (
            "nxdomain",
            "url = \"https://missing.test/\"".to_owned(),
            "dns_nxdomain",
        ),
        (
            "servfail",
            "url = \"https://broken.test/\"".to_owned(),
            "dns_failure",
        ),
    ];
    for (name, body, _) in &cases {
        toml.push_str(&format!(
            "\n[[service]]\nname = \"{name}\"\n[[service.check]]\nname = \"probe\"\n{body}\n"
        ));
    }
    let path = dir.path().join("config.toml");
    std::fs::write(&path, toml).unwrap();

    let started = Instant::now();
    let out = downbeat(
        &["check", "--json", "--config", path.to_str().unwrap()],
        &[],
    )
    .await;
    let took = started.elapsed();
    let doc = json(&out);
    assert_eq!(
        out.status.code(),
        Some(2),
        "exit code for down; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        took < Duration::from_secs(4),
        "checks run concurrently: {took:?}"
    );

    assert_eq!(doc["verdict"]["status"], "down");
    // Of all the faults, one on this side is said first: "untrusted" shows a certificate for
    // its name from an authority nobody trusts while the baseline's is trusted (interception),
    // and only this network's DNS says missing.test doesn't exist (no neutral DNS confirms it).
    assert_eq!(doc["verdict"]["blame"], "you", "{doc:#}");
    assert_eq!(doc["verdict"]["cause"], "tls_intercepted", "{doc:#}");
    assert!(doc["checked_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(doc["baseline"][0]["diagnosis"], "ok");
    let services = doc["services"].as_array().unwrap();
    assert_eq!(services.len(), cases.len());
    for (svc, (name, _, want)) in services.iter().zip(&cases) {
        assert_eq!(svc["name"], *name);
        let check = &svc["checks"][0];
        assert_eq!(check["diagnosis"], *want, "service {name}: {check:#}");
        assert!(
            check["total_ms"].as_f64().unwrap() <= 3000.0,
            "service {name} ran past timeout + 1 s: {check:#}"
        );
        assert!(check["detail"].as_str().is_some_and(|d| !d.is_empty()));
        for key in [
            "name",
            "kind",
            "target",
            "status",
            "diagnosis",
            "detail",
            "phases_ms",
            "total_ms",
            "http_status",
            "tls",
            "bytes",
            "throughput_kbps",
            "remote_addr",
            "unverified",
        ] {
            assert!(check.get(key).is_some(), "{name}: missing {key}");
        }
    }
    let by_name = |n: &str| services.iter().find(|s| s["name"] == n).unwrap();
    let ok = &by_name("healthy")["checks"][0];
    assert_eq!(ok["status"], "up");
    assert_eq!(ok["tls"]["version"], "TLSv1.3");
    assert!(ok["phases_ms"]["tls"].as_f64().unwrap() > 0.0);
    assert_eq!(by_name("expiring")["status"], "degraded");
    assert!(
        by_name("expired")["checks"][0]["tls"]["cert_days_left"]
            .as_i64()
            .unwrap()
            < 0
    );
    assert!(
        by_name("trickle")["checks"][0]["throughput_kbps"]
            .as_u64()
            .unwrap()
            < 320
    );
    assert!(by_name("refused tcp")["checks"][0]["phases_ms"]["tls"].is_null());
    // TLS verification off is never silent: a warning at start, and the result says so.
    let insecure = &by_name("untrusted, insecure")["checks"][0];
    assert_eq!(insecure["unverified"], true);
    assert!(insecure["detail"]
        .as_str()
        .unwrap()
        .contains("Unverified: certificate checks are off"));
    assert_eq!(by_name("untrusted")["checks"][0]["unverified"], false);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: untrusted, insecure check \"probe\" has insecure = true"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_baseline_down_is_offline_and_blames_you() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        support::refused_port(),
        support::refused_port(),
        support::refused_port(),
    );
    let write = |service_port: u16| {
        let path = dir.path().join(format!("c{service_port}.toml"));
        std::fs::write(
            &path,
            format!(
                "[settings]\noutside_view = \"\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"a\"\nurl = \"http://127.0.0.1:{a}/\"\n[[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{b}/\"\n\
                 [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{service_port}/\"\n"
            ),
        )
        .unwrap();
        path
    };
    // Nothing answers: offline, it's you, and the service is "offline" too, never "down".
    let path = write(c);
    let out = downbeat(&["check", "--json"], &[("DOWNBEAT_CONFIG", &path)]).await;
    assert_eq!(out.status.code(), Some(3));
    let doc = json(&out);
    assert_eq!(doc["verdict"]["status"], "offline");
    assert_eq!(doc["verdict"]["blame"], "you");
    assert_eq!(doc["verdict"]["cause"], "offline");

    // The plain table says the same in words.
    let out = downbeat(&["check"], &[("DOWNBEAT_CONFIG", &path)]).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("You're offline"), "{text}");
    assert!(text.contains("refused the connection"), "{text}");
    assert!(text.contains("Tunes (offline)"), "{text}");
    assert!(!text.contains("(down)"), "{text}");

    // The baseline sites unreachable while the service answers (even with an error) is a
    // network that blocks them, not offline: the service is judged on its own.
    let sick = support::http(Reply::status(503, "busy")).await;
    let path = write(sick.port());
    let out = downbeat(&["check", "--json"], &[("DOWNBEAT_CONFIG", &path)]).await;
    let doc = json(&out);
    assert_eq!(out.status.code(), Some(2), "{doc}");
    assert_eq!(doc["verdict"]["cause"], "service");
    assert_eq!(doc["verdict"]["blame"], "them");
    let summary = doc["verdict"]["summary"].as_str().unwrap();
    assert!(
        summary.contains(
            "The baseline sites are unreachable but Tunes answers: your network may block them."
        ),
        "{summary}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_errors_are_one_line_with_file_line_and_column_and_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.toml");
    std::fs::write(
        &path,
        "[settings]\ninterval = \"30s\"\ntimeout = \"soon\"\n",
    )
    .unwrap();
    let out = downbeat(&["check", "--config", path.to_str().unwrap()], &[]).await;
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!(
            "{}:3:11: timeout: invalid duration \"soon\"",
            path.display()
        )),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let missing = dir.path().join("nope.toml");
    let out = downbeat(&["check", "--config", missing.to_str().unwrap()], &[]).await;
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read config file"));
}

/// With no config at all, the built-in Spotify preset runs. In a network namespace with no
/// interfaces up (a machine with no internet, and nothing leaves this one), the verdict is
/// offline, the blame is you, the exit code is 3, all within timeout + 2 s.
#[test]
fn no_config_runs_spotify_preset_and_is_offline_without_internet() {
    let home = tempfile::tempdir().unwrap();
    let mut last_err = String::new();
    for unshare in [&["-n"][..], &["-rn"][..]] {
        let started = Instant::now();
        let out = std::process::Command::new("unshare")
            .args(unshare)
            .args(["--", BIN, "check", "--json"])
            .env_remove("DOWNBEAT_CONFIG")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .output()
            .expect("unshare (util-linux) is needed to run a check with no network");
        let took = started.elapsed();
        if out.stdout.is_empty() {
            last_err = String::from_utf8_lossy(&out.stderr).into_owned();
            continue;
        }
        let doc = json(&out);
        assert_eq!(out.status.code(), Some(3), "{doc:#}");
        assert_eq!(doc["verdict"]["status"], "offline");
        assert_eq!(doc["verdict"]["blame"], "you");
        assert_eq!(doc["services"][0]["name"], "Spotify");
        assert!(doc["services"][0]["checks"].as_array().unwrap().len() >= 4);
        assert!(doc["baseline"].as_array().unwrap().len() >= 2);
        assert!(
            took < Duration::from_secs(12),
            "default timeout 10 s + 2 s, took {took:?}"
        );
        return;
    }
    panic!("could not create a network namespace with unshare: {last_err}");
}

/// Baseline sites that answer with HTTP errors still prove the connection works: a service
/// failing beside them is blamed on the service, never read as "you're offline".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_baseline_answering_503_is_not_offline() {
    let dir = tempfile::tempdir().unwrap();
    let b1 = support::http(Reply::status(503, "busy")).await;
    let b2 = support::http(Reply::status(503, "busy")).await;
    let svc = support::http(Reply::status(503, "down")).await;
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "[settings]\noutside_view = \"\"\ntimeout = \"2s\"\n\
             [[baseline]]\nname = \"b1\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[baseline]]\nname = \"b2\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            b1.addr.port(),
            b2.addr.port(),
            svc.addr.port()
        ),
    )
    .unwrap();
    let out = downbeat(&["check", "--json", "--config", cfg.to_str().unwrap()], &[]).await;
    let doc = json(&out);
    assert_eq!(out.status.code(), Some(2), "{doc:#}");
    assert_eq!(doc["verdict"]["status"], "down");
    assert_eq!(doc["verdict"]["blame"], "them");
    assert_eq!(doc["baseline"][0]["diagnosis"], "http_server_error");
}

/// A timeout longer than the interval is said once, not once per check, and `check`, which has
/// one round, doesn't speak of "the next round" (issue 30).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_says_a_long_timeout_once_without_a_next_round() {
    let dir = tempfile::tempdir().unwrap();
    let (front, cdn) = (support::refused_port(), support::refused_port());
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "[settings]\noutside_view = \"\"\ninterval = \"2s\"\ntimeout = \"5s\"\nbaseline_checks = false\n\
             [[service]]\nname = \"Tunes\"\n\
             [[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{front}/\"\n\
             [[service.check]]\nname = \"cdn\"\nurl = \"http://127.0.0.1:{cdn}/\"\n"
        ),
    )
    .unwrap();
    let out = downbeat(&["check", "--config", cfg.to_str().unwrap()], &[]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("longer than the interval"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].starts_with(
            "downbeat: warning: every check has a timeout (5.0 s) longer than the interval (2.0 s): "
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("next round"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
}

/// A preset name with a typo gets the nearest name, and the list (issue 30).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_preset_says_did_you_mean() {
    let out = downbeat(&["presets", "spotifyy"], &[]).await;
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "downbeat: unknown preset \"spotifyy\": did you mean \"spotify\"? Known presets: "
        ),
        "{err}"
    );
    assert!(
        err.contains("deezer") && err.contains("youtube_music"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = downbeat(&["presets", "spotify"], &[]).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("[[service.check]]"));
}
