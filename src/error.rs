//! The engine's errors. Binaries wrap them in `anyhow`; each prints as one line that names the
//! problem and, for config errors, the file, line and column. The words are the catalogue's
//! ([`Error::message`]); `Display` renders them in the current language.

use std::path::PathBuf;

use crate::model::Message;
use crate::msg;

/// Everything the engine can fail with (probe failures are reports, not errors).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A config file that does not parse or validate.
    Config {
        /// The file, as shown: its path, or what stands for a built-in config.
        path: Message,
        line: usize,
        column: usize,
        /// What is wrong, without the file and position.
        message: Message,
    },
    /// A config file that can't be read at all. The cause is part of the one line, and not
    /// also a `source`, so that an error chain does not print it twice.
    ConfigRead {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// A `ca_file` that can't be used.
    CaFile { path: PathBuf, reason: Message },
    /// No root certificates at all.
    NoRoots,
    /// TLS could not be set up (the TLS library's words).
    Tls(String),
}

impl Error {
    /// The error in the catalogue's words.
    pub fn message(&self) -> Message {
        match self {
            Error::Config {
                path,
                line,
                column,
                message,
            } => msg!(
                "error-config",
                path = path,
                line = *line,
                column = *column,
                problem = message,
            ),
            Error::ConfigRead { path, reason } => msg!(
                "error-config-read",
                path = path.as_path(),
                reason = Message::verbatim(reason.to_string()),
            ),
            Error::CaFile { path, reason } => {
                msg!("error-ca-file", path = path.as_path(), reason = reason)
            }
            Error::NoRoots => msg!("error-no-roots"),
            Error::Tls(reason) => msg!("error-tls", reason = reason),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::view::i18n::render(&self.message()))
    }
}
