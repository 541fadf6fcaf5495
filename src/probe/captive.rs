//! The captive-portal check (baseline only): one plain-HTTP GET to a connectivity-check URL
//! whose answer is known exactly, like the ones the operating systems use. Any other answer
//! (a redirect, a sign-in page, HTTP 511) means something on this network answers in the
//! site's place: a captive portal. A redirect's target is named, since it is the page to open.

use std::time::Duration;

use tokio::time::Instant;
use url::Url;

use super::conn::{self, Target};
use super::reach;
use super::{Failure, Outcome, ProbeContext, ReportBuilder, StatusSet};
use crate::model::{CheckKind, Diagnosis, Message, Report};
use crate::msg;

/// How much of the answer is read: connectivity checks answer a few bytes.
const BODY_LIMIT: u64 = 64 * 1024;

/// What a captive check asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// A plain-HTTP URL (a portal can only step into unencrypted traffic).
    pub url: Url,
    /// The status the site really answers (204 unless given).
    pub expect_status: StatusSet,
    /// The site's exact page, when it has one: the whole body, or the whole text of its
    /// `<body>` element, whitespace trimmed.
    pub expect_body: Option<String>,
    pub slow: Duration,
}

/// Runs the check, giving up at `deadline`.
pub async fn run(ctx: &ProbeContext, spec: &Spec, deadline: Instant) -> Report {
    let mut b = ReportBuilder::new(CheckKind::Captive, crate::redact::url(&spec.url));
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
    let target = Target::from_url(&spec.url, false)?;
    let host = target.bare_host().to_owned();
    let opened = reach::open(ctx, b, &target, deadline).await?;
    let resp = conn::get(ctx, b, opened.io, opened.h2, &target, &[], deadline).await?;
    let status = resp.status().as_u16();
    let location = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(|l| {
            spec.url
                .join(l.trim())
                .map_or_else(|_| l.trim().to_owned(), |u| crate::redact::url(&u))
        });
    let body = conn::read_body(
        b,
        resp.into_body(),
        BODY_LIMIT,
        BODY_LIMIT as usize,
        &host,
        deadline,
        conn::AtDeadline::Timeout,
    )
    .await?;
    let portal = |detail: Message| Failure::new(Diagnosis::CaptivePortal, detail);
    if (300..400).contains(&status) {
        b.location.clone_from(&location);
        return Err(portal(match location {
            Some(l) => msg!("probe-captive-redirect-to", host = &host, location = l),
            None => msg!("probe-captive-redirect", host = &host, status = status),
        }));
    }
    // A server error is the site's own trouble, not a portal (511 is the portals' own code).
    if (500..600).contains(&status) && status != 511 {
        if let Some(f) = conn::judge_status(status, &spec.expect_status, b.retry_after, &host) {
            return Err(f);
        }
    }
    if !spec.expect_status.contains(status) {
        return Err(portal(msg!(
            "probe-captive-status",
            host = &host,
            status = status,
            expected = spec.expect_status.to_string(),
        )));
    }
    if let Some(want) = &spec.expect_body {
        if !body_matches(&body.head, want) {
            return Err(portal(msg!(
                "probe-captive-page",
                host = &host,
                expected = want,
            )));
        }
    }
    let mut outcome = super::handshake::healthy(ctx, b, &host, spec.slow);
    if outcome.diagnosis == Diagnosis::Ok {
        outcome.detail = msg!(
            "probe-captive-none",
            host = &host,
            status = status,
            detail = outcome.detail,
        );
    }
    Ok(outcome)
}

/// The body is exactly `want`: the whole of it, or the whole text of its `<body>` element
/// (Apple's check page is `<HTML>…<BODY>Success</BODY></HTML>`), whitespace trimmed.
fn body_matches(body: &[u8], want: &str) -> bool {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let want = want.trim();
    if text == want {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let Some(open) = lower.find("<body") else {
        return false;
    };
    let Some(start) = lower[open..].find('>').map(|i| open + i + 1) else {
        return false;
    };
    let Some(end) = lower[start..].find("</body>").map(|i| start + i) else {
        return false;
    };
    text.get(start..end)
        .is_some_and(|inner| inner.trim() == want)
}

#[cfg(test)]
mod tests {
    use super::body_matches;

    #[test]
    fn the_page_must_be_exactly_the_sites_own() {
        let apple = b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>\n";
        assert!(body_matches(apple, "Success"));
        assert!(body_matches(b" Success\n", "Success"));
        assert!(!body_matches(
            b"<html><body>Please sign in. Success guaranteed.</body></html>",
            "Success"
        ));
        assert!(!body_matches(b"<html><body>Login</body></html>", "Success"));
        assert!(!body_matches(b"", "Success"));
        assert!(!body_matches(b"<body>Success", "Success"));
    }
}
