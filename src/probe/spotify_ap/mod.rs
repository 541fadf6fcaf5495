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
use protobuf::Message as _;
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
use crate::model::{AccessPoints, ApAttempt, ApSource, Arg, CheckKind, Diagnosis, Message, Report};
use crate::msg;

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
    /// Reads `host:port` (`[v6]:port` for an IPv6 address); why not, as a message.
    pub fn parse(s: &str) -> Result<ApAddr, Message> {
        let (host, port) = s
            .trim()
            .rsplit_once(':')
            .ok_or_else(|| msg!("probe-ap-addr-not-host-port", text = s))?;
        let port: u16 = port
            .parse()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| msg!("probe-ap-addr-bad-port", text = s))?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let valid = !host.is_empty()
            && host.len() <= 253
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'));
        if !valid {
            return Err(msg!("probe-ap-addr-bad-host", text = s));
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
        apresolve_error: apresolve_error.as_ref().map(Message::to_string),
        answered: None,
        tried: Vec::new(),
    };
    let mut decided: Option<(ReportBuilder, Outcome)> = None;
    // The first failure to connect at all, before an access point answered: a port this
    // network blocks, when a later one answers.
    let mut blocked_first: Option<&ApAddr> = None;
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
            detail: outcome.detail.clone(),
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
                        blocked_first = Some(ap);
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
        return b.finish(Outcome::new(Diagnosis::Timeout, msg!("probe-ap-no-time")));
    };
    let answered_ok = matches!(outcome.diagnosis, Diagnosis::Ok | Diagnosis::Slow);
    if let (true, Some(first)) = (answered_ok, blocked_first) {
        let fallback: Arg = match &finding.answered {
            Some(a) => a.into(),
            None => msg!("probe-ap-another").into(),
        };
        outcome = Outcome::new(
            Diagnosis::ApPortBlocked,
            msg!(
                "probe-ap-port-blocked",
                port = first.port,
                blocked = first.to_string(),
                fallback = fallback,
                detail = outcome.detail,
            ),
        );
    }
    let attempts = |tried: &[ApAttempt]| {
        super::semicolons(tried.iter().map(|t| {
            msg!(
                "probe-ap-attempt",
                address = &t.address,
                headline = t.diagnosis.headline(),
            )
        }))
        .unwrap_or_default()
    };
    // An answer after others failed (but not for a blocked port, said above): say what came
    // first, since an impostor on one port is worth knowing.
    if answered_ok && blocked_first.is_none() && finding.tried.len() > 1 {
        outcome.detail = msg!(
            "probe-ap-before-it",
            detail = outcome.detail,
            attempts = attempts(&finding.tried[..finding.tried.len() - 1]),
        );
    }
    if finding.tried.len() > 1 && !answered_ok {
        outcome.detail = msg!(
            "probe-ap-tried-all",
            detail = outcome.detail,
            count = finding.tried.len(),
            attempts = attempts(&finding.tried),
        );
    }
    if let Some(why) = apresolve_error {
        outcome.detail = msg!(
            "probe-ap-apresolve-failed",
            detail = outcome.detail,
            why = why,
        );
    }
    b.started = started;
    b.test_key = spec.key.test;
    b.access_point = Some(finding);
    b.settle().await;
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
) -> (Vec<ApAddr>, ApSource, Option<Message>) {
    let now = Instant::now();
    let until = now + deadline.saturating_duration_since(now) / 3;
    match apresolve(ctx, &spec.url, until).await {
        Ok(list) if !list.is_empty() => (list, ApSource::Apresolve, None),
        Ok(_) => (
            spec.fallback.clone(),
            ApSource::Fallback,
            Some(msg!("probe-ap-apresolve-empty")),
        ),
        Err(why) => (spec.fallback.clone(), ApSource::Fallback, Some(why)),
    }
}

/// apresolve's list, in its order of preference; why not, as a message.
async fn apresolve(
    ctx: &ProbeContext,
    url: &Url,
    deadline: Instant,
) -> Result<Vec<ApAddr>, Message> {
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
        .map_err(|f| f.diagnosis.headline())?;
    let resp = conn::get(ctx, &mut b, opened.io, opened.h2, &target, &[], deadline)
        .await
        .map_err(|f| f.diagnosis.headline())?;
    let status = resp.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(msg!(
            "probe-ap-apresolve-status",
            host = &host,
            status = status
        ));
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
    .map_err(|f| f.diagnosis.headline())?;
    if body.capped {
        return Err(msg!("probe-ap-apresolve-too-large", host = &host));
    }
    let answer: Answer = serde_json::from_slice(&body.head)
        .map_err(|_| msg!("probe-ap-apresolve-not-json", host = &host))?;
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
                msg!(
                    "probe-ap-hello-timeout",
                    address = ap.to_string(),
                    took = b
                        .timeline
                        .hello_start
                        .map_or(Duration::ZERO, |s| s.elapsed()),
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
    let address = ap.to_string();
    // `when`: "sending", "waiting" or "answering" (the catalogue words each).
    let io = |e: std::io::Error, when: &'static str| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => Failure::new(
            Diagnosis::ApHandshakeFailed,
            msg!("probe-ap-closed", address = &address, when = when),
        ),
        std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe => Failure::new(
            Diagnosis::ConnectionReset,
            msg!("probe-ap-reset", address = &address, when = when),
        ),
        _ => Failure::new(
            Diagnosis::ApHandshakeFailed,
            msg!(
                "probe-ap-broke-off",
                address = &address,
                when = when,
                error = e.to_string(),
            ),
        ),
    };
    stream
        .write_all(hello)
        .await
        .map_err(|e| io(e, "sending"))?;
    let mut len = [0u8; 4];
    stream
        .read_exact(&mut len)
        .await
        .map_err(|e| io(e, "waiting"))?;
    let total = u32::from_be_bytes(len) as usize;
    if &len == b"HTTP" {
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            msg!("probe-ap-http", address = &address),
        ));
    }
    if total <= 4 || total > READ_LIMIT {
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            msg!("probe-ap-bad-length", address = &address, bytes = total),
        ));
    }
    let mut body = vec![0u8; total - 4];
    stream
        .read_exact(&mut body)
        .await
        .map_err(|e| io(e, "answering"))?;
    APResponseMessage::parse_from_bytes(&body).map_err(|_| {
        Failure::new(
            Diagnosis::ApHandshakeFailed,
            msg!("probe-ap-unparsable", address = &address),
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
    let address = ap.to_string();
    if let Some(failed) = message.login_failed.as_ref() {
        let code = failed.error_code();
        if code == ErrorCode::TryAnotherAP {
            return Err(Failure::new(
                Diagnosis::ApHandshakeFailed,
                msg!("probe-ap-try-another", address = &address),
            ));
        }
        let why = failed.error_description();
        let code = format!("{code:?}");
        *stop = true;
        return Err(Failure::new(
            Diagnosis::ApHandshakeFailed,
            if why.is_empty() {
                msg!("probe-ap-refused", address = &address, code = code)
            } else {
                // The access point's own words.
                msg!(
                    "probe-ap-refused-why",
                    address = &address,
                    code = code,
                    why = why
                )
            },
        ));
    }
    if message.upgrade.is_some() {
        *stop = true;
        return Err(Failure::new(
            Diagnosis::ApUpgradeRequired,
            msg!(
                "probe-ap-upgrade",
                address = &address,
                build = SPOTIFY_VERSION.to_string(),
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
            msg!("probe-ap-no-challenge", address = &address),
        ));
    };
    // Whose key signs the answer: the catalogue words each.
    let key = if spec.key.test { "test" } else { "spotify" };
    if !spec.key.verifies(dh.gs(), dh.gs_signature()) {
        return Err(Failure::new(
            Diagnosis::ApSignatureInvalid,
            msg!("probe-ap-signature-invalid", address = &address, key = key),
        ));
    }
    let took = b.timeline.phases().to_first_byte();
    let hello = b.timeline.phases().hello.unwrap_or_default();
    if took > spec.slow {
        return Ok(Outcome::new(
            Diagnosis::Slow,
            msg!("probe-ap-slow", address = &address, took = took),
        ));
    }
    Ok(Outcome::new(
        Diagnosis::Ok,
        msg!(
            "probe-ap-ok",
            address = &address,
            key = key,
            hello = hello,
            took = took,
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
