//! Downbeat's own requests, not checks: one bounded HTTP exchange (the outside view's API, a
//! vendor's status page) over the probes' phases, so it uses the same resolver, roots and
//! user agent. Redirects are not followed; the answer is capped in size and time. Answers are
//! asked for gzipped (APIs serve their stored answers compressed, and ask clients to accept
//! it); the cap applies to what is read and to what it decodes to, so a small bomb is refused.

use hyper::header::HeaderMap;
use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::{reach, ProbeContext, ReportBuilder};
use crate::model::{CheckKind, Message};
use crate::msg;

/// An answer: its status, headers and body (whole, at most the limit asked for).
#[derive(Debug)]
pub struct Fetched {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// Why an exchange failed ("connection refused", "the answer was larger than 64 KiB").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FetchError(pub Message);

impl FetchError {
    /// Why, as a message.
    pub fn message(&self) -> Message {
        self.0.clone()
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

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
    let mut headers = headers.to_vec();
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("accept-encoding"))
    {
        headers.push(("accept-encoding", "gzip".to_owned()));
    }
    // The exchange is timed on a throwaway report: nothing here is a check's result.
    let mut b = ReportBuilder::new(CheckKind::Handshake, String::new());
    let target = Target::from_url(url, false).map_err(err)?;
    let opened = reach::open(ctx, &mut b, &target, deadline)
        .await
        .map_err(err)?;
    let resp = conn::send(
        ctx, &mut b, opened.io, opened.h2, &target, body, &headers, deadline,
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
        return Err(too_large(limit));
    }
    let encoding = headers
        .get(hyper::header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_ascii_lowercase());
    let body = match encoding.as_deref() {
        None | Some("" | "identity") => read.head,
        Some("gzip" | "x-gzip") => gunzip(&read.head, limit)?,
        Some(other) => return Err(FetchError(msg!("probe-fetch-encoding", encoding = other))),
    };
    Ok(Fetched {
        status,
        headers,
        body,
    })
}

/// "the answer was larger than 1 MiB" (or so many KiB).
fn too_large(limit: u64) -> FetchError {
    FetchError(if limit % (1024 * 1024) == 0 {
        msg!("probe-fetch-too-large-mib", mib = limit / (1024 * 1024))
    } else {
        msg!("probe-fetch-too-large-kib", kib = limit / 1024)
    })
}

/// A gzipped body, decoded to at most `limit` bytes.
fn gunzip(body: &[u8], limit: u64) -> Result<Vec<u8>, FetchError> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| FetchError(msg!("probe-fetch-gunzip", error = e.to_string())))?;
    if out.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(out)
}
