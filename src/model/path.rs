//! Where this computer's traffic goes, and what its router said when asked: read only when
//! something fails (nothing got out, or IPv6 failed while IPv4 worked), never on a healthy
//! round. The finer offline causes come from here: no network, the router, the line beyond it,
//! a VPN.

use std::net::IpAddr;

use serde::Serialize;

use super::{Cause, Message};

/// One address family's route to the internet: the default route, or the pair of /1 routes a
/// VPN client installs over it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    pub interface: String,
    /// The next hop: the router. `None` on a point-to-point link (a tunnel, PPP).
    pub gateway: Option<IpAddr>,
    /// The interface is up.
    pub up: bool,
    /// The interface has an address of this family.
    pub has_address: bool,
    /// The interface is a tunnel: tun, tap, WireGuard, PPP, utun, or a tunnel adapter.
    pub tunnel: bool,
    /// It carries the traffic by a pair of /1 routes (as VPN clients install them).
    pub split: bool,
    /// The tunnel is a PPP link: a VPN's (L2TP, PPTP) over a link beneath it, or with none
    /// beneath, the line itself (PPPoE on this computer, a modem).
    pub ppp: bool,
    /// The interface's index (an IPv6 link-local gateway is reached through it).
    #[serde(skip)]
    pub index: u32,
}

impl Route {
    /// It can carry traffic: up, with an address.
    pub fn usable(&self) -> bool {
        self.up && self.has_address
    }
}

/// How the router answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouterAnswer {
    /// An ICMP echo reply.
    Echo,
    /// A TCP connect to this port was accepted or refused: either proves it alive.
    Tcp(u16),
    /// Nothing answered in time.
    Silent,
    /// It could not be asked: the system has no way to it (no route, the link is down).
    Unreachable,
}

impl RouterAnswer {
    pub fn alive(self) -> bool {
        matches!(self, RouterAnswer::Echo | RouterAnswer::Tcp(_))
    }
}

/// The router, asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouterProbe {
    pub addr: IpAddr,
    pub answer: RouterAnswer,
    /// How long asking took, in milliseconds.
    pub took_ms: f64,
    /// ICMP echo could be tried: an unprivileged ICMP socket where the system allows this user
    /// one (Linux, macOS), the IP Helper API on Windows.
    pub echo_allowed: bool,
}

/// What was found of this computer's path when something failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LocalPath {
    /// The routes could be read on this system. Without them, no finer cause is named.
    pub known: bool,
    pub ipv4: Option<Route>,
    pub ipv6: Option<Route>,
    /// The physical link beneath: the usable default route that is not a tunnel's (IPv4's
    /// first). `None`: no Wi-Fi, no cable, nothing a VPN could run over.
    pub link: Option<Route>,
    /// The home router (the carrying route's, or beneath a VPN the link's), when it was asked.
    pub router: Option<RouterProbe>,
}

impl LocalPath {
    /// The route that carries the traffic: IPv4's when it can, else IPv6's.
    pub fn carrying(&self) -> Option<&Route> {
        [&self.ipv4, &self.ipv6]
            .into_iter()
            .flatten()
            .find(|r| r.usable())
    }

    /// The VPN that carries the traffic, working or not: the tunnel IPv4 goes through, or
    /// with no native IPv4, the one IPv6 goes through. An IPv6-in-IPv4 tunnel beside native
    /// IPv4 (a tunnel broker's) is no VPN of this kind: its line is the home line.
    pub fn tunnel(&self) -> Option<&Route> {
        // A PPP link with no link beneath it is the line itself, not a VPN.
        let vpn = |r: &Route| r.tunnel && (!r.ppp || self.link.is_some());
        match (&self.ipv4, &self.ipv6) {
            (Some(v4), _) if vpn(v4) => Some(v4),
            (Some(v4), _) if v4.usable() => None,
            (_, Some(v6)) if vpn(v6) => Some(v6),
            _ => None,
        }
    }

    /// The home router to ask: the carrying route's gateway, or beneath a VPN (whose far end
    /// is not the home router) the physical link's.
    pub fn router_to_ask(&self) -> Option<(IpAddr, u32)> {
        let r = match self.tunnel() {
            Some(_) => self.link.as_ref()?,
            None => self.carrying().filter(|r| !r.tunnel)?,
        };
        r.gateway.map(|g| (g, r.index))
    }

    /// Where nothing gets out, when nothing did, in this order (the first that holds explains
    /// the rest): a VPN carries the traffic, over no link (no network), over a link whose
    /// router is silent (the router), else the VPN itself; no usable route (no network); the
    /// router silent; the router answering (the line beyond it). Plain `offline` when the
    /// routes are unknown or the router could not be asked.
    pub fn offline_cause(&self) -> Cause {
        if !self.known {
            return Cause::Offline;
        }
        let answer = self.router.as_ref().map(|r| r.answer);
        if self.tunnel().is_some() {
            // A VPN's kill switch blocks the home network, so a silent router says nothing
            // here; only a router the system has no way to is down.
            return match (&self.link, answer) {
                (None, _) => Cause::NoNetwork,
                (Some(_), Some(RouterAnswer::Unreachable)) => Cause::RouterDown,
                (Some(_), _) => Cause::VpnDown,
            };
        }
        if self.carrying().is_none() {
            return Cause::NoNetwork;
        }
        match answer {
            Some(a) if a.alive() => Cause::LineDown,
            Some(RouterAnswer::Silent | RouterAnswer::Unreachable) => Cause::RouterDown,
            _ => Cause::Offline,
        }
    }

    /// IPv6 is configured here, natively: a usable IPv6 route that is not a tunnel's.
    pub fn has_ipv6(&self) -> bool {
        self.ipv6.as_ref().is_some_and(|r| r.usable() && !r.tunnel)
    }

    /// IPv4 can go out here: a usable IPv4 route, native or a VPN's. (Unlike IPv6's, a VPN's
    /// counts: a VPN that carries IPv4 and passes nothing is IPv4 broken, while one that takes
    /// IPv6 only to drop it, as leak protection does, is no broken IPv6.)
    pub fn carries_ipv4(&self) -> bool {
        self.ipv4.as_ref().is_some_and(Route::usable)
    }

    /// The facts the words name.
    pub fn here(&self) -> Here {
        let carrying = self.tunnel().or_else(|| self.carrying());
        Here {
            router: self
                .router
                .as_ref()
                .map(|r| r.addr)
                .or_else(|| carrying.and_then(|r| r.gateway)),
            interface: carrying
                .map(|r| r.interface.clone())
                .or_else(|| self.ipv4.as_ref().map(|r| r.interface.clone())),
            vpn: self.tunnel().is_some(),
        }
    }
}

/// What the words of a cause on this computer's own path name: the router's address, the
/// interface (a VPN's). Empty for every other cause.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Here {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub router: Option<IpAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interface: Option<String>,
    /// The traffic goes through a VPN (the interface is its tunnel).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub vpn: bool,
}

impl Here {
    /// No facts: for a cause that names none.
    pub const NONE: Here = Here {
        router: None,
        interface: None,
        vpn: false,
    };

    /// `m` with the facts it may name: `router` and `interface`, when known, and `via`: "vpn"
    /// when the traffic goes through a VPN, else "network".
    pub fn bind(&self, mut m: Message) -> Message {
        m = m.arg("via", if self.vpn { "vpn" } else { "network" });
        if let Some(r) = self.router {
            m = m.arg("router", r);
        }
        if let Some(i) = &self.interface {
            m = m.arg("interface", i.as_str());
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(interface: &str, gateway: Option<&str>, up: bool, tunnel: bool) -> Route {
        Route {
            interface: interface.into(),
            gateway: gateway.map(|g| g.parse().unwrap()),
            up,
            has_address: up,
            tunnel,
            split: false,
            ppp: false,
            index: 2,
        }
    }

    fn asked(answer: RouterAnswer) -> Option<RouterProbe> {
        Some(RouterProbe {
            addr: "192.168.1.1".parse().unwrap(),
            answer,
            took_ms: 3.0,
            echo_allowed: false,
        })
    }

    #[test]
    fn the_offline_cause_follows_the_path() {
        let eth = || Some(route("eth0", Some("192.168.1.1"), true, false));
        let down = || Some(route("eth0", Some("192.168.1.1"), false, false));
        let wg = || Some(route("wg0", None, true, true));
        let v6 = || Some(route("eth0", Some("fe80::1"), true, false));
        let ppp = |up| {
            Some(Route {
                ppp: true,
                ..route("ppp0", None, up, true)
            })
        };
        #[rustfmt::skip]
        let table: Vec<(&str, LocalPath, Cause)> = vec![
            ("unknown routes", LocalPath::default(), Cause::Offline),
            ("no route", LocalPath { known: true, ..Default::default() }, Cause::NoNetwork),
            ("link down", LocalPath { known: true, ipv4: down(), ..Default::default() }, Cause::NoNetwork),
            ("vpn, link fine, router not asked", LocalPath { known: true, ipv4: wg(), link: eth(), ..Default::default() }, Cause::VpnDown),
            ("vpn, its router answers", LocalPath { known: true, ipv4: wg(), link: eth(), router: asked(RouterAnswer::Tcp(443)), ..Default::default() }, Cause::VpnDown),
            ("vpn over a silent router (a kill switch may hide it)", LocalPath { known: true, ipv4: wg(), link: eth(), router: asked(RouterAnswer::Silent), ..Default::default() }, Cause::VpnDown),
            ("vpn over an unreachable router", LocalPath { known: true, ipv4: wg(), link: eth(), router: asked(RouterAnswer::Unreachable), ..Default::default() }, Cause::RouterDown),
            ("an IPv6-in-IPv4 tunnel beside native IPv4 is no VPN", LocalPath { known: true, ipv4: eth(), ipv6: Some(route("he-ipv6", None, true, true)), router: asked(RouterAnswer::Tcp(53)), ..Default::default() }, Cause::LineDown),
            ("vpn over no link (Wi-Fi off)", LocalPath { known: true, ipv4: wg(), ..Default::default() }, Cause::NoNetwork),
            ("vpn whose tunnel is down, link fine", LocalPath { known: true, ipv4: Some(route("wg0", None, false, true)), link: eth(), ..Default::default() }, Cause::VpnDown),
            ("router silent", LocalPath { known: true, ipv4: eth(), router: asked(RouterAnswer::Silent), ..Default::default() }, Cause::RouterDown),
            ("router unreachable", LocalPath { known: true, ipv4: eth(), router: asked(RouterAnswer::Unreachable), ..Default::default() }, Cause::RouterDown),
            ("router refuses", LocalPath { known: true, ipv4: eth(), router: asked(RouterAnswer::Tcp(53)), ..Default::default() }, Cause::LineDown),
            ("router echoes", LocalPath { known: true, ipv4: eth(), router: asked(RouterAnswer::Echo), ..Default::default() }, Cause::LineDown),
            ("router not asked", LocalPath { known: true, ipv4: eth(), ..Default::default() }, Cause::Offline),
            ("only ipv6", LocalPath { known: true, ipv4: down(), ipv6: v6(), router: asked(RouterAnswer::Silent), ..Default::default() }, Cause::RouterDown),
            ("PPP with no link beneath: the line itself (PPPoE here, a modem), not a VPN", LocalPath { known: true, ipv4: ppp(true), ..Default::default() }, Cause::Offline),
            ("PPP over the Wi-Fi: a VPN's (L2TP, PPTP)", LocalPath { known: true, ipv4: ppp(true), link: eth(), ..Default::default() }, Cause::VpnDown),
            ("PPP down, nothing else", LocalPath { known: true, ipv4: ppp(false), ..Default::default() }, Cause::NoNetwork),
        ];
        for (name, path, want) in table {
            assert_eq!(path.offline_cause(), want, "{name}");
        }
    }

    #[test]
    fn the_facts_name_the_router_and_the_tunnel() {
        let p = LocalPath {
            known: true,
            ipv4: Some(route("eth0", Some("192.168.1.1"), true, false)),
            router: asked(RouterAnswer::Silent),
            ..Default::default()
        };
        assert_eq!(p.here().router, Some("192.168.1.1".parse().unwrap()));
        assert_eq!(p.router_to_ask().map(|r| r.0), p.here().router);
        let vpn = LocalPath {
            known: true,
            ipv4: Some(route("wg0", None, true, true)),
            ..Default::default()
        };
        assert_eq!(vpn.here().interface.as_deref(), Some("wg0"));
        assert_eq!(vpn.router_to_ask(), None, "no link beneath: no router");
        // Beneath a VPN, the home router is the link's, never the tunnel's far end.
        let over = LocalPath {
            link: Some(route("eth0", Some("192.168.1.1"), true, false)),
            ..vpn
        };
        assert_eq!(
            over.router_to_ask().map(|r| r.0),
            Some("192.168.1.1".parse().unwrap())
        );
        assert_eq!(over.here().interface.as_deref(), Some("wg0"));
        // The words say "your VPN" for a VPN's tunnel, never for the line itself.
        assert!(over.here().vpn && !p.here().vpn);
        let ppp = Some(Route {
            ppp: true,
            ..route("ppp0", None, true, true)
        });
        let line = LocalPath {
            known: true,
            ipv4: ppp.clone(),
            ..Default::default()
        };
        assert!(!line.here().vpn, "PPP with nothing beneath is the line");
        let l2tp = LocalPath { ipv4: ppp, ..over };
        assert!(l2tp.here().vpn, "PPP over the Wi-Fi is a VPN's");
    }
}
