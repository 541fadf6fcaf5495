//! The record tells the truth (issue 30): a new user's tryout found a service re-checked every
//! half second, a failing service said to be up, the user's side counted as the service's
//! downtime, and an outage across a stop counted as one unbroken outage. Each through the real
//! `downbeat watch` on loopback servers, and its `history --json`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;
use support::dbus::Bus;
use support::watch::Watch;
use support::world::{Opts, World};
use support::{Dns, Reply, Server};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

async fn history(data: &Path) -> Value {
    support::watch::history(BIN, data).await
}

/// A `watch` config in `dir` at a 1 s interval (failure and recovery on two results): the
/// baseline `base`, and each service with its checks on loopback servers.
fn config(dir: &Path, base: &Server, services: &[(&str, &[(&str, &Server)])]) -> PathBuf {
    let mut t = format!(
        "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\nfailure_threshold = 2\nrecovery_threshold = 2\n\
         [[baseline]]\nname = \"base\"\nurl = \"http://127.0.0.1:{}/\"\n",
        base.port()
    );
    for (name, checks) in services {
        t.push_str(&format!("[[service]]\nname = \"{name}\"\n"));
        for (check, server) in *checks {
            t.push_str(&format!(
                "[[service.check]]\nname = \"{check}\"\nurl = \"http://127.0.0.1:{}/\"\n",
                server.port()
            ));
        }
    }
    let p = dir.join("watch.toml");
    std::fs::write(&p, t).unwrap();
    p
}

fn service<'a>(h: &'a Value, name: &str) -> &'a Value {
    h["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == name)
        .unwrap_or_else(|| panic!("no {name}: {h:#}"))
}

/// Wrong answers 1 and 2: a service whose `front` answers 503 while its `cdn` works is checked
/// no more often than a healthy service (the tryout saw 52 checks in 29 s at a 2 s interval),
/// and `watch`, started during the failure, never says it is up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_down_service_is_checked_no_faster_and_never_said_up() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let front = support::http(Reply::status(503, "maintenance")).await;
    let cdn = support::http(Reply::ok("ok")).await;
    let calm = support::http(Reply::ok("ok")).await;
    let cfg = config(
        dir.path(),
        &base,
        &[
            ("Tunes", &[("front", &front), ("cdn", &cdn)]),
            ("Calm", &[("home", &calm)]),
        ],
    );
    let watch = Watch::start(BIN, &cfg, &bus).await;
    tokio::time::sleep(Duration::from_secs(8)).await;
    let lines = watch.lines();
    assert_eq!(watch.stop().await, Some(0));

    let (f, c, healthy) = (front.hits(), cdn.hits(), calm.hits());
    eprintln!("in 8 s at a 1 s interval: front {f}, cdn {c}, a healthy service {healthy}");
    // One confirmation re-check is the only extra a failure earns.
    assert!(
        f <= healthy + 1 && c <= healthy + 1,
        "a half-down service was checked faster than a healthy one: front {f}, cdn {c}, healthy {healthy}"
    );
    assert!(
        healthy >= 5,
        "the healthy service ran each second: {healthy}"
    );

    let tunes: Vec<&Value> = lines.iter().filter(|l| l["service"] == "Tunes").collect();
    assert!(!tunes.is_empty(), "{lines:?}");
    assert_eq!(
        (tunes[0]["from"].as_str(), tunes[0]["to"].as_str()),
        (Some("unknown"), Some("down")),
        "the first line for a failing service: {lines:#?}"
    );
    assert!(
        tunes.iter().all(|l| l["to"] != "up"),
        "never up while front fails: {tunes:#?}"
    );
}

/// Wrong answer 3: time on the user's side is neither up nor down for a service. An
/// intercepted service, a name only this network's DNS denies, and a captive portal, each
/// watched from the start, give the service no downtime, and their time in `your_side_s`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_users_side_is_not_counted_as_their_downtime() {
    async fn watched(what: &'static str, set: fn(&World)) -> (&'static str, Value) {
        let w = World::new().await;
        set(&w);
        let bus = Bus::start().await;
        let config = w.config(&Opts {
            watch: true,
            ..Opts::default()
        });
        let watch = Watch::start(BIN, &config, &bus).await;
        tokio::time::sleep(Duration::from_secs(7)).await;
        let causes = watch.causes();
        assert_eq!(watch.stop().await, Some(0), "{what}");
        eprintln!("{what}: {causes:?}");
        (what, history(&w.dir.path().join("data")).await)
    }
    let runs = tokio::join!(
        watched("a middlebox intercepts only the service", |w| {
            w.present(&w.certs.good, &w.certs.intercepted);
        }),
        watched("only this network's DNS denies the name", |w| {
            w.set_user("tunes.test", Dns::NxDomain);
        }),
        watched("a captive portal", |w| {
            w.portal
                .set(Reply::status(302, "").with_header("location", "http://login.portal.test/"));
            w.site.set(Reply::status(302, ""));
            w.front.set(Reply::status(503, "portal"));
        }),
    );
    for (what, h) in [runs.0, runs.1, runs.2] {
        let tunes = service(&h, "Tunes");
        let f = |k: &str| {
            tunes[k]
                .as_f64()
                .unwrap_or_else(|| panic!("{what}: {k}: {h:#}"))
        };
        assert_eq!(f("down_s"), 0.0, "{what}: not their downtime: {h:#}");
        assert!(
            f("your_side_s") >= 2.0,
            "{what}: the user's side counted apart: {h:#}"
        );
        assert!(
            f("monitored_s") + f("your_side_s") <= 8.0,
            "{what}: judged time and the user's side don't overlap: {h:#}"
        );
        // Nothing of theirs was judged down: no uptime to give, or all of it.
        assert!(
            tunes["uptime_pct"].is_null() || tunes["uptime_pct"] == 100.0,
            "{what}: {h:#}"
        );
        assert!(
            h["incidents"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["blame"] == "you"),
            "{what}: {h:#}"
        );
    }
}

/// Wrong answer 5: an outage across a stop is reported with its watched time and the gap said,
/// never as one unbroken outage; the service's downtime leaves the gap out too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_across_a_stop_counts_only_the_watched_time() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::status(503, "maintenance")).await;
    let cfg = config(dir.path(), &base, &[("Tunes", &[("front", &svc)])]);
    for _ in 0..2 {
        let watch = Watch::start(BIN, &cfg, &bus).await;
        tokio::time::sleep(Duration::from_secs(4)).await;
        assert_eq!(watch.stop().await, Some(0));
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    let h = history(&dir.path().join("data")).await;
    let incidents = h["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 1, "the same failure continues: {h:#}");
    let i = &incidents[0];
    let (watched, gap) = (
        i["duration_s"].as_f64().unwrap(),
        i["unwatched_s"].as_f64().unwrap(),
    );
    assert!(
        (3.0..=9.0).contains(&watched),
        "watched time only: {watched} s: {i:#}"
    );
    assert!(
        (4.0..=10.0).contains(&gap),
        "the stop between (5 s, less the rounds' spacing): {gap} s: {i:#}"
    );
    assert_eq!(i["ongoing"], false, "nobody is watching now: {i:#}");
    let lasted = i["lasted"].as_str().unwrap();
    assert!(
        lasted.contains(" watched; Downbeat wasn't watching for "),
        "{lasted}"
    );
    let down = service(&h, "Tunes")["down_s"].as_f64().unwrap();
    assert!(
        (down - watched).abs() < 1.5,
        "downtime {down} s is the watched time {watched} s"
    );
}
