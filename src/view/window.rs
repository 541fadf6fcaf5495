//! The history window's view of a snapshot: plain data with the words already composed, sent
//! to the window's process and on to its web page as JSON.

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::lines::{connection_line, explained, service_word, verdict_line};
use super::Snapshot;
use crate::model::time::{ms, rfc3339};
use crate::model::{CheckResult, State};
use crate::schedule::Paused;

/// One check as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckView {
    pub name: String,
    pub kind: String,
    pub status: String,
    pub diagnosis: String,
    pub detail: String,
    /// The phase that failed, to highlight.
    pub failed_phase: Option<String>,
    pub phases_ms: BTreeMap<String, Option<f64>>,
    pub checked_at: String,
    /// The check runs with `insecure = true`: its certificate is not verified.
    pub unverified: bool,
    /// An access-point check: the access point (`host:port`) that answered, else the one that
    /// got furthest.
    pub access_point: Option<String>,
}

/// One service as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ServiceCard {
    pub name: String,
    pub state: String,
    /// The one word shown for it, the same as the CLI's and the tray's: its state, or the
    /// user's-side problem that explains it ("offline", "blocked", "sign-in needed").
    pub word: String,
    /// "service", "dns_filtered", …, or "none".
    pub cause: String,
    pub since: Option<String>,
    pub check: Option<String>,
    pub headline: Option<String>,
    pub detail: Option<String>,
    pub checks: Vec<CheckView>,
    /// Its groups (the apps, the web player, …) and how each stands, and the sentence that
    /// says which are hit and which still work.
    pub groups: Vec<GroupView>,
    pub groups_line: Option<String>,
}

/// One group as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct GroupView {
    pub name: String,
    /// "up", "degraded", "down", or "unknown" before its first result.
    pub status: String,
}

/// The monitor's state for the window, sent by `snapshot` and the `snapshot` event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotView {
    pub overall: String,
    pub connection: String,
    /// The cause behind `overall`, whose side it is on, and what helps.
    pub cause: String,
    pub blame: String,
    pub advice: String,
    pub verdict: String,
    pub paused_until: Option<String>,
    pub paused: bool,
    pub checking: bool,
    pub last_checked: Option<String>,
    pub problem: Option<String>,
    pub services: Vec<ServiceCard>,
    /// "Your connection: fine (3 of 3 sites answer)", and the baseline checks behind it.
    pub connection_line: String,
    pub baseline: Vec<CheckView>,
}

impl SnapshotView {
    /// Before the monitor's first state (or without a monitor): waiting, or the problem.
    pub fn waiting(problem: Option<String>) -> Self {
        SnapshotView {
            overall: "unknown".into(),
            connection: "unknown".into(),
            cause: "none".into(),
            blame: "none".into(),
            advice: String::new(),
            // The problem itself is said once, below the verdict.
            verdict: if problem.is_some() {
                "Downbeat is not checking anything: see the problem below".into()
            } else {
                String::new()
            },
            paused_until: None,
            paused: false,
            checking: false,
            last_checked: None,
            problem,
            services: Vec::new(),
            connection_line: String::new(),
            baseline: Vec::new(),
        }
    }
}

/// A check's latest result as the window shows it.
fn check_view(c: &CheckResult, at: SystemTime) -> CheckView {
    let r = &c.report;
    CheckView {
        name: c.name.clone(),
        kind: r.kind.as_str().to_owned(),
        status: r.status.as_str().to_owned(),
        diagnosis: r.diagnosis.as_str().to_owned(),
        detail: r.detail.clone(),
        failed_phase: r.failed_phase.map(|p| p.as_str().to_owned()),
        phases_ms: r
            .phases
            .named()
            .iter()
            .map(|(p, d)| (p.as_str().to_owned(), d.map(ms)))
            .collect(),
        checked_at: rfc3339(at),
        unverified: r.unverified,
        access_point: r.access_point.as_ref().and_then(|a| a.answered.clone()),
    }
}

/// The window's view of a snapshot.
pub fn view(s: &Snapshot, problem: Option<String>) -> SnapshotView {
    SnapshotView {
        overall: s.overall.as_str().to_owned(),
        connection: s.connection.as_str().to_owned(),
        cause: s.cause.as_str().to_owned(),
        blame: s.cause.blame().as_str().to_owned(),
        advice: s.cause.advice().to_owned(),
        verdict: verdict_line(s),
        paused_until: match s.paused {
            Paused::Until(t) => Some(rfc3339(t)),
            _ => None,
        },
        paused: s.paused != Paused::No,
        checking: s.checking,
        last_checked: s.last_checked.map(rfc3339),
        problem,
        connection_line: connection_line(s),
        baseline: s
            .baseline_at
            .map(|at| s.baseline.iter().map(|c| check_view(c, at)).collect())
            .unwrap_or_default(),
        services: s
            .services
            .iter()
            .map(|v| ServiceCard {
                name: v.name.clone(),
                state: v.state.as_str().to_owned(),
                word: service_word(v, s.connection_cause),
                cause: explained(v, s.connection_cause).as_str().to_owned(),
                since: v.since.map(rfc3339),
                check: v.check.clone(),
                headline: v
                    .diagnosis
                    .filter(|_| v.state > State::Up)
                    .map(|d| d.headline().to_owned()),
                detail: v.detail.clone(),
                checks: v
                    .checked_at
                    .map(|at| v.checks.iter().map(|c| check_view(c, at)).collect())
                    .unwrap_or_default(),
                groups: v
                    .groups
                    .iter()
                    .map(|g| GroupView {
                        name: g.name.clone(),
                        status: g.status.map_or("unknown", |s| s.as_str()).to_owned(),
                    })
                    .collect(),
                // Said only while the service's own trouble is what the user sees.
                groups_line: v
                    .groups_line
                    .clone()
                    .filter(|_| !s.connection_cause.explains_everything()),
            })
            .collect(),
    }
}
