//! The outside view against a loopback imitation of Globalping's API (its published schema:
//! `POST /v1/measurements` answers 202 with an id, `GET /v1/measurements/{id}` answers the
//! measurement, `in-progress` until `finished`): each scope, 429 with its reset time, an API
//! that can't be reached, garbage, an oversized answer, and probes that never finish.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::time::Duration;

use downbeat::model::Scope;
use downbeat::outside::globalping::{ask, Api, AskError, Target};
use downbeat::outside::{judge, ScopeRule};
use support::{Reply, Server};
use tokio::time::Instant;
use url::Url;

fn ctx() -> downbeat::ProbeContext {
    let config = support::fixtures::config("baseline = []\n[[service]]\nname = \"T\"\n[[service.check]]\nname = \"c\"\nurl = \"https://x.test/\"\n");
    downbeat::ProbeContext::from_settings(&config.settings).unwrap()
}

fn api(server: &Server) -> Api {
    Api {
        base: Url::parse(&format!("http://127.0.0.1:{}/v1", server.port())).unwrap(),
        token: None,
    }
}

fn target() -> Target {
    Target::from_url(&Url::parse("https://tunes.example.com/health").unwrap()).unwrap()
}

/// A measurement as the API answers it: each probe (country, its answer: a status code, or
/// "failed", "internal", "offline", "in-progress").
fn measurement(status: &str, probes: &[(&str, &str)]) -> String {
    let results: Vec<serde_json::Value> = probes
        .iter()
        .map(|(country, answer)| {
            let result = match answer.parse::<u16>() {
                Ok(code) => serde_json::json!({"status": "finished", "statusCode": code, "rawOutput": "", "timings": {"total": 80}}),
                Err(_) if *answer == "internal" => serde_json::json!({"status": "failed", "failureSource": "internal", "rawOutput": ""}),
                Err(_) => serde_json::json!({"status": answer, "rawOutput": ""}),
            };
            serde_json::json!({
                "probe": {"continent": "EU", "region": "Northern Europe", "country": country, "state": null,
                          "city": "City", "asn": 1234, "network": "Net", "latitude": 0, "longitude": 0,
                          "tags": [], "resolvers": []},
                "result": result,
            })
        })
        .collect();
    serde_json::json!({"id": "m1", "type": "http", "status": status, "target": "tunes.test",
        "createdAt": "2026-12-02T10:00:00Z", "updatedAt": "2026-12-02T10:00:05Z",
        "probesCount": probes.len(), "results": results})
    .to_string()
}

fn created() -> Reply {
    Reply::status(202, r#"{"id":"m1","probesCount":10}"#)
}

#[tokio::test]
async fn each_scope_from_the_probes_answers() {
    type Case = (&'static str, &'static [(&'static str, &'static str)], Scope);
    let cases: &[Case] = &[
        (
            "down for everyone",
            &[
                ("GB", "503"),
                ("GB", "503"),
                ("US", "503"),
                ("DE", "failed"),
                ("FR", "503"),
                ("JP", "503"),
            ],
            Scope::Everywhere,
        ),
        (
            "down in the UK",
            &[
                ("GB", "503"),
                ("GB", "failed"),
                ("GB", "503"),
                ("US", "200"),
                ("DE", "200"),
                ("FR", "204"),
            ],
            Scope::Region,
        ),
        (
            "only from here",
            &[
                ("GB", "200"),
                ("GB", "200"),
                ("US", "200"),
                ("DE", "301"),
                ("FR", "200"),
                ("JP", "internal"),
            ],
            Scope::OnlyHere,
        ),
        (
            "a mix",
            &[
                ("GB", "200"),
                ("GB", "503"),
                ("US", "503"),
                ("DE", "200"),
                ("FR", "200"),
                ("JP", "503"),
            ],
            Scope::Partial,
        ),
    ];
    for (what, probes, scope) in cases {
        let s = support::http(Reply::ok(&measurement("finished", probes))).await;
        s.once(created());
        s.once(Reply::ok(&measurement("in-progress", &probes[..2])));
        let deadline = Instant::now() + Duration::from_secs(10);
        let answers = ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline)
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        let o = judge(&answers, Some("GB"), None, ScopeRule::default());
        assert_eq!(o.scope, *scope, "{what}: {o:?}");
        assert_eq!(
            s.hits(),
            3,
            "{what}: create, one in-progress poll, the finished one"
        );
        // Polled no faster than twice a second.
        let times = s.hit_times();
        assert!(
            times[2] - times[1] >= Duration::from_millis(450),
            "{what}: {times:?}"
        );
    }
}

#[tokio::test]
async fn a_rate_limit_says_until_when() {
    let s = support::http(
        Reply::status(
            429,
            r#"{"error":{"type":"rate_limit_exceeded","message":"API rate limit exceeded."}}"#,
        )
        .with_header("x-ratelimit-reset", "600")
        .with_header("x-ratelimit-remaining", "0"),
    )
    .await;
    let err = ask(
        &ctx(),
        &api(&s),
        &target(),
        Some("GB"),
        None,
        Instant::now() + Duration::from_secs(5),
    )
    .await
    .unwrap_err();
    match &err {
        AskError::RateLimited { until: Some(u) } => {
            let left = u.duration_since(std::time::SystemTime::now()).unwrap();
            assert!(
                left > Duration::from_secs(590) && left <= Duration::from_secs(600),
                "{left:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("Globalping's allowance is used up until "),
        "{err}"
    );
    assert_eq!(s.hits(), 1, "asked once, not again and again");
}

#[tokio::test]
async fn an_api_out_of_reach_garbage_and_too_much_are_errors_in_words() {
    let deadline = || Instant::now() + Duration::from_secs(5);
    let gone = Api {
        base: Url::parse(&format!("http://127.0.0.1:{}/v1", support::refused_port())).unwrap(),
        token: None,
    };
    let err = ask(&ctx(), &gone, &target(), None, None, deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, AskError::Unreachable(_)), "{err:?}");
    assert!(
        err.to_string().starts_with("no answer from Globalping: "),
        "{err}"
    );

    let s = support::http(Reply::ok("<html>not json</html>")).await;
    s.once(created());
    let err = ask(&ctx(), &api(&s), &target(), None, None, deadline())
        .await
        .unwrap_err();
    assert!(matches!(err, AskError::Garbage(_)), "{err:?}");

    // A real measurement is about 85 KB; past 1 MiB is too much.
    let s = support::http(Reply::ok(&"x".repeat(1100 * 1024))).await;
    s.once(created());
    let err = ask(&ctx(), &api(&s), &target(), None, None, deadline())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("larger than 1 MiB"), "{err}");

    let s = support::http(Reply::status(
        400,
        r#"{"error":{"type":"validation_error","message":"Parameter validation failed."}}"#,
    ))
    .await;
    let err = ask(&ctx(), &api(&s), &target(), None, None, deadline())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Globalping refused the request: HTTP 400: Parameter validation failed."
    );
}

/// Probes that never finish: by the deadline, what finished is judged, and nothing waits
/// longer than the deadline.
#[tokio::test]
async fn probes_that_never_finish_end_at_the_deadline() {
    let running = [
        ("GB", "200"),
        ("US", "200"),
        ("DE", "200"),
        ("FR", "in-progress"),
    ];
    let s = support::http(Reply::ok(&measurement("in-progress", &running))).await;
    s.once(created());
    let started = Instant::now();
    let answers = ask(
        &ctx(),
        &api(&s),
        &target(),
        Some("GB"),
        None,
        started + Duration::from_secs(3),
    )
    .await
    .unwrap();
    assert!(
        started.elapsed() <= Duration::from_millis(3500),
        "{:?}",
        started.elapsed()
    );
    let o = judge(&answers, Some("GB"), None, ScopeRule::default());
    assert_eq!((o.probes, o.scope), (3, Scope::OnlyHere), "{o:?}");
    assert!(
        s.hits() <= 1 + 7,
        "at most two polls a second: {}",
        s.hits()
    );

    // Nothing finished at all: unknown, in words.
    let s = support::http(Reply::ok(&measurement(
        "in-progress",
        &[("GB", "in-progress")],
    )))
    .await;
    s.once(created());
    let answers = ask(
        &ctx(),
        &api(&s),
        &target(),
        None,
        None,
        Instant::now() + Duration::from_secs(2),
    )
    .await
    .unwrap();
    let o = judge(&answers, None, None, ScopeRule::default());
    assert_eq!(o.scope, Scope::Unknown);
    assert_eq!(
        o.error.as_ref().map(ToString::to_string).as_deref(),
        Some("no probe elsewhere could say")
    );
}

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

/// `downbeat check` with `args` (`--json`, `--outside`) on the config `text`, written into
/// `dir`: its output.
async fn run_check(dir: &std::path::Path, text: &str, args: &[&str]) -> std::process::Output {
    let cfg = dir.join("c.toml");
    std::fs::write(&cfg, text).unwrap();
    tokio::process::Command::new(BIN)
        .arg("check")
        .args(args)
        .arg("--config")
        .arg(&cfg)
        .output()
        .await
        .unwrap()
}

/// `check --json`'s document on the config `text`.
async fn check_doc(dir: &std::path::Path, text: &str) -> serde_json::Value {
    let out = run_check(dir, text, &["--json"]).await;
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

/// `downbeat check --json` on a loopback service behind a loopback baseline, with the outside
/// view pointed at `world`; the verdict.
async fn check(world: &Server, service: u16, baseline: u16) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "[settings]\ntimeout = \"2s\"\noutside_view = \"http://127.0.0.1:{}/v1\"\nnetwork_lookup = \"\"\ncountry = \"gb\"\n\
         [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\
         [[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{baseline}/\"\n\
         [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://tunes.example.com:{}/health\"\n",
        world.port(),
        service
    );
    check_doc(dir.path(), &text).await["verdict"].clone()
}

/// `check` asks the world only when it is their side by everything seen here, and says what
/// the world said: down for everyone (still them), or only from here (`network_path`, you).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_says_down_for_everyone_or_only_from_here() {
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "down")).await;

    let everywhere = [
        ("GB", "503"),
        ("GB", "503"),
        ("US", "503"),
        ("DE", "503"),
        ("FR", "failed"),
        ("JP", "200"),
    ];
    let world = support::http(Reply::ok(&measurement("finished", &everywhere))).await;
    world.once(created());
    let v = check(&world, svc.port(), base.port()).await;
    assert_eq!(
        (v["cause"].as_str(), v["blame"].as_str()),
        (Some("service"), Some("them")),
        "{v:#}"
    );
    assert_eq!(v["outside"]["scope"], "everywhere", "{v:#}");
    assert_eq!(v["outside"]["country"], "GB");
    assert_eq!(
        v["outside"]["country_from"], "the settings",
        "where the country came from"
    );
    assert_eq!(v["outside"]["places"].as_array().map(Vec::len), Some(6));
    assert!(
        v["summary"].as_str().unwrap().starts_with(
            "Tunes is down for everyone: it fails from 5 of 6 places we asked, across 5 countries. Tunes is down: server error (front)."
        ),
        "{v:#}"
    );

    let only_here = [
        ("GB", "200"),
        ("GB", "200"),
        ("US", "200"),
        ("DE", "200"),
        ("FR", "200"),
        ("JP", "200"),
    ];
    let world = support::http(Reply::ok(&measurement("finished", &only_here))).await;
    world.once(created());
    let v = check(&world, svc.port(), base.port()).await;
    assert_eq!(
        (v["cause"].as_str(), v["blame"].as_str()),
        (Some("network_path"), Some("you")),
        "{v:#}"
    );
    // The country by name, on every system.
    assert_eq!(
        v["summary"],
        "Tunes works from 6 of 6 places, including 2 in the United Kingdom, but not from your network. \
         Try another network (a phone hotspot); if that works, it is this network or your provider."
    );

    // All up, or offline: nothing is asked.
    let world = support::http(created()).await;
    let up = support::http(Reply::ok("ok")).await;
    let v = check(&world, up.port(), base.port()).await;
    assert_eq!(v["status"], "up");
    let gone = support::refused_port();
    let v = check(&world, gone, gone).await;
    assert_eq!(v["cause"], "offline", "{v:#}");
    assert_eq!(
        world.hits(),
        0,
        "asked nothing while all is up or while offline"
    );
    assert!(v.get("outside").is_none());
}

/// A `watch` config in `dir`: a baseline on `base`, Tunes on `svc` (by a public-looking name
/// pinned to loopback, so the world may be asked about it), and the outside view at `world`.
fn watch_config(
    dir: &std::path::Path,
    interval: &str,
    world: &Server,
    base: &Server,
    svc: &Server,
) -> std::path::PathBuf {
    let cfg = dir.join("watch.toml");
    std::fs::write(
        &cfg,
        format!(
            "[settings]\ninterval = \"{interval}\"\ntimeout = \"1s\"\nfailure_threshold = 2\nrecovery_threshold = 2\n\
             outside_view = \"http://127.0.0.1:{}/v1\"\nnetwork_lookup = \"\"\ncountry = \"GB\"\n\
             [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\
             [[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://tunes.example.com:{}/\"\n",
            world.port(),
            base.port(),
            svc.port()
        ),
    )
    .unwrap();
    cfg
}

/// `watch` never holds a round for the world: the answer comes as an update (a notification
/// after the alert), and a 60 s outage at a 2 s interval asks once (twice at most).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_asks_once_per_incident_and_says_the_answer_as_an_update() {
    let bus = support::dbus::Bus::start().await;
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let everywhere = [
        ("GB", "503"),
        ("GB", "503"),
        ("US", "503"),
        ("DE", "503"),
        ("FR", "503"),
        ("JP", "503"),
    ];
    let world = support::http(Reply::ok(&measurement("finished", &everywhere))).await;
    // Every measurement is created anew: the first answer to any POST is 202 (queued per ask
    // below), the rest the finished measurement.
    world.once(created());
    let dir = tempfile::tempdir().unwrap();
    let cfg = watch_config(dir.path(), "2s", &world, &base, &svc);
    let watch = support::watch::Watch::start(BIN, &cfg, &bus).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(world.hits(), 0, "nothing asked while all is up");

    svc.set(Reply::status(503, "down"));
    let notes = bus.wait_for(2, Duration::from_secs(20)).await;
    let titles: Vec<&str> = notes.iter().map(|n| n.summary.as_str()).collect();
    assert_eq!(
        titles,
        ["Tunes is down", "Tunes is down for everyone"],
        "{notes:#?}"
    );
    assert_eq!(
        notes[1].body,
        "It fails from 6 of 6 places Downbeat asked, across 5 countries: it's them, not you."
    );
    // The rest of a minute's outage: no more questions.
    tokio::time::sleep(Duration::from_secs(55)).await;
    assert!(
        world.hits() <= 4,
        "a 60 s outage asks at most twice (each: create, then one poll): {} requests",
        world.hits()
    );
    assert_eq!(bus.notes().len(), 2, "{:#?}", bus.notes());
    watch.stop().await;
    // The history keeps how far it reached, and says it.
    let out = std::process::Command::new(BIN)
        .args(["history", "--json"])
        .env("DOWNBEAT_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let i = &doc["incidents"][0];
    assert_eq!(
        (i["scope"].as_str(), i["what"].as_str()),
        (Some("everywhere"), Some("Tunes down for everyone")),
        "{doc:#}"
    );
}

/// A Statuspage summary as its public API answers it (`/api/v2/summary.json`).
fn summary(indicator: &str, description: &str, incidents: &[(&str, &str)]) -> String {
    let incidents: Vec<serde_json::Value> = incidents
        .iter()
        .map(|(name, status)| {
            serde_json::json!({"id": "i1", "name": name, "status": status, "impact": "major",
                "created_at": "2026-12-02T09:58:00.000Z", "updated_at": "2026-12-02T10:05:00.000Z",
                "shortlink": "https://stspg.io/abc", "incident_updates": []})
        })
        .collect();
    serde_json::json!({
        "page": {"id": "p1", "name": "Tunes", "url": "https://status.tunes.example", "updated_at": "2026-12-02T10:05:00.000Z"},
        "status": {"indicator": indicator, "description": description},
        "components": [{"id": "c1", "name": "Playback", "status": if indicator == "none" { "operational" } else { "partial_outage" }}],
        "incidents": incidents,
        "scheduled_maintenances": [],
    })
    .to_string()
}

/// A Statuspage that reports a major outage: "Partial System Outage", with one incident
/// ("Playback failures", investigating).
async fn outage_page() -> Server {
    support::http(Reply::ok(&summary(
        "major",
        "Partial System Outage",
        &[("Playback failures", "investigating")],
    )))
    .await
}

/// `check` with a failing (or working) service that names its status page: the JSON and the
/// words. No outside view here (`outside_view = ""`).
async fn check_with_page(page: &Server, service: u16) -> (serde_json::Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "baseline = []\n[settings]\ntimeout = \"2s\"\noutside_view = \"\"\n\
             [[service]]\nname = \"Tunes\"\nstatus_page = \"http://127.0.0.1:{}\"\n\
             [[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{service}/\"\n",
            page.port()
        ),
    )
    .unwrap();
    let run = |json: bool| {
        let mut c = tokio::process::Command::new(BIN);
        c.arg("check");
        if json {
            c.arg("--json");
        }
        c.arg("--config").arg(&cfg).env("TZ", "UTC0");
        c
    };
    let out = run(true).output().await.unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap();
    let text = run(false).output().await.unwrap();
    (doc, String::from_utf8_lossy(&text.stdout).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_vendors_status_page_is_read_when_the_service_fails_and_said_beside_it() {
    let down = support::http(Reply::status(503, "down")).await;
    let page = outage_page().await;
    let (doc, text) = check_with_page(&page, down.port()).await;
    let p = &doc["services"][0]["status_page"];
    assert_eq!(p["indicator"], "major", "{doc:#}");
    assert_eq!(p["incidents"][0]["name"], "Playback failures");
    assert_eq!(p["incidents"][0]["status"], "investigating");
    assert!(
        text.contains(
            "Tunes's status page: Partial System Outage — Playback: partial outage; 'Playback failures' (investigating since 12/2, 9:58 AM)."
        ),
        "{text}"
    );

    let quiet = support::http(Reply::ok(&summary("none", "All Systems Operational", &[]))).await;
    let (_, text) = check_with_page(&quiet, down.port()).await;
    assert!(
        text.contains("Tunes's status page reports no incident yet."),
        "{text}"
    );

    // Garbage, too much, or nothing there: said in words; the verdict is the same.
    for (reply, words) in [
        (
            Reply::ok("<html>maintenance</html>"),
            "is not a Statuspage summary",
        ),
        (Reply::ok(&"x".repeat(1100 * 1024)), "larger than 1 MiB"),
        (Reply::status(404, "no"), "it answered HTTP 404"),
    ] {
        let bad = support::http(reply).await;
        let (doc, text) = check_with_page(&bad, down.port()).await;
        assert_eq!(doc["verdict"]["cause"], "service");
        let said = doc["services"][0]["status_page"]["error"]
            .as_str()
            .unwrap_or_default();
        assert!(said.contains(words), "{said}");
        assert!(
            text.contains("Tunes's status page could not be read: "),
            "{text}"
        );
    }

    // A service that works: the page is not read.
    let up = support::http(Reply::ok("ok")).await;
    let unread = support::http(Reply::ok(&summary("none", "All Systems Operational", &[]))).await;
    let (doc, _) = check_with_page(&unread, up.port()).await;
    assert!(doc["services"][0].get("status_page").is_none(), "{doc:#}");
    assert_eq!(unread.hits(), 0);
}

/// In `watch`, "works from everywhere but here" turns the incident into `network_path`, the
/// user's side: one transition (printed, recorded as its own incident) and one notification.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_turns_only_from_here_into_the_users_side() {
    let bus = support::dbus::Bus::start().await;
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "down")).await;
    let works = [
        ("GB", "200"),
        ("GB", "200"),
        ("US", "200"),
        ("DE", "200"),
        ("FR", "204"),
        ("JP", "200"),
    ];
    let world = support::http(Reply::ok(&measurement("finished", &works))).await;
    world.once(created());
    let dir = tempfile::tempdir().unwrap();
    let cfg = watch_config(dir.path(), "1s", &world, &base, &svc);
    let watch = support::watch::Watch::start(BIN, &cfg, &bus).await;
    let notes = bus.wait_for(2, Duration::from_secs(20)).await;
    let titles: Vec<&str> = notes.iter().map(|n| n.summary.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Tunes is down",
            "Tunes works elsewhere, not from your network"
        ],
        "{notes:#?}"
    );
    assert!(
        notes[1]
            .body
            .starts_with("It works from 6 of 6 places Downbeat asked. Try another network"),
        "{}",
        notes[1].body
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    let causes = watch.causes();
    assert_eq!(
        causes
            .iter()
            .filter(|c| c.starts_with("Tunes:"))
            .cloned()
            .collect::<Vec<_>>(),
        ["Tunes:service", "Tunes:network_path"],
        "{causes:?}"
    );
    assert_eq!(
        bus.notes().len(),
        2,
        "nothing more while it lasts: {:#?}",
        bus.notes()
    );
    watch.stop().await;
    let out = std::process::Command::new(BIN)
        .args(["history", "--json"])
        .env("DOWNBEAT_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let incidents: Vec<&str> = doc["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["service"] == "Tunes")
        .map(|i| i["cause"].as_str().unwrap())
        .collect();
    assert_eq!(incidents, ["network_path", "service"], "{doc:#}");
}

/// A config at a 1 s interval: the baseline `base`, and Tunes (its check `svc`) naming `page`
/// as its status page; nobody elsewhere is asked.
fn page_config(base: &Server, page: &Server, svc: &Server) -> String {
    format!(
        "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\noutside_view = \"\"\n\
         [[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{}/\"\n\
         [[service]]\nname = \"Tunes\"\nstatus_page = \"http://127.0.0.1:{}\"\n\
         [[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
        base.port(),
        page.port(),
        svc.port()
    )
}

/// The running monitor reads a service's status page at start (then every 10 minutes) and at
/// once when it fails, and the window's card says it beside what was observed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_reads_the_status_page_when_it_starts_and_when_the_service_fails() {
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let page = support::http(Reply::ok(&summary(
        "minor",
        "Minor Service Outage",
        &[("Slow playback in Europe", "identified")],
    )))
    .await;
    let config = std::sync::Arc::new(support::fixtures::config(&page_config(&base, &page, &svc)));
    let handle = downbeat::monitor::Monitor::new(
        config.clone(),
        downbeat::ProbeContext::from_settings(&config.settings).unwrap(),
    )
    .spawn();
    let card = |handle: &downbeat::monitor::MonitorHandle| {
        downbeat::view::view(&handle.snapshot.borrow(), None).services[0].clone()
    };
    support::serve::until(Duration::from_secs(10), "the page read at start", || {
        card(&handle).status_page_line
    })
    .await;
    assert_eq!(page.hits(), 1);
    assert_eq!(
        card(&handle)
            .status_page_line
            .as_deref()
            .unwrap_or_default()
            .split(" (")
            .next(),
        Some("Tunes's status page: Minor Service Outage — Playback: partial outage; 'Slow playback in Europe'")
    );
    svc.set(Reply::status(503, "down"));
    support::serve::until(Duration::from_secs(10), "read again when it fails", || {
        (page.hits() == 2).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        page.hits(),
        2,
        "not again while the incident lasts (10 minutes)"
    );
    handle.shutdown().await;
}

/// `serve`'s `/api/status` carries what each vendor's status page said when last read, beside
/// the round (`services[].status_page`), as `check --json` does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_says_the_status_page_in_its_status_document() {
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "down")).await;
    let page = outage_page().await;
    let cfg = dir.path().join("serve.toml");
    std::fs::write(&cfg, page_config(&base, &page, &svc)).unwrap();
    let serve = support::serve::Serve::start(BIN, &cfg).await;
    let doc = support::serve::until(Duration::from_secs(10), "the page in /api/status", || {
        let r = serve.get("/api/status", &[]);
        let doc: serde_json::Value = serde_json::from_str(&r.body).ok()?;
        doc["services"][0]
            .get("status_page")
            .is_some()
            .then_some(doc)
    })
    .await;
    let p = &doc["services"][0]["status_page"];
    assert_eq!(p["indicator"], "major", "{doc:#}");
    assert_eq!(p["description"], "Partial System Outage", "{doc:#}");
    assert_eq!(p["incidents"][0]["name"], "Playback failures", "{doc:#}");
    assert_eq!(doc["verdict"]["blame"], "them", "{doc:#}");
    assert_eq!(serve.stop().await, Some(0));
}

fn gzipped(text: &str) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(text.as_bytes()).unwrap();
    z.finish().unwrap()
}

/// Ten probes' answers at the size the real API gives them (over 64 KiB, the old cap) are read,
/// gzipped as the API serves stored results; a certificate the probes' systems don't trust is a
/// failure there too, never "works" (so Spotify's expired certificate is `everywhere`, not "only
/// from your network"); an answer decoding past 1 MiB is refused; a 400 says its params.
#[tokio::test]
async fn real_answers_certificates_compression_and_refusals() {
    // Each probe's result as globalping-probe writes it (`support::globalping::result`).
    let measurement = |tls_error: Option<&'static str>| {
        use support::globalping::{result, Probe, Sees};
        let results: Vec<serde_json::Value> = (0..10)
            .map(|i| {
                let (country, network, asn) = if i < 4 {
                    ("GB", "BT", 2856)
                } else {
                    ("DE", "Deutsche Telekom AG", 3320)
                };
                result(&Probe {
                    continent: "EU",
                    country,
                    city: "London",
                    asn,
                    network,
                    tags: &["eyeball-network"],
                    sees: tls_error.map_or(Sees::Status(200), |e| Sees::Untrusted(200, e)),
                })
            })
            .collect();
        serde_json::json!({"id": "m1", "type": "http", "status": "finished", "target": "tunes.example.com",
            "createdAt": "2026-12-07T20:00:00Z", "updatedAt": "2026-12-07T20:00:04Z", "probesCount": 10,
            "locations": [], "measurementOptions": {}, "results": results})
        .to_string()
    };
    let plain = measurement(None);
    assert!(plain.len() > 80_000, "real size: {} bytes", plain.len());
    let gz = |text: &str| Reply::Http {
        status: 200,
        headers: vec![
            ("content-encoding".into(), "gzip".into()),
            ("content-type".into(), "application/json".into()),
        ],
        body: gzipped(text),
        delay: Duration::ZERO,
    };
    let deadline = || Instant::now() + Duration::from_secs(10);

    // Works from all ten, gzipped.
    let s = support::http(gz(&plain)).await;
    s.once(created());
    let answers = ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline())
        .await
        .unwrap();
    assert_eq!(answers.len(), 10);
    assert!(answers.iter().all(|a| a.works == Some(true)), "{answers:?}");
    assert_eq!(
        judge(&answers, Some("GB"), None, ScopeRule::default()).scope,
        Scope::OnlyHere
    );

    // The same, not gzipped: read too (the cap is on what it decodes to).
    let s = support::http(Reply::ok(&plain)).await;
    s.once(created());
    assert_eq!(
        ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline())
            .await
            .unwrap()
            .len(),
        10
    );

    // HTTP 200 everywhere, but the certificate expired: it fails there as it fails here.
    let s = support::http(gz(&measurement(Some("CERT_HAS_EXPIRED")))).await;
    s.once(created());
    let answers = ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline())
        .await
        .unwrap();
    assert!(
        answers.iter().all(|a| a.works == Some(false)),
        "{answers:?}"
    );
    assert_eq!(
        judge(&answers, Some("GB"), None, ScopeRule::default()).scope,
        Scope::Everywhere
    );

    // Past 1 MiB once decoded, however small gzipped: refused.
    let bomb = format!(
        "{{\"status\":\"finished\",\"pad\":\"{}\"}}",
        "a".repeat(2 * 1024 * 1024)
    );
    let s = support::http(gz(&bomb)).await;
    s.once(created());
    let e = ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline())
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "no answer from Globalping: the answer was larger than 1 MiB"
    );

    // A 400 as the API words it: the params said.
    let s = support::http(Reply::status(400, r#"{"error":{"type":"validation_error","message":"Parameter validation failed.","params":{"measurementOptions.request.host":"\"measurementOptions.request.host\" must be a valid domain name"}}}"#)).await;
    let e = ask(&ctx(), &api(&s), &target(), Some("GB"), None, deadline())
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Globalping refused the request: HTTP 400: Parameter validation failed. (measurementOptions.request.host: \"measurementOptions.request.host\" must be a valid domain name)"
    );
}

/// A big vendor's summary at its real size: hundreds of components in groups and every update
/// of every incident, gzipped as Statuspage serves it, a few hundred KB decoded. It is read, the
/// affected components are named after their groups, and a `major` indicator with most of them
/// operational is said as a partial outage.
#[tokio::test]
async fn a_big_vendors_status_page_is_read_and_its_components_named() {
    let mut components = Vec::new();
    for g in 0..20 {
        let group = if g == 0 {
            "Playback".to_owned()
        } else {
            format!("Area {g}")
        };
        components.push(
            serde_json::json!({"id": format!("g{g}"), "name": group, "status": "operational",
            "group": true, "group_id": null, "position": g, "description": null, "showcase": false,
            "start_date": null, "page_id": "p1", "only_show_if_degraded": false,
            "components": (0..10).map(|c| format!("c{g}-{c}")).collect::<Vec<_>>(),
            "created_at": "2019-01-01T00:00:00.000Z", "updated_at": "2026-12-07T19:00:00.000Z"}),
        );
        for c in 0..10 {
            let (name, status) = match (g, c) {
                (0, 0) => ("Europe".to_owned(), "major_outage"),
                (0, 1) => ("North America".to_owned(), "degraded_performance"),
                _ => (format!("Region {c}"), "operational"),
            };
            components.push(serde_json::json!({"id": format!("c{g}-{c}"), "name": name, "status": status,
                "group": false, "group_id": format!("g{g}"), "position": c,
                "description": "Streaming of music and podcasts in the apps and on the web player.",
                "showcase": false, "start_date": "2019-01-01", "page_id": "p1", "only_show_if_degraded": false,
                "created_at": "2019-01-01T00:00:00.000Z", "updated_at": "2026-12-07T19:00:00.000Z"}));
        }
    }
    let incidents: Vec<serde_json::Value> = (0..6)
        .map(|i| {
            let updates: Vec<serde_json::Value> = (0..30)
                .map(|u| serde_json::json!({"id": format!("u{i}-{u}"), "status": "investigating",
                    "body": "We are aware that some users are experiencing issues with playback. Our engineers are investigating and we will post an update as soon as we know more. ".repeat(3),
                    "incident_id": format!("i{i}"), "created_at": "2026-12-07T19:40:00.000Z",
                    "updated_at": "2026-12-07T19:40:00.000Z", "display_at": "2026-12-07T19:40:00.000Z",
                    "affected_components": [{"code": "c0-0", "name": "Europe", "old_status": "operational", "new_status": "major_outage"}],
                    "deliver_notifications": true, "custom_tweet": null, "tweet_id": null}))
                .collect();
            serde_json::json!({"id": format!("i{i}"), "name": if i == 0 { "Playback failures".to_owned() } else { format!("Incident {i}") },
                "status": "investigating", "impact": "major", "created_at": "2026-12-02T09:58:00.000Z",
                "updated_at": "2026-12-07T19:40:00.000Z", "monitoring_at": null, "resolved_at": null,
                "shortlink": "https://stspg.io/abc", "started_at": "2026-12-02T09:58:00.000Z", "page_id": "p1",
                "incident_updates": updates, "components": []})
        })
        .collect();
    let page = serde_json::json!({
        "page": {"id": "p1", "name": "Tunes", "url": "https://status.tunes.example", "time_zone": "Etc/UTC", "updated_at": "2026-12-07T19:40:00.000Z"},
        // A page that words its `major` indicator strongly, while 198 of 200 components work.
        "status": {"indicator": "major", "description": "Major System Outage"},
        "components": components, "incidents": incidents, "scheduled_maintenances": [],
    })
    .to_string();
    assert!(
        page.len() > 200_000,
        "big-vendor sized: {} bytes",
        page.len()
    );
    let server = support::http(Reply::Http {
        status: 200,
        headers: vec![
            ("content-encoding".into(), "gzip".into()),
            ("content-type".into(), "application/json".into()),
        ],
        body: gzipped(&page),
        delay: Duration::ZERO,
    })
    .await;
    let url = Url::parse(&format!("http://127.0.0.1:{}", server.port())).unwrap();
    let read = downbeat::outside::status_page::read(
        &ctx(),
        &url,
        Instant::now() + Duration::from_secs(10),
    )
    .await;
    assert_eq!(read.error, None);
    assert_eq!(read.components, 200);
    assert_eq!(read.incidents.len(), 6);
    assert_eq!(
        read.affected
            .iter()
            .map(|c| format!("{}: {}", c.name, c.status))
            .collect::<Vec<_>>(),
        [
            "Playback (Europe): major_outage",
            "Playback (North America): degraded_performance"
        ]
    );
    let line = downbeat::view::status_page_line(
        "Tunes",
        &read,
        downbeat::model::time::unix_ms(std::time::SystemTime::now()),
    );
    assert!(
        line.starts_with("Tunes's status page: Partial System Outage — Playback (Europe): major outage, Playback (North America): degraded performance; 'Playback failures' (investigating since 12/2, "),
        "{line}"
    );
    assert!(line.ends_with(", and 5 more."), "{line}");
}

/// Against an imitation of the API built from its own source (`support::globalping`: it picks
/// probes as `probes-location-filter.ts` does, validates `request.host` as the command schema
/// does, answers each probe at real size, gzipped when asked): Downbeat asks home networks only
/// (the world's data centres reach what homes can't), sends no `request.host` (so an IP-literal
/// target is accepted), asks for gzip, and reads what comes back.
#[tokio::test]
async fn the_world_as_the_real_api_answers_it() {
    use support::globalping::{probes, Globalping, Sees};
    let deadline = || Instant::now() + Duration::from_secs(10);
    // Homes fail, data centres reach it: everywhere, for the people it is for.
    let mut ps = probes(Sees::Status(503));
    for p in &mut ps {
        if p.tags.contains(&"datacenter-network") {
            p.sees = Sees::Status(200);
        }
    }
    let gp = Globalping::start(ps).await;
    let api = Api {
        base: Url::parse(&gp.base()).unwrap(),
        token: None,
    };
    let answers = ask(&ctx(), &api, &target(), Some("GB"), None, deadline())
        .await
        .unwrap();
    assert_eq!(answers.len(), 10, "{answers:?}");
    assert!(
        answers.iter().all(|a| a.works == Some(false)),
        "{answers:?}"
    );
    let o = judge(&answers, Some("GB"), None, ScopeRule::default());
    assert_eq!(o.scope, Scope::Everywhere, "{o:?}");
    let reqs = gp.requests();
    let create: serde_json::Value = serde_json::from_str(&reqs[0].body).unwrap();
    assert!(
        create["measurementOptions"]["request"]
            .get("host")
            .is_none(),
        "{create}"
    );
    assert!(reqs
        .iter()
        .all(|r| r.headers.get("accept-encoding").map(String::as_str) == Some("gzip")));

    // A 503 everywhere: everywhere.
    gp.sees(Sees::Status(503));
    let answers = ask(&ctx(), &api, &target(), Some("GB"), None, deadline())
        .await
        .unwrap();
    assert_eq!(
        judge(&answers, Some("GB"), None, ScopeRule::default()).scope,
        Scope::Everywhere
    );

    // The expired certificate: HTTP 200 everywhere, over a certificate no probe trusts.
    gp.sees(Sees::Untrusted(200, "CERT_HAS_EXPIRED"));
    let answers = ask(&ctx(), &api, &target(), Some("GB"), None, deadline())
        .await
        .unwrap();
    assert_eq!(
        judge(&answers, Some("GB"), None, ScopeRule::default()).scope,
        Scope::Everywhere
    );

    // Works everywhere: only from here. An IP-literal target is accepted.
    gp.sees(Sees::Status(200));
    let ip = Target::from_url(&Url::parse("https://93.184.215.14/health").unwrap()).unwrap();
    let answers = ask(&ctx(), &api, &ip, Some("GB"), None, deadline())
        .await
        .unwrap();
    assert_eq!(
        judge(&answers, Some("GB"), None, ScopeRule::default()).scope,
        Scope::OnlyHere
    );

    // The imitation refuses what the real API refuses: `request.host` an IP literal, and says
    // why in its params, which Downbeat words.
    let url = Url::parse(&format!("{}/measurements", gp.base())).unwrap();
    let body = serde_json::json!({"type": "http", "target": "93.184.215.14", "locations": [{"magic": "world", "limit": 1}],
        "measurementOptions": {"request": {"host": "93.184.215.14", "method": "HEAD"}}});
    let refused = downbeat::probe::fetch::fetch(
        &ctx(),
        &url,
        Some(("application/json", body.to_string().into_bytes())),
        &[],
        64 * 1024,
        deadline(),
    )
    .await
    .unwrap();
    assert_eq!(refused.status, 400);
    let said: serde_json::Value = serde_json::from_slice(&refused.body).unwrap();
    assert_eq!(
        said["error"]["params"]["measurementOptions.request.host"],
        "\"measurementOptions.request.host\" must be a valid domain name"
    );
}

/// The seed's second named cause: the service's own certificate expires. Here the check fails
/// (`tls_cert_expired`, the baseline's certificates verifying, so it is theirs); the probes'
/// requests answer 200 but over a certificate none of them trusts. That is down for everyone,
/// cause `service`, never "works elsewhere, it's your network" (`network_path`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_certificate_is_down_for_everyone_not_your_network() {
    use support::globalping::{probes, Globalping, Sees};
    let ca = support::Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    ca.write(dir.path());
    let base = support::https(ca.good(&["base.example.com"]), Reply::ok("ok")).await;
    let days = time::Duration::days;
    let svc = support::https(
        ca.leaf(&["tunes.example.com"], days(-400), days(-200)),
        Reply::ok("ok"),
    )
    .await;
    let gp = Globalping::start(probes(Sees::Untrusted(200, "CERT_HAS_EXPIRED"))).await;
    let text = format!(
        "[settings]\ntimeout = \"2s\"\noutside_view = \"{}\"\nnetwork_lookup = \"\"\ncountry = \"gb\"\nca_file = \"ca.pem\"\n\
         [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\"base.example.com\" = \"127.0.0.1\"\n\
         [[baseline]]\nname = \"b\"\nurl = \"https://base.example.com:{}/\"\n\
         [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"https://tunes.example.com:{}/health\"\n",
        gp.base(),
        base.port(),
        svc.port()
    );
    let doc = check_doc(dir.path(), &text).await;
    let v = &doc["verdict"];
    assert_eq!(
        doc["services"][0]["checks"][0]["diagnosis"], "tls_cert_expired",
        "{doc:#}"
    );
    assert_eq!(
        (
            v["cause"].as_str(),
            v["blame"].as_str(),
            v["outside"]["scope"].as_str()
        ),
        (Some("service"), Some("them"), Some("everywhere")),
        "{v:#}"
    );
    assert!(
        v["summary"]
            .as_str()
            .unwrap()
            .starts_with("Tunes is down for everyone: it fails from 10 of 10 places"),
        "{v:#}"
    );
}

/// "Is it my provider?": RIPEstat (an imitation of its Data API) names this network's provider,
/// probes on that network are asked too, and `check` says whose side it is: the provider's when
/// it fails on BT's network elsewhere and works on others; this connection's when it works on
/// BT elsewhere; and that it could not tell when the provider is unknown. Nothing is asked,
/// RIPEstat included, while all is up or offline.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn is_it_my_provider() {
    use support::globalping::{probes, Globalping, Sees};
    use support::ripestat::RipeStat;
    const BT: u32 = 2856;
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "down")).await;
    let gp = Globalping::start(probes(Sees::Status(200))).await;
    let rs = RipeStat::start(
        "86.10.20.30",
        "86.0.0.0/13",
        BT,
        "BT-UK-AS BTnet UK Regional network",
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let check = |lookup: String, service: u16, baseline: u16| {
        let text = format!(
            "[settings]\ntimeout = \"2s\"\noutside_view = \"{}\"\nnetwork_lookup = \"{lookup}\"\ncountry = \"gb\"\n\
             [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\
             [[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{baseline}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://tunes.example.com:{service}/health\"\n",
            gp.base()
        );
        let dir = dir.path().to_path_buf();
        async move { check_doc(&dir, &text).await["verdict"].clone() }
    };

    // All up, then offline: nobody is asked, RIPEstat included.
    let up = support::http(Reply::ok("ok")).await;
    check(rs.base(), up.port(), base.port()).await;
    check(rs.base(), support::refused_port(), support::refused_port()).await;
    assert!(gp.requests().is_empty() && rs.requests().is_empty());

    // Fails on BT everywhere in the UK, works on the other networks: the provider.
    gp.each(|p| {
        if p.asn == BT {
            Sees::Status(503)
        } else {
            Sees::Status(200)
        }
    });
    let v = check(rs.base(), svc.port(), base.port()).await;
    assert_eq!(
        (
            v["cause"].as_str(),
            v["blame"].as_str(),
            v["outside"]["scope"].as_str()
        ),
        (Some("provider"), Some("you"), Some("provider")),
        "{v:#}"
    );
    assert_eq!(
        v["outside"]["provider"],
        serde_json::json!({"asn": BT, "name": "British Telecommunications PLC"})
    );
    assert_eq!(
        v["summary"],
        "Tunes fails on British Telecommunications PLC's network elsewhere in the United Kingdom too, and works on other networks: \
         it's your provider, not Tunes and not your home. Restarting your router won't help; a phone on mobile data will. \
         Tell British Telecommunications PLC."
    );
    // What was sent: RIPEstat this network's address and its AS; Globalping the AS as a location.
    let asked: Vec<String> = rs.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        asked,
        [
            "/data/whats-my-ip/data.json",
            "/data/network-info/data.json?resource=86.10.20.30",
            "/data/as-overview/data.json?resource=AS2856"
        ]
    );
    let create: serde_json::Value = serde_json::from_str(&gp.requests()[0].body).unwrap();
    assert_eq!(
        create["locations"][0],
        serde_json::json!({"asn": BT, "tags": ["eyeball-network"], "limit": 3})
    );

    // Works on BT elsewhere and everywhere else: this connection, not the provider.
    gp.sees(Sees::Status(200));
    let v = check(rs.base(), svc.port(), base.port()).await;
    assert_eq!(
        (v["cause"].as_str(), v["outside"]["scope"].as_str()),
        (Some("network_path"), Some("only_here")),
        "{v:#}"
    );
    assert!(
        v["summary"].as_str().unwrap().contains(
            "It works on British Telecommunications PLC elsewhere too (4 of 4): it's this connection, not your provider."
        ),
        "{v:#}"
    );

    // RIPEstat out of reach: only from here, and the provider unknown, said.
    let gone = format!("http://127.0.0.1:{}/data", support::refused_port());
    let v = check(gone, svc.port(), base.port()).await;
    assert_eq!(v["outside"]["scope"], "only_here", "{v:#}");
    assert!(v["outside"].get("provider").is_none(), "{v:#}");
    let summary = v["summary"].as_str().unwrap();
    assert!(
        summary.contains("Downbeat could not learn your provider (no answer from RIPEstat: ")
            && summary.contains("so it could not tell your provider from your home."),
        "{summary}"
    );
}

/// `check --outside` asks the world about the service even while it works here, and prints
/// what came back: each probe, its city and network, what it saw, and this network's provider.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_outside_asks_even_when_it_works() {
    use support::globalping::{probes, Globalping, Sees};
    use support::ripestat::RipeStat;
    let up = support::http(Reply::ok("ok")).await;
    let gp = Globalping::start(probes(Sees::Status(200))).await;
    let rs = RipeStat::start(
        "86.10.20.30",
        "86.0.0.0/13",
        2856,
        "BT-UK-AS BTnet UK Regional network",
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "baseline = []\n[settings]\noutside_view = \"{}\"\nnetwork_lookup = \"{}\"\ncountry = \"gb\"\n\
         [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\
         [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://tunes.example.com:{}/\"\n",
        gp.base(),
        rs.base(),
        up.port()
    );
    let out = run_check(dir.path(), &text, &["--outside"]).await;
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.starts_with("Asked probes elsewhere to reach tunes.example.com (Tunes).\nYour provider: British Telecommunications PLC (AS2856).\n"), "{text}");
    assert!(
        text.contains(
            "  ✓ works London, GB: British Telecommunications PLC (AS2856) (your provider)\n"
        ),
        "{text}"
    );
    assert!(
        text.trim_end()
            .ends_with("Tunes works from everywhere asked."),
        "{text}"
    );
    assert_eq!(
        up.hits(),
        0,
        "--outside asks the world, not the service itself"
    );
}

/// In `watch`, "it's your provider" is a change of cause like the others: one transition
/// (`provider`, blame you), one notification in these words, and the history's incident with
/// its cause and scope.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_says_it_is_your_provider() {
    use support::globalping::{probes, Globalping, Sees};
    use support::ripestat::RipeStat;
    let bus = support::dbus::Bus::start().await;
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "down")).await;
    let gp = Globalping::start(probes(Sees::Status(200))).await;
    gp.each(|p| {
        if p.asn == 2856 {
            Sees::Status(503)
        } else {
            Sees::Status(200)
        }
    });
    let rs = RipeStat::start(
        "86.10.20.30",
        "86.0.0.0/13",
        2856,
        "BT-UK-AS BTnet UK Regional network",
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("watch.toml");
    std::fs::write(
        &cfg,
        format!(
            "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\nfailure_threshold = 2\nrecovery_threshold = 2\n\
             outside_view = \"{}\"\nnetwork_lookup = \"{}\"\ncountry = \"GB\"\n\
             [settings.resolve]\n\"tunes.example.com\" = \"127.0.0.1\"\n\
             [[baseline]]\nname = \"b\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://tunes.example.com:{}/\"\n",
            gp.base(),
            rs.base(),
            base.port(),
            svc.port()
        ),
    )
    .unwrap();
    let watch = support::watch::Watch::start(BIN, &cfg, &bus).await;
    let notes = bus.wait_for(2, Duration::from_secs(20)).await;
    let titles: Vec<&str> = notes.iter().map(|n| n.summary.as_str()).collect();
    assert_eq!(
        titles,
        ["Tunes is down", "Tunes fails on your provider's network"],
        "{notes:#?}"
    );
    assert_eq!(
        notes[1].body,
        "Tunes fails on British Telecommunications PLC's network elsewhere in the United Kingdom too, and works on other networks: \
         it's your provider, not Tunes and not your home. Restarting your router won't help; a phone on mobile data will. \
         Tell British Telecommunications PLC."
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let causes: Vec<String> = watch
        .causes()
        .into_iter()
        .filter(|c| c.starts_with("Tunes:"))
        .collect();
    assert_eq!(causes, ["Tunes:service", "Tunes:provider"]);
    watch.stop().await;
    let h = support::watch::history(BIN, &dir.path().join("data")).await;
    let provider = h["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["cause"] == "provider")
        .unwrap_or_else(|| panic!("{h:#}"));
    assert_eq!(
        (provider["blame"].as_str(), provider["scope"].as_str()),
        (Some("you"), Some("provider")),
        "{h:#}"
    );
    assert_eq!(
        provider["what"], "Tunes failed on your provider's network",
        "{h:#}"
    );
}
