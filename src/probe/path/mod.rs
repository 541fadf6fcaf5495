//! This computer's own path, read only when something failed: where its traffic goes (the
//! default route of each address family, or a VPN's pair of /1 routes), whether that link is
//! up with an address, and whether the router answers. The finer offline causes (no network,
//! the router, the line beyond it, a VPN) and IPv6 trouble are judged from what this returns
//! ([`crate::model::LocalPath`]). Needs no privilege and never runs on a healthy round.

#[cfg(target_os = "linux")]
mod linux;
mod router;

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

/// The routes as the system has them now. Unknown (not `known`) where they can't be read.
pub fn read_routes() -> LocalPath {
    #[cfg(target_os = "linux")]
    {
        linux::read()
    }
    #[cfg(not(target_os = "linux"))]
    {
        LocalPath::default()
    }
}
