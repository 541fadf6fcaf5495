//! Health as a pure state machine: results go in, states and transitions come out.
//!
//! Each check has a [`Tracker`] that counts consecutive results against the [`Thresholds`]
//! (plain data from the config; the counters live here, never in the config). A service's
//! state is the worst of its checks.
//!
//! The user's side is tracked as a cause ([`RoundResult::user_side`]): offline, a captive
//! portal, a DNS server that is down, a slow link, or fine. A new side needs the failure
//! threshold in a row (the degraded one for a slow link; recovery to come back), like a check.
//! While the user is offline, behind a portal or without DNS, service failures prove nothing
//! and are not counted; on a slow link, a service that is only slow is not counted either.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::config::Thresholds;

mod tracker;
use crate::model::group::{self, Standing};
use crate::model::{
    Blame, Cause, CheckResult, Diagnosis, Group, Here, RoundResult, Scope, State, Status,
    Transition,
};
pub use tracker::Tracker;

/// The states of everything monitored.
#[derive(Debug, Clone)]
pub struct Health {
    thresholds: Thresholds,
    /// The user's side: `Up` (fine), `Offline`, `Down` (captive portal, DNS down) or
    /// `Degraded` (slow link), and the cause behind it.
    pub connection: State,
    pub connection_cause: Cause,
    pub connection_since: Option<SystemTime>,
    /// What the connection's cause names: the router, the VPN's interface (empty for others).
    pub connection_here: Here,
    /// A side seen in the latest rounds that is not (yet) the connection's, how many rounds in
    /// a row, and since when (a side begins at its first round, not at its confirmation).
    pending: (Cause, u32, SystemTime),
    /// Per service: its state, when it began, and its checks' trackers (in config order).
    pub services: Vec<ServiceHealth>,
}

/// One service's health.
#[derive(Debug, Clone)]
pub struct ServiceHealth {
    pub name: String,
    pub state: State,
    /// Why it is not up: `service`, or the user's side when every failing check failed for a
    /// reason there (`dns_filtered`, `port_blocked`, `downbeat_outdated`); `none` when up.
    pub cause: Cause,
    pub since: Option<SystemTime>,
    /// When `cause` began: a service down for its own reasons, then behind a DNS filter, is
    /// down since the first and blocked since the second.
    pub cause_since: Option<SystemTime>,
    pub checks: Vec<(String, Tracker)>,
    /// Its checks by what they serve, as the latest round gave them.
    pub groups: Arc<[Group]>,
    /// What probes elsewhere showed of its own failure: `network_path` when it works from
    /// everywhere but here. It stands in for `service` until the service is up again.
    pub seen_elsewhere: Option<Cause>,
}

impl ServiceHealth {
    /// How each group stands, by its checks' states.
    pub fn standings(&self) -> Vec<Standing> {
        group::standings(&self.groups, |name| {
            let (_, tr) = self.checks.iter().find(|(n, _)| n == name)?;
            let status = match tr.state {
                State::Up => Status::Up,
                State::Degraded => Status::Degraded,
                State::Down => Status::Down,
                State::Unknown | State::Offline => return None,
            };
            Some((status, tr.last.as_ref().map_or(Diagnosis::Ok, |l| l.0)))
        })
    }

    /// Which groups are hit and which still work, in one sentence.
    pub fn group_sentence(&self) -> Option<String> {
        group::sentence(&self.standings())
    }

    /// The check that decides the service's state: the first of the worst.
    pub fn deciding(&self) -> Option<&(String, Tracker)> {
        self.checks.iter().find(|(_, t)| t.state == self.state)
    }

    /// A check failed but the service is not down (yet): worth confirming soon.
    pub fn suspect(&self) -> bool {
        self.state != State::Down
            && self
                .checks
                .iter()
                .any(|(_, t)| t.failures > 0 && t.state != State::Down)
    }

    /// Down, and a check that is down passed: a recovery worth confirming soon. A sibling
    /// that was never down passing proves nothing (a service whose `front` fails while its
    /// `cdn` works is down, not recovering, and is checked no faster than a healthy one).
    pub fn recovering(&self) -> bool {
        self.state == State::Down
            && self
                .checks
                .iter()
                .any(|(_, t)| t.state == State::Down && t.passes > 0)
    }

    /// The longest Retry-After its servers asked for.
    pub fn retry_after(&self) -> Option<Duration> {
        self.checks.iter().filter_map(|(_, t)| t.retry_after).max()
    }
}

impl Health {
    pub fn new(thresholds: Thresholds) -> Self {
        Health {
            thresholds,
            connection: State::Unknown,
            connection_cause: Cause::None,
            connection_since: None,
            connection_here: Here::NONE,
            pending: (Cause::None, 0, SystemTime::UNIX_EPOCH),
            services: Vec::new(),
        }
    }

    /// The overall state: offline when the connection is, else the worst of the services and
    /// a connection problem (a portal or a dead DNS server is down for the user).
    pub fn overall(&self) -> State {
        if self.connection == State::Offline {
            return State::Offline;
        }
        let services = self.services.iter().map(|s| s.state).max();
        match (services, self.connection_cause) {
            (Some(s), Cause::None) => s,
            (Some(s), _) => s.max(self.connection),
            (None, _) => self.connection,
        }
    }

    /// The cause behind [`Health::overall`]: the user's side when it has a problem, else the
    /// worst service's (a user-side one first).
    pub fn cause(&self) -> Cause {
        if self.connection_cause != Cause::None {
            return self.connection_cause;
        }
        let worst = self.services.iter().map(|s| s.state).max();
        let at_worst = || self.services.iter().filter(|s| Some(s.state) == worst);
        at_worst()
            .map(|s| s.cause)
            .find(|c| c.blame() == Blame::You)
            .or_else(|| at_worst().map(|s| s.cause).next())
            .unwrap_or(Cause::None)
    }

    /// The state that stands for a side of the user's connection.
    fn side_state(side: Cause) -> State {
        match side {
            Cause::None | Cause::Service => State::Up,
            Cause::Offline
            | Cause::NoNetwork
            | Cause::RouterDown
            | Cause::LineDown
            | Cause::VpnDown => State::Offline,
            Cause::SlowConnection | Cause::Ipv6Broken | Cause::Ipv4Broken => State::Degraded,
            // No secure connection works with a wrong clock or everything intercepted: the
            // connection is not a working vantage point (`downbeat:vantage_connected`).
            Cause::CaptivePortal
            | Cause::DnsResolverDown
            | Cause::DnsFiltered
            | Cause::ClockWrong
            | Cause::TlsIntercepted => State::Down,
            // Not sides of the connection: a service's own findings.
            Cause::PortBlocked
            | Cause::DownbeatOutdated
            | Cause::NetworkPath
            | Cause::Provider
            | Cause::DnsUnconfirmed => State::Up,
        }
    }

    /// The service named `name`.
    pub fn service(&self, name: &str) -> Option<&ServiceHealth> {
        self.services.iter().find(|s| s.name == name)
    }

    /// Follows a reloaded config: new thresholds, and the services and checks it no longer has
    /// forgotten. What stays keeps its state, so a reload says nothing about it.
    pub fn reconfigure(&mut self, thresholds: Thresholds, services: &[crate::config::ServiceSpec]) {
        self.thresholds = thresholds;
        self.services.retain_mut(|h| {
            let Some(spec) = services.iter().find(|s| s.name == h.name) else {
                return false;
            };
            h.checks
                .retain(|(n, _)| spec.checks.iter().any(|c| &c.name == n));
            true
        });
    }

    /// Feeds a round in; returns the transitions it caused, connection first.
    pub fn observe(&mut self, round: &RoundResult) -> Vec<Transition> {
        let mut out: Vec<Transition> = self.observe_side(round).into_iter().collect();
        let excused = Excused {
            // While offline, behind a portal or without DNS (seen this round or confirmed),
            // nothing a service does is its own doing.
            everything: round.user_side.explains_everything()
                || self.connection_cause.explains_everything(),
            // On a slow link, a service that is only slow isn't either.
            slowness: round.user_side == Cause::SlowConnection,
        };
        let thresholds = self.thresholds;
        for result in &round.services {
            let svc = self.service_mut(&result.name);
            svc.groups = result.groups.clone();
            svc.count(round, result, excused, &thresholds);
            out.extend(svc.judge(round.checked_at));
        }
        // A change to a wrong clock or to interception carries what showed it.
        for t in &mut out {
            if matches!(t.cause, Cause::ClockWrong | Cause::TlsIntercepted) {
                t.secure = Some(round.secure.clone());
            }
        }
        out
    }

    /// Step 1, the user's side: a side other than the connection's needs its threshold in a
    /// row (failure, degraded for a slow link, recovery to come back; one round at start-up).
    fn observe_side(&mut self, round: &RoundResult) -> Option<Transition> {
        let t = self.thresholds;
        let at = round.checked_at;
        let side = round.user_side;
        if side == self.connection_cause && self.connection != State::Unknown {
            self.pending = (side, 0, at);
            // The same cause may name another router (the network changed under it).
            if side != Cause::None {
                self.connection_here = round.here();
            }
            return None;
        }
        self.pending = match self.pending {
            (p, n, since) if p == side && n > 0 => (side, n + 1, since),
            _ => (side, 1, at),
        };
        let needed = match side {
            Cause::None if self.connection == State::Unknown => 1,
            Cause::None => t.recovery,
            Cause::SlowConnection => t.degraded,
            _ => t.failure,
        };
        if self.pending.1 < needed {
            return None;
        }
        let from = self.connection;
        let previous_cause = self.connection_cause;
        let began = self.pending.2;
        let lasted = self
            .connection_since
            .and_then(|s| began.duration_since(s).ok());
        // The baseline check that shows it: the portal check, else the first failing.
        let showing = round
            .portal()
            .or_else(|| {
                round
                    .baseline
                    .iter()
                    .find(|c| c.report.status != Status::Up)
            })
            .filter(|_| side != Cause::None);
        self.connection = Health::side_state(side);
        self.connection_cause = side;
        self.connection_since = Some(began);
        self.connection_here = round.here();
        self.pending = (side, 0, at);
        // Fine at start-up is reported too (a printer shows the first state); the alerting
        // policy does not say it.
        Some(Transition {
            check: showing.map(|c| c.name.clone()),
            diagnosis: showing.map_or(Diagnosis::Ok, |c| c.report.diagnosis),
            detail: showing.map(|c| c.report.detail.clone()).unwrap_or_default(),
            lasted: lasted.filter(|_| from != State::Unknown),
            location: round
                .portal()
                .filter(|_| side == Cause::CaptivePortal)
                .and_then(|c| c.report.location.clone()),
            since: began,
            here: round.here(),
            ..Transition::new(None, (from, self.connection), at, (side, previous_cause))
        })
    }

    /// What probes elsewhere showed of `service`'s failure: working from everywhere but here
    /// is this network's path (the user's side); failing on the user's provider's network
    /// elsewhere too is the provider's; anything else changes no cause. A change of cause is a
    /// transition, like the others.
    pub fn seen_elsewhere(
        &mut self,
        service: &str,
        scope: Scope,
        at: SystemTime,
    ) -> Option<Transition> {
        let cause = match scope {
            Scope::OnlyHere => Some(Cause::NetworkPath),
            Scope::Provider => Some(Cause::Provider),
            _ => None,
        };
        let svc = self.services.iter_mut().find(|s| s.name == service)?;
        if svc.state <= State::Up || svc.seen_elsewhere == cause {
            return None;
        }
        svc.seen_elsewhere = cause;
        svc.judge(at)
    }

    /// The service named `name`, added (unknown, with no checks yet) the first time it is seen.
    fn service_mut(&mut self, name: &str) -> &mut ServiceHealth {
        let idx = match self.services.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                self.services.push(ServiceHealth {
                    name: name.to_owned(),
                    state: State::Unknown,
                    cause: Cause::None,
                    since: None,
                    cause_since: None,
                    checks: Vec::new(),
                    groups: Arc::from(Vec::new()),
                    seen_elsewhere: None,
                });
                self.services.len() - 1
            }
        };
        &mut self.services[idx]
    }
}

/// What the user's side excuses this round: a failure it explains proves nothing about a
/// service, so it is not counted.
#[derive(Debug, Clone, Copy)]
struct Excused {
    /// Every failure (offline, a captive portal, no DNS).
    everything: bool,
    /// A check that is only slow (a slow link).
    slowness: bool,
}

impl ServiceHealth {
    /// Step 2: counts this round's results into the checks' trackers, except the failures the
    /// user's side excuses.
    fn count(
        &mut self,
        round: &RoundResult,
        result: &crate::model::ServiceResult,
        excused: Excused,
        t: &Thresholds,
    ) {
        let at = round.checked_at;
        for CheckResult { name, report } in &result.checks {
            let pos = match self.checks.iter().position(|(n, _)| n == name) {
                Some(p) => p,
                None => {
                    self.checks.push((name.clone(), Tracker::default()));
                    self.checks.len() - 1
                }
            };
            let only_slow = matches!(report.diagnosis, Diagnosis::StreamTooSlow | Diagnosis::Slow);
            if report.status != Status::Up
                && (excused.everything || (excused.slowness && only_slow))
            {
                continue;
            }
            let tracker = &mut self.checks[pos].1;
            tracker.note(report, round.not_the_service(report));
            tracker.observe(t, report.status, at);
        }
    }

    /// The service's state from its checks': down when one is down; else still unknown
    /// (checking) while a check's first failures are below the failure threshold (unconfirmed,
    /// never up); else the worst of those with a state (a check whose every result the user's
    /// side excused has none).
    fn worst_known(&self) -> State {
        let worst = self.checks.iter().map(|(_, tr)| tr.state).max();
        let unconfirmed = self
            .checks
            .iter()
            .any(|(_, tr)| tr.state == State::Unknown && tr.failures > 0);
        match worst {
            Some(State::Down) => State::Down,
            // A service already judged stays judged: a check added by a reload that fails
            // once does not make it "checking".
            Some(w) if !unconfirmed || self.state != State::Unknown => w,
            _ => State::Unknown,
        }
    }

    /// The checks that are down or degraded.
    fn failing(&self) -> impl Iterator<Item = &(String, Tracker)> {
        self.checks
            .iter()
            .filter(|(_, tr)| matches!(tr.state, State::Down | State::Degraded))
    }

    /// Step 3: the service's state (the worst of its checks') and cause, and the transition
    /// when either changed.
    fn judge(&mut self, at: SystemTime) -> Option<Transition> {
        let new_state = self.worst_known();
        let new_cause = match new_state {
            // Every failing check on the user's side: the deciding one's reason.
            State::Down | State::Degraded
                if self.failing().all(|(_, tr)| tr.not_the_service.is_some()) =>
            {
                self.checks
                    .iter()
                    .find(|(_, tr)| tr.state == new_state)
                    .and_then(|(_, tr)| tr.not_the_service)
                    .unwrap_or(Cause::Service)
            }
            // Their side by what is seen here; the outside view may have shown it is this
            // network's path instead.
            State::Down | State::Degraded => self.seen_elsewhere.unwrap_or(Cause::Service),
            _ => Cause::None,
        };
        if new_cause == Cause::None {
            // Up (or unknown): what the world said was about the failure that ended.
            self.seen_elsewhere = None;
        }
        if new_state == self.state && new_cause == self.cause {
            return None;
        }
        let previous_cause = std::mem::replace(&mut self.cause, new_cause);
        if previous_cause != new_cause {
            self.cause_since = Some(at);
        }
        if new_state == self.state {
            Some(self.cause_changed(at, previous_cause))
        } else {
            Some(self.state_changed(new_state, at, previous_cause))
        }
    }

    /// The same state for another reason (a DNS filter lifted on a service that is down
    /// anyway): news, but the state's start stays.
    fn cause_changed(&self, at: SystemTime, previous_cause: Cause) -> Transition {
        let deciding = self.failing().next();
        let last = deciding.and_then(|(_, tr)| tr.last.as_ref());
        Transition {
            check: deciding.map(|(n, _)| n.clone()),
            diagnosis: last.map_or(Diagnosis::Ok, |l| l.0),
            detail: last.map(|l| l.1.clone()).unwrap_or_default(),
            unverified: deciding.is_some_and(|(_, tr)| tr.unverified),
            groups: self.group_sentence(),
            ..Transition::new(
                Some(self.name.clone()),
                (self.state, self.state),
                at,
                (self.cause, previous_cause),
            )
        }
    }

    /// A new state: how long the old one lasted, the check that decided it, and the first and
    /// worst diagnoses of the problem (they carry over while the service is still not up, e.g.
    /// degraded -> down; a recovery clears them).
    fn state_changed(
        &mut self,
        new_state: State,
        at: SystemTime,
        previous_cause: Cause,
    ) -> Transition {
        let from = self.state;
        // When the new state began: where its checks' streaks began (the first check to go
        // down; the last to come back), not the round that confirmed it.
        let starts = self
            .checks
            .iter()
            .filter(|(_, tr)| tr.state == new_state)
            .filter_map(|(_, tr)| tr.since);
        let began = match new_state {
            State::Up => starts.max(),
            _ => starts.min(),
        }
        .filter(|b| *b <= at && self.since.is_none_or(|old| *b >= old))
        .unwrap_or(at);
        let lasted = self.since.and_then(|s| began.duration_since(s).ok());
        let (first, worst) = self
            .checks
            .iter()
            .filter(|(_, tr)| tr.first_problem.is_some())
            .map(|(_, tr)| (tr.first_problem, tr.worst_problem))
            .next()
            .unwrap_or((None, None));
        self.state = new_state;
        self.since = Some(began);
        if self.cause != previous_cause {
            // The cause begins with the state it came with.
            self.cause_since = Some(began);
        }
        let deciding = if new_state == State::Up {
            // Name the check that had been failing.
            self.checks
                .iter()
                .find(|(_, tr)| tr.worst_problem.is_some())
        } else {
            self.checks.iter().find(|(_, tr)| tr.state == new_state)
        };
        let (check, (diagnosis, detail), unverified) = match deciding {
            Some((n, tr)) => (
                Some(n.clone()),
                tr.last
                    .clone()
                    .unwrap_or((Diagnosis::Ok, crate::model::Message::empty())),
                tr.unverified,
            ),
            None => (None, (Diagnosis::Ok, crate::model::Message::empty()), false),
        };
        if new_state == State::Up {
            for (_, tr) in &mut self.checks {
                tr.first_problem = None;
                tr.worst_problem = None;
            }
        }
        Transition {
            check,
            diagnosis,
            detail,
            lasted: lasted.filter(|_| from != State::Unknown),
            first_diagnosis: first,
            worst_diagnosis: worst,
            unverified,
            groups: self.group_sentence(),
            since: began,
            ..Transition::new(
                Some(self.name.clone()),
                (from, new_state),
                at,
                (self.cause, previous_cause),
            )
        }
    }
}

#[cfg(test)]
mod tests;
