//! Whose side, exactly: every cause the verdict names, on loopback imitations of the networks
//! that produce them, judged through `downbeat check --json` and through `downbeat watch`'s
//! notifications on a private D-Bus.
//!
//! The world and the scenarios are data in `downbeat_testkit::world`, shared with
//! `benches/causes.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::time::Duration;

use serde_json::Value;
use support::dbus::Bus;
use support::watch::Watch;
use support::world::{self, local, sinkhole, trickle, Opts, World};
use support::{Dns, Reply};

const BIN: &str = env!("CARGO_BIN_EXE_downbeat");

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
    for case in world::scenarios() {
        let w = World::new().await;
        (case.set)(&w);
        let front_hits = w.front.hits();
        let (out, doc) = w.check(BIN, &case.opts).await;
        let v = &doc["verdict"];
        let summary = v["summary"].as_str().unwrap();
        let want_blame = case.blame();
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
        assert_eq!(out.status.code(), Some(case.exit_code()), "{}", case.what);
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
            "the clock runs ahead, and a site's Date says so" => {
                // The portal check's Date: 300 days behind this clock, to the minute.
                let offset = doc["baseline"][1]["clock_offset_s"].as_i64().unwrap();
                assert!((offset + 300 * 86_400).abs() < 60, "{offset}");
                let tls = &check_of(&doc, "front")["tls"];
                assert_eq!(check_of(&doc, "front")["diagnosis"], "tls_cert_expired");
                assert!(
                    tls["cert_not_before"].as_str().unwrap().ends_with('Z'),
                    "{tls}"
                );
                assert!(tls["cert_days_left"].as_i64().unwrap() < -190, "{tls}");
            }
            "a middlebox intercepts only the service" => {
                let tls = &check_of(&doc, "front")["tls"];
                assert_eq!(tls["issuer"], world::MIDDLEBOX_CA, "{tls}");
                assert_eq!(tls["for_host"], true, "{tls}");
                assert_eq!(tls["issuer_untrusted"], true, "{tls}");
                // The baseline's own certificate verified.
                assert_eq!(doc["baseline"][0]["tls"]["issuer_untrusted"], false);
                assert_eq!(doc["baseline"][0]["diagnosis"], "ok");
            }
            "the service's certificate is for another name: them" => {
                let tls = &check_of(&doc, "front")["tls"];
                assert_eq!(tls["for_host"], false, "{tls}");
            }
            _ => {}
        }
    }
}

/// `downbeat watch` on the world, with a private D-Bus recording its notifications, and how
/// many of them a test has read.
struct Watching {
    bus: Bus,
    watch: Watch,
    seen: std::cell::Cell<usize>,
}

impl Watching {
    async fn start(w: &World) -> Watching {
        let bus = Bus::start().await;
        let config = w.config(&Opts {
            watch: true,
            ..Opts::default()
        });
        let watch = Watch::start(BIN, &config, &bus).await;
        Watching {
            bus,
            watch,
            seen: std::cell::Cell::new(0),
        }
    }

    /// Waits for the next notification; returns (title, body) and checks nothing else came.
    async fn next(bus: &Bus, seen: &std::cell::Cell<usize>, what: &str) -> (String, String) {
        let notes = bus.wait_for(seen.get() + 1, Duration::from_secs(20)).await;
        assert_eq!(notes.len(), seen.get() + 1, "{what}: {notes:#?}");
        seen.set(seen.get() + 1);
        let n = notes.last().unwrap().clone();
        (n.summary, n.body)
    }
}

/// Stops `watch`; the changes of cause it printed (`who:cause`, recoveries left out), and all
/// of them for the message.
async fn changes_of(watch: Watch) -> (Vec<String>, Vec<String>) {
    let causes = watch.causes();
    watch.stop().await;
    let changes = causes
        .iter()
        .filter(|c| !c.ends_with(":none"))
        .cloned()
        .collect();
    (changes, causes)
}

/// One watch through every cause in turn: each change of cause is one notification naming the
/// cause and its advice; a cause that persists is not news; the service is never told "down"
/// for the user's side.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_notifies_once_per_change_of_cause() {
    let w = World::new().await;
    let Watching { bus, watch, seen } = Watching::start(&w).await;
    let next = async |what: &str| Watching::next(&bus, &seen, what).await;

    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());
    assert_eq!(w.doh.hits(), 0, "healthy rounds ask the reference nothing");

    // A DNS filter on the service's name.
    w.set_user("tunes.test", sinkhole());
    let (title, body) = next("filtered").await;
    assert_eq!(title, "Your network blocks Tunes");
    assert!(
        body.contains("but public DNS does: it's your network that blocks it. Try another network"),
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
    let (changes, causes) = changes_of(watch).await;
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

/// One watch from up to intercepted (every site) to up, then to the service alone intercepted
/// and back, then to a wrong clock and back: exactly one notification per change, in these
/// words, and the service is never told "down" for any of it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_says_interception_and_a_wrong_clock_once_per_change() {
    let w = World::new().await;
    let Watching { bus, watch, seen } = Watching::start(&w).await;
    let next = async |what: &str| Watching::next(&bus, &seen, what).await;
    let quiet = async |what: &str| {
        tokio::time::sleep(Duration::from_secs(3)).await;
        assert_eq!(bus.notes().len(), seen.get(), "{what}: {:#?}", bus.notes());
    };
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert!(bus.notes().is_empty(), "{:?}", bus.notes());

    // A middlebox on every site.
    w.present(&w.certs.intercepted, &w.certs.intercepted);
    let (title, body) = next("intercepted").await;
    assert_eq!(title, "Something intercepts secure connections");
    assert_eq!(
        body,
        format!(
            "Every site's certificate is issued by '{}', not by a trusted authority. Apps refuse such connections. It's this network or computer, not the services. This is usually a company network, an antivirus web shield or a filter; on a network you don't trust, stop.",
            world::MIDDLEBOX_CA
        )
    );
    quiet("interception persisting is not news").await;
    w.present(&w.certs.good, &w.certs.good);
    let (title, body) = next("not intercepted").await;
    assert_eq!(title, "Secure connections are no longer intercepted");
    assert!(
        body.starts_with("Sites' own certificates are back, after"),
        "{body}"
    );

    // The middlebox takes only the service's connections.
    w.present(&w.certs.good, &w.certs.intercepted);
    let (title, body) = next("service intercepted").await;
    assert_eq!(title, "Something intercepts Tunes's secure connections");
    assert!(
        body.starts_with("Tunes's certificate is issued by 'Contoso Web Inspection CA', not by a trusted authority (other sites' are trusted). Tunes's apps refuse such connections. It's this network or computer, not Tunes."),
        "{body}"
    );
    quiet("the service's interception persisting is not news").await;
    w.present(&w.certs.good, &w.certs.good);
    let (title, _) = next("service not intercepted").await;
    assert_eq!(
        title,
        "Tunes's secure connections are no longer intercepted"
    );

    // The clock runs ahead: every certificate looks expired, and the portal check's Date says
    // the real time.
    w.portal
        .set(Reply::status(204, "").with_header("date", &world::date_in(-300)));
    w.present(&w.certs.expired, &w.certs.expired);
    let (title, body) = next("clock wrong").await;
    assert_eq!(title, "Your computer's clock is wrong");
    assert!(body.starts_with("It says "), "{body}");
    assert!(
        body.ends_with("(300 days earlier). Every secure connection fails because of it. It's you, not the services. Turn on automatic time in your system settings."),
        "{body}"
    );
    quiet("the clock staying wrong is not news").await;
    w.present(&w.certs.good, &w.certs.good);
    w.portal.set(Reply::status(204, ""));
    let (title, _) = next("clock right").await;
    assert_eq!(title, "Your computer's clock is right again");
    quiet("nothing after").await;

    for n in bus.notes() {
        assert!(
            !n.summary.contains("is down") && !n.body.contains("It's them"),
            "the service was blamed for the user's side: {n:?}"
        );
    }
    let (changes, causes) = changes_of(watch).await;
    assert_eq!(
        changes,
        [
            "you:tls_intercepted",
            "Tunes:tls_intercepted",
            "you:clock_wrong"
        ],
        "{causes:?}"
    );
}

/// A hostile or broken reference is no answer, said in one line, and never taken for one: the
/// check falls back to what the user's DNS said. Answers too big for a DNS message, answers
/// that are not DNS, an HTTP error, and a certificate for another name.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_reference_is_no_answer() {
    let ca = support::Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    ca.write(dir.path());
    let ip = ["127.0.0.1"];
    let huge = support::https(ca.good(&ip), Reply::ok(&"x".repeat(10 * 1024 * 1024))).await;
    let garbage = support::https(ca.good(&ip), Reply::ok("this is not a DNS message")).await;
    let error = support::https(ca.good(&ip), Reply::status(502, "bad gateway")).await;
    let other = support::https(ca.good(&["doh.test"]), Reply::ok("")).await;
    let dns = support::dns_live(support::zone(&[("tunes.test", Dns::NxDomain)])).await;
    let refs: Vec<String> = [&huge, &garbage, &error, &other]
        .iter()
        .map(|s| format!("\"https://127.0.0.1:{}/dns-query\"", s.port()))
        .collect();
    let config = dir.path().join("c.toml");
    std::fs::write(
        &config,
        format!(
            "baseline = []\n[settings]\ntimeout = \"3s\"\nca_file = \"ca.pem\"\n\
             dns_servers = [\"127.0.0.1:{}\"]\nreference_dns = [{}]\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"https://tunes.test/\"\n",
            dns.port(),
            refs.join(", ")
        ),
    )
    .unwrap();
    let out = tokio::process::Command::new(BIN)
        .args(["check", "--json", "--config"])
        .arg(&config)
        .output()
        .await
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let front = check_of(&doc, "front");
    assert_eq!(front["diagnosis"], "dns_nxdomain", "{doc:#}");
    assert_eq!(front["dns"]["reference"], "failed");
    let detail = front["detail"].as_str().unwrap();
    for says in [
        "Public DNS could not be asked either",
        "its answer was larger than a DNS message",
        "its answer was not an answer to this query",
        "it answered HTTP 502",
        "certificate for a different name",
    ] {
        assert!(detail.to_string().contains(says), "{says}: {detail}");
    }
    assert!(!detail.to_string().contains('\n'), "{detail}");
    // A neutral DNS that can't be asked is no vote: never the service's fault on this
    // network's word alone.
    assert_eq!(doc["verdict"]["cause"], "dns_unconfirmed", "{doc:#}");
    assert_eq!(doc["verdict"]["blame"], "you", "{doc:#}");
    let summary = doc["verdict"]["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("Your DNS says Tunes's name doesn't exist"),
        "{summary}"
    );
    assert!(!summary.contains("It's them"), "{summary}");
}
