//! What a round's secure connections show of the user's side: a wrong clock, or something that
//! intercepts TLS. Pure: read from the round's reports, table-tested in `tests/it/views.rs`
//! and below.
//!
//! - **A wrong clock:** every certificate that failed on its dates failed the same way (all
//!   expired, or all not yet valid), and the network's time disagrees with this clock: the
//!   `Date` of any HTTP answer (less its `Age`), or, with no `Date` at hand, the failing
//!   certificates' own windows, across the baseline and a service, which share a time this
//!   clock is outside of.
//! - **Interception:** a certificate for the right name, from an authority this computer does
//!   not trust, on every baseline site that got as far as TLS (then every such failure is
//!   explained), or on a service while the baseline's certificates are trusted.
//!
//! When the evidence is thin (one site, no `Date`, no baseline), nothing is found, and the
//! service's own failure stands.

use serde::Serialize;

use super::{CheckResult, Diagnosis, Report, Status};

/// How far the network's time must be from this clock before the clock is called wrong, in
/// seconds. A `Date` is to the second, and caches say their `Age`; an hour leaves room for
/// both and for a certificate that expired a moment ago.
pub const CLOCK_TOLERANCE_S: i64 = 3600;

/// How the network's time was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "source")]
pub enum NetworkTime {
    /// From the `Date` of HTTP answers: the network's time is this many seconds ahead of this
    /// clock (the median of the answers).
    Date { offset_s: i64 },
    /// From the failing certificates alone: they were all valid from `from` until `until`
    /// (Unix seconds), and this clock is outside that.
    Certificates { from: i64, until: i64 },
}

/// The computer's clock is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClockFinding {
    /// What this clock said, Unix seconds.
    pub local: i64,
    /// The clock is ahead of the real time (certificates look expired), else behind (they
    /// look not yet valid).
    pub ahead: bool,
    pub network: NetworkTime,
    /// How many checks failed on a certificate's dates because of it.
    pub failed: usize,
}

impl ClockFinding {
    /// The network's time, Unix seconds: the `Date`'s, else the edge of the certificates'
    /// window nearest this clock.
    pub fn network_time(&self) -> i64 {
        match self.network {
            NetworkTime::Date { offset_s } => self.local + offset_s,
            NetworkTime::Certificates { until, .. } if self.ahead => until,
            NetworkTime::Certificates { from, .. } => from,
        }
    }
}

/// Something intercepts secure connections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Interception {
    /// The authority that issued the intercepted certificates ("Contoso Web Inspection CA").
    pub issuer: String,
    /// On every baseline site too, not only on the services.
    pub everywhere: bool,
}

/// What the round's secure connections show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Secure {
    pub clock: Option<ClockFinding>,
    pub interception: Option<Interception>,
    /// A baseline site's certificate verified: this computer's trust and clock work for it.
    pub baseline_trusted: bool,
}

/// The certificate failed on its dates: `Some(true)` expired, `Some(false)` not yet valid.
fn dates_failed(r: &Report) -> Option<bool> {
    match r.diagnosis {
        Diagnosis::TlsCertExpired => Some(true),
        Diagnosis::TlsCertNotYetValid => Some(false),
        _ => None,
    }
}

/// The certificate is for the right name, from an authority this computer does not trust:
/// its issuer's name.
pub fn intercepted_by(r: &Report) -> Option<&str> {
    let tls = r.tls.as_ref()?;
    (r.diagnosis == Diagnosis::TlsCertUntrusted
        && tls.issuer_untrusted
        && tls.for_host == Some(true))
    .then_some(tls.issuer.as_deref())
    .flatten()
}

/// The host of a report's target, to count distinct sites.
fn host(r: &Report) -> &str {
    let t = r.target.split("://").nth(1).unwrap_or(&r.target);
    t.split(['/', '?', '#']).next().unwrap_or(t)
}

impl Secure {
    /// Reads the round: `baseline` and `services`' checks, with this clock at `local`.
    pub fn read<'a>(
        local: i64,
        baseline: &'a [CheckResult],
        services: impl Iterator<Item = &'a CheckResult> + Clone,
    ) -> Secure {
        let all = baseline.iter().chain(services.clone());
        Secure {
            clock: clock(local, baseline, all),
            interception: interception(baseline, services),
            baseline_trusted: baseline.iter().any(|c| {
                let r = &c.report;
                r.tls.as_ref().is_some_and(|t| t.version.is_some()) && !r.unverified
            }),
        }
    }

    /// Why a report's failure is not the service's own, by what the round's secure
    /// connections show: the clock, or interception (everywhere, or here with the baseline
    /// trusted). `None` for anything else.
    pub fn explains(&self, r: &Report) -> Option<super::Cause> {
        if r.status == Status::Up {
            return None;
        }
        if self.clock.is_some() && dates_failed(r).is_some() {
            return Some(super::Cause::ClockWrong);
        }
        let intercepting = self
            .interception
            .as_ref()
            .is_some_and(|i| i.everywhere || self.baseline_trusted);
        (intercepting && intercepted_by(r).is_some()).then_some(super::Cause::TlsIntercepted)
    }
}

fn clock<'a>(
    local: i64,
    baseline: &'a [CheckResult],
    all: impl Iterator<Item = &'a CheckResult> + Clone,
) -> Option<ClockFinding> {
    let failed: Vec<(&Report, bool)> = all
        .clone()
        .filter_map(|c| dates_failed(&c.report).map(|e| (&c.report, e)))
        .collect();
    let ahead = failed.first()?.1;
    if failed.iter().any(|(_, e)| *e != ahead) {
        return None;
    }
    let windows: Vec<(i64, i64)> = failed
        .iter()
        .filter_map(|(r, _)| r.tls.as_ref().and_then(|t| t.window))
        .collect();
    let mut offsets: Vec<i64> = all.filter_map(|c| c.report.clock_offset).collect();
    let network = if offsets.is_empty() {
        // No time from the network: the certificates' own windows, only when more than one
        // site fails, the baseline among them.
        let baseline_failed = baseline.iter().any(|c| dates_failed(&c.report).is_some());
        let mut hosts: Vec<&str> = failed.iter().map(|(r, _)| host(r)).collect();
        hosts.sort_unstable();
        hosts.dedup();
        if !baseline_failed || hosts.len() < 2 || windows.len() < failed.len() {
            return None;
        }
        let from = windows.iter().map(|w| w.0).max()?;
        let until = windows.iter().map(|w| w.1).min()?;
        let outside = if ahead {
            local > until + CLOCK_TOLERANCE_S
        } else {
            local < from - CLOCK_TOLERANCE_S
        };
        if from > until || !outside {
            return None;
        }
        NetworkTime::Certificates { from, until }
    } else {
        offsets.sort_unstable();
        let offset_s = offsets[offsets.len() / 2];
        let disagrees = if ahead {
            offset_s <= -CLOCK_TOLERANCE_S
        } else {
            offset_s >= CLOCK_TOLERANCE_S
        };
        // The network's time must explain the failures: each certificate valid then.
        let then = local + offset_s;
        if !disagrees || windows.iter().any(|(f, u)| then < *f || then > *u) {
            return None;
        }
        NetworkTime::Date { offset_s }
    };
    Some(ClockFinding {
        local,
        ahead,
        network,
        failed: failed.len(),
    })
}

fn interception<'a>(
    baseline: &'a [CheckResult],
    services: impl Iterator<Item = &'a CheckResult>,
) -> Option<Interception> {
    // The baseline sites that got as far as a certificate.
    let secure: Vec<&Report> = baseline
        .iter()
        .map(|c| &c.report)
        .filter(|r| r.tls.is_some())
        .collect();
    let everywhere = !secure.is_empty() && secure.iter().all(|r| intercepted_by(r).is_some());
    let issuer = if everywhere {
        secure.first().and_then(|r| intercepted_by(r))
    } else {
        services.map(|c| &c.report).find_map(intercepted_by)
    }?;
    Some(Interception {
        issuer: issuer.to_owned(),
        everywhere,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CheckKind, TlsInfo};

    const NOW: i64 = 1_796_212_800; // 2026-12-02
    const DAY: i64 = 86_400;

    fn check(target: &str, d: Diagnosis, window: Option<(i64, i64)>) -> CheckResult {
        let mut report = Report::bare(CheckKind::Handshake, target, d, "");
        report.tls = Some(TlsInfo {
            window,
            issuer: Some("Contoso Web Inspection CA".into()),
            for_host: Some(true),
            issuer_untrusted: d == Diagnosis::TlsCertUntrusted,
            version: (d == Diagnosis::Ok).then(|| "TLSv1.3".into()),
            ..TlsInfo::default()
        });
        CheckResult {
            name: target.into(),
            report,
        }
    }

    fn with_date(mut c: CheckResult, offset: i64) -> CheckResult {
        c.report.clock_offset = Some(offset);
        c
    }

    /// A certificate valid around `center` (days from now), for 90 days.
    fn around(center: i64) -> Option<(i64, i64)> {
        Some((NOW + (center - 45) * DAY, NOW + (center + 45) * DAY))
    }

    #[test]
    fn the_clock_is_wrong_only_when_the_network_says_so() {
        use Diagnosis::*;
        let past = around(-300);
        let future = around(300);
        let captive = |offset| {
            let mut c = check("http://captive.test/", Ok, None);
            c.report.tls = None;
            with_date(c, offset)
        };
        // (what it is, baseline, services, clock found: ahead?)
        type Row = (
            &'static str,
            Vec<CheckResult>,
            Vec<CheckResult>,
            Option<bool>,
        );
        let table: Vec<Row> = vec![
            (
                "ahead, by a Date",
                vec![
                    captive(-300 * DAY),
                    check("https://b.test/", TlsCertExpired, past),
                ],
                vec![check("https://s.test/", TlsCertExpired, past)],
                Some(true),
            ),
            (
                "behind, by a Date",
                vec![captive(300 * DAY)],
                vec![check("https://s.test/", TlsCertNotYetValid, future)],
                Some(false),
            ),
            (
                "ahead, by the certificates alone",
                vec![check("https://b.test/", TlsCertExpired, past)],
                vec![check("https://s.test/", TlsCertExpired, around(-280))],
                Some(true),
            ),
            (
                "behind, by the certificates alone",
                vec![check("https://b.test/", TlsCertNotYetValid, future)],
                vec![check("https://s.test/", TlsCertNotYetValid, around(310))],
                Some(false),
            ),
            (
                "the service's own expired certificate, the clocks agreeing",
                vec![captive(2), check("https://b.test/", Ok, around(0))],
                vec![check("https://s.test/", TlsCertExpired, past)],
                None,
            ),
            (
                "one site only, no Date: thin",
                vec![],
                vec![check("https://s.test/", TlsCertExpired, past)],
                None,
            ),
            (
                "no baseline among the failures, no Date: thin",
                vec![check("https://b.test/", Ok, around(0))],
                vec![
                    check("https://s.test/", TlsCertExpired, past),
                    check("https://t.test/", TlsCertExpired, past),
                ],
                None,
            ),
            (
                "mixed: expired and not yet valid",
                vec![
                    captive(-300 * DAY),
                    check("https://b.test/", TlsCertNotYetValid, future),
                ],
                vec![check("https://s.test/", TlsCertExpired, past)],
                None,
            ),
            (
                "the Date is outside the certificate's window",
                vec![captive(-30 * DAY)],
                vec![check("https://s.test/", TlsCertExpired, past)],
                None,
            ),
            (
                "windows that share no time",
                vec![check("https://b.test/", TlsCertExpired, around(-600))],
                vec![check("https://s.test/", TlsCertExpired, around(-300))],
                None,
            ),
        ];
        for (what, baseline, services, want) in table {
            let s = Secure::read(NOW, &baseline, services.iter());
            assert_eq!(s.clock.map(|c| c.ahead), want, "{what}: {s:?}");
        }
    }

    #[test]
    fn interception_is_the_right_name_from_an_untrusted_authority() {
        use Diagnosis::*;
        let bad = || check("https://b.test/", TlsCertUntrusted, around(0));
        let svc = || check("https://s.test/", TlsCertUntrusted, around(0));
        let fine = || check("https://b.test/", Ok, around(0));
        let mut wrong_name = svc();
        if let Some(t) = wrong_name.report.tls.as_mut() {
            t.for_host = Some(false);
        }
        // (what, baseline, service, found: everywhere?, the service's failure explained)
        let table = vec![
            ("every site", vec![bad()], svc(), Some(true), true),
            (
                "the service, the baseline trusted",
                vec![fine()],
                svc(),
                Some(false),
                true,
            ),
            (
                "the service, no baseline: thin",
                vec![],
                svc(),
                Some(false),
                false,
            ),
            (
                "a wrong name stays theirs",
                vec![fine()],
                wrong_name,
                None,
                false,
            ),
            (
                "an expired certificate is not interception",
                vec![fine()],
                check("https://s.test/", TlsCertExpired, around(-300)),
                None,
                false,
            ),
        ];
        for (what, baseline, service, want, explained) in table {
            let s = Secure::read(NOW, &baseline, std::iter::once(&service));
            assert_eq!(
                s.interception.as_ref().map(|i| i.everywhere),
                want,
                "{what}: {s:?}"
            );
            assert_eq!(
                s.explains(&service.report) == Some(crate::model::Cause::TlsIntercepted),
                explained,
                "{what}"
            );
        }
    }
}
