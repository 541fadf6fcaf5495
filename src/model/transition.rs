//! A change of state, as Health reports it and the alerting policy and the store read it.

use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::time::rfc3339;
use super::{Blame, Cause, Diagnosis, Here, Message, State};

/// A change of state: of a service, or (with `service: None`) of the user's connection.
/// Built with [`Transition::new`] and struct update syntax for what else is known. Serialized
/// (for `watch --json`) with its `blame`, which is derived from the cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The service, or `None` for the connection (offline and back).
    pub service: Option<String>,
    /// The check that decided it.
    pub check: Option<String>,
    pub from: State,
    pub to: State,
    /// When it was confirmed (the round that crossed the threshold).
    pub at: SystemTime,
    /// When the new state began: the first result of the streak it was confirmed from (an
    /// outage begins at its first failure, not at its confirmation). `at` when not known.
    pub since: SystemTime,
    pub diagnosis: Diagnosis,
    /// The problem now (`none` on a recovery), and the one before it: a change of cause with
    /// no change of state (a DNS filter lifted on a service that is down anyway) is news too.
    pub cause: Cause,
    pub previous_cause: Cause,
    pub detail: Message,
    /// How long the previous state lasted (the outage, on a recovery).
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
    /// What the round's secure connections showed, for a change to a wrong clock or to
    /// interception: the times, the issuer.
    pub secure: Option<super::Secure>,
    /// What a cause on this computer's path names: the router's address, the VPN's interface.
    pub here: Here,
}

impl Transition {
    /// A change of `service` (or of the connection, with `None`) from one state to another at
    /// `at`, for `cause` (and from `previous_cause`). Everything else starts empty: no check,
    /// `ok`, no detail, no duration, no first or worst diagnosis.
    pub fn new(
        service: Option<String>,
        (from, to): (State, State),
        at: SystemTime,
        (cause, previous_cause): (Cause, Cause),
    ) -> Transition {
        Transition {
            service,
            check: None,
            from,
            to,
            at,
            since: at,
            diagnosis: Diagnosis::Ok,
            cause,
            previous_cause,
            detail: Message::empty(),
            lasted: None,
            first_diagnosis: None,
            worst_diagnosis: None,
            unverified: false,
            location: None,
            groups: None,
            secure: None,
            here: Here::NONE,
        }
    }

    /// Whose side the change is on: always the cause's.
    pub fn blame(&self) -> Blame {
        self.cause.blame()
    }
}

/// The wire form: the fields in order, the time as RFC 3339, the duration in seconds, and the
/// blame the cause implies.
#[derive(Serialize)]
struct Wire<'a> {
    service: &'a Option<String>,
    check: &'a Option<String>,
    from: State,
    to: State,
    at: String,
    diagnosis: Diagnosis,
    cause: Cause,
    previous_cause: Cause,
    blame: Blame,
    detail: &'a Message,
    lasted: Option<u64>,
    first_diagnosis: Option<Diagnosis>,
    worst_diagnosis: Option<Diagnosis>,
    unverified: bool,
    location: &'a Option<String>,
    groups: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secure: &'a Option<super::Secure>,
}

impl Serialize for Transition {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Wire {
            service: &self.service,
            check: &self.check,
            from: self.from,
            to: self.to,
            at: rfc3339(self.at),
            diagnosis: self.diagnosis,
            cause: self.cause,
            previous_cause: self.previous_cause,
            blame: self.blame(),
            detail: &self.detail,
            lasted: self.lasted.map(|d| d.as_secs()),
            first_diagnosis: self.first_diagnosis,
            worst_diagnosis: self.worst_diagnosis,
            unverified: self.unverified,
            location: &self.location,
            groups: &self.groups,
            secure: &self.secure,
        }
        .serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wire form keeps every field, `blame` among them, as `watch --json` printed it
    /// when blame was a stored field.
    #[test]
    fn serializes_with_its_derived_blame() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let t = Transition {
            check: Some("front".into()),
            diagnosis: Diagnosis::HttpServerError,
            lasted: Some(Duration::from_millis(61_500)),
            ..Transition::new(
                Some("Tunes".into()),
                (State::Up, State::Down),
                at,
                (Cause::Service, Cause::None),
            )
        };
        let v = serde_json::to_value(&t).expect("serializes");
        let keys: Vec<&str> = v
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 16, "{keys:?}");
        assert_eq!(v["blame"], "them");
        assert_eq!(v["cause"], "service");
        assert_eq!(v["at"], "2023-11-14T22:13:20.000Z");
        assert_eq!(v["lasted"], 61);
        assert_eq!(v["from"], "up");
        assert_eq!(v["to"], "down");
        assert_eq!(t.blame(), Blame::Them);
    }
}
