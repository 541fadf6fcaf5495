//! Where on your side: no network, the router, the line beyond it, a VPN, IPv6; judged through
//! `downbeat check --json` in a real network of Linux namespaces (this computer, its router,
//! the internet: `downbeat_testkit::netns`), each fault made where it happens. A 503 on the far
//! side stays the service's. A healthy round sends nothing to the router.
//!
//! These need root (CI runs as root); elsewhere each says why it is skipped. Each prints how
//! long `check` took to name its cause: `cargo test -p downbeat-cli --test it your_side --
//! --nocapture`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::netns::{self, internet, router_listens, Net, NET_V4, ROUTER_V4};
use support::Reply;

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

fn skipped() -> bool {
    match netns::unavailable() {
        Some(why) => {
            eprintln!("skipped: {why}");
            true
        }
        None => false,
    }
}

/// `downbeat check --json` on this computer, and how long it took.
async fn check(net: &Net) -> (Value, i32, Duration) {
    check_config(net, &netns::config("30s")).await
}

/// `downbeat check` (with `args` before `--config`) on this computer with `text` for its
/// config: its output, and how long it took.
async fn run_check(net: &Net, args: &[&str], text: &str) -> (std::process::Output, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("downbeat.toml");
    std::fs::write(&config, text).unwrap();
    let started = Instant::now();
    let out = net
        .on_pc(BIN)
        .arg("check")
        .args(args)
        .arg("--config")
        .arg(&config)
        .env("NO_COLOR", "1")
        .output()
        .await
        .unwrap();
    (out, started.elapsed())
}

/// `downbeat check --json` on this computer with `text` for its config.
async fn check_config(net: &Net, text: &str) -> (Value, i32, Duration) {
    let (out, took) = run_check(net, &["--json"], text).await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (doc, out.status.code().unwrap_or(-1), took)
}

/// `downbeat check`'s text, as people read it.
async fn check_text(net: &Net) -> String {
    let (out, _) = run_check(net, &[], &netns::config("30s")).await;
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Checks the verdict: its status, cause and blame, and that its words say `says`.
fn verdict(doc: &Value, status: &str, cause: &str, blame: &str, says: &[&str]) {
    let v = &doc["verdict"];
    let summary = v["summary"].as_str().unwrap();
    assert_eq!(
        (
            v["status"].as_str(),
            v["cause"].as_str(),
            v["blame"].as_str()
        ),
        (Some(status), Some(cause), Some(blame)),
        "{summary}\n{doc:#}"
    );
    for words in says {
        assert!(summary.contains(words), "{words:?} in {summary:?}");
    }
    assert!(!summary.contains("Tunes is down"), "{summary}");
}

/// The baseline site's two families: IPv6 connected, IPv4 timed out.
fn ipv6_connected_ipv4_timed_out(doc: &Value) {
    let site = &doc["baseline"][0]["families"];
    assert_eq!(site[0]["family"], "ipv6", "{doc:#}");
    assert_eq!(site[0]["outcome"], "connected", "{doc:#}");
    assert_eq!(site[1]["family"], "ipv4", "{doc:#}");
    assert_eq!(site[1]["outcome"], "timed_out", "{doc:#}");
}

fn named(cause: &str, took: Duration) {
    eprintln!(
        "where on your side: {cause} named in {} ms",
        took.as_millis()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_healthy_round_asks_the_router_nothing() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let seen = router_listens(&net);
    net.allow_ping();
    let echoes = net.echoes_received(&net.rt);
    let (doc, code, took) = check(&net).await;
    verdict(&doc, "up", "none", "none", &["Tunes is up."]);
    assert_eq!(code, 0);
    assert!(doc.get("path").is_none(), "no path read: {doc:#}");
    // Both families answer: the baseline says how each fared; the service went by IPv6.
    let site = &doc["baseline"][0];
    assert_eq!(site["families"][0]["family"], "ipv6", "{site:#}");
    assert_eq!(site["families"][0]["outcome"], "connected");
    assert_eq!(site["families"][1]["family"], "ipv4");
    assert_eq!(site["families"][1]["outcome"], "connected");
    let front = &doc["services"][0]["checks"][0];
    assert!(front["remote_addr"]
        .as_str()
        .unwrap()
        .starts_with("[fd00:2::2]"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        seen.load(Ordering::SeqCst),
        0,
        "no connection to the router"
    );
    assert_eq!(
        net.echoes_received(&net.rt),
        echoes,
        "no echo to the router"
    );
    named("none", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_beyond_a_healthy_path_stays_theirs() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let internet = internet(&net);
    let seen = router_listens(&net);
    internet.service.set(Reply::status(503, "down"));
    let (doc, code, took) = check(&net).await;
    let summary = doc["verdict"]["summary"].as_str().unwrap();
    assert_eq!(
        (
            doc["verdict"]["cause"].as_str(),
            doc["verdict"]["blame"].as_str()
        ),
        (Some("service"), Some("them")),
        "{summary}"
    );
    assert!(summary.contains("Tunes is down"), "{summary}");
    assert_eq!(code, 2);
    assert!(doc.get("path").is_none(), "{doc:#}");
    assert_eq!(seen.load(Ordering::SeqCst), 0, "the router was not asked");
    named("service", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_routers_uplink_down_is_the_line() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    net.allow_ping();
    let echoes = net.echoes_received(&net.rt);
    net.uplink_down();
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "line_down",
        "you",
        &[
            "Your router (192.168.1.1) answers, but nothing beyond it does",
            "their status page or phone line",
        ],
    );
    assert_eq!(code, 3);
    let router = &doc["path"]["router"];
    assert_eq!(router["addr"], ROUTER_V4, "{doc:#}");
    assert_eq!(router["echo_allowed"], true, "{router}");
    assert!(
        router["answer"] == "echo" || router["answer"].get("tcp").is_some(),
        "{router}"
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        net.echoes_received(&net.rt) > echoes,
        "the router was pinged"
    );
    named("line_down", took);
    // The evidence, as `check` lists it.
    let text = check_text(&net).await;
    for line in [
        "This computer's path",
        "IPv4 goes out through pc0 to the router 192.168.1.1.",
        "IPv6 goes out through pc0 to the router fd00:1::1.",
        "The router answered",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
}

/// The same line down behind a router that answers no TCP at all, to itself too: the ICMP
/// echo finds it (where the system allows one), so it is the line, not the router.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_router_that_drops_tcp_answers_the_echo() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    net.allow_ping();
    net.uplink_down();
    net.router_drops_tcp();
    let echoes = net.echoes_received(&net.rt);
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "line_down",
        "you",
        &["Your router (192.168.1.1) answers, but nothing beyond it does"],
    );
    assert_eq!(code, 3);
    let router = &doc["path"]["router"];
    assert_eq!(router["answer"], "echo", "{router}");
    assert!(
        net.echoes_received(&net.rt) > echoes,
        "the router was pinged"
    );
    named("line_down (the router answers no TCP)", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_router_gone_from_the_home_link_is_the_router() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    net.router_gone();
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "router_down",
        "you",
        &[
            "Your router (192.168.1.1) doesn't answer",
            "Restart the router",
        ],
    );
    assert_eq!(code, 3);
    // Without unprivileged ICMP (the kernel's default), TCP asked it.
    assert_eq!(doc["path"]["router"]["echo_allowed"], false, "{doc:#}");
    assert!(
        ["silent", "unreachable"].contains(&doc["path"]["router"]["answer"].as_str().unwrap()),
        "{doc:#}"
    );
    named("router_down", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn this_computers_link_down_is_no_network() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let seen = router_listens(&net);
    net.link_down();
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "no_network",
        "you",
        &[
            "This computer isn't connected to a network",
            "Turn on Wi-Fi or plug in the cable.",
        ],
    );
    assert_eq!(code, 3);
    assert!(
        doc["path"]["ipv4"].is_null() && doc["path"]["ipv6"].is_null(),
        "{doc:#}"
    );
    assert_eq!(seen.load(Ordering::SeqCst), 0);
    named("no_network", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tunnel_that_passes_nothing_is_the_vpn() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let seen = router_listens(&net);
    let _tun = net.dead_vpn("tun0");
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "vpn_down",
        "you",
        &[
            "Your VPN (tun0) carries all traffic and nothing gets through it",
            "Reconnect the VPN, or turn it off.",
        ],
    );
    assert_eq!(code, 3);
    let v4 = &doc["path"]["ipv4"];
    assert_eq!(
        (&v4["interface"], &v4["tunnel"], &v4["split"]),
        (&Value::from("tun0"), &Value::from(true), &Value::from(true)),
        "{doc:#}"
    );
    // The home router beneath (not the tunnel's far end) was asked, and answered: the link
    // works, so it is the VPN.
    assert_eq!(doc["path"]["router"]["addr"], ROUTER_V4, "{doc:#}");
    assert_eq!(doc["path"]["link"]["interface"], "pc0", "{doc:#}");
    assert!(seen.load(Ordering::SeqCst) > 0);
    named("vpn_down", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ipv6_blackhole_is_ipv6_broken_and_the_service_is_up() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let seen = router_listens(&net);
    net.ipv6_blackhole();
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "degraded",
        "ipv6_broken",
        "you",
        &[
            "Tunes is up.",
            "IPv6 is broken on this network",
            "turn IPv6 off on this computer",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(doc["services"][0]["status"], "up", "{doc:#}");
    // Each family's result, where both were tried: the baseline waited for IPv6 to fail.
    let site = &doc["baseline"][0]["families"];
    assert_eq!(site[0]["family"], "ipv6", "{doc:#}");
    assert_eq!(site[0]["outcome"], "timed_out");
    assert_eq!(site[1]["outcome"], "connected");
    // The service went the browsers' way: IPv6 first, IPv4 after the stagger.
    let front = &doc["services"][0]["checks"][0];
    assert_eq!(front["families"][0]["outcome"], "stalled", "{front:#}");
    assert_eq!(front["families"][1]["outcome"], "connected");
    assert!(front["remote_addr"].as_str().unwrap().starts_with(NET_V4));
    assert_eq!(
        seen.load(Ordering::SeqCst),
        0,
        "IPv6 trouble asks no router"
    );
    named("ipv6_broken", took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ipv4_only_computer_tries_no_ipv6_and_reads_nothing() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let seen = router_listens(&net);
    // No IPv6 route: the names still have AAAA records.
    let pc = net.pc.clone();
    net.ip(&pc, &["-6", "route", "del", "default"]);
    let (doc, code, took) = check(&net).await;
    verdict(&doc, "up", "none", "none", &["Tunes is up."]);
    assert_eq!(code, 0);
    assert!(doc.get("path").is_none(), "nothing failed: {doc:#}");
    for c in [&doc["baseline"][0], &doc["services"][0]["checks"][0]] {
        assert!(c.get("families").is_none(), "one family only: {c:#}");
        assert!(
            c["remote_addr"].as_str().unwrap().starts_with(NET_V4),
            "{c:#}"
        );
    }
    assert_eq!(seen.load(Ordering::SeqCst), 0);
    named("none (IPv4 only)", took);
}

/// `downbeat watch` in the real network, its notifications on a private D-Bus: one for each
/// change of cause (the router, then the line beyond it) and one for its end, each naming the
/// router's address.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_tells_each_change_of_where_and_its_end() {
    use support::dbus::Bus;
    use support::watch::Watch;
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let bus = Bus::start().await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("downbeat.toml");
    std::fs::write(&config, netns::config("1s")).unwrap();
    let watch = Watch::start_command(net.on_pc(BIN), &config, &bus).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;

    net.router_gone();
    let notes = bus.wait_for(1, Duration::from_secs(15)).await;
    assert_eq!(notes[0].summary, "Your router doesn't answer", "{notes:?}");
    assert!(
        notes[0]
            .body
            .contains("Your router (192.168.1.1) doesn't answer"),
        "{}",
        notes[0].body
    );

    // The line first: no round in between may see everything well.
    net.uplink_down();
    net.router_back();
    let notes = bus.wait_for(2, Duration::from_secs(15)).await;
    assert_eq!(notes[1].summary, "Your internet line is down", "{notes:?}");
    assert!(notes[1].body.contains("192.168.1.1"), "{}", notes[1].body);

    net.uplink_up();
    let notes = bus.wait_for(3, Duration::from_secs(15)).await;
    assert_eq!(notes[2].summary, "Your internet line is back", "{notes:?}");
    assert!(
        notes[2]
            .body
            .starts_with("The line beyond your router was down for "),
        "{}",
        notes[2].body
    );
    assert_eq!(notes.len(), 3, "one each: {notes:?}");
    // The connection's causes until then (a later round may see the links still settling).
    let all = watch.transitions();
    let causes: Vec<String> = all
        .iter()
        .filter(|t| t["service"].is_null())
        .map(|t| t["cause"].as_str().unwrap_or("?").to_owned())
        .take(3)
        .collect();
    watch.stop().await;
    assert_eq!(
        causes,
        ["router_down", "line_down", "none"],
        "the connection's causes: {all:#?}"
    );
    // The history keeps each as an incident of its own, offline and yours, in its words.
    let h = support::watch::history(BIN, &dir.path().join("data")).await;
    let incidents: Vec<(String, String, String)> = h["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["service"].is_null())
        .map(|i| {
            (
                i["cause"].as_str().unwrap_or("?").to_owned(),
                i["state"].as_str().unwrap_or("?").to_owned(),
                i["blame"].as_str().unwrap_or("?").to_owned(),
            )
        })
        .collect();
    let want = |c: &str| (c.to_owned(), "offline".to_owned(), "you".to_owned());
    for cause in ["router_down", "line_down"] {
        assert!(incidents.contains(&want(cause)), "{cause}: {h:#}");
    }
    assert!(
        h["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["what"] == "Your internet line was down"),
        "{h:#}"
    );
}

/// A VPN that routes by a table of its own, as wg-quick does (`ip rule not fwmark … table …`),
/// leaving the main table's default route through the home link: the kernel's own route lookup
/// finds the tunnel.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vpn_routing_by_its_own_table_is_the_vpn() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let _tun = net.dead_vpn_by_rule("wg0");
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "vpn_down",
        "you",
        &["Your VPN (wg0) carries all traffic and nothing gets through it"],
    );
    assert_eq!(code, 3);
    assert_eq!(doc["path"]["ipv4"]["interface"], "wg0", "{doc:#}");
    named("vpn_down (its own table)", took);
}

/// A VPN client that keeps its tunnel up while the Wi-Fi is off: no network, not the VPN.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vpn_over_no_link_is_no_network() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let _tun = net.dead_vpn("tun0");
    net.link_down();
    let (doc, code, took) = check(&net).await;
    verdict(
        &doc,
        "offline",
        "no_network",
        "you",
        &["This computer isn't connected to a network"],
    );
    assert_eq!(code, 3);
    assert!(doc["path"]["link"].is_null(), "{doc:#}");
    named("no_network (a VPN over no link)", took);
}

/// The mirror of IPv6 broken: IPv4 dropped in the router while IPv6 works (the DNS server
/// asked over IPv6). The baseline gets through over IPv6; a service with no IPv6 address can't
/// be reached, and it isn't the service's fault.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ipv4_blackhole_is_ipv4_broken_not_the_service() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    net.ipv4_blackhole();
    let config = netns::config_with("30s", "[fd00:2::2]:53", "tunes4.test");
    let (doc, code, took) = check_config(&net, &config).await;
    verdict(
        &doc,
        "down",
        "ipv4_broken",
        "you",
        &[
            "IPv4 is broken on this network, and Tunes has no IPv6 address",
            "It's you, not Tunes.",
        ],
    );
    assert_eq!(code, 2);
    ipv6_connected_ipv4_timed_out(&doc);
    named("ipv4_broken", took);
}

/// A VPN that carries IPv4 alone and passes nothing, while IPv6 goes out natively around it:
/// the baseline gets through over IPv6, and an IPv4-only service is not blamed. The words name
/// the VPN, not the network.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ipv4_vpn_that_passes_nothing_beside_native_ipv6_is_the_vpns() {
    if skipped() {
        return;
    }
    let net = Net::new();
    let _internet = internet(&net);
    let _tun = net.dead_ipv4_vpn("tun0");
    let config = netns::config_with("30s", "[fd00:2::2]:53", "tunes4.test");
    let (doc, code, took) = check_config(&net, &config).await;
    verdict(
        &doc,
        "down",
        "ipv4_broken",
        "you",
        &[
            "Your VPN (tun0) passes no IPv4, and Tunes has no IPv6 address",
            "It's you, not Tunes.",
            "Reconnect the VPN, or turn it off.",
        ],
    );
    assert_eq!(code, 2);
    let path = &doc["path"];
    assert_eq!(path["ipv4"]["interface"], "tun0", "{doc:#}");
    assert_eq!(path["ipv4"]["tunnel"], true, "{doc:#}");
    assert_eq!(path["ipv6"]["interface"], "pc0", "{doc:#}");
    ipv6_connected_ipv4_timed_out(&doc);
    named("ipv4_broken through a VPN", took);
}
