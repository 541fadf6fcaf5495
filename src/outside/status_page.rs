//! The vendor's own word: an Atlassian Statuspage's public API (`{page}/api/v2/summary.json`),
//! read when a service fails. Capped at 64 KiB and the caller's deadline; redirects are not
//! followed; a page that can't be read says why and changes nothing else.

use serde::Deserialize;
use tokio::time::Instant;
use url::Url;

use crate::model::{VendorIncident, VendorStatus};
use crate::probe::fetch::fetch;
use crate::probe::ProbeContext;

const LIMIT: u64 = 64 * 1024;

#[derive(Deserialize)]
struct Summary {
    status: Option<StatusField>,
    #[serde(default)]
    incidents: Vec<Incident>,
}

#[derive(Deserialize)]
struct StatusField {
    indicator: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize)]
struct Incident {
    name: String,
    status: String,
    impact: Option<String>,
    shortlink: Option<String>,
    created_at: Option<String>,
}

/// `page` + `/api/v2/summary.json`.
fn summary_url(page: &Url) -> Option<Url> {
    let mut s = page.as_str().trim_end_matches('/').to_owned();
    s.push_str("/api/v2/summary.json");
    Url::parse(&s).ok()
}

/// Reads the page by `deadline`.
pub async fn read(ctx: &ProbeContext, page: &Url, deadline: Instant) -> VendorStatus {
    let mut out = VendorStatus {
        page: crate::redact::url(page),
        indicator: None,
        description: None,
        incidents: Vec::new(),
        error: None,
    };
    let Some(url) = summary_url(page) else {
        out.error = Some("the page's address can't take the API's path".into());
        return out;
    };
    let headers = [("accept", "application/json".to_owned())];
    let answer = match fetch(ctx, &url, None, &headers, LIMIT, deadline).await {
        Ok(a) => a,
        Err(e) => {
            out.error = Some(e.to_string());
            return out;
        }
    };
    if answer.status != 200 {
        out.error = Some(format!("it answered HTTP {}", answer.status));
        return out;
    }
    match serde_json::from_slice::<Summary>(&answer.body) {
        Ok(s) => {
            if let Some(st) = s.status {
                out.indicator = st.indicator;
                out.description = st.description;
            }
            out.incidents = s
                .incidents
                .into_iter()
                .map(|i| VendorIncident {
                    name: i.name,
                    status: i.status,
                    impact: i.impact,
                    shortlink: i.shortlink,
                    created_at: i.created_at,
                })
                .collect();
        }
        Err(e) => out.error = Some(format!("its answer is not a Statuspage summary: {e}")),
    }
    out
}
