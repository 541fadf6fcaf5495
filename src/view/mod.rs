//! The view layer, below every front end: the monitor's [`Snapshot`], and the words and
//! numbers a front end shows of it. The tray, the window, the CLI and `serve` only lay these
//! out; none of them composes a sentence about a state.
//!
//! - this file: the snapshot the monitor publishes, and a service in it;
//! - `lines`: the one-line summaries (the verdict, a service, the user's connection);
//! - `window`: the history window's view of the state, serializable;
//! - `history`: what the history shows (the CLI's report, the window's spans, the export).

pub mod history;
mod lines;
mod window;

use std::sync::Arc;
use std::time::SystemTime;

use crate::model::group::Standing;
use crate::model::{Cause, CheckResult, Diagnosis, RoundResult, State};
use crate::schedule::Paused;

pub use lines::{connection_line, service_line, verdict_line};
pub use window::{view, CheckView, GroupView, ServiceCard, SnapshotView};

/// A service as the UI shows it.
#[derive(Debug, Clone)]
pub struct ServiceView {
    pub name: String,
    pub state: State,
    /// Why it is not up (`service` or `dns_filtered`); a problem on the user's whole side is
    /// the snapshot's `connection_cause`.
    pub cause: Cause,
    pub since: Option<SystemTime>,
    /// The check deciding the state, its diagnosis and detail.
    pub check: Option<String>,
    pub diagnosis: Option<Diagnosis>,
    pub detail: Option<String>,
    /// Some check of this service runs with TLS verification off (`insecure = true`).
    pub unverified: bool,
    /// Each check's latest result, in config order (empty until the service first ran), and
    /// when it was taken.
    pub checks: Vec<CheckResult>,
    pub checked_at: Option<SystemTime>,
    /// How each of its groups stands (the apps, the web player, …), by Health's states, and
    /// the sentence that says which are hit.
    pub groups: Vec<Standing>,
    pub groups_line: Option<String>,
}

/// The monitor's state, for a tray or a status line.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub overall: State,
    /// The cause behind `overall` (the user's side first).
    pub cause: Cause,
    pub connection: State,
    /// The user's side: offline, a captive portal, DNS down, a slow link, or `none`.
    pub connection_cause: Cause,
    pub paused: Paused,
    pub checking: bool,
    pub services: Vec<ServiceView>,
    pub last_round: Option<Arc<RoundResult>>,
    pub last_checked: Option<SystemTime>,
    /// The baseline checks' latest results (from the last round that ran them) and when.
    pub baseline: Vec<CheckResult>,
    pub baseline_at: Option<SystemTime>,
    /// How many baseline checks the config has (0: the baseline is off).
    pub baseline_checks: usize,
}
