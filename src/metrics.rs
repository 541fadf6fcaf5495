//! The metrics sink: the monitor's latest snapshot as Prometheus metrics, for `downbeat serve`.
//!
//! Where a meaning is the same, the names are blackbox_exporter's, so its dashboards and alerts
//! work: `probe_success`, `probe_duration_seconds`, `probe_http_duration_seconds{phase}`,
//! `probe_http_status_code`, `probe_ssl_earliest_cert_expiry`, `probe_dns_lookup_time_seconds`.
//! Downbeat's own series start with `downbeat_`. Every check's series carry the labels
//! `service`, `check`, `kind` and `role` (`service`, or `baseline` with `service="baseline"`).
//!
//! Rendering is a pure function of a [`Snapshot`] and the [`Incidents`] counted so far, in the
//! Prometheus text format or in OpenMetrics.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use crate::model::{CheckKind, CheckResult, Sink, State, Status, Transition};
use crate::view::Snapshot;

/// Which exposition format a scraper asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The Prometheus text format, version 0.0.4.
    Text,
    /// OpenMetrics 1.0.0 (asked for with `Accept: application/openmetrics-text`).
    OpenMetrics,
}

impl Format {
    /// OpenMetrics when the `Accept` header names it, else the text format.
    pub fn negotiate(accept: Option<&str>) -> Format {
        match accept {
            Some(a) if a.contains("application/openmetrics-text") => Format::OpenMetrics,
            _ => Format::Text,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain; version=0.0.4; charset=utf-8",
            Format::OpenMetrics => "application/openmetrics-text; version=1.0.0; charset=utf-8",
        }
    }
}

/// The bad states a service goes into: each entry is an incident, and their counters are
/// served from 0. (A service judged offline is the connection's incident, not the service's.)
const SERVICE_INCIDENTS: [State; 2] = [State::Degraded, State::Down];
/// The bad states the connection goes into (down: a captive portal, a DNS filter, a dead
/// resolver): each entry is an incident, and their counters are served from 0.
const CONNECTION_INCIDENTS: [State; 3] = [State::Degraded, State::Down, State::Offline];

/// Counts the incidents the monitor reported: each time a service, or the connection, went
/// into a bad state. A [`Sink`], so the monitor feeds it like any other.
#[derive(Debug, Default)]
pub struct Incidents {
    /// (service, or `None` for the connection; the state it went to) → how many times.
    counts: Mutex<BTreeMap<(Option<String>, State), u64>>,
}

impl Incidents {
    pub fn new() -> Self {
        Incidents::default()
    }

    fn snapshot(&self) -> BTreeMap<(Option<String>, State), u64> {
        self.counts.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

impl Sink for Incidents {
    fn on_transition(&self, t: &Transition, _notified: bool) {
        let bad = match t.service {
            Some(_) => SERVICE_INCIDENTS.as_slice(),
            None => CONNECTION_INCIDENTS.as_slice(),
        };
        if bad.contains(&t.to) && t.to != t.from {
            if let Ok(mut c) = self.counts.lock() {
                *c.entry((t.service.clone(), t.to)).or_default() += 1;
            }
        }
    }
}

/// One metric family: its name, type and help, as docs/many-machines.md lists them.
struct Family {
    name: &'static str,
    kind: &'static str,
    help: &'static str,
}

/// Every family Downbeat serves, in the order it serves them.
const FAMILIES: &[Family] = &[
    Family {
        name: "probe_success",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "Whether the check succeeded (1) or failed (0). A slow check that works succeeds.",
    },
    Family {
        name: "probe_duration_seconds",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "How long the check took, in seconds.",
    },
    Family {
        name: "probe_dns_lookup_time_seconds",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "How long the DNS lookup took, in seconds.",
    },
    Family {
        name: "probe_http_duration_seconds",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The duration of each phase of an HTTP check, in seconds: resolve (DNS), connect, tls, processing (request sent to first response byte), transfer.",
    },
    Family {
        name: "probe_http_status_code",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The HTTP status code of the response.",
    },
    Family {
        name: "probe_ssl_earliest_cert_expiry",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "When the server's certificate expires, in Unix seconds.",
    },
    Family {
        name: "downbeat_check_phase_seconds",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The duration of each phase Downbeat measures, in seconds: dns, connect, tls, hello (Spotify's access point), ttfb, transfer.",
    },
    Family {
        name: "downbeat_stream_throughput_kbps",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "A stream check's download rate, in kilobits per second.",
    },
    Family {
        name: "downbeat_check_timestamp_seconds",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "When the check last ran, in Unix seconds.",
    },
    Family {
        name: "downbeat_check_diagnosis_info",
        kind: "info",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The check's diagnosis code (ok when it succeeded).",
    },
    Family {
        name: "downbeat_service_state",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The service's state as the monitor judges it over time: 1 for the state it is in.",
    },
    Family {
        name: "downbeat_service_cause_info",
        kind: "info",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "Why the service is in its state, and whose side that is: its cause (none when up, service when it's them, or a cause on this machine's side such as dns_filtered or tls_intercepted) and blame.",
    },
    Family {
        name: "downbeat_connection_state",
        kind: "gauge",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "This machine's connection, from the baseline checks: 1 for the state it is in.",
    },
    Family {
        name: "downbeat_verdict_info",
        kind: "info",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "The verdict: the overall status, whose side the problem is on (blame), its cause, and how far it reaches as seen from elsewhere (scope: everywhere, region, partial, only_here, unknown, or none when the world was not asked).",
    },
    Family {
        name: "downbeat_incidents_total",
        kind: "counter",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "How many times a service went down or degraded, by service and state; 0 from the start for each service.",
    },
    Family {
        name: "downbeat_connection_incidents_total",
        kind: "counter",
        // not for people: Prometheus HELP text, read as the exposition format has it
        help: "How many times this machine's connection went offline, down (a captive portal, a DNS filter, a dead resolver) or degraded; 0 from the start.",
    },
];

/// The states a state set lists, in order.
const STATES: [State; 5] = [
    State::Unknown,
    State::Up,
    State::Degraded,
    State::Down,
    State::Offline,
];

/// The metrics of `snap`, with the incidents counted so far, in `format`.
pub fn render(snap: &Snapshot, incidents: &Incidents, format: Format) -> String {
    let mut samples: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut add = |family: &'static str, labels: &[(&str, &str)], value: f64| {
        samples.entry(family).or_default().push(format!(
            "{family}{} {}",
            labels_text(labels),
            number(value)
        ));
    };

    let services = snap.services.iter().flat_map(|s| {
        s.checks
            .iter()
            .map(move |c| (s.name.as_str(), "service", c, s.checked_at))
    });
    let baseline = snap
        .baseline
        .iter()
        .map(|c| ("baseline", "baseline", c, snap.baseline_at));
    for (service, role, check, at) in services.chain(baseline) {
        check_samples(&mut add, service, role, check, at);
    }

    for s in &snap.services {
        for state in STATES {
            let on = if s.state == state { 1.0 } else { 0.0 };
            add(
                "downbeat_service_state",
                &[("service", &s.name), ("state", state.as_str())],
                on,
            );
        }
    }
    for s in &snap.services {
        add(
            "downbeat_service_cause_info",
            &[
                ("service", &s.name),
                ("cause", s.cause.as_str()),
                ("blame", s.cause.blame().as_str()),
            ],
            1.0,
        );
    }
    for state in STATES {
        let on = if snap.connection == state { 1.0 } else { 0.0 };
        add(
            "downbeat_connection_state",
            &[("state", state.as_str())],
            on,
        );
    }
    let scope = snap
        .services
        .iter()
        .find_map(|v| v.outside.as_ref())
        .map_or("none", |o| o.scope.as_str());
    add(
        "downbeat_verdict_info",
        &[
            ("status", snap.overall.as_str()),
            ("blame", snap.cause.blame().as_str()),
            ("cause", snap.cause.as_str()),
            ("scope", scope),
        ],
        1.0,
    );
    // Every counter is served from 0, for each service the snapshot knows and the
    // connection, so `increase()` counts a vantage point's first incident too.
    let mut counts: BTreeMap<(Option<String>, State), u64> = snap
        .services
        .iter()
        .flat_map(|s| SERVICE_INCIDENTS.map(|state| (Some(s.name.clone()), state)))
        .chain(CONNECTION_INCIDENTS.map(|state| (None, state)))
        .map(|key| (key, 0))
        .collect();
    counts.extend(incidents.snapshot());
    for ((subject, state), n) in counts {
        match subject {
            Some(s) => add(
                "downbeat_incidents_total",
                &[("service", &s), ("state", state.as_str())],
                n as f64,
            ),
            None => add(
                "downbeat_connection_incidents_total",
                &[("state", state.as_str())],
                n as f64,
            ),
        }
    }

    let mut out = String::new();
    for f in FAMILIES {
        let base = family_name(f, format);
        let kind = match (format, f.kind) {
            (Format::Text, "info") => "gauge",
            (_, k) => k,
        };
        let _ = writeln!(out, "# HELP {base} {}", f.help);
        let _ = writeln!(out, "# TYPE {base} {kind}");
        for line in samples.get(f.name).into_iter().flatten() {
            out.push_str(line);
            out.push('\n');
        }
    }
    if format == Format::OpenMetrics {
        out.push_str("# EOF\n");
    }
    out
}

/// The samples of one check's latest result.
fn check_samples(
    add: &mut impl FnMut(&'static str, &[(&str, &str)], f64),
    service: &str,
    role: &str,
    c: &CheckResult,
    at: Option<SystemTime>,
) {
    let r = &c.report;
    let labels = [
        ("service", service),
        ("check", c.name.as_str()),
        ("kind", r.kind.as_str()),
        ("role", role),
    ];
    let ok = matches!(r.status, Status::Up | Status::Degraded);
    add("probe_success", &labels, if ok { 1.0 } else { 0.0 });
    add("probe_duration_seconds", &labels, r.total.as_secs_f64());
    if let Some(d) = r.phases.dns {
        add("probe_dns_lookup_time_seconds", &labels, d.as_secs_f64());
    }
    if matches!(
        r.kind,
        CheckKind::Handshake | CheckKind::Stream | CheckKind::Captive
    ) {
        // blackbox_exporter's phases: resolve is the lookup, processing runs from the request
        // to the first response byte (Downbeat's ttfb), transfer from there to the end.
        let p = &r.phases;
        let phases = [
            ("resolve", p.dns),
            ("connect", p.connect),
            ("tls", p.tls),
            ("processing", p.ttfb),
            ("transfer", p.transfer),
        ];
        for (phase, d) in phases {
            let with = with_label(&labels, ("phase", phase));
            add(
                "probe_http_duration_seconds",
                &with,
                d.map_or(0.0, |d| d.as_secs_f64()),
            );
        }
    }
    for (phase, d) in r.phases.named() {
        if let Some(d) = d {
            let with = with_label(&labels, ("phase", phase.as_str()));
            add("downbeat_check_phase_seconds", &with, d.as_secs_f64());
        }
    }
    if let Some(code) = r.http_status {
        add("probe_http_status_code", &labels, f64::from(code));
    }
    if let Some(expiry) = r
        .tls
        .as_ref()
        .and_then(|t| t.cert_not_after.as_deref())
        .and_then(unix_seconds)
    {
        add("probe_ssl_earliest_cert_expiry", &labels, expiry);
    }
    if let Some(kbps) = r.throughput {
        add("downbeat_stream_throughput_kbps", &labels, kbps.0 as f64);
    }
    if let Some(at) = at {
        let secs = at
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or(Duration::ZERO);
        add(
            "downbeat_check_timestamp_seconds",
            &labels,
            secs.as_secs_f64(),
        );
    }
    let diagnosis = with_label(&labels, ("diagnosis", r.diagnosis.as_str()));
    add("downbeat_check_diagnosis_info", &diagnosis, 1.0);
}

fn with_label<'a>(
    labels: &[(&'a str, &'a str); 4],
    extra: (&'a str, &'a str),
) -> [(&'a str, &'a str); 5] {
    [labels[0], labels[1], labels[2], labels[3], extra]
}

/// The family's name in the `# HELP` and `# TYPE` lines: OpenMetrics names a counter without
/// its `_total` and an info without its `_info`.
fn family_name(f: &Family, format: Format) -> &'static str {
    match (format, f.kind) {
        (Format::OpenMetrics, "counter") => f.name.strip_suffix("_total").unwrap_or(f.name),
        (Format::OpenMetrics, "info") => f.name.strip_suffix("_info").unwrap_or(f.name),
        _ => f.name,
    }
}

/// `{a="x",b="y"}`, values escaped as both formats require.
fn labels_text(labels: &[(&str, &str)]) -> String {
    let mut s = String::from("{");
    for (i, (k, v)) in labels.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(k);
        s.push_str("=\"");
        for ch in v.chars() {
            match ch {
                '\\' => s.push_str("\\\\"),
                '"' => s.push_str("\\\""),
                '\n' => s.push_str("\\n"),
                c => s.push(c),
            }
        }
        s.push('"');
    }
    s.push('}');
    s
}

/// A sample value: integers without a fraction, others as Rust prints them (both parse).
fn number(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else if v.is_nan() {
        "NaN".into()
    } else {
        format!("{v}")
    }
}

/// RFC 3339 → Unix seconds.
fn unix_seconds(rfc3339: &str) -> Option<f64> {
    let t = time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .ok()?;
    Some(t.unix_timestamp() as f64)
}

#[cfg(test)]
mod tests;
