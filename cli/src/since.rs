//! `--since`: how far back `history` and `export` look. A span ("24h", "7d", "1w"), a date
//! ("2026-11-24", from local midnight), a time ("2026-11-24T08:00:00Z"), or "today" /
//! "yesterday" (from local midnight). With `--utc`, days are UTC days.

use std::time::{Duration, SystemTime};

use downbeat::msg;
use downbeat::view::i18n;

const DAY_MS: i64 = 86_400_000;

/// A parsed `--since`, resolved against the clock only when used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// This long before now.
    Ago(Duration),
    /// From this Unix time in milliseconds.
    At(i64),
    /// From midnight, this many days before today.
    DaysAgo(i64),
    /// From midnight at the start of this date (year, month, day).
    Date(i16, i8, i8),
}

impl Since {
    /// The start, in Unix milliseconds, with days in the local time zone (or in UTC); an error
    /// for a start that is not in the past.
    pub fn start_ms(self, now_ms: i64, utc: bool) -> Result<i64, String> {
        use downbeat::model::time::{local_day_start, local_midnight};
        let from = match self {
            Since::Ago(d) => {
                now_ms.saturating_sub(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            }
            Since::At(ms) => ms,
            Since::DaysAgo(n) if utc => (now_ms.div_euclid(DAY_MS) - n) * DAY_MS,
            Since::DaysAgo(n) => {
                local_midnight(now_ms, n).ok_or_else(|| i18n::text("cli-since-no-such-day"))?
            }
            Since::Date(y, m, d) if utc => {
                utc_day_start(y, m, d).ok_or_else(|| i18n::text("cli-since-no-such-date"))?
            }
            Since::Date(y, m, d) => {
                local_day_start(y, m, d).ok_or_else(|| i18n::text("cli-since-no-such-date"))?
            }
        };
        if from >= now_ms {
            let at = downbeat::model::time::rfc3339_ms(from);
            return Err(msg!("cli-since-future", at = at).to_string());
        }
        Ok(from.max(0))
    }
}

/// Parses a `--since` value (clap's value parser).
pub fn parse(s: &str) -> Result<Since, String> {
    let t = s.trim();
    match t.to_ascii_lowercase().as_str() {
        "today" => return Ok(Since::DaysAgo(0)),
        "yesterday" => return Ok(Since::DaysAgo(1)),
        _ => {}
    }
    if t.len() == 10 && t.as_bytes().get(4) == Some(&b'-') {
        // Checked as a real date here; its midnight is taken where it is used (local or UTC).
        return humantime::parse_rfc3339(&format!("{t}T00:00:00Z"))
            .ok()
            .and_then(|_| {
                let mut parts = t.split('-').map(str::parse::<i16>);
                let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) =
                    (parts.next(), parts.next(), parts.next())
                else {
                    return None;
                };
                Some(Since::Date(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?))
            })
            .ok_or_else(|| msg!("cli-since-invalid-date", value = s).to_string());
    }
    if t.contains('T') || t.contains(':') {
        return humantime::parse_rfc3339_weak(t)
            .map(|at| Since::At(unix_ms(at)))
            .map_err(|_| msg!("cli-since-invalid-time", value = s).to_string());
    }
    match downbeat::config::values::parse_duration(t) {
        Ok(d) if d.is_zero() => Err(msg!("cli-since-zero", value = s).to_string()),
        Ok(d) => Ok(Since::Ago(d)),
        Err(_) => Err(msg!("cli-since-invalid", value = s).to_string()),
    }
}

fn unix_ms(t: SystemTime) -> i64 {
    downbeat::model::time::unix_ms(t)
}

/// Midnight UTC at the start of a date, in Unix ms.
fn utc_day_start(y: i16, m: i8, d: i8) -> Option<i64> {
    humantime::parse_rfc3339(&format!("{y:04}-{m:02}-{d:02}T00:00:00Z"))
        .ok()
        .map(unix_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_reads_spans_dates_and_words() {
        // 2026-11-24T10:30:00Z
        let now = 1_795_516_200_000;
        let midnight = 1_795_478_400_000;
        let cases: &[(&str, Result<i64, &str>)] = &[
            ("24h", Ok(now - DAY_MS)),
            ("90d", Ok(now - 90 * DAY_MS)),
            ("1w", Ok(now - 7 * DAY_MS)),
            ("1h30m", Ok(now - 5_400_000)),
            ("today", Ok(midnight)),
            ("Yesterday", Ok(midnight - DAY_MS)),
            ("2026-11-23", Ok(midnight - DAY_MS)),
            ("2026-11-24T08:00:00Z", Ok(midnight + 8 * 3_600_000)),
            ("0s", Err("is no time at all")),
            ("2026-11-25", Err("is in the future")),
            ("2026-13-01", Err("invalid date")),
            ("soon", Err("invalid --since \"soon\"")),
            ("", Err("invalid --since")),
        ];
        for (input, want) in cases {
            let got = parse(input).and_then(|s| s.start_ms(now, true));
            match (want, &got) {
                (Ok(w), Ok(g)) => assert_eq!(g, w, "{input}"),
                (Err(w), Err(g)) => assert!(g.contains(w), "{input}: {g}"),
                _ => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }
}
