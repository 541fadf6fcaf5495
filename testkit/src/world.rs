//! Whose side, exactly: a loopback world that imitates the networks behind each cause, and the
//! scenarios as data, shared by the test (`tests/causes.rs`) and the bench
//! (`benches/causes.rs`).
//!
//! The world: the user's DNS server and a DNS-over-HTTPS reference (both over zones the test
//! changes), a baseline site, a captive-portal check, a neutral download, and the service
//! "Tunes" with a front door and a CDN. Every name resolves through these DNS servers, never
//! pinned, so the DNS path is really taken.

use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use std::sync::Arc;

use rustls::ServerConfig;

use crate::{Ca, Dns, Reply, Server, Zone};

/// One scenario: what it imitates, how, and the verdict `check --json` must give.
pub struct Scenario {
    pub what: &'static str,
    pub opts: Opts,
    pub set: fn(&World),
    pub status: &'static str,
    pub cause: &'static str,
    /// Words the summary must contain.
    pub says: &'static str,
}

impl Scenario {
    /// The blame the cause stands for.
    pub fn blame(&self) -> &'static str {
        match self.cause {
            "none" => "none",
            "service" => "them",
            _ => "you",
        }
    }

    /// The exit code the status stands for.
    pub fn exit_code(&self) -> i32 {
        match self.status {
            "up" => 0,
            "degraded" => 1,
            "down" => 2,
            _ => 3,
        }
    }
}

pub fn local() -> Dns {
    Dns::A("127.0.0.1".parse().unwrap())
}

pub fn sinkhole() -> Dns {
    Dns::A("0.0.0.0".parse().unwrap())
}

/// A download that arrives at about 100 kbit/s: 1 KiB every 80 ms.
pub fn trickle() -> Reply {
    Reply::Paced {
        total: 64 * 1024,
        chunk: 1024,
        every: Duration::from_millis(80),
    }
}

pub struct World {
    pub dir: tempfile::TempDir,
    pub user: Zone,
    pub reference: Zone,
    pub dns: Server,
    pub doh: Server,
    pub site: Server,
    pub portal: Server,
    pub speed: Server,
    pub front: Server,
    pub cdn: Server,
    /// An HTTPS server with a certificate of its own CA: a portal intercepting HTTPS.
    pub intercept: Server,
    /// The certificates the HTTPS servers can be switched to (see [`World::present`]).
    pub certs: Certs,
}

/// The certificates of the world's names, each as a server config: trusted and current, or
/// made to look wrong one way.
pub struct Certs {
    pub good: Arc<ServerConfig>,
    /// Valid from 400 to 200 days ago: expired, as a clock that runs ahead sees every site.
    pub expired: Arc<ServerConfig>,
    /// Valid from 200 to 400 days from now: not yet valid, as a clock that runs behind sees it.
    pub future: Arc<ServerConfig>,
    /// For the right names, from an authority nobody trusts: an intercepting middlebox.
    pub intercepted: Arc<ServerConfig>,
    /// From the trusted authority, for another name.
    pub misnamed: Arc<ServerConfig>,
}

/// The issuer of the intercepting middlebox's certificates.
pub const MIDDLEBOX_CA: &str = "Contoso Web Inspection CA";

/// An HTTP `Date` `days` from now: the network's time, as a site's answer says it.
pub fn date_in(days: i64) -> String {
    let d = std::time::Duration::from_secs(days.unsigned_abs() * 86_400);
    let t = if days < 0 {
        std::time::SystemTime::now() - d
    } else {
        std::time::SystemTime::now() + d
    };
    httpdate::fmt_http_date(t)
}

/// What a config points where.
#[derive(Default)]
pub struct Opts {
    /// The front door's port belongs to the portal's HTTPS interceptor.
    pub intercepted: bool,
    pub no_reference: bool,
    /// The neutral DNS is configured but can't be reached (its port refuses).
    pub reference_down: bool,
    /// For `watch`: a one-second interval and notifications for degraded states.
    pub watch: bool,
    /// `slow_ms`, when set.
    pub slow_ms: Option<u32>,
}

impl World {
    pub async fn new() -> World {
        let ca = Ca::new("Downbeat Test CA");
        let dir = tempfile::tempdir().unwrap();
        ca.write(dir.path());
        let names = ["base.test", "speed.test", "tunes.test", "cdn.tunes.test"];
        let user = crate::zone(&[("*", local())]);
        let reference = crate::zone(&[("*", local())]);
        let big = "a".repeat(64 * 1024);
        let days = time::Duration::days;
        let certs = Certs {
            good: ca.good(&names),
            expired: ca.leaf(&names, days(-400), days(-200)),
            future: ca.leaf(&names, days(200), days(400)),
            intercepted: Ca::new(MIDDLEBOX_CA).good(&names),
            misnamed: ca.good(&["elsewhere.test"]),
        };
        World {
            dns: crate::dns_live(user.clone()).await,
            doh: crate::doh(ca.good(&["127.0.0.1"]), reference.clone()).await,
            site: crate::https(ca.good(&names), Reply::status(204, "")).await,
            portal: crate::http(Reply::status(204, "")).await,
            speed: crate::https(ca.good(&names), Reply::ok(&big)).await,
            front: crate::https(ca.good(&names), Reply::ok("welcome")).await,
            cdn: crate::https(ca.good(&names), Reply::ok(&big)).await,
            intercept: crate::https(
                Ca::new("Hotel Portal CA").good(&["login.portal.test"]),
                Reply::ok("sign in"),
            )
            .await,
            user,
            reference,
            dir,
            certs,
        }
    }

    /// The baseline's HTTPS sites present `baseline` from now on, and the service's `service`.
    pub fn present(&self, baseline: &Arc<ServerConfig>, service: &Arc<ServerConfig>) {
        self.site.set_tls(baseline.clone());
        self.speed.set_tls(baseline.clone());
        self.front.set_tls(service.clone());
        self.cdn.set_tls(service.clone());
    }

    pub fn set_user(&self, name: &str, d: Dns) {
        self.user.lock().unwrap().insert(name.into(), d);
    }

    /// The user's DNS answers `d` for every name.
    pub fn all_user(&self, d: Dns) {
        let mut z = self.user.lock().unwrap();
        z.clear();
        z.insert("*".into(), d);
    }

    pub fn set_reference(&self, name: &str, d: Dns) {
        self.reference.lock().unwrap().insert(name.into(), d);
    }

    pub fn config(&self, o: &Opts) -> PathBuf {
        let front = if o.intercepted {
            self.intercept.port()
        } else {
            self.front.port()
        };
        let reference = if o.no_reference {
            "[]".to_owned()
        } else if o.reference_down {
            format!(
                "[\"https://127.0.0.1:{}/dns-query\"]",
                crate::refused_port()
            )
        } else {
            format!("[\"https://127.0.0.1:{}/dns-query\"]", self.doh.port())
        };
        let (interval, timeout, degraded) = if o.watch {
            (
                "1s",
                "2s",
                "notify_degraded = true\ndegraded_threshold = 2\n",
            )
        } else {
            ("60s", "3s", "")
        };
        let slow = o
            .slow_ms
            .map(|ms| format!("slow_ms = {ms}\n"))
            .unwrap_or_default();
        let text = format!(
            "[settings]\noutside_view = \"\"\ninterval = \"{interval}\"\ntimeout = \"{timeout}\"\nca_file = \"ca.pem\"\n\
             failure_threshold = 2\nrecovery_threshold = 2\n{degraded}{slow}\
             dns_servers = [\"127.0.0.1:{dns}\"]\nreference_dns = {reference}\n\
             [[baseline]]\nname = \"site\"\nurl = \"https://base.test:{site}/\"\n\
             [[baseline]]\nname = \"portal check\"\nkind = \"captive\"\nurl = \"http://base.test:{portal}/generate_204\"\n\
             [[baseline]]\nname = \"speed\"\nkind = \"stream\"\nurl = \"https://speed.test:{speed}/down\"\nbytes = 65536\nmin_kbps = 320\n\
             [[service]]\nname = \"Tunes\"\n\
             [[service.check]]\nname = \"front\"\nurl = \"https://tunes.test:{front}/\"\n\
             [[service.check]]\nname = \"cdn\"\nkind = \"stream\"\nurl = \"https://cdn.tunes.test:{cdn}/x\"\nbytes = 65536\nmin_kbps = 320\n",
            dns = self.dns.port(),
            site = self.site.port(),
            portal = self.portal.port(),
            speed = self.speed.port(),
            cdn = self.cdn.port(),
        );
        let p = self.dir.path().join("downbeat.toml");
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Runs `bin check --json` on this world; the output and its document.
    pub async fn check(&self, bin: &str, o: &Opts) -> (Output, Value) {
        let out = tokio::process::Command::new(bin)
            .args(["check", "--json", "--config"])
            .arg(self.config(o))
            .env("NO_COLOR", "1")
            .output()
            .await
            .unwrap();
        let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (out, doc)
    }
}

/// Every cause, and the service as the control: how to make it, and what `check` must say.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            what: "all is well",
            opts: Opts::default(),
            set: |_| {},
            status: "up",
            cause: "none",
            says: "Tunes is up. Your connection is fine.",
        },
        Scenario {
            what: "the service answers 503: them",
            opts: Opts::default(),
            set: |w| w.front.set(Reply::status(503, "down")),
            status: "down",
            cause: "service",
            says: "Tunes is down: server error (front). Your connection is fine. It's them",
        },
        Scenario {
            what: "a DNS filter answers NXDOMAIN",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", Dns::NxDomain),
            status: "down",
            cause: "dns_filtered",
            says: "Your network blocks Tunes: its DNS won't resolve tunes.test, but public DNS does, and Tunes answers through it. Try another network",
        },
        Scenario {
            what: "a DNS filter answers 0.0.0.0",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", sinkhole()),
            status: "down",
            cause: "dns_filtered",
            says: "its DNS answers 0.0.0.0 (a block) for tunes.test, but public DNS does",
        },
        Scenario {
            what: "a DNS filter answers REFUSED",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", Dns::Refused),
            status: "down",
            cause: "dns_filtered",
            says: "Your network blocks Tunes",
        },
        Scenario {
            what: "a sinkhole with no reference is still a block",
            opts: Opts {
                no_reference: true,
                ..Opts::default()
            },
            set: |w| w.set_user("tunes.test", sinkhole()),
            status: "down",
            cause: "dns_filtered",
            says: "Your network blocks Tunes: its DNS answers 0.0.0.0 (a block) for tunes.test",
        },
        Scenario {
            what: "both resolvers say the name does not exist: them",
            opts: Opts::default(),
            set: |w| {
                w.set_user("tunes.test", Dns::NxDomain);
                w.set_reference("tunes.test", Dns::NxDomain);
            },
            status: "down",
            cause: "service",
            says: "Tunes is down: its name does not resolve (front)",
        },
        Scenario {
            what: "the DNS server stopped answering",
            opts: Opts::default(),
            set: |w| w.set_user("*", Dns::Silent),
            status: "down",
            cause: "dns_resolver_down",
            says: "Your DNS server isn't answering; the internet itself works (public DNS answers, and Tunes answers through it). Restart your router or switch DNS",
        },
        Scenario {
            what: "the DNS server fails (SERVFAIL) with no reference: offline",
            opts: Opts {
                no_reference: true,
                ..Opts::default()
            },
            set: |w| w.set_user("*", Dns::ServFail),
            status: "offline",
            cause: "offline",
            says: "You're offline",
        },
        Scenario {
            what: "a captive portal redirects HTTP and intercepts HTTPS",
            opts: Opts {
                intercepted: true,
                ..Opts::default()
            },
            set: |w| {
                w.portal.set(
                    Reply::status(302, "").with_header("location", "http://login.portal.test/"),
                );
                w.site.set(Reply::status(302, ""));
            },
            status: "down",
            cause: "captive_portal",
            says: "This Wi-Fi wants you to sign in at http://login.portal.test/. Until then Tunes can't connect, and it isn't Tunes's fault. Open a browser and sign in.",
        },
        Scenario {
            what: "everything is slow",
            opts: Opts::default(),
            set: |w| {
                w.speed.set(trickle());
                w.cdn.set(trickle());
            },
            status: "degraded",
            cause: "slow_connection",
            says: "Your connection is slow for everything (",
        },
        Scenario {
            what: "every site answers slowly, the service too",
            opts: Opts {
                slow_ms: Some(30),
                ..Opts::default()
            },
            set: |w| {
                let late = Duration::from_millis(80);
                let big = "a".repeat(64 * 1024);
                w.site.set(Reply::status(204, "").delayed(late));
                w.portal.set(Reply::status(204, "").delayed(late));
                w.speed.set(Reply::ok(&big).delayed(late));
                w.front.set(Reply::ok("welcome").delayed(late));
                w.cdn.set(Reply::ok(&big).delayed(late));
            },
            status: "degraded",
            cause: "slow_connection",
            says: "Your connection is slow for everything (a neutral site took ",
        },
        Scenario {
            what: "only the service answers slowly: them",
            opts: Opts {
                slow_ms: Some(30),
                ..Opts::default()
            },
            set: |w| w.front.set(Reply::ok("welcome").delayed(Duration::from_millis(80))),
            status: "degraded",
            cause: "service",
            says: "Tunes is degraded: responding slowly (front)",
        },
        Scenario {
            what: "only the service is slow: them",
            opts: Opts::default(),
            set: |w| w.cdn.set(trickle()),
            status: "degraded",
            cause: "service",
            says: "Tunes is degraded: streaming too slowly (cdn)",
        },
        Scenario {
            what: "the clock runs ahead, and a site's Date says so",
            opts: Opts::default(),
            set: |w| {
                w.present(&w.certs.expired, &w.certs.expired);
                w.portal
                    .set(Reply::status(204, "").with_header("date", &date_in(-300)));
            },
            status: "down",
            cause: "clock_wrong",
            says: "the sites say ",
        },
        Scenario {
            what: "the clock runs behind, and a site's Date says so",
            opts: Opts::default(),
            set: |w| {
                w.present(&w.certs.future, &w.certs.future);
                w.portal
                    .set(Reply::status(204, "").with_header("date", &date_in(300)));
            },
            status: "down",
            cause: "clock_wrong",
            says: "(300 days later). Every secure connection fails because of it, Tunes's too. Turn on automatic time",
        },
        Scenario {
            what: "the clock runs ahead, no Date: the certificates' windows say so",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.expired, &w.certs.expired),
            status: "down",
            cause: "clock_wrong",
            says: "but the sites' certificates were all valid only until",
        },
        Scenario {
            what: "the clock runs behind, no Date: the certificates' windows say so",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.future, &w.certs.future),
            status: "down",
            cause: "clock_wrong",
            says: "but the sites' certificates are all valid only from",
        },
        Scenario {
            what: "the service's own certificate expired, the clocks agreeing: them",
            opts: Opts::default(),
            set: |w| {
                w.present(&w.certs.good, &w.certs.expired);
                w.portal
                    .set(Reply::status(204, "").with_header("date", &date_in(0)));
            },
            status: "down",
            cause: "service",
            says: "Tunes is down: TLS certificate expired (front). Your connection is fine. It's them",
        },
        Scenario {
            what: "the service's own certificate expired, no Date, the baseline's trusted: them",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.good, &w.certs.expired),
            status: "down",
            cause: "service",
            says: "Tunes is down: TLS certificate expired (front). Your connection is fine. It's them",
        },
        Scenario {
            what: "the service's certificate is for another name: them",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.good, &w.certs.misnamed),
            status: "down",
            cause: "service",
            says: "Tunes is down: TLS certificate is for another name (front)",
        },
        Scenario {
            what: "a middlebox intercepts every site",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.intercepted, &w.certs.intercepted),
            status: "down",
            cause: "tls_intercepted",
            says: "Something on this network or computer intercepts secure connections: every site's certificate, Tunes's too, is issued by 'Contoso Web Inspection CA', not by a trusted authority. Tunes's apps refuse such connections. This is usually a company network",
        },
        Scenario {
            what: "a middlebox intercepts only the service",
            opts: Opts::default(),
            set: |w| w.present(&w.certs.good, &w.certs.intercepted),
            status: "down",
            cause: "tls_intercepted",
            says: "Something on this network or computer intercepts secure connections: Tunes's certificate is issued by 'Contoso Web Inspection CA', not by a trusted authority (other sites' are trusted).",
        },
        Scenario {
            what: "the user's DNS says NXDOMAIN and the neutral DNS can't be reached: never them",
            opts: Opts {
                reference_down: true,
                ..Opts::default()
            },
            set: |w| w.set_user("tunes.test", Dns::NxDomain),
            status: "down",
            cause: "dns_unconfirmed",
            says: "Your DNS says Tunes's name doesn't exist (tunes.test), and a neutral DNS couldn't be asked; this network may be filtering it. Try another network or DNS",
        },
        Scenario {
            what: "nothing answers at all",
            opts: Opts::default(),
            set: |w| {
                w.set_user("*", Dns::ServFail);
                w.set_reference("*", Dns::ServFail);
            },
            status: "offline",
            cause: "offline",
            says: "You're offline",
        },
    ]
}
