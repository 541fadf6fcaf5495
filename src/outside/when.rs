//! When to ask the world, a pure policy: once per incident, then at most once per `every`
//! while it lasts, so an hour of incidents stays far inside Globalping's anonymous allowance.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

/// The policy's memory: for each service, the incident last asked about (its start) and when.
#[derive(Debug, Clone)]
pub struct Asking {
    /// The least time between two questions about one incident.
    pub every: Duration,
    asked: HashMap<String, (SystemTime, Instant)>,
}

/// Ten minutes, as issue #23 asks.
pub const EVERY: Duration = Duration::from_secs(600);

impl Asking {
    pub fn new(every: Duration) -> Self {
        Asking {
            every,
            asked: HashMap::new(),
        }
    }

    /// Whether to ask about `service`, down since `since`, at `now`; a yes is remembered.
    pub fn due(&mut self, service: &str, since: SystemTime, now: Instant) -> bool {
        let ask = match self.asked.get(service) {
            Some(&(incident, at)) => incident != since || now.duration_since(at) >= self.every,
            None => true,
        };
        if ask {
            self.asked.insert(service.to_owned(), (since, now));
        }
        ask
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn once_per_incident_then_every_ten_minutes() {
        let mut a = Asking::new(EVERY);
        let t0 = Instant::now();
        let since = SystemTime::UNIX_EPOCH + Duration::from_secs(1000);
        let at = |s: u64| t0 + Duration::from_secs(s);
        // (seconds after t0, incident start, asked?)
        let table = [
            (0, since, true),
            (2, since, false),
            (60, since, false),
            (599, since, false),
            (600, since, true),
            (602, since, false),
            // A new incident is asked about at once.
            (610, since + Duration::from_secs(700), true),
            (612, since + Duration::from_secs(700), false),
        ];
        for (s, incident, want) in table {
            assert_eq!(a.due("Tunes", incident, at(s)), want, "at {s} s");
        }
        // Each service on its own.
        assert!(a.due("Radio", since, at(612)));
    }
}
