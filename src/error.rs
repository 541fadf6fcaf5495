//! The engine's errors. Binaries wrap them in `anyhow`; each prints as one line that names the
//! problem and, for config errors, the file, line and column.

use std::path::PathBuf;

/// Everything the engine can fail with (probe failures are reports, not errors).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A config file that does not parse or validate.
    #[error("{path}:{line}:{column}: {message}")]
    Config {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A config file that can't be read at all. The cause is part of the one line, and not
    /// also a `source`, so that an error chain does not print it twice.
    #[error("cannot read config file {path}: {reason}")]
    ConfigRead {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// A `ca_file` that can't be used.
    #[error("CA file {path}: {reason}")]
    CaFile { path: PathBuf, reason: String },
    /// No root certificates at all.
    #[error("no trusted root certificates were found: install the ca-certificates package or set ca_file")]
    NoRoots,
    /// TLS could not be set up.
    #[error("TLS setup failed: {0}")]
    Tls(String),
}
