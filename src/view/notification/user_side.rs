//! The words of news about the user's side: offline, a captive portal, a DNS server that is
//! down, a wrong clock, interception, a slow link, and each of them ending.

use super::{lasted, sentences, Context};
use crate::model::{Blame, Cause, Here, Kind, Message, Notification, State, Transition};
use crate::msg;

/// News about the user's side: offline, a captive portal, a DNS server that is down, a slow
/// link, and each of them ending.
pub(super) fn connection_news(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let note = |kind, title: Message, body: String, blame| {
        Some(Notification {
            kind,
            title: title.to_string(),
            body,
            service: None,
            check: None,
            blame,
        })
    };
    match t.cause {
        Cause::Offline => note(
            Kind::Offline,
            Message::new("notify-offline-title"),
            match &t.check {
                // "its" is that site's: "Google: its name does not resolve".
                Some(site) => msg!(
                    "notify-offline-body-site",
                    site = site,
                    diagnosis = t.diagnosis.headline(),
                ),
                None => msg!("notify-offline-body", diagnosis = t.diagnosis.headline()),
            }
            .to_string(),
            Blame::You,
        ),
        // Where on this side it stops: said with the router's address or the VPN's interface,
        // and what helps. Each change of it is news of its own.
        Cause::NoNetwork
        | Cause::RouterDown
        | Cause::LineDown
        | Cause::VpnDown
        | Cause::Ipv6Broken
        | Cause::Ipv4Broken => note(
            if t.cause.is_offline() {
                Kind::Offline
            } else {
                Kind::You
            },
            t.here.bind(Message::new(path_id(t.cause, "title"))),
            t.here
                .bind(Message::new(path_id(t.cause, "body")))
                .arg("advice", t.cause.advice(&t.here))
                .to_string(),
            Blame::You,
        ),
        Cause::CaptivePortal => note(
            Kind::You,
            Message::new("notify-captive-portal-title"),
            sentences([
                t.location
                    .as_deref()
                    .map(|l| msg!("notify-captive-portal-location", location = l).to_string())
                    .unwrap_or_default(),
                msg!(
                    "notify-captive-portal-body",
                    advice = Cause::CaptivePortal.advice(&Here::NONE)
                )
                .to_string(),
            ]),
            Blame::You,
        ),
        Cause::DnsResolverDown => note(
            Kind::You,
            Message::new("notify-dns-down-title"),
            msg!(
                "notify-dns-down-body",
                advice = Cause::DnsResolverDown.advice(&Here::NONE)
            )
            .to_string(),
            Blame::You,
        ),
        Cause::ClockWrong => note(
            Kind::You,
            Message::new("notify-clock-wrong-title"),
            sentences([
                t.secure
                    .as_ref()
                    .and_then(|s| s.clock.as_ref())
                    .map(|c| crate::view::secure::clock_times_sentence(c).to_string())
                    .unwrap_or_default(),
                msg!(
                    "notify-clock-wrong-body",
                    advice = Cause::ClockWrong.advice(&Here::NONE)
                )
                .to_string(),
            ]),
            Blame::You,
        ),
        Cause::TlsIntercepted => note(
            Kind::You,
            Message::new("notify-intercepted-title"),
            sentences([
                match t.secure.as_ref().and_then(|s| s.interception.as_ref()) {
                    Some(i) => sentences([
                        crate::view::secure::issued_sentence(i, None).to_string(),
                        crate::view::secure::refused(None),
                    ]),
                    None => msg!("notify-intercepted-unknown-issuer").to_string(),
                },
                msg!(
                    "notify-intercepted-body",
                    advice = Cause::TlsIntercepted.advice(&Here::NONE)
                )
                .to_string(),
            ]),
            Blame::You,
        ),
        Cause::SlowConnection if ctx.notify_degraded => note(
            Kind::You,
            Message::new("notify-slow-title"),
            msg!(
                "notify-slow-body",
                detail = &t.detail,
                advice = Cause::SlowConnection.advice(&Here::NONE),
            )
            .to_string(),
            Blame::You,
        ),
        Cause::None if t.from != State::Unknown => match t.previous_cause {
            c @ (Cause::NoNetwork
            | Cause::RouterDown
            | Cause::LineDown
            | Cause::VpnDown
            | Cause::Ipv6Broken
            | Cause::Ipv4Broken) => note(
                Kind::Online,
                Message::new(back_id(c, "title")),
                lasted(
                    t,
                    back_id(c, "body"),
                    &Message::new(back_id(c, "body-unmeasured")),
                ),
                Blame::None,
            ),
            Cause::Offline => note(
                Kind::Online,
                Message::new("notify-online-title"),
                lasted(
                    t,
                    "notify-online-body",
                    &msg!("notify-online-body-unmeasured"),
                ),
                Blame::None,
            ),
            Cause::CaptivePortal => note(
                Kind::Online,
                Message::new("notify-signed-in-title"),
                lasted(
                    t,
                    "notify-signed-in-body",
                    &msg!("notify-signed-in-body-unmeasured"),
                ),
                Blame::None,
            ),
            Cause::DnsResolverDown => note(
                Kind::Online,
                Message::new("notify-dns-back-title"),
                lasted(
                    t,
                    "notify-dns-back-body",
                    &msg!("notify-dns-back-body-unmeasured"),
                ),
                Blame::None,
            ),
            Cause::ClockWrong => note(
                Kind::Online,
                Message::new("notify-clock-right-title"),
                lasted(
                    t,
                    "notify-clock-right-body",
                    &msg!("notify-clock-right-body-unmeasured"),
                ),
                Blame::None,
            ),
            Cause::TlsIntercepted => note(
                Kind::Online,
                Message::new("notify-intercepted-over-title"),
                lasted(
                    t,
                    "notify-intercepted-over-body",
                    &msg!("notify-intercepted-over-body-unmeasured"),
                ),
                Blame::None,
            ),
            Cause::SlowConnection if ctx.notify_degraded => note(
                Kind::Online,
                Message::new("notify-fast-title"),
                lasted(t, "notify-fast-body", &msg!("notify-fast-body-unmeasured")),
                Blame::None,
            ),
            _ => None,
        },
        _ => None,
    }
}

/// The message id of a cause on the path's news (or an address family's): "notify-router-down-title".
fn path_id(c: Cause, part: &str) -> &'static str {
    match (c, part) {
        (Cause::NoNetwork, "title") => "notify-no-network-title",
        (Cause::NoNetwork, _) => "notify-no-network-body",
        (Cause::RouterDown, "title") => "notify-router-down-title",
        (Cause::RouterDown, _) => "notify-router-down-body",
        (Cause::LineDown, "title") => "notify-line-down-title",
        (Cause::LineDown, _) => "notify-line-down-body",
        (Cause::Ipv6Broken, "title") => "notify-ipv6-broken-title",
        (Cause::Ipv6Broken, _) => "notify-ipv6-broken-body",
        (Cause::Ipv4Broken, "title") => "notify-ipv4-broken-title",
        (Cause::Ipv4Broken, _) => "notify-ipv4-broken-body",
        (_, "title") => "notify-vpn-down-title",
        _ => "notify-vpn-down-body",
    }
}

/// The message id of the news that a cause on the path ended: "notify-router-back-title".
fn back_id(c: Cause, part: &str) -> &'static str {
    match (c, part) {
        (Cause::NoNetwork, "title") => "notify-network-back-title",
        (Cause::NoNetwork, "body") => "notify-network-back-body",
        (Cause::NoNetwork, _) => "notify-network-back-body-unmeasured",
        (Cause::RouterDown, "title") => "notify-router-back-title",
        (Cause::RouterDown, "body") => "notify-router-back-body",
        (Cause::RouterDown, _) => "notify-router-back-body-unmeasured",
        (Cause::LineDown, "title") => "notify-line-back-title",
        (Cause::LineDown, "body") => "notify-line-back-body",
        (Cause::LineDown, _) => "notify-line-back-body-unmeasured",
        (Cause::VpnDown, "title") => "notify-vpn-back-title",
        (Cause::VpnDown, "body") => "notify-vpn-back-body",
        (Cause::VpnDown, _) => "notify-vpn-back-body-unmeasured",
        (Cause::Ipv4Broken, "title") => "notify-ipv4-back-title",
        (Cause::Ipv4Broken, "body") => "notify-ipv4-back-body",
        (Cause::Ipv4Broken, _) => "notify-ipv4-back-body-unmeasured",
        (_, "title") => "notify-ipv6-back-title",
        (_, "body") => "notify-ipv6-back-body",
        _ => "notify-ipv6-back-body-unmeasured",
    }
}
