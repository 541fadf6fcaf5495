//! The access-point check against loopback imitations: how often each answer is named right,
//! how long a check takes, and what one hello costs on the wire. Prints a table; asserts
//! nothing about time.
//!
//! `cargo bench -p downbeat --bench access_point`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use downbeat_testkit as support;

use std::time::{Duration, Instant};

use downbeat::config::{CheckSpec, ProbeSpec};
use downbeat::probe::spotify_ap::{self, ApAddr, ServerKey};
use downbeat::{Diagnosis, Status};
use support::ap::{access_point, Ap, ApServer};
use support::Reply;
use url::Url;

const TIMEOUT: Duration = Duration::from_secs(2);

struct Case {
    name: &'static str,
    /// The access points apresolve lists, in order (`None`: a refused port).
    aps: Vec<Option<Ap>>,
    /// apresolve is down and the fallback is these instead.
    apresolve_down: bool,
    spotify_key: bool,
    want: (Status, Diagnosis),
    runs: usize,
}

fn case(name: &'static str, aps: Vec<Option<Ap>>, want: (Status, Diagnosis)) -> Case {
    Case {
        name,
        aps,
        apresolve_down: false,
        spotify_key: false,
        want,
        runs: 40,
    }
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(bench());
}

async fn bench() {
    use Diagnosis::*;
    let (up, down, degraded) = (Status::Up, Status::Down, Status::Degraded);
    let cases = vec![
        case("signed answer", vec![Some(Ap::Good)], (up, Ok)),
        Case {
            spotify_key: true,
            ..case(
                "Spotify's key, test-signed",
                vec![Some(Ap::Good)],
                (down, ApSignatureInvalid),
            )
        },
        case(
            "tampered signature",
            vec![Some(Ap::Tampered)],
            (down, ApSignatureInvalid),
        ),
        case(
            "binary garbage",
            vec![Some(Ap::Garbage)],
            (down, ApHandshakeFailed),
        ),
        case(
            "an HTTP answer",
            vec![Some(Ap::Http)],
            (down, ApHandshakeFailed),
        ),
        case(
            "16 MiB announced",
            vec![Some(Ap::Oversized)],
            (down, ApHandshakeFailed),
        ),
        case(
            "closed after the hello",
            vec![Some(Ap::Close)],
            (down, ApHandshakeFailed),
        ),
        Case {
            runs: 4,
            ..case("silence", vec![Some(Ap::Silent)], (down, Timeout))
        },
        case(
            "upgrade demand",
            vec![Some(Ap::Upgrade)],
            (degraded, ApUpgradeRequired),
        ),
        case(
            "TryAnotherAP, then good",
            vec![Some(Ap::TryAnother), Some(Ap::Good)],
            (up, Ok),
        ),
        case(
            "refused port, then good",
            vec![None, Some(Ap::Good)],
            (degraded, ApPortBlocked),
        ),
        Case {
            runs: 4,
            ..case(
                "silent, then good",
                vec![Some(Ap::Silent), Some(Ap::Good)],
                (up, Ok),
            )
        },
        Case {
            apresolve_down: true,
            ..case(
                "apresolve down, good fallback",
                vec![Some(Ap::Good)],
                (up, Ok),
            )
        },
        Case {
            apresolve_down: true,
            ..case(
                "apresolve down, refused fallback",
                vec![None],
                (down, TcpRefused),
            )
        },
    ];

    let world = support::ap::loopback().await;
    let (ca, ctx) = (&world.ca, &world.ctx);
    let test_key = support::ap::test_key();

    println!(
        "{:<34} {:>7} {:>9} {:>9} {:>9}",
        "scenario", "right", "p50 ms", "max ms", "limit ms"
    );
    let (mut right_all, mut runs_all) = (0, 0);
    let mut hello_bytes = 0;
    for c in &cases {
        let mut servers: Vec<ApServer> = Vec::new();
        let mut list = Vec::new();
        for (i, ap) in c.aps.iter().enumerate() {
            let port = match ap {
                Some(kind) => {
                    let s = access_point(*kind).await;
                    let p = s.port();
                    servers.push(s);
                    p
                }
                None => support::refused_port(),
            };
            list.push(format!("ap{}.test:{port}", i + 1));
        }
        let json = serde_json::json!({ "accesspoint": list });
        let resolve =
            support::https(ca.good(&["apresolve.test"]), Reply::ok(&json.to_string())).await;
        let port = if c.apresolve_down {
            support::refused_port()
        } else {
            resolve.port()
        };
        let spec = spotify_ap::Spec {
            url: Url::parse(&format!("https://apresolve.test:{port}/")).unwrap(),
            fallback: list.iter().map(|a| ApAddr::parse(a).unwrap()).collect(),
            key: if c.spotify_key {
                ServerKey::spotify()
            } else {
                test_key.clone()
            },
            slow: Duration::from_secs(2),
        };
        let check = CheckSpec {
            name: "access point".into(),
            timeout: TIMEOUT,
            probe: ProbeSpec::SpotifyAp(spec),
        };
        let mut times = Vec::new();
        let mut right = 0;
        for _ in 0..c.runs {
            let started = Instant::now();
            let r = downbeat::probe::run(&check, ctx, tokio::time::Instant::now() + TIMEOUT).await;
            times.push(started.elapsed());
            if (r.status, r.diagnosis) == c.want {
                right += 1;
            }
        }
        times.sort();
        println!(
            "{:<34} {:>3}/{:<3} {:>9.1} {:>9.1} {:>9}",
            c.name,
            right,
            c.runs,
            times[times.len() / 2].as_secs_f64() * 1000.0,
            times[times.len() - 1].as_secs_f64() * 1000.0,
            (TIMEOUT + Duration::from_secs(1)).as_millis()
        );
        right_all += right;
        runs_all += c.runs;
        if let Some(seen) = servers.first().and_then(|s| s.seen().into_iter().next()) {
            hello_bytes = seen.hello.len();
        }
    }
    println!(
        "named right: {right_all}/{runs_all} checks over {} scenarios",
        cases.len()
    );
    println!("one hello: {hello_bytes} bytes sent to an access point, then nothing more");
}
