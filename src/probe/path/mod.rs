//! This computer's own path, read only when something failed: where its traffic goes (the
//! default route of each address family, or a VPN's pair of /1 routes), whether that link is
//! up with an address, and whether the router answers. The finer offline causes (no network,
//! the router, the line beyond it, a VPN) and IPv6 trouble are judged from what this returns
//! ([`crate::model::LocalPath`]). Needs no privilege and never runs on a healthy round.

#[cfg(target_os = "linux")]
mod linux;
mod router;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
mod windows_echo;

use tokio::time::Instant;

use crate::model::LocalPath;

pub use router::ROUTER_WAIT;

/// Reads the routes and, when `ask_router` (nothing got out), asks the router of the route
/// that carries the traffic, giving up at `deadline`.
pub async fn investigate(ask_router: bool, deadline: Instant) -> LocalPath {
    let mut path = read_routes();
    if ask_router {
        if let Some((addr, index)) = path.router_to_ask() {
            path.router = Some(router::ask(addr, index, deadline).await);
        }
    }
    tracing::info!(
        known = path.known,
        cause = path.offline_cause().as_str(),
        "read this computer's path"
    );
    path
}

/// What a VPN adapter's names say of it where its type doesn't (Windows: WireGuard's and
/// OpenVPN's adapters, which call themselves Ethernet).
#[cfg_attr(not(windows), allow(dead_code))]
fn names_a_vpn(names: &[&str]) -> bool {
    const WORDS: [&str; 7] = [
        "wireguard",
        "wintun",
        "tap-windows",
        "openvpn",
        "vpn",
        "tunnel",
        "ppp",
    ];
    names.iter().any(|n| {
        let n = n.to_lowercase();
        WORDS.iter().any(|w| n.contains(w))
    })
}

/// The routes as the system has them now. Unknown (not `known`) where they can't be read.
pub fn read_routes() -> LocalPath {
    #[cfg(target_os = "linux")]
    {
        linux::read()
    }
    #[cfg(windows)]
    {
        windows::read()
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    {
        LocalPath::default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn vpn_adapters_are_known_by_their_names() {
        #[rustfmt::skip]
        let table: [(&[&str], bool); 6] = [
            (&["{6B2A…}", "wg0", "WireGuard Tunnel"], true),
            (&["{A1B2…}", "Ethernet 3", "TAP-Windows Adapter V9"], true),
            (&["{C3D4…}", "Corp VPN", "WAN Miniport (IKEv2)"], true),
            (&["{E5F6…}", "Ethernet", "Intel(R) Ethernet Connection I219-V"], false),
            (&["{0000…}", "Wi-Fi", "Intel(R) Wi-Fi 6 AX201 160MHz"], false),
            (&[], false),
        ];
        for (names, want) in table {
            assert_eq!(super::names_a_vpn(names), want, "{names:?}");
        }
    }
}
