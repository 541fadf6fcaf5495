//! The desktop app's command line, read with clap by the CLI's rules: `--help` and
//! `--version` print and succeed, and anything it doesn't know is a usage error (status 3).
//! The tray (`downbeat-desktop`) and the history window (`downbeat-window`) read the same
//! options, each under its own name and words.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser};

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

/// The exit status of a usage error or a config file that isn't there, as the CLI's.
pub const EXIT_USAGE: i32 = 3;

impl Options {
    /// The options a second launch handed over to the running one. What doesn't parse is
    /// ignored: the running one opens its window.
    pub fn handed_over(args: impl IntoIterator<Item = String>) -> Options {
        Options::try_parse_from(args).unwrap_or_default()
    }

    /// The options of the history window's program (`downbeat-window`): the tray's, under the
    /// window's own name and words, so that its `--help` and `--version` speak of the window.
    /// The tray starts it with `--config` and `--settings`; the tray's own switches are
    /// accepted but not shown.
    pub fn try_parse_window<I, T>(args: I) -> Result<Options, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = window_command().try_get_matches_from(args)?;
        Options::from_arg_matches(&matches)
    }
}

/// The history window's command line.
fn window_command() -> clap::Command {
    Options::command()
        .name("downbeat-window")
        .bin_name("downbeat-window")
        .about("Downbeat's history window, started by the tray (downbeat-desktop).")
        .after_help(
            "The tray starts it when you open the window (Open history… or Settings… in its \
             menu), and it ends when the window closes: start `downbeat-desktop`, not this \
             program. `downbeat` is the command-line tool.",
        )
        .mut_arg("open_history", |a| a.hide(true))
        .mut_arg("close_history", |a| a.hide(true))
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

    /// The window's program speaks of the history window, not the tray, and reads what the
    /// tray starts it with.
    #[test]
    fn the_window_has_its_own_name_and_words() {
        let help = window_command().render_help().to_string();
        assert!(help.contains("Downbeat's history window"), "{help}");
        assert!(!help.contains("system tray"), "{help}");
        assert!(!help.contains("--open-history"), "{help}");
        assert!(window_command()
            .render_version()
            .starts_with("downbeat-window "));
        let o =
            Options::try_parse_window(["downbeat-window", "--settings", "--config", "/tmp/c.toml"])
                .expect("parses");
        assert!(o.settings);
        assert_eq!(
            o.config.as_deref(),
            Some(std::path::Path::new("/tmp/c.toml"))
        );
        let bogus = Options::try_parse_window(["downbeat-window", "--bogus"]).expect_err("unknown");
        assert_eq!(bogus.kind(), clap::error::ErrorKind::UnknownArgument);
    }
}
