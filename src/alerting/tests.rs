//! Alerting's table tests: each transition's news, and reminders, without sleeping.

use super::*;
use crate::model::{Blame, Kind};
use std::time::Duration;

fn tr(service: Option<&str>, from: State, to: State, d: Diagnosis) -> Transition {
    let cause = match (service, to) {
        (_, State::Up) => Cause::None,
        (None, State::Offline) => Cause::Offline,
        _ => Cause::Service,
    };
    let previous_cause = match (service, from) {
        (None, State::Offline) => Cause::Offline,
        (_, State::Down) => Cause::Service,
        _ => Cause::None,
    };
    Transition {
        check: service.map(|_| "CDN throughput".to_owned()),
        diagnosis: d,
        lasted: Some(Duration::from_secs(12 * 60)),
        first_diagnosis: Some(d),
        worst_diagnosis: Some(Diagnosis::TlsCertExpired),
        ..Transition::new(
            service.map(str::to_owned),
            (from, to),
            SystemTime::UNIX_EPOCH,
            (cause, previous_cause),
        )
    }
}

#[test]
fn an_unverified_check_says_so_in_its_notifications() {
    let mut t = tr(
        Some("Tunes"),
        State::Up,
        State::Down,
        Diagnosis::HttpServerError,
    );
    t.unverified = true;
    let down = compose(&t, SPOTIFY).expect("a down notification");
    assert!(
        down.body
            .ends_with("(Unverified: verification is off for CDN throughput.)"),
        "{}",
        down.body
    );
    t.unverified = false;
    let plain = compose(&t, SPOTIFY).expect("a down notification");
    assert!(!plain.body.contains("Unverified"), "{}", plain.body);
}

const SPOTIFY: Context<'static> = Context {
    advice: Some("Downloaded music still plays in offline mode."),
    notify_degraded: false,
    connection_checked: true,
};

#[test]
fn down_names_service_check_blame_and_what_helps() {
    let n = compose(
        &tr(Some("Spotify"), State::Up, State::Down, Diagnosis::Timeout),
        SPOTIFY,
    )
    .unwrap();
    assert_eq!(n.title, "Spotify is down");
    assert_eq!(
        n.body,
        "CDN throughput is failing: stopped responding. It's them: your connection is fine. \
         Downloaded music still plays in offline mode. Logging in again or restarting your router won't help."
    );
}

#[test]
fn down_says_which_clients_are_hit_when_checks_are_grouped() {
    let mut t = tr(
        Some("Spotify"),
        State::Up,
        State::Down,
        Diagnosis::ApHandshakeFailed,
    );
    t.check = Some("access point".into());
    t.groups = Some(
        "The Spotify apps can't connect (access point: the access point handshake fails); the web player works."
            .into(),
    );
    let n = compose(&t, SPOTIFY).unwrap();
    assert_eq!(n.title, "Spotify is down");
    assert_eq!(
        n.body,
        "The Spotify apps can't connect (access point: the access point handshake fails); the web player works. \
         It's them: your connection is fine. Downloaded music still plays in offline mode. \
         Logging in again or restarting your router won't help."
    );
    assert_eq!(n.blame, Blame::Them);
}

#[test]
fn the_access_points_own_causes_have_their_own_news() {
    let mut t = tr(
        Some("Spotify"),
        State::Up,
        State::Degraded,
        Diagnosis::ApPortBlocked,
    );
    t.check = Some("access point".into());
    t.cause = Cause::PortBlocked;
    t.detail = "Your network blocks port 4070 (ap.test:4070); the apps fall back to ap.test:443, a little slower.".into();
    // Degraded news is off by default, and a blocked port is degraded.
    assert_eq!(compose(&t, SPOTIFY), None);
    let loud = Context {
        notify_degraded: true,
        ..SPOTIFY
    };
    let n = compose(&t, loud).unwrap();
    assert_eq!(n.title, "Your network blocks Spotify's preferred port");
    assert!(
        n.body.contains("It's your network, not Spotify."),
        "{}",
        n.body
    );
    assert_eq!((n.kind, n.blame), (Kind::You, Blame::You));

    // An out-of-date Downbeat is said whatever the settings, and never blames Spotify.
    t.cause = Cause::DownbeatOutdated;
    t.diagnosis = Diagnosis::ApUpgradeRequired;
    let n = compose(&t, SPOTIFY).unwrap();
    assert_eq!(n.title, "Downbeat is out of date");
    assert!(n.body.contains("not an outage"), "{}", n.body);
    assert_eq!(n.blame, Blame::You);

    // And each one's end.
    let mut back = tr(Some("Spotify"), State::Degraded, State::Up, Diagnosis::Ok);
    back.previous_cause = Cause::PortBlocked;
    assert_eq!(compose(&back, SPOTIFY), None);
    let n = compose(&back, loud).unwrap();
    assert_eq!(n.title, "Spotify's preferred port gets through again");
    assert_eq!(n.body, "Your network blocked it for 12 min.");
}

#[test]
fn recovery_says_how_long_and_why() {
    let n = compose(
        &tr(Some("Spotify"), State::Down, State::Up, Diagnosis::Ok),
        SPOTIFY,
    )
    .unwrap();
    assert_eq!(n.title, "Spotify is back");
    assert_eq!(
        n.body,
        "Down for 12 min (CDN throughput: TLS certificate expired)."
    );
}

#[test]
fn offline_and_online_point_at_the_user() {
    let n = compose(
        &tr(None, State::Up, State::Offline, Diagnosis::DnsFailure),
        SPOTIFY,
    )
    .unwrap();
    assert_eq!(n.title, "You're offline");
    assert!(n.body.contains("router, Wi-Fi or VPN"), "{}", n.body);
    let n = compose(&tr(None, State::Offline, State::Up, Diagnosis::Ok), SPOTIFY).unwrap();
    assert_eq!(
        (n.title.as_str(), n.body.as_str()),
        ("You're back online", "Your connection was down for 12 min.")
    );
}

/// One notification per cause, naming it and what helps; each one's end has its own words.
#[test]
fn each_cause_has_its_news_and_its_end() {
    let conn = |from, to, cause, previous_cause| Transition {
        cause,
        previous_cause,
        location: Some("http://login.hotel.test/".into()),
        groups: None,
        ..tr(None, from, to, Diagnosis::CaptivePortal)
    };
    let degraded_too = Context {
        notify_degraded: true,
        ..SPOTIFY
    };
    let table = [
        (
            conn(State::Up, State::Down, Cause::CaptivePortal, Cause::None),
            Kind::You,
            "This Wi-Fi wants you to sign in",
            "It sends you to http://login.hotel.test/. Until you sign in, nothing else works",
        ),
        (
            conn(State::Up, State::Down, Cause::DnsResolverDown, Cause::None),
            Kind::You,
            "Your DNS server isn't answering",
            "Restart your router or switch DNS",
        ),
        (
            conn(
                State::Up,
                State::Degraded,
                Cause::SlowConnection,
                Cause::None,
            ),
            Kind::You,
            "Your connection is slow",
            "not just the services",
        ),
        (
            conn(State::Up, State::Offline, Cause::Offline, Cause::None),
            Kind::Offline,
            "You're offline",
            "It's you, not the services",
        ),
        (
            conn(State::Down, State::Up, Cause::None, Cause::CaptivePortal),
            Kind::Online,
            "You're signed in",
            "after 12 min",
        ),
        (
            conn(State::Down, State::Up, Cause::None, Cause::DnsResolverDown),
            Kind::Online,
            "Your DNS works again",
            "for 12 min",
        ),
        (
            conn(
                State::Degraded,
                State::Up,
                Cause::None,
                Cause::SlowConnection,
            ),
            Kind::Online,
            "Your connection is fast again",
            "slow for 12 min",
        ),
        (
            conn(State::Offline, State::Up, Cause::None, Cause::Offline),
            Kind::Online,
            "You're back online",
            "down for 12 min",
        ),
        (
            Transition {
                cause: Cause::DnsFiltered,
                ..tr(
                    Some("Spotify"),
                    State::Up,
                    State::Down,
                    Diagnosis::DnsBlocked,
                )
            },
            Kind::You,
            "Your network blocks Spotify",
            "it's your network that blocks it. Try another network",
        ),
        (
            Transition {
                cause: Cause::Service,
                previous_cause: Cause::DnsFiltered,
                ..tr(
                    Some("Spotify"),
                    State::Down,
                    State::Down,
                    Diagnosis::HttpServerError,
                )
            },
            Kind::Down,
            "Spotify is down",
            "It's them",
        ),
        (
            Transition {
                previous_cause: Cause::DnsFiltered,
                ..tr(Some("Spotify"), State::Down, State::Up, Diagnosis::Ok)
            },
            Kind::Recovered,
            "Spotify gets through again",
            "blocked it for 12 min",
        ),
    ];
    for (t, kind, title, says) in table {
        let n = compose(&t, degraded_too).unwrap_or_else(|| panic!("no news for {t:?}"));
        assert_eq!((n.kind, n.title.as_str()), (kind, title), "{}", n.body);
        assert!(n.body.contains(says), "{title}: {}", n.body);
        assert_eq!(n.blame, t.cause.blame(), "{title}");
    }
    // A slow link is degraded news: said only when degraded states are.
    let slow = conn(
        State::Up,
        State::Degraded,
        Cause::SlowConnection,
        Cause::None,
    );
    assert_eq!(compose(&slow, SPOTIFY), None);
}

#[test]
fn degraded_only_when_asked() {
    let t = tr(
        Some("Spotify"),
        State::Up,
        State::Degraded,
        Diagnosis::StreamTooSlow,
    );
    assert_eq!(compose(&t, SPOTIFY), None);
    let n = compose(
        &t,
        Context {
            notify_degraded: true,
            ..SPOTIFY
        },
    )
    .unwrap();
    assert_eq!(n.title, "Spotify is degraded");
}

/// A round at minute `m`: the baseline's and the service's check, 'U' up or 'F' failed.
fn round(m: u64, base: char, svc: char) -> crate::model::RoundResult {
    use crate::model::{CheckKind, CheckResult, Report, RoundResult, ServiceResult};
    let result = |name: &str, c: char| {
        let d = match c {
            'U' => Diagnosis::Ok,
            // Nothing gets through: offline when the baseline fails alike.
            'O' => Diagnosis::NetworkUnreachable,
            _ => Diagnosis::HttpServerError,
        };
        CheckResult {
            name: name.into(),
            report: Report::bare(CheckKind::Handshake, "https://x.test/", d, d.headline()),
        }
    };
    RoundResult::new(
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + 60 * m),
        vec![result("base", base)],
        vec![ServiceResult::new("Tunes", vec![result("front", svc)])],
    )
}

/// Reminders on a fake clock: rounds a minute apart, each (baseline, service) a letter
/// pair; returns the minutes at which a reminder went out.
fn remind(every: Option<u64>, steps: &str) -> Vec<u64> {
    let mut health = Health::new(crate::config::Thresholds {
        failure: 2,
        recovery: 2,
        degraded: 2,
    });
    let mut alerting = Alerting::new(
        NotifyWhen {
            remind_every: every.map(|m| Duration::from_secs(60 * m)),
            ..NotifyWhen::default()
        },
        true,
    );
    let start = Instant::now();
    let mut out = Vec::new();
    for (m, pair) in steps.split_whitespace().enumerate() {
        let m = m as u64;
        let mut c = pair.chars();
        let (base, svc) = (c.next().unwrap_or('U'), c.next().unwrap_or('U'));
        let r = round(m, base, svc);
        let now = start + Duration::from_secs(60 * m);
        for t in health.observe(&r) {
            alerting.on_transition(&t, None, now);
        }
        let due = alerting.reminders(&health, r.checked_at, now);
        for n in &due {
            assert_eq!(n.kind, Kind::Reminder);
            assert_eq!(n.service.as_deref(), Some("Tunes"), "{}", n.title);
        }
        out.extend(std::iter::repeat_n(m, due.len()));
    }
    out
}

#[test]
fn reminders_come_every_remind_every_while_down_and_only_then() {
    let down_25 = format!("UU UF {}", "UF ".repeat(23));
    let table: &[(&str, Option<u64>, String, &[u64])] = &[
        (
            "told at minute 2, reminded every 10 minutes after",
            Some(10),
            down_25.clone(),
            &[12, 22],
        ),
        ("no reminders unless asked", None, down_25, &[]),
        (
            "none while the user is offline",
            Some(10),
            format!("UU UF UF {}", "FF ".repeat(20)),
            &[],
        ),
        (
            "none after the service is back",
            Some(10),
            format!("UU UF UF UF UU UU {}", "UU ".repeat(20)),
            &[],
        ),
        (
            "a second outage starts its own clock",
            Some(10),
            format!("UU UF UF UU UU UU UF UF {}", "UF ".repeat(12)),
            &[17],
        ),
    ];
    for (what, every, steps, want) in table {
        assert_eq!(remind(*every, steps), *want, "{what}");
    }
}

/// The notification choices: each kind of news shown or not, on the same walk (the
/// connection goes offline and back, then the service goes down and back).
#[test]
fn each_kind_of_news_can_be_turned_off() {
    let walk = "UU OO OO UU UU UF UF UU UU";
    let all = NotifyWhen::default();
    let table: &[(&str, NotifyWhen, &[Kind])] = &[
        (
            "everything on",
            all,
            &[Kind::Offline, Kind::Online, Kind::Down, Kind::Recovered],
        ),
        (
            "no down",
            NotifyWhen { down: false, ..all },
            &[Kind::Offline, Kind::Online, Kind::Recovered],
        ),
        (
            "no recovered",
            NotifyWhen {
                recovered: false,
                ..all
            },
            &[Kind::Offline, Kind::Online, Kind::Down],
        ),
        (
            "no offline",
            NotifyWhen {
                offline: false,
                ..all
            },
            &[Kind::Down, Kind::Recovered],
        ),
        (
            "nothing",
            NotifyWhen {
                down: false,
                recovered: false,
                degraded: false,
                offline: false,
                remind_every: None,
            },
            &[],
        ),
    ];
    for (what, notify, want) in table {
        let mut health = Health::new(crate::config::Thresholds {
            failure: 2,
            recovery: 2,
            degraded: 2,
        });
        let mut alerting = Alerting::new(*notify, true);
        let start = Instant::now();
        let mut got = Vec::new();
        for (m, pair) in walk.split_whitespace().enumerate() {
            let mut c = pair.chars();
            let (base, svc) = (c.next().unwrap_or('U'), c.next().unwrap_or('U'));
            let r = round(m as u64, base, svc);
            let now = start + Duration::from_secs(60 * m as u64);
            for t in health.observe(&r) {
                if let Some(n) = alerting.on_transition(&t, None, now) {
                    got.push(n.kind);
                }
            }
        }
        assert_eq!(&got, want, "{what}");
    }
}

#[test]
fn the_welcome_names_what_is_watched_and_where_to_look() {
    let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let table: &[(&[&str], &str)] = &[
        (&["Spotify"], "Downbeat checks Spotify and tells"),
        (
            &["Spotify", "Deezer"],
            "Downbeat checks Spotify and Deezer and",
        ),
        (&["A", "B", "C"], "Downbeat checks A, B and C and"),
    ];
    for (services, start) in table {
        let n = welcome(&names(services));
        assert_eq!(n.kind, Kind::Welcome);
        assert_eq!(n.title, "Downbeat is watching");
        assert!(n.body.starts_with(start), "{}", n.body);
        assert!(n.body.contains("in the tray menu"), "{}", n.body);
    }
}

/// The outside view's and the status pages' news, as the monitor feeds them in: each token is
/// a round (the baseline's and the service's letters, as in `remind`), an outside answer (`o`
/// and a scope: E everywhere, R a region, H only here, P the provider's network, X partial) or
/// a status page (`p` and its indicator: n none, m minor, M major, e unreadable). Health
/// takes the answer first, as in the monitor. Returns the tokens that were news.
fn news(steps: &str) -> Vec<String> {
    use crate::model::{Outside, VendorIncident, VendorStatus};
    let mut health = Health::new(crate::config::Thresholds {
        failure: 2,
        recovery: 2,
        degraded: 2,
    });
    let mut alerting = Alerting::new(NotifyWhen::default(), true);
    let now = Instant::now();
    let mut out = Vec::new();
    for (m, token) in steps.split_whitespace().enumerate() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + 60 * m as u64);
        let mut c = token.chars();
        let (a, b) = (c.next().unwrap_or('U'), c.next().unwrap_or('U'));
        let note = match a {
            'o' => {
                let scope = match b {
                    'E' => Scope::Everywhere,
                    'R' => Scope::Region,
                    'H' => Scope::OnlyHere,
                    'P' => Scope::Provider,
                    _ => Scope::Partial,
                };
                let seen = Outside {
                    scope,
                    probes: 10,
                    failing: if scope == Scope::OnlyHere { 0 } else { 10 },
                    countries: 3,
                    ..Outside::unknown(Some("GB".into()), "")
                };
                health.seen_elsewhere("Tunes", scope, at);
                alerting.on_outside("Tunes", &seen, &health)
            }
            'p' => {
                let indicator = match b {
                    'm' => Some("minor"),
                    'M' => Some("major"),
                    'n' => Some("none"),
                    _ => None,
                };
                let page = VendorStatus {
                    page: "https://status.tunes.test/".into(),
                    indicator: indicator.map(str::to_owned),
                    description: Some("Partial System Outage".into()),
                    incidents: match b {
                        'm' | 'M' => vec![VendorIncident {
                            name: "Playback issues".into(),
                            status: "investigating".into(),
                            impact: Some("major".into()),
                            shortlink: None,
                            created_at: None,
                        }],
                        _ => Vec::new(),
                    },
                    affected: Vec::new(),
                    components: 4,
                    error: (b == 'e').then(|| "connection refused".into()),
                };
                alerting.on_status_page("Tunes", &page, &health, at)
            }
            _ => {
                let r = round(m as u64, a, b);
                for t in health.observe(&r) {
                    alerting.on_transition(&t, None, now);
                }
                None
            }
        };
        if let Some(n) = note {
            assert_eq!(n.service.as_deref(), Some("Tunes"));
            out.push(token.to_owned());
        }
    }
    out
}

#[test]
fn outside_answers_and_status_pages_are_news_once_per_failure() {
    let table: &[(&str, &[&str])] = &[
        // Down on their side: the world's first answer is news; the same again (asked every ten
        // minutes) is not; a new one is.
        ("UU UF UF oE oE oH oH oP", &["oE", "oH", "oP"]),
        // The vendor's page naming a problem is news once per indicator of this failure.
        ("UU UF UF pn pM pM pm", &["pM", "pm"]),
        // While it works here, or while the user's side explains it, a page is never news.
        ("UU pM UU pM", &[]),
        ("OO OO OO pM", &[]),
        // Once the world says it works elsewhere (this network's path), the page isn't news.
        ("UU UF UF oH pM", &["oH"]),
        // A failure that ends forgets what was said: the next one is told afresh.
        (
            "UU UF UF oE pM UU UU UF UF oE pM",
            &["oE", "pM", "oE", "pM"],
        ),
        // An unclear answer and an unreadable page are no news.
        ("UU UF UF oX pe", &[]),
        // An answer that comes once it is back is about a failure that ended: no news, and the
        // next failure's same answer is news.
        ("UU UF UF UU UU oE UF UF oE", &["oE"]),
    ];
    for (steps, want) in table {
        assert_eq!(news(steps), *want, "{steps}");
    }
}

/// The status page's news speaks of the vendor's own words, on their side.
#[test]
fn a_status_page_update_quotes_the_page_and_blames_them() {
    let out = news("UU UF UF pM");
    assert_eq!(out, ["pM"]);
    let page = crate::model::VendorStatus {
        page: "https://status.tunes.test/".into(),
        indicator: Some("major".into()),
        description: Some("Partial System Outage".into()),
        incidents: Vec::new(),
        affected: Vec::new(),
        components: 0,
        error: None,
    };
    let n = status_page_update("Tunes", &page, 0).expect("news");
    assert_eq!(n.title, "Tunes's status page confirms a problem");
    assert_eq!(
        n.body,
        "Tunes's status page: Partial System Outage. It's them, not you."
    );
    assert_eq!((n.kind, n.blame), (Kind::Down, Blame::Them));
}

/// A reload that drops a service forgets what was told of it: added back and failing the same
/// way, its first outside answer is news again.
#[test]
fn a_reload_forgets_what_was_told_of_a_service_it_drops() {
    use crate::model::Outside;
    let mut health = Health::new(crate::config::Thresholds {
        failure: 2,
        recovery: 2,
        degraded: 2,
    });
    let with = |names: &[&str]| {
        let mut c = crate::config::Config::parse("baseline = []\n", crate::config::Source::BuiltIn)
            .unwrap();
        c.services.retain(|_| false);
        for name in names {
            let mut s = crate::config::Config::parse(
                &format!("baseline = []\n[[service]]\nname = \"{name}\"\n[[service.check]]\nname = \"front\"\nurl = \"https://x.test/\"\n"),
                crate::config::Source::BuiltIn,
            )
            .unwrap();
            c.services.append(&mut s.services);
        }
        c
    };
    let mut alerting = Alerting::new(NotifyWhen::default(), true);
    let seen = Outside {
        scope: Scope::Everywhere,
        probes: 10,
        failing: 10,
        countries: 3,
        ..Outside::unknown(Some("GB".into()), "")
    };
    for m in 0..3 {
        health.observe(&round(m, 'U', if m == 0 { 'U' } else { 'F' }));
    }
    assert!(alerting.on_outside("Tunes", &seen, &health).is_some());
    assert!(
        alerting.on_outside("Tunes", &seen, &health).is_none(),
        "said once"
    );
    alerting.reconfigure(&with(&["Tunes"]));
    assert!(
        alerting.on_outside("Tunes", &seen, &health).is_none(),
        "kept: still said"
    );
    alerting.reconfigure(&with(&["Radio"]));
    alerting.reconfigure(&with(&["Tunes"]));
    assert!(
        alerting.on_outside("Tunes", &seen, &health).is_some(),
        "dropped and added back: news again"
    );
}
