//! The writes the writer thread makes: a round's results in one transaction, and a
//! transition's incident opened or closed.

use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::time::unix_ms;
use crate::model::{RoundResult, State, Status, Transition};

fn status_code(s: Status) -> i64 {
    match s {
        Status::Up => 0,
        Status::Degraded => 1,
        Status::Down => 2,
    }
}

fn us(d: Option<Duration>) -> Option<i64> {
    d.map(|d| d.as_micros() as i64)
}

/// The stretch of watching the writer is extending: a row of `monitored`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stretch {
    pub id: i64,
    pub start: i64,
    pub last: i64,
}

/// Extends `stretch` to `at`, or starts a new one when `at` is more than `gap_ms` after it (or
/// there is none yet: the first round since Downbeat started).
fn watched(
    tx: &rusqlite::Transaction<'_>,
    stretch: Option<Stretch>,
    at: i64,
    gap_ms: i64,
) -> rusqlite::Result<Stretch> {
    match stretch {
        Some(s) if at >= s.start && at - s.last <= gap_ms => {
            let last = s.last.max(at);
            tx.execute(
                "UPDATE monitored SET last = ?2 WHERE id = ?1",
                params![s.id, last],
            )?;
            Ok(Stretch { last, ..s })
        }
        _ => {
            tx.execute("INSERT INTO monitored (start, last) VALUES (?1, ?1)", [at])?;
            Ok(Stretch {
                id: tx.last_insert_rowid(),
                start: at,
                last: at,
            })
        }
    }
}

/// Writes a round's results, and the time it was watched, in one transaction; returns the
/// stretch it extended (or started).
pub(super) fn write_round(
    conn: &mut Connection,
    r: &RoundResult,
    stretch: Option<Stretch>,
    gap_ms: i64,
) -> rusqlite::Result<Stretch> {
    let at = unix_ms(r.checked_at);
    // Results the user's side explains (offline, a captive portal, DNS down, a wrong clock,
    // interception; or, for one check, a DNS filter, a blocked port, a middlebox on that name)
    // are kept, marked, and left out of the services' uptime.
    let offline = r.user_side.explains_everything();
    let tx = conn.transaction()?;
    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO results (at, service, check_name, status, offline, diagnosis, dns_us, connect_us, tls_us, ttfb_us,
              transfer_us, total_us, http_status, bytes, kbps, cert_days, detail, unverified, hello_us)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        )?;
        let rows = r.baseline.iter().map(|c| ("", c)).chain(
            r.services
                .iter()
                .flat_map(|s| s.checks.iter().map(move |c| (s.name.as_str(), c))),
        );
        for (service, c) in rows {
            let rep = &c.report;
            let p = rep.phases;
            ins.execute(params![
                at,
                service,
                c.name,
                status_code(rep.status),
                // A service failing for a reason on the user's side is not the service's fault.
                i64::from(!service.is_empty() && (offline || r.not_the_service(rep).is_some())),
                rep.diagnosis.as_str(),
                us(p.dns),
                us(p.connect),
                us(p.tls),
                us(p.ttfb),
                us(p.transfer),
                rep.total.as_micros() as i64,
                rep.http_status,
                rep.bytes.map(|b| b.0 as i64),
                rep.throughput.map(|k| k.0 as i64),
                rep.tls.as_ref().and_then(|t| t.cert_days_left),
                rep.detail.to_record(),
                rep.unverified,
                us(p.hello),
            ])?;
        }
    }
    let stretch = watched(&tx, stretch, at, gap_ms)?;
    tx.commit()?;
    Ok(stretch)
}

/// How long Downbeat may have been stopped for a failure it finds again on starting to be the
/// same incident: a restart, a reboot or an update, not a day away.
const CONTINUE_WITHIN_MS: i64 = 3_600_000;

/// Records a transition: an incident opened, changed or ended. `stretch` is this run's first
/// stretch of watching, while it lasts: a failure found early in it (within `gap_ms` of its start) continues
/// the incident that was open when Downbeat last stopped, when that one had the same cause and
/// ended less than an hour before.
pub(super) fn write_transition(
    conn: &mut Connection,
    t: &Transition,
    notified: bool,
    stretch: Option<Stretch>,
    gap_ms: i64,
) -> rusqlite::Result<()> {
    // An incident begins (or ends) where its state did: at the first failing (or passing)
    // result, not at the round that confirmed it.
    let at = unix_ms(t.since);
    let tx = conn.transaction()?;
    if t.to != State::Up {
        if let Some(s) = stretch.filter(|s| at - s.start <= gap_ms) {
            tx.execute(
                "UPDATE incidents SET end = NULL, stopped = 0 WHERE id = (
                    SELECT id FROM incidents WHERE service IS ?1 ORDER BY start DESC LIMIT 1)
                 AND stopped = 1 AND cause = ?2 AND end <= ?3 AND end >= ?3 - ?4
                 AND NOT EXISTS (SELECT 1 FROM incidents WHERE service IS ?1 AND end IS NULL)",
                params![t.service, t.cause.as_str(), s.start, CONTINUE_WITHIN_MS],
            )?;
        }
    }
    let mut open: Option<(i64, String)> = None;
    if let Some((id, kind, cause)) = tx
        .query_row(
            "SELECT id, kind, cause FROM incidents WHERE service IS ?1 AND end IS NULL ORDER BY start DESC LIMIT 1",
            params![t.service],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
        )
        .optional()?
    {
        if t.to != State::Up && cause != t.cause.as_str() {
            // Another cause is another incident: "DNS filtered for 10 min", then "down".
            tx.execute(
                "UPDATE incidents SET end = ?2 WHERE id = ?1",
                params![id, at],
            )?;
        } else {
            open = Some((id, kind));
        }
    }
    let first = t.first_diagnosis.unwrap_or(t.diagnosis);
    let worst = t.worst_diagnosis.unwrap_or(t.diagnosis);
    match (t.to, open) {
        (State::Up, Some((id, _))) => {
            tx.execute(
                "UPDATE incidents SET end = ?2, worst_diagnosis = coalesce(?3, worst_diagnosis) WHERE id = ?1",
                params![id, at, t.worst_diagnosis.map(|d| d.as_str())],
            )?;
        }
        (State::Down, Some((id, kind))) if kind != "down" => {
            tx.execute(
                "UPDATE incidents SET kind = 'down', worst_diagnosis = ?2, check_name = ?3, detail = ?4,
                 notified = notified OR ?5 WHERE id = ?1",
                params![id, t.diagnosis.as_str(), t.check, t.detail.to_record(), notified],
            )?;
        }
        (State::Down | State::Degraded | State::Offline, None) => {
            tx.execute(
                "INSERT INTO incidents (service, check_name, kind, start, first_diagnosis, worst_diagnosis, blame, notified, detail, cause)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    t.service,
                    t.check,
                    t.to.as_str(),
                    at,
                    first.as_str(),
                    worst.as_str(),
                    t.blame().as_str(),
                    notified,
                    t.detail.to_record(),
                    t.cause.as_str()
                ],
            )?;
        }
        _ => {}
    }
    tx.commit()
}

/// Incidents still open when Downbeat stops (or left open by a run that was killed) end at
/// that service's last recorded result, marked as ended by the stop: a restart that finds the
/// same failure continues them.
pub(super) fn close_stale_incidents(conn: &Connection) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE incidents SET stopped = 1, end = max(start, coalesce(
            (SELECT max(at) FROM results r WHERE r.service = coalesce(incidents.service, '')), start))
         WHERE end IS NULL",
        [],
    )
}
