//! `downbeat watch` and `downbeat serve`: the monitor until Ctrl-C or SIGTERM, its
//! transitions on stdout, its history recorded, and with `serve`, its results over HTTP.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use downbeat::model::{Arg, Sink, Transition};
use downbeat::msg;
use downbeat::notify::DesktopNotifier;
use downbeat::session::{self, Followed, Session, Start};
use downbeat::store;
use downbeat::view::i18n;

use crate::{load_config, note, runtime};

/// `watch`, and with `listen`, `serve`: the monitor until Ctrl-C, its transitions on stdout.
/// The config file is followed: an edit (or SIGHUP) reloads it without a restart, and a broken
/// edit keeps the last config that loaded running; each says so in one line on stderr.
pub fn run(
    config_path: Option<&Path>,
    json: bool,
    notify: bool,
    listen: Option<std::net::SocketAddr>,
    utc: bool,
) -> anyhow::Result<u8> {
    let config = Arc::new(load_config(config_path)?);
    let rt = runtime()?;
    // SIGHUP is listened for from the start, so an early `systemctl reload` never kills it.
    // It reloads the config for `serve`, and for `watch` with no terminal (a service, nohup);
    // a terminal's `watch` stops on it, as programs do when their terminal goes away.
    let hangups = {
        let _in = rt.enter();
        session::hangups()
    };
    let reload_on_hangup = listen.is_some() || !std::io::stderr().is_terminal();
    // Bound first, so a taken port is one clear error before anything runs.
    let listener = match listen {
        Some(addr) => {
            let l = rt
                .block_on(tokio::net::TcpListener::bind(addr))
                .with_context(|| msg!("cli-cannot-listen", address = addr).to_string())?;
            let local = l.local_addr().unwrap_or(addr);
            eprintln!("downbeat: {}", msg!("cli-serving", address = local));
            if !local.ip().is_loopback() {
                note(msg!("cli-listening-beyond", address = local));
            }
            Some(l)
        }
        None => None,
    };
    let incidents = Arc::new(downbeat::metrics::Incidents::new());
    let mut start = Start {
        config: config_path.map(Into::into),
        history: store::default_path(),
        notifier: None,
        sinks: vec![Arc::new(Printer { json, utc })],
    };
    if notify {
        start.notifier = Some(Arc::new(DesktopNotifier::new()));
    }
    if listener.is_some() {
        start.sinks.push(incidents.clone());
    }
    let session = {
        let _in = rt.enter();
        Arc::new(
            Session::run(config.clone(), start).with_context(|| i18n::text("cli-setup-error"))?,
        )
    };
    let watching = msg!(
        "cli-watching",
        services = config.services.len(),
        baseline = config.baseline.len(),
        interval = Arg::span(config.settings.interval),
        source = config.source_label(),
    );
    eprintln!("downbeat: {watching}");
    for n in config.notes() {
        note(n);
    }
    for notice in &session.notices {
        eprintln!("downbeat: {notice}");
    }
    rt.block_on(async {
        let (stop_server, server_stopped) = tokio::sync::oneshot::channel::<()>();
        let server = match (listener, session.snapshots()) {
            (Some(l), Some(snapshot)) => {
                let sources = downbeat::serve::Sources {
                    snapshot,
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
            _ => None,
        };
        let (mut followed, mut hung_up) = if reload_on_hangup {
            (session.follow(Some(hangups)), None)
        } else {
            (session.follow(None), Some(hangups))
        };
        let mut said: Option<String> = None;
        let stop = session::stop_signal();
        tokio::pin!(stop);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                () = session::next(&mut hung_up) => break,
                Some(f) = followed.recv() => match f {
                    Followed::Reloaded { path, changes } => {
                        say(&downbeat::view::config_reloaded_line(&path, &changes));
                    }
                    Followed::Kept { error } => {
                        say(&downbeat::view::config_not_reloaded_line(&error));
                    }
                    Followed::LoadsNow { .. } => {}
                },
                _ = tokio::time::sleep(Duration::from_secs(5)) => {
                    // Say each new history problem once (a full or read-only disk).
                    let err = session.history_error();
                    if let Some(e) = err.as_deref().filter(|_| err != said) {
                        say(e);
                    }
                    said = err;
                }
            }
        }
        let _ = stop_server.send(());
        if let Some(server) = server {
            let _ = server.await;
        }
        session.shutdown().await;
    });
    rt.shutdown_timeout(Duration::from_millis(50));
    Ok(0)
}

/// One line on stderr, as the CLI says things. A terminal that went away is no reason to stop
/// before the history is written: what can't be said is dropped.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "downbeat: {line}");
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
                crate::stamp(t.at, self.utc),
                downbeat::view::transition_line(t)
            );
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
}
