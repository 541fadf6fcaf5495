//! `downbeat watch` and `downbeat serve`: the monitor until Ctrl-C or SIGTERM, its
//! transitions on stdout, its history recorded, and with `serve`, its results over HTTP.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use downbeat::assemble::{assemble, Assembly};
use downbeat::model::{Sink, Transition};
use downbeat::notify::DesktopNotifier;
use downbeat::store;

use super::{load_config, runtime};

/// `watch`, and with `listen`, `serve`: the monitor until Ctrl-C, its transitions on stdout.
pub fn run(
    config_path: Option<&Path>,
    json: bool,
    notify: bool,
    listen: Option<std::net::SocketAddr>,
    utc: bool,
) -> anyhow::Result<u8> {
    let config = Arc::new(load_config(config_path)?);
    let Assembly {
        monitor,
        writer,
        notices,
    } = assemble(config.clone(), store::default_path().as_deref()).context("setup error")?;
    let rt = runtime()?;
    // Bound first, so a taken port is one clear error before anything runs.
    let listener = match listen {
        Some(addr) => {
            let l = rt
                .block_on(tokio::net::TcpListener::bind(addr))
                .with_context(|| format!("cannot listen on {addr}"))?;
            let local = l.local_addr().unwrap_or(addr);
            eprintln!(
                "downbeat: serving http://{local}/metrics (Prometheus), /api/status and /healthz"
            );
            if !local.ip().is_loopback() {
                eprintln!("downbeat: note: listening beyond this machine ({local}): whoever can reach it can read the results");
            }
            Some(l)
        }
        None => None,
    };
    eprintln!(
        "downbeat: watching {} service(s) and {} baseline check(s) every {} ({}); Ctrl-C stops",
        config.services.len(),
        config.baseline.len(),
        downbeat::model::time::human_span(config.settings.interval),
        config.source_label()
    );
    for note in config.notes() {
        eprintln!("downbeat: note: {note}");
    }
    for notice in notices {
        eprintln!("downbeat: {notice}");
    }
    rt.block_on(async {
        let mut monitor = monitor.sink(Arc::new(Printer { json, utc }));
        if notify {
            monitor = monitor.notifier(Arc::new(DesktopNotifier::new()));
        }
        let incidents = Arc::new(downbeat::metrics::Incidents::new());
        if listener.is_some() {
            monitor = monitor.sink(incidents.clone());
        }
        let handle = monitor.spawn();
        let (stop_server, server_stopped) = tokio::sync::oneshot::channel::<()>();
        let server = match listener {
            Some(l) => {
                let sources = downbeat::serve::Sources {
                    snapshot: handle.snapshot.clone(),
                    incidents,
                };
                let limits = downbeat::serve::Limits::default();
                let stop = async {
                    let _ = server_stopped.await;
                };
                Some(tokio::spawn(downbeat::serve::serve(
                    l, sources, limits, stop,
                )))
            }
            None => None,
        };
        let mut said: Option<String> = None;
        let stop = stop_signal();
        tokio::pin!(stop);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tokio::time::sleep(Duration::from_secs(5)) => {
                    // Say each new history problem once (a full or read-only disk).
                    let err = writer.as_ref().and_then(|w| {
                        let st = w.status();
                        st.last_error.or(st.maintenance_error)
                    });
                    if err.is_some() && err != said {
                        eprintln!("downbeat: {}", err.as_deref().unwrap_or_default());
                    }
                    said = err;
                }
            }
        }
        let _ = stop_server.send(());
        if let Some(server) = server {
            let _ = server.await;
        }
        handle.shutdown().await;
    });
    if let Some(w) = writer {
        w.shutdown();
    }
    rt.shutdown_timeout(Duration::from_millis(50));
    Ok(0)
}

/// Resolves on Ctrl-C; also on SIGTERM on Unix, and on Windows when the console window is
/// closed, the user logs off or the system shuts down (Windows gives a few seconds for that:
/// enough to stop cleanly and keep what was recorded).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
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

/// Prints each transition as a line (or a JSON line).
struct Printer {
    json: bool,
    /// Times in UTC (`--utc`) rather than local time.
    utc: bool,
}

impl Sink for Printer {
    fn on_transition(&self, t: &Transition, notified: bool) {
        let mut out = std::io::stdout().lock();
        if self.json {
            let mut v = serde_json::to_value(t).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("notified".into(), serde_json::Value::Bool(notified));
            }
            let _ = writeln!(out, "{v}");
        } else {
            let line = format!(
                "{}  {}",
                super::stamp(t.at, self.utc),
                downbeat::view::transition_line(t)
            );
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
}
