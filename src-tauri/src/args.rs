//! The history window's command line, read with clap by the CLI's rules: `--help` and
//! `--version` print and succeed, and anything it doesn't know is a usage error (status 3).
//! The tray starts it with `--config` (the file the settings page edits) and `--settings`.

use std::path::PathBuf;

use clap::Parser;

/// The history window's options, as the tray starts it.
#[derive(Debug, Default, Clone, Parser)]
#[command(
    name = "downbeat-window",
    version,
    about = "Downbeat's history window, started by the tray (downbeat-desktop).",
    after_help = "The tray starts it when you open the window (Open history… or Settings… in its \
                  menu), and it ends when the window closes: start `downbeat-desktop`, not this \
                  program. `downbeat` is the command-line tool."
)]
pub struct WindowOptions {
    /// The config file the settings page edits (default: $DOWNBEAT_CONFIG, then the platform
    /// config file).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Open on the settings page.
    #[arg(long)]
    pub settings: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The window's program speaks of the history window, not the tray, and reads what the
    /// tray starts it with.
    #[test]
    fn the_window_has_its_own_name_and_words() {
        let help = WindowOptions::command().render_help().to_string();
        assert!(help.contains("Downbeat's history window"), "{help}");
        assert!(!help.contains("system tray"), "{help}");
        assert!(!help.contains("--open-history"), "{help}");
        assert!(WindowOptions::command()
            .render_version()
            .starts_with("downbeat-window "));
        let o = WindowOptions::try_parse_from([
            "downbeat-window",
            "--settings",
            "--config",
            "/tmp/c.toml",
        ])
        .expect("parses");
        assert!(o.settings);
        assert_eq!(
            o.config.as_deref(),
            Some(std::path::Path::new("/tmp/c.toml"))
        );
        let bogus =
            WindowOptions::try_parse_from(["downbeat-window", "--bogus"]).expect_err("unknown");
        assert_eq!(bogus.kind(), clap::error::ErrorKind::UnknownArgument);
    }
}
