//! The cause: which problem, on whose side. The verdict names one per round, Health tracks the
//! user's side over time, and each change of cause is one notification.

use std::fmt;

use serde::Serialize;

use super::{Blame, Here, Message};

/// What is behind the verdict. Every cause but `service` is on the user's side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// All is well.
    #[default]
    None,
    /// The service itself is failing: it's them.
    Service,
    /// Nothing is reachable: no baseline site and no service answers, and where it stops could
    /// not be told (routes unreadable here). The finer offline causes follow.
    Offline,
    /// This computer has no network: no default route, or its interface is down or has no
    /// address (Wi-Fi off, cable out).
    NoNetwork,
    /// The router (the default route's gateway) doesn't answer: no ICMP echo, no TCP answer.
    RouterDown,
    /// The router answers, but nothing beyond it does: the line to the provider.
    LineDown,
    /// A VPN (a tunnel interface) carries all traffic and nothing gets through it.
    VpnDown,
    /// IPv6 fails while IPv4 works: apps that try IPv6 first stall before falling back.
    /// Services that answer over IPv4 are not down.
    Ipv6Broken,
    /// IPv4 fails while IPv6 works (a DS-Lite provider's IPv4 gateway down, say): services
    /// without an IPv6 address can't be reached, and it isn't their fault.
    Ipv4Broken,
    /// The user's DNS server isn't answering, but the internet works (neutral DNS answers and
    /// sites reached through it work).
    DnsResolverDown,
    /// The user's network's DNS refuses or sinkholes the service while neutral DNS resolves it.
    DnsFiltered,
    /// This network wants the user to sign in: a plain-HTTP connectivity check was answered
    /// by something else.
    CaptivePortal,
    /// Everything is slow, not just the service: the baseline's own download is too slow too.
    SlowConnection,
    /// This network blocks the service's preferred port (Spotify's access point on 4070): the
    /// apps fall back to another one and connect.
    PortBlocked,
    /// Downbeat's own hello is out of date: the service asks for a newer client. Not an outage;
    /// updating Downbeat fixes it.
    DownbeatOutdated,
    /// The service works from everywhere Downbeat asked (the outside view), the user's country
    /// included, but not from this network: its path to the service (this network or its
    /// provider).
    NetworkPath,
    /// The service fails from the user's provider's network elsewhere too (the outside view),
    /// and works from other networks: the provider's, not the service's nor the home's.
    Provider,
    /// The computer's clock is wrong: every certificate fails on its dates the same way, and
    /// the network's time (an HTTP `Date`, or the certificates' own windows) disagrees.
    ClockWrong,
    /// Something on this network or computer intercepts secure connections: certificates for
    /// the right names, from an authority nobody trusts (on every site, or on the service
    /// while the baseline's are trusted).
    TlsIntercepted,
    /// The user's DNS says the service's name doesn't exist, and neutral DNS couldn't be
    /// asked: never the service's fault on this network's word alone.
    DnsUnconfirmed,
}

impl Cause {
    pub const ALL: [Cause; 20] = [
        Cause::None,
        Cause::Service,
        Cause::Offline,
        Cause::NoNetwork,
        Cause::RouterDown,
        Cause::LineDown,
        Cause::VpnDown,
        Cause::Ipv6Broken,
        Cause::Ipv4Broken,
        Cause::DnsResolverDown,
        Cause::DnsFiltered,
        Cause::CaptivePortal,
        Cause::SlowConnection,
        Cause::PortBlocked,
        Cause::DownbeatOutdated,
        Cause::NetworkPath,
        Cause::Provider,
        Cause::ClockWrong,
        Cause::TlsIntercepted,
        Cause::DnsUnconfirmed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Cause::None => "none",
            Cause::Service => "service",
            Cause::Offline => "offline",
            Cause::NoNetwork => "no_network",
            Cause::RouterDown => "router_down",
            Cause::LineDown => "line_down",
            Cause::VpnDown => "vpn_down",
            Cause::Ipv6Broken => "ipv6_broken",
            Cause::Ipv4Broken => "ipv4_broken",
            Cause::DnsResolverDown => "dns_resolver_down",
            Cause::DnsFiltered => "dns_filtered",
            Cause::CaptivePortal => "captive_portal",
            Cause::SlowConnection => "slow_connection",
            Cause::PortBlocked => "port_blocked",
            Cause::DownbeatOutdated => "downbeat_outdated",
            Cause::NetworkPath => "network_path",
            Cause::Provider => "provider",
            Cause::ClockWrong => "clock_wrong",
            Cause::TlsIntercepted => "tls_intercepted",
            Cause::DnsUnconfirmed => "dns_unconfirmed",
        }
    }

    /// The cause with this code, as the history stores it.
    pub fn from_code(code: &str) -> Option<Cause> {
        Cause::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// Whose side: `service` is them, `none` is nobody, everything else is you.
    pub fn blame(self) -> Blame {
        match self {
            Cause::None => Blame::None,
            Cause::Service => Blame::Them,
            _ => Blame::You,
        }
    }

    /// A short noun phrase for a tray line or a history row ("your DNS server isn't answering").
    /// `at` is what a cause on the path names (the router, the VPN's interface).
    pub fn headline(self, at: &Here) -> Message {
        at.bind(Message::new(self.id("cause-headline")))
    }

    /// A problem on the user's side that explains every service failure, so that nothing a
    /// service does then is counted or blamed: offline, a captive portal, no DNS, a wrong
    /// clock or interception on every site (no secure connection can work). (A filter hits
    /// some names and a slow link only speed, so they explain less.)
    pub fn explains_everything(self) -> bool {
        self.is_offline()
            || matches!(
                self,
                Cause::CaptivePortal
                    | Cause::DnsResolverDown
                    | Cause::ClockWrong
                    | Cause::TlsIntercepted
            )
    }

    /// Offline, however finely told: nothing gets out (no network, the router, the line, the
    /// VPN, or where unknown). The state is offline for each of them.
    pub fn is_offline(self) -> bool {
        matches!(
            self,
            Cause::Offline
                | Cause::NoNetwork
                | Cause::RouterDown
                | Cause::LineDown
                | Cause::VpnDown
        )
    }

    /// A cause on this computer's own path, whose words name where it stops (the router, the
    /// VPN's interface, IPv6): the connection's lines say it in full.
    pub fn names_a_place(self) -> bool {
        matches!(
            self,
            Cause::NoNetwork
                | Cause::RouterDown
                | Cause::LineDown
                | Cause::VpnDown
                | Cause::Ipv6Broken
                | Cause::Ipv4Broken
        )
    }

    /// The one word (or two) for a service whose state this cause explains, the same in the
    /// CLI, the tray and the window: "offline", "sign-in needed", "blocked", … `None` for
    /// `none` and `service`, where the service's own state ("down") is the word.
    pub fn state_word(self) -> Option<Message> {
        match self {
            Cause::None | Cause::Service => None,
            _ => Some(Message::new(self.id("cause-state-word"))),
        }
    }

    /// One line for a tray menu or a window's heading, with what helps: "This Wi-Fi wants you to
    /// sign in: open a browser". `None` for `none` and `service`, where the services' own
    /// lines say it.
    pub fn line(self, service: &str, at: &Here) -> Option<Message> {
        match self {
            Cause::None | Cause::Service => None,
            _ => Some(at.bind(Message::new(self.id("cause-line")).arg("service", service))),
        }
    }

    /// What helps, in one sentence. Empty for `none`.
    pub fn advice(self, at: &Here) -> Message {
        match self {
            Cause::None => Message::empty(),
            _ => at.bind(Message::new(self.id("cause-advice"))),
        }
    }

    /// This cause's message id of a kind: "cause-headline-dns-filtered".
    fn id(self, kind: &str) -> String {
        format!("{kind}-{}", self.as_str().replace('_', "-"))
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_blame_follows_the_side() {
        for c in Cause::ALL {
            assert_eq!(Cause::from_code(c.as_str()), Some(c));
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.as_str())
            );
        }
        assert_eq!(Cause::None.blame(), Blame::None);
        assert_eq!(Cause::Service.blame(), Blame::Them);
        for c in &Cause::ALL[2..] {
            assert_eq!(c.blame(), Blame::You, "{c}");
        }
    }
}
