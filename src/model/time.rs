//! Time helpers every layer shares: one RFC 3339 format, one way to say a duration.

use std::time::{Duration, SystemTime};

/// RFC 3339 UTC with millisecond precision: "2026-11-24T10:00:00.000Z".
pub fn rfc3339(t: SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    t.format(&fmt).unwrap_or_default()
}

/// [`rfc3339`] of a Unix time in seconds (a certificate's notAfter); `None` when out of range.
pub fn rfc3339_unix(secs: i64) -> Option<String> {
    let t = time::OffsetDateTime::from_unix_timestamp(secs).ok()?;
    Some(rfc3339(t.into()))
}

/// [`rfc3339`] of a Unix time in milliseconds, as the history stores it.
pub fn rfc3339_ms(ms: i64) -> String {
    let t = SystemTime::UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(0));
    rfc3339(t)
}

/// The moment `ms` in the local time zone (`TZ`, else the system's; UTC when neither can be
/// read).
fn local(ms: i64) -> Option<jiff::ZonedDateTime> {
    let ts = jiff::Timestamp::from_millisecond(ms).ok()?;
    Some(ts.to_zoned_datetime(jiff::tz::TimeZone::system()))
}

/// A moment for people, in local time: "2 Dec 16:09", with the year when it isn't the year
/// of `now_ms` ("6 Feb 2025 09:12"). What the window, the tray and the notifications show.
pub fn local_when(ms: i64, now_ms: i64) -> String {
    let Some(t) = local(ms) else {
        return rfc3339_ms(ms);
    };
    let this_year = local(now_ms).map(|n| n.year());
    let f = if this_year == Some(t.year()) {
        "%-d %b %H:%M"
    } else {
        "%-d %b %Y %H:%M"
    };
    t.strftime(f).to_string()
}

/// A date for people, in local time, always with its year: "6 Feb 2026", or with `clock` the
/// time of day too ("6 Feb 2026 09:12"). For times that may be far from now (a wrong clock).
pub fn local_date(ms: i64, clock: bool) -> String {
    let f = if clock {
        "%-d %b %Y %H:%M"
    } else {
        "%-d %b %Y"
    };
    local(ms).map_or_else(|| rfc3339_ms(ms), |t| t.strftime(f).to_string())
}

/// The local time of day to the minute: "16:09".
pub fn local_hm(ms: i64) -> String {
    local(ms).map_or_else(|| rfc3339_ms(ms), |t| t.strftime("%H:%M").to_string())
}

/// The local time of day to the second: "16:09:05".
pub fn local_clock(ms: i64) -> String {
    local(ms).map_or_else(|| rfc3339_ms(ms), |t| t.strftime("%H:%M:%S").to_string())
}

/// A moment for a listing, in local time to the second with its offset:
/// "2026-12-02 16:09:05 +01:00". What `downbeat history` and `check` print (`--utc`: RFC 3339).
pub fn local_stamp(ms: i64) -> String {
    local(ms).map_or_else(
        || rfc3339_ms(ms),
        |t| t.strftime("%Y-%m-%d %H:%M:%S %:z").to_string(),
    )
}

/// Local midnight, `days_back` days before the day of `now_ms`, in Unix ms.
pub fn local_midnight(now_ms: i64, days_back: i64) -> Option<i64> {
    let day = local(now_ms)?
        .date()
        .checked_sub(jiff::Span::new().days(days_back))
        .ok()?;
    local_day_start(day.year(), day.month(), day.day())
}

/// Local midnight at the start of a date, in Unix ms (`None` for no such date).
pub fn local_day_start(year: i16, month: i8, day: i8) -> Option<i64> {
    let date = jiff::civil::Date::new(year, month, day).ok()?;
    let t = jiff::tz::TimeZone::system()
        .to_zoned_datetime(date.to_datetime(jiff::civil::Time::midnight()))
        .ok()?;
    Some(t.timestamp().as_millisecond())
}

/// Unix milliseconds of a time (0 before 1970).
pub fn unix_ms(t: SystemTime) -> i64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Milliseconds with microsecond precision, for JSON.
pub fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// A measured time, for details: "1.2 s" or "340 ms".
pub fn human_duration(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        format!("{:.1} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// A phase's time, short, for a table or a chip: "0.4 ms" under 10 ms, else "38 ms" or
/// "1250 ms". What the window and `check` show of each phase.
pub fn phase_ms(d: Duration) -> String {
    if d < Duration::from_millis(10) {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// A span in whole seconds, rounded half up: what every listing of a span shows, so that the
/// CLI, the CSV and the window agree (6.5 s is 7 s everywhere).
pub fn whole_seconds(d: Duration) -> u64 {
    (d.as_millis().saturating_add(500) / 1000) as u64
}

/// A span of time, for people: "40 s", "12 min", "1 h 5 min", "3 d 4 h". Each form rounds to its
/// smallest unit, so that a span never reads as "60 min" or "24 h 0 min".
pub fn human_span(d: Duration) -> String {
    let secs = whole_seconds(d);
    if secs < 60 {
        return format!("{secs} s");
    }
    let mins = (secs + 30) / 60;
    if mins < 60 {
        return format!("{mins} min");
    }
    if mins < 24 * 60 {
        return match mins % 60 {
            0 => format!("{} h", mins / 60),
            m => format!("{} h {m} min", mins / 60),
        };
    }
    let hours = (mins + 30) / 60;
    match hours % 24 {
        0 => format!("{} d", hours / 24),
        h => format!("{} d {h} h", hours / 24),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_durations_read_well() {
        assert_eq!(human_span(Duration::from_secs(40)), "40 s");
        assert_eq!(human_span(Duration::from_secs(12 * 60 + 10)), "12 min");
        assert_eq!(human_span(Duration::from_secs(3600 + 5 * 60)), "1 h 5 min");
        assert_eq!(human_span(Duration::from_secs(7200)), "2 h");
        assert_eq!(human_span(Duration::from_millis(6_500)), "7 s");
        assert_eq!(human_span(Duration::from_secs(59 * 60 + 45)), "1 h");
        assert_eq!(
            human_span(Duration::from_secs(23 * 3600 + 59 * 60 + 50)),
            "1 d"
        );
        assert_eq!(human_span(Duration::from_secs(90 * 86_400)), "90 d");
        assert_eq!(
            human_span(Duration::from_secs(3 * 86_400 + 4 * 3600)),
            "3 d 4 h"
        );
        assert_eq!(whole_seconds(Duration::from_millis(6_499)), 6);
        assert_eq!(whole_seconds(Duration::from_millis(6_500)), 7);
        assert_eq!(human_duration(Duration::from_millis(340)), "340 ms");
        assert_eq!(human_duration(Duration::from_millis(1240)), "1.2 s");
        assert_eq!(phase_ms(Duration::from_micros(420)), "0.4 ms");
        assert_eq!(phase_ms(Duration::from_micros(38_400)), "38 ms");
    }

    #[test]
    fn one_rfc3339_for_every_source() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_123);
        assert_eq!(rfc3339(t), "2023-11-14T22:13:20.123Z");
        assert_eq!(rfc3339_ms(1_700_000_000_123), "2023-11-14T22:13:20.123Z");
        assert_eq!(
            rfc3339_unix(1_700_000_000).as_deref(),
            Some("2023-11-14T22:13:20.000Z")
        );
        assert_eq!(unix_ms(t), 1_700_000_000_123);
        assert_eq!(ms(Duration::from_micros(1500)), 1.5);
    }
}
