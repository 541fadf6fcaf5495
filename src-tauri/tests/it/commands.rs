//! The IPC commands through Tauri's mock runtime, and the security settings the window runs
//! under (CSP and capabilities).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use downbeat::model::{Diagnosis, Sink, State, Status};
use downbeat::store::{Retention, Writer};
use downbeat::view::SnapshotView;
use downbeat_testkit::fixtures;
use downbeat_window::WindowState;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;

/// The window's app on the mock runtime, with its real config and capabilities (so the ACL is
/// the one users run under), and its history webview.
fn window(st: WindowState) -> (tauri::App<MockRuntime>, tauri::WebviewWindow<MockRuntime>) {
    let app = downbeat_window::with_commands(mock_builder())
        .manage(st)
        .build(tauri::generate_context!())
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "history", Default::default())
        .build()
        .unwrap();
    (app, webview)
}

fn state(dir: &std::path::Path) -> WindowState {
    let config = fixtures::one_service("Tunes", "https://tunes.test/");
    let path = dir.join("history.db");
    let writer = Writer::start(&path, Retention::default(), downbeat::store::DEFAULT_GAP).unwrap();
    // One "now" for the whole fixture, so the incident lasts exactly 5 min.
    let now = SystemTime::now();
    for i in 0..30u64 {
        let status = if (10..15).contains(&i) {
            Status::Down
        } else {
            Status::Up
        };
        let at = now - Duration::from_secs(60 * (30 - i));
        if i == 10 || i == 15 {
            let (from, to) = if i == 10 {
                (State::Up, State::Down)
            } else {
                (State::Down, State::Up)
            };
            let mut t = fixtures::transition(Some("Tunes"), from, to, at);
            t.diagnosis = Diagnosis::HttpServerError;
            t.first_diagnosis = None;
            t.worst_diagnosis = None;
            writer.sink().on_transition(&t, true);
        }
        writer.sink().on_round(&Arc::new(fixtures::round(
            at,
            vec![],
            vec![fixtures::service(
                "Tunes",
                vec![fixtures::check("front", fixtures::report(status))],
            )],
        )));
    }
    writer.shutdown();
    let st = WindowState::new(Some(path), None, Box::new(std::io::sink()));
    st.set_view(view_of(&config));
    st
}

/// What the tray process sends first: the services, before their first results.
fn view_of(config: &downbeat::Config) -> SnapshotView {
    let mut v = SnapshotView::waiting(None);
    v.services = config
        .services
        .iter()
        .map(|s| downbeat::view::ServiceCard {
            name: s.name.clone(),
            state: "unknown".into(),
            word: "unknown".into(),
            cause: "none".into(),
            since: None,
            since_text: String::new(),
            outside_line: None,
            outside_places: Vec::new(),
            status_page_line: None,
            check: None,
            headline: None,
            detail: None,
            checks: Vec::new(),
            groups: Vec::new(),
            groups_line: None,
            look: "unknown".into(),
            badge: "– checking".into(),
            summary: String::new(),
        })
        .collect();
    v
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
    let (app, webview) = window(state(dir.path()));
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
    assert_eq!(snap["services"][0]["name"], "Tunes");
    // The window's language rides along, so the page knows when to read its words again.
    assert_eq!(snap["language"], "en");

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
    // No check runs unverified here: no badge to explain.
    assert_eq!(h["unverified_titles"], serde_json::json!({}));
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
    let conf: Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
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
    let cap: Value = serde_json::from_str(include_str!("../../capabilities/history.json")).unwrap();
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
    let cargo = include_str!("../../Cargo.toml");
    assert!(!cargo.contains("tauri-plugin-shell") && !cargo.contains("tauri-plugin-fs"));
}

/// A command that fails says so as `{ kind, message }`: a kind the window can branch on and
/// one line for people, not a Debug string.
#[test]
fn command_errors_reach_the_window_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = state(dir.path());
    st.history_path = Some(dir.path().join("never-recorded.db"));
    let (_app, webview) = window(st);
    let err = invoke(&webview, "export_csv").unwrap_err();
    assert_eq!(
        err,
        serde_json::json!({ "kind": "nothing_recorded", "message": "nothing recorded yet" })
    );
    // Nothing recorded is no error for the history itself: the window says so.
    let h = invoke(&webview, "history").unwrap();
    assert_eq!(h["recorded"], false);
}

/// The page's words: every `ui-` message in the window's language, with the facts a page fills
/// in left as `{$name}`; and every id the page names is one of them, and every one of them is
/// used.
#[test]
fn the_page_gets_its_words_from_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, webview) = window(state(dir.path()));
    let words = invoke(&webview, "catalogue").unwrap();
    assert_eq!(words["language"], "en");
    let messages = words["messages"].as_object().unwrap();
    assert_eq!(messages["ui-check-now"], "Check now");
    assert_eq!(messages["ui-exported"], "Saved {$path}");
    assert_eq!(messages["ui-group-label"], "{$group}: {$state}");
    assert!(messages.keys().all(|id| id.starts_with("ui-")));

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let page: Vec<(String, String)> = ["index.html", "app.js", "settings.js", "boot.js"]
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(root.join("ui/src").join(f)).unwrap();
            ((*f).to_owned(), text)
        })
        .collect();
    let rust: String = ["commands.rs", "app.rs", "lib.rs", "state.rs"]
        .iter()
        .map(|f| std::fs::read_to_string(root.join("src-tauri/src").join(f)).unwrap())
        .collect();
    let mut named = std::collections::BTreeSet::new();
    for (file, text) in &page {
        for (i, _) in text.match_indices("\"ui-") {
            let id: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            assert!(
                messages.contains_key(&id),
                "{file} names {id}, which the catalogue lacks"
            );
            named.insert(id);
        }
    }
    for id in messages.keys() {
        assert!(
            named.contains(id) || rust.contains(&format!("\"{id}\"")),
            "{id} is in the catalogue but nothing uses it"
        );
    }
    // Nothing on the page is written in it: its text all comes from the catalogue (the
    // program's name aside).
    let html = &page[0].1;
    let body = &html[html.find("<body>").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        ["Downbeat"],
        "text written in index.html"
    );
}
