//! One view (#22): for every state and cause the engine names, the tray's line, the window's
//! headline, the notification and `check`'s summary name the same state, the same side and the
//! same cause. Each scenario is a real round on the loopback world of `causes.rs`, judged by
//! the verdict and walked through Health into the snapshot and the transition, as the monitor
//! does.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::sync::Arc;
use std::time::Duration;

use downbeat::alerting::{compose, Context};
use downbeat::health::Health;
use downbeat::model::Notification;
use downbeat::view::i18n::{self, LANGUAGES};
use downbeat::view::{
    tray_line, tray_service_line, verdict_line, view, Snapshot, Update, TRAY_LINE_MAX,
};
use downbeat::Config;
use support::world::{self, Opts, World};

/// What each cause must be called in every text (lower case), besides its side.
fn cause_words(cause: &str, status: &str) -> &'static [&'static str] {
    match (cause, status) {
        ("none", _) => &["up"],
        ("service", "down") => &["tunes", "down"],
        ("service", _) => &["tunes", "degraded"],
        ("dns_filtered", _) => &["blocks tunes"],
        ("dns_resolver_down", _) => &["dns server isn't answering"],
        ("captive_portal", _) => &["sign in"],
        ("slow_connection", _) => &["slow"],
        ("offline", _) => &["offline"],
        ("clock_wrong", _) => &["clock is wrong"],
        ("tls_intercepted", _) => &["intercepts"],
        ("dns_unconfirmed", _) => &["your dns says tunes"],
        (other, _) => panic!("no words for the cause {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_front_end_names_the_same_state_side_and_cause() {
    let mut table = String::new();
    for case in world::scenarios() {
        let w = World::new().await;
        (case.set)(&w);
        let config = Config::load(Some(&w.config(&Opts {
            watch: true,
            intercepted: case.opts.intercepted,
            no_reference: case.opts.no_reference,
            reference_down: case.opts.reference_down,
            slow_ms: case.opts.slow_ms,
        })))
        .unwrap();
        let ctx = downbeat::ProbeContext::from_settings(&config.settings).unwrap();
        let round = downbeat::run_once(&config, &ctx).await;

        // check and /api/status.
        let verdict = downbeat::verdict::judge(&round);
        // The monitor's path: Health over a few rounds like this one, the snapshot, and the
        // notification of the last transition told about.
        let mut health = Health::new(config.settings.thresholds);
        let mut snapshot = Snapshot::new(&config);
        let mut note: Option<Notification> = None;
        let mut told = None;
        for i in 0..4u64 {
            let mut r = round.clone();
            r.checked_at = round.checked_at + Duration::from_secs(i);
            let r = Arc::new(r);
            for t in health.observe(&r) {
                let said = compose(
                    &t,
                    Context {
                        advice: None,
                        notify_degraded: true,
                        connection_checked: true,
                    },
                );
                if said.is_some() {
                    note = said;
                    told = Some(t.clone());
                }
            }
            snapshot.apply(Update::Round(&r), &health);
        }
        let tray = verdict_line(&snapshot);
        let window = view(&snapshot, None);
        assert_eq!(
            window.verdict, tray,
            "the window's headline is the tray's line"
        );

        // A wrong clock or a middlebox on every site is no working connection: the metrics'
        // connection state (and so the Prometheus rules' "connected vantage point") says down.
        if matches!(case.what, w if w.starts_with("the clock runs") || w == "a middlebox intercepts every site")
        {
            assert_eq!(
                (snapshot.connection, snapshot.connection_cause.as_str()),
                (downbeat::model::State::Down, case.cause),
                "{}",
                case.what
            );
        }

        // The same cause and side in the data each carries.
        let blame = case.blame();
        assert_eq!(verdict.cause.as_str(), case.cause, "{}: check", case.what);
        assert_eq!(window.cause, case.cause, "{}: window", case.what);
        assert_eq!(verdict.blame.as_str(), blame, "{}", case.what);
        assert_eq!(window.blame, blame, "{}", case.what);
        // The tray menu as a whole: its short first line (whose side) and the services' lines.
        let menu = std::iter::once(tray_line(&snapshot))
            .chain(
                snapshot
                    .services
                    .iter()
                    .map(|v| tray_service_line(v, &snapshot)),
            )
            .collect::<Vec<_>>();
        for line in &menu {
            assert!(
                line.chars().count() <= TRAY_LINE_MAX,
                "{}: a menu line runs long: {line}",
                case.what
            );
        }
        let mut texts = vec![
            ("window", tray.clone()),
            ("tray menu", menu.join(" | ")),
            ("check", verdict.summary.clone()),
        ];
        match (&note, blame) {
            (None, "none") => {}
            (Some(n), _) => {
                assert_eq!(n.blame.as_str(), blame, "{}: {n:?}", case.what);
                texts.push(("notification", format!("{} {}", n.title, n.body)));
            }
            (None, _) => panic!("{}: no notification", case.what),
        }

        // And in the words.
        for (front, text) in &texts {
            let lower = text.to_lowercase();
            for word in cause_words(case.cause, case.status) {
                assert!(
                    lower.contains(word),
                    "{}: the {front} doesn't say \"{word}\": {text}",
                    case.what
                );
            }
            let them = lower.contains("it's them");
            let you = lower
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| w.starts_with("you"));
            match blame {
                "them" => assert!(
                    them,
                    "{}: the {front} doesn't say it's them: {text}",
                    case.what
                ),
                "you" => {
                    assert!(
                        you && !them,
                        "{}: the {front} must say it's the user's side: {text}",
                        case.what
                    );
                    assert!(
                        !lower.contains("tunes is down"),
                        "{}: the {front} blames the service: {text}",
                        case.what
                    );
                }
                _ => assert!(!them, "{}: {front}: {text}", case.what),
            }
            table.push_str(&format!("{:<55} {:<16} {text}\n", case.what, front));
        }

        // Every language says it all from its own catalogue: no missing message, no argument
        // left as a placeholder, no English standing in.
        for lang in LANGUAGES.iter().chain([i18n::pseudo()]) {
            let (texts, mut problems) = i18n::collect_problems(|| {
                i18n::with_language(lang, || {
                    let mut texts = vec![
                        verdict_line(&snapshot),
                        tray_line(&snapshot),
                        view(&snapshot, None).verdict,
                        downbeat::verdict::judge(&round).summary,
                    ];
                    texts.extend(
                        snapshot
                            .services
                            .iter()
                            .map(|v| tray_service_line(v, &snapshot)),
                    );
                    if let Some(t) = &told {
                        let ctx = Context {
                            advice: None,
                            notify_degraded: true,
                            connection_checked: true,
                        };
                        if let Some(n) = compose(t, ctx) {
                            texts.push(n.title);
                            texts.push(n.body);
                        }
                    }
                    texts
                })
            });
            problems.sort();
            problems.dedup();
            assert!(
                problems.is_empty(),
                "{} in {}: {}",
                case.what,
                lang.code,
                problems.join("; ")
            );
            for text in &texts {
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.trim().is_empty(),
                    "{} in {}: {text:?}",
                    case.what,
                    lang.code
                );
            }
            // The tray's first line (whose side) fits its menu whole in every language.
            if lang.code != "en-XA" {
                assert!(
                    !texts[1].ends_with('…'),
                    "{} in {}: the tray's first line is cut: {:?}",
                    case.what,
                    lang.code,
                    texts[1]
                );
            }
            if lang.code == "de" {
                table.push_str(&format!("{:<55} {:<16} {}\n", case.what, "de", texts[0]));
            }
        }
    }
    // The whole table, for reading aloud (cargo test -- --nocapture).
    println!("{table}");
}

/// Where on your side (#34): each new cause through the verdict, Health, the snapshot, the tray,
/// the window and the notifications of its start and its end, in every language. The rounds
/// are the offline one (or, for IPv6, one whose baseline got through over IPv4 only) with this
/// computer's path as `downbeat::probe::path` reads it; `cli/tests/it/your_side.rs` makes the
/// same causes in a real network.
#[test]
fn where_on_your_side_reads_in_every_language() {
    use downbeat::model::{
        Cause, Family, FamilyOutcome, FamilyTry, LocalPath, Route, RouterAnswer, RouterProbe,
        State, Status,
    };
    use std::time::SystemTime;
    use support::fixtures::{check, report, round, service, simple_round};

    let route = |interface: &str, gateway: Option<&str>, tunnel: bool| Route {
        interface: interface.into(),
        gateway: gateway.map(|g| g.parse().unwrap()),
        up: true,
        has_address: true,
        tunnel,
        split: tunnel,
        ppp: false,
        index: 2,
    };
    let asked = |answer| {
        Some(RouterProbe {
            addr: "192.168.1.1".parse().unwrap(),
            answer,
            took_ms: 2.0,
            echo_allowed: false,
        })
    };
    let home = || Some(route("eth0", Some("192.168.1.1"), false));
    let cases: Vec<(Cause, LocalPath, Option<&str>)> = vec![
        (
            Cause::NoNetwork,
            LocalPath {
                known: true,
                ..Default::default()
            },
            None,
        ),
        (
            Cause::RouterDown,
            LocalPath {
                known: true,
                ipv4: home(),
                router: asked(RouterAnswer::Silent),
                ..Default::default()
            },
            Some("192.168.1.1"),
        ),
        (
            Cause::LineDown,
            LocalPath {
                known: true,
                ipv4: home(),
                router: asked(RouterAnswer::Tcp(53)),
                ..Default::default()
            },
            Some("192.168.1.1"),
        ),
        (
            Cause::VpnDown,
            LocalPath {
                known: true,
                ipv4: Some(route("tun0", None, true)),
                link: home(),
                ..Default::default()
            },
            Some("tun0"),
        ),
        (
            Cause::Ipv4Broken,
            LocalPath {
                known: true,
                ipv4: home(),
                ipv6: Some(route("eth0", Some("fe80::1"), false)),
                link: home(),
                router: None,
            },
            None,
        ),
        // IPv4 through a VPN that passes nothing, native IPv6 around it: the VPN's.
        (
            Cause::Ipv4Broken,
            LocalPath {
                known: true,
                ipv4: Some(route("tun0", None, true)),
                ipv6: Some(route("eth0", Some("fe80::1"), false)),
                link: home(),
                router: None,
            },
            Some("tun0"),
        ),
        (
            Cause::Ipv6Broken,
            LocalPath {
                known: true,
                ipv4: home(),
                ipv6: Some(route("eth0", Some("fe80::1"), false)),
                link: home(),
                router: None,
            },
            None,
        ),
    ];
    let config = support::fixtures::config(
        "[[baseline]]\nname = \"base\"\nurl = \"https://base.test/\"\n\
         [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"https://tunes.test/\"\n",
    );
    let ctx = Context {
        advice: None,
        notify_degraded: true,
        connection_checked: true,
    };
    let mut table = String::new();
    for (cause, path, names) in cases {
        let at = |i: u64| SystemTime::now() + Duration::from_secs(i);
        let failing = |i: u64| {
            if matches!(cause, Cause::Ipv6Broken | Cause::Ipv4Broken) {
                // The broken family timed out, the other connected.
                let (v6, v4) = if cause == Cause::Ipv6Broken {
                    (FamilyOutcome::TimedOut, FamilyOutcome::Connected)
                } else {
                    (FamilyOutcome::Connected, FamilyOutcome::TimedOut)
                };
                let mut base = report(Status::Up);
                base.families = vec![
                    FamilyTry {
                        family: Family::Ipv6,
                        address: "[2001:db8::1]:443".parse().unwrap(),
                        outcome: v6,
                        ms: None,
                    },
                    FamilyTry {
                        family: Family::Ipv4,
                        address: "192.0.2.1:443".parse().unwrap(),
                        outcome: v4,
                        ms: Some(12),
                    },
                ];
                round(
                    at(i),
                    vec![check("base", base)],
                    vec![service("Tunes", vec![check("front", report(Status::Up))])],
                )
                .with_path(path.clone())
            } else {
                simple_round(at(i), Status::Down, "Tunes", Status::Down).with_path(path.clone())
            }
        };
        let first = failing(0);
        assert_eq!(first.user_side, cause, "{cause}: the round");
        let mut health = Health::new(config.settings.thresholds);
        let mut snapshot = Snapshot::new(&config);
        let mut began = None;
        for i in 0..4 {
            let r = Arc::new(failing(i));
            for t in health.observe(&r) {
                if t.cause == cause {
                    began = Some(t);
                }
            }
            snapshot.apply(Update::Round(&r), &health);
        }
        let began = began.unwrap_or_else(|| panic!("{cause}: no transition"));
        let want_state = if matches!(cause, Cause::Ipv6Broken | Cause::Ipv4Broken) {
            State::Degraded
        } else {
            State::Offline
        };
        assert_eq!(
            (snapshot.connection, snapshot.cause),
            (want_state, cause),
            "{cause}"
        );
        // Back to health: the end of it.
        let mut healthy = health.clone();
        let mut ended = None;
        for i in 4..8 {
            let r = Arc::new(simple_round(at(i), Status::Up, "Tunes", Status::Up));
            for t in healthy.observe(&r) {
                if t.service.is_none() && t.previous_cause == cause {
                    ended = Some(t);
                }
            }
        }
        let ended = ended.unwrap_or_else(|| panic!("{cause}: no end"));
        for lang in LANGUAGES.iter().chain([i18n::pseudo()]) {
            let (texts, mut problems) = i18n::collect_problems(|| {
                i18n::with_language(lang, || {
                    let window = view(&snapshot, None);
                    let start = compose(&began, ctx).expect("news of its start");
                    let end = compose(&ended, ctx).expect("news of its end");
                    vec![
                        tray_line(&snapshot),
                        downbeat::verdict::judge(&first).summary,
                        format!("{} {}", start.title, start.body),
                        window.connection_line,
                        format!("{} {}", end.title, end.body),
                        verdict_line(&snapshot),
                        // check's list of this computer's path.
                        downbeat::view::path_lines(first.path.as_ref().unwrap()).join(" "),
                    ]
                })
            });
            problems.sort();
            problems.dedup();
            assert!(
                problems.is_empty(),
                "{cause} in {}: {}",
                lang.code,
                problems.join("; ")
            );
            for text in &texts {
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.trim().is_empty(),
                    "{cause} in {}: {text:?}",
                    lang.code
                );
            }
            // The router's address or the tunnel's interface, wherever the words name them:
            // the tray, `check`, the notification, the window's connection line.
            if let Some(name) = names {
                for text in &texts[..4] {
                    assert!(
                        text.contains(name),
                        "{cause} in {}: {name} not in {text:?}",
                        lang.code
                    );
                }
            }
            if lang.code != "en-XA" {
                assert!(
                    texts[0].chars().count() <= TRAY_LINE_MAX && !texts[0].ends_with('…'),
                    "{cause} in {}: the tray's first line is cut: {:?}",
                    lang.code,
                    texts[0]
                );
            }
            if lang.code == "en" || lang.code == "de" {
                for (front, text) in ["tray", "check", "notification", "window", "its end"]
                    .iter()
                    .zip(&texts)
                {
                    table.push_str(&format!(
                        "{cause:<12} {:<3} {front:<13} {text}\n",
                        lang.code
                    ));
                }
            }
        }
    }
    println!("{table}");
}
