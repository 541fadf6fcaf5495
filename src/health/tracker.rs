//! One check's counters and state: consecutive results against the thresholds, and when each
//! streak began.

use std::time::{Duration, SystemTime};

use crate::config::Thresholds;
use crate::model::{Cause, Diagnosis, Message, Report, State, Status};

/// The runtime counters of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tracker {
    pub state: State,
    /// Consecutive failed results.
    pub failures: u32,
    /// Consecutive passing results (up or degraded).
    pub passes: u32,
    /// Consecutive degraded results.
    pub degraded: u32,
    /// Consecutive up results.
    pub ups: u32,
    /// When each streak above began: its first result (failures, passes, degraded, ups). A new
    /// state begins where the streak that confirmed it began.
    pub streaks: [Option<SystemTime>; 4],
    /// When `state` began.
    pub since: Option<SystemTime>,
    /// The latest result's diagnosis and detail.
    pub last: Option<(Diagnosis, Message)>,
    /// The last result ran with TLS verification off (`insecure = true`).
    pub unverified: bool,
    /// The first diagnosis of the current problem (degraded or down), and the worst.
    pub first_problem: Option<Diagnosis>,
    pub worst_problem: Option<Diagnosis>,
    /// The server's latest Retry-After.
    pub retry_after: Option<Duration>,
    /// The latest result failed for a reason on the user's side (see
    /// [`Report::not_the_service`]): the user's DNS blocked the name, the network blocks the
    /// port, Downbeat is out of date.
    pub not_the_service: Option<Cause>,
}

impl Default for Tracker {
    fn default() -> Self {
        Tracker {
            state: State::Unknown,
            failures: 0,
            passes: 0,
            degraded: 0,
            ups: 0,
            streaks: [None; 4],
            since: None,
            last: None,
            unverified: false,
            first_problem: None,
            worst_problem: None,
            retry_after: None,
            not_the_service: None,
        }
    }
}

impl Tracker {
    /// Feeds one result in; returns the new state when it changed.
    pub fn observe(&mut self, t: &Thresholds, status: Status, at: SystemTime) -> Option<State> {
        // Each counter's streak: its start when it starts, cleared when it is reset.
        let [fail, pass, degraded, up] = &mut self.streaks;
        let begun = |on: bool, start: &mut Option<SystemTime>| {
            *start = if on { Some(start.unwrap_or(at)) } else { None };
        };
        begun(status == Status::Down, fail);
        begun(status != Status::Down, pass);
        begun(status == Status::Degraded, degraded);
        begun(status == Status::Up, up);
        match status {
            Status::Down => {
                self.failures += 1;
                self.passes = 0;
                self.degraded = 0;
                self.ups = 0;
            }
            Status::Degraded => {
                self.failures = 0;
                self.passes += 1;
                self.degraded += 1;
                self.ups = 0;
            }
            Status::Up => {
                self.failures = 0;
                self.passes += 1;
                self.degraded = 0;
                self.ups += 1;
            }
        }
        // The next state, and the streak (failures 0, passes 1, degraded 2, ups 3) whose start
        // is its own.
        let (next, streak) = match (self.state, status) {
            // The first result decides at once, except a failure, which needs confirming.
            (State::Unknown, Status::Up) => (State::Up, 3),
            (State::Unknown, Status::Degraded) => (State::Degraded, 2),
            (_, Status::Down) if self.failures >= t.failure => (State::Down, 0),
            // Back from down takes `recovery` passing results in a row.
            (State::Down, Status::Up) if self.passes >= t.recovery => (State::Up, 1),
            (State::Down, Status::Degraded) if self.passes >= t.recovery => (State::Degraded, 1),
            (State::Up, Status::Degraded) if self.degraded >= t.degraded => (State::Degraded, 2),
            (State::Degraded, Status::Up) if self.ups >= t.recovery => (State::Up, 3),
            (s, _) => (s, 0),
        };
        if next == self.state {
            return None;
        }
        self.state = next;
        self.since = Some(self.streaks[streak].unwrap_or(at));
        Some(next)
    }

    /// Notes a result, and why it is not the service's own doing when the round shows that.
    pub(super) fn note(&mut self, report: &Report, not_the_service: Option<Cause>) {
        self.last = Some((report.diagnosis, report.detail.clone()));
        self.unverified = report.unverified;
        self.retry_after = report.retry_after;
        // A check on its way back (up, but not yet for the recovery threshold) is still
        // failing for the reason it failed: a passing result says nothing of whose side.
        if report.status != Status::Up {
            self.not_the_service = not_the_service;
        }
        if report.status != Status::Up {
            self.first_problem.get_or_insert(report.diagnosis);
            let worse = match self.worst_problem {
                Some(w) => w.status() < report.status,
                None => true,
            };
            if worse {
                self.worst_problem = Some(report.diagnosis);
            }
        }
    }
}
