//! The shared model: the words every layer speaks. Probes produce these, the policies (health,
//! schedule, alerting, verdict) judge them, the sinks (store, notifier) record and say them, and
//! the CLI and the desktop app show them. This module imports no other layer of the crate.

mod cause;
pub mod country;
mod diagnosis;
pub mod group;
mod message;
mod notification;
pub mod outside;
mod path;
mod report;
mod retention;
mod round;
pub mod secure;
mod state;
pub mod time;
mod transition;
pub mod units;

pub use cause::Cause;
pub use diagnosis::Diagnosis;
pub use group::Group;
pub use message::{Arg, Message, VERBATIM};
pub use notification::{Kind, Notification, NotifyWhen};
pub use outside::{
    Outside, Place, Provider, Scope, Tally, VendorComponent, VendorIncident, VendorStatus,
};
pub use path::{Here, LocalPath, Route, RouterAnswer, RouterProbe};
pub use report::{
    AccessPoints, ApAttempt, ApSource, CheckKind, DnsFinding, Family, FamilyOutcome, FamilyTry,
    Phase, Phases, ReferenceAnswer, Report, ResolverAnswer, TlsInfo, ViaReference,
};
pub use retention::Retention;
pub use round::{
    CheckJson, CheckResult, PhasesJson, RoundJson, RoundResult, ServiceJson, ServiceResult,
};
pub use secure::{ClockFinding, Interception, NetworkTime, Secure};
pub use state::{Blame, State, Status, Verdict};
pub use transition::Transition;
pub use units::{ByteCount, Kbps};

use std::sync::Arc;

/// What the monitor hands out besides notifications: every round and every transition.
/// The history store and `downbeat watch`'s printer are sinks; so is anything
/// else that wants to follow the monitor (metrics).
pub trait Sink: Send + Sync {
    /// A round of results (only the services that were due), shared: a sink that keeps it
    /// holds a reference, not a copy.
    fn on_round(&self, _round: &Arc<RoundResult>) {}
    /// A transition, and whether a notification for it was delivered.
    fn on_transition(&self, _t: &Transition, _notified: bool) {}
    /// A notification that was attempted (delivered or not).
    fn on_notification(&self, _n: &Notification, _delivered: bool) {}
    /// What probes elsewhere said of `service`'s ongoing failure (the outside view).
    fn on_outside(&self, _service: &str, _outside: &Outside) {}
    /// The monitor was paused: nothing is watched until the next round, so the time until then
    /// is a gap, neither up nor down.
    fn on_pause(&self) {}
}
