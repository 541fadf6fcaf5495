//! The monitor: runs the pure policies and nothing else decides here. It waits for what the
//! [`Schedule`] says is due, runs the round, feeds it to [`Health`], lets [`Alerting`] decide
//! what is news, and hands rounds, transitions and notifications to the sinks. The outside
//! view's and the status pages' answers go through Health and Alerting the same way, and the
//! snapshot changes in one place ([`publish`]). `downbeat watch`
//! and the desktop app embed the same monitor; it names no GUI.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::alerting::Alerting;
use crate::config::Config;
use crate::health::{Health, ServiceHealth};
use crate::model::{Cause, Notification, Outside, RoundResult, State, VendorStatus};
use crate::notify::Notifier;
use crate::outside::when::Asking;
use crate::probe::ProbeContext;
use crate::run;
use crate::schedule::{self, Connection, Outlook, Policy, Schedule};

pub use crate::model::Sink;
pub use crate::schedule::Paused;
pub use crate::view::{ServiceView, Snapshot, Update};

/// How long the monitor lets the world take to answer (it never waits for it).
const OUTSIDE_WAIT: Duration = Duration::from_secs(30);

/// Orders for a running monitor.
#[derive(Debug, Clone)]
pub enum Command {
    CheckNow,
    /// Pause for a while, or (`None`) until resumed.
    Pause(Option<Duration>),
    Resume,
    /// Run on a new config from now on (the settings were saved). The states of the services
    /// and checks it keeps carry over, so a reload notifies nothing by itself; a pause stays.
    Reload(Box<Reload>),
    Shutdown,
}

/// A config to reload, with its probe context (already built, so it can't fail in the monitor).
#[derive(Debug, Clone)]
pub struct Reload {
    pub config: Arc<Config>,
    pub ctx: ProbeContext,
}

/// A handle on a running monitor.
#[derive(Debug)]
pub struct MonitorHandle {
    tx: mpsc::UnboundedSender<Command>,
    /// The latest snapshot; `changed()` wakes on every update.
    pub snapshot: watch::Receiver<Snapshot>,
    task: tokio::task::JoinHandle<()>,
}

impl MonitorHandle {
    pub fn send(&self, c: Command) {
        let _ = self.tx.send(c);
    }

    pub fn check_now(&self) {
        self.send(Command::CheckNow);
    }

    /// Stops the monitor and waits for the round in flight to be recorded.
    pub async fn shutdown(self) {
        self.send(Command::Shutdown);
        let _ = self.task.await;
    }
}

/// What reaches the running monitor besides its schedule: a command, or an answer it asked for
/// (the outside view's, a status page's). Each goes into the policies like a round does.
enum Input {
    Command(Command),
    Outside(String, Outside),
    StatusPage(String, VendorStatus),
}

/// The one place the snapshot changes: [`Snapshot::apply`], waking its watchers only when
/// something changed.
fn publish(snap: &watch::Sender<Snapshot>, update: Update<'_>, health: &Health) {
    snap.send_if_modified(|s| s.apply(update, health));
}

/// What the schedule reads of a service's health after a round (nothing yet: as if up).
pub(crate) fn outlook(h: Option<&ServiceHealth>) -> Outlook {
    h.map(|h| Outlook {
        down: h.state == State::Down,
        suspect: h.suspect(),
        recovering: h.recovering(),
        retry_after: h.retry_after(),
    })
    .unwrap_or_default()
}

/// The monitor, before it runs.
pub struct Monitor {
    config: Arc<Config>,
    ctx: ProbeContext,
    notifier: Option<Arc<dyn Notifier>>,
    sinks: Vec<Arc<dyn Sink>>,
}

impl std::fmt::Debug for Monitor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Monitor")
            .field("sinks", &self.sinks.len())
            .finish_non_exhaustive()
    }
}

impl Monitor {
    pub fn new(config: Arc<Config>, ctx: ProbeContext) -> Self {
        Monitor {
            config,
            ctx,
            notifier: None,
            sinks: Vec::new(),
        }
    }

    pub fn notifier(mut self, n: Arc<dyn Notifier>) -> Self {
        self.notifier = Some(n);
        self
    }

    pub fn sink(mut self, s: Arc<dyn Sink>) -> Self {
        self.sinks.push(s);
        self
    }

    /// Starts the monitor on the current tokio runtime.
    pub fn spawn(self) -> MonitorHandle {
        let (tx, rx) = mpsc::unbounded_channel();
        let (snap_tx, snap_rx) = watch::channel(Snapshot::new(&self.config));
        let task = tokio::spawn(self.run(rx, snap_tx));
        MonitorHandle {
            tx,
            snapshot: snap_rx,
            task,
        }
    }

    fn schedule(config: &Config) -> Schedule {
        Schedule::new(
            Policy::new(config.settings.interval, config.settings.backoff_max),
            config.services.len(),
            Instant::now(),
            SystemTime::now(),
            schedule::jitter_seed(),
        )
    }

    async fn run(
        mut self,
        mut rx: mpsc::UnboundedReceiver<Command>,
        snap: watch::Sender<Snapshot>,
    ) {
        let mut schedule = Monitor::schedule(&self.config);
        // The world's answers about failing services (the outside view) arrive here, never
        // holding a round up.
        let (seen_tx, mut seen_rx) = mpsc::unbounded_channel::<(String, Outside)>();
        let mut asking = Asking::new(crate::outside::when::EVERY);
        // The vendors' status pages: read every 10 minutes, and at once when a service fails.
        let (page_tx, mut page_rx) = mpsc::unbounded_channel::<(String, VendorStatus)>();
        let mut reading = Asking::new(crate::outside::when::EVERY);
        let mut health = Health::new(self.config.settings.thresholds);
        let mut alerting = Alerting::new(
            self.config.settings.notify,
            !self.config.baseline.is_empty(),
        );

        loop {
            let input = tokio::select! {
                _ = tokio::time::sleep_until(schedule.next_wake(Instant::now())) => None,
                Some((service, page)) = page_rx.recv() => Some(Input::StatusPage(service, page)),
                Some((service, seen)) = seen_rx.recv() => Some(Input::Outside(service, seen)),
                cmd = rx.recv() => match cmd {
                    Some(Command::Shutdown) | None => return,
                    Some(c) => Some(Input::Command(c)),
                },
            };
            match input {
                None => {}
                Some(Input::StatusPage(service, page)) => {
                    let note = alerting.on_status_page(&service, &page, &health, SystemTime::now());
                    publish(&snap, Update::StatusPage(&service, page), &health);
                    if let Some(note) = note {
                        self.deliver(&note).await;
                    }
                    continue;
                }
                Some(Input::Outside(service, seen)) => {
                    tracing::info!(
                        service,
                        scope = seen.scope.as_str(),
                        "the outside view answered"
                    );
                    let changed = health.seen_elsewhere(&service, seen.scope, SystemTime::now());
                    let note = alerting.on_outside(&service, &seen, &health);
                    publish(&snap, Update::Outside(&service, seen.clone()), &health);
                    let delivered = match note {
                        Some(note) => self.deliver(&note).await,
                        None => false,
                    };
                    for s in &self.sinks {
                        if let Some(t) = &changed {
                            s.on_transition(t, delivered);
                        }
                        s.on_outside(&service, &seen);
                    }
                    continue;
                }
                Some(Input::Command(c)) => match c {
                    Command::CheckNow => schedule.check_now(Instant::now()),
                    Command::Pause(d) => {
                        schedule.pause(d, Instant::now(), SystemTime::now());
                        for s in &self.sinks {
                            s.on_pause();
                        }
                    }
                    Command::Resume => schedule.resume(Instant::now()),
                    Command::Reload(r) => {
                        let Reload { config, ctx } = *r;
                        tracing::info!(services = config.services.len(), "config reloaded");
                        let paused = schedule.paused();
                        schedule = Monitor::schedule(&config);
                        match paused {
                            Paused::No => {}
                            Paused::UntilResumed => {
                                schedule.pause(None, Instant::now(), SystemTime::now());
                            }
                            Paused::Until(t) => {
                                let left = t.duration_since(SystemTime::now()).unwrap_or_default();
                                schedule.pause(Some(left), Instant::now(), SystemTime::now());
                            }
                        }
                        health.reconfigure(config.settings.thresholds, &config.services);
                        alerting.reconfigure(&config);
                        publish(&snap, Update::Reload(&config), &health);
                        self.config = config;
                        self.ctx = ctx;
                    }
                    Command::Shutdown => return,
                },
            }
            let due = schedule.due(Instant::now(), SystemTime::now());
            publish(&snap, Update::Paused(schedule.paused()), &health);
            let Some(due) = due else { continue };

            publish(&snap, Update::Checking, &health);
            tracing::debug!(services = due.len(), "round starts");
            let round = Arc::new(run::run_round(&self.config, &self.ctx, &due).await);
            for s in &self.sinks {
                s.on_round(&round);
            }
            let transitions = health.observe(&round);
            for t in &transitions {
                tracing::info!(
                    "{}: {} -> {} ({})",
                    t.service.as_deref().unwrap_or("your connection"),
                    t.from,
                    t.to,
                    t.diagnosis
                );
                let advice = t
                    .service
                    .as_deref()
                    .and_then(|name| self.config.services.iter().find(|s| s.name == name))
                    .and_then(|s| s.advice.as_deref());
                let mut delivered = false;
                if let Some(note) = alerting.on_transition(t, advice, Instant::now()) {
                    delivered = self.deliver(&note).await;
                }
                for s in &self.sinks {
                    s.on_transition(t, delivered);
                }
            }
            self.ask_outside(&round, &health, &mut asking, &seen_tx);
            self.read_status_pages(&health, &mut reading, &page_tx);
            for note in alerting.reminders(&health, round.checked_at, Instant::now()) {
                self.deliver(&note).await;
            }

            let outlook: Vec<Outlook> = due
                .iter()
                .map(|&i| outlook(health.service(&self.config.services[i].name)))
                .collect();
            schedule.after_round(
                Instant::now(),
                &due,
                &outlook,
                Connection {
                    failing: round.user_side.explains_everything(),
                    offline: health.connection_cause.explains_everything(),
                },
            );
            publish(&snap, Update::Round(&round), &health);
        }
    }

    /// Asks the world about each service down on its own side by everything seen here (the
    /// connection works, checked by a baseline), once per incident and then every ten minutes;
    /// the answer comes back on `seen` as an update.
    fn ask_outside(
        &self,
        round: &RoundResult,
        health: &Health,
        asking: &mut Asking,
        seen: &mpsc::UnboundedSender<(String, Outside)>,
    ) {
        if self.config.settings.outside_view.is_none()
            || self.config.baseline.is_empty()
            || health.connection_cause != Cause::None
        {
            return;
        }
        let checks = |name: &str| self.config.checks_of(name);
        for svc in &health.services {
            // Their side by what is seen here, or (asked again every 10 minutes) this network's
            // path, which a later answer may turn back into theirs.
            let (State::Down, Cause::Service | Cause::NetworkPath | Cause::Provider, Some(since)) =
                (svc.state, svc.cause, svc.since)
            else {
                continue;
            };
            let Some((_, target)) = crate::outside::question(round, Some(&svc.name), checks) else {
                continue;
            };
            if !asking.due(&svc.name, since, Instant::now()) {
                continue;
            }
            let (settings, ctx, tx, name) = (
                self.config.settings.clone(),
                self.ctx.clone(),
                seen.clone(),
                svc.name.clone(),
            );
            tokio::spawn(async move {
                let deadline = Instant::now() + OUTSIDE_WAIT;
                let answer = crate::outside::consult(&settings, &ctx, &target, deadline).await;
                let _ = tx.send((name, answer));
            });
        }
    }

    /// Reads each service's vendor status page (`status_page`) every 10 minutes, and at once
    /// when it fails (a new incident); the answer comes back on `pages`.
    fn read_status_pages(
        &self,
        health: &Health,
        reading: &mut Asking,
        pages: &mpsc::UnboundedSender<(String, VendorStatus)>,
    ) {
        for spec in &self.config.services {
            let Some(page) = spec.status_page.clone() else {
                continue;
            };
            // The incident it is in (its start), or none while it is up.
            let incident = health
                .service(&spec.name)
                .filter(|h| h.state > State::Up)
                .and_then(|h| h.since)
                .unwrap_or(SystemTime::UNIX_EPOCH);
            if !reading.due(&spec.name, incident, Instant::now()) {
                continue;
            }
            let (ctx, tx, name) = (self.ctx.clone(), pages.clone(), spec.name.clone());
            let deadline = Instant::now() + self.config.settings.timeout;
            tokio::spawn(async move {
                let read = crate::outside::status_page::read(&ctx, &page, deadline).await;
                let _ = tx.send((name, read));
            });
        }
    }

    async fn deliver(&self, note: &Notification) -> bool {
        let delivered = match &self.notifier {
            Some(n) => n.notify(note).await.is_ok(),
            None => false,
        };
        for s in &self.sinks {
            s.on_notification(note, delivered);
        }
        delivered
    }
}
