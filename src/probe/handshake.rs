//! The handshake check: DNS, TCP, TLS, then one GET to the service's front door, each phase
//! timed, with the certificate's expiry. It checks the status and, optionally, a body substring.

use std::time::Duration;

use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::reach;
use super::{Failure, Outcome, ProbeContext, ReportBuilder, StatusSet};
use crate::model::{CheckKind, Diagnosis, Report};
use crate::msg;

/// How much of a front page is read: enough for a content check, never a whole download.
const BODY_LIMIT: u64 = 256 * 1024;

/// What a handshake check asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub url: Url,
    /// `insecure = true`: the certificate is not verified, and every result says so.
    pub insecure: bool,
    pub expect_status: StatusSet,
    /// A substring the body must contain (within its first 256 KiB).
    pub expect_body: Option<String>,
    /// Slower than this to the first byte is degraded.
    pub slow: Duration,
    /// Redirects to follow (0 to [`MAX_REDIRECTS`]). With 0, a redirect is the answer, judged
    /// by `expect_status` (which accepts 3xx by default).
    pub max_redirects: u8,
}

/// The most redirects a check may follow.
pub const MAX_REDIRECTS: u8 = 5;

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let mut b = ReportBuilder::new(CheckKind::Handshake, crate::redact::url(&spec.url));
    let outcome = probe(ctx, spec, &mut b, deadline)
        .await
        .unwrap_or_else(Outcome::from);
    b.settle().await;
    b.finish(outcome)
}

async fn probe(
    ctx: &ProbeContext,
    spec: &Spec,
    b: &mut ReportBuilder,
    deadline: Instant,
) -> Result<Outcome, Failure> {
    let mut url = spec.url.clone();
    let mut hops: u8 = 0;
    let max = spec.max_redirects.min(MAX_REDIRECTS);
    loop {
        let target = Target::from_url(&url, spec.insecure)?;
        if target.insecure {
            b.unverified.get_or_insert(None);
        }
        let host = target.bare_host().to_owned();
        let opened = reach::open(ctx, b, &target, deadline).await?;
        let resp = conn::get(ctx, b, opened.io, opened.h2, &target, &[], deadline).await?;
        let status = resp.status().as_u16();
        if max > 0 && (300..400).contains(&status) {
            if let Some(next) = redirect_target(&url, resp.headers())? {
                if hops == max {
                    return Err(Failure::new(
                        Diagnosis::HttpRedirectLoop,
                        msg!(
                            "probe-redirect-loop",
                            host = spec.url.host_str().unwrap_or_default(),
                            count = max,
                            url = crate::redact::url(&next),
                        ),
                    ));
                }
                hops += 1;
                url = next;
                // The phases are those of the request that answers; the total covers all.
                b.timeline = super::Timeline::start();
                continue;
            }
        }
        let keep = spec.expect_body.as_ref().map_or(0, |_| BODY_LIMIT as usize);
        let body = conn::read_body(
            b,
            resp.into_body(),
            BODY_LIMIT,
            keep,
            &host,
            deadline,
            conn::AtDeadline::Timeout,
        )
        .await?;
        if let Some(f) = conn::judge_status(status, &spec.expect_status, b.retry_after, &host) {
            return Err(f);
        }
        if let Some(needle) = &spec.expect_body {
            let text = String::from_utf8_lossy(&body.head);
            if !text.contains(needle.as_str()) {
                return Err(Failure::new(
                    Diagnosis::HttpUnexpectedBody,
                    msg!("probe-http-body-missing", host = &host, text = needle),
                ));
            }
        }
        let mut outcome = healthy(ctx, b, &host, spec.slow);
        if hops > 0 {
            outcome.detail = msg!(
                "probe-after-redirects",
                detail = outcome.detail,
                count = hops,
                url = crate::redact::url(&spec.url),
            );
        }
        return Ok(outcome);
    }
}

/// Where a redirect points, resolved against the URL that answered; `None` when there is no
/// usable Location. A redirect from https down to plain http is refused.
fn redirect_target(from: &Url, headers: &hyper::HeaderMap) -> Result<Option<Url>, Failure> {
    let Some(next) = headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .and_then(|l| from.join(l.trim()).ok())
    else {
        return Ok(None);
    };
    match next.scheme() {
        "https" => Ok(Some(next)),
        "http" if from.scheme() == "http" => Ok(Some(next)),
        _ => Err(Failure::new(
            Diagnosis::HttpUnexpectedStatus,
            msg!(
                "probe-redirect-insecure",
                host = from.host_str().unwrap_or_default(),
                url = crate::redact::url(&next),
            ),
        )),
    }
}

/// The verdict on a check that worked: fine, slow, or a certificate about to expire.
pub(crate) fn healthy(
    ctx: &ProbeContext,
    b: &ReportBuilder,
    host: &str,
    slow: Duration,
) -> Outcome {
    let to_first_byte = b.timeline.phases().to_first_byte();
    if to_first_byte > slow {
        return Outcome::new(
            Diagnosis::Slow,
            msg!(
                "probe-slow",
                host = host,
                took = to_first_byte,
                limit = slow,
            ),
        );
    }
    if let Some(days) = b.tls.as_ref().and_then(|t| t.cert_days_left) {
        if days < i64::from(ctx.cert_warn_days) {
            return Outcome::new(
                Diagnosis::TlsCertExpiring,
                msg!("probe-tls-expiring", host = host, days = days),
            );
        }
    }
    Outcome::new(
        Diagnosis::Ok,
        msg!("probe-ok", host = host, took = to_first_byte),
    )
}
