//! The notifier sink: says what the alerting policy composed. The desktop notifier calls
//! notify-rust directly, so a failure is seen, logged once through `tracing`, and never fatal.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

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
        Kind::Degraded | Kind::You => "dialog-warning",
        Kind::Recovered | Kind::Online => "network-transmit-receive",
        Kind::Welcome => "dialog-information",
    }
}

/// Sends notifications. Implementations must not block; errors are reported, not panicked.
pub trait Notifier: Send + Sync {
    fn notify<'a>(
        &'a self,
        n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), NotifyError>> + Send + 'a>>;
}

/// Native desktop notifications through notify-rust (D-Bus on Linux and the BSDs).
#[derive(Debug, Default)]
pub struct DesktopNotifier {
    warned: AtomicBool,
}

impl DesktopNotifier {
    pub fn new() -> Self {
        DesktopNotifier::default()
    }

    /// Logs the first failure; later ones are silent (returned, not logged).
    fn failed(&self, e: NotifyError) -> Result<(), NotifyError> {
        if !self.warned.swap(true, Ordering::SeqCst) {
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
                let shown = tokio::time::timeout(Duration::from_secs(5), note.show_async()).await;
                match shown {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err(e)) => self.failed(NotifyError::Service(e.to_string())),
                    Err(_) => self.failed(NotifyError::NoAnswer),
                }
            }
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            {
                match tokio::task::spawn_blocking(move || note.show().map(|_| ())).await {
                    Ok(Ok(())) => Ok(()),
                    Ok(Err(e)) => self.failed(NotifyError::Service(e.to_string())),
                    Err(e) => self.failed(NotifyError::Service(e.to_string())),
                }
            }
        })
    }
}
