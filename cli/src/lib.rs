//! `downbeat`, the command line: is it down, or is it me? This file only dispatches: each
//! command lives in a file of its own, and the arguments in `args.rs`. The engine (the
//! `downbeat` library) never prints; this is where output is shaped.

pub mod args;
pub mod check;
pub mod config_path;
pub mod history;
pub mod presets;
pub mod since;
pub mod table;
pub mod watch;

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use anyhow::Context;

use args::{Cli, Command, EXIT_UNKNOWN};
use downbeat::Config;

/// The program: its arguments, its logs, the command, and the exit status.
pub fn main() -> ExitCode {
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
        // Output piped into something that stopped reading (`| head`): done, not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
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
        .event_format(downbeat::logging::Plain {
            program: "downbeat",
            target: verbose > 1,
        })
        .try_init();
}

fn real_main(cli: Cli) -> anyhow::Result<u8> {
    let config = cli.config.as_deref();
    match cli.command {
        Command::Check {
            json,
            outside: false,
        } => check::run(config, json, cli.utc),
        Command::Check {
            json,
            outside: true,
        } => check::outside(config, json),
        Command::Watch { json, no_notify } => watch::run(config, json, !no_notify, None, cli.utc),
        Command::Serve { listen, notify } => {
            watch::run(config, false, notify, Some(listen), cli.utc)
        }
        Command::History {
            since,
            service,
            json,
            csv,
        } => history::command(config, since, service.as_deref(), json, csv, cli.utc),
        Command::Export { csv, since, force } => history::export(&csv, since, force, cli.utc),
        Command::Presets { name } => presets::run(name.as_deref()),
        Command::ConfigPath => config_path::run(config),
    }
}

/// Loads the config and says, on stderr, what it warns about (a check whose TLS verification
/// is off, a timeout longer than the interval).
pub fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let config = Config::load(path).context("config error")?;
    for w in config.warnings() {
        eprintln!("downbeat: warning: {w}");
    }
    Ok(config)
}

/// A small multi-threaded runtime: checks are network-bound.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .context("cannot start the async runtime")
}

/// A moment as the CLI prints it: local time with its offset, or with `--utc` RFC 3339 UTC.
pub fn stamp(t: std::time::SystemTime, utc: bool) -> String {
    let ms = downbeat::model::time::unix_ms(t);
    if utc {
        downbeat::model::time::rfc3339_ms(ms)
    } else {
        downbeat::model::time::local_stamp(ms)
    }
}
