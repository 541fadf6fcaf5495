//! `downbeat`: is it down, or is it me? This file only dispatches: each command lives in
//! `src/cli/`, one file each, and the arguments in `cli/args.rs`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

use cli::args::{Cli, Command, EXIT_UNKNOWN};

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
        } => cli::check::run(config, json, cli.utc),
        Command::Check {
            json,
            outside: true,
        } => cli::check::outside(config, json),
        Command::Watch { json, no_notify } => {
            cli::watch::run(config, json, !no_notify, None, cli.utc)
        }
        Command::Serve { listen, notify } => {
            cli::watch::run(config, false, notify, Some(listen), cli.utc)
        }
        Command::History {
            since,
            service,
            json,
            csv,
        } => cli::history::command(config, since, service.as_deref(), json, csv, cli.utc),
        Command::Export { csv, since, force } => cli::history::export(&csv, since, force, cli.utc),
        Command::Presets { name } => cli::presets::run(name.as_deref()),
        Command::ConfigPath => cli::config_path::run(config),
    }
}
