//! How each language writes numbers, times and dates. The patterns are the catalogue's
//! (`number-decimal`, `date-*`, `time-*`, `span-*`), so a translator sets them with the words.

use std::time::Duration;

use super::render;
use crate::model::time::{local, whole_seconds};
use crate::model::{Arg, Message};

/// A number with `places` decimals, with the language's decimal mark: "1.5", "1,5".
pub fn number(value: f64, places: u8) -> String {
    let plain = format!("{value:.*}", usize::from(places));
    let mark = render(&Message::new("number-decimal"));
    if mark == "." {
        plain
    } else {
        plain.replace('.', &mark)
    }
}

/// A measured time: "340 ms", "1.2 s".
pub fn duration(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        render(&Message::new("unit-seconds").arg("n", number(d.as_secs_f64(), 1)))
    } else {
        render(&Message::new("unit-ms").arg("n", d.as_millis().to_string()))
    }
}

/// A phase's time, short: "0.4 ms" under 10 ms, else "38 ms".
pub fn phase_ms(d: Duration) -> String {
    let n = if d < Duration::from_millis(10) {
        number(d.as_secs_f64() * 1000.0, 1)
    } else {
        d.as_millis().to_string()
    };
    render(&Message::new("unit-ms").arg("n", n))
}

/// A span of time: "40 s", "12 min", "1 h 5 min", "3 d 4 h". Each form rounds to its smallest
/// unit, so that a span never reads as "60 min" or "24 h 0 min".
pub fn span(d: Duration) -> String {
    let secs = whole_seconds(d);
    let m = if secs < 60 {
        Message::new("span-s").arg("s", secs)
    } else {
        let mins = (secs + 30) / 60;
        if mins < 60 {
            Message::new("span-min").arg("min", mins)
        } else if mins < 24 * 60 {
            match mins % 60 {
                0 => Message::new("span-h").arg("h", mins / 60),
                m => Message::new("span-h-min").arg("h", mins / 60).arg("min", m),
            }
        } else {
            let hours = (mins + 30) / 60;
            match hours % 24 {
                0 => Message::new("span-d").arg("d", hours / 24),
                h => Message::new("span-d-h").arg("d", hours / 24).arg("h", h),
            }
        }
    };
    render(&m)
}

/// The parts of a local moment that the patterns use.
fn parts(ms: i64) -> Option<Vec<(&'static str, Arg)>> {
    let t = local(ms)?;
    let hour = t.hour();
    let h12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let month_name = render(&Message::new("month-short").arg("month", i64::from(t.month())));
    Some(vec![
        ("day", Arg::Int(i64::from(t.day()))),
        ("month", Arg::Text(month_name)),
        ("month_num", Arg::Int(i64::from(t.month()))),
        ("year", Arg::Int(i64::from(t.year()))),
        ("hour", Arg::Int(i64::from(hour))),
        ("hh", Arg::Text(format!("{hour:02}"))),
        ("h12", Arg::Int(i64::from(h12))),
        ("mm", Arg::Text(format!("{:02}", t.minute()))),
        ("ss", Arg::Text(format!("{:02}", t.second()))),
        (
            "ampm",
            Arg::Text(if hour < 12 { "am" } else { "pm" }.into()),
        ),
    ])
}

fn with_parts(id: &'static str, ms: i64) -> String {
    match parts(ms) {
        Some(p) => {
            let m = p
                .into_iter()
                .fold(Message::new(id), |m, (k, v)| m.arg(k, v));
            render(&m)
        }
        None => crate::model::time::rfc3339_ms(ms),
    }
}

/// The local time of day to the minute: "14:05", "2:05 PM".
pub fn clock(ms: i64) -> String {
    with_parts("time-hm", ms)
}

/// A day with its year: "7 Dec 2026", "12/7/2026".
pub fn date(ms: i64) -> String {
    with_parts("date-day-month-year", ms)
}

/// A day with its year and its time: "7 Dec 2026, 14:05".
pub fn date_time(ms: i64) -> String {
    let m = Message::new("date-time")
        .arg("date", date(ms))
        .arg("time", clock(ms));
    render(&m)
}

/// A moment for people, in local time: "7 Dec, 14:05" ("12/7, 2:05 PM"), with the year when it
/// isn't the year of `now_ms`. What the window, the tray and the notifications show.
pub fn when(ms: i64, now_ms: i64) -> String {
    let same_year = match (local(ms), local(now_ms)) {
        (Some(a), Some(b)) => a.year() == b.year(),
        _ => false,
    };
    let day = if same_year {
        with_parts("date-day-month", ms)
    } else {
        date(ms)
    };
    render(
        &Message::new("date-time")
            .arg("date", day)
            .arg("time", clock(ms)),
    )
}

/// The local time of day to the second: "14:05:09", "2:05:09 PM".
pub fn clock_seconds(ms: i64) -> String {
    with_parts("time-hms", ms)
}
