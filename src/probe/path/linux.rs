//! Linux: the routes from `/proc/net/route` and `/proc/net/ipv6_route`, each interface's state
//! and kind from `/sys/class/net`, its addresses from `getifaddrs` (nix). Reading them takes well
//! under a millisecond and needs no privilege.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::model::{LocalPath, Route};

const RTF_UP: u32 = 0x1;
const RTF_REJECT: u32 = 0x200;
const IFF_UP: u32 = 0x1;

/// A route as the kernel lists it, reduced to what is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    pub interface: String,
    pub dest: IpAddr,
    pub prefix: u8,
    pub gateway: Option<IpAddr>,
    pub metric: u32,
}

/// The IPv4 routes of `/proc/net/route` (hex words in the host's byte order).
pub(super) fn parse_v4(text: &str) -> Vec<Entry> {
    let word = |s: &str| u32::from_str_radix(s, 16).ok().map(u32::from_be);
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 8 {
                return None;
            }
            let flags = u32::from_str_radix(f[3], 16).ok()?;
            if flags & RTF_UP == 0 || flags & RTF_REJECT != 0 {
                return None;
            }
            // A blackhole or unreachable route has no interface ("*").
            if f[0] == "*" {
                return None;
            }
            let gateway = Ipv4Addr::from(word(f[2])?);
            Some(Entry {
                interface: f[0].to_owned(),
                dest: IpAddr::V4(Ipv4Addr::from(word(f[1])?)),
                prefix: u8::try_from(word(f[7])?.leading_ones()).ok()?,
                gateway: (!gateway.is_unspecified()).then_some(IpAddr::V4(gateway)),
                // Printed signed: a metric of 2^31 or more reads negative.
                metric: f[6].parse::<i64>().ok()? as u32,
            })
        })
        .collect()
}

/// The IPv6 routes of `/proc/net/ipv6_route` (addresses as 32 hex digits, network order).
pub(super) fn parse_v6(text: &str) -> Vec<Entry> {
    let addr = |s: &str| u128::from_str_radix(s, 16).ok().map(Ipv6Addr::from);
    text.lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 10 {
                return None;
            }
            let flags = u32::from_str_radix(f[8], 16).ok()?;
            if flags & RTF_UP == 0 || flags & RTF_REJECT != 0 || f[9] == "lo" {
                return None;
            }
            let gateway = addr(f[4])?;
            Some(Entry {
                interface: f[9].to_owned(),
                dest: IpAddr::V6(addr(f[0])?),
                prefix: u8::from_str_radix(f[1], 16).ok()?,
                gateway: (!gateway.is_unspecified()).then_some(IpAddr::V6(gateway)),
                metric: u32::from_str_radix(f[5], 16).ok()?,
            })
        })
        .collect()
}

/// The route that carries traffic to the internet: a pair of /1 routes through one interface
/// (a VPN's, more specific than the default), else the default route with the lowest metric.
/// Its interface, gateway, and whether it is the /1 pair.
pub(super) fn carrying(entries: &[Entry]) -> Option<(String, Option<IpAddr>, bool)> {
    let half = |e: &&Entry, high: bool| {
        e.prefix == 1
            && match e.dest {
                IpAddr::V4(a) => (a.octets()[0] >= 128) == high,
                IpAddr::V6(a) => (a.segments()[0] >= 0x8000) == high,
            }
    };
    for low in entries.iter().filter(|e| half(e, false)) {
        if entries
            .iter()
            .any(|e| half(&e, true) && e.interface == low.interface)
        {
            return Some((low.interface.clone(), low.gateway, true));
        }
    }
    entries
        .iter()
        .filter(|e| e.prefix == 0)
        .min_by_key(|e| e.metric)
        .map(|e| (e.interface.clone(), e.gateway, false))
}

/// A tunnel by what the kernel says of the interface: a tun/tap device's flags, its device type
/// (WireGuard, tun, tap), an IP tunnel's or PPP's hardware type, or failing those its name. A
/// mobile modem in raw-IP mode has no hardware type either (none, as tun's), so that alone is
/// not a tunnel, and a `wwan` device never is.
pub(super) fn is_tunnel(name: &str, arp_type: Option<u32>, tun: bool, devtype: &str) -> bool {
    // PPP, IPIP, IPv6-in-IPv6, SIT, GRE, IPv6 GRE.
    const TUNNEL_TYPES: [u32; 6] = [512, 768, 769, 776, 778, 823];
    const NAMES: [&str; 11] = [
        "tun",
        "tap",
        "wg",
        "ppp",
        "utun",
        "ipsec",
        "tailscale",
        "nordlynx",
        "proton",
        "mullvad",
        "zt",
    ];
    if devtype == "wwan" {
        return false;
    }
    tun || arp_type.is_some_and(|t| TUNNEL_TYPES.contains(&t))
        || matches!(devtype, "wireguard" | "ppp" | "tun" | "tap")
        || NAMES.iter().any(|p| name.starts_with(p))
}

/// A PPP link: its hardware type (ARPHRD_PPP), its device type, or its name.
pub(super) fn is_ppp(name: &str, arp_type: Option<u32>, devtype: &str) -> bool {
    arp_type == Some(512) || devtype == "ppp" || name.starts_with("ppp")
}

fn sys(interface: &str, file: &str) -> Option<String> {
    // An interface name from the kernel's own route table; never a path of its own.
    if interface.contains('/') || interface.starts_with('.') {
        return None;
    }
    std::fs::read_to_string(format!("/sys/class/net/{interface}/{file}"))
        .ok()
        .map(|s| s.trim().to_owned())
}

fn hex(s: Option<String>) -> Option<u32> {
    s.and_then(|s| u32::from_str_radix(s.trim_start_matches("0x"), 16).ok())
}

/// The interface the kernel would send from toward the internet, its policy rules included (a
/// VPN that routes by a table of its own, as wg-quick does): a UDP socket's route lookup to a
/// documentation address (connecting sends nothing), its source address mapped to the
/// interface that holds it. `None` when the kernel has no route there, or no source address.
fn effective(dest: IpAddr, addrs: &[(String, IpAddr)]) -> Option<String> {
    let local: SocketAddr = match dest {
        IpAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        IpAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let s = std::net::UdpSocket::bind(local).ok()?;
    s.connect((dest, 53)).ok()?;
    let source = s.local_addr().ok()?.ip();
    addrs
        .iter()
        .find(|(_, ip)| *ip == source)
        .map(|(name, _)| name.clone())
}

/// What the kernel says of an interface: up, with an address of the family, a tunnel, its index.
fn describe(
    interface: String,
    gateway: Option<IpAddr>,
    split: bool,
    addrs: &[(String, IpAddr)],
    v6: bool,
) -> Route {
    // Up by its flags, and carrying by its operational state ("unknown" for a tun or a
    // loopback, which have no carrier to report; "down" or "lowerlayerdown" with none).
    let flags = hex(sys(&interface, "flags")).unwrap_or(0);
    let oper = sys(&interface, "operstate").unwrap_or_default();
    let up = flags & IFF_UP != 0 && matches!(oper.as_str(), "up" | "unknown");
    let has_address = addrs.iter().any(|(name, ip)| {
        *name == interface
            && match *ip {
                IpAddr::V4(_) => !v6,
                // A link-local address alone reaches no further than the link.
                IpAddr::V6(ip) => v6 && (ip.segments()[0] & 0xffc0) != 0xfe80,
            }
    });
    let devtype = sys(&interface, "uevent")
        .and_then(|u| {
            u.lines()
                .find_map(|l| l.strip_prefix("DEVTYPE=").map(str::to_owned))
        })
        .unwrap_or_default();
    let arp_type = sys(&interface, "type").and_then(|t| t.parse().ok());
    let tunnel = is_tunnel(
        &interface,
        arp_type,
        sys(&interface, "tun_flags").is_some(),
        &devtype,
    );
    let ppp = tunnel && is_ppp(&interface, arp_type, &devtype);
    let index = sys(&interface, "ifindex")
        .and_then(|i| i.parse().ok())
        .or_else(|| nix::net::if_::if_nametoindex(interface.as_str()).ok())
        .unwrap_or(0);
    Route {
        interface,
        gateway,
        up,
        has_address,
        tunnel,
        split,
        ppp,
        index,
    }
}

/// One family's route to the internet: through the interface the kernel would send from
/// (`effective`), with the gateway and the /1 pair the table gives it; else, when the kernel
/// has no way out, what the table says (a route through a link that can't carry it).
fn route(
    entries: &[Entry],
    effective: Option<String>,
    addrs: &[(String, IpAddr)],
    v6: bool,
) -> Option<Route> {
    let (interface, gateway, split) = match effective {
        Some(name) => {
            let on: Vec<Entry> = entries
                .iter()
                .filter(|e| e.interface == name)
                .cloned()
                .collect();
            match carrying(&on) {
                Some((_, gateway, split)) => (name, gateway, split),
                None => (name, None, false),
            }
        }
        None => carrying(entries)?,
    };
    Some(describe(interface, gateway, split, addrs, v6))
}

/// The physical link: the usable default route, not a tunnel's, with the lowest metric, of
/// either family. A VPN that passes nothing over a link that works is the VPN's fault; with
/// no such link, it is no network.
fn link(v4: &[Entry], v6: &[Entry], addrs: &[(String, IpAddr)]) -> Option<Route> {
    let mut defaults: Vec<(&Entry, bool)> = v4
        .iter()
        .map(|e| (e, false))
        .chain(v6.iter().map(|e| (e, true)))
        .filter(|(e, _)| e.prefix == 0)
        .collect();
    defaults.sort_by_key(|(e, v6)| (*v6, e.metric));
    let usable = |(e, v6): (&Entry, bool)| {
        Some(describe(e.interface.clone(), e.gateway, false, addrs, v6))
            .filter(|r| r.usable() && !r.tunnel)
    };
    defaults.into_iter().find_map(usable).or_else(|| {
        // A VPN that replaced the default route keeps a route to its server through the home
        // router: any route through a router, on a link that works.
        v4.iter()
            .map(|e| (e, false))
            .chain(v6.iter().map(|e| (e, true)))
            .filter(|(e, _)| e.gateway.is_some())
            .find_map(usable)
    })
}

/// A tunnel that carries IPv6 by a table of its own: `/proc/net/ipv6_route` lists every
/// table's routes, so a VPN's default there (or its pair of /1 routes) shows, where the
/// kernel's route lookup may name the physical link (a tunnel with no IPv6 address of its own
/// borrows one from another interface).
fn ipv6_tunnel(v6: &[Entry], addrs: &[(String, IpAddr)]) -> Option<Route> {
    v6.iter()
        .filter(|e| e.prefix <= 1)
        .map(|e| describe(e.interface.clone(), e.gateway, e.prefix == 1, addrs, true))
        .find(|r| r.tunnel && r.up)
}

/// The routes now.
pub(super) fn read() -> LocalPath {
    let Ok(v4) = std::fs::read_to_string("/proc/net/route") else {
        return LocalPath::default();
    };
    // A kernel without IPv6 has no such file: no IPv6 route.
    let v6 = std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default();
    let addrs: Vec<(String, IpAddr)> = nix::ifaddrs::getifaddrs()
        .map(|all| {
            all.filter_map(|a| {
                let s = a.address?;
                let ip = match (s.as_sockaddr_in(), s.as_sockaddr_in6()) {
                    (Some(v4), _) => IpAddr::V4(v4.ip()),
                    (_, Some(v6)) => IpAddr::V6(v6.ip()),
                    _ => return None,
                };
                Some((a.interface_name, ip))
            })
            .collect()
        })
        .unwrap_or_default();
    let (v4, v6) = (parse_v4(&v4), parse_v6(&v6));
    // Documentation addresses (TEST-NET-2, 2001:db8::/32): routed like any other, never sent to.
    let out4 = effective(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 1)), &addrs);
    let out6 = effective(
        IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
        &addrs,
    );
    let ipv6 = route(&v6, out6, &addrs, true);
    let ipv6 = match ipv6 {
        Some(r) if !r.tunnel => ipv6_tunnel(&v6, &addrs).or(Some(r)),
        other => other,
    };
    LocalPath {
        known: true,
        ipv4: route(&v4, out4, &addrs, false),
        ipv6,
        link: link(&v4, &v6, &addrs),
        router: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUTE: &str =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
";

    #[test]
    fn the_ipv4_default_route_names_its_router() {
        let e = parse_v4(ROUTE);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].prefix, 0);
        assert_eq!(e[1].prefix, 24);
        assert_eq!(e[1].dest, "192.168.1.0".parse::<IpAddr>().unwrap());
        assert_eq!(
            carrying(&e),
            Some(("eth0".into(), Some("192.168.1.1".parse().unwrap()), false))
        );
    }

    #[test]
    fn a_vpns_pair_of_halves_carries_the_traffic_over_the_default() {
        let text = format!(
            "{ROUTE}wg0\t00000000\t00000000\t0001\t0\t0\t0\t00000080\t0\t0\t0
wg0\t00000080\t00000000\t0001\t0\t0\t0\t00000080\t0\t0\t0
"
        );
        assert_eq!(carrying(&parse_v4(&text)), Some(("wg0".into(), None, true)));
        // One half is not a pair.
        let half = format!("{ROUTE}wg0\t00000000\t00000000\t0001\t0\t0\t0\t00000080\t0\t0\t0\n");
        assert_eq!(carrying(&parse_v4(&half)).unwrap().0, "eth0");
    }

    #[test]
    fn no_default_route_is_none_and_rejects_are_skipped() {
        let text =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
eth0\t00000000\t0101A8C0\t0203\t0\t0\t100\t00000000\t0\t0\t0
";
        assert_eq!(carrying(&parse_v4(text)), None);
        assert_eq!(carrying(&parse_v4("")), None);
    }

    #[test]
    fn the_ipv6_default_route_and_its_link_local_router() {
        let text = "\
fd000001000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
";
        let e = parse_v6(text);
        assert_eq!(
            e.len(),
            2,
            "the unreachable default through lo is not a route"
        );
        assert_eq!(
            carrying(&e),
            Some(("eth0".into(), Some("fe80::1".parse().unwrap()), false))
        );
    }

    #[test]
    fn tunnels_are_known_by_kind_then_name() {
        #[rustfmt::skip]
        let table = [
            ("tun0", Some(65534), true, "", true),
            ("wg0", Some(65534), false, "wireguard", true),
            ("ppp0", Some(512), false, "", true),
            ("proton0", Some(65534), false, "", true),
            // A mobile modem in raw-IP mode: no hardware type, as tun, but not a tunnel.
            ("wwan0", Some(65534), false, "wwan", false),
            ("rmnet_data0", Some(65534), false, "", false),
            ("tap1", Some(1), true, "", true),
            ("eth0", Some(1), false, "", false),
            ("wlp2s0", Some(1), false, "wlan", false),
            ("enp0s3", None, false, "", false),
        ];
        for (name, t, tun, devtype, want) in table {
            assert_eq!(is_tunnel(name, t, tun, devtype), want, "{name}");
            // Of those, only ppp0 is a PPP link.
            assert_eq!(is_ppp(name, t, devtype), name == "ppp0", "{name}");
        }
        assert!(is_ppp("wan", Some(512), ""), "PPP by its hardware type");
        assert!(is_ppp("dsl0", None, "ppp"), "PPP by its device type");
    }
}
