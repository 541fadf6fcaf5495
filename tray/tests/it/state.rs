//! The tray process's state and its tray, with no Tauri: the session runs the monitor and the
//! history writer; the tray shows what the window would be sent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, SystemTime};

use downbeat_testkit::{self as support, Reply};

/// A config file in `dir`: no baseline, `settings`, and the service Tunes with one check on a
/// loopback port.
fn tunes(dir: &std::path::Path, port: u16, settings: &str) -> std::path::PathBuf {
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "baseline = []\n[settings]\n{settings}[[service]]\nname = \"Tunes\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:{port}/\"\n"
        ),
    )
    .unwrap();
    config
}

/// The tray process's real setup (state, monitor, the tray on GTK), with no Tauri: the monitor
/// checks a loopback service, the state the window is sent follows it, and the tray shows it.
#[test]
fn the_tray_and_its_state_set_up_without_tauri() {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(support::http(Reply::ok("ok")));
    let config = tunes(dir.path(), server.addr.port(), "");
    // The data folder is the process's environment: one test at a time sets it and starts.
    let env = crate::ENV.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("DOWNBEAT_DATA_DIR", dir.path());
    // The tray is a real one (GTK, appindicator), on a private X server.
    let xvfb = downbeat_testkit::desktop::Xvfb::start();
    std::env::set_var("DISPLAY", &xvfb.display);
    #[cfg(target_os = "linux")]
    gtk::init().expect("GTK starts on the private X server");
    // The tray process's state and tray, as its event loop builds them: no Tauri in it.
    let state = {
        let _in = rt.enter();
        downbeat_desktop::start_session(Some(&config))
    };
    let first = state
        .config
        .as_deref()
        .map(downbeat::monitor::Snapshot::new);
    let icons = dir.path().join("tray");
    let mut tray =
        downbeat_desktop::tray::Tray::build(first.as_ref(), &icons).expect("the tray is built");
    drop(env);
    assert!(state.config_error.is_none(), "{:?}", state.config_error);
    assert_eq!(state.service_names(), ["Tunes"]);
    // The tray process serves no commands (the window has its own process): its state is what
    // it sends the window.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let snap = loop {
        let snap = serde_json::to_value(state.current_view()).unwrap();
        if snap["overall"] == "up" || std::time::Instant::now() > deadline {
            break snap;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(snap["overall"], "up", "{snap}");
    assert_eq!(snap["services"][0]["checks"][0]["name"], "front", "{snap}");
    assert_eq!(snap["services"][0]["checks"][0]["status"], "up", "{snap}");
    assert!(server.hits() >= 1);
    // The tray shows the snapshot it is handed. Its icon's image is a file in the folder it
    // was given, not in the folder every tray of the user shares.
    let files = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&icons)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    assert_eq!(files().len(), 1, "{:?}", files());
    let before = files();
    let snap = state.snapshots().unwrap().borrow().clone();
    tray.show(&snap, None);
    assert_eq!(files().len(), 1, "the old image is gone: {:?}", files());
    assert_ne!(files(), before, "a new look, a new file");
}

/// Paused time is a gap, neither watched nor up (issue 30: the tray was paused for 68 s, and
/// five seconds after Resume the history counted all of it as watched, and as up). Through the
/// tray's state and its history store: rounds, a pause, a resume, a stop.
#[test]
fn a_pause_is_a_gap_in_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(support::http(Reply::ok("ok")));
    let config = tunes(
        dir.path(),
        server.addr.port(),
        "interval = \"1s\"\ntimeout = \"1s\"\n",
    );
    let state = {
        let _env = crate::ENV.lock().unwrap_or_else(|e| e.into_inner());
        std::env::set_var("DOWNBEAT_DATA_DIR", dir.path());
        let _in = rt.enter();
        downbeat_desktop::start_session(Some(&config))
    };
    let history = state.history_path.clone().unwrap();
    assert!(history.starts_with(dir.path()), "{history:?}");
    let started = SystemTime::now();
    std::thread::sleep(Duration::from_millis(2500));
    state.send(downbeat::monitor::Command::Pause(None));
    std::thread::sleep(Duration::from_millis(300));
    let paused_view = serde_json::to_value(state.current_view()).unwrap();
    let hits = server.hits();
    std::thread::sleep(Duration::from_secs(6));
    assert_eq!(server.hits(), hits, "nothing is checked while paused");
    state.send(downbeat::monitor::Command::Resume);
    std::thread::sleep(Duration::from_millis(2500));
    state.stop();
    let elapsed = SystemTime::now().duration_since(started).unwrap();

    // While paused, the window says so: every card paused, none "working normally".
    assert_eq!(paused_view["paused"], true, "{paused_view}");
    for card in paused_view["services"].as_array().unwrap() {
        assert_eq!(card["look"], "paused", "{card}");
    }

    let h = downbeat::store::History::open(&history).unwrap().unwrap();
    let now = downbeat::store::unix_ms(SystemTime::now());
    let u = h.uptime("Tunes", now - 60_000, now).unwrap();
    // About 2.5 s before the pause and 2.5 s after it were watched; the 6.3 s between were not.
    assert!(
        u.monitored_s <= elapsed.as_secs_f64() - 5.5 && u.monitored_s >= 2.0,
        "watched {} s of {:.1} s, 6.3 s of it paused",
        u.monitored_s,
        elapsed.as_secs_f64()
    );
    assert_eq!(u.uptime_pct, Some(100.0));
}
