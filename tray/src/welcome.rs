//! The first-run welcome: one notification, once.

use std::path::PathBuf;

use downbeat::notify::DesktopNotifier;

/// On the very first launch, one notification says what Downbeat watches and where to find it.
/// A file beside the history marks it said; it is written once the notification went out, so a
/// first launch without a notification server says it next time instead.
pub(crate) async fn once(history_path: Option<PathBuf>, services: Vec<String>) {
    use downbeat::notify::Notifier;
    let Some(marker) = history_path
        .as_deref()
        .and_then(std::path::Path::parent)
        .map(|d| d.join("welcomed"))
    else {
        return;
    };
    if marker.exists() {
        return;
    }
    let note = downbeat::alerting::welcome(&services);
    if DesktopNotifier::new().notify(&note).await.is_ok() {
        let written = marker
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&marker, "Downbeat said welcome.\n"));
        if let Err(e) = written {
            tracing::warn!("{}: {e}", marker.display());
        }
    }
}

/// A config that doesn't load: one notification at start, so that a user who never opens the
/// menu still learns that nothing is being checked, and why.
pub(crate) async fn config_error(error: String) {
    use downbeat::notify::Notifier;
    let note = downbeat::alerting::config_error(&error);
    if let Err(e) = DesktopNotifier::new().notify(&note).await {
        tracing::warn!("cannot say that the config doesn't load: {e}");
    }
}
