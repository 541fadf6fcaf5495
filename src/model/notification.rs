//! A notification, ready to show: what the alerting policy composes and a notifier says.

use serde::Serialize;

use super::Blame;

/// What kind of news a notification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Down,
    Recovered,
    Degraded,
    Offline,
    /// A problem on the user's side other than being offline: a captive portal, a DNS server
    /// that is down, a DNS filter, a slow link.
    You,
    /// Back online, or the user's-side problem is over.
    Online,
    Reminder,
    /// The first launch: what Downbeat watches and where to find it.
    Welcome,
    /// Downbeat itself can't check anything: its config doesn't load.
    Problem,
}

/// Which notifications to show: plain data, from `[settings]` (`notify_down`,
/// `notify_recovered`, `notify_degraded`, `notify_offline`, `remind_every`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotifyWhen {
    /// A service went down.
    pub down: bool,
    /// A service is back.
    pub recovered: bool,
    /// A service is degraded (slow, a certificate expiring, a blocked port), and when that ends.
    pub degraded: bool,
    /// The user's own side: offline, a captive portal, DNS trouble, a slow link, and when it
    /// ends.
    pub offline: bool,
    /// Remind that a service is still down this often (`None`: never).
    pub remind_every: Option<std::time::Duration>,
}

impl Default for NotifyWhen {
    fn default() -> Self {
        NotifyWhen {
            down: true,
            recovered: true,
            degraded: false,
            offline: true,
            remind_every: None,
        }
    }
}

impl NotifyWhen {
    /// Whether news of this kind is shown.
    pub fn allows(&self, kind: Kind) -> bool {
        match kind {
            Kind::Down => self.down,
            Kind::Recovered => self.recovered,
            Kind::Degraded => self.degraded,
            Kind::Offline | Kind::You | Kind::Online => self.offline,
            Kind::Reminder => self.remind_every.is_some(),
            Kind::Welcome | Kind::Problem => true,
        }
    }
}

/// One notification, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notification {
    pub kind: Kind,
    pub title: String,
    pub body: String,
    pub service: Option<String>,
    pub check: Option<String>,
    pub blame: Blame,
}
