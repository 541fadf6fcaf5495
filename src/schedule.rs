//! Scheduling, a pure policy: when each service and the baseline are due next. Time goes in as
//! arguments (`now`, the wall clock), never read here, so the table tests run on a fake clock
//! without sleeping.
//!
//! - every service is checked each `interval`, with ±10% jitter so that many monitors don't
//!   beat in step;
//! - after a first failure, a confirmation re-check follows after `interval / 4` (from 250 ms
//!   to 5 s), so an outage is confirmed well within two intervals;
//! - while a service is down, its checks back off politely: four more at `interval` (never
//!   faster than a healthy service is checked, and quick to see a short outage end), then the
//!   delay doubles up to `backoff_max`; a server's Retry-After is honoured (up to an hour);
//! - "check now", pause (for a while or until resumed), and everything at once when the wall
//!   clock jumps (the machine woke from sleep).

use std::time::{Duration, SystemTime};

use tokio::time::Instant;

/// The schedule's thresholds, as plain data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Policy {
    pub interval: Duration,
    /// The delay of a confirmation re-check.
    pub confirm: Duration,
    pub backoff_max: Duration,
    /// Down rounds at `interval` before the delay starts doubling.
    pub patience: u32,
    /// ±this fraction of `interval` (0.1 is ±10%).
    pub jitter: f64,
    /// The longest the monitor sleeps without looking at the wall clock.
    pub watchdog: Duration,
    /// A wall clock further than this from the monotonic one has jumped.
    pub jump: Duration,
}

impl Policy {
    /// The policy for a check interval and a backoff ceiling, with the usual constants.
    pub fn new(interval: Duration, backoff_max: Duration) -> Self {
        Policy {
            interval,
            confirm: (interval / 4).clamp(Duration::from_millis(250), Duration::from_secs(5)),
            backoff_max,
            patience: 4,
            jitter: 0.1,
            watchdog: Duration::from_secs(5),
            jump: Duration::from_secs(10),
        }
    }
}

/// Whether the monitor is paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paused {
    No,
    Until(SystemTime),
    UntilResumed,
}

/// What Health says of a service that just ran, as far as its schedule cares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outlook {
    /// The service is down (confirmed).
    pub down: bool,
    /// A check failed but the service is not down yet: confirm soon.
    pub suspect: bool,
    /// The service is down but a check passed: confirm the recovery soon.
    pub recovering: bool,
    /// The longest Retry-After its servers asked for.
    pub retry_after: Option<Duration>,
}

/// What the baseline said in the round that just ran.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Connection {
    /// No baseline check reached a server this round.
    pub failing: bool,
    /// The user is offline (confirmed).
    pub offline: bool,
}

/// When everything is due.
#[derive(Debug, Clone)]
pub struct Schedule {
    policy: Policy,
    next_due: Vec<Instant>,
    down_rounds: Vec<u32>,
    baseline_due: Instant,
    paused: Paused,
    pause_ends: Option<Instant>,
    clock: (Instant, SystemTime),
    seed: u64,
}

/// Slack: what is due this close to now runs in this round.
const SLACK: Duration = Duration::from_millis(20);

impl Schedule {
    /// Everything due at `now`. `seed` drives the jitter (any odd number).
    pub fn new(policy: Policy, services: usize, now: Instant, wall: SystemTime, seed: u64) -> Self {
        Schedule {
            policy,
            next_due: vec![now; services],
            down_rounds: vec![0; services],
            baseline_due: now,
            paused: Paused::No,
            pause_ends: None,
            clock: (now, wall),
            seed: seed | 1,
        }
    }

    pub fn paused(&self) -> Paused {
        self.paused
    }

    /// When service `i` is due next.
    pub fn due_at(&self, i: usize) -> Option<Instant> {
        self.next_due.get(i).copied()
    }

    /// When the monitor should wake next: the first due time (or the pause's end), but never
    /// later than the watchdog, so a jump of the wall clock is seen soon after a wake.
    pub fn next_wake(&self, now: Instant) -> Instant {
        let wake = if self.paused == Paused::No {
            self.next_due
                .iter()
                .copied()
                .chain([self.baseline_due])
                .min()
                .unwrap_or(self.baseline_due)
        } else {
            self.pause_ends.unwrap_or(now + Duration::from_secs(3600))
        };
        wake.min(now + self.policy.watchdog)
    }

    /// "Check now": everything due at once, unless paused.
    pub fn check_now(&mut self, now: Instant) {
        if self.paused == Paused::No {
            self.all_due(now);
        }
    }

    /// Pauses for `d`, or (`None`) until resumed.
    pub fn pause(&mut self, d: Option<Duration>, now: Instant, wall: SystemTime) {
        self.pause_ends = d.map(|d| now + d);
        self.paused = match d {
            Some(d) => Paused::Until(wall + d),
            None => Paused::UntilResumed,
        };
    }

    /// Resumes, with everything due at once.
    pub fn resume(&mut self, now: Instant) {
        self.paused = Paused::No;
        self.pause_ends = None;
        self.all_due(now);
    }

    /// The services due at `now` (the baseline runs with every round), or `None` when nothing
    /// is. A timed pause that ended resumes here, and a jump of the wall clock (sleep and wake,
    /// or a clock change of more than `jump` either way; NTP's small corrections don't count)
    /// makes everything due.
    pub fn due(&mut self, now: Instant, wall: SystemTime) -> Option<Vec<usize>> {
        let mono = now.saturating_duration_since(self.clock.0);
        let jumped = match wall.duration_since(self.clock.1) {
            Ok(w) => w > mono + self.policy.jump,
            Err(back) => back.duration() > self.policy.jump,
        };
        self.clock = (now, wall);
        if self.paused != Paused::No {
            match self.pause_ends {
                Some(t) if now >= t => self.resume(now),
                _ => return None,
            }
        }
        if jumped {
            self.all_due(now);
        }
        let due: Vec<usize> = (0..self.next_due.len())
            .filter(|i| self.next_due[*i] <= now + SLACK)
            .collect();
        if due.is_empty() && self.baseline_due > now + SLACK {
            return None;
        }
        Some(due)
    }

    /// Plans the next checks after a round that ran the services `due` and finished at `now`.
    /// `outlook` is Health's word on each of them (in the same order). One jittered interval
    /// per round keeps the baseline and the healthy services in step, so they run together.
    pub fn after_round(
        &mut self,
        now: Instant,
        due: &[usize],
        outlook: &[Outlook],
        connection: Connection,
    ) {
        let p = self.policy;
        let next = self.jittered();
        self.baseline_due = if connection.failing && !connection.offline {
            now + p.confirm
        } else {
            now + next
        };
        for (k, &i) in due.iter().enumerate() {
            let o = outlook.get(k).copied().unwrap_or_default();
            let Some(rounds) = self.down_rounds.get_mut(i) else {
                continue;
            };
            let delay = if connection.failing {
                // The service's results didn't count: look again with the baseline.
                *rounds = 0;
                if connection.offline {
                    next
                } else {
                    p.confirm
                }
            } else if o.recovering || (o.suspect && !o.down) {
                p.confirm
            } else if o.down {
                *rounds += 1;
                let doublings = rounds.saturating_sub(p.patience).min(16);
                let backoff = p.interval.saturating_mul(1 << doublings).min(p.backoff_max);
                let retry_after = o
                    .retry_after
                    .unwrap_or_default()
                    .min(Duration::from_secs(3600));
                backoff.max(retry_after)
            } else {
                *rounds = 0;
                next
            };
            self.next_due[i] = now + delay;
        }
    }

    fn all_due(&mut self, now: Instant) {
        self.next_due.iter_mut().for_each(|d| *d = now);
        self.baseline_due = now;
    }

    /// `interval` ± `jitter`, from a xorshift sequence.
    fn jittered(&mut self) -> Duration {
        let s = &mut self.seed;
        *s ^= *s << 13;
        *s ^= *s >> 7;
        *s ^= *s << 17;
        let unit = (*s % 2001) as f64 / 1000.0 - 1.0; // -1.0 ..= 1.0
        self.policy
            .interval
            .mul_f64((1.0 + self.policy.jitter * unit).max(0.0))
    }
}

/// A seed for the jitter from the wall clock.
pub fn jitter_seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    nanos | 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Duration = Duration::from_secs(60);

    fn policy() -> Policy {
        let p = Policy {
            jitter: 0.0,
            ..Policy::new(MIN, Duration::from_secs(300))
        };
        assert_eq!(p.confirm, secs(5), "interval / 4, at most 5 s");
        p
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn jitter_stays_within_ten_percent() {
        let t0 = Instant::now();
        let mut s = Schedule::new(Policy::new(MIN, MIN), 0, t0, SystemTime::UNIX_EPOCH, 12345);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1000 {
            let d = s.jittered();
            assert!(d >= secs(54) && d <= secs(66), "{d:?}");
            seen.insert(d.as_millis() / 1000);
        }
        assert!(seen.len() > 5, "jitter should spread: {seen:?}");
    }

    /// One row: what Health said after each round of one service; the delays that follow.
    #[test]
    fn delays_after_each_round() {
        let up = Outlook::default();
        let suspect = Outlook {
            suspect: true,
            ..up
        };
        let down = Outlook { down: true, ..up };
        let recovering = Outlook {
            recovering: true,
            ..down
        };
        let fine = Connection::default();
        let failing = Connection {
            failing: true,
            offline: false,
        };
        let offline = Connection {
            failing: true,
            offline: true,
        };
        let rate_limited = Outlook {
            retry_after: Some(secs(900)),
            ..down
        };
        // (what, the rounds' results, the seconds to each next round)
        type Case<'a> = (&'a str, &'a [(Outlook, Connection)], &'a [u64]);
        let table: &[Case] = &[
            (
                "healthy: every interval",
                &[(up, fine), (up, fine)],
                &[60, 60],
            ),
            (
                "a first failure is confirmed at interval/4, at most 5 s",
                &[(suspect, fine)],
                &[5],
            ),
            (
                "down: four more at the interval, then doubling up to backoff_max",
                &[(down, fine); 8],
                &[60, 60, 60, 60, 120, 240, 300, 300],
            ),
            (
                "a pass while down is confirmed quickly, and the backoff starts over",
                &[
                    (down, fine),
                    (recovering, fine),
                    (down, fine),
                    (up, fine),
                    (down, fine),
                ],
                &[60, 5, 60, 60, 60],
            ),
            (
                "Retry-After beats the backoff",
                &[(rate_limited, fine)],
                &[900],
            ),
            (
                "the baseline failing: look again with it soon, without counting",
                &[(down, fine), (down, failing), (down, fine)],
                &[60, 5, 60],
            ),
            (
                "offline: the plain interval",
                &[(down, offline), (up, offline)],
                &[60, 60],
            ),
        ];
        for (name, rounds, want) in table {
            let t0 = Instant::now();
            let mut s = Schedule::new(policy(), 1, t0, SystemTime::UNIX_EPOCH, 1);
            let mut now = t0;
            let mut got = Vec::new();
            for (o, c) in *rounds {
                s.after_round(now, &[0], &[*o], *c);
                let next = s.due_at(0).unwrap_or(now);
                got.push((next - now).as_secs());
                now = next;
            }
            assert_eq!(&got, want, "{name}");
        }
    }

    /// Health's word drives the delays: a service of two checks whose `front` fails while its
    /// `cdn` works is down, and is checked no faster than a healthy one once the failure is
    /// confirmed (it was re-checked every `interval / 4` for the whole outage, as if
    /// recovering). A down check that passes is confirmed quickly.
    #[test]
    fn a_service_half_down_is_checked_no_faster_than_a_healthy_one() {
        use crate::config::Thresholds;
        use crate::health::Health;
        use crate::model::{CheckKind, CheckResult, Diagnosis, Report, RoundResult, ServiceResult};
        let check = |name: &str, up: bool| {
            let d = if up {
                Diagnosis::Ok
            } else {
                Diagnosis::HttpServerError
            };
            CheckResult {
                name: name.into(),
                report: Report::bare(CheckKind::Handshake, "https://svc.test/", d, d.as_str()),
            }
        };
        // (what, front's results (cdn always works), the seconds to each next round)
        let table: &[(&str, &str, &[u64])] = &[
            (
                "front fails, cdn works: confirmed once, then every interval, then backing off",
                "FFFFFFFF",
                &[5, 60, 60, 60, 60, 120, 240, 300],
            ),
            ("both work: every interval", "UUUU", &[60, 60, 60, 60]),
            (
                "front comes back: its pass is confirmed quickly",
                "FFFUU",
                &[5, 60, 60, 5, 60],
            ),
        ];
        let thresholds = Thresholds {
            failure: 2,
            recovery: 2,
            degraded: 2,
        };
        for (name, fronts, want) in table {
            let t0 = Instant::now();
            let w0 = SystemTime::UNIX_EPOCH + secs(1_000_000);
            let mut s = Schedule::new(policy(), 1, t0, w0, 1);
            let mut h = Health::new(thresholds);
            let mut now = t0;
            let mut got = Vec::new();
            for f in fronts.chars() {
                let at = w0 + (now - t0);
                let svc =
                    ServiceResult::new("Tunes", vec![check("front", f == 'U'), check("cdn", true)]);
                h.observe(&RoundResult::new(at, vec![check("b1", true)], vec![svc]));
                let o = crate::monitor::outlook(h.service("Tunes"));
                s.after_round(now, &[0], &[o], Connection::default());
                let next = s.due_at(0).unwrap_or(now);
                got.push((next - now).as_secs());
                now = next;
            }
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn the_baseline_is_confirmed_when_it_starts_failing() {
        let t0 = Instant::now();
        let w0 = SystemTime::UNIX_EPOCH;
        let mut s = Schedule::new(policy(), 0, t0, w0, 1);
        let failing = Connection {
            failing: true,
            offline: false,
        };
        s.after_round(t0, &[], &[], failing);
        assert_eq!(s.due(t0 + secs(4), w0 + secs(4)), None);
        assert_eq!(s.due(t0 + secs(5), w0 + secs(5)), Some(vec![]));
        // Once offline is confirmed, the baseline goes back to the interval.
        let offline = Connection {
            failing: true,
            offline: true,
        };
        s.after_round(t0 + secs(5), &[], &[], offline);
        assert_eq!(s.due(t0 + secs(30), w0 + secs(30)), None);
        assert_eq!(s.due(t0 + secs(65), w0 + secs(65)), Some(vec![]));
    }

    #[test]
    fn due_check_now_pause_resume_and_clock_jumps() {
        let t0 = Instant::now();
        let w0 = SystemTime::UNIX_EPOCH + secs(1_000_000);
        let mut s = Schedule::new(policy(), 2, t0, w0, 1);
        // Everything is due at start.
        assert_eq!(s.due(t0, w0), Some(vec![0, 1]));
        s.after_round(t0, &[0, 1], &[Outlook::default(); 2], Connection::default());
        // Nothing due until the interval is up, and the watchdog wakes every 5 s meanwhile.
        assert_eq!(s.next_wake(t0), t0 + secs(5));
        assert_eq!(s.due(t0 + secs(5), w0 + secs(5)), None);
        assert_eq!(s.due(t0 + secs(60), w0 + secs(60)), Some(vec![0, 1]));
        s.after_round(
            t0 + secs(60),
            &[0, 1],
            &[Outlook::default(); 2],
            Connection::default(),
        );
        let t = t0 + secs(60);
        let w = w0 + secs(60);

        // Check now.
        s.check_now(t + secs(1));
        assert_eq!(s.due(t + secs(1), w + secs(1)), Some(vec![0, 1]));
        s.after_round(
            t + secs(1),
            &[0, 1],
            &[Outlook::default(); 2],
            Connection::default(),
        );

        // Paused for 10 minutes: nothing runs, check now is ignored, then it resumes itself.
        s.pause(Some(secs(600)), t + secs(2), w + secs(2));
        assert_eq!(s.paused(), Paused::Until(w + secs(602)));
        s.check_now(t + secs(3));
        assert_eq!(s.due(t + secs(100), w + secs(100)), None);
        assert_eq!(s.next_wake(t + secs(100)), t + secs(105));
        assert_eq!(s.due(t + secs(602), w + secs(602)), Some(vec![0, 1]));
        assert_eq!(s.paused(), Paused::No);
        s.after_round(
            t + secs(602),
            &[0, 1],
            &[Outlook::default(); 2],
            Connection::default(),
        );

        // Paused until resumed: nothing, however long; resume makes everything due.
        let t = t + secs(602);
        let w = w + secs(602);
        s.pause(None, t, w);
        assert_eq!(s.due(t + secs(7200), w + secs(7200)), None);
        s.resume(t + secs(7201));
        assert_eq!(s.due(t + secs(7201), w + secs(7201)), Some(vec![0, 1]));
        s.after_round(
            t + secs(7201),
            &[0, 1],
            &[Outlook::default(); 2],
            Connection::default(),
        );

        // The wall clock jumps ahead 8 h while the monotonic clock moved 5 s: a wake from
        // sleep, so everything is due. A 2 s correction is not.
        let t = t + secs(7201);
        let w = w + secs(7201);
        assert_eq!(s.due(t + secs(5), w + secs(5) + secs(2)), None);
        assert_eq!(s.due(t + secs(10), w + secs(8 * 3600)), Some(vec![0, 1]));
        s.after_round(
            t + secs(10),
            &[0, 1],
            &[Outlook::default(); 2],
            Connection::default(),
        );
        // Backwards by more than the threshold also counts.
        let w2 = w + secs(8 * 3600) - secs(30);
        assert_eq!(s.due(t + secs(11), w2), Some(vec![0, 1]));
    }

    #[test]
    fn services_run_on_their_own_clocks() {
        let t0 = Instant::now();
        let w0 = SystemTime::UNIX_EPOCH;
        let mut s = Schedule::new(policy(), 2, t0, w0, 1);
        let down = Outlook {
            down: true,
            retry_after: Some(secs(120)),
            ..Outlook::default()
        };
        s.after_round(
            t0,
            &[0, 1],
            &[Outlook::default(), down],
            Connection::default(),
        );
        // At 60 s only the healthy one is due; the one that asked for 2 minutes waits.
        assert_eq!(s.due(t0 + secs(60), w0 + secs(60)), Some(vec![0]));
        assert_eq!(s.due_at(1), Some(t0 + secs(120)));
    }
}
