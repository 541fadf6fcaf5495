//! The cause: which problem, on whose side. The verdict names one per round, Health tracks the
//! user's side over time, and each change of cause is one notification.

use std::fmt;

use serde::Serialize;

use super::Blame;

/// What is behind the verdict. Every cause but `service` is on the user's side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// All is well.
    #[default]
    None,
    /// The service itself is failing: it's them.
    Service,
    /// Nothing is reachable: no baseline site and no service answers.
    Offline,
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
    pub const ALL: [Cause; 14] = [
        Cause::None,
        Cause::Service,
        Cause::Offline,
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
    pub fn headline(self) -> &'static str {
        match self {
            Cause::None => "all is well",
            Cause::Service => "the service is failing",
            Cause::Offline => "you're offline",
            Cause::DnsResolverDown => "your DNS server isn't answering",
            Cause::DnsFiltered => "your network's DNS blocks it",
            Cause::CaptivePortal => "this network wants you to sign in",
            Cause::SlowConnection => "your connection is slow",
            Cause::PortBlocked => "your network blocks its preferred port",
            Cause::DownbeatOutdated => "Downbeat is out of date",
            Cause::NetworkPath => "it fails only from your network",
            Cause::Provider => "it fails on your provider's network",
            Cause::ClockWrong => "your computer's clock is wrong",
            Cause::TlsIntercepted => "something intercepts secure connections",
            Cause::DnsUnconfirmed => "your DNS says its name doesn't exist",
        }
    }

    /// A problem on the user's side that explains every service failure, so that nothing a
    /// service does then is counted or blamed: offline, a captive portal, no DNS, a wrong
    /// clock or interception on every site (no secure connection can work). (A filter hits
    /// some names and a slow link only speed, so they explain less.)
    pub fn explains_everything(self) -> bool {
        matches!(
            self,
            Cause::Offline
                | Cause::CaptivePortal
                | Cause::DnsResolverDown
                | Cause::ClockWrong
                | Cause::TlsIntercepted
        )
    }

    /// The one word (or two) for a service whose state this cause explains, the same in the
    /// CLI, the tray and the window: "offline", "sign-in needed", "blocked", … `None` for
    /// `none` and `service`, where the service's own state ("down") is the word.
    pub fn state_word(self) -> Option<&'static str> {
        match self {
            Cause::None | Cause::Service => None,
            Cause::Offline => Some("offline"),
            Cause::DnsResolverDown => Some("no DNS"),
            Cause::DnsFiltered => Some("blocked"),
            Cause::CaptivePortal => Some("sign-in needed"),
            Cause::SlowConnection => Some("slow connection"),
            Cause::PortBlocked => Some("port blocked"),
            Cause::DownbeatOutdated => Some("update Downbeat"),
            Cause::NetworkPath => Some("not from here"),
            Cause::Provider => Some("your provider"),
            Cause::ClockWrong => Some("wrong clock"),
            Cause::TlsIntercepted => Some("intercepted"),
            Cause::DnsUnconfirmed => Some("name not found here"),
        }
    }

    /// One line for a tray menu or a window's heading, with what helps: "This Wi-Fi wants you to
    /// sign in: open a browser". `None` for `none` and `service`, where the services' own
    /// lines say it.
    pub fn line(self, service: &str) -> Option<String> {
        Some(match self {
            Cause::None | Cause::Service => return None,
            Cause::Offline => "You're offline: it's you, not the services".into(),
            Cause::DnsResolverDown => {
                "Your DNS server isn't answering: restart your router or switch DNS".into()
            }
            Cause::DnsFiltered => format!("Your network blocks {service}: try another network"),
            Cause::CaptivePortal => "This Wi-Fi wants you to sign in: open a browser".into(),
            Cause::SlowConnection => {
                format!("Your connection is slow for everything, not just {service}")
            }
            Cause::PortBlocked => {
                format!("Your network blocks {service}'s preferred port: the apps use another")
            }
            Cause::DownbeatOutdated => {
                format!("Downbeat is out of date for {service}: update it")
            }
            Cause::NetworkPath => {
                format!("{service} works elsewhere, not from your network: try another network")
            }
            Cause::Provider => {
                format!("{service} fails on your provider's network: it's your provider")
            }
            Cause::ClockWrong => {
                "Your computer's clock is wrong: secure connections fail, it's you".into()
            }
            Cause::TlsIntercepted => {
                "Something intercepts your secure connections: it's this network or computer".into()
            }
            Cause::DnsUnconfirmed => {
                format!("Your DNS says {service} doesn't exist: this network may filter it")
            }
        })
    }

    /// What helps, in one sentence. Empty for `none`.
    pub fn advice(self) -> &'static str {
        match self {
            Cause::None => "",
            Cause::Service => "It's them: restarting your router won't help.",
            Cause::Offline => "Check your Wi-Fi, router or VPN.",
            Cause::DnsResolverDown => "Restart your router or switch DNS (for example to 1.1.1.1).",
            Cause::DnsFiltered => "Try another network, or ask whoever runs this one.",
            Cause::CaptivePortal => "Open a browser and sign in.",
            Cause::SlowConnection => {
                "Move closer to the Wi-Fi, pause other downloads, or restart your router."
            }
            Cause::PortBlocked => {
                "Nothing to do while the apps connect; if they stop, ask whoever runs this network."
            }
            Cause::DownbeatOutdated => {
                "Update Downbeat: its hello to the access points is out of date."
            }
            Cause::NetworkPath => {
                "Try another network (a phone hotspot); if that works, it is this network or your provider."
            }
            Cause::Provider => {
                "Restarting your router won't help; a phone on mobile data will. Tell your provider."
            }
            Cause::ClockWrong => "Turn on automatic time in your system settings.",
            Cause::TlsIntercepted => {
                "This is usually a company network, an antivirus web shield or a filter; on a network you don't trust, stop."
            }
            Cause::DnsUnconfirmed => {
                "Try another network or DNS; if it works there, this network filters it."
            }
        }
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
