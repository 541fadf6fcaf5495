//! A real network for the tests of "where on your side": three Linux network namespaces, made
//! as root with `ip netns` and veth pairs, with IPv4 and IPv6: this computer (`pc`), its router
//! (`rt`, forwarding) and the internet (`net`), where the servers and the DNS server live. Each
//! fault is made where it happens in life: the router's uplink down, the router's address gone
//! from the home link, the computer's own link down, a tun device carrying the default route
//! and passing nothing, an IPv6 blackhole in the router.
//!
//! ```text
//!   pc                      rt                          net
//!   pc0 192.168.1.2  ──  rt0 192.168.1.1   rt1 10.0.0.1  ──  net0 10.0.0.2
//!       fd00:1::2            fd00:1::1         fd00:2::1         fd00:2::2
//! ```
//!
//! Sockets made on a thread that entered a namespace stay in it ([`Net::inside`]), so the
//! servers run in the test's own runtime.

use std::fs::File;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::{dns_on, http_on, zone, Dns, Reply, Server};

pub const PC_V4: &str = "192.168.1.2";
pub const ROUTER_V4: &str = "192.168.1.1";
pub const ROUTER_V6: &str = "fd00:1::1";
pub const NET_V4: &str = "10.0.0.2";
pub const NET_V6: &str = "fd00:2::2";

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The three namespaces, removed on drop.
#[derive(Debug)]
pub struct Net {
    pub pc: String,
    pub rt: String,
    pub net: String,
}

/// Why this machine can't make the test network, if it can't: not root, or no `ip`.
pub fn unavailable() -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        if !nix::unistd::Uid::effective().is_root() {
            return Some("needs root (network namespaces); CI runs as root".into());
        }
        match Command::new("ip").arg("-V").output() {
            Ok(o) if o.status.success() => None,
            _ => Some("needs `ip` (Debian's iproute2)".into()),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        Some("needs Linux network namespaces".into())
    }
}

fn run(args: &[&str]) {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Net {
    /// The network, healthy: every link up, routes both ways, forwarding on.
    pub fn new() -> Net {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let id = format!("db{}x{n}", std::process::id());
        let net = Net {
            pc: format!("{id}pc"),
            rt: format!("{id}rt"),
            net: format!("{id}net"),
        };
        for ns in [&net.pc, &net.rt, &net.net] {
            run(&["ip", "netns", "add", ns]);
            net.ip(ns, &["link", "set", "lo", "up"]);
            // IPv6 addresses stay when a link goes down, as IPv4's do.
            net.sysctl(ns, "net/ipv6/conf/all/keep_addr_on_down", "1");
            net.sysctl(ns, "net/ipv6/conf/default/keep_addr_on_down", "1");
            // No duplicate address detection: link-local addresses (neighbour discovery's
            // source) are usable at once, as on a link that has been up for a while.
            net.sysctl(ns, "net/ipv6/conf/all/accept_dad", "0");
            net.sysctl(ns, "net/ipv6/conf/default/accept_dad", "0");
        }
        let (pc, rt, inet) = (net.pc.clone(), net.rt.clone(), net.net.clone());
        net.ip(
            &pc,
            &[
                "link", "add", "pc0", "type", "veth", "peer", "name", "rt0", "netns", &rt,
            ],
        );
        net.ip(
            &rt,
            &[
                "link", "add", "rt1", "type", "veth", "peer", "name", "net0", "netns", &inet,
            ],
        );
        net.sysctl(&rt, "net/ipv4/ip_forward", "1");
        net.sysctl(&rt, "net/ipv6/conf/all/forwarding", "1");
        for (ns, dev, v4, v6) in [
            (&pc, "pc0", "192.168.1.2/24", "fd00:1::2/64"),
            (&rt, "rt0", "192.168.1.1/24", "fd00:1::1/64"),
            (&rt, "rt1", "10.0.0.1/24", "fd00:2::1/64"),
            (&inet, "net0", "10.0.0.2/24", "fd00:2::2/64"),
        ] {
            net.ip(ns, &["addr", "add", v4, "dev", dev]);
            net.ip(ns, &["-6", "addr", "add", v6, "dev", dev, "nodad"]);
            net.ip(ns, &["link", "set", dev, "up"]);
        }
        net.ip(&pc, &["route", "add", "default", "via", ROUTER_V4]);
        net.ip(&pc, &["-6", "route", "add", "default", "via", ROUTER_V6]);
        net.ip(
            &inet,
            &["route", "add", "192.168.1.0/24", "via", "10.0.0.1"],
        );
        net.ip(
            &inet,
            &["-6", "route", "add", "fd00:1::/64", "via", "fd00:2::1"],
        );
        net.wait_ready();
        net
    }

    /// Waits (at most 5 s) until every link is up as the kernel's link watcher sees it, and
    /// this computer reaches the internet over both families: a packet sent before that may be
    /// dropped, and TCP would try again only a second later.
    fn wait_ready(&self) {
        let links = [
            (&self.pc, "pc0"),
            (&self.rt, "rt0"),
            (&self.rt, "rt1"),
            (&self.net, "net0"),
        ];
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(5) {
            let up = links.iter().all(|(ns, dev)| {
                Command::new("ip")
                    .args(["-n", ns, "-o", "link", "show", "dev", dev])
                    .output()
                    .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("state UP"))
            });
            if up && self.reaches(NET_V4) && self.reaches(NET_V6) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the test network did not come up in 5 s");
    }

    /// This computer gets an answer from `addr` (a refusal: nothing listens yet) within 200 ms.
    fn reaches(&self, addr: &str) -> bool {
        let to = std::net::SocketAddr::new(addr.parse().expect("an address"), 9);
        self.inside(&self.pc, || {
            match std::net::TcpStream::connect_timeout(&to, std::time::Duration::from_millis(200)) {
                Ok(_) => true,
                Err(e) => e.kind() == std::io::ErrorKind::ConnectionRefused,
            }
        })
    }

    /// `ip -n ns …`.
    pub fn ip(&self, ns: &str, args: &[&str]) {
        let mut all = vec!["ip", "-n", ns];
        all.extend_from_slice(args);
        run(&all);
    }

    /// A sysctl inside `ns` (`key` as a path under /proc/sys), without procps.
    pub fn sysctl(&self, ns: &str, key: &str, value: &str) {
        let script = format!("echo {value} > /proc/sys/{key}");
        run(&["ip", "netns", "exec", ns, "sh", "-c", &script]);
    }

    /// Runs `f` on a thread inside the namespace `ns`: the sockets it makes stay there.
    #[cfg(target_os = "linux")]
    pub fn inside<T: Send>(&self, ns: &str, f: impl FnOnce() -> T + Send) -> T {
        std::thread::scope(|s| {
            s.spawn(|| {
                let file = File::open(format!("/run/netns/{ns}")).expect("the namespace");
                nix::sched::setns(&file, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
                f()
            })
            .join()
            .expect("the thread inside the namespace")
        })
    }

    /// A command run in this computer's namespace (`ip netns exec`).
    pub fn on_pc(&self, program: &str) -> tokio::process::Command {
        let mut c = tokio::process::Command::new("ip");
        c.args(["netns", "exec", &self.pc, program]);
        c
    }

    /// A counter of the kernel's, inside `ns`: `Icmp` `InEchos` from /proc/net/snmp.
    pub fn echoes_received(&self, ns: &str) -> u64 {
        let out = Command::new("ip")
            .args(["netns", "exec", ns, "cat", "/proc/net/snmp"])
            .output()
            .expect("cat");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut icmp = text.lines().filter(|l| l.starts_with("Icmp:"));
        let (Some(names), Some(values)) = (icmp.next(), icmp.next()) else {
            return 0;
        };
        names
            .split_whitespace()
            .zip(values.split_whitespace())
            .find(|(n, _)| *n == "InEchos")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0)
    }

    // The faults, where they happen.

    /// The router's uplink is down: it answers, nothing beyond it does.
    pub fn uplink_down(&self) {
        self.ip(&self.rt, &["link", "set", "rt1", "down"]);
    }

    /// The router has lost its addresses on the home link: nothing answers at its address.
    pub fn router_gone(&self) {
        self.ip(&self.rt, &["addr", "flush", "dev", "rt0"]);
    }

    /// The router's addresses back on the home link.
    pub fn router_back(&self) {
        self.ip(&self.rt, &["addr", "add", "192.168.1.1/24", "dev", "rt0"]);
        self.ip(
            &self.rt,
            &["-6", "addr", "add", "fd00:1::1/64", "dev", "rt0", "nodad"],
        );
    }

    /// The router's uplink up again.
    pub fn uplink_up(&self) {
        self.ip(&self.rt, &["link", "set", "rt1", "up"]);
    }

    /// This computer's own link is down (the cable out, Wi-Fi off).
    pub fn link_down(&self) {
        self.ip(&self.pc, &["link", "set", "pc0", "down"]);
    }

    /// IPv6 is dropped silently in the router, toward the internet's servers.
    pub fn ipv6_blackhole(&self) {
        self.ip(
            &self.rt,
            &[
                "-6",
                "route",
                "add",
                "blackhole",
                "fd00:2::/64",
                "metric",
                "1",
            ],
        );
    }

    /// IPv4 is dropped silently in the router, toward the internet's servers (a DS-Lite
    /// provider's IPv4 gateway gone, as this computer sees it).
    pub fn ipv4_blackhole(&self) {
        self.ip(&self.rt, &["route", "add", "blackhole", "10.0.0.2/32"]);
    }

    /// The router drops every TCP segment from the home link, to itself too (a firewall that
    /// answers on no port): only an ICMP echo finds it. Its local table moves behind the rule
    /// that drops them, for both families.
    pub fn router_drops_tcp(&self) {
        let rt = self.rt.clone();
        for family in ["-4", "-6"] {
            let rule = |args: &[&str]| {
                let mut all = vec![family, "rule"];
                all.extend_from_slice(args);
                self.ip(&rt, &all);
            };
            rule(&[
                "add",
                "pref",
                "10",
                "iif",
                "rt0",
                "ipproto",
                "tcp",
                "blackhole",
            ]);
            rule(&["add", "pref", "100", "lookup", "local"]);
            rule(&["del", "pref", "0"]);
        }
    }

    /// Unprivileged ICMP sockets allowed in this computer's namespace (desktop distributions
    /// set this wide; the kernel's default allows no one).
    pub fn allow_ping(&self) {
        self.sysctl(&self.pc, "net/ipv4/ping_group_range", "0 2147483647");
    }

    /// A VPN that carries all traffic and passes nothing: a tun device `name` in this
    /// computer's namespace, held open (by the returned file) and read by no one, with the
    /// pair of /1 routes VPN clients install, for both families.
    #[cfg(target_os = "linux")]
    pub fn dead_vpn(&self, name: &str) -> File {
        self.dead_vpn_of(name, true)
    }

    /// The same VPN carrying IPv4 alone: IPv6 keeps its native route, around the tunnel.
    #[cfg(target_os = "linux")]
    pub fn dead_ipv4_vpn(&self, name: &str) -> File {
        self.dead_vpn_of(name, false)
    }

    #[cfg(target_os = "linux")]
    fn dead_vpn_of(&self, name: &str, ipv6: bool) -> File {
        let file = self.inside(&self.pc, || tun(name));
        let pc = self.pc.clone();
        self.ip(&pc, &["link", "set", name, "up"]);
        self.ip(&pc, &["addr", "add", "10.8.0.2/24", "dev", name]);
        for half in ["0.0.0.0/1", "128.0.0.0/1"] {
            self.ip(&pc, &["route", "add", half, "dev", name]);
        }
        if ipv6 {
            self.ip(
                &pc,
                &["-6", "addr", "add", "fd00:8::2/64", "dev", name, "nodad"],
            );
            for half in ["::/1", "8000::/1"] {
                self.ip(&pc, &["-6", "route", "add", half, "dev", name]);
            }
        }
        file
    }
}

impl Net {
    /// A VPN as wg-quick sets one up: a tun device `name` passing nothing, the default route
    /// in a table of its own (51820) chosen by a rule for everything not marked, and the main
    /// table's routes (the home link's default) left in place.
    #[cfg(target_os = "linux")]
    pub fn dead_vpn_by_rule(&self, name: &str) -> File {
        let file = self.inside(&self.pc, || tun(name));
        let pc = self.pc.clone();
        self.ip(&pc, &["link", "set", name, "up"]);
        self.ip(&pc, &["addr", "add", "10.9.0.2/24", "dev", name]);
        self.ip(
            &pc,
            &["route", "add", "default", "dev", name, "table", "51820"],
        );
        self.ip(
            &pc,
            &["rule", "add", "not", "fwmark", "51820", "table", "51820"],
        );
        self.ip(
            &pc,
            &["rule", "add", "table", "main", "suppress_prefixlength", "0"],
        );
        file
    }
}

/// Opens a tun device named `name` in the calling thread's namespace (TUNSETIFF).
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn tun(name: &str) -> File {
    use std::os::fd::AsRawFd;
    const TUNSETIFF: libc::c_ulong = 0x4004_54ca;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .expect("/dev/net/tun");
    // SAFETY: an all-zero ifreq is valid; the name fits (checked), and the ioctl reads the
    // struct only for the call.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    assert!(name.len() < req.ifr_name.len());
    for (slot, b) in req.ifr_name.iter_mut().zip(name.bytes()) {
        *slot = b as libc::c_char;
    }
    req.ifr_ifru.ifru_flags = (libc::IFF_TUN | libc::IFF_NO_PI) as libc::c_short;
    // SAFETY: TUNSETIFF takes a pointer to an ifreq, which lives across the call.
    let rc = unsafe { libc::ioctl(file.as_raw_fd(), TUNSETIFF as _, &req) };
    assert_eq!(rc, 0, "TUNSETIFF: {}", std::io::Error::last_os_error());
    file
}

impl Default for Net {
    fn default() -> Self {
        Net::new()
    }
}

impl Drop for Net {
    fn drop(&mut self) {
        for ns in [&self.pc, &self.rt, &self.net] {
            let _ = Command::new("ip").args(["netns", "del", ns]).output();
        }
    }
}

/// The internet's side: a DNS server (names with A and AAAA records), a baseline site (port 80)
/// and the service (port 8080), on the internet namespace's addresses, both families.
pub struct Internet {
    pub dns: Server,
    pub site: Server,
    pub service: Server,
}

/// Starts [`Internet`] in `net`'s internet namespace, on the current tokio runtime.
#[cfg(target_os = "linux")]
pub fn internet(net: &Net) -> Internet {
    let (udp, tcp, site, service) = net.inside(&net.net, || {
        let udp = std::net::UdpSocket::bind("[::]:53").unwrap();
        let tcp = std::net::TcpListener::bind("[::]:53").unwrap();
        let site = std::net::TcpListener::bind("[::]:80").unwrap();
        let service = std::net::TcpListener::bind("[::]:8080").unwrap();
        udp.set_nonblocking(true).unwrap();
        for l in [&tcp, &site, &service] {
            l.set_nonblocking(true).unwrap();
        }
        (udp, tcp, site, service)
    });
    let both = || Dns::Dual(NET_V4.parse().unwrap(), NET_V6.parse().unwrap());
    let names = zone(&[
        ("base.test", both()),
        ("tunes.test", both()),
        // A service with no IPv6 address, as many are.
        ("tunes4.test", Dns::A(NET_V4.parse().unwrap())),
    ]);
    Internet {
        dns: dns_on(
            tokio::net::UdpSocket::from_std(udp).unwrap(),
            tokio::net::TcpListener::from_std(tcp).unwrap(),
            names,
        ),
        site: http_on(
            tokio::net::TcpListener::from_std(site).unwrap(),
            Reply::ok("ok"),
        ),
        service: http_on(
            tokio::net::TcpListener::from_std(service).unwrap(),
            Reply::ok("tunes"),
        ),
    }
}

/// Listeners on the router's own DNS, web and secure-web ports, counting every connection:
/// what asking the router would touch.
#[cfg(target_os = "linux")]
pub fn router_listens(net: &Net) -> Arc<AtomicUsize> {
    let listeners = net.inside(&net.rt, || {
        [53, 80, 443].map(|port| {
            let l = std::net::TcpListener::bind((ROUTER_V4, port)).unwrap();
            l.set_nonblocking(true).unwrap();
            l
        })
    });
    let seen = Arc::new(AtomicUsize::new(0));
    for l in listeners {
        let l = tokio::net::TcpListener::from_std(l).unwrap();
        let seen = seen.clone();
        tokio::spawn(async move {
            while let Ok((_s, _)) = l.accept().await {
                seen.fetch_add(1, Ordering::SeqCst);
            }
        });
    }
    seen
}

/// The config this computer runs: the internet's DNS server, one baseline site and the
/// service "Tunes", each check with 4 s, every `interval` (for `watch` and the tray).
pub fn config(interval: &str) -> String {
    config_with(interval, "10.0.0.2:53", "tunes.test")
}

/// [`config`] with another DNS server (`[fd00:2::2]:53`: over IPv6) and service host
/// (`tunes4.test`: IPv4 only).
pub fn config_with(interval: &str, dns: &str, service: &str) -> String {
    format!(
        "[settings]\noutside_view = \"\"\ninterval = \"{interval}\"\ntimeout = \"4s\"\n\
         failure_threshold = 1\nrecovery_threshold = 1\n\
         dns_servers = [\"{dns}\"]\nreference_dns = []\n\
         [[baseline]]\nname = \"site\"\nurl = \"http://base.test/\"\n\
         [[service]]\nname = \"Tunes\"\n\
         [[service.check]]\nname = \"front\"\nurl = \"http://{service}:8080/\"\n"
    )
}
