//! Alerting, a pure policy: what to say on each transition, and when to remind that a service is
//! still down. The monitor delivers what it composes through a [`crate::notify::Notifier`].

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use crate::health::Health;
use crate::model::time::human_span;
use crate::model::{Blame, Cause, Diagnosis, Kind, Notification, State, Transition};

/// What to say about a service: its name and an optional line of advice for outages (from the
/// preset, e.g. "Downloaded music still plays in offline mode.").
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub advice: Option<&'a str>,
    pub notify_degraded: bool,
}

fn what_fails(check: &str) -> String {
    let mut c = check.chars();
    match c.next() {
        Some(f) => format!("{}{}", f.to_uppercase(), c.as_str()),
        None => "A check".to_owned(),
    }
}

/// The notification for a transition, if it deserves one. A check that runs with TLS
/// verification off (`insecure = true`) says so in every notification it causes.
pub fn compose(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let mut n = news(t, ctx)?;
    if t.unverified {
        n.body.push_str(&format!(
            " (Unverified: verification is off for {}.)",
            t.check.as_deref().unwrap_or("this check")
        ));
    }
    Some(n)
}

fn news(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let check = t.check.clone();
    let check_name = check.as_deref().unwrap_or("a check");
    let Some(service) = t.service.clone() else {
        return connection_news(t, ctx);
    };
    if t.cause == Cause::DnsFiltered {
        return Some(Notification {
            kind: Kind::You,
            title: format!("Your network blocks {service}"),
            body: format!(
                "Its DNS won't give {service}'s address ({check_name}), but public DNS does: it's your network that blocks it. {}",
                Cause::DnsFiltered.advice()
            ),
            service: Some(service),
            check,
            blame: Blame::You,
        });
    }
    if t.previous_cause == Cause::DnsFiltered && t.to == State::Up {
        return Some(Notification {
            kind: Kind::Recovered,
            title: format!("{service} gets through again"),
            body: match t.lasted {
                Some(d) => format!("Your network's DNS blocked it for {}.", human_span(d)),
                None => "Your network's DNS no longer blocks it.".into(),
            },
            service: Some(service),
            check,
            blame: Blame::None,
        });
    }
    if let Some(n) = own_side_news(t, ctx, &service) {
        return n;
    }
    let them = "It's them: your connection is fine.";
    match (t.from, t.to) {
        (_, State::Down) => {
            // Which clients are hit, when the service's checks are grouped.
            let mut body = match &t.groups {
                Some(g) => format!("{g} {them}"),
                None => format!(
                    "{} is failing: {}. {them}",
                    what_fails(check_name),
                    t.diagnosis.headline()
                ),
            };
            if let Some(a) = ctx.advice {
                body.push(' ');
                body.push_str(a);
            }
            body.push_str(" Logging in again or restarting your router won't help.");
            Some(Notification {
                kind: Kind::Down,
                title: format!("{service} is down"),
                body,
                service: Some(service),
                check,
                blame: Blame::Them,
            })
        }
        (State::Down, State::Up | State::Degraded) => {
            let how = t
                .worst_diagnosis
                .or(t.first_diagnosis)
                .map(Diagnosis::headline)
                .unwrap_or("failing");
            let still = if t.to == State::Degraded {
                " It is still slower than usual."
            } else {
                ""
            };
            Some(Notification {
                kind: Kind::Recovered,
                title: format!("{service} is back"),
                body: match t.lasted {
                    Some(d) => format!("Down for {} ({check_name}: {how}).{still}", human_span(d)),
                    None => format!("{check_name} works again.{still}"),
                },
                service: Some(service),
                check,
                blame: Blame::None,
            })
        }
        (_, State::Degraded) if ctx.notify_degraded => Some(Notification {
            kind: Kind::Degraded,
            title: format!("{service} is degraded"),
            body: match &t.groups {
                Some(g) => format!("{g} {them}"),
                None => format!(
                    "{}: {}. {them}",
                    what_fails(check_name),
                    t.diagnosis.headline()
                ),
            },
            service: Some(service),
            check,
            blame: Blame::Them,
        }),
        (State::Degraded, State::Up) if ctx.notify_degraded => Some(Notification {
            kind: Kind::Recovered,
            title: format!("{service} is back to normal"),
            body: match t.lasted {
                Some(d) => format!("Degraded for {}.", human_span(d)),
                None => "Working normally again.".into(),
            },
            service: Some(service),
            check,
            blame: Blame::None,
        }),
        _ => None,
    }
}

/// News of a service whose trouble is on this side for a reason of its own: this network blocks
/// its preferred port, or Downbeat is out of date. `None` when the transition is not one of
/// those; `Some(None)` when it is, but says nothing (degraded news is off).
fn own_side_news(t: &Transition, ctx: Context<'_>, service: &str) -> Option<Option<Notification>> {
    let note = |kind, title: String, body: String, blame| {
        Some(Notification {
            kind,
            title,
            body,
            service: Some(service.to_owned()),
            check: t.check.clone(),
            blame,
        })
    };
    let check = t.check.as_deref().unwrap_or("a check");
    Some(match (t.cause, t.previous_cause) {
        (Cause::PortBlocked, _) if !ctx.notify_degraded => None,
        (Cause::PortBlocked, _) => note(
            Kind::You,
            format!("Your network blocks {service}'s preferred port"),
            format!("{} It's your network, not {service}. {}", t.detail, Cause::PortBlocked.advice()),
            Blame::You,
        ),
        // Said whatever the settings: until Downbeat is updated, this check can't judge.
        (Cause::DownbeatOutdated, _) => note(
            Kind::You,
            "Downbeat is out of date".to_owned(),
            format!(
                "{service} answered {check}, but asks for a newer client: that is Downbeat's own hello, not an outage. {}",
                Cause::DownbeatOutdated.advice()
            ),
            Blame::You,
        ),
        (Cause::None, Cause::PortBlocked) if t.to == State::Up && ctx.notify_degraded => note(
            Kind::Recovered,
            format!("{service}'s preferred port gets through again"),
            match t.lasted {
                Some(d) => format!("Your network blocked it for {}.", human_span(d)),
                None => "Your network no longer blocks it.".into(),
            },
            Blame::None,
        ),
        (Cause::None, Cause::PortBlocked) if t.to == State::Up => None,
        (Cause::None, Cause::DownbeatOutdated) if t.to == State::Up => note(
            Kind::Recovered,
            format!("{service}'s access point accepts Downbeat again"),
            format!("{check} works again."),
            Blame::None,
        ),
        _ => return None,
    })
}

/// News about the user's side: offline, a captive portal, a DNS server that is down, a slow
/// link, and each of them ending.
fn connection_news(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let note = |kind, title: &str, body: String, blame| {
        Some(Notification {
            kind,
            title: title.to_owned(),
            body,
            service: None,
            check: None,
            blame,
        })
    };
    let lasted = |what: &str, otherwise: &str| match t.lasted {
        Some(d) => format!("{what} {}.", human_span(d)),
        None => otherwise.to_owned(),
    };
    match t.cause {
        Cause::Offline => note(
            Kind::Offline,
            "You're offline",
            format!(
                "None of the baseline sites can be reached ({}). It's you, not the services: check your router, Wi-Fi or VPN.",
                t.diagnosis.headline()
            ),
            Blame::You,
        ),
        Cause::CaptivePortal => note(
            Kind::You,
            "This Wi-Fi wants you to sign in",
            format!(
                "{}Until you sign in, nothing else works, and it isn't the services' fault. {}",
                t.location
                    .as_deref()
                    .map(|l| format!("It sends you to {l}. "))
                    .unwrap_or_default(),
                Cause::CaptivePortal.advice()
            ),
            Blame::You,
        ),
        Cause::DnsResolverDown => note(
            Kind::You,
            "Your DNS server isn't answering",
            format!(
                "The internet itself works: public DNS answers. It's you, not the services. {}",
                Cause::DnsResolverDown.advice()
            ),
            Blame::You,
        ),
        Cause::SlowConnection if ctx.notify_degraded => note(
            Kind::You,
            "Your connection is slow",
            format!(
                "It's slow for everything, not just the services: {} {}",
                t.detail,
                Cause::SlowConnection.advice()
            ),
            Blame::You,
        ),
        Cause::None if t.from != State::Unknown => match t.previous_cause {
            Cause::Offline => note(
                Kind::Online,
                "You're back online",
                lasted(
                    "Your connection was down for",
                    "Your connection is working again.",
                ),
                Blame::None,
            ),
            Cause::CaptivePortal => note(
                Kind::Online,
                "You're signed in",
                lasted(
                    "This network's sign-in page is gone, after",
                    "This network's sign-in page is gone.",
                ),
                Blame::None,
            ),
            Cause::DnsResolverDown => note(
                Kind::Online,
                "Your DNS works again",
                lasted(
                    "Your DNS server wasn't answering for",
                    "Your DNS server answers again.",
                ),
                Blame::None,
            ),
            Cause::SlowConnection if ctx.notify_degraded => note(
                Kind::Online,
                "Your connection is fast again",
                lasted("It was slow for", "It is fast enough again."),
                Blame::None,
            ),
            _ => None,
        },
        _ => None,
    }
}

/// A reminder that a service is still down.
pub fn reminder(
    service: &str,
    check: &str,
    diagnosis: Diagnosis,
    down_for: Duration,
) -> Notification {
    Notification {
        kind: Kind::Reminder,
        title: format!("{service} is still down"),
        body: format!(
            "Down for {} ({check}: {}). It's them: your connection is fine.",
            human_span(down_for),
            diagnosis.headline()
        ),
        service: Some(service.to_owned()),
        check: Some(check.to_owned()),
        blame: Blame::Them,
    }
}

/// The alerting policy's memory: when each service was last told about, for reminders.
#[derive(Debug, Clone)]
pub struct Alerting {
    /// Remind that a service is still down this often (`None`: never).
    pub remind_every: Option<Duration>,
    pub notify_degraded: bool,
    last_notified: HashMap<String, Instant>,
}

impl Alerting {
    pub fn new(remind_every: Option<Duration>, notify_degraded: bool) -> Self {
        Alerting {
            remind_every,
            notify_degraded,
            last_notified: HashMap::new(),
        }
    }

    /// What to say about a transition, if it deserves a notification, given the service's
    /// advice. A service told about at `now` is reminded `remind_every` later at the earliest.
    pub fn on_transition(
        &mut self,
        t: &Transition,
        advice: Option<&str>,
        now: Instant,
    ) -> Option<Notification> {
        let ctx = Context {
            advice,
            notify_degraded: self.notify_degraded,
        };
        let note = compose(t, ctx)?;
        if let Some(service) = &t.service {
            self.last_notified.insert(service.clone(), now);
        }
        Some(note)
    }

    /// Reminders due at `now` (wall-clock `at`): each service still down, and told about at
    /// least `remind_every` ago. Nothing while the user is offline.
    pub fn reminders(
        &mut self,
        health: &Health,
        at: SystemTime,
        now: Instant,
    ) -> Vec<Notification> {
        let Some(every) = self.remind_every else {
            return Vec::new();
        };
        if health.connection_cause != Cause::None {
            return Vec::new();
        }
        let mut out = Vec::new();
        for svc in health
            .services
            .iter()
            .filter(|s| s.state == State::Down && s.cause == Cause::Service)
        {
            let Some(last) = self.last_notified.get(&svc.name) else {
                continue;
            };
            if now.saturating_duration_since(*last) < every {
                continue;
            }
            if let (Some((check, tr)), Some(since)) = (svc.deciding(), svc.since) {
                let d = tr.last.as_ref().map_or(Diagnosis::Timeout, |l| l.0);
                let down_for = at.duration_since(since).unwrap_or_default();
                out.push(reminder(&svc.name, check, d, down_for));
                self.last_notified.insert(svc.name.clone(), now);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(service: Option<&str>, from: State, to: State, d: Diagnosis) -> Transition {
        Transition {
            service: service.map(str::to_owned),
            check: service.map(|_| "CDN throughput".to_owned()),
            from,
            to,
            at: SystemTime::UNIX_EPOCH,
            diagnosis: d,
            cause: match (service, to) {
                (_, State::Up) => Cause::None,
                (None, State::Offline) => Cause::Offline,
                _ => Cause::Service,
            },
            previous_cause: match (service, from) {
                (None, State::Offline) => Cause::Offline,
                (_, State::Down) => Cause::Service,
                _ => Cause::None,
            },
            blame: if to == State::Down {
                Blame::Them
            } else {
                Blame::None
            },
            detail: String::new(),
            lasted: Some(Duration::from_secs(12 * 60)),
            first_diagnosis: Some(d),
            worst_diagnosis: Some(Diagnosis::TlsCertExpired),
            unverified: false,
            location: None,
            groups: None,
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
        t.detail = "Your network blocks ap.test:4070 (port 4070): ap.test:443 answered.".into();
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
                    blame: Blame::You,
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
            let d = if c == 'U' {
                Diagnosis::Ok
            } else {
                Diagnosis::HttpServerError
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
        let mut alerting = Alerting::new(every.map(|m| Duration::from_secs(60 * m)), false);
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
}
