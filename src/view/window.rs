//! The history window's view of a snapshot: plain data with the words already composed, sent
//! to the window's process and on to its web page as JSON.

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::lines::{
    connection_detail, connection_line, explained, service_word, them, verdict_line,
};
use super::{ServiceView, Snapshot};
use crate::model::time::{ms, rfc3339, unix_ms};
use crate::model::{Arg, Cause, CheckResult, State, Status};
use crate::msg;
use crate::schedule::Paused;
use crate::view::i18n::{clock_seconds as local_clock, phase_ms};

/// One check as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckView {
    pub name: String,
    pub kind: String,
    pub status: String,
    pub diagnosis: String,
    pub detail: String,
    /// The phase that failed, to highlight.
    pub failed_phase: Option<String>,
    pub phases_ms: BTreeMap<String, Option<f64>>,
    /// The chips the window shows, in the order of a request: each measured phase with its
    /// time in words ("dns 0.4 ms"), and the one that failed ("ttfb ✕").
    pub chips: Vec<PhaseChip>,
    pub checked_at: String,
    /// The check runs with `insecure = true`: its certificate is not verified.
    pub unverified: bool,
    /// An access-point check: the access point (`host:port`) that answered, else the one that
    /// got furthest.
    pub access_point: Option<String>,
}

/// A phase as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PhaseChip {
    pub phase: String,
    pub text: String,
    pub failed: bool,
}

/// One service as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ServiceCard {
    pub name: String,
    pub state: String,
    /// The one word shown for it, the same as the CLI's and the tray's: its state, or the
    /// user's-side problem that explains it ("offline", "blocked", "sign-in needed").
    pub word: String,
    /// "service", "dns_filtered", …, or "none".
    pub cause: String,
    pub since: Option<String>,
    /// "Since 2 Dec 16:09." (local time) while it is not up; empty otherwise.
    pub since_text: String,
    /// What probes elsewhere said of its failure ("Seen from elsewhere: …"), once asked.
    pub outside_line: Option<String>,
    /// Each of those probes, in words: "✕ London, GB (BT)", "✓ Tokyo, JP (NTT)".
    pub outside_places: Vec<String>,
    /// What the vendor's status page says, while the service fails or the page reports
    /// something.
    pub status_page_line: Option<String>,
    pub check: Option<String>,
    pub headline: Option<String>,
    pub detail: Option<String>,
    pub checks: Vec<CheckView>,
    /// Its groups (the apps, the web player, …) and how each stands, and the sentence that
    /// says which are hit and which still work.
    pub groups: Vec<GroupView>,
    pub groups_line: Option<String>,
    /// How the card looks: "up", "degraded", "down", "you" (the user's side explains it),
    /// "paused", or "unknown" before its first result.
    pub look: String,
    /// The badge: "✓ up", "✕ down", "⌂ offline", "‖ paused", …
    pub badge: String,
    /// The card's sentence: what is wrong and whose side it is on, or that all is well.
    pub summary: String,
}

/// One group as the window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct GroupView {
    pub name: String,
    /// "up", "degraded", "down", or "unknown" before its first result.
    pub status: String,
}

/// The monitor's state for the window, sent by `snapshot` and the `snapshot` event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotView {
    pub overall: String,
    pub connection: String,
    /// The cause behind `overall`, whose side it is on, and what helps.
    pub cause: String,
    pub blame: String,
    pub advice: String,
    pub verdict: String,
    pub paused_until: Option<String>,
    pub paused: bool,
    pub checking: bool,
    pub last_checked: Option<String>,
    /// "checking…" while a round runs, "checked 16:09:05" (local time) after it, or empty.
    pub checked_text: String,
    pub problem: Option<String>,
    pub services: Vec<ServiceCard>,
    /// "Your connection: fine (3 of 3 sites answer)", and the baseline checks behind it.
    pub connection_line: String,
    /// The same without its label: "fine (3 of 3 sites answer)", "not checked while paused"
    /// (what the window's connection card shows under its own heading).
    pub connection_detail: String,
    pub baseline: Vec<CheckView>,
    /// When every failing check fails the same way (offline, say), that said once: "All 9
    /// checks fail the same way: DNS lookup failed." The cards then don't repeat it.
    pub merged: Option<String>,
}

impl SnapshotView {
    /// Before the monitor's first state (or without a monitor): waiting, or the problem.
    pub fn waiting(problem: Option<String>) -> Self {
        SnapshotView {
            overall: "unknown".into(),
            connection: "unknown".into(),
            cause: "none".into(),
            blame: "none".into(),
            advice: String::new(),
            // The problem itself is said once, below the verdict.
            verdict: if problem.is_some() {
                msg!("window-not-checking").to_string()
            } else {
                String::new()
            },
            paused_until: None,
            paused: false,
            checking: false,
            last_checked: None,
            checked_text: String::new(),
            problem,
            services: Vec::new(),
            connection_line: String::new(),
            connection_detail: String::new(),
            baseline: Vec::new(),
            merged: None,
        }
    }
}

/// Every failing check (baseline and services) failing alike, said once; `None` unless at
/// least two fail, all with one diagnosis, and every service has one of them.
fn merged(s: &Snapshot) -> Option<String> {
    let all: Vec<&CheckResult> = s
        .baseline
        .iter()
        .chain(s.services.iter().flat_map(|v| v.checks.iter()))
        .collect();
    let every_service = s
        .services
        .iter()
        .all(|v| v.checks.iter().any(|c| c.report.status != Status::Up));
    shared_failure(&all, every_service).map(|f| f.line)
}

/// A failure every failing check shares: said once, with one of them as the example, instead
/// of once per check (offline, every check's "the name could not be found").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedFailure {
    /// "All 13 checks fail the same way: its name does not resolve."
    pub line: String,
    /// The diagnosis they share: a check with it needs no words of its own.
    pub diagnosis: crate::model::Diagnosis,
    /// One of them in full: "Google: The name www.gstatic.com could not be found: …".
    pub example: String,
}

/// [`SharedFailure`] of a round, for `check`: every service must have a failing check.
pub fn round_shared_failure(round: &crate::model::RoundResult) -> Option<SharedFailure> {
    let all: Vec<&CheckResult> = round
        .baseline
        .iter()
        .chain(round.services.iter().flat_map(|v| v.checks.iter()))
        .collect();
    let every_service = round
        .services
        .iter()
        .all(|v| v.checks.iter().any(|c| c.report.status != Status::Up));
    shared_failure(&all, every_service)
}

fn shared_failure(all: &[&CheckResult], every_service: bool) -> Option<SharedFailure> {
    let failing: Vec<&&CheckResult> = all
        .iter()
        .filter(|c| c.report.status != Status::Up)
        .collect();
    let first = failing.first()?;
    let diagnosis = first.report.diagnosis;
    let alike = failing.len() >= 2
        && failing.iter().all(|c| c.report.diagnosis == diagnosis)
        && every_service;
    alike.then(|| {
        let line = if failing.len() == all.len() {
            msg!(
                "window-shared-failure-all",
                count = failing.len(),
                diagnosis = diagnosis.headline()
            )
        } else {
            msg!(
                "window-shared-failure",
                count = failing.len(),
                diagnosis = diagnosis.headline()
            )
        };
        SharedFailure {
            line: line.to_string(),
            diagnosis,
            example: msg!(
                "window-shared-failure-example",
                check = first.name.as_str(),
                detail = &first.report.detail
            )
            .to_string(),
        }
    })
}

/// A card's look, badge and sentence. `cause` is what explains the service (the user's side
/// first), `word` its one word (`service_word`); `merged`: the failures are said once above the
/// cards.
fn card_words(
    v: &ServiceView,
    s: &Snapshot,
    cause: Cause,
    word: &str,
    merged: bool,
) -> (&'static str, String, String) {
    if s.paused != Paused::No {
        let said = match s.paused {
            Paused::Until(t) => msg!(
                "window-card-paused-until",
                service = v.name.as_str(),
                time = Arg::Clock(unix_ms(t))
            ),
            _ => msg!("window-card-paused", service = v.name.as_str()),
        };
        return (
            "paused",
            msg!("window-badge-paused").to_string(),
            said.to_string(),
        );
    }
    let (look, glyph) = match (cause, v.state) {
        (Cause::None | Cause::Service, State::Up) => ("up", "✓"),
        (Cause::None | Cause::Service, State::Degraded) => ("degraded", "!"),
        (Cause::None | Cause::Service, State::Down) => ("down", "✕"),
        (Cause::None | Cause::Service, State::Unknown) => {
            return (
                "unknown",
                msg!("window-badge-checking").to_string(),
                String::new(),
            )
        }
        // The user's side, or offline: it's you.
        _ => ("you", "⌂"),
    };
    let badge = msg!("window-badge", glyph = glyph, word = word).to_string();
    let offline = cause.is_offline() || v.state == State::Offline;
    let said = match (cause, v.state) {
        _ if offline && merged => msg!("window-card-offline-merged").to_string(),
        _ if offline => msg!("window-card-offline").to_string(),
        _ if look == "you" => msg!(
            "window-card-you",
            service = v.name.as_str(),
            advice = cause.advice(&s.here)
        )
        .to_string(),
        (_, State::Up) => msg!("window-card-up").to_string(),
        _ => {
            // What is hit, in a few words: the check's own detail is on its row below the
            // sentence, said once.
            let what = match (&v.groups_line, v.diagnosis, &v.check) {
                (Some(groups), _, _) => groups.clone(),
                (None, Some(d), Some(check)) => msg!(
                    "window-card-check",
                    check = check.as_str(),
                    diagnosis = d.headline()
                )
                .to_string(),
                _ => String::new(),
            };
            // Whose side, as the notification says it; "your connection is fine" only when
            // the baseline showed it (with the baseline off, nothing here knows that).
            let side = them(
                s.baseline_checks > 0
                    && s.connection == State::Up
                    && s.connection_cause == Cause::None,
            );
            format!("{} {side}", what.trim_end()).trim().to_owned()
        }
    };
    (look, badge, said)
}

/// A check's latest result as the window shows it.
fn check_view(c: &CheckResult, at: SystemTime) -> CheckView {
    let r = &c.report;
    CheckView {
        name: c.name.clone(),
        kind: r.kind.as_str().to_owned(),
        status: r.status.as_str().to_owned(),
        diagnosis: r.diagnosis.as_str().to_owned(),
        detail: r.detail.to_string(),
        failed_phase: r.failed_phase.map(|p| p.as_str().to_owned()),
        phases_ms: r
            .phases
            .named()
            .iter()
            .map(|(p, d)| (p.as_str().to_owned(), d.map(ms)))
            .collect(),
        chips: r
            .phases
            .named()
            .iter()
            .filter_map(|&(p, d)| {
                let failed = r.failed_phase == Some(p);
                let text = match (failed, d) {
                    (true, _) => msg!(
                        "window-chip-failed",
                        phase = msg!("phase-name", phase = p.as_str())
                    ),
                    (false, Some(d)) => {
                        msg!(
                            "window-chip",
                            phase = msg!("phase-name", phase = p.as_str()),
                            time = phase_ms(d)
                        )
                    }
                    (false, None) => return None,
                };
                let text = text.to_string();
                Some(PhaseChip {
                    phase: p.as_str().to_owned(),
                    text,
                    failed,
                })
            })
            .collect(),
        checked_at: rfc3339(at),
        unverified: r.unverified,
        access_point: r.access_point.as_ref().and_then(|a| a.answered.clone()),
    }
}

/// What helps, under the headline: the cause's advice, after what showed it when the line
/// alone can't say (the clock's two times; the middlebox's name).
fn advice(s: &Snapshot) -> String {
    // Paused: nothing is checked, so nothing is advised on the strength of an old round.
    if s.paused != Paused::No {
        return String::new();
    }
    let secure = s.last_round.as_ref().map(|r| &r.secure);
    let shown = match s.cause {
        Cause::ClockWrong => secure
            .and_then(|x| x.clock.as_ref())
            .map(|c| super::secure::capitalized(&super::secure::clock_times(c)) + "."),
        Cause::TlsIntercepted => secure.and_then(|x| x.interception.as_ref()).map(|i| {
            let service = s
                .services
                .iter()
                .find(|v| v.cause == Cause::TlsIntercepted)
                .map(|v| v.name.as_str());
            super::secure::capitalized(&super::secure::issued(i, service.filter(|_| !i.everywhere)))
        }),
        _ => None,
    };
    match shown {
        Some(shown) => format!("{shown} {}", s.cause.advice(&s.here)),
        None => s.cause.advice(&s.here).to_string(),
    }
}

/// The window's view of a snapshot.
pub fn view(s: &Snapshot, problem: Option<String>) -> SnapshotView {
    let merged = merged(s);
    SnapshotView {
        merged: merged.clone(),
        overall: s.overall.as_str().to_owned(),
        connection: s.connection.as_str().to_owned(),
        cause: s.cause.as_str().to_owned(),
        blame: s.cause.blame().as_str().to_owned(),
        advice: advice(s),
        verdict: verdict_line(s),
        paused_until: match s.paused {
            Paused::Until(t) => Some(rfc3339(t)),
            _ => None,
        },
        paused: s.paused != Paused::No,
        checking: s.checking,
        last_checked: s.last_checked.map(rfc3339),
        checked_text: match (s.checking, s.last_checked) {
            (true, _) => msg!("window-checking").to_string(),
            (false, Some(t)) => msg!("window-checked", time = local_clock(unix_ms(t))).to_string(),
            (false, None) => String::new(),
        },
        problem,
        connection_line: connection_line(s),
        connection_detail: connection_detail(s),
        baseline: s
            .baseline_at
            .map(|at| s.baseline.iter().map(|c| check_view(c, at)).collect())
            .unwrap_or_default(),
        services: s
            .services
            .iter()
            .map(|v| {
                let cause = explained(v, s.connection_cause);
                let word = service_word(v, s.connection_cause);
                let (look, badge, summary) = card_words(v, s, cause, &word, merged.is_some());
                ServiceCard {
                    look: look.to_owned(),
                    badge,
                    summary,
                    name: v.name.clone(),
                    state: v.state.as_str().to_owned(),
                    word,
                    cause: cause.as_str().to_owned(),
                    since: v.shown_since(s).map(rfc3339),
                    since_text: match v.shown_since(s) {
                        Some(t) if !matches!(look, "up" | "unknown" | "paused") => {
                            msg!("window-since", when = Arg::When(unix_ms(t))).to_string()
                        }
                        _ => String::new(),
                    },
                    outside_line: super::outside::outside_line(v),
                    status_page_line: v
                        .status_page
                        .as_ref()
                        .filter(|p| {
                            v.state > State::Up
                                || !p.incidents.is_empty()
                                || p.indicator.as_deref().is_some_and(|i| i != "none")
                        })
                        .map(|p| {
                            super::outside::status_page_line(&v.name, p, unix_ms(SystemTime::now()))
                        }),
                    outside_places: v
                        .outside
                        .iter()
                        .flat_map(|o| o.places.iter())
                        .map(|p| {
                            msg!(
                                "window-outside-place",
                                works = if p.works { "yes" } else { "no" },
                                city = p.city.as_str(),
                                country = p.country.as_str(),
                                network = p.network.as_str()
                            )
                            .to_string()
                        })
                        .collect(),
                    check: v.check.clone(),
                    headline: v
                        .diagnosis
                        .filter(|_| v.state > State::Up)
                        .map(|d| d.headline().to_string()),
                    detail: v.detail.as_ref().map(ToString::to_string),
                    checks: v
                        .checked_at
                        .map(|at| v.checks.iter().map(|c| check_view(c, at)).collect())
                        .unwrap_or_default(),
                    groups: v
                        .groups
                        .iter()
                        .map(|g| GroupView {
                            name: g.name.clone(),
                            status: g.status.map_or("unknown", |s| s.as_str()).to_owned(),
                        })
                        .collect(),
                    // Said only while the service's own trouble is what the user sees.
                    groups_line: v
                        .groups_line
                        .clone()
                        .filter(|_| !s.connection_cause.explains_everything()),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Diagnosis;

    fn service(state: State, cause: Cause) -> ServiceView {
        ServiceView {
            name: "Spotify".into(),
            state,
            cause,
            since: None,
            cause_since: None,
            check: Some("login".into()),
            diagnosis: Some(Diagnosis::TlsCertExpired),
            detail: Some("The certificate ended yesterday.".into()),
            unverified: false,
            checks: Vec::new(),
            checked_at: None,
            groups: Vec::new(),
            groups_line: None,
            outside: None,
            status_page: None,
        }
    }

    fn snapshot(v: ServiceView, connection_cause: Cause, paused: Paused) -> Snapshot {
        Snapshot {
            overall: v.state,
            cause: connection_cause,
            connection: State::Up,
            connection_cause,
            connection_since: None,
            here: crate::model::Here::NONE,
            paused,
            checking: false,
            services: vec![v],
            last_round: None,
            last_checked: Some(SystemTime::UNIX_EPOCH),
            baseline: Vec::new(),
            baseline_at: None,
            baseline_checks: 3,
        }
    }

    /// Each card says its state, whose side it is on and why, in the engine's words; paused
    /// cards say paused, not their last state.
    #[test]
    fn a_card_says_its_state_its_side_and_why() {
        let table = [
            (
                service(State::Down, Cause::Service),
                Cause::None,
                Paused::No,
                3,
                (
                    "down",
                    "✕ down",
                    "login: TLS certificate expired. It's them: your connection is fine.",
                ),
            ),
            (
                // With the baseline off, nothing knows the connection is fine: only the side.
                service(State::Down, Cause::Service),
                Cause::None,
                Paused::No,
                0,
                (
                    "down",
                    "✕ down",
                    "login: TLS certificate expired. It's them.",
                ),
            ),
            (
                service(State::Up, Cause::None),
                Cause::None,
                Paused::No,
                3,
                ("up", "✓ up", "Working normally."),
            ),
            (
                service(State::Down, Cause::DnsFiltered),
                Cause::None,
                Paused::No,
                3,
                ("you", "⌂ blocked", "It's you, not Spotify."),
            ),
            (
                service(State::Down, Cause::Service),
                Cause::Offline,
                Paused::No,
                3,
                (
                    "you",
                    "⌂ offline",
                    "You're offline, so this service can't be judged: it's you, not them.",
                ),
            ),
            (
                service(State::Down, Cause::Service),
                Cause::None,
                Paused::UntilResumed,
                3,
                (
                    "paused",
                    "‖ paused",
                    "Paused: Spotify is not checked until you resume.",
                ),
            ),
        ];
        for (v, connection, paused, baseline, (look, badge, says)) in table {
            let mut s = snapshot(v, connection, paused);
            s.baseline_checks = baseline;
            let card = &view(&s, None).services[0];
            assert_eq!(
                (card.look.as_str(), card.badge.as_str()),
                (look, badge),
                "{card:?}"
            );
            assert!(card.summary.starts_with(says), "{}", card.summary);
            if baseline == 0 {
                assert_eq!(card.summary, says);
            }
        }
    }
}
