//! The words of a notification, for every transition the alerting policy lets through: its
//! title and body, whose side, and what helps. The alerting policy decides whether and when to
//! notify; this says it, in the catalogue's words (`notify-…`). The tray, `watch` and the
//! notifier only deliver it.

mod outside;
mod user_side;

use std::time::Duration;

use crate::model::{
    Arg, Blame, Cause, Diagnosis, Here, Kind, Message, Notification, State, Transition,
};
use crate::msg;

pub use outside::{outside_update, status_page_update};
use user_side::connection_news;

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

/// The check's name inside a sentence, or "a check" when the transition names none.
fn check_arg(check: Option<&str>) -> Arg {
    check.map_or_else(|| msg!("notify-some-check").into(), Arg::from)
}

/// The check's name at the start of a sentence: its first letter in capitals, or "A check".
fn check_start_arg(check: Option<&str>) -> Arg {
    match check.filter(|c| !c.is_empty()) {
        Some(c) => Arg::Text(super::secure::capitalized(c)),
        None => msg!("notify-some-check-start").into(),
    }
}

/// Whole sentences, one after another.
fn sentences(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One of two sentences: `measured` with how long it lasted, else `otherwise`.
fn lasted(t: &Transition, measured: &'static str, otherwise: &Message) -> String {
    match t.lasted {
        Some(d) => Message::new(measured).arg("span", Arg::span(d)).to_string(),
        None => otherwise.to_string(),
    }
}

/// The notification for a transition, if it deserves one. A check that runs with TLS
/// verification off (`insecure = true`) says so in every notification it causes.
pub fn compose(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let mut n = news(t, ctx)?;
    if t.unverified {
        let note = match t.check.as_deref() {
            Some(c) => msg!("notify-unverified", check = c),
            None => msg!("notify-unverified-unnamed"),
        };
        n.body = sentences([std::mem::take(&mut n.body), note.to_string()]);
    }
    Some(n)
}

fn news(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let check = t.check.clone();
    let check_name = || check_arg(check.as_deref());
    let check_start = || check_start_arg(check.as_deref());
    let Some(service) = t.service.clone() else {
        return connection_news(t, ctx);
    };
    let svc = service.as_str();
    if t.cause == Cause::DnsFiltered {
        return Some(Notification {
            kind: Kind::You,
            title: msg!("notify-dns-filtered-title", service = svc).to_string(),
            body: msg!(
                "notify-dns-filtered-body",
                service = svc,
                check = check_name(),
                advice = Cause::DnsFiltered.advice(&Here::NONE),
            )
            .to_string(),
            service: Some(service),
            check,
            blame: Blame::You,
        });
    }
    if t.previous_cause == Cause::DnsFiltered && t.to == State::Up {
        return Some(Notification {
            kind: Kind::Recovered,
            title: msg!("notify-dns-filtered-over-title", service = svc).to_string(),
            body: lasted(
                t,
                "notify-dns-filtered-over-body",
                &msg!("notify-dns-filtered-over-body-unmeasured"),
            ),
            service: Some(service),
            check,
            blame: Blame::None,
        });
    }
    if let Some(n) = own_side_news(t, ctx, svc) {
        return n;
    }
    let them = super::lines::them(ctx.connection_checked).to_string();
    match (t.from, t.to) {
        (_, State::Down) => {
            // Which clients are hit, when the service's checks are grouped.
            let first = match &t.groups {
                Some(g) => g.to_string(),
                None => msg!(
                    "notify-down-failing",
                    check = check_name(),
                    check_start = check_start(),
                    diagnosis = t.diagnosis.headline(),
                )
                .to_string(),
            };
            Some(Notification {
                kind: Kind::Down,
                title: msg!("notify-down-title", service = svc).to_string(),
                body: sentences([
                    first,
                    them,
                    ctx.advice.unwrap_or_default().to_owned(),
                    msg!("notify-down-no-help").to_string(),
                ]),
                service: Some(service),
                check,
                blame: Blame::Them,
            })
        }
        (State::Down, State::Up | State::Degraded) => {
            let how: Message = t
                .worst_diagnosis
                .or(t.first_diagnosis)
                .map_or_else(|| msg!("notify-back-failing"), |d| d.headline());
            let still = if t.to == State::Degraded {
                msg!("notify-back-still-slow").to_string()
            } else {
                String::new()
            };
            let first = match t.lasted {
                Some(d) => msg!(
                    "notify-back-body",
                    span = Arg::span(d),
                    check = check_name(),
                    diagnosis = how,
                ),
                None => msg!("notify-check-works-again", check = check_name()),
            };
            Some(Notification {
                kind: Kind::Recovered,
                title: msg!("notify-back-title", service = svc).to_string(),
                body: sentences([first.to_string(), still]),
                service: Some(service),
                check,
                blame: Blame::None,
            })
        }
        (_, State::Degraded) if ctx.notify_degraded => {
            let first = match &t.groups {
                Some(g) => g.to_string(),
                None => msg!(
                    "notify-degraded-failing",
                    check = check_name(),
                    check_start = check_start(),
                    diagnosis = t.diagnosis.headline(),
                )
                .to_string(),
            };
            Some(Notification {
                kind: Kind::Degraded,
                title: msg!("notify-degraded-title", service = svc).to_string(),
                body: sentences([first, them]),
                service: Some(service),
                check,
                blame: Blame::Them,
            })
        }
        (State::Degraded, State::Up) if ctx.notify_degraded => Some(Notification {
            kind: Kind::Recovered,
            title: msg!("notify-back-to-normal-title", service = svc).to_string(),
            body: lasted(
                t,
                "notify-back-to-normal-body",
                &msg!("notify-back-to-normal-body-unmeasured"),
            ),
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
    let note = |kind, title: Message, body: String, blame| {
        Some(Notification {
            kind,
            title: title.to_string(),
            body,
            service: Some(service.to_owned()),
            check: t.check.clone(),
            blame,
        })
    };
    let check = || check_arg(t.check.as_deref());
    let works_again = || msg!("notify-check-works-again", check = check());
    Some(match (t.cause, t.previous_cause) {
        // A service reached only over the address family that is broken here: the
        // connection's own news says it ("services without an IPv6 address can't be reached"),
        // once for them all, and its end.
        (Cause::Ipv4Broken | Cause::Ipv6Broken, _) => None,
        (Cause::None, Cause::Ipv4Broken | Cause::Ipv6Broken) if t.to == State::Up => None,
        (Cause::PortBlocked, _) if !ctx.notify_degraded => None,
        (Cause::PortBlocked, _) => note(
            Kind::You,
            msg!("notify-port-blocked-title", service = service),
            msg!(
                "notify-port-blocked-body",
                service = service,
                detail = &t.detail,
                advice = Cause::PortBlocked.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        // Said whatever the settings: until Downbeat is updated, this check can't judge.
        (Cause::DownbeatOutdated, _) => note(
            Kind::You,
            msg!("notify-outdated-title"),
            msg!(
                "notify-outdated-body",
                service = service,
                check = check(),
                advice = Cause::DownbeatOutdated.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        (Cause::None, Cause::PortBlocked) if t.to == State::Up && ctx.notify_degraded => note(
            Kind::Recovered,
            msg!("notify-port-blocked-over-title", service = service),
            lasted(
                t,
                "notify-port-blocked-over-body",
                &msg!("notify-port-blocked-over-body-unmeasured"),
            ),
            Blame::None,
        ),
        (Cause::None, Cause::PortBlocked) if t.to == State::Up => None,
        (Cause::TlsIntercepted, _) => note(
            Kind::You,
            msg!("notify-intercepted-service-title", service = service),
            msg!(
                "notify-intercepted-service-body",
                service = service,
                seen = t
                    .secure
                    .as_ref()
                    .and_then(|s| s.interception.as_ref())
                    .map_or_else(
                        || t.detail.clone(),
                        |i| super::secure::issued_sentence(i, Some(service))
                    ),
                advice = Cause::TlsIntercepted.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        (Cause::DnsUnconfirmed, _) => note(
            Kind::You,
            msg!("notify-dns-unconfirmed-title", service = service),
            msg!(
                "notify-dns-unconfirmed-body",
                service = service,
                check = check(),
                advice = Cause::DnsUnconfirmed.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        (Cause::None, Cause::TlsIntercepted) if t.to == State::Up => note(
            Kind::Recovered,
            msg!("notify-intercepted-service-over-title", service = service),
            lasted(t, "notify-intercepted-service-over-body", &works_again()),
            Blame::None,
        ),
        (Cause::None, Cause::DnsUnconfirmed) if t.to == State::Up => note(
            Kind::Recovered,
            msg!("notify-dns-unconfirmed-over-title", service = service),
            lasted(t, "notify-dns-unconfirmed-over-body", &works_again()),
            Blame::None,
        ),
        (Cause::None, Cause::DownbeatOutdated) if t.to == State::Up => note(
            Kind::Recovered,
            msg!("notify-outdated-over-title", service = service),
            works_again().to_string(),
            Blame::None,
        ),
        _ => return None,
    })
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
        title: msg!("notify-reminder-title", service = service).to_string(),
        body: sentences([
            msg!(
                "notify-reminder-body",
                span = Arg::span(down_for),
                check = check,
                diagnosis = diagnosis.headline(),
            )
            .to_string(),
            super::lines::them(connection_checked).to_string(),
        ]),
        service: Some(service.to_owned()),
        check: Some(check.to_owned()),
        blame: Blame::Them,
    }
}

/// The first launch's one notification: what Downbeat watches, and where its history and
/// settings are.
pub fn welcome(services: &[String]) -> Notification {
    Notification {
        kind: Kind::Welcome,
        title: msg!("notify-welcome-title").to_string(),
        body: msg!(
            "notify-welcome-body",
            count = services.len(),
            services = Arg::list(services),
        )
        .to_string(),
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
        title: msg!("notify-config-error-title").to_string(),
        body: msg!("notify-config-error-body", error = error).to_string(),
        service: None,
        check: None,
        blame: Blame::None,
    }
}

/// No program could open the settings file: where it is, and what else works.
pub fn cannot_open(path: &std::path::Path, why: &str) -> Notification {
    Notification {
        kind: Kind::Problem,
        title: msg!("notify-cannot-open-title").to_string(),
        body: msg!("notify-cannot-open-body", path = path, why = why).to_string(),
        service: None,
        check: None,
        blame: Blame::None,
    }
}
