//! The signals a session answers: stop (Ctrl-C, SIGTERM, and Windows' console close, logoff
//! and shutdown) and reload (SIGHUP, as Prometheus exporters do).

use tokio::sync::mpsc;

/// Resolves on Ctrl-C; also on SIGTERM on Unix, and on Windows when the console window is
/// closed, the user logs off or the system shuts down (Windows gives a few seconds for that:
/// enough to stop cleanly and keep what was recorded).
pub async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => tracing::info!("SIGTERM: stopping"),
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(windows)]
    {
        use tokio::signal::windows::{ctrl_break, ctrl_close, ctrl_logoff, ctrl_shutdown};
        match (ctrl_break(), ctrl_close(), ctrl_logoff(), ctrl_shutdown()) {
            (Ok(mut brk), Ok(mut close), Ok(mut logoff), Ok(mut shutdown)) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = brk.recv() => {}
                    _ = close.recv() => {}
                    _ = logoff.recv() => {}
                    _ = shutdown.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The next message of `rx`: never, when there is no stream or it has ended. For a `select!`
/// over a stream a program may or may not listen to (SIGHUP as reload, or as stop).
pub async fn next(rx: &mut Option<mpsc::UnboundedReceiver<()>>) {
    if let Some(rx) = rx.as_mut() {
        if rx.recv().await.is_some() {
            return;
        }
    }
    std::future::pending::<()>().await;
}

/// A message for every SIGHUP (on the current tokio runtime). Where there is no such signal
/// (Windows), or it can't be listened for, nothing ever comes.
pub fn hangups() -> mpsc::UnboundedReceiver<()> {
    let (tx, rx) = mpsc::unbounded_channel();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::hangup()) {
            Ok(mut hup) => {
                tokio::spawn(async move {
                    while hup.recv().await.is_some() {
                        if tx.send(()).is_err() {
                            return;
                        }
                    }
                });
            }
            Err(e) => tracing::warn!("cannot listen for SIGHUP: {e}"),
        }
    }
    #[cfg(not(unix))]
    drop(tx);
    rx
}
