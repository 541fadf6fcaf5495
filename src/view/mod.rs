//! The view layer, below every front end: the monitor's [`Snapshot`], and the words and
//! numbers a front end shows of it. The tray, the window, the CLI and `serve` only lay these
//! out; none of them composes a sentence about a state.
//!
//! - this file: the snapshot the monitor publishes, and a service in it;
//! - `lines`: the one-line summaries (the verdict, a service, the user's connection);
//! - `window`: the history window's view of the state, serializable;
//! - `history`: what the history shows (the CLI's report, the window's spans, the export);
//! - `notification`: a notification's title and body, for each transition told about;
//! - `verdict`: a round's verdict, `check`'s summary and `/api/status`'s;
//! - `secure`: the words for a wrong clock, interception and an unconfirmed missing name.

pub mod history;
pub mod i18n;
mod lines;
pub mod notification;
mod outside;
mod path;
pub mod secure;
pub mod verdict;
mod window;

use std::sync::Arc;
use std::time::SystemTime;

use crate::config::Config;
use crate::health::Health;
use crate::model::group::Standing;
use crate::model::{Cause, CheckResult, Diagnosis, RoundResult, State};
use crate::schedule::Paused;

pub use lines::{
    config_error_line, config_kept_line, config_not_reloaded_line, config_reloaded_line,
    connection_detail, connection_line, connection_not_checked, service_line, transition_line,
    tray_connection_line, tray_line, tray_problem_line, tray_service_line, verdict_line,
    TRAY_LINE_MAX,
};
pub use outside::{
    outside_line, outside_listing, outside_note, provider_name, provider_note, provider_sentence,
    status_page_line,
};
pub use path::path_lines;
pub use window::{
    round_shared_failure, view, CheckView, GroupView, PhaseChip, ServiceCard, SharedFailure,
    SnapshotView,
};

/// What changes a [`Snapshot`], as the monitor meets it ([`Snapshot::apply`]).
#[derive(Debug)]
pub enum Update<'a> {
    /// A round started.
    Checking,
    /// Paused, resumed, or a pause's end moved.
    Paused(Paused),
    /// A round ended.
    Round(&'a Arc<RoundResult>),
    /// The outside view answered about a failing service.
    Outside(&'a str, crate::model::Outside),
    /// A vendor's status page was read.
    StatusPage(&'a str, crate::model::VendorStatus),
    /// The config was reloaded.
    Reload(&'a Config),
}

/// A service as the UI shows it.
#[derive(Debug, Clone)]
pub struct ServiceView {
    pub name: String,
    pub state: State,
    /// Why it is not up (`service` or `dns_filtered`); a problem on the user's whole side is
    /// the snapshot's `connection_cause`.
    pub cause: Cause,
    pub since: Option<SystemTime>,
    /// When its cause began (see `health::ServiceHealth::cause_since`).
    pub cause_since: Option<SystemTime>,
    /// The check deciding the state, its diagnosis and detail.
    pub check: Option<String>,
    pub diagnosis: Option<Diagnosis>,
    pub detail: Option<crate::model::Message>,
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
    /// How its failure looks from elsewhere, once the world answered (cleared when it is up).
    pub outside: Option<crate::model::Outside>,
    /// What the vendor's status page said last (`status_page`), read every 10 minutes and when
    /// it fails.
    pub status_page: Option<crate::model::VendorStatus>,
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
    /// When the connection's side began (a portal's start).
    pub connection_since: Option<SystemTime>,
    /// What the connection's cause names: the router's address, the VPN's interface.
    pub here: crate::model::Here,
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

impl ServiceView {
    /// When what the user sees of it began: the user's side's start when that explains it (a
    /// portal that began at 18:17:59, not an earlier 503 nor the app's start), else its own
    /// cause's.
    pub fn shown_since(&self, s: &Snapshot) -> Option<SystemTime> {
        if s.connection_cause.explains_everything() {
            s.connection_since
        } else {
            self.cause_since.or(self.since)
        }
    }

    /// A service before its first result.
    fn new(s: &crate::config::ServiceSpec) -> Self {
        ServiceView {
            name: s.name.clone(),
            state: State::Unknown,
            cause: Cause::None,
            since: None,
            cause_since: None,
            check: None,
            diagnosis: None,
            detail: None,
            unverified: s.checks.iter().any(crate::config::CheckSpec::insecure),
            checks: Vec::new(),
            checked_at: None,
            groups: Vec::new(),
            groups_line: None,
            outside: None,
            status_page: None,
        }
    }
}

impl Snapshot {
    /// Before the first round: every service of `config` unknown.
    pub fn new(config: &Config) -> Snapshot {
        Snapshot {
            overall: State::Unknown,
            cause: Cause::None,
            connection: State::Unknown,
            connection_cause: Cause::None,
            connection_since: None,
            here: crate::model::Here::NONE,
            paused: Paused::No,
            checking: false,
            services: config.services.iter().map(ServiceView::new).collect(),
            last_round: None,
            last_checked: None,
            baseline: Vec::new(),
            baseline_at: None,
            baseline_checks: config.baseline.len(),
        }
    }

    /// The one way the monitor changes the snapshot: each update, with Health as it is now.
    /// Returns whether anything changed (the watchers wake only then).
    pub fn apply(&mut self, update: Update<'_>, health: &Health) -> bool {
        match update {
            Update::Checking => !std::mem::replace(&mut self.checking, true),
            Update::Paused(p) => std::mem::replace(&mut self.paused, p) != p,
            Update::Round(round) => {
                self.observe(health, round);
                true
            }
            Update::Outside(service, seen) => {
                self.set_outside(service, seen);
                self.refresh(health);
                true
            }
            Update::StatusPage(service, page) => {
                self.set_status_page(service, page);
                true
            }
            Update::Reload(config) => {
                self.reload(config);
                true
            }
        }
    }

    /// After a reload: the config's services in its order, each keeping what it showed if it was
    /// there before.
    fn reload(&mut self, config: &Config) {
        let s = self;
        s.baseline_checks = config.baseline.len();
        s.baseline
            .retain(|c| config.baseline.iter().any(|b| b.name == c.name));
        let mut old = std::mem::take(&mut s.services);
        s.services = config
            .services
            .iter()
            .map(|spec| {
                let fresh = ServiceView::new(spec);
                match old.iter().position(|v| v.name == spec.name) {
                    Some(i) => {
                        let mut v = old.swap_remove(i);
                        v.unverified = fresh.unverified;
                        v.checks
                            .retain(|c| spec.checks.iter().any(|k| k.name == c.name));
                        v
                    }
                    None => fresh,
                }
            })
            .collect();
    }

    /// What `service`'s vendor status page said.
    fn set_status_page(&mut self, service: &str, page: crate::model::VendorStatus) {
        if let Some(v) = self.services.iter_mut().find(|v| v.name == service) {
            v.status_page = Some(page);
        }
    }

    /// What the world said about `service`'s failure (kept while it lasts).
    fn set_outside(&mut self, service: &str, outside: crate::model::Outside) {
        if let Some(v) = self.services.iter_mut().find(|v| v.name == service) {
            if v.state > State::Up {
                v.outside = Some(outside);
            }
        }
    }

    /// After a round: Health's states, and each check's latest result.
    fn observe(&mut self, health: &Health, round: &Arc<RoundResult>) {
        self.checking = false;
        self.last_checked = Some(round.checked_at);
        self.last_round = Some(round.clone());
        if !round.baseline.is_empty() {
            self.baseline.clone_from(&round.baseline);
            self.baseline_at = Some(round.checked_at);
        }
        for view in &mut self.services {
            if let Some(result) = round.services.iter().find(|r| r.name == view.name) {
                view.checks.clone_from(&result.checks);
                view.checked_at = Some(round.checked_at);
            }
        }
        self.refresh(health);
    }

    /// Health's states, causes and deciding checks, without a round (the outside view's answer
    /// changed a cause).
    fn refresh(&mut self, health: &Health) {
        let s = self;
        s.overall = health.overall();
        s.cause = health.cause();
        s.connection = health.connection;
        s.connection_cause = health.connection_cause;
        s.connection_since = health.connection_since;
        s.here = health.connection_here.clone();
        for view in &mut s.services {
            if let Some(h) = health.service(&view.name) {
                view.state = h.state;
                if h.state <= State::Up {
                    // The world's answer was about the failure that ended.
                    view.outside = None;
                }
                view.cause = h.cause;
                view.since = h.since;
                view.cause_since = h.cause_since;
                let deciding = h.deciding().or_else(|| h.checks.first());
                view.check = deciding.map(|(n, _)| n.clone());
                let last = deciding.and_then(|(_, t)| t.last.as_ref());
                view.diagnosis = last.map(|l| l.0);
                view.detail = last.map(|l| l.1.clone());
                view.groups = h.standings();
                view.groups_line = h.group_sentence();
            }
        }
    }
}
