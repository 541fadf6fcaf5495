//! `downbeat`: is it down, or is it me?

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::sync::Arc;

use downbeat::model::{Sink, State, Transition};
use downbeat::monitor::Monitor;
use downbeat::notify::DesktopNotifier;
use downbeat::store::{self, Writer};
use downbeat::Config;

use cli::history::Format;
use cli::since::Since;

/// Exit code for offline, unknown, a usage error or a config error (the monitoring-plugin
/// convention: 2 would mean CRITICAL).
const EXIT_UNKNOWN: u8 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "downbeat",
    version,
    about = "Is it down, or is it me? Health checks for streaming services, with the blame on the right side."
)]
struct Cli {
    /// Config file (default: $DOWNBEAT_CONFIG, then the platform config file, then the built-in Spotify preset).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Say more on standard error: -v for what the engine does, -vv for every detail
    /// (RUST_LOG overrides).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run every check once, concurrently, and print the verdict.
    ///
    /// Exit codes: 0 up, 1 degraded, 2 down, 3 offline, unknown or config error.
    Check {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Monitor continuously: print each state change, and send desktop notifications.
    ///
    /// The same engine the desktop app embeds. Stops cleanly on Ctrl-C or SIGTERM.
    Watch {
        /// Print each transition as a JSON line.
        #[arg(long)]
        json: bool,
        /// Don't send desktop notifications.
        #[arg(long)]
        no_notify: bool,
    },
    /// Monitor continuously and serve the results over HTTP, for Prometheus.
    ///
    /// `/metrics` (Prometheus or OpenMetrics), `/api/status` (the latest round, as
    /// `check --json`) and `/healthz`. Records the history like `watch`. Sends no desktop notifications unless asked.
    /// Stops cleanly on Ctrl-C or SIGTERM.
    Serve {
        /// The address to listen on. Only loopback unless you say otherwise
        /// (for example 0.0.0.0:9767 for every interface).
        #[arg(long, value_name = "ADDR", default_value = downbeat::serve::DEFAULT_LISTEN)]
        listen: std::net::SocketAddr,
        /// Send desktop notifications too, as `watch` does.
        #[arg(long)]
        notify: bool,
    },
    /// Show uptime, incidents and latency from the history that `watch` and the app record.
    History {
        /// How far back: a span ("24h", "7d", "1w"), a date ("2026-11-24", from midnight UTC),
        /// "today" or "yesterday".
        #[arg(long, default_value = "24h", value_parser = cli::since::parse)]
        since: Since,
        /// Only this service (its exact name).
        #[arg(long)]
        service: Option<String>,
        /// Print one JSON document.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print the incidents as CSV.
        #[arg(long)]
        csv: bool,
    },
    /// Write raw check results to a CSV file.
    Export {
        /// The file to write ("-" for standard output).
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        /// How far back, as for `history`.
        #[arg(long, default_value = "7d", value_parser = cli::since::parse)]
        since: Since,
    },
    /// Print a built-in preset's TOML (to copy into your config and correct), or list them.
    Presets {
        /// The preset to print.
        name: Option<String>,
    },
    /// Print where the config file is looked for, and whether it loads.
    ConfigPath,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print and succeed; a usage error is UNKNOWN, not CRITICAL.
            let _ = e.print();
            return ExitCode::from(if e.exit_code() == 0 { 0 } else { EXIT_UNKNOWN });
        }
    };
    init_logging(cli.verbose);
    match real_main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // One line: the error and its causes.
            let msg = e
                .chain()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(": ");
            eprintln!("downbeat: {msg}");
            ExitCode::from(EXIT_UNKNOWN)
        }
    }
}

/// Logs go to standard error: warnings by default, more with -v / -vv, or as RUST_LOG says.
fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "warn,downbeat=info",
        _ => "info,downbeat=debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(verbose > 1)
        .without_time()
        .try_init();
}

fn real_main(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Check { json } => check(cli.config.as_deref(), json),
        Command::Watch { json, no_notify } => watch(cli.config.as_deref(), json, !no_notify, None),
        Command::Serve { listen, notify } => {
            watch(cli.config.as_deref(), false, notify, Some(listen))
        }
        Command::History {
            since,
            service,
            json,
            csv,
        } => {
            let format = match (json, csv) {
                (true, _) => Format::Json,
                (_, true) => Format::Csv,
                _ => Format::Text,
            };
            // With --service, the config's names count as known even before anything is
            // recorded for them (the config is read only then).
            let known: Vec<String> = match &service {
                Some(_) => Config::load(cli.config.as_deref())
                    .map(|c| c.services.into_iter().map(|s| s.name).collect())
                    .unwrap_or_default(),
                None => Vec::new(),
            };
            cli::history::history(since, service.as_deref(), &known, format)
        }
        Command::Export { csv, since } => cli::history::export(&csv, since),
        Command::Presets { name } => {
            match name {
                None => {
                    for (n, _) in downbeat::config::PRESETS {
                        println!("{n}");
                    }
                }
                Some(n) => {
                    let text = downbeat::config::preset_text(&n).with_context(|| {
                        format!("no preset named \"{n}\" (see `downbeat presets`)")
                    })?;
                    print!("{text}");
                }
            }
            Ok(0)
        }
        Command::ConfigPath => {
            match Config::locate(cli.config.as_deref()) {
                Some(p) => println!("{}", p.display()),
                None => println!(
                    "(none: using the built-in Spotify preset; create {} to change it)",
                    downbeat::config::default_path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "a config file".into())
                ),
            }
            let config = load_config(cli.config.as_deref())?;
            println!(
                "loads: {} service(s), {} baseline check(s)",
                config.services.len(),
                config.baseline.len()
            );
            for note in config.notes() {
                println!("note: {note}");
            }
            Ok(0)
        }
    }
}

/// Loads the config and says, on stderr, what it warns about (a check whose TLS verification
/// is off, a timeout longer than the interval).
fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let config = Config::load(path).context("config error")?;
    for w in config.warnings() {
        eprintln!("downbeat: warning: {w}");
    }
    Ok(config)
}

fn check(config_path: Option<&Path>, json: bool) -> anyhow::Result<u8> {
    let config = load_config(config_path)?;
    let ctx = downbeat::ProbeContext::from_settings(&config.settings).context("setup error")?;
    let rt = runtime()?;
    let round = rt.block_on(downbeat::run_once(&config, &ctx));
    // A system DNS lookup past its deadline may still be blocking a pool thread: don't wait.
    rt.shutdown_timeout(Duration::from_millis(50));

    let verdict = downbeat::verdict::judge(&round);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &round.to_json(&verdict))
            .context("cannot write JSON")?;
        writeln!(out)?;
    } else {
        out.write_all(cli::table::check(&config, &round, &verdict).as_bytes())?;
    }
    Ok(verdict.status.exit_code())
}

/// `watch`, and with `listen`, `serve`: the monitor until Ctrl-C, its transitions on stdout.
fn watch(
    config_path: Option<&Path>,
    json: bool,
    notify: bool,
    listen: Option<std::net::SocketAddr>,
) -> anyhow::Result<u8> {
    let config = Arc::new(load_config(config_path)?);
    let ctx = downbeat::ProbeContext::from_settings(&config.settings).context("setup error")?;
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
    let writer = open_store(&config);
    rt.block_on(async {
        let mut monitor = Monitor::new(config.clone(), ctx).sink(Arc::new(Printer { json }));
        if let Some(w) = &writer {
            monitor = monitor.sink(Arc::new(w.sink()));
        }
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

/// Opens the history store for writing. Problems are reported and never stop the monitor.
fn open_store(config: &Config) -> Option<Writer> {
    let Some(path) = store::default_path() else {
        eprintln!("downbeat: no data folder on this system: history is not recorded (set DOWNBEAT_DATA_DIR)");
        return None;
    };
    match Writer::start(&path, config.settings.retention) {
        Ok(w) => {
            if let Some(notice) = w.status().notice {
                eprintln!("downbeat: {notice}");
            }
            Some(w)
        }
        Err(e) => {
            eprintln!("downbeat: {e}; carrying on without recording history");
            None
        }
    }
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
            let who = t.service.as_deref().unwrap_or("your connection");
            let mut line = format!(
                "{}  {who}: {} -> {}",
                downbeat::model::time::rfc3339(t.at),
                t.from,
                t.to
            );
            if t.diagnosis != downbeat::Diagnosis::Ok {
                let check = t
                    .check
                    .as_deref()
                    .map(|c| format!("{c}: "))
                    .unwrap_or_default();
                line.push_str(&format!(
                    " ({check}{}; blame: {}, cause: {})",
                    t.diagnosis.headline(),
                    t.blame(),
                    t.cause
                ));
            }
            if let Some(d) = t.lasted.filter(|_| t.from > State::Up) {
                line.push_str(&format!(" after {}", downbeat::model::time::human_span(d)));
            }
            if !t.detail.is_empty() && t.to > State::Up {
                line.push_str(&format!(". {}", t.detail));
            }
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
}

/// A small multi-threaded runtime: checks are network-bound.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")
}
