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
pub fn local(ms: i64) -> Option<jiff::ZonedDateTime> {
    let ts = jiff::Timestamp::from_millisecond(ms).ok()?;
    Some(ts.to_zoned_datetime(jiff::tz::TimeZone::system()))
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

/// A span in whole seconds, rounded half up: what every listing of a span shows, so that the
/// CLI, the CSV and the window agree (6.5 s is 7 s everywhere).
pub fn whole_seconds(d: Duration) -> u64 {
    (d.as_millis().saturating_add(500) / 1000) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

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
