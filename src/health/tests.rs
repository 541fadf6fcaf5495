//! Health's table tests: scenarios as letters, no sleeping.

use super::*;
use crate::model::{CheckKind, Report, ServiceResult};

fn result(name: &str, report: &Report) -> CheckResult {
    CheckResult {
        name: name.into(),
        report: report.clone(),
    }
}

fn report(status: Status) -> Report {
    let diagnosis = match status {
        Status::Up => Diagnosis::Ok,
        Status::Degraded => Diagnosis::Slow,
        Status::Down => Diagnosis::HttpServerError,
    };
    Report::bare(
        CheckKind::Handshake,
        "https://svc.test/",
        diagnosis,
        diagnosis.as_str(),
    )
}

const T: Thresholds = Thresholds {
    failure: 2,
    recovery: 2,
    degraded: 2,
};

/// One step of a scenario: the baseline's result and the service's, as letters:
/// U up, D degraded, F failed, E failed with an HTTP answer (503), '-' not run.
type Step = (&'static str, char);

/// Runs a scenario; returns the transitions as "svc:from>to" / "net:from>to" per step.
fn play(steps: &[Step]) -> Vec<String> {
    let mut h = Health::new(T);
    let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    let mut out = Vec::new();
    for (i, (base, svc)) in steps.iter().enumerate() {
        let at = start + Duration::from_secs(60 * i as u64);
        let status = |c: char| match c {
            'U' => Status::Up,
            'D' => Status::Degraded,
            _ => Status::Down,
        };
        let names = ["b1", "b2", "b3"];
        let answered = |c: char| {
            let mut r = report(status(c));
            if c == 'E' {
                r.http_status = Some(503);
            }
            r
        };
        let baseline: Vec<CheckResult> = base
            .chars()
            .enumerate()
            .map(|(i, c)| result(names[i], &answered(c)))
            .collect();
        let services = if *svc == '-' {
            vec![]
        } else {
            vec![ServiceResult::new(
                "Spotify",
                vec![result("front", &report(status(*svc)))],
            )]
        };
        for tr in h.observe(&RoundResult::new(at, baseline, services)) {
            if (tr.from, tr.to) == (State::Unknown, State::Up) {
                continue; // the first state: reported, but not news
            }
            let who = if tr.service.is_some() { "svc" } else { "net" };
            let mut s = format!("{i}:{who}:{}>{}", tr.from, tr.to);
            if let Some(l) = tr.lasted.filter(|_| tr.from > State::Up) {
                s.push_str(&format!(" {}m", l.as_secs() / 60));
            }
            if tr.service.is_some() && tr.to != State::Up {
                assert_eq!(tr.blame(), Blame::Them);
                assert_eq!(tr.check.as_deref(), Some("front"));
            }
            out.push(s);
        }
    }
    out
}

#[test]
fn scenarios() {
    let table: &[(&str, &[Step], &[&str])] = &[
        (
            "healthy start is not news",
            &[("UU", 'U'), ("UU", 'U')],
            &[],
        ),
        (
            "a single transient failure does not alert",
            &[("UU", 'U'), ("UU", 'F'), ("UU", 'U'), ("UU", 'U')],
            &[],
        ),
        (
            "two failures in a row go down; two passes come back, with the outage's length",
            &[
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &["2:svc:up>down", "5:svc:down>up 3m"],
        ),
        (
            "flapping never alerts",
            &[
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'U'),
            ],
            &[],
        ),
        (
            "flapping while down does not recover",
            &[
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &["1:svc:unknown>down", "7:svc:down>up 6m"],
        ),
        (
            "offline blames nobody's service: no down alert",
            &[
                ("UU", 'U'),
                ("FF", 'F'),
                ("FF", 'F'),
                ("FF", 'F'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &["2:net:up>offline", "5:net:offline>up 3m"],
        ),
        (
            "one baseline check passing is not offline",
            &[("UU", 'U'), ("FU", 'F'), ("FU", 'F')],
            &["2:svc:up>down"],
        ),
        (
            "baseline sites answering 503 prove the connection: the service is to blame",
            &[("UU", 'U'), ("EE", 'F'), ("EE", 'F'), ("EE", 'F')],
            &["2:svc:up>down"],
        ),
        (
            "a site that answers beside one that can't be reached is not offline either",
            &[("UU", 'U'), ("EF", 'U'), ("EF", 'U'), ("EF", 'U')],
            &[],
        ),
        (
            "going offline while a service is down, then back online into a still-down service",
            &[
                ("UU", 'U'),
                ("UU", 'F'),
                ("UU", 'F'), // down at 2
                ("FF", 'F'),
                ("FF", 'F'),
                ("FF", 'F'), // offline at 4, service stays down, no alert
                ("UU", 'F'),
                ("UU", 'F'), // back online at 7 (two passes); still down, no new alert
                ("UU", 'U'),
                ("UU", 'U'), // recovers at 9, 7 minutes after it went down
            ],
            &[
                "2:svc:up>down",
                "4:net:up>offline",
                "7:net:offline>up 3m",
                "9:svc:down>up 7m",
            ],
        ),
        (
            "degraded to down to up",
            &[
                ("UU", 'U'),
                ("UU", 'D'),
                ("UU", 'D'),
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &[
                "2:svc:up>degraded",
                "4:svc:degraded>down 2m",
                "6:svc:down>up 2m",
            ],
        ),
        (
            "recovering into degraded",
            &[
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", 'D'),
                ("UU", 'D'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &[
                "1:svc:unknown>down",
                "3:svc:down>degraded 2m",
                "5:svc:degraded>up 2m",
            ],
        ),
        (
            "offline at start-up",
            &[("FF", 'F'), ("FF", 'F'), ("UU", 'U'), ("UU", 'U')],
            &["1:net:unknown>offline", "3:net:offline>up 2m"],
        ),
        (
            "a service not run this round keeps its state",
            &[
                ("UU", 'F'),
                ("UU", 'F'),
                ("UU", '-'),
                ("UU", 'U'),
                ("UU", 'U'),
            ],
            &["1:svc:unknown>down", "4:svc:down>up 3m"],
        ),
    ];
    for (name, steps, want) in table {
        assert_eq!(play(steps), *want, "scenario: {name}");
    }
}

/// A round of the user's side, as a letter: `U` fine, `P` a captive portal, `R` the DNS
/// server down (the reference answers), `F` the service's name filtered, `X` the service
/// itself failing (503), `S` everything slow, `O` nothing answers; where on this side (#34):
/// `N` no network, `G` the router gone, `L` the line beyond it down, `V` a VPN passing nothing,
/// `6` IPv6 failing while IPv4 works.
fn side_round(i: usize, c: char) -> RoundResult {
    use crate::model::{
        Family, FamilyOutcome, FamilyTry, LocalPath, Route, RouterAnswer, RouterProbe,
    };
    let route = |interface: &str, gateway: Option<&str>, tunnel: bool| Route {
        interface: interface.into(),
        gateway: gateway.map(|g| g.parse().unwrap()),
        up: true,
        has_address: true,
        tunnel,
        split: false,
        ppp: false,
        index: 2,
    };
    let home = |answer: Option<RouterAnswer>| LocalPath {
        known: true,
        ipv4: Some(route("eth0", Some("192.168.1.1"), false)),
        ipv6: Some(route("eth0", Some("fe80::1"), false)),
        link: Some(route("eth0", Some("192.168.1.1"), false)),
        router: answer.map(|answer| RouterProbe {
            addr: "192.168.1.1".parse().unwrap(),
            answer,
            took_ms: 1.0,
            echo_allowed: false,
        }),
    };
    let path = match c {
        'N' => Some(LocalPath {
            known: true,
            ..LocalPath::default()
        }),
        'G' => Some(home(Some(RouterAnswer::Silent))),
        'L' => Some(home(Some(RouterAnswer::Tcp(53)))),
        'V' => Some(LocalPath {
            known: true,
            ipv4: Some(route("wg0", None, true)),
            link: Some(route("eth0", Some("192.168.1.1"), false)),
            ..LocalPath::default()
        }),
        '6' => Some(home(None)),
        _ => None,
    };
    if let Some(path) = path {
        let mut round = side_round(i, if c == '6' { 'U' } else { 'O' });
        if c == '6' {
            let t = |family, address: &str, outcome| FamilyTry {
                family,
                address: address.parse().unwrap(),
                outcome,
                ms: None,
            };
            round.baseline[0].report.families = vec![
                t(Family::Ipv6, "[2001:db8::1]:80", FamilyOutcome::TimedOut),
                t(Family::Ipv4, "192.0.2.1:80", FamilyOutcome::Connected),
            ];
        }
        return round.with_path(path);
    }
    use crate::model::{DnsFinding, ReferenceAnswer, ResolverAnswer, ViaReference};
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + 60 * i as u64);
    let bare = |d: Diagnosis| Report::bare(CheckKind::Handshake, "http://x.test/", d, "");
    let answered = |d: Diagnosis| {
        let mut r = bare(d);
        r.phases.dns = Some(Duration::ZERO);
        r.http_status = Some(if d == Diagnosis::Ok { 200 } else { 503 });
        r
    };
    let through_reference = |resolver, d| {
        let mut r = bare(d);
        r.dns = Some(DnsFinding {
            host: "x.test".into(),
            resolver,
            sinkhole: None,
            reference: ReferenceAnswer::Resolved,
            reference_server: None,
            reference_addr: None,
            via_reference: Some(ViaReference {
                status: Status::Up,
                diagnosis: Diagnosis::Ok,
                detail: crate::model::Message::empty(),
                reached: true,
            }),
        });
        r
    };
    let (base, svc) = match c {
        'P' => {
            let mut p = answered(Diagnosis::CaptivePortal);
            p.http_status = Some(302);
            (p, answered(Diagnosis::TlsCertUntrusted))
        }
        'R' => (
            through_reference(ResolverAnswer::Failed, Diagnosis::DnsFailure),
            through_reference(ResolverAnswer::Failed, Diagnosis::DnsFailure),
        ),
        'F' => (
            answered(Diagnosis::Ok),
            through_reference(ResolverAnswer::Sinkhole, Diagnosis::DnsBlocked),
        ),
        'X' => (
            answered(Diagnosis::Ok),
            answered(Diagnosis::HttpServerError),
        ),
        'S' => (
            bare(Diagnosis::StreamTooSlow),
            bare(Diagnosis::StreamTooSlow),
        ),
        'O' => (bare(Diagnosis::TcpTimeout), bare(Diagnosis::TcpTimeout)),
        _ => (answered(Diagnosis::Ok), answered(Diagnosis::Ok)),
    };
    RoundResult::new(
        at,
        vec![result("base", &base)],
        vec![ServiceResult::new("Spotify", vec![result("front", &svc)])],
    )
}

/// The user's side over time: each cause confirmed like a check, one transition per change
/// of cause, and the service never blamed (nor even counted) for the user's side.
#[test]
fn causes_are_tracked_and_the_service_is_never_blamed_for_the_users_side() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "a portal, confirmed, then gone",
            "UPPPUU",
            &["2:net:captive_portal", "5:net:none"],
        ),
        (
            "a dead DNS server",
            "URRUU",
            &["2:net:dns_resolver_down", "4:net:none"],
        ),
        (
            "a slow link (degraded threshold 2)",
            "USSUU",
            &["2:net:slow_connection", "4:net:none"],
        ),
        ("offline", "UOOUU", &["2:net:offline", "4:net:none"]),
        (
            "a filter, then the service's own outage: two causes",
            "UFFXXUU",
            &["2:svc:dns_filtered", "3:svc:service", "6:svc:none"],
        ),
        (
            "from a portal straight to offline",
            "UPPOO",
            &["2:net:captive_portal", "4:net:offline"],
        ),
        ("one odd round is not news", "UPUOU", &[]),
        ("no network", "UNNUU", &["2:net:no_network", "4:net:none"]),
        (
            "the router gone, then back but the line beyond it down: one change each",
            "UGGLLUU",
            &["2:net:router_down", "4:net:line_down", "6:net:none"],
        ),
        (
            "a VPN passing nothing",
            "UVVUU",
            &["2:net:vpn_down", "4:net:none"],
        ),
        (
            "IPv6 broken while IPv4 works (degraded threshold 2)",
            "U66UU",
            &["2:net:ipv6_broken", "4:net:none"],
        ),
        (
            "offline where unknown, then told finer: a change of cause",
            "UOOGG",
            &["2:net:offline", "4:net:router_down"],
        ),
        (
            "a filter lifted: on its way back it is still the filter, not the service",
            "UFFUUU",
            &["2:svc:dns_filtered", "4:svc:none"],
        ),
    ];
    for (what, steps, want) in table {
        let mut h = Health::new(T);
        let mut got = Vec::new();
        for (i, c) in steps.chars().enumerate() {
            for tr in h.observe(&side_round(i, c)) {
                if tr.from == State::Unknown {
                    continue;
                }
                let who = if tr.service.is_some() { "svc" } else { "net" };
                got.push(format!("{i}:{who}:{}", tr.cause));
            }
        }
        assert_eq!(got, *want, "{what}");
    }
}

#[test]
fn recovery_reports_first_and_worst_diagnosis() {
    let mut h = Health::new(T);
    let at = SystemTime::UNIX_EPOCH;
    let ok = report(Status::Up);
    let slow = report(Status::Degraded);
    let mut fail = report(Status::Down);
    fail.diagnosis = Diagnosis::TlsCertExpired;
    let mut seq: Vec<&Report> = vec![&ok, &slow, &slow, &fail, &fail, &ok];
    seq.push(&ok);
    let mut last = Vec::new();
    for (i, r) in seq.iter().enumerate() {
        let services = vec![ServiceResult::new("S", vec![result("c", r)])];
        last = h.observe(&RoundResult::new(
            at + Duration::from_secs(i as u64),
            vec![],
            services,
        ));
    }
    assert_eq!(last.len(), 1);
    assert_eq!(last[0].to, State::Up);
    assert_eq!(last[0].first_diagnosis, Some(Diagnosis::Slow));
    assert_eq!(last[0].worst_diagnosis, Some(Diagnosis::TlsCertExpired));
}

/// A grouped service's transitions say which groups are hit, by the checks' confirmed states;
/// a blocked access-point port and an out-of-date hello are causes of their own, not the
/// service's.
#[test]
fn transitions_say_which_groups_are_hit_and_whose_the_ap_findings_are() {
    let groups: Arc<[Group]> = vec![
        Group {
            name: "the Spotify apps".into(),
            plural: true,
            checks: vec!["access point".into()],
        },
        Group {
            name: "the web player".into(),
            plural: false,
            checks: vec!["web player".into()],
        },
    ]
    .into();
    let at = SystemTime::UNIX_EPOCH;
    let bare = |d: Diagnosis| Report::bare(CheckKind::SpotifyAp, "https://ap.test/", d, "");
    let round = |i: u64, ap: Diagnosis| {
        RoundResult::new(
            at + Duration::from_secs(60 * i),
            vec![],
            vec![ServiceResult::new(
                "Spotify",
                vec![
                    result("access point", &bare(ap)),
                    result("web player", &bare(Diagnosis::Ok)),
                ],
            )
            .with_groups(groups.clone())],
        )
    };
    #[rustfmt::skip]
    type Want = (State, Cause, Option<&'static str>);
    let table: &[(&str, &[Diagnosis], &[Want])] = &[
        ("the handshake fails, confirmed",
         &[Diagnosis::Ok, Diagnosis::ApHandshakeFailed, Diagnosis::ApHandshakeFailed, Diagnosis::Ok, Diagnosis::Ok],
         &[(State::Down, Cause::Service, Some("The Spotify apps can't connect (access point: the access point handshake fails); the web player works.")),
           (State::Up, Cause::None, None)]),
        ("a blocked port is this network's",
         &[Diagnosis::Ok, Diagnosis::ApPortBlocked, Diagnosis::ApPortBlocked],
         &[(State::Degraded, Cause::PortBlocked, Some("The Spotify apps are degraded (access point: your network blocks its preferred port); the web player works."))]),
        ("an upgrade demand is Downbeat's",
         &[Diagnosis::Ok, Diagnosis::ApUpgradeRequired, Diagnosis::ApUpgradeRequired],
         &[(State::Degraded, Cause::DownbeatOutdated, Some("The Spotify apps are degraded (access point: it asks for a newer Downbeat); the web player works."))]),
    ];
    for (what, steps, want) in table {
        let mut h = Health::new(T);
        let mut got = Vec::new();
        for (i, d) in steps.iter().enumerate() {
            for tr in h.observe(&round(i as u64, *d)) {
                if tr.from != State::Unknown {
                    got.push((tr.to, tr.cause, tr.groups.clone()));
                }
            }
        }
        let want: Vec<(State, Cause, Option<String>)> = want
            .iter()
            .map(|(s, c, g)| (*s, *c, g.map(str::to_owned)))
            .collect();
        assert_eq!(got, want, "{what}");
    }
}

/// The outside view saying it works from everywhere but here turns a service's own failure into
/// `network_path`, the user's side: one transition, then nothing while it lasts; a recovery
/// ends it, and the next failure is `service` again until the world is asked anew.
#[test]
fn seen_from_elsewhere_only_here_is_the_users_side_until_it_recovers() {
    let mut h = Health::new(T);
    let start = SystemTime::UNIX_EPOCH + Duration::from_secs(2_000_000);
    let round = |i: u64, svc: Status| {
        RoundResult::new(
            start + Duration::from_secs(60 * i),
            vec![result("b1", &report(Status::Up))],
            vec![ServiceResult::new(
                "Spotify",
                vec![result("front", &report(svc))],
            )],
        )
    };
    let causes = |ts: Vec<Transition>| -> Vec<(State, Cause)> {
        ts.iter()
            .filter(|t| t.service.is_some())
            .map(|t| (t.to, t.cause))
            .collect()
    };
    let at = |i: u64| start + Duration::from_secs(60 * i);
    // Up, then down (their side, by what is seen here).
    h.observe(&round(0, Status::Up));
    h.observe(&round(1, Status::Down));
    assert_eq!(
        causes(h.observe(&round(2, Status::Down))),
        [(State::Down, Cause::Service)]
    );
    // Nothing while up: an answer about nothing changes nothing.
    assert!(h.seen_elsewhere("Radio", Scope::OnlyHere, at(2)).is_none());
    // The world: it works everywhere but here.
    let t = h.seen_elsewhere("Spotify", Scope::OnlyHere, at(3)).unwrap();
    assert_eq!(
        (t.from, t.to, t.cause, t.previous_cause),
        (State::Down, State::Down, Cause::NetworkPath, Cause::Service)
    );
    assert_eq!(t.blame(), Blame::You);
    assert!(
        h.seen_elsewhere("Spotify", Scope::OnlyHere, at(3))
            .is_none(),
        "said once"
    );
    // Still failing here: no news, and it stays the user's side.
    assert!(causes(h.observe(&round(4, Status::Down))).is_empty());
    assert_eq!(h.cause(), Cause::NetworkPath);
    // Asked again later, it fails elsewhere too now: theirs again, one transition; and back.
    let t = h
        .seen_elsewhere("Spotify", Scope::Everywhere, at(4))
        .unwrap();
    assert_eq!(
        (t.cause, t.previous_cause),
        (Cause::Service, Cause::NetworkPath)
    );
    assert!(h
        .seen_elsewhere("Spotify", Scope::OnlyHere, at(4))
        .is_some());
    // Failing on the user's provider's network elsewhere too: the provider's.
    let t = h.seen_elsewhere("Spotify", Scope::Provider, at(4)).unwrap();
    assert_eq!(
        (t.cause, t.previous_cause, t.blame()),
        (Cause::Provider, Cause::NetworkPath, Blame::You)
    );
    // A region's or a mixed answer changes no cause: theirs again.
    for scope in [Scope::Region, Scope::Partial, Scope::Unknown] {
        h.seen_elsewhere("Spotify", Scope::OnlyHere, at(4));
        let t = h.seen_elsewhere("Spotify", scope, at(4)).unwrap();
        assert_eq!(t.cause, Cause::Service, "{scope:?}");
    }
    // Back: up, and the next failure is theirs again until the world is asked.
    h.observe(&round(5, Status::Up));
    assert_eq!(
        causes(h.observe(&round(6, Status::Up))),
        [(State::Up, Cause::None)]
    );
    h.observe(&round(7, Status::Down));
    assert_eq!(
        causes(h.observe(&round(8, Status::Down))),
        [(State::Down, Cause::Service)]
    );
}

/// A service of two checks, `front` and `cdn`: after each round, its state and what the
/// schedule reads of it (suspect: confirm a failure soon; recovering: confirm a recovery
/// soon). A working sibling never makes a down service "recovering" (it was checked every
/// `interval / 4` for as long as the outage lasted), and a failure below the threshold is
/// "checking", never up, even at start.
#[test]
fn two_checks_state_and_what_the_schedule_reads() {
    type Row<'a> = (&'a str, &'a [(char, char)], &'a [(State, bool, bool)]);
    use State::{Down, Unknown, Up};
    let table: &[Row] = &[
        (
            "front fails from the start, cdn works: checking, then down, never recovering",
            &[('F', 'U'), ('F', 'U'), ('F', 'U'), ('F', 'U')],
            &[
                (Unknown, true, false),
                (Down, false, false),
                (Down, false, false),
                (Down, false, false),
            ],
        ),
        (
            "both work at start: up at once",
            &[('U', 'U')],
            &[(Up, false, false)],
        ),
        (
            "front down, then passes: recovering until the recovery threshold",
            &[('F', 'U'), ('F', 'U'), ('U', 'U'), ('U', 'U')],
            &[
                (Unknown, true, false),
                (Down, false, false),
                (Down, false, true),
                (Up, false, false),
            ],
        ),
        (
            "up, then a first failure: suspect, still up until confirmed",
            &[('U', 'U'), ('F', 'U'), ('F', 'U')],
            &[(Up, false, false), (Up, true, false), (Down, false, false)],
        ),
    ];
    for (name, rounds, want) in table {
        let mut h = Health::new(T);
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let mut got = Vec::new();
        for (i, (front, cdn)) in rounds.iter().enumerate() {
            let at = start + Duration::from_secs(2 * i as u64);
            let st = |c: char| if c == 'U' { Status::Up } else { Status::Down };
            let svc = ServiceResult::new(
                "Tunes",
                vec![
                    result("front", &report(st(*front))),
                    result("cdn", &report(st(*cdn))),
                ],
            );
            let baseline = vec![result("b1", &report(Status::Up))];
            let ts = h.observe(&RoundResult::new(at, baseline, vec![svc]));
            let s = h.service("Tunes").expect("observed");
            got.push((s.state, s.suspect(), s.recovering()));
            // Never "up" with a failing check below the threshold.
            for t in ts.iter().filter(|t| t.service.is_some()) {
                assert!(
                    !(t.to == Up && *front == 'F'),
                    "{name}: round {i} said up during a failure"
                );
            }
        }
        assert_eq!(&got, want, "{name}");
    }
}

/// An outage begins at its first failure and ends at its first pass, not at the rounds that
/// confirmed them: the incident, the card's "Since" and "down for" all read the same truth (a
/// service failing from the start showed 7.75% uptime for the confirmation's few seconds).
#[test]
fn an_outage_begins_at_its_first_failure_and_ends_at_its_first_pass() {
    let mut h = Health::new(T);
    let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    let at = |s: u64| t0 + Duration::from_secs(s);
    let round = |s: u64, st: Status| {
        RoundResult::new(
            at(s),
            vec![result("b1", &report(Status::Up))],
            vec![ServiceResult::new(
                "Tunes",
                vec![result("front", &report(st))],
            )],
        )
    };
    let mut seen = Vec::new();
    for (s, st) in [
        (0, Status::Up),
        (10, Status::Down),
        (12, Status::Down),
        (20, Status::Up),
        (22, Status::Up),
    ] {
        for t in h
            .observe(&round(s, st))
            .into_iter()
            .filter(|t| t.service.is_some())
        {
            seen.push((
                t.to,
                t.at.duration_since(t0).unwrap().as_secs(),
                t.since.duration_since(t0).unwrap().as_secs(),
                t.lasted.map(|d| d.as_secs()),
            ));
        }
    }
    assert_eq!(
        seen,
        [
            (State::Up, 0, 0, None),
            // Confirmed at 12 s, down since 10 s.
            (State::Down, 12, 10, Some(10)),
            // Confirmed at 22 s, back since 20 s: down for 10 s.
            (State::Up, 22, 20, Some(10)),
        ]
    );
    assert_eq!(h.service("Tunes").and_then(|s| s.since), Some(at(20)));
    // The card's "Since" (the cause's start) is the outage's start too, not its confirmation.
    let mut h = Health::new(T);
    h.observe(&round(0, Status::Up));
    h.observe(&round(10, Status::Down));
    h.observe(&round(12, Status::Down));
    let s = h.service("Tunes").unwrap();
    assert_eq!((s.since, s.cause_since), (Some(at(10)), Some(at(10))));
}
