//! `downbeat`: is it down, or is it me?

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::sync::Arc;

use downbeat::health::{State, Transition};
use downbeat::monitor::{Monitor, Sink};
use downbeat::notify::DesktopNotifier;
use downbeat::run::{CheckResult, RoundResult};
use downbeat::{Config, Status};

/// Exit code for offline, unknown, or a config error (the monitoring-plugin convention).
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
    /// Print a built-in preset's TOML (to copy into your config and correct), or list them.
    Presets {
        /// The preset to print.
        name: Option<String>,
    },
    /// Print where the config file is looked for, and whether it loads.
    ConfigPath,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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

fn real_main(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Check { json } => check(cli.config.as_deref(), json),
        Command::Watch { json, no_notify } => watch(cli.config.as_deref(), json, no_notify),
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
            let config = Config::load(cli.config.as_deref()).context("config error")?;
            println!(
                "loads: {} service(s), {} baseline check(s)",
                config.services.len(),
                config.baseline.len()
            );
            Ok(0)
        }
    }
}

fn check(config_path: Option<&Path>, json: bool) -> anyhow::Result<u8> {
    let config = Config::load(config_path).context("config error")?;
    let ctx = config.probe_context().context("setup error")?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")?;
    let round = rt.block_on(downbeat::run_once(&config, &ctx));
    // A system DNS lookup past its deadline may still be blocking a pool thread: don't wait.
    rt.shutdown_timeout(Duration::from_millis(50));

    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &round.to_json()).context("cannot write JSON")?;
        writeln!(out)?;
    } else {
        print_table(&mut out, &config, &round)?;
    }
    Ok(round.verdict.status.exit_code())
}

fn watch(config_path: Option<&Path>, json: bool, no_notify: bool) -> anyhow::Result<u8> {
    let config = Arc::new(Config::load(config_path).context("config error")?);
    let ctx = config.probe_context().context("setup error")?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")?;
    eprintln!(
        "downbeat: watching {} service(s) and {} baseline check(s) every {} ({}); Ctrl-C stops",
        config.services.len(),
        config.baseline.len(),
        downbeat::notify::human_span(config.settings.interval),
        config.source_label()
    );
    rt.block_on(async {
        let mut monitor = Monitor::new(config.clone(), ctx).sink(Arc::new(Printer { json }));
        if !no_notify {
            monitor = monitor.notifier(Arc::new(DesktopNotifier::new()));
        }
        let handle = monitor.spawn();
        stop_signal().await;
        handle.shutdown().await;
    });
    rt.shutdown_timeout(Duration::from_millis(50));
    Ok(0)
}

/// Resolves on Ctrl-C, or SIGTERM on Unix.
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
    #[cfg(not(unix))]
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
                downbeat::run::rfc3339(t.at),
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
                    " ({check}{}; blame: {})",
                    t.diagnosis.headline(),
                    t.blame
                ));
            }
            if let Some(d) = t.lasted.filter(|_| t.from > State::Up) {
                line.push_str(&format!(" after {}", downbeat::notify::human_span(d)));
            }
            if !t.detail.is_empty() && t.to > State::Up {
                line.push_str(&format!(". {}", t.detail));
            }
            let _ = writeln!(out, "{line}");
        }
        let _ = out.flush();
    }
}

fn print_table(out: &mut impl Write, config: &Config, round: &RoundResult) -> std::io::Result<()> {
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let paint = |s: &str, status: Option<Status>| -> String {
        let code = match status {
            _ if !colour => return s.to_owned(),
            Some(Status::Up) => "32",
            Some(Status::Degraded) => "33",
            Some(Status::Down) => "31",
            None => "1",
        };
        format!("\x1b[{code}m{s}\x1b[0m")
    };
    let width = round
        .baseline
        .iter()
        .chain(round.services.iter().flat_map(|s| s.checks.iter()))
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    writeln!(
        out,
        "Downbeat check, {} ({})",
        downbeat::run::rfc3339(round.checked_at),
        config.source_label()
    )?;
    let header = format!(
        "  {:<width$}  {:<8}  {:>7} {:>7} {:>7} {:>7} {:>8}  {}",
        "CHECK", "STATUS", "DNS", "CONNECT", "TLS", "TTFB", "TRANSFER", "DETAIL"
    );
    let row = |out: &mut dyn Write, c: &CheckResult| -> std::io::Result<()> {
        let r = &c.report;
        let p = r.phases;
        let f = |d: Option<Duration>| match d {
            Some(d) if d < Duration::from_millis(10) => {
                format!("{:.1}ms", d.as_secs_f64() * 1000.0)
            }
            Some(d) => format!("{}ms", d.as_millis()),
            None => "-".to_owned(),
        };
        let status = format!("{:<8}", r.status.as_str());
        writeln!(
            out,
            "  {:<width$}  {}  {:>7} {:>7} {:>7} {:>7} {:>8}  {}",
            c.name,
            paint(&status, Some(r.status)),
            f(p.dns),
            f(p.connect),
            f(p.tls),
            f(p.ttfb),
            f(p.transfer),
            r.detail
        )
    };
    if !round.baseline.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", paint("Your connection (baseline)", None))?;
        writeln!(out, "{header}")?;
        for c in &round.baseline {
            row(out, c)?;
        }
    }
    for s in &round.services {
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            paint(&s.name, None),
            paint(&format!("({})", s.status), Some(s.status))
        )?;
        writeln!(out, "{header}")?;
        for c in &s.checks {
            row(out, c)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", paint(&round.verdict.summary, None))?;
    Ok(())
}
