//! The exposition's table tests: a snapshot in, the samples out.

use std::time::{Duration, SystemTime};

use super::*;
use crate::model::{Cause, Diagnosis, Phases, Report, TlsInfo, Transition};
use crate::schedule::Paused;
use crate::view::ServiceView;

fn check(name: &str, kind: CheckKind, d: Diagnosis) -> CheckResult {
    let mut report = Report::bare(kind, "https://svc.test/", d, "");
    report.phases = Phases {
        dns: Some(Duration::from_millis(2)),
        connect: Some(Duration::from_millis(3)),
        tls: Some(Duration::from_millis(5)),
        hello: None,
        ttfb: Some(Duration::from_millis(40)),
        transfer: Some(Duration::from_millis(1)),
    };
    report.total = Duration::from_millis(51);
    CheckResult {
        name: name.into(),
        report,
    }
}

fn service(name: &str, state: State, checks: Vec<CheckResult>) -> ServiceView {
    ServiceView {
        name: name.into(),
        state,
        cause: Cause::None,
        since: None,
        cause_since: None,
        check: None,
        diagnosis: None,
        detail: None,
        unverified: false,
        checks,
        checked_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)),
        groups: Vec::new(),
        groups_line: None,
        outside: None,
        status_page: None,
    }
}

fn snapshot(services: Vec<ServiceView>, baseline: Vec<CheckResult>) -> Snapshot {
    Snapshot {
        overall: State::Down,
        cause: Cause::Service,
        connection: State::Up,
        connection_cause: Cause::None,
        connection_since: None,
        here: crate::model::Here::NONE,
        paused: Paused::No,
        checking: false,
        services,
        last_round: None,
        last_checked: None,
        baseline_checks: baseline.len(),
        baseline,
        baseline_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)),
    }
}

fn sample<'a>(text: &'a str, name_and_labels: &str) -> Option<&'a str> {
    text.lines()
        .find_map(|l| l.strip_prefix(name_and_labels)?.strip_prefix(' '))
}

#[test]
fn checks_are_blackbox_series_with_downbeats_labels() {
    let mut web = check("web", CheckKind::Handshake, Diagnosis::HttpServerError);
    web.report.http_status = Some(503);
    web.report.tls = Some(TlsInfo {
        version: Some("TLSv1.3".into()),
        cert_not_after: Some("2027-01-01T00:00:00Z".into()),
        cert_days_left: Some(30),
        ..TlsInfo::default()
    });
    let mut cdn = check("cdn", CheckKind::Stream, Diagnosis::Ok);
    cdn.report.throughput = Some(crate::model::Kbps(2500));
    let snap = snapshot(
        vec![service("Tunes \"2\"", State::Down, vec![web, cdn])],
        vec![check("gstatic", CheckKind::Captive, Diagnosis::Ok)],
    );
    let text = render(&snap, &Incidents::new(), Format::Text);
    let web = r#"{service="Tunes \"2\"",check="web",kind="handshake",role="service"}"#;
    let cases: &[(&str, &str, &str)] = &[
        ("probe_success", web, "0"),
        ("probe_duration_seconds", web, "0.051"),
        ("probe_dns_lookup_time_seconds", web, "0.002"),
        ("probe_http_status_code", web, "503"),
        ("probe_ssl_earliest_cert_expiry", web, "1798761600"),
        (
            "probe_http_duration_seconds",
            r#"{service="Tunes \"2\"",check="web",kind="handshake",role="service",phase="processing"}"#,
            "0.04",
        ),
        (
            "downbeat_check_phase_seconds",
            r#"{service="Tunes \"2\"",check="web",kind="handshake",role="service",phase="ttfb"}"#,
            "0.04",
        ),
        (
            "downbeat_check_diagnosis_info",
            r#"{service="Tunes \"2\"",check="web",kind="handshake",role="service",diagnosis="http_server_error"}"#,
            "1",
        ),
        ("downbeat_check_timestamp_seconds", web, "1800000000"),
        (
            "probe_success",
            r#"{service="Tunes \"2\"",check="cdn",kind="stream",role="service"}"#,
            "1",
        ),
        (
            "downbeat_stream_throughput_kbps",
            r#"{service="Tunes \"2\"",check="cdn",kind="stream",role="service"}"#,
            "2500",
        ),
        (
            "probe_success",
            r#"{service="baseline",check="gstatic",kind="captive",role="baseline"}"#,
            "1",
        ),
        (
            "downbeat_service_state",
            r#"{service="Tunes \"2\"",state="down"}"#,
            "1",
        ),
        (
            "downbeat_service_state",
            r#"{service="Tunes \"2\"",state="up"}"#,
            "0",
        ),
        ("downbeat_connection_state", r#"{state="up"}"#, "1"),
        (
            "downbeat_verdict_info",
            r#"{status="down",blame="them",cause="service",scope="none"}"#,
            "1",
        ),
    ];
    for (name, labels, want) in cases {
        assert_eq!(
            sample(&text, &format!("{name}{labels}")),
            Some(*want),
            "{name}{labels} in\n{text}"
        );
    }
    // The access point's hello is Downbeat's own phase; HTTP phases are for HTTP checks only.
    assert!(!text.contains("phase=\"hello\""));
    assert!(
        !text.contains("probe_ssl_earliest_cert_expiry{service=\"Tunes \\\"2\\\"\",check=\"cdn\"")
    );
}

#[test]
fn incidents_count_each_entry_into_a_bad_state() {
    let incidents = Incidents::new();
    let t = |service: Option<&str>, from, to| {
        Transition::new(
            service.map(Into::into),
            (from, to),
            SystemTime::UNIX_EPOCH,
            (Cause::None, Cause::None),
        )
    };
    for tr in [
        t(Some("Tunes"), State::Unknown, State::Up),
        t(Some("Tunes"), State::Up, State::Down),
        t(Some("Tunes"), State::Down, State::Up),
        t(Some("Tunes"), State::Up, State::Down),
        t(Some("Tunes"), State::Down, State::Down), // a change of cause only
        t(Some("Tunes"), State::Down, State::Degraded),
        t(Some("Tunes"), State::Degraded, State::Offline), // the connection's incident
        t(None, State::Up, State::Offline),
    ] {
        incidents.on_transition(&tr, true);
    }
    // "Quiet" never went anywhere: its counters are served at 0, as the connection's are.
    let quiet = service("Quiet", State::Up, Vec::new());
    let text = render(&snapshot(vec![quiet], Vec::new()), &incidents, Format::Text);
    for (line, want) in [
        (
            r#"downbeat_incidents_total{service="Tunes",state="down"}"#,
            "2",
        ),
        (
            r#"downbeat_incidents_total{service="Quiet",state="down"}"#,
            "0",
        ),
        (
            r#"downbeat_incidents_total{service="Quiet",state="degraded"}"#,
            "0",
        ),
        (
            r#"downbeat_connection_incidents_total{state="degraded"}"#,
            "0",
        ),
        (
            r#"downbeat_incidents_total{service="Tunes",state="degraded"}"#,
            "1",
        ),
        (
            r#"downbeat_connection_incidents_total{state="offline"}"#,
            "1",
        ),
    ] {
        assert_eq!(sample(&text, line), Some(want), "{line} in\n{text}");
    }
    assert!(!text.contains(r#"downbeat_incidents_total{service="Tunes",state="offline"}"#));
}

#[test]
fn openmetrics_names_families_by_their_type_and_ends_with_eof() {
    let incidents = Incidents::new();
    let snap = snapshot(Vec::new(), Vec::new());
    let om = render(&snap, &incidents, Format::OpenMetrics);
    assert!(om.ends_with("# EOF\n"));
    assert!(om.contains("# TYPE downbeat_incidents counter\n"));
    assert!(om.contains("# TYPE downbeat_verdict info\n"));
    // A state set's label would have to be named like the family: a gauge per state reads the
    // same in both formats.
    assert!(om.contains("# TYPE downbeat_service_state gauge\n"));
    assert!(om.contains("downbeat_verdict_info{status=\"down\""));
    let text = render(&snap, &incidents, Format::Text);
    assert!(!text.contains("# EOF"));
    assert!(text.contains("# TYPE downbeat_incidents_total counter\n"));
    assert!(text.contains("# TYPE downbeat_verdict_info gauge\n"));
    assert_eq!(
        Format::negotiate(Some(
            "application/openmetrics-text;version=1.0.0,text/plain;q=0.5"
        )),
        Format::OpenMetrics
    );
    assert_eq!(Format::negotiate(Some("text/plain")), Format::Text);
    assert_eq!(Format::negotiate(None), Format::Text);
}

#[test]
fn the_docs_list_every_family_with_its_type_and_help() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/many-machines.md");
    let readme = std::fs::read_to_string(&path).expect("docs/many-machines.md");
    for f in FAMILIES {
        let row = readme
            .lines()
            .find(|l| {
                l.strip_prefix("| `")
                    .and_then(|r| r.strip_prefix(f.name))
                    .is_some_and(|r| r.starts_with('`') || r.starts_with('{'))
            })
            .unwrap_or_else(|| {
                panic!(
                    "docs/many-machines.md's metrics table has no row for {}",
                    f.name
                )
            });
        let cells: Vec<&str> = row.split(" | ").collect();
        assert_eq!(cells.get(1), Some(&f.kind), "{}'s type in {row}", f.name);
        let help = cells.get(2).map(|h| h.trim_end_matches(" |"));
        assert_eq!(
            help,
            Some(f.help),
            "{}'s help in docs/many-machines.md",
            f.name
        );
    }
}

/// Where on your side (#34): the finer offline causes and broken IPv6 reach the verdict's
/// `cause` label, with the connection's state.
#[test]
fn the_verdict_names_where_on_your_side() {
    let incidents = Incidents::new();
    for (cause, state) in [
        (Cause::NoNetwork, State::Offline),
        (Cause::RouterDown, State::Offline),
        (Cause::LineDown, State::Offline),
        (Cause::VpnDown, State::Offline),
        (Cause::Ipv6Broken, State::Degraded),
        (Cause::Ipv4Broken, State::Degraded),
    ] {
        let mut snap = snapshot(Vec::new(), Vec::new());
        (snap.overall, snap.cause) = (state, cause);
        (snap.connection, snap.connection_cause) = (state, cause);
        let text = render(&snap, &incidents, Format::Text);
        let verdict = format!(
            "downbeat_verdict_info{{status=\"{}\",blame=\"you\",cause=\"{}\",scope=\"none\"}}",
            state.as_str(),
            cause.as_str()
        );
        assert_eq!(sample(&text, &verdict), Some("1"), "{verdict} in\n{text}");
        let connection = format!("downbeat_connection_state{{state=\"{}\"}}", state.as_str());
        assert_eq!(sample(&text, &connection), Some("1"), "{connection}");
    }
}
