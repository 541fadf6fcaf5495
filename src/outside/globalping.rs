//! Asking Globalping's probes (<https://globalping.io>, public API v1) to make the request that
//! fails here: create a measurement, poll it until it is done (or the deadline), and read each
//! probe's answer. What is sent: the host, port and path of the failing check, a User-Agent
//! naming Downbeat, and the token when one is set. Every answer is capped (1 MiB once decoded:
//! ten probes' results at real size, each with every header three times over and the
//! certificate's key, come to about 85 KB) and timed.

use std::time::{Duration, SystemTime};

use serde::Deserialize;
use tokio::time::Instant;
use url::{Host, Url};

use super::ProbeAnswer;
use crate::model::{Arg, Message};
use crate::msg;
use crate::probe::fetch::{fetch, Fetched};
use crate::probe::ProbeContext;

/// The largest answer read from the API, decoded.
const LIMIT: u64 = 1024 * 1024;
/// The wait after each answer while a measurement runs: at most two requests a second.
const POLL: Duration = Duration::from_millis(500);
/// Probes asked in the user's country, and elsewhere by continent (10 in all: an hour of
/// incidents stays far inside the anonymous allowance of 250 probes an hour). Every location
/// asks for home networks (`eyeball-network`); `magic: "world"` would ignore that tag.
const IN_COUNTRY: u32 = 4;
const ELSEWHERE: [(&str, u32); 4] = [("EU", 2), ("NA", 2), ("AS", 1), ("SA", 1)];
/// Probes asked on the user's provider's network, when it is known (`{"asn": N}`).
const ON_PROVIDER: u32 = 3;
/// With no country known, the user's 4 go to the continents too.
const ELSEWHERE_ONLY: [(&str, u32); 5] = [("EU", 3), ("NA", 3), ("AS", 2), ("SA", 1), ("OC", 1)];
const EYEBALL: &str = "eyeball-network";

/// The API: its base (`[settings] outside_view`) and the optional token.
#[derive(Clone)]
pub struct Api {
    pub base: Url,
    pub token: Option<String>,
}

impl std::fmt::Debug for Api {
    // The token is never shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Api")
            .field("base", &crate::redact::url(&self.base))
            .field("token", &self.token.as_ref().map(|_| "…"))
            .finish()
    }
}

/// The request the probes make: the failing check's host, port and path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub path: String,
    pub query: Option<String>,
    pub https: bool,
}

/// Whether probes elsewhere could reach `host` at all, and may be told it: not a loopback,
/// private or link-local address, and not a name that exists only here (localhost, `.local`,
/// `.test`, `.internal`, `.lan`, `.home.arpa`, …). An intranet name is never sent out.
pub fn public(host: &Host<&str>) -> bool {
    match host {
        Host::Ipv4(a) => {
            !(a.is_loopback()
                || a.is_private()
                || a.is_link_local()
                || a.is_unspecified()
                || a.is_broadcast()
                || a.octets()[0] == 100 && (64..128).contains(&a.octets()[1]))
        }
        Host::Ipv6(a) => {
            let seg = a.segments()[0];
            !(a.is_loopback()
                || a.is_unspecified()
                || (seg & 0xfe00) == 0xfc00
                || (seg & 0xffc0) == 0xfe80)
        }
        Host::Domain(d) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            let local = [
                "localhost",
                "local",
                "test",
                "internal",
                "lan",
                "home.arpa",
                "example",
                "invalid",
                "intranet",
                "corp",
                "home",
            ];
            d.contains('.')
                && !local
                    .iter()
                    .any(|l| d == *l || d.ends_with(&format!(".{l}")))
        }
    }
}

impl Target {
    /// From a check's URL; `None` for one without a host, or with a host the world can't
    /// reach ([`public`]).
    pub fn from_url(url: &Url) -> Option<Target> {
        if !public(&url.host()?) {
            return None;
        }
        let https = url.scheme() == "https";
        Some(Target {
            host: url.host_str()?.trim_matches(['[', ']']).to_owned(),
            port: url.port_or_known_default()?,
            path: url.path().to_owned(),
            query: url.query().map(str::to_owned),
            https,
        })
    }
}

/// Why the world could not be asked: [`AskError::message`] says it in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AskError {
    /// 429: the allowance is used up until `until`, if the API said.
    RateLimited { until: Option<SystemTime> },
    /// No answer: why.
    Unreachable(Message),
    /// An answer that made no sense: what was wrong.
    Garbage(Message),
    /// A refusal: the status and what the API said.
    Refused(Message),
}

impl AskError {
    /// Why, as a message.
    pub fn message(&self) -> Message {
        match self {
            AskError::RateLimited { until: None } => msg!("outside-q-rate-limited"),
            AskError::RateLimited { until: Some(u) } => msg!(
                "outside-q-rate-limited-until",
                until = Arg::Clock(crate::model::time::unix_ms(*u)),
            ),
            AskError::Unreachable(why) => msg!("outside-q-unreachable", why = why),
            AskError::Garbage(why) => msg!("outside-q-garbage", why = why),
            AskError::Refused(why) => msg!("outside-q-refused", why = why),
        }
    }
}

impl std::fmt::Display for AskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.message(), f)
    }
}

/// Text from elsewhere (a parser's error), as it is.
fn verbatim(e: impl std::fmt::Display) -> Message {
    Message::verbatim(e.to_string())
}

#[derive(Deserialize)]
struct Created {
    id: String,
}

#[derive(Deserialize)]
struct Measurement {
    status: String,
    #[serde(default)]
    results: Vec<ResultItem>,
}

#[derive(Deserialize)]
struct ResultItem {
    probe: Probe,
    result: TestResult,
}

#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    country: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    network: String,
    #[serde(default)]
    asn: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TestResult {
    status: String,
    status_code: Option<u16>,
    failure_source: Option<String>,
    /// The certificate as the probe saw it: probes connect whatever the certificate
    /// (`rejectUnauthorized: false`), so a bad one shows only here, beside an ordinary status.
    tls: Option<ProbeTls>,
}

#[derive(Deserialize)]
struct ProbeTls {
    authorized: bool,
}

impl ResultItem {
    /// Whether the request worked from this probe: any answer short of a server error, over a
    /// certificate the probe's system trusts, reached the service (an expired certificate there
    /// failed the way it fails here); a probe's own failure (`internal`), offline or unfinished
    /// says nothing.
    fn answer(self) -> ProbeAnswer {
        let trusted = self.result.tls.as_ref().is_none_or(|t| t.authorized);
        let works = match (self.result.status.as_str(), self.result.status_code) {
            ("finished", Some(code)) => Some(code < 500 && trusted),
            ("failed", _) if self.result.failure_source.as_deref() != Some("internal") => {
                Some(false)
            }
            _ => None,
        };
        ProbeAnswer {
            country: self.probe.country,
            city: self.probe.city,
            network: self.probe.network,
            asn: self.probe.asn,
            works,
        }
    }
}

/// The body of the measurement request. `request.host` is left out: it defaults to the target,
/// and the API takes only a domain there, so an IP-literal target would be refused.
fn request_body(target: &Target, country: Option<&str>, asn: Option<u32>) -> serde_json::Value {
    let continent = |(c, limit): &(&str, u32)| serde_json::json!({"continent": c, "tags": [EYEBALL], "limit": limit});
    // The provider's first: a probe matching two locations is counted once, for the first.
    let mut locations: Vec<serde_json::Value> = asn
        .map(|n| serde_json::json!({"asn": n, "tags": [EYEBALL], "limit": ON_PROVIDER}))
        .into_iter()
        .collect();
    match country {
        Some(c) => locations.extend(
            std::iter::once(
                serde_json::json!({"country": c, "tags": [EYEBALL], "limit": IN_COUNTRY}),
            )
            .chain(ELSEWHERE.iter().map(continent)),
        ),
        None => locations.extend(ELSEWHERE_ONLY.iter().map(continent)),
    }
    let mut request = serde_json::json!({"method": "HEAD", "path": target.path});
    if let Some(q) = &target.query {
        request["query"] = serde_json::Value::String(q.clone());
    }
    serde_json::json!({
        "type": "http",
        "target": target.host,
        "locations": locations,
        "measurementOptions": {
            "protocol": if target.https { "HTTPS" } else { "HTTP" },
            "port": target.port,
            "request": request,
        },
    })
}

fn headers(api: &Api) -> Vec<(&'static str, String)> {
    let mut h = vec![("accept", "application/json".to_owned())];
    if let Some(t) = &api.token {
        h.push(("authorization", format!("Bearer {t}")));
    }
    h
}

fn seconds(resp: &Fetched, name: &str) -> Option<u64> {
    resp.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

fn json<T: for<'de> Deserialize<'de>>(resp: &Fetched) -> Result<T, AskError> {
    serde_json::from_slice(&resp.body).map_err(|e| AskError::Garbage(verbatim(e)))
}

/// Asks the probes to make `target`'s request: on the user's provider's network (`asn`), in
/// their `country`, and by continent; their answers by `deadline` (those still running then
/// are not counted).
pub async fn ask(
    ctx: &ProbeContext,
    api: &Api,
    target: &Target,
    country: Option<&str>,
    asn: Option<u32>,
    deadline: Instant,
) -> Result<Vec<ProbeAnswer>, AskError> {
    let create = join(&api.base, "measurements")?;
    let body = serde_json::to_vec(&request_body(target, country, asn))
        .map_err(|e| AskError::Garbage(verbatim(e)))?;
    let created = fetch(
        ctx,
        &create,
        Some(("application/json", body)),
        &headers(api),
        LIMIT,
        deadline,
    )
    .await
    .map_err(|e| AskError::Unreachable(e.message()))?;
    match created.status {
        200..=299 => {}
        429 => {
            return Err(AskError::RateLimited {
                until: seconds(&created, "x-ratelimit-reset")
                    .map(|s| SystemTime::now() + Duration::from_secs(s)),
            })
        }
        s => return Err(AskError::Refused(refusal(s, &created))),
    }
    let Created { id } = json(&created)?;
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(AskError::Garbage(msg!(
            "outside-q-bad-id",
            id = format!("{id:?}")
        )));
    }
    let poll = join(&api.base, &format!("measurements/{id}"))?;
    let mut last: Vec<ProbeAnswer> = Vec::new();
    loop {
        let resp = match fetch(ctx, &poll, None, &headers(api), LIMIT, deadline).await {
            Ok(r) => r,
            // Out of time while it runs: what finished so far.
            Err(_) if Instant::now() >= deadline && !last.is_empty() => return Ok(last),
            Err(e) => return Err(AskError::Unreachable(e.message())),
        };
        let wait = match resp.status {
            200..=299 => {
                let m: Measurement = json(&resp)?;
                let done = m.status != "in-progress";
                last = m.results.into_iter().map(ResultItem::answer).collect();
                if done {
                    return Ok(last);
                }
                POLL
            }
            429 => seconds(&resp, "retry-after")
                .map_or(POLL, Duration::from_secs)
                .max(POLL),
            s => return Err(AskError::Refused(refusal(s, &resp))),
        };
        if Instant::now() + wait >= deadline {
            return if last.is_empty() {
                Err(AskError::Unreachable(msg!("outside-q-unfinished")))
            } else {
                Ok(last)
            };
        }
        tokio::time::sleep(wait).await;
    }
}

/// `base` + `path`, keeping the base's own path ("https://api.globalping.io/v1" + "measurements").
fn join(base: &Url, path: &str) -> Result<Url, AskError> {
    let mut s = base.as_str().trim_end_matches('/').to_owned();
    s.push('/');
    s.push_str(path);
    Url::parse(&s)
        .map_err(|e| AskError::Garbage(msg!("outside-q-bad-url", url = &s, error = e.to_string())))
}

/// A refusal in words: the API's own message when it gave one, with what it said of each
/// parameter (a 400's `error.params`: "Parameter validation failed. (measurementOptions.port:
/// \"port\" must be a valid port)").
fn refusal(status: u16, resp: &Fetched) -> Message {
    let v = serde_json::from_slice::<serde_json::Value>(&resp.body).unwrap_or_default();
    // The API's own words.
    let said = v["error"]["message"].as_str();
    let params =
        crate::probe::semicolons(v["error"]["params"].as_object().into_iter().flatten().map(
            |(k, why)| {
                msg!(
                    "outside-q-param",
                    name = k,
                    why = why.as_str().unwrap_or_default(),
                )
            },
        ));
    match (said, params) {
        (Some(m), None) => msg!("outside-q-refusal-said", status = status, said = m),
        (Some(m), Some(p)) => msg!(
            "outside-q-refusal-said-params",
            status = status,
            said = m,
            params = p,
        ),
        (None, Some(p)) => msg!("outside-q-refusal-params", status = status, params = p),
        (None, None) => msg!("outside-q-refusal", status = status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_sends_only_the_host_port_and_path() {
        let url = Url::parse("https://open.spotify.com:443/get_access_token?x=1").unwrap();
        let t = Target::from_url(&url).unwrap();
        let body = request_body(&t, Some("GB"), None);
        assert_eq!(body["type"], "http");
        assert_eq!(body["target"], "open.spotify.com");
        assert_eq!(body["locations"][0]["country"], "GB");
        assert_eq!(body["locations"][0]["limit"], 4);
        // Home networks everywhere, in a form the API honours (it ignores tags beside
        // `magic: "world"`), and 10 probes in all.
        let locations = body["locations"].as_array().unwrap();
        assert!(locations
            .iter()
            .all(|l| l["tags"][0] == "eyeball-network" && l.get("magic").is_none()));
        assert_eq!(locations[1]["continent"], "EU");
        let total: u64 = locations.iter().map(|l| l["limit"].as_u64().unwrap()).sum();
        assert_eq!(total, 10);
        // The provider's network first, when it is known.
        let with = request_body(&t, Some("GB"), Some(2856));
        assert_eq!(with["locations"][0]["asn"], 2856);
        assert_eq!(with["locations"][0]["tags"][0], "eyeball-network");
        let o = &body["measurementOptions"];
        assert_eq!(o["protocol"], "HTTPS");
        assert_eq!(o["port"], 443);
        assert_eq!(o["request"]["method"], "HEAD");
        assert_eq!(o["request"]["path"], "/get_access_token");
        assert_eq!(o["request"]["query"], "x=1");
        assert!(
            o["request"].get("host").is_none(),
            "it defaults to the target"
        );
        for local in [
            "http://127.0.0.1:8080/",
            "https://10.1.2.3/",
            "https://[::1]/",
            "https://[fd00::1]/",
            "https://printer.local/",
            "https://tunes.test/",
            "https://intranet.corp/",
            "https://localhost/",
            "https://nas/",
        ] {
            assert_eq!(
                Target::from_url(&Url::parse(local).unwrap()),
                None,
                "{local}"
            );
        }
        assert!(Target::from_url(&Url::parse("https://93.184.215.14/").unwrap()).is_some());
        let body = request_body(&t, None, None);
        let locations = body["locations"].as_array().unwrap();
        assert!(locations.iter().all(|l| l.get("continent").is_some()));
        let total: u64 = locations.iter().map(|l| l["limit"].as_u64().unwrap()).sum();
        assert_eq!(total, 10);
        let api = Api {
            base: Url::parse("https://api.globalping.io/v1").unwrap(),
            token: Some("secret".into()),
        };
        assert!(!format!("{api:?}").contains("secret"));
        assert_eq!(
            join(&api.base, "measurements").unwrap().as_str(),
            "https://api.globalping.io/v1/measurements"
        );
    }
}
