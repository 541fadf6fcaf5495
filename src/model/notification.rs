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
