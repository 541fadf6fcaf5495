//! The IPC commands through Tauri's mock runtime, and the security settings the window runs
//! under (CSP and capabilities).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use downbeat::config::Source;
use downbeat::health::{State, Transition};
use downbeat::monitor::Sink;
use downbeat::probe::{CheckKind, Diagnosis, Phases, Report};
use downbeat::run::{CheckResult, RoundResult, ServiceResult};
use downbeat::store::{Retention, Writer};
use downbeat::verdict::{Blame, Overall, Verdict};
use downbeat::{Config, Status};
use downbeat_desktop::AppState;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;

fn report(status: Status) -> Report {
    let diagnosis = if status == Status::Up {
        Diagnosis::Ok
    } else {
        Diagnosis::HttpServerError
    };
    let mut r = Report::bare(
        CheckKind::Handshake,
        "https://tunes.test/",
        diagnosis,
        "detail",
    );
    r.phases = Phases {
        dns: Some(Duration::from_millis(2)),
        connect: Some(Duration::from_millis(3)),
        tls: Some(Duration::from_millis(4)),
        ttfb: Some(Duration::from_millis(30)),
        transfer: Some(Duration::from_millis(1)),
    };
    r.total = Duration::from_millis(40);
    r
}

fn state(dir: &std::path::Path) -> AppState {
    let config = Config::parse(
        "baseline = []\n[[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"https://tunes.test/\"\n",
        Source::BuiltIn,
    )
    .unwrap();
    let path = dir.join("history.db");
    let writer = Writer::start(&path, Retention::default()).unwrap();
    for i in 0..30u64 {
        let status = if (10..15).contains(&i) {
            Status::Down
        } else {
            Status::Up
        };
        let at = SystemTime::now() - Duration::from_secs(60 * (30 - i));
        if i == 10 || i == 15 {
            let (from, to) = if i == 10 {
                (State::Up, State::Down)
            } else {
                (State::Down, State::Up)
            };
            writer.sink().on_transition(
                &Transition {
                    service: Some("Tunes".into()),
                    check: Some("front".into()),
                    from,
                    to,
                    at,
                    diagnosis: Diagnosis::HttpServerError,
                    blame: Blame::Them,
                    detail: String::new(),
                    lasted: None,
                    first_diagnosis: None,
                    worst_diagnosis: None,
                    unverified: false,
                },
                true,
            );
        }
        writer.sink().on_round(&Arc::new(RoundResult {
            checked_at: at,
            verdict: Verdict {
                status: Overall::Up,
                blame: Blame::None,
                summary: String::new(),
            },
            baseline: vec![],
            services: vec![ServiceResult {
                name: "Tunes".into(),
                status,
                checks: vec![CheckResult {
                    name: "front".into(),
                    report: report(status),
                }],
            }],
        }));
    }
    writer.shutdown();
    AppState {
        monitor: None,
        config: Some(Arc::new(config)),
        config_error: None,
        history_path: Some(path),
        writer: None,
        latest: Default::default(),
    }
}

fn invoke(webview: &tauri::WebviewWindow<MockRuntime>, cmd: &str) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::default(),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn commands_answer_through_the_mock_runtime() {
    let dir = tempfile::tempdir().unwrap();
    // The app's real config and capabilities, so the ACL is the one users run under.
    let app = downbeat_desktop::with_commands(mock_builder())
        .manage(state(dir.path()))
        .build(tauri::generate_context!())
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "history", Default::default())
        .build()
        .unwrap();
    let stranger = tauri::WebviewWindowBuilder::new(&app, "other", Default::default())
        .build()
        .unwrap();
    let denied = invoke(&stranger, "history").unwrap_err();
    assert!(
        denied.to_string().contains("not allowed"),
        "a window without the capability is refused: {denied}"
    );

    let snap = invoke(&webview, "snapshot").unwrap();
    assert_eq!(snap["overall"], "unknown");
    assert!(snap["services"].as_array().unwrap().is_empty());

    let h = invoke(&webview, "history").unwrap();
    assert_eq!(h["recorded"], true);
    let tunes = &h["services"][0];
    assert_eq!(tunes["name"], "Tunes");
    for w in ["24h", "7d", "30d"] {
        let pct = tunes["windows"][w]["uptime_pct"].as_f64().unwrap();
        assert!(pct < 100.0 && pct > 50.0, "{w}: {pct}");
    }
    let buckets = tunes["windows"]["24h"]["buckets"].as_array().unwrap();
    assert_eq!(buckets.len(), 48);
    let down: i64 = buckets.iter().map(|b| b["down"].as_i64().unwrap()).sum();
    assert_eq!(down, 5);
    assert!(tunes["latency"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["phases"]["ttfb"]["p50_ms"] == 30.0));
    assert_eq!(
        h["diagnoses"]["tls_cert_expired"],
        "TLS certificate expired"
    );
    let incidents = h["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 1);
    assert_eq!(
        (
            incidents[0]["service"].as_str(),
            incidents[0]["duration_s"].as_f64()
        ),
        (Some("Tunes"), Some(300.0))
    );

    assert!(invoke(&webview, "check_now").is_ok());
    assert!(invoke(&webview, "no_such_command").is_err());
}

#[test]
fn csp_is_strict_and_the_window_gets_only_our_commands() {
    let conf: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().unwrap();
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    for bad in ["unsafe-inline", "unsafe-eval", "http:", "https:", "*"] {
        let remote = csp.split(';').any(|d| {
            d.split_whitespace().skip(1).any(|s| {
                s == bad
                    || s.starts_with(bad)
                        && bad.ends_with(':')
                        && !s.starts_with("http://ipc.localhost")
            })
        });
        assert!(!remote, "CSP allows {bad}: {csp}");
    }
    let cap: Value = serde_json::from_str(include_str!("../capabilities/history.json")).unwrap();
    assert_eq!(cap["windows"], serde_json::json!(["history"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote origin may use the IPC"
    );
    let perms: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    for p in &perms {
        assert!(
            !p.contains('*') && !p.ends_with(":default"),
            "no wildcard or default sets: {p}"
        );
        assert!(
            p.starts_with("allow-") || p.starts_with("core:event:allow-"),
            "only our commands and event listening: {p}"
        );
        assert!(!p.starts_with("shell:") && !p.starts_with("fs:"), "{p}");
    }
    let cargo = include_str!("../Cargo.toml");
    assert!(!cargo.contains("tauri-plugin-shell") && !cargo.contains("tauri-plugin-fs"));
}
