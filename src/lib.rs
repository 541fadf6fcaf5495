//! Downbeat's engine: timed health probes, the config model and the verdict on whose side a
//! failure is. It knows nothing of any GUI; the `downbeat` CLI and the desktop app both embed it.
//!
//! The layers (docs/ARCHITECTURE.md draws them): [`model`] is the vocabulary every layer speaks;
//! [`config`] is data and validation; [`probe`] runs one check; [`run`] runs a round of them;
//! the pure policies ([`health`], [`schedule`], [`alerting`], [`verdict`]) decide; the
//! [`monitor`] only runs them and hands results to the sinks ([`store`], [`notify`]).

pub mod alerting;
pub mod assemble;
pub mod config;
pub mod error;
pub mod health;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod monitor;
pub mod notify;
pub mod outside;
pub mod probe;
pub mod redact;
pub mod run;
pub mod schedule;
pub mod serve;
pub mod session;
pub mod store;
pub mod view;

/// A round's verdict: [`view::verdict`], where every word a user reads is composed.
pub use view::verdict;

pub use config::Config;
pub use error::Error;
pub use model::{
    Blame, CheckKind, CheckResult, Diagnosis, Phase, Report, RoundResult, ServiceResult, State,
    Status, Verdict,
};
pub use probe::ProbeContext;
pub use run::run_once;
