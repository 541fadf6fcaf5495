//! The TCP check: DNS and connect only, e.g. Spotify's access points.

use std::time::Duration;

use tokio::time::Instant;

use super::conn;
use super::reach;
use super::{Failure, Outcome, ProbeContext, ReportBuilder};
use crate::model::{CheckKind, Diagnosis, Report};
use crate::msg;

/// What a TCP check asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub host: String,
    pub port: u16,
    pub slow: Duration,
}

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let mut b = ReportBuilder::new(CheckKind::Tcp, format!("{}:{}", spec.host, spec.port));
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
    let addrs = reach::resolve(ctx, b, &spec.host, deadline).await?;
    let _stream = conn::connect(b, &addrs, spec.port, &spec.host, deadline).await?;
    let took = b.timeline.phases().to_first_byte();
    let address = format!("{}:{}", spec.host, spec.port);
    if took > spec.slow {
        return Ok(Outcome::new(
            Diagnosis::Slow,
            msg!("probe-tcp-slow", address = address, took = took),
        ));
    }
    Ok(Outcome::new(
        Diagnosis::Ok,
        msg!("probe-tcp-ok", address = address, took = took),
    ))
}
