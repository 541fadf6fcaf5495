//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::since::Since;

/// Exit code for offline, unknown, a usage error or a config error (the monitoring-plugin
/// convention: 2 would mean CRITICAL).
pub const EXIT_UNKNOWN: u8 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "downbeat",
    version,
    about = "Is it down, or is it me? Health checks for streaming services, with the blame on the right side."
)]
pub struct Cli {
    /// Config file (default: $DOWNBEAT_CONFIG, then the platform config file, then the built-in Spotify preset).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Say more on standard error: -v for what the engine does, -vv for every detail
    /// (RUST_LOG overrides).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Print times in UTC (RFC 3339, with a Z), and read dates and "today" as UTC days,
    /// instead of the local time zone.
    #[arg(long, global = true)]
    pub utc: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every check once, concurrently, and print the verdict.
    ///
    /// Exit codes: 0 up, 1 degraded, 2 down, 3 offline, unknown or config error.
    Check {
        /// Print one JSON document instead of a table.
        #[arg(long)]
        json: bool,
        /// Ask probes elsewhere (Globalping) about the first service's request, even when it
        /// works, and print what each saw and this network's provider: the first thing to run
        /// on a machine with internet, to see the outside view work.
        #[arg(long)]
        outside: bool,
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
        #[arg(long, value_name = "ADDR", default_value = downbeat::serve::DEFAULT_LISTEN, value_parser = parse_listen)]
        listen: std::net::SocketAddr,
        /// Send desktop notifications too, as `watch` does.
        #[arg(long)]
        notify: bool,
    },
    /// Show uptime, incidents and latency from the history that `watch` and the app record.
    History {
        /// How far back: a span ("24h", "7d", "1w"), a date ("2026-11-24", from local
        /// midnight; UTC with --utc), "today" or "yesterday".
        #[arg(long, default_value = "24h", value_parser = crate::since::parse)]
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
        #[arg(long, default_value = "7d", value_parser = crate::since::parse)]
        since: Since,
        /// Replace FILE if it exists (without this, an existing file is left alone).
        #[arg(long)]
        force: bool,
    },
    /// Print a built-in preset's TOML (to copy into your config and correct), or list them.
    Presets {
        /// The preset to print.
        name: Option<String>,
    },
    /// Print where the config file is looked for, and whether it loads.
    ConfigPath,
}

/// `--listen`: an IP address and a port; `localhost:PORT` is the loopback address.
fn parse_listen(s: &str) -> Result<std::net::SocketAddr, String> {
    if let Ok(addr) = s.parse() {
        return Ok(addr);
    }
    let port = s
        .strip_prefix("localhost:")
        .and_then(|p| p.parse::<u16>().ok());
    port.map(|p| std::net::SocketAddr::from(([127, 0, 0, 1], p)))
        .ok_or_else(|| downbeat::view::i18n::text("cli-listen-invalid"))
}

#[cfg(test)]
mod tests {
    use super::parse_listen;

    #[test]
    fn listen_takes_an_address_or_localhost() {
        assert_eq!(
            parse_listen("127.0.0.1:9767").unwrap().to_string(),
            "127.0.0.1:9767"
        );
        assert_eq!(parse_listen("[::1]:80").unwrap().to_string(), "[::1]:80");
        assert_eq!(
            parse_listen("localhost:9767").unwrap().to_string(),
            "127.0.0.1:9767"
        );
        for bad in ["example.com:9767", "9767", "localhost", "localhost:99999"] {
            assert!(
                parse_listen(bad).unwrap_err().contains("127.0.0.1:9767"),
                "{bad}"
            );
        }
    }
}
