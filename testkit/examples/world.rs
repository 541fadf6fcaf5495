//! The loopback world of the cause tests, held up for a person to look at: sets up one
//! scenario (by a part of its name), prints the config to point Downbeat at, and keeps the
//! servers running until it is stopped.
//!
//! ```sh
//! cargo run -p downbeat-testkit --example world -- "middlebox intercepts every site"
//! downbeat check --config <the path it prints>
//! ```
//!
//! Besides the cause scenarios there are a few setups of their own, for the screenshots
//! (`scripts/screenshots`): Spotify's access point failing its handshake while the web player
//! and login work, and a check with TLS verification off.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::any::Any;
use std::collections::HashMap;
use std::path::PathBuf;

use downbeat_testkit::ap::{access_point, test_key_pem, Ap};
use downbeat_testkit::world::{local, scenarios, Opts, World};
use downbeat_testkit::{dns, http, https, Ca, Reply};

/// The setups that are not cause scenarios: what each shows, and how to make it.
const EXTRAS: [&str; 2] = [
    "the access point's handshake fails: the Spotify apps are hit, the web player and login work",
    "a check with TLS verification off (insecure = true): unverified",
];

#[tokio::main]
async fn main() {
    let wanted = std::env::args().nth(1).unwrap_or_default();
    // Whatever must stay alive for the servers to keep answering.
    let _keep: Box<dyn Any>;
    let (what, config) =
        if let Some(case) = scenarios().into_iter().find(|s| s.what.contains(&wanted)) {
            let w = World::new().await;
            (case.set)(&w);
            let config = w.config(&Opts {
                watch: true,
                ..case.opts
            });
            _keep = Box::new(w);
            (case.what, config)
        } else if let Some(&what) = EXTRAS.iter().find(|e| e.contains(&wanted)) {
            let (config, keep) = if what == EXTRAS[0] {
                access_point_fails().await
            } else {
                unverified().await
            };
            _keep = keep;
            (what, config)
        } else {
            println!("no scenario matches {wanted:?}; the scenarios are:");
            for s in scenarios() {
                println!("  {}", s.what);
            }
            for e in EXTRAS {
                println!("  {e}");
            }
            std::process::exit(2);
        };
    println!("{what}: {}", config.display());
    std::future::pending::<()>().await;
}

/// The settings of a watched loopback world: checks every second, the world's DNS server,
/// nothing asked elsewhere.
fn settings(dns_port: u16) -> String {
    format!(
        "[settings]\noutside_view = \"\"\nreference_dns = []\ninterval = \"1s\"\ntimeout = \"2s\"\n\
         failure_threshold = 2\nrecovery_threshold = 2\nnotify_degraded = true\ndegraded_threshold = 2\n\
         ca_file = \"ca.pem\"\ndns_servers = [\"127.0.0.1:{dns_port}\"]\n"
    )
}

/// The Spotify preset on loopback: every check answers but the access point, which reads the
/// apps' hello and closes the connection. Its answers are checked against the test key
/// (`server_key`), so the check is unverified, as any imitation's is.
async fn access_point_fails() -> (PathBuf, Box<dyn Any>) {
    let ca = Ca::new("Downbeat Test CA");
    let dir = tempfile::tempdir().unwrap();
    ca.write(dir.path());
    let names = [
        "apresolve.spotify.test",
        "accounts.spotify.test",
        "open.spotify.test",
        "api.spotify.test",
        "audio-ak.spotify.test",
        "i.scdn.test",
        "base.test",
        "speed.test",
    ];
    let dns = dns(HashMap::from([("*".to_owned(), local())])).await;
    let ap = access_point(Ap::Close).await;
    let list = serde_json::json!({
        "accesspoint": [format!("ap-gew4.spotify.test:{}", ap.port())],
        "dealer": [],
        "spclient": [],
    });
    let apresolve = https(ca.good(&names), Reply::ok(&list.to_string())).await;
    let web = https(ca.good(&names), Reply::ok("welcome")).await;
    let big = "a".repeat(64 * 1024);
    let cdn = https(ca.good(&names), Reply::ok(&big)).await;
    let site = https(ca.good(&names), Reply::status(204, "")).await;
    let portal = http(Reply::status(204, "")).await;
    let speed = https(ca.good(&names), Reply::ok(&big)).await;
    let text = format!(
        "{settings}\
         [[baseline]]\nname = \"site\"\nurl = \"https://base.test:{site}/\"\n\
         [[baseline]]\nname = \"portal check\"\nkind = \"captive\"\nurl = \"http://base.test:{portal}/generate_204\"\n\
         [[baseline]]\nname = \"speed\"\nkind = \"stream\"\nurl = \"https://speed.test:{speed}/down\"\nbytes = 65536\nmin_kbps = 320\n\
         [[service]]\npreset = \"spotify\"\n\
         [[service.check]]\nname = \"access point discovery\"\nurl = \"https://apresolve.spotify.test:{apresolve}/?type=accesspoint&type=dealer&type=spclient\"\nexpect_status = \"200-299\"\nexpect_body = \"accesspoint\"\n\
         [[service.check]]\nname = \"access point\"\nkind = \"spotify_ap\"\nurl = \"https://apresolve.spotify.test:{apresolve}/?type=accesspoint\"\nfallback = []\nserver_key = {key:?}\n\
         [[service.check]]\nname = \"login\"\nurl = \"https://accounts.spotify.test:{web}/\"\n\
         [[service.check]]\nname = \"web player\"\nurl = \"https://open.spotify.test:{web}/\"\n\
         [[service.check]]\nname = \"web API\"\nurl = \"https://api.spotify.test:{web}/v1/\"\nexpect_status = \"200-499\"\n\
         [[service.check]]\nname = \"audio CDN\"\nurl = \"https://audio-ak.spotify.test:{web}/\"\nexpect_status = \"200-499\"\n\
         [[service.check]]\nname = \"CDN throughput\"\nkind = \"stream\"\nurl = \"https://i.scdn.test:{cdn}/image/cover\"\nbytes = 65536\nmin_kbps = 320\n",
        settings = settings(dns.port()),
        site = site.port(),
        portal = portal.port(),
        speed = speed.port(),
        apresolve = apresolve.port(),
        web = web.port(),
        cdn = cdn.port(),
        key = test_key_pem().display().to_string(),
    );
    let p = dir.path().join("downbeat.toml");
    std::fs::write(&p, text).unwrap();
    (
        p,
        Box::new((dir, dns, ap, apresolve, web, cdn, site, portal, speed)),
    )
}

/// Two services on loopback, both up: "Lab box", whose check has TLS verification off
/// (`insecure = true`) and meets a certificate from an authority nobody trusts, so it is up
/// but unverified; and "Radio", over plain HTTP.
async fn unverified() -> (PathBuf, Box<dyn Any>) {
    let dir = tempfile::tempdir().unwrap();
    // The test CA is written for `ca_file`, but the lab box's certificate is not from it.
    Ca::new("Downbeat Test CA").write(dir.path());
    let dns = dns(HashMap::from([("*".to_owned(), local())])).await;
    let lab = https(
        Ca::new("Lab Box Self-Made CA").good(&["127.0.0.1"]),
        Reply::ok("ok"),
    )
    .await;
    let radio = http(Reply::ok("ok")).await;
    let base = http(Reply::ok("ok")).await;
    let text = format!(
        "{settings}\
         [[baseline]]\nname = \"loopback\"\nurl = \"http://127.0.0.1:{base}/\"\n\
         [[service]]\nname = \"Lab box\"\n\
         [[service.check]]\nname = \"front door\"\nurl = \"https://127.0.0.1:{lab}/\"\ninsecure = true\n\
         [[service]]\nname = \"Radio\"\n\
         [[service.check]]\nname = \"front door\"\nurl = \"http://127.0.0.1:{radio}/\"\n",
        settings = settings(dns.port()),
        base = base.port(),
        lab = lab.port(),
        radio = radio.port(),
    );
    let p = dir.path().join("downbeat.toml");
    std::fs::write(&p, text).unwrap();
    (p, Box::new((dir, dns, lab, radio, base)))
}
