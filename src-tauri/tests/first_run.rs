//! The first launch says once, on a private D-Bus, what Downbeat watches and where to find it;
//! the second launch says nothing of the kind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

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
    let launch = || {
        Killed(
            Command::new(APP)
                .env("DISPLAY", &xvfb.display)
                .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
                .env("DOWNBEAT_CONFIG", &config)
                .env("DOWNBEAT_DATA_DIR", tmp.path().join("data"))
                .env("HOME", tmp.path())
                .env("NO_AT_BRIDGE", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        )
    };
    let welcomes = |bus: &Bus| {
        bus.notes()
            .into_iter()
            .filter(|n| n.summary == "Downbeat is watching")
            .collect::<Vec<_>>()
    };

    let first = launch();
    let notes = bus.wait_for(1, Duration::from_secs(30)).await;
    let w = welcomes(&bus);
    assert_eq!(w.len(), 1, "{notes:?}");
    assert_eq!(
        w[0].body,
        "Downbeat checks Tunes and Radio and tells you when something goes down, and whose side \
         the problem is on. The history and the settings are in the tray menu (the Downbeat icon)."
    );
    assert_eq!(w[0].app, "Downbeat");
    drop(first);

    let hits = server.hits();
    let second = launch();
    // Long enough for its first round and any notification it would send.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(server.hits() > hits, "the second launch ran its checks");
    assert_eq!(welcomes(&bus).len(), 1, "never again: {:?}", bus.notes());
    drop(second);
}
