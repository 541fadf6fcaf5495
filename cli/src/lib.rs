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
use downbeat::msg;
use downbeat::view::i18n;
use downbeat::Config;

/// The program: its arguments, its logs, the command, and the exit status.
pub fn main() -> ExitCode {
    // The system's language before anything prints (set before the arguments are parsed, so
    // that a `--since` that doesn't read says so in it too); a command that loads the config
    // then speaks its `[settings] language` ([`speak`]).
    i18n::use_language(None);
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
            let said = e
                .chain()
                .map(ToString::to_string)
                .reduce(|error, cause| {
                    msg!("cli-error-cause", error = error, cause = cause).to_string()
                })
                .unwrap_or_default();
            eprintln!("downbeat: {said}");
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

/// Loads the config, speaks its language from then on, and says, on stderr, what it warns
/// about (a check whose TLS verification is off, a timeout longer than the interval).
pub fn load_config(path: Option<&Path>) -> anyhow::Result<Config> {
    let config = Config::load(path).with_context(|| i18n::text("cli-config-error"))?;
    speak(&config);
    for w in config.warnings() {
        warn(w);
    }
    Ok(config)
}

/// From now on, the CLI speaks the config's `[settings] language` (else the system's).
pub fn speak(config: &Config) {
    i18n::use_language(config.settings.language.as_deref());
}

/// A warning on stderr: "downbeat: warning: …".
pub fn warn(warning: impl Into<downbeat::model::Arg>) {
    eprintln!("downbeat: {}", msg!("cli-warning", warning = warning));
}

/// A note on stderr: "downbeat: note: …".
pub fn note(note: impl Into<downbeat::model::Arg>) {
    eprintln!("downbeat: {}", msg!("cli-note", note = note));
}

/// A small multi-threaded runtime: checks are network-bound.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(2)
        .build()
        .with_context(|| i18n::text("cli-no-runtime"))
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
