//! How long the history keeps what it records: a setting the config reads and the store obeys.

use std::time::Duration;

/// How long the history keeps each kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Raw results and per-minute rollups.
    pub raw: Duration,
    /// Per-hour rollups and incidents.
    pub rollups: Duration,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            raw: Duration::from_secs(7 * 86_400),
            rollups: Duration::from_secs(90 * 86_400),
        }
    }
}
