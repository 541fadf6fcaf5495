//! Alerting, a pure policy: what is news, and when to remind. Its inputs are the monitor's:
//! Health's transitions, the outside view's answers and the vendors' status pages; it decides
//! which deserve a notification, drops repeats, and reminds that a service is still down. The
//! words are the view's ([`crate::view::notification`]); the monitor delivers them through a
//! [`crate::notify::Notifier`].

use std::collections::HashMap;
use std::time::SystemTime;

use tokio::time::Instant;

use crate::health::Health;
use crate::model::{
    Cause, Diagnosis, Notification, NotifyWhen, Outside, Scope, State, Transition, VendorStatus,
};
pub use crate::view::notification::{
    cannot_open, compose, config_error, outside_update, reminder, status_page_update, welcome,
    Context,
};

/// The alerting policy's memory: when each service was last told about, for reminders, and
/// what the world and the vendors' pages were last said to say of its failure.
#[derive(Debug, Clone)]
pub struct Alerting {
    /// Which news to show, and how often to remind.
    pub notify: NotifyWhen,
    /// A baseline is configured: the user's connection is checked (see [`Context`]).
    pub connection_checked: bool,
    last_notified: HashMap<String, Instant>,
    /// The outside view's scope already said for each service's current failure.
    told_scope: HashMap<String, Scope>,
    /// The status page's indicator already said for each service's current failure.
    told_page: HashMap<String, Option<String>>,
}

impl Alerting {
    pub fn new(notify: NotifyWhen, connection_checked: bool) -> Self {
        Alerting {
            notify,
            connection_checked,
            last_notified: HashMap::new(),
            told_scope: HashMap::new(),
            told_page: HashMap::new(),
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
        if let Some(service) = t.service.as_deref().filter(|_| t.to <= State::Up) {
            // The failure ended: what the world and the vendor said of it is old news.
            self.told_scope.remove(service);
            self.told_page.remove(service);
        }
        let note = compose(t, ctx).filter(|n| self.notify.allows(n.kind))?;
        if let Some(service) = &t.service {
            self.last_notified.insert(service.clone(), now);
        }
        Some(note)
    }

    /// A reloaded config: its notification settings, whether its connection is checked, and
    /// its services. What was told of a service the config no longer has is forgotten, so
    /// that the same name added back later starts afresh.
    pub fn reconfigure(&mut self, config: &crate::config::Config) {
        self.notify = config.settings.notify;
        self.connection_checked = !config.baseline.is_empty();
        let kept = |name: &String| config.services.iter().any(|s| s.name == *name);
        self.last_notified.retain(|name, _| kept(name));
        self.told_scope.retain(|name, _| kept(name));
        self.told_page.retain(|name, _| kept(name));
    }

    /// What to say about the outside view's answer on a failing service: news only while it
    /// still fails (an answer that comes after it is back is about a failure that ended), only
    /// when its scope is new for this failure (asking again every ten minutes and hearing the
    /// same is not a notification), and only a clear answer (everywhere, a region, only here,
    /// the provider's network).
    pub fn on_outside(
        &mut self,
        service: &str,
        seen: &Outside,
        health: &Health,
    ) -> Option<Notification> {
        if health.service(service).is_none_or(|h| h.state <= State::Up) {
            return None;
        }
        if self.told_scope.insert(service.to_owned(), seen.scope) == Some(seen.scope) {
            return None;
        }
        outside_update(service, seen).filter(|n| self.notify.allows(n.kind))
    }

    /// What to say about a vendor's status page: news only while the service is down here on
    /// their side by what Downbeat sees (its own failure, not the user's connection), when the
    /// page names a problem, and once per indicator for this failure. While the service works
    /// here, the page is shown, never notified.
    pub fn on_status_page(
        &mut self,
        service: &str,
        page: &VendorStatus,
        health: &Health,
        at: SystemTime,
    ) -> Option<Notification> {
        let theirs = health.connection_cause == Cause::None
            && health
                .service(service)
                .is_some_and(|h| h.state == State::Down && h.cause == Cause::Service);
        if !theirs {
            return None;
        }
        let note = status_page_update(service, page, crate::model::time::unix_ms(at))?;
        if self
            .told_page
            .insert(service.to_owned(), page.indicator.clone())
            == Some(page.indicator.clone())
        {
            return None;
        }
        Some(note).filter(|n| self.notify.allows(n.kind))
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
