//! Whose side, exactly: every cause the verdict names, on loopback imitations of the networks
//! that produce them, judged through `downbeat check --json` and through `downbeat watch`'s
//! notifications on a private D-Bus.
//!
//! The world: the user's DNS server and a DNS-over-HTTPS reference (both over zones the test
//! changes), a baseline site, a captive-portal check, a neutral download, and the service
//! "Tunes" with a front door and a CDN. Every name resolves through the test's own DNS
//! servers, never pinned, so the DNS path is really taken.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use support::dbus::Bus;
use support::{Ca, Dns, Reply, Server, Zone};
use tokio::io::{AsyncBufReadExt, BufReader};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

fn local() -> Dns {
    Dns::A("127.0.0.1".parse().unwrap())
}

fn sinkhole() -> Dns {
    Dns::A("0.0.0.0".parse().unwrap())
}

/// A download that arrives at about 100 kbit/s: 1 KiB every 80 ms.
fn trickle() -> Reply {
    Reply::Paced {
        total: 64 * 1024,
        chunk: 1024,
        every: Duration::from_millis(80),
    }
}

struct World {
    dir: tempfile::TempDir,
    user: Zone,
    reference: Zone,
    dns: Server,
    doh: Server,
    site: Server,
    portal: Server,
    speed: Server,
    front: Server,
    cdn: Server,
    /// An HTTPS server with a certificate of its own CA: a portal intercepting HTTPS.
    intercept: Server,
}

/// What a config points where.
#[derive(Default)]
struct Opts {
    /// The front door's port belongs to the portal's HTTPS interceptor.
    intercepted: bool,
    no_reference: bool,
    /// For `watch`: a one-second interval and notifications for degraded states.
    watch: bool,
}

impl World {
    async fn new() -> World {
        let ca = Ca::new("Downbeat Test CA");
        let dir = tempfile::tempdir().unwrap();
        ca.write(dir.path());
        let names = ["base.test", "speed.test", "tunes.test", "cdn.tunes.test"];
        let user = support::zone(&[("*", local())]);
        let reference = support::zone(&[("*", local())]);
        let big = "a".repeat(64 * 1024);
        World {
            dns: support::dns_live(user.clone()).await,
            doh: support::doh(ca.good(&["127.0.0.1"]), reference.clone()).await,
            site: support::https(ca.good(&names), Reply::status(204, "")).await,
            portal: support::http(Reply::status(204, "")).await,
            speed: support::https(ca.good(&names), Reply::ok(&big)).await,
            front: support::https(ca.good(&names), Reply::ok("welcome")).await,
            cdn: support::https(ca.good(&names), Reply::ok(&big)).await,
            intercept: support::https(
                Ca::new("Hotel Portal CA").good(&["login.portal.test"]),
                Reply::ok("sign in"),
            )
            .await,
            user,
            reference,
            dir,
        }
    }

    fn set_user(&self, name: &str, d: Dns) {
        self.user.lock().unwrap().insert(name.into(), d);
    }

    /// The user's DNS answers `d` for every name.
    fn all_user(&self, d: Dns) {
        let mut z = self.user.lock().unwrap();
        z.clear();
        z.insert("*".into(), d);
    }

    fn set_reference(&self, name: &str, d: Dns) {
        self.reference.lock().unwrap().insert(name.into(), d);
    }

    fn config(&self, o: &Opts) -> PathBuf {
        let front = if o.intercepted {
            self.intercept.port()
        } else {
            self.front.port()
        };
        let reference = if o.no_reference {
            "[]".to_owned()
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
        let text = format!(
            "[settings]\ninterval = \"{interval}\"\ntimeout = \"{timeout}\"\nca_file = \"ca.pem\"\n\
             failure_threshold = 2\nrecovery_threshold = 2\n{degraded}\
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

    async fn check(&self, o: &Opts) -> (Output, Value) {
        let out = tokio::process::Command::new(BIN)
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

fn check_of<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["services"][0]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name}: {doc}"))
}

/// Each cause, and the service as the control, through `check --json`: the cause, the blame,
/// the status and its exit code, and the sentence.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_names_every_cause() {
    struct Case {
        what: &'static str,
        opts: Opts,
        set: fn(&World),
        status: &'static str,
        cause: &'static str,
        says: &'static str,
    }
    let code = |status: &str| match status {
        "up" => 0,
        "degraded" => 1,
        "down" => 2,
        _ => 3,
    };
    let cases = [
        Case {
            what: "all is well",
            opts: Opts::default(),
            set: |_| {},
            status: "up",
            cause: "none",
            says: "Tunes is up. Your connection is fine.",
        },
        Case {
            what: "the service answers 503: them",
            opts: Opts::default(),
            set: |w| w.front.set(Reply::status(503, "down")),
            status: "down",
            cause: "service",
            says: "Tunes is down: server error (front). Your connection is fine. It's them",
        },
        Case {
            what: "a DNS filter answers NXDOMAIN",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", Dns::NxDomain),
            status: "down",
            cause: "dns_filtered",
            says: "Your network blocks Tunes: its DNS won't resolve tunes.test, but public DNS does, and Tunes answers through it. Try another network",
        },
        Case {
            what: "a DNS filter answers 0.0.0.0",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", sinkhole()),
            status: "down",
            cause: "dns_filtered",
            says: "its DNS answers 0.0.0.0 (a block) for tunes.test, but public DNS does",
        },
        Case {
            what: "a DNS filter answers REFUSED",
            opts: Opts::default(),
            set: |w| w.set_user("tunes.test", Dns::Refused),
            status: "down",
            cause: "dns_filtered",
            says: "Your network blocks Tunes",
        },
        Case {
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
        Case {
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
        Case {
            what: "the DNS server stopped answering",
            opts: Opts::default(),
            set: |w| w.set_user("*", Dns::Silent),
            status: "down",
            cause: "dns_resolver_down",
            says: "Your DNS server isn't answering; the internet itself works (public DNS answers, and Tunes answers through it). Restart your router or switch DNS",
        },
        Case {
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
        Case {
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
        Case {
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
        Case {
            what: "only the service is slow: them",
            opts: Opts::default(),
            set: |w| w.cdn.set(trickle()),
            status: "degraded",
            cause: "service",
            says: "Tunes is degraded: streaming too slowly (cdn)",
        },
        Case {
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
    ];
    for case in cases {
        let w = World::new().await;
        (case.set)(&w);
        let front_hits = w.front.hits();
        let (out, doc) = w.check(&case.opts).await;
        let v = &doc["verdict"];
        let summary = v["summary"].as_str().unwrap();
        let want_blame = match case.cause {
            "none" => "none",
            "service" => "them",
            _ => "you",
        };
        assert_eq!(
            (
                v["status"].as_str(),
                v["cause"].as_str(),
                v["blame"].as_str()
            ),
            (Some(case.status), Some(case.cause), Some(want_blame)),
            "{}: {summary}\n{doc:#}",
            case.what
        );
        assert_eq!(out.status.code(), Some(code(case.status)), "{}", case.what);
        assert!(summary.contains(case.says), "{}: {summary}", case.what);
        // The service is never blamed for the user's side, in any word.
        if want_blame == "you" {
            assert!(
                !summary.contains("Tunes is down"),
                "{}: {summary}",
                case.what
            );
        }
        match case.what {
            "all is well" => assert_eq!(
                w.doh.hits(),
                0,
                "a healthy round asks the reference nothing"
            ),
            "a DNS filter answers 0.0.0.0" => {
                let front = check_of(&doc, "front");
                assert_eq!(front["diagnosis"], "dns_blocked");
                assert_eq!(front["dns"]["resolver"], "sinkhole");
                assert_eq!(front["dns"]["sinkhole"], "0.0.0.0");
                assert_eq!(front["dns"]["reference"], "resolved");
                assert_eq!(front["dns"]["via_reference"]["status"], "up");
                // Through the reference's address, never the blocking one.
                assert_eq!(
                    front["remote_addr"],
                    format!("127.0.0.1:{}", w.front.port())
                );
            }
            "a sinkhole with no reference is still a block" => {
                assert_eq!(
                    w.front.hits(),
                    front_hits,
                    "a blocking answer is never connected to"
                );
                assert_eq!(check_of(&doc, "front")["dns"]["reference"], "off");
            }
            "both resolvers say the name does not exist: them" => {
                assert_eq!(check_of(&doc, "front")["dns"]["reference"], "nxdomain");
            }
            "a captive portal redirects HTTP and intercepts HTTPS" => {
                let portal = &doc["baseline"][1];
                assert_eq!(portal["diagnosis"], "captive_portal");
                assert_eq!(portal["location"], "http://login.portal.test/");
                // The interceptor's certificate is the portal's doing, not Tunes's.
                assert_eq!(check_of(&doc, "front")["diagnosis"], "tls_cert_untrusted");
            }
            "everything is slow" => {
                assert_eq!(doc["baseline"][2]["diagnosis"], "stream_too_slow");
                assert_eq!(check_of(&doc, "cdn")["diagnosis"], "stream_too_slow");
            }
            _ => {}
        }
    }
}

/// `downbeat watch --json`, its printed lines and the notifications it sends.
struct Watch {
    child: tokio::process::Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    async fn start(config: &std::path::Path, bus: &Bus) -> Watch {
        let data = config.parent().unwrap().join("data");
        let mut child = tokio::process::Command::new(BIN)
            .args(["watch", "--json", "--config"])
            .arg(config)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DOWNBEAT_DATA_DIR", &data)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let mut reader = BufReader::new(child.stdout.take().unwrap()).lines();
        let l = lines.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = reader.next_line().await {
                l.lock().unwrap().push(line);
            }
        });
        Watch { child, lines }
    }

    fn causes(&self) -> Vec<String> {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .map(|t| {
                format!(
                    "{}:{}",
                    t["service"].as_str().unwrap_or("you"),
                    t["cause"].as_str().unwrap_or("?")
                )
            })
            .collect()
    }

    async fn stop(mut self) {
        let pid = self.child.id().unwrap().to_string();
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status();
        let _ = tokio::time::timeout(Duration::from_secs(5), self.child.wait()).await;
    }
}

/// One watch through every cause in turn: each change of cause is one notification naming the
/// cause and its advice; a cause that persists is not news; the service is never told "down"
/// for the user's side.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_notifies_once_per_change_of_cause() {
    let bus = Bus::start().await;
    let w = World::new().await;
    let watch = Watch::start(
        &w.config(&Opts {
            watch: true,
            ..Opts::default()
        }),
        &bus,
    )
    .await;
    let seen = std::cell::Cell::new(0);
    // Waits for the next notification; returns (title, body) and checks nothing else came.
    let next = async |what: &str| {
        let notes = bus.wait_for(seen.get() + 1, Duration::from_secs(20)).await;
        assert_eq!(notes.len(), seen.get() + 1, "{what}: {notes:#?}");
        seen.set(seen.get() + 1);
        let n = notes.last().unwrap().clone();
        (n.summary, n.body)
    };

    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());
    assert_eq!(w.doh.hits(), 0, "healthy rounds ask the reference nothing");

    // A DNS filter on the service's name.
    w.set_user("tunes.test", sinkhole());
    let (title, body) = next("filtered").await;
    assert_eq!(title, "Your network blocks Tunes");
    assert!(
        body.contains("but public DNS does. It's your network, not Tunes. Try another network"),
        "{body}"
    );

    // The filter lifts, but Tunes itself fails: a new cause, a new notification.
    w.front.set(Reply::status(503, "down"));
    w.set_user("tunes.test", local());
    let (title, body) = next("filtered -> service").await;
    assert_eq!(title, "Tunes is down");
    assert!(
        body.contains("Front is failing: server error. It's them"),
        "{body}"
    );

    w.front.set(Reply::ok("welcome"));
    let (title, _) = next("service recovers").await;
    assert_eq!(title, "Tunes is back");

    // A captive portal: its notification names the page; Tunes failing behind it says nothing.
    w.portal
        .set(Reply::status(302, "").with_header("location", "http://login.portal.test/"));
    w.front.set(Reply::status(503, "portal"));
    let (title, body) = next("captive portal").await;
    assert_eq!(title, "This Wi-Fi wants you to sign in");
    assert!(
        body.starts_with(
            "It sends you to http://login.portal.test/. Until you sign in, nothing else works"
        ),
        "{body}"
    );
    assert!(body.ends_with("Open a browser and sign in."), "{body}");
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        bus.notes().len(),
        seen.get(),
        "the portal persisting is not news: {:#?}",
        bus.notes()
    );
    w.portal.set(Reply::status(204, ""));
    w.front.set(Reply::ok("welcome"));
    let (title, _) = next("signed in").await;
    assert_eq!(title, "You're signed in");

    // The DNS server stops answering; the internet works.
    w.all_user(Dns::Silent);
    let (title, body) = next("resolver down").await;

    assert_eq!(title, "Your DNS server isn't answering");
    assert!(body.contains("Restart your router or switch DNS"), "{body}");
    w.all_user(local());
    let (title, _) = next("DNS back").await;
    assert_eq!(title, "Your DNS works again");

    // Everything slow.
    w.speed.set(trickle());
    w.cdn.set(trickle());
    let (title, body) = next("slow").await;
    assert_eq!(title, "Your connection is slow");
    assert!(
        body.contains("It's slow for everything, not just the services"),
        "{body}"
    );
    w.speed.set(Reply::ok(&"a".repeat(64 * 1024)));
    w.cdn.set(Reply::ok(&"a".repeat(64 * 1024)));
    let (title, _) = next("fast again").await;
    assert_eq!(title, "Your connection is fast again");

    // Nothing answers, not even the neutral DNS: offline, and back.
    w.all_user(Dns::ServFail);
    w.set_reference("*", Dns::ServFail);
    let (title, body) = next("offline").await;
    assert_eq!(title, "You're offline");
    assert!(body.contains("It's you, not the services"), "{body}");
    w.all_user(local());
    w.set_reference("*", local());
    let (title, _) = next("online").await;
    assert_eq!(title, "You're back online");

    let notes = bus.notes();
    for n in &notes {
        assert!(
            !(n.summary == "Tunes is down" && n.body.contains("portal")),
            "the service was blamed for the user's side: {n:?}"
        );
    }
    let causes = watch.causes();
    watch.stop().await;
    let changes: Vec<&String> = causes.iter().filter(|c| !c.ends_with(":none")).collect();
    assert_eq!(
        changes,
        [
            "Tunes:dns_filtered",
            "Tunes:service",
            "you:captive_portal",
            "you:dns_resolver_down",
            "you:slow_connection",
            "you:offline"
        ],
        "{causes:?}"
    );
}
