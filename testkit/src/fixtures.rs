//! Synthetic reports, rounds, transitions and configs: the one place tests and benchmarks build
//! them, through the model's own constructors.

use std::time::{Duration, SystemTime};

use downbeat::config::Source;
use downbeat::model::{
    Cause, CheckKind, CheckResult, Diagnosis, Phases, Report, RoundResult, ServiceResult, State,
    Status, Transition,
};
use downbeat::Config;

/// The diagnosis a synthetic result of `status` carries: ok, slow, or a server error.
pub fn diagnosis(status: Status) -> Diagnosis {
    match status {
        Status::Up => Diagnosis::Ok,
        Status::Degraded => Diagnosis::Slow,
        Status::Down => Diagnosis::HttpServerError,
    }
}

/// A handshake report of `status` with every phase timed: DNS 1 ms, connect 2, TLS 3, the
/// first byte after `ttfb`, transfer 1; HTTP 200.
pub fn report_with(status: Status, ttfb: Duration) -> Report {
    let d = diagnosis(status);
    let mut r = Report::bare(CheckKind::Handshake, "https://svc.test/", d, d.headline());
    let ms = Duration::from_millis;
    r.phases = Phases {
        dns: Some(ms(1)),
        connect: Some(ms(2)),
        tls: Some(ms(3)),
        hello: None,
        ttfb: Some(ttfb),
        transfer: Some(ms(1)),
    };
    r.total = ttfb + ms(7);
    // A server answered: 200, or 503 for the server error a down result stands for.
    r.http_status = Some(if status == Status::Down { 503 } else { 200 });
    r
}

/// A result that reached no server (the DNS lookup failed): what a baseline check sees when
/// the user is offline.
pub fn unreachable() -> Report {
    let d = Diagnosis::DnsFailure;
    Report::bare(CheckKind::Handshake, "https://base.test/", d, d.headline())
}

/// [`report_with`] a 30 ms first byte.
pub fn report(status: Status) -> Report {
    report_with(status, Duration::from_millis(30))
}

/// A named result.
pub fn check(name: &str, report: Report) -> CheckResult {
    CheckResult {
        name: name.into(),
        report,
    }
}

/// A service's results.
pub fn service(name: &str, checks: Vec<CheckResult>) -> ServiceResult {
    ServiceResult::new(name, checks)
}

/// A round: the baseline's results and the services'.
pub fn round(
    at: SystemTime,
    baseline: Vec<CheckResult>,
    services: Vec<ServiceResult>,
) -> RoundResult {
    RoundResult::new(at, baseline, services)
}

/// A round of one baseline check "base" and one service with one check "front". A baseline
/// that is down reached no server, and nor did a service that is down with it (the user is
/// offline).
pub fn simple_round(at: SystemTime, base: Status, service_name: &str, svc: Status) -> RoundResult {
    let offline = base == Status::Down;
    let base = match base {
        Status::Down => unreachable(),
        up => report(up),
    };
    let svc = match svc {
        Status::Down if offline => unreachable(),
        s => report(s),
    };
    round(
        at,
        vec![check("base", base)],
        vec![service(service_name, vec![check("front", svc)])],
    )
}

/// A transition of `service`'s check "front" (or, with `None`, of the connection), blamed as
/// Health would blame it.
pub fn transition(service: Option<&str>, from: State, to: State, at: SystemTime) -> Transition {
    let cause = match (service, to) {
        (_, State::Up) => Cause::None,
        (None, _) => Cause::Offline,
        _ => Cause::Service,
    };
    let previous_cause = match (service, from) {
        (_, State::Up | State::Unknown) => Cause::None,
        (None, _) => Cause::Offline,
        _ => Cause::Service,
    };
    Transition {
        check: service.map(|_| "front".to_owned()),
        diagnosis: if to == State::Up {
            Diagnosis::Ok
        } else {
            Diagnosis::HttpServerError
        },
        first_diagnosis: Some(Diagnosis::HttpServerError),
        worst_diagnosis: Some(Diagnosis::HttpServerError),
        ..Transition::new(
            service.map(str::to_owned),
            (from, to),
            at,
            (cause, previous_cause),
        )
    }
}

/// A config from TOML text; panics on an invalid one (a test's own mistake).
pub fn config(text: &str) -> Config {
    Config::parse(text, Source::BuiltIn).unwrap_or_else(|e| panic!("test config: {e}"))
}

/// A config of one service with one handshake check "front" on `url`, and no baseline.
pub fn one_service(name: &str, url: &str) -> Config {
    config(&format!(
        "baseline = []\n[[service]]\nname = \"{name}\"\n[[service.check]]\nname = \"front\"\nurl = \"{url}\"\n"
    ))
}
