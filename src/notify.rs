//! Notifications: what to say on each transition (pure), and the [`Notifier`] sink that says it.
//! The desktop notifier calls notify-rust directly, so a failure is seen, logged once, and never
//! fatal.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Serialize;

use crate::health::{State, Transition};
use crate::probe::Diagnosis;
use crate::verdict::Blame;

/// What kind of news a notification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Down,
    Recovered,
    Degraded,
    Offline,
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

/// Sends notifications. Implementations must not block; errors are reported, not panicked.
pub trait Notifier: Send + Sync {
    fn notify<'a>(
        &'a self,
        n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;
}

/// What to say about a service: its name and an optional line of advice for outages (from the
/// preset, e.g. "Downloaded music still plays in offline mode.").
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub advice: Option<&'a str>,
    pub notify_degraded: bool,
}

/// "12 min", "1 h 5 min", "40 s".
pub fn human_span(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{} min", (s + 30) / 60)
    } else {
        let m = (s % 3600 + 30) / 60;
        if m == 0 {
            format!("{} h", s / 3600)
        } else {
            format!("{} h {m} min", s / 3600)
        }
    }
}

fn what_fails(check: &str) -> String {
    let mut c = check.chars();
    match c.next() {
        Some(f) => format!("{}{}", f.to_uppercase(), c.as_str()),
        None => "A check".to_owned(),
    }
}

/// The notification for a transition, if it deserves one. A check that runs with TLS
/// verification off (`insecure = true`) says so in every notification it causes.
pub fn compose(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let mut n = news(t, ctx)?;
    if t.unverified {
        n.body.push_str(&format!(
            " (Unverified: certificate checks are off for {}.)",
            t.check.as_deref().unwrap_or("this check")
        ));
    }
    Some(n)
}

fn news(t: &Transition, ctx: Context<'_>) -> Option<Notification> {
    let check = t.check.clone();
    let check_name = check.as_deref().unwrap_or("a check");
    let Some(service) = t.service.clone() else {
        // The connection.
        return match t.to {
            State::Offline => Some(Notification {
                kind: Kind::Offline,
                title: "You're offline".into(),
                body: format!(
                    "None of the baseline sites can be reached ({}). It's you, not the services: check your router, Wi-Fi or VPN.",
                    t.diagnosis.headline()
                ),
                service: None,
                check: None,
                blame: Blame::You,
            }),
            State::Up if t.from == State::Offline => Some(Notification {
                kind: Kind::Online,
                title: "You're back online".into(),
                body: match t.lasted {
                    Some(d) => format!("Your connection was down for {}.", human_span(d)),
                    None => "Your connection is working again.".into(),
                },
                service: None,
                check: None,
                blame: Blame::None,
            }),
            _ => None,
        };
    };
    let them = "It's them: your connection is fine.";
    match (t.from, t.to) {
        (_, State::Down) => {
            let mut body = format!(
                "{} is failing: {}. {them}",
                what_fails(check_name),
                t.diagnosis.headline()
            );
            if let Some(a) = ctx.advice {
                body.push(' ');
                body.push_str(a);
            }
            body.push_str(" Logging in again or restarting your router won't help.");
            Some(Notification {
                kind: Kind::Down,
                title: format!("{service} is down"),
                body,
                service: Some(service),
                check,
                blame: Blame::Them,
            })
        }
        (State::Down, State::Up | State::Degraded) => {
            let how = t
                .worst_diagnosis
                .or(t.first_diagnosis)
                .map(Diagnosis::headline)
                .unwrap_or("failing");
            let still = if t.to == State::Degraded {
                " It is still slower than usual."
            } else {
                ""
            };
            Some(Notification {
                kind: Kind::Recovered,
                title: format!("{service} is back"),
                body: match t.lasted {
                    Some(d) => format!("Down for {} ({check_name}: {how}).{still}", human_span(d)),
                    None => format!("{check_name} works again.{still}"),
                },
                service: Some(service),
                check,
                blame: Blame::None,
            })
        }
        (_, State::Degraded) if ctx.notify_degraded => Some(Notification {
            kind: Kind::Degraded,
            title: format!("{service} is degraded"),
            body: format!(
                "{}: {}. {them}",
                what_fails(check_name),
                t.diagnosis.headline()
            ),
            service: Some(service),
            check,
            blame: Blame::Them,
        }),
        (State::Degraded, State::Up) if ctx.notify_degraded => Some(Notification {
            kind: Kind::Recovered,
            title: format!("{service} is back to normal"),
            body: match t.lasted {
                Some(d) => format!("Degraded for {}.", human_span(d)),
                None => "Working normally again.".into(),
            },
            service: Some(service),
            check,
            blame: Blame::None,
        }),
        _ => None,
    }
}

/// A reminder that a service is still down.
pub fn reminder(
    service: &str,
    check: &str,
    diagnosis: Diagnosis,
    down_for: Duration,
) -> Notification {
    Notification {
        kind: Kind::Reminder,
        title: format!("{service} is still down"),
        body: format!(
            "Down for {} ({check}: {}). It's them: your connection is fine.",
            human_span(down_for),
            diagnosis.headline()
        ),
        service: Some(service.to_owned()),
        check: Some(check.to_owned()),
        blame: Blame::Them,
    }
}

/// Native desktop notifications through notify-rust (D-Bus on Linux and the BSDs).
#[derive(Debug, Default)]
pub struct DesktopNotifier {
    warned: AtomicBool,
}

impl DesktopNotifier {
    pub fn new() -> Self {
        DesktopNotifier::default()
    }

    /// Logs the first failure to stderr; later ones are silent (returned, not logged).
    fn failed(&self, e: String) -> Result<(), String> {
        if !self.warned.swap(true, Ordering::SeqCst) {
            eprintln!(
                "downbeat: desktop notifications are unavailable ({e}); carrying on without them"
            );
        }
        Err(e)
    }
}

impl Notifier for DesktopNotifier {
    fn notify<'a>(
        &'a self,
        n: &'a Notification,
    ) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>> {
        Box::pin(async move {
            let mut note = notify_rust::Notification::new();
            note.appname("Downbeat").summary(&n.title).body(&n.body);
            #[cfg(all(unix, not(target_os = "macos")))]
            {
                let urgency = match n.kind {
                    Kind::Down | Kind::Offline => notify_rust::Urgency::Critical,
                    _ => notify_rust::Urgency::Normal,
                };
                note.urgency(urgency).icon("network-error");
                let shown = tokio::time::timeout(Duration::from_secs(5), note.show_async()).await;
                match shown {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err(e)) => self.failed(e.to_string()),
                    Err(_) => self.failed("the notification service did not answer".into()),
                }
            }
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            {
                match tokio::task::spawn_blocking(move || note.show().map(|_| ())).await {
                    Ok(Ok(())) => Ok(()),
                    Ok(Err(e)) => self.failed(e.to_string()),
                    Err(e) => self.failed(e.to_string()),
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    fn tr(service: Option<&str>, from: State, to: State, d: Diagnosis) -> Transition {
        Transition {
            service: service.map(str::to_owned),
            check: service.map(|_| "CDN throughput".to_owned()),
            from,
            to,
            at: SystemTime::UNIX_EPOCH,
            diagnosis: d,
            blame: if to == State::Down {
                Blame::Them
            } else {
                Blame::None
            },
            detail: String::new(),
            lasted: Some(Duration::from_secs(12 * 60)),
            first_diagnosis: Some(d),
            worst_diagnosis: Some(Diagnosis::TlsCertExpired),
            unverified: false,
        }
    }

    #[test]
    fn an_unverified_check_says_so_in_its_notifications() {
        let mut t = tr(
            Some("Tunes"),
            State::Up,
            State::Down,
            Diagnosis::HttpServerError,
        );
        t.unverified = true;
        let down = compose(&t, SPOTIFY).expect("a down notification");
        assert!(
            down.body
                .ends_with("(Unverified: certificate checks are off for CDN throughput.)"),
            "{}",
            down.body
        );
        t.unverified = false;
        let plain = compose(&t, SPOTIFY).expect("a down notification");
        assert!(!plain.body.contains("Unverified"), "{}", plain.body);
    }

    const SPOTIFY: Context<'static> = Context {
        advice: Some("Downloaded music still plays in offline mode."),
        notify_degraded: false,
    };

    #[test]
    fn down_names_service_check_blame_and_what_helps() {
        let n = compose(
            &tr(Some("Spotify"), State::Up, State::Down, Diagnosis::Timeout),
            SPOTIFY,
        )
        .unwrap();
        assert_eq!(n.title, "Spotify is down");
        assert_eq!(
            n.body,
            "CDN throughput is failing: stopped responding. It's them: your connection is fine. \
             Downloaded music still plays in offline mode. Logging in again or restarting your router won't help."
        );
    }

    #[test]
    fn recovery_says_how_long_and_why() {
        let n = compose(
            &tr(Some("Spotify"), State::Down, State::Up, Diagnosis::Ok),
            SPOTIFY,
        )
        .unwrap();
        assert_eq!(n.title, "Spotify is back");
        assert_eq!(
            n.body,
            "Down for 12 min (CDN throughput: TLS certificate expired)."
        );
    }

    #[test]
    fn offline_and_online_point_at_the_user() {
        let n = compose(
            &tr(None, State::Up, State::Offline, Diagnosis::DnsFailure),
            SPOTIFY,
        )
        .unwrap();
        assert_eq!(n.title, "You're offline");
        assert!(n.body.contains("router, Wi-Fi or VPN"), "{}", n.body);
        let n = compose(&tr(None, State::Offline, State::Up, Diagnosis::Ok), SPOTIFY).unwrap();
        assert_eq!(
            (n.title.as_str(), n.body.as_str()),
            ("You're back online", "Your connection was down for 12 min.")
        );
    }

    #[test]
    fn degraded_only_when_asked() {
        let t = tr(
            Some("Spotify"),
            State::Up,
            State::Degraded,
            Diagnosis::StreamTooSlow,
        );
        assert_eq!(compose(&t, SPOTIFY), None);
        let n = compose(
            &t,
            Context {
                notify_degraded: true,
                ..SPOTIFY
            },
        )
        .unwrap();
        assert_eq!(n.title, "Spotify is degraded");
    }

    #[test]
    fn spans() {
        assert_eq!(human_span(Duration::from_secs(40)), "40 s");
        assert_eq!(human_span(Duration::from_secs(12 * 60 + 10)), "12 min");
        assert_eq!(human_span(Duration::from_secs(3600 + 5 * 60)), "1 h 5 min");
    }
}
