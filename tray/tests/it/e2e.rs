//! End to end: the real app under Xvfb, with a real XEmbed tray host (trayer), a private D-Bus
//! session bus watched by dbus-monitor, and the history window driven in real WebKit through
//! tauri-driver and WebKitWebDriver. A loopback service goes down and comes back; the test
//! checks the window, the tray icon's pixels and the notifications on the bus, and saves
//! screenshots in `artifacts/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
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

/// Whether the tray icon shows `rgb`. The tray is handed each state before the window is, so it
/// shows it by the time the window does; the X server may take a moment to paint it, which is
/// all the second this waits covers.
fn tray_shows(display: &str, rgb: [u8; 3]) -> bool {
    let until = Instant::now() + Duration::from_secs(1);
    loop {
        if tray_pixels(display, rgb) > 50 {
            return true;
        }
        if Instant::now() > until {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
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
    let (bus, address) = support::dbus::daemon(tmp.path());
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
            "# hand-written: my test config\n[settings]\ninterval = \"2s\"\ntimeout = \"1s\"\nreference_dns = []  # stay on loopback\noutside_view = \"\"  # ask no one elsewhere\n\
             [settings.resolve]\n\"www.deezer.com\" = \"127.0.0.1\"\n\"api.deezer.com\" = \"127.0.0.1\"\n\"media.deezer.com\" = \"127.0.0.1\"\n\
             \"cdns-files.dzcdn.net\" = \"127.0.0.1\"\n\"auth.deezer.com\" = \"127.0.0.1\"\n[[baseline]]\nname = \"loopback\"\nurl = \"http://127.0.0.1:{base}/\"\n\
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
    assert!(tray_shows(&display, GREEN), "the tray icon is green");

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
        tray_shows(&display, RED),
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
    assert!(tray_shows(&display, GREEN), "the tray icon is green again");

    // The uptime bars and the latency chart are drawn.
    assert_eq!(
        d.js("return document.querySelectorAll('.uptime-row[data-service=\"Tunes\"]').length"),
        3
    );
    // The chart needs rounds in two of the last hour's 5 s slots; when the window came up
    // quickly, the outage and the recovery can all fit in fewer, so wait for the next rounds.
    d.wait_for(
        "the latency chart",
        "return !!document.querySelector('#latency canvas')",
        Duration::from_secs(20),
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

    // Settings: a bad value is refused at its field and the file stays as it was.
    d.post("/window/rect", json!({"width": 780, "height": 900}));
    d.js("document.getElementById('open-settings').click(); return true");
    d.wait_for(
        "the settings form",
        "const f = document.getElementById('settings-form'); return !!f && !f.hidden && document.querySelectorAll('#set-services li').length === 1",
        Duration::from_secs(10),
    );
    assert_eq!(
        d.js("return document.querySelector('#set-services li').dataset.service"),
        "Tunes"
    );
    let before = std::fs::read(&config).unwrap();
    d.js("const i = document.getElementById('set-interval'); i.value = 'soon'; document.getElementById('settings-save').click(); return true");
    d.wait_for(
        "the interval's inline error",
        "const e = document.getElementById('err-interval'); return !e.hidden && e.textContent.startsWith('Check every: invalid duration')",
        Duration::from_secs(10),
    );
    assert_eq!(
        d.js("return document.getElementById('set-interval').getAttribute('aria-invalid')"),
        "true"
    );
    assert_eq!(
        std::fs::read(&config).unwrap(),
        before,
        "the file is unchanged"
    );
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-settings-error.png"));
    // Changing the field takes its error away.
    d.js("const i = document.getElementById('set-interval'); i.value = '2'; i.dispatchEvent(new Event('input')); return true");
    assert_eq!(
        d.js("const e = document.getElementById('err-interval'); return String(e.hidden) + ':' + document.getElementById('set-interval').hasAttribute('aria-invalid')"),
        "true:false",
        "the error is gone once the field is changed"
    );
    // A custom service not yet saved can be edited: back into the form, out of the list.
    d.js("document.getElementById('custom').open = true; document.getElementById('custom-name').value = 'Mine'; \
          document.getElementById('custom-url').value = 'https://mine.test/'; document.getElementById('custom-add').click(); return true");
    assert_eq!(
        d.js("return [...document.querySelectorAll('#set-services li')].map(l => l.dataset.service).join(',')"),
        "Tunes,Mine"
    );
    d.js("document.querySelector('#set-services li[data-service=\"Mine\"] button[aria-label=\"Edit Mine\"]').click(); return true");
    assert_eq!(
        d.js("return [...document.querySelectorAll('#set-services li')].length + ':' + document.getElementById('custom-url').value"),
        "1:https://mine.test/"
    );
    d.js("document.getElementById('custom-name').value = ''; document.getElementById('custom-url').value = ''; return true");

    // Add Deezer from the catalogue (its names resolve to loopback, where nothing listens on
    // 443, so it is down and nothing leaves the machine) and save.
    d.js("document.getElementById('set-interval').value = '2s'; const p = document.getElementById('add-preset'); p.value = 'deezer'; document.getElementById('add-preset-btn').click(); return true");
    assert_eq!(
        d.js("return [...document.querySelectorAll('#set-services li')].map(l => l.dataset.service).join(',')"),
        "Tunes,Deezer"
    );
    d.js("document.getElementById('settings-save').click(); return true");
    d.wait_for(
        "the save",
        "return document.getElementById('settings-saved').textContent.startsWith('Saved')",
        Duration::from_secs(10),
    );
    let saved = std::fs::read_to_string(&config).unwrap();
    assert!(
        saved.contains("# hand-written: my test config") && saved.contains("# stay on loopback"),
        "the comments survive a save:\n{saved}"
    );
    assert!(saved.contains("preset = \"deezer\""), "{saved}");
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-settings.png"));

    // The next round includes it, in the window and in the tray menu.
    d.js("document.getElementById('settings-close').click(); return true");
    d.wait_for(
        "a Deezer card with a result",
        "const c = document.querySelector('[data-service=\"Deezer\"].card'); return !!c && c.dataset.state !== 'unknown'",
        Duration::from_secs(20),
    );
    let menu = tray_menu(&address);
    assert!(
        menu.iter().any(|l| l.starts_with("Deezer: "))
            && menu.iter().any(|l| l.starts_with("Tunes: ")),
        "the tray menu lists the new service: {menu:?}"
    );

    // "Start at login" from the tray's menu: the autostart entry starts the tray's program,
    // and a second click takes it away.
    let entry = home.join(".config/autostart/Downbeat.desktop");
    click_tray_item(&address, "Start at login");
    let until = Instant::now() + Duration::from_secs(10);
    while !entry.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(200));
    }
    let text = std::fs::read_to_string(&entry).unwrap_or_default();
    let tray = std::fs::canonicalize(APP).unwrap();
    assert!(
        text.lines().any(|l| l.starts_with("Exec=")
            && l.contains(
                tray.parent()
                    .unwrap()
                    .join("downbeat-desktop")
                    .to_str()
                    .unwrap()
            )),
        "the login entry starts the tray: {text}"
    );
    click_tray_item(&address, "Start at login");
    let until = Instant::now() + Duration::from_secs(10);
    while entry.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(!entry.exists(), "a second click takes the login entry away");

    // Every control has an accessible name, and the keyboard alone opens and closes settings.
    assert_eq!(
        d.js("return [...document.querySelectorAll('button, input, select, summary')].filter(e => { \
              const l = e.id && document.querySelector(`label[for='${e.id}']`); \
              return !((l && l.textContent.trim()) || e.closest('label') || e.getAttribute('aria-label') || (e.tagName !== 'INPUT' && e.tagName !== 'SELECT' && e.textContent.trim())); \
              }).map(e => e.id || e.outerHTML).join(', ')"),
        "",
        "controls without an accessible name"
    );
    d.js("document.getElementById('open-settings').focus(); return true");
    keys(&d, &["\u{E007}"]); // Enter
    d.wait_for(
        "settings opened from the keyboard",
        "return !document.getElementById('settings').hidden && document.getElementById('history-page').hidden",
        Duration::from_secs(5),
    );
    keys(&d, &["\u{E004}", "\u{E004}"]); // Tab, Tab: focus moves through the form
    assert_eq!(
        d.js("return document.getElementById('settings').contains(document.activeElement)"),
        true
    );
    keys(&d, &["\u{E00C}"]); // Escape
    d.wait_for(
        "settings closed with Escape, focus back on its button",
        "return document.getElementById('settings').hidden && document.activeElement.id === 'open-settings'",
        Duration::from_secs(5),
    );

    // Dark: the appearance setting makes the page's prefers-color-scheme dark.
    d.js("document.getElementById('open-settings').click(); const t = document.getElementById('set-theme'); t.value = 'dark'; t.dispatchEvent(new Event('change')); return true");
    d.wait_for(
        "prefers-color-scheme: dark",
        "return matchMedia('(prefers-color-scheme: dark)').matches && getComputedStyle(document.body).backgroundColor === 'rgb(22, 24, 28)'",
        Duration::from_secs(10),
    );
    std::thread::sleep(Duration::from_millis(500));
    screenshot(&display, &artifacts.join("e2e-settings-dark.png"));
    // 360 px wide, settings open: nothing runs off the side.
    d.post("/window/rect", json!({"width": 360, "height": 780}));
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(
        d.js("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
        true,
        "the settings work at 360 px"
    );
    screenshot(&display, &artifacts.join("e2e-settings-narrow-dark.png"));
    d.js("document.getElementById('settings-close').click(); return true");
    d.post("/window/rect", json!({"width": 780, "height": 900}));
    std::thread::sleep(Duration::from_millis(800));
    screenshot(&display, &artifacts.join("e2e-dark.png"));
    d.js("const t = document.getElementById('set-theme'); t.value = 'light'; t.dispatchEvent(new Event('change')); return true");
    d.wait_for(
        "light again",
        "return !matchMedia('(prefers-color-scheme: dark)').matches",
        Duration::from_secs(10),
    );

    // Closing the window gives its memory back: its process and WebKit's end.
    let tray_pid = pid_of(APP).expect("the tray process");
    let window_pid = pid_of(&crate::window_exe().to_string_lossy()).expect("the window process");
    // The tray process never maps WebKit, even while the window is open: the window's
    // process has it.
    assert_eq!(
        webkit_maps(tray_pid),
        Vec::<String>::new(),
        "the tray maps WebKit"
    );
    assert!(
        !webkit_maps(window_pid).is_empty(),
        "the window's process maps WebKit"
    );
    let open = tree_rss_kb(tray_pid);
    let tray_alone = rss_kb(tray_pid);
    let closed = Command::new(APP)
        .arg("--close-history")
        .env("DISPLAY", &display)
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .env("DOWNBEAT_CONFIG", &config)
        .env("DOWNBEAT_DATA_DIR", tmp.path().join("data"))
        .env("HOME", &home)
        .status()
        .unwrap();
    assert!(closed.success());
    let until = Instant::now() + Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{window_pid}")).exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(1));
    let after = tree_rss_kb(tray_pid);
    println!(
        "memory: window open {:.1} MB (all processes; the tray process {:.1} MB), closed {:.1} MB",
        open as f64 / 1024.0,
        tray_alone as f64 / 1024.0,
        after as f64 / 1024.0
    );
    assert!(
        !std::path::Path::new(&format!("/proc/{window_pid}")).exists(),
        "the window's process ended"
    );
    assert!(
        after <= tray_alone + 15 * 1024,
        "closed: {after} kB, the tray process alone had {tray_alone} kB"
    );
    assert_eq!(
        webkit_maps(tray_pid),
        Vec::<String>::new(),
        "the tray maps WebKit"
    );

    let _ = ureq::delete(&format!("{base_url}/session/{}", d.session)).call();
    drop(procs);
}

/// Presses keys (WebDriver key codes) in the focused element.
fn keys(d: &Driver, keys: &[&str]) {
    let mut actions = Vec::new();
    for k in keys {
        actions.push(json!({"type": "keyDown", "value": k}));
        actions.push(json!({"type": "keyUp", "value": k}));
    }
    d.post(
        "/actions",
        json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
    );
    std::thread::sleep(Duration::from_millis(300));
}

/// The tray menu's labels, read over D-Bus from the menu appindicator exports
/// (com.canonical.dbusmenu), whatever the tray host shows.
fn tray_menu(bus: &str) -> Vec<String> {
    let mut labels = Vec::new();
    for (_, layout) in menu_layouts(bus) {
        for part in layout.split("'label': <'").skip(1) {
            if let Some(label) = part.split("'>").next() {
                labels.push(label.to_owned());
            }
        }
    }
    labels
}

/// The tray menu's object, as appindicator exports it for tray-icon's id "downbeat".
const MENU: &str = "/org/ayatana/NotificationItem/tray_icon_tray_app_downbeat/Menu";

/// One `gdbus call` on `bus`; its output.
fn gdbus(bus: &str, args: &[&str]) -> String {
    let out = Command::new(tool("gdbus"))
        .args(["call", "--address", bus, "--timeout", "5"])
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A method of the bus itself (`org.freedesktop.DBus`), with its arguments.
fn bus_daemon(bus: &str, method: &str, args: &[&str]) -> String {
    let method = format!("org.freedesktop.DBus.{method}");
    let mut all = vec![
        "--dest",
        "org.freedesktop.DBus",
        "--object-path",
        "/org/freedesktop/DBus",
        "--method",
        &method,
    ];
    all.extend_from_slice(args);
    gdbus(bus, &all)
}

/// The tray process's connection on `bus`, with its menu's layout (labels only).
fn menu_layouts(bus: &str) -> Vec<(String, String)> {
    let names = bus_daemon(bus, "ListNames", &[]);
    // Only the tray's own connection: asking every connection (dbus-monitor's, WebKit's)
    // for a menu waits out the call's timeout on those that never answer.
    // (Other tests' trays run the same program, each on a bus of its own.)
    let tray = std::fs::canonicalize(APP).ok();
    names
        .split('\'')
        .filter(|n| n.starts_with(':'))
        .filter(|name| {
            let pid = bus_daemon(bus, "GetConnectionUnixProcessID", &[name]);
            let pid: Option<u32> = pid
                .trim()
                .trim_start_matches("(uint32 ")
                .trim_end_matches(",)")
                .parse()
                .ok();
            let exe = pid.and_then(|p| std::fs::read_link(format!("/proc/{p}/exe")).ok());
            tray.is_some() && exe == tray
        })
        .map(|name| {
            let layout = gdbus(
                bus,
                &[
                    "--dest",
                    name,
                    "--object-path",
                    MENU,
                    "--method",
                    "com.canonical.dbusmenu.GetLayout",
                    "--",
                    "0",
                    "-1",
                    "['label']",
                ],
            );
            (name.to_owned(), layout)
        })
        .filter(|(_, layout)| !layout.is_empty())
        .collect()
}

/// Clicks the tray menu's item labelled `label`, over D-Bus (com.canonical.dbusmenu), as a tray
/// host does.
fn click_tray_item(bus: &str, label: &str) {
    let wanted = format!("{{'label': <'{label}'>");
    for (name, layout) in menu_layouts(bus) {
        let Some(at) = layout.find(&wanted) else {
            continue;
        };
        // "(ID, {'label': <'…'>": the item's id just before its properties.
        let before = layout[..at].trim_end_matches([' ', ',']);
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let id = &before[before.len() - digits..];
        gdbus(
            bus,
            &[
                "--dest",
                &name,
                "--object-path",
                MENU,
                "--method",
                "com.canonical.dbusmenu.Event",
                "--",
                id,
                "clicked",
                "<0>",
                "0",
            ],
        );
        return;
    }
    panic!("no tray menu item {label:?}");
}

/// The pid of a process running `exe` (the tray's program, or the window's).
fn pid_of(exe: &str) -> Option<u32> {
    let exe = std::fs::canonicalize(exe).ok()?;
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        let link = std::fs::read_link(e.path().join("exe")).ok()?;
        (link == exe).then_some(pid)
    })
}

/// The WebKit libraries (WebKitGTK, JavaScriptCore) a process maps, from `/proc/PID/maps`.
fn webkit_maps(pid: u32) -> Vec<String> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    let mut libs: Vec<String> = maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter(|p| {
            let p = p.to_lowercase();
            p.contains("webkit") || p.contains("javascriptcore")
        })
        .map(str::to_owned)
        .collect();
    libs.dedup();
    libs
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// RSS of a process and all its descendants, in kB.
fn tree_rss_kb(pid: u32) -> u64 {
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    rss_kb(pid)
        + children
            .split_whitespace()
            .filter_map(|c| c.parse().ok())
            .map(tree_rss_kb)
            .sum::<u64>()
}
