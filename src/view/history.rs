//! What the history shows, for every front end: `downbeat history`'s report, the window's
//! 24 h / 7 d / 30 d, the CSV export's window, and the words for them (an uptime, a moment, an
//! incident). The store answers queries; this decides what is shown and says it. The CLI and
//! the window read the same uptime from here, so they can't disagree.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use serde::Serialize;

use crate::model::time::rfc3339_ms;
use crate::model::{Arg, Blame, Cause, Diagnosis, Message};
use crate::msg;
use crate::store::{
    Bucket, History, Incident, LatencyBucket, PhaseStats, ServiceUptime, StoreError,
};
use crate::view::i18n::{
    self, clock_seconds as local_clock, span as human_span, when as local_when,
};

const DAY: i64 = 86_400_000;

/// The window's spans: name, length, and how many bars.
pub const WINDOWS: [(&str, i64, usize); 3] =
    [("24h", DAY, 48), ("7d", 7 * DAY, 84), ("30d", 30 * DAY, 90)];

/// How far back the window's CSV export reaches.
pub const EXPORT_SPAN_MS: i64 = 30 * DAY;

/// An uptime for people. With nothing judged (never reached, or only while offline) it is
/// "no data", never "100%"; with any time down it never rounds up to "100%".
pub fn uptime_text(pct: Option<f64>, any_down: bool) -> String {
    let Some(p) = pct else {
        return i18n::text("history-no-data");
    };
    let percent = |v: f64, places: u8| msg!("history-uptime", pct = Arg::decimal(v, places));
    if !any_down {
        return if p >= 99.995 {
            percent(100.0, 0)
        } else {
            percent(p, 2)
        }
        .to_string();
    }
    for digits in [2u8, 3, 4] {
        let s = format!("{p:.*}", usize::from(digits));
        if s.parse::<f64>().is_ok_and(|v| v < 100.0) {
            return percent(p, digits).to_string();
        }
    }
    i18n::text("history-uptime-under-100")
}

/// An incident as people read it: what it was ("Spotify down", "You were offline", "Your
/// network's DNS blocked Spotify"), whose side, and the check and diagnosis behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentView {
    #[serde(flatten)]
    pub incident: Incident,
    /// What it was, in the words the tray and notifications use.
    pub what: String,
    /// The check and the worst diagnosis: "front: server error".
    pub why: String,
    /// Whose side, in a word: "yours" or "theirs" (the blame is in `blame`).
    pub side: String,
    /// When it started, in local time ("2 Dec 16:09").
    pub when: String,
    /// How long: "12 min", "12 min, ongoing".
    pub lasted: String,
}

impl IncidentView {
    pub fn new(i: Incident, now_ms: i64) -> IncidentView {
        let cause = Cause::from_code(&i.cause);
        let service = i.service.as_deref();
        let now = i.ongoing;
        let what = match (cause, service) {
            (Some(Cause::Offline) | None, None) => your_side(Cause::Offline, None, now),
            (Some(c), Some(name)) if c.blame() == Blame::You => your_side(c, Some(name), now),
            (Some(c), None) => your_side(c, None, now),
            (_, Some(name)) => {
                let state = i.state.as_str();
                match i.scope.as_deref() {
                    Some("everywhere") => {
                        msg!("history-incident-everywhere", service = name, state = state)
                    }
                    Some("region") => {
                        msg!("history-incident-region", service = name, state = state)
                    }
                    _ => msg!("history-incident", service = name, state = state),
                }
            }
        }
        .to_string();
        let how = i
            .worst_diagnosis
            .as_deref()
            .or(i.first_diagnosis.as_deref())
            .and_then(Diagnosis::from_code)
            .map(Diagnosis::headline);
        let why = match (i.check.as_deref(), how) {
            (Some(check), Some(how)) => {
                msg!("history-incident-why", check = check, diagnosis = how).to_string()
            }
            (Some(check), None) => check.to_owned(),
            (None, Some(how)) => how.to_string(),
            (None, None) => String::new(),
        };
        let side = msg!("history-side", blame = i.blame.as_str()).to_string();
        IncidentView {
            what,
            why,
            side,
            when: local_when(i.start_ms, now_ms),
            lasted: lasted(&i),
            incident: i,
        }
    }

    /// The incident in one line, after its time, for `downbeat history`'s listing: "Tunes down
    /// for 12 min (front: server error; their side)".
    pub fn line(&self) -> String {
        msg!(
            "history-incident-line",
            what = self.what.as_str(),
            lasted = self.lasted.as_str(),
            why = self.why.as_str(),
            blame = self.incident.blame.as_str(),
        )
        .to_string()
    }
}

/// How long an incident lasted, in the time Downbeat watched it: "12 min", "12 min, ongoing",
/// and a stop or a pause inside it said, never counted ("30 s watched; Downbeat wasn't
/// watching for 20 s of it").
fn lasted(i: &Incident) -> String {
    let span = |s: f64| Arg::span(Duration::from_secs_f64(s.max(0.0)));
    let watched = span(i.duration_s);
    // Under a second unwatched is the rounds' own spacing, not a gap.
    let gap = (i.unwatched_s >= 1.0).then(|| span(i.unwatched_s));
    match (gap, i.ongoing) {
        (None, false) => msg!("history-lasted", watched = watched),
        (None, true) => msg!("history-lasted-ongoing", watched = watched),
        (Some(g), false) => msg!("history-lasted-unwatched", watched = watched, unwatched = g),
        (Some(g), true) => {
            msg!(
                "history-lasted-unwatched-ongoing",
                watched = watched,
                unwatched = g
            )
        }
    }
    .to_string()
}

/// A problem on the user's side, as an incident list says it: in the present tense while it
/// lasts ("You're offline"), else in the past ("You were offline"). `service` is the service it
/// hit, or `None` for the connection's own ("your services").
fn your_side(c: Cause, service: Option<&str>, ongoing: bool) -> Message {
    let tense = if ongoing { "ongoing" } else { "past" };
    let named = service.is_some();
    let service: Arg = match service {
        Some(name) => name.into(),
        None => msg!("history-your-services").into(),
    };
    match c {
        Cause::Offline => msg!("history-offline", tense = tense),
        Cause::NoNetwork => msg!("history-no-network", tense = tense),
        Cause::RouterDown => msg!("history-router-down", tense = tense),
        Cause::LineDown => msg!("history-line-down", tense = tense),
        Cause::VpnDown => msg!("history-vpn-down", tense = tense),
        Cause::Ipv6Broken => msg!("history-ipv6-broken", tense = tense),
        Cause::Ipv4Broken => msg!("history-ipv4-broken", tense = tense),
        Cause::CaptivePortal => msg!("history-captive-portal", tense = tense),
        Cause::DnsResolverDown => msg!("history-dns-resolver-down", tense = tense),
        Cause::DnsFiltered => msg!("history-dns-filtered", tense = tense, service = service),
        Cause::SlowConnection => msg!("history-slow-connection", tense = tense),
        // "your services' preferred port": the possessive is the catalogue's.
        Cause::PortBlocked if !named => msg!("history-port-blocked-all", tense = tense),
        Cause::PortBlocked => msg!("history-port-blocked", tense = tense, service = service),
        Cause::DownbeatOutdated => msg!("history-downbeat-outdated", tense = tense),
        Cause::Provider => msg!("history-provider", tense = tense, service = service),
        Cause::NetworkPath => msg!("history-network-path", tense = tense, service = service),
        Cause::ClockWrong => msg!("history-clock-wrong", tense = tense),
        Cause::TlsIntercepted => msg!("history-tls-intercepted", tense = tense),
        Cause::DnsUnconfirmed => msg!("history-dns-unconfirmed", tense = tense, service = service),
        Cause::None | Cause::Service => {
            msg!("history-service-failing", tense = tense, service = service)
        }
    }
}

/// The report's time on the user's side in one sentence: offline (for every service), then
/// each service's other time on this side (a DNS filter, interception, a portal, …).
fn your_side_words(offline_s: f64, services: &[ServiceSummary]) -> Option<String> {
    let mut parts: Vec<Message> = Vec::new();
    if offline_s >= 1.0 {
        parts.push(msg!(
            "history-your-side-offline",
            lasted = Arg::span(Duration::from_secs_f64(offline_s)),
        ));
    }
    // Services stopped for as long (a portal stops them all) are said together: as long as
    // the words say.
    let mut alike: Vec<(String, Duration, Vec<&str>)> = Vec::new();
    for s in services {
        let other = s.uptime.your_side_s - s.uptime.offline_s;
        if other >= 1.0 {
            let lasted = Duration::from_secs_f64(other);
            let words = human_span(lasted);
            match alike.iter_mut().find(|(w, ..)| *w == words) {
                Some((.., names)) => names.push(&s.uptime.service),
                None => alike.push((words, lasted, vec![&s.uptime.service])),
            }
        }
    }
    for (_, lasted, names) in alike {
        let (services, lasted) = (Arg::list(names), Arg::span(lasted));
        parts.push(if parts.is_empty() {
            msg!(
                "history-your-side-stopped-first",
                services = services,
                lasted = lasted
            )
        } else {
            msg!(
                "history-your-side-stopped",
                services = services,
                lasted = lasted
            )
        });
    }
    if parts.is_empty() {
        return None;
    }
    Some(
        msg!(
            "history-your-side",
            count = parts.len(),
            parts = Arg::list(parts)
        )
        .to_string(),
    )
}

/// How far apart the rounds of the config at `path` (else the one Downbeat finds) may be and
/// still be one stretch of watching, for reading the history: an open incident is ongoing only
/// while Downbeat is watching. A config that doesn't load reads with the defaults.
pub fn gap(path: Option<&std::path::Path>) -> Duration {
    crate::Config::load(path).map_or(crate::store::DEFAULT_GAP, |c| {
        crate::store::max_gap(c.settings.interval, c.settings.backoff_max)
    })
}

/// A service's summary for `downbeat history`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceSummary {
    #[serde(flatten)]
    pub uptime: ServiceUptime,
    /// [`uptime_text`] of it.
    pub uptime_text: String,
    pub latency: BTreeMap<String, PhaseStats>,
}

/// What `downbeat history` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryReport {
    pub since: String,
    pub until: String,
    pub services: Vec<ServiceSummary>,
    pub incidents: Vec<IncidentView>,
    /// Seconds the user was offline in the window, while Downbeat was watching.
    pub offline_s: f64,
    /// What the window's time on the user's side was, in words, for the text listing: "You
    /// were offline for 22 s, and a problem on your side stopped Podcasts for 2 min; neither
    /// is counted against a service." `None` when there was none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub your_side: Option<String>,
}

impl HistoryReport {
    /// Nothing recorded (yet).
    pub fn empty(from_ms: i64, to_ms: i64) -> HistoryReport {
        HistoryReport {
            since: rfc3339_ms(from_ms),
            until: rfc3339_ms(to_ms),
            services: Vec::new(),
            incidents: Vec::new(),
            offline_s: 0.0,
            your_side: None,
        }
    }
}

/// Everything `downbeat history` prints, over `[from_ms, to_ms)`, for one service or all.
pub fn report(
    h: &History,
    from_ms: i64,
    to_ms: i64,
    service: Option<&str>,
) -> Result<HistoryReport, StoreError> {
    let names: Vec<String> = match service {
        Some(s) => vec![s.to_owned()],
        None => h.services(from_ms)?,
    };
    let offline_s = h.offline_ms(from_ms, to_ms)? as f64 / 1000.0;
    let mut services = Vec::new();
    for name in &names {
        let latency = h
            .latency(name, from_ms, to_ms, 1)?
            .into_iter()
            .next()
            .map(|b| b.phases)
            .unwrap_or_default();
        let uptime = h.uptime(name, from_ms, to_ms)?;
        services.push(ServiceSummary {
            uptime_text: uptime_text(uptime.uptime_pct, uptime.down_s > 0.0),
            uptime,
            latency,
        });
    }
    Ok(HistoryReport {
        since: rfc3339_ms(from_ms),
        until: rfc3339_ms(to_ms),
        your_side: your_side_words(offline_s, &services),
        services,
        incidents: h
            .incidents(from_ms, service, to_ms)?
            .into_iter()
            .map(|i| IncidentView::new(i, to_ms))
            .collect(),
        offline_s,
    })
}

/// One bar of the window's uptime: its counts, its look and what hovering over it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BarView {
    #[serde(flatten)]
    pub bucket: Bucket,
    /// "down", "degraded", "up", "offline", or "" for no data.
    pub look: &'static str,
    /// "2 Dec 16:00: 30 up, 2 down" or "no data".
    pub title: String,
}

impl BarView {
    fn new(b: Bucket, now_ms: i64) -> BarView {
        let look = if b.down > 0 {
            "down"
        } else if b.degraded > 0 {
            "degraded"
        } else if b.up > 0 {
            "up"
        } else if b.offline > 0 {
            "offline"
        } else {
            ""
        };
        let counts: Vec<String> = [
            (b.up, "up"),
            (b.degraded, "degraded"),
            (b.down, "down"),
            (b.offline, "your-side"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, kind)| msg!("history-bar-count", count = n, kind = kind).to_string())
        .collect();
        let title = if counts.is_empty() {
            i18n::text("history-no-data")
        } else {
            msg!(
                "history-bar-title",
                when = local_when(b.start_ms, now_ms),
                counts = counts.join(&i18n::text("list-comma")),
            )
            .to_string()
        };
        BarView {
            bucket: b,
            look,
            title,
        }
    }
}

/// A window of history: uptime, in numbers and words, and its bars.
#[derive(Debug, Clone, Serialize)]
pub struct WindowView {
    pub uptime_pct: Option<f64>,
    /// [`uptime_text`]: "99.93%", "100%", "no data".
    pub uptime_text: String,
    pub buckets: Vec<BarView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceHistory {
    pub name: String,
    pub windows: BTreeMap<String, WindowView>,
    pub latency: Vec<LatencyBucket>,
    /// The phases the chart shows: those measured in `latency`, in the order of a request.
    pub phases: Vec<&'static str>,
    /// Each latency bucket's start for people, in local time: "2 Dec 16:30", or "16:09:05"
    /// over the last hour.
    pub times: Vec<String>,
    /// What `latency` covers: "24h" (half-hour medians), or "1h" (the rounds themselves, in
    /// 5 s slots) while the day has too little for a chart.
    pub latency_span: &'static str,
    /// Checks with unverified results (`insecure = true`) in the last 30 days.
    pub unverified_checks: Vec<String>,
}

/// The history window's data.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryView {
    pub now_ms: i64,
    /// Every diagnosis code and its plain-words headline.
    pub diagnoses: BTreeMap<&'static str, String>,
    pub services: Vec<ServiceHistory>,
    pub incidents: Vec<IncidentView>,
    /// What to say where incidents would be listed, when there are none.
    pub no_incidents: String,
    pub recorded: bool,
}

/// What the window says when there are no incidents.
fn no_incidents(names: &[String]) -> String {
    if names.is_empty() {
        i18n::text("history-nothing-checked")
    } else {
        i18n::text("history-no-incidents")
    }
}

fn diagnoses() -> BTreeMap<&'static str, String> {
    Diagnosis::ALL
        .iter()
        .map(|d| (d.as_str(), d.headline().to_string()))
        .collect()
}

/// The phases a chart draws, in the order of a request.
const CHART_PHASES: [&str; 6] = ["dns", "connect", "tls", "hello", "ttfb", "transfer"];

/// The window's history of `names` at `now_ms`: uptime bars for 24 h, 7 d and 30 d, latency
/// for 24 h (or the last hour, at first), and the last 30 days' incidents (50 at most).
pub fn window(
    h: Option<&History>,
    names: &[String],
    now_ms: i64,
) -> Result<HistoryView, StoreError> {
    let Some(h) = h else {
        return Ok(HistoryView {
            now_ms,
            diagnoses: diagnoses(),
            services: Vec::new(),
            incidents: Vec::new(),
            no_incidents: no_incidents(names),
            recorded: false,
        });
    };
    let mut services = Vec::new();
    for name in names {
        let mut windows = BTreeMap::new();
        let mut unverified_checks = Vec::new();
        for (label, span, n) in WINDOWS {
            let uptime = h.uptime(name, now_ms - span, now_ms)?;
            unverified_checks = uptime.unverified_checks;
            let buckets = h.timeline(name, now_ms - span, now_ms, n)?;
            let any_down = buckets.iter().any(|b| b.down > 0) || uptime.down_s > 0.0;
            windows.insert(
                label.to_owned(),
                WindowView {
                    uptime_pct: uptime.uptime_pct,
                    uptime_text: uptime_text(uptime.uptime_pct, any_down),
                    buckets: buckets
                        .into_iter()
                        .map(|b| BarView::new(b, now_ms))
                        .collect(),
                },
            );
        }
        let mut latency = h.latency(name, now_ms - DAY, now_ms, 48)?;
        let mut latency_span = "24h";
        let filled = |l: &[LatencyBucket]| l.iter().filter(|b| !b.phases.is_empty()).count();
        if filled(&latency) < 3 {
            // The first hours: the last hour's results (5 s slots: one round each at the usual
            // intervals) rather than a lone half-hour dot.
            let recent = h.latency(name, now_ms - DAY / 24, now_ms, 720)?;
            if filled(&recent) > filled(&latency) {
                latency = recent;
                latency_span = "1h";
            }
        }
        let phases = CHART_PHASES
            .into_iter()
            .filter(|p| latency.iter().any(|b| b.phases.contains_key(*p)))
            .collect();
        let times = latency
            .iter()
            .map(|b| match latency_span {
                "1h" => local_clock(b.start_ms),
                _ => local_when(b.start_ms, now_ms),
            })
            .collect();
        services.push(ServiceHistory {
            name: name.clone(),
            windows,
            latency,
            phases,
            times,
            latency_span,
            unverified_checks,
        });
    }
    let mut incidents = h.incidents(now_ms - 30 * DAY, None, now_ms)?;
    incidents.truncate(50);
    Ok(HistoryView {
        now_ms,
        diagnoses: diagnoses(),
        services,
        incidents: incidents
            .into_iter()
            .map(|i| IncidentView::new(i, now_ms))
            .collect(),
        no_incidents: no_incidents(names),
        recorded: true,
    })
}

/// The window's CSV export: the raw results of the last 30 days. Returns how many rows.
pub fn export(h: &History, now_ms: i64, w: &mut dyn Write) -> Result<u64, StoreError> {
    h.export_csv(now_ms - EXPORT_SPAN_MS, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uptime_says_no_data_and_never_rounds_a_failure_away() {
        let cases: &[(Option<f64>, bool, &str)] = &[
            (None, false, "no data"),
            (None, true, "no data"),
            (Some(100.0), false, "100%"),
            (Some(99.999), false, "100%"),
            (Some(99.93), false, "99.93%"),
            (Some(99.999), true, "99.999%"),
            (Some(99.999_99), true, "under 100%"),
            (Some(29.61), true, "29.61%"),
        ];
        for &(pct, down, want) in cases {
            assert_eq!(uptime_text(pct, down), want, "{pct:?} {down}");
        }
    }

    fn incident(service: Option<&str>, state: &str, cause: Cause, ongoing: bool) -> Incident {
        Incident {
            service: service.map(str::to_owned),
            check: service.map(|_| "front".to_owned()),
            state: state.to_owned(),
            start: rfc3339_ms(0),
            end: None,
            start_ms: 0,
            end_ms: None,
            duration_s: 750.0,
            unwatched_s: 0.0,
            ongoing,
            first_diagnosis: Some("http_server_error".into()),
            worst_diagnosis: Some("http_server_error".into()),
            blame: cause.blame().as_str().to_owned(),
            cause: cause.as_str().to_owned(),
            notified: true,
            detail: crate::model::Message::empty(),
            scope: None,
        }
    }

    #[test]
    fn an_incident_says_what_it_was_and_whose_side() {
        let cases = [
            (
                Some("Tunes"),
                "down",
                Cause::Service,
                "Tunes down",
                "theirs",
            ),
            (None, "offline", Cause::Offline, "You were offline", "yours"),
            (
                Some("Tunes"),
                "down",
                Cause::DnsFiltered,
                "Your network's DNS blocked Tunes",
                "yours",
            ),
            (
                None,
                "offline",
                Cause::CaptivePortal,
                "Wi-Fi sign-in needed",
                "yours",
            ),
        ];
        for (service, state, cause, what, side) in cases {
            let v = IncidentView::new(incident(service, state, cause, false), 0);
            assert_eq!(
                (v.what.as_str(), v.side.as_str()),
                (what, side),
                "{cause:?}"
            );
            assert_eq!(v.lasted, "13 min");
        }
        let v = IncidentView::new(incident(Some("Tunes"), "down", Cause::Service, true), 0);
        assert_eq!(v.lasted, "13 min, ongoing");
        assert!(v.why.starts_with("front: "), "{}", v.why);
    }
}
