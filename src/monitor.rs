//! The monitor: a scheduler that runs rounds of checks, feeds them to the [`Health`] state
//! machine, and hands results, transitions and notifications to sinks. `downbeat watch` and the
//! desktop app embed the same monitor; it names no GUI.
//!
//! Scheduling:
//! - every service is checked each `interval`, with ±10% jitter so that many monitors don't
//!   beat in step;
//! - after a first failure, a confirmation re-check follows after `interval / 4` (from 250 ms
//!   to 5 s), so an outage is confirmed well within two intervals;
//! - while a service is down, its checks back off politely: four more at `interval` (never
//!   faster than a healthy service is checked, and quick to see a short outage end), then the
//!   delay doubles up to `backoff_max` (default 5 min); a server's Retry-After is honoured;
//! - "check now", pause (for a while or until resumed), and a re-check at once when the wall
//!   clock jumps (the machine woke from sleep).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::config::Config;
use crate::health::{Health, RoundInput, State, Transition};
use crate::notify::{self, Notification, Notifier};
use crate::probe::{Diagnosis, ProbeContext, Report};
use crate::run::{self, RoundResult};

/// What the monitor hands out besides notifications: every round and every transition.
/// The history store and `downbeat watch`'s printer are sinks.
pub trait Sink: Send + Sync {
    /// A round of results (only the services that were due), shared: a sink that keeps it
    /// holds a reference, not a copy.
    fn on_round(&self, _round: &Arc<RoundResult>) {}
    /// A transition, and whether a notification for it was delivered.
    fn on_transition(&self, _t: &Transition, _notified: bool) {}
    /// A notification that was attempted (delivered or not).
    fn on_notification(&self, _n: &Notification, _delivered: bool) {}
}

/// Orders for a running monitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    CheckNow,
    /// Pause for a while, or (`None`) until resumed.
    Pause(Option<Duration>),
    Resume,
    Shutdown,
}

/// Whether the monitor is paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paused {
    No,
    Until(SystemTime),
    UntilResumed,
}

/// A service as the UI shows it.
#[derive(Debug, Clone)]
pub struct ServiceView {
    pub name: String,
    pub state: State,
    pub since: Option<SystemTime>,
    /// The check deciding the state, its diagnosis and detail.
    pub check: Option<String>,
    pub diagnosis: Option<Diagnosis>,
    pub detail: Option<String>,
    /// Some check of this service runs with TLS verification off (`insecure = true`).
    pub unverified: bool,
}

/// The monitor's state, for a tray or a status line.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub overall: State,
    pub connection: State,
    pub paused: Paused,
    pub checking: bool,
    pub services: Vec<ServiceView>,
    pub last_round: Option<Arc<RoundResult>>,
    pub last_checked: Option<SystemTime>,
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
        let (snap_tx, snap_rx) = watch::channel(Snapshot {
            overall: State::Unknown,
            connection: State::Unknown,
            paused: Paused::No,
            checking: false,
            services: self
                .config
                .services
                .iter()
                .map(|s| ServiceView {
                    name: s.name.clone(),
                    state: State::Unknown,
                    since: None,
                    check: None,
                    diagnosis: None,
                    detail: None,
                    unverified: s.checks.iter().any(crate::config::CheckSpec::insecure),
                })
                .collect(),
            last_round: None,
            last_checked: None,
        });
        let task = tokio::spawn(self.run(rx, snap_tx));
        MonitorHandle {
            tx,
            snapshot: snap_rx,
            task,
        }
    }

    async fn run(self, mut rx: mpsc::UnboundedReceiver<Command>, snap: watch::Sender<Snapshot>) {
        let settings = &self.config.settings;
        let interval = settings.interval;
        let confirm = (interval / 4).clamp(Duration::from_millis(250), Duration::from_secs(5));
        let n = self.config.services.len();
        let start = Instant::now();
        let mut next_due: Vec<Instant> = vec![start; n];
        let mut down_rounds: Vec<u32> = vec![0; n];
        let mut last_notified: Vec<Option<Instant>> = vec![None; n];
        let mut baseline_due = start;
        let mut health = Health::new(settings.thresholds);
        let mut paused = Paused::No;
        let mut paused_until: Option<Instant> = None;
        let mut clock = (Instant::now(), SystemTime::now());
        let mut seed = jitter_seed();

        loop {
            let wake = if paused != Paused::No {
                paused_until.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600))
            } else {
                next_due
                    .iter()
                    .copied()
                    .chain([baseline_due])
                    .min()
                    .unwrap_or(baseline_due)
            };
            // The watchdog tick notices a wall-clock jump within a few seconds of waking.
            let tick = Instant::now() + Duration::from_secs(5);
            tokio::select! {
                _ = tokio::time::sleep_until(wake.min(tick)) => {}
                cmd = rx.recv() => match cmd {
                    Some(Command::CheckNow) => {
                        if paused != Paused::No { continue; }
                        all_due_now(&mut next_due, &mut baseline_due);
                    }
                    Some(Command::Pause(d)) => {
                        paused_until = d.map(|d| Instant::now() + d);
                        paused = match d {
                            Some(d) => Paused::Until(SystemTime::now() + d),
                            None => Paused::UntilResumed,
                        };
                        snap.send_modify(|s| s.paused = paused);
                        continue;
                    }
                    Some(Command::Resume) => {
                        paused = Paused::No;
                        paused_until = None;
                        all_due_now(&mut next_due, &mut baseline_due);
                        snap.send_modify(|s| s.paused = paused);
                    }
                    Some(Command::Shutdown) | None => return,
                },
            }
            // A wall-clock jump (sleep and wake, or a clock change): check everything now.
            let (mono, wall) = (clock.0.elapsed(), SystemTime::now().duration_since(clock.1));
            clock = (Instant::now(), SystemTime::now());
            // More than 10 s apart either way; NTP's small corrections don't count.
            let jumped = match wall {
                Ok(w) => w > mono + Duration::from_secs(10),
                Err(back) => back.duration() > Duration::from_secs(10),
            };
            if paused != Paused::No {
                match paused_until {
                    Some(t) if Instant::now() >= t => {
                        paused = Paused::No;
                        paused_until = None;
                        snap.send_modify(|s| s.paused = paused);
                        all_due_now(&mut next_due, &mut baseline_due);
                    }
                    _ => continue,
                }
            }
            if jumped {
                all_due_now(&mut next_due, &mut baseline_due);
            }
            let now = Instant::now();
            let slack = Duration::from_millis(20);
            let due: Vec<usize> = (0..n).filter(|i| next_due[*i] <= now + slack).collect();
            if due.is_empty() && baseline_due > now + slack {
                continue;
            }

            snap.send_modify(|s| s.checking = true);
            let round = Arc::new(run::run_round(&self.config, &self.ctx, true, &due).await);
            let at = round.checked_at;
            for s in &self.sinks {
                s.on_round(&round);
            }
            let baseline: Vec<(&str, &Report)> = round
                .baseline
                .iter()
                .map(|c| (c.name.as_str(), &c.report))
                .collect();
            let services: Vec<(&str, Vec<(&str, &Report)>)> = round
                .services
                .iter()
                .map(|s| {
                    (
                        s.name.as_str(),
                        s.checks
                            .iter()
                            .map(|c| (c.name.as_str(), &c.report))
                            .collect(),
                    )
                })
                .collect();
            let transitions = health.observe(RoundInput {
                at,
                baseline: &baseline,
                services: &services,
            });
            let baseline_failing = !round.baseline.is_empty()
                && round
                    .baseline
                    .iter()
                    .all(|c| c.report.status == crate::Status::Down);

            for t in &transitions {
                let advice = t
                    .service
                    .as_deref()
                    .and_then(|name| self.config.services.iter().find(|s| s.name == name))
                    .and_then(|s| s.advice.as_deref());
                let ctx = notify::Context {
                    advice,
                    notify_degraded: settings.notify_degraded,
                };
                let mut delivered = false;
                if let Some(note) = notify::compose(t, ctx) {
                    delivered = self.deliver(&note).await;
                    if let Some(i) = t.service.as_deref().and_then(|name| self.index(name)) {
                        last_notified[i] = Some(Instant::now());
                    }
                }
                for s in &self.sinks {
                    s.on_transition(t, delivered);
                }
            }

            // Reminders for services still down.
            if let Some(every) = settings.remind_every {
                for svc in &health.services {
                    if svc.state != State::Down || health.connection == State::Offline {
                        continue;
                    }
                    let Some(i) = self.index(&svc.name) else {
                        continue;
                    };
                    if last_notified[i].is_some_and(|t| t.elapsed() >= every) {
                        if let (Some((check, tr)), Some(since)) = (svc.deciding(), svc.since) {
                            let d = tr.last.as_ref().map_or(Diagnosis::Timeout, |l| l.0);
                            let down_for = at.duration_since(since).unwrap_or_default();
                            let note = notify::reminder(&svc.name, check, d, down_for);
                            self.deliver(&note).await;
                            last_notified[i] = Some(Instant::now());
                        }
                    }
                }
            }

            // When to look again. One jittered interval per round keeps the baseline and the
            // healthy services in step, so they run together.
            let now = Instant::now();
            let next = jittered(interval, &mut seed);
            baseline_due = if baseline_failing && health.connection != State::Offline {
                now + confirm
            } else {
                now + next
            };
            for &i in &due {
                let Some(svc) = health.service(&self.config.services[i].name) else {
                    next_due[i] = now + next;
                    continue;
                };
                let suspect = svc
                    .checks
                    .iter()
                    .any(|(_, t)| t.failures > 0 && t.state != State::Down);
                let recovering =
                    svc.state == State::Down && svc.checks.iter().any(|(_, t)| t.passes > 0);
                let delay = if baseline_failing {
                    // The service's results didn't count: look again with the baseline.
                    down_rounds[i] = 0;
                    if health.connection == State::Offline {
                        jittered(interval, &mut seed)
                    } else {
                        confirm
                    }
                } else if recovering || (suspect && svc.state != State::Down) {
                    confirm
                } else if svc.state == State::Down {
                    down_rounds[i] += 1;
                    let doublings = down_rounds[i].saturating_sub(4).min(16);
                    let backoff = interval
                        .saturating_mul(1 << doublings)
                        .min(settings.backoff_max);
                    let retry_after = svc
                        .checks
                        .iter()
                        .filter_map(|(_, t)| t.retry_after)
                        .max()
                        .unwrap_or_default()
                        .min(Duration::from_secs(3600));
                    backoff.max(retry_after)
                } else {
                    down_rounds[i] = 0;
                    next
                };
                next_due[i] = now + delay;
            }

            snap.send_modify(|s| {
                s.checking = false;
                s.overall = health.overall();
                s.connection = health.connection;
                s.last_checked = Some(at);
                s.last_round = Some(round.clone());
                for view in &mut s.services {
                    if let Some(h) = health.service(&view.name) {
                        view.state = h.state;
                        view.since = h.since;
                        let deciding = h.deciding().or_else(|| h.checks.first());
                        view.check = deciding.map(|(n, _)| n.clone());
                        view.diagnosis = deciding.and_then(|(_, t)| t.last.as_ref().map(|l| l.0));
                        view.detail =
                            deciding.and_then(|(_, t)| t.last.as_ref().map(|l| l.1.clone()));
                    }
                }
            });
        }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.config.services.iter().position(|s| s.name == name)
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

/// Makes every service and the baseline due now.
fn all_due_now(next_due: &mut [Instant], baseline_due: &mut Instant) {
    let now = Instant::now();
    next_due.iter_mut().for_each(|d| *d = now);
    *baseline_due = now;
}

fn jitter_seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    nanos | 1
}

/// `base` ±10%, from a xorshift sequence.
fn jittered(base: Duration, seed: &mut u64) -> Duration {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    let unit = (*seed % 2001) as f64 / 1000.0 - 1.0; // -1.0 ..= 1.0
    base.mul_f64(1.0 + 0.1 * unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_stays_within_ten_percent() {
        let mut seed = 12345;
        let base = Duration::from_secs(60);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1000 {
            let d = jittered(base, &mut seed);
            assert!(
                d >= Duration::from_secs(54) && d <= Duration::from_secs(66),
                "{d:?}"
            );
            seen.insert(d.as_millis() / 1000);
        }
        assert!(seen.len() > 5, "jitter should spread: {seen:?}");
    }
}
