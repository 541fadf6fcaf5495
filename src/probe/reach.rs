//! Reaching a target: the DNS phase (the user's resolver, then the neutral reference when it
//! fails or blocks) and opening a connection (DNS, TCP, and TLS for https). Above `conn`'s
//! single phases and the reference's DNS-over-HTTPS, which uses them: nothing here is imported
//! back by either.

use std::net::IpAddr;

use tokio::time::Instant;

use super::conn::{connect, tls, Io, Target};
use super::dns::{self, DnsError};
use super::reference::{self, Lookup};
use super::{Failure, ProbeContext, ReportBuilder};
use crate::model::{Arg, Diagnosis, DnsFinding, ReferenceAnswer, ResolverAnswer};
use crate::msg;

/// DNS phase. Asks the user's resolver; when it fails, says the name does not exist, or gives
/// only a blocking answer (never connected to), asks the neutral reference. When the reference
/// resolves the name, the check goes on through its address, so the report can say whether the
/// service itself works; [`ReportBuilder::finish`] then reports the user's DNS as the failure.
pub(crate) async fn resolve(
    ctx: &ProbeContext,
    b: &mut ReportBuilder,
    host: &str,
    deadline: Instant,
) -> Result<Vec<IpAddr>, Failure> {
    let started = Instant::now();
    b.both_families = ctx.both_families;
    // With a reference to ask, the user's resolver gets most of the time, not all of it: a
    // resolver that is silent must leave room for the question that explains it.
    let own_deadline = if ctx.reference.is_empty() {
        deadline
    } else {
        started + deadline.saturating_duration_since(started).mul_f32(0.6)
    };
    let (resolver, sinkhole, failure) = match own_lookup(ctx, host, started, own_deadline).await {
        Ok(addrs) => {
            b.timeline.dns_done = Some(Instant::now());
            return Ok(addrs);
        }
        Err(refused) => refused,
    };
    let mut finding = DnsFinding {
        host: host.to_owned(),
        resolver,
        sinkhole,
        reference: ReferenceAnswer::Off,
        reference_server: None,
        reference_addr: None,
        via_reference: None,
    };
    let outcome = match reference::lookup(ctx, host, deadline).await {
        Lookup::Off => Err(failure),
        Lookup::Resolved { server, addrs } => {
            finding.reference = ReferenceAnswer::Resolved;
            finding.reference_server = Some(server);
            finding.reference_addr = addrs.first().copied();
            b.timeline.dns_done = Some(Instant::now());
            b.dns_failure = Some(failure);
            Ok(addrs)
        }
        Lookup::NxDomain { server } => {
            finding.reference = ReferenceAnswer::Nxdomain;
            let agree = match resolver {
                ResolverAnswer::Sinkhole => failure,
                ResolverAnswer::Nxdomain => Failure::new(
                    Diagnosis::DnsNxdomain,
                    msg!("probe-dns-nxdomain-agreed", host = host, server = &server),
                ),
                ResolverAnswer::Failed => Failure::new(
                    Diagnosis::DnsNxdomain,
                    msg!(
                        "probe-dns-nxdomain-by-reference",
                        detail = failure.detail,
                        server = &server,
                    ),
                ),
            };
            finding.reference_server = Some(server);
            Err(agree)
        }
        Lookup::Failed(why) => {
            finding.reference = ReferenceAnswer::Failed;
            Err(Failure::new(
                failure.diagnosis,
                msg!(
                    "probe-dns-reference-failed",
                    detail = failure.detail,
                    why = why,
                ),
            ))
        }
    };
    b.dns = Some(finding);
    outcome
}

/// The user's own resolver: the usable addresses, or what it did instead (failed, said the
/// name does not exist, or gave only blocking answers) and the failure to report.
async fn own_lookup(
    ctx: &ProbeContext,
    host: &str,
    started: Instant,
    own_deadline: Instant,
) -> Result<Vec<IpAddr>, (ResolverAnswer, Option<IpAddr>, Failure)> {
    match ctx
        .resolver
        .resolve_families(host, own_deadline, ctx.both_families)
        .await
    {
        Ok(addrs) => {
            let usable: Vec<IpAddr> = addrs
                .iter()
                .copied()
                .filter(|a| !dns::is_sinkhole(a))
                .collect();
            if !usable.is_empty() {
                return Ok(usable);
            }
            let ip = addrs.first().copied();
            let answer: Arg = match ip {
                Some(ip) => ip.into(),
                None => msg!("probe-dns-nothing").into(),
            };
            Err((
                ResolverAnswer::Sinkhole,
                ip,
                Failure::new(
                    Diagnosis::DnsBlocked,
                    msg!("probe-dns-sinkhole", answer = answer, host = host),
                ),
            ))
        }
        Err(DnsError::NxDomain(why)) => Err((
            ResolverAnswer::Nxdomain,
            None,
            Failure::new(
                Diagnosis::DnsNxdomain,
                msg!("probe-dns-not-found", host = host, why = why),
            ),
        )),
        Err(DnsError::Failure(why)) if Instant::now() >= own_deadline => Err((
            ResolverAnswer::Failed,
            None,
            Failure::new(
                Diagnosis::DnsFailure,
                msg!(
                    "probe-dns-timeout",
                    host = host,
                    took = started.elapsed(),
                    why = why,
                ),
            ),
        )),
        Err(DnsError::Failure(why)) => Err((
            ResolverAnswer::Failed,
            None,
            Failure::new(
                Diagnosis::DnsFailure,
                msg!("probe-dns-failed", host = host, why = why),
            ),
        )),
    }
}

/// The open connection after DNS, TCP and (for https) TLS.
pub(crate) struct Opened {
    pub io: Box<dyn Io>,
    pub h2: bool,
}

/// DNS, connect and TLS for an HTTP(S) target.
pub(crate) async fn open(
    ctx: &ProbeContext,
    b: &mut ReportBuilder,
    target: &Target,
    deadline: Instant,
) -> Result<Opened, Failure> {
    let addrs = resolve(ctx, b, &target.host, deadline).await?;
    let tcp = connect(b, &addrs, target.port, &target.host, deadline).await?;
    if target.tls {
        let (stream, h2) = tls(
            ctx,
            b,
            tcp,
            target.bare_host(),
            &[b"h2", b"http/1.1"],
            target.insecure,
            deadline,
        )
        .await?;
        Ok(Opened {
            io: Box::new(stream),
            h2,
        })
    } else {
        Ok(Opened {
            io: Box::new(tcp),
            h2: false,
        })
    }
}
