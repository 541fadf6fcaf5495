//! Alerting, a pure policy: which transitions to tell about, and when to remind that a service is
//! still down. The words are the view's ([`crate::view::notification`]); the monitor delivers
//! them through a [`crate::notify::Notifier`].

use std::collections::HashMap;
use std::time::SystemTime;

use tokio::time::Instant;

use crate::health::Health;
use crate::model::{Cause, Diagnosis, Notification, NotifyWhen, State, Transition};
pub use crate::view::notification::{
    cannot_open, compose, config_error, reminder, welcome, Context,
};

/// The alerting policy's memory: when each service was last told about, for reminders.
#[derive(Debug, Clone)]
pub struct Alerting {
    /// Which news to show, and how often to remind.
    pub notify: NotifyWhen,
    /// A baseline is configured: the user's connection is checked (see [`Context`]).
    pub connection_checked: bool,
    last_notified: HashMap<String, Instant>,
}

impl Alerting {
    pub fn new(notify: NotifyWhen, connection_checked: bool) -> Self {
        Alerting {
            notify,
            connection_checked,
            last_notified: HashMap::new(),
        }
    }

    /// What to say about a transition, if it deserves a notification, given the service's
    /// advice. A service told about at `now` is reminded `remind_every` later at the earliest.
    pub fn on_transition(
        &mut self,
        t: &Transition,
        advice: Option<&str>,
        now: Instant,
    ) -> Option<Notification> {
        let ctx = Context {
            advice,
            notify_degraded: self.notify.degraded,
            connection_checked: self.connection_checked,
        };
        let note = compose(t, ctx).filter(|n| self.notify.allows(n.kind))?;
        if let Some(service) = &t.service {
            self.last_notified.insert(service.clone(), now);
        }
        Some(note)
    }

    /// Reminders due at `now` (wall-clock `at`): each service still down, and told about at
    /// least `remind_every` ago. Nothing while the user is offline.
    pub fn reminders(
        &mut self,
        health: &Health,
        at: SystemTime,
        now: Instant,
    ) -> Vec<Notification> {
        let Some(every) = self.notify.remind_every.filter(|_| self.notify.down) else {
            return Vec::new();
        };
        if health.connection_cause != Cause::None {
            return Vec::new();
        }
        let mut out = Vec::new();
        for svc in health
            .services
            .iter()
            .filter(|s| s.state == State::Down && s.cause == Cause::Service)
        {
            let Some(last) = self.last_notified.get(&svc.name) else {
                continue;
            };
            if now.saturating_duration_since(*last) < every {
                continue;
            }
            if let (Some((check, tr)), Some(since)) = (svc.deciding(), svc.since) {
                let d = tr.last.as_ref().map_or(Diagnosis::Timeout, |l| l.0);
                let down_for = at.duration_since(since).unwrap_or_default();
                out.push(reminder(
                    &svc.name,
                    check,
                    d,
                    down_for,
                    self.connection_checked,
                ));
                self.last_notified.insert(svc.name.clone(), now);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
