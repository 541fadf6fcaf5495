//! The vendor's own word: an Atlassian Statuspage's public API (`{page}/api/v2/summary.json`),
//! read when a service fails. A big vendor's summary lists hundreds of components and every
//! update of every incident: it is read gzipped, capped at 1 MiB decoded and the caller's
//! deadline; redirects are not followed; a page that can't be read says why and changes
//! nothing else.

use serde::Deserialize;
use tokio::time::Instant;
use url::Url;

use crate::model::{VendorComponent, VendorIncident, VendorStatus};
use crate::msg;
use crate::probe::fetch::fetch;
use crate::probe::ProbeContext;

const LIMIT: u64 = 1024 * 1024;

#[derive(Deserialize)]
struct Summary {
    status: Option<StatusField>,
    #[serde(default)]
    incidents: Vec<Incident>,
    #[serde(default)]
    components: Vec<Component>,
}

#[derive(Deserialize)]
struct Component {
    #[serde(default)]
    id: String,
    name: String,
    #[serde(default)]
    status: String,
    /// A group of components: its children carry its id in `group_id`.
    #[serde(default)]
    group: bool,
    group_id: Option<String>,
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
        affected: Vec::new(),
        components: 0,
        error: None,
    };
    let Some(url) = summary_url(page) else {
        out.error = Some(msg!("outside-q-page-bad-address"));
        return out;
    };
    let headers = [("accept", "application/json".to_owned())];
    let answer = match fetch(ctx, &url, None, &headers, LIMIT, deadline).await {
        Ok(a) => a,
        Err(e) => {
            out.error = Some(e.message());
            return out;
        }
    };
    if answer.status != 200 {
        out.error = Some(msg!("outside-q-page-status", status = answer.status));
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
            let group_name = |id: &str| {
                s.components
                    .iter()
                    .find(|c| c.group && c.id == id)
                    .map(|c| c.name.as_str())
            };
            let leaves = s.components.iter().filter(|c| !c.group);
            out.components = leaves.clone().count();
            out.affected = leaves
                .filter(|c| c.status != "operational")
                .map(|c| VendorComponent {
                    name: match c.group_id.as_deref().and_then(group_name) {
                        Some(g) => format!("{g} ({})", c.name),
                        None => c.name.clone(),
                    },
                    status: c.status.clone(),
                })
                .collect();
        }
        Err(e) => out.error = Some(msg!("outside-q-page-not-summary", error = e.to_string())),
    }
    out
}
