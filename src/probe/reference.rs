//! The neutral DNS reference: DNS over HTTPS (RFC 8484) to servers reached by IP address
//! (`[settings] reference_dns`). Asked only when the user's resolver fails or blocks a name,
//! never cached, and trusted like every other check (the system roots plus `ca_file`).
//!
//! A query goes out as `GET <url>?dns=<base64url, no padding>` with
//! `accept: application/dns-message`; the answer is the same wire format the stub resolver
//! reads. The servers are tried in order until one answers.

use std::net::IpAddr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hickory_proto::rr::RecordType;
use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::dns::{self, DnsError};
use super::{ProbeContext, ReportBuilder};
use crate::model::{CheckKind, Message};
use crate::msg;

/// The largest answer read from a reference server.
const ANSWER_LIMIT: u64 = 65_535;

/// What the reference said about a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// No reference is configured.
    Off,
    Resolved {
        server: String,
        addrs: Vec<IpAddr>,
    },
    NxDomain {
        server: String,
    },
    /// No server answered; why, for each.
    Failed(Message),
}

/// Asks the reference servers, in order, for `host`'s addresses (A, then AAAA).
pub(crate) async fn lookup(ctx: &ProbeContext, host: &str, deadline: Instant) -> Lookup {
    if ctx.reference.is_empty() {
        return Lookup::Off;
    }
    let mut why = Vec::new();
    for url in ctx.reference.iter() {
        if Instant::now() >= deadline {
            why.push(msg!("probe-dns-reference-no-time"));
            break;
        }
        let server = crate::redact::url(url);
        let mut answer = ask(ctx, url, host, RecordType::A, deadline).await;
        if matches!(&answer, Ok(v) if v.is_empty()) {
            answer = ask(ctx, url, host, RecordType::AAAA, deadline).await;
        }
        tracing::debug!(%server, host, ?answer, "asked the reference DNS");
        match answer {
            Ok(addrs) => {
                let usable: Vec<IpAddr> =
                    addrs.into_iter().filter(|a| !dns::is_sinkhole(a)).collect();
                if usable.is_empty() {
                    return Lookup::NxDomain { server };
                }
                return Lookup::Resolved {
                    server,
                    addrs: usable,
                };
            }
            Err(DnsError::NxDomain(_)) => return Lookup::NxDomain { server },
            Err(DnsError::Failure(w)) => why.push(msg!(
                "probe-dns-reference-server-failed",
                server = server,
                why = w
            )),
        }
    }
    Lookup::Failed(super::semicolons(why).unwrap_or_default())
}

/// One query to one server.
async fn ask(
    ctx: &ProbeContext,
    url: &Url,
    host: &str,
    qtype: RecordType,
    deadline: Instant,
) -> Result<Vec<IpAddr>, DnsError> {
    let fail = DnsError::Failure;
    let ip: IpAddr = match url.host() {
        Some(url::Host::Ipv4(a)) => a.into(),
        Some(url::Host::Ipv6(a)) => a.into(),
        _ => return Err(fail(msg!("probe-dns-reference-not-ip"))),
    };
    let port = url.port_or_known_default().unwrap_or(443);
    let (question, id, query) = dns::encode_query(host, qtype)?;
    let mut with_query = url.clone();
    with_query
        .query_pairs_mut()
        .append_pair("dns", &URL_SAFE_NO_PAD.encode(&query));
    // The exchange is timed on its own throwaway report: the check's phases stay the check's.
    let mut b = ReportBuilder::new(CheckKind::Handshake, String::new());
    let name = ip.to_string();
    let tcp = conn::connect(&mut b, &[ip], port, &name, deadline)
        .await
        .map_err(|f| fail(f.detail))?;
    let (tls, h2) = conn::tls(
        ctx,
        &mut b,
        tcp,
        &name,
        &[b"h2", b"http/1.1"],
        false,
        deadline,
    )
    .await
    .map_err(|f| fail(f.detail))?;
    let target = Target::from_url(&with_query, false).map_err(|f| fail(f.detail))?;
    let resp = conn::get(
        ctx,
        &mut b,
        Box::new(tls),
        h2,
        &target,
        &[("accept", "application/dns-message".to_owned())],
        deadline,
    )
    .await
    .map_err(|f| fail(f.detail))?;
    let status = resp.status().as_u16();
    if status != 200 {
        return Err(fail(msg!("probe-dns-reference-status", status = status)));
    }
    let body = conn::read_body(
        &mut b,
        resp.into_body(),
        ANSWER_LIMIT,
        ANSWER_LIMIT as usize,
        &name,
        deadline,
        conn::AtDeadline::Timeout,
    )
    .await
    .map_err(|f| fail(f.detail))?;
    if body.capped {
        return Err(fail(msg!("probe-dns-reference-too-large")));
    }
    dns::read_answer(&body.head, id, &question)
}
