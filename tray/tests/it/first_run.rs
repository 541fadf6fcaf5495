//! The first launch says once, on a private D-Bus, what Downbeat watches and where to find it;
//! the second launch says nothing of the kind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use downbeat_testkit::dbus::Bus;
use downbeat_testkit::desktop::Xvfb;
use downbeat_testkit::{self as support, Reply};

const APP: &str = env!("CARGO_BIN_EXE_downbeat-desktop");
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The real app on the test's own X server, bus, config and data dir.
fn launch(bus: &Bus, xvfb: &Xvfb, config: &Path, home: &Path) -> Killed {
    Killed(
        Command::new(APP)
            .env("DISPLAY", &xvfb.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DOWNBEAT_CONFIG", config)
            .env("DOWNBEAT_DATA_DIR", home.join("data"))
            .env("HOME", home)
            .env("NO_AT_BRIDGE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_launch_says_welcome_once() {
    let tmp = tempfile::tempdir().unwrap();
    let bus = Bus::start().await;
    let xvfb = Xvfb::start();
    let server = support::http(Reply::ok("ok")).await;
    let config = tmp.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "baseline = []\n[[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n\
             [[service]]\nname = \"Radio\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            server.port(),
            server.port()
        ),
    )
    .unwrap();
    let welcomes = |bus: &Bus| {
        bus.notes()
            .into_iter()
            .filter(|n| n.summary == "Downbeat is watching")
            .collect::<Vec<_>>()
    };

    let first = launch(&bus, &xvfb, &config, tmp.path());
    let notes = bus.wait_for(1, Duration::from_secs(30)).await;
    let w = welcomes(&bus);
    assert_eq!(w.len(), 1, "{notes:?}");
    assert_eq!(
        w[0].body,
        "Downbeat checks Tunes and Radio and tells you when something goes down, and whose side \
         the problem is on. The history and the settings are in the tray menu (the Downbeat icon)."
    );
    assert_eq!(w[0].app, "Downbeat");
    // One per history: the running one listens beside it for a second launch.
    assert!(tmp.path().join("data").join("desktop.sock").exists());
    // The tray process alone: no WebKit library mapped (the window is a process of its own).
    let maps = std::fs::read_to_string(format!("/proc/{}/maps", first.0.id())).unwrap();
    let webkit: Vec<&str> = maps
        .lines()
        .filter(|l| {
            let l = l.to_lowercase();
            l.contains("webkit") || l.contains("javascriptcore")
        })
        .collect();
    assert!(webkit.is_empty(), "the tray maps WebKit: {webkit:?}");
    // The welcome is marked said once it went out: end the app only after that.
    let marker = tmp.path().join("data").join("welcomed");
    support::serve::until(Duration::from_secs(10), "the welcome marked said", || {
        marker.exists().then_some(())
    })
    .await;
    // Killed, it leaves its socket behind: the next launch must see that nobody answers there
    // and run, not hand over to the dead one.
    drop(first);

    let hits = server.hits();
    let second = launch(&bus, &xvfb, &config, tmp.path());
    // Long enough for its first round and any notification it would send.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(server.hits() > hits, "the second launch ran its checks");
    assert_eq!(welcomes(&bus).len(), 1, "never again: {:?}", bus.notes());
    drop(second);
}

/// A config file broken by hand at start-up: the tray says so and nothing runs; once the file is
/// fixed the app picks it up without being restarted by hand (its welcome then goes out).
#[tokio::test(flavor = "multi_thread")]
async fn a_config_fixed_by_hand_is_picked_up() {
    let tmp = tempfile::tempdir().unwrap();
    let bus = Bus::start().await;
    let xvfb = Xvfb::start();
    let server = support::http(Reply::ok("ok")).await;
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "[settings]\ninterval = \"soon\"\n").unwrap();
    let _app = launch(&bus, &xvfb, &config, tmp.path());
    // Nothing runs on a broken config, and the user is told so once, with where the error is.
    let notes = bus.wait_for(1, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(bus.notes().len(), 1, "{:?}", bus.notes());
    assert_eq!(notes[0].summary, "Downbeat isn't checking anything");
    assert!(
        notes[0].body.starts_with(&format!(
            "Its settings file doesn't load: {}:2:12: interval: invalid duration \"soon\"",
            config.display()
        )) && notes[0].body.ends_with(
            "Fix it in a text editor (Open settings file, in the tray menu): Downbeat starts checking as soon as it loads."
        ),
        "{}",
        notes[0].body
    );
    assert_eq!(server.hits(), 0);
    let seen = bus.notes().len();

    std::fs::write(
        &config,
        format!(
            "baseline = []\n[[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            server.port()
        ),
    )
    .unwrap();
    let notes = bus.wait_for(seen + 1, Duration::from_secs(30)).await;
    assert!(
        notes
            .iter()
            .any(|n| n.summary == "Downbeat is watching" && n.body.contains("checks Tunes")),
        "{notes:?}"
    );
    assert!(server.hits() >= 1, "the monitor runs on the fixed file");
    // The restarted app is a process of its own: end it too (found by this test's data dir).
    kill_with_env(&tmp.path().display().to_string());
}

/// Kills this test's own processes: those whose environment names `mark`.
fn kill_with_env(mark: &str) {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return;
    };
    for e in dir.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        let env = std::fs::read(e.path().join("environ")).unwrap_or_default();
        if String::from_utf8_lossy(&env).contains(mark) && pid != std::process::id() as i32 {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
    }
}

/// SIGTERM (a logout, a service manager, `kill`) is a quit: the app exits cleanly, and an
/// incident open at that moment ends at its last observation instead of staying "ongoing"
/// while nothing watches (#22, item 7).
#[tokio::test(flavor = "multi_thread")]
async fn sigterm_quits_and_ends_the_open_incident() {
    let tmp = tempfile::tempdir().unwrap();
    let bus = Bus::start().await;
    let xvfb = Xvfb::start();
    let server = support::http(Reply::status(500, "broken")).await;
    let config = tmp.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "baseline = []\n[settings]\ninterval = \"1s\"\ntimeout = \"1s\"\nfailure_threshold = 2\n\
             [[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{}/\"\n",
            server.port()
        ),
    )
    .unwrap();
    let db = tmp.path().join("data").join("history.db");
    let open = |db: &Path| -> Option<bool> {
        let h = downbeat::store::History::open(db).ok()??;
        let now = downbeat::store::unix_ms(std::time::SystemTime::now());
        let i = h.incidents(0, Some("Tunes"), now).ok()?;
        i.first().map(|i| i.ongoing)
    };
    let mut app = launch(&bus, &xvfb, &config, tmp.path());
    support::serve::until(Duration::from_secs(30), "an incident open", || {
        (open(&db) == Some(true)).then_some(())
    })
    .await;
    let pid = app.0.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = support::serve::until(Duration::from_secs(15), "the app to exit", || {
        app.0.try_wait().ok().flatten()
    })
    .await;
    assert!(status.success(), "SIGTERM is a clean quit: {status:?}");
    assert_eq!(
        open(&db),
        Some(false),
        "the incident ended when the app stopped"
    );
}
