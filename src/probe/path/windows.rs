//! Windows: the interface that carries the default route and its router, from the IP Helper
//! API (GetAdaptersAddresses, through the `netdev` crate): the interface whose address this
//! computer would send from to the internet (a UDP socket's route lookup, which sends nothing),
//! its gateways, its state and its kind. A tunnel adapter (a VPN's: WireGuard, OpenVPN's TAP,
//! a PPP link) is a tunnel.

use std::net::IpAddr;

use netdev::interface::interface::Interface;
use netdev::interface::types::InterfaceType;

use crate::model::{LocalPath, Route};

fn tunnel(i: &Interface) -> bool {
    matches!(i.if_type, InterfaceType::Tunnel | InterfaceType::Ppp)
        || super::names_a_vpn(&[
            i.name.as_str(),
            i.friendly_name.as_deref().unwrap_or(""),
            i.description.as_deref().unwrap_or(""),
        ])
}

fn route(i: &Interface, v6: bool) -> Option<Route> {
    let gateway: Option<IpAddr> = i.gateway.as_ref().and_then(|g| {
        if v6 {
            g.ipv6.first().map(|a| IpAddr::V6(*a))
        } else {
            g.ipv4.first().map(|a| IpAddr::V4(*a))
        }
    });
    let has_address = if v6 {
        i.ipv6
            .iter()
            .any(|n| (n.addr().segments()[0] & 0xffc0) != 0xfe80)
    } else {
        !i.ipv4.is_empty()
    };
    let tunnel = tunnel(i);
    // A family is routed out of it when it has a router for it, or (a tunnel, point to point)
    // an address of it.
    if gateway.is_none() && !(tunnel && has_address) {
        return None;
    }
    Some(Route {
        // The name people see in the network settings ("Ethernet", "Wi-Fi", "wg0").
        interface: i.friendly_name.clone().unwrap_or_else(|| i.name.clone()),
        gateway,
        up: i.is_up() && i.is_running(),
        has_address,
        tunnel,
        split: false,
        ppp: i.if_type == InterfaceType::Ppp,
        index: i.index,
    })
}

/// The routes now. No default interface (no address to send from) is no route.
pub(super) fn read() -> LocalPath {
    let all = netdev::get_interfaces();
    let default = all.iter().find(|i| i.default && !i.is_loopback());
    // The physical link: an adapter with a router, up, not a tunnel (the default one first).
    let link = default
        .into_iter()
        .chain(all.iter())
        .filter(|i| !i.is_loopback())
        .filter_map(|i| route(i, false).or_else(|| route(i, true)))
        .find(|r| r.usable() && !r.tunnel && r.gateway.is_some());
    LocalPath {
        known: true,
        ipv4: default.and_then(|i| route(i, false)),
        ipv6: default.and_then(|i| route(i, true)),
        link,
        router: None,
    }
}
