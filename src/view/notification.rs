//! The words of a notification, for every transition the alerting policy lets through: its
//! title and body, whose side, and what helps. The alerting policy decides whether and when to
//! notify; this says it. The tray, `watch` and the notifier only deliver it.

use std::time::Duration;

use crate::view::i18n::span as human_span;
use crate::model::{Blame, Cause, Diagnosis, Kind, Notification, State, Transition};

/// What to say about a service: its name and an optional line of advice for outages (from the
/// preset, e.g. "Downloaded music still plays in offline mode.").
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub advice: Option<&'a str>,
    pub notify_degraded: bool,
    /// A baseline is configured, so a service's own failure was seen while the user's
    /// connection worked: "your connection is fine" can be said.
    pub connection_checked: bool,
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
    let them = super::lines::them(ctx.connection_checked);
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
                .map_or_else(|| "failing".to_string(), |d| d.headline().to_string());
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
        (Cause::TlsIntercepted, _) => note(
            Kind::You,
            format!("Something intercepts {service}'s secure connections"),
            format!(
                "{} {} It's this network or computer, not {service}. {}",
                t.secure
                    .as_ref()
                    .and_then(|s| s.interception.as_ref())
                    .map_or_else(
                        || t.detail.to_string(),
                        |i| super::secure::capitalized(&super::secure::issued(i, Some(service)))
                    ),
                super::secure::refused(Some(service)),
                Cause::TlsIntercepted.advice()
            ),
            Blame::You,
        ),
        (Cause::DnsUnconfirmed, _) => note(
            Kind::You,
            format!("Your DNS says {service} doesn't exist"),
            format!(
                "Only this network's DNS says so ({check}), and {} It isn't counted as {service}'s outage. {}",
                super::secure::unconfirmed(None),
                Cause::DnsUnconfirmed.advice()
            ),
            Blame::You,
        ),
        (Cause::None, Cause::TlsIntercepted) if t.to == State::Up => note(
            Kind::Recovered,
            format!("{service}'s secure connections are no longer intercepted"),
            match t.lasted {
                Some(d) => format!("They were intercepted for {}.", human_span(d)),
                None => format!("{check} works again."),
            },
            Blame::None,
        ),
        (Cause::None, Cause::DnsUnconfirmed) if t.to == State::Up => note(
            Kind::Recovered,
            format!("{service}'s name resolves again"),
            match t.lasted {
                Some(d) => format!("Your DNS said it didn't exist for {}.", human_span(d)),
                None => format!("{check} works again."),
            },
            Blame::None,
        ),
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
                match &t.check {
                    // "its" is that site's: "Google: its name does not resolve".
                    Some(site) => format!("{site}: {}", t.diagnosis.headline()),
                    None => t.diagnosis.headline().to_string(),
                }
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
        Cause::ClockWrong => note(
            Kind::You,
            "Your computer's clock is wrong",
            format!(
                "{}{} It's you, not the services. {}",
                t.secure
                    .as_ref()
                    .and_then(|s| s.clock.as_ref())
                    .map(|c| format!(
                        "{}. ",
                        super::secure::capitalized(&super::secure::clock_times(c))
                    ))
                    .unwrap_or_default(),
                super::secure::clock_consequence(None),
                Cause::ClockWrong.advice()
            ),
            Blame::You,
        ),
        Cause::TlsIntercepted => note(
            Kind::You,
            "Something intercepts secure connections",
            format!(
                "{} It's this network or computer, not the services. {}",
                t.secure
                    .as_ref()
                    .and_then(|s| s.interception.as_ref())
                    .map_or_else(
                        || "Every site's certificate is issued by an authority nobody trusts.".to_owned(),
                        |i| format!(
                            "{} {}",
                            super::secure::capitalized(&super::secure::issued(i, None)),
                            super::secure::refused(None)
                        )
                    ),
                Cause::TlsIntercepted.advice()
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
            Cause::ClockWrong => note(
                Kind::Online,
                "Your computer's clock is right again",
                lasted(
                    "Secure connections work again; they failed for",
                    "Secure connections work again.",
                ),
                Blame::None,
            ),
            Cause::TlsIntercepted => note(
                Kind::Online,
                "Secure connections are no longer intercepted",
                lasted(
                    "Sites' own certificates are back, after",
                    "Sites' own certificates are back.",
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
    connection_checked: bool,
) -> Notification {
    Notification {
        kind: Kind::Reminder,
        title: format!("{service} is still down"),
        body: format!(
            "Down for {} ({check}: {}). {}",
            human_span(down_for),
            diagnosis.headline(),
            super::lines::them(connection_checked)
        ),
        service: Some(service.to_owned()),
        check: Some(check.to_owned()),
        blame: Blame::Them,
    }
}

/// The first launch's one notification: what Downbeat watches, and where its history and
/// settings are.
pub fn welcome(services: &[String]) -> Notification {
    let watched = match services {
        [] => "nothing yet".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    Notification {
        kind: Kind::Welcome,
        title: "Downbeat is watching".into(),
        body: format!(
            "Downbeat checks {watched} and tells you when something goes down, and whose side \
             the problem is on. The history and the settings are in the tray menu (the Downbeat \
             icon)."
        ),
        service: None,
        check: None,
        blame: Blame::None,
    }
}

/// Downbeat can't check anything because its config doesn't load: said once, at start, with
/// the error (its file, line and column) and how it gets going again.
pub fn config_error(error: &str) -> Notification {
    Notification {
        kind: Kind::Problem,
        title: "Downbeat isn't checking anything".into(),
        body: format!(
            "Its settings file doesn't load: {error}. Fix it in a text editor (Open settings \
             file, in the tray menu): Downbeat starts checking as soon as it loads."
        ),
        service: None,
        check: None,
        blame: Blame::None,
    }
}

/// No program could open the settings file: where it is, and what else works.
pub fn cannot_open(path: &std::path::Path, why: &str) -> Notification {
    Notification {
        kind: Kind::Problem,
        title: "No program could open the settings file".into(),
        body: format!(
            "It is {} ({why}). Open it in a text editor: Downbeat reloads it as soon as it is saved.",
            path.display()
        ),
        service: None,
        check: None,
        blame: Blame::None,
    }
}

/// What the world said about a failing service, as an update to the alert already sent: down
/// for everyone, down in the user's country, or working everywhere but from this network.
/// `None` for a mixed or unknown answer (no news).
pub fn outside_update(service: &str, o: &crate::model::Outside) -> Option<Notification> {
    use crate::model::Scope;
    let places = |n: u32| if n == 1 { "place" } else { "places" };
    let (kind, title, body, blame) =
        match o.scope {
            Scope::Everywhere => {
                (
                    Kind::Down,
                    format!("{service} is down for everyone"),
                    format!(
                "It fails from {} of {} {} Downbeat asked, across {} {}: it's them, not you.",
                o.failing,
                o.probes,
                places(o.probes),
                o.countries,
                if o.countries == 1 { "country" } else { "countries" }
            ),
                    Blame::Them,
                )
            }
            Scope::Region => (
                Kind::Down,
                format!("{service} is down in {}", o.country_words()),
                format!(
                    "{} of {} {} there fail; it works from {} {} elsewhere: it's them, not you.",
                    o.in_country.failing,
                    o.in_country.probes,
                    places(o.in_country.probes),
                    o.probes - o.in_country.probes,
                    places(o.probes - o.in_country.probes)
                ),
                Blame::Them,
            ),
            Scope::OnlyHere => (
                Kind::You,
                format!("{service} works elsewhere, not from your network"),
                format!(
                    "It works from {} of {} {} Downbeat asked. {}",
                    o.probes - o.failing,
                    o.probes,
                    places(o.probes),
                    Cause::NetworkPath.advice()
                ),
                Blame::You,
            ),
            Scope::Provider => (
                Kind::You,
                format!("{service} fails on your provider's network"),
                super::outside::provider_sentence(service, o),
                Blame::You,
            ),
            Scope::Partial | Scope::Unknown => return None,
        };
    Some(Notification {
        kind,
        title,
        body,
        service: Some(service.to_owned()),
        check: None,
        blame,
    })
}

/// What a vendor's status page said while `service` fails here, as an update to the alert
/// already sent: the vendor confirms it ("Spotify's status page: Partial System Outage —
/// Playback (Europe): major outage."). `None` when the page names no problem, or could not be
/// read (no news).
pub fn status_page_update(
    service: &str,
    page: &crate::model::VendorStatus,
    now_ms: i64,
) -> Option<Notification> {
    let quiet = matches!(page.indicator.as_deref(), None | Some("none"))
        && page.incidents.is_empty()
        && page.affected.is_empty();
    if page.error.is_some() || quiet {
        return None;
    }
    Some(Notification {
        kind: Kind::Down,
        title: format!("{service}'s status page confirms a problem"),
        body: format!(
            "{} It's them, not you.",
            super::outside::status_page_line(service, page, now_ms)
        ),
        service: Some(service.to_owned()),
        check: None,
        blame: Blame::Them,
    })
}
