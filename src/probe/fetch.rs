//! Downbeat's own requests, not checks: one bounded HTTP exchange (the outside view's API, a
//! vendor's status page) over the probes' phases, so it uses the same resolver, roots and
//! user agent. Redirects are not followed; the answer is capped in size and time.

use hyper::header::HeaderMap;
use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::{reach, ProbeContext, ReportBuilder};
use crate::model::CheckKind;

/// An answer: its status, headers and body (whole, at most the limit asked for).
#[derive(Debug)]
pub struct Fetched {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// Why an exchange failed, in words ("connection refused", "the answer was larger than 64 KiB").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(pub String);

/// Sends a GET (or, with `body`, a POST of its content type and bytes) to `url` and reads the
/// answer, at most `limit` bytes, by `deadline`.
pub async fn fetch(
    ctx: &ProbeContext,
    url: &Url,
    body: Option<(&'static str, Vec<u8>)>,
    headers: &[(&'static str, String)],
    limit: u64,
    deadline: Instant,
) -> Result<Fetched, FetchError> {
    let err = |f: super::Failure| FetchError(f.detail);
    // The exchange is timed on a throwaway report: nothing here is a check's result.
    let mut b = ReportBuilder::new(CheckKind::Handshake, String::new());
    let target = Target::from_url(url, false).map_err(err)?;
    let opened = reach::open(ctx, &mut b, &target, deadline)
        .await
        .map_err(err)?;
    let resp = conn::send(
        ctx, &mut b, opened.io, opened.h2, &target, body, headers, deadline,
    )
    .await
    .map_err(err)?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let read = conn::read_body(
        &mut b,
        resp.into_body(),
        limit + 1,
        usize::try_from(limit + 1).unwrap_or(usize::MAX),
        &target.host,
        deadline,
        conn::AtDeadline::Timeout,
    )
    .await
    .map_err(err)?;
    if read.head.len() as u64 > limit {
        return Err(FetchError(format!(
            "the answer was larger than {} KiB",
            limit / 1024
        )));
    }
    Ok(Fetched {
        status,
        headers,
        body: read.head,
    })
}
