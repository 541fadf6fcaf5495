//! The streaming check: a ranged GET from the service's CDN, with throughput measured against
//! the bitrate playback needs. Reads only the bytes asked for, however large the file.

use std::time::Duration;

use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::reach;
use super::{Failure, Outcome, ProbeContext, ReportBuilder, StatusSet};
use crate::model::{ByteCount, CheckKind, Diagnosis, Kbps, Report};
use crate::msg;

/// What a stream check asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub url: Url,
    /// `insecure = true`: the certificate is not verified, and every result says so.
    pub insecure: bool,
    pub expect_status: StatusSet,
    /// How many bytes to fetch (`Range: bytes=0-(bytes-1)`).
    pub bytes: ByteCount,
    /// Below this, playback would stutter: degraded.
    pub min_kbps: Kbps,
    pub slow: Duration,
}

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let mut b = ReportBuilder::new(CheckKind::Stream, crate::redact::url(&spec.url));
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
    let target = Target::from_url(&spec.url, spec.insecure)?;
    if target.insecure {
        b.unverified = Some(None);
    }
    let host = target.bare_host().to_owned();
    let opened = reach::open(ctx, b, &target, deadline).await?;
    let range = format!("bytes=0-{}", spec.bytes.0.saturating_sub(1));
    let resp = conn::get(
        ctx,
        b,
        opened.io,
        opened.h2,
        &target,
        &[("range", range)],
        deadline,
    )
    .await?;
    let status = resp.status().as_u16();
    if let Some(f) = conn::judge_status(status, &spec.expect_status, b.retry_after, &host) {
        return Err(f);
    }
    // A server that ignores Range sends the whole file: we still stop at `bytes`. A download
    // still flowing at the deadline is judged on what arrived by then.
    let body = conn::read_body(
        b,
        resp.into_body(),
        spec.bytes.0,
        0,
        &host,
        deadline,
        conn::AtDeadline::JudgeWhatArrived,
    )
    .await?;
    let transfer = b.timeline.phases().transfer.unwrap_or_default();
    let rate = Kbps::from_transfer(body.bytes, transfer);
    b.throughput = Some(rate);
    let (got, needed, speed) = (
        super::bytes(body.bytes),
        super::rate(spec.min_kbps),
        super::rate(rate),
    );
    let asked = super::bytes(spec.bytes);
    if body.bytes.0 > 0 && rate < spec.min_kbps {
        let detail = if body.cut_at_deadline {
            msg!(
                "probe-stream-too-slow-cut",
                host = &host,
                rate = speed,
                needed = needed,
                bytes = got,
                took = transfer,
                asked = asked,
            )
        } else {
            msg!(
                "probe-stream-too-slow",
                host = &host,
                rate = speed,
                needed = needed,
                bytes = got,
                took = transfer,
            )
        };
        return Ok(Outcome::new(Diagnosis::StreamTooSlow, detail));
    }
    let outcome = super::handshake::healthy(ctx, b, &host, spec.slow);
    if outcome.diagnosis != Diagnosis::Ok {
        return Ok(outcome);
    }
    let detail = if body.cut_at_deadline {
        msg!(
            "probe-stream-ok-cut",
            host = &host,
            bytes = got,
            asked = asked,
            rate = speed,
            needed = needed,
        )
    } else {
        msg!(
            "probe-stream-ok",
            host = &host,
            bytes = got,
            rate = speed,
            needed = needed,
        )
    };
    Ok(Outcome::new(Diagnosis::Ok, detail))
}
