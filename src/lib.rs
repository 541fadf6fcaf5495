//! Downbeat's engine: timed health probes, the config model and the verdict on whose side a
//! failure is. It knows nothing of any GUI; the `downbeat` CLI and the desktop app both embed it.

pub mod config;
pub mod error;
pub mod health;
pub mod monitor;
pub mod notify;
pub mod probe;
pub mod redact;
pub mod run;
pub mod store;
pub mod units;
pub mod verdict;

pub use config::Config;
pub use error::Error;
pub use probe::{CheckKind, Diagnosis, ProbeContext, Report, Status};
pub use run::{run_once, RoundResult};
pub use verdict::{Blame, Overall, Verdict};
