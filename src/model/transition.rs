//! A change of state, as Health reports it and the alerting policy and the store read it.

use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::time::rfc3339;
use super::{Blame, Cause, Diagnosis, State};

/// A change of state: of a service, or (with `service: None`) of the user's connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transition {
    /// The service, or `None` for the connection (offline and back).
    pub service: Option<String>,
    /// The check that decided it.
    pub check: Option<String>,
    pub from: State,
    pub to: State,
    #[serde(serialize_with = "ser_time")]
    pub at: SystemTime,
    pub diagnosis: Diagnosis,
    /// The problem now (`none` on a recovery), and the one before it: a change of cause with
    /// no change of state (a DNS filter lifted on a service that is down anyway) is news too.
    pub cause: Cause,
    pub previous_cause: Cause,
    /// Always `cause.blame()`.
    pub blame: Blame,
    pub detail: String,
    /// How long the previous state lasted (the outage, on a recovery).
    #[serde(serialize_with = "ser_duration")]
    pub lasted: Option<Duration>,
    /// The first and worst diagnoses of the problem that ended or began.
    pub first_diagnosis: Option<Diagnosis>,
    pub worst_diagnosis: Option<Diagnosis>,
    /// The deciding check runs with TLS verification off (`insecure = true`).
    pub unverified: bool,
    /// Where a captive portal sends the user (its sign-in page), when one was seen.
    pub location: Option<String>,
    /// Which of the service's groups are hit and which still work, when its checks are
    /// grouped: "The Spotify apps can't connect (…); the web player works."
    pub groups: Option<String>,
}

fn ser_time<S: serde::Serializer>(t: &SystemTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(*t))
}

fn ser_duration<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_some(&d.as_secs()),
        None => s.serialize_none(),
    }
}
