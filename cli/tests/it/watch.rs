//! `downbeat watch` through the real notification path: a private dbus-daemon with a recorder
//! owning org.freedesktop.Notifications, loopback servers with scripted outages, and the exact
//! Notify calls asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::dbus::Bus;
use support::watch::Watch;
use support::{Reply, Server};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

fn config(dir: &Path, base: &[&Server], service: &Server) -> std::path::PathBuf {
    let mut t = String::from(
        "[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\nfailure_threshold = 2\nrecovery_threshold = 2\n",
    );
    for (i, b) in base.iter().enumerate() {
        t.push_str(&format!(
            "[[baseline]]\nname = \"base{i}\"\nurl = \"http://127.0.0.1:{}/\"\n",
            b.port()
        ));
    }
    t.push_str(&format!(
        "[[service]]\nname = \"Tunes\"\nadvice = \"Saved songs still play.\"\n[[service.check]]\nname = \"front door\"\nurl = \"http://127.0.0.1:{}/\"\n",
        service.port()
    ));
    let p = dir.join("watch.toml");
    std::fs::write(&p, t).unwrap();
    p
}

fn http503() -> Reply {
    Reply::status(503, "maintenance")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outage_gives_one_down_and_one_recovery_notification_and_backs_off() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let watch = Watch::start(BIN, &config(dir.path(), &[&base], &svc), &bus).await;

    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(
        bus.notes().is_empty(),
        "healthy start: no notification: {:?}",
        bus.notes()
    );
    // But the first states are printed, from "unknown": the connection's, then the service's.
    assert_eq!(watch.first_states(), ["null up", "\"Tunes\" up"]);

    let fault = Instant::now();
    svc.set(http503());
    let notes = bus.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(notes.len(), 1, "{notes:?}");
    let down = &notes[0];
    assert_eq!(down.app, "Downbeat");
    assert_eq!(down.summary, "Tunes is down");
    assert_eq!(down.icon, "network-error");
    assert_eq!(
        down.body,
        "Front door is failing: server error. It's them: your connection is fine. Saved songs still play. \
         Logging in again or restarting your router won't help."
    );
    assert!(
        down.at - fault < Duration::from_secs(3),
        "confirmed in {:?}",
        down.at - fault
    );

    // Stay down for 9.5 s: the checks back off (1 s four times, then 2 s, 4 s...).
    tokio::time::sleep(Duration::from_millis(9500)).await;
    let during: Vec<Instant> = svc
        .hit_times()
        .into_iter()
        .filter(|t| *t > down.at)
        .collect();
    assert!(
        (4..=6).contains(&during.len()),
        "a down service is checked at the backed-off rate, not every second: {} requests in 9.5 s",
        during.len()
    );
    let gaps: Vec<Duration> = during.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(
        gaps.last()
            .is_some_and(|g| *g >= Duration::from_millis(1700)),
        "the delay doubles: {gaps:?}"
    );

    let fix = Instant::now();
    svc.set(Reply::ok("ok"));
    let notes = bus.wait_for(2, Duration::from_secs(15)).await;
    assert_eq!(notes.len(), 2, "{notes:?}");
    let back = &notes[1];
    assert_eq!(back.summary, "Tunes is back");
    assert_eq!(
        back.icon, "network-transmit-receive",
        "good news is not an error"
    );
    assert!(back.body.starts_with("Down for "), "{}", back.body);
    assert!(
        back.body.ends_with(" (front door: server error)."),
        "{}",
        back.body
    );
    let outage_secs: u64 = back
        .body
        .trim_start_matches("Down for ")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let real = (back.at - down.at).as_secs();
    assert!(
        outage_secs.abs_diff(real) <= 1,
        "said {outage_secs} s, was {real} s"
    );
    assert!(back.at > fix);

    // Nothing more, and a clean stop.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(bus.notes().len(), 2);
    let transitions = watch.transitions();
    assert_eq!(
        watch.stop().await,
        Some(0),
        "watch stops cleanly on SIGTERM"
    );
    let kinds: Vec<(String, String)> = transitions
        .iter()
        .map(|t| {
            (
                t["from"].as_str().unwrap().to_owned(),
                t["to"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [("up".into(), "down".into()), ("down".into(), "up".into())]
    );
    assert_eq!(transitions[0]["service"], "Tunes");
    assert_eq!(transitions[0]["check"], "front door");
    assert_eq!(transitions[0]["diagnosis"], "http_server_error");
    assert_eq!(transitions[0]["blame"], "them");
    assert_eq!(transitions[0]["notified"], true);

    // The history has the incident, with the right duration, diagnosis and blame.
    let h = support::watch::history(BIN, &dir.path().join("data")).await;
    let incidents = h["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 1, "{h:#}");
    let i = &incidents[0];
    assert_eq!(
        (i["service"].as_str(), i["state"].as_str()),
        (Some("Tunes"), Some("down"))
    );
    assert_eq!(i["first_diagnosis"], "http_server_error");
    assert_eq!(i["worst_diagnosis"], "http_server_error");
    assert_eq!(i["blame"], "them");
    assert_eq!(i["notified"], true);
    assert_eq!(i["ongoing"], false);
    let said = (back.at - down.at).as_secs_f64();
    assert!(
        (i["duration_s"].as_f64().unwrap() - said).abs() < 1.0,
        "{} vs {said}",
        i["duration_s"]
    );
    let tunes = h["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "Tunes")
        .unwrap();
    let uptime = tunes["uptime_pct"].as_f64().unwrap();
    assert!(uptime < 100.0 && uptime > 0.0, "{uptime}");
    assert!(tunes["latency"]["ttfb"]["p50_ms"].as_f64().is_some());
}

/// One outage, told in German (`[settings] language = "de"`, whatever the system's language):
/// the notifications on the bus are the German catalogue's, word for word where the words are
/// Downbeat's, with the service's and the check's names as the user wrote them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_is_told_in_german() {
    use downbeat::model::{Arg, Message};
    use downbeat::view::i18n;
    let de = i18n::language("de").unwrap();
    let german = |m: Message| i18n::render_in(de, &m);
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let path = config(dir.path(), &[&base], &svc);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "[settings]\n",
        "[settings]\nlanguage = \"de\"\n",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let watch = Watch::start(BIN, &path, &bus).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;

    svc.set(http503());
    let notes = bus.wait_for(1, Duration::from_secs(10)).await;
    let down = &notes[0];
    assert_eq!(
        down.summary,
        german(Message::new("notify-down-title").arg("service", "Tunes"))
    );
    let failing = german(
        Message::new("notify-down-failing")
            .arg("check_start", "Front door")
            .arg(
                "diagnosis",
                Arg::from(Message::new("diagnosis-http-server-error")),
            ),
    );
    for part in [
        failing.as_str(),
        &german(Message::new("line-them-connection-fine")),
        "Saved songs still play.",
        &german(Message::new("notify-down-no-help")),
    ] {
        assert!(down.body.contains(part), "{part:?} in {:?}", down.body);
    }
    assert_eq!(
        down.summary, "Tunes ist ausgefallen",
        "the German is German"
    );
    assert!(!down.body.contains("It's them"), "{}", down.body);

    svc.set(Reply::ok("ok"));
    let notes = bus.wait_for(2, Duration::from_secs(15)).await;
    let back = &notes[1];
    assert_eq!(
        back.summary,
        german(Message::new("notify-back-title").arg("service", "Tunes"))
    );
    // "War 12 Sek. lang ausgefallen (front door: Serverfehler)": the German sentence around
    // the span (a marker stands in for it here), the span as German writes it.
    let lasted = german(
        Message::new("notify-back-body")
            .arg("span", "\u{1}")
            .arg("check", "front door")
            .arg(
                "diagnosis",
                Arg::from(Message::new("diagnosis-http-server-error")),
            ),
    );
    let (head, tail) = lasted.split_once('\u{1}').unwrap();
    let span = back
        .body
        .strip_prefix(head)
        .and_then(|b| b.strip_suffix(tail))
        .unwrap_or_else(|| panic!("{:?} is not like {lasted:?}", back.body));
    assert!(
        span.ends_with(" Sek.") || span.ends_with(" Min."),
        "a German span: {span:?}"
    );
    assert!(!back.body.contains("Down for"), "{}", back.body);
    println!(
        "{}: {}\n{}: {}",
        down.summary, down.body, back.summary, back.body
    );
    assert_eq!(watch.stop().await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_transient_failure_notifies_nobody() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let watch = Watch::start(BIN, &config(dir.path(), &[&base], &svc), &bus).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    svc.once(http503());
    tokio::time::sleep(Duration::from_millis(4000)).await;
    assert!(
        svc.hits() >= 4,
        "the check kept running: {} hits",
        svc.hits()
    );
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());
    assert!(watch.transitions().is_empty(), "{:?}", watch.transitions());
    assert_eq!(watch.stop().await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn baseline_down_is_one_offline_notice_and_no_service_alert() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (b1, b2) = (
        support::http(Reply::ok("ok")).await,
        support::http(Reply::ok("ok")).await,
    );
    let svc = support::http(Reply::ok("ok")).await;
    let watch = Watch::start(BIN, &config(dir.path(), &[&b1, &b2], &svc), &bus).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;

    // The whole network goes: the baseline and the service fail together, and no server
    // answers (a site that answers, even 503, proves the connection works).
    for s in [&b1, &b2, &svc] {
        s.set(Reply::Drop);
    }
    let notes = bus.wait_for(1, Duration::from_secs(8)).await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    let notes_during = bus.notes();
    assert_eq!(
        notes.first().map(|n| n.summary.as_str()),
        Some("You're offline"),
        "{notes:?}"
    );
    assert!(notes[0].body.contains("It's you"), "{}", notes[0].body);
    assert_eq!(
        notes_during.len(),
        1,
        "one offline notice, no service alert: {notes_during:?}"
    );

    for s in [&b1, &b2, &svc] {
        s.set(Reply::ok("ok"));
    }
    let notes = bus.wait_for(2, Duration::from_secs(8)).await;
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[1].summary, "You're back online");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        bus.notes().iter().all(|n| !n.summary.contains("Tunes")),
        "{:?}",
        bus.notes()
    );
    assert_eq!(watch.stop().await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_notification_daemon_is_logged_and_not_fatal() {
    // A bus where nobody owns org.freedesktop.Notifications.
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(http503()).await;
    let cfg = config(dir.path(), &[&base], &svc);
    let out = tokio::process::Command::new(BIN)
        .args(["watch", "--json", "--config"])
        .arg(&cfg)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = out.id().unwrap().to_string();
    tokio::time::sleep(Duration::from_secs(4)).await;
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status();
    let out = out.wait_with_output().await.unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("notifications are unavailable").count(),
        1,
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("\"notified\":false"), "{stdout}");
    drop(bus);
}

/// `watch` follows its config file: a service added by an edit is watched within an interval,
/// without a restart, and its first state is printed like the others'.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_config_is_watched_without_a_restart() {
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = support::http(Reply::ok("ok")).await;
    let svc = support::http(Reply::ok("ok")).await;
    let radio = support::http(Reply::ok("ok")).await;
    let path = config(dir.path(), &[&base], &svc);
    let watch = Watch::start(BIN, &path, &bus).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while watch.first_states().len() < 2 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(watch.first_states(), ["null up", "\"Tunes\" up"]);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!(
            "{text}[[service]]\nname = \"Radio\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            radio.port()
        ),
    )
    .unwrap();
    let edited = Instant::now();
    // Two results to judge it (failure_threshold and recovery_threshold are 2), a second apart.
    let deadline = edited + Duration::from_secs(10);
    while watch.first_states().len() < 3 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        watch.first_states(),
        ["null up", "\"Tunes\" up", "\"Radio\" up"]
    );
    eprintln!(
        "an added service judged {:?} after the edit",
        edited.elapsed()
    );
    assert!(radio.hits() >= 1);
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());
    assert_eq!(watch.stop().await, Some(0));
}
