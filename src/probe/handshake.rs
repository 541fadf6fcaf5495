//! The handshake check: DNS, TCP, TLS, then one GET to the service's front door, each phase
//! timed, with the certificate's expiry. It checks the status and, optionally, a body substring.

use std::time::Duration;

use tokio::time::Instant;
use url::Url;

use super::conn::{self, Failure, Target};
use super::{human_duration, CheckKind, Diagnosis, ProbeContext, Report, ReportBuilder, StatusSet};

/// How much of a front page is read: enough for a content check, never a whole download.
const BODY_LIMIT: u64 = 256 * 1024;

/// What a handshake check asks for.
#[derive(Debug, Clone)]
pub struct Spec {
    pub url: Url,
    pub expect_status: StatusSet,
    /// A substring the body must contain (within its first 256 KiB).
    pub expect_body: Option<String>,
    /// Slower than this to the first byte is degraded.
    pub slow: Duration,
}

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let mut b = ReportBuilder::new(CheckKind::Handshake, crate::redact::url(&spec.url));
    let (d, detail) = match probe(ctx, spec, &mut b, deadline).await {
        Ok(ok) | Err(ok) => ok,
    };
    b.finish(d, detail)
}

async fn probe(
    ctx: &ProbeContext,
    spec: &Spec,
    b: &mut ReportBuilder,
    deadline: Instant,
) -> Result<Failure, Failure> {
    let target = Target::from_url(&spec.url)?;
    let host = target.bare_host().to_owned();
    let opened = conn::open(ctx, b, &target, deadline).await?;
    let resp = conn::get(ctx, b, opened.io, opened.h2, &target, &[], deadline).await?;
    let status = resp.status().as_u16();
    let keep = spec.expect_body.as_ref().map_or(0, |_| BODY_LIMIT as usize);
    let body = conn::read_body(b, resp.into_body(), BODY_LIMIT, keep, &host, deadline).await?;
    if let Some(f) = conn::judge_status(status, &spec.expect_status, b.retry_after, &host) {
        return Err(f);
    }
    if let Some(needle) = &spec.expect_body {
        let text = String::from_utf8_lossy(&body.head);
        if !text.contains(needle.as_str()) {
            return Err((
                Diagnosis::HttpUnexpectedBody,
                format!("{host} answered, but the page does not contain \"{needle}\"."),
            ));
        }
    }
    Ok(healthy(ctx, b, &host, spec.slow))
}

/// The verdict on a check that worked: fine, slow, or a certificate about to expire.
pub(crate) fn healthy(
    ctx: &ProbeContext,
    b: &ReportBuilder,
    host: &str,
    slow: Duration,
) -> Failure {
    let to_first_byte = b.timeline.phases().to_first_byte();
    if to_first_byte > slow {
        return (
            Diagnosis::Slow,
            format!(
                "{host} works but is slow: {} to the first byte (slow above {}).",
                human_duration(to_first_byte),
                human_duration(slow)
            ),
        );
    }
    if let Some(days) = b.tls.as_ref().and_then(|t| t.cert_days_left) {
        if days < i64::from(ctx.cert_warn_days) {
            return (
                Diagnosis::TlsCertExpiring,
                format!(
                    "{host} works, but its security certificate expires in {days} day{}.",
                    if days == 1 { "" } else { "s" }
                ),
            );
        }
    }
    (
        Diagnosis::Ok,
        format!("{host} answered in {}.", human_duration(to_first_byte)),
    )
}
