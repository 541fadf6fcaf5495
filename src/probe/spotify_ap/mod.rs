//! The access-point check: what the Spotify apps do first. It asks apresolve which access
//! points to use (or takes its fallback list), then, at each in turn, sends one `ClientHello` of
//! Spotify's own protocol and reads the `APResponseMessage`. A challenge whose Diffie-Hellman
//! value `gs` is signed with Spotify's server key (RSA PKCS#1 v1.5 over SHA-1) proves that a
//! real access point answered, not a proxy or a portal. The check stops there: it never
//! completes the key exchange, never sends credentials, and closes the connection.
//!
//! The wire format and the retry policy are public facts from the open-source client library
//! librespot (`core/src/connection/handshake.rs`, `core/src/session.rs`); the messages are the
//! `keyexchange.proto` definitions of the `librespot-protocol` crate.

use std::fmt;
use std::time::Duration;

use librespot_protocol::keyexchange::{APResponseMessage, ErrorCode};
use protobuf::Message;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{timeout_at, Instant};
use url::Url;

mod wire;

use wire::client_hello;
pub use wire::ServerKey;

use super::conn::{self, Target};
use super::reach;
use super::{Failure, Outcome, ProbeContext, ReportBuilder};
use crate::model::time::ms;
use crate::view::i18n::duration as human_duration;
use crate::model::{AccessPoints, ApAttempt, ApSource, CheckKind, Diagnosis, Report};

/// The most an answer may announce, and the most of apresolve's JSON that is read.
pub const READ_LIMIT: usize = 64 * 1024;
/// Access points tried per check, as the clients do (librespot's `MAX_AP_TRIES`).
pub const MAX_TRIES: usize = 6;
/// The most one access point gets for connect plus hello (librespot's connection timeout).
const PER_AP: Duration = Duration::from_secs(5);
/// The least one access point gets while time remains, so that a silent first one leaves room
/// for the next.
const MIN_PER_AP: Duration = Duration::from_millis(1500);
/// The client build the hello announces: librespot's `SPOTIFY_VERSION` (`core/src/version.rs`,
/// October 2025). An access point that finds it too old answers with an upgrade demand, which
/// the check reports as `ap_upgrade_required`.
pub const SPOTIFY_VERSION: u64 = 124_200_290;
/// The default apresolve URL.
pub const APRESOLVE: &str = "https://apresolve.spotify.com/?type=accesspoint";
/// The access points clients use when apresolve can't be had.
pub const FALLBACK: [&str; 2] = ["ap.spotify.com:443", "ap.spotify.com:80"];

/// What an access-point check asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The apresolve URL; its JSON lists `"accesspoint": ["host:port", …]`.
    pub url: Url,
    /// Access points to use when apresolve can't be had.
    pub fallback: Vec<ApAddr>,
    /// The key the answer must be signed with: Spotify's unless a test key replaces it, which
    /// marks every result unverified.
    pub key: ServerKey,
    pub slow: Duration,
}

/// An access point: a host and a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApAddr {
    pub host: String,
    pub port: u16,
}

impl ApAddr {
    /// Reads `host:port` (`[v6]:port` for an IPv6 address).
    pub fn parse(s: &str) -> Result<ApAddr, String> {
        let (host, port) = s
            .trim()
            .rsplit_once(':')
            .ok_or_else(|| format!("\"{s}\" is not host:port"))?;
        let port: u16 = port
            .parse()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| format!("\"{s}\" has no valid port"))?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let valid = !host.is_empty()
            && host.len() <= 253
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'));
        if !valid {
            return Err(format!("\"{s}\" has no valid host"));
        }
        Ok(ApAddr {
            host: host.to_ascii_lowercase(),
            port,
        })
    }
}

impl fmt::Display for ApAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let started = Instant::now();
    let target = crate::redact::url(&spec.url);
    let (aps, source, apresolve_error) = access_points(ctx, spec, deadline).await;
    let mut finding = AccessPoints {
        source,
        apresolve_error,
        answered: None,
        tried: Vec::new(),
    };
    let mut decided: Option<(ReportBuilder, Outcome)> = None;
    // The first failure to connect at all, before an access point answered: a port this
    // network blocks, when a later one answers.
    let mut blocked_first: Option<String> = None;
    // A name that did not resolve is not asked again for its other ports.
    let mut unresolved: Vec<&str> = Vec::new();
    for (i, ap) in aps.iter().take(MAX_TRIES).enumerate() {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        if unresolved.contains(&ap.host.as_str()) {
            continue;
        }
        let left = aps.len().min(MAX_TRIES) - i;
        let share = deadline.saturating_duration_since(now) / left as u32;
        let until = (now + share.max(MIN_PER_AP).min(PER_AP)).min(deadline);
        let mut b = ReportBuilder::new(CheckKind::SpotifyAp, target.clone());
        let mut stop = false;
        let result = attempt(ctx, spec, ap, &mut b, &mut stop, until).await;
        let outcome = result.clone().unwrap_or_else(Outcome::from);
        if b.timeline.dns_done.is_none() {
            unresolved.push(&ap.host);
        }
        finding.tried.push(ApAttempt {
            address: ap.to_string(),
            diagnosis: outcome.diagnosis,
            detail: outcome.detail.clone().into(),
            took_ms: ms(b.timeline.start.elapsed()),
        });
        let next = match &result {
            Ok(_) => false,
            // Upgrade demands and refusals other than "try another" are the same at every
            // access point (librespot stops at them too).
            Err(_) if stop => false,
            Err(f) => match f.diagnosis {
                Diagnosis::TcpRefused
                | Diagnosis::TcpTimeout
                | Diagnosis::NetworkUnreachable
                | Diagnosis::Timeout
                    if b.timeline.hello_start.is_none() =>
                {
                    if blocked_first.is_none() {
                        blocked_first = Some(format!("{ap}"));
                    }
                    true
                }
                _ => true,
            },
        };
        // The access point that decides: the one that answered, else the one that got furthest
        // (an answer over a silence, a silence over a refusal), else the first.
        let further = decided
            .as_ref()
            .is_none_or(|(d, _)| reach(&b) > reach(d) || result.is_ok());
        if further {
            finding.answered = Some(ap.to_string());
            decided = Some((b, outcome));
        }
        if !next {
            break;
        }
    }
    let Some((mut b, mut outcome)) = decided else {
        let mut b = ReportBuilder::new(CheckKind::SpotifyAp, target);
        b.access_point = Some(finding);
        return b.finish(Outcome::new(
            Diagnosis::Timeout,
            "No access point could be tried before the check's time ran out.",
        ));
    };
    let answered_ok = matches!(outcome.diagnosis, Diagnosis::Ok | Diagnosis::Slow);
    if let (true, Some(first)) = (answered_ok, &blocked_first) {
        let port = first.rsplit(':').next().unwrap_or("");
        let to = finding
            .answered
            .as_deref()
            .unwrap_or("another access point");
        outcome = Outcome::new(
            Diagnosis::ApPortBlocked,
            format!(
                "Your network blocks port {port} ({first}); the apps fall back to {to}, a little slower. {}",
                outcome.detail
            ),
        );
    }
    // An answer after others failed (but not for a blocked port, said above): say what came
    // first, since an impostor on one port is worth knowing.
    if answered_ok && blocked_first.is_none() && finding.tried.len() > 1 {
        let before: Vec<String> = finding.tried[..finding.tried.len() - 1]
            .iter()
            .map(|t| format!("{}: {}", t.address, t.diagnosis.headline()))
            .collect();
        outcome.detail = format!("{} (Before it: {}.)", outcome.detail, before.join("; "));
    }
    if finding.tried.len() > 1 && !answered_ok {
        let all: Vec<String> = finding
            .tried
            .iter()
            .map(|t| format!("{}: {}", t.address, t.diagnosis.headline()))
            .collect();
        outcome.detail = format!(
            "{} (Tried {} access points: {}.)",
            outcome.detail,
            all.len(),
            all.join("; ")
        );
    }
    if let Some(why) = &finding.apresolve_error {
        outcome.detail = format!(
            "{} apresolve could not be used ({why}), so the fallback list was tried.",
            outcome.detail
        );
    }
    b.started = started;
    b.test_key = spec.key.test;
    b.access_point = Some(finding);
    b.finish(outcome)
}

/// How far an attempt got: 0 nothing, 1 connected, 2 hello sent, 3 answered.
fn reach(b: &ReportBuilder) -> u8 {
    let t = &b.timeline;
    u8::from(t.connected.is_some())
        + u8::from(t.hello_start.is_some())
        + u8::from(t.hello_done.is_some())
}

/// The access points to try: apresolve's list, else the fallback, and why apresolve's list
/// could not be used. apresolve gets at most a third of the check's time.
async fn access_points(
    ctx: &ProbeContext,
    spec: &Spec,
    deadline: Instant,
) -> (Vec<ApAddr>, ApSource, Option<String>) {
    let now = Instant::now();
    let until = now + deadline.saturating_duration_since(now) / 3;
    match apresolve(ctx, &spec.url, until).await {
        Ok(list) if !list.is_empty() => (list, ApSource::Apresolve, None),
        Ok(_) => (
            spec.fallback.clone(),
            ApSource::Fallback,
            Some("it listed no access point".into()),
        ),
        Err(why) => (spec.fallback.clone(), ApSource::Fallback, Some(why)),
    }
}

/// apresolve's list, in its order of preference.
async fn apresolve(
    ctx: &ProbeContext,
    url: &Url,
    deadline: Instant,
) -> Result<Vec<ApAddr>, String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        accesspoint: Vec<String>,
    }
    let target = Target::from_url(url, false).map_err(|f| f.detail)?;
    let host = target.bare_host().to_owned();
    // Timed on its own throwaway report: the check's phases are the access point's.
    let mut b = ReportBuilder::new(CheckKind::Handshake, String::new());
    let opened = reach::open(ctx, &mut b, &target, deadline)
        .await
        .map_err(|f| f.diagnosis.headline().to_string())?;
    let resp = conn::get(ctx, &mut b, opened.io, opened.h2, &target, &[], deadline)
        .await
        .map_err(|f| f.diagnosis.headline().to_string())?;
    let status = resp.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(format!("{host} answered HTTP {status}"));
    }
    let body = conn::read_body(
        &mut b,
        resp.into_body(),
        READ_LIMIT as u64,
        READ_LIMIT,
        &host,
        deadline,
        conn::AtDeadline::Timeout,
    )
    .await
    .map_err(|f| f.diagnosis.headline().to_string())?;
    if body.capped {
        return Err(format!("{host}'s answer is larger than 64 KiB"));
    }
    let answer: Answer = serde_json::from_slice(&body.head)
        .map_err(|_| format!("{host}'s answer is not the JSON it should be"))?;
    Ok(answer
        .accesspoint
        .iter()
        .filter_map(|a| ApAddr::parse(a).ok())
        .collect())
}

/// One access point: DNS, connect, hello. Sets `stop` when the answer would be the same at
/// every access point (an upgrade demand, a refusal other than "try another").
async fn attempt(
    ctx: &ProbeContext,
    spec: &Spec,
    ap: &ApAddr,
    b: &mut ReportBuilder,
    stop: &mut bool,
    deadline: Instant,
) -> Result<Outcome, Failure> {
    let addrs = reach::resolve(ctx, b, &ap.host, deadline).await?;
    let mut stream = conn::connect(b, &addrs, ap.port, &ap.host, deadline).await?;
    let hello = client_hello()?;
    b.timeline.hello_start = Some(Instant::now());
    let answer = timeout_at(deadline, exchange(&mut stream, &hello, ap)).await;
    // Whatever came back, the connection closes here: no key exchange, no credentials.
    drop(stream);
    let message = match answer {
        Ok(r) => r?,
        Err(_) => {
            return Err(Failure::new(
                Diagnosis::Timeout,
                format!(
                    "{ap} accepted the connection but did not answer the hello within {}.",
                    human_duration(
                        b.timeline
                            .hello_start
                            .map_or(Duration::ZERO, |s| s.elapsed())
                    )
                ),
            ))
        }
    };
    b.timeline.hello_done = Some(Instant::now());
    judge(spec, ap, b, stop, &message)
}

/// Sends the hello and reads one answer, bounded by [`READ_LIMIT`].
async fn exchange(
    stream: &mut TcpStream,
    hello: &[u8],
    ap: &ApAddr,
) -> Result<APResponseMessage, Failure> {
    let io = |e: std::io::Error, when: &str| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!("{ap} closed the connection {when}."),
        ),
        std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe => Failure::new(
            Diagnosis::ConnectionReset,
            format!("{ap} reset the connection {when}."),
        ),
        _ => Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!("{ap} broke off the connection {when} ({e})."),
        ),
    };
    stream
        .write_all(hello)
        .await
        .map_err(|e| io(e, "as the hello was sent"))?;
    let mut len = [0u8; 4];
    stream
        .read_exact(&mut len)
        .await
        .map_err(|e| io(e, "before answering the hello"))?;
    let total = u32::from_be_bytes(len) as usize;
    if &len == b"HTTP" {
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!(
                "{ap} answered the hello with HTTP, not as an access point: a web server, a proxy or a portal is in its place."
            ),
        ));
    }
    if total <= 4 || total > READ_LIMIT {
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!(
                "{ap} answered the hello with something that is not an access point's answer (it announced {total} bytes; an answer is 5 bytes to 64 KiB)."
            ),
        ));
    }
    let mut body = vec![0u8; total - 4];
    stream
        .read_exact(&mut body)
        .await
        .map_err(|e| io(e, "in the middle of its answer"))?;
    APResponseMessage::parse_from_bytes(&body).map_err(|_| {
        Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!("{ap} answered the hello with something that is not an access point's answer (it does not parse)."),
        )
    })
}

/// What the answer says.
fn judge(
    spec: &Spec,
    ap: &ApAddr,
    b: &ReportBuilder,
    stop: &mut bool,
    message: &APResponseMessage,
) -> Result<Outcome, Failure> {
    if let Some(failed) = message.login_failed.as_ref() {
        let code = failed.error_code();
        if code == ErrorCode::TryAnotherAP {
            return Err(Failure::new(
                Diagnosis::ApHandshakeFailed,
                format!("{ap} asked the client to try another access point."),
            ));
        }
        let why = failed.error_description();
        *stop = true;
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!(
                "{ap} refused the hello ({code:?}{}{why}).",
                if why.is_empty() { "" } else { ": " }
            ),
        ));
    }
    if message.upgrade.is_some() {
        *stop = true;
        return Err(Failure::new(
            Diagnosis::ApUpgradeRequired,
            format!(
                "{ap} answered that the client is too old: Downbeat's hello (client build {SPOTIFY_VERSION}) is out of date. Spotify itself answered, so this is not an outage; update Downbeat."
            ),
        ));
    }
    let dh = message
        .challenge
        .as_ref()
        .and_then(|c| c.login_crypto_challenge.as_ref())
        .and_then(|l| l.diffie_hellman.as_ref());
    let Some(dh) = dh else {
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            format!("{ap} answered the hello with no challenge, no upgrade and no refusal."),
        ));
    };
    if !spec.key.verifies(dh.gs(), dh.gs_signature()) {
        let whose = if spec.key.test {
            "the configured server_key"
        } else {
            "Spotify's key"
        };
        return Err(Failure::new(
            Diagnosis::ApSignatureInvalid,
            format!(
                "{ap} answered the hello, but its key exchange is not signed with {whose}: something other than a Spotify access point answered (a proxy or a filter on this network, or an impostor)."
            ),
        ));
    }
    let took = b.timeline.phases().to_first_byte();
    let hello = b.timeline.phases().hello.unwrap_or_default();
    if took > spec.slow {
        return Ok(Outcome::new(
            Diagnosis::Slow,
            format!(
                "{ap} answered the hello with a signed challenge, but slowly ({} in all).",
                human_duration(took)
            ),
        ));
    }
    Ok(Outcome::new(
        Diagnosis::Ok,
        format!(
            "{ap} answered the hello with a challenge signed by {} in {} ({} in all).",
            if spec.key.test {
                "the configured test key"
            } else {
                "Spotify's key"
            },
            human_duration(hello),
            human_duration(took)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_point_addresses_parse() {
        let a = ApAddr::parse("ap-gew4.spotify.com:4070").unwrap();
        assert_eq!((a.host.as_str(), a.port), ("ap-gew4.spotify.com", 4070));
        assert_eq!(a.to_string(), "ap-gew4.spotify.com:4070");
        let v6 = ApAddr::parse("[::1]:443").unwrap();
        assert_eq!(v6.to_string(), "[::1]:443");
        for bad in [
            "ap.spotify.com",
            "ap.spotify.com:0",
            ":443",
            "a b:1",
            "x:99999",
        ] {
            assert!(ApAddr::parse(bad).is_err(), "{bad}");
        }
    }
}
