//! The test network of "where on your side" (`downbeat_testkit::netns`), held up for a person
//! to look at: a computer, its router and the internet in Linux namespaces (as root), with one
//! fault made where it happens. Prints the computer's namespace and the config to run Downbeat
//! on inside it, and keeps the servers running until it is stopped.
//!
//! ```sh
//! sudo target/debug/examples/network line      # or: healthy, 503, line-no-tcp, router, link,
//!                                              # vpn, vpn-rule, vpn-no-link, vpn-ipv4, ipv6, ipv4
//! sudo ip netns exec <namespace> downbeat check --config <the path it prints>
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use downbeat_testkit::netns::{self, internet, Net};
use downbeat_testkit::Reply;

#[tokio::main]
async fn main() {
    if let Some(why) = netns::unavailable() {
        eprintln!("error: the test network {why}");
        std::process::exit(2);
    }
    let fault = std::env::args().nth(1).unwrap_or_else(|| "healthy".into());
    let net = Net::new();
    let world = internet(&net);
    let _tun = match fault.as_str() {
        "healthy" => None,
        "503" => {
            world.service.set(Reply::status(503, "down"));
            None
        }
        "line" => {
            net.uplink_down();
            None
        }
        // The line down behind a router that answers no TCP: only an echo finds it.
        "line-no-tcp" => {
            net.uplink_down();
            net.router_drops_tcp();
            None
        }
        "router" => {
            net.router_gone();
            None
        }
        "link" => {
            net.link_down();
            None
        }
        "vpn" => Some(net.dead_vpn("tun0")),
        "vpn-rule" => Some(net.dead_vpn_by_rule("wg0")),
        "vpn-ipv4" => Some(net.dead_ipv4_vpn("tun0")),
        "vpn-no-link" => {
            let tun = net.dead_vpn("tun0");
            net.link_down();
            Some(tun)
        }
        "ipv6" => {
            net.ipv6_blackhole();
            None
        }
        "ipv4" => {
            net.ipv4_blackhole();
            None
        }
        other => {
            eprintln!(
                "error: no fault '{other}' (healthy, 503, line, line-no-tcp, router, link, vpn, \
                 vpn-rule, vpn-no-link, vpn-ipv4, ipv6, ipv4)"
            );
            std::process::exit(2);
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    // With IPv4 broken, DNS is asked over IPv6, and the service has no IPv6 address.
    let text = if fault == "ipv4" || fault == "vpn-ipv4" {
        netns::config_with("10s", "[fd00:2::2]:53", "tunes4.test")
    } else {
        netns::config("10s")
    };
    std::fs::write(&config, text).unwrap();
    println!("namespace: {}", net.pc);
    println!("the router's namespace: {}", net.rt);
    println!("{fault}: {}", config.display());
    // Ctrl-C or a plain kill: the namespaces go with it (Net's drop).
    let mut term =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
