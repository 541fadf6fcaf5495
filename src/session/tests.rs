//! The session's life on a real file: reloads once per version, what changed, a broken edit
//! kept out, SIGHUP's forced reload, and a broken start that loads at last.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

fn service(name: &str) -> String {
    format!("[[service]]\nname = \"{name}\"\n[[service.check]]\nname = \"front\"\nurl = \"http://127.0.0.1:9/\"\n")
}

fn write(path: &Path, text: &str) {
    // A different size each time, so the stamp changes within one clock tick too.
    std::fs::write(path, text).unwrap();
}

fn start(path: &Path) -> Session {
    Session::start(Start {
        config: Some(path.to_path_buf()),
        ..Start::default()
    })
}

#[tokio::test]
async fn a_reload_says_what_changed_once_per_version_and_keeps_a_broken_edit_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("downbeat.toml");
    let base = "baseline = []\n[settings]\ninterval = \"1h\"\n";
    write(&path, &format!("{base}{}", service("Tunes")));
    let s = start(&path);
    assert!(s.monitor.is_some(), "{:?}", s.config_error);
    assert_eq!(s.reload(false), None, "the file as loaded: nothing to do");

    write(
        &path,
        &format!(
            "baseline = []\n[settings]\ninterval = \"30m\"\n{}{}",
            service("Tunes"),
            service("Radio")
        ),
    );
    let Some(Followed::Reloaded { changes, .. }) = s.reload(false) else {
        panic!("reloaded");
    };
    assert_eq!(changes.added, ["Radio"]);
    assert_eq!(changes.settings, ["interval"]);
    assert!(changes.removed.is_empty() && changes.changed.is_empty() && !changes.baseline);
    assert_eq!(s.reload(false), None, "once per version of the file");
    let line = crate::view::config_reloaded_line(&path, &changes);
    assert!(
        line.ends_with(": Radio added; settings changed: interval"),
        "{line}"
    );

    write(&path, "baseline = []\n[settings]\ninterval = \"soon\"\n");
    let Some(Followed::Kept { error }) = s.reload(false) else {
        panic!("kept");
    };
    assert!(
        error.contains("downbeat.toml:3:"),
        "file, line and column: {error}"
    );
    assert_eq!(s.reload_problem().as_deref(), Some(error.as_str()));
    assert_eq!(s.reload(false), None, "said once");
    assert_eq!(
        s.reload(true),
        Some(Followed::Kept {
            error: error.clone()
        }),
        "SIGHUP asks again, and hears it again"
    );

    write(&path, &format!("{base}{}", service("Tunes")));
    let Some(Followed::Reloaded { changes, .. }) = s.reload(false) else {
        panic!("fixed");
    };
    assert_eq!(
        changes.removed,
        ["Radio"],
        "against the last config that ran"
    );
    assert_eq!(changes.settings, ["interval"]);
    assert_eq!(s.reload_problem(), None);
    let Some(Followed::Reloaded { changes, .. }) = s.reload(true) else {
        panic!("SIGHUP reloads an unchanged file");
    };
    assert!(changes.is_empty());
    assert!(
        crate::view::config_reloaded_line(&path, &changes).ends_with("nothing that runs changed")
    );
    s.shutdown().await;
}

#[tokio::test]
async fn a_session_broken_at_start_says_why_and_when_the_file_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("downbeat.toml");
    write(&path, "baseline = []\n[settings]\ninterval = 5\n");
    let s = start(&path);
    assert!(s.monitor.is_none());
    assert!(
        s.config_error
            .as_deref()
            .unwrap()
            .starts_with("Config error: "),
        "{:?}",
        s.config_error
    );
    assert_eq!(s.loads_now(false), None, "unchanged");
    write(&path, "baseline = []\n[settings]\ninterval = \"5x\"\n");
    assert_eq!(s.loads_now(false), None, "changed, still broken");
    write(&path, &format!("baseline = []\n{}", service("Tunes")));
    assert_eq!(s.loads_now(false), Some(path));
}

#[test]
fn changes_name_what_differs_in_the_files_words() {
    let load = |text: &str| Config::parse(text, crate::config::Source::BuiltIn).unwrap();
    let a = load(&format!(
        "baseline = []\n{}{}",
        service("Tunes"),
        service("Radio")
    ));
    let mut b = a.clone();
    assert!(Changes::between(&a, &b).is_empty());
    b.services[0].advice = Some("Play what you downloaded.".into());
    b.settings.thresholds.failure = 5;
    b.settings.notify.remind_every = Some(Duration::from_secs(7));
    b.baseline.clone_from(&a.services[1].checks);
    let c = Changes::between(&a, &b);
    assert_eq!(c.changed, ["Tunes"]);
    assert_eq!(c.settings, ["failure_threshold", "remind_every"]);
    assert!(c.baseline);
}
