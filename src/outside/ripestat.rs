//! Which provider this network is on, from RIPEstat's public Data API (no key;
//! stat.ripe.net/docs/data-api): `whats-my-ip` (this network's public address), then
//! `network-info` (the prefix and the autonomous system announcing it), then `as-overview` (the
//! holder's name). Asked only when the outside view is asked; what it sends is this network's
//! address (to `network-info`) and its AS number (to `as-overview`). Each answer is capped
//! (64 KiB) and timed, and must say `status: "ok"`. The answer is kept for this network
//! ([`network_key`]: the default route, and the day), so a monitor asks again only when the
//! computer moved to another network, or the next day.

use serde::Deserialize;
use tokio::time::Instant;
use url::Url;

use crate::model::Message;
use crate::msg;
use crate::probe::fetch::{fetch, Fetched};
use crate::probe::ProbeContext;

const LIMIT: u64 = 64 * 1024;

/// This network as RIPEstat knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// Its public address.
    pub ip: String,
    /// The prefix it is in, and the autonomous system announcing it.
    pub prefix: Option<String>,
    pub asn: u32,
    /// The AS's holder, as the registry names it ("BT-UK-AS BTnet UK Regional network").
    pub holder: String,
}

#[derive(Deserialize)]
struct Answer<T> {
    status: String,
    data: T,
}

#[derive(Deserialize)]
struct MyIp {
    ip: String,
}

#[derive(Deserialize)]
struct NetworkInfo {
    #[serde(default)]
    asns: Vec<String>,
    prefix: Option<String>,
}

#[derive(Deserialize)]
struct AsOverview {
    #[serde(default)]
    holder: String,
}

/// `{base}/{call}/data.json`, with `resource` when given.
fn call(base: &Url, call: &str, resource: Option<&str>) -> Result<Url, Message> {
    let mut s = base.as_str().trim_end_matches('/').to_owned();
    s.push_str(&format!("/{call}/data.json"));
    let mut url =
        Url::parse(&s).map_err(|e| msg!("outside-q-bad-url", url = &s, error = e.to_string()))?;
    if let Some(r) = resource {
        url.query_pairs_mut().append_pair("resource", r);
    }
    Ok(url)
}

async fn get<T: for<'de> Deserialize<'de>>(
    ctx: &ProbeContext,
    url: &Url,
    deadline: Instant,
) -> Result<T, Message> {
    let headers = [("accept", "application/json".to_owned())];
    let Fetched { status, body, .. } = fetch(ctx, url, None, &headers, LIMIT, deadline)
        .await
        .map_err(|e| msg!("outside-q-ripestat-unreachable", why = e.message()))?;
    if status != 200 {
        return Err(msg!("outside-q-ripestat-status", status = status));
    }
    let a: Answer<T> = serde_json::from_slice(&body)
        .map_err(|e| msg!("outside-q-ripestat-garbage", why = e.to_string()))?;
    if a.status != "ok" {
        return Err(msg!(
            "outside-q-ripestat-said",
            status = format!("{:?}", a.status)
        ));
    }
    Ok(a.data)
}

/// This network's provider, by `deadline`; why not, as a message.
pub async fn lookup(ctx: &ProbeContext, base: &Url, deadline: Instant) -> Result<Lookup, Message> {
    let MyIp { ip } = get(ctx, &call(base, "whats-my-ip", None)?, deadline).await?;
    let info: NetworkInfo = get(ctx, &call(base, "network-info", Some(&ip))?, deadline).await?;
    let asn = info
        .asns
        .iter()
        .find_map(|a| a.trim().trim_start_matches("AS").parse::<u32>().ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| msg!("outside-q-ripestat-no-network", ip = &ip))?;
    // The name is a nicety: without it, the AS number stands.
    let holder = match get::<AsOverview>(
        ctx,
        &call(base, "as-overview", Some(&format!("AS{asn}")))?,
        deadline,
    )
    .await
    {
        Ok(o) if !o.holder.trim().is_empty() => o.holder.trim().to_owned(),
        _ => format!("AS{asn}"),
    };
    Ok(Lookup {
        ip,
        prefix: info.prefix,
        asn,
        holder,
    })
}

/// This network, as far as the computer can tell without asking anyone: its default route (the
/// interface and the gateway, from the kernel's table on Linux) and the day. A new network, a
/// new route or a new day is a new key.
pub fn network_key(day: i64) -> String {
    let route = std::fs::read_to_string("/proc/net/route")
        .ok()
        .and_then(|t| {
            t.lines()
                .skip(1)
                .map(|l| l.split_whitespace().collect::<Vec<_>>())
                // Destination 00000000: the default route (interface, gateway).
                .find(|f| f.get(1) == Some(&"00000000"))
                .map(|f| format!("{}/{}", f.first().unwrap_or(&""), f.get(2).unwrap_or(&"")))
        })
        .unwrap_or_default();
    format!("{route}@{day}")
}

/// [`lookup`], kept per network ([`network_key`]) for the life of the process.
pub async fn cached(ctx: &ProbeContext, base: &Url, deadline: Instant) -> Result<Lookup, Message> {
    static KEPT: std::sync::Mutex<Option<(String, Lookup)>> = std::sync::Mutex::new(None);
    let day = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    let key = format!("{base} {}", network_key(day));
    if let Some((k, l)) = KEPT.lock().ok().and_then(|g| g.clone()) {
        if k == key {
            return Ok(l);
        }
    }
    let l = lookup(ctx, base, deadline).await?;
    if let Ok(mut g) = KEPT.lock() {
        *g = Some((key, l.clone()));
    }
    Ok(l)
}
