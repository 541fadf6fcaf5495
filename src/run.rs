//! One round of checks: the baseline and the due services at once, each through
//! [`probe::run`] with its own deadline. The verdict is judged by whoever reads it
//! ([`crate::verdict::judge`]).

use std::time::SystemTime;

use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::config::{CheckSpec, Config, ServiceSpec};
use crate::model::{CheckResult, Diagnosis, Report, RoundResult, ServiceResult};
use crate::probe::{self, ProbeContext};

/// Runs every check in `config` once, concurrently, each with its own timeout.
pub async fn run_once(config: &Config, ctx: &ProbeContext) -> RoundResult {
    let all: Vec<usize> = (0..config.services.len()).collect();
    run_round(config, ctx, &all).await
}

/// Runs the baseline and the services at indices `due`, concurrently. The result lists only
/// what ran, in config order.
pub async fn run_round(config: &Config, ctx: &ProbeContext, due: &[usize]) -> RoundResult {
    let checked_at = SystemTime::now();
    let services: Vec<&ServiceSpec> = due.iter().filter_map(|i| config.services.get(*i)).collect();
    let all: Vec<&CheckSpec> = config
        .baseline
        .iter()
        .chain(services.iter().flat_map(|s| s.checks.iter()))
        .collect();
    let mut set = JoinSet::new();
    // The baseline's checks try both address families, to tell IPv6 trouble from IPv4's.
    let baseline_ctx = ProbeContext {
        both_families: true,
        ..ctx.clone()
    };
    for (i, spec) in all.iter().enumerate() {
        let spec: CheckSpec = (*spec).clone();
        let ctx = if i < config.baseline.len() {
            baseline_ctx.clone()
        } else {
            ctx.clone()
        };
        set.spawn(async move {
            let deadline = Instant::now() + spec.timeout;
            (i, probe::run(&spec, &ctx, deadline).await)
        });
    }
    let mut reports: Vec<Option<Report>> = vec![None; all.len()];
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((i, report)) => reports[i] = Some(report),
            Err(e) => tracing::error!("a check's task died: {e}"),
        }
    }
    let mut reports = reports.into_iter();
    let mut take = |spec: &CheckSpec| CheckResult {
        name: spec.name.clone(),
        report: reports.next().flatten().unwrap_or_else(|| lost(spec)),
    };
    let baseline: Vec<CheckResult> = config.baseline.iter().map(&mut take).collect();
    let services: Vec<ServiceResult> = services
        .iter()
        .map(|s| {
            ServiceResult::new(s.name.clone(), s.checks.iter().map(&mut take).collect())
                .with_groups(s.groups.clone())
        })
        .collect();
    let round = RoundResult::new(checked_at, baseline, services);
    // Only when something failed: where on this side it stops. A healthy round reads nothing
    // and sends nothing to the router.
    if !round.needs_path() || !beyond_this_computer(&round, ctx) {
        return round;
    }
    let ask_router = round.offline() || round.baseline_down;
    let deadline = Instant::now() + probe::path::ROUTER_WAIT;
    let path = probe::path::investigate(ask_router, deadline).await;
    round.with_path(path)
}

/// Some failing baseline check was headed past this computer: to an address that is not its
/// own loopback, or (failing in DNS, before any address) to a DNS server that is not. A baseline
/// on loopback (a test's imitation of the internet) never crosses the router, so its failures
/// say nothing of it: the routes are then not read and the router not asked.
fn beyond_this_computer(round: &RoundResult, ctx: &ProbeContext) -> bool {
    let local_dns = !ctx.resolver.servers.is_empty()
        && ctx.resolver.servers.iter().all(|s| s.ip().is_loopback());
    let failing: Vec<&CheckResult> = round
        .baseline
        .iter()
        .filter(|c| c.report.status != crate::model::Status::Up)
        .collect();
    failing.is_empty()
        || failing.iter().any(|c| match c.report.remote_addr {
            Some(addr) => !addr.ip().is_loopback(),
            None => !local_dns,
        })
}

/// A report for a check whose task died (it should not happen: probes don't panic).
fn lost(spec: &CheckSpec) -> Report {
    Report::bare(
        spec.kind(),
        "",
        Diagnosis::Timeout,
        crate::msg!("run-check-lost"),
    )
}
