//! The notifier sink: says what the alerting policy composed. The desktop notifier calls
//! notify-rust directly, so a failure is seen, logged once through `tracing`, and never fatal.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::{Kind, Notification};

/// Why a notification was not shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// The notification service refused it or is not there.
    #[error("the notification service failed: {0}")]
    Service(String),
    /// The notification service did not answer in time.
    #[error("the notification service did not answer")]
    NoAnswer,
}

/// The freedesktop icon for a notification: an error for bad news, a working network for good.
pub fn icon(kind: Kind) -> &'static str {
    match kind {
        Kind::Down | Kind::Offline | Kind::Reminder => "network-error",
        Kind::Degraded | Kind::You | Kind::Problem => "dialog-warning",
        Kind::Recovered | Kind::Online => "network-transmit-receive",
        Kind::Welcome => "dialog-information",
    }
}

/// The AppUserModelID that Downbeat's notifications carry on Windows (the desktop app's bundle
/// identifier). It is registered for the user at the first notifier, so that a notification
/// says "Downbeat", with Downbeat's icon, and not "Windows PowerShell".
pub const APP_ID: &str = "app.downbeat.desktop";

/// Sends notifications. Implementations must not block; errors are reported, not panicked.
pub trait Notifier: Send + Sync {
    fn notify<'a>(
        &'a self,
        n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), NotifyError>> + Send + 'a>>;
}

/// Native desktop notifications through notify-rust (D-Bus on Linux and the BSDs).
#[derive(Debug, Default)]
pub struct DesktopNotifier {}

/// Whether a notifier of this process has said that notifications are unavailable: it is said
/// once per process, however many notifiers there are (the desktop app's welcome has its own).
static WARNED: AtomicBool = AtomicBool::new(false);

impl DesktopNotifier {
    /// On Windows, also registers [`APP_ID`] for the user (once per process).
    pub fn new() -> Self {
        #[cfg(windows)]
        windows::ensure_registered();
        DesktopNotifier::default()
    }

    /// Logs the process's first failure; later ones are silent (returned, not logged).
    fn failed(&self, e: NotifyError) -> Result<(), NotifyError> {
        if !WARNED.swap(true, Ordering::SeqCst) {
            tracing::warn!("desktop notifications are unavailable ({e}); carrying on without them");
        }
        Err(e)
    }
}

impl Notifier for DesktopNotifier {
    fn notify<'a>(
        &'a self,
        n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), NotifyError>> + Send + 'a>> {
        Box::pin(async move {
            let mut note = notify_rust::Notification::new();
            note.appname("Downbeat").summary(&n.title).body(&n.body);
            #[cfg(all(unix, not(target_os = "macos")))]
            {
                let urgency = match n.kind {
                    Kind::Down | Kind::Offline => notify_rust::Urgency::Critical,
                    _ => notify_rust::Urgency::Normal,
                };
                note.urgency(urgency).icon(icon(n.kind));
                let shown =
                    tokio::time::timeout(std::time::Duration::from_secs(5), note.show_async())
                        .await;
                match shown {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err(e)) => self.failed(NotifyError::Service(e.to_string())),
                    Err(_) => self.failed(NotifyError::NoAnswer),
                }
            }
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            {
                #[cfg(windows)]
                note.app_id(APP_ID);
                match tokio::task::spawn_blocking(move || note.show().map(|_| ())).await {
                    Ok(Ok(())) => Ok(()),
                    Ok(Err(e)) => self.failed(NotifyError::Service(e.to_string())),
                    Err(e) => self.failed(NotifyError::Service(e.to_string())),
                }
            }
        })
    }
}

/// Windows shows a notification under the name and icon registered for its AppUserModelID.
/// An app run from a folder (the zip) has no installer to register one, so Downbeat registers
/// itself, per user and without admin rights: `HKCU\Software\Classes\AppUserModelId\<APP_ID>`
/// with `DisplayName` and `IconUri`, the icon being a PNG kept beside the history.
#[cfg(windows)]
mod windows {
    use std::path::PathBuf;
    use std::sync::OnceLock;

    use super::APP_ID;

    const ICON_PNG: &[u8] = include_bytes!("../icons/128x128.png");

    /// Registers once per process; a failure is logged and never fatal.
    pub(super) fn ensure_registered() {
        static DONE: OnceLock<()> = OnceLock::new();
        DONE.get_or_init(|| {
            if let Err(e) = register() {
                tracing::warn!(
                    "could not register Downbeat for Windows notifications ({e}); they may show without Downbeat's name"
                );
            }
        });
    }

    // not for people: these errors go to the log only (the notifier says nothing to the user
    // about its registration), so they stay in the log's English.
    fn register() -> Result<(), String> {
        let key = windows_registry::CURRENT_USER
            .create(format!("Software\\Classes\\AppUserModelId\\{APP_ID}"))
            .map_err(|e| format!("the registry: {e}"))?; // not for people: logged
        key.set_string("DisplayName", "Downbeat")
            .map_err(|e| format!("the registry: {e}"))?; // not for people: logged
        match icon_file() {
            Ok(icon) => key
                .set_string("IconUri", icon.to_string_lossy())
                .map_err(|e| format!("the registry: {e}"))?, // not for people: logged
            Err(e) => tracing::debug!("no notification icon: {e}"),
        }
        Ok(())
    }

    /// Downbeat's icon as a file, which is what the registry can point at: written beside the
    /// history when it is missing or differs, through a temporary file and a rename.
    fn icon_file() -> Result<PathBuf, String> {
        // not for people: logged
        let dir = crate::store::data_dir().ok_or("no data folder")?;
        let path = dir.join("notification-icon.png");
        if std::fs::read(&path).ok().as_deref() != Some(ICON_PNG) {
            let tmp = dir.join("notification-icon.png.tmp");
            std::fs::create_dir_all(&dir)
                .and_then(|()| std::fs::write(&tmp, ICON_PNG))
                .and_then(|()| std::fs::rename(&tmp, &path))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(path)
    }
}
