//! End to end: the real app under Xvfb, with a real XEmbed tray host (trayer), a private D-Bus
//! session bus watched by dbus-monitor, and the history window driven in real WebKit through
//! tauri-driver and WebKitWebDriver. A loopback service goes down and comes back; the test
//! checks the window, the tray icon's pixels and the notifications on the bus, and saves
//! screenshots in `artifacts/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use downbeat_testkit::desktop::{free_port, tool, Xvfb};
use downbeat_testkit::{self as support, Reply};
use serde_json::{json, Value};

const APP: &str = env!("CARGO_BIN_EXE_downbeat-desktop");

/// Children killed on drop.
struct Procs(Vec<Child>);

impl Drop for Procs {
    fn drop(&mut self) {
        for c in self.0.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

struct Driver {
    base: String,
    session: String,
}

impl Driver {
    fn post(&self, path: &str, body: Value) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        match ureq::post(&url)
            .timeout(Duration::from_secs(60))
            .send_json(body)
        {
            Ok(r) => r.into_json::<Value>().unwrap()["value"].clone(),
            Err(ureq::Error::Status(_, r)) => {
                panic!("{path}: {}", r.into_string().unwrap_or_default())
            }
            Err(e) => panic!("{path}: {e}"),
        }
    }

    fn js(&self, script: &str) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": [] }))
    }

    /// Polls `script` until it returns true.
    fn wait_for(&self, what: &str, script: &str, limit: Duration) {
        let until = Instant::now() + limit;
        loop {
            if self.js(script) == Value::Bool(true) {
                return;
            }
            if Instant::now() > until {
                let page = self.js("return document.body.innerText");
                panic!(
                    "timed out waiting for {what}; the window shows:\n{}",
                    page.as_str().unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }
}

/// Counts the pixels near `rgb` in the top-right corner (where trayer docks the icon).
fn tray_pixels(display: &str, rgb: [u8; 3]) -> usize {
    let shot = std::env::temp_dir().join(format!("downbeat-tray-{}.png", std::process::id()));
    screenshot(display, &shot);
    let out = Command::new(tool("convert"))
        .arg(&shot)
        .args(["-crop", "120x40+904+0", "txt:-"])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&shot);
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .filter_map(|l| {
            let inner = l.split_once('(')?.1.split_once(')')?.0;
            let v: Vec<f32> = inner
                .split(',')
                .filter_map(|x| x.trim().parse().ok())
                .collect();
            (v.len() >= 3).then(|| [v[0], v[1], v[2]])
        })
        .filter(|p| {
            p.iter()
                .zip(rgb)
                .all(|(a, b)| (a - f32::from(b)).abs() < 30.0)
        })
        .count()
}

fn screenshot(display: &str, file: &Path) {
    let _ = std::fs::create_dir_all(file.parent().unwrap());
    let ok = Command::new(tool("import"))
        .args(["-display", display, "-window", "root"])
        .arg(file)
        .status()
        .unwrap();
    assert!(ok.success(), "screenshot failed");
}

const GREEN: [u8; 3] = [0x1d, 0xb9, 0x54];
const RED: [u8; 3] = [0xe0, 0x2b, 0x2b];

#[test]
fn outage_shows_in_the_window_the_tray_and_the_notifications() {
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../artifacts");
    let tmp = tempfile::tempdir().unwrap();
    let mut procs = Procs(Vec::new());

    // X server with a tray host.
    let xvfb = Xvfb::start();
    let display = xvfb.display.clone();
    procs.0.push(
        Command::new(tool("trayer"))
            .args([
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--SetDockType",
                "true",
            ])
            .env("DISPLAY", &display)
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );

    // A private session bus, and dbus-monitor watching notifications on it.
    let mut bus = Command::new(tool("dbus-daemon"))
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let address = address.trim().to_owned();
    procs.0.push(bus);
    let monitor_log = tmp.path().join("dbus-monitor.log");
    procs.0.push(
        Command::new(tool("dbus-monitor"))
            .args([
                "--address",
                &address,
                "interface='org.freedesktop.Notifications'",
            ])
            .stdout(std::fs::File::create(&monitor_log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );

    // The service and the baseline, on loopback.
    // The testkit's scripted servers, on a runtime of their own (this test is not async).
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (service, baseline) = rt.block_on(async {
        (
            support::http(Reply::ok("ok")).await,
            support::http(Reply::ok("ok")).await,
        )
    });
    let (svc, base) = (service.port(), baseline.port());
    let config = tmp.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[settings]\ninterval = \"2s\"\ntimeout = \"1s\"\n[[baseline]]\nname = \"loopback\"\nurl = \"http://127.0.0.1:{base}/\"\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front door\"\nurl = \"http://127.0.0.1:{svc}/\"\n\
             [[service.check]]\nname = \"website\"\nurl = \"http://127.0.0.1:{base}/web\"\n\
             [[service.group]]\nname = \"the app\"\nchecks = [\"front door\"]\n\
             [[service.group]]\nname = \"the website\"\nchecks = [\"website\"]\n"
        ),
    )
    .unwrap();

    // tauri-driver launches the app (through WebKitWebDriver) with this environment.
    let port = free_port();
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    procs.0.push(
        Command::new(tool("tauri-driver"))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &free_port().to_string(),
            ])
            .env("DISPLAY", &display)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("DOWNBEAT_CONFIG", &config)
            .env("DOWNBEAT_DATA_DIR", tmp.path().join("data"))
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("NO_AT_BRIDGE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base_url = format!("http://127.0.0.1:{port}");
    let until = Instant::now() + Duration::from_secs(20);
    let session = loop {
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {"application": APP, "args": ["--open-history"]}}}});
        match ureq::post(&format!("{base_url}/session"))
            .timeout(Duration::from_secs(60))
            .send_json(caps)
        {
            Ok(r) => {
                break r.into_json::<Value>().unwrap()["value"]["sessionId"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            }
            Err(e) if Instant::now() < until => {
                let _ = e;
                std::thread::sleep(Duration::from_millis(300));
            }
            Err(e) => panic!("no WebDriver session: {e}"),
        }
    };
    let d = Driver {
        base: base_url.clone(),
        session,
    };

    // Healthy: the card says up, the tray icon is green.
    d.wait_for(
        "the service card to show up",
        "const c = document.querySelector('[data-service=\"Tunes\"].card'); return !!c && c.dataset.state === 'up'",
        Duration::from_secs(20),
    );
    assert_eq!(
        d.js("return document.getElementById('verdict').textContent"),
        "Tunes: up"
    );
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-up.png"));
    assert!(tray_pixels(&display, GREEN) > 50, "the tray icon is green");

    // The outage: the card turns red with the failing check, an incident appears, the tray is red.
    service.set(Reply::status(503, "down"));
    d.wait_for(
        "the service card to show down",
        "const c = document.querySelector('[data-service=\"Tunes\"].card'); return !!c && c.dataset.state === 'down'",
        Duration::from_secs(15),
    );
    let card = d.js("return document.querySelector('[data-service=\"Tunes\"].card').innerText");
    assert!(
        card.as_str().unwrap().contains("front door: server error"),
        "{card}"
    );
    // Which clients are hit: the app's chip is down, the website's is up, and the card says so.
    assert!(
        card.as_str()
            .unwrap()
            .contains("The app can't connect (front door: server error); the website works."),
        "{card}"
    );
    assert_eq!(
        d.js("return [...document.querySelectorAll('[data-service=\"Tunes\"] .group')].map(g => g.className + ' ' + g.getAttribute('aria-label')).join(' | ')"),
        "group g-down the app: down | group g-up the website: up"
    );
    assert_eq!(
        d.js("return document.querySelector('.phase.failed').textContent"),
        "ttfb ✕"
    );
    d.wait_for(
        "the incident to be listed as ongoing",
        "return !!document.querySelector('#incidents tr.ongoing[data-service=\"Tunes\"]')",
        Duration::from_secs(10),
    );
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-down.png"));
    assert!(
        tray_pixels(&display, RED) > 50,
        "the tray icon is red during the outage"
    );
    assert!(tray_pixels(&display, GREEN) < 10, "and no longer green");

    // Recovery.
    service.set(Reply::ok("ok"));
    d.wait_for(
        "the service card to show up again",
        "const c = document.querySelector('[data-service=\"Tunes\"].card'); return !!c && c.dataset.state === 'up'",
        Duration::from_secs(30),
    );
    d.wait_for(
        "the incident to end",
        "const r = document.querySelector('#incidents tr[data-service=\"Tunes\"]'); return !!r && !r.classList.contains('ongoing')",
        Duration::from_secs(10),
    );
    let row =
        d.js("return document.querySelector('#incidents tr[data-service=\"Tunes\"]').innerText");
    let row = row.as_str().unwrap().to_owned();
    assert!(
        row.contains("Tunes down") && row.contains("server error") && row.contains("theirs"),
        "{row}"
    );
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-recovered.png"));
    assert!(
        tray_pixels(&display, GREEN) > 50,
        "the tray icon is green again"
    );

    // The uptime bars and the latency chart are drawn.
    assert_eq!(
        d.js("return document.querySelectorAll('.uptime-row[data-service=\"Tunes\"]').length"),
        3
    );
    assert_eq!(
        d.js("return !!document.querySelector('#latency canvas')"),
        true
    );

    // 360 px wide: nothing runs off the side.
    d.post("/window/rect", json!({"width": 360, "height": 780}));
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(
        d.js("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
        true,
        "the window works at 360 px"
    );
    screenshot(&display, &artifacts.join("e2e-narrow.png"));

    // The notifications went over the session bus.
    let mut log = String::new();
    std::fs::File::open(&monitor_log)
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert_eq!(log.matches("string \"Tunes is down\"").count(), 1, "{log}");
    assert!(
        log.contains("The app can't connect (front door: server error); the website works."),
        "{log}"
    );
    assert_eq!(log.matches("string \"Tunes is back\"").count(), 1, "{log}");

    let _ = ureq::delete(&format!("{base_url}/session/{}", d.session)).call();
    drop(procs);
}
