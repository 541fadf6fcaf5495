//! The tray's command line, read with clap by the CLI's rules: `--help` and `--version` print
//! and succeed, and anything it doesn't know is a usage error (status 3). A second launch hands
//! the same options to the running tray.

use std::path::PathBuf;

use clap::Parser;

/// Command-line options of the desktop app, as the tray reads them.
#[derive(Debug, Default, Clone, Parser)]
#[command(
    name = "downbeat-desktop",
    version,
    about = "Downbeat in the system tray.",
    after_help = "A second launch talks to the running one: --open-history and --settings open its \
                  window, --close-history closes it. `downbeat` is the command-line tool."
)]
pub struct Options {
    /// Config file (default: $DOWNBEAT_CONFIG, then the platform config file, then the built-in
    /// Spotify preset).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Open the history window at launch (for a desktop launcher, and for end-to-end tests).
    #[arg(long)]
    pub open_history: bool,
    /// Close the running instance's history window (for scripts and the resource benchmark).
    #[arg(long, conflicts_with_all = ["open_history", "settings"])]
    pub close_history: bool,
    /// Open the window on its settings page.
    #[arg(long)]
    pub settings: bool,
}

impl Options {
    /// The options a second launch handed over to the running one. What doesn't parse is
    /// ignored: the running one opens its window.
    pub fn handed_over(args: impl IntoIterator<Item = String>) -> Options {
        Options::try_parse_from(args).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_as_the_cli_does() {
        let o = Options::try_parse_from(["downbeat-desktop", "--config=/tmp/c.toml", "--settings"])
            .expect("parses");
        assert_eq!(
            o.config.as_deref(),
            Some(std::path::Path::new("/tmp/c.toml"))
        );
        assert!(o.settings && !o.open_history);
        let bogus = Options::try_parse_from(["downbeat-desktop", "--bogus"]).expect_err("unknown");
        assert_eq!(bogus.kind(), clap::error::ErrorKind::UnknownArgument);
        let handed = Options::handed_over(["downbeat-desktop".into(), "--bogus".into()]);
        assert!(
            !handed.close_history && !handed.settings,
            "opens the window"
        );
    }
}
