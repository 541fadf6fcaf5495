//! One round of checks: every baseline and service check at once, then the verdict.

use std::time::{Duration, SystemTime};

use serde::Serialize;
use tokio::task::JoinSet;

use crate::config::{CheckSpec, Config};
use crate::probe::{ProbeContext, Report, Status, TlsInfo};
use crate::verdict::{self, Named, Verdict};

/// A check's name and report.
#[derive(Debug, Clone)]
pub struct CheckResult {
    pub name: String,
    pub report: Report,
}

/// A service's checks and the state they add up to.
#[derive(Debug, Clone)]
pub struct ServiceResult {
    pub name: String,
    pub status: Status,
    pub checks: Vec<CheckResult>,
}

/// Everything one round found.
#[derive(Debug, Clone)]
pub struct RoundResult {
    pub checked_at: SystemTime,
    pub verdict: Verdict,
    pub baseline: Vec<CheckResult>,
    pub services: Vec<ServiceResult>,
}

/// Runs every check in `config` once, concurrently, each with its own timeout.
pub async fn run_once(config: &Config, ctx: &ProbeContext) -> RoundResult {
    let all: Vec<usize> = (0..config.services.len()).collect();
    run_round(config, ctx, true, &all).await
}

/// Runs the baseline (if `with_baseline`) and the services at indices `due`, concurrently.
/// The result lists only what ran.
pub async fn run_round(
    config: &Config,
    ctx: &ProbeContext,
    with_baseline: bool,
    due: &[usize],
) -> RoundResult {
    let checked_at = SystemTime::now();
    let baseline_specs: &[CheckSpec] = if with_baseline { &config.baseline } else { &[] };
    let services: Vec<&crate::config::ServiceSpec> =
        due.iter().filter_map(|i| config.services.get(*i)).collect();
    let mut all: Vec<&CheckSpec> = baseline_specs.iter().collect();
    for s in &services {
        all.extend(s.checks.iter());
    }
    let mut set = JoinSet::new();
    for (i, spec) in all.iter().enumerate() {
        let spec: CheckSpec = (*spec).clone();
        let ctx = ctx.clone();
        set.spawn(async move { (i, spec.run(&ctx).await) });
    }
    let mut reports: Vec<Option<Report>> = vec![None; all.len()];
    while let Some(joined) = set.join_next().await {
        if let Ok((i, report)) = joined {
            reports[i] = Some(report);
        }
    }
    let mut reports = reports.into_iter();
    let mut take = |spec: &CheckSpec| CheckResult {
        name: spec.name.clone(),
        report: reports.next().flatten().unwrap_or_else(|| lost(spec)),
    };
    let baseline: Vec<CheckResult> = baseline_specs.iter().map(&mut take).collect();
    let services: Vec<ServiceResult> = services
        .iter()
        .map(|s| {
            let checks: Vec<CheckResult> = s.checks.iter().map(&mut take).collect();
            let status = verdict::service_status(&named(&checks));
            ServiceResult {
                name: s.name.clone(),
                status,
                checks,
            }
        })
        .collect();
    let verdict = judge(&baseline, &services);
    RoundResult {
        checked_at,
        verdict,
        baseline,
        services,
    }
}

/// The verdict over results.
pub fn judge(baseline: &[CheckResult], services: &[ServiceResult]) -> Verdict {
    let per_service: Vec<(&str, Vec<Named<'_>>)> = services
        .iter()
        .map(|s| (s.name.as_str(), named(&s.checks)))
        .collect();
    verdict::verdict(&named(baseline), &per_service)
}

fn named(checks: &[CheckResult]) -> Vec<Named<'_>> {
    checks
        .iter()
        .map(|c| Named {
            name: &c.name,
            report: &c.report,
        })
        .collect()
}

/// A report for a check whose task died (it should not happen: probes don't panic).
fn lost(spec: &CheckSpec) -> Report {
    Report::bare(
        spec.kind(),
        "",
        crate::probe::Diagnosis::Timeout,
        "The check stopped unexpectedly.",
    )
}

// ---------------------------------------------------------------------------------------------
// The JSON document of `downbeat check --json`.

/// `{"checked_at", "verdict", "baseline", "services"}`.
#[derive(Debug, Serialize)]
pub struct RoundJson<'a> {
    pub checked_at: String,
    pub verdict: &'a Verdict,
    pub baseline: Vec<CheckJson<'a>>,
    pub services: Vec<ServiceJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ServiceJson<'a> {
    pub name: &'a str,
    pub status: Status,
    pub checks: Vec<CheckJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct PhasesJson {
    pub dns: Option<f64>,
    pub connect: Option<f64>,
    pub tls: Option<f64>,
    pub ttfb: Option<f64>,
    pub transfer: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct CheckJson<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub target: &'a str,
    pub status: Status,
    pub diagnosis: &'static str,
    pub detail: &'a str,
    pub phases_ms: PhasesJson,
    pub total_ms: f64,
    pub http_status: Option<u16>,
    pub tls: Option<&'a TlsInfo>,
    pub bytes: Option<u64>,
    pub throughput_kbps: Option<u64>,
    pub remote_addr: Option<String>,
    /// True when the check runs with `insecure = true`: its certificate was not verified.
    pub unverified: bool,
}

/// Milliseconds with microsecond precision.
pub fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

impl<'a> CheckJson<'a> {
    pub fn new(c: &'a CheckResult) -> Self {
        let r = &c.report;
        let p = r.phases;
        CheckJson {
            name: &c.name,
            kind: r.kind.as_str(),
            target: &r.target,
            status: r.status,
            diagnosis: r.diagnosis.as_str(),
            detail: &r.detail,
            phases_ms: PhasesJson {
                dns: p.dns.map(ms),
                connect: p.connect.map(ms),
                tls: p.tls.map(ms),
                ttfb: p.ttfb.map(ms),
                transfer: p.transfer.map(ms),
            },
            total_ms: ms(r.total),
            http_status: r.http_status,
            tls: r.tls.as_ref(),
            bytes: r.bytes.map(|b| b.0),
            throughput_kbps: r.throughput.map(|k| k.0),
            remote_addr: r.remote_addr.map(|a| a.to_string()),
            unverified: r.unverified,
        }
    }
}

impl RoundResult {
    pub fn to_json(&self) -> RoundJson<'_> {
        RoundJson {
            checked_at: rfc3339(self.checked_at),
            verdict: &self.verdict,
            baseline: self.baseline.iter().map(CheckJson::new).collect(),
            services: self
                .services
                .iter()
                .map(|s| ServiceJson {
                    name: &s.name,
                    status: s.status,
                    checks: s.checks.iter().map(CheckJson::new).collect(),
                })
                .collect(),
        }
    }
}

/// RFC 3339 UTC with millisecond precision.
pub fn rfc3339(t: SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    t.format(&fmt).unwrap_or_default()
}
