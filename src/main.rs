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
use downbeat::store::{self, History, Writer};
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
    /// Show uptime, incidents and latency from the history that `watch` and the app record.
    History {
        /// How far back: "24h", "7d", "30d"...
        #[arg(long, default_value = "24h", value_parser = parse_since)]
        since: Duration,
        /// Only this service.
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
        /// How far back.
        #[arg(long, default_value = "7d", value_parser = parse_since)]
        since: Duration,
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
        Command::History {
            since,
            service,
            json,
            csv,
        } => history(since, service.as_deref(), json, csv),
        Command::Export { csv, since } => export(&csv, since),
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
            Ok(0)
        }
    }
}

/// Loads the config and warns, on stderr, about every check whose TLS verification is off.
fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let config = Config::load(path).context("config error")?;
    for w in config.warnings() {
        eprintln!("downbeat: warning: {w}");
    }
    Ok(config)
}

fn check(config_path: Option<&Path>, json: bool) -> anyhow::Result<u8> {
    let config = load_config(config_path)?;
    let ctx = config.probe_context().context("setup error")?;
    let rt = runtime()?;
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
    let config = Arc::new(load_config(config_path)?);
    let ctx = config.probe_context().context("setup error")?;
    let rt = runtime()?;
    eprintln!(
        "downbeat: watching {} service(s) and {} baseline check(s) every {} ({}); Ctrl-C stops",
        config.services.len(),
        config.baseline.len(),
        downbeat::notify::human_span(config.settings.interval),
        config.source_label()
    );
    let writer = open_store(&config);
    rt.block_on(async {
        let mut monitor = Monitor::new(config.clone(), ctx).sink(Arc::new(Printer { json }));
        if let Some(w) = &writer {
            monitor = monitor.sink(Arc::new(w.sink()));
        }
        if !no_notify {
            monitor = monitor.notifier(Arc::new(DesktopNotifier::new()));
        }
        let handle = monitor.spawn();
        let mut said: Option<String> = None;
        let stop = stop_signal();
        tokio::pin!(stop);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tokio::time::sleep(Duration::from_secs(5)) => {
                    // Say each new history problem once (a full or read-only disk).
                    let err = writer.as_ref().and_then(|w| w.status().last_error);
                    if err.is_some() && err != said {
                        eprintln!("downbeat: {}", err.as_deref().unwrap_or_default());
                    }
                    said = err;
                }
            }
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

fn parse_since(s: &str) -> Result<Duration, String> {
    downbeat::config::values::parse_duration(s)
}

fn open_history() -> anyhow::Result<Option<History>> {
    let path =
        store::default_path().context("no data folder on this system (set DOWNBEAT_DATA_DIR)")?;
    Ok(History::open(&path)?)
}

fn history(since: Duration, service: Option<&str>, json: bool, csv: bool) -> anyhow::Result<u8> {
    let now = store::unix_ms(std::time::SystemTime::now());
    let from = now - since.as_millis() as i64;
    let report = match open_history()? {
        Some(h) => h
            .report(from, now, service)
            .context("reading the history failed")?,
        None => downbeat::store::HistoryReport {
            since: downbeat::run::rfc3339(
                std::time::UNIX_EPOCH + Duration::from_millis(from as u64),
            ),
            until: downbeat::run::rfc3339(std::time::SystemTime::now()),
            services: Vec::new(),
            incidents: Vec::new(),
            offline_s: 0.0,
        },
    };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(0);
    }
    if csv {
        writeln!(out, "service,check,kind,start,end,duration_s,first_diagnosis,worst_diagnosis,blame,notified")?;
        for i in &report.incidents {
            writeln!(
                out,
                "{},{},{},{},{},{:.0},{},{},{},{}",
                store::csv(i.service.as_deref().unwrap_or("(your connection)")),
                store::csv(i.check.as_deref().unwrap_or("")),
                i.kind,
                i.start,
                i.end.as_deref().unwrap_or(""),
                i.duration_s,
                i.first_diagnosis.as_deref().unwrap_or(""),
                i.worst_diagnosis.as_deref().unwrap_or(""),
                i.blame,
                i.notified
            )?;
        }
        return Ok(0);
    }
    writeln!(
        out,
        "History since {} ({} to now)",
        report.since,
        downbeat::notify::human_span(since)
    )?;
    if report.services.is_empty() {
        writeln!(
            out,
            "\nNothing recorded yet: `downbeat watch` or the desktop app records history."
        )?;
        return Ok(0);
    }
    writeln!(
        out,
        "\n  {:<24} {:>8}  {:>9}  {:>8}  {:>8}  {:>8}",
        "SERVICE", "UPTIME", "DOWN", "TTFB p50", "p95", "TOTAL p95"
    )?;
    for s in &report.services {
        let u = &s.uptime;
        let pct = u
            .uptime_pct
            .map(|p| format!("{p:.2}%"))
            .unwrap_or_else(|| "-".into());
        let lat = |phase: &str, p95: bool| {
            s.latency
                .get(phase)
                .map(|p| format!("{:.0}ms", if p95 { p.p95_ms } else { p.p50_ms }))
                .unwrap_or_else(|| "-".into())
        };
        writeln!(
            out,
            "  {:<24} {:>8}  {:>9}  {:>8}  {:>8}  {:>8}",
            u.service,
            pct,
            downbeat::notify::human_span(Duration::from_secs_f64(u.down_s)),
            lat("ttfb", false),
            lat("ttfb", true),
            lat("total", true)
        )?;
        if !u.unverified_checks.is_empty() {
            writeln!(
                out,
                "  {:<24} unverified (insecure = true): {}",
                "",
                u.unverified_checks.join(", ")
            )?;
        }
    }
    if report.offline_s > 0.0 {
        writeln!(
            out,
            "\n  You were offline for {} (not counted against any service).",
            downbeat::notify::human_span(Duration::from_secs_f64(report.offline_s))
        )?;
    }
    writeln!(out, "\nIncidents")?;
    if report.incidents.is_empty() {
        writeln!(out, "  none")?;
    }
    for i in &report.incidents {
        let who = i.service.as_deref().unwrap_or("your connection");
        let how = i
            .worst_diagnosis
            .as_deref()
            .and_then(diagnosis_headline)
            .unwrap_or("");
        let check = i
            .check
            .as_deref()
            .map(|c| format!("{c}: "))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}  {who} {} for {}{} ({check}{how}; blame: {})",
            i.start,
            i.kind,
            downbeat::notify::human_span(Duration::from_secs_f64(i.duration_s)),
            if i.ongoing { ", ongoing" } else { "" },
            i.blame
        )?;
    }
    Ok(0)
}

fn diagnosis_headline(code: &str) -> Option<&'static str> {
    downbeat::Diagnosis::ALL
        .iter()
        .find(|d| d.as_str() == code)
        .map(|d| d.headline())
}

fn export(file: &Path, since: Duration) -> anyhow::Result<u8> {
    let now = store::unix_ms(std::time::SystemTime::now());
    let from = now - since.as_millis() as i64;
    let Some(h) = open_history()? else {
        anyhow::bail!("nothing recorded yet: `downbeat watch` or the desktop app records history");
    };
    let n = if file == Path::new("-") {
        h.export_csv(from, &mut std::io::stdout().lock())?
    } else {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(file)
                .with_context(|| format!("cannot create {}", file.display()))?,
        );
        let n = h.export_csv(from, &mut f)?;
        f.flush()
            .with_context(|| format!("cannot write {}", file.display()))?;
        n
    };
    eprintln!("downbeat: wrote {n} results");
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

/// A small multi-threaded runtime: checks are network-bound.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")
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
